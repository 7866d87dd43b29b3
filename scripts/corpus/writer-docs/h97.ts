/**
 * h97 — gemeente Oldenzaal (gm0173), holdout (session 11, fourth set): a small gemeente (about 32.000 inwoners; the
 * oude stad Oldenzaal in Twente on the border with Germany, the Plechelmusbasiliek, the wijken Zuidwest, Graven
 * Es, Thij, Stakenbeek, the bedrijventerreinen Eekte and Vos de Bruin, and the buitengebied with essen and
 * coulissenlandschap). Content written for this corpus in the manner of small Twentse visies (building blocks for
 * wonen, werken, landschap, mobiliteit and energie; the compact stad in het groen; cross-border cooperation with
 * Losser, Dinkelland and the German Nachbarn), shortened and partly in our own words. Layout: A5 in DejaVu Serif
 * 8.5 pt; chapters "Bouwsteen 1" … "Bouwsteen 5" (the word in the numbering), sections "1.1", "2.1.1"; footer
 * "Omgevingsvisie Oldenzaal 2040 — versie vastgesteld 4 oktober 2027" with the page number at the right; no
 * table of contents; raadsbesluit "De raad der gemeente Oldenzaal;" with "overwegende dat" in two paragraphs and
 * "gelet op" after them, "besluit:", Artikel 1–3 with titles on the same line (in werking the day after
 * bekendmaking: no date); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie in "Bijlage 2" with
 * identifiers wrapping in a narrow column.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0173'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-04', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h97',
  set: 'holdout',
  bron:
    'Geschreven voor dit corpus naar de trant van kleine Twentse omgevingsvisies (Oldenzaal: oude stad met de Plechelmusbasiliek, wijken Zuidwest, Graven Es, Thij en Stakenbeek, bedrijventerreinen Eekte en Vos de Bruin, buitengebied met essen en coulissenlandschap; bouwstenen voor wonen, werken, landschap, mobiliteit en energie; compacte stad in het groen; samenwerking met Losser, Dinkelland en de Duitse buren), ingekort en deels in eigen woorden; eigen opmaak: A5 in DejaVu Serif 8,5 pt, hoofdstukken "Bouwsteen 1" … "Bouwsteen 5" (het woord in de nummering), paragrafen "1.1" en "2.1.1", voettekst "Omgevingsvisie Oldenzaal 2040 — versie vastgesteld 4 oktober 2027" met paginanummer rechts, geen inhoudsopgave, raadsbesluit "De raad der gemeente Oldenzaal;" met "overwegende dat" in twee alinea\'s en daarna "gelet op", "besluit:", Artikel 1–3 met titel op dezelfde regel (geen datum), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" met afbrekende identificaties (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Oldenzaal',
  title: 'Omgevingsvisie Oldenzaal 2040',
  style: {
    font: 'DejaVu Serif',
    size: 8.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [13, 10, 8.5, 8.5],
    headingColor: '#6B2C5F',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.7, bottom: 1.9, left: 1.7, right: 1.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Bouwsteen ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '›', font: 'DejaVu Sans' }, { char: '–' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Oldenzaal 2040 — versie vastgesteld 4 oktober 2027\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #6B2C5F',
    tableHeaderBg: '#EFE3EC',
    tableFontSize: 7.5,
    tussenkop: { bold: true, size: 8.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad der gemeente Oldenzaal tot vaststelling van de Omgevingsvisie Oldenzaal 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Oldenzaal · raadsbesluit nr. 2027/77' },
      { t: 'p', style: 'label', text: 'Besluit van de raad der gemeente Oldenzaal tot vaststelling van de Omgevingsvisie Oldenzaal 2040' },
      { t: 'p', text: 'De raad der gemeente Oldenzaal;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 22 augustus 2027;' },
      { t: 'p', text: 'overwegende dat de Omgevingswet van iedere gemeente één samenhangende visie op de fysieke leefomgeving vraagt en dat de Structuurvisie Oldenzaal 2030 daarvoor niet meer volstaat;' },
      { t: 'p', text: 'overwegende dat inwoners, ondernemers en de buurgemeenten Losser en Dinkelland bij het opstellen van de visie zijn betrokken en dat de zienswijzen op het ontwerp in de Nota van zienswijzen zijn beantwoord;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Vaststelling' },
      { t: 'p', text: 'De Omgevingsvisie Oldenzaal 2040, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2 Werkingsgebieden' },
      { t: 'p', text: 'De werkingsgebieden van de visie zijn de geografische informatieobjecten in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3 Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 4 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'R. Hofstede'], right: ['de voorzitter,', '', '', 'drs. O.N.J. Kazimier'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Oldenzaal 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit nr. 2027/77' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Oldenzaal 2040' },
      { t: 'p', style: 'subtitle', text: 'Compacte stad in het groen, in het hart van de Euregio' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Vertrekpunt' },
      { t: 'p', text: 'Oldenzaal is een compacte, oude stad in het groen, dicht bij de Duitse grens. Deze visie beschrijft in vijf bouwstenen hoe we de stad tot 2040 willen ontwikkelen.' },
      { t: 'h', l: 2, text: 'Oldenzaal in het kort' },
      { t: 'p', text: 'Rond de Plechelmusbasiliek ligt de historische binnenstad, daaromheen de wijken en de bedrijventerreinen Eekte en Vos de Bruin.' },
      { t: 'h', l: 2, text: 'Samen met de buren' },
      { t: 'p', text: 'Met Losser en Dinkelland en met onze Duitse buren werken we samen aan werk, landschap en vervoer.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Elke bouwsteen beschrijft wat we koesteren, wat we willen ontwikkelen en welke keuzes we daarbij maken.' },
      { t: 'h', l: 1, text: 'Wonen in een compacte stad' },
      { t: 'p', text: 'Tot 2040 bouwen we ongeveer 1.600 woningen, vooral binnen de bestaande stad.' },
      { t: 'h', l: 2, text: 'Binnenstedelijk bouwen' },
      { t: 'h', l: 3, text: 'Transformatie' },
      { t: 'p', text: 'Leegstaande winkels en kantoren krijgen een woonfunctie.' },
      { t: 'h', l: 3, text: 'Verdichting' },
      { t: 'p', text: 'Waar het past, bouwen we hoger, zonder het groen aan te tasten.' },
      { t: 'h', l: 2, text: 'Wonen voor iedereen' },
      { t: 'p', text: 'We bouwen voor:' },
      { t: 'ul', list: 'Pijl', items: ['starters en jonge gezinnen;', 'ouderen die kleiner willen wonen;', { text: 'mensen die zorg nodig hebben, in', sub: ['de wijken;', 'de binnenstad.'] }] },
      { t: 'h', l: 1, text: 'Werken en voorzieningen' },
      { t: 'h', l: 2, text: 'Bedrijventerreinen' },
      { t: 'p', text: 'Eekte en Vos de Bruin worden vernieuwd en verduurzaamd.' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      { t: 'p', text: 'De binnenstad blijft het hart voor winkelen, horeca en cultuur.' },
      { t: 'h', l: 1, text: 'Landschap en klimaat' },
      { t: 'p', text: 'De essen en het coulissenlandschap rond de stad zijn waardevol.' },
      {
        t: 'table',
        cols: [3.4, 4.1, 4.1],
        header: ['Landschapstype', 'Kenmerk', 'Koers'],
        rows: [
          ['Essen', 'bolle akkers', 'open houden'],
          ['Coulissen', 'houtwallen', 'herstellen'],
          ['Beekdalen', 'nat en laag', 'ruimte voor water'],
        ],
      },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'We houden regenwater vast waar het valt:' },
      { t: 'ol', list: 'Cijfer', items: ['groene daken en tuinen;', 'wadi’s in de wijken;', 'meer ruimte voor de beken.'] },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'h', l: 3, text: 'Zon' },
      { t: 'p', text: 'Eerst op daken, daarna langs infrastructuur.' },
      { t: 'h', l: 3, text: 'Warmte' },
      { t: 'p', text: 'Wijk voor wijk van het aardgas af.' },
      { t: 'h', l: 2, text: 'Natuur en biodiversiteit' },
      { t: 'p', text: 'Houtwallen en beekdalen verbinden de natuur rond de stad met de natuur in de wijken.' },
      { t: 'h', l: 1, text: 'Bereikbaarheid' },
      { t: 'h', l: 2, text: 'Fiets en openbaar vervoer' },
      { t: 'p', text: 'Snelle fietsroutes naar Hengelo en Enschede en een betere treinverbinding naar Bad Bentheim.' },
      { t: 'h', l: 2, text: 'Auto' },
      { t: 'p', text: 'De ring om de binnenstad blijft de hoofdstructuur.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1, 3.6, 7], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Oldenzaal', 'gemeente-oldenzaal', [0, 0], 3),
    gio('Binnenstad Oldenzaal', 'binnenstad-oldenzaal', [0.1, 0.1], 0.4),
    gio('Essen en coulissenlandschap', 'essen-en-coulissenlandschap', [-2, 1.5], 1.5),
    gio('Bedrijventerreinen Eekte en Vos de Bruin', 'bedrijventerreinen-eekte-vos-de-bruin', [1.5, -1], 0.8),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-oldenzaal-2040', regeling: 'omgevingsvisie-oldenzaal-2040', doel: 'omgevingsvisie-oldenzaal-2040' },
    datums: { vaststelling: '2027-10-04', ondertekening: '2027-10-04', bekendmaking: '2027-10-11' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0173',
  },
  geo: { origin: [257000, 488000] },
  meubilair: ['^Omgevingsvisie Oldenzaal 2040 — versie vastgesteld 4 oktober 2027( \\d+)?$', '^\\d+$'],
}
export default doc
