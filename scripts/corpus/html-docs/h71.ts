/**
 * h71 — gemeente Utrechtse Heuvelrug (gm1581), holdout (session 10), the unusual case: a raadsbesluit that opens
 * with an Artikel 1 of definitions and adopts the visie "zoals gewijzigd door" three amendementen it lists by number
 * and title (one withdrawn amendement named as not adopted). Content after the gemeente's public page on its
 * omgevingsvisie (adopted by the raad on 3 July 2023; a Hoofdlijnennotitie of 2019 with three themes: a
 * kwalitatief hoogstaande leefomgeving, a toekomstgerichte houding and vitale dorpen; a Peilnota; a verkenning per
 * dorp in spring 2021; ambities for 2040 on mobiliteit, lokale economie, the agrarische sector becoming duurzaam and
 * circulair, recreatie and drukte, klimaatadaptatie, gezonde leefomgeving, woningbouw, duurzame energie and natuur;
 * the dorpen Amerongen, Doorn, Driebergen-Rijsenburg, Leersum, Maarn, Maarsbergen and Overberg), here as a visie of
 * 2027, shortened and partly in our own words. Layout: A4 in DejaVu Serif 9.5 pt; chapter numbers in a LEFT MARGIN
 * COLUMN beside the title (number and title on one baseline, the title indented), a chapter title that WRAPS OVER TWO
 * LINES, sections "2.1" in the same margin column, sub-sections "2.1.1"; a header "Omgevingsvisie Utrechtse
 * Heuvelrug" with a date line below it in the footer ("Raad 8 juli 2027 · pagina n"); ●-lists, a list "i." ; a table;
 * Artikel 1–4 (definitions, vaststelling with the amendementen, intrekking, inwerkingtreding on a date), signatures in
 * two columns; visie as "Bijlage 1"; GIO table Nr | Identificatie | Naam (the identifier before the naam).
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1581', '2027', '2027-07-08', '1')
const GIOS = [
  gio('Gemeente Utrechtse Heuvelrug', 'gemeente-utrechtse-heuvelrug', [0, 0], 8),
  gio('Dorpskernen', 'dorpskernen', [0, 0], 5),
  gio('Nationaal Park Utrechtse Heuvelrug', 'nationaal-park-utrechtse-heuvelrug', [-1, 1], 5),
  gio('Stationsgebied Driebergen-Zeist', 'stationsgebied-driebergen-zeist', [-4, 2], 0.6),
  gio('Kromme Rijngebied en uiterwaarden Nederrijn', 'kromme-rijngebied-uiterwaarden-nederrijn', [3, -4], 3),
  gio('Zoekgebied windenergie', 'zoekgebied-windenergie', [5, -2], 1.5),
  gio('Grebbelinie en Stelling van Amersfoort (zuidelijk deel)', 'grebbelinie-zuid', [8, 2], 1.5),
]

const WRAPPED = 'Een toekomstgerichte houding: energie, klimaat en een circulaire economie'
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span><span class="t">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span><span class="t">${k.opschrift}</span></h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }, { glyph: '–' }]
const rom: Marker[] = [{ counter: 'i', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit · gemeente Utrechtse Heuvelrug · nr. RB-2027-044</p>
<p class="ttl">Besluit van de raad van de gemeente Utrechtse Heuvelrug tot vaststelling van de Omgevingsvisie Utrechtse Heuvelrug 2040</p>
<p>De raad van de gemeente Utrechtse Heuvelrug;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 30 mei 2027, nr. 2027-0212;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gelet op de in de raadsvergadering van 8 juli 2027 aangenomen amendementen;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1 Begrippen</p>
<p>In dit besluit wordt verstaan onder:</p>
<p class="def">a. <i>omgevingsvisie</i>: de Omgevingsvisie Utrechtse Heuvelrug 2040, opgenomen in bijlage 1 bij dit besluit;</p>
<p class="def">b. <i>werkingsgebied</i>: het geometrisch begrensde gebied waarop een keuze uit de omgevingsvisie betrekking heeft;</p>
<p class="def">c. <i>Peilnota</i>: de nota waarin de raad in 2021 de richting voor de omgevingsvisie heeft bepaald.</p>
<p class="art">Artikel 2 Vaststelling</p>
<p>1. De omgevingsvisie wordt vastgesteld, zoals gewijzigd door de volgende aangenomen amendementen:</p>
<table class="am">
<tr><td>A1</td><td>Vitale dorpen: een dorpsagenda per dorp (ingediend door D66, CDA en Heuvelrug Lokaal)</td></tr>
<tr><td>A3</td><td>Geen zonnevelden op de flanken van de Heuvelrug (ingediend door GroenLinks en VVD)</td></tr>
<tr><td>A4</td><td>Woningbouw voor jongeren in alle dorpen (ingediend door PvdA en SGP)</td></tr>
</table>
<p>2. Amendement A2, over een rondweg bij Leersum, is ingetrokken en maakt geen deel uit van de omgevingsvisie.</p>
<p class="art">Artikel 3 Intrekking</p>
<p>De Structuurvisie Utrechtse Heuvelrug 2030 wordt ingetrokken.</p>
<p class="art">Artikel 4 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 september 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 8 juli 2027.</p>
${handtekeningen(['de griffier,', 'mr. drs. B. van der Vlist'], ['de voorzitter,', 'F.J.M. Naafs'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit nr. RB-2027-044</p>
<p class="t1">Omgevingsvisie Utrechtse Heuvelrug 2040</p>
<p class="t2">Zeven dorpen, één Heuvelrug</p>
<p class="t0">inclusief de amendementen A1, A3 en A4</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Wat is deze omgevingsvisie?')
  d.p('De omgevingsvisie is een document waarin staat hoe wij als gemeente willen dat het grondgebied er in 2040 uitziet. Het gaat over alles wat nodig is om hier te kunnen leven, wonen, werken, studeren en recreëren: water, lucht, bodem, natuur, landschap, energie, wegen, huizen en gebouwen.')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('In 2019 maakten we eerst een Hoofdlijnennotitie. Inwoners, belangengroepen en partners gaven ideeën en informatie. Daarbij zijn drie belangrijke thema’s benoemd:')
  d.list(['een kwalitatief hoogstaande leefomgeving;', 'een toekomstgerichte houding;', 'zorgen voor vitale dorpen.'], rom)
  d.p('Daarna is een Peilnota opgesteld, die voor een aantal belangrijke onderwerpen een richting beschrijft. In het voorjaar van 2021 is voor ieder dorp met inwoners, ondernemers en verenigingen verkend wat zij belangrijk vinden.')

  d.kop(1, '2', 'Een kwalitatief hoogstaande leefomgeving')
  d.kop(2, '2.1', 'Natuur en landschap')
  d.p('De gemeente ligt grotendeels in het Nationaal Park Utrechtse Heuvelrug. De bossen, heide en landgoederen op de flanken en de uiterwaarden langs de Nederrijn bepalen het karakter.')
  d.kop(3, '2.1.1', 'Versterken van de natuur')
  d.p('We verbinden natuurgebieden met elkaar en beschermen de overgangen van de Heuvelrug naar het Kromme Rijngebied en de Gelderse Vallei.')
  d.kop(3, '2.1.2', 'Recreatie en drukte')
  d.p('De Heuvelrug trekt veel bezoekers. We spreiden recreatie en beschermen kwetsbare plekken tegen te veel drukte.')
  d.kop(2, '2.2', 'Gezonde leefomgeving')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. We letten op geluid, luchtkwaliteit en veilige routes voor voetgangers en fietsers.')

  d.kop(1, '3', WRAPPED)
  d.kop(2, '3.1', 'Energie')
  d.p('We wekken duurzame energie op met zon op daken en, waar het landschap het toelaat, met windturbines in het zoekgebied. Conform amendement A3 komen er geen zonnevelden op de flanken van de Heuvelrug.')
  d.kop(2, '3.2', 'Klimaatadaptatie')
  d.p('We houden regenwater vast in de dorpen en op de Heuvelrug, zodat het grondwater wordt aangevuld.')
  d.kop(2, '3.3', 'Landbouw')
  d.p('De agrarische sector maakt de overgang naar een duurzame en circulaire landbouw. We helpen boeren met ruimte voor verbreding:')
  d.list(['natuurbeheer en landschapsonderhoud;', { text: 'verkoop aan huis en recreatie, zoals:', sub: ['een boerderijwinkel;', 'kleinschalig kamperen.'] }, 'zorg en educatie op het erf.'], bol)

  d.kop(1, '4', 'Vitale dorpen')
  d.kop(2, '4.1', 'Zeven dorpen')
  d.p('Amerongen, Doorn, Driebergen-Rijsenburg, Leersum, Maarn, Maarsbergen en Overberg hebben elk een eigen identiteit. Conform amendement A1 krijgt elk dorp een dorpsagenda.')
  d.table(['Dorp', 'Inwoners (afgerond)', 'Opgave'], [['Driebergen-Rijsenburg', '19.500', 'stationsgebied, woningbouw'], ['Doorn', '10.500', 'centrum, voorzieningen'], ['Leersum', '7.500', 'verkeer, jongerenhuisvesting'], ['Amerongen', '7.000', 'uiterwaarden, toerisme'], ['Maarn, Maarsbergen en Overberg', '6.500', 'behoud voorzieningen']], 'tbl t')
  d.kop(2, '4.2', 'Woningbouw')
  d.p('Conform amendement A4 bouwen we in alle dorpen woningen voor jongeren. Nieuwe woningen komen eerst binnen de bestaande dorpen.')
  d.kop(2, '4.3', 'Mobiliteit en lokale economie')
  d.p('Het stationsgebied Driebergen-Zeist is de belangrijkste plek om te groeien. In de dorpen houden we winkels en bedrijven bereikbaar.')

  d.kop(1, '5', 'Uitvoering')
  d.p('De komende jaren voeren we de ambities uit via plannen voor gebieden of voor thema’s, zoveel mogelijk samen met partners in de regio, zoals buurgemeenten en de provincie.')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage bij de omgevingsvisie: Werkingsgebieden</h2>')
  d.p('De werkingsgebieden zijn vastgelegd als geometrische informatieobjecten en te raadplegen via de landelijke voorziening.')
  d.gioTabelRows(GIOS, ['Nr', 'Identificatie', 'Naam'], (g, i) => [String(i + 1), gidCell(g.identificatie, true), g.naam], 'gio', ['6%', '56%', '38%'])

  const hd = "font: 7.5pt 'DejaVu Sans'; color: #6a4c93;"
  const spec: DocSpec = {
    id: 'h71',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina van de gemeente Utrechtse Heuvelrug over haar omgevingsvisie (vastgesteld 3 juli 2023; Hoofdlijnennotitie 2019 met drie thema\'s: kwalitatief hoogstaande leefomgeving, toekomstgerichte houding, vitale dorpen; Peilnota; verkenning per dorp in 2021; ambities voor 2040 over mobiliteit, lokale economie, duurzame en circulaire landbouw, recreatie en drukte, klimaatadaptatie, gezonde leefomgeving, woningbouw, duurzame energie en natuur; de dorpen Amerongen, Doorn, Driebergen-Rijsenburg, Leersum, Maarn, Maarsbergen en Overberg), hier als visie van 2027, ingekort en deels in eigen woorden; bijzonder geval: raadsbesluit met Artikel 1 Begrippen en vaststelling "zoals gewijzigd door" drie opgesomde amendementen (een ingetrokken amendement genoemd als geen deel van de visie); eigen opmaak: A4 in DejaVu Serif 9,5 pt, hoofdstuk- en paragraafnummers in een linkermargekolom naast de titel, een hoofdstuktitel die over twee regels loopt, subparagrafen "2.1.1", kopregel "Omgevingsvisie Utrechtse Heuvelrug", voettekst met datumregel "Raad 8 juli 2027 · pagina n", ●-lijsten, lijst "i.", een tabel, Artikel 1–4 (begrippen, vaststelling met amendementen, intrekking, inwerkingtreding op een datum), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Nr | Identificatie | Naam (holdout)',
    bevoegdGezag: 'gm1581',
    naam: 'Gemeente Utrechtse Heuvelrug',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Utrechtse Heuvelrug tot vaststelling van de Omgevingsvisie Utrechtse Heuvelrug 2040',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2027-09-01',
    },
    visieOpschrift: 'Omgevingsvisie Utrechtse Heuvelrug 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-utrechtse-heuvelrug-2040', regeling: 'omgevingsvisie-utrechtse-heuvelrug-2040', doel: 'omgevingsvisie-utrechtse-heuvelrug-2040' },
      datums: { vaststelling: '2027-07-08', ondertekening: '2027-07-08', bekendmaking: '2027-08-18', inwerkingtreding: '2027-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1581',
      oin: '00000001000001581000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [155000, 445000] },
    meubilair: ['^Omgevingsvisie Utrechtse Heuvelrug$', '^Raad 8 juli 2027 · pagina \\d+$'],
    title: 'Omgevingsvisie Utrechtse Heuvelrug 2040',
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
@page std { @top-left { content: "Omgevingsvisie Utrechtse Heuvelrug"; ${hd} } @bottom-left { content: "Raad 8 juli 2027 · pagina " counter(page); ${hd} } }
@page bijl { @top-left { content: "Omgevingsvisie Utrechtse Heuvelrug"; ${hd} } @bottom-left { content: "Raad 8 juli 2027 · pagina " counter(page); ${hd} } }
body { font: 9.5pt/1.5 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2.2mm; }
.pg[style*="std"] > p, .pg[style*="std"] > .lst, .pg[style*="std"] > table, .pg[style*="std"] > h3 { margin-left: 22mm; }
.gem { font: 8.5pt 'DejaVu Sans'; color: #6a4c93; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.def { padding-left: 5mm; text-indent: -5mm; }
table.am { margin: 0 0 2mm 5mm; border-collapse: collapse; }
table.am td { padding: 0.5mm 3mm 0.5mm 0; vertical-align: top; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 26pt 'DejaVu Sans'; color: #6a4c93; margin: 4mm 0; }
.titel .t2 { font: italic 14pt 'DejaVu Serif'; margin-bottom: 6mm; }
h1, h2 { display: flex; align-items: baseline; break-after: avoid; }
h1 .n, h2 .n { flex: 0 0 22mm; }
h1 .t, h2 .t { flex: 1 1 auto; }
h1 { font: bold 16pt/1.25 'DejaVu Sans'; color: #6a4c93; margin: 9mm 0 3mm; }
h1 .n { font: bold 22pt 'DejaVu Sans'; color: #b9a3d6; }
h2 { font: bold 11pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; }
h2 .n { color: #6a4c93; }
h3 { font: italic bold 9.5pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.5mm 22mm; }
.li .m { color: #6a4c93; }
table.t { width: calc(100% - 22mm); margin: 1mm 0 3mm 22mm; font-size: 8.5pt; }
table.t th { border-bottom: 1pt solid #6a4c93; padding: 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { display: block; font: bold 14pt 'DejaVu Sans'; color: #6a4c93; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #6a4c93; padding: 1mm; }
table.gio td { padding: 1.6mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
