/**
 * h02 — provincie Noord-Holland (holdout): chapters from 0, headings with trailing dots ("0. Leeswijzer",
 * "2.1. Titel"), numbered list items that read like headings ("1. Wij willen …") and restart in every list, a)-lists
 * with nested i.-items, running headers alternating left/right, footer "Omgevingsvisie NH2050 | n" on the outer
 * side, two body tables, a Statenbesluit with beslispunten I.–III., long GIO identifiers breaking in a narrow cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('pv27', '2026', '2026-03-16', '1')
const GIOS: Gio[] = [
  gio('Bijzonder provinciaal landschap', 'bijzonder-provinciaal-landschap-noord-holland', [0, 0], 9),
  gio('Natuurnetwerk Nederland Noord-Holland', 'natuurnetwerk-nederland-noord-holland-2026', [10, 15], 7),
  gio('Metropoolregio Amsterdam, verstedelijkingsas', 'metropoolregio-amsterdam-verstedelijkingsas-oost-west', [-5, -20], 6),
  gio('Zoekgebied windenergie op land', 'zoekgebied-windenergie-op-land-kop-van-noord-holland', [5, 45], 5),
  gio('Kustfundament', 'kustfundament-hollandse-kust-en-waddeneilanden', [-18, 10], 4),
]

const kop = (k: Kop): string => `<h${k.niveau}><span class="n">${k.nummer}.</span>${k.opschrift}</h${k.niveau}>`
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const abc: Marker[] = [{ counter: 'a', suffix: ')' }, { counter: 'i', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Provinciale Staten van Noord-Holland</p>
<p class="vn">Statenbesluit nr. 14-2026</p>
<p class="ttl">Besluit van Provinciale Staten van Noord-Holland van 16 maart 2026 tot vaststelling van de Omgevingsvisie NH2050</p>
<p>Provinciale Staten van Noord-Holland;</p>
<p>gelezen de voordracht van Gedeputeerde Staten van 20 januari 2026, kenmerk 1789234/1802219;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie met het milieueffectrapport van 12 juni tot en met 24 juli 2025 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van beantwoording;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet en artikel 143 van de Provinciewet;</p>
<p class="bs">besluiten:</p>
<table class="bp">
<tr><td>I.</td><td>de Omgevingsvisie NH2050, zoals opgenomen in de bijlage bij dit besluit, vast te stellen;</td></tr>
<tr><td>II.</td><td>de Structuurvisie Noord-Holland 2040 in te trekken;</td></tr>
<tr><td>III.</td><td>te bepalen dat dit besluit in werking treedt op 1 mei 2026.</td></tr>
</table>
<p class="aldus">Aldus vastgesteld in de vergadering van Provinciale Staten van Noord-Holland op 16 maart 2026.</p>
<p>voorzitter,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;griffier,</p>
<p class="nm">A.Th.B. Bijleveld-Schouten&#8195;&#8195;&#8195;&#8195;M.J. Brouwer</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Omgevingsvisie</p>
<p class="t1">NH2050</p>
<p class="t2">Balans tussen economische groei en leefbaarheid</p>
<p class="t3">Vastgesteld door Provinciale Staten op 16 maart 2026</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, '0', 'Leeswijzer')
  d.p('Hoofdstuk 1 schetst waarom en hoe deze visie is gemaakt. Hoofdstuk 2 beschrijft de hoofdambitie. In hoofdstuk 3 staan de randvoorwaarden en ontwikkelprincipes die overal in Noord-Holland gelden. Hoofdstuk 4 werkt de vijf bewegingen uit en hoofdstuk 5 gaat over sturing en uitvoering. De bijlagen bevatten de geometrische informatieobjecten en een lijst met afkortingen.')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Aanleiding')
  d.ps(
    'Wat betekent de vergrijzing voor de manier waarop we straks willen wonen en recreëren? Wat betekenen de veranderingen in werken en winkelen voor het vastgoed? Welke gevolgen heeft de zelfrijdende auto voor de leefomgeving, en wat vraagt de overgang van een lineaire naar een circulaire economie aan ruimte? Over dit soort vragen gaat deze omgevingsvisie.',
    'Iedereen die in Noord-Holland woont, werkt of op bezoek komt, moet een prettige leefomgeving aantreffen. Nu, maar ook in de toekomst.',
  )
  d.kop(2, '1.2', 'Totstandkoming')
  d.ps(
    'De visie is geen nietje door de bestaande plannen, maar een nieuw verhaal dat breed gedragen wordt. Inwoners, overheden, belangenorganisaties en het bedrijfsleven zijn betrokken via huiskamergesprekken in de hele provincie, gesprekken op evenementen en online discussies. Provinciale Staten hebben in meerdere rondes gedebatteerd over de koers.',
    'De eerste fase bestond uit verkenningen: welke trends en ontwikkelingen komen op ons af, en welke opgaven volgen daaruit? Die verkenningen waren een gemeenschappelijk vertrekpunt. In de koersfase zijn vervolgens keuzes gemaakt.',
  )
  d.kop(2, '1.3', 'Status van de visie')
  d.p('De omgevingsvisie is zelfbindend: zij bindt Provinciale Staten en Gedeputeerde Staten. Waar nodig werken we haar uit in programma\'s en in de omgevingsverordening.')

  d.kop(1, '2', 'Hoofdambitie')
  d.kop(2, '2.1', 'Balans tussen groei en leefbaarheid')
  d.ps(
    'Onze hoofdambitie is een goede balans tussen economische groei en leefbaarheid. Dat betekent dat in heel Noord-Holland een basiskwaliteit van de leefomgeving gegarandeerd is, ook waar de economie hard groeit.',
    'Wat wij daarmee bedoelen, vatten we samen in drie uitspraken:',
  )
  d.list(
    [
      'Wij willen dat de leefomgeving overal in Noord-Holland voldoet aan een basiskwaliteit voor lucht, water, bodem en geluid.',
      'Wij willen groei mogelijk maken waar die de kwaliteit van de omgeving versterkt.',
      'Wij willen dat toekomstige generaties dezelfde keuzes kunnen maken als wij.',
    ],
    num,
  )
  d.kop(2, '2.2', 'Duurzame ontwikkeling als vertrekpunt')
  d.p('De leefomgeving is de basis. De samenleving heeft wensen en behoeften en gebruikt die leefomgeving voor ruimtelijk-economische ontwikkelingen. Een ontwikkeling is duurzaam als zij de basis niet uitput.')
  d.kop(2, '2.3', 'Tien vraagstukken')
  d.p('Uit de verkenningen kwamen tien grote vraagstukken naar voren. De tabel noemt de zeven vraagstukken met de grootste ruimtelijke gevolgen en het hoofdstuk waarin we erop ingaan.')
  d.table(
    ['Vraagstuk', 'Kern van de opgave', 'Hoofdstuk'],
    [
      ['Klimaatverandering', 'wateroverlast, droogte, hitte en zeespiegelstijging', '3'],
      ['Energietransitie', 'ruimte voor wind, zon en netten', '4'],
      ['Verstedelijking', 'woningbouw in en rond de metropool', '4'],
      ['Bereikbaarheid', 'knooppunten en openbaar vervoer', '4'],
      ['Gezonde leefomgeving', 'lucht, geluid en bewegen', '3'],
      ['Economische transitie', 'circulaire en digitale economie', '4'],
      ['Natuur en biodiversiteit', 'natuurnetwerk en natuurinclusief bouwen', '3'],
    ],
    'tbl',
    ['28%', '54%', '18%'],
  )

  d.kop(1, '3', 'Randvoorwaarden en ontwikkelprincipes')
  d.kop(2, '3.1', 'Klimaatverandering')
  d.p('Voor klimaatverandering formuleren we randvoorwaarden. Nieuwe ontwikkelingen moeten bestand zijn tegen:')
  d.list(
    [
      { text: 'wateroverlast bij extreme neerslag, in het bijzonder', sub: ['in diepe polders met bodemdaling;', 'in dichtbebouwde stadsdelen.'] },
      'langdurige droogte en verzilting van het grondwater;',
      { text: 'hittestress, waarbij we letten op', sub: ['schaduw en groen in de openbare ruimte;', 'koele routes voor kwetsbare groepen;', 'de inrichting van schoolpleinen.'] },
      'een stijgende zeespiegel langs de kust.',
    ],
    abc,
  )
  d.kop(2, '3.2', 'Natuurinclusief en landschap')
  d.p('We ontwikkelen zoveel mogelijk natuurinclusief en met behoud van de karakteristieke landschappen: de droogmakerijen, de duinen en strandwallen, het veenweidegebied en de Stelling van Amsterdam.')
  d.kop(2, '3.3', 'Ondergrond')
  d.p('Bij ruimtelijke keuzes houden we rekening met de ondergrond: met bodemdaling in het veen, met drinkwaterwinning in de duinen en met de ruimte die kabels, leidingen en warmteopslag vragen.')
  d.kop(2, '3.4', 'Clusteren rond infrastructuur')
  d.p('Ruimtelijk-economische ontwikkelingen clusteren we rond bestaande infrastructuur en knooppunten van openbaar vervoer, zodat het landelijk gebied open blijft.')

  d.kop(1, '4', 'Vijf bewegingen')
  d.p('De ontwikkeling van de leefomgeving beschrijven we in vijf bewegingen, elk met eigen ontwikkelprincipes:')
  d.list(
    [
      'Dynamisch schiereiland. De unieke ligging van Noord-Holland, te midden van water, is leidend.',
      'Metropool in ontwikkeling. De Metropoolregio Amsterdam functioneert steeds meer als één stad.',
      'Sterke kernen, sterke regio\'s. Centrumgemeenten houden de regio om hen heen vitaal.',
      'Nieuwe energie. We benutten de economische kansen van de energietransitie.',
      'Natuurlijk en vitaal landelijke omgeving. Natuurwaarden en een duurzame landbouw gaan samen.',
    ],
    num,
  )
  d.kop(2, '4.1', 'Dynamisch schiereiland')
  d.p('Noord-Holland is omringd door Noordzee, Waddenzee en IJsselmeer. Waterveiligheid, kustontwikkeling en zoetwatervoorziening bepalen waar en hoe we bouwen.')
  d.kop(2, '4.2', 'Metropool in ontwikkeling')
  d.p('De groei van de metropool vangen we op in de bestaande stad en bij knooppunten. Groene scheggen houden de stad leefbaar en bereikbaar voor recreatie.')
  d.kop(2, '4.3', 'Sterke kernen, sterke regio\'s')
  d.p('Buiten de metropool gaat het om vitale centrumgemeenten met voorzieningen voor de hele regio. Wonen en werken concentreren we in die kernen.')
  d.kop(2, '4.4', 'Nieuwe energie')
  d.p('We willen dat de energietransitie ook economische kansen oplevert, in havens, op bedrijventerreinen en op zee. De volgorde voor zonne-energie is duidelijk:')
  d.list(
    [
      'Eerst zon op daken en gevels van gebouwen.',
      'Dan zon op restgronden langs infrastructuur en op bedrijventerreinen.',
      'Pas daarna zon in het landelijk gebied, alleen als meervoudig ruimtegebruik.',
    ],
    num,
  )
  d.table(
    ['Bron', 'Ambitie 2030', 'Ambitie 2050'],
    [
      ['Wind op land (MW)', '685', '1.000'],
      ['Zon op daken (MWp)', '2.100', '6.000'],
      ['Aardwarmte (PJ)', '1', '8'],
    ],
    'tbl',
    ['46%', '27%', '27%'],
  )
  d.kop(2, '4.5', 'Natuurlijk en vitaal landelijke omgeving')
  d.p('In het landelijk gebied staan het ontwikkelen van natuurwaarden en een economisch duurzame agrarische sector centraal. Kringlooplandbouw en natuur versterken elkaar.')

  d.kop(1, '5', 'Sturing en uitvoering')
  d.kop(2, '5.1', 'Sturingsfilosofie')
  d.p('Wij sturen op hoofdlijnen en laten ruimte aan gemeenten, waterschappen en initiatiefnemers. Waar een provinciaal belang in het geding is, leggen we regels vast in de omgevingsverordening.')
  d.kop(2, '5.2', 'Monitoring en evaluatie')
  d.p('Met een jaarlijkse monitor volgen we de kwaliteit van de leefomgeving. Eens per vier jaar evalueren we de visie en passen we haar zo nodig aan.')

  d.page('bijl')
  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijl"><span class="n">Bijlage 1.</span>&#8194;Geometrische informatieobjecten</h1><p>Bij deze omgevingsvisie horen de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['42%', '58%'], true)
  d.bijlage('2', 'Afkortingen', '<h1 class="bijl"><span class="n">Bijlage 2.</span>&#8194;Afkortingen</h1>')
  d.table(
    ['Afkorting', 'Betekenis'],
    [
      ['MRA', 'Metropoolregio Amsterdam'],
      ['NNN', 'Natuurnetwerk Nederland'],
      ['PJ', 'petajoule'],
      ['RES', 'regionale energiestrategie'],
    ],
    'tbl',
    ['30%', '70%'],
  )

  const hdr = "font: 8pt 'Liberation Sans'; color: #00549f;"
  const spec: DocSpec = {
    id: 'h02',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie NH2050 van de provincie Noord-Holland (hoofdambitie balans tussen groei en leefbaarheid, vijf bewegingen, verkenningen en koers), ingekort; eigen opmaak: Liberation Sans 10 pt, hoofdstuk 0, koppen met afsluitende punt ("2.1. Titel"), genummerde lijstitems die op koppen lijken en steeds opnieuw bij 1 beginnen, a)-lijsten met i.-items, kopregel afwisselend links/rechts, voettekst "Omgevingsvisie NH2050 | n" aan de buitenkant, beslispunten I.–III., lange GIO-identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'pv27',
    naam: 'Provincie Noord-Holland',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Noord-Holland van 16 maart 2026 tot vaststelling van de Omgevingsvisie NH2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-05-01',
    },
    visieOpschrift: 'Omgevingsvisie NH2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-nh2050', regeling: 'omgevingsvisie-nh2050', doel: 'omgevingsvisie-nh2050' },
      datums: { vaststelling: '2026-03-16', ondertekening: '2026-03-16', bekendmaking: '2026-03-24', inwerkingtreding: '2026-05-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV27',
      oin: '00000001000000270000',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [120000, 500000] },
    meubilair: ['^Omgevingsvisie NH2050 \\| \\d+$', '^\\d+ \\| Omgevingsvisie NH2050$', '^Provincie Noord-Holland · vastgestelde versie$'],
    title: 'Omgevingsvisie NH2050',
    css: `
@page { size: A4; margin: 24mm 22mm 24mm 22mm; }
@page std:right { @top-right { content: "Provincie Noord-Holland · vastgestelde versie"; ${hdr} }
  @bottom-right { content: "Omgevingsvisie NH2050 | " counter(page); ${hdr} } }
@page std:left { @top-left { content: "Provincie Noord-Holland · vastgestelde versie"; ${hdr} }
  @bottom-left { content: counter(page) " | Omgevingsvisie NH2050"; ${hdr} } }
@page bijl:right { @bottom-right { content: "Omgevingsvisie NH2050 | " counter(page); ${hdr} } }
@page bijl:left { @bottom-left { content: counter(page) " | Omgevingsvisie NH2050"; ${hdr} } }
body { font: 10pt/1.5 'Liberation Sans', sans-serif; }
p { margin: 0 0 2.5mm; }
.org { font: bold 12pt 'Liberation Sans'; color: #00549f; }
.vn { font-size: 9pt; color: #555; }
.ttl { font-weight: bold; margin: 5mm 0; }
.bs { margin-top: 5mm; font-weight: bold; }
table.bp td { vertical-align: top; padding: 0 3mm 2mm 0; }
.aldus { margin-top: 8mm; }
.nm { margin-top: 15mm; }
.titel { padding-top: 70mm; break-after: page; color: #00549f; }
.titel .t0 { font: 20pt 'Liberation Sans'; margin: 0; }
.titel .t1 { font: bold 44pt 'Liberation Sans'; margin: 0 0 5mm; }
.titel .t2 { font: 14pt 'Liberation Sans'; }
.titel .t3 { font: 10pt 'Liberation Sans'; color: #333; margin-top: 20mm; }
h1 { font: bold 17pt 'Liberation Sans'; color: #00549f; break-before: page; margin: 0 0 5mm; }
h2 { font: bold 12pt 'Liberation Sans'; color: #00549f; margin: 5mm 0 2mm; break-after: avoid; }
.n { display: inline-block; min-width: 13mm; }
.lst { margin: 0 0 3mm 2mm; }
.lst .m { min-width: 2em; }
table.tbl { width: 100%; font-size: 9pt; margin: 1mm 0 4mm; }
table.tbl th { background: #00549f; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.5pt solid #9ab; padding: 1.2mm; vertical-align: top; }
h1.bijl { font-size: 15pt; }
table.gio { width: 118mm; }
table.gio .gid { font: 8.5pt 'Liberation Mono'; }
`,
  }
  return { spec, doc: d }
}
