/**
 * h231 — gemeente Heumen (gm0252), holdout (session 14): the Gelderse gemeente south of Nijmegen with the kernen
 * Malden, Heumen, Overasselt and Nederasselt, between the Maas, the Maas-Waalkanaal and the forests of Heumensoord
 * and the Sint Jansberg flank. Content after the public texts on the "Omgevingsvisie gemeente Heumen" (an integrale
 * visie op de fysieke leefomgeving describing the samenhang between and opgaven for natuur, landschap, water,
 * duurzaamheid, landbouw, economie, mobiliteit and wonen, with "nieuwe" onderwerpen such as gezondheid and
 * veiligheid; broader than the former Structuurvisie), here as the visie of 2028, shortened and partly in our own
 * words. Layout: Chromium, A4 portrait with the body in TWO COLUMNS, Nimbus Roman 9.5 pt with URW Gothic headings;
 * two PARTS on title pages of their own ("Deel I" above "Koers", level 1, nummer "I"), chapters "1" … "6" numbered
 * THROUGH the parts (level 2, across both columns), sections "3.1" (level 3); table of contents "Inhoudsopgave" with
 * dotted leaders; header "Omgevingsvisie Heumen" left and "gemeente Heumen" right, page number centred in the footer;
 * lists "•" and "–", a numbered list "1."; a table; raadsbesluit with Artikel 1–3 ("Artikel 1." with a dot); GIO
 * overview as LINES "naam – identificatie" in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0252', '2028', '2028-10-26', '1')
const GIOS: Gio[] = [
  gio('Gemeente Heumen', 'gemeente-heumen', [0, 0], 3),
  gio('Boscomplex Heumensoord', 'boscomplex-heumensoord', [-1, 1.2], 0.9),
  gio('Maasuiterwaarden', 'maasuiterwaarden', [1.5, -1], 1.2),
  gio('Zoekgebied wonen Malden-Oost', 'zoekgebied-wonen-malden-oost', [-0.5, 0.2], 0.4),
  gio('Kampenlandschap Overasselt', 'kampenlandschap-overasselt', [1, 0.8], 0.8),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'I', 'Koers'],
  [2, '1', 'Over deze omgevingsvisie'],
  [3, '1.1', 'Een integrale visie'],
  [3, '1.2', 'Breder dan de structuurvisie'],
  [3, '1.3', 'Hoe de visie tot stand kwam'],
  [2, '2', 'Heumen in 2040'],
  [3, '2.1', 'Kernkwaliteiten'],
  [3, '2.2', 'Ambities'],
  [2, '3', 'Thema’s'],
  [3, '3.1', 'Wonen'],
  [3, '3.2', 'Natuur en landschap'],
  [3, '3.3', 'Water en klimaat'],
  [3, '3.4', 'Duurzaamheid en energie'],
  [3, '3.5', 'Landbouw en economie'],
  [3, '3.6', 'Mobiliteit'],
  [3, '3.7', 'Gezondheid en veiligheid'],
  [1, 'II', 'Gebieden en uitvoering'],
  [2, '4', 'De kernen'],
  [3, '4.1', 'Malden'],
  [3, '4.2', 'Heumen'],
  [3, '4.3', 'Overasselt en Nederasselt'],
  [2, '5', 'Het buitengebied'],
  [3, '5.1', 'Heumensoord en de stuwwalflank'],
  [3, '5.2', 'Het Maasdal'],
  [2, '6', 'Uitvoering'],
  [3, '6.1', 'Instrumenten'],
  [3, '6.2', 'Monitoring'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2 class="hst">${k.nummer}&ensp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  const cols = (f: () => void) => {
    d.raw('<div class="cols">')
    f()
    d.raw('</div>')
  }
  d.page('eerste').raw(`
<p class="ttl">Besluit van de raad van de gemeente Heumen tot vaststelling van de Omgevingsvisie gemeente Heumen</p>
<p>De raad van de gemeente Heumen;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 19 september 2028, zaaknummer 2028-08830;</p>
<p>overwegende dat een integrale visie op de fysieke leefomgeving de samenhang beschrijft tussen natuur, landschap, water, duurzaamheid, landbouw, economie, mobiliteit, wonen, gezondheid en veiligheid, en dat het ontwerp van de visie zes weken ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1.</p>
<p>De Omgevingsvisie gemeente Heumen, bestaande uit de tekst en de geografische informatieobjecten van bijlage I, wordt vastgesteld.</p>
<p class="art">Artikel 2.</p>
<p>De Structuurvisie Heumen wordt ingetrokken.</p>
<p class="art">Artikel 3.</p>
<p>Dit besluit treedt in werking met ingang van 20 november 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 26 oktober 2028.</p>
${handtekeningen(['De griffier,', 'M.G.J. Swinkels'], ['De voorzitter,', 'J.F.M. Coppens'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie gemeente Heumen</p><p class="t2">Malden · Heumen · Overasselt · Nederasselt</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [`Deel ${nr}`, t, `Deel ${nr}`, 1] : [nr, t, `${nr} ${t}`, 2]))
  rows.push(['', 'Bijlage I Geografische informatieobjecten', 'Bijlage I Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  K('I')
  K('1')
  cols(() => {
    K('1.1')
    d.p('De omgevingsvisie is een integrale visie op de fysieke leefomgeving. Zij beschrijft de samenhang tussen en de opgaven voor thema’s als natuur, landschap, water, duurzaamheid, landbouw, economie, mobiliteit en wonen.')
    K('1.2')
    d.p('Ook ‘nieuwe’ onderwerpen als gezondheid en veiligheid krijgen een plek. De omgevingsvisie is daarmee breder dan de structuurvisie die zij vervangt.')
    K('1.3')
    d.p('Inwoners, ondernemers, dorpsraden en partners dachten mee in werksessies per kern, een online enquête en gesprekken met de jongerenraad.')
  })
  K('2')
  cols(() => {
    K('2.1')
    d.p('Heumen is een groene woongemeente tussen stad en land. De kernkwaliteiten zijn:')
    d.list(['de bossen van Heumensoord en de stuwwalflank;', 'het open Maasdal met de uiterwaarden en het kampenlandschap;', 'vier kernen met een eigen karakter en een sterk verenigingsleven.'], bol)
    K('2.2')
    d.p('In 2040 is Heumen een gemeente waar het goed wonen is voor alle generaties, waar natuur en landschap zijn versterkt en die energieneutraal is.')
  })
  K('3')
  cols(() => {
    K('3.1')
    d.p('We bouwen voor starters, jonge gezinnen en ouderen, vooral in Malden. In de kleinere kernen bouwen we voor de eigen behoefte.')
    d.table(['Kern', 'Opgave tot 2040'], [['Malden', 'circa 650 woningen'], ['Heumen', 'circa 80 woningen'], ['Overasselt en Nederasselt', 'circa 120 woningen']], 'tbl', ['55%', '45%'])
    K('3.2')
    d.p('We versterken het Gelders Natuurnetwerk en de verbindingen tussen stuwwal en Maasdal.')
    K('3.3')
    d.p('Samen met waterschap Rivierenland houden we water vast op de stuwwal en maken we het Maasdal klimaatrobuust.')
    K('3.4')
    d.p('Heumen wil in 2040 energieneutraal zijn. Wij volgen de zonneladder:')
    d.list(['zon op daken van woningen en bedrijven;', 'zon op restgronden en langs infrastructuur;', 'zon op landbouwgrond alleen bij meervoudig ruimtegebruik.'], num)
    K('3.5')
    d.p('Landbouw blijft van belang voor het landschap. Bedrijven krijgen ruimte om te verbreden met recreatie, zorg of natuurbeheer.')
    K('3.6')
    d.p('We verbeteren de fietsroutes naar Nijmegen en de bushaltes aan de N271 en de A73.')
    K('3.7')
    d.p('Een gezonde leefomgeving nodigt uit tot bewegen. Bij nieuwe plannen letten we op geluid, luchtkwaliteit en externe veiligheid.')
  })

  K('II')
  K('4')
  cols(() => {
    K('4.1')
    d.p('Malden is de grootste kern met de meeste voorzieningen. Het centrum rond de Kerkplein-as versterken we.')
    K('4.2')
    d.p('Heumen is een dorp aan de Maas met een historische kern rond de kerk en het kasteelterrein.')
    K('4.3')
    d.p('In Overasselt en Nederasselt koesteren we het kampenlandschap en de Sint Walrickkapel.')
  })
  K('5')
  cols(() => {
    K('5.1')
    d.p('Heumensoord is een groot boscomplex met hoge natuurwaarden. Recreatie blijft extensief.')
    K('5.2')
    d.p('Het Maasdal is open en rivierrijk. We werken aan:')
    d.list([{ text: 'natuurontwikkeling in de uiterwaarden', sub: ['nevengeulen;', 'ooibos.'] }, 'veilige dijken;', 'behoud van de open zichtlijnen.'], bol)
  })
  K('6')
  cols(() => {
    K('6.1')
    d.p('We werken de visie uit in programma’s en in het omgevingsplan.')
    K('6.2')
    d.p('Eens per vier jaar rapporteren we aan de raad over de voortgang.')
  })

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage I Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ' – ')

  const ft = "font: 8pt 'URW Gothic'; color: #3d5a3d;"
  const spec: DocSpec = {
    id: 'h231',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie gemeente Heumen" (een integrale visie op de fysieke leefomgeving die de samenhang beschrijft tussen en de opgaven voor natuur, landschap, water, duurzaamheid, landbouw, economie, mobiliteit en wonen, met "nieuwe" onderwerpen als gezondheid en veiligheid; breder dan de vroegere Structuurvisie), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 staand met de tekst in TWEE KOLOMMEN, Nimbus Roman 9,5 pt met URW Gothic-koppen, twee DELEN op een eigen titelpagina ("Deel I" boven "Koers", niveau 1, nummer "I"), hoofdstukken "1" … "6" DOORGENUMMERD over de delen (niveau 2, over beide kolommen), paragrafen "3.1" (niveau 3), inhoudsopgave "Inhoudsopgave" met puntjes, koptekst "Omgevingsvisie Heumen" links en "gemeente Heumen" rechts, paginanummer gecentreerd in de voettekst, lijsten "•" en "–", een genummerde lijst "1.", een tabel, raadsbesluit met Artikel 1.–3. (met punt), GIO-overzicht als REGELS "naam – identificatie" in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0252',
    naam: 'Gemeente Heumen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Heumen tot vaststelling van de Omgevingsvisie gemeente Heumen',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-11-20',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Heumen',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-heumen', regeling: 'omgevingsvisie-heumen', doel: 'omgevingsvisie-heumen' },
      datums: { vaststelling: '2028-10-26', ondertekening: '2028-10-26', bekendmaking: '2028-11-07', inwerkingtreding: '2028-11-20' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0252',
      oin: '00000001000000002520',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [187000, 420000] },
    meubilair: ['^Omgevingsvisie Heumen\\s+gemeente Heumen$', '^\\d+$'],
    title: 'Omgevingsvisie gemeente Heumen',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 18mm; @top-left { content: "Omgevingsvisie Heumen"; ${ft} } @top-right { content: "gemeente Heumen"; ${ft} } @bottom-center { content: counter(page); ${ft} } }
@page eerste { @top-left { content: none; } @top-right { content: none; } }
@page titel { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font: 9.5pt/1.4 'Nimbus Roman', serif; color: #1b1b1b; }
p { margin: 0 0 2mm; }
.ttl { font: 600 14pt 'URW Gothic'; color: #3d5a3d; margin: 0 0 7mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 95mm; text-align: center; }
.titel .t1 { font: 600 26pt 'URW Gothic'; color: #3d5a3d; }
.titel .t2 { font: 12pt 'URW Gothic'; }
.toc { break-before: page; }
.toc .tockop { font: 600 17pt 'URW Gothic'; color: #3d5a3d; margin-bottom: 6mm; }
${TOC_CSS}
.deel { break-before: page; break-after: page; padding-top: 85mm; text-align: center; }
.deel .dl { font: 14pt 'URW Gothic'; color: #7c9a5b; margin: 0 0 3mm; }
.deel h1 { font: 600 30pt 'URW Gothic'; color: #3d5a3d; margin: 0; }
h2.hst { break-before: page; font: 600 18pt 'URW Gothic'; color: #3d5a3d; margin: 0 0 5mm; border-bottom: 1pt solid #7c9a5b; padding-bottom: 2mm; }
.deel + h2.hst { break-before: auto; }
.cols { column-count: 2; column-gap: 8mm; }
h3 { font: 600 10.5pt 'URW Gothic'; color: #3d5a3d; margin: 3mm 0 1.5mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 1mm; }
table.tbl { width: 100%; font: 8.5pt 'Nimbus Roman'; border-collapse: collapse; margin: 1mm 0 3mm; }
table.tbl th { border-bottom: 1pt solid #3d5a3d; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #aaa; padding: 1mm; }
.bijl { font: 600 15pt 'URW Gothic'; color: #3d5a3d; margin: 0 0 5mm; }
.gioregel { font-size: 9pt; margin: 0 0 2mm; }
.gid { font: 8pt 'Nimbus Mono PS'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
