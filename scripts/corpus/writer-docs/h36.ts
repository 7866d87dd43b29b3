/**
 * h36 — gemeente Deventer (gm0150), holdout (session 7). Content after the Omgevingsvisie "Expeditie Deventer" (drie
 * ambities: het bestaande verzilveren, slim verbinden, toekomstbestendig handelen; noaberschap en Deventer
 * stedelijkheid; binnenstad, stationsgebied en stadscampus, zes dorpen), shortened and in our own words. Layout: a
 * wide left margin, Word outline numbering with parts "Deel A" above chapters "A.1" and sections "A.1.1" and
 * "A.1.1.1" (four levels), heading numbers that exist only as Word numbering, run-in tussenkoppen, ✓-lists with
 * –-items, two footnotes, a table, running headers alternating between odd pages (the part's title, a field) and
 * even pages (the visie's name), footer "blz. n" right on odd and left on even pages, a raadsbesluit with
 * "Overwegende dat", "besluit:" and beslispunten 1.–3. as Word list numbering (inwerkingtreding on the day after
 * bekendmaking), signatures in two columns, the visie as "Bijlage 1" and the GIO list as plain lines in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0150'
const gio = (naam: string, at: [number, number], size = 0.8) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-05-19', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h36',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie "Expeditie Deventer" (drie ambities: verzilveren, verbinden, toekomstbestendig handelen; noaberschap en Deventer stedelijkheid; binnenstad, stationsgebied en stadscampus, zes dorpen), ingekort en in eigen woorden; eigen opmaak: DejaVu Sans Condensed 9,5 pt met Liberation Serif-koppen in oranjebruin en een brede linkermarge, Word-nummering met delen "Deel A" boven hoofdstukken "A.1", paragrafen "A.1.1" en "A.1.1.1" (vier niveaus, nummers alleen als Word-nummering), tussenkoppen in de alinea, ✓-lijsten met –-items, twee voetnoten, tabel, kopregels wisselend oneven (titel van het deel, veld) en even (visienaam), voettekst "blz. n" rechts op oneven en links op even pagina\'s, raadsbesluit met "Overwegende dat", "besluit:" en beslispunten 1.–3. als Word-lijstnummering met inwerkingtreding de dag na bekendmaking, handtekeningen in twee kolommen, visie als Bijlage 1 en GIO-lijst als losse regels in Bijlage 2 (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Deventer',
  title: 'Omgevingsvisie Deventer',
  style: {
    font: 'DejaVu Sans Condensed',
    size: 9.5,
    headingFont: 'Liberation Serif',
    headingSizes: [20, 15, 12, 10.5],
    headingColor: '#A0471A',
    lineHeight: 128,
    spaceAfter: 0.22,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 4.6, right: 2.0 },
    outline: [
      { format: 'A', prefix: 'Deel ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
      Besluit: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\t{chaptername}'],
        headerLeft: ['Omgevingsvisie Deventer · Expeditie Deventer'],
        footer: ['\t\tblz. {page}'],
        footerLeft: ['blz. {page}'],
      },
    },
    tableBorder: '0.4pt solid #A0471A',
    tableHeaderBg: '#F6E6DC',
    tableFontSize: 8.5,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Deventer tot vaststelling van de Omgevingsvisie Deventer',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit · zaaknummer 2027/118402 · raadsvergadering 19 mei 2027' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Deventer tot vaststelling van de Omgevingsvisie Deventer' },
      { t: 'p', text: 'De raad van de gemeente Deventer;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 30 maart 2027;' },
      { t: 'p', text: 'Overwegende dat de Omgevingsvisie Deventer uit 2019 is geactualiseerd met het beleid voor klimaat, energie en wonen dat de raad sindsdien heeft vastgesteld, en dat de ontwerpvisie van 7 januari tot en met 18 februari 2027 ter inzage heeft gelegen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      {
        t: 'ol',
        list: 'Besluit',
        items: [
          'de Omgevingsvisie Deventer, opgenomen in bijlage 1, met de geometrische informatieobjecten die in bijlage 2 zijn genoemd, vast te stellen;',
          'de Omgevingsvisie Deventer van 18 december 2019 in te trekken;',
          'te bepalen dat dit besluit in werking treedt op de dag na bekendmaking.',
        ],
      },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van 19 mei 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. C.A. van Dijk'], right: ['de voorzitter,', '', '', 'R.C. König'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Deventer',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 19 mei 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Deventer' },
      { t: 'p', style: 'subtitle', text: 'Expeditie Deventer: samen op weg naar 2040' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Koers' },
      { t: 'h', l: 2, text: 'Inleiding' },
      { t: 'p', text: 'Deventer is een oude Hanzestad aan de IJssel met ruim 100.000 inwoners, een levendige binnenstad en zes dorpen: Bathmen, Diepenveen, Lettele, Loo, Okkenbroek en Schalkhaar. De stad vernieuwt zich steeds opnieuw en koestert tegelijk haar verleden.' },
      { t: 'p', text: 'Deze omgevingsvisie is het startpunt voor iedere ontwikkeling. Zij vervangt het structuurplan uit 2004 en de structuurvisies die daarna volgden.[^Het Structuurplan Deventer 2025 werd in april 2004 vastgesteld; de structuurvisie Stadsassenzone in 2013.]' },
      { t: 'h', l: 2, text: 'Drie ambities' },
      { t: 'p', text: 'Drie ambities zijn het uitgangspunt bij alle nieuwe ontwikkelingen in de gemeente.' },
      { t: 'h', l: 3, text: 'Wij verzilveren het bestaande' },
      { t: 'p', text: '**Erfgoed.** Bij iedere ontwikkeling behouden en versterken wij de eigen kwaliteiten van Deventer. Een nieuw gebouw voegt een laag toe aan de historische gelaagdheid van de stad.' },
      { t: 'p', text: '**Deventer stedelijkheid.** Wij toetsen plannen aan wat Deventer eigen is: compact, gemengd en op menselijke maat.' },
      { t: 'h', l: 3, text: 'Wij verbinden slim' },
      { t: 'p', text: 'Wij versterken de netwerkkracht van Deventer, lokaal, regionaal en nationaal. Het station is de poort naar de Randstad en naar Twente; de IJssel verbindt ons met Zwolle en Zutphen.' },
      { t: 'h', l: 3, text: 'Wij handelen toekomstbestendig' },
      { t: 'p', text: 'De leefomgeving moet aangenaam zijn voor mens, dier en plant, nu en later.' },
      { t: 'h', l: 4, text: 'Klimaat' },
      {
        t: 'ul',
        list: 'Vink',
        items: [
          'Wij maken iedere straat die wij vernieuwen klimaatbestendig.',
          { text: 'Regenwater houden wij vast waar het valt:', sub: ['in tuinen en op daken;', 'in wadi’s in de openbare ruimte.'] },
          'Wij planten bomen voor schaduw in de stenige wijken.',
        ],
      },
      { t: 'h', l: 4, text: 'Energie' },
      { t: 'p', text: 'Deventer wil in 2030 de helft van de energie duurzaam opwekken.[^Ambitie uit het programma Energietransitie van de gemeente Deventer.] Wij kiezen eerst voor zon op daken en daarna voor zonnevelden langs infrastructuur.' },
      { t: 'h', l: 2, text: 'Werkwijze' },
      { t: 'p', text: '**Noaberschap.** Inwoners en ondernemers krijgen veel ruimte voor eigen initiatieven. Wie een initiatief neemt, praat eerst met de buren. Wij denken mee en vertellen het goede verhaal achter een initiatief, zodat het tot uitvoering kan komen.' },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'De binnenstad is het kloppend hart. Wij houden haar levendig met winkels, horeca, cultuur en wonen, en maken de kades langs de IJssel aantrekkelijker voor voetgangers.' },
      { t: 'h', l: 2, text: 'Stationsgebied en stadscampus' },
      { t: 'p', text: 'Rond het station ontstaat een stadscampus met onderwijs, ICT en zakelijke dienstverlening. Wij voegen er woningen en groen aan toe.' },
      {
        t: 'table',
        cols: [4.2, 5.2, 4.9],
        header: ['Deelgebied', 'Programma tot 2040', 'Bijzonderheid'],
        rows: [
          ['Stationsomgeving', '1.500 woningen\nkantoren en onderwijs', 'nieuwe fietsenstalling'],
          ['Havenkwartier', '800 woningen\nateliers', 'bestaande bedrijven blijven'],
          ['Zuidelijke stationsomgeving', '600 woningen', 'park langs het spoor'],
        ],
      },
      { t: 'h', l: 2, text: 'Wijken' },
      { t: 'p', text: 'In de naoorlogse wijken vernieuwen wij woningen en openbare ruimte samen met de corporaties. Iedere wijk heeft voorzieningen op loopafstand.' },
      { t: 'h', l: 2, text: 'Dorpen en buitengebied' },
      { t: 'p', text: 'Voor ieder dorp is een dorpsvisie gemaakt die aansluit bij het dorpsontwikkelingsplan. Vergrijzing en krimp vragen om andere woningen en om slim gedeelde voorzieningen.' },
      { t: 'h', l: 3, text: 'Bathmen' },
      { t: 'p', text: 'Bathmen bouwt voor de eigen behoefte en houdt het esdorpenkarakter vast.' },
      { t: 'h', l: 3, text: 'Schalkhaar en Diepenveen' },
      { t: 'p', text: 'De twee dorpen aan de noordkant van de stad blijven herkenbaar als dorp, met een groene buffer naar de stad.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      { t: 'p', text: 'Wij werken de visie uit in het omgevingsplan en in programma’s. Waar nodig zetten wij de instrumenten van hoofdstuk 4 van de Omgevingswet in.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'De visie is een dynamisch document. Iedere twee jaar gaan wij na of de visie nog past bij wat er in de stad gebeurt.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geometrische informatieobjecten', sep: ' · ' },
      { t: 'p', text: 'De volgende werkingsgebieden zijn vastgelegd als geometrisch informatieobject:' },
      { t: 'gio', layout: 'lines', sep: ' — ' },
    ],
  ],
  gios: [
    gio('Gemeente Deventer', [0, 0], 8),
    gio('Binnenstad Deventer', [0.2, 0.3], 0.7),
    gio('Stationsgebied en stadscampus', [0.6, 0.9], 0.6),
    gio('A1 Bedrijvenpark', [4.5, -2.4], 1.2),
    gio('Uiterwaarden IJssel', [-1.4, 0.8], 2.2),
    gio('Dorpen Bathmen, Diepenveen, Lettele, Loo, Okkenbroek en Schalkhaar', [3.5, 3.5], 5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-deventer', regeling: 'omgevingsvisie-deventer', doel: 'omgevingsvisie-deventer' },
    datums: { vaststelling: '2027-05-19', ondertekening: '2027-05-19', bekendmaking: '2027-05-26' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0150',
  },
  geo: { origin: [208000, 474000] },
  meubilair: ['^blz\\. \\d+$', '^Omgevingsvisie Deventer · Expeditie Deventer$'],
}
export default doc
