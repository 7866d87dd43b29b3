/**
 * h72 — gemeente ’s-Hertogenbosch (gm0796), holdout (session 10): a large city (about 160.000 inwoners) whose visie
 * comes in three volumes. Content after the gemeente's public pages on the Bossche Omgevingsvisie (a Koersdeel for
 * the long term to 2050, thematisch beleid per onderwerp, and gebiedsvisies for four areas: the brede binnenstad, the
 * wijken binnen de ring, the wijken buiten de ring, and the buitengebied and the dorpen; "’s-Hertogenbosch is nooit
 * af"; the scarce space for woningen and bedrijvigheid set against klimaatadaptatie, energietransitie, slimme
 * mobiliteit, biodiversiteit, gezondheid and circulaire economie; the Week van de Omgevingsvisie; De Herven,
 * Pettelaarpark, the High Tech Park, De Brand, Maaspoort and Treurenburg, Empel, De Groote Wielen and Rosmalen),
 * shortened and partly in our own words. Layout: B5 (176 × 250 mm) in DejaVu Sans Condensed 9 pt; three volumes
 * ("Deel Koers", "Deel Thema’s", "Deel Gebieden") each opening on a page of its own with an unnumbered volume title,
 * chapters numbered through all volumes as "1 —" followed by the title, sections "1.1"; a running header with the
 * TITLE of the current volume on the right (named pages), a footer with a date line and the page number
 * ("vastgesteld 9 december 2027 — n"); lists "a)" with "–" items and "►"-lists; a table; a raadsbesluit "De
 * gemeenteraad van ’s-Hertogenbosch;" with "gezien", "gelet op", "besluit vast te stellen:", Artikel 1–3 (Artikel 3 a
 * citeertitel), signatures in two columns; visie as "Bijlage 1"; GIO table Identificatie | Naam | Gebied (identifier
 * first, a gebied column after the naam) of fourteen objects over a page break with a repeated header row.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0796', '2027', '2027-12-09', '1')
const GIOS = [
  { ...gio('Gemeente ’s-Hertogenbosch', 'gemeente-s-hertogenbosch', [0, 0], 6), geb: 'hele gemeente' },
  { ...gio('Brede binnenstad', 'brede-binnenstad', [0, 0], 1), geb: 'gebied 1' },
  { ...gio('Spoorzone en Stationsgebied', 'spoorzone-stationsgebied', [-0.5, 0.3], 0.5), geb: 'gebied 1' },
  { ...gio('De Herven', 'de-herven', [1, 1], 0.6), geb: 'gebied 2' },
  { ...gio('Pettelaarpark en omgeving', 'pettelaarpark', [0.8, -0.8], 0.5), geb: 'gebied 2' },
  { ...gio('High Tech Park', 'high-tech-park', [-1.5, 1.8], 0.6), geb: 'gebied 2' },
  { ...gio('De Brand', 'de-brand', [5, 0], 0.6), geb: 'gebied 3' },
  { ...gio('Maaspoort en Treurenburg', 'maaspoort-treurenburg', [0.5, 3], 0.9), geb: 'gebied 3' },
  { ...gio('Empel', 'empel', [3, 3], 0.6), geb: 'gebied 3' },
  { ...gio('De Groote Wielen', 'de-groote-wielen', [4, 1.5], 0.8), geb: 'gebied 3' },
  { ...gio('Rosmalen', 'rosmalen', [4, 0.5], 1), geb: 'gebied 3' },
  { ...gio('Bossche Broek en Vughterpoort', 'bossche-broek', [0, -1.5], 0.8), geb: 'gebied 4' },
  { ...gio('Dorpen Nuland, Vinkel en Kruisstraat', 'dorpen-nuland-vinkel-kruisstraat', [7, 0], 1.5), geb: 'gebied 4' },
  { ...gio('Maasuiterwaarden en Engelermeer', 'maasuiterwaarden-engelermeer', [-2, 3], 1.5), geb: 'gebied 4' },
]

const kop = (k: Kop): string => (k.niveau === 1 ? `<h1>${k.nummer} — ${k.opschrift}</h1>` : `<h2>${k.nummer} ${k.opschrift}</h2>`)
const letter: Marker[] = [{ counter: 'a', suffix: ')' }, { glyph: '–' }]
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit · nummer 27/0912</p>
<p class="ttl">Besluit van de gemeenteraad van ’s-Hertogenbosch tot vaststelling van de Bossche Omgevingsvisie</p>
<p>De gemeenteraad van ’s-Hertogenbosch;</p>
<p>gezien het voorstel van burgemeester en wethouders van 31 oktober 2027, nummer 27/0912;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit vast te stellen:</p>
<p class="art">Artikel 1</p>
<p>De Bossche Omgevingsvisie, bestaande uit het Koersdeel, het thematisch deel en de gebiedsvisies, zoals opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie ’s-Hertogenbosch wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit wordt aangehaald als: Besluit Bossche Omgevingsvisie.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 9 december 2027.</p>
${handtekeningen(['de griffier,', 'drs. J.W.M. Bastiaansen'], ['de voorzitter,', 'ir. J.M.L.N. Mikkers'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit nummer 27/0912</p>
<p class="t1">Bossche Omgevingsvisie</p>
<p class="t2">’s-Hertogenbosch is nooit af</p>
</div>`)

  d.enter('visie')
  d.page('koers').raw('<div class="deel"><p class="dl">Deel Koers</p><p class="ds">De lange termijn voor de fysieke leefomgeving, tot 2050</p></div>')
  d.kop(1, '1', 'De Bossche koers')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('Samen met inwoners, ondernemers, maatschappelijke organisaties en overheden werken we aan een omgevingsvisie voor heel de gemeente ’s-Hertogenbosch. We willen onze samenleving en de positie van ’s-Hertogenbosch, als plek waar het goede leven floreert, versterken.')
  d.kop(2, '1.2', 'Drie delen')
  d.p('Deze visie bestaat uit drie delen:')
  d.list(['het Koersdeel: de lange termijn voor de fysieke leefomgeving;', 'het thematisch deel: het beleid per onderwerp;', { text: 'de gebiedsvisies, voor:', sub: ['de brede binnenstad en de wijken binnen de ring;', 'de wijken buiten de ring, het buitengebied en de dorpen.'] }], letter)
  d.kop(1, '2', 'Ruimte is schaars')
  d.p('De opgaven waar onze gemeente voor staat, hebben vaak ruimte nodig. Die ruimte is schaars. We brengen de grote vraag naar ruimte voor woningen en bedrijvigheid in verband met andere grote opgaven:')
  d.list(['klimaatadaptatie;', 'energietransitie;', 'slimme mobiliteit;', 'biodiversiteit, gezondheid en circulaire economie.'], pijl)

  d.page('thema').raw('<div class="deel"><p class="dl">Deel Thema’s</p><p class="ds">Het beleid voor de fysieke leefomgeving per onderwerp</p></div>')
  d.kop(1, '3', 'Wonen en werken')
  d.kop(2, '3.1', 'Woningbouw')
  d.p('Er wonen ongeveer 160.000 mensen in ’s-Hertogenbosch. Tot 2040 bouwen we ruim 15.000 woningen, voor het grootste deel binnen de bestaande stad.')
  d.table(['Gebied', 'Woningen tot 2040', 'Accent'], [['Brede binnenstad', '4.000', 'transformatie, Spoorzone'], ['Wijken binnen de ring', '3.500', 'De Herven, Pettelaarpark'], ['Wijken buiten de ring', '6.500', 'De Groote Wielen, Rosmalen'], ['Dorpen', '1.000', 'naar behoefte']], 'tbl t')
  d.kop(2, '3.2', 'Bedrijvigheid')
  d.p('Het High Tech Park en de bedrijventerreinen langs de A2 en A59 bieden ruimte aan bedrijven. We gebruiken bestaande terreinen intensiever.')
  d.kop(1, '4', 'Klimaat, water en groen')
  d.kop(2, '4.1', 'Water')
  d.p('Het Bossche Broek en de Maasuiterwaarden vangen water op. Bij hoogwater op de Maas en de Dommel blijven zij de buffer van de stad.')
  d.kop(2, '4.2', 'Energie')
  d.p('We wekken energie op met zon op daken en langs infrastructuur en met wind langs de A59 en bij het Engelermeer.')

  d.page('gebied').raw('<div class="deel"><p class="dl">Deel Gebieden</p><p class="ds">Gebiedsvisies voor vier gebieden</p></div>')
  d.kop(1, '5', 'Binnenstad en wijken binnen de ring')
  d.kop(2, '5.1', 'De brede binnenstad')
  d.p('De binnenstad met de Sint-Jan, de Binnendieze en de vestingwerken is het hart van de gemeente. De Spoorzone wordt onderdeel van de brede binnenstad.')
  d.kop(2, '5.2', 'Wijken binnen de ring')
  d.p('In De Herven, het Pettelaarpark en bij het High Tech Park combineren we woningbouw met groen en betere verbindingen.')
  d.kop(1, '6', 'Wijken buiten de ring, buitengebied en dorpen')
  d.kop(2, '6.1', 'Wijken buiten de ring')
  d.p('De Brand, Maaspoort en Treurenburg, Empel, De Groote Wielen en Rosmalen hebben elk een eigen opgave: van verduurzaming van de woningvoorraad tot het afronden van De Groote Wielen.')
  d.kop(2, '6.2', 'Buitengebied en dorpen')
  d.p('Nuland, Vinkel en Kruisstraat houden hun dorpse karakter. In het buitengebied is ruimte voor natuur, recreatie en een landbouw die zich aanpast.')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Werkingsgebieden</h2>')
  d.p('De werkingsgebieden zijn als geometrische informatieobjecten vastgelegd en via de landelijke voorziening te raadplegen. De derde kolom noemt het gebied van de gebiedsvisies waartoe het werkingsgebied behoort.')
  d.p('De gebieden zijn: gebied 1, de brede binnenstad; gebied 2, de wijken binnen de ring; gebied 3, de wijken buiten de ring; gebied 4, het buitengebied en de dorpen. De begrenzing is indicatief.')
  d.gioTabelRows(GIOS, ['Identificatie', 'Naam', 'Gebied'], (g) => [gidCell(g.identificatie, true), g.naam, g.geb], 'gio', ['50%', '34%', '16%'])

  const hd = "font: 7pt 'DejaVu Sans'; color: #8a1538;"
  const chapter = (name: string, title: string) =>
    `@page ${name} { @top-left { content: "Bossche Omgevingsvisie"; ${hd} } @top-right { content: "${title}"; ${hd} } @bottom-left { content: "vastgesteld 9 december 2027 — " counter(page); ${hd} } }`
  const spec: DocSpec = {
    id: 'h72',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente \u2019s-Hertogenbosch over de Bossche Omgevingsvisie (Koersdeel voor de lange termijn tot 2050, thematisch beleid per onderwerp, gebiedsvisies voor vier gebieden: de brede binnenstad, de wijken binnen de ring, de wijken buiten de ring, het buitengebied en de dorpen; "\u2019s-Hertogenbosch is nooit af"; schaarse ruimte voor woningen en bedrijvigheid naast klimaatadaptatie, energietransitie, slimme mobiliteit, biodiversiteit, gezondheid en circulaire economie; De Herven, Pettelaarpark, High Tech Park, De Brand, Maaspoort en Treurenburg, Empel, De Groote Wielen en Rosmalen), ingekort en deels in eigen woorden; eigen opmaak: B5 in DejaVu Sans Condensed 9 pt, drie delen ("Deel Koers", "Deel Thema\u2019s", "Deel Gebieden") elk op een eigen pagina met een ongenummerde deeltitel, hoofdstukken doorgenummerd als "1 \u2014" met titel, paragrafen "1.1", kopregel met de deeltitel rechts (benoemde pagina\'s), voettekst met datumregel en paginanummer ("vastgesteld 9 december 2027 \u2014 n"), lijsten "a)" met "\u2013"-items en "\u25ba"-lijsten, een tabel, raadsbesluit "De gemeenteraad van \u2019s-Hertogenbosch;" met "gezien", "gelet op", "besluit vast te stellen:", Artikel 1\u20133 (Artikel 3 citeertitel), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Identificatie | Naam | Gebied van veertien objecten over een paginagrens met herhaalde kopregel (holdout)',
    bevoegdGezag: 'gm0796',
    naam: 'Gemeente \u2019s-Hertogenbosch',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van \u2019s-Hertogenbosch tot vaststelling van de Bossche Omgevingsvisie',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Bossche Omgevingsvisie',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'bossche-omgevingsvisie', regeling: 'bossche-omgevingsvisie', doel: 'bossche-omgevingsvisie' },
      datums: { vaststelling: '2027-12-09', ondertekening: '2027-12-09', bekendmaking: '2027-12-15' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0796',
      oin: '00000001000000796000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [149000, 411000] },
    meubilair: ['^Bossche Omgevingsvisie (Koers|Thema’s|Gebieden|Werkingsgebieden)$', '^vastgesteld 9 december 2027 — \\d+$'],
    title: 'Bossche Omgevingsvisie',
    css: `
@page { size: 176mm 250mm; margin: 18mm 16mm 18mm 18mm; }
${chapter('koers', 'Koers')}
${chapter('thema', 'Thema’s')}
${chapter('gebied', 'Gebieden')}
${chapter('bijl', 'Werkingsgebieden')}
body { font: 9pt/1.45 'DejaVu Sans', sans-serif; font-stretch: condensed; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 8pt 'DejaVu Sans'; color: #8a1538; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 1.5mm; }
.art { font-weight: bold; margin: 2.5mm 0 0.8mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 8pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #8a1538; margin: 3mm 0; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
.pg[style*="thema"], .pg[style*="gebied"], .pg[style*="bijl"] { break-before: page; }
.deel { padding: 50mm 0 0; break-after: page; }
.deel .dl { font: bold 26pt 'DejaVu Sans'; color: #8a1538; margin: 0; }
.deel .ds { font: italic 11pt 'DejaVu Serif'; color: #444; }
h1 { font: bold 14pt 'DejaVu Sans'; color: #8a1538; margin: 6mm 0 2.5mm; break-after: avoid; }
h2 { font: bold 10pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2mm 1mm; }
.li .m { color: #8a1538; }
table.t { width: 100%; margin: 1mm 0 3mm; font-size: 8pt; }
table.t th { border-bottom: 1pt solid #8a1538; padding: 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { font: bold 13pt 'DejaVu Sans'; color: #8a1538; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #8a1538; padding: 1mm; background: #f6e7ec; }
table.gio td { padding: 2.2mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
table.gio tr { break-inside: avoid; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
