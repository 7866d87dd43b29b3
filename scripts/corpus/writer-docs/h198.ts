/**
 * h198 — gemeente Smallingerland (gm0090), holdout (session 13): the Friese gemeente of some 56.000 inwoners with
 * Drachten as regional centre and the dorpen Boornbergum, Opeinde, Rottevalle, De Wilgen, Oudega, Nijega and
 * others, De Leijen and the Drachtster Bos. Content after the public texts on the "Omgevingsvisie Smallingerland 2040"
 * (adopted unanimously by the raad in March 2022, made "door middel van co-creatie" with inwoners, organisaties and
 * ondernemers; the basisdoelen gezond, veilig, aantrekkelijk en economisch vitaal; three leidende principes Duurzaam,
 * Inclusief and Eigen identiteit; four gebiedsopgaven, among them the versterking van Drachten als regionaal
 * verzorgingsgebied; bereikbaarheid as verbindende opgave; "Hoe ziet gemeente Smallingerland er in 2040 uit?"),
 * here as a renewed visie of 2028, shortened and partly in our own words. Layout: LibreOffice, A4 LANDSCAPE (a
 * "boekje" as the bureau made it), Nimbus Sans 10 pt; chapters "Hoofdstuk 1" before the title (nummer "1"),
 * sections "1.1", a third level "3.2.1"; no table of contents; header "Smallingerland 2040 | Omgevingsvisie" right,
 * page number centred in the footer; two-column sections; a FOOTNOTE; lists "•" and "a)"; a table; raadsbesluit
 * with Artikel 1–2; the GIOs as LINES "naam – identificatie" in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0090'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-16', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })
const tk = (text: string) => ({ t: 'tk' as const, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })

const doc: Doc = {
  id: 'h198',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Smallingerland 2040" (in maart 2022 unaniem vastgesteld door de raad, opgesteld door middel van co-creatie met inwoners, organisaties en ondernemers; de basisdoelen gezond, veilig, aantrekkelijk en economisch vitaal; drie leidende principes Duurzaam, Inclusief en Eigen identiteit; vier gebiedsopgaven, waaronder de versterking van Drachten als regionaal verzorgingsgebied; bereikbaarheid als verbindende opgave; "Hoe ziet gemeente Smallingerland er in 2040 uit?"), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND (een "boekje"), Nimbus Sans 10 pt, hoofdstukken "Hoofdstuk 1" voor de titel (nummer "1"), paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, koptekst "Smallingerland 2040 | Omgevingsvisie" rechts, paginanummer gecentreerd onderaan, secties in twee kolommen, een VOETNOOT, lijsten "•" en "a)", een tabel, raadsbesluit met Artikel 1–2, de GIO\'s als REGELS "naam – identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Smallingerland',
  title: 'Omgevingsvisie Smallingerland 2040',
  style: {
    font: 'Nimbus Sans',
    size: 10,
    headingFont: 'Nimbus Sans',
    headingSizes: [20, 13, 11, 10],
    headingColor: '#00617f',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ' },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Let: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tSmallingerland 2040 | Omgevingsvisie'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #00617f',
    tableHeaderBg: '#dcecf1',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#e36f1e', size: 10.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Smallingerland tot vaststelling van de Omgevingsvisie Smallingerland 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Smallingerland tot vaststelling van de Omgevingsvisie Smallingerland 2040' },
      p('De raad van de gemeente Smallingerland;'),
      p('gelezen het voorstel van burgemeester en wethouders van 8 februari 2028;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de omgevingsvisie in co-creatie met inwoners, organisaties, bedrijfsleven en ondernemers is opgesteld en dat het ontwerp zes weken ter inzage heeft gelegen;'),
      { t: 'p', style: 'center', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('Vast te stellen de Omgevingsvisie Smallingerland 2040, met de geografische informatieobjecten genoemd in bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op 1 mei 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Smallingerland, gehouden op 16 maart 2028.'),
      { t: 'sign', left: ['de voorzitter,', '', 'A.B. de Vries'], right: ['de griffier,', '', 'H. Boersma'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Smallingerland 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Smallingerland 2040' },
      { t: 'p', style: 'subtitle', text: 'Duurzaam, inclusief en met een eigen identiteit' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Inleiding'),
      p('**Hoe ziet gemeente Smallingerland er in 2040 uit? Óf misschien beter: hoe zou jíj willen dat gemeente Smallingerland er in 2040 uitziet?**'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('In de Omgevingsvisie staan de leidende principes en doelen van de gemeente Smallingerland voor de inrichting, ontwikkeling en het beheer van de fysieke leefomgeving met het oog op de toekomst. We kijken voor een langere tijd vooruit.[^De eerste Omgevingsvisie Smallingerland is in maart 2022 unaniem door de gemeenteraad vastgesteld; deze visie vernieuwt haar.]'),
      h(2, 'Samen gemaakt'),
      p('Veel inwoners, ondernemers, maatschappelijke organisaties en medeoverheden praatten mee in co-creatiebijeenkomsten in de dorpen en in de wijken van Drachten.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft Smallingerland nu, hoofdstuk 3 het toekomstbeeld, hoofdstuk 4 de opgaven en hoofdstuk 5 de uitvoering.'),
      { t: 'break' },
      h(1, 'Smallingerland nu'),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Centraal in Noord-Nederland'),
          p('Smallingerland ligt op het kruispunt van de A7 en de N31, midden tussen Leeuwarden, Groningen en Heerenveen.'),
          h(2, 'Drachten'),
          p('Drachten is met zo’n 45.000 inwoners de grootste kern. Hier liggen de voorzieningen voor de hele regio: ziekenhuis, onderwijs, winkels en cultuur.'),
          h(2, 'De dorpen'),
          p('De dorpen hebben elk een eigen karakter en een actief verenigingsleven.'),
        ],
      },
      h(2, 'Landschap'),
      h(3, 'De Wâlden'),
      p('In het oosten ligt het coulisselandschap van de Wâlden met elzensingels en dykswâlen.'),
      h(3, 'Het veenweidegebied'),
      p('In het westen ligt het open veenweidegebied rond De Leijen en het Burgumer Mar.'),
      { t: 'break' },
      h(1, 'Toekomstbeeld 2040'),
      h(2, 'Basisdoelen'),
      p('De basisdoelen voor de toekomst zijn gericht op:'),
      { t: 'ol', list: 'Let', items: ['de gezondheid van inwoners;', 'de veiligheid in de omgeving;', 'een aantrekkelijk woon- en leefklimaat;', 'een economisch vitale gemeente.'] },
      h(2, 'Leidende principes'),
      p('Plannen en initiatieven dragen bij aan drie leidende principes.'),
      h(3, 'Duurzaam Smallingerland'),
      p('We gaan zuinig om met energie, water en grondstoffen en maken Smallingerland klimaatbestendig.'),
      h(3, 'Inclusief Smallingerland'),
      p('Iedereen doet mee. De leefomgeving is toegankelijk voor jong en oud en voor mensen met een beperking.'),
      h(3, 'Eigen identiteit Smallingerland'),
      p('Drachten, de dorpen en het landschap behouden hun eigen karakter.'),
      { t: 'break' },
      h(1, 'Opgaven'),
      p('Om het gedeelde toekomstbeeld voor 2040 te realiseren, werkt de gemeente samen met de partners en de samenleving aan vier opgaven en een verbindende opgave.'),
      {
        t: 'table',
        cols: [7, 9, 8],
        header: ['Opgave', 'Doel in 2040', 'Gebied'],
        rows: [
          ['Drachten als regionaal verzorgingsgebied', 'een levendig centrum met meer wonen', 'Drachten'],
          ['Vitale dorpen', 'voorzieningen en woningen op maat', 'alle dorpen'],
          ['Toekomstbestendig buitengebied', 'landbouw, natuur en energie in balans', 'buitengebied'],
          ['Werken in Smallingerland', 'ruimte voor innovatieve bedrijven', 'bedrijventerreinen'],
        ],
      },
      h(2, 'Drachten als regionaal verzorgingsgebied'),
      tk('Wat gaan we doen?'),
      ul(['het centrum compacter en groener maken;', 'wonen boven winkels stimuleren;', { text: 'de wijken vernieuwen', sub: ['De Wiken en De Venen;', 'Drachten-Azeven.'] }]),
      h(2, 'Vitale dorpen'),
      p('Wij bouwen in elk dorp naar behoefte en houden de basisvoorzieningen bereikbaar.'),
      h(2, 'Toekomstbestendig buitengebied'),
      p('Wij werken aan de versterking van de identiteit van het buitengebied: de landbouw blijft de drager, met ruimte voor natuur en recreatie rond De Leijen.'),
      h(2, 'Werken in Smallingerland'),
      p('Drachten is een centrum van de maakindustrie en van hightech. Wij houden ruimte voor deze bedrijven op De Haven en Azeven.'),
      h(2, 'Bereikbaarheid als verbindende opgave'),
      p('Goede verbindingen over weg, water en fiets verbinden de vier opgaven.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma Omgeving'),
      p('Met het programma Omgeving sturen wij op samenhang van projecten, visies en activiteiten. De begroting Fysiek Domein volgt de vier opgaven.'),
      h(2, 'Toetsen van initiatieven'),
      p('De Omgevingsvisie helpt bij de afweging: bij nieuwe plannen kijken we of zij bijdragen aan het toekomstbeeld.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [
    gio('Gemeente Smallingerland', 'gemeente-smallingerland', [0, 0], 8),
    gio('Centrum Drachten', 'centrum-drachten', [1, 0], 0.8),
    gio('Bedrijventerrein De Haven', 'bedrijventerrein-de-haven', [2.5, -1], 0.7),
    gio('Merengebied De Leijen', 'merengebied-de-leijen', [-3, 2], 1.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-smallingerland-2040', regeling: 'omgevingsvisie-smallingerland-2040', doel: 'omgevingsvisie-smallingerland-2040' },
    datums: { vaststelling: '2028-03-16', ondertekening: '2028-03-16', bekendmaking: '2028-03-29', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0090',
  },
  geo: { origin: [198000, 575000] },
  meubilair: ['^Smallingerland 2040 \\| Omgevingsvisie$', '^\\d+$'],
}
export default doc
