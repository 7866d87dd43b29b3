/**
 * h183 — gemeente Gorinchem (gm0512), holdout (session 13): the vestingstad of some 39.000 inwoners where the Linge
 * flows into the Merwede, between the Randstad and Brabant. Content after the public texts on the omgevingsvisie
 * "Stad in Balans" (unanimously vastgesteld by the raad on 19 December 2023; a view to 2050; three strategische
 * ruimtelijke ambities from the "Gorkums DNA en erfgoed" — Gezonde groei, Gezonde inwoners, Groene stad — worked out
 * per wijk or gebied in gebiedspaspoorten; growth largely within the present city limits, transformation of old
 * bedrijventerreinen, the naoorlogse wijken taken in hand; Gorinchem as Waterstad, Woonstad, Werkstad and Regiostad,
 * a schakel between the Randstad and Brabant; made with a stadsbrede enquête, werkateliers and a stadstafel; the
 * mobiliteitsvisie, the visie op duurzaamheid and the woon- en transformatievisie brought together), here as a revised
 * visie of 2028, partly in our own words. Layout: A4 in Nimbus Sans 10 pt with a WIDE LEFT MARGIN in which the section
 * numbers HANG; chapters as TWO-DIGIT NUMBERS "01" … "06" set large above the title (nummer "01"), sections "1.1", a
 * third level "3.2.1"; no table of contents; header "Stad in Balans · Gorinchem 2050" right and footer "Omgevingsvisie Gorinchem 2050 |
 * n" left; lists "›" with "–" and "a."; a table; raadsbesluit with beslispunten "1." … "4."; "Bijlage 1
 * Gebiedspaspoorten" and the GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0512', '2028', '2028-12-19', '1')
const GIOS: Gio[] = [
  gio('Gemeente Gorinchem', 'gemeente-gorinchem', [0, 0], 3),
  gio('Vesting Gorinchem', 'vesting-gorinchem', [0, -1], 0.5),
  gio('Transformatiegebied Avelingen-West', 'transformatiegebied-avelingen-west', [-2, -1], 0.6),
  gio('Buitengebied Linge', 'buitengebied-linge', [1, 2], 1),
  gio('Uiterwaarden Merwede en Waal', 'uiterwaarden-merwede-en-waal', [3, -2], 1.2),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '01', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Hoe de visie tot stand kwam'],
  [2, '1.3', 'Herziening 2028'],
  [1, '02', 'Gorkums DNA'],
  [2, '2.1', 'Waterstad'],
  [2, '2.2', 'Woonstad'],
  [2, '2.3', 'Werkstad'],
  [2, '2.4', 'Regiostad'],
  [1, '03', 'Drie ambities'],
  [2, '3.1', 'Gezonde groei'],
  [2, '3.2', 'Gezonde inwoners'],
  [3, '3.2.1', 'Ontmoeten in de wijk'],
  [3, '3.2.2', 'Bewegen en spelen'],
  [2, '3.3', 'Groene stad'],
  [1, '04', 'Thema’s'],
  [2, '4.1', 'Wonen'],
  [2, '4.2', 'Werken'],
  [2, '4.3', 'Mobiliteit'],
  [2, '4.4', 'Duurzaamheid'],
  [3, '4.4.1', 'Energie'],
  [3, '4.4.2', 'Klimaatadaptatie'],
  [1, '05', 'Gebieden'],
  [2, '5.1', 'De vesting'],
  [2, '5.2', 'Naoorlogse wijken'],
  [2, '5.3', 'Bedrijventerreinen'],
  [2, '5.4', 'Buitengebied en uiterwaarden'],
  [1, '06', 'Uitvoering'],
  [2, '6.1', 'Gebiedspaspoorten'],
  [2, '6.2', 'Monitoring'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd brk"><p class="hnr">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}><span class="nr">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`

const pijl: Marker[] = [{ glyph: '›' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]

const TEKST: Record<string, string> = {
  '1.1': 'De omgevingsvisie geeft een beeld van wat Gorinchem tot 2050 wil bereiken in de fysieke leefomgeving. Het is een weerspiegeling van onze gedeelde ambities en doelen op het gebied van leefbaarheid, duurzaamheid, economische groei en sociale samenhang. Zij dient als kompas voor de besluitvorming en stippelt de koers uit naar een stad waarin iedereen zich thuis blijft voelen.',
  '1.2': 'De visie is het resultaat van samenwerking met bewoners en stakeholders, die zijn betrokken via participatiemomenten, werkateliers, een stadsbrede enquête en de stadstafel. Een deel van de plannen was al gemaakt: de mobiliteitsvisie, de visie op duurzaamheid en de woon- en transformatievisie.',
  '1.3': 'De visie van 19 december 2023 is in 2028 herzien, na de eerste gebiedspaspoorten.',
  '2.1': 'Gorinchem ligt waar de Linge in de Merwede uitmondt. Het water heeft de stad gemaakt: de vesting, de haven en de uiterwaarden.',
  '2.2': 'Gorinchem is een stad om prettig te wonen, in de vesting, in de wijken en aan het water.',
  '2.3': 'Bedrijven langs de A15 en de rivier bieden werk aan de hele regio.',
  '2.4': 'Als regiostad is Gorinchem de schakel tussen de Randstad en Brabant, met voorzieningen voor de Alblasserwaard en de Vijfheerenlanden.',
  '3.1': 'Wij kiezen voor gezonde, gerichte groei die compact en duurzaam is. De groei vindt voor een groot deel plaats binnen de huidige stadsgrenzen. Groei is geen doel op zich, maar een kans om ontbrekende schakels toe te voegen.',
  '3.2': 'Een mix van wonen, werken en voorzieningen is het uitgangspunt.',
  '3.2.1': 'In elke wijk is een plek om elkaar te ontmoeten.',
  '3.2.2': 'De openbare ruimte nodigt uit tot bewegen en spelen, voor jong en oud.',
  '3.3': 'Groen en water vormen samen een netwerk door de stad, van de Linge tot de uiterwaarden.',
  '4.1': 'Tot 2040 bouwen wij circa 3.500 woningen:',
  '4.2': 'Oude bedrijventerreinen worden getransformeerd; nieuwe bedrijvigheid krijgt een plek op de moderne terreinen langs de A15.',
  '4.3': 'Fiets en openbaar vervoer krijgen voorrang. Het station wordt een knooppunt voor de regio.',
  '4.4': 'Bedrijventerreinen spelen een cruciale rol in de energietransitie.',
  '4.4.1': 'Zon op de grote daken van de bedrijventerreinen levert de meeste duurzame energie.',
  '4.4.2': 'Wij maken de wijken klimaatbestendig met meer groen en minder verharding.',
  '5.1': 'De vesting is beschermd stadsgezicht en het hart van de stad.',
  '5.2': 'De naoorlogse wijken Lingewijk, West-Wijk en Gildenwijk worden onder handen genomen om de sociale cohesie te versterken.',
  '5.3': 'Avelingen-West transformeert tot een gemengd woon-werkgebied aan het water.',
  '5.4': 'Het buitengebied langs de Linge en de uiterwaarden van Merwede en Waal blijven open en groen.',
  '6.1': 'Per wijk of gebied werken wij de ambities uit in een gebiedspaspoort.',
  '6.2': 'Elke twee jaar meten wij de voortgang met de Monitor Stad in Balans.',
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
    if (TEKST[nr]) d.p(TEKST[nr]!)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="kenm">Raadsbesluit · zaaknummer Z-28-114207</p>
<p class="ttl">Besluit van de gemeenteraad van Gorinchem tot vaststelling van de Omgevingsvisie Gorinchem 2050 ‘Stad in Balans’</p>
<p>De raad van de gemeente Gorinchem;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 november 2028;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de omgevingsvisie ‘Stad in Balans’ van 19 december 2023 na de eerste gebiedspaspoorten is herzien;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>1.</span>de Omgevingsvisie Gorinchem 2050 ‘Stad in Balans’, herziening 2028, vast te stellen;</p>
<p class="bp"><span>2.</span>de geografische informatieobjecten uit bijlage 2 van de visie vast te stellen;</p>
<p class="bp"><span>3.</span>de Omgevingsvisie Gorinchem van 19 december 2023 in te trekken;</p>
<p class="bp"><span>4.</span>te bepalen dat dit besluit in werking treedt op 1 februari 2029.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 19 december 2028.</p>
${handtekeningen(['de griffier,', 'mr. A.J. de Wit'], ['de voorzitter,', 'R. Melissant-Briene'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Stad in Balans</p>
<p class="t2">Omgevingsvisie Gorinchem 2050 · herziening 2028</p>
</div>`)

  d.page('std').enter('visie')
  k('01'); k('1.1'); k('1.2')
  d.list(['werkateliers met ondernemers en organisaties;', 'een stadsbrede enquête;', { text: 'de stadstafel', sub: ['met inwoners uit alle wijken;', 'met jongeren.'] }], pijl)
  k('1.3')
  k('02'); k('2.1'); k('2.2'); k('2.3'); k('2.4')
  k('03'); k('3.1'); k('3.2'); k('3.2.1'); k('3.2.2'); k('3.3')
  k('04'); k('4.1')
  d.table(['Gebied', 'Woningen', 'Soort'], [
    ['Avelingen-West', '1.400', 'appartementen aan het water'],
    ['Stationsgebied', '900', 'stedelijk wonen'],
    ['Naoorlogse wijken', '800', 'vervangende nieuwbouw'],
    ['Vesting', '400', 'transformatie'],
  ], 'tbl', ['38%', '18%', '44%'])
  k('4.2'); k('4.3'); k('4.4'); k('4.4.1'); k('4.4.2')
  k('05'); k('5.1'); k('5.2'); k('5.3'); k('5.4')
  k('06'); k('6.1')
  d.p('Een gebiedspaspoort beschrijft:')
  d.list(['de kwaliteiten van het gebied;', 'de opgaven;', 'de spelregels voor initiatieven.'], abc)
  k('6.2')

  d.bijlage('1', 'Gebiedspaspoorten', '<p class="bijl brk">Bijlage 1 Gebiedspaspoorten</p>')
  d.p('Gebiedspaspoorten zijn vastgesteld voor de vesting (2025), Avelingen-West (2026) en de Lingewijk (2027).')
  d.bijlage('2', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 2 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['36%', '64%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h183',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisie "Stad in Balans" van Gorinchem (op 19 december 2023 unaniem vastgesteld; vooruitblik tot 2050; drie strategische ruimtelijke ambities uit het Gorkums DNA en erfgoed – Gezonde groei, Gezonde inwoners, Groene stad – per wijk of gebied uitgewerkt in gebiedspaspoorten; groei binnen de huidige stadsgrenzen, transformatie van oude bedrijventerreinen, naoorlogse wijken onder handen; Waterstad, Woonstad, Werkstad, Regiostad, schakel tussen Randstad en Brabant; enquête, werkateliers, stadstafel), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 in Nimbus Sans 10 pt met een BREDE LINKERMARGE waarin de paragraafnummers HANGEN, hoofdstukken als TWEECIJFERIGE NUMMERS "01" … "06" groot boven de titel (nummer "01"), paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, kopregel "Stad in Balans · Gorinchem 2050" rechts, voettekst "Omgevingsvisie Gorinchem 2050 | n" links, lijsten "›", "–" en "a.", een tabel, raadsbesluit met beslispunten "1." … "4.", "Bijlage 1 Gebiedspaspoorten" en GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0512',
    naam: 'Gemeente Gorinchem',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Gorinchem tot vaststelling van de Omgevingsvisie Gorinchem 2050 ‘Stad in Balans’',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2029-02-01',
    },
    visieOpschrift: 'Stad in Balans',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-gorinchem-2028', regeling: 'omgevingsvisie-gorinchem', doel: 'omgevingsvisie-gorinchem-herziening-2028' },
      datums: { vaststelling: '2028-12-19', ondertekening: '2028-12-19', bekendmaking: '2028-12-28', inwerkingtreding: '2029-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0512',
      oin: '00000001000000005120',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [127000, 426000] },
    meubilair: ['^Stad in Balans · Gorinchem 2050$', '^Omgevingsvisie Gorinchem 2050 \\| \\d+$'],
    title: 'Stad in Balans – Omgevingsvisie Gorinchem 2050',
    css: `
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
@page std { @top-right { content: "Stad in Balans · Gorinchem 2050"; ${ft} } @bottom-left { content: "Omgevingsvisie Gorinchem 2050 | " counter(page); ${ft} } }
body { font: 10pt/1.45 'Nimbus Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.pg[style*="std"] { padding-left: 32mm; }
.kenm { font-size: 8pt; color: #666; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 2mm 0 6mm; color: #0E5E7A; }
.bs { font-weight: bold; margin-top: 4mm; }
.bp { display: flex; } .bp span { flex: 0 0 8mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 90mm; break-after: page; }
.titel .t1 { font: bold 36pt 'Nimbus Sans'; color: #0E5E7A; margin: 0 0 4mm; }
.titel .t2 { font: 14pt 'Nimbus Sans'; color: #555; }
.hfd { margin: 0 0 8mm -32mm; }
.hnr { font: bold 48pt 'Nimbus Sans'; color: #7FB7C9; margin: 0; line-height: 1; }
h1 { font: bold 22pt 'Nimbus Sans'; color: #0E5E7A; margin: 1mm 0 0; }
h2, h3 { position: relative; break-after: avoid; }
h2 { font: bold 12.5pt 'Nimbus Sans'; color: #0E5E7A; margin: 6mm 0 2mm; }
h3 { font: bold italic 10.5pt 'Nimbus Sans'; margin: 4mm 0 1.5mm; }
h2 .nr, h3 .nr { position: absolute; left: -32mm; width: 28mm; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { background: #0E5E7A; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm 1.5mm; }
p.bijl { font: bold 15pt 'Nimbus Sans'; color: #0E5E7A; margin: 8mm 0 4mm -32mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #0E5E7A; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
