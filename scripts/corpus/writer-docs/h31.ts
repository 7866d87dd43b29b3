/**
 * h31 — gemeente Voorne aan Zee (gm1992), holdout (session 6), the unusual case of this set: the first omgevingsvisie
 * of a gemeente formed on 1 January 2023 by the herindeling of Brielle, Hellevoetsluis and Westvoorne, replacing the
 * visions of the three former gemeenten. Content after the visions of those gemeenten and the new gemeente (vestingsteden
 * Brielle en Hellevoetsluis, Voornes Duin, kust van Rockanje, Brielse Meer, Haringvliet, haven en industrie), shortened
 * and in our own words. Layout: Word outline numbering "HOOFDSTUK III:" + tab with roman chapter numbers and chapter
 * titles in capitals, sections "III.1" and "III.1.1" (three levels), numbered list items in bold that look like
 * headings, –-lists with •-items, a ✓-list, a table, a centred header with date and version, the page number alone at the
 * outer margin (right on odd, left on even pages), a raadsbesluit with "BESLUIT:", Artikel I–III, "met ingang van 1
 * januari 2027", and a GIO table of six objects.
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1992'
const gio = (naam: string, slug: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2026', slug, '2026-12-10', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h31',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisies van de voormalige gemeenten Brielle, Hellevoetsluis en Westvoorne en de koers van de gemeente Voorne aan Zee, ontstaan door herindeling op 1 januari 2023 (vestingsteden, Voornes Duin, kust van Rockanje, Brielse Meer, Haringvliet, haven en industrie), ingekort en in eigen woorden; eigen opmaak: Liberation Serif 10,5 pt met DejaVu Sans Condensed-koppen, Word-nummering "HOOFDSTUK III:" + tab met romeinse hoofdstuknummers en hoofdstuktitels in hoofdletters, paragrafen "III.1" en "III.1.1", vetgedrukte genummerde lijstitems die op koppen lijken, –-lijsten met •-items, ✓-lijst, tabel, kopregel met datum en versie gecentreerd, paginanummer alleen in de buitenhoek, raadsbesluit met "BESLUIT:", Artikel I–III, inwerkingtreding "met ingang van 1 januari 2027", GIO-tabel van zes objecten (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Voorne aan Zee',
  title: 'Omgevingsvisie Voorne aan Zee',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'DejaVu Sans Condensed',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#8A5A00',
    lineHeight: 115,
    spaceAfter: 0.22,
    page: A4(2.4, 2.4, 2.5, 2.5),
    outline: [
      { format: 'I', prefix: 'HOOFDSTUK ', suffix: ':', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '•' }] },
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }] },
      Kop: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\tVoorne aan Zee · Omgevingsvisie · 10 december 2026 · versie 1.0'],
        footer: ['\t\t{page}'],
        footerLeft: ['{page}'],
      },
    },
    tableBorder: '0.5pt solid #8A5A00',
    tableHeaderBg: '#F6EBD5',
    tableFontSize: 9,
    tussenkop: { italic: true, color: '#8A5A00' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Voorne aan Zee tot vaststelling van de Omgevingsvisie Voorne aan Zee',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2027-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Voorne aan Zee · raadsbesluit 2026-RB-0412' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Voorne aan Zee tot vaststelling van de Omgevingsvisie Voorne aan Zee' },
      { t: 'p', text: 'De raad van de gemeente Voorne aan Zee;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 20 oktober 2026;' },
      { t: 'p', text: 'overwegende dat de gemeente Voorne aan Zee op 1 januari 2023 is ontstaan uit de samenvoeging van de gemeenten Brielle, Hellevoetsluis en Westvoorne, en dat de nieuwe gemeente één omgevingsvisie vaststelt voor haar hele grondgebied;' },
      { t: 'p', text: 'overwegende dat de omgevingsvisies en structuurvisies van de voormalige gemeenten met deze visie vervallen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 36 van de Wet algemene regels herindeling;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Voorne aan Zee, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Structuurvisie Brielle 2030, de Omgevingsvisie Hellevoetsluis 2040 en de Structuurvisie Westvoorne worden ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 januari 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van 10 december 2026.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. A.C. Kooijman'], right: ['de voorzitter,', '', '', 'drs. A.J.M. Kok'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Voorne aan Zee',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij het raadsbesluit van 10 december 2026, nr. 2026-RB-0412' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Voorne aan Zee' },
      { t: 'p', style: 'subtitle', text: 'Eén gemeente, negen kernen, tussen duin, water en haven' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'EEN NIEUWE GEMEENTE' },
      { t: 'p', text: 'Op 1 januari 2023 zijn Brielle, Hellevoetsluis en Westvoorne samengegaan in de gemeente Voorne aan Zee. Met ruim 70.000 inwoners in negen kernen is Voorne aan Zee een gemeente met twee vestingsteden, een ongerepte kust en de grootste haven van Europa als buurman.' },
      { t: 'p', text: 'Dit is de eerste omgevingsvisie van de nieuwe gemeente. Zij vervangt de visies van de drie voormalige gemeenten en brengt hun keuzes samen in één koers.' },
      { t: 'h', l: 2, text: 'Vier pijlers' },
      { t: 'p', text: 'De koers rust op vier pijlers:' },
      {
        t: 'ol',
        list: 'Kop',
        items: ['**Sterke kernen**', '**Duin, water en polder**', '**Werken aan de haven**', '**Gezond en veilig**'],
      },
      { t: 'p', text: 'De pijlers komen terug in de hoofdstukken II tot en met IV.' },
      { t: 'h', l: 2, text: 'Status' },
      { t: 'p', text: 'De visie bindt de raad en het college. Regels voor inwoners en bedrijven staan in het omgevingsplan, dat de drie omgevingsplannen van de voormalige gemeenten samenvoegt.' },
      { t: 'h', l: 1, text: 'STERKE KERNEN' },
      { t: 'p', text: 'Iedere kern houdt haar eigen karakter: de vestingsteden Brielle en Hellevoetsluis, de badplaats Rockanje, het groene Oostvoorne en de dorpen Zwartewaal, Vierpolders, Tinte, Nieuwenhoorn en Oudenhoorn.' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Tot 2040 bouwen wij ongeveer 3.500 woningen. Wij bouwen vooral voor jongeren uit de eigen kernen en voor ouderen die kleiner willen wonen:' },
      {
        t: 'ul',
        list: 'Streep',
        items: [
          { text: 'in Hellevoetsluis:', sub: ['transformatie van het Kanaalgebied;', 'woningen rond het Vestingplein.'] },
          'in Brielle: kleinschalige inbreiding binnen en buiten de vesting;',
          'in Rockanje en Oostvoorne: woningen in het dorpse lint, zonder aantasting van duin en polder.',
        ],
      },
      { t: 'h', l: 3, text: 'De vestingsteden' },
      { t: 'p', text: 'De vestingwerken van Brielle en Hellevoetsluis zijn rijksmonument. Nieuwbouw in en rond de vesting voegt zich naar de maat en de rooilijnen van de historische bebouwing.' },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      { t: 'p', text: 'Voorzieningen houden wij bereikbaar voor alle inwoners. Hellevoetsluis en Brielle zijn de centra voor winkels en zorg; de dorpen houden een school en een ontmoetingsplek.' },
      { t: 'h', l: 1, text: 'DUIN, WATER EN POLDER' },
      { t: 'p', text: 'Het Voornes Duin is Natura 2000-gebied. Het Brielse Meer, het Haringvliet en de Oostvoornse Meren maken van Voorne aan Zee een waterrijke gemeente.' },
      { t: 'h', l: 2, text: 'Natuur' },
      { t: 'p', text: 'Wij beschermen de duinen en de bossen en werken met de provincie aan de verbinding van het duingebied met de polders. Voor recreatie geldt:' },
      {
        t: 'ul',
        list: 'Vink',
        items: ['rust in de kern van het duingebied;', 'recreatie aan de randen, bij Rockanje en Oostvoorne;', 'fiets- en wandelroutes die de kernen verbinden.'],
      },
      { t: 'h', l: 2, text: 'Kust en klimaat' },
      { t: 'p', text: 'De zeewering bij Rockanje en de dijken langs het Haringvliet beschermen de gemeente. Met het waterschap Hollandse Delta zorgen wij dat het watersysteem de grotere buien aankan.' },
      { t: 'h', l: 1, text: 'WERKEN AAN DE HAVEN' },
      { t: 'p', text: 'De Maasvlakte ligt op een paar kilometer afstand. Veel inwoners werken in de haven. Wij zoeken ruimte voor bedrijven die daarbij horen, maar bewaken de milieuruimte aan de rand van de kernen.' },
      {
        t: 'table',
        cols: [4, 5.5, 6.5],
        header: ['Locatie', 'Ruimte voor', 'Voorwaarde'],
        rows: [
          ['Seggelant (Brielle)', 'lokale bedrijven, logistiek', 'geen zware milieucategorie'],
          ['Kickersbloem (Hellevoetsluis)', 'ambacht en dienstverlening', 'aansluiting op de N57'],
          ['Rondom de Brielse Maasdam', 'watersport, horeca', 'passend bij het landschap'],
        ],
      },
      { t: 'h', l: 1, text: 'UITVOERING' },
      { t: 'p', text: 'Wij werken de visie uit in programma’s en in het omgevingsplan van Voorne aan Zee. Iedere vier jaar bezien wij of de visie nog past.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Geometrische informatieobjecten', sep: ': ' },
      { t: 'p', text: 'Bij deze visie horen de volgende geometrische informatieobjecten:' },
      { t: 'gio', layout: 'table', cols: [5.4, 10.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Grondgebied Voorne aan Zee', 'grondgebied-voorne-aan-zee', [0, 0], 8),
    gio('Vesting Brielle', 'vesting-brielle-beschermd-stadsgezicht', [4, 4], 0.6),
    gio('Vesting Hellevoetsluis', 'vesting-hellevoetsluis-beschermd-stadsgezicht', [4, -6], 0.6),
    gio('Voornes Duin', 'natura2000-voornes-duin', [-6, 2], 2),
    gio('Kust Rockanje', 'kust-rockanje-zeewering-en-recreatie', [-8, -3], 1),
    gio('Bedrijventerreinen', 'bedrijventerreinen-seggelant-kickersbloem', [3, 0], 1.5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-voorne-aan-zee', regeling: 'omgevingsvisie-voorne-aan-zee', doel: 'omgevingsvisie-voorne-aan-zee' },
    datums: { vaststelling: '2026-12-10', ondertekening: '2026-12-10', bekendmaking: '2026-12-17', inwerkingtreding: '2027-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1992',
  },
  geo: { origin: [70000, 432000] },
  meubilair: ['^Voorne aan Zee · Omgevingsvisie · 10 december 2026 · versie 1\\.0$', '^\\d{1,2}$'],
}
export default doc
