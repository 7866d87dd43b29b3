/**
 * h150 — gemeente Noordoostpolder (gm0171), holdout (session 12): the Flevolandse gemeente of some 49.000
 * inwoners in the polder drained in 1942, with Emmeloord as the centre and ten dorpen (Ens, Marknesse, Kraggenburg,
 * Bant, Rutten, Creil, Espel, Tollebeek, Luttelgeest, Nagele), the former islands Urk and Schokland (UNESCO
 * werelderfgoed) at its edge, the Kop van de Noordoostpolder with windpark Noordoostpolder in the IJsselmeer.
 * Content after the public texts on the Omgevingsvisie Noordoostpolder (geldend since 3 October 2024, versie 3.0:
 * one visie, 3 kernopgaven — Groei en bloei van dorpen en wijken, Vitaal landelijk gebied, Aantrekkelijke regio —,
 * 14 deelopgaven and an uitvoeringsagenda, the route to 2050, fysiek and sociaal together, "tachtig jaar droog"; the planned landscape of the
 * Zuiderzeewerken as "ontworpen polder", the dorpen as a ring around Emmeloord, the landbouw as "hart van de
 * polder", the pioneers' spirit), here as a revised visie of 2027, partly in our own words. Layout: A5 in Liberation Serif
 * 9.5 pt; chapters "1." … "5." with a point and titles in capitals typed as such (one word each), sections "1.1",
 * a third level "3.4.1"; a heading in quotes, a heading ending in a colon, a title with a number
 * ("2040: klimaatneutraal"); no table of contents; header left/right alternating, footer page number centred;
 * lists "–" and "1)"; two tables; raadsbesluit with "Artikel I" … "Artikel III" (Roman); GIO list as lines in
 * "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0171'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-24', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doc: Doc = {
  id: 'h150',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Noordoostpolder (geldend sinds 3 oktober 2024, versie 3.0: één omgevingsvisie, 3 kernopgaven – Groei en bloei van dorpen en wijken, Vitaal landelijk gebied, Aantrekkelijke regio –, 14 deelopgaven en een uitvoeringsagenda, de route naar 2050, fysieke én sociale leefomgeving, "tachtig jaar droog"; het ontworpen landschap van de Zuiderzeewerken, de ring van dorpen rond Emmeloord, de landbouw als hart van de polder, Schokland als werelderfgoed, windpark Noordoostpolder, de pioniersgeest), hier als herziene visie van 2027, deels in eigen woorden; eigen opmaak: A5 in Liberation Serif 9,5 pt, hoofdstukken "1." … "5." met punt en titels van één woord in hoofdletters (zo getypt), paragrafen "1.1", een derde niveau "3.4.1", een kop tussen aanhalingstekens, een kop die op een dubbele punt eindigt, een titel met een getal ("2040: klimaatneutraal"), geen inhoudsopgave, kopregel wisselend links/rechts, paginanummer gecentreerd, lijsten "–" en "1)", twee tabellen, raadsbesluit met "Artikel I" … "Artikel III", GIO-lijst als regels in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Noordoostpolder',
  title: 'Omgevingsvisie Noordoostpolder',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [13, 10.5, 9.5, 9.5],
    headingColor: '#2E5E1E',
    lineHeight: 120,
    spaceAfter: 0.15,
    justify: true,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.5, left: 1.6, right: 1.5 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Haak: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Noordoostpolder'],
        headerLeft: ['Gemeente Noordoostpolder'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #2E5E1E',
    tableHeaderBg: '#E5EEDD',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Noordoostpolder houdende vaststelling van de Omgevingsvisie Noordoostpolder',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2027-09-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Noordoostpolder houdende vaststelling van de Omgevingsvisie Noordoostpolder' },
      p('De raad van de gemeente Noordoostpolder,'),
      p('gelezen het voorstel van burgemeester en wethouders van 23 mei 2027, nummer 2027-0412;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      p('gezien het advies van de commissie Ruimte van 8 juni 2027;'),
      { t: 'p', style: 'center', text: 'B E S L U I T :' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('Vast te stellen de Omgevingsvisie Noordoostpolder, zoals opgenomen in de bij dit besluit behorende bijlage, met de werkingsgebieden uit bijlage A van de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('In te trekken de Structuurvisie Noordoostpolder 2025.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking met ingang van 1 september 2027.'),
      p('Aldus vastgesteld in de openbare vergadering van 24 juni 2027.'),
      { t: 'sign', left: ['De griffier,', '', 'H.G. Westerhof'], right: ['De voorzitter,', '', 'J. Kramer'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Noordoostpolder',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Noordoostpolder' },
      { t: 'p', style: 'subtitle', text: 'Pioniers in een ontworpen landschap' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'INLEIDING' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie?' },
      p('De Noordoostpolder is ruim tachtig jaar droog en biedt nog steeds geweldige kansen. Maar de polder wordt niet groter en onze ruimte en bronnen zijn beperkt. Met respect voor wat we hebben, zoeken we naar nieuwe manieren van samenleven en ontwikkeling. Wij kiezen ervoor de visie voor de fysieke én de sociale leefomgeving te bepalen.'),
      { t: 'h', l: 2, text: 'Leeswijzer' },
      p('Eén omgevingsvisie, drie kernopgaven, veertien deelopgaven en een uitvoeringsagenda: de route naar 2050. Hoofdstuk 2 beschrijft de polder zoals hij is ontworpen, hoofdstuk 3 de kernopgaven, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
      { t: 'h', l: 1, text: 'POLDER' },
      { t: 'h', l: 2, text: '"Een ontworpen landschap"' },
      p('De Noordoostpolder is in 1942 drooggevallen. Het landschap is in één keer ontworpen: rechte kavels, lange lanen, Emmeloord in het midden en de dorpen in een ring daaromheen.'),
      { t: 'h', l: 2, text: 'Kernkwaliteiten' },
      p('Wij onderscheiden de volgende kernkwaliteiten:'),
      { t: 'ol', list: 'Haak', items: ['de openheid en maat van de kavels;', 'de lanen, bosstroken en dijken;', 'Schokland en de oude kustlijn;', 'de samenhang tussen Emmeloord en de dorpen.'] },
      { t: 'h', l: 1, text: 'KERNOPGAVEN' },
      { t: 'h', l: 2, text: 'Groei en bloei van dorpen en wijken' },
      p('De sociale kracht is van oorsprong sterk in de Noordoostpolder. Dat blijft zo. Wij zetten in op de menselijke maat: nieuwe woonbuurtjes die bestaande en nieuwe voorzieningen versterken.'),
      { t: 'h', l: 2, text: 'Vitaal landelijk gebied' },
      p('Het behoud van de landbouw staat centraal, met ruimte voor innovatie en ondernemen. Akkerbouw en bollenteelt op de zware klei blijven de basis.'),
      { t: 'h', l: 2, text: 'Aantrekkelijke regio' },
      p('Wij zorgen voor de voorwaarden en voorzieningen voor een aantrekkelijke, toekomstbestendige gemeente, met werk bij productie- en landbouwbedrijven.'),
      { t: 'h', l: 2, text: '2040: klimaatneutraal' },
      p('In 2040 is de Noordoostpolder klimaatneutraal. Daarvoor kiezen wij:'),
      { t: 'ul', list: 'Streep', items: ['zon op daken en langs infrastructuur vóór zon in het veld;', 'windenergie alleen in en bij windpark Noordoostpolder;', { text: 'warmte uit de bodem', sub: ['in Emmeloord met een warmtenet;', 'in de dorpen per buurt.'] }] },
      { t: 'h', l: 3, text: 'Windpark Noordoostpolder' },
      p('Het windpark langs de dijken van de Kop is met 86 turbines een van de grootste van het land. Uitbreiding op land voorzien wij niet.'),
      { t: 'h', l: 3, text: 'Zon' },
      p('Zonneparken staan wij alleen toe onder de voorwaarden van het afwegingskader:'),
      {
        t: 'table',
        cols: [4.2, 7.4],
        header: ['Locatie', 'Voorwaarde'],
        rows: [
          ['daken en gevels', 'altijd gewenst'],
          ['langs A6 en A32', 'met landschappelijke inpassing'],
          ['landbouwgrond', 'niet, tenzij tijdelijk en meervoudig'],
        ],
      },
      { t: 'h', l: 1, text: 'GEBIEDEN' },
      { t: 'h', l: 2, text: 'Emmeloord' },
      p('Emmeloord is het centrum van de polder, met de Poldertoren als herkenningspunt.'),
      { t: 'h', l: 2, text: 'De dorpen' },
      p('Elk dorp heeft een eigen opgave:'),
      {
        t: 'table',
        cols: [3.5, 8.1],
        header: ['Dorp', 'Opgave'],
        rows: [
          ['Marknesse en Ens', 'woningbouw en voorzieningen'],
          ['Kraggenburg en Tollebeek', 'dorpsrand en recreatie'],
          ['Nagele', 'monumentaal dorp van het Nieuwe Bouwen'],
          ['Bant, Rutten, Creil, Espel, Luttelgeest', 'leefbaarheid kleine dorpen'],
        ],
      },
      { t: 'h', l: 2, text: 'Schokland' },
      p('Schokland is sinds 1995 werelderfgoed. Wij beschermen de oude eilandrug en het zicht erop.'),
      { t: 'h', l: 2, text: 'Randen van de polder:' },
      p('De Kop van de Noordoostpolder, de Voorsterbos en het Kuinderbos en de randmeren vragen om een eigen aanpak.'),
      { t: 'h', l: 1, text: 'UITVOERING' },
      { t: 'h', l: 2, text: 'Samenwerking' },
      p('Wij werken samen met de provincie Flevoland, het Zuiderzeeland waterschap en de dorpsbelangen.'),
      { t: 'h', l: 2, text: 'Wonen' },
      p('Een woonprogramma werkt de woningbouwopgave per kern uit.'),
      { t: 'h', l: 2, text: 'Actualisatie' },
      p('Wij actualiseren deze visie ten minste eens in de vier jaar.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: '. ' },
      { t: 'gio', layout: 'lines', sep: ' — ' },
    ],
  ],
  gios: [
    gio('Grondgebied Noordoostpolder', 'grondgebied-noordoostpolder', [0, 0], 20),
    gio('Windpark Noordoostpolder', 'windpark-noordoostpolder', [-12, 4], 3),
    gio('Schokland', 'schokland', [8, -6], 2),
    gio('Nagele', 'nagele', [-6, -4], 1),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-noordoostpolder', regeling: 'omgevingsvisie-noordoostpolder', doel: 'omgevingsvisie-noordoostpolder' },
    datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-07-01', inwerkingtreding: '2027-09-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0171',
  },
  geo: { origin: [180000, 520000] },
  meubilair: ['^Omgevingsvisie Noordoostpolder$', '^Gemeente Noordoostpolder$', '^\\d+$'],
}
export default doc
