/**
 * h165 — gemeente Houten (gm0321), holdout (session 13): the fietsstad south of Utrecht with the dorpen
 * Schalkwijk, 't Goy and Tull en 't Waal, the Kromme Rijn, the landgoederen and the A12/A27. Content after the
 * public texts of Houten on its coming omgevingsvisie (a visie for the long term and the whole grondgebied, "de
 * stip op de horizon is 2040", three phases with an "Omgevingspalet" and two scenario's; the Houtens DNA as a set
 * of ruimtelijke en sociale waarden; the Ruimtelijke Koers Houten 2040 with some 5.800 woningen; the regional
 * Woondeal U-10 with two thirds betaalbaar; a vital centrum), here as a visie of 2028, partly in our own words.
 * Layout: A5 in Liberation Sans 8.5 pt; chapters "1." … "6." in a coloured line, sections "1.1", a third level
 * "3.2.1"; table of contents of two levels with dotted leaders; header "Houten 2040 · omgevingsvisie" at the outer
 * edge, footer "blz. n" at the outer edge; lists "–" and "a."; a table; raadsbesluit "besluit:" with Artikel 1–3 on
 * lines of their own, Artikel 1 NAMING THE VISIE IN QUOTES WITH ITS DATE ("… „Houten 2040, fietsstad in het
 * groen”, gedateerd 12 september 2028, …"), a date of inwerkingtreding, signatures in two columns; visie as
 * "Bijlage 1"; GIO table Naam | Versie | Identificatie (a VERSIE COLUMN between naam and identifier) in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0321', '2028', '2028-10-03', '1')
const GIOS = [
  gio('Gemeente Houten', 'gemeente-houten', [0, 0], 4),
  gio('Centrum Houten', 'centrum-houten', [0, 0], 0.5),
  gio('Kromme Rijngebied', 'kromme-rijngebied', [-2, 2], 1.5),
  gio('Zoekgebied wonen Houten-Zuid', 'zoekgebied-wonen-houten-zuid', [0.5, -2], 0.8),
  gio('Landgoederenzone', 'landgoederenzone', [3, 1], 1.2),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Hoe de visie tot stand kwam'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Het Houtens DNA'],
  [2, '2.1', 'Ruimtelijke waarden'],
  [2, '2.2', 'Sociale waarden'],
  [1, '3', 'Wonen en leven'],
  [2, '3.1', 'Woningbouw tot 2040'],
  [2, '3.2', 'Een vitaal centrum'],
  [3, '3.2.1', 'Het Rond'],
  [3, '3.2.2', 'Wijkwinkelcentra'],
  [2, '3.3', 'De dorpen'],
  [1, '4', 'Bereikbaar Houten'],
  [2, '4.1', 'Fietsstad'],
  [2, '4.2', 'Rondweg en openbaar vervoer'],
  [1, '5', 'Groen en duurzaam'],
  [2, '5.1', 'Kromme Rijn en landgoederen'],
  [2, '5.2', 'Klimaatadaptatie'],
  [2, '5.3', 'Energie'],
  [1, '6', 'Uitvoering en monitoring'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">${k.nummer}. ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit 2028-R-054 · Houten</p>
<p class="ttl">Besluit van de raad van de gemeente Houten tot vaststelling van de Omgevingsvisie Houten 2040</p>
<p>De raad van de gemeente Houten;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 12 september 2028, nr. 2028-R-054;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De omgevingsvisie „Houten 2040, fietsstad in het groen”, gedateerd 12 september 2028, wordt vastgesteld als de Omgevingsvisie Houten 2040, zoals opgenomen in bijlage 1, met de geografische informatieobjecten van bijlage 2.</p>
<p class="art">Artikel 2</p>
<p>De Ruimtelijke Koers Houten 2040, vastgesteld op 9 februari 2021, wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 november 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 3 oktober 2028.</p>
${handtekeningen(['De griffier,', 'mr. E. van der Linden'], ['De voorzitter,', 'drs. G.H. Isarin'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="b1">Bijlage 1 bij raadsbesluit 2028-R-054</p>
<p class="t1">Omgevingsvisie Houten 2040</p>
<p class="t2">Houten 2040, fietsstad in het groen</p>
<p class="t3">versie 12 september 2028</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [n === 1 ? `${nr}.` : nr, t, n === 1 ? `${nr}. ${t}` : `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('1')
  k('1.1')
  d.p('Deze omgevingsvisie legt de toekomst van onze gemeente vast voor alles wat te maken heeft met de fysieke omgeving: woningen, sportvelden, bedrijventerreinen, winkelcentra, landschap, natuur, cultureel erfgoed en recreatie, maar ook bodem, water, milieu en de omgang met klimaatverandering. De stip op de horizon is 2040.')
  k('1.2')
  d.p('Wij werkten in drie fasen aan de visie, telkens met inwoners, partners en ondernemers:')
  d.list(['het Omgevingspalet: de huidige situatie en wat op ons afkomt;', 'twee uiterste toekomstscenario’s, openbaar gepresenteerd;', 'de ontwerp-visie, die ter inzage heeft gelegen.'], letter)
  k('1.3')
  d.p('Hoofdstuk 2 beschrijft wat Houten tot Houten maakt. De hoofdstukken 3 tot en met 5 geven onze koers per thema. Hoofdstuk 6 gaat over uitvoering en monitoring.')
  k('2')
  d.p('Het Houtens DNA is een set van ruimtelijke en sociale waarden en kenmerken. Plannenmakers die in Houten willen bouwen, moeten die kennen.')
  k('2.1')
  d.list(['de groene scheggen tussen de wijken;', 'de fiets als eerste vervoermiddel;', { text: 'het landschap van de Kromme Rijn:', sub: ['de landgoederen;', 'de boomgaarden.'] }], streep)
  k('2.2')
  d.p('Houten is een gemeente waar mensen elkaar kennen en voor elkaar zorgen; voorzieningen liggen dichtbij.')
  k('3')
  k('3.1')
  d.p('Tot 2040 voegen wij circa 5.800 woningen toe. In de regionale Woondeal U-10 hebben wij afgesproken dat twee derde betaalbaar is.')
  d.table(['Periode', 'Woningen', 'Waarvan betaalbaar'], [
    ['2028–2030', '1.200', '800'],
    ['2031–2035', '2.600', '1.730'],
    ['2036–2040', '2.000', '1.330'],
  ], 'tbl', ['34%', '30%', '36%'])
  k('3.2')
  d.p('Houten wil een toekomstbestendig, vitaal centrum: een plek waar het aantrekkelijk is om naartoe te gaan en te verblijven.')
  k('3.2.1')
  d.p('Rond Het Rond en het station komt ruimte voor wonen, horeca en cultuur.')
  k('3.2.2')
  d.p('De wijkwinkelcentra houden een boodschappenfunctie dicht bij huis.')
  k('3.3')
  d.p('In Schalkwijk, ’t Goy en Tull en ’t Waal bouwen wij naar de behoefte van het dorp, zoals bij Kerkzicht en de Grote Driehoek.')
  k('4')
  k('4.1')
  d.p('Houten blijft de fietsstad: de fiets heeft voorrang in de wijken en het centrum.')
  k('4.2')
  d.p('De Rondweg blijft de ontsluiting voor de auto; wij verbeteren de busverbindingen naar Utrecht en Nieuwegein.')
  k('5')
  k('5.1')
  d.p('Het Kromme Rijngebied en de landgoederenzone blijven open en beleefbaar.')
  k('5.2')
  d.p('Wij houden regenwater vast in de wijken en voorkomen hittestress.')
  k('5.3')
  d.p('In 2040 is Houten energieneutraal; zon op daken heeft voorrang boven zon op land.')
  k('6')
  d.p('Wij checken regelmatig of de visie nog actueel is en hoe het staat met de voortgang, en sturen bij waar dat nodig is.')

  d.page('std').bijlage('2', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 2 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Naam', 'Versie', 'Identificatie'], (g) => [g.naam, '1', gidCell(g.identificatie, true)], 'gio', ['30%', '10%', '60%'])

  const ft = "font: 7pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h165',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Houten over haar omgevingsvisie (een visie voor de lange termijn en het hele grondgebied, "de stip op de horizon is 2040", drie fasen met het Omgevingspalet en twee scenario\'s; het Houtens DNA als set van ruimtelijke en sociale waarden; de Ruimtelijke Koers Houten 2040 met circa 5.800 woningen; de Woondeal U-10 met twee derde betaalbaar; een vitaal centrum; de dorpen Schalkwijk, \'t Goy en Tull en \'t Waal), hier als visie van 2028, deels in eigen woorden; eigen opmaak: A5 in Liberation Sans, hoofdstukken "1." … "6.", paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave van twee niveaus met puntlijnen, kopregel "Houten 2040 · omgevingsvisie" en voettekst "blz. n" aan de buitenkant, lijsten "–" en "a.", een tabel, raadsbesluit met Artikel 1–3, Artikel 1 noemt de visie tussen aanhalingstekens met haar datum, handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Naam | Versie | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0321',
    naam: 'Gemeente Houten',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Houten tot vaststelling van de Omgevingsvisie Houten 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-11-01',
    },
    visieOpschrift: 'Omgevingsvisie Houten 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-houten-2040', regeling: 'omgevingsvisie-houten-2040', doel: 'omgevingsvisie-houten-2040' },
      datums: { vaststelling: '2028-10-03', ondertekening: '2028-10-03', bekendmaking: '2028-10-10', inwerkingtreding: '2028-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0321',
      oin: '00000001000000003210',
      achtergrondActualiteit: '2028-07-01',
    },
    geo: { origin: [140000, 446000] },
    meubilair: ['^Houten 2040 · omgevingsvisie$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Houten 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A5; margin: 17mm 15mm 16mm 15mm; }
@page std:right { @top-right { content: "Houten 2040 · omgevingsvisie"; ${ft} } @bottom-right { content: "blz. " counter(page); ${ft} } }
@page std:left { @top-left { content: "Houten 2040 · omgevingsvisie"; ${ft} } @bottom-left { content: "blz. " counter(page); ${ft} } }
body { font: 8.5pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 1.8mm; }
.gem { font-size: 7pt; color: #777; }
.ttl { font: bold 11pt 'Liberation Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 2.5mm 0 0.8mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .b1 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 19pt 'Liberation Sans'; color: #00857C; margin: 0 0 2mm; }
.titel .t2 { font: 11pt 'Liberation Serif'; color: #333; }
.titel .t3 { font-size: 8pt; color: #666; margin-top: 6mm; }
.tockop { font: bold 12pt 'Liberation Sans'; color: #00857C; margin-bottom: 3mm; }
${TOC_CSS}
h1 { font: bold 14pt 'Liberation Sans'; color: #00857C; border-bottom: 1pt solid #00857C; padding-bottom: 1mm; margin: 0 0 4mm; }
h2 { font: bold 10pt 'Liberation Sans'; color: #00857C; margin: 4mm 0 1.2mm; break-after: avoid; }
h3 { font: italic bold 8.5pt 'Liberation Sans'; margin: 3mm 0 0.8mm; break-after: avoid; }
h1.bijl { font-size: 11pt; }
div.lst { margin: 0 0 1.8mm 1mm; }
table.tbl { width: 100%; font-size: 7.5pt; margin: 1.5mm 0 3mm; }
table.tbl th { background: #D9EFED; text-align: left; padding: 0.8mm 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm 1.2mm; }
table.gio { width: 100%; font-size: 7.5pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #00857C; text-align: left; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 6.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
