/**
 * h178 — gemeente Wassenaar (gm0629), holdout (session 13): the Zuid-Hollandse gemeente of some 27.000 inwoners
 * between Den Haag and Leiden, with the dorp Wassenaar and its villaparken, the landgoederen (Duivenvoorde, De
 * Paauw, Backershagen), the duinen of Meijendel and Berkheide with the strand, the Duivenvoordecorridor, Kerkehout and
 * Maaldrift, the N44 and the A44. Content after the public texts on the visies of Wassenaar and Voorschoten made by
 * the Werkorganisatie Duivenvoorde (a "drieluik" that begins with a Toekomstvisie — "wat voor dorp Wassenaar wil
 * zijn" —, a Structuurvisie as its spatial translation and gebiedsvisies as the sluitstuk; sectoral visies on wonen,
 * economie, verkeer en groen; "bestaande karakteristieken … duurzaam behouden en versterkt"; the wish for one visie
 * for both gemeenten that proved "niet haalbaar" with two colleges and two raden), set as Wassenaar's omgevingsvisie
 * of 2028; the rest in our own words. Layout: a DESIGNED BROCHURE on A4 LANDSCAPE, Liberation Sans with Liberation
 * Serif quotes: every chapter opens with a COLOURED PANEL holding the two-digit number "01" in 60 pt white BESIDE the
 * title; section titles "1.1" in colour WITHOUT BOLD, a third level "3.1.1"; an intro paragraph in larger type; the
 * body in a main column with a SIDEBAR COLUMN per chapter ("Wat vinden we belangrijk?" with a list); call-out boxes
 * "Ambitie"; photo placeholders with captions; inhabitants' quotes in large italics; a running header with the
 * chapter title ("Omgevingsvisie Wassenaar — Thema’s") on every page of the chapter; the page number in the OUTER
 * MARGIN HALFWAY DOWN; a table of contents of chapters only; lists "•" and "1."; a table; a besluit in the style of
 * the Gemeenteblad with Artikel I–III; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { callout, citaat, foto, kader } from './brochure.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0629', '2028', '2028-10-10', '1')
const GIOS: Gio[] = [
  gio('Gemeente Wassenaar', 'gemeente-wassenaar', [0, 0], 3),
  gio('Landgoederenzone', 'landgoederenzone', [1, -0.5], 1),
  gio('Duivenvoordecorridor', 'duivenvoordecorridor', [2.5, -1.5], 0.8),
  gio('Kustzone Meijendel en Berkheide', 'kustzone-meijendel-berkheide', [-2, 1.5], 1.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '01', 'Wassenaar, een dorp met allure'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Van toekomstvisie naar omgevingsvisie'],
  [2, '1.3', 'Leeswijzer'],
  [1, '02', 'Het DNA van Wassenaar'],
  [2, '2.1', 'Landgoederen en villaparken'],
  [2, '2.2', 'Duinen en strand'],
  [2, '2.3', 'Het dorpshart'],
  [1, '03', 'Thema’s'],
  [2, '3.1', 'Wonen'],
  [3, '3.1.1', 'Woningbouwlocaties'],
  [3, '3.1.2', 'Wonen voor ouderen'],
  [2, '3.2', 'Economie'],
  [2, '3.3', 'Verkeer'],
  [3, '3.3.1', 'De N44 en de A44'],
  [2, '3.4', 'Groen en natuur'],
  [2, '3.5', 'Klimaat en energie'],
  [1, '04', 'Gebieden'],
  [2, '4.1', 'Het dorp'],
  [2, '4.2', 'Landgoederenzone'],
  [2, '4.3', 'Duivenvoordecorridor'],
  [2, '4.4', 'Kust'],
  [1, '05', 'Uitvoering'],
  [2, '5.1', 'Samen met Voorschoten'],
  [2, '5.2', 'Gebiedsvisies'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><div class="panel">${k.nummer}</div><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer}&#8195;${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  /** A chapter: the opener across the page, then a main column and a sidebar column. */
  const hfd = (nr: string, intro: string, side: () => void, body: () => void) => {
    d.page(`c${Number(nr)}`)
    k(nr)
    d.p(intro, 'intro')
    d.raw('<div class="grid"><div class="side">')
    side()
    d.raw('</div><div class="main">')
    body()
    d.raw('</div></div>')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Wassenaar tot vaststelling van de Omgevingsvisie Wassenaar 2040</p>
<p>De raad van de gemeente Wassenaar;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2028, nr. 28.017;</p>
<p>gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet;</p>
<p>besluit:</p>
<p class="art">Artikel I</p>
<p>De "Omgevingsvisie Wassenaar 2040", opgenomen in Bijlage A, wordt vastgesteld, met de geografische informatieobjecten genoemd in bijlage 1 bij de visie.</p>
<p class="art">Artikel II</p>
<p>De Structuurvisie Wassenaar 2015–2025 wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 januari 2029.</p>
<p class="aldus">Aldus vastgesteld door de raad van de gemeente Wassenaar in zijn openbare vergadering van 10 oktober 2028.</p>
<p>J.H. de Wit - griffier<br>L.M.M. Bolsius - voorzitter</p>
</div>`)

  d.page('titel').raw(`
<div class="titel"><div class="tband"></div><div class="ttxt">
<p class="tlab">Bijlage A</p>
<p class="t1">Omgevingsvisie Wassenaar 2040</p>
<p class="t2">Een groen dorp met allure tussen duin en landgoed</p></div>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n === 1).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('toc').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  hfd('01', 'Wat voor dorp wil Wassenaar zijn? Deze visie geeft daar antwoord op: een groen dorp met allure, dat zijn kwaliteiten koestert en tegelijk ruimte biedt aan nieuwe generaties.', () => {
    kader(d, 'Wat vinden we belangrijk?', ['het groene karakter van het dorp;', 'de landgoederen en duinen;', 'ruimte voor initiatieven uit de samenleving.'], bol)
  }, () => {
    k('1.1')
    d.p('De Omgevingswet vraagt van elke gemeente één integrale visie op de fysieke leefomgeving. Deze visie vervangt de Structuurvisie Wassenaar 2015–2025.')
    k('1.2')
    d.p('De visie is het derde deel van een drieluik. Het begon met een toekomstvisie over wat voor dorp Wassenaar wil zijn. De structuurvisie gaf daaraan een ruimtelijke vertaling; de gebiedsvisies vormen het sluitstuk.')
    k('1.3')
    d.p('Hoofdstuk 2 beschrijft het DNA van Wassenaar, hoofdstuk 3 de thema’s, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.')
  })

  hfd('02', 'Bestaande karakteristieken van Wassenaar willen wij duurzaam behouden en versterken. Zij vormen het DNA van het dorp.', () => {
    kader(d, 'Wat vinden we belangrijk?', ['groen gaat voor grijs;', 'nieuwe bebouwing past bij de villaparken;', { text: 'de duinen blijven toegankelijk', sub: ['voor wandelaars;', 'voor fietsers.'] }], bol)
  }, () => {
    k('2.1')
    d.p('De landgoederen Duivenvoorde, De Paauw en Backershagen en de villaparken met hun lanen en tuinen geven Wassenaar zijn allure.')
    foto(d, 'Foto 1 Kasteel Duivenvoorde')
    k('2.2')
    d.p('Meijendel en Berkheide zijn waardevolle duingebieden en leveren drinkwater. Het strand is een plek van rust.')
    k('2.3')
    d.p('Het dorpshart rond de Langstraat en de Luifelbaan is de plek waar inwoners elkaar ontmoeten.')
    citaat(d, 'Wat Wassenaar bijzonder maakt, is dat je binnen tien minuten van je voordeur in het bos staat.', 'inwoner van Rijksdorp')
  })

  hfd('03', 'Parallel aan deze visie zijn sectorale visies gemaakt voor wonen, economie, verkeer en groen. Hun hoofdlijnen staan in dit hoofdstuk.', () => {
    kader(d, 'Wat vinden we belangrijk?', ['woningen voor jongeren en ouderen;', 'een veilig en bereikbaar dorp;', 'een klimaatbestendige buitenruimte.'], bol)
  }, () => {
    k('3.1')
    callout(d, 'Ambitie', 'In 2040 kunnen jongeren en ouderen in Wassenaar een passende woning vinden.')
    k('3.1.1')
    d.table(['Locatie', 'Woningen', 'Soort'], [
      ['Maaldrift', 'ca. 800', 'gemengd, veel groen'],
      ['Kerkehout', 'ca. 250', 'sociale huur en middenhuur'],
      ['Inbreiding in het dorp', 'ca. 300', 'appartementen'],
    ], 'tbl', ['40%', '25%', '35%'])
    k('3.1.2')
    d.p('Wij zorgen voor geschikte woningen voor ouderen dichtbij het dorpshart, zodat zij in Wassenaar kunnen blijven wonen.')
    k('3.2')
    d.p('Wassenaar is een dorp van dienstverlening, zorg, onderwijs en toerisme. Wij versterken het dorpshart en de bedrijvigheid aan huis.')
    k('3.3')
    d.p('Wij maken de fiets de beste keuze voor korte ritten en zorgen voor:')
    d.list(['veilige schoolroutes;', 'snelle fietsroutes naar Den Haag en Leiden;', 'goed openbaar vervoer langs de Rijksstraatweg.'], num)
    k('3.3.1')
    d.p('De N44 en de A44 verbinden Wassenaar met de regio. Wij zetten in op minder doorgaand verkeer door het dorp.')
    k('3.4')
    callout(d, 'Ambitie', 'Wassenaar blijft het groenste dorp van de regio.')
    k('3.5')
    d.p('Wij vergroenen tuinen en straten tegen hitte en wateroverlast en wekken energie op daken op, passend bij het beschermde dorpsgezicht.')
  })

  hfd('04', 'Vier gebieden hebben elk een eigen opgave. Per gebied staat wat wij behouden en waar ruimte is voor ontwikkeling.', () => {
    kader(d, 'Wat vinden we belangrijk?', ['een levendig dorp;', 'samenhang tussen landgoederen;', 'een ecologische verbinding door de corridor;', 'een rustige kust.'], bol)
  }, () => {
    k('4.1')
    d.p('In het dorp bouwen wij binnen de bestaande bebouwing en houden wij de maat en schaal van de villaparken vast.')
    k('4.2')
    d.p('De landgoederenzone blijft een samenhangend geheel van buitenplaatsen, bossen en lanen.')
    k('4.3')
    callout(d, 'Ambitie', 'De Duivenvoordecorridor wordt een ecologische en recreatieve verbinding tussen duin en veenweide.')
    k('4.4')
    d.p('De kust blijft rustig en natuurlijk. Nieuwe voorzieningen aan het strand zijn kleinschalig.')
    foto(d, 'Foto 2 Het strand bij Wassenaarse Slag')
  })

  hfd('05', 'Een visie voor Wassenaar en een voor Voorschoten: één visie voor beide gemeenten bleek niet haalbaar, maar wij werken samen aan de uitvoering.', () => {
    kader(d, 'Wat vinden we belangrijk?', ['één werkorganisatie;', 'participatie vanaf het begin.'], bol)
  }, () => {
    k('5.1')
    d.p('Met de Werkorganisatie Duivenvoorde voeren wij de visies van Wassenaar en Voorschoten uit en stemmen wij het omgevingsplan af.')
    k('5.2')
    d.p('Voor de Duivenvoordecorridor, Maaldrift en het dorpshart maken wij gebiedsvisies, samen met inwoners en eigenaren.')
  })

  d.page('bijlage').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8.5pt 'Liberation Sans'; color: #2f5d3a;"
  const hdr = (n: number, t: string) => `@page c${n} { @top-left { content: "Omgevingsvisie Wassenaar — ${t}"; ${ft} } }`
  const spec: DocSpec = {
    id: 'h178',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de visies van Wassenaar en Voorschoten van de Werkorganisatie Duivenvoorde (een "drieluik" dat begint met een Toekomstvisie — "wat voor dorp Wassenaar wil zijn" —, een Structuurvisie als ruimtelijke vertaling en gebiedsvisies als sluitstuk; sectorale visies voor wonen, economie, verkeer en groen; "bestaande karakteristieken … duurzaam behouden en versterkt"; één visie voor beide gemeenten bleek "niet haalbaar"), hier als omgevingsvisie van Wassenaar van 2028, verder in eigen woorden; eigen opmaak als ONTWORPEN BROCHURE: A4 LIGGEND, Liberation Sans, elk hoofdstuk opent met een GEKLEURD VLAK met het nummer "01" in 60 pt wit NAAST de titel, paragraaftitels "1.1" in kleur ZONDER VET, een derde niveau "3.1.1", een inleidende alinea in grotere letters, tekst in een hoofdkolom met per hoofdstuk een ZIJKOLOM "Wat vinden we belangrijk?" met een lijst, kaders "Ambitie", fotovlakken met bijschrift, citaten van inwoners in grote cursieve letters, kopregel met de hoofdstuktitel ("Omgevingsvisie Wassenaar — Thema’s"), paginanummer in de BUITENMARGE HALVERWEGE, inhoudsopgave van hoofdstukken, lijsten "•" en "1.", een tabel, besluit in de stijl van het Gemeenteblad met Artikel I–III, de visie als "Bijlage A", GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0629',
    naam: 'Gemeente Wassenaar',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Wassenaar tot vaststelling van de Omgevingsvisie Wassenaar 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2029-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Wassenaar 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-wassenaar-2040', regeling: 'omgevingsvisie-wassenaar', doel: 'omgevingsvisie-wassenaar-2040' },
      datums: { vaststelling: '2028-10-10', ondertekening: '2028-10-10', bekendmaking: '2028-10-24', inwerkingtreding: '2029-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0629',
      oin: '00000001000000006290',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [88000, 465000] },
    meubilair: ['^Omgevingsvisie Wassenaar — ', '^\\d+$'],
    title: 'Omgevingsvisie Wassenaar 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4 landscape; margin: 16mm 24mm 16mm 24mm; }
@page :right { @right-middle { content: counter(page); ${ft} font-size: 11pt; font-weight: bold; } }
@page :left { @left-middle { content: counter(page); ${ft} font-size: 11pt; font-weight: bold; } }
${KOPPEN.filter(([n]) => n === 1).map(([, nr, t]) => hdr(Number(nr), t)).join('\n')}
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.3mm; }
.besluit { width: 62%; break-after: page; }
.ttl { font: bold 16pt 'Liberation Sans'; margin: 0 0 5mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { display: flex; height: 170mm; break-after: page; }
.tband { flex: 0 0 70mm; background: #2f5d3a; }
.ttxt { padding: 55mm 0 0 15mm; }
.tlab { font-size: 11pt; color: #777; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #2f5d3a; margin: 3mm 0; }
.titel .t2 { font: italic 15pt 'Liberation Sans'; color: #555; }
.toc { width: 60%; break-after: page; }
.tockop { font: 22pt 'Liberation Sans'; color: #2f5d3a; margin-bottom: 6mm; }
${TOC_CSS}
.toc .t1 { font-weight: normal; font-size: 12pt; }
.pg { break-before: page; }
.hfd { display: flex; align-items: stretch; margin: 0 0 5mm; }
.panel { flex: 0 0 40mm; background: #2f5d3a; color: #fff; font: bold 60pt/1 'Liberation Sans'; padding: 6mm 4mm; text-align: center; }
h1 { font: 26pt/1.15 'Liberation Sans'; color: #2f5d3a; margin: 0; padding: 10mm 0 0 8mm; }
h2 { font: 14pt 'Liberation Sans'; font-weight: normal; color: #2f5d3a; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: 11pt 'Liberation Sans'; font-weight: normal; color: #7a9a3a; margin: 3mm 0 1mm; break-after: avoid; }
.intro { font-size: 13pt; line-height: 1.4; color: #2f5d3a; width: 75%; margin-bottom: 5mm; }
.grid { display: flex; gap: 10mm; }
.side { flex: 0 0 62mm; }
.main { flex: 1 1 auto; }
.kader { background: #e8efe3; padding: 3mm 4mm; font-size: 9pt; }
.kadertitel { font-weight: bold; color: #2f5d3a; margin: 0 0 2mm; }
.call { border: 1pt solid #7a9a3a; padding: 2.5mm 4mm; margin: 2mm 0 3mm; }
.clabel { font: bold 9pt 'Liberation Sans'; color: #7a9a3a; margin: 0 0 1mm; }
.ctext { font-size: 11pt; margin: 0; }
.foto { height: 50mm; background: linear-gradient(150deg, #b7cfa8, #58804a); margin: 3mm 0 1.5mm; }
.cap { font: italic 8.5pt 'Liberation Sans'; color: #666; margin-bottom: 4mm; }
.quote { margin: 4mm 0 4mm 12mm; }
.qt { font: italic 17pt/1.3 'Liberation Serif'; color: #2f5d3a; margin: 0 0 1mm; }
.qwho { font-size: 9pt; color: #666; }
div.lst { margin: 0 0 2.3mm 1mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 3mm; }
table.tbl th { background: #e8efe3; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.5pt solid #ccc; padding: 1.2mm; }
.bijl { font: 18pt 'Liberation Sans'; color: #2f5d3a; margin-bottom: 6mm; }
table.gio { width: 80%; font-size: 9.5pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #2f5d3a; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.5pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
