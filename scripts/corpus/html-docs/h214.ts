/**
 * h214 — gemeente Landgraaf (gm0882), holdout (session 14): the Parkstadgemeente of Schaesberg, Nieuwenhagen and Ubach
 * over Worms. Content after the public pages on the Toekomstvisie Landgraaf 2050 "Oog voor Landgraaf" (the
 * strategische visie "Landgraaf boeiend en bloeiend" of 2013 ran out, and because the strategische visie and the
 * omgevingsvisie under the Omgevingswet have much in common, both were joined in one document; keuzes over wonen,
 * werken, gezondheid, veiligheid, bereikbaarheid en dienstverlening, the landschap and duurzame energie; the
 * netwerkdag "Landgraaf Verbindt" of 6 December 2023 where inwoners named Pinkpop, SnowWorld, the groen, the
 * verenigingsleven and the mijnverleden as what they are proud of), here as the visie of 2028 adopted as
 * omgevingsvisie, shortened and partly in our own words. Layout: Chromium, A4 LANDSCAPE in TWO COLUMNS, Liberation
 * Sans 9.5 pt with URW Gothic headings; PART TITLE PAGES "Deel I Onze koers" / "Deel II Omgevingsvisie" / "Deel III Uitvoering" (level 1, nummer "I" …)
 * with chapters "1" … numbered on through the parts (level 2) and sections "1.1" (level 3), a fourth level "4.2.1";
 * no table of contents; header "Landgraaf, september 2028" left and "Toekomstvisie 2050 · Oog voor Landgraaf" right, page number
 * bottom right; lists "•" and "a."; a table; raadsbesluit with "overwegende dat", Artikel 1–3 (Artikel 1 adopts the
 * Toekomstvisie as omgevingsvisie); GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0882', '2028', '2028-09-28', '1')
const GIOS: Gio[] = [
  gio('Gemeente Landgraaf', 'gemeente-landgraaf', [0, 0], 4),
  gio('Brunssummerheide', 'brunssummerheide', [-1.5, 2.5], 1.2),
  gio('Wormdal', 'wormdal', [2, 0.5], 1),
  gio('Centrum Schaesberg', 'centrum-schaesberg', [-0.5, -0.8], 0.4),
  gio('Megaland en SnowWorld', 'megaland-snowworld', [0.8, -1.8], 0.5),
]

const kop = (k: Kop): string => {
  if (k.niveau === 1) return `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
  if (k.niveau === 2) return `<h2>${k.nummer} ${k.opschrift}</h2>`
  return `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`
}

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="ttl">Raadsbesluit vaststelling Toekomstvisie Landgraaf 2050 ‘Oog voor Landgraaf’</p>
<p>De raad van de gemeente Landgraaf;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 4 juli 2028, nummer 28/0417;</p>
<p>overwegende dat:</p>
<p class="ov">– de strategische visie ‘Landgraaf boeiend en bloeiend’ van 2013 is afgelopen;</p>
<p class="ov">– de strategische visie en de omgevingsvisie veel raakvlakken hebben en daarom in één document zijn samengebracht;</p>
<p class="ov">– inwoners, ondernemers en maatschappelijke partners hebben meegedacht, onder meer op de netwerkdag Landgraaf Verbindt;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Toekomstvisie Landgraaf 2050 ‘Oog voor Landgraaf’ vast te stellen als omgevingsvisie als bedoeld in artikel 3.1 van de Omgevingswet, met de geografische informatieobjecten van bijlage 1.</p>
<p class="art">Artikel 2</p>
<p>De strategische visie ‘Landgraaf boeiend en bloeiend’ in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 november 2028.</p>
<p class="aldus">Aldus besloten door de raad van de gemeente Landgraaf in zijn openbare vergadering van 28 september 2028.</p>
${handtekeningen(['de griffier,', 'drs. W.H.M. Bours'], ['de voorzitter,', 'R. de Boer'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Toekomstvisie Landgraaf 2050</p><p class="t2">‘Oog voor Landgraaf’ — omgevingsvisie</p></div>')
  d.enter('visie')

  d.page('deel').kop(1, 'I', 'Onze koers')
  d.page('std').raw('<div class="cols">')
  d.kop(2, '1', 'Waarom deze Toekomstvisie?')
  d.kop(3, '1.1', 'Eén visie voor de lange termijn')
  d.p('In deze toekomstvisie leest u wat de plannen zijn voor de gemeente voor de lange termijn en welke strategische keuzes we daarbij maken. We geven aan wat voor een gemeente wij willen zijn, wat we willen verbeteren en wat we willen bewaren of beschermen.')
  d.kop(3, '1.2', 'Strategische visie en omgevingsvisie')
  d.p('De strategische visie ‘Landgraaf boeiend en bloeiend’ uit 2013 liep af. Tegelijk vraagt de Omgevingswet om een omgevingsvisie. Omdat beide veel raakvlakken hebben, zijn ze samengevoegd in één document.')
  d.kop(3, '1.3', 'Samen gemaakt')
  d.p('Op de netwerkdag Landgraaf Verbindt vroegen we waar inwoners trots op zijn. Zij noemden:')
  d.list(['Pinkpop, SnowWorld en de sporthallen;', 'het groen en de verenigingen;', 'het mijnverleden.'], bol)
  d.kop(2, '2', 'Wie willen we zijn?')
  d.kop(3, '2.1', 'Identiteit')
  d.p('Landgraaf is een groene woongemeente in Parkstad, met een rijk verenigingsleven en evenementen die ver buiten de regio bekend zijn.')
  d.kop(3, '2.2', 'Onze keuzes')
  d.p('We maken keuzes op het gebied van:')
  d.list(['wonen en werken;', 'gezondheid en veiligheid;', 'bereikbaarheid en dienstverlening;', 'landschap en duurzame energie.'], let_)
  d.raw('</div>')

  d.page('deel').kop(1, 'II', 'Omgevingsvisie')
  d.page('std').raw('<div class="cols">')
  d.kop(2, '3', 'Wonen en leven')
  d.kop(3, '3.1', 'Genoeg huizen voor iedereen')
  d.p('We zorgen voor woningen voor onze eigen inwoners, zodat ook kinderen en kleinkinderen hier kunnen blijven wonen.')
  d.kop(3, '3.2', 'Voorzieningen dichtbij')
  d.p('Scholen, parken, cultuuraanbod en sportvelden blijven in elke kern bereikbaar.')
  d.kop(2, '4', 'Landschap en klimaat')
  d.kop(3, '4.1', 'Groen in en om de kernen')
  d.p('Een groene en kindvriendelijke gemeente blijven: we maken een park midden in de gemeente.')
  d.kop(3, '4.2', 'Natuur')
  d.kop(4, '4.2.1', 'Brunssummerheide')
  d.p('De Brunssummerheide is Natura 2000-gebied; we beschermen haar en regelen het recreatief gebruik.')
  d.kop(4, '4.2.2', 'Wormdal')
  d.p('Het dal van de Worm verbindt Landgraaf met Duitsland; hier geven we de beek meer ruimte.')
  d.kop(3, '4.3', 'Energie')
  d.p('We gaan over op duurzame energie en wekken zoveel mogelijk lokaal op.')
  d.kop(2, '5', 'Werken en vrije tijd')
  d.kop(3, '5.1', 'Ondernemers')
  d.p('Er blijft voldoende ruimte voor ondernemers en initiatiefnemers.')
  d.kop(3, '5.2', 'Evenementen en recreatie')
  d.p('Pinkpop, Megaland en SnowWorld maken Landgraaf bekend; we zorgen dat zij goed samengaan met het wonen.')
  d.table(['Gebied', 'Functie', 'Koers'], [
    ['Centrum Schaesberg', 'winkels, wonen', 'levendig en compact'],
    ['Megaland en SnowWorld', 'evenementen, recreatie', 'bereikbaar, met minder overlast'],
    ['Brunssummerheide', 'natuur', 'beschermen'],
    ['Wormdal', 'beekdal, grens', 'water en natuur'],
  ], 'tbl', ['34%', '30%', '36%'])
  d.raw('</div>')

  d.page('deel').kop(1, 'III', 'Uitvoering')
  d.page('std').raw('<div class="cols">')
  d.kop(2, '6', 'Samen aan de slag')
  d.kop(3, '6.1', 'Van visie naar omgevingsplan')
  d.p('We werken de keuzes uit in het omgevingsplan en in programma’s.')
  d.kop(3, '6.2', 'Vinger aan de pols')
  d.p('Elke raadsperiode bekijken we of de Toekomstvisie nog actueel is.')
  d.raw('</div>')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h214',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de Toekomstvisie Landgraaf 2050 "Oog voor Landgraaf" (de strategische visie "Landgraaf boeiend en bloeiend" van 2013 liep af; omdat strategische visie en omgevingsvisie veel raakvlakken hebben, zijn beide samengevoegd in één document; keuzes over wonen, werken, gezondheid, veiligheid, bereikbaarheid en dienstverlening, landschap en duurzame energie; de netwerkdag "Landgraaf Verbindt" van 6 december 2023 met Pinkpop, SnowWorld, het groen, het verenigingsleven en het mijnverleden), hier als visie van 2028 vastgesteld als omgevingsvisie, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 LIGGEND in TWEE KOLOMMEN, Liberation Sans 9,5 pt met URW Gothic koppen, DEELTITELPAGINA\'S "Deel I Onze koers" / "Deel II Omgevingsvisie" / "Deel III Uitvoering" (niveau 1, nummer "I" …) met hoofdstukken "1" … doorgenummerd over de delen (niveau 2) en paragrafen "1.1" (niveau 3), een vierde niveau "4.2.1", geen inhoudsopgave, koptekst "Landgraaf, september 2028" links en "Toekomstvisie 2050 · Oog voor Landgraaf" rechts, paginanummer rechtsonder, lijsten "•" en "a.", een tabel, raadsbesluit met "overwegende dat" en Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0882',
    naam: 'Gemeente Landgraaf',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Toekomstvisie Landgraaf 2050 ‘Oog voor Landgraaf’',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-11-01',
    },
    visieOpschrift: 'Toekomstvisie Landgraaf 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'toekomstvisie-landgraaf-2050', regeling: 'toekomstvisie-landgraaf-2050', doel: 'toekomstvisie-landgraaf-2050' },
      datums: { vaststelling: '2028-09-28', ondertekening: '2028-09-28', bekendmaking: '2028-10-10', inwerkingtreding: '2028-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0882',
      oin: '00000001000000008820',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [200000, 325000] },
    meubilair: ['^Landgraaf, september 2028\\s+Toekomstvisie 2050 · Oog voor Landgraaf$', '^\\d+$'],
    title: 'Toekomstvisie Landgraaf 2050',
    css: `
@page { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; @top-left { content: "Landgraaf, september 2028"; ${ft} } @top-right { content: "Toekomstvisie 2050 · Oog voor Landgraaf"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
@page eerste { @top-left { content: none; } @top-right { content: none; } }
@page titel { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
@page deel { @top-left { content: none; } @top-right { content: none; } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.ttl { font: bold 14pt 'URW Gothic'; margin: 0 0 5mm; }
.ov { margin-left: 4mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { break-before: page; padding-top: 55mm; }
.titel .t1 { font: bold 30pt 'URW Gothic'; color: #e06c00; }
.titel .t2 { font: 14pt 'URW Gothic'; }
.pg[style*="deel"] { break-before: page; }
.deel { padding-top: 60mm; break-after: page; }
.deel .dl { font: 14pt 'URW Gothic'; color: #e06c00; margin: 0 0 2mm; }
.deel h1 { font: bold 28pt 'URW Gothic'; color: #333; margin: 0; }
.pg[style*="std"] { break-before: page; }
.cols { column-count: 2; column-gap: 12mm; }
h2 { font: bold 15pt 'URW Gothic'; color: #e06c00; margin: 0 0 3mm; break-after: avoid; }
.cols h2:not(:first-child) { margin-top: 6mm; }
h3 { font: bold 10.5pt 'URW Gothic'; margin: 3.5mm 0 1.2mm; break-after: avoid; }
h4 { font: italic 9.5pt 'Liberation Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 8pt; border-collapse: collapse; margin: 2mm 0 4mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #fbe3cc; }
.bijl { font: bold 14pt 'URW Gothic'; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8.5pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
