/**
 * h246 — gemeente Gennep (gm0907), holdout (session 14): the Noord-Limburgse gemeente of some 17.500 inwoners at
 * the confluence of Niers and Maas, with the kernen Gennep, Ottersum, Milsbeek, Heijen and Ven-Zelderheide, the
 * Genneperhuis, the stuwwallen and bossen near the Duitse grens (Zevenbergen, De Diepen), the Maas-bypass and the
 * N271/A73. Content after the public descriptions of the gemeente, the Maasduinen and the Nierskant and of its real
 * Omgevingsvisie "Samen maken we Gennep" (2019, found with `search`: title, ooievaarsnest participation, stad and
 * dorpen with buurtschappen), here as an
 * omgevingsvisie of 2028, shortened and in our own words. Layout: LibreOffice, A4 portrait, Liberation Serif 11 pt;
 * chapters "1.", sections "1.1", third level "1.1.1"; table of contents "Inhoudsopgave" of chapters; header
 * "Omgevingsvisie Gennep 2040 – vastgesteld" right, footer "Pagina n van N" right; bullets "-" with "·"; numbered
 * list "1."; two tables; raadsbesluit with Artikel I–III; GIO overview as lines in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0907'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-07-06', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Streep', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h246',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de echte Omgevingsvisie Gennep “Samen maken we Gennep” (2019: de titel, het participatieproces met het ooievaarsnest, de stad en de dorpen met hun buurtschappen) en van de gemeente Gennep (Gennep, Ottersum, Milsbeek, Heijen en Ven-Zelderheide, de samenvloeiing van Niers en Maas, het Genneperhuis, de Maasduinen en de bossen bij de Duitse grens, de N271 en de A73), hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: A4 staand, Liberation Serif 11 pt, hoofdstukken "1.", paragrafen "1.1", derde niveau "1.1.1", inhoudsopgave "Inhoudsopgave" van hoofdstukken, koptekst rechts, voettekst "Pagina n van N" rechts, opsommingen "-" en "·", genummerde lijst "1.", twee tabellen, raadsbesluit met Artikel I–III, GIO-overzicht als regels in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Gennep',
  title: 'Omgevingsvisie Gennep 2040',
  style: {
    font: 'Liberation Serif',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12.5, 11, 11],
    headingColor: '#7a1f2b',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.0, left: 2.5, right: 2.2 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '-' }, { char: '·' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Gennep 2040 – vastgesteld'],
        footer: ['\t\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #7a1f2b',
    tableHeaderBg: '#f2e4e6',
    tableFontSize: 9.5,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Gennep 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-07-17',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Gennep 2040' },
      p('De raad van de gemeente Gennep;'),
      p('gezien het voorstel van burgemeester en wethouders van 30 mei 2028, nummer 2028/31;'),
      p('overwegende,'),
      p('dat de gemeenteraad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied;'),
      p('dat het ontwerp van de omgevingsvisie van 14 maart tot en met 24 april 2028 voor iedereen ter inzage heeft gelegen;'),
      p('dat de ingediende zienswijzen zijn samengevat en beantwoord in de Nota van zienswijzen, die aanleiding heeft gegeven tot enkele wijzigingen;'),
      p('gelet op de Omgevingswet en de Algemene wet bestuursrecht;'),
      { t: 'p', style: 'bold', text: 'B E S L U I T :' },
      { t: 'p', style: 'bold', text: 'Artikel I' },
      p('De Nota van zienswijzen Omgevingsvisie Gennep 2040 vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel II' },
      p('De Omgevingsvisie Gennep 2040, met de geografische informatieobjecten genoemd in bijlage A, gewijzigd ten opzichte van het ontwerp, vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 17 juli 2028.'),
      p('Aldus besloten door de raad van de gemeente Gennep in zijn openbare vergadering van 6 juli 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'drs. A.J.M. Hendriks'], right: ['de voorzitter,', '', 'H.W.M. Hellegers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Gennep 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Gennep 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen maken we Gennep' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Aanleiding'),
      p('Met de Omgevingswet stelt iedere gemeente één omgevingsvisie vast. Deze visie vervangt de structuurvisies en de landschapsvisie die Gennep de afgelopen jaren maakte.'),
      h(2, 'Reikwijdte en status'),
      p('De visie geldt voor het hele grondgebied van de gemeente Gennep en kijkt vooruit tot 2040. Zij bindt de gemeente, niet de burger.'),
      h(2, 'Totstandkoming'),
      p('De visie is samen met inwoners, ondernemers en maatschappelijke partners gemaakt. Met een ooievaarsnest en een plattegrond trokken wij de wijken, dorpen en scholen in. De visie kwam in drie stappen tot stand:'),
      ol(['een foto van de leefomgeving, met feiten en cijfers;', 'gesprekken in alle vijf de kernen over kansen en zorgen;', 'een ontwerp dat ter inzage heeft gelegen.']),
      { t: 'break' },
      h(1, 'Gennep nu'),
      h(2, 'Vijf kernen'),
      p('De gemeente bestaat uit de stad Gennep en de dorpen Heijen, Milsbeek, Ottersum en Ven-Zelderheide, naast de buurtschappen De Looi, Aaldonk, Zelder, Smele en Hekkens.'),
      {
        t: 'table',
        cols: [5.5, 3.5, 7.0],
        header: ['Kern', 'Inwoners', 'Voorzieningen'],
        rows: [
          ['Gennep', '8.700', 'centrum, station, voortgezet onderwijs'],
          ['Ottersum', '3.100', 'basisschool, gemeenschapshuis'],
          ['Heijen', '2.600', 'basisschool, sporthal'],
          ['Milsbeek', '2.100', 'basisschool, dorpshuis'],
          ['Ven-Zelderheide', '1.000', 'gemeenschapshuis'],
        ],
      },
      h(2, 'Landschap en water'),
      h(3, 'Niers en Maas'),
      p('In Gennep mondt de Niers uit in de Maas. Het samenvloeiingsgebied met de ruïne van het Genneperhuis is een belangrijk natuur- en cultuurhistorisch gebied.'),
      h(3, 'Bossen en stuwwallen'),
      p('Langs de Duitse grens liggen de Zevenbergen, de bossen van De Diepen en het Reichswald. Dit hoger gelegen landschap is rijk aan natuur en geschikt voor extensieve recreatie.'),
      h(2, 'Bereikbaarheid'),
      p('De N271 verbindt de kernen met Nijmegen en Venlo. Via de Maasbrug bij Gennep is de A73 dichtbij. Station Gennep ligt aan de Maaslijn.'),
      { t: 'break' },
      h(1, 'Visie en ambities'),
      h(2, 'Een vitale centrumkern'),
      p('Wij maken het centrum van Gennep compacter en aantrekkelijker. Winkels concentreren wij rond de Markt en de Brugstraat; daarbuiten is ruimte voor wonen.'),
      h(2, 'Leefbare dorpen'),
      p('In de dorpen houden wij de voorzieningen op peil en bouwen wij voor de eigen behoefte.'),
      ul(['woningen voor starters en senioren;', { text: 'behoud van ontmoetingsplekken', sub: ['dorpshuizen;', 'sportvelden en speelplekken.'] }, 'veilige routes naar school.']),
      h(2, 'Natuur en landschap'),
      h(3, 'Maasduinen'),
      p('Wij beschermen de Maasduinen en de rivierduinen langs de Maas en verbinden de natuurgebieden met elkaar.'),
      h(3, 'Agrarisch gebied'),
      p('Het agrarisch gebied bij Heijen en Ottersum blijft in de eerste plaats bestemd voor de landbouw, die wij helpen te verduurzamen.'),
      h(2, 'Klimaat en energie'),
      p('Gennep wil in 2050 energieneutraal zijn. Wij kiezen voor de volgende verdeling van duurzame opwek:'),
      {
        t: 'table',
        cols: [8.0, 4.0, 4.0],
        header: ['Opwek', '2030', '2040'],
        rows: [
          ['Zon op dak (ha)', '25', '45'],
          ['Zonneveld (ha)', '20', '40'],
          ['Windturbines (aantal)', '0', '3'],
        ],
      },
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Instrumenten'),
      p('Wij voeren de visie uit met het omgevingsplan, programma’s, projecten en subsidies.'),
      h(2, 'Samenwerking'),
      p('Wij werken samen met de provincie Limburg, Waterschap Limburg, Staatsbosbeheer en onze Duitse buren in de Kreis Kleve.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente Gennep', 'gemeente-gennep', [0, 0], 3),
    gio('Samenvloeiing Niers en Maas', 'niers-maas', [-0.8, 0.6], 0.7),
    gio('Maasduinen en stuwwal', 'maasduinen-stuwwal', [1.5, -0.4], 1.2),
    gio('Centrum Gennep', 'centrum-gennep', [-0.4, 0.2], 0.3),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-gennep-2040', regeling: 'omgevingsvisie-gennep-2040', doel: 'omgevingsvisie-gennep-2040' },
    datums: { vaststelling: '2028-07-06', ondertekening: '2028-07-06', bekendmaking: '2028-07-10', inwerkingtreding: '2028-07-17' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0907',
  },
  geo: { origin: [194000, 411000] },
  meubilair: ['^Omgevingsvisie Gennep 2040 – vastgesteld$', '^Pagina \\d+ van \\d+$'],
}
export default doc
