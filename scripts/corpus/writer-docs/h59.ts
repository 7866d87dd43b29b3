/**
 * h59 — gemeente Tilburg (gm0855), holdout (session 9): a large city. Content after the public pages of the gemeente
 * Tilburg about the Omgevingsvisie Tilburg 2040 (the Brabant-, regio- and stadsstrategie, growth towards 2040, the Spoorzone and the Piushaven, the ring of wijken and the
 * Reeshof, Berkel-Enschot and Udenhout, the Oude Warande and Moerenburg, logistics at Vossenberg and Wijkevoort, the
 * Wilhelminakanaal, the university and the textile past), shortened and in our own words. Layout: a long document
 * (28 numbered headings) in DejaVu Sans 9.5 pt, no table of contents, chapter headings "Hoofdstuk 1" with the title in
 * capitals by style (the number word in the Word level text "Hoofdstuk %1"), sections "1.1." and "1.1.1." (numbers
 * only as Word numbering), chapter bodies in two-column sections below the full-width chapter heading, ►-lists with
 * –-items, a ✓-list, two footnotes, a table, a footer with the page number centred between the gemeente and the
 * title, a raadsbesluit with "gezien", "gelet op", "BESLUIT:" and beslispunten 1./2. (inwerkingtreding "op de dag na
 * bekendmaking"), signatures in two columns, no "Bijlage" line before the visie and a GIO table Naam | Identificatie
 * | Toelichting of eleven objects.
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0855'
const gio = (naam: string, toelichting: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-07-08', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h59',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de gemeente Tilburg over de Omgevingsvisie Tilburg 2040 (Brabant-, regio- en stadsstrategie, groei tot 2040, de Spoorzone en de Piushaven, de wijkenring en de Reeshof, Berkel-Enschot en Udenhout, de Oude Warande en Moerenburg, logistiek op Vossenberg en Wijkevoort, het Wilhelminakanaal, de universiteit en het textielverleden), ingekort en in eigen woorden; eigen opmaak: lang document (28 genummerde koppen) in DejaVu Sans 9,5 pt zonder inhoudsopgave, hoofdstukkoppen "Hoofdstuk 1" met de titel in kapitalen door de stijl (het woord in de Word-niveautekst "Hoofdstuk %1"), paragrafen "1.1." en "1.1.1." (nummers alleen als Word-nummering), hoofdstukteksten in tweekoloms secties onder de hoofdstukkop over de volle breedte, ►-lijsten met –-items, ✓-lijst, twee voetnoten, tabel, voettekst met paginanummer in het midden tussen gemeente en titel, raadsbesluit met "gezien", "gelet op", "BESLUIT:" en beslispunten 1./2. met inwerkingtreding op de dag na bekendmaking, handtekeningen in twee kolommen, geen bijlageregel voor de visie, GIO-tabel Naam | Identificatie | Toelichting van elf objecten (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Tilburg',
  title: 'Omgevingsvisie Tilburg 2040',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingFont: 'DejaVu Serif',
    headingSizes: [17, 12, 10.5, 10],
    headingColor: '#6B2C91',
    headingUpper1: true,
    lineHeight: 115,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.0, bottom: 2.0, left: 2.0, right: 2.0 },
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'DejaVu Sans' }, { char: '–' }] },
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        footer: ['Gemeente Tilburg\t{page}\tOmgevingsvisie Tilburg 2040'],
      },
    },
    tableBorder: '0.5pt solid #6B2C91',
    tableHeaderBg: '#EADCF2',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#6B2C91' },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Tilburg tot vaststelling van de Omgevingsvisie Tilburg 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit · gemeente Tilburg · raadsvoorstel 2027-118' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Tilburg tot vaststelling van de Omgevingsvisie Tilburg 2040' },
      { t: 'p', text: 'De raad van de gemeente Tilburg,' },
      { t: 'p', text: 'gezien het voorstel van burgemeester en wethouders van 23 mei 2027, nummer 2027-118;' },
      { t: 'p', text: 'gezien het advies van de commissie Ruimte van 20 juni 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 108 van de Gemeentewet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', text: '1. de Omgevingsvisie Tilburg 2040, met de werkingsgebieden die in de visie zijn genoemd, vast te stellen;' },
      { t: 'p', text: '2. te bepalen dat dit besluit in werking treedt op de dag na bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 8 juli 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. B.J.M. van Eck'], right: ['De voorzitter,', '', '', 'drs. Th.L.N. Weterings'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Tilburg 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Tilburg 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen stad maken in een groene omgeving' },
      { t: 'p', text: 'Vastgesteld door de gemeenteraad op 8 juli 2027' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Aanleiding' },
          { t: 'p', text: 'Tilburg is met ruim 225.000 inwoners een van de grootste steden van Nederland. De stad groeit en wil dat doen zonder haar groene randen en haar eigenheid te verliezen.' },
          { t: 'h', l: 2, text: 'Wat is een omgevingsvisie' },
          { t: 'p', text: 'De omgevingsvisie beschrijft de samenhangende hoofdlijnen van het beleid voor de fysieke leefomgeving, zoals hoofdstuk 3 van de Omgevingswet vraagt. Zij bindt alleen de gemeente zelf.' },
          { t: 'h', l: 2, text: 'Opbouw' },
          { t: 'p', text: 'Na deze inleiding volgen de ambities, de keuzes per thema, de gebieden en de uitvoering.' },
        ],
      },
      { t: 'h', l: 1, text: 'Ambities voor 2040' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'In 2040 is Tilburg een vitale en duurzame stad waar het goed wonen, werken en leren is. De visie volgt drie sporen:' },
          {
            t: 'ul',
            list: 'Pijl',
            items: [
              'de Brabantstrategie: samen met Eindhoven, \'s-Hertogenbosch, Breda en Helmond de economie en de bereikbaarheid van Brabant versterken;',
              { text: 'de regiostrategie: een spil zijn in de regio Hart van Brabant, voor:', sub: ['werk, zorg en onderwijs;', 'winkels, cultuur en recreatie.'] },
              'de stadsstrategie: een leefbare stad met vitale dorpen, wijken en buitengebied.',
            ],
          },
          { t: 'h', l: 2, text: 'Tilburgse waarden' },
          { t: 'p', text: 'Tilburg is een stad van doeners. De textielindustrie verdween, maar de ondernemingszin bleef. Die geest willen wij vasthouden.' },
        ],
      },
      { t: 'h', l: 1, text: 'Wonen' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Woningbouwopgave' },
          { t: 'p', text: 'Tot 2040 bouwt Tilburg vele duizenden woningen, voor alle leefstijlen. Het merendeel komt binnen de bestaande stad.[^Ontleend aan de woondeal Hart van Brabant; de aantallen worden elke twee jaar herzien.]' },
          { t: 'h', l: 3, text: 'Binnenstedelijk bouwen' },
          { t: 'p', text: 'Rond de Spoorzone, de Piushaven en langs de invalswegen komen woningen in hogere dichtheden.' },
          { t: 'h', l: 3, text: 'Uitleg' },
          { t: 'p', text: 'Uitbreiding aan de rand gebeurt alleen waar dat landschappelijk past, zoals bij Berkel-Enschot.' },
          { t: 'h', l: 2, text: 'Betaalbaarheid' },
          { t: 'p', text: 'Ten minste een derde van de nieuwe woningen is sociale huur. Voor jongeren en ouderen komen passende woonvormen.' },
        ],
      },
      { t: 'h', l: 1, text: 'Werken en leren' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Logistiek en industrie' },
          { t: 'p', text: 'Tilburg is een logistieke knoop aan het Wilhelminakanaal en de A58. Nieuwe grote distributiecentra komen alleen op Vossenberg en Wijkevoort.' },
          { t: 'h', l: 2, text: 'Kennis en onderwijs' },
          { t: 'p', text: 'De universiteit, Fontys, Avans en de mbo-scholen maken Tilburg tot een studentenstad. Wij geven ruimte aan kennis in de Spoorzone.' },
          { t: 'h', l: 2, text: 'Binnenstad' },
          { t: 'p', text: 'De binnenstad wordt kleiner als winkelgebied en groter als plek om te wonen, te ontmoeten en te verblijven.' },
        ],
      },
      { t: 'h', l: 1, text: 'Groen, water en klimaat' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Groene mallen' },
          { t: 'p', text: 'De Oude Warande, Moerenburg, de Kaaistoep en de Huis ter Heide-bossen dringen als groene mallen de stad in. Ze blijven onbebouwd.' },
          { t: 'h', l: 2, text: 'Klimaatadaptatie' },
          { t: 'h', l: 3, text: 'Hitte' },
          { t: 'p', text: 'In versteende wijken planten wij bomen en halen wij tegels weg.' },
          { t: 'h', l: 3, text: 'Wateroverlast' },
          { t: 'p', text: 'Regenwater wordt vastgehouden in wadi\'s, parken en op daken, samen met waterschap De Dommel.[^Het waterschap is betrokken bij elk project vanaf 1 hectare nieuw verhard oppervlak.]' },
          { t: 'h', l: 2, text: 'Energie' },
          { t: 'p', text: 'Tilburg wil in 2045 energieneutraal zijn. Zon op daken en warmtenetten zijn de belangrijkste bronnen.' },
        ],
      },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'p', text: 'De tabel geeft per gebied de belangrijkste opgave.' },
      {
        t: 'table',
        cols: [5.0, 6.0, 6.0],
        header: ['Gebied', 'Karakter', 'Opgave tot 2040'],
        rows: [
          ['Spoorzone', 'voormalig NS-terrein', 'wonen, kennis, cultuur'],
          ['Piushaven', 'haven in de stad', 'wonen aan het water'],
          ['Reeshof', 'groeikern jaren 80', 'voorzieningen,\nvernieuwing'],
          ['Berkel-Enschot en Udenhout', 'dorpen', 'eigen karakter behouden'],
        ],
      },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'De binnenring' },
          { t: 'p', text: 'Binnen de ring verdichten wij met behoud van het beschermd stadsgezicht en de textielmonumenten.' },
          { t: 'h', l: 2, text: 'De wijken' },
          { t: 'p', text: 'In Noord, Groenewoud en de Reeshof investeren wij in leefbaarheid, groen en voorzieningen.' },
          { t: 'h', l: 2, text: 'De dorpen' },
          { t: 'p', text: 'Berkel-Enschot en Udenhout houden hun dorpse sfeer. Zij krijgen woningen voor de eigen inwoners.' },
        ],
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'De visie werkt door via:' },
          { t: 'ul', list: 'Vink', items: ['het omgevingsplan;', 'programma\'s zoals het klimaatprogramma;', 'gebiedsvisies voor de Spoorzone en de Piushaven.'] },
          { t: 'h', l: 2, text: 'Monitoring' },
          { t: 'p', text: 'Het college rapporteert elke twee jaar aan de raad hoe de visie uitwerkt.' },
        ],
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden van de omgevingsvisie', sep: '. ' },
      { t: 'p', text: 'De volgende werkingsgebieden zijn als geometrische informatieobjecten vastgelegd:' },
      { t: 'gio', layout: 'table', cols: [5.0, 7.6, 4.4], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Tilburg', 'het hele grondgebied', [0, 0], 9),
    gio('Spoorzone', 'wonen, kennis, cultuur', [0, 0.5], 0.8),
    gio('Piushaven en omgeving', 'wonen aan het water', [1.2, -0.4], 0.6),
    gio('Binnenring (beschermd stadsgezicht)', 'verdichten met behoud', [0, 0], 1.2),
    gio('Reeshof', 'wijkvernieuwing', [-4, 0.5], 2),
    gio('Berkel-Enschot, uitbreiding Koningsoord', 'uitleg', [5, 1], 1),
    gio('Udenhout', 'dorp, eigen karakter', [5, 5], 1),
    gio('Vossenberg en Wijkevoort', 'logistiek', [-6, 3], 1.5),
    gio('Groene mallen: Oude Warande, Moerenburg, Kaaistoep', 'onbebouwd houden', [2, -3], 3),
    gio('Zoekgebied warmtenet Noord', 'energie', [0, 2.5], 1.5),
    gio('Hittekaart versteende wijken', 'vergroenen', [0, 0], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-tilburg-2040', regeling: 'omgevingsvisie-tilburg-2040', doel: 'omgevingsvisie-tilburg-2040' },
    datums: { vaststelling: '2027-07-08', ondertekening: '2027-07-08', bekendmaking: '2027-07-14', inwerkingtreding: '2027-07-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0855',
  },
  geo: { origin: [133000, 397000] },
  meubilair: ['^Gemeente Tilburg \\d+ Omgevingsvisie Tilburg 2040$'],
}
export default doc
