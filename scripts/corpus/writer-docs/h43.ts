/**
 * h43 — gemeente Hilversum (gm0402), holdout (session 7, second batch). Content after the Omgevingsvisie Hilversum
 * 2040 (voorwoord en samenvatting, the visie as stip op de horizon replacing the Structuurvisie Hilversum 2030, the
 * history from schapendorp via Tuinstad van Dudok to Mediastad, "het beste van twee werelden: dorp én stad", more
 * than 5.000 Hilversummers in the participation) and the gemeente's pages about it, shortened and in our own words.
 * Layout: A5 booklet pages (Liberation Serif 9 pt, Liberation Sans headings in dark red), Word outline numbering
 * "1." + tab, "1.1.", "1.1.1." and "1.1.1.1." (four levels, numbers only as Word numbering), headers alternating on
 * even and odd pages (visie title outside, gemeente inside), footer "blz. n" on the outer side, ■-lists with o-items,
 * an "a." numbered list, a footnote, a table, a raadsbesluit with "gelet op", "Besluit:" and beslispunten 1. and 2.
 * (inwerkingtreding the day after the uitgifte of the Gemeenteblad), signatures in two columns, "Bijlage 1" before
 * the visie and the GIO list as plain lines (naam, tab, identificatie) in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0402'
const gio = (naam: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-06-30', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h43',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie Hilversum 2040 (voorwoord en samenvatting, de visie als stip op de horizon in plaats van de Structuurvisie Hilversum 2030, van schapendorp via Tuinstad van Dudok naar Mediastad, "het beste van twee werelden: dorp én stad", ruim 5.000 Hilversummers in de participatie) en de gemeentelijke pagina\'s daarover, ingekort en in eigen woorden; eigen opmaak: A5-boekje (Liberation Serif 9 pt, Liberation Sans-koppen in donkerrood), Word-nummering "1." + tab, "1.1.", "1.1.1." en "1.1.1.1." (vier niveaus, nummers alleen als Word-nummering), kopregels wisselend op even en oneven pagina\'s, voettekst "blz. n" aan de buitenkant, ■-lijsten met o-items, lijst "a.", voetnoot, tabel, raadsbesluit met "gelet op", "Besluit:" en beslispunten 1. en 2. met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, handtekeningen in twee kolommen, "Bijlage 1" voor de visie en GIO-lijst als losse regels (naam, tab, identificatie) in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hilversum',
  title: 'Omgevingsvisie Hilversum 2040',
  style: {
    font: 'Liberation Serif',
    size: 9,
    headingFont: 'Liberation Sans',
    headingSizes: [13, 10.5, 9.5, 9],
    headingColor: '#8B1E2D',
    lineHeight: 118,
    spaceAfter: 0.15,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.4, left: 1.6, right: 1.4 },
    outline: [
      { format: '1', suffix: '.', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: 'o' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Hilversum\t\tOmgevingsvisie Hilversum 2040'],
        headerLeft: ['Omgevingsvisie Hilversum 2040\t\tGemeente Hilversum'],
        footer: ['\t\tblz. {page}'],
        footerLeft: ['blz. {page}'],
      },
    },
    tableBorder: '0.4pt solid #8B1E2D',
    tableHeaderBg: '#F4E1E3',
    tableFontSize: 8,
    tussenkop: { italic: true, bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hilversum tot vaststelling van de Omgevingsvisie Hilversum 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit nr. 2027/118 · zaaknummer 1187345' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hilversum tot vaststelling van de Omgevingsvisie Hilversum 2040' },
      { t: 'p', text: 'De raad van de gemeente Hilversum,' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 2 april 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', text: '1. de Omgevingsvisie Hilversum 2040, opgenomen in bijlage 1, met de werkingsgebieden in bijlage 2, vast te stellen;' },
      { t: 'p', text: '2. te bepalen dat dit besluit in werking treedt op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt bekendgemaakt.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 30 juni 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. A.C. de Wit'], right: ['de voorzitter,', '', '', 'dr. ir. G.M. van den Top'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hilversum 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hilversum 2040' },
      { t: 'p', style: 'subtitle', text: 'Het beste van twee werelden: dorp én stad' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Voorwoord en samenvatting' },
      { t: 'h', l: 2, text: 'Inleiding' },
      { t: 'p', text: 'Hilversum is een fijne plek om te wonen, te werken en te verblijven. Wij willen dat dit zo blijft. In deze omgevingsvisie zetten wij daarvoor de koers uit, met 2040 als richtjaar.' },
      { t: 'p', text: 'Hilversum ontwikkelde zich in zes eeuwen van schapendorp via nijverheidsstad en de Tuinstad van Dudok tot veelzijdige Mediastad: een stad van makers, midden in een waardevolle groenblauwe omgeving.' },
      { t: 'h', l: 2, text: 'Een stip op de horizon' },
      { t: 'p', text: 'Deze visie vervangt de Structuurvisie Hilversum 2030. Plannen voor het centrum, het Media Park, sport, groen en de buurten komen erin samen.[^Onder meer de Centrum- en Mediavisie, de nota Buurtgericht werken en het groenbeleidsplan.]' },
      { t: 'h', l: 2, text: 'Samenvatting' },
      { t: 'p', text: 'De kern van de visie is het beste van twee werelden: het dorpse karakter én de stedelijke voorzieningen. Wij kiezen voor:' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          'groei binnen de bestaande stad, niet in het Gooi;',
          { text: 'een groene stad, met:', sub: ['de heide en bossen rondom;', 'groene lanen en tuinen in de wijken.'] },
          'een levendig centrum en een sterk Media Park;',
          'buurten waar inwoners zelf meedoen.',
        ],
      },
      { t: 'h', l: 1, text: 'Hilversum nu' },
      { t: 'h', l: 2, text: 'Kwaliteiten' },
      { t: 'p', text: 'Wij zijn trots op het groen in en om Hilversum, op de architectuur van Dudok en op de betrokkenheid van inwoners, ondernemers en organisaties.' },
      { t: 'h', l: 3, text: 'Groen en landschap' },
      { t: 'p', text: 'Heide, bossen en landgoederen omringen de stad. Zij zijn kwetsbaar: drukte en stikstof tasten ze aan.' },
      { t: 'h', l: 3, text: 'Erfgoed' },
      { t: 'p', text: 'Het raadhuis van Dudok, de villaparken en de tuindorpen geven de stad haar gezicht. Nieuwe gebouwen voegen zich daarnaar.' },
      { t: 'h', l: 2, text: 'Opgaven' },
      {
        t: 'table',
        cols: [3.2, 8.6],
        header: ['Opgave', 'Wat er speelt'],
        rows: [
          ['Wonen', 'vraag naar betaalbare woningen voor starters en ouderen'],
          ['Klimaat', 'hitte en wateroverlast in versteende wijken'],
          ['Mobiliteit', 'druk op de wegen en de spoorwegovergangen'],
        ],
      },
      { t: 'h', l: 1, text: 'Koers tot 2040' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Wij bouwen vooral rond het station en in het centrum, waar voorzieningen dichtbij zijn.' },
      { t: 'h', l: 3, text: 'Bouwen rond knooppunten' },
      { t: 'p', text: 'Rond de stations Hilversum, Hilversum Sportpark en Hilversum Media Park is ruimte voor hogere dichtheden.' },
      { t: 'h', l: 4, text: 'Stationsgebied' },
      { t: 'p', text: 'Het stationsgebied wordt een entree van de stad, met woningen, kantoren en een nieuw plein.' },
      { t: 'h', l: 4, text: 'Media Park' },
      { t: 'p', text: 'Het Media Park blijft een werkgebied voor de media, met ruimte voor nieuwe makers.' },
      { t: 'h', l: 3, text: 'Woningen in de wijken' },
      { t: 'p', text: 'In de wijken voegen wij kleinschalig woningen toe, passend bij het karakter van de buurt.' },
      { t: 'h', l: 2, text: 'Groen en klimaat' },
      { t: 'p', text: 'Bij elke ontwikkeling geldt:' },
      {
        t: 'ol',
        list: 'Letter',
        items: ['er komt geen groen af zonder dat er groen bijkomt;', 'regenwater wordt op eigen terrein vastgehouden;', 'daken en gevels worden benut voor groen en zon.'],
      },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Wij geven voorrang aan lopen, fietsen en openbaar vervoer. De spoorwegovergangen worden veiliger en de auto krijgt een plek aan de rand van het centrum.' },
      { t: 'h', l: 1, text: 'Samen verder' },
      { t: 'p', text: 'Meer dan 5.000 Hilversummers hebben aan deze visie bijgedragen. Wij blijven met hen in gesprek bij de uitwerking in het omgevingsplan en in programma\'s.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '. ' },
      { t: 'p', text: 'De werkingsgebieden van deze visie zijn:' },
      { t: 'gio', layout: 'lines' },
    ],
  ],
  gios: [
    gio('Gemeente Hilversum', [0, 0], 5),
    gio('Centrum en stationsgebied', [0.2, 0.3], 0.8),
    gio('Media Park', [-1.2, 1.5], 0.7),
    gio('Villaparken', [1.5, -1], 1.2),
    gio('Natuurgebieden Gooi', [2.5, 2.5], 2.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-hilversum-2040', regeling: 'omgevingsvisie-hilversum-2040', doel: 'omgevingsvisie-hilversum-2040' },
    datums: { vaststelling: '2027-06-30', ondertekening: '2027-06-30', bekendmaking: '2027-07-07' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0402',
  },
  geo: { origin: [140000, 470000] },
  meubilair: ['^Gemeente Hilversum Omgevingsvisie Hilversum 2040$', '^Omgevingsvisie Hilversum 2040 Gemeente Hilversum$', '^blz\\. \\d+$'],
}
export default doc
