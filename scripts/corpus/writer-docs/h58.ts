/**
 * h58 — gemeente Terneuzen (gm0715), holdout (session 9): the unusual case of the batch, a visie in two parts: Deel A
 * is written together by the three Zeeuws-Vlaamse gemeenten Hulst, Sluis and Terneuzen and is the same in each of
 * their visies, Deel B is Terneuzen's own; the raad of Terneuzen adopts both parts as one visie for its grondgebied.
 * Content after the public pages of the gemeenten in Zeeuws-Vlaanderen and of Terneuzen (the Zeeuws-Vlaamse regiovisie of 2021, the border with Flanders, the
 * Westerschelde, North Sea Port and the Kanaalzone, the Nieuwe Sluis, population decline and ageing, the polders, the
 * kernen Axel, Sas van Gent, Sluiskil, Zaamslag and Philippine), shortened and in our own words. Layout: A5 pages in
 * Liberation Serif 9.5 pt, Word outline numbering that restarts per part ("Deel A", then "1", "1.1"; "Deel B", again
 * "1", "1.1"; numbers only as Word numbering), –-lists, a lettered list "a.", a footnote, a table, headers alternating
 * on left and right pages, footer "n | Omgevingsvisie Terneuzen 2040" mirrored on left and right pages, a raadsbesluit
 * with "gelezen", "overwegende dat", "gelet op", "b e s l u i t :", Artikel I–III (inwerkingtreding "met ingang van
 * 1 maart 2028"), signatures in two columns, the visie as "Bijlage 1" and the GIO list as plain lines in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0715'
const gio = (naam: string, werk: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-16', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h58',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de Zeeuws-Vlaamse gemeenten Hulst, Sluis en Terneuzen en van de gemeente Terneuzen (de Zeeuws-Vlaamse regiovisie van 2021, grens met Vlaanderen, Westerschelde, North Sea Port en de Kanaalzone, de Nieuwe Sluis, krimp en vergrijzing, de polders, de kernen Axel, Sas van Gent, Sluiskil, Zaamslag en Philippine), ingekort en in eigen woorden; eigen opmaak: A5-pagina\'s in Liberation Serif 9,5 pt, Word-nummering die per deel opnieuw begint ("Deel A", dan "1", "1.1"; "Deel B", weer "1", "1.1"; nummers alleen als Word-nummering), –-lijsten, lijst "a.", voetnoot, tabel, kopregels wisselend op linker- en rechterpagina\'s, voettekst "n | Omgevingsvisie Terneuzen 2040" gespiegeld, raadsbesluit met "gelezen", "overwegende dat", "gelet op", "b e s l u i t :", Artikel I–III met inwerkingtreding met ingang van 1 maart 2028, handtekeningen in twee kolommen, de visie als "Bijlage 1" en de GIO-lijst als losse regels in "Bijlage 2" (holdout; ongewoon geval: een visie met een gezamenlijk regionaal deel A van drie gemeenten en een eigen deel B, door de raad van Terneuzen als één visie vastgesteld)',
  bevoegdGezag: bg,
  naam: 'Gemeente Terneuzen',
  title: 'Omgevingsvisie Terneuzen 2040',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 11.5, 10, 9.5],
    headingColor: '#1F5F5B',
    headingItalic3: true,
    lineHeight: 112,
    spaceAfter: 0.18,
    justify: true,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.6, left: 1.7, right: 1.7 },
    outline: [
      { format: 'A', prefix: 'Deel ', display: 1 },
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tGemeenteraad Terneuzen, 16 december 2027'],
        headerLeft: ['Zeeuws-Vlaanderen · Hulst · Sluis · Terneuzen'],
        footer: ['\t\tOmgevingsvisie Terneuzen 2040 | {page}'],
        footerLeft: ['{page} | Omgevingsvisie Terneuzen 2040'],
      },
    },
    tableBorder: '0.5pt solid #1F5F5B',
    tableHeaderBg: '#DCEBE9',
    tableFontSize: 8.5,
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Terneuzen tot vaststelling van de Omgevingsvisie Terneuzen 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-03-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Terneuzen · raadsvergadering 16 december 2027 · agendapunt 9' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Terneuzen tot vaststelling van de Omgevingsvisie Terneuzen 2040' },
      { t: 'p', text: 'De raad van de gemeente Terneuzen;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 2 november 2027;' },
      { t: 'p', text: 'overwegende dat de gemeenten Hulst, Sluis en Terneuzen samen een regionaal deel van hun omgevingsvisies hebben opgesteld, dat in de visie van elke gemeente als deel A is opgenomen;' },
      { t: 'p', text: 'overwegende dat deel B de eigen keuzes van de gemeente Terneuzen bevat;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Terneuzen 2040, bestaande uit deel A (Zeeuws-Vlaanderen) en deel B (Terneuzen), wordt vastgesteld zoals opgenomen in bijlage 1.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De werkingsgebieden van de visie zijn vastgelegd in de geometrische informatieobjecten die in bijlage 2 zijn genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 maart 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 16 december 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. C.M. de Feijter'], right: ['de voorzitter,', '', '', 'E. van Merrienboer'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Terneuzen 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage 1 bij het raadsbesluit van 16 december 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Terneuzen 2040' },
      { t: 'p', style: 'subtitle', text: 'Deel A Zeeuws-Vlaanderen · Deel B Terneuzen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Zeeuws-Vlaanderen' },
      { t: 'p', text: 'Dit deel is samen geschreven door de gemeenten Hulst, Sluis en Terneuzen en is in de drie visies gelijk. Het bouwt voort op de Zeeuws-Vlaamse regiovisie die de drie raden in 2021 vaststelden.' },
      { t: 'h', l: 2, text: 'Een grensregio' },
      { t: 'h', l: 3, text: 'Tussen Westerschelde en Vlaanderen' },
      { t: 'p', text: 'Zeeuws-Vlaanderen ligt tussen de Westerschelde en de Belgische grens. Voor werk, winkels en zorg is Gent vaak dichterbij dan Middelburg.' },
      { t: 'h', l: 3, text: 'Bevolking' },
      { t: 'p', text: 'De regio telt ongeveer 105.000 inwoners. Het aantal inwoners daalt licht en het aandeel ouderen groeit snel.[^Prognose van de provincie Zeeland, 2025; de daling verschilt sterk per kern.]' },
      { t: 'h', l: 2, text: 'Gezamenlijke opgaven' },
      { t: 'p', text: 'De drie gemeenten werken samen aan:' },
      {
        t: 'ul',
        list: 'Streep',
        items: [
          'wonen dat past bij een kleiner wordende en ouder wordende bevolking;',
          { text: 'bereikbaarheid van voorzieningen:', sub: ['het ziekenhuis in Terneuzen;', 'voortgezet onderwijs in de regiokernen.'] },
          'een sterke Kanaalzone en een gastvrije kust.',
        ],
      },
      { t: 'h', l: 2, text: 'Landschap' },
      { t: 'h', l: 3, text: 'Polders en kreken' },
      { t: 'p', text: 'Het polderlandschap met dijken, kreken en open akkers is kenmerkend. Nieuwe bebouwing in het buitengebied blijft beperkt.' },
      { t: 'h', l: 3, text: 'Natuur langs de Westerschelde' },
      { t: 'p', text: 'Het Verdronken Land van Saeftinghe en het Zwin zijn natuurgebieden van internationale betekenis.' },
      { t: 'h', l: 1, text: 'Terneuzen' },
      { t: 'p', text: 'Dit deel bevat de eigen keuzes van de gemeente Terneuzen.' },
      { t: 'h', l: 2, text: 'Kernen' },
      { t: 'h', l: 3, text: 'Terneuzen-stad' },
      { t: 'p', text: 'De stad Terneuzen is het centrum van de regio. De binnenstad en de Scheldeboulevard worden aantrekkelijker om te wonen en te verblijven.' },
      { t: 'h', l: 3, text: 'Axel, Sas van Gent en Sluiskil' },
      { t: 'p', text: 'Deze kernen houden een basisniveau van voorzieningen. In Sas van Gent en Sluiskil vraagt de nabijheid van de industrie om aandacht voor geluid en geur.' },
      { t: 'h', l: 3, text: 'Dorpen' },
      { t: 'p', text: 'In Zaamslag, Hoek, Philippine, Westdorpe en de andere dorpen bouwen wij alleen voor de eigen behoefte.' },
      { t: 'h', l: 2, text: 'Haven en industrie' },
      { t: 'p', text: 'Sinds de opening van de Nieuwe Sluis kunnen grotere schepen de Kanaalzone bereiken. De gemeente kiest voor:' },
      {
        t: 'ol',
        list: 'Letter',
        items: ['verduurzaming van de bestaande industrie;', 'nieuwe bedrijven op bestaande terreinen;', 'een buffer tussen industrie en woonkernen.'],
      },
      {
        t: 'table',
        cols: [3.6, 3.0, 4.8],
        header: ['Terrein', 'Omvang', 'Ontwikkeling'],
        rows: [
          ['Axelse Vlakte', '± 300 ha', 'havengebonden industrie'],
          ['Autrichehaven', '± 90 ha', 'overslag, logistiek'],
          ['Sluiskil-Oost', '± 60 ha', 'chemie, warmte-\nuitwisseling'],
        ],
      },
      { t: 'h', l: 2, text: 'Klimaat en energie' },
      { t: 'p', text: 'Restwarmte uit de Kanaalzone verwarmt nu al kassen en woningen. Het warmtenet wordt uitgebreid naar meer wijken.' },
      { t: 'h', l: 2, text: 'Uitvoering' },
      { t: 'p', text: 'Deel B werkt door in het omgevingsplan van Terneuzen. Over deel A stemmen de drie gemeenten af voordat een van hen het wijzigt.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '. ' },
      { t: 'p', text: 'Bij dit besluit horen de volgende werkingsgebieden, vastgelegd als geometrische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Grondgebied gemeente Terneuzen', 'grondgebied-terneuzen', [0, 0], 12),
    gio('Binnenstad en Scheldeboulevard', 'binnenstad-scheldeboulevard', [0, 4], 0.8),
    gio('Kernen Axel, Sas van Gent en Sluiskil', 'kernen-axel-sasvangent-sluiskil', [2, -3], 3),
    gio('Kanaalzone (deel Terneuzen)', 'kanaalzone-terneuzen', [1, 0], 3),
    gio('Bufferzone industrie – wonen', 'bufferzone-industrie-wonen', [3, -1], 1.5),
    gio('Warmtenet Kanaalzone, uitbreiding', 'warmtenet-kanaalzone', [0, 1], 2),
    gio('Polders en kreken (landschap Zeeuws-Vlaanderen)', 'polders-kreken-zvl', [-5, -2], 5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-terneuzen-2040', regeling: 'omgevingsvisie-terneuzen-2040', doel: 'omgevingsvisie-terneuzen-2040' },
    datums: { vaststelling: '2027-12-16', ondertekening: '2027-12-16', bekendmaking: '2028-01-19', inwerkingtreding: '2028-03-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0715',
  },
  geo: { origin: [47000, 365000] },
  meubilair: [
    '^Gemeenteraad Terneuzen, 16 december 2027$',
    '^Zeeuws-Vlaanderen · Hulst · Sluis · Terneuzen$',
    '^\\d+ \\| Omgevingsvisie Terneuzen 2040$',
    '^Omgevingsvisie Terneuzen 2040 \\| \\d+$',
  ],
}
export default doc
