/**
 * h113 — provincie Zuid-Holland (pv28), holdout (session 12): the most densely populated province (the Randstad
 * cities Rotterdam, Den Haag, Leiden, Dordrecht, the greenhouses of Westland and Oostland, the Groene Hart, the
 * Rotterdam haven and the delta of Goeree-Overflakkee and the Hoeksche Waard). Content after the public texts on the
 * Omgevingsbeleid Zuid-Holland (omgevingsvisie of 2019, one digital whole with verordening and programma's; its
 * ambities on the klimaatbestendige delta, a nieuwe economie, the energievoorziening van de toekomst, the best
 * bereikbare provincie, sterke steden en dorpen and a gezond en veilig Zuid-Holland; the "ruimtelijke kwaliteit"
 * with its kwaliteitskaart), here as a new visie of 2027, shortened and largely in our own words. Layout: A4 in
 * Liberation Sans 10 pt, green headings; chapters "1" … "7", sections "1.1", a third level "3.2.1"; table of contents
 * of two levels; header "Omgevingsvisie Zuid-Holland · 2027" right, footer "provincie Zuid-Holland" left and the page
 * number right; lists "✓" and "1."; a table; Statenbesluit with its CONSIDERANS AS A NUMBERED LIST ("overwegende
 * dat:" 1.–4.), "besluiten:", Artikel I–III (the second withdraws the Omgevingsvisie of 2019, the third names the
 * date); visie as "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2" with HASHED work names (32 hex).
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'pv28'
const gio = (naam: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-10-13', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h113',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over het Omgevingsbeleid Zuid-Holland (omgevingsvisie van 2019, één digitaal geheel met verordening en programma\'s; ambities klimaatbestendige delta, nieuwe economie, energievoorziening van de toekomst, best bereikbare provincie, sterke steden en dorpen, gezond en veilig Zuid-Holland; ruimtelijke kwaliteit met de kwaliteitskaart), hier als nieuwe visie van 2027, ingekort en grotendeels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt met groene koppen, hoofdstukken "1" … "7", paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave van twee niveaus, kopregel "Omgevingsvisie Zuid-Holland · 2027" rechts, voettekst "provincie Zuid-Holland" links en paginanummer rechts, lijsten "✓" en "1.", een tabel, Statenbesluit met de OVERWEGINGEN ALS GENUMMERDE LIJST (1.–4.), "besluiten:", Artikel I–III (intrekking van de visie van 2019, een datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" met GEHASHTE werknamen (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Zuid-Holland',
  title: 'Omgevingsvisie Zuid-Holland',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#00823E',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.5, right: 2.5 },
    outline: decimalOutline(),
    lists: {
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['\t\tOmgevingsvisie Zuid-Holland · 2027'], footer: ['provincie Zuid-Holland\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #00823E',
    tableHeaderBg: '#E2F1E7',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Zuid-Holland tot vaststelling van de Omgevingsvisie Zuid-Holland',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provincie Zuid-Holland · Statenbesluit nr. PZH-2027-884120367' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Zuid-Holland tot vaststelling van de Omgevingsvisie Zuid-Holland' },
      { t: 'p', text: 'Provinciale Staten van Zuid-Holland;' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 4 juli 2027, kenmerk PZH-2027-884120367;' },
      { t: 'p', text: 'overwegende dat:' },
      { t: 'p', text: '1. de Omgevingswet de provincie verplicht één integrale omgevingsvisie vast te stellen voor haar hele grondgebied;' },
      { t: 'p', text: '2. de Omgevingsvisie Zuid-Holland van 2019 herzien moet worden om de opgaven voor wonen, energie, water en landbouw in samenhang te bezien;' },
      { t: 'p', text: '3. het ontwerp van de visie met het milieueffectrapport van 3 maart tot en met 14 april 2027 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van beantwoording;' },
      { t: 'p', text: '4. de Statencommissie Ruimte en Leefomgeving op 20 september 2027 over het voorstel heeft geadviseerd;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Zuid-Holland, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Omgevingsvisie Zuid-Holland, vastgesteld op 20 februari 2019, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Den Haag, 13 oktober 2027' },
      { t: 'p', text: 'Provinciale Staten van Zuid-Holland,' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. J.A. Dirksen'], right: ['de voorzitter,', '', '', 'drs. W.J. Smit'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Zuid-Holland',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij Statenbesluit PZH-2027-884120367' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Zuid-Holland' },
      { t: 'p', style: 'subtitle', text: 'Ruimte voor een gezonde, veilige en welvarende delta' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Zuid-Holland is een provincie van contrasten: de drukste steden van Nederland naast het open Groene Hart, de grootste haven van Europa naast de natuur van de Voordelta. Deze omgevingsvisie beschrijft hoe wij die ruimte de komende decennia willen gebruiken, beschermen en ontwikkelen.' },
      { t: 'h', l: 2, text: 'Waarom een nieuwe omgevingsvisie' },
      { t: 'p', text: 'Sinds 2019 werkt Zuid-Holland met één samenhangend omgevingsbeleid: visie, verordening en programma’s in één digitaal geheel. De opgaven zijn sindsdien groter geworden en zij vragen om keuzes.' },
      { t: 'h', l: 2, text: 'Wat deze visie is' },
      { t: 'p', text: 'De visie bindt alleen de provincie zelf. Zij geeft richting aan de verordening, aan onze programma’s en aan de gesprekken met gemeenten, waterschappen en het Rijk.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft de ruimtelijke kwaliteit als basis. De hoofdstukken 3 tot en met 6 werken de ambities uit; hoofdstuk 7 gaat over de uitvoering.' },
      { t: 'h', l: 1, text: 'Ruimtelijke kwaliteit' },
      { t: 'p', text: 'Ruimtelijke kwaliteit is de rode draad van ons beleid. Elke ontwikkeling draagt bij aan de kwaliteit van de plek, en de kwaliteitskaart laat zien wat waar van waarde is.' },
      { t: 'h', l: 2, text: 'De kwaliteitskaart' },
      { t: 'p', text: 'De kwaliteitskaart onderscheidt vier lagen: de ondergrond, de laag van de netwerken, de stedelijke occupatielaag en de laag van de beleving.' },
      { t: 'h', l: 2, text: 'Bescherming van het Groene Hart' },
      { t: 'p', text: 'Het Groene Hart houdt zijn open karakter. Bij nieuwe ontwikkelingen vragen wij:' },
      { t: 'ul', list: 'Vink', items: ['behoud van de openheid en van de zichtlijnen over het veenweidelandschap;', 'aansluiting bij het slagenlandschap en de linten;', { text: 'een bijdrage aan', sub: ['de aanpak van bodemdaling;', 'de recreatieve toegankelijkheid.'] }] },
      { t: 'h', l: 1, text: 'Een klimaatbestendige delta' },
      { t: 'p', text: 'Een groot deel van Zuid-Holland ligt onder zeeniveau. Wij zorgen samen met de waterschappen dat de provincie ook bij een stijgende zeespiegel veilig en leefbaar blijft.' },
      { t: 'h', l: 2, text: 'Waterveiligheid' },
      { t: 'p', text: 'De primaire keringen langs de kust, de rivieren en het Haringvliet blijven op orde; wij houden ruimte vrij voor toekomstige dijkversterkingen.' },
      { t: 'h', l: 2, text: 'Bodemdaling en zoetwater' },
      { t: 'h', l: 3, text: 'Veenweidegebieden' },
      { t: 'p', text: 'In het veenweidegebied remmen wij de bodemdaling af door hogere waterpeilen, gekoppeld aan een toekomst voor de melkveehouderij.' },
      { t: 'h', l: 3, text: 'Zoetwatervoorziening' },
      { t: 'p', text: 'De glastuinbouw en de akkerbouw op de eilanden hebben zoet water nodig; wij beschermen de inlaatpunten en stimuleren opslag van regenwater.' },
      { t: 'h', l: 1, text: 'Een nieuwe economie' },
      { t: 'p', text: 'De economie van Zuid-Holland verandert: de haven wordt circulair en de glastuinbouw een kennisintensieve sector. Wij geven daar ruimte aan.' },
      { t: 'h', l: 2, text: 'Haven en industrie' },
      { t: 'p', text: 'Het Rotterdamse havengebied blijft de motor van de economie. De energietransitie van de industrie krijgt er voorrang.' },
      { t: 'h', l: 2, text: 'Greenports' },
      { t: 'p', text: 'Westland, Oostland en de Duin- en Bollenstreek werken aan een duurzame teelt. Herstructurering van verouderde kassengebieden gaat voor nieuw glas.' },
      { t: 'h', l: 2, text: 'Werklocaties' },
      {
        t: 'table',
        cols: [5.5, 3.5, 3.5, 3.5],
        header: ['Regio', 'Bedrijventerrein (ha)', 'Waarvan herstructurering', 'Nieuw tot 2040'],
        rows: [
          ['Rotterdam-Rijnmond', '5.200', '900', '150'],
          ['Haaglanden', '1.900', '350', '60'],
          ['Holland Rijnland', '1.300', '200', '80'],
          ['Drechtsteden', '1.100', '180', '40'],
          ['Alblasserwaard', '450', '50', '20'],
        ],
      },
      { t: 'h', l: 1, text: 'Energievoorziening van de toekomst' },
      { t: 'p', text: 'In 2050 is de energievoorziening van Zuid-Holland duurzaam. Daarvoor is ruimte nodig, ook ondergronds.' },
      { t: 'h', l: 2, text: 'Wind en zon' },
      { t: 'p', text: 'Wij volgen de regionale energiestrategieën. Voor zonneparken geldt de voorkeursvolgorde:' },
      { t: 'ol', list: 'Nummer', items: ['daken en gevels;', 'onbenutte terreinen in het bebouwd gebied;', { text: 'het landelijk gebied, alleen', sub: ['in combinatie met andere functies;', 'met een landschappelijke inpassing.'] }] },
      { t: 'h', l: 2, text: 'Warmte en ondergrond' },
      { t: 'p', text: 'Het warmtenet van de zuidelijke Randstad verbindt restwarmte uit de haven met de steden; voor geothermie maken wij ruimte in de ondergrond.' },
      { t: 'h', l: 1, text: 'Sterke steden en dorpen' },
      { t: 'p', text: 'Zuid-Holland heeft tot 2040 ruim 230.000 woningen nodig. Wij bouwen vooral in en aan de bestaande steden en dorpen, dicht bij het openbaar vervoer.' },
      { t: 'h', l: 2, text: 'Verstedelijking' },
      { t: 'p', text: 'Rond de knooppunten van de Oude Lijn en de metro verdichten wij; buiten bestaand stads- en dorpsgebied bouwen wij alleen waar de kwaliteit van het landschap dat toelaat.' },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Wij investeren in fietsroutes, in het regionale openbaar vervoer en in de veiligheid van de provinciale wegen.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      { t: 'p', text: 'De visie werkt door in de Omgevingsverordening Zuid-Holland en in de programma’s Ruimte, Mobiliteit en Energie.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'Elke twee jaar brengen Gedeputeerde Staten de Staat van Zuid-Holland uit.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [6, 11], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Provincie Zuid-Holland', [0, 0], 20),
    gio('Groene Hart Zuid-Holland', [12, 2], 8),
    gio('Greenports', [-10, -2], 5),
    gio('Haven- en industriegebied Rotterdam', [-18, -12], 5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-zuid-holland', regeling: 'omgevingsvisie-zuid-holland', doel: 'omgevingsvisie-zuid-holland' },
    datums: { vaststelling: '2027-10-13', ondertekening: '2027-10-13', bekendmaking: '2027-10-20', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV28',
  },
  geo: { origin: [95000, 445000] },
  meubilair: ['^Omgevingsvisie Zuid-Holland · 2027$', '^provincie Zuid-Holland \\d+$'],
}
export default doc
