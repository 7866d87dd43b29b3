/**
 * h30 — gemeente Leiden (gm0546), holdout (session 6). Content after the Omgevingsvisie Leiden 2040 (versie 1.1: de
 * Leidse waarden, groen-blauw raamwerk, vestigingsklimaat en Leiden Bio Science Park, duurzame mobiliteit, bodem als
 * fundament), shortened and in our own words. Layout: Word outline numbering "1" + tab without a dot to four levels,
 * a long section heading that wraps onto two lines, run-in tussenkoppen in bold, •-lists with ◦-items, two
 * footnotes, running headers that alternate between odd pages (chapter number and title on the right) and even pages
 * (the gemeente on the left), footer "Pagina n van m" centred, a raadsbesluit with "Overwegende dat", "besluit:",
 * Artikel 1–2, "met ingang van 1 juli 2027", "Aldus vastgesteld in de openbare vergadering van …", signatures in two
 * columns, the visie as "Bijlage 1" and the GIO table as "Bijlage 2", eleven GIOs continuing over a page break with a
 * repeated header row.
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'gm0546'
const gio = (naam: string, at: [number, number], size = 0.6) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-03-11', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h30',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie Leiden 2040 (versie 1.1: Leidse waarden, groen-blauw raamwerk, vestigingsklimaat en Leiden Bio Science Park, duurzame mobiliteit, bodem als fundament), ingekort en in eigen woorden; eigen opmaak: DejaVu Serif Condensed 9,5 pt met Liberation Sans-koppen in petrol, Word-nummering "1" + tab zonder punt tot vier niveaus, lange paragraafkop over twee regels, tussenkoppen in de alinea, •-lijsten met ◦-items, twee voetnoten, kopregels wisselend oneven (hoofdstuknummer en -titel rechts) en even (gemeente links), voettekst "Pagina n van m" gecentreerd, raadsbesluit met "Overwegende dat", "besluit:", Artikel 1–2, inwerkingtreding "met ingang van 1 juli 2027", "Aldus vastgesteld in de openbare vergadering van …", handtekeningen in twee kolommen, visie als Bijlage 1 en GIO-tabel als Bijlage 2, elf GIO\'s die over een pagina doorlopen met herhaalde kopregel (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Leiden',
  title: 'Omgevingsvisie Leiden 2040',
  style: {
    font: 'DejaVu Serif Condensed',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12.5, 11, 10],
    headingColor: '#0E6B73',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: A4(2.5, 2.3, 2.5, 2.5),
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦', font: 'DejaVu Sans' }] },
    },
    masters: {
      Standard: {
        header: ['\t\t{chapter}'],
        headerLeft: ['Gemeente Leiden — Omgevingsvisie 2040'],
        footer: ['\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #0E6B73',
    tableHeaderBg: '#DDEFF0',
    tableFontSize: 8.5,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Leiden tot vaststelling van de Omgevingsvisie Leiden 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2027-07-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit · registratienummer Z/27/2003718 · raadsvoorstel 27.0214' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Leiden tot vaststelling van de Omgevingsvisie Leiden 2040' },
      { t: 'p', text: 'De raad van de gemeente Leiden,' },
      { t: 'p', text: 'gezien het voorstel van het college van burgemeester en wethouders van 26 januari 2027;' },
      { t: 'p', text: 'Overwegende dat:' },
      {
        t: 'ul',
        list: 'Punt',
        items: [
          'de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente;',
          'de Omgevingsvisie Leiden 2040 versie 1.1 is geactualiseerd met het vastgestelde beleid voor mobiliteit, energie en bodem;',
          'de ontwerp-omgevingsvisie met het omgevingseffectrapport van 2 november tot en met 14 december 2026 ter inzage heeft gelegen;',
        ],
      },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Leiden 2040, zoals opgenomen in Bijlage 1, met de geometrische informatieobjecten van Bijlage 2, vast te stellen.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 juli 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 11 maart 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. M.L. Hoogeveen'], right: ['de voorzitter,', '', '', 'P.J.A. Dales'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Leiden 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 11 maart 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Leiden 2040' },
      { t: 'p', style: 'subtitle', text: 'Stad van ontdekkingen en kloppend hart van de regio' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Leiden groeit. In 2040 wonen er naar verwachting 140.000 mensen in de stad, en er komen duizenden banen bij in de kennissector. Tegelijk moet de stad klimaatbestendig worden, van het aardgas af en gezonder. Deze omgevingsvisie laat zien hoe dat samengaat in een compacte, historische stad.' },
      { t: 'h', l: 2, text: 'Status van de visie' },
      { t: 'p', text: 'Deze visie vervangt de Omgevingsvisie Leiden 2040 versie 1.0 uit 2019.[^De versie 1.0 werd op 15 juli 2019 door de raad vastgesteld; zij bevatte de Leidse waarden en zes verhaallijnen.] De visie bindt de gemeente zelf. Voor de regels verwijzen wij naar het omgevingsplan; voor de programma’s naar hoofdstuk 3 van de Omgevingswet.' },
      { t: 'h', l: 2, text: 'Regionale samenwerking' },
      { t: 'p', text: 'Leiden werkt met negen buurgemeenten en het Hoogheemraadschap van Rijnland samen in de Regionale Agenda Omgevingsvisie. Keuzes over woningbouw, werklocaties en groen maken wij in die regionale samenhang.' },
      { t: 'h', l: 1, text: 'De Leidse waarden' },
      { t: 'p', text: 'Uit de gesprekken met de stad komen zeven waarden die richting geven aan alle keuzes:' },
      {
        t: 'ul',
        list: 'Punt',
        items: [
          'Leidenaren voelen zich met elkaar verbonden;',
          'Leiden is van iedereen;',
          { text: 'de stad is compact:', sub: ['alles ligt op fietsafstand;', 'nieuwe woningen komen binnen de stad.'] },
          'Leiden is een waterstad;',
          'groen hoort erbij;',
          'wij koesteren onze historie;',
          'kennis maken en delen.',
        ],
      },
      { t: 'h', l: 1, text: 'Groen-blauw raamwerk' },
      { t: 'p', text: 'Het groen-blauwe raamwerk is de ruggengraat van de stad. Het verbindt de parken, de singels en de Oude Rijn met het landschap van het Groene Hart en de duinen.' },
      { t: 'p', text: '**Singelpark.** De singels rond de binnenstad worden één doorlopend park van zes kilometer, met bruggen en paden die de delen met elkaar verbinden.' },
      { t: 'p', text: '**Groene verbindingen.** Vanuit de wijken lopen groene routes naar de Oostvlietpolder, de Merenwijk en de Stevenshof. Waar ze een drukke weg kruisen, maken wij de oversteek veilig.' },
      { t: 'h', l: 2, text: 'Water' },
      { t: 'p', text: 'Bij hevige buien moet het water ergens heen. Wij vergroten het wateroppervlak en vangen regenwater op in de wijken.' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie in de binnenstad' },
      { t: 'p', text: 'In de dichte binnenstad is weinig ruimte. Wij kiezen voor groene daken, ontharde binnenterreinen en bomen waar de ondergrond dat toelaat.' },
      { t: 'h', l: 4, text: 'Hittestress' },
      { t: 'p', text: 'Op hete dagen is het in de binnenstad tot zeven graden warmer dan daarbuiten. Iedere Leidenaar heeft binnen vijf minuten lopen een koele plek.' },
      { t: 'h', l: 4, text: 'Wateroverlast' },
      { t: 'p', text: 'Wij leggen waterpleinen aan op plekken die nu bij iedere bui onderlopen, samen met het hoogheemraadschap.' },
      { t: 'h', l: 1, text: 'Aantrekkelijk vestigingsklimaat' },
      { t: 'p', text: 'Leiden is een kennisstad met een universiteit, een academisch ziekenhuis en een van de grootste life-sciencesclusters van Europa.' },
      { t: 'h', l: 2, text: 'Leiden Bio Science Park en de ontwikkeling van de stationsomgeving tot een levendig stadsdeel met wonen, werken en voorzieningen' },
      { t: 'p', text: 'Het Leiden Bio Science Park groeit tot 2040 met ongeveer 10.000 banen. Wij maken het park levendiger door er ook te wonen en voorzieningen toe te voegen. De stationsomgeving verbindt het park met de binnenstad.[^Zie ook de gebiedsvisie Stationsgebied Leiden Centraal, waarin de openbare ruimte rond het station is uitgewerkt.]' },
      { t: 'h', l: 3, text: 'Lammenschansdriehoek' },
      { t: 'p', text: 'Rond station Lammenschans ontstaat een gemengd woon-werkgebied met ongeveer 2.500 woningen. Bestaande bedrijven houden ruimte zolang zij dat willen.' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'De binnenstad blijft het culturele en commerciële hart. Wij beperken het autoverkeer en geven pleinen en kades terug aan voetgangers.' },
      { t: 'h', l: 1, text: 'Duurzame mobiliteit' },
      { t: 'p', text: 'Lopen, fietsen en openbaar vervoer krijgen voorrang. De auto is te gast in de binnenstad en in de nieuwe wijken.' },
      {
        t: 'table',
        cols: [4.2, 5.6, 6.2],
        header: ['Vervoerwijze', 'Ambitie 2040', 'Maatregel'],
        rows: [
          ['Lopen', 'veilige en prettige routes', 'bredere stoepen\nminder obstakels'],
          ['Fiets', 'snelle doorfietsroutes naar de regio', 'fietsparkeren bij stations\ndoorfietsroute Leiden–Katwijk'],
          ['Openbaar vervoer', 'hoogwaardig net', 'HOV-verbinding Leiden–Zoetermeer'],
          ['Auto', 'minder ruimte in de stad', 'parkeren aan de rand\nautoluwe binnenstad'],
        ],
      },
      { t: 'h', l: 1, text: 'Bodem als fundament' },
      { t: 'p', text: 'De bodem onder Leiden bestaat uit klei en veen. De ruimte onder de grond is vol met kabels, leidingen en funderingen. Bij iedere ontwikkeling kijken wij eerst naar de ondergrond, bijvoorbeeld voor bomen, warmtenetten en waterberging.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'Wij werken de visie uit in programma’s en in het omgevingsplan. De instrumenten van hoofdstuk 4 van de Omgevingswet zetten wij in waar de visie dat vraagt. Iedere twee jaar rapporteren wij aan de raad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geometrische informatieobjecten', sep: '. ' },
      { t: 'p', text: 'De volgende gebieden zijn als geometrisch informatieobject vastgelegd. Ze zijn te raadplegen via het Omgevingsloket.' },
      { t: 'p', text: 'Een informatieobject heeft een eigen identificatie. Wijzigt de begrenzing, dan krijgt het informatieobject een nieuwe versie; de identificatie van het werk blijft gelijk.' },
      { t: 'p', text: 'De begrenzing van de gebieden is schematisch waar de visie een richting aangeeft en niet een precieze grens. Dat geldt voor de groene verbindingen, het Singelpark en de zoekgebieden voor waterberging. Bij de uitwerking in het omgevingsplan worden de grenzen nauwkeurig bepaald.' },
      { t: 'p', text: 'Voor het Leiden Bio Science Park, de Lammenschansdriehoek en de stationsomgeving volgen de grenzen de gebiedsvisies die de raad eerder vaststelde.' },
      { t: 'p', text: 'Voor de binnenstad volgt de grens het beschermd stadsgezicht; binnen die grens gelden de keuzes voor hittestress en wateroverlast uit hoofdstuk 3 in het bijzonder.' },
      { t: 'gio', layout: 'table', cols: [5.2, 10.8], header: ['Informatieobject', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Grondgebied Leiden', [0, 0], 3),
    gio('Beschermd stadsgezicht binnenstad', [0.2, 0.1], 0.6),
    gio('Singelpark', [0.3, 0.2], 0.7),
    gio('Groen-blauw raamwerk', [0.5, 0.8], 2.5),
    gio('Leiden Bio Science Park', [-0.8, 1.2], 0.8),
    gio('Stationsomgeving Leiden Centraal', [-0.3, 0.7], 0.4),
    gio('Lammenschansdriehoek', [0.6, -0.9], 0.5),
    gio('Oostvlietpolder', [2.6, -0.8], 0.9),
    gio('Merenwijk', [1.6, 2.2], 0.9),
    gio('Stevenshof', [-2.5, -1.8], 0.8),
    gio('Zoekgebieden waterberging', [1, -0.2], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-leiden-2040', regeling: 'omgevingsvisie-leiden-2040', doel: 'omgevingsvisie-leiden-2040' },
    datums: { vaststelling: '2027-03-11', ondertekening: '2027-03-11', bekendmaking: '2027-04-08', inwerkingtreding: '2027-07-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0546',
  },
  geo: { origin: [93000, 463000] },
  meubilair: ['^Pagina \\d+ van \\d+$', '^Gemeente Leiden — Omgevingsvisie 2040$'],
}
export default doc
