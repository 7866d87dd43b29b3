/**
 * h68 — gemeente Renswoude (gm0339), holdout (session 10): one of the smallest gemeenten of the country (about 5.400
 * inwoners) in the Gelderse Vallei. Content after the public description of the Omgevingsvisie Renswoude 2018-2030
 * (the toekomstvisie of 2000 as its forerunner and the question "Hoe ziet Renswoude er in 2030 uit?", the strong
 * betrokkenheid of the inhabitants, ruimtelijke kwaliteit tied to gezondheid, the rustgevende and ruimtelijke
 * buitengebied, kasteel Renswoude and the koepelkerk by Jacob van Campen, the Grebbelinie and its bezoekerscentrum,
 * greener public space with inhabitants taking part, new buildings fitting the existing structure, no hoogbouw,
 * revitalising bedrijfsterreinen with environmentally friendly firms at the scale of the village), here as a new visie
 * of 2027, shortened and partly in our own words. Layout: A5 landscape (21 × 14.8 cm) in Liberation Serif 9.5 pt
 * with Liberation Sans headings; chapters "H1" … "H5" (Word numbering with the prefix "H"), sections "1.1"; no table
 * of contents; header with the gemeente's name, footer "Omgevingsvisie Renswoude | blad n"; –-lists and a numbered
 * list "1." with "a." items; one table; a raadsbesluit with "De raad der gemeente Renswoude,", "overwegende dat",
 * "gelet op", "BESLUIT:" and Artikel 1–2 (the second naming a date of inwerkingtreding), signed by burgemeester and
 * griffier one below the other; visie as "Bijlage" without number; two GIOs in a table Naam | Identificatie whose
 * identifiers wrap in the narrow column.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0339'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-05-25', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h68',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare beschrijving van de Omgevingsvisie Renswoude 2018-2030 (de toekomstvisie van 2000 als voorloper en de vraag "Hoe ziet Renswoude er in 2030 uit?", de grote betrokkenheid van inwoners, ruimtelijke kwaliteit gekoppeld aan gezondheid, het rustgevende en ruimtelijke buitengebied, kasteel Renswoude en de koepelkerk van Jacob van Campen, de Grebbelinie en het bezoekerscentrum, groenere openbare ruimte met inwoners, nieuwe bebouwing passend in de bestaande structuur, geen hoogbouw, revitalisering van bedrijfsterreinen met milieuvriendelijke bedrijven op de schaal van het dorp), hier als nieuwe visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A5 liggend in Liberation Serif 9,5 pt met Liberation Sans-koppen, hoofdstukken "H1" … "H5" (Word-nummering met voorvoegsel "H"), paragrafen "1.1", geen inhoudsopgave, kopregel met de gemeentenaam, voettekst "Omgevingsvisie Renswoude | blad n", –-lijsten en lijst "1." met "a."-items, een tabel, raadsbesluit met "De raad der gemeente Renswoude,", "overwegende dat", "gelet op", "BESLUIT:" en Artikel 1–2 (het tweede met een datum van inwerkingtreding), ondertekening onder elkaar, visie als "Bijlage" zonder nummer, twee GIO\'s in een tabel Naam | Identificatie met afbrekende identificaties (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Renswoude',
  title: 'Omgevingsvisie Renswoude 2040',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [14, 11, 10, 9.5],
    headingColor: '#4B3A78',
    lineHeight: 112,
    spaceAfter: 0.18,
    page: { width: 21, height: 14.8, top: 1.5, bottom: 1.4, left: 2.0, right: 2.0 },
    outline: [
      { format: '1', display: 1, prefix: 'H' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['gemeente Renswoude'],
        footer: ['\t\tOmgevingsvisie Renswoude | blad {page}'],
      },
    },
    tableBorder: '0.4pt solid #4B3A78',
    tableHeaderBg: '#E6E1F0',
    tableFontSize: 8.5,
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad der gemeente Renswoude tot vaststelling van de Omgevingsvisie Renswoude 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2027-06-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad der gemeente Renswoude tot vaststelling van de Omgevingsvisie Renswoude 2040' },
      { t: 'p', text: 'De raad der gemeente Renswoude,' },
      { t: 'p', text: 'overwegende dat de Omgevingsvisie Renswoude 2018-2030 toe is aan vervanging en dat inwoners, ondernemers en verenigingen hebben meegedacht over de nieuwe visie;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 20 april 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Renswoude 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 15 juni 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 25 mei 2027.' },
      { t: 'p', text: 'De burgemeester, W.A. de Vries' },
      { t: 'p', text: 'De griffier, J.H. van Ee' },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Renswoude 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij het raadsbesluit van 25 mei 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Renswoude 2040' },
      { t: 'p', style: 'subtitle', text: 'Dorp in de Gelderse Vallei' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'De voorloper van deze omgevingsvisie was de toekomstvisie uit 2000. "Hoe ziet Renswoude er in 2030 uit?" was toen de belangrijkste vraag. Uit het gesprek met inwoners bleek dat hun betrokkenheid bij en verbondenheid met Renswoude groot is. Die betrokkenheid is ook nu het vertrekpunt.' },
      { t: 'h', l: 2, text: 'Waarom een nieuwe visie' },
      { t: 'p', text: 'De Omgevingsvisie Renswoude 2018-2030 heeft goed gewerkt, maar de opgaven zijn veranderd: er is meer vraag naar woningen, de energietransitie vraagt ruimte en het klimaat verandert.' },
      { t: 'h', l: 2, text: 'Het dorp in cijfers' },
      {
        t: 'table',
        cols: [6.0, 4.0, 7.0],
        header: ['Onderwerp', 'Nu', 'Richting 2040'],
        rows: [
          ['Inwoners', 'circa 5.400', 'circa 6.200'],
          ['Woningen', 'circa 2.100', '+ 350'],
          ['Bedrijfsterreinen', '2', 'revitaliseren, niet uitbreiden'],
        ],
      },
      { t: 'h', l: 1, text: 'Karakter van Renswoude' },
      { t: 'h', l: 2, text: 'Kasteel en koepelkerk' },
      { t: 'p', text: 'In Renswoude liggen het kasteel Renswoude en de koepelkerk, ontworpen door Jacob van Campen. Samen met de lanen en het landgoed vormen zij het hart van het dorp.' },
      { t: 'h', l: 2, text: 'De Grebbelinie' },
      { t: 'p', text: 'De Grebbelinie scheert langs de gemeente; het Grebbelinie Bezoekerscentrum ligt in Renswoude. De linie is een verbindend element tussen natuur, cultuurhistorie en recreatie.' },
      { t: 'h', l: 1, text: 'Wonen en leven' },
      { t: 'h', l: 2, text: 'Bouwen op de maat van het dorp' },
      { t: 'p', text: 'Nieuwe bebouwing past binnen de bestaande structuur en is afgestemd op de architectuur en de bouwmassa\'s in de directe omgeving. Hoogbouw past niet in Renswoude. We bouwen:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: [
          'voor jongeren uit het eigen dorp;',
          { text: 'voor ouderen die in het dorp willen blijven, met:', sub: ['levensloopgeschikte woningen;', 'woningen dicht bij de voorzieningen.'] },
          'voor gezinnen, in kleine aantallen per jaar.',
        ],
      },
      { t: 'h', l: 2, text: 'Gezond en groen' },
      { t: 'p', text: 'Ruimtelijke kwaliteit en gezondheid horen bij elkaar. We onderzoeken hoe Renswoude nog groener en aantrekkelijker kan worden en vragen inwoners om mee te doen bij plannen voor de groene structuren.' },
      { t: 'h', l: 1, text: 'Werken' },
      { t: 'p', text: 'Bij het revitaliseren van de bedrijfsterreinen sturen we op bedrijven in milieuvriendelijke sectoren die passen bij de schaal en maat van het dorp. Samen met de ondernemers zorgen we voor meer aandacht voor openbare ruimte en groen.' },
      { t: 'h', l: 1, text: 'Buitengebied' },
      { t: 'p', text: 'Het rustgevende en ruimtelijke karakter van het buitengebied willen we behouden. Daarvoor kiezen we:' },
      {
        t: 'ul',
        list: 'Streep',
        items: ['ruimte voor agrarische bedrijven die zich aanpassen;', 'nieuwe functies in vrijkomende boerderijen;', 'geen zonnevelden in het open landschap van de Grebbelinie.'],
      },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Zon op daken gaat voor. Samen met de regio Foodvalley zoeken we naar plekken voor duurzame energie die het landschap niet aantasten.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage bij de omgevingsvisie', nummer: '', text: 'Werkingsgebieden', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [7.0, 5.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Renswoude', 'gemeente-renswoude-grondgebied-omgevingsvisie', [0, 0], 3),
    gio('Grebbelinie en open landschap', 'grebbelinie-open-landschap-zonder-zonnevelden', [-1.5, 0.5], 1.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-renswoude-2040', regeling: 'omgevingsvisie-renswoude-2040', doel: 'omgevingsvisie-renswoude-2040' },
    datums: { vaststelling: '2027-05-25', ondertekening: '2027-05-25', bekendmaking: '2027-06-02', inwerkingtreding: '2027-06-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0339',
  },
  geo: { origin: [166000, 450000] },
  meubilair: ['^gemeente Renswoude$', '^Omgevingsvisie Renswoude \\| blad \\d+$'],
}
export default doc
