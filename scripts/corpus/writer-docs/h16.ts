/**
 * h16 — gemeente Harderwijk (gm0243), holdout (session 4). Content after omgevingsvisies of middelgrote
 * gemeenten aan het water, toegespitst op Harderwijk en Hierden (Hanzestad, Waterfront, Veluwemeer, Veluwe,
 * Drielanden en Stadsweiden), in our own words. Layout: Word outline numbering "HOOFDSTUK 3 –" + tab + title in
 * capitals, sections "3.1", a two-column section, ►-lists with nested –-items, a column-aligned table, centred
 * footer "pagina n", a raadsbesluit with Artikel I–II and "Aldus vastgesteld in de openbare vergadering van …", and no
 * Bijlage line: the visie starts on a new page with its own title page. One GIO, as a line.
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'gm0243'

const doc: Doc = {
  id: 'h16',
  set: 'dev',
  bron:
    'Bewerkt naar omgevingsvisies van middelgrote gemeenten aan het water, toegespitst op Harderwijk en Hierden (Hanzestad, Waterfront, Veluwemeer, Veluwe, Drielanden en Stadsweiden), in eigen woorden; eigen opmaak: DejaVu Serif 10 pt met DejaVu Sans-koppen, Word-nummering "HOOFDSTUK 3 – TITEL" in hoofdletters, paragrafen "3.1", een tweekolommensectie, ►-lijsten met –-items, uitgelijnde tabel, voettekst "pagina n" gecentreerd, raadsbesluit met Artikel I–II en "Aldus vastgesteld in de openbare vergadering van …", geen bijlageregel (de visie begint met een eigen titelpagina), één GIO als regel (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Harderwijk',
  title: 'Omgevingsvisie Harderwijk 2040',
  style: {
    font: 'DejaVu Serif',
    size: 10,
    headingFont: 'DejaVu Sans',
    headingSizes: [14, 11.5, 10.5, 10],
    headingColor: '#1E5631',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: A4(2.5, 2.3, 2.3, 2.3),
    outline: [
      { format: '1', prefix: 'HOOFDSTUK ', suffix: ' – ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'OpenSymbol' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Harderwijk 2040\t\tHanzestad aan het Veluwemeer'],
        footer: ['\tpagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #1E5631',
    tableFontSize: 9,
    tussenkop: { italic: true, bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Harderwijk tot vaststelling van de Omgevingsvisie Harderwijk 2040',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2026-09-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'right', text: 'Raadsbesluit nummer 2026/R/37' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Harderwijk tot vaststelling van de Omgevingsvisie Harderwijk 2040' },
      { t: 'p', text: 'De raad van de gemeente Harderwijk;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 2 juni 2026;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Harderwijk 2040 wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 september 2026.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 9 juli 2026.' },
      { t: 'sign', left: ['de griffier,', '', '', 'H.J. van der Wal'], right: ['de voorzitter,', '', '', 'drs. H.J. Sterk'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Harderwijk 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Harderwijk 2040' },
      { t: 'p', style: 'subtitle', text: 'Harderwijk en Hierden: tussen Veluwe en Veluwemeer' },
      { t: 'p', style: 'small', text: 'Gemeente Harderwijk · juli 2026' },
      { t: 'break', master: 'Standard' },
    ],
    body: [
      { t: 'h', l: 1, text: 'INLEIDING' },
      { t: 'p', text: 'Harderwijk is een Hanzestad aan het Veluwemeer, met het dorp Hierden aan de noordkant en de bossen van de Veluwe in het zuiden. Deze visie beschrijft hoe we de gemeente tot 2040 ontwikkelen.' },
      { t: 'h', l: 2, text: 'Status van de visie' },
      { t: 'p', text: 'De omgevingsvisie bindt alleen de gemeenteraad. Regels voor bouwen en gebruik staan in het omgevingsplan; de technische bouwregels van het Rijk, zoals die in Bijlage I bij het Besluit bouwwerken leefomgeving, gelden daarnaast rechtstreeks.' },
      { t: 'h', l: 1, text: 'KWALITEITEN' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'De Hanzestad' },
          { t: 'p', text: 'De binnenstad is een beschermd stadsgezicht met de Vischpoort, de Catharinakapel en de stadsmuur. Het historische stratenpatroon is vrijwel gaaf bewaard.' },
          { t: 'h', l: 2, text: 'Het Veluwemeer' },
          { t: 'p', text: 'Met het Waterfront heeft de stad haar gezicht weer naar het water gekeerd. Boulevard, strand en jachthavens trekken bezoekers van ver buiten de gemeente.' },
          { t: 'h', l: 2, text: 'De Veluwe' },
          { t: 'p', text: 'Het Leuvenumse bos en de Beekhuizerzand liggen op fietsafstand van iedere woning. Ze horen bij het Natura 2000-gebied Veluwe.' },
          { t: 'h', l: 2, text: 'Hierden' },
          { t: 'p', text: 'Hierden is een agrarisch dorp met een hechte gemeenschap en een open landschap van weilanden en houtwallen tussen de Veluwe en het Veluwemeer.' },
        ],
      },
      { t: 'h', l: 1, text: 'OPGAVEN' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Harderwijk bouwt tot 2040 ongeveer 4.000 woningen, vooral in Drielanden-West, Stadsweiden en in de binnenstedelijke transformatiegebieden.' },
      {
        t: 'table',
        cols: [5.5, 3.5, 3.5, 3.9],
        header: ['Locatie', 'Aantal', 'Periode', 'Karakter'],
        rows: [
          ['Drielanden-West', '± 1.600', '2026–2034', 'dorps, groen'],
          ['Stadsweiden', '± 1.100', '2028–2038', 'stedelijk'],
          ['Binnenstedelijk', '± 1.300', 'doorlopend', 'transformatie'],
        ],
      },
      { t: 'h', l: 2, text: 'Werken' },
      { t: 'p', text: 'De bedrijventerreinen Lorentz en Food Valley Harderwijk blijven de plek voor bedrijvigheid. We zetten in op zorg, onderwijs, toerisme en logistiek langs de A28.' },
      { t: 'h', l: 2, text: 'Water en klimaat' },
      { t: 'p', text: 'Het Veluwemeer en de beken van de Veluwe bepalen het watersysteem. We nemen maatregelen tegen droogte en hevige buien:' },
      {
        t: 'ul',
        list: 'Pijl',
        items: [
          { text: 'regenwater vasthouden in de wijken, met', sub: ['wadi’s en groene daken;', 'minder verharding in tuinen.'] },
          'ruimte voor de beken tussen Veluwe en meer;',
          'bomen en schaduw in de binnenstad.',
        ],
      },
      { t: 'h', l: 1, text: 'UITVOERING' },
      { t: 'h', l: 2, text: 'Samenwerken' },
      { t: 'p', text: 'We werken samen met de provincie Gelderland, het waterschap Vallei en Veluwe, de buurgemeenten in de regio Noord-Veluwe en met inwoners en ondernemers.' },
      { t: 'h', l: 2, text: 'Actualiseren' },
      { t: 'p', text: 'Iedere vier jaar bekijken we of de visie nog actueel is. Tussentijds verwerken we nieuwe programma’s in een partiële herziening.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geometrisch informatieobject', sep: ': ' },
      { t: 'p', text: 'Deze omgevingsvisie verwijst naar het volgende geometrische informatieobject:' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [{ naam: 'Beschermd stadsgezicht Harderwijk', identificatie: joinId(bg, '2026', hex32(bg, 'Beschermd stadsgezicht Harderwijk'), '2026-07-09', '1'), at: [0, 0], size: 0.6 }],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-harderwijk-2040', regeling: 'omgevingsvisie-harderwijk-2040', doel: 'omgevingsvisie-harderwijk-2040' },
    datums: { vaststelling: '2026-07-09', ondertekening: '2026-07-09', bekendmaking: '2026-07-16', inwerkingtreding: '2026-09-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0243',
  },
  geo: { origin: [172000, 482000] },
  meubilair: ['^Omgevingsvisie Harderwijk 2040\\s+Hanzestad aan het Veluwemeer$', '^pagina \\d+$'],
}
export default doc
