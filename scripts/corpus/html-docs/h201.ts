/**
 * h201 — gemeente Wierden (gm0189), holdout (session 13): the Twentse gemeente of some 25.000 inwoners with the
 * kernen Wierden, Enter and Hoge Hexel, buurtschappen such as Notter-Zuna, Rectum and Ypelo, and the Wierdense Veld.
 * Content after the public pages on Wierden's omgevingsvisie (made with the bureau LOS Stadomland after the
 * Toekomstvisie 2030 "Thuis in de gemeente Wierden, dorpsleven met een groene stip op de horizon" and its four
 * pijlers "Samen gezond en veilig wonen, werken en leven", "In een mooie groen en duurzame omgeving", "Nieuwe kansen
 * voor de lokale economie" and "Samen aan de slag! Doet u mee?"; the meetings "Stap in de toekomst van Wierden" in
 * Wierden, Hoge Hexel and Enter; the workshops "Groep 8 aan de macht"; partners provincie Overijssel, Vitens,
 * waterschap Vechtstromen, GGD, Omgevingsdienst and Veiligheidsregio; "hoe de kernen, buurtschappen en landelijk
 * gebied van de gemeente Wierden eruit komen te zien in 2040"), here as a visie of 2028, shortened and partly in our
 * own words. Layout: Chromium, A4, DejaVu Sans 9 pt; chapters as a LABEL LINE "Hoofdstuk 1" ABOVE the title (nummer
 * "1"), the pijlers as chapter titles, sections "1.1", a third level "3.1.1"; table of contents "Inhoudsopgave" with
 * dotted leaders; header "Thuis in de gemeente Wierden" and footer "Omgevingsvisie Wierden 2040 | n"; one section in
 * TWO COLUMNS; lists "•" and "1."; a table; raadsbesluit with BESLISPUNTEN I–III (no "Artikel"); GIO table
 * Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0189', '2028', '2028-04-18', '1')
const GIOS: Gio[] = [
  gio('Gemeente Wierden', 'gemeente-wierden', [0, 0], 3.5),
  gio('Wierdense Veld', 'wierdense-veld', [-1.5, -1.5], 1),
  gio('Centrum Enter', 'centrum-enter', [2.5, -1], 0.5),
  gio('Bedrijventerrein Het Lageveld', 'bedrijventerrein-het-lageveld', [-0.5, 1], 0.6),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie?'],
  [2, '1.2', 'Van toekomstvisie naar omgevingsvisie'],
  [2, '1.3', 'Hoe is de visie tot stand gekomen?'],
  [1, '2', 'De gemeente Wierden nu'],
  [2, '2.1', 'Kernen en buurtschappen'],
  [2, '2.2', 'Het landelijk gebied'],
  [2, '2.3', 'Trends en ontwikkelingen'],
  [1, '3', 'Samen gezond en veilig wonen, werken en leven'],
  [2, '3.1', 'Wonen'],
  [3, '3.1.1', 'Wierden'],
  [3, '3.1.2', 'Enter'],
  [3, '3.1.3', 'Hoge Hexel en de buurtschappen'],
  [2, '3.2', 'Voorzieningen'],
  [2, '3.3', 'Gezondheid en veiligheid'],
  [1, '4', 'In een mooie, groene en duurzame omgeving'],
  [2, '4.1', 'Landschap en natuur'],
  [2, '4.2', 'Klimaatadaptatie'],
  [2, '4.3', 'Energietransitie'],
  [1, '5', 'Nieuwe kansen voor de lokale economie'],
  [2, '5.1', 'Bedrijventerreinen'],
  [2, '5.2', 'Landbouw'],
  [2, '5.3', 'Recreatie en toerisme'],
  [1, '6', 'Samen aan de slag'],
  [2, '6.1', 'Initiatieven uit de samenleving'],
  [2, '6.2', 'Uitvoering en monitoring'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd brk"><p class="hlab">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="ttl">Raadsbesluit Omgevingsvisie gemeente Wierden</p>
<p>De raad van de gemeente Wierden;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 6 maart 2028, nummer 2028/1147;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de samenleving, de provincie Overijssel, Vitens, het waterschap Vechtstromen, de GGD, de Omgevingsdienst en de Veiligheidsregio bij de totstandkoming van de omgevingsvisie zijn betrokken;</p>
<p class="bs">b e s l u i t :</p>
<table class="bp"><tr><td>I.</td><td>de Omgevingsvisie gemeente Wierden, met de geografische informatieobjecten in bijlage 1, vast te stellen;</td></tr>
<tr><td>II.</td><td>de Structuurvisie Wierden 2012 in te trekken;</td></tr>
<tr><td>III.</td><td>te bepalen dat dit besluit in werking treedt op 1 juni 2028.</td></tr></table>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Wierden, gehouden op 18 april 2028.</p>
${handtekeningen(['De raad voornoemd,', 'de griffier'], ['', 'de voorzitter'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie gemeente Wierden</p><p class="t2">Dorpsleven met een groene stip op de horizon · 2040</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [nr, t, `Hoofdstuk ${nr}`, 1] : [nr, t, `${nr} ${t}`, 2]))
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('De omgevingsvisie geeft weer wat we willen behouden in onze gemeente en waar we kansen zien voor veranderingen. Het gaat om een gemeentebrede, strategische visie op hoofdlijnen en dus ook over kernoverstijgende ontwikkelingen en oplossingen.')
  K('1.2')
  d.p('Veel thema’s hebben we al besproken bij de Toekomstvisie 2030 ‘Thuis in de gemeente Wierden, dorpsleven met een groene stip op de horizon’. De vier pijlers van die toekomstvisie zijn de hoofdstukken 3 tot en met 6 van deze visie.')
  K('1.3')
  d.p('Wij betrokken de samenleving op verschillende manieren:')
  d.list(['de bijeenkomsten ‘Stap in de toekomst van Wierden’ in Wierden, Hoge Hexel en Enter;', 'de workshops ‘Groep 8 aan de macht’ met ruim tweehonderd leerlingen van de basisscholen;', 'gesprekken met de provincie, Vitens, het waterschap, de GGD, de Omgevingsdienst en de Veiligheidsregio.'], num)

  K('2')
  K('2.1')
  d.p('Wierden en Enter zijn de grote kernen, Hoge Hexel is een klein dorp. Daarnaast kent de gemeente levendige buurtschappen als Notter-Zuna, Rectum, Ypelo en Elsen.')
  K('2.2')
  d.p('Het landelijk gebied bestaat uit essen, kampen, beekdalen en het hoogveen van het Wierdense Veld.')
  K('2.3')
  d.list(['vergrijzing en kleinere huishoudens;', 'klimaatverandering;', { text: 'de energietransitie', sub: ['zon op daken;', 'warmtenetten.'] }, 'veranderingen in de landbouw.'], bol)

  K('3')
  K('3.1')
  d.p('Wij bouwen voor jong en oud, zodat iedereen in de eigen kern kan blijven wonen.')
  K('3.1.1')
  d.p('Wierden groeit vooral binnen de bestaande kern, rond het station en het centrum.')
  K('3.1.2')
  d.p('Enter behoudt zijn dorpse karakter; het centrum rond de Dorpsstraat blijft compact.')
  K('3.1.3')
  d.p('In Hoge Hexel en de buurtschappen bouwen wij naar de eigen behoefte.')
  K('3.2')
  d.p('Voorzieningen clusteren wij in de centra van Wierden en Enter.')
  K('3.3')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten.')

  K('4')
  d.raw('<div class="cols">')
  K('4.1')
  d.p('Het Wierdense Veld is Natura 2000-gebied. Rond het veld werken wij aan een bufferzone en herstel van het hoogveen.')
  K('4.2')
  d.p('Wij houden regenwater vast waar het valt en vergroenen de kernen tegen hitte.')
  K('4.3')
  d.p('In 2040 wekken wij zoveel mogelijk van onze energie zelf op, eerst op daken en bedrijventerreinen.')
  d.raw('</div>')

  K('5')
  K('5.1')
  d.p('Het Lageveld en De Elsmorsweg bieden ruimte aan lokale bedrijven.')
  d.table(['Terrein', 'Kern', 'Koers'], [
    ['Het Lageveld', 'Wierden', 'intensiveren en verduurzamen'],
    ['Elsmorsweg', 'Enter', 'beperkte uitbreiding voor eigen bedrijven'],
    ['Kleine bedrijvenlocaties', 'buitengebied', 'maatwerk bij vrijkomende erven'],
  ], 'tbl', ['32%', '22%', '46%'])
  K('5.2')
  d.p('De landbouw blijft de drager van het landelijk gebied. Wij steunen boeren bij de omschakeling.')
  K('5.3')
  d.p('Enter is bekend om de zompen op de Regge. Wij versterken fiets- en wandelroutes langs de Regge en door het Wierdense Veld.')

  K('6')
  K('6.1')
  d.p('Samen aan de slag! Doet u mee? Initiatieven uit de samenleving zijn welkom als zij bijdragen aan deze visie.')
  K('6.2')
  d.p('Op basis van de Omgevingsvisie schrijven wij het omgevingsplan. Wij volgen de uitvoering en actualiseren de visie elke raadsperiode.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 7.5pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h201',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de omgevingsvisie van Wierden (opgesteld met het bureau LOS Stadomland na de Toekomstvisie 2030 "Thuis in de gemeente Wierden, dorpsleven met een groene stip op de horizon" en haar vier pijlers "Samen gezond en veilig wonen, werken en leven", "In een mooie groen en duurzame omgeving", "Nieuwe kansen voor de lokale economie" en "Samen aan de slag! Doet u mee?"; de bijeenkomsten "Stap in de toekomst van Wierden" in Wierden, Hoge Hexel en Enter; "Groep 8 aan de macht"; partners provincie Overijssel, Vitens, waterschap Vechtstromen, GGD, Omgevingsdienst en Veiligheidsregio), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, DejaVu Sans 9 pt, hoofdstukken als LABELREGEL "Hoofdstuk 1" BOVEN de titel (nummer "1"), de pijlers als hoofdstuktitels, paragrafen "1.1", een derde niveau "3.1.1", inhoudsopgave "Inhoudsopgave" met puntjes, koptekst "Thuis in de gemeente Wierden" en voettekst "Omgevingsvisie Wierden 2040 | n", een hoofdstuk in TWEE KOLOMMEN, lijsten "•" en "1.", een tabel, raadsbesluit met BESLISPUNTEN I–III (geen "Artikel"), GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0189',
    naam: 'Gemeente Wierden',
    besluit: {
      opschrift: 'Raadsbesluit Omgevingsvisie gemeente Wierden',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-06-01',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Wierden',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-wierden', regeling: 'omgevingsvisie-wierden', doel: 'omgevingsvisie-wierden' },
      datums: { vaststelling: '2028-04-18', ondertekening: '2028-04-18', bekendmaking: '2028-04-28', inwerkingtreding: '2028-06-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0189',
      oin: '00000001000000001890',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [236000, 487000] },
    meubilair: ['^Thuis in de gemeente Wierden$', '^Omgevingsvisie Wierden 2040 \\| \\d+$'],
    title: 'Omgevingsvisie gemeente Wierden',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 24mm 20mm 20mm 24mm; @top-right { content: "Thuis in de gemeente Wierden"; ${ft} } @bottom-left { content: "Omgevingsvisie Wierden 2040 | " counter(page); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-left { content: none; } }
body { font: 9pt/1.5 'DejaVu Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.ttl { font: bold 14pt 'DejaVu Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
table.bp td { vertical-align: top; padding: 0 2mm 1.5mm 0; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 80mm; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #006e7f; }
.titel .t2 { font: 12pt 'DejaVu Sans'; }
.toc { break-before: page; }
.toc .tockop { font: bold 15pt 'DejaVu Sans'; color: #006e7f; margin-bottom: 5mm; }
${TOC_CSS}
.brk { break-before: page; }
.hfd { margin-bottom: 5mm; }
.hlab { font: 10pt 'DejaVu Sans'; color: #8a9a1b; text-transform: none; margin: 0 0 1mm; }
h1 { font: bold 17pt 'DejaVu Sans'; color: #006e7f; margin: 0; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #006e7f; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.cols { column-count: 2; column-gap: 8mm; }
.cols h2 { margin-top: 0; }
table.tbl { width: 100%; font-size: 8pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #9ab; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #d9eef1; }
.bijl { font: bold 13pt 'DejaVu Sans'; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 8pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
