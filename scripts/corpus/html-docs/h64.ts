/**
 * h64 — gemeente Vaals (gm0981), holdout (session 9): a small gemeente in the grensregio. Content after the public
 * pages of the gemeente Vaals about its omgevingsvisie (prepared with Eijsden-Margraten and Gulpen-Wittem as the Lijn
 * 50-regio) and the Heuvelland (the Drielandenpunt and the Vaalserberg, the
 * kernen Vaals, Lemiers, Vijlen and Holset, the border with Aachen and Belgium, students of the RWTH Aachen living in
 * Vaals, the Vijlenerbos and the Nationaal Landschap Zuid-Limburg, ageing, tourism and the Selzerbeek), shortened and
 * in our own words. Layout: A5 pages in DejaVu Sans Condensed 8.5 pt, no table of contents, chapters lettered "A", "B"
 * with the title in capitals by style, sections "A.1 Titel" and "A.1.1 Titel", one section title that wraps onto a
 * second line starting with a capital word, a ✓-list with o-items running over a page break, a "1)" list, a kader,
 * a one-page raadsbesluit whose footer appears only on that page ("pagina 1" style), the visie's pages with a footer
 * "n/m", a raadsbesluit with "overwegende dat", "gelet op", "b e s l u i t :", Artikel I–II (inwerkingtreding "op de
 * dag na bekendmaking"), signatures in two columns, a lower-case "bijlage 1" before the visie and a GIO table Naam |
 * Identificatie | Toelichting of five objects.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0981', '2027', '2027-11-23', '1')
const GIOS = [
  { ...gio('Gemeente Vaals', 'gemeente-vaals', [0, 0], 3), t: 'het hele grondgebied' },
  { ...gio('Kern Vaals en grensstrook Vaals–Aachen', 'kern-vaals-grensstrook-aachen', [1, 0.5], 0.8), t: 'wonen, studenten, grensoverschrijdend' },
  { ...gio('Drielandenpunt en Vaalserberg', 'drielandenpunt-vaalserberg', [0, -1.5], 0.5), t: 'toerisme, landschap' },
  { ...gio('Vijlenerbos en Holset (Natura 2000, Nationaal Landschap Zuid-Limburg)', 'vijlenerbos-holset', [-2, -0.5], 1.2), t: 'natuur, behoud' },
  { ...gio('Selzerbeekdal, Lemiers', 'selzerbeekdal-lemiers', [-0.5, 1.2], 0.6), t: 'water, klimaatadaptatie' },
]

const WRAP = 'Wonen in Vaals, Lemiers en Vijlen voor jong en oud'
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="l">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift === WRAP ? 'Wonen in Vaals, Lemiers en<br>Vijlen voor jong en oud' : k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: 'o' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Vaals</p>
<p class="ttl">Besluit van de raad van de gemeente Vaals tot vaststelling van de Omgevingsvisie Vaals 2040</p>
<p>De raad van de gemeente Vaals;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 oktober 2027, nr. 2027/41;</p>
<p>overwegende dat de gemeente Vaals als grensgemeente in het Heuvelland een eigen visie op haar leefomgeving nodig heeft, afgestemd op Aachen, de Belgische buurgemeenten en de Parkstad-gemeenten;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Vaals 2040, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden die daarin zijn genoemd.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op de dag na bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 23 november 2027.</p>
${handtekeningen(['de griffier,', 'W.M.H. Vincken'], ['de voorzitter,', 'drs. G.J.M. Kalkwijk'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">bijlage 1 bij het raadsbesluit nr. 2027/41</p>
<p class="t1">Omgevingsvisie Vaals 2040</p>
<p class="t2">Grenzeloos groen</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, 'A', 'Vaals in het Heuvelland')
  d.kop(2, 'A.1', 'Een gemeente op de grens')
  d.p('Vaals ligt in het uiterste zuidoosten van Nederland, tegen Aachen aan. Op het Drielandenpunt ontmoeten Nederland, Duitsland en België elkaar. Veel inwoners werken, winkelen of studeren over de grens.')
  d.kop(2, 'A.2', 'Kernen')
  d.p('De gemeente bestaat uit de kernen Vaals, Lemiers, Vijlen en Holset en een aantal buurtschappen. Samen tellen zij ongeveer 10.000 inwoners, van wie een groot deel niet de Nederlandse nationaliteit heeft.')
  d.kop(2, 'A.3', 'Landschap')
  d.p('Het Vijlenerbos, de Vaalserberg en de hellingen van het Selzerbeekdal horen bij het Nationaal Landschap Zuid-Limburg. Het Heuvelland is kwetsbaar voor erosie en wateroverlast.')
  d.raw('<aside class="kader"><p class="kk">Waarom deze visie?</p><p>De Omgevingswet vraagt iedere gemeente om één omgevingsvisie. Voor Vaals is het ook een kans om de samenwerking over de grens vast te leggen, en die met Eijsden-Margraten en Gulpen-Wittem in de Lijn 50-regio.</p></aside>')

  d.kop(1, 'B', 'Wonen en leven')
  d.kop(2, 'B.1', WRAP)
  d.p('Het aantal huishoudens in Vaals groeit nog licht, maar de bevolking wordt snel ouder. Tegelijk wonen er steeds meer studenten die in Aachen studeren. Nieuwe woningen komen daarom vooral door het ombouwen van bestaande gebouwen en op enkele open plekken binnen de kernen, niet in het landschap eromheen. Voor de kern Vaals stellen wij samen met de woningcorporatie een woonprogramma op.')
  d.p('De vraag naar woningen komt van drie groepen. Voor elk van hen zoeken wij passende plekken:')
  d.list(['jongeren uit de eigen kernen, met kleine en betaalbare woningen;', { text: 'ouderen, met:', sub: ['levensloopbestendige woningen in Vaals-centrum;', 'zorg dicht bij huis.'] }, 'studenten van de RWTH Aachen, in gebouwen die daarvoor geschikt zijn.'], vink)
  d.kop(3, 'B.1.1', 'Kamerbewoning')
  d.p('Kamerbewoning is alleen mogelijk waar de leefbaarheid van de straat dat toelaat. Het omgevingsplan stelt daarvoor regels.')
  d.kop(3, 'B.1.2', 'Vergunningvrij bouwen')
  d.p('Wat zonder vergunning mag worden gebouwd volgt uit Bijlage I bij het Besluit bouwwerken leefomgeving. In het beschermde dorpsgezicht van Holset stelt het omgevingsplan aanvullende eisen; de algemene regels uit hoofdstuk 4 van de Omgevingswet blijven daarbij gelden.')
  d.kop(2, 'B.2', 'Voorzieningen')
  d.p('Voor ziekenhuis, voortgezet onderwijs en grote winkels zijn de inwoners aangewezen op Aachen, Heerlen en Maastricht. In de kernen houden wij de volgende voorzieningen in stand:')
  d.list(['een basisschool in Vaals en in Vijlen;', 'een huisartsenpraktijk en een apotheek in Vaals;', 'een supermarkt in Vaals-centrum;', 'een gemeenschapshuis in Lemiers en Vijlen;', 'sportvelden in Vaals en Vijlen;', 'een bibliotheekpunt in de school in Vaals;', 'een halte van de grensoverschrijdende bus in elke kern.'], haak)

  d.kop(1, 'C', 'Werken en toerisme')
  d.kop(2, 'C.1', 'Toerisme')
  d.p('Het Drielandenpunt en de Vaalserberg trekken jaarlijks honderdduizenden bezoekers. Wij willen de drukte beter spreiden en de verblijfsduur verlengen, zonder het landschap aan te tasten.')
  d.kop(2, 'C.2', 'Ondernemen over de grens')
  d.p('Bedrijven in Vaals hebben veel klanten en personeel in Duitsland. Wij werken met de StädteRegion Aachen aan betere grensinformatie en aan verbindingen voor fiets en bus.')

  d.kop(1, 'D', 'Klimaat, water en energie')
  d.kop(2, 'D.1', 'Water in het Heuvelland')
  d.p('Na de overstromingen van juli 2021 werken wij met Waterschap Limburg aan het vasthouden van water op de hellingen en in het Selzerbeekdal.')
  d.kop(2, 'D.2', 'Energie')
  d.p('Zon op daken heeft voorrang. Zonnevelden en windturbines passen niet in het Nationaal Landschap.')

  d.page('std')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage bij de visie: werkingsgebieden</h2><p>De werkingsgebieden zijn vastgelegd als geometrische informatieobjecten.</p>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Toelichting'], (g, i) => [g.naam, gidCell(g.identificatie, true), GIOS[i]?.t ?? ''], 'gio', ['34%', '42%', '24%'])

  const ft = "font: 7pt 'DejaVu Sans Condensed', 'DejaVu Sans'; color: #3c6e47;"
  const spec: DocSpec = {
    id: 'h64',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Vaals over haar omgevingsvisie (voorbereid met Eijsden-Margraten en Gulpen-Wittem als Lijn 50-regio) en het Heuvelland (het Drielandenpunt en de Vaalserberg, de kernen Vaals, Lemiers, Vijlen en Holset, de grens met Aachen en België, studenten van de RWTH Aachen in Vaals, het Vijlenerbos en het Nationaal Landschap Zuid-Limburg, vergrijzing, toerisme, de Selzerbeek), ingekort en in eigen woorden; eigen opmaak: A5-pagina\'s in DejaVu Sans Condensed 8,5 pt, geen inhoudsopgave, hoofdstukken met letters "A", "B" en de titel in kapitalen door de stijl, paragrafen "A.1 Titel" en "A.1.1 Titel", één paragraaftitel die over twee regels loopt met een hoofdletterwoord aan het begin van de tweede regel, een ✓-lijst met o-items die over een paginagrens loopt, een lijst "1)", kader, raadsbesluit van één pagina met een voettekst die alleen op die pagina staat, voettekst "n/m" op de pagina\'s van de visie, raadsbesluit met "overwegende dat", "gelet op", "b e s l u i t :", Artikel I–II met inwerkingtreding op de dag na bekendmaking, handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie, GIO-tabel Naam | Identificatie | Toelichting van vijf objecten (holdout)',
    bevoegdGezag: 'gm0981',
    naam: 'Gemeente Vaals',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Vaals tot vaststelling van de Omgevingsvisie Vaals 2040',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Vaals 2040',
    gios: GIOS.map(({ t: _t, ...g }) => g),
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-vaals-2040', regeling: 'omgevingsvisie-vaals-2040', doel: 'omgevingsvisie-vaals-2040' },
      datums: { vaststelling: '2027-11-23', ondertekening: '2027-11-23', bekendmaking: '2027-11-29', inwerkingtreding: '2027-11-30' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0981',
      oin: '00000001001669836000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [204000, 308000] },
    meubilair: ['^Raadsbesluit Vaals nr\\. 2027/41 – pagina \\d+$', '^\\d+/\\d+$'],
    title: 'Omgevingsvisie Vaals 2040',
    css: `
@page { size: A5; margin: 14mm 13mm 16mm 13mm; }
@page besluit { @bottom-left { content: "Raadsbesluit Vaals nr. 2027/41 – pagina " counter(page); ${ft} } }
@page std { @bottom-right { content: counter(page) "/" counter(pages); ${ft} } }
body { font: 8.5pt/1.45 'DejaVu Sans', sans-serif; font-stretch: condensed; color: #1e2a22; }
p { margin: 0 0 2mm; }
.gem { font: bold 10pt 'DejaVu Serif'; color: #3c6e47; }
.ttl { font: bold 10pt 'DejaVu Serif'; margin: 2mm 0 3mm; }
.bs { font-weight: bold; margin: 3mm 0 1.5mm; }
.art { font-weight: bold; margin: 2mm 0 0.5mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { break-after: page; }
.titel { padding-top: 45mm; break-after: page; }
.titel .t0 { font: 7.5pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 20pt 'DejaVu Serif'; color: #3c6e47; margin: 3mm 0; }
.titel .t2 { font: italic 11pt 'DejaVu Serif'; }
h1 { font: bold 13pt 'DejaVu Serif'; text-transform: uppercase; letter-spacing: 0.6pt; color: #3c6e47; margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: 0.8pt solid #3c6e47; break-after: avoid; }
h1 .l { display: inline-block; min-width: 8mm; }
h2 { font: bold 10pt/1.25 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
h3 { font: italic 9pt 'DejaVu Sans'; margin: 2.5mm 0 0.8mm; break-after: avoid; }
aside.kader { margin: 2mm 0 3mm; padding: 2mm 3mm; border: 0.8pt solid #3c6e47; background: #eef5ef; font-size: 8pt; }
aside.kader .kk { font-weight: bold; margin: 0 0 1mm; }
.lst { margin: 0 0 2mm 1mm; }
.li .m { color: #3c6e47; }
h2.bijl { font: bold 11pt 'DejaVu Serif'; color: #3c6e47; }
table.gio { width: 100%; font-size: 7.5pt; }
table.gio th { text-align: left; border-bottom: 0.8pt solid #3c6e47; padding: 0.8mm; }
table.gio td { padding: 0.8mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 6.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
