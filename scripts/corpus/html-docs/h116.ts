/**
 * h116 — gemeente Oss (gm0828), holdout (session 12): a G40 city of about 95.000 inwoners in Noord-Brabant (the
 * stad Oss with Berghem, the vestingstadjes Ravenstein and Megen, the kerkdorpen along the Maas, the polder and the
 * Maashorst; a strong industrial and pharma economy). Content after the public texts on the Omgevingsvisie Oss (the
 * "Osse aanpak": first a Fundament on the identity and kwaliteiten — "een mozaïek aan landschappen, een middelgrote
 * stad en kleine kernen, veel bedrijvigheid en voorzieningen, en rustieke vestingstadjes" —, then three gebiedsvisies
 * Vitaal buitengebied, Stedelijk gebied Oss-Berghem and Stadjes & kernen, joined into one visie; a Notitie Reikwijdte
 * en Detailniveau and an Ambitienota; Atelier Oss 2040 on 2 april 2024; 1518 inwoners in an online vragenlijst; three
 * ontwikkelsporen; "Hoe ziet Oss er in 2040 uit"), here as the visie of 2027, shortened and partly in our own words.
 * Layout: A4 in Nimbus Sans 9.5 pt; chapters LETTERED "A" … "E" (a large letter before the title), sections "A1",
 * "A2" (letter and number WITHOUT A DOT), a third level "B1.1"; table of contents of chapters and sections with dotted
 * leaders; header "Omgevingsvisie Oss 2040 · vastgesteld 28 oktober 2027" left, footer "gemeente Oss" left and the page number right; lists "•" and
 * "1."; a table; "De raad van de gemeente Oss; … b e s l u i t :" with beslispunten I.–III. (the third names the
 * date); visie as "Bijlage 1"; GIO table with a KAART COLUMN FIRST (Kaart | Naam | Identificatie) and HASHED work
 * names (32 hex) in "Bijlage 2".
 */
import { DocBuilder, gidCell, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = (naam: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0828/2027/${hex32(`gm0828:${naam}`)}/nld@2027-10-28;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Oss', [0, 0], 9),
  gio('Vitaal buitengebied', [2, 4], 6),
  gio('Stedelijk gebied Oss-Berghem', [0, -1], 2.5),
  gio('Vestingstadjes Ravenstein en Megen', [-6, 5], 1.2),
  gio('Werklocaties Elzenburg-De Geer en Vorstengrafdonk', [1.5, 0.5], 1),
]

// [niveau, nummer, titel]
const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Het fundament'],
  [2, 'A1', 'Oss in vogelvlucht'],
  [2, 'A2', 'Trends en ontwikkelingen'],
  [2, 'A3', 'Opgaven voor 2040'],
  [1, 'B', 'Vitaal buitengebied'],
  [2, 'B1', 'Landschap en biodiversiteit'],
  [3, 'B1.1', 'De Maas en de uiterwaarden'],
  [3, 'B1.2', 'De polder'],
  [3, 'B1.3', 'De Maashorst'],
  [2, 'B2', 'Landbouw in transitie'],
  [2, 'B3', 'Energie in het landschap'],
  [2, 'B4', 'Recreatie en erfgoed'],
  [1, 'C', 'Stedelijk gebied Oss-Berghem'],
  [2, 'C1', 'Een levendige binnenstad'],
  [2, 'C2', 'Wijken voor iedereen'],
  [2, 'C3', 'Werklocaties'],
  [3, 'C3.1', 'Elzenburg-De Geer'],
  [3, 'C3.2', 'Vorstengrafdonk'],
  [2, 'C4', 'Bereikbaarheid'],
  [1, 'D', 'Stadjes en kernen'],
  [2, 'D1', 'De vestingstadjes'],
  [2, 'D2', 'Kerkdorpen aan de Maas'],
  [2, 'D3', 'Landelijke kernen'],
  [1, 'E', 'Uitvoering'],
  [2, 'E1', 'Programma’s en omgevingsplan'],
  [2, 'E2', 'Initiatieven'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="ltr">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Oss · raadsvoorstel RV-2027-0412</p>
<p class="ttl">Besluit van de raad van de gemeente Oss tot vaststelling van de Omgevingsvisie Oss 2040</p>
<p>De raad van de gemeente Oss;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 7 september 2027, nummer RV-2027-0412;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p>I. de Nota van beantwoording zienswijzen Omgevingsvisie Oss 2040 vast te stellen;</p>
<p>II. de Omgevingsvisie Oss 2040, opgenomen in bijlage 1, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2, vast te stellen;</p>
<p>III. te bepalen dat dit besluit in werking treedt op 1 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 28 oktober 2027.</p>
${handtekeningen(['De griffier,', 'drs. A.M. Wolters'], ['De voorzitter,', 'drs. W.J.M. Buijs-Glaudemans'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit RV-2027-0412</p>
<p class="t1">Omgevingsvisie Oss 2040</p>
<p class="t2">Samen bouwen aan een veelzijdige gemeente</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  k('A')
  d.p('Oss is een veelzijdige gemeente met een grote diversiteit: een mozaïek aan landschappen, een middelgrote stad en kleine kernen, veel bedrijvigheid en voorzieningen, en rustieke vestingstadjes. Dit fundament beschrijft die identiteit en kwaliteiten, de trends en ontwikkelingen en de opgaven die daaruit volgen.')
  k('A1')
  d.p('In het buitengebied loop je van de Maas via de polder naar de bossen. Wonen kan in de historische kerkdorpen aan de Maas, in de landelijke kernen, in de groene woonwijken en in het stedelijk centrum. Oss vormt zo een eigen streek met eigen kwaliteiten.')
  k('A2')
  d.p('Er komt veel op ons af:')
  d.list(['duurzaamheid en de overgang naar een leven zonder fossiele brandstoffen;', 'vergrijzing en een groeiende vraag naar woningen;', 'klimaatverandering, met droogte en hitte;', { text: 'nieuwe vormen van vervoer, zoals', sub: ['deelmobiliteit;', 'snelle fietsroutes naar ’s-Hertogenbosch en Nijmegen.'] }], punt)
  k('A3')
  d.p('Hoe willen we in de toekomst wonen en werken, hoe willen we gezond oud worden, hoe kunnen onze kinderen onbezorgd spelen? In de gebiedsvisies zoeken we de antwoorden op deze opgaven.')

  k('B')
  d.p('Ons buitengebied is groot, gevarieerd en natuurrijk, en daarmee aantrekkelijk om te wonen, te werken en te recreëren. Juist hier landen de grote transities van klimaat, energie en landbouw.')
  k('B1')
  k('B1.1')
  d.p('De Maasdijk met zijn kerktorens en de uiterwaarden vormen een landschap van nationale betekenis. Ruimte voor de rivier gaat samen met natuur en recreatie.')
  k('B1.2')
  d.p('De open polder tussen de Maas en de stad houdt zijn weidsheid; nieuwe erven passen in het verkavelingspatroon.')
  k('B1.3')
  d.p('Het Nationaal Landschap De Maashorst verbindt bos, heide en landbouw. Wij versterken de overgangen naar de stad.')
  k('B2')
  d.p('De landbouw verandert. Wij ondersteunen boeren die extensiveren, verbreden of stoppen, en zoeken nieuwe functies voor vrijkomende stallen.')
  k('B3')
  d.p('Voor zonnevelden en windturbines volgen wij de regionale energiestrategie Noordoost-Brabant. Wij combineren opwek met landschapsherstel.')
  k('B4')
  d.p('Erfgoed, fietsroutes en de Maas maken het buitengebied beleefbaar voor inwoners en bezoekers.')

  k('C')
  d.p('Hoe moet het stedelijk gebied van Oss en Berghem zich ontwikkelen, zodat we er ook de komende tien tot twintig jaar aangenaam kunnen wonen, werken en leven?')
  k('C1')
  d.p('De binnenstad wordt compacter en groener, met meer wonen boven en tussen de winkels.')
  k('C2')
  d.p('In de wijken bouwen wij voor starters, gezinnen en ouderen. De woningbouwopgave is groot:')
  d.table(['Gebied', 'Tot 2030', 'Tot 2040', 'Accent'], [
    ['Binnenstad en stationsgebied', '1.200', '2.400', 'stedelijk wonen'],
    ['Oss-Zuid en Horzak', '900', '1.600', 'gezinnen'],
    ['Berghem', '350', '600', 'dorps wonen'],
    ['Stadjes en kernen', '700', '1.300', 'eigen behoefte'],
  ], 'tbl', ['40%', '17%', '17%', '26%'])
  k('C3')
  d.p('Oss is een werkstad. De industrie en de farmaceutische bedrijven krijgen ruimte om te groeien en te verduurzamen.')
  k('C3.1')
  d.p('Op Elzenburg-De Geer bundelen wij zware bedrijvigheid, met een goede aansluiting op de A59 en het spoor.')
  k('C3.2')
  d.p('Vorstengrafdonk ontwikkelt zich als modern bedrijventerrein met aandacht voor groen en energie.')
  k('C4')
  d.p('Wij kiezen voor de fiets en het openbaar vervoer eerst:')
  d.list(['snelfietsroutes naar ’s-Hertogenbosch en Nijmegen;', 'een beter station Oss en Oss West;', 'minder doorgaand verkeer in de binnenstad.'], num)

  k('D')
  d.p('Voor deze visie spraken wij met een paar honderd mensen in de Osse kernen en met zo’n zestig collega’s van diverse beleidsterreinen.')
  k('D1')
  d.p('Ravenstein en Megen koesteren hun vestingstructuur. Nieuwe ontwikkelingen respecteren de wallen, de grachten en de zichtlijnen op de Maas.')
  k('D2')
  d.p('De kerkdorpen aan de Maas blijven leefbaar met woningen voor jongeren en ouderen en met een plek om elkaar te ontmoeten.')
  k('D3')
  d.p('In de landelijke kernen bouwen wij naar behoefte, in overleg met de dorpsraden.')

  k('E')
  k('E1')
  d.p('Wij werken de visie uit in programma’s voor wonen, het buitengebied en de energietransitie, en in het omgevingsplan.')
  k('E2')
  d.p('Een initiatief dat bijdraagt aan de ambities van deze visie krijgt ruimte, ook als het omgevingsplan het nog niet mogelijk maakt.')

  d.page('bijl')
  d.bijlage('2', 'Overzicht geografische informatieobjecten', '<h2 class="bijl">Bijlage 2 Overzicht geografische informatieobjecten</h2>')
  d.gioTabelRows(GIOS, ['Kaart', 'Naam', 'Identificatie'], (g, i) => [`Kaart ${i + 1}`, g.naam, gidCell(g.identificatie, true)], 'gio', ['12%', '30%', '58%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #5a5a5a;"
  const std = `@top-left { content: "Omgevingsvisie Oss 2040 · vastgesteld 28 oktober 2027"; ${ft} } @bottom-left { content: "gemeente Oss"; ${ft} } @bottom-right { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h116',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Oss (de "Osse aanpak": eerst een Fundament over identiteit en kwaliteiten — "een mozaïek aan landschappen, een middelgrote stad en kleine kernen, veel bedrijvigheid en voorzieningen, en rustieke vestingstadjes" —, dan drie gebiedsvisies Vitaal buitengebied, Stedelijk gebied Oss-Berghem en Stadjes & kernen, samengevoegd tot één visie; een Notitie Reikwijdte en Detailniveau en een Ambitienota; Atelier Oss 2040 op 2 april 2024; 1518 inwoners in een online vragenlijst; drie ontwikkelsporen), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Nimbus Sans 9,5 pt, hoofdstukken met LETTERS "A" … "E" (een grote letter voor de titel), paragrafen "A1", "A2" (letter en cijfer ZONDER PUNT), een derde niveau "B1.1", inhoudsopgave van hoofdstukken en paragrafen met puntjes, kopregel "Omgevingsvisie Oss 2040 · vastgesteld 28 oktober 2027" links, voettekst "gemeente Oss" links en paginanummer rechts, lijsten "•" en "1.", een tabel, "b e s l u i t :" met beslispunten I.–III. (de derde noemt de datum), visie als "Bijlage 1", GIO-tabel met eerst een KAARTKOLOM (Kaart | Naam | Identificatie) en GEHASHTE werknamen in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0828',
    naam: 'Gemeente Oss',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Oss tot vaststelling van de Omgevingsvisie Oss 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Oss 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-oss-2040', regeling: 'omgevingsvisie-oss-2040', doel: 'omgevingsvisie-oss-2040' },
      datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-04', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0828',
      oin: '00000001000000828000',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [165000, 421000] },
    meubilair: ["^Omgevingsvisie Oss 2040 · vastgesteld 28 oktober 2027$", "^gemeente Oss$", "^\\d{1,2}$"],
    title: 'Omgevingsvisie Oss 2040',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 25mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #202020; }
p { margin: 0 0 2.4mm; }
.gem { font-size: 8pt; color: #7a7a7a; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 30pt 'Nimbus Sans'; color: #C8102E; margin: 5mm 0 3mm; }
.titel .t2 { font: 15pt 'Nimbus Sans'; color: #444; }
.toc .tockop { font: bold 18pt 'Nimbus Sans'; color: #C8102E; margin-bottom: 6mm; }
${TOC_CSS}
h1 { font: bold 20pt 'Nimbus Sans'; color: #C8102E; margin: 0 0 6mm; }
h1 .ltr { font-size: 34pt; color: #222; margin-right: 4mm; }
h2 { font: bold 12.5pt 'Nimbus Sans'; color: #C8102E; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold 10pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #C8102E; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 16pt 'Nimbus Sans'; color: #C8102E; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { border-bottom: 1.2pt solid #C8102E; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
