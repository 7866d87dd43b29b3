/**
 * h252 — gemeente Scherpenzeel (gm0279), holdout (session 14): the Gelderse gemeente of some 10.000 inwoners on the
 * edge of the Gelderse Vallei and the Utrechtse Heuvelrug, with the village Scherpenzeel, the buurtschappen
 * Lambalgen and Glind-grens, landgoed Scherpenzeel (Huis Scherpenzeel), the Lunterse Beek and the N224/N226.
 * Content after the public descriptions of the gemeente and the Regio Foodvalley, here as an omgevingsvisie of 2028,
 * shortened and in our own words. Layout: LibreOffice, A4 portrait, Carlito 10.5 pt; chapters "1" (number, tab),
 * sections "1.1", third level "1.1.1"; table of contents "Inhoudsopgave" of two levels; header "Omgevingsvisie
 * Scherpenzeel 2040" right, footer "n" right; a two-column section; bullets "■"; numbered list "a)"; a table;
 * raadsbesluit with Artikel I–II; GIO table (nr, naam, identificatie) in "Bijlage I".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0279'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-29', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Blok', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Letter', items })

const doc: Doc = {
  id: 'h252',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Scherpenzeel (het dorp, Lambalgen en Glind-grens, landgoed Scherpenzeel, de Lunterse Beek, de N224 en N226) en de Regio Foodvalley, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: A4 staand, Carlito 10,5 pt, hoofdstukken "1", paragrafen "1.1", derde niveau "1.1.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst rechts, voettekst paginanummer rechts, een deel in twee kolommen, opsommingen "■" en genummerde lijst "a)", een tabel, raadsbesluit met Artikel I–II, GIO-tabel met volgnummer in "Bijlage I" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Scherpenzeel',
  title: 'Omgevingsvisie Scherpenzeel 2040',
  style: {
    font: 'Carlito',
    size: 10.5,
    headingFont: 'Carlito',
    headingSizes: [18, 13, 11, 10.5],
    headingColor: '#8a1c2b',
    lineHeight: 120,
    spaceAfter: 0.25,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.0, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Scherpenzeel 2040'],
        footer: ['\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #8a1c2b',
    tableHeaderBg: '#f3e1e3',
    tableFontSize: 9.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Scherpenzeel tot vaststelling van de Omgevingsvisie Scherpenzeel 2040',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2028-07-17',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Scherpenzeel tot vaststelling van de Omgevingsvisie Scherpenzeel 2040' },
      p('Zaaknummer: Z/28/041877'),
      p('De raad van de gemeente Scherpenzeel;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 30 mei 2028;'),
      p('overwegende:'),
      ol([
        'dat de raad op grond van artikel 3.1 van de Omgevingswet voor het gehele grondgebied een omgevingsvisie vaststelt;',
        'dat het ontwerp met ingang van 10 februari 2028 zes weken ter inzage heeft gelegen en dat vijf zienswijzen zijn ontvangen;',
        'dat de zienswijzen zijn beantwoord in de Reactienota zienswijzen;',
      ]),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'bold', text: 'Artikel I' },
      p('De Omgevingsvisie Scherpenzeel 2040 vast te stellen, bestaande uit de tekst en de geografische informatieobjecten zoals opgenomen in bijlage I.'),
      { t: 'p', style: 'bold', text: 'Artikel II' },
      p('Dit besluit treedt in werking op 17 juli 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van 29 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. A.C. van den Brink'], right: ['De voorzitter,', '', 'ir. G. Hoogland'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Scherpenzeel 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Scherpenzeel 2040' },
      { t: 'p', style: 'subtitle', text: 'Groen dorp tussen Vallei en Heuvelrug' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Over deze visie'),
      h(2, 'Aanleiding'),
      p('Scherpenzeel is een groen dorp met een eigen karakter. Met deze omgevingsvisie leggen wij vast hoe wij dat karakter tot 2040 behouden en versterken, terwijl het dorp blijft groeien.'),
      h(2, 'Zo kwam de visie tot stand'),
      p('Inwoners, ondernemers en organisaties dachten mee in dorpsgesprekken, een online peiling en een jongerenpanel.'),
      h(2, 'Relatie met andere plannen'),
      p('De visie sluit aan op de Omgevingsvisie Gaaf Gelderland, de Regionale Energiestrategie Foodvalley en de Woonagenda van de Regio Foodvalley.'),
      { t: 'break' },
      h(1, 'Scherpenzeel nu'),
      h(2, 'Ligging en geschiedenis'),
      {
        t: 'cols2',
        blocks: [
          p('Scherpenzeel ligt op de overgang van de Gelderse Vallei naar de Utrechtse Heuvelrug. Het dorp ontstond rond Huis Scherpenzeel en de Oude Kerk en groeide na de Tweede Wereldoorlog flink.'),
          p('Het buitengebied bestaat uit kampen, essen en weidegronden met verspreide boerderijen. Het landgoed Scherpenzeel en de bossen bij de Lambalgen zijn waardevolle natuurgebieden.'),
        ],
      },
      h(2, 'Kerncijfers'),
      {
        t: 'table',
        cols: [7.0, 4.0, 4.0],
        header: ['Onderwerp', 'Stand 2025', 'Prognose 2040'],
        rows: [
          ['Inwoners', '10.300', '11.500'],
          ['Woningen', '4.200', '4.850'],
          ['Banen', '3.600', '3.900'],
        ],
      },
      { t: 'break' },
      h(1, 'Koers tot 2040'),
      h(2, 'Wonen'),
      h(3, 'Bouwen voor eigen inwoners'),
      p('Wij bouwen tot 2040 ongeveer 650 woningen. De nadruk ligt op betaalbare woningen voor starters en op levensloopbestendige woningen.'),
      h(3, 'Uitbreiding Willaerts'),
      p('De woonwijk Willaerts wordt afgerond. Een nieuwe uitbreidingslocatie onderzoeken wij aan de westzijde van het dorp.'),
      h(2, 'Werken'),
      p('Bedrijventerrein Willaerts en de Glindhorst bieden ruimte aan lokale ondernemers. Wij zetten in op:'),
      ul(['intensiever ruimtegebruik;', { text: 'verduurzaming van bedrijfspanden', sub: ['zon op daken;', 'groene erfafscheidingen.'] }, 'een goede ontsluiting via de N224.']),
      h(2, 'Landschap en natuur'),
      h(3, 'Landgoederen'),
      p('Het landgoed Scherpenzeel en de omliggende landgoederen zijn openbaar toegankelijk en blijven dat.'),
      h(3, 'Beken'),
      p('De Lunterse Beek en de sprengen krijgen meer ruimte voor water en natuur, samen met Waterschap Vallei en Veluwe.'),
      h(2, 'Mobiliteit'),
      p('De N224 en de N226 verbinden Scherpenzeel met Woudenberg, Barneveld en Renswoude. In het dorp krijgen voetganger en fietser voorrang; de doorgaande fietsroutes naar Veenendaal en Amersfoort verbeteren wij.'),
      h(2, 'Energie'),
      p('Wij willen in 2050 energieneutraal zijn. Grootschalige opwekking kan alleen in samenhang met het landschap.'),
      { t: 'break' },
      h(1, 'Uitvoering en monitoring'),
      h(2, 'Doorwerking'),
      p('Het omgevingsplan, programma’s en het beoordelen van initiatieven zijn de belangrijkste instrumenten.'),
      h(2, 'Actualisatie'),
      p('Elke raadsperiode bezien wij of de visie bijgesteld moet worden.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I', nummer: 'I', text: 'Overzicht geografische informatieobjecten', sep: '. ' },
      { t: 'gio', layout: 'table', extra: 'nr', cols: [1.2, 5.0, 10.5], header: ['Nr.', 'Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Scherpenzeel', 'gemeente-scherpenzeel', [0, 0], 3),
    gio('Landgoed Scherpenzeel', 'landgoed-scherpenzeel', [0.4, 0.3], 0.5),
    gio('Zoekgebied woningbouw west', 'zoekgebied-woningbouw-west', [-0.8, 0], 0.4),
    gio('Dal van de Lunterse Beek', 'dal-lunterse-beek', [1, 1], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-scherpenzeel', regeling: 'omgevingsvisie-scherpenzeel', doel: 'omgevingsvisie-scherpenzeel' },
    datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-12', inwerkingtreding: '2028-07-17' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0279',
  },
  geo: { origin: [163000, 453000] },
  meubilair: ['^Omgevingsvisie Scherpenzeel 2040$', '^\\d+$'],
}
export default doc
