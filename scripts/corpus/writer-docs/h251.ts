/**
 * h251 — gemeente Leudal (gm1640), holdout (session 14): the Midden-Limburgse plattelandsgemeente of some 36.000
 * inwoners with sixteen kernen (Haelen, Heythuysen, Roggel, Horn, Neer, Baexem, Grathem, Ell, Hunsel, Ittervoort and
 * others), the Maas, the Leudal itself (beekdal of the Leubeek and Zelsterbeek), the Tungelroyse Beek and the A2.
 * Content after the public descriptions of the gemeente and its kernen, here as an omgevingsvisie of 2028, shortened
 * and in our own words. Layout: LibreOffice, A4 LANDSCAPE, DejaVu Serif 10 pt with DejaVu Sans headings; chapters
 * "1." (number with a dot, nummer "1"), sections "1.1", third level "1.1.1"; table of contents "Inhoud" of one level;
 * header "Gemeente Leudal · Omgevingsvisie" left, footer "Pagina n" right; bullets "–"; numbered list "1)"; a table;
 * raadsbesluit with Artikel 1–4; GIO list as lines in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1640'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-14', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Streep', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Cijfer', items })

const doc: Doc = {
  id: 'h251',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Leudal (zestien kernen, waaronder Haelen, Heythuysen, Roggel, Horn, Neer en Baexem, de Maas, het Leudal, de Tungelroyse Beek, de A2), hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: A4 liggend, DejaVu Serif 10 pt met koppen in DejaVu Sans, hoofdstukken "1.", paragrafen "1.1", derde niveau "1.1.1", inhoudsopgave "Inhoud" van één niveau, koptekst links, voettekst "Pagina n" rechts, opsommingen "–" en genummerde lijst "1)", een tabel, raadsbesluit met Artikel 1–4, GIO-regels in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Leudal',
  title: 'Omgevingsvisie Leudal',
  style: {
    font: 'DejaVu Serif',
    size: 10,
    headingFont: 'DejaVu Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#2e6b30',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 2.0, bottom: 1.8, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, start: 1, suffix: '.' },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Leudal  ·  Omgevingsvisie'],
        footer: ['\t\tPagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #2e6b30',
    tableHeaderBg: '#e3efdf',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Raadsbesluit vaststelling Omgevingsvisie Leudal',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit vaststelling Omgevingsvisie Leudal' },
      p('Registratienummer: 2028-RB-0412'),
      p('De raad van de gemeente Leudal,'),
      p('gelezen het voorstel van burgemeester en wethouders van 3 oktober 2028;'),
      p('overwegende dat het ontwerp van de Omgevingsvisie Leudal van 4 mei tot en met 14 juni 2028 ter inzage heeft gelegen; dat er negentien zienswijzen zijn ingediend, die in de Nota van zienswijzen zijn beantwoord; dat de visie naar aanleiding daarvan op enkele punten is aangepast;'),
      p('gelet op artikel 3.1 en afdeling 16.5 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'bold', text: 'Artikel 1' },
      p('De Omgevingsvisie Leudal gewijzigd vast te stellen, met de geografische informatieobjecten die zijn opgenomen in bijlage 1.'),
      { t: 'p', style: 'bold', text: 'Artikel 2' },
      p('De Nota van zienswijzen Omgevingsvisie Leudal vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel 3' },
      p('De Structuurvisie Leudal 2013 en de Landschapsvisie Leudal in te trekken.'),
      { t: 'p', style: 'bold', text: 'Artikel 4' },
      p('Dit besluit treedt in werking op de dag na die van de bekendmaking.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Leudal van 14 november 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'M.J.A. Wolfs'], right: ['de voorzitter,', '', 'H.W.J. Verheijen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Leudal',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Leudal' },
      { t: 'p', style: 'subtitle', text: 'Sterke kernen in een buitengewoon landschap' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie'),
      p('Leudal is in 2007 ontstaan uit de gemeenten Haelen, Heythuysen, Hunsel en Roggel en Neer. Met de Omgevingswet stellen wij één integrale visie vast voor het hele grondgebied, van de Maas tot de Peel.'),
      h(2, 'Reikwijdte en status'),
      p('De visie kijkt vooruit tot 2040. Zij bindt het gemeentebestuur; regels voor burgers en bedrijven volgen uit het omgevingsplan.'),
      h(2, 'Opbouw van dit document'),
      p('Na deze inleiding schetsen wij Leudal nu. Daarna volgen de ambities, de gebiedsgerichte uitwerking en de uitvoering.'),
      { t: 'break' },
      h(1, 'Leudal in vogelvlucht'),
      h(2, 'Zestien kernen'),
      p('Leudal telt zestien kernen. Heythuysen, Haelen en Roggel hebben de meeste voorzieningen; de kleinere kernen zijn hecht en kennen een actief verenigingsleven.'),
      {
        t: 'table',
        cols: [6.0, 4.0, 8.0],
        header: ['Kern', 'Inwoners (afgerond)', 'Rol'],
        rows: [
          ['Heythuysen', '6.000', 'hoofdkern met gemeentehuis'],
          ['Haelen', '5.300', 'kern met regionale voorzieningen'],
          ['Roggel', '4.300', 'kern met basisvoorzieningen'],
          ['Overige dertien kernen', '20.400', 'woon- en leefkernen'],
        ],
      },
      h(2, 'Landschap'),
      h(3, 'Maasvallei'),
      p('In het westen ligt de Maasvallei met Horn, Buggenum, Neer en Kessel-Eik, met uiterwaarden, grindplassen en terrassen.'),
      h(3, 'Beekdalen'),
      p('Het Leudal, het dal van de Leubeek en de Zelsterbeek, is het bekendste natuurgebied. De Tungelroyse Beek stroomt door het noorden van de gemeente.'),
      h(3, 'Peelrand'),
      p('In het oosten gaat het landschap over in de ontginningen van de Peel, met grootschalige landbouw.'),
      { t: 'break' },
      h(1, 'Ambities'),
      h(2, 'Vitale kernen'),
      p('Wij houden de kernen leefbaar door te bouwen naar behoefte en voorzieningen te clusteren. Onze uitgangspunten:'),
      ul(['woningbouw eerst binnen de kernen;', { text: 'aandacht voor', sub: ['starters en jonge gezinnen;', 'ouderen die in hun eigen kern willen blijven wonen.'] }, 'behoud van de dorpse maat en schaal.']),
      h(2, 'Een buitengewoon landschap'),
      p('Het landschap is de basis voor landbouw, natuur en recreatie. Wij versterken de beekdalen en de Maasvallei als groenblauwe dragers.'),
      h(2, 'Toekomstbestendige landbouw'),
      h(3, 'Ruimte voor ontwikkeling'),
      p('Agrarische bedrijven krijgen ruimte om te ontwikkelen, mits dat bijdraagt aan de kwaliteit van landschap, natuur en milieu.'),
      h(3, 'Vrijkomende agrarische bebouwing'),
      p('Voor vrijkomende bebouwing zoeken wij passende nieuwe functies, zoals wonen, kleinschalige bedrijvigheid of zorg.'),
      h(2, 'Energie en klimaat'),
      p('Leudal wil in 2050 energieneutraal zijn. Bij de opwekking volgen wij de zonneladder:'),
      ol(['zon op daken;', 'zon op onbenutte terreinen, zoals langs de A2;', 'zon in het buitengebied alleen gecombineerd met landschapsherstel.']),
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'Kernen'),
      p('In de kernen gaat het om wonen, voorzieningen en een aantrekkelijke openbare ruimte.'),
      h(2, 'Maasvallei'),
      p('De Maasvallei ontwikkelt zich als rivierlandschap met ruimte voor water, natuur en recreatie, in samenhang met de dijkversterking.'),
      h(2, 'Natuurgebied Leudal'),
      p('In het Leudal staan natuur en rustige recreatie voorop. Nieuwe bebouwing is hier niet aan de orde.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Instrumenten'),
      p('Wij werken de visie uit in het omgevingsplan en in programma’s, zoals het programma Wonen en het programma Buitengebied.'),
      h(2, 'Samenwerking'),
      p('Wij werken samen met de provincie Limburg, Waterschap Limburg, de buurgemeenten in Midden-Limburg en de dorpsraden.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'lines' },
    ],
  ],
  gios: [
    gio('Gemeente Leudal', 'gemeente-leudal', [0, 0], 5),
    gio('Maasvallei', 'maasvallei', [-2, 0.5], 1.2),
    gio('Natuurgebied Leudal', 'natuurgebied-leudal', [0.5, -0.5], 0.7),
    gio('Tungelroyse Beek', 'tungelroyse-beek', [1, 2], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-leudal', regeling: 'omgevingsvisie-leudal', doel: 'omgevingsvisie-leudal' },
    datums: { vaststelling: '2028-11-14', ondertekening: '2028-11-14', bekendmaking: '2028-11-28' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1640',
  },
  geo: { origin: [188000, 360000] },
  meubilair: ['^Gemeente Leudal · Omgevingsvisie$', '^Pagina \\d+$'],
}
export default doc
