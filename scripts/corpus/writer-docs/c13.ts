/**
 * c13 — gemeente Groningen (gm0014), grote stad. Raadsbesluit met "Besluit:" en Artikel I/II/III, inwerkingtreding
 * "de dag na die van de bekendmaking" (geen datum in de tekst); visie met eigen titelpagina en inhoudsopgave met
 * paginanummers; vier kopniveaus 1 / 1.1 / 1.1.1 / 1.1.1.1; gespiegelde kopregels (even: "pag. n" links + titel,
 * oneven: hoofdstuknaam via veld + "pag. n" rechts); Symbol-opsommingsteken U+F0B7 met "o" als tweede niveau;
 * GIO-bijlage op een liggende pagina. Inhoud bewerkt naar de Groningse omgevingsvisies "The Next City" (2018) en
 * "Levende ruimte" (2022; mijnomgevingsvisie.nl, gemeente.groningen.nl, hoeziejestad.nl): leefkwaliteit voorop,
 * groei in de bestaande stad, vijf opgaven, wijk- en dorpsvernieuwing, Haren en Ten Boer, Lelylijn.
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0014'
const gio = (naam: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-01-12', '3'),
  at,
  size,
})

const doc: Doc = {
  id: 'c13',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisies van de gemeente Groningen ("The Next City", 2018; "Levende ruimte", 2022; mijnomgevingsvisie.nl, gemeente.groningen.nl), ingekort; eigen opmaak: Liberation Sans 10 pt, inhoudsopgave met paginanummers, vier kopniveaus, gespiegelde kopregels met hoofdstuknaam via veld, Symbol-bullet U+F0B7 en "o", GIO-tabel op liggende pagina',
  bevoegdGezag: bg,
  naam: 'Gemeente Groningen',
  title: 'Omgevingsvisie Groningen',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingSizes: [18, 13, 11, 10],
    headingColor: '#C8102E',
    lineHeight: 125,
    page: { width: 21, height: 29.7, top: 2.4, bottom: 2.0, left: 2.0, right: 2.0 },
    outline: decimalOutline(),
    lists: {
      Symbool: { kind: 'bullet', levels: [{ char: '\uF0B7', font: 'Symbol' }, { char: 'o', font: 'Liberation Sans' }] },
      Genummerd: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['{chaptername}\t\tpag. {page}'], headerLeft: ['pag. {page}\t\tOmgevingsvisie Groningen'] },
      Liggend: { landscape: true, header: ['Omgevingsvisie Groningen – bijlage\t\tpag. {page}'] },
    },
    tableHeaderBg: '#EEEEEE',
    tussenkop: { bold: true, color: '#C8102E' },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Groningen tot vaststelling van de Omgevingsvisie Groningen',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvoorstel 6532114 — Registratienummer 2025-0987' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Groningen tot vaststelling van de Omgevingsvisie Groningen' },
      { t: 'p', text: 'De raad van de gemeente Groningen,' },
      { t: 'p', text: 'gezien het voorstel van burgemeester en wethouders d.d. 2 december 2025;' },
      { t: 'p', text: 'overwegende dat:' },
      {
        t: 'p',
        text: '– de omgevingsvisie Levende ruimte uit 2022 de eerste actualisatie was van de omgevingsvisie The Next City uit 2018, en dat een nieuwe actualisatie nodig is om de visie in overeenstemming te brengen met de Omgevingswet;',
      },
      {
        t: 'p',
        text: '– de samenvoeging met Haren en Ten Boer het perspectief op de gemeente heeft verruimd met de dorpen en het landelijk gebied;',
      },
      { t: 'p', text: '– het ontwerp van 15 september tot en met 27 oktober 2025 ter inzage heeft gelegen;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Groningen vast te stellen, zoals opgenomen in de bijlage bij dit besluit.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De omgevingsvisie Levende ruimte (2022) in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de gemeenteraad van Groningen, gehouden op 28 januari 2026.' },
      { t: 'sign', left: ['De griffier,', '', '', 'drs. T.J. Holman'], right: ['De voorzitter,', '', '', 'mr. K.H. Schuiling'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Groningen',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Groningen' },
      { t: 'p', style: 'subtitle', text: 'Levende ruimte: de Groningse leefkwaliteit voorop' },
      { t: 'p', text: 'Vastgesteld door de gemeenteraad op 28 januari 2026' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Over deze visie' },
      {
        t: 'p',
        text: 'Groningen groeit flink. Die groei brengt kansen, maar ook uitdagingen. Hoe blijft een snel groeiende gemeente compact, aantrekkelijk, leefbaar en gezond voor álle inwoners? Deze omgevingsvisie geeft daarop antwoord. De Groningse leefkwaliteit staat centraal.',
      },
      { t: 'h', l: 2, text: 'Wat verstaan we onder leefkwaliteit' },
      {
        t: 'p',
        text: 'Leefkwaliteit is een combinatie van objectieve meting van, en beleving van bewoners en gebruikers over de woon- en leefomgeving. Het gaat om fysieke, sociale, culturele, economische en milieukenmerken van die omgeving.',
      },
      { t: 'h', l: 2, text: 'Van The Next City naar deze visie' },
      {
        t: 'p',
        text: 'In 2018 stelde de raad The Next City vast, in 2022 volgde Levende ruimte. Door de samenvoeging met Haren en Ten Boer kwamen er nieuwe thema’s bij: het natuur- en cultuurhistorisch landschap, duurzame landbouw, de vrijetijdseconomie en de leefbaarheid van de dorpen. Deze visie bouwt daarop voort.',
      },
      { t: 'h', l: 1, text: 'Vijf opgaven' },
      { t: 'p', text: 'De visie is opgebouwd rond vijf opgaven:' },
      {
        t: 'ol',
        list: 'Genummerd',
        items: [
          'we faciliteren de groei van de gemeente;',
          'de werkgelegenheid groeit mee in stad en regio;',
          'de groeiende gemeente blijft leefbaar, veilig en aantrekkelijk voor álle inwoners;',
          'de energietransitie wordt versneld;',
          'iedereen doet mee en helpt mee in een gezonde, groeiende gemeente.',
        ],
      },
      { t: 'h', l: 1, text: 'Groei in de bestaande stad' },
      { t: 'h', l: 2, text: 'Wonen' },
      {
        t: 'p',
        text: 'Tot 2040 bouwen we tienduizenden woningen. Ten minste twee derde daarvan komt in het bestaande stedelijk gebied: in de binnenstad, rond de stations en in de naoorlogse wijken die we vernieuwen.',
      },
      { t: 'h', l: 3, text: 'Wijk- en dorpsvernieuwing' },
      {
        t: 'p',
        text: 'We zetten vol in op de vernieuwing van wijken en dorpen, met goede woningen, een prettige leefomgeving en sterke voorzieningen.',
      },
      { t: 'h', l: 4, text: 'Naoorlogse wijken' },
      {
        t: 'p',
        text: 'In Selwerd, Paddepoel, Vinkhuizen, De Wijert en Beijum combineren we woningverbetering met vergroening, energiebesparing en betere voorzieningen.',
      },
      { t: 'h', l: 4, text: 'Dorpen' },
      {
        t: 'p',
        text: 'In Haren, Ten Boer en de kleinere dorpen bouwen we voor de eigen behoefte en voor het behoud van voorzieningen. Het dorpse karakter staat voorop.',
      },
      { t: 'h', l: 2, text: 'Werken' },
      {
        t: 'p',
        text: 'Onderwijs, zorg, het mkb en de dienstensector zijn de stuwende krachten van de economie. We houden ruimte voor werk in de stad en mengen wonen en werken waar dat kan, zoals in de Eemskanaalzone en rond het Zernike Campus-gebied.',
      },
      { t: 'tk', text: 'Bedrijventerreinen' },
      {
        t: 'p',
        text: 'Voor bedrijven die niet in een gemengd milieu passen, blijven bedrijventerreinen beschikbaar. Transformatie naar wonen staan we daar niet toe.',
      },
      { t: 'h', l: 1, text: 'Leefbaar en gezond' },
      { t: 'h', l: 2, text: 'Groen' },
      {
        t: 'p',
        text: 'We versterken het groen in de stad en verbinden het met het landschap daarbuiten. Elke wijk krijgt een park op loopafstand.',
      },
      {
        t: 'ul',
        list: 'Symbool',
        items: [
          'we planten bomen langs de belangrijkste routes;',
          {
            text: 'we maken groene verbindingen:',
            sub: ['van de binnenstad naar het Stadspark;', 'langs het Reitdiep naar het noordelijk landschap;', 'van Haren naar de Onlanden.'],
          },
          'we vergroenen schoolpleinen en binnenterreinen.',
        ],
      },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      {
        t: 'p',
        text: 'Het is niet langer vanzelfsprekend dat de auto de eerste rechten heeft op het gebruik van de openbare ruimte. Lopen, fietsen en openbaar vervoer krijgen voorrang. Met de Lelylijn wordt Groningen sneller verbonden met de Randstad, en via Bremen met Hamburg.',
      },
      {
        t: 'table',
        cols: [5.5, 5.5, 6.0],
        header: ['Netwerk', 'Nu', 'Richting 2040'],
        rows: [
          ['Fiets', 'hoog fietsgebruik, drukke routes', 'slimme routes en meer stallingsruimte'],
          ['Openbaar vervoer', 'stations en hubs aan de rand', 'Lelylijn, hoogwaardige busverbindingen'],
          ['Auto', 'ringwegen als hoofdstructuur', 'binnenstad en wijken autoluw'],
        ],
      },
      { t: 'h', l: 1, text: 'Energie en klimaat' },
      {
        t: 'p',
        text: 'We versnellen de energietransitie met warmtenetten, zon op daken en windenergie op passende plekken. Het klimaat vraagt om meer ruimte voor water en om een koelere stad.',
      },
      { t: 'h', l: 2, text: 'Uitwerking' },
      {
        t: 'p',
        text: 'De uitwerking van de visie vindt plaats in gebiedsvisies en thematische beleidsnota’s, en in het omgevingsplan. Elke vier jaar actualiseren we de visie.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break', master: 'Liggend' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Geografische informatieobjecten' },
      {
        t: 'p',
        text: 'Deze bijlage noemt de informatieobjecten die bij de omgevingsvisie horen. De geometrie is alleen indicatief.',
      },
      { t: 'gio', layout: 'table', cols: [12, 3.8], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Binnenstad en stationsgebied', [0, 0], 1.0),
    gio('Zernike Campus', [-2, 3.5], 0.8),
    gio('Eemskanaalzone', [3, 0.5], 1.2),
    gio('Naoorlogse wijken', [-2.5, 1.5], 1.4),
    gio('Dorpen Haren en Ten Boer', [2, -5], 2),
    gio('Stadspark', [-2.5, -1.5], 0.7),
    gio('Tracé Lelylijn', [-6, -3], 1.5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2026' },
    datums: { vaststelling: '2026-01-28', ondertekening: '2026-01-28', bekendmaking: '2026-02-04', inwerkingtreding: '2026-02-05' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0014',
  },
  geo: { origin: [234000, 581000] },
  meubilair: ['pag\\. \\d+$', '^pag\\. \\d+ Omgevingsvisie Groningen$', '^Omgevingsvisie Groningen – bijlage'],
}
export default doc
