/**
 * h228 — gemeente Haaksbergen (gm0158), holdout (session 14): the Twentse gemeente with the kernen Haaksbergen, Buurse
 * and Sint Isidorushoeve and a large buitengebied (essen- and oude hoevenlandschap, landgoederen, het Buurserzand
 * and Haaksbergerveen). Content after the public texts on the Haaksbergse omgevingsvisie in the making (2024: inwoners
 * asked "op straat", at the Vitaliteitsbeurs, the Engelse Mijlenloop, the weekmarkt and via samenhaaksbergen.nl, children
 * by a drawing or a vlog; a "toekomstkompas" for 2040; a raamwerk presented in five "omgevingsvisites"; questions on
 * klimaatverandering, dorpen aantrekkelijk voor jongeren and the sociale welbevinden) and the earlier Structuurvisie 2030
 * "groenste dorp van Twente" (cultuurhistorie, het groene karakter, dorp en landschap verweven), here as the visie of
 * 2028, shortened and partly in our own words. Layout: LibreOffice, A4 LANDSCAPE, Liberation Serif 10.5 pt with
 * Liberation Sans headings; chapter titles TYPED IN CAPITALS ("1 ONS HAAKSBERGEN", nummer "1"), sections "1.1", a
 * third level "3.2.1"; no table of contents; some sections in TWO COLUMNS; footer "Toekomstkompas Haaksbergen 2040"
 * left and "blad N" right, no header; lists "■" and "○", a lettered list "a." …; a table; raadsbesluit with ROMAN
 * Artikelen "Artikel I" … "Artikel III" and taking effect the day after its bekendmaking (no date); GIO table
 * Nr | Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0158'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-28', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Blok', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Let', items })

const doc: Doc = {
  id: 'h228',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de Haaksbergse omgevingsvisie in wording (2024: inwoners gevraagd op straat, op de Vitaliteitsbeurs, de Engelse Mijlenloop, de weekmarkt en via samenhaaksbergen.nl, kinderen met een tekening of vlog; een "toekomstkompas" voor 2040 voor Haaksbergen, Buurse, Sint Isidorushoeve en het buitengebied; een raamwerk in vijf "omgevingsvisites"; klimaatverandering, dorpen aantrekkelijk voor jongeren, sociaal welbevinden) en de eerdere Structuurvisie 2030 "groenste dorp van Twente" (cultuurhistorie, groen karakter, dorp en landschap verweven), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND, Liberation Serif 10,5 pt met Liberation Sans-koppen, hoofdstuktitels IN HOOFDLETTERS getypt ("1 ONS HAAKSBERGEN", nummer "1"), paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, enkele paragrafen in TWEE KOLOMMEN, voettekst "Toekomstkompas Haaksbergen 2040" links en "blad N" rechts, geen koptekst, lijsten "■" en "○", een lijst "a." …, een tabel, raadsbesluit met ROMEINSE artikelen "Artikel I" … "Artikel III" dat in werking treedt op de dag na bekendmaking, GIO-tabel Nr | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Haaksbergen',
  title: 'Toekomstkompas Haaksbergen 2040',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 11, 10.5],
    headingColor: '#2f5d2a',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.7, bottom: 1.7, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '○' }] },
      Let: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Toekomstkompas Haaksbergen 2040\t\tblad {page}'],
      },
    },
    tableBorder: '0.5pt solid #2f5d2a',
    tableHeaderBg: '#e3eedf',
    tableFontSize: 9.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Haaksbergen tot vaststelling van de omgevingsvisie Toekomstkompas Haaksbergen 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Haaksbergen tot vaststelling van de omgevingsvisie Toekomstkompas Haaksbergen 2040' },
      p('De raad van de gemeente Haaksbergen;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 23 mei 2028, nummer 2028/0417;'),
      p('overwegende dat inwoners, ondernemers en organisaties op straat, tijdens evenementen, online en in vijf omgevingsvisites hebben meegedacht over de toekomst van Haaksbergen, Buurse, Sint Isidorushoeve en het buitengebied;'),
      p('overwegende dat het ontwerp van 14 maart tot en met 24 april 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord in de Nota van zienswijzen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De omgevingsvisie Toekomstkompas Haaksbergen 2040, bestaande uit de tekst en de geografische informatieobjecten van bijlage 1, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Structuurvisie Haaksbergen 2030 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op de dag na die van de bekendmaking.'),
      p('Vastgesteld in de openbare vergadering van de raad van de gemeente Haaksbergen van 28 juni 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'J.H.M. Nijhuis'], right: ['de voorzitter,', '', 'R.G. Welten'] },
    ],
  },
  visie: {
    opschrift: 'Toekomstkompas Haaksbergen 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Toekomstkompas Haaksbergen 2040' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie van de gemeente Haaksbergen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'ONS HAAKSBERGEN'),
      h(2, 'Waarom een toekomstkompas'),
      p('De Omgevingswet verplicht alle gemeenten om een omgevingsvisie op te stellen over de toekomst van het eigen grondgebied. Wij noemen onze omgevingsvisie het Toekomstkompas: het beschrijft hoe de leefomgeving van Haaksbergen, Buurse, Sint Isidorushoeve en het buitengebied eruitziet in 2040.'),
      h(2, 'Meegedacht op straat'),
      p('De kennis en de kracht over Haaksbergen zitten vooral in Haaksbergen, bij de inwoners die hun leefomgeving zo goed kennen. Daarom vroegen we advies daar waar mensen samenkomen:'),
      ul(['op de Vitaliteitsbeurs en bij de Engelse Mijlenloop;', 'op de weekmarkt en in de supermarkt;', { text: 'online via samenhaaksbergen.nl', sub: ['een vragenlijst voor volwassenen;', 'een tekening of vlog voor kinderen.'] }]),
      p('Het raamwerk van de visie bespraken we daarna in vijf omgevingsvisites in de kernen.'),
      h(2, 'Het groenste dorp van Twente'),
      p('Haaksbergen staat bekend als het groenste dorp van Twente. Dorp en landschap zijn met elkaar verweven; de cultuurhistorie en het groene karakter zijn over twintig jaar nog even belangrijk als nu.'),
      h(1, 'KERNWAARDEN EN OPGAVEN'),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Kernwaarden'),
          p('Wij bouwen voort op drie kernwaarden: een groen dorp in een groen landschap, gemeenschapszin in de kernen en buurtschappen, en een rijke cultuurhistorie van essen, hoeven en landgoederen.'),
          h(2, 'Opgaven tot 2040'),
          p('De grote opgaven vragen keuzes:'),
          ol(['hoe gaan we om met de gevolgen van klimaatverandering;', 'hoe houden we onze dorpen aantrekkelijk, speciaal voor jongeren;', 'hoe draagt de leefomgeving bij aan ons sociale welbevinden;', 'hoe passen we nieuwe energie in het landschap in.']),
        ],
      },
      h(1, 'WONEN EN LEVEN IN DE KERNEN'),
      h(2, 'Haaksbergen'),
      p('Het centrum van Haaksbergen is compact en levendig. We voegen woningen toe binnen het dorp en aan de randen, met aandacht voor groen en water.'),
      {
        t: 'table',
        cols: [6.5, 5.0, 13.5],
        header: ['Kern', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Haaksbergen', 'circa 900', 'inbreiding, levensloopgeschikt, starters'],
          ['Buurse', 'circa 60', 'behoud van het dorpse karakter'],
          ['Sint Isidorushoeve', 'circa 40', 'eigen jongeren en ouderen'],
        ],
      },
      h(2, 'Buurse en Sint Isidorushoeve'),
      h(3, 'Buurse'),
      p('Buurse is een hecht dorp aan de rand van het Buurserzand. De dorpsschool, de kerk en het verenigingsleven zijn de dragers van de gemeenschap.'),
      h(3, 'Sint Isidorushoeve'),
      p('In Sint Isidorushoeve bouwen we voor de eigen behoefte en houden we de voorzieningen samen met de inwoners in stand.'),
      h(2, 'Gezond en veilig'),
      p('Een gezonde leefomgeving nodigt uit tot bewegen, ontmoeten en ontspannen. Wij leggen ommetjes aan en verbinden het dorp met het buitengebied.'),
      h(1, 'HET BUITENGEBIED'),
      h(2, 'Landschap en cultuurhistorie'),
      p('Het omliggende landschap is een essen- en oude hoevenlandschap. De essen en de eeuwenoude akkercomplexen liggen op de hogere dekzandkoppen; het landschap is contrastrijk, met veel variatie op korte afstand.'),
      h(2, 'Natuur'),
      h(3, 'Buurserzand en Haaksbergerveen'),
      p('Het Buurserzand en het Haaksbergerveen zijn Natura 2000-gebied. We werken met de provincie en de terreinbeheerders aan het herstel van de hoogveen- en heidenatuur.'),
      h(3, 'Landgoederen'),
      p('De landgoederen zijn dragers van het landschap. We bieden ruimte voor nieuwe landgoederen die natuur en openbaar toegankelijk groen toevoegen.'),
      h(2, 'Landbouw'),
      p('De agrarische sector blijft de belangrijkste beheerder van het buitengebied. We geven ontwikkelingsruimte aan bedrijven die bijdragen aan de kwaliteit van het landschap en aan een schone en gezonde leefomgeving.'),
      h(2, 'Energie'),
      p('Eerst zon op daken, dan op restgronden. Grotere opstellingen alleen met lokaal eigendom en landschappelijke inpassing.'),
      h(1, 'WERKEN EN BEREIKBAARHEID'),
      h(2, 'Bedrijventerrein Stepelerveld'),
      p('Bedrijven in Haaksbergen groeien op Stepelerveld. We houden ruimte voor de uitbreiding van gevestigde bedrijven.'),
      h(2, 'Bereikbaarheid'),
      p('We verbeteren de fietsroutes naar Enschede, Hengelo en Eibergen en houden het openbaar vervoer op peil.'),
      h(1, 'UITVOERING'),
      h(2, 'Programma’s en omgevingsplan'),
      p('Het Toekomstkompas is de basis voor programma’s en voor het omgevingsplan. Initiatieven toetsen we aan de kernwaarden.'),
      h(2, 'Monitoring'),
      p('Elke raadsperiode bekijken we samen met de inwoners of het kompas nog de goede richting wijst.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [1.5, 7.5, 16.3], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Haaksbergen', 'gemeente-haaksbergen', [0, 0], 8),
    gio('Kern Haaksbergen', 'kern-haaksbergen', [0, 0], 1),
    gio('Natura 2000 Buurserzand en Haaksbergerveen', 'natura2000-buurserzand-haaksbergerveen', [2, -1.5], 1.5),
    gio('Bedrijventerrein Stepelerveld', 'bedrijventerrein-stepelerveld', [-1, 1], 0.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'toekomstkompas-haaksbergen-2040', regeling: 'toekomstkompas-haaksbergen-2040', doel: 'toekomstkompas-haaksbergen-2040' },
    datums: { vaststelling: '2028-06-28', ondertekening: '2028-06-28', bekendmaking: '2028-07-12', inwerkingtreding: '2028-07-13' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0158',
  },
  geo: { origin: [246000, 463000] },
  meubilair: ['^Toekomstkompas Haaksbergen 2040\\s+blad \\d+$'],
}
export default doc
