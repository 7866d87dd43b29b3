/**
 * h28 — gemeente Lochem (gm0262), holdout (session 6). Content after the omgevingsvisie of Lochem (kernen Lochem,
 * Gorssel, Eefde, Epse, Laren, Almen, Harfsen en Barchem; landgoederen, Berkel, IJssel en Twentekanaal; energie en
 * landbouw), shortened and in our own words. Layout: Word outline numbering with parts "Deel A" above chapters
 * "Hoofdstuk 1 –" + tab + title and sections "1.1" (three levels; chapter numbers start again in each part), a table
 * of contents with dotted leaders, ■-lists with i.)-items, a table whose cells hold several lines, a header line with
 * date and version, footer "blz. n" on the right, a raadsbesluit with "Besluit:", an "Enig artikel" that also says
 * the besluit takes effect on the day after that of the uitgifte of the Gemeenteblad, "bijlage 1" in lower case
 * before the visie, and a GIO table of a single object.
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'gm0262'

const doc: Doc = {
  id: 'h28',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Lochem (acht kernen, landgoederen, Berkel, IJssel en Twentekanaal, energie en landbouw), ingekort en in eigen woorden; eigen opmaak: Liberation Sans Narrow 10 pt met DejaVu Serif-koppen in bordeaux, Word-nummering met "Deel A" boven hoofdstukken "Hoofdstuk 1 –" + tab en paragrafen "1.1", inhoudsopgave met puntlijnen, ■-lijsten met i.)-items, tabel met meerregelige cellen, kopregel met datum en versie, voettekst "blz. n" rechts, raadsbesluit met "Besluit:" en "Enig artikel" (inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad), "bijlage 1" in kleine letters voor de visie, GIO-tabel van één object (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Lochem',
  title: 'Omgevingsvisie Lochem 2040',
  style: {
    font: 'Liberation Sans Narrow',
    size: 10,
    headingFont: 'DejaVu Serif',
    headingSizes: [18, 14, 11, 10],
    headingColor: '#7A1F2B',
    lineHeight: 120,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.5, 2.2, 2.8, 2.2),
    outline: [
      { format: 'A', prefix: 'Deel ', display: 1 },
      { format: '1', prefix: 'Hoofdstuk ', suffix: ' –', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: '–' }] },
      Romein: { kind: 'number', levels: [{ format: 'i', suffix: '.)' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Lochem 2040 | versie 1.0 | 12 november 2026'],
        footer: ['\t\tblz. {page}'],
      },
    },
    tableBorder: '0.5pt solid #7A1F2B',
    tableHeaderBg: '#F3E4E6',
    tableFontSize: 9,
    tussenkop: { bold: true, italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Lochem tot vaststelling van de Omgevingsvisie Lochem 2040',
    artikelen: [''],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Lochem · raadsvergadering 12 november 2026 · agendapunt 9 · zaaknummer 2026/1187' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Lochem tot vaststelling van de Omgevingsvisie Lochem 2040' },
      { t: 'p', text: 'De raad van de gemeente Lochem;' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 29 september 2026;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.26 van de Omgevingswet;' },
      { t: 'p', text: 'gehoord de beraadslagingen in de oordeelsvormende vergadering van 22 oktober 2026;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', style: 'artikel', text: 'Enig artikel' },
      { t: 'p', text: 'De Omgevingsvisie Lochem 2040, opgenomen als bijlage 1 bij dit besluit, met het daarin genoemde geometrische informatieobject, vast te stellen. Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt bekendgemaakt.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Lochem van 12 november 2026.' },
      { t: 'sign', left: ['De raad voornoemd,', 'de griffier,', '', '', 'mr. J.W. Hesselink'], right: ['', 'de voorzitter,', '', '', 'drs. S.M. Buitenhuis'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Lochem 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'bijlage 1 bij het raadsbesluit van 12 november 2026' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Lochem 2040' },
      { t: 'p', style: 'subtitle', text: 'Buiten wonen, samen leven, zuinig op het landschap' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'De basis' },
      { t: 'h', l: 2, text: 'Over deze visie' },
      { t: 'p', text: 'Lochem is een groene gemeente tussen de IJssel en de Achterhoek, met acht kernen en een buitengebied vol landgoederen, essen en beken. Ruim 34.000 inwoners wonen hier. Deze omgevingsvisie beschrijft hoe wij dat karakter bewaren en tegelijk ruimte maken voor woningen, energie en een toekomstbestendige landbouw.' },
      { t: 'h', l: 3, text: 'Wat de visie is' },
      { t: 'p', text: 'De omgevingsvisie is zelfbindend: zij bindt de raad en het college, niet de inwoners. De regels staan in het omgevingsplan. Waar wij afwegingen maken, gebruiken wij de instrumenten van hoofdstuk 2 en hoofdstuk 4 van de Omgevingswet.' },
      { t: 'h', l: 3, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'In 2025 en 2026 spraken wij in alle kernen met inwoners, ondernemers, landgoedeigenaren en boeren. Hun inbreng is verwerkt in de kernwaarden van hoofdstuk 2.' },
      { t: 'h', l: 2, text: 'Kernwaarden' },
      { t: 'p', text: 'Vijf kernwaarden geven richting aan alle keuzes in deze visie:' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          'het afwisselende landschap van essen, kampen, broeken en landgoederen;',
          'levendige kernen met eigen voorzieningen;',
          { text: 'gemeenschapszin:', sub: ['verenigingen en vrijwilligers dragen het dorpsleven;', 'initiatieven van inwoners krijgen ruimte.'] },
          'rust, ruimte en donkerte in het buitengebied;',
          'een gezonde en veilige leefomgeving.',
        ],
      },
      { t: 'h', l: 1, text: 'Opgaven en keuzes' },
      { t: 'h', l: 2, text: 'Wonen in de kernen' },
      { t: 'p', text: 'Tot 2040 bouwen wij ongeveer 2.000 woningen, vooral in Lochem, Gorssel en Eefde en in kleinere aantallen in de dorpen. Wij bouwen eerst binnen de kernen; uitbreiding aan de rand kan als er geen inbreidingslocaties meer zijn.' },
      {
        t: 'table',
        cols: [3.4, 3.2, 9.4],
        header: ['Kern', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Lochem', '± 900', 'stationsomgeving en Berkeloevers\nwonen boven winkels'],
          ['Gorssel en Eefde', '± 600', 'woningen voor starters en ouderen\nbij het Twentekanaal'],
          ['Laren en Almen', '± 250', 'kleinschalig, in het dorpslint'],
          ['Harfsen, Epse en Barchem', '± 250', 'naar behoefte van het dorp\ncollectief particulier opdrachtgeverschap'],
        ],
      },
      { t: 'h', l: 3, text: 'Voorzieningen' },
      { t: 'p', text: 'Iedere kern houdt een ontmoetingsplek en een basisschool binnen fietsafstand. Lochem is het centrum voor winkels, zorg en voortgezet onderwijs.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Lochem wil in 2030 energieneutraal zijn. Wij kiezen daarbij voor:' },
      {
        t: 'ol',
        list: 'Romein',
        items: [
          'zon op daken en op restgronden langs het Twentekanaal;',
          'een beperkt aantal zonnevelden, landschappelijk ingepast en met lokaal eigendom;',
          'onderzoek naar windturbines in het zoekgebied ten oosten van de A1;',
          'warmtenetten in Lochem-Noord en Gorssel.',
        ],
      },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'Het buitengebied' },
      { t: 'p', text: 'Het buitengebied is het visitekaartje van Lochem: de landgoederen Ampsen, Verwolde en de Cloese, de Lochemse Berg en de Kale Berg, de Berkel en de IJssel.' },
      { t: 'h', l: 3, text: 'Landbouw' },
      { t: 'p', text: 'Wij steunen boeren die extensiveren, natuur beheren of een nevenfunctie beginnen. Vrijkomende agrarische bebouwing krijgt een nieuwe functie of wordt gesloopt.' },
      { t: 'h', l: 3, text: 'Natuur en water' },
      { t: 'p', text: 'Langs de Berkel en de Baakse Beek maken wij ruimte voor water en natuur, samen met waterschap Rijn en IJssel.' },
      { t: 'h', l: 2, text: 'De IJsselzone' },
      { t: 'p', text: 'Tussen Epse, Gorssel en Eefde ligt de IJssel met uiterwaarden, zandwegen en buitenplaatsen. Wij beschermen de openheid van de uiterwaarden en versterken de recreatieve routes.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'Wij werken de visie uit in het omgevingsplan en in programma’s voor wonen en energie. Initiatiefnemers toetsen wij aan de kernwaarden. Iedere vier jaar bespreekt de raad of de visie bijstelling nodig heeft.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'bijlage 2', nummer: '2', text: 'geometrisch informatieobject', sep: ' – ' },
      { t: 'p', text: 'Deze visie geldt voor het hele grondgebied van de gemeente Lochem. Het werkingsgebied is vastgelegd in het volgende geometrische informatieobject:' },
      { t: 'gio', layout: 'table', cols: [5, 11], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [{ naam: 'Grondgebied gemeente Lochem', identificatie: joinId(bg, '2026', hex32(bg, 'Grondgebied gemeente Lochem'), '2026-11-12', '1'), at: [0, 0], size: 8 }],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-lochem-2040', regeling: 'omgevingsvisie-lochem-2040', doel: 'omgevingsvisie-lochem-2040' },
    datums: { vaststelling: '2026-11-12', ondertekening: '2026-11-12', bekendmaking: '2026-11-19' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0262',
  },
  geo: { origin: [219000, 463000] },
  meubilair: ['^Omgevingsvisie Lochem 2040 \\| versie 1\\.0 \\| 12 november 2026$', '^blz\\. \\d+$'],
}
export default doc
