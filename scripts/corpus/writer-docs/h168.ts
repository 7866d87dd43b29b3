/**
 * h168 — gemeente Montfoort (gm0335), holdout (session 13): the Utrechtse gemeente of some 14.000 inwoners on the
 * Hollandse IJssel, with the stad Montfoort, Linschoten and the buurtschappen Achthoven, Blokland, Cattenbroek,
 * Mastwijk and Willeskop in the veenweide of the Lopikerwaard. Content after the public texts on the Omgevingsvisie
 * "Vitale kernen in een waardevol landschap" (vastgesteld 13 december 2021, with KuiperCompagnons: an Atlas of the
 * existing situation by theme; the identity and kernkwaliteiten "rust en ruimte koesteren, waardevol blauw en groen,
 * trots op historisch karakter, levendig en zorgzaam, bourgondisch, sociaal en religieus, creatief en innovatief";
 * richtinggevende ambities and strategische keuzes per ontwikkelthema — wonen, recreatie, bedrijvigheid,
 * leefbaarheid en veiligheid — and per deelgebied; "stip op de horizon", an afwegingskader for initiatives outside
 * the omgevingsplan), here as a revised visie of 2028, partly in our own words. Layout: 17 × 24 cm in Liberation
 * Serif 10 pt; chapters in ROMAN NUMERALS "I." … "VI." with sections "I.1" and a third level "III.1.1"; bold RUN-IN
 * koppen at the start of paragraphs ("Wonen. …"); captions "Figuur 1 …" and "Kaart 3 …" between paragraphs; real
 * footnotes; table of contents of two levels; header "Gemeente Montfoort" left / chapter field right, footer page
 * number centred; lists "–" and "a."; a table; raadsbesluit "besluit:" with Artikel 1–3; GIO table Nr | Naam |
 * Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0335'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-28', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const fig = (text: string) => ({ t: 'p' as const, style: 'small' as const, text })

const doc: Doc = {
  id: 'h168',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Montfoort "Vitale kernen in een waardevol landschap" (vastgesteld 13 december 2021; een Atlas van de bestaande situatie per thema; de identiteit en kernkwaliteiten rust en ruimte koesteren, waardevol blauw en groen, trots op historisch karakter, levendig en zorgzaam, bourgondisch, sociaal en religieus, creatief en innovatief; richtinggevende ambities en strategische keuzes per ontwikkelthema – wonen, recreatie, bedrijvigheid, leefbaarheid en veiligheid – en per deelgebied; "stip op de horizon", afwegingskader voor initiatieven), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: 17 × 24 cm in Liberation Serif 10 pt, hoofdstukken in ROMEINSE cijfers "I." … "VI." met paragrafen "I.1" en een derde niveau "III.1.1", vette inloopkoppen aan het begin van alinea\'s, bijschriften "Figuur 1 …" en "Kaart 3 …", voetnoten, inhoudsopgave van twee niveaus, kopregel "Gemeente Montfoort" links en hoofdstukveld rechts, paginanummer gecentreerd, lijsten "–" en "a.", een tabel, raadsbesluit "besluit:" met Artikel 1–3, GIO-tabel Nr | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Montfoort',
  title: 'Omgevingsvisie Montfoort',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Serif',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#1F3F6B',
    headingItalic3: true,
    lineHeight: 122,
    spaceAfter: 0.2,
    justify: true,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.6, left: 2.0, right: 1.8 },
    outline: [
      { format: 'I', suffix: '.', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '◦' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Montfoort\t\t{chaptername}'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #1F3F6B',
    tableHeaderBg: '#DCE4EF',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Montfoort tot vaststelling van de Omgevingsvisie Montfoort',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-09-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvergadering 28 juni 2028 · agendapunt 9 · zaaknummer Z/28/04417' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Montfoort tot vaststelling van de Omgevingsvisie Montfoort' },
      p('De raad van de gemeente Montfoort;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 16 mei 2028;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      p('besluit:'),
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Montfoort “Vitale kernen in een waardevol landschap”, versie 2028, wordt vastgesteld, met de geografische informatieobjecten van bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Montfoort, vastgesteld op 13 december 2021, wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking met ingang van 1 september 2028.'),
      p('Aldus besloten in de openbare vergadering van 28 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'R. van Dijk'], right: ['De voorzitter,', '', 'L.M. de Vries'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Montfoort',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Montfoort' },
      { t: 'p', style: 'subtitle', text: 'Vitale kernen in een waardevol landschap' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
    ],
    body: [
      { t: 'break' },
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Aanleiding' },
      p('In deze visie staat hoe de gemeente Montfoort de toekomst van de fysieke leefomgeving voor zich ziet. De fysieke leefomgeving staat voor datgene wat u ziet, voelt en ruikt: gebouwen, wegen, parken, een schone lucht, sloten en rivieren.[^De sociale kant van de leefomgeving, zoals gezondheid en veiligheid, hoort daar volgens de Omgevingswet ook bij.]'),
      { t: 'h', l: 2, text: 'Een stip op de horizon' },
      p('Deze visie is geen compleet uitgewerkt plan, eerder een stip op de horizon. Zij biedt kaders voor grote en kleine initiatieven en is het afwegingskader voor ontwikkelingen die niet binnen het omgevingsplan passen.'),
      { t: 'h', l: 2, text: 'Totstandkoming' },
      p('De herziening bouwt voort op de Atlas van 2020, die per thema de bestaande situatie beschrijft, en op gesprekken met inwoners, ondernemers, buurgemeenten, waterschap en provincie.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Identiteit en kernkwaliteiten' },
      { t: 'h', l: 2, text: 'Montfoort in de Lopikerwaard' },
      p('Montfoort ligt aan de Hollandse IJssel, tussen Utrecht, Woerden en IJsselstein. De stad en Linschoten worden omringd door het veenweidelandschap met zijn lange kavels en boerderijlinten.'),
      fig('Figuur 1 De ligging van Montfoort en Linschoten in de Lopikerwaard'),
      { t: 'h', l: 2, text: 'Zeven kernkwaliteiten' },
      p('De identiteit van de gemeente vatten wij samen in zeven kernkwaliteiten:'),
      { t: 'ol', list: 'Letter', items: ['rust en ruimte koesteren;', 'waardevol blauw en groen;', 'trots op historisch karakter;', 'levendig en zorgzaam;', 'bourgondisch;', 'sociaal en religieus;', 'creatief en innovatief.'] },
      fig('Figuur 2 De kernkwaliteiten in beeld'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Ambities en strategische keuzes' },
      p('Wij willen een toekomstbestendige gemeente zijn met vitale kernen in een waardevol landschap. Per ontwikkelthema maken wij strategische keuzes.'),
      { t: 'h', l: 2, text: 'Wonen' },
      p('**Behoefte.** Tot 2040 zijn er ruim 900 woningen nodig, vooral voor starters en ouderen.'),
      p('**Locaties.** Wij bouwen eerst binnen de kernen en aan de randen die daarvoor zijn aangewezen.'),
      { t: 'h', l: 3, text: 'De stad Montfoort' },
      p('Binnen de stadsmuren is weinig ruimte; wij zoeken woningbouw aan de westkant en op vrijkomende bedrijfslocaties.'),
      { t: 'h', l: 3, text: 'Linschoten' },
      p('Linschoten groeit beperkt, met woningen voor eigen inwoners.'),
      { t: 'h', l: 2, text: 'Recreatie' },
      p('**Routes.** Wandel- en fietsroutes langs de Hollandse IJssel en de Lange Linschoten worden aan elkaar gekoppeld.'),
      p('**Verblijven.** Kleinschalige verblijfsrecreatie bij boerderijen is welkom.'),
      { t: 'h', l: 2, text: 'Bedrijvigheid' },
      p('Bedrijven vinden een plek op De Heeswijk. Nieuwe bedrijventerreinen leggen wij niet aan.[^Uitbreiding van De Heeswijk is afgestemd met de regio U10.]'),
      {
        t: 'table',
        cols: [4.5, 4, 4.7],
        header: ['Terrein', 'Oppervlakte', 'Koers'],
        rows: [
          ['De Heeswijk', '38 ha', 'verdichten en verduurzamen'],
          ['Linschoten-Noord', '4 ha', 'lokale bedrijven'],
          ['Buitengebied', '–', 'alleen vrijkomende agrarische bebouwing'],
        ],
      },
      { t: 'h', l: 2, text: 'Leefbaarheid en veiligheid' },
      p('Voorzieningen in Montfoort en Linschoten blijven op loopafstand. Bij elke ontwikkeling wegen wij geluid, luchtkwaliteit en externe veiligheid mee.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Deelgebieden' },
      fig('Kaart 3 Deelgebieden van de gemeente Montfoort'),
      { t: 'h', l: 2, text: 'Historische stad Montfoort' },
      p('De binnenstad is beschermd stadsgezicht. Wij versterken de Hoogstraat en de Kerkstraat als verblijfsgebied.'),
      { t: 'h', l: 2, text: 'Linschoten' },
      p('Het lintdorp aan de Linschoterwetering houdt zijn open doorzichten naar de polder.'),
      { t: 'h', l: 2, text: 'Veenweidegebied' },
      p('In het veenweidegebied staan bodemdaling en waterkwaliteit voorop:'),
      { t: 'ul', list: 'Streep', items: ['hogere waterpeilen waar dat kan;', { text: 'extensivering langs de weteringen', sub: ['met natuurvriendelijke oevers;', 'met weidevogelbeheer.'] }, 'behoud van de slagenverkaveling.'] },
      { t: 'h', l: 2, text: 'Uiterwaarden en IJsselzone' },
      p('De zone langs de Hollandse IJssel wordt een groen-blauw lint voor recreatie en natuur.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Energie en klimaat' },
      { t: 'h', l: 2, text: 'Energietransitie' },
      p('Zon op daken heeft voorrang. Voor zon op land en wind geldt het afwegingskader van de Regionale Energiestrategie U16.'),
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      p('Wij vergroenen erven en straten en houden regenwater vast waar het valt.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Werken met de visie' },
      p('Initiatiefnemers toetsen hun plan aan de kernkwaliteiten en ambities. Wij gebruiken de visie ook in overleg met buurgemeenten, provincie en waterschap.'),
      { t: 'h', l: 2, text: 'Herziening' },
      p('Een omgevingsvisie wordt vaker herzien dan een structuurvisie. Wij leggen de raad elke vier jaar een herziening voor.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1, 4.2, 7.9], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Grondgebied Montfoort', 'grondgebied-montfoort', [0, 0], 6),
    gio('Historische binnenstad Montfoort', 'binnenstad-montfoort', [1, 0], 0.4),
    gio('Veenweidegebied', 'veenweidegebied', [-2, -1], 3),
    gio('IJsselzone', 'ijsselzone', [2, -2], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-montfoort', regeling: 'omgevingsvisie-montfoort', doel: 'omgevingsvisie-montfoort' },
    datums: { vaststelling: '2028-06-28', ondertekening: '2028-06-28', bekendmaking: '2028-07-05', inwerkingtreding: '2028-09-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0335',
  },
  geo: { origin: [124000, 446000] },
  meubilair: ['^Gemeente Montfoort\\b', '^\\d+$'],
}
export default doc
