/**
 * h107 — provincie Fryslân (pv21), holdout (session 12): a province (about 660.000 inwoners; Leeuwarden, the
 * Waddeneilanden, the Friese meren, the Noardlike Fryslân Bûtendyks). Content after the public texts on the new
 * provinciale Omgevingsvisie of Fryslân ("In werkenber Fryslân, klear foar de takomst"; a perspectief van nu, tot
 * straks (2035), naar later (2050 en verder); brede welvaart voor iedereen en in elke regio; four bewegingen: naar een
 * schone, gezonde, inclusieve en veilige leefomgeving met identiteit, naar een sterke landbouw en natuur in een
 * klimaatbestendig Fryslân, naar vitale steden en dorpen in een verbonden Fryslân, naar een fossielvrije en
 * circulaire samenleving; "Net alles kin mear oeral"; it replaces "De romte diele" of 23 september 2020 with its four
 * opgaven) and on the Statenbesluit form ("Provinciale Staten van Fryslân; gelezen het voorstel van Gedeputeerde
 * Staten …; besluiten:"), here as a visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation
 * Sans 10 pt; chapters "1" … "7", sections "1.1", a third level "3.2.1"; table of contents of two levels; footer with
 * the CHAPTER NAME (a field) at the left and the page number at the right; no header; a table nu | straks | later;
 * Statenbesluit with Artikel 1–3 (Artikel 2 withdraws De romte diele, Artikel 3 names the date); visie as "Bijlage
 * 1"; GIO table Naam | Identificatie | Toelichting in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'pv21'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-30', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h107',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de nieuwe provinciale Omgevingsvisie van Fryslân ("In werkenber Fryslân, klear foar de takomst"; van nu, tot straks (2035), naar later (2050 en verder); brede welvaart voor iedereen en in elke regio; vier bewegingen: schone, gezonde, inclusieve en veilige leefomgeving met identiteit, sterke landbouw en natuur in een klimaatbestendig Fryslân, vitale steden en dorpen in een verbonden Fryslân, fossielvrije en circulaire samenleving; "Net alles kin mear oeral"; vervangt "De romte diele" van 23 september 2020) en naar de Statenbesluitformule ("Provinciale Staten van Fryslân; gelezen het voorstel van Gedeputeerde Staten …; besluiten:"), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukken "1" … "7", paragrafen "1.1" en "3.2.1", inhoudsopgave van twee niveaus, voettekst met de HOOFDSTUKNAAM (veld) links en het paginanummer rechts, geen kopregel, een tabel nu | straks | later, Statenbesluit met Artikel 1–3 (intrekking De romte diele, inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Fryslân',
  title: 'Omgevingsvisie Fryslân – In werkenber Fryslân, klear foar de takomst',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#00467F',
    lineHeight: 130,
    spaceAfter: 0.22,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.5, right: 2.5 },
    outline: decimalOutline(),
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['{chaptername}\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #00467F',
    tableHeaderBg: '#DDE8F2',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Fryslân tot vaststelling van de Omgevingsvisie Fryslân',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-10-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provinsje Fryslân · Provincie Fryslân · Statenbesluit nr. 01938471' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Fryslân tot vaststelling van de Omgevingsvisie Fryslân' },
      { t: 'p', text: 'Provinciale Staten van Fryslân;' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 9 maart 2027, nr. 01938471;' },
      { t: 'p', text: 'overwegende dat de ontwerp-Omgevingsvisie met het Omgevingseffectrapport en de Passende beoordeling van 11 maart tot en met 21 april 2026 ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Fryslân, zoals opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Omgevingsvisie Fryslân “De romte diele”, vastgesteld op 23 september 2020, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 oktober 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Fryslân van 30 juni 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. A. Dijkstra'], right: ['de voorzitter,', '', '', 'drs. A.A.M. Brok'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Fryslân',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij Statenbesluit nr. 01938471' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Fryslân' },
      { t: 'p', style: 'subtitle', text: 'In werkenber Fryslân, klear foar de takomst' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Ynhâld · Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'De ruimte in Fryslân is beperkt, en de opgaven zijn groot. In deze Omgevingsvisie bieden we een inspirerend en uitnodigend perspectief op de toekomst van de gedeelde ruimte waarin de inwoners van Fryslân samenleven. De visie is geen eindbeeld, maar een perspectief van nu, tot straks (2035), naar later (2050 en verder).' },
      { t: 'h', l: 2, text: 'Net alles kin mear oeral' },
      { t: 'p', text: 'Om alle opgaven te kunnen uitvoeren, hebben we meer ruimte nodig dan er beschikbaar is. Dat vraagt om keuzes; met deze visie nemen Provinciale Staten die verantwoordelijkheid.' },
      { t: 'h', l: 2, text: 'Van De romte diele naar deze visie' },
      { t: 'p', text: 'Deze visie vervangt De romte diele uit 2020. Die visie legde vier opgaven vast: Fryslân vitaal, leefbaar en bereikbaar houden, de energietransitie met kracht voortzetten, Fryslân klimaatadaptief inrichten en de biodiversiteit versterken. Die opgaven zijn gebleven; wat nieuw is, zijn de keuzes.' },
      { t: 'h', l: 2, text: 'Hoe deze visie tot stand kwam' },
      { t: 'p', text: 'In sprintsessies werkten we met de Friese gemeenten, Wetterskip Fryslân en maatschappelijke organisaties; daarna hebben inwoners meegedacht.' },
      { t: 'h', l: 1, text: 'Brede welvaart in elke regio' },
      { t: 'p', text: 'Onze inzet is brede welvaart voor iedereen en in elke regio: niet alleen inkomen en werk, maar ook gezondheid, een goede woning, natuur en een sterke gemeenschap.' },
      {
        t: 'table',
        cols: [4, 5.5, 6.5],
        header: ['Nu', 'Straks (2035)', 'Later (2050 en verder)'],
        rows: [
          ['woningtekort in de steden', '33.000 woningen erbij', 'wonen in elke regio op maat'],
          ['bodemdaling in het veen', 'hogere waterpeilen', 'een veenweidegebied dat meebeweegt'],
          ['fossiele energie', 'helft duurzaam opgewekt', 'fossielvrij en circulair'],
        ],
      },
      { t: 'h', l: 2, text: 'Vier bewegingen' },
      { t: 'p', text: 'De ambities vullen we in aan de hand van vier bewegingen:' },
      { t: 'ol', list: 'Nummer', items: ['naar een schone, gezonde, inclusieve en veilige leefomgeving met identiteit;', 'naar een sterke landbouw en natuur in een klimaatbestendig Fryslân;', 'naar vitale steden en dorpen in een verbonden Fryslân;', 'naar een fossielvrije en circulaire samenleving.'] },
      { t: 'h', l: 2, text: 'Leidende principes' },
      { t: 'p', text: 'Bij elke keuze wegen we mee:' },
      { t: 'ul', list: 'Streep', items: ['water en bodem zijn sturend;', 'het Friese landschap en erfgoed zijn de basis;', { text: 'we verbinden opgaven, in het bijzonder', sub: ['energie en landbouw;', 'wonen en klimaat.'] }] },
      { t: 'h', l: 1, text: 'Een schone, gezonde en veilige leefomgeving' },
      { t: 'p', text: 'Fryslân is een provincie met een eigen taal, een eigen cultuur en herkenbare landschappen. Die identiteit koesteren we.' },
      { t: 'h', l: 2, text: 'Landschap en erfgoed' },
      { t: 'h', l: 3, text: 'Kernkwaliteiten' },
      { t: 'p', text: 'De openheid, de terpen en wierden, de kleiakkers en de kwelders van de Waddenkust zijn kernkwaliteiten die we beschermen.' },
      { t: 'h', l: 3, text: 'Nationale Landschappen' },
      { t: 'p', text: 'In de Noardlike Fryslân Wâlden en de Zuidwest-Friese kust sturen we op behoud van het eigen karakter.' },
      { t: 'h', l: 2, text: 'Gezondheid en veiligheid' },
      { t: 'p', text: 'Schone lucht, schoon water en stilte zijn in Fryslân geen luxe maar een basiskwaliteit.' },
      { t: 'h', l: 1, text: 'Landbouw en natuur in een klimaatbestendig Fryslân' },
      { t: 'p', text: 'De landbouw is een drager van de Friese economie en van het landschap. Tegelijk vragen stikstof, bodemdaling en waterkwaliteit om verandering.' },
      { t: 'h', l: 2, text: 'Veenweide' },
      { t: 'p', text: 'In het veenweidegebied gaan de waterpeilen omhoog. We zoeken met boeren naar verdienmodellen die daarbij passen.' },
      { t: 'h', l: 2, text: 'Natuur en biodiversiteit' },
      { t: 'h', l: 3, text: 'Natuurnetwerk' },
      { t: 'p', text: 'We ronden het Natuurnetwerk Nederland in Fryslân af en verbinden het met de Waddenzee en het IJsselmeer.' },
      { t: 'h', l: 3, text: 'Weidevogels' },
      { t: 'p', text: 'In de kerngebieden voor weidevogels gaan openheid en rust voor.' },
      { t: 'h', l: 2, text: 'Zoet water' },
      { t: 'p', text: 'We houden zoet water vast in de bodem en in de boezem.' },
      { t: 'h', l: 1, text: 'Vitale steden en dorpen in een verbonden Fryslân' },
      { t: 'p', text: 'Leeuwarden, de regionale centra en de dorpen vormen samen een netwerk. Voorzieningen moeten voor iedereen bereikbaar blijven.' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'We bouwen eerst binnen bestaand stedelijk gebied en in de regionale centra, en voor eigen behoefte in de dorpen.' },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'De Lelylijn verbindt Fryslân met de Randstad; het openbaar vervoer in de regio sluit erop aan.' },
      { t: 'h', l: 1, text: 'Een fossielvrije en circulaire samenleving' },
      { t: 'p', text: 'We wekken duurzame energie op zo dicht mogelijk bij de gebruikers en met oog voor het landschap.' },
      { t: 'h', l: 2, text: 'Zon en wind' },
      { t: 'p', text: 'Zon eerst op daken; windturbines alleen in de zoekgebieden van bijlage 2.' },
      { t: 'h', l: 2, text: 'Circulaire economie' },
      { t: 'p', text: 'Kringlopen sluiten we zo veel mogelijk in de regio.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s' },
      { t: 'p', text: 'De visie werken we uit in programma’s, onder meer het Fries Programma Landelijk Gebied.' },
      { t: 'h', l: 2, text: 'Monitoring en actualisatie' },
      { t: 'p', text: 'Elke vier jaar bezien Provinciale Staten of de visie nog actueel is.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [4.5, 8, 3.5], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Provincie Fryslân', 'provincie-fryslan', 'hele provincie', [0, 0], 25),
    gio('Veenweidegebied', 'veenweidegebied', 'hoofdstuk 4', [5, -10], 12),
    gio('Kerngebieden weidevogels', 'kerngebieden-weidevogels', 'hoofdstuk 4', [-8, 6], 6),
    gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', 'hoofdstuk 6', [-20, 15], 4),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-fryslan', regeling: 'omgevingsvisie-fryslan', doel: 'omgevingsvisie-fryslan' },
    datums: { vaststelling: '2027-06-30', ondertekening: '2027-06-30', bekendmaking: '2027-07-07', inwerkingtreding: '2027-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV21',
  },
  geo: { origin: [180000, 565000] },
  meubilair: [
    '^(Inleiding|Brede welvaart in elke regio|Een schone, gezonde en veilige leefomgeving|Landbouw en natuur in een klimaatbestendig Fryslân|Vitale steden en dorpen in een verbonden Fryslân|Een fossielvrije en circulaire samenleving|Uitvoering)? ?\\d+$',
  ],
}
export default doc
