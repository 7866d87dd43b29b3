/**
 * c01 — gemeente Dongen: raadsbesluit with Artikel 1/2 and signatures side by side, the visie as "Bijlage A",
 * headings "1 Inleiding" / "1.1 Titel" / "1.1.1 Titel" (no dots), footer "Omgevingsvisie Dongen 2040   Pagina 6 van
 * 17" on one line, "•" bullets with continuation lines, GIO table "Naam | Identificatie" in "Bijlage 1".
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Dongen'
const gio = (naam: string, at: [number, number], r = 0.7): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0766/2026/${hex32(`c01 ${naam}`)}/nld@2026-01-12;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Centrumgebied Dongen', [0, 0], 0.5),
  gio('Bedrijventerrein Tilburgseweg', [2.5, -1.2]),
  gio('Natuurnetwerk Brabant', [-3, 2.2], 1.4),
  gio('Zoekgebied windenergie', [4, 3], 1.1),
  gio("Kern 's Gravenmoer", [-1.5, -4], 0.6),
]

const kop = (k: Kop): string => `<h${k.niveau} class="k${k.niveau}"><span class="nr">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`
const bullet = [{ glyph: '•' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="bkop">Raadsbesluit</p>
<p class="bmeta">Registratienummer: 2026-004871<br>Onderwerp: vaststelling Omgevingsvisie Dongen 2040</p>
<p>De raad van de gemeente Dongen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 december 2025, nummer 2025-118;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie van 2 oktober tot en met 13 november 2025 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;</p>
<p class="besluit-w">besluit:</p>
<p>vast te stellen het Besluit vaststelling Omgevingsvisie Dongen 2040.</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Dongen 2040, zoals opgenomen in Bijlage A bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op 1 maart 2026.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Dongen, gehouden op 29 januari 2026.</p>
<table class="sign"><tr><td>De griffier,</td><td>De voorzitter,</td></tr>
<tr><td class="gap"></td><td class="gap"></td></tr>
<tr><td>mr. A.C. van Loon</td><td>drs. H.J.M. Noordhoek</td></tr></table>
</div>`)

  d.page('visie').enter('voor').raw(`
<div class="titelblad">
<p class="bijl">Bijlage A</p>
<p class="tt">Omgevingsvisie Dongen 2040</p>
<p class="st">Samen werken aan een groen, vitaal en verbonden Dongen</p>
<p class="dt">Vastgesteld door de gemeenteraad op 29 januari 2026</p>
</div>`)
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.ps(...alineas('inleiding', 0, 3, P))
  d.p('Met deze visie willen we:')
  d.list(
    [
      'richting geven aan de ontwikkeling van de fysieke leefomgeving van Dongen en \'s Gravenmoer tot 2040, met oog voor wat er al is en voor wat er nog moet gebeuren;',
      'een kader bieden waarbinnen initiatieven van inwoners, ondernemers en maatschappelijke organisaties kunnen worden beoordeeld;',
      'de samenhang laten zien tussen opgaven die elkaar raken, zoals woningbouw, energie, klimaat en landbouw, zodat we niet per sector maar integraal afwegen;',
      'de basis leggen voor het omgevingsplan en voor de programma\'s waarin we de ambities verder uitwerken.',
    ],
    bullet,
  )
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.ps(...alineas('proces', 0, 3, P))
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft Dongen nu en de opgaven waar we voor staan. In hoofdstuk 3 staan per thema onze ambities. Hoofdstuk 4 vertaalt die ambities naar de gebieden van de gemeente. Hoofdstuk 5 gaat over de uitvoering. De geometrische informatieobjecten bij deze visie staan in Bijlage 1.')

  d.kop(1, '2', 'Dongen in 2040')
  d.kop(2, '2.1', 'Kernkwaliteiten')
  d.p('Dongen is een groene gemeente met een rijke historie in de leer- en schoenindustrie. De kernen Dongen en \'s Gravenmoer liggen ingebed in een afwisselend landschap tussen de Donge, de Oude Vaart en de natuurgebieden aan de zuidkant.')
  d.list(
    [
      'Een compact en levendig centrum met de Hoge Ham als ruggengraat en een aanbod aan winkels, horeca en cultuur dat past bij de omvang van de gemeente.',
      'Een kleinschalig buitengebied met houtwallen, laanbeplanting en beekdalen dat uitnodigt tot wandelen en fietsen.',
      'Een sterk verenigingsleven en veel vrijwilligers die zich inzetten voor hun dorp en hun buurt.',
    ],
    bullet,
  )
  d.kop(2, '2.2', 'Opgaven')
  d.ps(alinea('wonen', 0, P), alinea('energie', 2, P), alinea('natuur', 2, P))

  d.kop(1, '3', 'Ambities')
  d.kop(2, '3.1', 'Wonen in Dongen')
  d.kop(3, '3.1.1', 'Bouwen binnen de kernen')
  d.ps(alinea('wonen', 0, P), alinea('wonen', 3, P))
  d.kop(3, '3.1.2', 'Betaalbaar en levensloopbestendig')
  d.ps(alinea('wonen', 1, P), alinea('wonen', 2, P))
  d.list(
    [
      'Minimaal een derde van de nieuwe woningen valt in het sociale of betaalbare segment.',
      { text: 'We zoeken actief naar locaties voor:', sub: ['woonvormen voor ouderen dicht bij voorzieningen;', 'flexwoningen voor starters en spoedzoekers.'] },
      'Bij transformatie van bestaand vastgoed kijken we eerst naar wonen.',
    ],
    bullet,
  )
  d.kop(2, '3.2', 'Werken en ondernemen')
  d.kop(3, '3.2.1', 'Een levendig centrum')
  d.p(alinea('economie', 1, P))
  d.kop(3, '3.2.2', 'Toekomstbestendige bedrijventerreinen')
  d.ps(alinea('economie', 0, P), alinea('economie', 2, P))
  d.kop(2, '3.3', 'Energie en klimaat')
  d.kop(3, '3.3.1', 'Energietransitie')
  d.ps(...alineas('energie', 0, 3, P))
  d.kop(3, '3.3.2', 'Klimaatadaptatie')
  d.ps(...alineas('klimaat', 0, 3, P))
  d.kop(2, '3.4', 'Natuur en landschap')
  d.ps(alinea('natuur', 0, P), alinea('natuur', 1, P), alinea('landschap', 0, P))
  d.kop(2, '3.5', 'Mobiliteit')
  d.ps(...alineas('mobiliteit', 0, 3, P))
  d.kop(2, '3.6', 'Gezond en veilig')
  d.ps(...alineas('gezondheid', 0, 3, P))

  d.kop(1, '4', 'Gebieden')
  d.kop(2, '4.1', 'Dongen-centrum')
  d.p('Het centrumgebied is op de kaart aangeduid als het geometrisch informatieobject "Centrumgebied Dongen". Hier concentreren we winkels, horeca en cultuur en maken we ruimte voor wonen boven winkels.')
  d.list(
    [
      'Leegstaande winkelpanden buiten het kernwinkelgebied mogen worden omgebouwd tot woningen, mits de plint een open karakter houdt.',
      'We vergroenen de pleinen en straten en maken het centrum autoluw.',
    ],
    bullet,
  )
  d.kop(2, '4.2', '\'s Gravenmoer')
  d.p('\'s Gravenmoer is een hecht dorp met een eigen identiteit. We willen de voorzieningen op peil houden en bouwen voor de eigen behoefte, in een tempo en een schaal die bij het dorp passen.')
  d.kop(2, '4.3', 'Buitengebied')
  d.ps(alinea('natuur', 2, P), alinea('landschap', 1, P))

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Doorwerking')
  d.ps(alinea('uitvoering', 0, P), alinea('uitvoering', 2, P), alinea('uitvoering', 3, P))
  d.kop(2, '5.2', 'Monitoring en actualisatie')
  d.p(alinea('uitvoering', 1, P))

  d.bijlage('1', 'Geometrische informatieobjecten', '<h2 class="bijlkop">Bijlage 1 Geometrische informatieobjecten</h2><p>In deze bijlage staan de geometrische informatieobjecten die bij deze omgevingsvisie horen.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const spec: DocSpec = {
    id: 'c01',
    set: 'dev',
    bron: 'Bewerkt naar omgevingsvisies van Noord-Brabantse gemeenten (Dongen, Boxtel), ingekort; eigen opmaak: Liberation Sans 10 pt, koppen 1 / 1.1 / 1.1.1 zonder punten, voettekst "Omgevingsvisie Dongen 2040   Pagina n van m" op één regel, •-lijsten met vervolgregels, ondertekening naast elkaar, visie als Bijlage A, GIO-tabel Naam | Identificatie in Bijlage 1',
    bevoegdGezag: 'gm0766',
    naam: 'Gemeente Dongen',
    besluit: {
      opschrift: 'Besluit vaststelling Omgevingsvisie Dongen 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Dongen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-01-29', ondertekening: '2026-01-29', bekendmaking: '2026-02-05', inwerkingtreding: '2026-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0766',
      oin: '00000001000000007660',
      achtergrondActualiteit: '2025-11-01',
    },
    geo: { origin: [127500, 403500] },
    meubilair: ['Pagina \\d+ van \\d+', '^Omgevingsvisie Dongen 2040\\s+Pagina'],
    title: 'Omgevingsvisie Dongen 2040',
    css: `
@page { size: A4; margin: 22mm 20mm 24mm 22mm;
  @bottom-left { content: "Omgevingsvisie Dongen 2040\\A0\\A0\\A0\\A0\\A0\\A0Pagina " counter(page) " van " counter(pages); font: 8.5pt 'Liberation Sans'; color: #333; vertical-align: top; padding-top: 6mm; } }
@page besluit { margin: 30mm 25mm; @bottom-left { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #111; }
p { margin: 0 0 2.2mm; }
.besluit p { margin-bottom: 3mm; }
.bkop { font-size: 16pt; font-weight: bold; }
.bmeta { font-size: 9pt; color: #444; }
.besluit-w { font-weight: bold; margin-top: 5mm; }
.art { font-weight: bold; margin: 5mm 0 1mm; }
.aldus { margin-top: 8mm; }
table.sign { width: 100%; margin-top: 4mm; } table.sign td { width: 50%; padding: 0; } table.sign td.gap { height: 16mm; }
.titelblad { break-after: page; padding-top: 40mm; }
.titelblad .bijl { font-size: 12pt; color: #0a5a2a; font-weight: bold; }
.titelblad .tt { font-size: 26pt; font-weight: bold; margin: 10mm 0 4mm; }
.titelblad .st { font-size: 13pt; }
.titelblad .dt { margin-top: 60mm; font-size: 9pt; }
h1, h2, h3 { color: #0a5a2a; margin: 6mm 0 2mm; break-after: avoid; }
h1 { font-size: 18pt; break-before: page; margin-top: 0; }
h2 { font-size: 13pt; }
h3 { font-size: 11pt; font-style: italic; }
.nr { display: inline-block; min-width: 14mm; }
.lst { margin: 0 0 3mm 4mm; }
.bijlkop { font-size: 14pt; color: #0a5a2a; break-before: page; }
table.gio { width: 100%; font-size: 9pt; } table.gio th, table.gio td { border: 0.5pt solid #0a5a2a; padding: 1.5mm; text-align: left; vertical-align: top; }
table.gio th { background: #dbeee0; }
`,
  }
  return { spec, doc: d }
}
