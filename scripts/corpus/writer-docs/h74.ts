/**
 * h74 — gemeente Dordrecht (gm0505), holdout (end of session 10): a large gemeente (about 120.000 inwoners).
 * Content after the public texts on the Dordtse omgevingsvisie: the raadsbesluit of 2025 adopting the "Dordtse
 * Omgevingsvisie 2.0; Eiland met kwaliteit" ("De raad van de gemeente DORDRECHT; gezien het voorstel …; gelet op
 * artikel 149 van de Gemeentewet; gelet op Afdeling 3.4 … Awb; Afdeling 3.1 … Omgevingswet; overwegende dat: … de
 * Omgevingsvisie 2.0 een doorontwikkeling is van de Omgevingsvisie 1.0 die de gemeenteraad in april 2021 heeft
 * vastgesteld; … participatieproces …; … ter inzage …; … zienswijzen en overlegreacties …"), and the seven doelen of
 * Omgevingsvisie 1.0 (een aantrekkelijke stad; een bereikbare stad over water, spoor en weg; een gezonde stad met
 * positieve gezondheid; een uitstekend vestigingsklimaat; klimaatbestendig in 2035; energieneutraal in 2050;
 * biodiversiteit beschermen en bevorderen) serving two hoofdopgaven, 10.000 woningen and 4.000 banen; the binnenstad
 * as "tweede huiskamer", the rivers and Nationaal Park De Biesbosch), here as a visie of 2027, shortened and partly
 * in our own words. Layout: A4 in Liberation Serif 10 pt with Liberation Sans headings; chapters "Doel 1" … "Doel 7"
 * (the word "Doel" is the prefix of the Word numbering), one chapter title long enough to WRAP OVER TWO LINES,
 * sections "1.1", sub-sections "1.1.1"; header "Dordtse Omgevingsvisie 2.0 · Eiland met kwaliteit", footer a date
 * line "Vastgesteld door de raad op 18 mei 2027" with "blz. n" at the right; table of contents of the doelen; a table;
 * real footnotes; –-lists and a list "a."; raadsbesluit with "gezien", two "gelet op", an "overwegende dat:" with
 * –-items, "besluit:" and beslispunten "1." – "3." (the third: in werking the day after bekendmaking, so no date),
 * signatures in two columns; visie as "Bijlage 1"; GIO table Werkingsgebied | Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0505'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-05-18', '1'),
  at,
  size,
})

const LANG = 'Dordrecht heeft een uitstekend vestigingsklimaat voor bedrijven en onderwijs'

const doc: Doc = {
  id: 'h74',
  set: 'holdout',
  bron:
    'Bewerkt naar openbare teksten over de Dordtse omgevingsvisie: het raadsbesluit van 2025 tot vaststelling van de "Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit" (De raad van de gemeente DORDRECHT; gezien het voorstel; gelet op artikel 149 Gemeentewet, Afdeling 3.4 Awb en Afdeling 3.1 Omgevingswet; overwegende dat: doorontwikkeling van Omgevingsvisie 1.0 van april 2021, participatie, terinzagelegging, zienswijzen en overlegreacties) en de zeven doelen van Omgevingsvisie 1.0 (aantrekkelijke stad, bereikbare stad, gezonde stad, vestigingsklimaat, klimaatbestendig in 2035, energieneutraal in 2050, biodiversiteit) voor twee hoofdopgaven, 10.000 woningen en 4.000 banen; binnenstad als tweede huiskamer, rivieren en Nationaal Park De Biesbosch), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, hoofdstukken "Doel 1" … "Doel 7" (voorvoegsel in de Word-nummering), een hoofdstuktitel over twee regels, paragrafen "1.1" en "1.1.1", kopregel "Dordtse Omgevingsvisie 2.0 · Eiland met kwaliteit", voettekst met datumregel "Vastgesteld door de raad op 18 mei 2027" en "blz. n", inhoudsopgave, een tabel, echte voetnoten, –-lijsten en lijst "a.", raadsbesluit met "gezien", "gelet op", "overwegende dat:" met streepjes, "besluit:" en beslispunten 1.–3. (inwerkingtreding de dag na bekendmaking), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Werkingsgebied | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Dordrecht',
  title: 'Dordtse Omgevingsvisie 2.0',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12, 10.5, 10],
    headingColor: '#A6192E',
    lineHeight: 115,
    spaceAfter: 0.2,
    justify: true,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.0, left: 2.5, right: 2.3 },
    outline: [
      { format: '1', display: 1, prefix: 'Doel ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '•' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Dordtse Omgevingsvisie 2.0 · Eiland met kwaliteit'],
        footer: ['Vastgesteld door de raad op 18 mei 2027\t\tblz. {page}'],
      },
    },
    tableBorder: '0.5pt solid #A6192E',
    tableHeaderBg: '#F4DADF',
    tableFontSize: 9,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Dordrecht tot vaststelling van de Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeenteblad van Dordrecht · raadsbesluit RIS-2027-1188' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Dordrecht tot vaststelling van de Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit' },
      { t: 'p', text: 'De raad van de gemeente DORDRECHT;' },
      { t: 'p', text: 'gezien het voorstel van het college van burgemeester en wethouders van 23 maart 2027 inzake Vaststellen Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit;' },
      { t: 'p', text: 'gelet op artikel 149 van de Gemeentewet;' },
      { t: 'p', text: 'gelet op afdeling 3.4 Uniforme openbare voorbereidingsprocedure van de Algemene wet bestuursrecht en afdeling 3.1 Omgevingsvisies van de Omgevingswet;' },
      { t: 'p', text: 'overwegende dat:' },
      { t: 'p', text: '– de Dordtse Omgevingsvisie 2.0 een doorontwikkeling is van de Omgevingsvisie 1.0 die de gemeenteraad in april 2021 heeft vastgesteld;' },
      { t: 'p', text: '– met een participatieproces in juni 2026 invulling is gegeven aan het gemeentelijk participatiebeleid;' },
      { t: 'p', text: '– het ontwerp van de visie zes weken ter inzage heeft gelegen en er negentien zienswijzen en vier overlegreacties zijn ingediend, die door het college zijn beantwoord;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: '1. de Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit, opgenomen in bijlage 1, vast te stellen;' },
      { t: 'p', text: '2. de Omgevingsvisie Dordrecht 1.0, vastgesteld op 28 april 2021, in te trekken;' },
      { t: 'p', text: '3. te bepalen dat dit besluit in werking treedt op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van 18 mei 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. A.M. de Wit'], right: ['De voorzitter,', '', '', 'drs. W. Kolff'] },
    ],
  },
  visie: {
    opschrift: 'Dordtse Omgevingsvisie 2.0; Eiland met kwaliteit',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit RIS-2027-1188' },
      { t: 'p', style: 'title', text: 'Dordtse Omgevingsvisie 2.0' },
      { t: 'p', style: 'subtitle', text: 'Eiland met kwaliteit' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'tk', text: 'Leeswijzer' },
      { t: 'p', text: 'Deze visie is een doorontwikkeling van de Omgevingsvisie 1.0. Zeven doelen helpen mee om de twee hoofdopgaven van de stad uit te voeren: Dordrecht wil groeien met 10.000 woningen en 4.000 banen, en Dordrecht wil economisch gezond zijn. Elk doel heeft een eigen hoofdstuk.' },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Dordrecht is een aantrekkelijke stad' },
      { t: 'p', text: 'Dordrecht is een stad met een rijke geschiedenis. De stad is omsloten door rivieren en Nationaal Park De Biesbosch en heeft daardoor water en natuur in de directe omgeving.' },
      { t: 'h', l: 2, text: 'De binnenstad als tweede huiskamer' },
      { t: 'p', text: 'De binnenstad met haar vele historische kwaliteiten heeft veel toeristische waarde. Dordtenaren gebruiken haar als tweede huiskamer. We versterken de verbinding tussen de binnenstad, de Spoorzone en het Energiehuis.' },
      { t: 'h', l: 2, text: 'Erfgoed en rivierfront' },
      { t: 'p', text: 'We beschermen het beschermd stadsgezicht en maken de kades langs Oude Maas, Merwede en Noord beter beleefbaar.' },
      { t: 'h', l: 1, text: 'Dordrecht is een bereikbare stad' },
      { t: 'p', text: 'Om als centrumstad van de regio en toegangspoort tot de Randstad te fungeren, is bereikbaarheid over water, spoor en weg cruciaal.[^De Drechtsteden tellen samen ongeveer 280.000 inwoners.]' },
      { t: 'h', l: 2, text: 'Mobiliteit in een groeiende stad' },
      { t: 'p', text: 'Wanneer alle nieuwe verplaatsingen met de auto plaatsvinden, komt de leefbaarheid onder druk. We kiezen daarom in deze volgorde voor:' },
      { t: 'ol', list: 'Letter', items: ['lopen en fietsen;', 'openbaar vervoer, met de waterbus als vast onderdeel;', { text: 'de auto, met:', sub: ['parkeren aan de rand van de binnenstad;', 'deelmobiliteit in nieuwe wijken.'] }] },
      { t: 'h', l: 1, text: 'Dordrecht is een gezonde stad' },
      { t: 'p', text: 'Bij positieve gezondheid ligt de focus niet op de klacht of ziekte, maar op de mensen zelf, hun veerkracht en wat hun leven betekenisvol maakt. De inrichting van de stad heeft direct effect op de lichamelijke en mentale gezondheid.' },
      { t: 'h', l: 2, text: 'Groen om de hoek' },
      { t: 'p', text: 'Iedere Dordtenaar heeft binnen 300 meter van de woning een aantrekkelijke groene plek.' },
      { t: 'h', l: 1, text: LANG },
      { t: 'p', text: 'Om te kunnen groeien moet Dordrecht een goed vestigingsklimaat hebben en goed op de kaart staan.' },
      { t: 'h', l: 2, text: 'Werklocaties' },
      { t: 'h', l: 3, text: 'Maritieme en logistieke bedrijvigheid' },
      { t: 'p', text: 'Langs de rivieren houden we ruimte voor watergebonden bedrijven. Transformatie van deze terreinen naar wonen is niet aan de orde.' },
      { t: 'h', l: 3, text: 'Gemengde stadsmilieus' },
      { t: 'p', text: 'In de Spoorzone en rond de stations mengen we wonen en werken.' },
      {
        t: 'table',
        cols: [5.5, 3.5, 3.5, 3.7],
        header: ['Gebied', 'Woningen tot 2040', 'Banen tot 2040', 'Karakter'],
        rows: [
          ['Spoorzone', '3.500', '1.500', 'hoogstedelijk'],
          ['Stadswerven', '1.400', '300', 'rivierfront'],
          ['Amstelwijck', '1.000', '200', 'groen stedelijk'],
          ['Overige inbreiding', '4.100', '2.000', 'gemengd'],
        ],
      },
      { t: 'h', l: 1, text: 'Dordrecht is in 2035 klimaatbestendig' },
      { t: 'p', text: 'Dordrecht is een eiland. Buitendijkse gebieden en het Eiland van Dordrecht vragen om een eigen benadering van overstromingsrisico’s.' },
      { t: 'h', l: 2, text: 'Water en hitte' },
      { t: 'p', text: 'We vergroenen pleinen en schoolpleinen en maken ruimte voor waterberging in de wijken.' },
      { t: 'h', l: 1, text: 'Dordrecht is in 2050 energieneutraal' },
      { t: 'p', text: 'We besparen eerst en wekken daarna duurzaam op. Dat vraagt:' },
      { t: 'ul', list: 'Streep', items: ['warmtenetten in de dichtere wijken;', 'zon op daken van bedrijven;', 'ruimte voor netverzwaring.[^Zie ook de Regionale Energiestrategie Drechtsteden.]'] },
      { t: 'h', l: 1, text: 'Dordrecht beschermt en bevordert de biodiversiteit' },
      { t: 'p', text: 'De Biesbosch, de Sliedrechtse Biesbosch en de groene dijken vormen samen een netwerk. We verbinden dat netwerk met de groene structuren in de stad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden van de omgevingsvisie', sep: '. ' },
      { t: 'gio', layout: 'table', cols: [6.2, 10.0], header: ['Werkingsgebied', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Eiland van Dordrecht', 'eiland-van-dordrecht', [0, 0], 6),
    gio('Binnenstad', 'binnenstad', [1, 2], 0.8),
    gio('Spoorzone', 'spoorzone', [2, 0.5], 0.7),
    gio('Watergebonden bedrijventerreinen', 'watergebonden-bedrijventerreinen', [-2, 3], 1.2),
    gio('Nationaal Park De Biesbosch (Dordtse deel)', 'nationaal-park-de-biesbosch-dordtse-deel', [4, -3], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'dordtse-omgevingsvisie-2-0', regeling: 'dordtse-omgevingsvisie-2-0', doel: 'dordtse-omgevingsvisie-2-0' },
    datums: { vaststelling: '2027-05-18', ondertekening: '2027-05-18', bekendmaking: '2027-06-01', inwerkingtreding: '2027-06-02' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0505',
  },
  geo: { origin: [105000, 425000] },
  meubilair: ['^Dordtse Omgevingsvisie 2\\.0 · Eiland met kwaliteit$', '^Vastgesteld door de raad op 18 mei 2027 blz\\. \\d+$'],
}
export default doc
