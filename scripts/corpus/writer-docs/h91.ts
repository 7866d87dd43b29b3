/**
 * h91 — gemeente Elburg (gm0230), holdout (session 11, third set): a small gemeente (about 23.000 inwoners; the
 * vestingstad Elburg, Doornspijk, ’t Harde, Oostendorp, Hoge Enk). Content after the public texts on the
 * "Omgevingsvisie Elburg" (a vision for the whole gemeente looking ahead to 2030, a dynamic document that is checked
 * regularly; an integrated toekomstvisie; a gezonde, aantrekkelijke en groene omgeving voor inwoners en bezoekers; the
 * visie as afwegingskader for ruimtelijke ontwikkelingen; started together with Nunspeet and Oldebroek (the
 * NEO-gemeenten) with grensoverschrijdende opgaven; Elburg’s accent on using its cultuurhistorische waarden for
 * recreatie en toerisme; building on the Toekomstvisie Elburg 2012 and the Structuurvisie Elburg 2030; deelgebieden
 * Doornspijk, Elburg beschermd stadsgezicht, bedrijventerreinen, ’t Harde, Hoge Enk, buitengebied with bosgebied,
 * overgangsgebied and open polders en randmeerkust), here as an actualised visie of 2027, shortened and partly in our
 * own words. Layout: A5 portrait in DejaVu Sans 8 pt with DejaVu Serif headings; chapters "1." … "5.", sections
 * "1.1." and "3.2.1." (a dot after every number); no header, footer "Omgevingsvisie Elburg 2040 · pagina n"; a
 * •-list and a list "a."; a table; a real footnote; raadsbesluit with "BESLUIT:", Artikel 1–4 — the GIO LIST INSIDE
 * ARTIKEL 2 ("naam: identificatie" lines), no GIO bijlage; visie as "Bijlage" without number.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0230'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-28', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h91',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de "Omgevingsvisie Elburg" (vooruitkijken naar 2030, een dynamisch document; een gezonde, aantrekkelijke en groene omgeving voor inwoners en bezoekers; afwegingskader voor ruimtelijke ontwikkelingen; samen opgestart met Nunspeet en Oldebroek (NEO-gemeenten); accent op cultuurhistorische waarden voor recreatie en toerisme; voortbouwend op Toekomstvisie Elburg 2012 en Structuurvisie Elburg 2030; deelgebieden Doornspijk, beschermd stadsgezicht, bedrijventerreinen, ’t Harde, Hoge Enk en buitengebied), hier als geactualiseerde visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A5 staand in DejaVu Sans 8 pt met DejaVu Serif-koppen, hoofdstukken "1." … "5.", paragrafen "1.1." en "3.2.1.", geen kopregel, voettekst "Omgevingsvisie Elburg 2040 · pagina n", een •-lijst en een lijst "a.", een tabel, een echte voetnoot, raadsbesluit met "BESLUIT:" en Artikel 1–4 met de GIO-lijst IN ARTIKEL 2 (regels "naam: identificatie"), geen GIO-bijlage, visie als "Bijlage" zonder nummer (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Elburg',
  title: 'Omgevingsvisie Elburg 2040',
  style: {
    font: 'DejaVu Sans',
    size: 8,
    headingFont: 'DejaVu Serif',
    headingSizes: [13, 10, 8.5, 8],
    headingColor: '#7A1F1F',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.8, left: 1.6, right: 1.5 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2, suffix: '.' },
      { format: '1', display: 3, suffix: '.' },
      { format: '1', display: 4, suffix: '.' },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Elburg 2040 · pagina {page}'],
        align: 'center',
      },
    },
    tableBorder: '0.5pt solid #7A1F1F',
    tableHeaderBg: '#F1E3E3',
    tableFontSize: 7.5,
    tussenkop: { bold: true, size: 8 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Elburg tot vaststelling van de Omgevingsvisie Elburg 2040',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2027-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Elburg · raadsbesluit nr. 2027-34' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Elburg tot vaststelling van de Omgevingsvisie Elburg 2040' },
      { t: 'p', text: 'De raad van de gemeente Elburg;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 30 mei 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Vaststelling' },
      { t: 'p', text: 'De Omgevingsvisie Elburg 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2 Werkingsgebieden' },
      { t: 'p', text: 'De visie heeft de volgende werkingsgebieden, elk met zijn identificatie:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
      { t: 'p', style: 'artikel', text: 'Artikel 3 Intrekking' },
      { t: 'p', text: 'De Omgevingsvisie Elburg 2018, vastgesteld op 30 januari 2019, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 4 Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 augustus 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 28 juni 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. J. van ’t Oever'], right: ['de voorzitter,', '', '', 'A.A. Vos'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Elburg 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij raadsbesluit nr. 2027-34' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Elburg 2040' },
      { t: 'p', style: 'subtitle', text: 'Vitaal en krachtig: goed wonen, werken en recreëren' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Elburg heeft een integrale toekomstvisie voor de hele gemeente. Deze visie is een dynamisch document: we kijken regelmatig of ze moet worden aangepast. De wereld staat niet stil en Elburg wil meebewegen, inspelen op kansen en zijn kwaliteiten ontwikkelen.' },
      { t: 'h', l: 2, text: 'Waarom een nieuwe visie' },
      { t: 'p', text: 'De Omgevingsvisie Elburg 2018 keek vooruit tot 2030. Met deze actualisatie kijken we tot 2040 en verwerken we de woningbouwopgave en de energietransitie.[^De visie bouwt voort op de Toekomstvisie Elburg 2012 en de Structuurvisie Elburg 2030.]' },
      { t: 'h', l: 2, text: 'Samen met Nunspeet en Oldebroek' },
      { t: 'p', text: 'De NEO-gemeenten Nunspeet, Elburg en Oldebroek hebben gezamenlijke, grensoverschrijdende opgaven gedefinieerd. Elke gemeente legt eigen accenten; Elburg benut zijn cultuurhistorische waarden voor recreatie en toerisme.' },
      { t: 'h', l: 2, text: 'Hoe gebruiken we de visie' },
      { t: 'p', text: 'De visie is het afwegingskader voor ruimtelijke initiatieven en de basis voor het omgevingsplan.' },
      { t: 'h', l: 1, text: 'Ambitie' },
      { t: 'p', text: 'Een gezonde, aantrekkelijke en groene omgeving voor inwoners en bezoekers.' },
      { t: 'h', l: 2, text: 'Vitale kernen' },
      { t: 'p', text: 'Elburg, Doornspijk en ’t Harde houden hun voorzieningen. We bouwen voor jong en oud.' },
      { t: 'h', l: 2, text: 'Krachtige economie' },
      { t: 'p', text: 'Ruimte voor het midden- en kleinbedrijf op de bedrijventerreinen en voor toerisme in de vesting.' },
      { t: 'h', l: 2, text: 'Groen en duurzaam' },
      { t: 'p', text: 'We kiezen voor:' },
      { t: 'ol', list: 'Letter', items: ['zon op daken en op restgronden langs de A28;', 'klimaatbestendige straten bij elke herinrichting;', 'meer natuur langs de randmeerkust.'] },
      { t: 'h', l: 1, text: 'Thema’s' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Tot 2040 zijn ongeveer 1.500 woningen nodig.' },
      { t: 'h', l: 3, text: 'Inbreiding' },
      { t: 'p', text: 'Eerst binnen de kernen, op vrijkomende locaties.' },
      { t: 'h', l: 3, text: 'Uitbreiding' },
      { t: 'p', text: 'Daarna in Vossenakker Noord, Horstkamp en Hokseberg.' },
      { t: 'h', l: 2, text: 'Erfgoed en toerisme' },
      { t: 'p', text: 'De vesting, het beschermd stadsgezicht en de haven trekken bezoekers. We letten op:' },
      { t: 'ul', list: 'Bol', items: ['behoud van het stratenpatroon van de vesting;', { text: 'spreiding van bezoekers over', sub: ['de vesting;', 'de randmeerkust;', 'de bossen bij ’t Harde.'] }] },
      { t: 'h', l: 2, text: 'Landbouw en landschap' },
      { t: 'p', text: 'De open polders blijven open; de overgangszone van bos naar polder krijgt ruimte voor natuur.' },
      { t: 'h', l: 2, text: 'Verkeer' },
      { t: 'p', text: 'Veilige fietsroutes tussen de kernen en een goede aansluiting op station ’t Harde.' },
      { t: 'h', l: 1, text: 'Gebieden' },
      {
        t: 'table',
        cols: [3.5, 4.1, 4.1],
        header: ['Gebied', 'Koesteren', 'Ontwikkelen'],
        rows: [
          ['Vesting Elburg', 'stadsgezicht, haven', 'wonen boven winkels'],
          ['’t Harde', 'bos, dorpskarakter', 'woningen bij het station'],
          ['Buitengebied', 'openheid', 'natuur en recreatie'],
        ],
      },
      { t: 'h', l: 2, text: 'Elburg en Oostendorp' },
      { t: 'p', text: 'De vestingstad met haar beschermd stadsgezicht en de woongebieden daarbuiten.' },
      { t: 'h', l: 2, text: 'Doornspijk' },
      { t: 'p', text: 'Een dorp met een eigen karakter tussen bos en polder.' },
      { t: 'h', l: 2, text: '’t Harde en Hoge Enk' },
      { t: 'p', text: 'Wonen in het groen, met de kazerne en de bossen.' },
      { t: 'h', l: 2, text: 'Buitengebied' },
      { t: 'p', text: 'Bosgebied, overgangsgebied en de open polders aan de randmeerkust.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s en omgevingsplan' },
      { t: 'p', text: 'We werken de visie uit in programma’s en in het omgevingsplan, deelgebied voor deelgebied.' },
      { t: 'h', l: 2, text: 'Actualisatie' },
      { t: 'p', text: 'Elke raadsperiode kijken we of de visie nog past.' },
    ],
  },
  bijlagen: [],
  gios: [
    gio('Gemeente Elburg', 'gemeente-elburg', [0, 0], 6),
    gio('Vesting Elburg', 'vesting-elburg', [0.5, 1.5], 0.6),
    gio('Zoeklocaties wonen', 'zoeklocaties-wonen', [1.5, 1], 1),
    gio('Open polders en randmeerkust', 'open-polders-randmeerkust', [-2, 3], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-elburg-2040', regeling: 'omgevingsvisie-elburg-2040', doel: 'omgevingsvisie-elburg-2040' },
    datums: { vaststelling: '2027-06-28', ondertekening: '2027-06-28', bekendmaking: '2027-07-06', inwerkingtreding: '2027-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0230',
  },
  geo: { origin: [184000, 497000] },
  meubilair: ['^Omgevingsvisie Elburg 2040 · pagina \\d+$'],
}
export default doc
