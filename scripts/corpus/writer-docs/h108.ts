/**
 * h108 — gemeente Schiedam (gm0606), holdout (session 12): a Randstad gemeente (about 80.000 inwoners; the historic
 * binnenstad with its molens and jeneverstokerijen, Schiedam-Oost and -Noord, Nieuwland, Kethel, the Schiehaven and
 * the Spaanse Polder). Content after the public texts on Schiedam's Stadsvisie 2030 and the toekomstbeeld 2040
 * ("Schiedam groeit! Groei jij mee?"; a gezonde, gastvrije en sociale stad in 2040; cultuur, jenever, molens,
 * ondernemen as its identity; ideeënkaarten in 30 brievenbussen; "Maken en Beleven" from the Economische Visie), here
 * as an omgevingsvisie of 2027, shortened and partly in our own words. Layout: A4 LANDSCAPE in Liberation Serif 10.5
 * pt with Liberation Sans headings; an unnumbered "Samenvatting" with its OWN NUMBERED LIST before chapter 1; chapters
 * "1." … "6.", sections "§ 1.1" (the paragraph sign in the numbering; nummer "1.1" in the truth), a third level
 * "2.1.1"; header "Omgevingsvisie Schiedam 2040 · gezond, gastvrij, sociaal" right, footer "gemeente Schiedam" left and "blz. n" right; no table
 * of contents; raadsbesluit with Artikel 1–5: Artikel 1 "Begripsbepalingen" with definitions a.–c., a citeertitel in
 * Artikel 4, in werking the day after bekendmaking (no date); visie as "Bijlage 1"; GIO table Nr. | Naam |
 * Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0606'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-25', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h108',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Stadsvisie 2030 en het toekomstbeeld 2040 van Schiedam ("Schiedam groeit! Groei jij mee?"; een gezonde, gastvrije en sociale stad in 2040; cultuur, jenever, molens en ondernemen als identiteit; ideeënkaarten in 30 brievenbussen; "Maken en Beleven" uit de Economische Visie), hier als omgevingsvisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 LIGGEND in Liberation Serif 10,5 pt met Liberation Sans-koppen, een ongenummerde "Samenvatting" met een eigen GENUMMERDE LIJST vóór hoofdstuk 1, hoofdstukken "1." … "6.", paragrafen "§ 1.1" (het paragraafteken in de nummering), een derde niveau "2.1.1", kopregel "Omgevingsvisie Schiedam 2040 · gezond, gastvrij, sociaal" rechts, voettekst "gemeente Schiedam" links en "blz. n" rechts, geen inhoudsopgave, raadsbesluit met Artikel 1–5 (Artikel 1 begripsbepalingen a.–c., citeertitel in Artikel 4, in werking de dag na bekendmaking), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Schiedam',
  title: 'Omgevingsvisie Schiedam 2040',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 11, 10.5],
    headingColor: '#8A1538',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 2, bottom: 2, left: 3, right: 3 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2, prefix: '§ ' },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Samenvatting: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
      Blok: { kind: 'bullet', levels: [{ char: '▪', font: 'DejaVu Sans' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Schiedam 2040 · gezond, gastvrij, sociaal'],
        footer: ['gemeente Schiedam\t\tblz. {page}'],
      },
    },
    tableBorder: '0.5pt solid #8A1538',
    tableHeaderBg: '#F3E1E6',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#8A1538', size: 12 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Schiedam tot vaststelling van de Omgevingsvisie Schiedam 2040',
    artikelen: ['1', '2', '3', '4', '5'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Schiedam · registratienummer 2027-118403' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Schiedam tot vaststelling van de Omgevingsvisie Schiedam 2040' },
      { t: 'p', text: 'De raad van de gemeente Schiedam;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 28 september 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Begripsbepalingen' },
      { t: 'p', text: 'In dit besluit wordt verstaan onder:' },
      { t: 'p', text: 'a. omgevingsvisie: de visie, bedoeld in artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', text: 'b. werkingsgebied: het deel van het grondgebied waarop een onderdeel van de omgevingsvisie betrekking heeft;' },
      { t: 'p', text: 'c. informatieobject: een geografisch informatieobject waarin een werkingsgebied is vastgelegd.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2 Vaststelling' },
      { t: 'p', text: 'De omgevingsvisie, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3 Intrekking' },
      { t: 'p', text: 'De Stadsvisie Schiedam 2030, vastgesteld op 25 maart 2010, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 4 Citeertitel' },
      { t: 'p', text: 'De omgevingsvisie wordt aangehaald als: Omgevingsvisie Schiedam 2040.' },
      { t: 'p', style: 'artikel', text: 'Artikel 5 Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 25 november 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. H.J. de Korte'], right: ['De voorzitter,', '', '', 'C.H.J. Lamers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Schiedam 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027-118403' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Schiedam 2040' },
      { t: 'p', style: 'subtitle', text: 'Schiedam groeit! Groei jij mee?' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'tk', text: 'Samenvatting' },
      { t: 'p', text: 'Schiedam wil in 2040 een gezonde, gastvrije en sociale stad zijn. De stad groeit, en die groei zetten we in om de stad beter te maken. In het kort kiezen we voor:' },
      { t: 'ol', list: 'Samenvatting', items: ['bouwen binnen de stad, rond de stations en langs de Schie;', 'een groene en klimaatbestendige stad, met een park op loopafstand van elke woning;', 'een levendige historische binnenstad met haar molens en branderijen;', 'ruimte voor maken en beleven: maakbedrijven, ambacht en vrijetijdseconomie;', 'gezonde mobiliteit: fiets en openbaar vervoer eerst.'] },
      { t: 'p', text: 'De hoofdstukken hierna werken deze keuzes uit.' },
      { t: 'h', l: 1, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'De Omgevingsvisie Schiedam 2040 volgt de Stadsvisie 2030 op. Ruim drieduizend Schiedammers droegen destijds ideeën aan; voor deze visie deden er opnieuw veel mee, met ideeënkaarten in dertig brievenbussen, een online vragenlijst en gesprekken op evenementen.' },
      { t: 'h', l: 2, text: 'De rol van deze visie' },
      { t: 'p', text: 'De visie is het kader voor het omgevingsplan, voor programma’s en voor de beoordeling van initiatieven.' },
      { t: 'h', l: 2, text: 'Wat er op ons afkomt' },
      { t: 'ul', list: 'Blok', items: ['een groeiende en vergrijzende bevolking;', 'klimaatverandering: hitte en wateroverlast;', { text: 'de energietransitie, met', sub: ['warmtenetten;', 'zon op daken.'] }] },
      { t: 'h', l: 1, text: 'Een gezonde stad' },
      { t: 'p', text: 'Gezond leven begint in de eigen straat: schone lucht, groen om de hoek en plekken om te bewegen en elkaar te ontmoeten.' },
      { t: 'h', l: 2, text: 'Groen en water' },
      { t: 'h', l: 3, text: 'Parken' },
      { t: 'p', text: 'Het Beatrixpark, het Prinses Julianapark en de Broekpolder vormen samen een groene ring.' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'We vergroenen schoolpleinen en straten en vangen regenwater op waar het valt.' },
      { t: 'h', l: 2, text: 'Milieu en gezondheid' },
      { t: 'p', text: 'Langs de A4 en A20 en bij de haven bewaken we de luchtkwaliteit en het geluid.' },
      { t: 'h', l: 1, text: 'Een gastvrije stad' },
      { t: 'p', text: 'De binnenstad met de hoogste molens ter wereld en de jeneverstokerijen is het visitekaartje van Schiedam.' },
      { t: 'h', l: 2, text: 'Binnenstad en erfgoed' },
      { t: 'h', l: 3, text: 'Molens en branderijen' },
      { t: 'p', text: 'De molens en hun molenbiotoop blijven beschermd; branderijen krijgen nieuwe functies.' },
      { t: 'h', l: 3, text: 'Wonen boven winkels' },
      { t: 'p', text: 'Leegstaande bovenverdiepingen maken we geschikt om te wonen.' },
      { t: 'h', l: 2, text: 'Maken en beleven' },
      { t: 'p', text: 'Ambachtelijke en innovatieve maakbedrijven zetten we op de kaart; bezoekers zijn welkom.' },
      { t: 'h', l: 1, text: 'Een sociale stad' },
      { t: 'p', text: 'In alle wijken kunnen mensen wonen die bij elkaar horen: jong en oud, met een groot of een klein inkomen.' },
      { t: 'h', l: 2, text: 'Wonen' },
      {
        t: 'table',
        cols: [6, 5, 5, 7],
        header: ['Gebied', 'Woningen tot 2030', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Schieveste en stationsgebied', '1.800', '3.500', 'hoogstedelijk wonen'],
          ['Schiedam-Oost', '600', '1.200', 'vernieuwing'],
          ['Nieuwland', '400', '900', 'sociale samenhang'],
          ['Kethel', '250', '400', 'dorps karakter'],
        ],
      },
      { t: 'h', l: 2, text: 'Voorzieningen in de wijk' },
      { t: 'p', text: 'Scholen, sport en zorg blijven dichtbij.' },
      { t: 'h', l: 1, text: 'Een bereikbare stad' },
      { t: 'h', l: 2, text: 'Fiets en openbaar vervoer' },
      { t: 'p', text: 'De stations Schiedam Centrum en Schiedam Nieuwland worden knooppunten waar bouwen en reizen samengaan.' },
      { t: 'h', l: 2, text: 'De Schie' },
      { t: 'p', text: 'Langs de Schie ontstaat een doorgaande route voor wandelaars en fietsers.' },
      { t: 'h', l: 1, text: 'Samen werken aan Schiedam' },
      { t: 'h', l: 2, text: 'Initiatieven' },
      { t: 'p', text: 'Een initiatief dat bijdraagt aan een gezonde, gastvrije en sociale stad is welkom, ook als het omgevingsplan het nog niet mogelijk maakt.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'Elke twee jaar rapporteert het college over de voortgang.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [1.5, 8, 13], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Schiedam', 'gemeente-schiedam', [0, 0], 3),
    gio('Historische binnenstad Schiedam', 'historische-binnenstad-schiedam', [0.2, -0.5], 0.5),
    gio('Molenbiotopen', 'molenbiotopen', [0.3, -0.4], 0.4),
    gio('Schieveste en stationsgebied', 'schieveste-stationsgebied', [1, 0.4], 0.6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-schiedam-2040', regeling: 'omgevingsvisie-schiedam-2040', doel: 'omgevingsvisie-schiedam-2040' },
    datums: { vaststelling: '2027-11-25', ondertekening: '2027-11-25', bekendmaking: '2027-12-02' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0606',
  },
  geo: { origin: [86000, 437000] },
  meubilair: ['^Omgevingsvisie Schiedam 2040 · gezond, gastvrij, sociaal$', '^gemeente Schiedam blz\\. \\d+$'],
}
export default doc
