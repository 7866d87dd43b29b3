/**
 * h180 — gemeente De Bilt (gm0310), holdout (session 13). Content after the raadsbesluit and visie published in the
 * Gemeenteblad (gmb-2024-507997, "Omgevingsvisie gemeente De Bilt": "Gelet op artikel 1.3 lid 4 van de Awb in samenhang
 * gelezen met artikel 3.1 en artikel 3.2 van de Omgevingswet;", "Op grond van bovenstaande besluit de Raad:", Artikel
 * I–III, the visie as "Bijlage A artikel I" with CHAPTERS IN CAPITALS "1. PROCES" and sections with trailing dots
 * "1.1. De Omgevingswet en de omgevingsvisie", lists "a." … "c."; vastgesteld 5-11-2024) and the public pages on the
 * Omgevingsvisie De Bilt 2040 (three kernwaarden "We kunnen allemaal meedoen", "We wonen hier fijn", "We kunnen hier
 * prettig werken en winkelen"; a koers per kern and for four landscapes; Vergezichten and the Kern van de Visie),
 * here as a revised visie of 2028, partly in our own words. Layout: 17 × 24 cm, Liberation Serif 10 pt; chapters
 * "1." in capitals, sections "1.1.", a third level "4.2.1."; no table of contents; header "De Bilt 2040 ·
 * Omgevingsvisie" right, footer page number centred; lists "a." and "•"; a table; the VISIE'S OWN APPENDICES "Bijlage 1
 * Begrippen" and "Bijlage 2 Kaarten" after the last chapter (the GIO table Nr | Naam | Identificatie in Bijlage 2).
 */
import type { Block, Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0310'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({ naam, identificatie: joinId(bg, '2028', werk, '2028-11-07', '1'), at, size })
const p = (text: string): Block => ({ t: 'p', text })
const h = (l: 1 | 2 | 3 | 4, text: string): Block => ({ t: 'h', l, text })

const body: Block[] = [
  h(1, 'PROCES'),
  h(2, 'De Omgevingswet en de omgevingsvisie'),
  p('Op 1 januari 2024 is de Omgevingswet in werking getreden. Deze wet bundelt de wetgeving en regels voor ruimte, wonen, infrastructuur, milieu, natuur en water. Met de Omgevingswet is het stelsel van ruimtelijke regels volledig herzien. Dit gebeurt langs de drie volgende sporen:'),
  { t: 'ol', list: 'Letter', items: ['Integrale afweging bij initiatieven waarbij meer ruimte is voor maatwerk.', 'Het toegankelijk maken van regels voor de fysieke leefomgeving van Rijk, provincie, waterschappen en gemeenten in het Digitaal Stelsel Omgevingswet (DSO).', 'Het anders (samen)werken van overheden.'] },
  p('De integrale afweging van initiatieven en het geven van vertrouwen zijn sleutelbegrippen. Het doel en de meerwaarde van een initiatief in de fysieke leefomgeving moet centraal staan in plaats van de vraag: ‘mag het wel?’'),
  h(2, 'Maanden van de Leefomgeving'),
  p('Tijdens de 1e Maand van de Leefomgeving vroegen wij inwoners welke kansen, knelpunten en wensen zij zien. Tijdens de 2e Maand gingen wij in gesprek over vier Vergezichten. Daaruit kwam een voorkeursrichting naar voren, verwerkt in de Kern van de Visie.'),
  h(2, 'Herziening 2028'),
  p('Vier jaar na de vaststelling is de visie geëvalueerd. Deze herziening verwerkt de uitkomsten daarvan, met name voor wonen en energie.'),
  h(1, 'DE BILT IN 2040'),
  h(2, 'Drie kernwaarden'),
  p('Drie kernwaarden staan in ons toekomstbeeld centraal:'),
  { t: 'ul', list: 'Bol', items: ['We kunnen allemaal meedoen', 'We wonen hier fijn', 'We kunnen hier prettig werken en winkelen'] },
  h(2, 'Dorpse eigenheid in een metropoolregio'),
  p('Wij behouden de dorpse eigenheid van onze kernen en groeien beperkt mee met de regio Utrecht.'),
  h(1, 'THEMA’S'),
  h(2, 'Wonen'),
  p('Tot 2040 bouwen wij ongeveer 2.600 woningen, vooral binnen de bestaande kernen en bij de stations.'),
  { t: 'table', cols: [5, 3.5, 4.5], header: ['Kern', 'Woningen tot 2040', 'Accent'], rows: [
    ['De Bilt en Bilthoven', '1.900', 'rond de stations'],
    ['Maartensdijk', '400', 'starters en senioren'],
    ['Groenekan, Westbroek, Hollandsche Rading', '300', 'naar behoefte van de kern'],
  ] },
  h(2, 'Economie en voorzieningen'),
  p('Wij concentreren winkels in de centra van Bilthoven, De Bilt (Looijdijk/Hessenweg) en Maartensdijk.'),
  h(2, 'Mobiliteit'),
  p('De fiets en het openbaar vervoer krijgen voorrang. Stations Bilthoven en Hollandsche Rading worden mobiliteitsknooppunten.'),
  h(2, 'Klimaat en energie'),
  h(3, 'Klimaatadaptatie'),
  p('Wij maken de kernen groener en houden regenwater vast in de wijk.'),
  h(3, 'Energietransitie'),
  p('Zon op daken gaat voor zon op land. Voor grootschalige opwek wijzen wij zoekgebieden aan.'),
  h(2, 'Gezondheid'),
  p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten.'),
  h(1, 'KOERS PER KERN'),
  h(2, 'De Bilt'),
  p('De Bilt ligt aan de Utrechtseweg en de Soestdijkseweg, met het KNMI als beeldbepalende buur.'),
  h(2, 'Bilthoven'),
  h(3, 'Stationsgebied Bilthoven'),
  p('Het stationsgebied wordt een levendig centrum met wonen boven winkels.'),
  h(3, 'Bilthoven-Noord'),
  p('Op het voormalige RIVM-terrein komt een groene woonwijk.'),
  h(2, 'Maartensdijk'),
  p('Maartensdijk houdt zijn dorpse centrum en krijgt woningen voor jongeren en ouderen.'),
  h(2, 'Groenekan, Westbroek en Hollandsche Rading'),
  p('De kleine kernen ontwikkelen zich naar hun eigen behoefte.'),
  h(1, 'LANDSCHAPPEN'),
  h(2, 'Landgoederenzone'),
  p('De Stichtse Lustwarande met haar landgoederen en buitenplaatsen blijft een groene parel.'),
  h(2, 'Hollandse Waterlinie'),
  p('De Nieuwe Hollandse Waterlinie, werelderfgoed sinds 2021, loopt met fort Ruigenhoek en fort Voordorp door de gemeente.'),
  h(2, 'Veenweidegebied'),
  p('Het open veenweidegebied rond Westbroek en Achttienhoven blijft open; de bodemdaling remmen wij af.'),
  h(2, 'Heuvelrugflank'),
  p('Bossen en heide op de flank van de Utrechtse Heuvelrug zijn natuur en recreatiegebied.'),
]

const doc: Doc = {
  id: 'h180',
  set: 'holdout',
  bron:
    'Bewerkt naar het raadsbesluit en de visie in het Gemeenteblad (gmb-2024-507997, "Omgevingsvisie gemeente De Bilt": "Gelet op artikel 1.3 lid 4 van de Awb in samenhang gelezen met artikel 3.1 en artikel 3.2 van de Omgevingswet;", "Op grond van bovenstaande besluit de Raad:", Artikel I–III, de visie als "Bijlage A artikel I" met HOOFDSTUKKEN IN HOOFDLETTERS "1. PROCES" en paragrafen met punt "1.1. De Omgevingswet en de omgevingsvisie", lijsten "a." … "c.") en de openbare pagina\'s over de Omgevingsvisie De Bilt 2040 (drie kernwaarden, koers per kern en vier landschappen, Vergezichten, Kern van de Visie), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: 17 × 24 cm in Liberation Serif 10 pt, hoofdstukken "1." in hoofdletters, paragrafen "1.1.", een derde niveau "4.2.1.", geen inhoudsopgave, kopregel "De Bilt 2040 · Omgevingsvisie" rechts, paginanummer gecentreerd, lijsten "a." en "•", een tabel, EIGEN BIJLAGEN VAN DE VISIE "Bijlage 1 Begrippen" en "Bijlage 2 Kaarten" na het laatste hoofdstuk (GIO-tabel Nr | Naam | Identificatie in Bijlage 2) (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente De Bilt',
  title: 'Omgevingsvisie gemeente De Bilt',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 11.5, 10, 10],
    headingColor: '#00577C',
    lineHeight: 120,
    spaceAfter: 0.2,
    justify: true,
    page: { width: 17, height: 24, top: 2.0, bottom: 2.0, left: 2.0, right: 2.0 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2, suffix: '.' },
      { format: '1', display: 3, suffix: '.' },
      { format: '1', display: 4, suffix: '.' },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['\t\tDe Bilt 2040 · Omgevingsvisie'], footer: ['\t{page}'] },
    },
    tableBorder: '0.5pt solid #00577C',
    tableHeaderBg: '#DCEBF2',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Omgevingsvisie gemeente De Bilt',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Omgevingsvisie gemeente De Bilt' },
      p('De raad van de gemeente De Bilt;'),
      p('Gelezen het voorstel van burgemeester en wethouders van 19 september 2028;'),
      p('Gelet op artikel 1.3 lid 4 van de Awb in samenhang gelezen met artikel 3.1 en artikel 3.2 van de Omgevingswet;'),
      p('Op grond van bovenstaande besluit de Raad:'),
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De "Omgevingsvisie gemeente De Bilt" zoals opgenomen in Bijlage A vast te stellen en wordt digitaal beschikbaar gesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('Dit besluit treedt in werking op de dag na publicatie.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Met dit besluit trekt de raad de Omgevingsvisie gemeente De Bilt van 5 november 2024 in.'),
      p('Aldus vastgesteld in de openbare vergadering van 7‑11‑2028.'),
      p('de raad voornoemd,'),
      { t: 'sign', left: ['de griffier,', '', 'drs. T.B.W.M. van der Torre'], right: ['de voorzitter,', '', 'M.A. Fränzel, MSc'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie gemeente De Bilt',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage A artikel I' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie gemeente De Bilt' },
      { t: 'p', style: 'subtitle', text: 'De Bilt 2040 – herziening 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body,
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Begrippen', sep: ' ' },
      p('Kernwaarde – een waarde die richting geeft aan alle keuzes in de visie.'),
      p('Vergezicht – een mogelijk toekomstbeeld dat in de participatie is besproken.'),
      p('Mobiliteitsknooppunt – een plek waar verschillende vervoerwijzen samenkomen.'),
    ],
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Kaarten', sep: ' ' },
      p('De kaarten van deze visie zijn vastgelegd als geografische informatieobjecten:'),
      { t: 'gio', layout: 'table', cols: [1.2, 4.2, 7.6], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente De Bilt', 'gemeente-de-bilt', [0, 0], 5),
    gio('Landgoederenzone', 'landgoederenzone', [-1, -2], 2),
    gio('Nieuwe Hollandse Waterlinie', 'nieuwe-hollandse-waterlinie', [-3, 1], 1.5),
    gio('Stationsgebied Bilthoven', 'stationsgebied-bilthoven', [1, 0], 0.4),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-de-bilt-2028', regeling: 'omgevingsvisie-de-bilt', doel: 'omgevingsvisie-de-bilt-herziening-2028' },
    datums: { vaststelling: '2028-11-07', ondertekening: '2028-11-07', bekendmaking: '2028-11-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0310',
  },
  geo: { origin: [140000, 459000] },
  meubilair: ['^De Bilt 2040 · Omgevingsvisie$'],
}
export default doc
