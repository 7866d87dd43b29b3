/**
 * h137 — provincie Fryslân (pv21), holdout (session 12): the new provinciale omgevingsvisie after "De romte diele"
 * (2020, in c11/h107). Content after the public texts of Fryslân on the Ontwerp Omgevingsvisie of 2026 ("In
 * werkenber Fryslân, klear foar de takomst": a vergezicht from nu via straks (2035) to later (2050), brede welvaart
 * voor iedereen en in elke regio, and four bewegingen: naar een schone, gezonde, inclusieve en veilige leefomgeving
 * met identiteit; naar een sterke landbouw en natuur in een klimaatbestendig Fryslân; naar vitale steden en dorpen
 * in een verbonden Fryslân; naar een fossielvrije en circulaire samenleving), shortened and partly in our own words.
 * Layout: A4 in Liberation Sans 10 pt; chapters "1." … "7.", sections "1.1", a third level "3.2.1"; a table of
 * contents; header "Provincie Fryslân · Provinsje Fryslân" with the chapter name as a field, footer "Omgevingsvisie
 * Fryslân | n"; lists "•" with "–" and "a."; a table; Statenbesluit with a considerans "Overwegende," and lettered
 * paragraphs "a." … "c.", "gelet op" with a bulleted list, artikelen "Artikel 1. Vaststelling" … "Artikel 4.
 * Citeertitel" (dot and title); GIO table Naam | Identificatie in "Bijlage I. Overzicht geografische
 * informatieobjecten (GIO's)".
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'pv21'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-30', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h137',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de provincie Fryslân over de Ontwerp Omgevingsvisie van 2026 ("In werkenber Fryslân, klear foar de takomst": een vergezicht van nu via straks (2035) naar later (2050), brede welvaart voor iedereen en in elke regio, vier bewegingen), ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukken "1." … "7.", paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave, kopregel "Provincie Fryslân · Provinsje Fryslân" met de hoofdstuknaam als veld, voettekst "Omgevingsvisie Fryslân | n", lijsten "•" met "–" en "a.", een tabel, Statenbesluit met "Overwegende," en alinea\'s a.–c., "gelet op" met een opsomming, "Artikel 1. Vaststelling" … "Artikel 4. Citeertitel", GIO-tabel in "Bijlage I. Overzicht geografische informatieobjecten (GIO\'s)" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Fryslân',
  title: 'Omgevingsvisie Fryslân',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#00539B',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.5, right: 2.2 },
    outline: decimalOutline('.').map((f, i) => (i === 0 ? f : { ...f, suffix: '' })) as ReturnType<typeof decimalOutline>,
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['Provincie Fryslân · Provinsje Fryslân\t\t{chaptername}'], footer: ['\t\tOmgevingsvisie Fryslân | {page}'] },
    },
    tableBorder: '0.5pt solid #00539B',
    tableHeaderBg: '#DCE8F4',
    tableFontSize: 9,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Fryslân van 30 juni 2027, nr. 01234567, tot vaststelling van de Omgevingsvisie Fryslân',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2027-10-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provinciale Staten van Fryslân · Statenbesluit nr. 01234567' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Fryslân van 30 juni 2027, nr. 01234567, tot vaststelling van de Omgevingsvisie Fryslân' },
      { t: 'p', text: 'Provinciale Staten van Fryslân,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 16 maart 2027, nr. 01234567;' },
      { t: 'p', text: 'Overwegende,' },
      { t: 'p', text: 'a. dat Provinciale Staten op grond van artikel 3.1, tweede lid, van de Omgevingswet een omgevingsvisie vaststellen voor het hele grondgebied van de provincie;' },
      { t: 'p', text: 'b. dat de Ontwerp Omgevingsvisie van 11 maart tot en met 21 april 2026 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van beantwoording;' },
      { t: 'p', text: 'c. dat met de vaststelling van deze omgevingsvisie de Omgevingsvisie De romte diele van 23 september 2020 kan vervallen;' },
      { t: 'p', text: 'gelet op:' },
      { t: 'ul', list: 'Punt', items: ['artikel 3.1, tweede lid, van de Omgevingswet;', 'artikel 16.27 van de Omgevingswet;', 'artikel 143 van de Provinciewet;'] },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1. Vaststelling' },
      { t: 'p', text: 'De Omgevingsvisie Fryslân wordt vastgesteld zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden van de geografische informatieobjecten genoemd in Bijlage I.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2. Intrekking' },
      { t: 'p', text: 'De Omgevingsvisie De romte diele, vastgesteld op 23 september 2020, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3. Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 oktober 2027.' },
      { t: 'p', style: 'artikel', text: 'Artikel 4. Citeertitel' },
      { t: 'p', text: 'Dit besluit wordt aangehaald als: Vaststellingsbesluit Omgevingsvisie Fryslân.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Fryslân van 30 juni 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'A.M. Hoekstra'], right: ['de voorzitter,', '', '', 'A.A.M. Brok'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Fryslân',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Fryslân' },
      { t: 'p', style: 'subtitle', text: 'In werkenber Fryslân, klear foar de takomst' },
      { t: 'p', text: 'Vastgesteld door Provinciale Staten op 30 juni 2027' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'De ruimte in Fryslân is beperkt, en de opgaven zijn groot. Met deze omgevingsvisie maken wij duidelijke ruimtelijke keuzes voor de toekomst van de gedeelde ruimte waarin de inwoners van Fryslân samenleven.' },
      { t: 'h', l: 2, text: 'Waarom een nieuwe omgevingsvisie' },
      { t: 'p', text: 'De Omgevingsvisie De romte diele uit 2020 benoemde vier opgaven. Sindsdien zijn de vragen over woningbouw, energie, landbouw en water scherper geworden. Deze visie maakt daarin keuzes.' },
      { t: 'h', l: 2, text: 'Van nu, tot straks, naar later' },
      { t: 'p', text: 'De visie is geen eindbeeld maar een perspectief: van nu, tot straks (2035), naar later (2050 en verder).' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft onze ambitie. De hoofdstukken 3 tot en met 6 werken de vier bewegingen uit. Hoofdstuk 7 gaat over de uitvoering.' },
      { t: 'h', l: 1, text: 'Brede welvaart voor iedereen en in elke regio' },
      { t: 'h', l: 2, text: 'Onze ambitie' },
      { t: 'p', text: 'Wij willen een Fryslân waar het goed wonen, werken en leven is, nu en voor onze kinderen en kleinkinderen. Dat vraagt om vier bewegingen:' },
      { t: 'ol', list: 'Letter', items: ['naar een schone, gezonde, inclusieve en veilige leefomgeving met identiteit;', 'naar een sterke landbouw en natuur in een klimaatbestendig Fryslân;', 'naar vitale steden en dorpen in een verbonden Fryslân;', 'naar een fossielvrije en circulaire samenleving.'] },
      { t: 'h', l: 2, text: 'Leidende principes' },
      { t: 'p', text: 'Bij elke afweging kijken wij naar de kwaliteit van het landschap, de gevolgen voor de volgende generatie en de spreiding over de regio’s.' },
      { t: 'h', l: 1, text: 'Een schone, gezonde en veilige leefomgeving' },
      { t: 'h', l: 2, text: 'Gezondheid' },
      { t: 'p', text: 'Schone lucht, schoon water en rust zijn basiskwaliteiten van Fryslân die wij beschermen.' },
      { t: 'h', l: 2, text: 'Landschap en identiteit' },
      { t: 'p', text: 'Het Friese landschap is divers. Wij onderscheiden onder meer:' },
      { t: 'h', l: 3, text: 'Kleilandschap en terpen' },
      { t: 'p', text: 'In het noorden liggen de terpen en wierden met hun open kwelderwallen en kronkelende dijken.' },
      { t: 'h', l: 3, text: 'Wouden' },
      { t: 'p', text: 'In de Friese Wouden bepalen elzensingels en dykswâlen het beeld.' },
      { t: 'h', l: 3, text: 'Merengebied' },
      { t: 'p', text: 'Het laagveengebied met de Friese meren is van grote betekenis voor recreatie en natuur.' },
      { t: 'h', l: 2, text: 'Waddenzee en kust' },
      { t: 'p', text: 'De Waddenzee is werelderfgoed. Ontwikkelingen aan de kust passen bij de rust, de ruimte en de duisternis van het gebied.' },
      { t: 'h', l: 1, text: 'Landbouw en natuur in een klimaatbestendig Fryslân' },
      { t: 'h', l: 2, text: 'Bodem en water als basis' },
      { t: 'p', text: 'Water en bodem zijn sturend bij ruimtelijke keuzes. In de veenweidegebieden remmen wij de bodemdaling af.' },
      { t: 'h', l: 2, text: 'Een sterke landbouw' },
      { t: 'p', text: 'De landbouw blijft een belangrijke economische drager. Wij zetten in op:' },
      { t: 'ul', list: 'Punt', items: ['extensivering rond kwetsbare natuur;', { text: 'natuurinclusieve landbouw:', sub: ['kruidenrijk grasland;', 'hogere waterpeilen in het veen.'] }, 'ruimte voor verbreding en nieuwe verdienmodellen.'] },
      { t: 'h', l: 2, text: 'Natuurnetwerk en biodiversiteit' },
      { t: 'p', text: 'Het Natuurnetwerk Nederland in Fryslân wordt afgerond en verbonden met de weidevogelkerngebieden.' },
      { t: 'h', l: 1, text: 'Vitale steden en dorpen in een verbonden Fryslân' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Fryslân bouwt tot 2030 ongeveer 20.000 woningen. De verdeling over de regio’s is als volgt:' },
      {
        t: 'table',
        cols: [5.5, 4, 4.5],
        header: ['Regio', 'Woningen tot 2030', 'Accent'],
        rows: [
          ['Leeuwarden en omgeving', '7.500', 'binnenstedelijk'],
          ['Zuidoost-Fryslân', '4.500', 'Heerenveen, Drachten'],
          ['Súdwest-Fryslân', '3.500', 'Sneek, kleine kernen'],
          ['Noordoost-Fryslân', '2.500', 'Dokkum, dorpen'],
          ['Waddeneilanden', '600', 'eigen inwoners'],
        ],
      },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Een goed openbaar vervoer tussen de steden en de dorpen is een voorwaarde voor brede welvaart. Wij zetten ons in voor de Lelylijn.' },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      { t: 'p', text: 'Wij bundelen voorzieningen in de regionale centra en houden ze bereikbaar vanuit de dorpen.' },
      { t: 'h', l: 1, text: 'Een fossielvrije en circulaire samenleving' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Zon op daken gaat voor zon op land. Grootschalige opwekking bundelen wij in de zoekgebieden.' },
      { t: 'h', l: 2, text: 'Circulaire economie' },
      { t: 'p', text: 'Wij geven ruimte aan bedrijven die grondstoffen hergebruiken, vooral op de bestaande bedrijventerreinen.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s en verordening' },
      { t: 'p', text: 'De visie werkt door in de Omgevingsverordening Fryslân en in programma’s voor landelijk gebied, wonen en energie.' },
      { t: 'h', l: 2, text: 'Samenwerking' },
      { t: 'p', text: 'Wij werken samen met de gemeenten, Wetterskip Fryslân, het Rijk en de inwoners van Fryslân.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I.', nummer: 'I', text: 'Overzicht geografische informatieobjecten (GIO\'s)', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5.2, 11], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Provincie Fryslân', 'provincie-fryslan', [0, 0], 30),
    gio('Veenweidegebied', 'veenweidegebied', [5, -12], 10),
    gio('Werelderfgoed Waddenzee', 'werelderfgoed-waddenzee', [10, 25], 12),
    gio('Zoekgebieden grootschalige energieopwekking', 'zoekgebieden-energie', [-15, -5], 6),
    gio('Nationaal Landschap Noardlike Fryske Wâlden', 'noardlike-fryske-walden', [25, 8], 7),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-fryslan-2027', regeling: 'omgevingsvisie-fryslan-2027', doel: 'omgevingsvisie-fryslan-2027' },
    datums: { vaststelling: '2027-06-30', ondertekening: '2027-06-30', bekendmaking: '2027-07-07', inwerkingtreding: '2027-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV21',
  },
  geo: { origin: [175000, 570000] },
  meubilair: ['^Provincie Fryslân · Provinsje Fryslân', '^Omgevingsvisie Fryslân \\| \\d+$'],
}
export default doc
