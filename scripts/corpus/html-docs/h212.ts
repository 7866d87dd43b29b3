/**
 * h212 — gemeente Ermelo (gm0233), holdout (session 14): the Veluwse gemeente on the Veluwemeer and Wolderwijd. Content
 * after the public texts on the Omgevingsvisie Ermelo (ontwerp ter inzage from 4 August 2021, adopted on 26 January
 * 2022; made with BRO; "Puzzel mee aan Ermelo", an enquête of almost 1.000 inwoners and the pupils of the
 * Christelijk College Groevenbeek; built on bestaand beleid that is still actual, with new ambities for the lange
 * termijn; the content brought together in six thema's and seven gebieden, as much as possible linked to each other;
 * one visie replacing the structuurvisies, beleidsplannen and beleidsvisies), here as a renewed visie of 2028,
 * shortened and partly in our own words. Layout: Chromium, A4, Liberation Serif 10 pt with Liberation Sans headings;
 * chapters "1." (nummer "1") in a coloured band, sections "1.1", a third level "3.4.1"; table of contents
 * "Inhoudsopgave" with dotted leaders; header "Omgevingsvisie Ermelo · vastgesteld 23 maart 2028" right, footer "Gemeente Ermelo – Veluwe aan het water" left and
 * "pagina n" right; lists "•" and "1."; a thema × gebied table; raadsbesluit with Artikel 1–2; "Bijlage 1
 * Begrippenlijst" (a table) before the GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0233', '2028', '2028-03-23', '1')
const GIOS: Gio[] = [
  gio('Gemeente Ermelo', 'gemeente-ermelo', [0, 0], 7),
  gio('Centrum Ermelo', 'centrum-ermelo', [0.3, 0.2], 0.5),
  gio('Randmeerkust', 'randmeerkust', [-3.5, 2], 1.5),
  gio('Veluwe Ermelo', 'veluwe-ermelo', [3.5, -2.5], 3),
  gio('Zorglandgoederen', 'zorglandgoederen', [1.8, -1.2], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1 class="brk"><span class="nr">${k.nummer}.</span> ${k.opschrift}</h1>` : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

type K = [niveau: number, nummer: string, titel: string]
const KOPPEN: K[] = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Eén visie voor heel Ermelo'],
  [2, '1.2', 'Hoe de visie tot stand kwam'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Ermelo in 2040'],
  [2, '2.1', 'Wie we zijn'],
  [2, '2.2', 'Waar we naartoe willen'],
  [1, '3', 'Zes thema’s'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Werken'],
  [2, '3.3', 'Recreatie en toerisme'],
  [2, '3.4', 'Natuur en landschap'],
  [3, '3.4.1', 'De Veluwe'],
  [3, '3.4.2', 'De randmeren'],
  [2, '3.5', 'Klimaat en energie'],
  [2, '3.6', 'Mobiliteit'],
  [1, '4', 'Zeven gebieden'],
  [2, '4.1', 'Centrum'],
  [2, '4.2', 'Woonwijken'],
  [2, '4.3', 'Bedrijventerreinen'],
  [2, '4.4', 'Zorglandgoederen'],
  [2, '4.5', 'Randmeerkust'],
  [2, '4.6', 'Landbouwgebied'],
  [2, '4.7', 'Veluwe'],
  [1, '5', 'Uitvoering'],
  [2, '5.1', 'Instrumenten'],
  [2, '5.2', 'Monitoring en actualisatie'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="ttl">Raadsbesluit tot vaststelling van de Omgevingsvisie Ermelo</p>
<p>De raad van de gemeente Ermelo;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 1 februari 2028, nummer 2028-0094;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Ermelo van 4 oktober tot en met 14 november 2027 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Ermelo vast te stellen, met de geografische informatieobjecten van bijlage 2.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op 1 mei 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Ermelo van 23 maart 2028.</p>
${handtekeningen(['de griffier,', 'mr. J.H. Brouwer'], ['de voorzitter,', 'drs. H.J. Kats'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Ermelo</p><p class="t2">Zes thema’s, zeven gebieden, één visie</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [`${nr}.`, t, `${nr}. ${t}`, 1] : [nr, t, `${nr} ${t}`, 2]))
  rows.push(['', 'Bijlage 1 Begrippenlijst', 'Bijlage 1 Begrippenlijst', 1])
  rows.push(['', 'Bijlage 2 Geografische informatieobjecten', 'Bijlage 2 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('De omgevingsvisie vervangt alle structuurvisies, beleidsplannen en beleidsvisies van de gemeente over de fysieke leefomgeving. Hierin staat wat we echt belangrijk vinden en welke keuzes we maken voor wonen, werken, recreëren, landschap, natuur en nog veel meer. De visie verbindt deze onderwerpen met elkaar en wordt zo één visie voor heel Ermelo.')
  K('1.2')
  d.p('Samen met inwoners is gepuzzeld aan de toekomst van Ermelo. Bijna 1.000 inwoners vulden de enquête ‘Puzzel mee aan Ermelo’ in; ook leerlingen van het Christelijk College Groevenbeek dachten mee. Daarnaast spraken we met:')
  d.list(['organisaties, verenigingen en buurt- of wijkraden;', 'ondernemers en de zorginstellingen op de landgoederen;', 'de provincie Gelderland en het waterschap Vallei en Veluwe.'], bol)
  K('1.3')
  d.p('Hoofdstuk 2 schetst Ermelo in 2040. Hoofdstuk 3 werkt de zes thema’s uit, hoofdstuk 4 de zeven gebieden. Hoofdstuk 5 gaat over de uitvoering.')

  K('2')
  K('2.1')
  d.p('Ermelo is een groene woongemeente tussen de Veluwe en de randmeren, met een sterke traditie in de zorg en een belangrijke recreatieve functie.')
  K('2.2')
  d.p('De omgevingsvisie is opgebouwd op basis van bestaand beleid dat nog steeds actueel is, aangevuld met nieuwe ambities voor de lange termijn.')

  K('3')
  d.p('De inhoud is samengebracht in zes thema’s en zeven gebieden, zoveel mogelijk met elkaar in verbinding gebracht. De tabel laat zien welk thema in welk gebied het zwaarst weegt.')
  d.table(['Thema', 'Centrum', 'Wijken', 'Bedrijven', 'Zorg', 'Kust', 'Landbouw', 'Veluwe'], [
    ['Wonen', '●', '●', '', '●', '', '', ''],
    ['Werken', '●', '', '●', '●', '', '●', ''],
    ['Recreatie en toerisme', '●', '', '', '', '●', '', '●'],
    ['Natuur en landschap', '', '', '', '●', '●', '●', '●'],
    ['Klimaat en energie', '', '●', '●', '', '', '●', ''],
    ['Mobiliteit', '●', '●', '●', '', '', '', ''],
  ], 'tbl', ['23%', '11%', '11%', '11%', '11%', '11%', '11%', '11%'])
  K('3.1')
  d.p('We bouwen tot 2040 ongeveer 1.500 woningen, vooral voor starters, jonge gezinnen en senioren.')
  K('3.2')
  d.p('We bieden lokale bedrijven ruimte om te groeien op de bestaande bedrijventerreinen.')
  K('3.3')
  d.p('Ermelo is een toeristische gemeente met campings, bungalowparken en de stranden aan het Veluwemeer en Wolderwijd.')
  K('3.4')
  d.p('Natuur en landschap zijn de dragers van de kwaliteit van Ermelo.')
  K('3.4.1')
  d.p('De Veluwe is Natura 2000-gebied. We beschermen de rust en versterken de natuurwaarden, met zonering van recreatie.')
  K('3.4.2')
  d.p('De randmeerkust biedt ruimte voor recreatie en natuur in een open landschap.')
  K('3.5')
  d.p('In 2050 is Ermelo energieneutraal. Wij kiezen:')
  d.list(['eerst energie besparen;', 'dan zon op daken en parkeerplaatsen;', 'daarna opwek in het landbouwgebied, alleen met lokaal eigendom.'], num)
  K('3.6')
  d.p('Ermelo blijft goed bereikbaar over de A28 en per trein; we versterken het fietsnetwerk.')

  K('4')
  K('4.1')
  d.p('Het centrum is compact en levendig, met winkels, horeca en wonen.')
  K('4.2')
  d.p('In de woonwijken vergroenen we de openbare ruimte en passen we die aan op hitte en hevige buien.')
  K('4.3')
  d.p('De bedrijventerreinen Frankrijk en Telgt worden duurzaam vernieuwd.')
  K('4.4')
  d.p('De landgoederen Veldwijk, ’s Heeren Loo en Groot Salland verbinden zorg, wonen en natuur.')
  K('4.5')
  d.p('Aan de randmeerkust liggen strand, jachthaven en natuurgebied Horsterwold aan de overkant.')
  K('4.6')
  d.p('In het landbouwgebied ten westen van de A28 zoeken we naar een goede combinatie van landbouw, natuur en energie.')
  K('4.7')
  d.p('Het Veluwse deel van Ermelo blijft een gebied van rust en natuur.')

  K('5')
  K('5.1')
  d.p('We werken de visie uit in het omgevingsplan en in programma’s, zoals het programma Wonen.')
  K('5.2')
  d.p('Elke vier jaar bekijken we of de visie actueel is.')

  d.page('std').bijlage('1', 'Begrippenlijst', '<p class="bijl brk">Bijlage 1 Begrippenlijst</p>')
  d.table(['Begrip', 'Betekenis'], [
    ['Omgevingsplan', 'het gemeentelijke plan met regels voor de fysieke leefomgeving'],
    ['Programma', 'maatregelen om een doel uit de visie te bereiken'],
    ['Zorglandgoed', 'landgoed met zorginstellingen, wonen en natuur'],
  ], 'tbl', ['30%', '70%'])
  d.bijlage('2', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 2 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #4a4a4a;"
  const spec: DocSpec = {
    id: 'h212',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de Omgevingsvisie Ermelo (ontwerp ter inzage vanaf 4 augustus 2021, vastgesteld op 26 januari 2022, opgesteld met BRO; "Puzzel mee aan Ermelo", bijna 1.000 inwoners en leerlingen van het Christelijk College Groevenbeek; opgebouwd op bestaand beleid dat nog actueel is, aangevuld met nieuwe ambities voor de lange termijn; de inhoud samengebracht in zes thema\'s en zeven gebieden; één visie die de structuurvisies, beleidsplannen en beleidsvisies vervangt), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Liberation Serif 10 pt met Liberation Sans koppen, hoofdstukken "1." (nummer "1") in een gekleurde balk, paragrafen "1.1", een derde niveau "3.4.1", inhoudsopgave "Inhoudsopgave" met puntjes, koptekst "Omgevingsvisie Ermelo · vastgesteld 23 maart 2028" rechts, voettekst "Gemeente Ermelo – Veluwe aan het water" links en "pagina n" rechts, lijsten "•" en "1.", een tabel thema × gebied, raadsbesluit met Artikel 1–2, "Bijlage 1 Begrippenlijst" (een tabel) vóór de GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0233',
    naam: 'Gemeente Ermelo',
    besluit: {
      opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Ermelo',
      artikelen: ['1', '2'],
      inwerkingtreding: '2028-05-01',
    },
    visieOpschrift: 'Omgevingsvisie Ermelo',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-ermelo', regeling: 'omgevingsvisie-ermelo', doel: 'omgevingsvisie-ermelo' },
      datums: { vaststelling: '2028-03-23', ondertekening: '2028-03-23', bekendmaking: '2028-04-04', inwerkingtreding: '2028-05-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0233',
      oin: '00000001000000002330',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [172000, 478000] },
    meubilair: ['^Omgevingsvisie Ermelo · vastgesteld 23 maart 2028$', '^Gemeente Ermelo – Veluwe aan het water$', '^pagina \\d+$'],
    title: 'Omgevingsvisie Ermelo',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 22mm 20mm 25mm; @top-right { content: "Omgevingsvisie Ermelo · vastgesteld 23 maart 2028"; ${ft} } @bottom-left { content: "Gemeente Ermelo – Veluwe aan het water"; ${ft} } @bottom-right { content: "pagina " counter(page); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 10pt/1.45 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.4mm; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; }
.art { font: bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 90mm; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #4b7a1f; }
.titel .t2 { font: 13pt 'Liberation Sans'; }
.toc { break-before: page; }
.toc .tockop { font: bold 16pt 'Liberation Sans'; color: #4b7a1f; margin-bottom: 5mm; }
${TOC_CSS}
.brk { break-before: page; }
h1 { font: bold 16pt 'Liberation Sans'; color: #fff; background: #4b7a1f; padding: 3mm 4mm; margin: 0 0 5mm; }
h2 { font: bold 12pt 'Liberation Sans'; color: #4b7a1f; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 3mm; }
table.tbl { width: 100%; font: 8.5pt 'Liberation Sans'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #8a8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #e3eed8; }
.bijl { font: bold 14pt 'Liberation Sans'; color: #4b7a1f; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
