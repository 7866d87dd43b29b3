/**
 * h256 — gemeente Voorschoten (gm0626), holdout (session 14): the Zuid-Hollandse gemeente of some 25.000 inwoners
 * between Leiden and Den Haag, with the oude dorp around the Voorstraat, the wijken Noord-Hofland, Krimwijk and
 * Starrenburg, the landgoederen Duivenvoorde and Berbice, Park Bijdorp, the Vlietlanden along the Vliet, the
 * Horsten, the A4 and A44 and station Voorschoten. Content after the public descriptions of the gemeente and the
 * Landgoederenzone, here as an omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4
 * portrait, Nimbus Roman 10.5 pt with Nimbus Sans headings; chapter numbers HANG in a coloured box left of the title
 * ("1" boxed, then "Inleiding"), sections "1.1", third level "1.1.1"; no table of contents; header "Omgevingsvisie
 * Voorschoten 2040 · Gemeente Voorschoten" left, footer "pagina n van N" right; a sidebar (kader)
 * with kerncijfers; bullets "–"; numbered list "1."; a table; raadsbesluit with numbered overwegingen "1."–"3." and Artikel 1–4; GIO table
 * Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0626', '2028', '2028-12-14', '1')
const GIOS: Gio[] = [
  gio('Gemeente Voorschoten', 'gemeente-voorschoten', [0, 0], 2.5),
  gio('Landgoederenzone', 'landgoederenzone', [0.6, 0.6], 0.8),
  gio('Vlietlanden', 'vlietlanden', [-1.2, -0.6], 0.6),
  gio('Stationsgebied Voorschoten', 'stationsgebied-voorschoten', [-0.2, -0.1], 0.25),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="box">${k.nummer}</span><span class="tx">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de raad van de gemeente Voorschoten tot vaststelling van de Omgevingsvisie Voorschoten 2040</p>
<p>De raad van de gemeente Voorschoten;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 14 november 2028, nummer 28.036;</p>
<p>overwegende dat:</p>
<p class="ov">1. de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied;</p>
<p class="ov">2. het ontwerp van de omgevingsvisie van 22 juni tot en met 2 augustus 2028 ter inzage heeft gelegen;</p>
<p class="ov">3. de ingediende zienswijzen zijn samengevat en beantwoord in de Nota van zienswijzen;</p>
<p>gelet op artikel 3.1, eerste lid, en artikel 16.25 van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Voorschoten 2040 vast te stellen, bestaande uit de tekst en de geografische informatieobjecten in bijlage 1.</p>
<p class="art">Artikel 2</p>
<p>De Nota van zienswijzen vast te stellen.</p>
<p class="art">Artikel 3</p>
<p>De Structuurvisie Voorschoten 2025 in te trekken.</p>
<p class="art">Artikel 4</p>
<p>Dit besluit treedt in werking op 2 januari 2029.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Voorschoten van 14 december 2028.</p>
${handtekeningen(['De griffier,', 'drs. T.A. Mulder'], ['De voorzitter,', 'mr. N.J.J. van Kesteren'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Voorschoten 2040</p><p class="t2">Groen dorp tussen twee steden</p></div>')
  d.enter('visie')
  d.page('std')
  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom deze visie')
  d.raw('<div class="kader"><p class="kt">Voorschoten in cijfers</p><p>ca. 25.500 inwoners<br>11.300 woningen<br>2.700 hectare, waarvan 70% groen en water<br>station Voorschoten aan de lijn Leiden–Den Haag</p></div>')
  d.p('Voorschoten ligt tussen Leiden en Den Haag en is omringd door landgoederen, polders en water. Deze omgevingsvisie beschrijft hoe wij het groene dorpse karakter tot 2040 behouden terwijl wij werken aan woningbouw, energie en klimaat.')
  d.kop(2, '1.2', 'Status en reikwijdte')
  d.p('De visie bindt het gemeentebestuur. Zij vervangt de Structuurvisie Voorschoten 2025 en is de basis voor het omgevingsplan.')
  d.kop(2, '1.3', 'Totstandkoming')
  d.p('De visie is in drie stappen gemaakt:')
  d.list(['een omgevingsdialoog met bijeenkomsten in alle wijken;', 'een werkconferentie met partners uit de regio;', 'een ontwerp dat zes weken ter inzage lag.'], num)

  d.page('std')
  d.kop(1, '2', 'Kwaliteiten')
  d.kop(2, '2.1', 'Het dorp')
  d.p('Het oude dorp rond de Voorstraat, de Dorpskerk en het Oude Raadhuis vormt het hart. De villawijken en de naoorlogse wijken liggen daaromheen.')
  d.kop(2, '2.2', 'Landgoederen en groen')
  d.kop(3, '2.2.1', 'Landgoederenzone')
  d.p('Duivenvoorde, Berbice, Ter Weer en Bijdorp maken deel uit van de Landgoederenzone tussen Den Haag en Leiden. Deze zone is van regionale betekenis.')
  d.kop(3, '2.2.2', 'Vlietlanden en polders')
  d.p('De Vlietlanden langs de Vliet en de Papenwegsepolder zijn belangrijk voor recreatie en weidevogels.')
  d.kop(2, '2.3', 'Bereikbaarheid')
  d.p('De A4 en A44 en de spoorlijn Leiden–Den Haag liggen op korte afstand. De Vliet is een historische vaarweg.')

  d.page('std')
  d.kop(1, '3', 'Opgaven en keuzes')
  d.kop(2, '3.1', 'Wonen')
  d.p('Wij bouwen tot 2040 ongeveer 1.200 woningen, binnen het bestaande bebouwde gebied.')
  d.table(['Locatie', 'Aantal', 'Toelichting'], [
    ['Stationsgebied', '450', 'wonen met voorzieningen bij het station'],
    ['Centrum en Voorstraat', '250', 'boven winkels en op herontwikkelingslocaties'],
    ['Overige inbreiding', '500', 'verspreid over de wijken'],
  ], 'tbl', ['35%', '15%', '50%'])
  d.kop(2, '3.2', 'Energie')
  d.kop(3, '3.2.1', 'Warmte')
  d.p('Wij werken wijk voor wijk aan een aardgasvrije warmtevoorziening, te beginnen in Noord-Hofland.')
  d.kop(3, '3.2.2', 'Opwek')
  d.p('Zon op daken heeft voorrang. In de Landgoederenzone zijn geen zonneparken of windturbines mogelijk.')
  d.kop(2, '3.3', 'Klimaatadaptatie')
  d.p('Wij gaan hittestress en wateroverlast tegen met:')
  d.list(['meer bomen en minder verharding;', { text: 'waterberging', sub: ['in parken;', 'onder pleinen en wegen.'] }, 'groene daken op openbare gebouwen.'], streep)
  d.kop(2, '3.4', 'Mobiliteit')
  d.p('Fiets en openbaar vervoer krijgen voorrang. Wij verbeteren de fietsroutes naar Leiden en Den Haag.')

  d.page('std')
  d.kop(1, '4', 'Uitvoering')
  d.kop(2, '4.1', 'Doorwerking')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in de beoordeling van initiatieven.')
  d.kop(2, '4.2', 'Samenwerking')
  d.p('Wij werken samen met Leiden, Wassenaar, Leidschendam-Voorburg, de provincie Zuid-Holland en het Hoogheemraadschap van Rijnland.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #4a4a4a;"
  const spec: DocSpec = {
    id: 'h256',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Voorschoten (het oude dorp rond de Voorstraat, Noord-Hofland, Krimwijk en Starrenburg, de landgoederen Duivenvoorde en Berbice, Park Bijdorp, de Vlietlanden, de A4 en A44, station Voorschoten) en de Landgoederenzone, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 staand, Nimbus Roman 10,5 pt met koppen in Nimbus Sans, hoofdstuknummers in een gekleurd blok voor de titel, paragrafen "1.1", derde niveau "1.1.1", geen inhoudsopgave, koptekst links, voettekst "pagina n van N" rechts, een kader met kerncijfers, opsommingen "–" en "1.", een tabel, raadsbesluit met genummerde overwegingen en Artikel 1–4, GIO-tabel in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0626',
    naam: 'Gemeente Voorschoten',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Voorschoten tot vaststelling van de Omgevingsvisie Voorschoten 2040',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2029-01-02',
    },
    visieOpschrift: 'Omgevingsvisie Voorschoten 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-voorschoten', regeling: 'omgevingsvisie-voorschoten', doel: 'omgevingsvisie-voorschoten' },
      datums: { vaststelling: '2028-12-14', ondertekening: '2028-12-14', bekendmaking: '2028-12-28', inwerkingtreding: '2029-01-02' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0626',
      oin: '00000001000000006260',
      achtergrondActualiteit: '2028-09-01',
    },
    geo: { origin: [88000, 459000] },
    meubilair: ['^Omgevingsvisie Voorschoten 2040 · Gemeente Voorschoten$', '^pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Voorschoten 2040',
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; @top-left { content: "Omgevingsvisie Voorschoten 2040 · Gemeente Voorschoten"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
@page eerste { @top-left { content: none; } }
@page titel { @top-left { content: none; } @bottom-right { content: none; } }
.pg { break-before: page; }
body { font: 10.5pt/1.45 'Nimbus Roman', serif; color: #202020; }
p { margin: 0 0 2.5mm; }
.ttl { font: bold 15pt 'Nimbus Sans'; color: #2b6e3f; margin: 0 0 5mm; }
.ov { margin-left: 6mm; text-indent: -6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font: bold 10pt 'Nimbus Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 80mm 0 0 0; }
.titel .t1 { font: bold 30pt 'Nimbus Sans'; color: #2b6e3f; }
.titel .t2 { font: italic 15pt 'Nimbus Roman'; }
h1 { display: flex; align-items: center; font: bold 20pt 'Nimbus Sans'; color: #2b6e3f; margin: 0 0 7mm; }
h1 .box { display: inline-block; width: 13mm; height: 13mm; line-height: 13mm; text-align: center; background: #2b6e3f; color: #fff; margin-right: 5mm; }
h2 { font: bold 13pt 'Nimbus Sans'; color: #2b6e3f; margin: 6mm 0 2.5mm; break-after: avoid; }
h3 { font: bold italic 11pt 'Nimbus Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
.kader { float: right; width: 52mm; margin: 0 0 3mm 6mm; padding: 3mm; background: #e7f1ea; font: 9pt/1.4 'Nimbus Sans'; }
.kader .kt { font-weight: bold; color: #2b6e3f; }
div.lst { margin: 0 0 2.5mm 3mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 6mm; flex: none; } div.lst .d1 { margin-left: 6mm; }
table.tbl { width: 100%; font: 9pt 'Nimbus Sans'; border-collapse: collapse; margin: 2mm 0 3mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #2b6e3f; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #d5e8da; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #2b6e3f; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #888; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
