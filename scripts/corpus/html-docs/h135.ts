/**
 * h135 — gemeente Harlingen (gm0072), holdout (session 12, corpus10): the Frisian havenstad of about 16.000 inwoners
 * on the Waddenzee (ferries to Vlieland and Terschelling; Midlum and Wijnaldum), a gemeente on the Wadden coast. All
 * five Wadden island gemeenten are already in the corpus (gm0448, gm0096, gm0093, gm0060, gm0088), so this round
 * takes the Wadden port gemeente instead. Content after the public texts of Harlingen on its omgevingsvisie "Hoe
 * ziet Harlingen er in 2040 uit?" (the enquête of June–July 2021 with more than 700 respondents: a gezellige
 * havenstad, pride in the haven, the ligging aan zee, the binnenstad and the gemeente's zelfstandigheid; the avond
 * of 8 March 2022 at RSG Simon Vestdijk with four themes; monuments as "visitekaartje", zonnepanelen on large roofs
 * of bedrijfsterreinen, a fiets- en wandelvriendelijke stad) and its Havenvisie gemeentelijke havens 2022–2032
 * ("Dé poort tussen wad en land"), here as the visie adopted in 2027, shortened and partly in our own words.
 * Layout: 170 × 240 mm in Liberation Serif 9.5 pt; chapters "1" … "5" each on a new page, sections "1.1", a third
 * level "3.2.1"; the CHAPTER NUMBER IN WORDS ONLY IN THE RUNNING HEADER ("Hoofdstuk twee · Harlingen 2040", a
 * named page per chapter) while the heading itself prints the figure; no table of contents; footer "blz. n"
 * centred; lists "•" and "a."; a table; besluit "besluit:" with Artikel I–III (the second withdraws the
 * Structuurvisie Harlingen 2025, the third names the date); visie as "Bijlage 1"; GIO table Nr. | Naam |
 * Identificatie in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0072/2027/${slug}/nld@2027-06-30;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Harlingen', 'gemeente-harlingen', [0, 0], 6),
  gio('Binnenstad Harlingen', 'binnenstad-harlingen', [0, 0.5], 0.6),
  gio('Havengebied', 'havengebied', [-1, 1], 1),
  gio('Westerzeedijk', 'westerzeedijk', [-2, -1.5], 1),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Wat inwoners ons vertelden'],
  [2, '1.3', 'Opbouw van de visie'],
  [1, '2', 'Havenstad aan het wad'],
  [2, '2.1', 'De poort tussen wad en land'],
  [2, '2.2', 'Gemeentelijke havens'],
  [2, '2.3', 'Waddenzee en zeewering'],
  [1, '3', 'Wonen en leven'],
  [2, '3.1', 'Een bruisende binnenstad'],
  [2, '3.2', 'Wijken en dorpen'],
  [3, '3.2.1', 'Midlum en Wijnaldum'],
  [3, '3.2.2', 'Wonen op en aan het water'],
  [2, '3.3', 'Cultuur en uitgaan voor jongeren'],
  [1, '4', 'Groen, klimaat en energie'],
  [2, '4.1', 'Meer groen in de stad'],
  [2, '4.2', 'Duurzame energie'],
  [2, '4.3', 'Een fiets- en wandelvriendelijke stad'],
  [1, '5', 'Werken en uitvoering'],
  [2, '5.1', 'Haven en bedrijven'],
  [2, '5.2', 'Toerisme en watersport'],
  [2, '5.3', 'Samen uitvoeren'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const WOORD = ['een', 'twee', 'drie', 'vier', 'vijf']

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}&#8194;${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&#8194;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&#8194;${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    if (n === 1) d.page(`c${nr}`)
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Harlingen · raadsbesluit nr. 2027-31</p>
<p class="ttl">Besluit van de raad van de gemeente Harlingen tot vaststelling van de Omgevingsvisie Harlingen 2040</p>
<p>De raad van de gemeente Harlingen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 23 mei 2027;</p>
<p>overwegende dat inwoners in de enquête “Hoe ziet Harlingen er in 2040 uit?” en op de themabijeenkomsten hun ideeën over de toekomst van de gemeente hebben ingebracht en dat het ontwerp van de visie zes weken ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Harlingen 2040, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel II</p>
<p>De Structuurvisie Harlingen 2025 wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 september 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 30 juni 2027.</p>
${handtekeningen(['de griffier,', 'J.W. Kooistra'], ['de voorzitter,', 'drs. R.A. Visser'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-31</p>
<p class="t1">Omgevingsvisie Harlingen 2040</p>
<p class="t2">Hoe ziet Harlingen er in 2040 uit?</p>
</div>`)

  d.enter('visie')
  k('1')
  d.p('De Omgevingswet verplicht elke gemeente een omgevingsvisie op te stellen. Deze visie is de basis voor het omgevingsplan, dat alle bestemmingsplannen en andere regels voor de fysieke leefomgeving vervangt.')
  k('1.1')
  d.p('Het gaat om uw leefomgeving. Daarom hebben wij eerst gevraagd waar u trots op bent, wat u wilt behouden en wat beter kan.')
  k('1.2')
  d.p('De vragenlijst is door 705 personen ingevuld, van wie 683 inwoners van Harlingen. Zij omschrijven de gemeente als havenstad, gezellig en thuis. Zij zijn trots op:')
  d.list(['de haven en de ligging aan zee;', 'de binnenstad met haar monumenten;', 'de zelfstandigheid van de gemeente.'], punt)
  k('1.3')
  d.p('Hoofdstuk 2 gaat over de havenstad, hoofdstuk 3 over wonen en leven, hoofdstuk 4 over groen, klimaat en energie en hoofdstuk 5 over werken en uitvoering.')

  k('2')
  k('2.1')
  d.p('Harlingen is dé poort tussen wad en land: de veerboten naar Vlieland en Terschelling vertrekken hier, en de bruine vloot heeft hier haar thuishaven.')
  k('2.2')
  d.p('De Havenvisie gemeentelijke havens 2022–2032 geeft de hoofdlijnen voor de maatschappelijke havens in en rond het centrum. De Industriehaven is de zorg van het havenbedrijf Port of Harlingen.')
  k('2.3')
  d.p('De Waddenzee is Werelderfgoed. De zeewering wordt versterkt; langs de Westerzeedijk combineren wij dat met natuur en recreatie.')

  k('3')
  k('3.1')
  d.p('Inwoners willen een bruisende binnenstad met kansen voor cultuur en recreatie. Daarbij zoeken wij een goede balans tussen bewoners, ondernemers en bezoekers.')
  d.table(['Thema', 'Wens van inwoners', 'Richting'], [
    ['Monumenten', 'authentiek en herkenbaar blijven', 'zorgvuldig verduurzamen'],
    ['Auto in de binnenstad', 'minder auto’s, goed toegankelijk', 'parkeren aan de rand'],
    ['Groen', 'meer bomen en groene pleinen', 'vergroenen van parkeerplaatsen'],
    ['Jongeren', 'uitgaan en cultuur', 'ruimte voor een filmhuis'],
  ], 'tbl', ['28%', '38%', '34%'])
  k('3.2')
  k('3.2.1')
  d.p('De dorpen Midlum en Wijnaldum houden hun eigen karakter en hun terpen.')
  k('3.2.2')
  d.p('Er is een groeiende behoefte aan wonen op of aan het water; wij onderzoeken welke havendelen zich daarvoor lenen.')
  k('3.3')
  d.p('Speciale aandacht gaat uit naar recreatie en uitgaansmogelijkheden voor jongeren.')

  k('4')
  k('4.1')
  d.p('Natuur, groen en biodiversiteit zijn volgens inwoners de belangrijkste thema’s voor de toekomst.')
  k('4.2')
  d.p('Energiemaatregelen mogen het karakter van de stad niet aantasten. Wij kiezen voor:')
  d.list(['zonnepanelen vooral op grote daken van bedrijfsterreinen;', 'zonnepanelen boven parkeerterreinen;', 'onderzoek naar waterstof als warmtebron.'], letter)
  k('4.3')
  d.p('Wij maken de stad fiets- en wandelvriendelijker, met aandacht voor de toegankelijkheid voor ouderen.')

  k('5')
  k('5.1')
  d.p('De haven blijft de economische motor. Bedrijventerreinen herstructureren wij voordat wij nieuwe aanleggen.')
  k('5.2')
  d.p('Harlingen wordt in 2032 een toekomstgerichte watersportstad, aantrekkelijk voor toeristen, bewoners én ondernemers.')
  k('5.3')
  d.p('Meer dan een kwart van de deelnemers wil meepraten over de uitwerking. Dat doen wij via enquêtes, bewonersbijeenkomsten en de lokale krant.')

  d.page('bijl')
  d.bijlage('2', 'Geografische informatieobjecten', '<h2 class="bijl">Bijlage 2&#8194;Geografische informatieobjecten</h2>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true)], 'gio', ['9%', '33%', '58%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #1c4a6e;"
  const foot = `@bottom-center { content: "blz. " counter(page); ${ft} }`
  const chapters = WOORD.map((w, i) => `@page c${i + 1} { @top-left { content: "Hoofdstuk ${w} · Harlingen 2040"; ${ft} } ${foot} }`).join('\n')
  const spec: DocSpec = {
    id: 'h135',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Harlingen over haar omgevingsvisie "Hoe ziet Harlingen er in 2040 uit?" (enquête juni–juli 2021 met ruim 700 deelnemers: gezellige havenstad, trots op haven, ligging aan zee, binnenstad en zelfstandigheid; bijeenkomst 8 maart 2022 over vier thema\'s; monumenten, zon op grote daken, fiets- en wandelvriendelijke stad) en de Havenvisie gemeentelijke havens 2022–2032 ("Dé poort tussen wad en land"), hier vastgesteld in 2027, ingekort en deels in eigen woorden; eigen opmaak: 170 × 240 mm in Liberation Serif 9,5 pt, hoofdstukken "1" … "5" elk op een nieuwe pagina, paragrafen "1.1", een derde niveau "3.2.1", HET HOOFDSTUKNUMMER IN WOORDEN ALLEEN IN DE KOPREGEL ("Hoofdstuk twee · Harlingen 2040") terwijl de kop zelf het cijfer draagt, geen inhoudsopgave, "blz. n" onder in het midden, lijsten "•" en "a.", een tabel, besluit met Artikel I–III, visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0072',
    naam: 'Gemeente Harlingen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Harlingen tot vaststelling van de Omgevingsvisie Harlingen 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2027-09-01',
    },
    visieOpschrift: 'Omgevingsvisie Harlingen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-harlingen-2040', regeling: 'omgevingsvisie-harlingen-2040', doel: 'omgevingsvisie-harlingen-2040' },
      datums: { vaststelling: '2027-06-30', ondertekening: '2027-06-30', bekendmaking: '2027-07-07', inwerkingtreding: '2027-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0072',
      oin: '00000001000000000720',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [158000, 576000] },
    meubilair: ['^Hoofdstuk (een|twee|drie|vier|vijf) · Harlingen 2040$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Harlingen 2040',
    css: `
@page { size: 170mm 240mm; margin: 20mm 17mm 20mm 19mm; }
${chapters}
@page bijl { ${foot} }
body { font: 9.5pt/1.42 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'Liberation Sans'; color: #1c4a6e; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font: bold 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.titel { padding-top: 60mm; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 24pt 'Liberation Sans'; color: #1c4a6e; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 13pt 'Liberation Serif'; color: #444; }
h1 { font: bold 18pt 'Liberation Sans'; color: #1c4a6e; margin: 0 0 5mm; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #1c4a6e; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 10pt 'Liberation Serif'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { border-bottom: 1pt solid #1c4a6e; text-align: left; padding: 1mm; font-family: 'Liberation Sans'; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #1c4a6e; }
table.gio { width: 100%; font-size: 8.5pt; border-collapse: collapse; }
table.gio th { background: #1c4a6e; color: #fff; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
