/**
 * h121 — gemeente Kampen (gm0166), holdout (session 12): a Hanzestad of about 55.000 inwoners in Overijssel on the
 * IJssel (Kampen, IJsselmuiden, Grafhorst, Wilsum, Zalk, Kamperveen, 's-Heerenbroek, Mastenbroek and Brunnepe; the
 * Reevediep bypass and the IJsseldelta; Polder Mastenbroek). Content after the public texts on the Omgevingsvisie
 * 1.0 of Kampen (put before the raad by the college in december 2021, the ontwerp ter inzage from 16 maart 2022; a
 * samenvoeging of existing beleid with here and there a small addition; integral, over all terrains of the fysieke
 * leefomgeving, in BOUWSTENEN — ruimtelijke ontwikkeling, wonen en gezonde leefomgeving, klimaat, mobiliteit en
 * economie —; complex opgaven from energietransitie, klimaatverandering, wonen and economie that ask for unusual
 * solutions; a leidraad for college and raad that also helps inwoners and ondernemers with an initiatief), here as
 * "Omgevingsvisie 2.0" of 2027, shortened and partly in our own words. Layout: A4 in Liberation Sans Narrow 10.5 pt;
 * chapters "1 – Titel" (number, EN DASH, title; nummer "1"), sections "1.1", a third level "3.2.1"; table of contents
 * of two levels; header "Omgevingsvisie Kampen 2.0" left and the page number right; lists "■" and "a."; a table;
 * "besluit:" with Artikel 1–3 (the third names the date); the visie with its own bijlagen A–C WHERE THE BIJLAGE WITH
 * THE GIO LIST (A) COMES BEFORE THE VISIE'S OWN BIJLAGEN (B Begrippen, C Bouwstenen en beleid, with a table).
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0166'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-25', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h121',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie 1.0 van Kampen (door het college aan de raad voorgelegd in december 2021, het ontwerp ter inzage vanaf 16 maart 2022; een samenvoeging van bestaand beleid met her en der een kleine aanvulling; integraal, over alle terreinen van de fysieke leefomgeving, in BOUWSTENEN — ruimtelijke ontwikkeling, wonen en gezonde leefomgeving, klimaat, mobiliteit en economie —; complexe opgaven vanuit energietransitie, klimaatverandering, wonen en economie die soms ongebruikelijke oplossingen vragen; een leidraad voor college en raad die ook inwoners en ondernemers helpt bij een initiatief), hier als "Omgevingsvisie 2.0" van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans Narrow 10,5 pt, hoofdstukken "1 – Titel" (nummer, gedachtestreepje, titel), paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave van twee niveaus, kopregel "Omgevingsvisie Kampen 2.0" links en het paginanummer rechts, lijsten "■" en "a.", een tabel, "besluit:" met Artikel 1–3 (het derde noemt de datum), de visie met eigen bijlagen A–C WAARBIJ DE BIJLAGE MET DE GIO-LIJST (A) VÓÓR DE EIGEN BIJLAGEN VAN DE VISIE KOMT (B Begrippen, C Bouwstenen en beleid, met een tabel) (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Kampen',
  title: 'Omgevingsvisie Kampen 2.0',
  style: {
    font: 'Liberation Sans Narrow',
    size: 10.5,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [18, 13, 11, 10.5],
    headingColor: '#1D3F73',
    lineHeight: 120,
    spaceAfter: 0.22,
    page: A4(2.4, 2.2, 3.2, 2.2),
    outline: [
      { format: '1', display: 1, suffix: ' –' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['Omgevingsvisie Kampen 2.0\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #1D3F73',
    tableHeaderBg: '#DDE5F0',
    tableFontSize: 9.5,
    tussenkop: { bold: true, color: '#1D3F73', size: 10.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Kampen tot vaststelling van de Omgevingsvisie Kampen 2.0',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Kampen · raadsvoorstel 2027/RV/118' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Kampen tot vaststelling van de Omgevingsvisie Kampen 2.0' },
      { t: 'p', text: 'De raad van de gemeente Kampen;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 12 oktober 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Kampen 2.0 met de bijlagen A tot en met C wordt vastgesteld; de werkingsgebieden zijn opgenomen in bijlage A.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Omgevingsvisie 1.0, vastgesteld op 7 juli 2022, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Kampen van 25 november 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. R.J. Bos'], right: ['de voorzitter,', '', '', 'S. van Nieuwenhuizen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Kampen 2.0',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Kampen 2.0' },
      { t: 'p', style: 'subtitle', text: 'Hanzestad aan de IJsseldelta' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'De omgevingsvisie beschrijft de ambities en beleidsdoelen van de gemeente Kampen voor de fysieke leefomgeving op de lange termijn. Het doel is een leefomgeving te hebben en te houden waar het voor iedereen prettig wonen, werken en recreëren is.' },
      { t: 'h', l: 2, text: 'Van 1.0 naar 2.0' },
      { t: 'p', text: 'De Omgevingsvisie 1.0 was een samenvoeging van bestaand beleid met her en der een kleine aanvulling of aanscherping. Met deze versie 2.0 maken we keuzes waar de eerste visie ze nog openliet.' },
      { t: 'h', l: 2, text: 'Integraal' },
      { t: 'p', text: 'De visie gaat over alle terreinen van de fysieke leefomgeving: van ruimtelijke ontwikkeling, wonen en gezonde leefomgeving tot klimaat, mobiliteit en economie. Die onderwerpen noemen we bouwstenen.' },
      { t: 'h', l: 2, text: 'Een leidraad' },
      { t: 'p', text: 'De visie is een leidraad bij afwegingen in het college en de gemeenteraad, maar helpt inwoners en ondernemers ook bij het ontwikkelen van een initiatief.' },

      { t: 'h', l: 1, text: 'Kampen in de IJsseldelta' },
      { t: 'h', l: 2, text: 'Hanzestad' },
      { t: 'p', text: 'Kampen is een van de best bewaarde Hanzesteden van Nederland, met de stadspoorten, de Bovenkerk en het front aan de IJssel.' },
      { t: 'h', l: 2, text: 'Dorpen en polders' },
      { t: 'p', text: 'Rond de stad liggen IJsselmuiden, Grafhorst, Wilsum, Zalk, Kamperveen, ’s-Heerenbroek en de polder Mastenbroek met zijn eeuwenoude verkaveling.' },
      { t: 'h', l: 2, text: 'Water' },
      { t: 'p', text: 'Met het Reevediep kreeg de IJssel een bypass die bij hoogwater de stad ontlast en die ruimte biedt voor natuur en recreatie.' },

      { t: 'h', l: 1, text: 'Bouwstenen' },
      { t: 'p', text: 'Kampen staat voor een groot aantal complexe opgaven. Om daar grote stappen in te maken, zijn soms ongebruikelijke en vernieuwende oplossingen nodig.' },
      { t: 'h', l: 2, text: 'Ruimtelijke ontwikkeling' },
      { t: 'p', text: 'We bouwen eerst binnen de bestaande kernen. Uitbreiding gebeurt aan de randen, waar zij het landschap versterkt.' },
      { t: 'h', l: 2, text: 'Wonen en gezonde leefomgeving' },
      { t: 'h', l: 3, text: 'Woningbouw' },
      { t: 'p', text: 'Tot 2035 zijn ruim 3.000 woningen nodig, vooral voor starters en ouderen:' },
      { t: 'ul', list: 'Blok', items: ['in de binnenstad en op de Buitenhaven;', 'in de nieuwe wijk Onderdijks-Noord;', { text: 'in de dorpen, voor de eigen behoefte:', sub: ['Wilsum en Zalk;', 'Kamperveen en ’s-Heerenbroek.'] }] },
      { t: 'h', l: 3, text: 'Gezondheid' },
      { t: 'p', text: 'Een groene openbare ruimte nodigt uit tot bewegen en ontmoeten.' },
      { t: 'h', l: 2, text: 'Klimaat en energie' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'Kampen ligt laag en aan de rivier. Bij elke ontwikkeling houden we rekening met hoogwater, hitte en droogte.' },
      { t: 'h', l: 3, text: 'Energietransitie' },
      { t: 'p', text: 'Zonnevelden zijn mogelijk langs infrastructuur en op bedrijventerreinen, niet in de open polder Mastenbroek.' },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      { t: 'p', text: 'De Hanzelijn verbindt Kampen-Zuid met Zwolle en Lelystad. We verbeteren de fietsroutes tussen de dorpen en de stations.' },
      { t: 'h', l: 2, text: 'Economie' },
      { t: 'p', text: 'De bedrijventerreinen Haatland en Zuiderzeehaven bieden ruimte aan maakindustrie en watergebonden bedrijven.' },

      { t: 'h', l: 1, text: 'Samen werken aan de visie' },
      { t: 'h', l: 2, text: 'Initiatieven' },
      { t: 'p', text: 'In de samenleving en bij Kamper ondernemers is veel betrokkenheid en creativiteit. Bij een initiatief vragen we:' },
      { t: 'ol', list: 'Letter', items: ['hoe het bijdraagt aan de bouwstenen van deze visie;', 'hoe de omgeving erbij is betrokken;', 'hoe het past bij het landschap of het stadsbeeld.'] },
      { t: 'h', l: 2, text: 'Actualisatie' },
      { t: 'p', text: 'De wereld verandert continu. We houden de visie actueel en werken haar uit in programma’s.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [5.2, 10.4], header: ['Naam', 'Identificatie'] },
    ],
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage B', nummer: 'B', text: 'Begrippen', sep: ' – ' },
      { t: 'p', text: '**Bouwsteen** — een onderwerp van de fysieke leefomgeving waarvoor de visie doelen en keuzes beschrijft.' },
      { t: 'p', text: '**IJsseldelta** — het gebied waar de IJssel uitmondt in het Ketelmeer en het Zwarte Meer, met het Reevediep.' },
      { t: 'p', text: '**Programma** — een uitwerking van de visie met maatregelen voor een onderwerp of gebied.' },
    ],
    [
      { t: 'bijlage', label: 'Bijlage C', nummer: 'C', text: 'Bouwstenen en beleid', sep: ' – ' },
      {
        t: 'table',
        cols: [5, 10.6],
        header: ['Bouwsteen', 'Opgenomen beleid'],
        rows: [
          ['Ruimtelijke ontwikkeling', 'Structuurvisie Kampen 2030; Landschapsontwikkelingsplan'],
          ['Wonen en gezonde leefomgeving', 'Woonvisie Kampen 2021–2025; Nota gezondheidsbeleid'],
          ['Klimaat en energie', 'Energievisie; regionale energiestrategie West-Overijssel'],
          ['Mobiliteit', 'Mobiliteitsvisie 2030'],
          ['Economie', 'Economische visie; Bedrijventerreinenvisie'],
        ],
      },
    ],
  ],
  gios: [
    gio('Gemeente Kampen', 'gemeente-kampen', [0, 0], 8),
    gio('Binnenstad Kampen', 'binnenstad-kampen', [0, 0.5], 0.5),
    gio('Polder Mastenbroek', 'polder-mastenbroek', [3, -4], 3),
    gio('Reevediep', 'reevediep', [-1.5, -2], 1),
    gio('Onderdijks-Noord', 'onderdijks-noord', [0.8, 1.6], 0.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-kampen-2027', regeling: 'omgevingsvisie-kampen', doel: 'omgevingsvisie-kampen-2027' },
    datums: { vaststelling: '2027-11-25', ondertekening: '2027-11-25', bekendmaking: '2027-12-02', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0166',
  },
  geo: { origin: [190000, 506000] },
  meubilair: ['^Omgevingsvisie Kampen 2\\.0\\s+\\d+$'],
}
export default doc
