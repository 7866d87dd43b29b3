/**
 * h119 — provincie Flevoland (pv24), holdout (session 12): the youngest province, land won from the Zuiderzee
 * (Noordoostpolder, Oostelijk and Zuidelijk Flevland; Lelystad, Almere, Dronten, Emmeloord, Urk, Zeewolde). Content
 * after the public pages on the Omgevingsvisie FlevolandStraks (adopted by Provinciale Staten on 8 november 2017; a
 * long-term visie to 2030 and beyond, "koersvast voor de lange termijn en lenig op de korte termijn", no thick report
 * but a visie on hoofdlijnen; the bijzondere verleden of the youngest province as its base; kernopgaven and
 * strategische opgaven with a horizon of ten to fifteen years, worked out in programma's through a programmacyclus of
 * opstellen, uitvoering and monitoring; bestuurlijke, financiële and juridische instrumenten; an invitation to
 * everyone who wants to contribute), here as a revised visie of 2027, shortened and partly in our own words.
 * Layout: A4 in Liberation Serif 10.5 pt with Liberation Sans headings; chapters "1" … "6", sections "1.1", a third
 * level "2.1.1"; a TABLE OF CONTENTS OF CHAPTERS ONLY while the body has three levels; RUNNING HEADERS WITH THE PAGE
 * NUMBER AT THE RIGHT ON ODD PAGES AND AT THE LEFT ON EVEN PAGES; lists "•" and "1."; a table of the opgaven;
 * Statenbesluit "Provinciale Staten van Flevoland; gelezen …; gelet op …; besluiten:" with Artikel I (adoption and
 * withdrawal of FlevolandStraks 2017) and Artikel II (a date); visie as "Bijlage 1"; GIO table Nr. | Naam |
 * Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'pv24'
const gio = (naam: string, werk: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-15', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h119',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie FlevolandStraks (vastgesteld door Provinciale Staten op 8 november 2017; een langetermijnvisie tot 2030 en verder, "koersvast voor de lange termijn en lenig op de korte termijn", een visie op hoofdlijnen; het bijzondere verleden van de jongste provincie als basis; kernopgaven en strategische opgaven met een horizon van tien tot vijftien jaar, uitgewerkt in programma\'s in een programmacyclus; bestuurlijke, financiële en juridische instrumenten; een uitnodiging aan iedereen die wil bijdragen), hier als herziene visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10,5 pt met Liberation Sans-koppen, hoofdstukken "1" … "6", paragrafen "1.1", een derde niveau "2.1.1", INHOUDSOPGAVE VAN ALLEEN DE HOOFDSTUKKEN terwijl de tekst drie niveaus heeft, KOPREGELS MET HET PAGINANUMMER RECHTS OP ONEVEN EN LINKS OP EVEN BLADZIJDEN, lijsten "•" en "1.", een tabel van de opgaven, Statenbesluit "Provinciale Staten van Flevoland; gelezen …; gelet op …; besluiten:" met Artikel I (vaststelling en intrekking van FlevolandStraks 2017) en Artikel II (een datum), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Flevoland',
  title: 'Omgevingsvisie FlevolandStraks 2027',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 13, 11, 10.5],
    headingColor: '#00628B',
    lineHeight: 125,
    spaceAfter: 0.22,
    justify: true,
    page: A4(2.3, 2.2, 2.6, 2.4),
    outline: decimalOutline(''),
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie FlevolandStraks 2027\t\t{page}'],
        headerLeft: ['{page}\t\tProvincie Flevoland'],
      },
    },
    tableBorder: '0.5pt solid #00628B',
    tableHeaderBg: '#DCEBF2',
    tableFontSize: 9,
    tussenkop: { bold: true, italic: true, color: '#00628B', size: 10.5 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Flevoland tot vaststelling van de Omgevingsvisie FlevolandStraks 2027',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2028-02-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provinciaal blad van Flevoland · Statenbesluit nr. 3104877' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Flevoland tot vaststelling van de Omgevingsvisie FlevolandStraks 2027' },
      { t: 'p', text: 'Provinciale Staten van Flevoland;' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 31 oktober 2027, nummer 3104877;' },
      { t: 'p', text: 'overwegende dat de Omgevingsvisie FlevolandStraks van 8 november 2017 toe is aan een herziening, nu de opgaven voor energie, landbouw, wonen en natuur sindsdien zijn veranderd;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en artikel 16.21 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie FlevolandStraks 2027, opgenomen in bijlage 1, met de werkingsgebieden genoemd in bijlage 2, wordt vastgesteld. De Omgevingsvisie FlevolandStraks, vastgesteld op 8 november 2017, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 februari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Flevoland van 15 december 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'drs. M.J. Meijer'], right: ['de voorzitter,', '', '', 'A.P. Verbeek'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie FlevolandStraks 2027',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij Statenbesluit nr. 3104877' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie FlevolandStraks 2027' },
      { t: 'p', style: 'subtitle', text: 'Koersvast voor de lange termijn, lenig op de korte termijn' },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Flevoland is van en voor ons allemaal. Ons gebied is altijd in ontwikkeling. De Omgevingsvisie FlevolandStraks geeft de langetermijnvisie van de provincie Flevoland op de toekomst van dit gebied, tot 2040 en verder.' },
      { t: 'h', l: 2, text: 'Waarom een nieuwe visie' },
      { t: 'p', text: 'De eerste Omgevingsvisie FlevolandStraks stelden Provinciale Staten vast op 8 november 2017. Zij verving het visiedeel van het Omgevingsplan uit 2006. Sindsdien zijn de opgaven voor energie, landbouw, wonen en natuur groter en dringender geworden.' },
      { t: 'h', l: 2, text: 'Geen dik rapport' },
      { t: 'p', text: 'In de omgevingsvisie staat niet precies beschreven wat, waar en wanneer moet komen. We houden rekening met nieuwe inzichten, want morgen weten we meer dan vandaag. De visie zet de koers uit; stap voor stap werken we haar uit.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft het bijzondere verleden van Flevoland, hoofdstuk 3 onze ambities. De hoofdstukken 4 en 5 gaan over de kernopgaven en de strategische opgaven, hoofdstuk 6 over de uitvoering.' },

      { t: 'h', l: 1, text: 'Het nieuwe land' },
      { t: 'p', text: 'Het bijzondere verleden van de jongste provincie van Nederland vormt de basis van de visie.' },
      { t: 'h', l: 2, text: 'Ontworpen land' },
      { t: 'h', l: 3, text: 'Van Zuiderzee tot polder' },
      { t: 'p', text: 'Na de afsluiting van de Zuiderzee werden de Noordoostpolder, Oostelijk en Zuidelijk Flevoland drooggelegd. Het land is ontworpen: rechte kavels, dorpen op loopafstand van de boerderij, steden op de tekentafel.' },
      { t: 'h', l: 3, text: 'Pioniersgeest' },
      { t: 'p', text: 'De eerste bewoners kwamen van overal. Die pioniersgeest — aanpakken en niet te lang praten — is nog altijd een kenmerk van Flevoland.' },
      { t: 'h', l: 2, text: 'Flevoland nu' },
      { t: 'p', text: 'Met Almere, Lelystad, Dronten, Emmeloord, Urk en Zeewolde is Flevoland een provincie van ruim 450.000 inwoners, met de meest productieve landbouwgrond van Europa.' },
      { t: 'h', l: 3, text: 'Kwaliteiten' },
      { t: 'ul', list: 'Punt', items: ['ruimte, openheid en een weids landschap;', 'vruchtbare landbouwgrond en innovatieve boeren;', { text: 'jonge natuur van internationale betekenis:', sub: ['de Oostvaardersplassen;', 'het Markermeer en IJmeer.'] }, 'een ligging tussen de Randstad en het noorden en oosten van het land.'] },

      { t: 'h', l: 1, text: 'Ambities' },
      { t: 'p', text: 'De omgevingsvisie geeft aan welke kansen, opgaven en uitdagingen er voor Flevoland liggen. Daarbij houden wij vast aan vijf waarden die al bij de start van de eerste visie als kompas dienden.' },
      { t: 'h', l: 2, text: 'De maatschappelijke vraag centraal' },
      { t: 'p', text: 'We beginnen bij wat de samenleving vraagt, niet bij de instrumenten die de provincie heeft.' },
      { t: 'h', l: 2, text: 'Flexibel en adaptief' },
      { t: 'p', text: 'Koersvast voor de lange termijn en lenig op de korte termijn: zo kunnen we inspelen op nieuwe inzichten en mogelijkheden.' },
      { t: 'h', l: 2, text: 'Samenwerking met partners' },
      { t: 'p', text: 'De toekomst is afhankelijk van de inzet van velen: inwoners, organisaties, ondernemers en overheden.' },

      { t: 'h', l: 1, text: 'Kernopgaven' },
      { t: 'p', text: 'De omgevingsvisie kent kernopgaven en strategische opgaven. Deze opgaven hebben een tijdshorizon van circa tien tot vijftien jaar.' },
      {
        t: 'table',
        cols: [5.2, 3.4, 7.4],
        header: ['Opgave', 'Soort', 'Uitwerking'],
        rows: [
          ['Energietransitie', 'kernopgave', 'programma Energie en klimaat'],
          ['Toekomstbestendige landbouw', 'kernopgave', 'programma Landbouw'],
          ['Flevoland in de metropoolregio', 'kernopgave', 'programma Verstedelijking'],
          ['Nieuw Land: natuur en recreatie', 'strategische opgave', 'programma Natuur'],
          ['Bodemdaling en klimaatadaptatie', 'strategische opgave', 'programma Water en bodem'],
          ['Bereikbaarheid', 'strategische opgave', 'programma Mobiliteit'],
          ['Vitaal platteland', 'strategische opgave', 'programma Landelijk gebied'],
        ],
      },
      { t: 'h', l: 2, text: 'Energietransitie' },
      { t: 'p', text: 'Flevoland wekt al meer duurzame energie op dan het zelf gebruikt. We willen die voorsprong houden en de opwek beter laten passen bij het net en het landschap.' },
      { t: 'h', l: 3, text: 'Windenergie' },
      { t: 'p', text: 'Nieuwe windturbines plaatsen we in de windplangebieden, in ruil voor het saneren van solitaire turbines.' },
      { t: 'h', l: 3, text: 'Netcongestie' },
      { t: 'p', text: 'Met netbeheerders zoeken we naar opslag en naar het gebruik van stroom dicht bij de plek van opwekking.' },
      { t: 'h', l: 2, text: 'Toekomstbestendige landbouw' },
      { t: 'p', text: 'De landbouw in Flevoland is innovatief en productief. We werken aan een landbouw die ook in 2040 rendabel is en goed samengaat met bodem, water en natuur.' },
      { t: 'h', l: 2, text: 'Flevoland in de metropoolregio' },
      { t: 'p', text: 'Almere en Lelystad groeien mee met de woningvraag in de Metropoolregio Amsterdam. We kiezen voor woningbouw die past bij de identiteit van de steden en de bereikbaarheid.' },

      { t: 'h', l: 1, text: 'Strategische opgaven' },
      { t: 'h', l: 2, text: 'Nieuw Land' },
      { t: 'p', text: 'Met het Nationaal Park Nieuw Land verbinden we de Oostvaardersplassen, de Lepelaarplassen, het Markermeer en het IJmeer tot één groot natuur- en recreatiegebied.' },
      { t: 'h', l: 2, text: 'Bodemdaling en klimaatadaptatie' },
      { t: 'p', text: 'In de Noordoostpolder en Oostelijk Flevoland daalt de bodem. Samen met het waterschap Zuiderzeeland zoeken we naar een peilbeheer dat de bodemdaling afremt.' },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Goede verbindingen over weg, water en spoor zijn voor Flevoland van levensbelang. Wij zetten in op:' },
      { t: 'ol', list: 'Nummer', items: ['een snelle verbinding tussen Almere en Amsterdam;', { text: 'de Lelylijn naar het noorden, met', sub: ['een station in Emmeloord;', 'een goede aansluiting in Lelystad.'] }, 'veilige fietsroutes tussen de dorpen.'] },
      { t: 'h', l: 2, text: 'Vitaal platteland' },
      { t: 'p', text: 'De dorpen houden hun voorzieningen als zij samenwerken. Vrijkomende agrarische gebouwen kunnen een nieuwe functie krijgen.' },

      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programmacyclus' },
      { t: 'p', text: 'We gaan alle opgaven stap voor stap realiseren. Dit doen we via een programmacyclus met de fasen opstellen programma, acties en uitvoering, en monitoring met zo nodig bijsturen.' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      { t: 'ul', list: 'Punt', items: ['bestuurlijke middelen: samenwerking, kennisoverdracht, bestuursovereenkomsten;', 'financiële instrumenten: subsidies, investeringen, fondsen;', 'juridische middelen: programma’s, projectbesluiten, vergunningen en de omgevingsverordening.'] },
      { t: 'h', l: 2, text: 'Een uitnodiging' },
      { t: 'p', text: 'De omgevingsvisie is een uitnodiging van het provinciaal bestuur van Flevoland aan iedereen die wil bijdragen.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '  ' },
      { t: 'gio', layout: 'table', cols: [1.4, 5.2, 9.4], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Provincie Flevoland', 'provincie-flevoland', [0, 0], 25),
    gio('Windplangebieden', 'windplangebieden', [5, 10], 8),
    gio('Nationaal Park Nieuw Land', 'nationaal-park-nieuw-land', [-12, -8], 9),
    gio('Bodemdalingsgebied Noordoostpolder', 'bodemdalingsgebied-noordoostpolder', [8, 25], 7),
    gio('Tracé Lelylijn', 'trace-lelylijn', [2, 15], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-flevolandstraks-2027', regeling: 'omgevingsvisie-flevolandstraks', doel: 'omgevingsvisie-flevolandstraks-2027' },
    datums: { vaststelling: '2027-12-15', ondertekening: '2027-12-15', bekendmaking: '2027-12-22', inwerkingtreding: '2028-02-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV24',
  },
  geo: { origin: [160000, 500000] },
  meubilair: ['^Omgevingsvisie FlevolandStraks 2027\\s+\\d+$', '^\\d+\\s+Provincie Flevoland$'],
}
export default doc
