/**
 * h194 — gemeente Diemen (gm0384), holdout (session 13): the gemeente of some 30.000 inwoners between Amsterdam and
 * the Diemerscheg, with Diemen-Noord, -Centrum and -Zuid, the Diemerpark and the buitengebied Overdiemen. Content
 * after the public pages on the Omgevingsvisie Diemen 2040 ("een gezond stedelijk dorp verbonden met een groen
 * buitengebied"; the four keuzes "Ontmoeten en verbinden", "Groene en gezonde leefomgeving", "Duurzaam Diemen" and
 * "Groei binnen grenzen"; building "vooral binnen de huidige bebouwingsgrens"; an buitengebied that stays "groen en
 * rustig"; the Omgevingsagenda with four denkrichtingen and the Kansenkaart; the MER; the ontwerp ter inzage from 24
 * September to 5 November 2021), here as a visie of 2028, shortened and partly in our own words. Layout: A4, Nimbus
 * Sans 9.5 pt; chapters with a LARGE NUMBER BESIDE THE TITLE ("1" set large, "Inleiding" beside it); sections "1.1"
 * and a third level "4.2.1"; the four keuzes as chapters 3–6 whose titles start "Keuze 1:" … (nummer "3", title
 * as printed); table of contents; header "Diemen 2040 · omgevingsvisie" left and the page number right in the footer;
 * a grey sidebar box beside one section; lists "•" and "1."; a table; raadsbesluit with beslispunten "I" … "III";
 * GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0384', '2028', '2028-02-24', '1')
const GIOS: Gio[] = [
  gio('Gemeente Diemen', 'gemeente-diemen', [0, 0], 3),
  gio('Bebouwingsgrens Diemen', 'bebouwingsgrens-diemen', [0, 0.3], 2),
  gio('Buitengebied Overdiemen', 'buitengebied-overdiemen', [1.5, -1], 1),
  gio('Diemerpark', 'diemerpark', [0.5, 1.8], 0.8),
]

const OPBOUW: Array<[string, string, number]> = [
  ['1', 'Inleiding', 1],
  ['1.1', 'Wat is een omgevingsvisie?', 2],
  ['1.2', 'Hoe kwam de visie tot stand?', 2],
  ['1.3', 'Relatie met het MER', 2],
  ['2', 'Diemen in 2040', 1],
  ['2.1', 'Een gezond stedelijk dorp', 2],
  ['2.2', 'Verbonden met een groen buitengebied', 2],
  ['3', 'Keuze 1: Ontmoeten en verbinden', 1],
  ['3.1', 'Ontmoetingsplekken in elke buurt', 2],
  ['3.2', 'Wandel- en fietsroutes', 2],
  ['4', 'Keuze 2: Groene en gezonde leefomgeving', 1],
  ['4.1', 'Groen in de wijken', 2],
  ['4.2', 'Het buitengebied', 2],
  ['4.2.1', 'Diemerscheg', 3],
  ['4.2.2', 'Overdiemen', 3],
  ['5', 'Keuze 3: Duurzaam Diemen', 1],
  ['5.1', 'Energie', 2],
  ['5.2', 'Klimaatadaptatie', 2],
  ['6', 'Keuze 4: Groei binnen grenzen', 1],
  ['6.1', 'Wonen', 2],
  ['6.2', 'Voorzieningen', 2],
  ['6.3', 'Werken', 2],
  ['7', 'Uitvoering', 1],
  ['7.1', 'Omgevingsplan en programma’s', 2],
  ['7.2', 'Monitoring', 2],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">${k.nummer}</span><span class="ht">${k.opschrift}</span></h1>`
    : `<h${k.niveau}>${k.nummer}&emsp;${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const T = new Map(OPBOUW.map(([nr, t, n]) => [nr, [t, n] as const]))
  const k = (nr: string) => {
    const [t, n] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Gemeenteraad Diemen</p>
<p class="ttl">Raadsbesluit vaststelling Omgevingsvisie Diemen 2040</p>
<p class="kenm">Registratienummer 2028/0114 · Agendapunt 9</p>
<p>De raad van de gemeente Diemen;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 9 januari 2028;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-Omgevingsvisie Diemen 2040 en het milieueffectrapport zes weken ter inzage hebben gelegen, dat de ingediende zienswijzen zijn beantwoord in de Nota van beantwoording en dat de visie op onderdelen is aangepast;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>I.</span>de Omgevingsvisie Diemen 2040 met de geografische informatieobjecten vast te stellen;</p>
<p class="bp"><span>II.</span>de Structuurvisie Diemen 2030 in te trekken;</p>
<p class="bp"><span>III.</span>dit besluit in werking te laten treden op 1 april 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 24 februari 2028.</p>
<table class="sign"><tr><td>de griffier,<br><br>drs. M.A. Bosman</td><td>de voorzitter,<br><br>mr. drs. D.T. Kapitein</td></tr></table>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Diemen 2040</p>
<p class="t2">Een gezond stedelijk dorp verbonden met een groen buitengebied</p>
</div>`)
  const rows: TocRow[] = OPBOUW.filter(([, , n]) => n < 3).map(([nr, t, n]) => [nr, t, `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  k('1')
  k('1.1')
  d.p('In de Omgevingsvisie legt de gemeente vast hoe we willen dat de omgeving van Diemen er in de toekomst uitziet. Met fysieke leefomgeving bedoelen we de omgeving waarin wij wonen, werken en recreëren: woningen, groen, mobiliteit, voorzieningen, gezondheid en duurzaamheid.')
  k('1.2')
  d.p('We wonen nu met zo’n 30.000 mensen in Diemen en dat aantal groeit. Via een vragenlijst, de Omgevingsagenda met vier denkrichtingen en de Kansenkaart gingen wij met inwoners, bedrijven en maatschappelijke organisaties in gesprek.')
  k('1.3')
  d.p('Een extern bureau bracht de effecten van de visie op het milieu in beeld in een milieueffectrapport (MER).')

  k('2')
  k('2.1')
  d.p('Diemen kiest tot 2040 voor een heldere scheiding tussen het stedelijke gezonde dorp en het groene buitengebied. In het dorp zoeken we ruimte voor betaalbare woningen en voorzieningen.')
  k('2.2')
  d.p('In het buitengebied kun je aan de stedelijke drukte ontsnappen, recreëren, rust vinden en ontspannen in het groen.')

  k('3')
  d.p('We zetten in op ontmoeting en verbinding.')
  k('3.1')
  d.raw('<aside class="kader"><p class="kk">Wat vonden inwoners?</p><p>Twee derde van de deelnemers aan de vragenlijst mist een plek om buurtgenoten te ontmoeten.</p></aside>')
  d.p('Wij maken en verbeteren ontmoetingsplekken in elke buurt: een plein, een speeltuin, een buurthuis of een bankje in het groen.')
  k('3.2')
  d.p('Wij maken de wandel- en fietsroutes aantrekkelijker:')
  d.list(['een doorgaande route langs de Diem;', { text: 'betere verbindingen over en onder de barrières', sub: ['het spoor;', 'de A1 en de A10;', 'het Amsterdam-Rijnkanaal.'] }, 'groene looproutes naar de scholen.'], bol)

  k('4')
  k('4.1')
  d.p('Voldoende ruimte voor groen en water in de wijken, te gebruiken door mens, plant en dier.')
  k('4.2')
  d.p('Het buitengebied blijft groen en rustig en gaat geen onderdeel worden van het bebouwde gebied.')
  k('4.2.1')
  d.p('De Diemerscheg en het Diemerpark zijn een groene long voor de hele regio.')
  k('4.2.2')
  d.p('In Overdiemen zoeken wij de balans tussen natuur, kleinschalige recreatie en duurzame energie.')

  k('5')
  k('5.1')
  d.p('Wij werken naar een aardgasvrij Diemen in deze volgorde:')
  d.list(['energie besparen;', 'zon op daken en boven parkeerplaatsen;', 'warmtenetten in de dichte wijken.'], num)
  k('5.2')
  d.p('Het groen en water in het buitengebied helpt om regenwater op te vangen.')

  k('6')
  k('6.1')
  d.p('Ruimte voor betaalbare woningen zoeken wij binnen de huidige bebouwingsgrens.')
  d.table(['Gebied', 'Woningen tot 2040', 'Aandeel betaalbaar'], [
    ['Diemen-Zuid en Holland Park', '2.500', '40%'],
    ['Stationsomgeving Diemen', '1.200', '50%'],
    ['Inbreiding overig', 'ca. 600', '40%'],
  ], 'tbl', ['45%', '30%', '25%'])
  k('6.2')
  d.p('Sport, scholen en zorg groeien mee met het aantal inwoners.')
  k('6.3')
  d.p('De bedrijventerreinen Verrijn Stuart en Bergwijkpark blijven werkgebieden.')

  k('7')
  k('7.1')
  d.p('De keuzes krijgen een vertaling in het omgevingsplan en in programma’s.')
  k('7.2')
  d.p('Wij volgen de ontwikkeling van Diemen met een jaarlijkse monitor.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="bijl"><span class="ht">Bijlage 1 Geografische informatieobjecten</span></h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h194',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de Omgevingsvisie Diemen 2040 ("een gezond stedelijk dorp verbonden met een groen buitengebied"; de vier keuzes "Ontmoeten en verbinden", "Groene en gezonde leefomgeving", "Duurzaam Diemen" en "Groei binnen grenzen"; bouwen vooral binnen de huidige bebouwingsgrens; een buitengebied dat groen en rustig blijft; de Omgevingsagenda met vier denkrichtingen en de Kansenkaart; het MER), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4, Nimbus Sans 9,5 pt, hoofdstukken met een GROOT NUMMER NAAST DE TITEL, paragrafen "1.1" en een derde niveau "4.2.1", de vier keuzes als hoofdstukken 3–6 met titels "Keuze 1: …" (nummer "3", titel zoals gedrukt), inhoudsopgave, kopregel "Diemen 2040 · omgevingsvisie" links en paginanummer rechts in de voettekst, een grijs kader naast een paragraaf, lijsten "•" en "1.", een tabel, raadsbesluit met beslispunten "I" … "III", GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0384',
    naam: 'Gemeente Diemen',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Omgevingsvisie Diemen 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Diemen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-diemen-2040', regeling: 'omgevingsvisie-diemen-2040', doel: 'omgevingsvisie-diemen-2040' },
      datums: { vaststelling: '2028-02-24', ondertekening: '2028-02-24', bekendmaking: '2028-03-02', inwerkingtreding: '2028-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0384',
      oin: '00000001000000003840',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [127000, 484000] },
    meubilair: ['^Diemen 2040 · omgevingsvisie$', '^\\d+$'],
    title: 'Omgevingsvisie Diemen 2040',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
@page std { @top-left { content: "Diemen 2040 · omgevingsvisie"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.3mm; }
.org { font: bold 10pt 'Nimbus Sans'; color: #00607A; margin-bottom: 6mm; }
.kenm { font-size: 7.5pt; color: #666; margin-bottom: 5mm; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 0 0 2mm; }
.bs { margin-top: 4mm; }
.bp { padding-left: 9mm; text-indent: -9mm; }
.bp span { display: inline-block; width: 9mm; text-indent: 0; }
.aldus { margin-top: 5mm; }
table.sign { width: 100%; margin-top: 4mm; } table.sign td { width: 50%; vertical-align: top; }
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t1 { font: bold 26pt 'Nimbus Sans'; color: #00607A; margin: 0 0 5mm; }
.titel .t2 { font: 13pt 'Nimbus Sans'; color: #444; }
.tockop { font: bold 16pt 'Nimbus Sans'; color: #00607A; margin-bottom: 5mm; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tl { min-width: 11mm; }
h1 { break-before: page; display: flex; align-items: center; margin: 0 0 6mm; color: #00607A; }
h1 .hn { font: bold 40pt 'Nimbus Sans'; width: 22mm; }
h1 .ht { font: bold 17pt 'Nimbus Sans'; }
h2 { font: bold 11pt 'Nimbus Sans'; color: #00607A; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 9.5pt 'Nimbus Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
aside.kader { float: right; width: 55mm; background: #E6EEF0; padding: 3mm; margin: 0 0 3mm 5mm; font-size: 8.5pt; }
aside.kader .kk { font-weight: bold; }
div.lst { margin: 0 0 2.3mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th { background: #00607A; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm 1.5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th { border-bottom: 1pt solid #00607A; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
