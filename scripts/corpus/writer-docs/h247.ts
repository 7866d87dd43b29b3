/**
 * h247 — gemeente Hilvarenbeek (gm0798), holdout (session 14): the Brabantse Kempengemeente of some 16.000
 * inwoners south of Tilburg with the kernen Hilvarenbeek, Diessen, Esbeek, Biest-Houtakker and Haghorst, the Beekse
 * Bergen (safaripark and speelland), the beekdalen of Reusel, Rovertsche Leij and Roodloop, the landgoederen
 * Gorp en Roovert, and the Vrijthof of Hilvarenbeek. Content after the public descriptions of the gemeente, the
 * Hart van Brabant region and the Kempen, and the outline and wording of the real Omgevingsvisie Hilvarenbeek "Samen
 * gezond groeien!" (25 September 2025, gmb-2025-498610, found with `search`: "Deel A Foto van de Leefomgeving",
 * "1. Inleiding", "1.1. Omgevingsvisie Hilvarenbeek", six woonkernen), here as an omgevingsvisie of 2028, shortened. Layout:
 * LibreOffice, a page of 17 × 24 cm, Liberation Sans 9.5 pt; two parts "Deel A" and "Deel B" (level 1, nummer
 * "A"/"B") with chapters numbered "1." that restart in each part (level 2) and sections "1.1." (level 3); table of
 * contents "Inhoud" of two levels; header "Hilvarenbeek – Omgevingsvisie" centred, footer "- n -" centred;
 * bullets "■" with "-"; numbered list "(1)"; one table; raadsbesluit with Artikel I–III (as the real one); GIO table in
 * "Bijlage A".
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
    'Naar de opbouw en woorden van de echte Omgevingsvisie Hilvarenbeek “Samen gezond groeien!” (vastgesteld 25 september 2025, gmb-2025-498610: Artikel I–III, Bijlage A, “Deel A Foto van de Leefomgeving”, “1. Inleiding”, “1.1. Omgevingsvisie Hilvarenbeek”, de zes woonkernen en de kernwaarden van HLVRNBK 2030) en de openbare beschrijvingen van de gemeente (Hilvarenbeek, Diessen, Esbeek, Biest-Houtakker, Haghorst en Baarschot, de Beekse Bergen, de beekdalen van Reusel, Rovertsche Leij en Roodloop, de landgoederen Gorp en Roovert, de Vrijthof) en de regio Hart van Brabant, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: 17 × 24 cm, Liberation Sans 9,5 pt, delen "Deel A" en "Deel B" (niveau 1) met per deel opnieuw genummerde hoofdstukken "1." (niveau 2) en paragrafen "1.1." met punt (niveau 3), inhoudsopgave "Inhoud" van twee niveaus, koptekst en voettekst "- n -" gecentreerd, opsommingen "■" en "-", genummerde lijst "(1)", één tabel, raadsbesluit met Artikel I–III zoals het echte besluit, GIO-tabel in "Bijlage A" (holdout)',
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
      { format: '1', display: 2, suffix: '.' },
      { format: '1', display: 3, suffix: '.' },
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
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-12-11',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Hilvarenbeek tot vaststelling van de Omgevingsvisie Hilvarenbeek' },
      p('De raad van de gemeente Hilvarenbeek;'),
      p('gelezen het voorstel van burgemeester en wethouders van 17 oktober 2028, zaaknummer Z-28-04512;'),
      p('gelet op de Nota beantwoording van zienswijzen en de plan-MER Omgevingsvisie Hilvarenbeek;'),
      p('overwegende dat de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt en dat het ontwerp daarvan zes weken ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel I' },
      p('De Omgevingsvisie Hilvarenbeek “Samen gezond groeien!”, met de geografische informatieobjecten genoemd in bijlage A, vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel II' },
      p('De omgevingsvisie wordt gewijzigd vastgesteld ten opzichte van het ontwerp zoals dat ter inzage heeft gelegen.'),
      { t: 'p', style: 'bold', text: 'Artikel III' },
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
      { t: 'p', style: 'subtitle', text: '“Samen gezond groeien!”' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Foto van de Leefomgeving'),
      h(2, 'Inleiding'),
      h(3, 'Omgevingsvisie Hilvarenbeek'),
      p('De gemeente Hilvarenbeek bestaat uit een groot buitengebied en de zes woonkernen Hilvarenbeek, Biest-Houtakker, Esbeek, Diessen, Haghorst en Baarschot. Hilvarenbeek heeft een sterke eigen identiteit en inwoners voelen zich sterk met hun kern verbonden. In de toekomstvisie HLVRNBK 2030 zijn de kernwaarden kwaliteit, samenwerking, verantwoordelijkheid, gemeenschapszin en kleinschaligheid bepaald.'),
      h(3, 'Opbouw'),
      p('Deel A is de foto van de leefomgeving: de kenmerken, kwaliteiten en knelpunten van de gemeente. Deel B bevat onze kernvisie en ambities voor de toekomst.'),
      h(2, 'De gemeente in het kort'),
      h(3, 'Kernen'),
      p('Hilvarenbeek heeft zes kernen. Het dorp Hilvarenbeek met de Vrijthof en de Sint-Petrustoren is het hart van de gemeente.'),
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
          ['Baarschot', '300', 'noordwest, aan de Reusel'],
        ],
      },
      h(3, 'Landschap'),
      p('De beekdalen van de Reusel, de Rovertsche Leij en de Roodloop lopen van zuid naar noord door de gemeente. Tussen de beken liggen bossen, heide en akkers, met de landgoederen Gorp en Roovert.'),
      h(3, 'Recreatie en toerisme'),
      p('De Beekse Bergen met het safaripark en het speelland trekken jaarlijks ruim anderhalf miljoen bezoekers.'),
      h(1, 'Kernvisie en ambities'),
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
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ': ' },
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
