/**
 * h21 — gemeente Delft (gm0503), holdout (session 5). Content after the Delft omgevingsvisie and its ruimtelijke
 * strategie (historische binnenstad, TU Delft Campus, Spoorzone, Schieoevers, naoorlogse wijken, Delftse Hout),
 * in our own words. Layout: Word outline numbering "1" + tab + title (no dot) to four levels, a table of contents
 * with dotted leaders, a numbered list "1." directly under chapter 1, footnotes at the page bottom, a table whose
 * cells hold several lines, running headers that alternate between odd and even pages (chapter title on odd
 * pages), footer "Pagina n van m", a raadsbesluit with "Overwegende dat", "b e s l u i t :", Artikel 1–2, the visie
 * as "Bijlage 1" and the GIO table as "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'gm0503'
const gio = (naam: string, at: [number, number], size = 0.5) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-06-25', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h21',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie en ruimtelijke strategie van Delft (historische binnenstad, TU Delft Campus, Spoorzone, Schieoevers, naoorlogse wijken, Delftse Hout), in eigen woorden; eigen opmaak: DejaVu Sans Condensed 9,5 pt met Liberation Serif-koppen in donkerblauw, Word-nummering "1" + tab tot vier niveaus, inhoudsopgave met puntlijnen, genummerde lijst direct onder hoofdstuk 1, voetnoten, tabel met meerregelige cellen, kopregels wisselend even/oneven met hoofdstuktitel, voettekst "Pagina n van m", raadsbesluit met "Overwegende dat", "b e s l u i t :", Artikel 1–2, visie als Bijlage 1 en GIO-tabel als Bijlage 2 (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Delft',
  title: 'Omgevingsvisie Delft 2040',
  style: {
    font: 'DejaVu Sans Condensed',
    size: 9.5,
    headingFont: 'Liberation Serif',
    headingSizes: [17, 13, 11, 10.5],
    headingColor: '#0B3C6E',
    lineHeight: 125,
    spaceAfter: 0.22,
    page: A4(2.4, 2.2, 2.6, 2.2),
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Genummerd: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'OpenSymbol' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        header: ['\t\t{chaptername}'],
        headerLeft: ['Omgevingsvisie Delft 2040 · gemeente Delft'],
        footer: ['\t\tPagina {page} van {pages}'],
        footerLeft: ['Pagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #0B3C6E',
    tableHeaderBg: '#DCE6F2',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#0B3C6E' },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Delft tot vaststelling van de Omgevingsvisie Delft 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2026-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Delft tot vaststelling van de Omgevingsvisie Delft 2040' },
      { t: 'p', text: 'Registratienummer: 2026-0004112' },
      { t: 'p', text: 'De raad van de gemeente Delft;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 12 mei 2026;' },
      { t: 'p', text: 'Overwegende dat:' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          'de Omgevingswet de gemeente verplicht één omgevingsvisie vast te stellen voor het gehele grondgebied;',
          'het ontwerp van de omgevingsvisie van 9 februari tot en met 22 maart 2026 ter inzage heeft gelegen;',
          'de ingediende zienswijzen zijn beantwoord in de Nota van beantwoording zienswijzen;',
        ],
      },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Delft 2040, zoals opgenomen in bijlage 1 bij dit besluit, met de geometrische informatieobjecten van bijlage 2, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 augustus 2026.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Delft van 25 juni 2026.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. E.M. Bos'], right: ['de voorzitter,', '', '', 'M.A.P. van Bijsterveldt-Vliegenthart'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Delft 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 25 juni 2026' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Delft 2040' },
      { t: 'p', style: 'subtitle', text: 'Historische stad, kennisstad, groene stad' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Delft is een compacte stad met een wereldberoemde binnenstad, een technische universiteit van internationale betekenis en wijken uit alle perioden van de twintigste eeuw. De stad groeit tot 2040 met ruim 15.000 woningen, zonder dat er nieuwe ruimte bijkomt. Deze omgevingsvisie beschrijft hoe we die groei opvangen.' },
      { t: 'p', text: 'We werken met vijf uitgangspunten:' },
      {
        t: 'ol',
        list: 'Genummerd',
        items: [
          'Groei binnen de bestaande stad, op plekken die goed bereikbaar zijn met trein, tram en fiets.',
          'Iedere groeiplek draagt bij aan de wijk eromheen.',
          { text: 'Groen en water groeien mee met de stad:', sub: ['meer bomen in de straten;', 'nieuwe verbindingen naar de Delftse Hout en Midden-Delfland.'] },
          'Erfgoed is vertrekpunt, geen sluitpost.',
          'De stad wordt in 2050 aardgasvrij en klimaatbestendig.',
        ],
      },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'De Omgevingswet vraagt om één integrale visie op de fysieke leefomgeving.[^Zie artikel 3.1, eerste lid, van de Omgevingswet; de visie is zelfbindend en bindt alleen de gemeenteraad.] Deze visie vervangt de Structuurvisie Delft 2030 en de Ruimtelijke Strategie Delft 2040, die erin zijn opgegaan.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft de kwaliteiten van Delft, hoofdstuk 3 de opgaven per gebied en hoofdstuk 4 de manier waarop we de visie uitvoeren.' },
      { t: 'h', l: 1, text: 'Kwaliteiten van Delft' },
      { t: 'h', l: 2, text: 'De historische binnenstad' },
      { t: 'p', text: 'De binnenstad binnen de singels is een beschermd stadsgezicht met grachten, hofjes, de Oude en de Nieuwe Kerk en het Prinsenhof. Nieuwe functies voegen zich in die structuur.' },
      { t: 'h', l: 3, text: 'Grachten en singels' },
      { t: 'p', text: 'De grachten zijn de openbare ruimte van de binnenstad. We beperken het parkeren langs het water en geven kades terug aan voetgangers.' },
      { t: 'h', l: 3, text: 'Monumenten' },
      { t: 'p', text: 'Delft telt ruim 1.400 rijksmonumenten. Verduurzaming van monumenten gaat voor ons samen met behoud van hun waarde; bouwtechnische eisen uit het Besluit bouwwerken leefomgeving gelden daarbij onverkort.[^Voor monumenten gelden de afwijkingsmogelijkheden van hoofdstuk 5 van het Besluit bouwwerken leefomgeving.]' },
      { t: 'h', l: 2, text: 'De kennisstad' },
      { t: 'p', text: 'De TU Delft Campus, het Technologiepark en TNO vormen samen een van de grootste kennisclusters van Europa. De campus ontwikkelt zich tot een gemengd stadsdeel waar ook gewoond wordt.' },
      { t: 'h', l: 2, text: 'Groen en blauw' },
      { t: 'p', text: 'De Delftse Hout, de Kerkpolder en de Abtswoudse Bos vormen de groene rand. Midden-Delfland begint aan de westkant van de stad.' },
      { t: 'h', l: 1, text: 'Opgaven per gebied' },
      { t: 'p', text: 'De tabel geeft de groeigebieden tot 2040, met het programma en de voorwaarden die we meegeven.' },
      {
        t: 'table',
        cols: [3.6, 3.2, 5.4],
        header: ['Gebied', 'Programma', 'Voorwaarden'],
        rows: [
          ['Schieoevers', '± 5.000 woningen\n± 60.000 m² bedrijfsruimte', 'maakindustrie blijft\nnieuwe tramverbinding\nkades openbaar'],
          ['Spoorzone', '± 2.000 woningen', 'stationsgebied autoluw\nfietsparkeren ondergronds'],
          ['TU Delft Campus', '± 3.000 woningen\nstudenten en promovendi', 'gemengd stadsdeel\nbehoud Mekelpark'],
          ['Naoorlogse wijken', '± 5.000 woningen', 'vernieuwing met bewoners\nmeer groen per woning'],
        ],
      },
      { t: 'h', l: 2, text: 'Schieoevers' },
      { t: 'p', text: 'Langs de Schie transformeren we het bedrijventerrein tot een gemengd stadsdeel. Bedrijven met milieuruimte behouden hun plek aan de zuidkant.' },
      { t: 'h', l: 3, text: 'Schieoevers-Noord' },
      { t: 'p', text: 'Het noordelijk deel wordt een woon-werkgebied met een hoge dichtheid rond het nieuwe tramstation.' },
      { t: 'h', l: 4, text: 'Milieuzonering' },
      { t: 'p', text: 'Tussen bedrijven en woningen houden we afstand volgens de milieucategorieën. Waar dat niet kan, stellen we eisen aan de gevels van de woningen.' },
      { t: 'h', l: 4, text: 'Bereikbaarheid' },
      { t: 'p', text: 'De tram van Delft Centraal naar de Technopolis rijdt door Schieoevers-Noord. Parkeren gebeurt in buurtgarages.' },
      { t: 'h', l: 3, text: 'Schieoevers-Zuid' },
      { t: 'p', text: 'Het zuidelijk deel blijft een werkgebied voor de maakindustrie en de circulaire economie.' },
      { t: 'h', l: 2, text: 'Spoorzone en binnenstad' },
      { t: 'p', text: 'Boven de spoortunnel is een nieuw stuk stad ontstaan. We maken de laatste bouwvelden af en verbinden de binnenstad met Voorhof en Hof van Delft.' },
      { t: 'h', l: 2, text: 'Naoorlogse wijken' },
      { t: 'p', text: 'In Tanthof, Buitenhof, Voorhof en Poptahof vernieuwen we samen met bewoners en corporaties. Verdichting gaat samen met meer groen en betere voorzieningen:' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          { text: 'Poptahof en Voorhof:', sub: ['hoogbouw rond het winkelcentrum;', 'nieuwe speelplekken in de binnenhoven.'] },
          'Buitenhof: een groene as van het station Delft Campus naar de Delftse Hout.',
          'Tanthof: behoud van het groene woonmilieu, met woningen voor ouderen bij de voorzieningen.',
        ],
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s en omgevingsplan' },
      { t: 'p', text: 'We werken de visie uit in programma’s voor wonen, mobiliteit en klimaatadaptatie en in het omgevingsplan van Delft, dat de bestemmingsplannen vervangt.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'Iedere twee jaar rapporteren we aan de raad over de voortgang. Na vier jaar besluiten we of de visie moet worden herzien.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geometrische informatieobjecten', sep: ' – ' },
      { t: 'p', text: 'De omgevingsvisie verwijst naar de volgende geometrische informatieobjecten:' },
      { t: 'gio', layout: 'table', cols: [5, 11.2], header: ['Informatieobject', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Beschermd stadsgezicht binnenstad', [0, 0], 0.6),
    gio('Schieoevers', [1.2, -1.5], 0.7),
    gio('TU Delft Campus', [1.5, -2.8], 0.8),
    gio('Delftse Hout', [2.6, 0.6], 0.6),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-delft-2040', regeling: 'omgevingsvisie-delft-2040', doel: 'omgevingsvisie-delft-2040' },
    datums: { vaststelling: '2026-06-25', ondertekening: '2026-06-25', bekendmaking: '2026-07-02', inwerkingtreding: '2026-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0503',
  },
  geo: { origin: [84000, 446000] },
  meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Delft 2040 · gemeente Delft$'],
}
export default doc
