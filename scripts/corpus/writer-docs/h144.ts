/**
 * h144 — gemeente Aalsmeer (gm0358), holdout (session 12): the gemeente of the bloemenveiling (Royal FloraHolland),
 * the Westeinderplassen and the kernen Aalsmeer, Kudelstaart and Oosteinde, pressed between Schiphol and the
 * Amsterdamse Bos. Content in our own words after the general public picture of the gemeente (no published visie
 * text could be checked within the session). Layout: A4 in DejaVu Serif 9.5 pt; parts "Deel A" … "Deel C" as level 1
 * with chapters "A.1" and sections "A.1.1"; no table of
 * contents; a logo text "gemeente Aalsmeer" at the top of every page with the title right; footer "pagina n";
 * lists "–" and "1)"; an uitvoeringsagenda table of 36 rows that spans pages with a repeated header row and one
 * small table; raadsbesluit with "b e s l u i t" and Artikel 1–2; GIO table Nr. | Naam | Identificatie in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0358'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-24', '1'),
  at,
  size,
})
const acties: string[][] = []
const thema = ['Wonen', 'Greenport', 'Westeinderplassen', 'Mobiliteit', 'Energie', 'Klimaatadaptatie']
const wat = [
  'uitwerken in het omgevingsplan',
  'gebiedsprogramma opstellen',
  'pilot met initiatiefnemers',
  'afspraken met de regio vastleggen',
  'monitoren en rapporteren',
  'subsidieregeling herzien',
]
for (let i = 0; i < 36; i++) {
  acties.push([`A${String(i + 1).padStart(2, '0')}`, thema[i % 6] as string, wat[(i * 5) % 6] as string, String(2027 + (i % 4)), i % 3 === 0 ? 'gemeente en provincie' : 'gemeente'])
}

const doc: Doc = {
  id: 'h144',
  set: 'holdout',
  bron:
    'Eigen tekst naar het algemene openbare beeld van de gemeente Aalsmeer (bloemenveiling, Greenport Aalsmeer, Westeinderplassen, de kernen Aalsmeer, Kudelstaart en Oosteinde, geluid van Schiphol); geen gepubliceerde visietekst binnen de sessie gecontroleerd; eigen opmaak: A4 in DejaVu Serif 9,5 pt, delen "Deel A" … "Deel C" op niveau 1 met hoofdstukken "A.1" en paragrafen "A.1.1", geen inhoudsopgave, logotekst "gemeente Aalsmeer" boven aan elke pagina met de titel rechts, voettekst "pagina n", lijsten "–" en "1)", een uitvoeringsagenda van 36 rijen over meerdere pagina\'s met herhaalde kopregel en een kleine tabel, raadsbesluit met "b e s l u i t" en Artikel 1–2, GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Aalsmeer',
  title: 'Omgevingsvisie Aalsmeer 2040',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [16, 13, 10.5, 9.5],
    headingColor: '#004B87',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.8, bottom: 2, left: 2.2, right: 2.2 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['gemeente Aalsmeer\t\tOmgevingsvisie Aalsmeer 2040'], footer: ['\t\tpagina {page}'] },
    },
    tableBorder: '0.5pt solid #004B87',
    tableHeaderBg: '#DCE8F4',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Aalsmeer tot vaststelling van de Omgevingsvisie Aalsmeer 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'gemeente Aalsmeer · raadsbesluit 2027-0412' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Aalsmeer tot vaststelling van de Omgevingsvisie Aalsmeer 2040' },
      { t: 'p', text: 'De raad der gemeente Aalsmeer,' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 16 mei 2027;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de Omgevingsvisie Aalsmeer 2040 van 10 januari tot en met 20 februari 2027 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord in de Nota van beantwoording;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Aalsmeer 2040 vast te stellen, met de geometrische begrenzing van de werkingsgebieden zoals vastgelegd in de geografische informatieobjecten genoemd in bijlage 1.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Structuurvisie Aalsmeer 2020 en de Toekomstvisie Aalsmeer 2040 in te trekken.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 24 juni 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. M.E. Kroon'], right: ['de voorzitter,', '', '', 'mr. G.J. Oude Kotte'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Aalsmeer 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Aalsmeer 2040' },
      { t: 'p', style: 'subtitle', text: 'Groen, water en wereldwijd verbonden' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Basis' },
      { t: 'h', l: 2, text: 'Over deze visie' },
      { t: 'p', text: 'Aalsmeer is het hart van de sierteelt in Nederland. Deze visie legt vast waar wij tot 2040 naartoe werken en welke afwegingen wij daarbij maken.' },
      { t: 'h', l: 3, text: 'Status' },
      { t: 'p', text: 'De visie bindt alleen de gemeente. Regels voor inwoners en bedrijven staan in het omgevingsplan.' },
      { t: 'h', l: 3, text: 'Samenhang met andere documenten' },
      { t: 'p', text: 'De visie sluit aan bij de Omgevingsvisie Noord-Holland 2050 en de Metropoolregio Amsterdam.' },
      { t: 'h', l: 2, text: 'Aalsmeer in beeld' },
      { t: 'p', text: 'De gemeente bestaat uit drie kernen:' },
      { t: 'ul', list: 'Streep', items: ['Aalsmeer-dorp langs de Westeinderplassen;', 'Kudelstaart aan de zuidkant;', 'Oosteinde, met de nieuwbouw in de Green Park-wijk.'] },
      {
        t: 'table',
        cols: [5, 4, 7.6],
        header: ['Kern', 'Woningen 2025', 'Opgave tot 2040'],
        rows: [
          ['Aalsmeer-dorp', '8.400', 'transformatie en verdichting'],
          ['Kudelstaart', '3.600', 'afronding Kudelstaart-Zuid'],
          ['Oosteinde', '2.900', 'voltooiing Green Park'],
        ],
      },
      { t: 'h', l: 1, text: 'Ambities' },
      { t: 'h', l: 2, text: 'Wonen en leefbaarheid' },
      { t: 'h', l: 3, text: 'Bouwen binnen de randen van Schiphol' },
      { t: 'p', text: 'Door de geluidscontouren van Schiphol kunnen wij niet overal bouwen. Wij zoeken ruimte in transformatie van oude kassengebieden.' },
      { t: 'h', l: 3, text: 'Betaalbaarheid' },
      { t: 'p', text: 'Ten minste een derde van de nieuwe woningen is sociale huur of betaalbare koop.' },
      { t: 'h', l: 2, text: 'Greenport Aalsmeer' },
      { t: 'p', text: 'De sierteeltsector blijft de motor van de economie. Wij werken aan:' },
      { t: 'ol', list: 'Nummer', items: ['herstructurering van verouderde glastuinbouw;', 'een goede bereikbaarheid van de veiling;', 'ruimte voor logistiek en innovatie.'] },
      { t: 'h', l: 2, text: 'De Westeinderplassen' },
      { t: 'p', text: 'De plassen zijn de blauwe parel van Aalsmeer: recreatie, natuur en de legakkers met hun cultuurhistorie.' },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      { t: 'p', text: 'De N201 en de busverbindingen naar Amsterdam en Schiphol zijn de ruggengraat. In de kernen krijgen fiets en voetganger voorrang.' },
      { t: 'h', l: 2, text: 'Energie en klimaat' },
      { t: 'h', l: 3, text: 'Energietransitie' },
      { t: 'p', text: 'Wij benutten de restwarmte van de kassen en datacenters in de regio voor een warmtenet in Aalsmeer-dorp.' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'Aalsmeer ligt diep; bij nieuwbouw houden wij regenwater vast op eigen terrein.' },
      { t: 'h', l: 2, text: 'Natuur en groen' },
      { t: 'p', text: 'Het groen langs de Ringvaart en de Bovenlanden verbindt Aalsmeer met het Amsterdamse Bos.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Uitvoeringsagenda' },
      { t: 'p', text: 'De agenda hieronder noemt de acties per thema, het jaar en wie eraan werkt.' },
      { t: 'table', cols: [1.6, 3.6, 5.4, 1.8, 4.2], header: ['Nr.', 'Thema', 'Actie', 'Jaar', 'Trekker'], rows: acties },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'Wij rapporteren eens per twee jaar aan de raad over de voortgang.' },
      { t: 'h', l: 2, text: 'Samenwerking in de regio' },
      { t: 'p', text: 'Met Amstelveen, Uithoorn en Haarlemmermeer werken wij samen in de Amstelland-Meerlanden.' },
      { t: 'h', l: 2, text: 'Actualisatie' },
      { t: 'p', text: 'Eens per vier jaar wordt de visie geactualiseerd.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5, 10.4], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Grondgebied Aalsmeer', 'grondgebied-aalsmeer', [0, 0], 12),
    gio('Westeinderplassen', 'westeinderplassen', [-4, -2], 4),
    gio('Greenport Aalsmeer', 'greenport-aalsmeer', [4, 3], 4),
    gio('Geluidszone Schiphol', 'geluidszone-schiphol', [2, 7], 5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-aalsmeer-2040', regeling: 'omgevingsvisie-aalsmeer-2040', doel: 'omgevingsvisie-aalsmeer-2040' },
    datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-07-01', inwerkingtreding: '2027-07-02' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0358',
  },
  geo: { origin: [111000, 474000] },
  meubilair: ['^gemeente Aalsmeer\\s+Omgevingsvisie Aalsmeer 2040$', '^pagina \\d+$'],
}
export default doc
