/**
 * h247 — gemeente Hilvarenbeek (gm0798), holdout (session 14): the Brabantse Kempengemeente of some 16.000
 * inwoners south of Tilburg with the kernen Hilvarenbeek, Diessen, Esbeek, Biest-Houtakker and Haghorst, the Beekse
 * Bergen (safaripark and speelland), the beekdalen of Reusel, Rovertsche Leij and Roodloop, the landgoederen
 * Gorp en Roovert, and the Vrijthof of Hilvarenbeek. Content after the public descriptions of the gemeente, the
 * Hart van Brabant region and the Kempen, here as an omgevingsvisie of 2028, shortened and in our own words. Layout:
 * LibreOffice, a page of 17 × 24 cm, Liberation Sans 9.5 pt; two parts "Deel A" and "Deel B" (level 1, nummer
 * "A"/"B") with chapters numbered "1." that restart in each part (level 2) and sections "1.1" (level 3); table of
 * contents "Inhoud" of two levels; header "Hilvarenbeek – Omgevingsvisie" centred, footer "- n -" centred;
 * bullets "■" with "-"; numbered list "(1)"; one table; raadsbesluit with Artikel 1–2; GIO table in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0798'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-23', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Blok', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Haak', items })

const doc: Doc = {
  id: 'h247',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Hilvarenbeek (Hilvarenbeek, Diessen, Esbeek, Biest-Houtakker en Haghorst, de Beekse Bergen, de beekdalen van Reusel, Rovertsche Leij en Roodloop, de landgoederen Gorp en Roovert, de Vrijthof) en de regio Hart van Brabant, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: 17 × 24 cm, Liberation Sans 9,5 pt, delen "Deel A" en "Deel B" (niveau 1) met per deel opnieuw genummerde hoofdstukken "1." (niveau 2) en paragrafen "1.1" (niveau 3), inhoudsopgave "Inhoud" van twee niveaus, koptekst en voettekst "- n -" gecentreerd, opsommingen "■" en "-", genummerde lijst "(1)", één tabel, raadsbesluit met Artikel 1–2, GIO-tabel in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hilvarenbeek',
  title: 'Omgevingsvisie Hilvarenbeek',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 13, 10.5, 9.5],
    headingColor: '#00563f',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 2.0, bottom: 1.8, left: 2.0, right: 2.0 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ' },
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: '-' }] },
      Haak: { kind: 'number', levels: [{ format: '1', prefix: '(', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Hilvarenbeek – Omgevingsvisie'],
        footer: ['- {page} -'],
        align: 'center',
      },
    },
    tableBorder: '0.5pt solid #00563f',
    tableHeaderBg: '#e0efe9',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Hilvarenbeek tot vaststelling van de Omgevingsvisie Hilvarenbeek',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-12-11',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Hilvarenbeek tot vaststelling van de Omgevingsvisie Hilvarenbeek' },
      p('De raad van de gemeente Hilvarenbeek;'),
      p('gelezen het voorstel van burgemeester en wethouders van 17 oktober 2028, zaaknummer Z-28-04512;'),
      p('overwegende dat de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt en dat het ontwerp daarvan zes weken ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel 1' },
      p('De Omgevingsvisie Hilvarenbeek, met de geografische informatieobjecten genoemd in bijlage 1, vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op 11 december 2028.'),
      p('Aldus besloten in de openbare raadsvergadering van 23 november 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. L.C.M. van den Broek'], right: ['De voorzitter,', '', 'E.J. van den Hout'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hilvarenbeek',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hilvarenbeek' },
      { t: 'p', style: 'subtitle', text: 'Vijf kernen in het Brabantse land' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Hilvarenbeek en zijn omgeving'),
      h(2, 'Over deze visie'),
      h(3, 'Waarom een omgevingsvisie'),
      p('Deze omgevingsvisie beschrijft hoe Hilvarenbeek zich tot 2040 wil ontwikkelen. Zij is de opvolger van de Structuurvisie Hilvarenbeek en de Landschapsvisie.'),
      h(3, 'Opbouw'),
      p('Deel A beschrijft de gemeente zoals zij nu is. Deel B bevat onze keuzes voor de toekomst.'),
      h(2, 'De gemeente in het kort'),
      h(3, 'Kernen'),
      p('Hilvarenbeek heeft vijf kernen. Het dorp Hilvarenbeek met de Vrijthof en de Sint-Petrustoren is het hart van de gemeente.'),
      {
        t: 'table',
        cols: [5.0, 3.0, 5.0],
        header: ['Kern', 'Inwoners', 'Ligging'],
        rows: [
          ['Hilvarenbeek', '9.800', 'centraal'],
          ['Diessen', '2.700', 'west, aan de Reusel'],
          ['Esbeek', '1.300', 'zuid'],
          ['Biest-Houtakker', '1.100', 'noordwest'],
          ['Haghorst', '800', 'noordwest'],
        ],
      },
      h(3, 'Landschap'),
      p('De beekdalen van de Reusel, de Rovertsche Leij en de Roodloop lopen van zuid naar noord door de gemeente. Tussen de beken liggen bossen, heide en akkers, met de landgoederen Gorp en Roovert.'),
      h(3, 'Recreatie en toerisme'),
      p('De Beekse Bergen met het safaripark en het speelland trekken jaarlijks ruim anderhalf miljoen bezoekers.'),
      h(1, 'Koers tot 2040'),
      h(2, 'Wonen en leefbaarheid'),
      h(3, 'Bouwen naar behoefte'),
      p('Wij bouwen tot 2040 ongeveer 1.000 woningen, vooral in Hilvarenbeek en Diessen, en daarnaast in de kleine kernen voor de eigen inwoners.'),
      h(3, 'Voorzieningen'),
      p('Wij houden de basisvoorzieningen in de kernen op peil. Daarvoor:'),
      ol(['bundelen wij voorzieningen in multifunctionele accommodaties;', 'ondersteunen wij de dorpsraden;', 'zorgen wij voor goede fietsverbindingen met Tilburg.']),
      h(2, 'Buitengebied'),
      h(3, 'Landbouw'),
      p('Wij begeleiden de omschakeling naar een duurzame, grondgebonden landbouw, met minder uitstoot van stikstof rond de natuurgebieden.'),
      h(3, 'Natuur en beekdalen'),
      p('Wij herstellen de beekdalen en leggen ontbrekende schakels in het Natuurnetwerk Brabant aan.'),
      ul(['herinrichting van de Rovertsche Leij;', { text: 'natuurontwikkeling langs de Reusel', sub: ['bij Diessen;', 'bij Baarschot.'] }, 'bescherming van de landgoederen.']),
      h(2, 'Economie en energie'),
      h(3, 'Vrijetijdseconomie'),
      p('De Beekse Bergen mogen zich binnen het eigen terrein verder ontwikkelen, met aandacht voor verkeer en landschap.'),
      h(3, 'Duurzame energie'),
      p('Voor zonnevelden en windturbines wijzen wij een zoekgebied aan langs de A58 en de Tilburgseweg.'),
      h(2, 'Uitvoering'),
      h(3, 'Omgevingsplan en programma’s'),
      p('Wij vertalen de visie in het omgevingsplan en in programma’s voor wonen en buitengebied.'),
      h(3, 'Monitoring'),
      p('Eens in de vier jaar rapporteren wij de raad over de voortgang.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [4.5, 8.5] },
    ],
  ],
  gios: [
    gio('Gemeente Hilvarenbeek', 'gemeente-hilvarenbeek', [0, 0], 3),
    gio('Beekdalen', 'beekdalen', [-0.8, -0.4], 1.2),
    gio('Beekse Bergen', 'beekse-bergen', [0.8, 1.4], 0.5),
    gio('Zoekgebied energie A58', 'zoekgebied-energie-a58', [1.2, 1.8], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-hilvarenbeek', regeling: 'omgevingsvisie-hilvarenbeek', doel: 'omgevingsvisie-hilvarenbeek' },
    datums: { vaststelling: '2028-11-23', ondertekening: '2028-11-23', bekendmaking: '2028-12-05', inwerkingtreding: '2028-12-11' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0798',
  },
  geo: { origin: [133000, 387000] },
  meubilair: ['^Hilvarenbeek – Omgevingsvisie$', '^- \\d+ -$'],
}
export default doc
