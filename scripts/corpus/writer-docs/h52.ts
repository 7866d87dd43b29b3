/**
 * h52 — gemeente Amsterdam (gm0363), holdout (session 8): a large city. Content after the public pages about the
 * Omgevingsvisie Amsterdam 2050, "een menselijke metropool" (growth to more than a million inhabitants, the five
 * strategic choices polycentrisch ontwikkelen, groeien binnen grenzen, rigoureus vergroenen, duurzaam en slim
 * bewegen and samen stad maken, the stadsdelen Nieuw-West, Noord and Zuidoost, the metropoolregio), shortened and in
 * our own words. Layout: a long document (31 numbered headings) in Liberation Sans 10 pt with capitalised Liberation
 * Serif chapter headings, Word outline numbering from 0 ("0", "0.1", "0.1.1"; numbers only as Word numbering), a
 * generated table of contents with dotted leaders, chapter bodies partly in two-column sections, ✓-lists with –-items, an
 * "a)" list, two footnotes, tables, a header with the chapter number and title (field), footer "Pagina n van m", a
 * raadsbesluit with "gezien", "gelet op", "BESLUIT:", Artikel 1–2 (inwerkingtreding "met ingang van 1 januari 2028"),
 * signatures in two columns, a lower-case "bijlage 1" before the visie and a GIO table Naam | Identificatie |
 * Toelichting of eighteen objects on one page; the table of new centres runs over a page break.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0363'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1.5) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-10', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h52',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie Amsterdam 2050, "een menselijke metropool" (groei naar meer dan een miljoen inwoners, de vijf strategische keuzes polycentrisch ontwikkelen, groeien binnen grenzen, rigoureus vergroenen, duurzaam en slim bewegen en samen stad maken, de stadsdelen Nieuw-West, Noord en Zuidoost, de metropoolregio), ingekort en in eigen woorden; eigen opmaak: lang document (31 genummerde koppen) in Liberation Sans 10 pt met hoofdstukkoppen in kapitalen (Liberation Serif), Word-nummering vanaf 0 ("0", "0.1", "0.1.1"; nummers alleen als Word-nummering), gegenereerde inhoudsopgave met puntlijnen, hoofdstukteksten in tweekoloms secties, ✓-lijsten met –-items, lijst "a)", twee voetnoten, tabellen, kopregel met hoofdstuknummer en -titel (veld), voettekst "Pagina n van m", raadsbesluit met "gezien", "gelet op", "BESLUIT:", Artikel 1–2 met inwerkingtreding "met ingang van 1 januari 2028", handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie, GIO-tabel Naam | Identificatie | Toelichting van achttien objecten op één pagina; de tabel met nieuwe centra loopt over een pagina door (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Amsterdam',
  title: 'Omgevingsvisie Amsterdam 2050',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Serif',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#C8102E',
    headingUpper1: true,
    lineHeight: 112,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.0, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, start: 0 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Vink: { kind: 'bullet', levels: [{ char: '✓', font: 'DejaVu Sans' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }, { format: 'i', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Amsterdam\t\t{chapter}'],
        footer: ['Omgevingsvisie Amsterdam 2050\t\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #999999',
    tableHeaderBg: '#F2D4D8',
    tableFontSize: 8.5,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Amsterdam tot vaststelling van de Omgevingsvisie Amsterdam 2050',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeenteraad · Registratienummer Z-27-41877 · Vergaderdatum 10 november 2027' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Amsterdam tot vaststelling van de Omgevingsvisie Amsterdam 2050' },
      { t: 'p', text: 'De gemeenteraad van Amsterdam,' },
      { t: 'p', text: 'gezien de voordracht van het college van burgemeester en wethouders van 19 september 2027;' },
      { t: 'p', text: 'gezien de zienswijzen die op het ontwerp zijn ingediend en de reactie daarop van het college;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147 van de Gemeentewet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Amsterdam 2050 wordt vastgesteld overeenkomstig de bij dit besluit behorende bijlage 1, met de werkingsgebieden vermeld in bijlage A van de visie.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 10 november 2027.' },
      { t: 'sign', left: ['De voorzitter,', '', '', 'F. Halsema'], right: ['De raadsgriffier,', '', '', 'mr. J.W. de Heer'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Amsterdam 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'bijlage 1 bij het raadsbesluit van 10 november 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Amsterdam 2050' },
      { t: 'p', style: 'subtitle', text: 'Een menselijke metropool' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Een menselijke metropool' },
      { t: 'p', text: 'Amsterdam groeit naar ruim een miljoen inwoners. De stad wil die groei opvangen zonder haar menselijke maat te verliezen: buurten waar je elkaar kent, straten waar je graag loopt, groen om de hoek.' },
      { t: 'h', l: 2, text: 'Wat de visie regelt' },
      { t: 'p', text: 'De omgevingsvisie beschrijft de hoofdlijnen van het beleid voor de fysieke leefomgeving tot 2050. Zij bindt alleen de gemeente. Het omgevingsplan, de programma\'s en de gebiedsplannen werken haar uit.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'Duizenden Amsterdammers dachten mee in buurtgesprekken, online enquêtes en stadsgesprekken. Ook de buurgemeenten in de metropoolregio zijn betrokken.[^Het verslag van de participatie is als afzonderlijk document bij de raadsvoordracht gevoegd.]' },
      { t: 'h', l: 1, text: 'Amsterdam in 2050' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Groei' },
          { t: 'p', text: 'Tot 2050 komen er ongeveer 150.000 woningen en 200.000 banen bij. Die groei vraagt ruimte voor scholen, sport, zorg, groen en energie.' },
          { t: 'h', l: 2, text: 'Kwaliteiten' },
          { t: 'h', l: 3, text: 'De historische binnenstad' },
          { t: 'p', text: 'De grachtengordel staat op de Werelderfgoedlijst. Het centrum moet een woonstad blijven en niet alleen een bestemming voor bezoekers.' },
          { t: 'h', l: 3, text: 'Water' },
          { t: 'p', text: 'Het IJ, de Amstel, de grachten en het IJmeer geven de stad haar gezicht. Het water wordt meer gebruikt voor vervoer, recreatie en koeling.' },
          { t: 'h', l: 3, text: 'Groen om de stad' },
          { t: 'p', text: 'Het Amsterdamse Bos, Waterland, de Amstelscheg en de Brettenzone dringen als groene scheggen tot diep in de stad door.' },
          { t: 'h', l: 2, text: 'Zorgen' },
          { t: 'p', text: 'De woningnood, de tweedeling tussen buurten, de drukte in het centrum en de hitte in versteende wijken zijn de grootste zorgen van Amsterdammers.' },
        ],
      },
      { t: 'h', l: 1, text: 'Polycentrisch ontwikkelen' },
      { t: 'p', text: 'Drie nieuwe centra krijgen voorrang:' },
      {
        t: 'table',
        cols: [4.2, 6.0, 6.4],
        header: ['Centrum', 'Nu', 'In 2050'],
        rows: [
          ['Sloterdijk', 'kantoren, knooppunt', 'gemengde stadswijk'],
          ['Buikslotermeerplein', 'winkelcentrum', 'centrum van Noord\nmet wonen en cultuur'],
          ['Bijlmer ArenA', 'evenementen, kantoren', 'stedelijk centrum van Zuidoost'],
        ],
      },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Meer centra' },
          { t: 'p', text: 'Niet alleen de binnenstad, maar ook de centra van de stadsdelen groeien uit tot plekken met werk, cultuur en voorzieningen. Zo komen kansen dichter bij alle Amsterdammers.' },
          { t: 'h', l: 2, text: 'Stadsdelen' },
          { t: 'h', l: 3, text: 'Nieuw-West' },
          { t: 'p', text: 'Rond Sloterdijk en het Lelylaan-gebied komen woningen en banen bij; de tuinsteden krijgen betere voorzieningen.' },
          { t: 'h', l: 3, text: 'Noord' },
          { t: 'p', text: 'Noord groeit langs het IJ en de Noord/Zuidlijn. De tuindorpen en Landelijk Noord houden hun karakter.' },
          { t: 'h', l: 3, text: 'Zuidoost' },
          { t: 'p', text: 'Rond de Arena en het station Bijlmer ArenA ontstaat een levendig stedelijk centrum.' },
        ],
      },
      { t: 'h', l: 1, text: 'Groeien binnen grenzen' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Circulair en klimaatneutraal' },
          { t: 'p', text: 'Amsterdam wil in 2050 volledig circulair zijn en geen CO2 meer uitstoten. Bouwen gebeurt met hergebruikte en biobased materialen.' },
          { t: 'h', l: 2, text: 'Energie' },
          { t: 'p', text: 'De stad gaat van het aardgas af. Daarvoor zijn nodig:' },
          {
            t: 'ul',
            list: 'Vink',
            items: [
              'warmtenetten en warmte-koudeopslag;',
              { text: 'ruimte voor het elektriciteitsnet, zoals:', sub: ['nieuwe onderstations;', 'buurtbatterijen.'] },
              'zon op alle geschikte daken.',
            ],
          },
        ],
      },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Nieuwe woningen komen in de bestaande stad: 40 procent sociale huur, 40 procent middeldure huur en koop, 20 procent duur.[^Deze verdeling volgt het woonbeleid dat de raad eerder vaststelde.]' },
      { t: 'h', l: 1, text: 'Rigoureus vergroenen' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Groen in de buurt' },
          { t: 'p', text: 'Elke Amsterdammer heeft binnen vijf minuten lopen een groene plek. Straten, pleinen en daken worden groener.' },
          { t: 'h', l: 2, text: 'Water en klimaatadaptatie' },
          { t: 'p', text: 'Bij hevige regen mag geen water in woningen lopen. Daken, straten en parken vangen water op; bij hitte bieden bomen en water verkoeling.' },
        ],
      },
      { t: 'h', l: 1, text: 'Duurzaam en slim bewegen' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Lopen en fietsen voorop' },
          { t: 'p', text: 'In de stad krijgen voetgangers en fietsers de meeste ruimte. De auto is te gast; het maximum is 30 kilometer per uur.' },
          { t: 'h', l: 2, text: 'Openbaar vervoer' },
          { t: 'p', text: 'Wij werken met Rijk en regio aan:' },
          { t: 'ol', list: 'Letter', items: ['het sluiten van de metroring;', 'de verlenging van de Noord/Zuidlijn naar Schiphol;', 'meer ruimte voor fietsparkeren bij stations.'] },
        ],
      },
      { t: 'h', l: 1, text: 'Samen stad maken' },
      { t: 'h', l: 2, text: 'Met bewoners' },
      { t: 'p', text: 'Amsterdammers krijgen meer invloed op hun eigen buurt, via buurtbudgetten, participatie bij projecten en het recht om zelf initiatieven te nemen.' },
      { t: 'h', l: 2, text: 'Met de regio' },
      { t: 'p', text: 'De groei van de stad en de metropoolregio hangen samen. Wonen, werken, groen en bereikbaarheid stemmen wij af met de gemeenten in de Metropoolregio Amsterdam en met de provincie Noord-Holland.' },
      { t: 'h', l: 2, text: 'Uitvoering' },
      { t: 'p', text: 'De visie werkt door in het omgevingsplan, in programma\'s en in gebiedsplannen. Elke vier jaar rapporteert het college over de voortgang.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: ' — ' },
      { t: 'p', text: 'De onderstaande werkingsgebieden horen bij de Omgevingsvisie Amsterdam 2050. Zij zijn als geometrische informatieobjecten vastgelegd in de landelijke voorziening. De begrenzing is indicatief; zij geeft aan waar een keuze uit de visie in het bijzonder geldt.' },
      { t: 'p', text: 'Waar een werkingsgebied samenvalt met een gebied dat het Rijk of de provincie heeft aangewezen, zoals het werelderfgoed of het Natuurnetwerk Nederland, volgt de visie die begrenzing.' },
      { t: 'gio', layout: 'table', cols: [5.0, 7.0, 4.6], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Amsterdam', 'gemeente-amsterdam', 'het hele grondgebied', [0, 0], 10),
    gio('Grachtengordel (UNESCO-werelderfgoed)', 'grachtengordel-werelderfgoed', 'bescherming erfgoed', [0, 0], 1),
    gio('Centrum Sloterdijk', 'centrum-sloterdijk', 'nieuw stadscentrum', [-4, 1.5]),
    gio('Lelylaan-gebied', 'lelylaan-gebied', 'verdichting bij station', [-4.5, -1]),
    gio('Buikslotermeerplein e.o.', 'buikslotermeerplein', 'centrum van Noord', [1.5, 3]),
    gio('Bijlmer ArenA en Amstel III', 'bijlmer-arena-amstel-iii', 'centrum van Zuidoost', [4, -7]),
    gio('Havenstad (Haven-Stad)', 'havenstad', 'transformatie haven naar stad', [-3, 3]),
    gio('IJ-oevers', 'ij-oevers', 'wonen en werken aan het IJ', [0, 2]),
    gio('Amsterdamse Bos', 'amsterdamse-bos', 'groene scheg', [-5, -6], 2),
    gio('Waterland en Landelijk Noord', 'waterland-landelijk-noord', 'landschap, behoud', [3, 6], 3),
    gio('Amstelscheg', 'amstelscheg', 'groene scheg langs de Amstel', [2, -5], 2),
    gio('Brettenzone', 'brettenzone', 'groene scheg in het westen', [-6, 2], 2),
    gio('IJburg en Zeeburgereiland', 'ijburg-zeeburgereiland', 'wonen aan het IJmeer', [6, 1], 2),
    gio('Metroring (zoekgebied)', 'metroring-zoekgebied', 'sluiten van de metroring', [-3, -3], 2),
    gio('Noord/Zuidlijn naar Schiphol (tracé)', 'noord-zuidlijn-schiphol', 'verlenging metro', [-4, -5], 1.5),
    gio('Warmte-infrastructuur Westpoort', 'warmte-westpoort', 'ruimte voor warmtebronnen', [-7, 4], 1.5),
    gio('Zoekgebied onderstations', 'zoekgebied-onderstations', 'elektriciteitsnet', [1, -2], 3),
    gio('Hitte-aandachtsgebieden', 'hitte-aandachtsgebieden', 'versneld vergroenen', [0, -1], 4),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-amsterdam-2050', regeling: 'omgevingsvisie-amsterdam-2050', doel: 'omgevingsvisie-amsterdam-2050' },
    datums: { vaststelling: '2027-11-10', ondertekening: '2027-11-10', bekendmaking: '2027-11-17', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0363',
  },
  geo: { origin: [121000, 487000] },
  meubilair: ['^Omgevingsvisie Amsterdam 2050 Pagina \\d+ van \\d+$'],
}
export default doc
