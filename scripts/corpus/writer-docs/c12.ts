/**
 * c12 — Waterschap Rivierenland (ws0621). Besluit van het algemeen bestuur ("gelet op artikel 56 van de
 * Waterschapswet …", "besluit:", Artikel 1/2, ondertekening secretaris-directeur | dijkgraaf); visie ingeleid met
 * "Bijlage bij besluit AB-2026-044"; koppen "1." en "1.1." (nummer met punt); DejaVu Sans 10 pt; een hoofdstuk in
 * twee kolommen; voettekst "Waterschap Rivierenland" links, datumstempel midden, kaal paginanummer rechts;
 * –-opsommingen; GIO-lijst als regels "naam — identificatie" (geen tabel). Inhoud bewerkt naar de kerntaken uit
 * waterbeheerplannen van waterschappen (veilig water, voldoende water, schoon water, afvalwater; zie
 * waterbeheerplan.wdodelta.nl, "Uitdagingen"), toegespitst op het rivierengebied.
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'ws0621'
const gio = (naam: string, werk: string, at: [number, number], size = 2) => ({
  naam,
  identificatie: joinId(bg, '2026', werk, '2026-06-10', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'c12',
  set: 'dev',
  bron:
    'Bewerkt naar de kerntaken uit waterbeheerplannen van waterschappen (waterbeheerplan.wdodelta.nl: veilig, voldoende en schoon water, afvalwater), toegespitst op het rivierengebied; eigen opmaak: DejaVu Sans 10 pt, koppen "1." en "1.1." met punt, één hoofdstuk in twee kolommen, voettekst organisatie links + datumstempel + kaal paginanummer rechts, –-opsommingen, GIO-lijst als regels',
  bevoegdGezag: bg,
  naam: 'Waterschap Rivierenland',
  title: 'Omgevingsvisie Waterschap Rivierenland 2050',
  style: {
    font: 'DejaVu Sans',
    size: 10,
    headingSizes: [14, 12, 10.5, 10],
    headingColor: '#00607A',
    spaceAfter: 0.18,
    page: A4(2.0, 2.3, 2.2, 2.2),
    outline: decimalOutline('.'),
    lists: {
      Streepjes: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Cijfers: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['Waterschap Rivierenland\tVastgesteld AB 24-06-2026\t{page}'] },
    },
    tableHeaderBg: '#D9EEF3',
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Rivierenland tot vaststelling van de Omgevingsvisie Waterschap Rivierenland 2050',
    artikelen: ['1', '2'],
    inwerkingtreding: '2026-07-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Registratienummer AB-2026-044' },
      {
        t: 'p',
        style: 'label',
        text: 'Besluit van het algemeen bestuur van Waterschap Rivierenland tot vaststelling van de Omgevingsvisie Waterschap Rivierenland 2050',
      },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Rivierenland;' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 19 mei 2026, nummer 2026-DB-0311;' },
      {
        t: 'p',
        text: 'overwegende dat het waterschap zijn langetermijnvisie op het waterbeheer in het rivierengebied wil vastleggen in een omgevingsvisie, zodat gemeenten en provincies die kunnen betrekken bij hun eigen omgevingsvisies en omgevingsplannen;',
      },
      {
        t: 'p',
        text: 'overwegende dat de ontwerpvisie met ingang van 2 maart 2026 zes weken ter inzage heeft gelegen en dat de ingediende reacties zijn verwerkt in de Reactienota Omgevingsvisie;',
      },
      { t: 'p', text: 'gelet op artikel 56 van de Waterschapswet en artikel 2.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      {
        t: 'p',
        text: 'Vast te stellen de Omgevingsvisie Waterschap Rivierenland 2050, zoals opgenomen in de bijlage bij dit besluit.',
      },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 juli 2026.' },
      {
        t: 'p',
        text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van Waterschap Rivierenland, gehouden te Tiel op 24 juni 2026.',
      },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.C. van der Linden'], right: ['de dijkgraaf,', '', '', 'drs. J.H. Bakker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Waterschap Rivierenland 2050',
    front: [
      { t: 'break' },
      { t: 'p', style: 'small', text: 'Bijlage bij besluit AB-2026-044 van het algemeen bestuur van Waterschap Rivierenland' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Waterschap Rivierenland 2050' },
      { t: 'p', style: 'subtitle', text: 'Leven met water tussen de grote rivieren' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Aanleiding' },
      {
        t: 'p',
        text: 'In het dagelijks leven heeft iedereen met water te maken. Het waterschap zorgt dat het water beschikbaar is, schoon is en veilig achter de dijken blijft. Die taken voeren wij uit in een omgeving die steeds complexer wordt: het klimaat verandert, de bodem daalt en de ruimte is schaars. Met deze omgevingsvisie laten wij zien hoe wij tot 2050 naar het waterbeheer in het rivierengebied kijken.',
      },
      { t: 'h', l: 2, text: 'Status van deze visie' },
      {
        t: 'p',
        text: 'Deze visie bindt alleen het waterschap zelf. Zij is de basis voor ons waterbeheerprogramma en voor de waterschapsverordening. Gemeenten en provincies betrekken de visie bij hun omgevingsvisies; in de watertoets geven wij advies op basis van deze visie.',
      },
      { t: 'h', l: 1, text: 'Ons gebied' },
      { t: 'h', l: 2, text: 'Tussen Rijn, Waal, Lek en Maas' },
      {
        t: 'p',
        text: 'Het beheergebied ligt tussen en langs de grote rivieren, van de Duitse grens tot aan de Merwede. Het bestaat uit oeverwallen met fruitteelt en dorpen, lage komgronden met grasland en stedelijke gebieden als Tiel, Culemborg, Gorinchem en Nijmegen-West. Ruim duizend kilometer dijk beschermt het gebied tegen overstromingen.',
      },
      { t: 'h', l: 2, text: 'Ontwikkelingen' },
      { t: 'p', text: 'De belangrijkste ontwikkelingen voor het waterbeheer zijn:' },
      {
        t: 'ul',
        list: 'Streepjes',
        items: [
          'hogere rivierafvoeren in de winter en lage afvoeren in de zomer;',
          'vaker extreme neerslag in korte tijd;',
          {
            text: 'toenemende droogte, met gevolgen voor:',
            sub: ['de fruitteelt op de oeverwallen;', 'de stabiliteit van veendijken;', 'de natuur in de uiterwaarden.'],
          },
          'woningbouw en nieuwe bedrijventerreinen langs de A15 en de A2.',
        ],
      },
      { t: 'h', l: 1, text: 'Veilig water' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Dijkversterking' },
          {
            t: 'p',
            text: 'Tot 2050 versterken wij honderden kilometers primaire waterkering. Wij doen dat in samenhang met de omgeving: een dijkversterking is een kans om ook natuur, recreatie en cultuurhistorie te versterken. Waar mogelijk combineren wij projecten met rivierverruiming.',
          },
          { t: 'h', l: 2, text: 'Ruimte voor de dijk' },
          {
            t: 'p',
            text: 'Om dijken in de toekomst te kunnen versterken, reserveren wij ruimte aan weerszijden van de dijk. Nieuwe bebouwing in die zones vermijden wij. Wij vragen gemeenten deze reserveringszones over te nemen in hun omgevingsplan.',
          },
          { t: 'h', l: 2, text: 'Regionale keringen' },
          {
            t: 'p',
            text: 'Ook de regionale keringen langs de Linge en de kanalen houden wij op orde. Wij toetsen ze periodiek en brengen de hoogte waar nodig op peil.',
          },
        ],
      },
      { t: 'h', l: 1, text: 'Voldoende water' },
      { t: 'h', l: 2, text: 'Peilbeheer' },
      {
        t: 'p',
        text: 'Het waterpeil stemmen wij af op de functies in het gebied. Waar de bodem daalt, zoeken wij naar peilbesluiten die de daling remmen. Water vasthouden gaat voor afvoeren.',
      },
      { t: 'h', l: 2, text: 'Droogte' },
      {
        t: 'p',
        text: 'In droge perioden verdelen wij het beschikbare water volgens een vaste rangorde. Wij breiden de wateraanvoer vanuit de rivieren uit waar dat doelmatig is, en stimuleren dat gebruikers zelf water vasthouden.',
      },
      {
        t: 'table',
        cols: [3.2, 6.0, 7.4],
        header: ['Categorie', 'Functie', 'Voorbeeld'],
        rows: [
          ['1', 'Veiligheid en onomkeerbare schade', 'Stabiliteit van waterkeringen, klink van veen'],
          ['2', 'Nutsvoorzieningen', 'Drinkwater, energievoorziening'],
          ['3', 'Kleinschalig hoogwaardig gebruik', 'Fruitteelt, kapitaalintensieve gewassen'],
          ['4', 'Overige belangen', 'Landbouw, scheepvaart, recreatie'],
        ],
      },
      { t: 'h', l: 2, text: 'Wateroverlast' },
      {
        t: 'p',
        text: 'Het watersysteem moet een bui aankunnen zoals die statistisch eens in de honderd jaar voorkomt in stedelijk gebied en eens in de vijfentwintig jaar in grasland. Bij nieuwe ontwikkelingen geldt dat de afvoer niet mag toenemen.',
      },
      { t: 'h', l: 1, text: 'Schoon en gezond water' },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      {
        t: 'p',
        text: 'In 2027 en daarna voldoen onze waterlichamen zoveel mogelijk aan de doelen van de Kaderrichtlijn Water. Wij richten beken en weteringen natuurlijker in en werken met agrariërs aan het terugdringen van nutriënten en gewasbeschermingsmiddelen.',
      },
      { t: 'h', l: 2, text: 'Afvalwater' },
      {
        t: 'p',
        text: 'Onze zuiveringen worden energieneutraal en winnen grondstoffen terug. Samen met gemeenten zorgen wij dat minder schoon regenwater naar de zuivering gaat. Wij werken daarbij volgens de volgende stappen:',
      },
      {
        t: 'ol',
        list: 'Cijfers',
        items: ['regenwater vasthouden waar het valt;', 'regenwater infiltreren of bergen;', 'pas daarna afvoeren naar oppervlaktewater.'],
      },
      { t: 'h', l: 1, text: 'Water en ruimte' },
      { t: 'h', l: 2, text: 'Water als ordenend principe' },
      {
        t: 'p',
        text: 'In het rivierengebied bepalen bodem en water waar wonen, werken en landbouw het beste passen. De hogere oeverwallen zijn geschikt voor bebouwing en fruitteelt; de lage komgronden zijn kwetsbaar voor wateroverlast en bodemdaling. Wij vragen gemeenten en provincie om bij nieuwe ontwikkelingen met die ondergrond rekening te houden.',
      },
      {
        t: 'p',
        text: 'Bij de keuze van nieuwe woningbouwlocaties geven wij de voorkeur aan locaties op de oeverwallen en aan de randen van bestaande kernen. In de komgronden adviseren wij terughoudendheid, tenzij de locatie waterrobuust kan worden ingericht zonder de lasten af te wentelen op het omliggende gebied.',
      },
      { t: 'h', l: 2, text: 'Klimaatadaptief bouwen' },
      {
        t: 'p',
        text: 'Nieuwe wijken en bedrijventerreinen worden zo ingericht dat zij hevige buien, hitte en droogte kunnen opvangen. Samen met de gemeenten in ons gebied hanteren wij daarvoor gezamenlijke uitgangspunten:',
      },
      {
        t: 'ul',
        list: 'Streepjes',
        items: [
          'het vloerpeil van nieuwe gebouwen ligt voldoende hoog boven straatniveau;',
          'regenwater wordt op eigen terrein geborgen of geïnfiltreerd;',
          {
            text: 'de openbare ruimte kan tijdelijk water bergen:',
            sub: ['in wadi’s en verlaagde groenstroken;', 'op pleinen en speelvelden die daarvoor zijn ingericht.'],
          },
          'vitale voorzieningen blijven bij een overstroming zo lang mogelijk werken.',
        ],
      },
      { t: 'h', l: 2, text: 'Uiterwaarden en rivierverruiming' },
      {
        t: 'p',
        text: 'De uiterwaarden zijn van de rivier. Samen met Rijkswaterstaat en de provincies houden wij ruimte vrij voor toekomstige rivierverruiming. Ontwikkelingen die die ruimte blijvend innemen, zoals nieuwe bebouwing of ophogingen, ontraden wij.',
      },
      { t: 'h', l: 1, text: 'Samenwerking en uitvoering' },
      { t: 'h', l: 2, text: 'Rol van het waterschap' },
      {
        t: 'p',
        text: 'Het waterschap is een functionele overheid. Wij werken samen met gemeenten, provincies, Rijkswaterstaat, drinkwaterbedrijven en terreinbeheerders. Wij zijn vroeg betrokken bij ruimtelijke plannen, zodat water richtinggevend kan zijn.',
      },
      { t: 'h', l: 2, text: 'Van visie naar programma' },
      {
        t: 'p',
        text: 'Het waterbeheerprogramma werkt deze visie uit in doelen en maatregelen voor zes jaar. De gebieden waar de visie een bijzondere opgave ziet, zijn aangegeven in de informatieobjecten van bijlage 2.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Afkortingen', sep: '. ' },
      {
        t: 'table',
        cols: [3.0, 13.6],
        header: ['Afkorting', 'Betekenis'],
        rows: [
          ['AB', 'algemeen bestuur'],
          ['DB', 'dagelijks bestuur'],
          ['KRW', 'Kaderrichtlijn Water'],
          ['WBP', 'waterbeheerprogramma'],
        ],
      },
    ],
    [
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Informatieobjecten', sep: '. ' },
      { t: 'p', text: 'In deze visie wordt verwezen naar de volgende geografische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ' — ' },
    ],
  ],
  gios: [
    gio('Reserveringszone dijkversterking', 'reserveringszone-dijkversterking', [0, 0], 4),
    gio('Beheergebied', 'beheergebied', [6, 3], 9),
    gio('Wateraanvoergebied Betuwe', 'wateraanvoergebied-betuwe', [12, 6], 3),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-2050', regeling: 'omgevingsvisie-2050', doel: 'omgevingsvisie-2050' },
    datums: { vaststelling: '2026-06-24', ondertekening: '2026-06-24', bekendmaking: '2026-06-26', inwerkingtreding: '2026-07-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_a71dc533'],
    ambtsgebied: 'WS0621',
  },
  geo: { origin: [165000, 430000] },
  meubilair: ['^Waterschap Rivierenland\\s+Vastgesteld AB 24-06-2026\\s+\\d+$'],
}
export default doc
