/**
 * h127 — gemeente Berkelland (gm1859), holdout (session 12): a plattelandsgemeente of about 44.000
 * inwoners in the Achterhoek (Gelderland), formed in 2005 from Borculo, Eibergen, Neede and Ruurlo, with the small
 * kernen Beltrum, Geesteren, Gelselaar, Haarlo, Noordijk, Rekken and Rietmolen, the river Berkel, eleven dorpsmarken
 * and the N18. Content after the public texts of Berkelland (the Structuurvisie Berkelland 2025: "bestaand beleid met
 * een nietje erdoor", inbreiding voor uitbreiding, the potenties of the four grote kernen, the Ruimtelijke Visie
 * Buitengebied and its Marke-werkboeken, the Berkel that "omarmt het oude stadje Borculo"), here as the omgevingsvisie
 * of 2027, shortened and partly in our own words. Layout: 17 × 24 cm in Liberation Sans 9.5 pt; chapters "1" … "6",
 * sections "1.1", a third level "4.1.1"; no table of contents; header "gemeente Berkelland" left with the chapter
 * name as a field at the right, footer "Omgevingsvisie Berkelland 2040 | n" right; lists "•" with "–" and "a."; a
 * table; "De raad van de gemeente Berkelland, gelezen …, gelet op …, besluit:" with beslispunten "1." … "4." (the
 * fourth names the date); visie as "Bijlage 1"; GIO table Naam | Identificatie | Toelichting in "Bijlage 2" with a
 * naam holding commas.
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1859'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-26', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h127',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de gemeente Berkelland (Structuurvisie Berkelland 2025: "bestaand beleid met een nietje erdoor", inbreiding voor uitbreiding, de potenties van de grote kernen Borculo, Eibergen, Neede en Ruurlo, de Ruimtelijke Visie Buitengebied met de Marke-werkboeken van elf dorpsmarken, de Berkel en de N18), hier als omgevingsvisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 17 × 24 cm in Liberation Sans 9,5 pt, hoofdstukken "1" … "6", paragrafen "1.1", een derde niveau "4.1.1", geen inhoudsopgave, kopregel "gemeente Berkelland" links en de hoofdstuknaam als veld rechts, voettekst "Omgevingsvisie Berkelland 2040 | n" rechts, lijsten "•" met "–" en "a.", een tabel, "De raad van de gemeente Berkelland, gelezen …, gelet op …, besluit:" met beslispunten "1." … "4." (de vierde noemt de datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2" met een naam met komma\'s (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Berkelland',
  title: 'Omgevingsvisie Berkelland 2040',
  style: {
    font: 'Liberation Sans',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 11.5, 10, 9.5],
    headingColor: '#7A1F2B',
    lineHeight: 128,
    spaceAfter: 0.18,
    page: { width: 17, height: 24, top: 1.9, bottom: 1.9, left: 2, right: 1.8 },
    outline: decimalOutline(),
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['gemeente Berkelland\t\t{chaptername}'], footer: ['\t\tOmgevingsvisie Berkelland 2040 | {page}'] },
    },
    tableBorder: '0.5pt solid #7A1F2B',
    tableHeaderBg: '#F3E4E6',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Berkelland tot vaststelling van de Omgevingsvisie Berkelland 2040',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvergadering 26 oktober 2027 · agendapunt 9 · zaaknummer 2027-004512' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Berkelland tot vaststelling van de Omgevingsvisie Berkelland 2040' },
      { t: 'p', text: 'De raad van de gemeente Berkelland,' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 14 september 2027, zaaknummer 2027-004512;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.27 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: '1. de Nota zienswijzen ontwerp-Omgevingsvisie Berkelland 2040 vast te stellen;' },
      { t: 'p', text: '2. de Omgevingsvisie Berkelland 2040, opgenomen in bijlage 1, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2, vast te stellen;' },
      { t: 'p', text: '3. de Structuurvisie Berkelland 2025, vastgesteld op 2 november 2010, in te trekken;' },
      { t: 'p', text: '4. te bepalen dat dit besluit in werking treedt op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Berkelland van 26 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. H.J. Wolters'], right: ['de voorzitter,', '', '', 'drs. J.A. Bolkestein'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Berkelland 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027-004512' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Berkelland 2040' },
      { t: 'p', style: 'subtitle', text: 'Ruimte voor de Berkel, ruimte voor elkaar' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Voor u ligt de Omgevingsvisie Berkelland 2040. Zij laat in grote lijnen zien hoe Berkelland zich de komende twintig jaar ontwikkelt: wonen, werken, landbouw, natuur, landschap, recreatie en energie krijgen er allemaal hun plek.' },
      { t: 'h', l: 2, text: 'Van structuurvisie naar omgevingsvisie' },
      { t: 'p', text: 'De Structuurvisie Berkelland 2025 bracht het beleid van de voormalige gemeenten Borculo, Eibergen, Neede en Ruurlo samen. Deze omgevingsvisie bouwt daarop voort en vervangt haar.' },
      { t: 'h', l: 2, text: 'Hoe we de visie maakten' },
      { t: 'p', text: 'In alle elf kernen spraken wij met dorpsbelangen, ondernemers en jongeren. Wat wij hoorden, staat in deze visie.' },
      { t: 'h', l: 1, text: 'Berkelland in beeld' },
      { t: 'h', l: 2, text: 'De Berkel als ruggengraat' },
      { t: 'p', text: 'Vanuit Duitsland loopt de Berkel eerst over het Oost-Nederlands Plateau. Net voorbij Eibergen stroomt zij het lager gelegen centrale Achterhoekse gebied in en omarmt zij het oude stadje Borculo.' },
      { t: 'h', l: 2, text: 'Elf dorpsmarken' },
      { t: 'p', text: 'Het buitengebied bestaat uit elf dorpsmarken, elk met een eigen landschapsensemble van essen, kampen, beekdalen en broeklanden.' },
      { t: 'h', l: 2, text: 'Trends' },
      { t: 'ul', list: 'Punt', items: ['vergrijzing en kleinere huishoudens;', { text: 'een veranderend buitengebied:', sub: ['stoppende agrarische bedrijven;', 'vrijkomende stallen en erven.'] }, 'droogte op de hoge zandgronden;', 'de opgave voor duurzame energie.'] },
      { t: 'h', l: 1, text: 'Onze ambities' },
      { t: 'h', l: 2, text: 'Vitale kernen' },
      { t: 'p', text: 'Het karakter, de rust, de variatie en de kleinschaligheid van Berkelland blijven behouden. Elke kern versterkt zijn eigen identiteit.' },
      { t: 'h', l: 2, text: 'Een mooi en sterk buitengebied' },
      { t: 'p', text: 'De kwaliteit van het landelijk gebied beschermen en verbeteren wij, rekening houdend met de veranderende functie.' },
      { t: 'h', l: 2, text: 'Energieneutraal in 2050' },
      { t: 'p', text: 'Wij wekken zon- en windenergie op waar het landschap dat draagt, met lokaal eigendom als uitgangspunt.' },
      { t: 'h', l: 1, text: 'De kernen' },
      { t: 'p', text: 'In alle kernen gaat inbreiding voor uitbreiding. Niet elke resterende groene plek wordt met woningen gevuld.' },
      { t: 'h', l: 2, text: 'De vier grote kernen' },
      { t: 'h', l: 3, text: 'Borculo' },
      { t: 'p', text: 'Borculo krijgt een impuls aan de ruimtelijke kwaliteit van de Berkel en aan het historische centrum.' },
      { t: 'h', l: 3, text: 'Eibergen' },
      { t: 'p', text: 'In Eibergen koppelen wij de Berkel beter aan het centrum en geven wij de entree vanaf de N18 een gezicht.' },
      { t: 'h', l: 3, text: 'Neede' },
      { t: 'p', text: 'Neede verbindt het buitengebied met het dorp via groene lanen en versterkt het dorpshart.' },
      { t: 'h', l: 3, text: 'Ruurlo' },
      { t: 'p', text: 'Ruurlo verweeft landschap en bebouwing aan de westkant en houdt de groene long aan de oostzijde open.' },
      { t: 'h', l: 2, text: 'De kleine kernen' },
      { t: 'p', text: 'Beltrum, Geesteren, Gelselaar, Haarlo, Noordijk, Rekken en Rietmolen bouwen naar behoefte:' },
      {
        t: 'table',
        cols: [4.2, 3.2, 3.2, 2.6],
        header: ['Kern', 'Woningen tot 2030', 'Woningen 2030–2040', 'Voorziening'],
        rows: [
          ['Beltrum', '60', '40', 'kulturhus'],
          ['Geesteren', '45', '30', 'basisschool'],
          ['Haarlo', '40', '25', 'dorpshuis'],
          ['Rekken', '30', '20', 'dorpshuis'],
          ['Rietmolen', '35', '20', 'basisschool'],
        ],
      },
      { t: 'h', l: 1, text: 'Het buitengebied' },
      { t: 'h', l: 2, text: 'Landbouw' },
      { t: 'p', text: 'De grondgebonden landbouw blijft de drager van het landschap. Voor vrijkomende erven kennen wij drie sporen:' },
      { t: 'ol', list: 'Letter', items: ['hergebruik voor wonen of kleinschalige bedrijvigheid;', 'sloop van overtollige bebouwing in ruil voor een woning;', 'omvorming naar natuur of landschap.'] },
      { t: 'h', l: 2, text: 'Natuur en water' },
      { t: 'p', text: 'Samen met Waterschap Rijn en IJssel houden wij water vast in de beekdalen en ontwikkelen wij het Gelders Natuurnetwerk.' },
      { t: 'h', l: 2, text: 'Recreatie' },
      { t: 'p', text: 'Het Berkelpad, de havezaten en de kastelen maken Berkelland aantrekkelijk voor fietsers en wandelaars.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Het omgevingsplan' },
      { t: 'p', text: 'De visie werkt door in het omgevingsplan Berkelland en in de programma’s voor wonen en energie.' },
      { t: 'h', l: 2, text: 'Actualisatie' },
      { t: 'p', text: 'Elke raadsperiode bekijken wij of de visie nog actueel is.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [4, 6.8, 2.4], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Berkelland', 'gemeente-berkelland', 'hele gemeente', [0, 0], 14),
    gio('Kernen Borculo, Eibergen, Neede en Ruurlo', 'grote-kernen', 'paragraaf 4.1', [1, 1], 5),
    gio('Berkeldal', 'berkeldal', 'paragraaf 2.1', [2, -2], 4),
    gio('Zoekgebied zon en wind', 'zoekgebied-zon-en-wind', 'paragraaf 3.3', [-4, 4], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-berkelland-2040', regeling: 'omgevingsvisie-berkelland-2040', doel: 'omgevingsvisie-berkelland-2040' },
    datums: { vaststelling: '2027-10-26', ondertekening: '2027-10-26', bekendmaking: '2027-11-02', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1859',
  },
  geo: { origin: [240000, 458000] },
  meubilair: ['^gemeente Berkelland', '^Omgevingsvisie Berkelland 2040 \\| \\d+$'],
}
export default doc
