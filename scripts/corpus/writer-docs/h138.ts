/**
 * h138 — Waterschap Hollandse Delta (code ws0657 here), holdout (session 12): the waterschap of the Zuid-Hollandse
 * eilanden (IJsselmonde, Voorne-Putten, Hoeksche Waard, Goeree-Overflakkee) and Dordrecht, with its dijken,
 * boezems, gemalen and zuiveringen. Content after the public descriptions of the Omgevingsvisie of Hollandse Delta
 * (water as a part of the fysieke leefomgeving, "water verbindt", the waterwaarden linked to the maatschappelijke
 * opgaven in an area, proactive participation in gemeentelijke and provinciale visies and plannen, a reliable
 * samenwerkingspartner, houvast for later beleid, and a fundament of six leidende principes for the whole
 * beheergebied) and its Waterbeheerplan (a robuust watersysteem: voldoende watervolume, minder versnippering,
 * bergingscapaciteit, ecologisch waardevolle oevers), here as an optional omgevingsvisie of the algemeen bestuur
 * of 2027, partly in our own words. Layout: A5 in Liberation Serif 9.5 pt; chapters "1" … "6" with titles TYPED IN
 * CAPITALS, sections "1.1", a third level "3.1.1"; no table of contents; footer "Omgevingsvisie Hollandse Delta"
 * left and "n" right; lists "–" and "1)"; a table; besluit of the algemeen bestuur with "Art. 1" … "Art. 3" and the
 * GIO LIST INSIDE ART. 2 as lines "Naam: identificatie" (no GIO bijlage).
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'ws0657'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-23', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h138',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare beschrijvingen van de Omgevingsvisie van Waterschap Hollandse Delta ("water verbindt", waterwaarden gekoppeld aan maatschappelijke opgaven, proactief participeren in visies en plannen van gemeenten en provincie, een betrouwbare samenwerkingspartner, houvast voor later beleid, zes leidende principes voor het hele beheergebied) en zijn Waterbeheerplan (een robuust watersysteem: voldoende watervolume, minder versnippering, bergingscapaciteit, ecologisch waardevolle oevers), hier als facultatieve omgevingsvisie van het algemeen bestuur van 2027, deels in eigen woorden; eigen opmaak: A5 in Liberation Serif 9,5 pt, hoofdstukken "1" … "6" met titels in hoofdletters getypt, paragrafen "1.1", een derde niveau "3.1.1", geen inhoudsopgave, voettekst "Omgevingsvisie Hollandse Delta" links en het paginanummer rechts, lijsten "–" en "1)", een tabel, besluit van het algemeen bestuur met "Art. 1" … "Art. 3" en de GIO-lijst als regels "Naam: identificatie" in Art. 2 (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Hollandse Delta',
  title: 'Omgevingsvisie Hollandse Delta',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [13, 10.5, 9.5, 9.5],
    headingColor: '#005A8C',
    lineHeight: 122,
    spaceAfter: 0.15,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.8, left: 1.7, right: 1.5 },
    outline: decimalOutline(),
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: { footer: ['Omgevingsvisie Hollandse Delta\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #005A8C',
    tableHeaderBg: '#E1EEF5',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Hollandse Delta tot vaststelling van de Omgevingsvisie Hollandse Delta',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Vergadering algemeen bestuur 23 november 2027 · agendapunt 7 · documentnummer 2027-1187' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Hollandse Delta tot vaststelling van de Omgevingsvisie Hollandse Delta' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Hollandse Delta;' },
      { t: 'p', text: 'gezien het voorstel van het dagelijks bestuur van 26 oktober 2027, nr. 2027-1187;' },
      { t: 'p', text: 'gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Art. 1' },
      { t: 'p', text: 'De Omgevingsvisie Hollandse Delta wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Art. 2' },
      { t: 'p', text: 'De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de volgende geografische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
      { t: 'p', style: 'artikel', text: 'Art. 3' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 januari 2028.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 23 november 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.J. de Jong'], right: ['de dijkgraaf,', '', '', 'mr. drs. I.J. Kools'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hollandse Delta',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hollandse Delta' },
      { t: 'p', style: 'subtitle', text: 'Water verbindt' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'INLEIDING' },
      { t: 'p', text: 'Water is een belangrijk onderdeel van de fysieke leefomgeving. Met de Omgevingswet staat ieder waterschap voor de uitdaging de waterwaarden te benoemen en die te koppelen aan de maatschappelijke opgaven in een gebied.' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie van het waterschap' },
      { t: 'p', text: 'Een omgevingsvisie is voor een waterschap niet verplicht. Wij maken er toch een, omdat zij ons helpt:' },
      { t: 'ol', list: 'Cijfer', items: ['proactief te participeren in de omgevingsvisies en -plannen van gemeenten en provincie;', 'een betrouwbare samenwerkingspartner te zijn voor de omgeving;', 'intern eenheid te brengen in dagelijkse keuzes en werkwijzen;', 'houvast te hebben voor later beleid.'] },
      { t: 'h', l: 2, text: 'Ons beheergebied' },
      { t: 'p', text: 'Hollandse Delta beheert het water op de Zuid-Hollandse eilanden: IJsselmonde, Voorne-Putten, de Hoeksche Waard, Goeree-Overflakkee en het Eiland van Dordrecht.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 noemt de leidende principes. De hoofdstukken 3 tot en met 5 werken ze uit per taak; hoofdstuk 6 gaat over samenwerking.' },
      { t: 'h', l: 1, text: 'LEIDENDE PRINCIPES' },
      { t: 'h', l: 2, text: 'Water verbindt' },
      { t: 'p', text: 'Water houdt zich niet aan grenzen. Wij denken mee over de hele leefomgeving, niet alleen over de waterloop.' },
      { t: 'h', l: 2, text: 'Veiligheid voorop' },
      { t: 'p', text: 'Sterke dijken zijn de voorwaarde voor wonen en werken onder zeeniveau.' },
      { t: 'h', l: 2, text: 'Het watersysteem is sturend' },
      { t: 'p', text: 'Bij nieuwe ontwikkelingen kijken wij eerst naar wat bodem en water toelaten.' },
      { t: 'h', l: 1, text: 'WATERVEILIGHEID' },
      { t: 'h', l: 2, text: 'Primaire keringen' },
      { t: 'h', l: 3, text: 'Dijkversterking' },
      { t: 'p', text: 'Tot 2050 versterken wij de primaire keringen die niet aan de nieuwe normen voldoen.' },
      { t: 'h', l: 3, text: 'Ruimte voor de dijk' },
      { t: 'p', text: 'Wij houden ruimte vrij naast de dijk voor toekomstige versterkingen:' },
      { t: 'ul', list: 'Streep', items: ['geen nieuwe bebouwing in de beschermingszone;', { text: 'bij herontwikkeling van dijklinten', sub: ['overslagbestendig bouwen;', 'de kruin bereikbaar houden.'] }, 'meekoppelen met recreatie en natuur.'] },
      { t: 'h', l: 2, text: 'Regionale keringen' },
      { t: 'p', text: 'Regionale keringen langs de boezems houden wij op orde volgens de provinciale normen.' },
      { t: 'h', l: 1, text: 'VOLDOENDE EN SCHOON WATER' },
      { t: 'h', l: 2, text: 'Een robuust watersysteem' },
      { t: 'p', text: 'Wij werken aan een robuust watersysteem: voldoende watervolume, minder versnippering, een surplus aan bergingscapaciteit en ecologisch waardevolle oevers.' },
      {
        t: 'table',
        cols: [3.6, 3, 4.9],
        header: ['Eiland', 'Berging (ha)', 'Opgave tot 2040'],
        rows: [
          ['IJsselmonde', '85', 'stedelijk water'],
          ['Voorne-Putten', '120', 'verzilting'],
          ['Hoeksche Waard', '140', 'zoetwater'],
          ['Goeree-Overflakkee', '110', 'verzilting, piekbuien'],
        ],
      },
      { t: 'h', l: 2, text: 'Zoetwater en verzilting' },
      { t: 'p', text: 'De zoetwateraanvoer uit het Haringvliet en het Spui blijft essentieel voor de landbouw.' },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      { t: 'p', text: 'Voor de Kaderrichtlijn Water dringen wij de belasting met nutriënten en gewasbeschermingsmiddelen terug.' },
      { t: 'h', l: 1, text: 'ZUIVEREN EN WEGEN' },
      { t: 'h', l: 2, text: 'Afvalwater' },
      { t: 'p', text: 'Onze zuiveringen worden energieneutraal en winnen grondstoffen terug.' },
      { t: 'h', l: 2, text: 'Wegen' },
      { t: 'p', text: 'Op de eilanden beheren wij de plattelandswegen. Wij richten ze veilig in voor fietsers en landbouwverkeer.' },
      { t: 'h', l: 1, text: 'SAMENWERKEN' },
      { t: 'h', l: 2, text: 'Met gemeenten en provincie' },
      { t: 'p', text: 'Wij brengen de watertoets vroeg in bij plannen van gemeenten en provincie.' },
      { t: 'h', l: 2, text: 'Met inwoners en ondernemers' },
      { t: 'p', text: 'Wij vragen inwoners en ondernemers om regenwater op eigen terrein vast te houden.' },
    ],
  },
  bijlagen: [],
  gios: [
    gio('Beheergebied Waterschap Hollandse Delta', 'beheergebied', [0, 0], 25),
    gio('Beschermingszone primaire keringen', 'beschermingszone-primaire-keringen', [-6, 4], 3),
    gio('Zoetwateraanvoergebied Hoeksche Waard', 'zoetwater-hoeksche-waard', [8, -4], 6),
    gio('Verziltingsgevoelig gebied Goeree-Overflakkee', 'verzilting-goeree-overflakkee', [-18, -14], 6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-hollandse-delta', regeling: 'omgevingsvisie-hollandse-delta', doel: 'omgevingsvisie-hollandse-delta' },
    datums: { vaststelling: '2027-11-23', ondertekening: '2027-11-23', bekendmaking: '2027-11-30', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0657',
  },
  geo: { origin: [90000, 425000] },
  meubilair: ['^Omgevingsvisie Hollandse Delta \\d+$'],
}
export default doc
