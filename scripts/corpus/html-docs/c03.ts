/**
 * c03 — gemeente Utrechtse Heuvelrug: headings with trailing dots ("2.1. Titel"), chapters from 0 ("0. Leeswijzer"),
 * "–" dash lists with nested "o" items, a three-column body table with a header row, the visie on its own title
 * page (no "Bijlage" label), running header left/right, footer "- n -" centred, Artikel I / II.
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Utrechtse Heuvelrug'
const gio = (naam: string, at: [number, number], r = 0.9): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0352/2025/${hex32(`c03 ${naam}`)}/nld@2025-06-02;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Nationaal Park Utrechtse Heuvelrug', [0, 0], 2.4),
  gio('Kern Doorn', [-3, 1.5], 0.7),
  gio('Kern Driebergen-Rijsenburg', [-6, 3], 0.8),
  gio('Stationsgebied Driebergen-Zeist', [-7, 4.6], 0.4),
  gio('Uiterwaarden Nederrijn', [4, -5], 1.5),
]

const kop = (k: Kop): string => `<h${k.niveau} class="k${k.niveau}">${k.nummer}.&nbsp;${k.opschrift}</h${k.niveau}>`
const dash: Marker[] = [{ glyph: '–' }, { glyph: 'o', font: 'Liberation Mono' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="logo">gemeente<br><b>Utrechtse Heuvelrug</b></p>
<p class="btitel">Raadsbesluit Omgevingsvisie Utrechtse Heuvelrug</p>
<table class="meta"><tr><td>Zaaknummer</td><td>UH/2025/17730</td></tr><tr><td>Raadsvergadering</td><td>3 juli 2025</td></tr><tr><td>Agendapunt</td><td>9</td></tr></table>
<p>De gemeenteraad van Utrechtse Heuvelrug;</p>
<p>gezien het voorstel van het college van burgemeester en wethouders van 10 juni 2025;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>gehoord de beraadslagingen in de commissie Ruimte van 19 juni 2025;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Utrechtse Heuvelrug, bestaande uit de tekst met bijlagen en de geometrische informatieobjecten, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 3 juli 2025.</p>
<p>De raad van de gemeente Utrechtse Heuvelrug,</p>
<p>de griffier,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de voorzitter,</p>
<p class="namen">drs. M. Boeve&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;F. Naafs</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie</p>
<p class="t2">Utrechtse Heuvelrug</p>
<p class="t3">Tussen heuvelrug en rivier: een groene en vitale gemeente</p>
<p class="t4">versie vastgesteld door de raad · juli 2025</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, '0', 'Leeswijzer')
  d.p('Deze omgevingsvisie bestaat uit vier hoofdstukken. Na deze leeswijzer leest u in hoofdstuk 1 waarom we een omgevingsvisie maken. Hoofdstuk 2 beschrijft de gemeente zoals die nu is. Hoofdstuk 3 bevat de visie zelf, per thema. Hoofdstuk 4 gaat over de uitvoering. De bijlagen bevatten een begrippenlijst en het overzicht van geometrische informatieobjecten.')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Aanleiding')
  d.ps(...alineas('inleiding', 0, 3, P))
  d.kop(2, '1.2', 'Totstandkoming')
  d.ps(...alineas('proces', 0, 2, P))
  d.p('Bij het opstellen zijn onder meer de volgende bronnen gebruikt:')
  d.list(
    [
      'de Hoofdlijnennotitie uit 2019, met drie kernthema\'s;',
      { text: 'de uitkomsten van de participatie in de dorpen, waaronder', sub: ['de dorpsgesprekken in Amerongen, Leersum en Overberg;', 'het digitale panel met ruim 900 deelnemers;', 'de jongerenavonden op de scholen.'] },
      'de Peilnota uit 2021, waarin de richting per onderwerp is beschreven;',
      'de regionale afspraken over wonen, energie en mobiliteit in de provincie Utrecht.',
    ],
    dash,
  )

  d.kop(1, '2', 'De Heuvelrug nu')
  d.kop(2, '2.1', 'Zeven kernen, één gemeente')
  d.p('Utrechtse Heuvelrug bestaat uit zeven kernen met elk een eigen karakter: Amerongen, Doorn, Driebergen-Rijsenburg, Leersum, Maarn, Maarsbergen en Overberg. Ze liggen in de gradiënt tussen de beboste heuvelrug en het rivierengebied van de Nederrijn.')
  d.table(
    ['Kern', 'Karakter', 'Opgave tot 2040'],
    [
      ['Amerongen', 'historisch dorp aan de rivier', 'behoud voorzieningen, wonen voor ouderen'],
      ['Doorn', 'landgoederendorp', 'centrum versterken, woningbouw binnen de kern'],
      ['Driebergen-Rijsenburg', 'grootste kern, stationsdorp', 'stationsgebied ontwikkelen'],
      ['Leersum', 'dorp aan de Rijnweg', 'verkeersveiligheid, wonen voor starters'],
      ['Maarn en Maarsbergen', 'kernen aan het spoor', 'kleinschalige inbreiding'],
      ['Overberg', 'agrarische kern', 'vitaliteit en erfgoed'],
    ],
    'tbl',
    ['26%', '34%', '40%'],
  )
  d.kop(2, '2.2', 'Landschap en natuur')
  d.ps(alinea('landschap', 0, P), alinea('natuur', 0, P))
  d.kop(2, '2.3', 'Trends')
  d.ps(alinea('klimaat', 0, P), alinea('energie', 2, P))

  d.kop(1, '3', 'Visie')
  d.kop(2, '3.1', 'Een kwalitatief hoogstaande leefomgeving')
  d.kop(3, '3.1.1', 'Natuur en landschap')
  d.ps(alinea('natuur', 1, P), alinea('landschap', 1, P))
  d.kop(3, '3.1.2', 'Erfgoed')
  d.ps(...alineas('erfgoed', 0, 2, P))
  d.kop(2, '3.2', 'Vitale dorpen')
  d.kop(3, '3.2.1', 'Wonen')
  d.ps(...alineas('wonen', 0, 3, P))
  d.list(
    [
      'bouwen voor de eigen behoefte van de kernen;',
      { text: 'prioriteit voor:', sub: ['starters en jonge gezinnen;', 'ouderen die kleiner willen wonen.'] },
      'geen nieuwe woonwijken in het Nationaal Park.',
    ],
    dash,
  )
  d.kop(3, '3.2.2', 'Voorzieningen en economie')
  d.ps(alinea('economie', 0, P), alinea('economie', 1, P))
  d.kop(2, '3.3', 'Een toekomstgerichte houding')
  d.kop(3, '3.3.1', 'Energie')
  d.ps(...alineas('energie', 0, 2, P))
  d.kop(3, '3.3.2', 'Klimaatadaptatie')
  d.ps(alinea('klimaat', 1, P), alinea('klimaat', 2, P))
  d.kop(3, '3.3.3', 'Mobiliteit')
  d.ps(...alineas('mobiliteit', 0, 3, P))
  d.kop(2, '3.4', 'Gezondheid')
  d.ps(alinea('gezondheid', 0, P), alinea('gezondheid', 1, P))

  d.kop(1, '4', 'Uitvoering')
  d.kop(2, '4.1', 'Rolverdeling')
  d.p(alinea('uitvoering', 3, P))
  d.kop(2, '4.2', 'Instrumenten')
  d.p(alinea('uitvoering', 0, P))
  d.list(['omgevingsplan;', 'programma\'s (onder meer wonen, energie en mobiliteit);', 'gebiedsgerichte uitwerkingen per kern.'], dash)
  d.kop(2, '4.3', 'Evaluatie')
  d.p(alinea('uitvoering', 1, P))

  d.bijlage('1', 'Begrippenlijst', '<h1 class="bijl">Bijlage 1. Begrippenlijst</h1>')
  d.table(
    ['Begrip', 'Betekenis'],
    [
      ['Fysieke leefomgeving', 'Bouwwerken, infrastructuur, watersystemen, water, bodem, lucht, landschappen, natuur, cultureel erfgoed en werelderfgoed.'],
      ['Omgevingsplan', 'Het plan waarin de gemeenteraad regels stelt over de fysieke leefomgeving voor het hele grondgebied.'],
      ['Programma', 'Uitwerking van beleid met maatregelen om een omgevingswaarde of ander doel te bereiken.'],
      ['Geometrisch informatieobject', 'Een digitale begrenzing van een gebied waarnaar de tekst van de visie verwijst.'],
    ],
    'tbl',
    ['30%', '70%'],
  )
  d.bijlage('2', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 2. Geometrische informatieobjecten</h1><p>Overzicht van de geometrische informatieobjecten (GIO\'s) bij deze omgevingsvisie.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['55%', '45%'], true)

  const spec: DocSpec = {
    id: 'c03',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Utrechtse Heuvelrug (hoofdlijnennotitie, peilnota, vastgestelde visie 2023), ingekort; eigen opmaak: DejaVu Sans Condensed 9,5 pt, koppen met afsluitende punt ("2.1. Titel"), hoofdstuk 0, –-lijsten met geneste o-items, tabel met drie kolommen, titelpagina zonder bijlagelabel, kopregel links/rechts, voettekst "- n -" gecentreerd, Artikel I/II, GIO-tabel met smalle identificatiekolom',
    bevoegdGezag: 'gm0352',
    naam: 'Gemeente Utrechtse Heuvelrug',
    besluit: { opschrift: 'Raadsbesluit Omgevingsvisie Utrechtse Heuvelrug', artikelen: ['I', 'II'], inwerkingtreding: null },
    visieOpschrift: 'Omgevingsvisie Utrechtse Heuvelrug',
    gios: GIOS,
    config: {
      werk: { jaar: '2025', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2025' },
      datums: { vaststelling: '2025-07-03', ondertekening: '2025-07-03', bekendmaking: '2025-07-10', inwerkingtreding: '2025-07-11' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0352',
      oin: '00000001000000003520',
      achtergrondActualiteit: '2025-03-01',
    },
    geo: { origin: [156000, 446000] },
    meubilair: ['^- \\d+ -$', '^Omgevingsvisie Utrechtse Heuvelrug\\s+vastgesteld juli 2025$'],
    title: 'Omgevingsvisie Utrechtse Heuvelrug',
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
@page std {
  @top-left { content: "Omgevingsvisie Utrechtse Heuvelrug"; font: 8pt 'DejaVu Sans Condensed'; color: #2f6b3b; }
  @top-right { content: "vastgesteld juli 2025"; font: 8pt 'DejaVu Sans Condensed'; color: #2f6b3b; }
  @bottom-center { content: "- " counter(page) " -"; font: 8.5pt 'DejaVu Sans Condensed'; } }
body { font: 9.5pt/1.5 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; }
p { margin: 0 0 2mm; }
.logo { font-size: 11pt; color: #2f6b3b; margin-bottom: 10mm; }
.btitel { font-size: 15pt; font-weight: bold; }
table.meta td { padding: 0 6mm 0 0; font-size: 9pt; }
.bs { margin: 5mm 0 3mm; font-weight: bold; }
.art { font-weight: bold; margin-top: 4mm; }
.aldus { margin-top: 7mm; }
.namen { margin-top: 14mm; }
.titel { padding-top: 70mm; }
.titel .t1 { font-size: 30pt; color: #2f6b3b; margin: 0; }
.titel .t2 { font-size: 30pt; font-weight: bold; color: #2f6b3b; }
.titel .t3 { font-size: 12pt; margin-top: 10mm; }
.titel .t4 { font-size: 9pt; margin-top: 80mm; color: #555; }
h1 { font-size: 16pt; font-weight: bold; color: #2f6b3b; break-before: page; margin: 0 0 4mm; }
h2 { font-size: 12pt; font-weight: bold; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font-size: 10pt; font-weight: bold; font-style: italic; margin: 4mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 3mm 2mm; } .li .m { min-width: 1.2em; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; }
table.tbl th { background: #2f6b3b; color: #fff; text-align: left; padding: 1.2mm 2mm; }
table.tbl td { border-bottom: 0.5pt solid #9cb89f; padding: 1.2mm 2mm; vertical-align: top; }
h1.bijl { }
`,
  }
  return { spec, doc: d }
}
