/**
 * h42 — Waterschap Drents Overijsselse Delta (ws0663), holdout (session 7, second batch). Content after the
 * waterschap's watervisie "Meer dan water" (klimaatverandering as the rode draad, veilig wonen met water, voldoende en
 * schoon water, the difference between wettelijke taken and other maatschappelijke doelen, doorwerking in the
 * omgevingsvisies of gemeenten and provinces, the Expeditie watervisie with partners) and its waterbeheerprogramma
 * pages, here as an omgevingsvisie of the algemeen bestuur, shortened and in our own words. Layout: a landscape
 * slide-like A4 (Liberation Sans, large headings in dark teal), Word outline numbering with roman chapters "I." and
 * sections "I.1", "I.1.1" (three levels, numbers only as Word numbering), two-column sections on the landscape
 * pages, ✓-lists with –-items, a table, header "WDODelta" left and the visie title right, footer "n/m" right, a
 * besluit of the algemeen bestuur with "Overwegende dat", "besluit:", Artikel I–II (inwerkingtreding "met ingang van
 * 1 juli 2027"), signatures in two columns, no Bijlage line before the visie, and a GIO table in three columns
 * (Naam | Identificatie | Toelichting) of four objects.
 */
import type { Doc, Gio } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'ws0663'
const gio = (naam: string, toelichting: string, at: [number, number], size = 4): Gio => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-03-23', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h42',
  set: 'dev',
  bron:
    'Bewerkt naar de watervisie "Meer dan water" van Waterschap Drents Overijsselse Delta (klimaatverandering als rode draad, veilig wonen met water, voldoende en schoon water, wettelijke taken en andere maatschappelijke doelen, doorwerking in omgevingsvisies van gemeenten en provincies, de Expeditie watervisie met partners) en de pagina\'s over het waterbeheerprogramma, hier als omgevingsvisie van het algemeen bestuur, ingekort en in eigen woorden; eigen opmaak: liggende A4 in presentatiestijl (Liberation Sans, grote koppen in donker blauwgroen), Word-nummering met Romeinse hoofdstukken "I." en paragrafen "I.1" en "I.1.1" (drie niveaus, nummers alleen als Word-nummering), tweekoloms secties, ✓-lijsten met –-items, tabel, kopregel "WDODelta" links en visietitel rechts, voettekst "n/m" rechts, besluit van het algemeen bestuur met "Overwegende dat", "besluit:", Artikel I–II met "met ingang van 1 juli 2027", handtekeningen in twee kolommen, geen Bijlage-regel voor de visie, GIO-tabel Naam | Identificatie | Toelichting van vier objecten (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Drents Overijsselse Delta',
  title: 'Omgevingsvisie Meer dan water',
  style: {
    font: 'Liberation Sans',
    size: 11,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [22, 15, 12.5, 11],
    headingColor: '#0B5563',
    lineHeight: 120,
    spaceAfter: 0.25,
    page: { width: 21, height: 29.7, top: 1.6, bottom: 1.4, left: 2.0, right: 2.0 },
    outline: [
      { format: 'I', suffix: '.', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
    },
    masters: {
      Besluit: { footer: ['\t\tAlgemeen bestuur WDODelta, vergadering 23 maart 2027'] },
      Standard: {
        landscape: true,
        header: ['WDODelta\t\tOmgevingsvisie Meer dan water'],
        footer: ['\t\t{page}/{pages}'],
      },
    },
    tableBorder: '0.75pt solid #0B5563',
    tableHeaderBg: '#D5ECEF',
    tableFontSize: 10,
    tussenkop: { bold: true, color: '#0B5563' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Drents Overijsselse Delta tot vaststelling van de Omgevingsvisie Meer dan water',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2027-07-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'small', text: 'Waterschap Drents Overijsselse Delta · registratienummer 27.04112' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Drents Overijsselse Delta tot vaststelling van de Omgevingsvisie Meer dan water' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Drents Overijsselse Delta;' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 14 februari 2027;' },
      { t: 'p', text: 'Overwegende dat het waterschap op grond van artikel 3.1, vierde lid, van de Omgevingswet een omgevingsvisie kan vaststellen voor zijn beheergebied;' },
      { t: 'p', text: 'Overwegende dat de visie tot stand is gekomen met gemeenten, provincies, terreinbeheerders en landbouworganisaties in de Expeditie watervisie;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Meer dan water wordt vastgesteld zoals die aan dit besluit is gehecht, met de werkingsgebieden die in de bijlage bij de visie zijn genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 juli 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van 23 maart 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. H.J. Kroeze'], right: ['de dijkgraaf,', '', '', 'D.S. Schoonman'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Meer dan water',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Meer dan water' },
      { t: 'p', style: 'subtitle', text: 'Waterschap Drents Overijsselse Delta · koers tot 2035' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Waarom deze visie' },
      {
        t: 'cols2',
        blocks: [
          { t: 'p', text: 'Deze visie laat zien waar wij als waterschap voor staan en wat inwoners, bedrijven, organisaties en andere overheden van ons mogen verwachten. De rode draad is klimaatverandering: wij willen de gevolgen daarvan samen met de omgeving beperken.' },
          { t: 'p', text: 'De visie is het kompas voor de komende tien jaar. Het waterbeheerprogramma werkt haar uit in maatregelen voor zes jaar.' },
          { t: 'h', l: 2, text: 'Onze missie' },
          { t: 'p', text: 'Wij zorgen voor veilig wonen met water, voor voldoende en schoon water voor boeren en bedrijven, in de stad en in de natuur. Dat doen wij sober en doelmatig.' },
          { t: 'h', l: 2, text: 'Taken en ambities' },
          { t: 'p', text: 'Bij elke keuze maken wij onderscheid tussen onze wettelijke taken en andere maatschappelijke doelen. Ambities moeten haalbaar en betaalbaar zijn.' },
        ],
      },
      { t: 'h', l: 1, text: 'Ons gebied' },
      { t: 'p', text: 'Ons beheergebied loopt van het Drents Plateau tot de Kop van Overijssel en de IJsseldelta. Hoog en laag liggen hier dicht bij elkaar.' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Hoog: het Drents Plateau' },
          { t: 'p', text: 'Op de zandgronden zakt regenwater snel weg. Droogte is hier de grootste opgave.' },
          { t: 'h', l: 2, text: 'Laag: de delta' },
          { t: 'p', text: 'In de Kop van Overijssel en rond Zwolle en Kampen liggen veenweiden, polders en de grote meren. Hier gaat het om waterveiligheid en bodemdaling.' },
        ],
      },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Veilig wonen met water' },
      { t: 'p', text: 'Wij versterken de dijken langs de IJssel, het Zwarte Water en het Zwarte Meer volgens het Hoogwaterbeschermingsprogramma.' },
      { t: 'h', l: 3, text: 'Dijkversterking' },
      {
        t: 'ul',
        list: 'Vink',
        items: [
          'wij versterken de primaire keringen vóór 2050;',
          { text: 'wij combineren dijkversterking met:', sub: ['natuur en recreatie;', 'ruimte voor de rivier.'] },
          'wij houden de keringen vrij van bebouwing.',
        ],
      },
      { t: 'h', l: 3, text: 'Calamiteitenzorg' },
      { t: 'p', text: 'Samen met de veiligheidsregio\'s oefenen wij het optreden bij hoogwater.' },
      { t: 'h', l: 2, text: 'Voldoende water' },
      { t: 'p', text: 'Wij houden water langer vast in het gebied: eerst vasthouden, dan bergen, dan pas afvoeren.' },
      {
        t: 'table',
        cols: [5, 9, 11.5],
        header: ['Gebied', 'Opgave', 'Wat wij doen'],
        rows: [
          ['Drents Plateau', 'droogte en verdroging van natuur', 'beken herstellen, stuwen plaatsen, grondwater aanvullen'],
          ['Veenweiden', 'bodemdaling en CO2-uitstoot', 'hogere waterpeilen waar dat kan'],
          ['Stedelijk gebied', 'hevige buien en hitte', 'samen met gemeenten water bergen in wijken'],
        ],
      },
      { t: 'h', l: 2, text: 'Schoon water' },
      { t: 'p', text: 'Het water moet in 2027 voldoen aan de Kaderrichtlijn Water. Wij zuiveren afvalwater en pakken nieuwe stoffen zoals medicijnresten aan.' },
      { t: 'h', l: 1, text: 'Samen met de omgeving' },
      { t: 'p', text: 'Water houdt zich niet aan grenzen. Wij willen dat deze visie doorwerkt in de omgevingsvisies en omgevingsplannen van gemeenten en provincies:' },
      {
        t: 'ul',
        list: 'Vink',
        items: ['wij geven vroeg advies bij ruimtelijke plannen;', 'wij hanteren de watertoets als gesprek, niet als toets achteraf;', 'wij werken gebiedsgericht, zoals in Noordwest-Overijssel.'],
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'Het waterbeheerprogramma 2022–2027 en zijn opvolgers werken deze visie uit. Het algemeen bestuur evalueert de visie halverwege de looptijd.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [5.5, 11, 9.2], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Beheergebied WDODelta', 'het hele gebied van het waterschap', [0, 0], 25),
    gio('Drents Plateau', 'zandgronden met droogteopgave', [18, 10], 12),
    gio('Veenweidegebied Noordwest-Overijssel', 'bodemdaling en hogere peilen', [-12, 8], 9),
    gio('Dijkringen IJssel en Zwarte Water', 'primaire waterkeringen', [-10, -10], 6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-meer-dan-water', regeling: 'omgevingsvisie-meer-dan-water', doel: 'omgevingsvisie-meer-dan-water' },
    datums: { vaststelling: '2027-03-23', ondertekening: '2027-03-23', bekendmaking: '2027-04-06', inwerkingtreding: '2027-07-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0663',
  },
  geo: { origin: [215000, 515000] },
  meubilair: ['^WDODelta Omgevingsvisie Meer dan water$', '^\\d+/\\d+$', '^Algemeen bestuur WDODelta, vergadering 23 maart 2027$'],
}
export default doc
