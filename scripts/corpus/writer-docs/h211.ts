/**
 * h211 — provincie Gelderland (pv25), holdout (session 14), with a visie not yet in the corpus (h41 follows the
 * Omgevingsvisie Gaaf Gelderland of 2018): the renewed Gelderse omgevingsvisie. Content after the public texts on
 * its vernieuwing (Commissie mer advies 3882: Gelderland wants to renew "Gaaf Gelderland", the new visie must steer
 * more firmly ("steviger sturen"), aims at 2050 with a doorkijk to 2100, works per region — Stedendriehoek,
 * Achterhoek, Groene Metropoolregio Arnhem-Nijmegen, Rivierenland, FoodValley, Noord-Veluwe — and builds on the
 * Gelders ruimtelijk voorstel; an omgevingseffectrapport alongside) and the provincial pages on the Gelderse
 * omgevingsvisie ("een gezonde, veilige, schone en welvarende leefomgeving"; nieuwe woningen, energieneutraal,
 * natuurherstel, duurzamere landbouw), here as the Statenbesluit of 2028 that adopts it, shortened and partly in our
 * own words. Layout: LibreOffice, B5 (17.6 × 25 cm), C059 9.5 pt with URW Gothic headings; chapters with ROMAN
 * numerals "I." and sections "I.1", a third level "III.2.1"; table of contents "Inhoud" of two levels; footers that
 * differ on left and right pages ("n | Omgevingsvisie Gelderland" / "Provincie Gelderland | n"); a FOOTNOTE; lists
 * "•" and "1."; two tables; Statenbesluit with Artikel I–III; GIO table Naam | Identificatie | Toelichting in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'pv25'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-04', '1'),
  toelichting,
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h211',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de vernieuwing van de Gelderse omgevingsvisie (advies 3882 van de Commissie mer: Gelderland wil "Gaaf Gelderland" vernieuwen, de nieuwe visie moet steviger sturen, richt zich op 2050 met een doorkijk naar 2100, werkt per regio — Stedendriehoek, Achterhoek, Groene Metropoolregio Arnhem-Nijmegen, Rivierenland, FoodValley, Noord-Veluwe — en bouwt voort op het Gelders ruimtelijk voorstel; een omgevingseffectrapport) en de provinciale pagina\'s over de Gelderse omgevingsvisie (een gezonde, veilige, schone en welvarende leefomgeving), hier als Statenbesluit van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: B5 (17,6 × 25 cm), C059 9,5 pt met URW Gothic koppen, hoofdstukken met ROMEINSE cijfers "I." en paragrafen "I.1", een derde niveau "III.2.1", inhoudsopgave "Inhoud" van twee niveaus, voetteksten verschillend op linker- en rechterpagina, een VOETNOOT, lijsten "•" en "1.", twee tabellen, Statenbesluit met Artikel I–III, GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Gelderland',
  title: 'Omgevingsvisie Gelderland',
  style: {
    font: 'C059',
    size: 9.5,
    headingFont: 'URW Gothic',
    headingSizes: [17, 12.5, 10.5, 9.5],
    headingColor: '#1d4f91',
    lineHeight: 128,
    spaceAfter: 0.18,
    justify: true,
    page: { width: 17.6, height: 25, top: 2.0, bottom: 1.9, left: 2.0, right: 1.8 },
    outline: [
      { format: 'I', display: 1, suffix: '.' },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['\t\tProvincie Gelderland | {page}'],
        footerLeft: ['{page} | Omgevingsvisie Gelderland'],
      },
    },
    tableBorder: '0.4pt solid #1d4f91',
    tableHeaderBg: '#dfe8f4',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Gelderland van 4 oktober 2028, PS2028-402, tot vaststelling van de Omgevingsvisie Gelderland',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-11-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Gelderland van 4 oktober 2028, PS2028-402, tot vaststelling van de Omgevingsvisie Gelderland' },
      p('Provinciale Staten van Gelderland,'),
      p('gelezen het voorstel van Gedeputeerde Staten van 4 juli 2028, PS2028-402;'),
      p('gelet op artikel 3.1, tweede lid, van de Omgevingswet en afdeling 16.4 van die wet;'),
      p('gezien het omgevingseffectrapport en het advies van de Commissie voor de milieueffectrapportage;'),
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De Omgevingsvisie Gelderland vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten van bijlage 1 bij de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Omgevingsvisie Gaaf Gelderland van 19 december 2018 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 1 november 2028.'),
      p('Arnhem, 4 oktober 2028'),
      p('Provinciale Staten van Gelderland,'),
      { t: 'sign', left: ['voorzitter', '', 'J.C. Berends'], right: ['griffier', '', 'mr. M.A. van der Velde'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Gelderland',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Gelderland' },
      { t: 'p', style: 'subtitle', text: 'Richting 2050, met een doorkijk naar 2100' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een nieuwe omgevingsvisie?'),
      p('We willen veel bereiken in Gelderland: nieuwe woningen bouwen, energieneutraal zijn, de natuur herstellen en de landbouw duurzamer maken. Voor al deze zaken hebben we ruimte nodig, en die ruimte is schaars. De Omgevingsvisie Gaaf Gelderland was niet meer actueel en stuurde te weinig.[^De Omgevingsvisie Gaaf Gelderland is op 19 december 2018 door Provinciale Staten vastgesteld en sindsdien meermaals herzien.]'),
      h(2, 'Steviger sturen'),
      p('Deze visie maakt keuzes. Waar belangen botsen, geeft zij aan wat voorgaat. Zo schuiven we de problemen van nu niet door naar volgende generaties.'),
      h(2, 'Hoe deze visie tot stand kwam'),
      p('We bouwden voort op het Gelders ruimtelijk voorstel en spraken met gemeenten, waterschappen, het Rijk, maatschappelijke organisaties en inwoners. Naast de visie is een omgevingseffectrapport opgesteld.'),
      h(1, 'Gelderland in 2050'),
      h(2, 'Een gezonde, veilige, schone en welvarende leefomgeving'),
      p('Gelderland is en blijft een fijne plek om te wonen, werken en verblijven.'),
      h(2, 'Doorkijk naar 2100'),
      p('Voor keuzes met een lange doorwerking, zoals waterveiligheid langs de grote rivieren, kijken we verder vooruit.'),
      h(1, 'Provinciale keuzes'),
      p('Onze keuzes volgen uit vier uitgangspunten:'),
      ol(['water en bodem sturend;', 'zuinig en meervoudig ruimtegebruik;', 'bundeling in steden en dorpen;', 'het landschap als drager.']),
      h(2, 'Water en bodem'),
      h(3, 'Waterveiligheid'),
      p('Langs Rijn, Waal, IJssel en Maas houden we ruimte vrij voor rivierverruiming.'),
      h(3, 'Zoetwater en droogte'),
      p('Op de Veluwe en in de Achterhoek houden we water langer vast.'),
      h(2, 'Wonen en werken'),
      h(3, 'Woningbouw'),
      p('We bouwen de woningen die nodig zijn, vooral bij knooppunten van openbaar vervoer.'),
      h(3, 'Bedrijventerreinen'),
      p('Regio’s maken afspraken over bedrijventerreinen; grootschalige logistiek komt alleen op aangewezen locaties.'),
      h(2, 'Energie'),
      p('In 2050 is Gelderland energieneutraal. We wijzen zoekgebieden aan voor windenergie:'),
      ul(['bij infrastructuur en bedrijventerreinen;', { text: 'niet in', sub: ['het Gelders Natuurnetwerk;', 'de Veluwe.'] }]),
      h(2, 'Natuur en landbouw'),
      h(3, 'Gelders Natuurnetwerk'),
      p('We maken het Gelders Natuurnetwerk af en verbeteren de kwaliteit van de Natura 2000-gebieden.'),
      h(3, 'Landbouw met toekomst'),
      p('De landbouw krijgt perspectief in een gebiedsgerichte aanpak.'),
      h(1, 'Regio’s'),
      p('De Stedendriehoek kent andere uitdagingen dan de Achterhoek, de Groene Metropoolregio Arnhem-Nijmegen of het Rivierenland. We werken daarom per regio.'),
      {
        t: 'table',
        cols: [4.2, 9.6],
        header: ['Regio', 'Belangrijkste opgave'],
        rows: [
          ['Achterhoek', 'vitaal platteland, bereikbaarheid'],
          ['Groene Metropoolregio Arnhem-Nijmegen', 'woningbouw en mobiliteit'],
          ['FoodValley', 'landbouwtransitie, groei van Ede en Wageningen'],
          ['Noord-Veluwe', 'natuur en recreatie'],
          ['Rivierenland', 'waterveiligheid en logistiek'],
          ['Stedendriehoek', 'verstedelijking langs de IJssel'],
        ],
      },
      h(2, 'Stedelijke regio’s'),
      p('In de Groene Metropoolregio, FoodValley en de Stedendriehoek ligt de grootste woningbouwopgave.'),
      h(2, 'Landelijke regio’s'),
      p('In de Achterhoek, de Noord-Veluwe en het Rivierenland staat de vitaliteit van dorpen voorop.'),
      h(1, 'Uitvoering'),
      h(2, 'Doorwerking'),
      p('De keuzes werken door in de Omgevingsverordening Gelderland en in provinciale programma’s.'),
      {
        t: 'table',
        cols: [4.2, 9.6],
        header: ['Instrument', 'Wat regelt het?'],
        rows: [
          ['Omgevingsverordening', 'regels voor gemeenten en initiatiefnemers'],
          ['Programma’s', 'maatregelen per opgave'],
          ['Regionale afspraken', 'woningbouw en bedrijventerreinen'],
        ],
      },
      h(2, 'Monitoring'),
      p('Elke vier jaar beoordelen Provinciale Staten of de visie moet worden herzien.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [3.6, 6.6, 3.6], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Provincie Gelderland', 'provincie-gelderland', 'ambtsgebied', [0, 0], 40),
    gio('Gelders Natuurnetwerk', 'gelders-natuurnetwerk', 'natuur', [-15, 10], 12),
    gio('Rivierverruiming grote rivieren', 'rivierverruiming-grote-rivieren', 'waterveiligheid', [-10, -15], 8),
    gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', 'energie', [20, -5], 6),
    gio('Regio’s Gelderland', 'regios-gelderland', 'regionale samenwerking', [5, 5], 30),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-gelderland', regeling: 'omgevingsvisie-gelderland', doel: 'omgevingsvisie-gelderland' },
    datums: { vaststelling: '2028-10-04', ondertekening: '2028-10-04', bekendmaking: '2028-10-17', inwerkingtreding: '2028-11-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV25',
  },
  geo: { origin: [190000, 450000] },
  meubilair: ['^Provincie Gelderland \\| \\d+$', '^\\d+ \\| Omgevingsvisie Gelderland$'],
}
export default doc
