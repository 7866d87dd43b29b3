/**
 * h96 — gemeente Zwolle (gm0193), holdout (session 11, fourth set): a large gemeente (about 130.000 inwoners; the
 * stad Zwolle with Stadshagen, Zwolle-Zuid, Aa-landen, the dorpen Windesheim and Wijthmen, the buitengebied). Content
 * after the public texts on "Ons Zwolle van morgen 2030" (deel 1 "Mijn Zwolle van morgen" of 2017 with five
 * topambities, the visie as "een huis" with a fundament — het fysieke kapitaal van de stad —, drie pijlers en een
 * drager — het menselijk kapitaal —; "de stad is nooit af maar altijd klaar"; the Tour de Zwolle with gebied- and
 * thema-webinars and 122 zienswijzen; three leidende ambities: stedelijkheid en toppositie in de regio, klimaatbestendig
 * en energieneutraal in 2050, vitale, solidaire, gezonde en duurzame stadsdelen; ten gebiedsprofielen; the raad
 * deciding on the visie, the beantwoording van de zienswijzen and the Omgevingseffectrapport; "Ruimte is een gevoel
 * en ruimte moet goed voelen"; Spoorzone, Oosterenk, Zwartewaterallee), here as a visie of 2027, shortened and partly
 * in our own words. Layout: A4 LANDSCAPE in Liberation Sans 9.5 pt; a "Samenvatting" with its own NUMBERED LIST
 * before chapter 1; the visie in two parts "Deel I" and "Deel II" (unnumbered part title lines) with chapters "1" …
 * "6" numbered on THROUGH both parts, sections "1.1", a third level LETTERED "a." (its own level only); header "Ons
 * Zwolle van morgen 2030 · versie vastgesteld 13 september 2027", footer "pagina n van m"; no table of contents;
 * raadsbesluit "De raad van de gemeente Zwolle; gelezen …; gelet op …; b e s l u i t :" with beslispunten I.–IV.
 * (zienswijzen, OER, visie, intrekking; no date); visie as "Bijlage 1"; GIO table Naam | Identificatie |
 * Gebiedsprofiel in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0193'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-09-13', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h96',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over "Ons Zwolle van morgen 2030" (deel 1 uit 2017, de visie als "een huis" met een fundament, drie pijlers en een drager; "de stad is nooit af maar altijd klaar"; de Tour de Zwolle en 122 zienswijzen; drie leidende ambities: stedelijkheid en toppositie in de regio, klimaatbestendig en energieneutraal in 2050, vitale, solidaire, gezonde en duurzame stadsdelen; tien gebiedsprofielen; besluit over visie, zienswijzen en Omgevingseffectrapport; Spoorzone, Oosterenk, Zwartewaterallee), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 LIGGEND in Liberation Sans 9,5 pt, een "Samenvatting" met een eigen GENUMMERDE LIJST vóór hoofdstuk 1, de visie in "Deel I" en "Deel II" (ongenummerde deeltitels) met hoofdstukken "1" … "6" DOORGENUMMERD over beide delen, paragrafen "1.1", een derde niveau GELETTERD "a.", kopregel "Ons Zwolle van morgen 2030 · versie vastgesteld 13 september 2027", voettekst "pagina n van m", geen inhoudsopgave, raadsbesluit met "b e s l u i t :" en beslispunten I.–IV. (geen datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Gebiedsprofiel in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Zwolle',
  title: 'Ons Zwolle van morgen 2030',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 12.5, 10, 9.5],
    headingColor: '#00529B',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 2, bottom: 2, left: 3.5, right: 3.5 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: 'a', display: 1, suffix: '.' },
      { format: '1', display: 1, suffix: ')' },
    ],
    lists: {
      Kern: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦', font: 'DejaVu Sans' }] },
    },
    masters: {
      Standard: {
        header: ['Ons Zwolle van morgen 2030 · versie vastgesteld 13 september 2027'],
        footer: ['\t\tpagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #00529B',
    tableHeaderBg: '#DCE8F4',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#00529B', size: 11 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Zwolle tot vaststelling van de Omgevingsvisie Ons Zwolle van morgen 2030',
    artikelen: ['I', 'II', 'III', 'IV'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Zwolle · raadsbesluit 2027-0913-04' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Zwolle tot vaststelling van de Omgevingsvisie Ons Zwolle van morgen 2030' },
      { t: 'p', text: 'De raad van de gemeente Zwolle;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 29 juni 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.36 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', text: 'I. in te stemmen met de Nota beantwoording zienswijzen ontwerp-Omgevingsvisie;' },
      { t: 'p', text: 'II. in te stemmen met het Omgevingseffectrapport bij de Omgevingsvisie;' },
      { t: 'p', text: 'III. de Omgevingsvisie Ons Zwolle van morgen 2030, opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2 vast te stellen;' },
      { t: 'p', text: 'IV. de Omgevingsvisie Mijn Zwolle van morgen, deel 1, vastgesteld op 30 oktober 2017, in te trekken.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van 13 september 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'M. Seuters'], right: ['de voorzitter,', '', '', 'drs. P.H. Snijders'] },
    ],
  },
  visie: {
    opschrift: 'Ons Zwolle van morgen 2030',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027-0913-04' },
      { t: 'p', style: 'title', text: 'Ons Zwolle van morgen 2030' },
      { t: 'p', style: 'subtitle', text: 'Ruimte is een gevoel, en ruimte moet goed voelen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'tk', text: 'Samenvatting' },
      { t: 'p', text: 'In deze Omgevingsvisie is de kwaliteit van Zwolle leidend. Er komt groei op onze stad af, en daar is ruimte voor, maar de groei moet de kwaliteit versterken. In het kort kiezen we voor:' },
      { t: 'ol', list: 'Kern', items: ['groei binnen de stad, in de Spoorzone, Oosterenk en langs de Zwartewaterallee;', 'een klimaatbestendig en energieneutraal Zwolle in 2050;', 'vitale, solidaire, gezonde en duurzame stadsdelen;', 'behoud van de unieke dorpen, buurtschappen en het karakteristieke buitengebied;', 'samenwerking in de regio en met onze partners.'] },
      { t: 'p', style: 'title', text: 'Deel I — Het huis van Zwolle' },
      { t: 'h', l: 1, text: 'Waarom deze omgevingsvisie' },
      { t: 'p', text: 'Met de Omgevingsvisie geven we richting, sturing en duidelijkheid over hoe we Zwolle samen met inwoners en partners willen ontwikkelen.' },
      { t: 'h', l: 2, text: 'De stad is nooit af' },
      { t: 'p', text: 'De stad is nooit af, maar altijd klaar: we werken steeds aan het verbeteren van Zwolle.' },
      { t: 'h', l: 2, text: 'De Tour de Zwolle' },
      { t: 'p', text: 'Vijf gebied-webinars, vier thema-webinars, 122 zienswijzen en veel persoonlijke gesprekken hebben deze visie gemaakt.' },
      { t: 'h', l: 1, text: 'Het fundament' },
      { t: 'p', text: 'Het fundament van het huis is het fysieke kapitaal: de kwaliteiten van de bestaande stad en haar natuurlijke omgeving aan de IJssel, het Zwarte Water en de Vecht.' },
      { t: 'h', l: 2, text: 'Water en landschap' },
      { t: 'h', l: 3, text: 'Rivieren' },
      { t: 'p', text: 'De rivieren geven Zwolle zijn ligging en zijn opgave: ruimte voor water gaat voor.' },
      { t: 'h', l: 3, text: 'Buitengebied' },
      { t: 'p', text: 'Het karakteristieke buitengebied blijft open.' },
      { t: 'h', l: 2, text: 'Cultuurhistorie' },
      { t: 'p', text: 'De Hanzestad met haar binnenstad binnen de grachten is ons visitekaartje.' },
      { t: 'h', l: 1, text: 'Drie pijlers en een drager' },
      { t: 'p', text: 'Menselijk kapitaal is de drager, de fysieke stad is ons fundament. Op dat fundament staan drie pijlers:' },
      { t: 'ul', list: 'Bol', items: ['stedelijkheid en een economische toppositie in de regio;', 'klimaatbestendig en energieneutraal in 2050;', { text: 'vitale stadsdelen, met aandacht voor', sub: ['sociale binding;', 'biodiversiteit.'] }] },
      { t: 'h', l: 2, text: 'Stedelijkheid' },
      { t: 'p', text: 'Zwolle versterkt zijn stedelijkheid en wordt nationaal en internationaal aantrekkelijker.' },
      { t: 'h', l: 2, text: 'Klimaat en energie' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'Meer groen en minder verharding in elke buurt.' },
      { t: 'h', l: 3, text: 'Energietransitie' },
      { t: 'p', text: 'Zon op daken en warmtenetten in de wijken.' },
      { t: 'h', l: 2, text: 'Gezonde stadsdelen' },
      { t: 'p', text: 'We richten de buitenruimte zo in dat ze uitnodigt om te bewegen.' },
      { t: 'p', style: 'title', text: 'Deel II — Gebiedsprofielen' },
      { t: 'h', l: 1, text: 'De binnenstad en de Spoorzone' },
      { t: 'p', text: 'Rond het station groeit een nieuw stuk stad met wonen, werken en onderwijs.' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'Levendig, met ruimte voor wonen boven winkels.' },
      { t: 'h', l: 2, text: 'Spoorzone' },
      { t: 'p', text: 'Hoogstedelijk bouwen met aandacht voor de menselijke maat.' },
      { t: 'h', l: 1, text: 'Wijken in ontwikkeling' },
      {
        t: 'table',
        cols: [5, 7, 7],
        header: ['Gebiedsprofiel', 'Kwaliteit', 'Opgave'],
        rows: [
          ['Stadshagen', 'jonge wijk, veel groen', 'voorzieningen en ov'],
          ['Zwolle-Zuid', 'ruim opgezet', 'vernieuwing en verduurzaming'],
          ['Aa-landen', 'diverse bevolking', 'sociale binding'],
          ['Oosterenk', 'ligging aan de Vecht', 'nieuwe woonwijk'],
        ],
      },
      { t: 'h', l: 2, text: 'Stadshagen' },
      { t: 'p', text: 'De wijk wordt afgebouwd met een sterk centrum.' },
      { t: 'h', l: 2, text: 'Oosterenk en Zwartewaterallee' },
      { t: 'p', text: 'Nieuwe woonmilieus aan het water.' },
      { t: 'h', l: 1, text: 'Dorpen en buitengebied' },
      { t: 'h', l: 2, text: 'Windesheim en Wijthmen' },
      { t: 'p', text: 'De dorpen bouwen voor eigen behoefte en houden hun karakter.' },
      { t: 'h', l: 2, text: 'Het buitengebied' },
      { t: 'p', text: 'Ruimte voor natuurinclusieve landbouw en recreatie langs de rivieren.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [6, 11, 5], header: ['Naam', 'Identificatie', 'Gebiedsprofiel'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Zwolle', 'gemeente-zwolle', 'alle', [0, 0], 6),
    gio('Spoorzone Zwolle', 'spoorzone-zwolle', 'Binnenstad en Spoorzone', [0.3, -0.5], 0.6),
    gio('Oosterenk', 'oosterenk', 'Wijken in ontwikkeling', [2, 0.5], 0.7),
    gio('Buitengebied Zwolle', 'buitengebied-zwolle', 'Dorpen en buitengebied', [-3, -3], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'ons-zwolle-van-morgen-2030', regeling: 'ons-zwolle-van-morgen-2030', doel: 'ons-zwolle-van-morgen-2030' },
    datums: { vaststelling: '2027-09-13', ondertekening: '2027-09-13', bekendmaking: '2027-09-20' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0193',
  },
  geo: { origin: [203000, 503000] },
  meubilair: ['^Ons Zwolle van morgen 2030 · versie vastgesteld 13 september 2027$', '^pagina \\d+ van \\d+$'],
}
export default doc
