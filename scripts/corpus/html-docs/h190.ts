/**
 * h190 — gemeente Oost Gelre (gm1586), holdout (session 13): the Achterhoekse gemeente of some 30.000 inwoners with
 * Lichtenvoorde, Groenlo and the kerkdorpen Harreveld, Lievelde, Mariënvelde, Vragender and Zieuwent. Structure and
 * wording after the public texts on the "Omgevingsvisie Groen en Verbonden Oost Gelre" (vastgesteld 19 September
 * 2023: "Welke gemeente willen wij zijn in 2040?"; wonen, werken, landbouw, energie, landschap, zorg, welzijn,
 * gezondheid, onderwijs, recreatie en sport; "ruimte voor landschap, water en natuur, maar wel zo dat de agrarische-
 * en andere sectoren in ons buitengebied een goed toekomstperspectief wordt geboden"; a vitaal platteland; the
 * omgevingsvisie ending with the role of the gemeente: "Wat mag je verwachten van de gemeente?"), here as a revised
 * visie of 2028, shortened and partly in our own words. Layout: A5, Liberation Serif 9 pt with Liberation Sans
 * headings; chapters with the NUMBER IN BRACKETS "(1) Inleiding" (nummer "1"), sections "1.1", a third level
 * "3.2.1"; the chapter number WRITTEN OUT in the running header of each chapter ("Hoofdstuk drie · Buitengebied",
 * one named page per chapter); section titles as QUESTIONS; no table of contents; footer page number at the outer
 * edge; lists "–" and "a)"; a table; raadsbesluit "besluit:" with beslispunten "I." and "II." (in werking the day
 * after bekendmaking: no date); GIO list as lines "naam — identificatie" in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('gm1586', '2028', '2028-09-26', '1')
const GIOS: Gio[] = [
  gio('Gemeente Oost Gelre', 'gemeente-oost-gelre', [0, 0], 6),
  gio('Stadskern Groenlo', 'stadskern-groenlo', [-3, 1], 0.6),
  gio('Zoekgebied windenergie Zieuwent', 'zoekgebied-windenergie-zieuwent', [-5, -2], 1.5),
]

const WOORD = ['', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes']

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">(${k.nummer})</span> ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const let_: Marker[] = [{ counter: 'a', suffix: ')' }]

const HFD: Array<[string, string]> = [
  ['1', 'Inleiding'],
  ['2', 'Oost Gelre in 2040'],
  ['3', 'Buitengebied'],
  ['4', 'Kernen'],
  ['5', 'Energie en klimaat'],
  ['6', 'Samen werken aan Oost Gelre'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const hfd = (nr: string) => {
    d.page(`h${nr}`)
    d.kop(1, nr, HFD[Number(nr) - 1]![1])
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Raadsbesluit</p>
<p class="sub">Vaststelling Omgevingsvisie Groen en Verbonden Oost Gelre, herziening 2028</p>
<p>De raad van de gemeente Oost Gelre;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028, nr. 2028/0211;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de Omgevingsvisie Groen en Verbonden Oost Gelre van 19 september 2023 is herzien op de onderdelen energie en wonen en dat over de ontwerp-herziening elf zienswijzen zijn ingediend;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>I.</span>de herziene Omgevingsvisie Groen en Verbonden Oost Gelre vast te stellen, met de geografische informatieobjecten uit bijlage 1;</p>
<p class="bp"><span>II.</span>de Omgevingsvisie Groen en Verbonden Oost Gelre, vastgesteld op 19 september 2023, in te trekken.</p>
<p class="aldus">Vastgesteld in de openbare raadsvergadering van 26 september 2028.</p>
<p>De griffier,<br>mr. B.J. Hofstede</p>
<p>De voorzitter,<br>A.G.M. Bengevoord</p>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Groen en Verbonden Oost Gelre</p>
<p class="t2">Omgevingsvisie 2040 · herziening 2028</p>
</div>`)

  d.enter('visie')
  hfd('1')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie?')
  d.p('Wie in Oost Gelre woont, ervaart het zelf: de omgeving verandert. De omgevingsvisie is een plan voor de leefomgeving in 2040 en vertelt wat voor gemeente Oost Gelre in de toekomst wil zijn.')
  d.kop(2, '1.2', 'Hoe is de visie gemaakt?')
  d.p('Wij maakten de visie met inwoners, ondernemers en maatschappelijke organisaties, in gesprekken, werkateliers, bijeenkomsten en online enquêtes over werken, wonen, energietransitie, klimaatadaptatie en het buitengebied.')
  d.kop(2, '1.3', 'Wat is er herzien?')
  d.p('In 2028 zijn de onderdelen energie en wonen herzien.')

  hfd('2')
  d.p('Welke gemeente willen wij zijn in 2040? Wij leven in een snel veranderende wereld, waarvan de gevolgen ook in Oost Gelre merkbaar zijn.')
  d.kop(2, '2.1', 'Wat maakt Oost Gelre bijzonder?')
  d.p('Het coulisselandschap, de vestingstad Groenlo, de Bloemencorso in Lichtenvoorde en het sterke verenigingsleven in de kerkdorpen.')
  d.kop(2, '2.2', 'Welke opgaven zien we?')
  d.p('De optelsom van opgaven vergt meer ruimte dan beschikbaar is:')
  d.list(['woningen voor jong en oud;', 'ruimte voor bedrijven;', { text: 'de energietransitie', sub: ['zon;', 'wind.'] }, 'klimaatadaptatie en natuurherstel.'], streep)

  hfd('3')
  d.p('Oost Gelre wil een leefbaar landelijk gebied voor alle inwoners, bedrijven en natuur.')
  d.kop(2, '3.1', 'Hoe houden we het platteland vitaal?')
  d.p('Er komt ruimte voor landschap, water en natuur, maar wel zo dat de agrarische en andere sectoren in het buitengebied een goed toekomstperspectief houden.')
  d.kop(2, '3.2', 'Wat doen we met vrijkomende erven?')
  d.p('Stoppende boeren krijgen ruimte voor een nieuwe functie.')
  d.kop(3, '3.2.1', 'Wonen op het erf')
  d.p('Een of twee woningen in ruil voor sloop van stallen.')
  d.kop(3, '3.2.2', 'Werken op het erf')
  d.p('Kleinschalige bedrijvigheid die past in het landschap.')
  d.kop(2, '3.3', 'Landschap, water en natuur')
  d.p('Beken als de Slinge en de Groenlose Slinge krijgen meer ruimte.')

  hfd('4')
  d.kop(2, '4.1', 'Waar bouwen we?')
  d.p('Wij bouwen in en aan de kernen:')
  d.table(['Kern', 'Woningen tot 2035', 'Accent'], [
    ['Lichtenvoorde', 'ca. 650', 'centrum en Hulzenhaar'],
    ['Groenlo', 'ca. 500', 'binnen en buiten de vesting'],
    ['Kerkdorpen', 'ca. 350', 'eigen behoefte'],
  ], 'tbl', ['34%', '28%', '38%'])
  d.kop(2, '4.2', 'Voorzieningen')
  d.p('Basisvoorzieningen blijven in elke kern; grotere voorzieningen in Lichtenvoorde en Groenlo.')
  d.kop(2, '4.3', 'Werken')
  d.p('Bedrijventerreinen Hamelandroute en De Laarberg bieden ruimte aan lokale ondernemers.')

  hfd('5')
  d.kop(2, '5.1', 'Hoe wekken we energie op?')
  d.p('Wij volgen deze volgorde:')
  d.list(['besparen;', 'zon op daken;', 'zon en wind in zoekgebieden.'], let_)
  d.kop(2, '5.2', 'Klimaatadaptatie')
  d.p('Wij houden water vast in de haarvaten van het watersysteem, samen met waterschap Rijn en IJssel.')

  hfd('6')
  d.kop(2, '6.1', 'Wat mag je verwachten van de gemeente?')
  d.p('Goede samenwerking begint met het uitspreken van verwachtingen tussen initiatiefnemer, omgeving en gemeente.')
  d.kop(2, '6.2', 'Hoe ga je in gesprek met je omgeving?')
  d.p('Initiatiefnemers betrekken buren en belanghebbenden vroeg bij hun plan.')

  d.page('bijlage').bijlage('1', 'Geografische informatieobjecten', '<h1 class="bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioRegels(GIOS, ' — ')

  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const hdrs = HFD.map(([nr, t]) => `@page h${nr} { @top-left { content: "Hoofdstuk ${WOORD[Number(nr)]} · ${t}"; ${ft} } }`).join('\n')
  const spec: DocSpec = {
    id: 'h190',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie Groen en Verbonden Oost Gelre" (vastgesteld 19 september 2023: "Welke gemeente willen wij zijn in 2040?"; wonen, werken, landbouw, energie, landschap, zorg, welzijn, gezondheid, onderwijs, recreatie en sport; ruimte voor landschap, water en natuur met een goed toekomstperspectief voor de agrarische sector; een vitaal platteland; de rol van de gemeente: "Wat mag je verwachten van de gemeente?"), hier als herziene visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A5, Liberation Serif 9 pt met Liberation Sans-koppen, hoofdstukken met het NUMMER TUSSEN HAAKJES "(1) Inleiding" (nummer "1"), paragrafen "1.1", een derde niveau "3.2.1", het hoofdstuknummer UITGESCHREVEN in de kopregel van elk hoofdstuk ("Hoofdstuk drie · Buitengebied"), paragraaftitels als VRAAG, geen inhoudsopgave, paginanummer aan de buitenkant, lijsten "–" en "a)", een tabel, raadsbesluit "besluit:" met beslispunten "I." en "II." (in werking de dag na bekendmaking), GIO-lijst als regels "naam — identificatie" in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1586',
    naam: 'Gemeente Oost Gelre',
    besluit: {
      opschrift: 'Vaststelling Omgevingsvisie Groen en Verbonden Oost Gelre, herziening 2028',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Groen en Verbonden Oost Gelre',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-oost-gelre', regeling: 'omgevingsvisie-oost-gelre', doel: 'omgevingsvisie-oost-gelre-herziening-2028' },
      datums: { vaststelling: '2028-09-26', ondertekening: '2028-09-26', bekendmaking: '2028-10-03' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1586',
      oin: '00000001000000015860',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [240000, 445000] },
    meubilair: ['^Hoofdstuk (één|twee|drie|vier|vijf|zes) · .+$', '^\\d+$'],
    title: 'Groen en Verbonden Oost Gelre',
    css: `
@page { size: A5; margin: 17mm 15mm 16mm 16mm; }
@page :left { @bottom-left { content: counter(page); ${ft} } }
@page :right { @bottom-right { content: counter(page); ${ft} } }
@page besluit { @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
${hdrs}
body { font: 9pt/1.42 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2mm; }
.ttl { font: bold 15pt 'Liberation Sans'; margin: 0 0 1mm; }
.sub { font: 10pt 'Liberation Sans'; margin: 0 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.bp { padding-left: 7mm; text-indent: -7mm; }
.bp span { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 4mm; }
.titel { padding-top: 55mm; }
.titel .t1 { font: bold 21pt 'Liberation Sans'; color: #3B7D23; margin: 0 0 3mm; }
.titel .t2 { font: 12pt 'Liberation Sans'; color: #555; }
h1 { font: bold 16pt 'Liberation Sans'; color: #3B7D23; margin: 0 0 5mm; }
h1 .hn { font-weight: normal; }
h2 { font: bold 10.5pt 'Liberation Sans'; color: #3B7D23; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 9pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 12pt; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; font-size: 8pt; border-collapse: collapse; margin: 2mm 0 3mm; }
table.tbl th { border-bottom: 1pt solid #3B7D23; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.gioregel { font-size: 8.5pt; margin-bottom: 2.5mm; }
.gid { font: 7.5pt 'Liberation Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
