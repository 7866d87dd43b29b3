/**
 * h208 — gemeente Deurne (gm0762), holdout (session 14): the Brabantse gemeente of some 33.000 inwoners in de Peel,
 * with Deurne, Liessel, Vlierden, Neerkant and Helenaveen, the Deurnsche Peel and Mariapeel and the Groote Peel.
 * Content after the public texts of the gemeente on its Omgevingsvisie (the begroting pages "Omgevingsvisie Deurne
 * 2030": an integrale visie with strategische hoofdkeuzes for the fysieke leefomgeving, starting from the
 * structuurvisie, with new themes energietransitie, gezondheid, veiligheid, klimaat, transitie buitengebied en
 * duurzaamheid; the uitgangspuntennotitie of February 2021, the "Foto van de leefomgeving", an enquête, a
 * keuzedocument and raamwerk; and the later program text: "Deurne is na Helmond de meest verstedelijkte kern van de
 * Peel en vervult een regiofunctie", vitaal platteland én gezonde, leefbare kernen, structuurversterking, transitie
 * en gebiedsgerichte keuzes, UITGANGSPUNTEN in capitals), here as a visie of 2028, shortened and partly in our own
 * words. Layout: Chromium, A4 LANDSCAPE, Liberation Sans Narrow 9.5 pt in TWO COLUMNS with chapter headings across
 * both; chapters TYPED IN CAPITALS ("1 DEURNE IN DE PEEL", nummer "1", the truth in capitals), sections "1.1", a third
 * level "3.2.1"; table of contents "Inhoudsopgave" of two levels; header "Omgevingsvisie Deurne 2040" left and
 * "gemeente Deurne" right, footer "- n -" centred; unnumbered tussenkoppen "UITGANGSPUNTEN"; lists "•" and "a."; a
 * table; raadsbesluit with a meta block and Artikel 1–3; GIO table Nr | Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0762', '2028', '2028-09-26', '1')
const GIOS: Gio[] = [
  gio('Gemeente Deurne', 'gemeente-deurne', [0, 0], 5),
  gio('Deurnsche Peel en Mariapeel', 'deurnsche-peel-mariapeel', [3, -1], 1.6),
  gio('Groote Peel', 'groote-peel', [0.5, -4], 1.2),
  gio('Centrum Deurne', 'centrum-deurne', [-1.5, 1.5], 0.5),
  gio('Zoekgebied duurzame energie Peelrand', 'zoekgebied-energie-peelrand', [-2.5, -2], 1),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'INLEIDING'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Hoe de visie tot stand kwam'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'DEURNE IN DE PEEL'],
  [2, '2.1', 'Een regiofunctie in de Peel'],
  [2, '2.2', 'Foto van de leefomgeving'],
  [1, '3', 'HOOFDKEUZES'],
  [2, '3.1', 'Gezonde, leefbare kernen'],
  [3, '3.1.1', 'Betaalbaar en divers wonen'],
  [3, '3.1.2', 'Voorzieningen en centrum'],
  [2, '3.2', 'Een vitaal platteland'],
  [3, '3.2.1', 'Transitie van de landbouw'],
  [3, '3.2.2', 'Water, bodem en natuur'],
  [3, '3.2.3', 'Vrijkomende agrarische bebouwing'],
  [2, '3.3', 'Energie en klimaat'],
  [2, '3.4', 'Bereikbaarheid'],
  [1, '4', 'GEBIEDEN'],
  [2, '4.1', 'De kern Deurne'],
  [2, '4.2', 'De dorpen'],
  [2, '4.3', 'De Peel'],
  [1, '5', 'UITVOERING'],
  [2, '5.1', 'Instrumenten'],
  [2, '5.2', 'Monitoring'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">${k.nummer} ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

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
<p class="ttl">RAADSBESLUIT</p>
<table class="meta"><tr><td>Raadsvergadering</td><td>26 september 2028</td></tr><tr><td>Agendapunt</td><td>9</td></tr><tr><td>Registratienummer</td><td>RB-2028-41</td></tr><tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie Deurne 2040</td></tr></table>
<p>De raad van de gemeente Deurne;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2028;</p>
<p>overwegende dat de Omgevingsvisie Deurne 2040 is opgesteld op basis van de uitgangspuntennotitie, de Foto van de leefomgeving, een enquête en gesprekken met de samenleving, en dat het ontwerp van 27 april tot en met 7 juni 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Deurne 2040, met de geografische informatieobjecten van bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Deurne 2009 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 november 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Deurne op 26 september 2028.</p>
${handtekeningen(['De griffier,', 'drs. P.H.M. van de Ven'], ['De voorzitter,', 'ir. A.M. de Kleijn'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Deurne 2040</p><p class="t2">Vitaal platteland én gezonde, leefbare kernen</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => [nr, t, `${nr} ${t}`, n])
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  K('1')
  cols(() => {
    K('1.1')
    d.p('De Omgevingsvisie Deurne is een integrale visie met strategische hoofdkeuzes voor de fysieke leefomgeving voor de lange termijn. Vertrekpunt is de structuurvisie, aangevuld met nieuwe thema’s en ambities: de energietransitie, gezondheid, veiligheid, klimaat, de transitie van het buitengebied en duurzaamheid.')
    K('1.2')
    d.p('De visie is in stappen tot stand gekomen:')
    d.list(['de uitgangspuntennotitie, besproken in de raadscommissie in februari 2021;', 'de Foto van de leefomgeving: de staat van de leefomgeving, de effecten van het huidige beleid en de knelpunten;', 'een enquête en verdiepende gesprekken met de samenleving en organisaties;', 'een keuzedocument en een raamwerk.'], let_)
    K('1.3')
    d.p('Hoofdstuk 2 schetst Deurne in de Peel. Hoofdstuk 3 bevat de hoofdkeuzes, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.')
  })

  K('2')
  cols(() => {
    K('2.1')
    d.p('Deurne is na Helmond de meest verstedelijkte kern van de Peel en vervult een regiofunctie. We willen gelijkmatig meegroeien met de andere stedelijke kernen en daarbij het karakter van Deurne behouden. Dat vraagt om een afgewogen ruimtelijk beleid, gebaseerd op kwaliteit.')
    d.tk('UITGANGSPUNTEN')
    d.list(['de bovenlokale functie van Deurne behouden en versterken;', 'de identiteit van Deurne behouden;', 'inzetten op extra woningbouw, passend binnen de omgeving.'], bol)
    K('2.2')
    d.p('De Foto van de leefomgeving laat zien waar het goed gaat en waar het knelt.')
    d.table(['Thema', 'Staat', 'Knelpunt'], [
      ['Wonen', 'voldoende, maar eenzijdig', 'te weinig voor starters'],
      ['Landbouw', 'sterk en intensief', 'geur, stikstof, leegstand'],
      ['Natuur', 'unieke hoogveenrestanten', 'verdroging'],
      ['Gezondheid', 'gemiddeld', 'luchtkwaliteit buitengebied'],
    ], 'tbl', ['28%', '36%', '36%'])
  })

  K('3')
  cols(() => {
    d.p('Deurne staat voor grote bestuurlijke keuzes. Er is spanning tussen de ontwikkeling van stedelijke kenmerken en het landelijk gebied. Deurne wil een vitaal platteland én gezonde, leefbare kernen.')
    K('3.1')
    K('3.1.1')
    d.p('We bouwen voor alle doelgroepen, met voorrang voor starters en senioren, in de kern Deurne en in de dorpen naar behoefte.')
    K('3.1.2')
    d.p('Het centrum van Deurne is compact en levendig. Voorzieningen voor onderwijs, zorg en sport bundelen we.')
    K('3.2')
    K('3.2.1')
    d.p('Door naast de ondernemer te staan geven we invulling aan een passende omvorming van het buitengebied, met oog voor innovatie.')
    K('3.2.2')
    d.p('Water, bodem en natuur zijn belangrijke opgaven. We herstellen de hoogveengebieden en houden water vast.')
    K('3.2.3')
    d.p('Vrijkomende stallen en erven krijgen een nieuwe functie of worden gesloopt.')
    d.tk('UITGANGSPUNTEN')
    d.list(['structuurversterking van de landbouw;', { text: 'gebiedsgerichte keuzes', sub: ['rond de Peelgebieden;', 'rond de kernen.'] }, 'terugdringen van overlast.'], bol)
    K('3.3')
    d.p('Deurne wil toe naar een duurzame en toekomstbestendige situatie. We haken aan bij goede initiatieven in de regio.')
    K('3.4')
    d.p('De spoortunnel verbetert de verbinding tussen de wijken. Het station blijft een regionaal knooppunt.')
  })

  K('4')
  cols(() => {
    K('4.1')
    d.p('In de kern Deurne bouwen we binnenstedelijk en aan de randen.')
    K('4.2')
    d.p('Liessel, Vlierden, Neerkant en Helenaveen blijven vitale dorpen met een eigen karakter.')
    K('4.3')
    d.p('De Deurnsche Peel, de Mariapeel en de Groote Peel zijn Natura 2000-gebieden. Hier gaan natuur en water voor.')
  })

  K('5')
  cols(() => {
    K('5.1')
    d.p('We werken de visie uit in programma’s en in het omgevingsplan.')
    K('5.2')
    d.p('Elke vier jaar maken we een nieuwe Foto van de leefomgeving.')
  })

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabelRows(GIOS, ['Nr', 'Naam', 'Identificatie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie)], 'gio', ['6%', '34%', '60%'])

  const ft = "font: 8pt 'Liberation Sans Narrow'; color: #444;"
  const spec: DocSpec = {
    id: 'h208',
    set: 'holdout',
    bron: 'Naar de openbare teksten van de gemeente Deurne over haar Omgevingsvisie (begrotingspagina\'s "Omgevingsvisie Deurne 2030": integrale visie met strategische hoofdkeuzes, vertrekpunt de structuurvisie, nieuwe thema\'s energietransitie, gezondheid, veiligheid, klimaat, transitie buitengebied en duurzaamheid; de uitgangspuntennotitie van februari 2021, de "Foto van de leefomgeving", een enquête, een keuzedocument en raamwerk; en de programmatekst "Deurne is na Helmond de meest verstedelijkte kern van de Peel", vitaal platteland én gezonde, leefbare kernen, UITGANGSPUNTEN), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 LIGGEND, Liberation Sans Narrow 9,5 pt in TWEE KOLOMMEN met hoofdstukkoppen over de volle breedte, hoofdstukken GETYPT IN HOOFDLETTERS ("1 DEURNE IN DE PEEL", nummer "1", de truth in hoofdletters), paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave van twee niveaus, kopregel "Omgevingsvisie Deurne 2040" / "gemeente Deurne", voettekst "- n -", tussenkoppen "UITGANGSPUNTEN", lijsten "•" en "a.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Nr | Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0762',
    naam: 'Gemeente Deurne',
    besluit: {
      opschrift: 'RAADSBESLUIT',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-11-01',
    },
    visieOpschrift: 'Omgevingsvisie Deurne 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-deurne', regeling: 'omgevingsvisie-deurne', doel: 'omgevingsvisie-deurne' },
      datums: { vaststelling: '2028-09-26', ondertekening: '2028-09-26', bekendmaking: '2028-10-05', inwerkingtreding: '2028-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0762',
      oin: '00000001000000007620',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [182000, 385000] },
    meubilair: ['^Omgevingsvisie Deurne 2040 gemeente Deurne$', '^- \\d+ -$'],
    title: 'Omgevingsvisie Deurne 2040',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4 landscape; margin: 18mm 20mm 16mm 20mm; @top-left { content: "Omgevingsvisie Deurne 2040"; ${ft} } @top-right { content: "gemeente Deurne"; ${ft} } @bottom-center { content: "- " counter(page) " -"; ${ft} } }
@page eerste { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page titel { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font: 9.5pt/1.4 'Liberation Sans Narrow', sans-serif; color: #1b1b1b; }
p { margin: 0 0 2.2mm; }
.ttl { font: bold 16pt 'Liberation Sans Narrow'; color: #8a1538; margin: 0 0 4mm; }
table.meta { margin: 0 0 5mm; } table.meta td { padding: 0 8mm 0.8mm 0; vertical-align: top; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 2.5mm 0 0.8mm; }
.aldus { margin-top: 4mm; }
.titel { break-before: page; padding-top: 55mm; text-align: center; }
.titel .t1 { font: bold 30pt 'Liberation Sans Narrow'; color: #8a1538; margin: 0 0 4mm; }
.titel .t2 { font: 14pt 'Liberation Sans Narrow'; }
.toc { break-before: page; width: 60%; } .tockop { font: bold 15pt 'Liberation Sans Narrow'; color: #8a1538; margin: 0 0 4mm; }
${TOC_CSS}
.brk { break-before: page; }
h1 { font: bold 17pt 'Liberation Sans Narrow'; color: #8a1538; margin: 0 0 5mm; border-bottom: 1pt solid #8a1538; padding-bottom: 1.5mm; }
.cols { column-count: 2; column-gap: 10mm; }
h2 { font: bold 11.5pt 'Liberation Sans Narrow'; color: #8a1538; margin: 4mm 0 1.5mm; break-after: avoid; }
.cols > h2:first-child { margin-top: 0; }
h3 { font: bold 9.5pt 'Liberation Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
.tk { font-weight: bold; color: #8a1538; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 1mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 4.5mm; flex: none; } div.lst .d1 { margin-left: 4.5mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { background: #f1dde3; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #c9a0ac; padding: 1mm; vertical-align: top; }
.bijl { font: bold 14pt 'Liberation Sans Narrow'; color: #8a1538; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #999; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8.5pt 'Liberation Mono'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
