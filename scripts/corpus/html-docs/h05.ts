/**
 * h05 — gemeente Opsterland (holdout): chapters from 0 with the bare chapter number on its own line above the
 * title, sections with trailing dots ("1.1. Titel"), themes with unnumbered tussenkoppen followed by numbered items
 * ("1. Wij …") that restart in every list, a)-lists with nested i.-items, •-lists, a body table, running headers
 * alternating left/right, footer "Omgevingsvisie Opsterland | n" on the outer side, the visie marked "Bijlage 1 bij
 * het raadsbesluit", a besluit with "Overwegende dat", "besluit:", Artikel I/II, "Aldus vastgesteld …".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex } from './h-util.js'

const gio = gioHex('gm0086', '2025', '2025-12-08', '1', 'h05')
const GIOS: Gio[] = [
  gio('Nationaal Landschap Zuidelijke Friese Wouden', [0, 0], 5),
  gio('Dorpskern Gorredijk', [3, -3], 0.6),
  gio('Landgoederenzone Beetsterzwaag-Olterterp', [-2, 3], 1.2),
  gio('Beekdal Koningsdiep', [1, 2], 2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hk"><p class="hn">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h2>${k.nummer}.&#8194;${k.opschrift}</h2>`
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const abc: Marker[] = [{ counter: 'a', suffix: ')' }, { counter: 'i', suffix: '.' }]
const bul: Marker[] = [{ glyph: '•' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gm">gemeente Opsterland</p>
<p class="ttl">Raadsbesluit vaststelling Omgevingsvisie Opsterland 2050</p>
<p>De raad van de gemeente Opsterland;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 4 november 2025, nummer 25.008821;</p>
<p>Overwegende dat de gemeente op grond van de Omgevingswet één integrale omgevingsvisie vaststelt en dat de Omgevingsvisie 2015–2030 daarvoor wordt geactualiseerd;</p>
<p>Overwegende dat inwoners, ondernemers en instellingen in de Week van de Omgevingsvisie en in inspiratiesessies hebben meegedacht;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Opsterland 2050 vast te stellen, zoals opgenomen in bijlage 1 bij dit besluit.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie 2015–2030 in te trekken met ingang van de dag waarop dit besluit in werking treedt.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Opsterland, gehouden op 8 december 2025.</p>
<p>De raad voornoemd,</p>
<p>de voorzitter,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;de griffier,</p>
<p class="nm">G.J. Stuiver&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;mr. A. de Jong</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 8 december 2025</p>
<p class="t1">Omgevingsvisie Opsterland 2050</p>
<p class="t2">Wonen, werken en ontspannen in het groene landschap dat we koesteren</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, '0', 'Samenvatting')
  d.ps(
    'Hoe ziet Opsterland er over dertig jaar uit? Hoe blijft Opsterland een prettige gemeente om te wonen, goed bereikbaar en economisch welvarend? En hoe kunnen mensen hier gezond en veilig recreëren? Daarover gaat deze omgevingsvisie.',
    'We gebruiken de visie als kader om keuzes te maken over initiatieven, bijvoorbeeld voor woonwijken, winkels, bedrijven, nieuwe wegen of groengebieden. Vier leidende thema’s helpen ons om bij iedere ontwikkeling een plus te realiseren.',
  )

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Wat is een omgevingsvisie')
  d.p('De omgevingsvisie is een integrale visie voor de lange termijn op de fysieke leefomgeving van de gemeente. Zij komt in de plaats van structuurvisies, verkeers- en vervoersplannen, delen van de natuurvisie en milieubeleidsplannen.')
  d.kop(2, '1.2', 'Opsterland in het kort')
  d.p('Opsterland ligt in het zuidoosten van Fryslân en telt zestien dorpen. De dorpen verschillen sterk in grootte, zoals de tabel laat zien.')
  d.table(
    ['Dorp', 'Inwoners (afgerond)', 'Karakter'],
    [
      ['Gorredijk', '7.800', 'centrumdorp met winkels en de Turfroute'],
      ['Ureterp', '4.500', 'wonen aan de rand van het woudenlandschap'],
      ['Beetsterzwaag', '3.600', 'landgoederen en zorginstellingen'],
      ['Bakkeveen', '1.300', 'recreatie en bos'],
      ['Olterterp', '75', 'kleinste kern, tussen de landgoederen'],
    ],
    'tbl',
    ['24%', '24%', '52%'],
  )
  d.kop(2, '1.3', 'Hoe deze visie tot stand kwam')
  d.p('Opsterland had al in 2015 een omgevingsvisie. Voor de actualisatie zijn inwoners, ondernemers en instellingen geïnformeerd en betrokken via informatiebijeenkomsten en inspiratiesessies. De reacties zijn verwerkt in deze tekst. De kern van de visie is in één matrix samengebracht.')

  d.kop(1, '2', 'Onze ambities')
  d.kop(2, '2.1', 'Ambitie voor 2050')
  d.p('Opsterland is een aantrekkelijke gemeente. Dat willen we voor volgende generaties zo houden. Onze ambities voor 2050:')
  d.list(
    [
      'Wij willen dat inwoners in hun eigen dorp kunnen blijven wonen, in elke levensfase.',
      'Wij willen het groene woudenlandschap behouden en versterken.',
      'Wij willen een goed bereikbare gemeente met voorzieningen in de grotere dorpen.',
      'Wij willen in 2040 energieneutraal zijn.',
    ],
    num,
  )
  d.kop(2, '2.2', 'De matrix in één oogopslag')
  d.p('In de matrix staan de ambities tegenover de vier thema’s. Bij een initiatief stellen we drie vragen:')
  d.list(
    [
      'Draagt het initiatief bij aan de identiteit van het dorp en het landschap?',
      'Maakt het de leefomgeving gezonder en veiliger?',
      'Gebruikt het de ruimte zuinig en voor meer dan één doel?',
    ],
    num,
  )

  d.kop(1, '3', 'Vier leidende thema’s')
  d.p('Van alle vier de thema’s geven we een beschrijving en de praktische toepassing.')
  d.kop(2, '3.1', 'We zijn trots op onze identiteit en ons erfgoed')
  d.tk('Wat houdt dit thema in?')
  d.ps(
    'Identiteit en erfgoed gaan over wat Opsterland eigen maakt: over wat mensen met het landschap verbindt en waardoor zij zich Opsterlander voelen. Ons erfgoed bestaat niet alleen uit verkaveling, landgoederen, infrastructuur en archeologische waarden, maar ook uit tradities en cultuur. De mens heeft het landschap gevormd, en het landschap de mens.',
    'Het landschap vormt een richtinggevende meetlat, een kompas, waarlangs wij ons werk willen vormgeven.',
  )
  d.tk('Hoe passen we dit thema toe?')
  d.list(
    [
      'We gebruiken de archeologische monumentenkaart van de provincie bij iedere ruimtelijke afweging.',
      'We beschermen de houtwallen en elzensingels van het coulisselandschap.',
      { text: 'We vragen bij nieuwbouw in de linten om', sub: ['aansluiting bij de bestaande rooilijn;', 'erfbeplanting met inheemse soorten.'] },
    ],
    [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }],
  )
  d.kop(2, '3.2', 'We werken aan een gezonde en veilige leefomgeving')
  d.tk('Wat houdt dit thema in?')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. Rust en donkerte zijn in Opsterland kwaliteiten die we willen bewaren.')
  d.tk('Hoe passen we dit thema toe?')
  d.list(
    [
      'We leggen wandel- en fietsroutes aan tussen de dorpen en de landgoederen.',
      'We houden afstand tussen veehouderijen en woningen.',
    ],
    num,
  )
  d.kop(2, '3.3', 'We houden onze dorpen vitaal')
  d.tk('Wat houdt dit thema in?')
  d.p('De dorpen krijgen te maken met vergrijzing. Voorzieningen concentreren we in Gorredijk, Ureterp en Beetsterzwaag; de kleinere dorpen houden een ontmoetingsplek.')
  d.tk('Hoe passen we dit thema toe?')
  d.list(
    [
      { text: 'we bouwen woningen voor', sub: ['ouderen die kleiner willen wonen;', 'starters uit het eigen dorp;', 'mantelzorgers.'] },
      'vrijkomende boerderijen krijgen een nieuwe functie;',
      'we vullen open plekken in de dorpen op en pakken rotte kiezen aan.',
    ],
    abc,
  )
  d.kop(2, '3.4', 'We bevorderen duurzaam ruimtegebruik')
  d.tk('Wat houdt dit thema in?')
  d.p('We streven naar een duurzame leefomgeving die voor verschillende doelen tegelijk kan worden gebruikt. Dit noemen we meervoudig ruimtegebruik. Het begint bij de keuze voor een locatie, de inrichting ervan en de onderbouwing waarom het op die plek past.')
  d.tk('Hoe passen we dit thema toe?')
  d.list(
    [
      'meer en diverser groen: meer beplanting, plantsoenen en bomen;',
      'zonnepanelen eerst op daken, dan op restgronden;',
      'waterberging combineren met natuur en recreatie.',
    ],
    bul,
  )

  d.kop(1, '4', 'Uitvoering')
  d.kop(2, '4.1', 'Van visie naar plan')
  d.p('De visie werkt door in het omgevingsplan en in programma’s. Initiatiefnemers gaan vroeg in gesprek met de gemeente en met de buren.')
  d.kop(2, '4.2', 'Monitoring')
  d.p('We volgen de ontwikkeling van de dorpen en het landschap met een jaarlijkse monitor en passen de visie zo nodig aan.')

  d.page('bijl')
  d.bijlage('A', 'Informatieobjecten', '<h1 class="bijl">Bijlage A&#8194;Informatieobjecten</h1><p>Bij deze omgevingsvisie horen de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['40%', '60%'])

  const hf = "font: 8pt 'DejaVu Sans'; color: #7a4b00;"
  const spec: DocSpec = {
    id: 'h05',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Opsterland (vier leidende thema’s met beschrijving en toepassing, zestien dorpen, duurzaam ruimtegebruik), ingekort; eigen opmaak: DejaVu Sans 9,5 pt, hoofdstuk 0, hoofdstuknummer los boven de titel, paragrafen met afsluitende punt ("1.1. Titel"), genummerde lijstitems die steeds opnieuw bij 1 beginnen, a)-lijsten met i.-items, kopregel afwisselend links/rechts, voettekst "Omgevingsvisie Opsterland | n", "Bijlage 1 bij het raadsbesluit", Artikel I/II (holdout)',
    bevoegdGezag: 'gm0086',
    naam: 'Gemeente Opsterland',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Omgevingsvisie Opsterland 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Opsterland 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2025', besluit: 'omgevingsvisie-2050', regeling: 'omgevingsvisie-2050', doel: 'omgevingsvisie-2050' },
      datums: { vaststelling: '2025-12-08', ondertekening: '2025-12-08', bekendmaking: '2025-12-17' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0086',
      oin: '00000001000000000860',
      achtergrondActualiteit: '2025-10-01',
    },
    geo: { origin: [202000, 560000] },
    meubilair: ['^Omgevingsvisie Opsterland \\| \\d+$', '^\\d+ \\| Omgevingsvisie Opsterland$', '^Gemeente Opsterland · december 2025$'],
    title: 'Omgevingsvisie Opsterland 2050',
    css: `
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
@page std:right { @top-right { content: "Gemeente Opsterland · december 2025"; ${hf} } @bottom-right { content: "Omgevingsvisie Opsterland | " counter(page); ${hf} } }
@page std:left { @top-left { content: "Gemeente Opsterland · december 2025"; ${hf} } @bottom-left { content: counter(page) " | Omgevingsvisie Opsterland"; ${hf} } }
@page bijl:right { @bottom-right { content: "Omgevingsvisie Opsterland | " counter(page); ${hf} } }
@page bijl:left { @bottom-left { content: counter(page) " | Omgevingsvisie Opsterland"; ${hf} } }
body { font: 9.5pt/1.5 'DejaVu Sans', sans-serif; }
p { margin: 0 0 2.4mm; }
.gm { font: bold 12pt 'DejaVu Serif'; color: #7a4b00; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 5mm 0; }
.bs { margin-top: 5mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.nm { margin-top: 14mm; }
.titel { padding-top: 60mm; break-after: page; }
.titel .bij { font-size: 8.5pt; }
.titel .t1 { font: bold 26pt 'DejaVu Serif'; color: #7a4b00; margin: 6mm 0; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
.hk { break-before: page; margin-bottom: 5mm; }
.hk .hn { font: bold 48pt/1 'DejaVu Serif'; color: #d9a441; margin: 0; }
.hk h1 { font: bold 19pt 'DejaVu Serif'; color: #7a4b00; margin: 0; }
h2 { font: bold 11.5pt 'DejaVu Sans'; color: #7a4b00; margin: 5mm 0 2mm; break-after: avoid; }
.tk { font-weight: bold; font-style: italic; margin: 3mm 0 1mm; }
.lst { margin: 0 0 3mm 2mm; }
.lst .m { min-width: 1.8em; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 1mm 0 4mm; }
table.tbl th { text-align: left; background: #f3e3c3; padding: 1.2mm; }
table.tbl td { padding: 1.2mm; border-bottom: 0.4pt solid #d9a441; vertical-align: top; }
h1.bijl { font: bold 15pt 'DejaVu Serif'; color: #7a4b00; }
`,
  }
  return { spec, doc: d }
}
