/**
 * h132 — gemeente Hulst (gm0677), holdout (session 12, corpus10): the Oost-Zeeuws-Vlaamse border gemeente of about
 * 27.000 inwoners (Hulst, Clinge, Graauw, Heikant, Hengstdijk, Kapellebrug, Kloosterzande, Lamswaarde, Nieuw-Namen,
 * Ossenisse, Sint Jansteen, Vogelwaarde), between the Westerschelde and Flanders. Content after the public texts of
 * Hulst on its omgevingsvisie "Land van Hulst 2050" (made with inwoners in the "Tour Inulst" in nine kernen in 2024
 * and an enquête on doemee.inulst.nl; the ontwerp ter inzage from 12 November to 23 December 2025; it replaces the
 * structuurvisie of 2012; landscape, the balance of lively villages and rust in the buitengebied; the position
 * between the port of Antwerpen, the Kanaalzone Gent-Terneuzen and the E17), here adopted in 2026, shortened and
 * partly in our own words. Layout: A5 in Liberation Serif 9.5 pt; chapters "Hoofdstuk 1" (the word in the
 * numbering; nummer "1"), sections "1.1", a third level "3.2.1"; no table of contents; HEADER WITH THE CHAPTER NAME
 * AS A FIELD ("Land van Hulst 2050 · <chapter>"), footer page number centred; lists "–" and "1°" (the Flemish-looking
 * ordinal marker); a table; besluit with Artikel 1–3 ending in "Aldus besloten in de openbare raadsvergadering …"
 * AND A SEPARATE "Ondertekening" BLOCK with the signatures; visie as "Bijlage 1"; GIO list as plain lines in
 * "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0677'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2026', werk, '2026-03-26', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h132',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de gemeente Hulst over haar omgevingsvisie "Land van Hulst 2050" (Tour Inulst in negen kernen in 2024, enquête op doemee.inulst.nl, ontwerp ter inzage van 12 november tot en met 23 december 2025, vervangt de structuurvisie uit 2012, landschap en balans tussen gezellige dorpen en rust in het buitengebied, ligging tussen de haven van Antwerpen, de Kanaalzone Gent-Terneuzen en de E17), hier vastgesteld in 2026, ingekort en deels in eigen woorden; eigen opmaak: A5 in Liberation Serif 9,5 pt, hoofdstukken "Hoofdstuk 1" (het woord in de nummering), paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, KOPTEKST MET DE HOOFDSTUKNAAM ALS VELD, paginanummer onder in het midden, lijsten "–" en "1°", een tabel, besluit met Artikel 1–3, "Aldus besloten …" EN EEN APART BLOK "Ondertekening", visie als "Bijlage 1", GIO-lijst als regels in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hulst',
  title: 'Land van Hulst 2050',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [14, 11, 9.5, 9.5],
    headingColor: '#0B5A3C',
    headingItalic3: true,
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.8, bottom: 1.8, left: 1.7, right: 1.7 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Ordinaal: { kind: 'number', levels: [{ format: '1', suffix: '°' }] },
    },
    masters: {
      Standard: { header: ['Land van Hulst 2050 · {chaptername}'], footer: ['\t{page}'] },
    },
    tableBorder: '0.5pt solid #0B5A3C',
    tableHeaderBg: '#E2EFE8',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 11 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hulst tot vaststelling van de omgevingsvisie Land van Hulst 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2026-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Hulst · zaaknummer 919357 · raadsvergadering 26 maart 2026' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hulst tot vaststelling van de omgevingsvisie Land van Hulst 2050' },
      { t: 'p', text: 'De raad van de gemeente Hulst;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 17 februari 2026;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de omgevingsvisie van woensdag 12 november tot en met dinsdag 23 december 2025 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De omgevingsvisie Land van Hulst 2050, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Structuurvisie Hulst, vastgesteld in 2012, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 mei 2026.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van de gemeente Hulst, gehouden op 26 maart 2026.' },
      { t: 'p', style: 'bold', text: 'Ondertekening' },
      { t: 'p', text: 'De raad voornoemd,' },
      { t: 'p', text: 'de griffier,' },
      { t: 'p', text: 'drs. A.M. de Kort' },
      { t: 'p', text: 'de voorzitter,' },
      { t: 'p', text: 'mr. J.F.A. van Hulle' },
    ],
  },
  visie: {
    opschrift: 'Land van Hulst 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 26 maart 2026' },
      { t: 'p', style: 'title', text: 'Land van Hulst 2050' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie gemeente Hulst' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Hoe ziet het eruit in 2050?' },
      { t: 'p', text: 'Met leefomgeving bedoelen wij alles wat u buiten kunt zien, horen, ruiken en voelen. Centraal in deze visie staat wat Hulst zo bijzonder maakt: het landschap en de goede balans tussen de gezellige dorpen en de rust in het buitengebied.' },
      { t: 'h', l: 2, text: 'Waarom is deze visie nodig?' },
      { t: 'p', text: 'Volgens de Omgevingswet moet elke gemeente een omgevingsvisie maken. Deze visie vervangt de structuurvisie uit 2012.' },
      { t: 'h', l: 2, text: 'Hoe is de visie tot stand gekomen?' },
      { t: 'p', text: 'De visie maakten wij samen met inwoners, ondernemers en andere belanghebbenden:' },
      { t: 'ul', list: 'Streep', items: ['de Tour Inulst in het voorjaar van 2024, met bijeenkomsten in negen kernen;', 'een online enquête op het participatieplatform doemee.inulst.nl;', 'gesprekken met de dorpsraden en de ondernemersverenigingen.'] },
      { t: 'h', l: 1, text: 'Het Land van Hulst' },
      { t: 'h', l: 2, text: 'Ligging' },
      { t: 'p', text: 'Het Land van Hulst ligt tussen de Westerschelde en de Belgische grens, in de driehoek van de haven van Antwerpen, de Kanaalzone Gent-Terneuzen en de E17.' },
      { t: 'h', l: 2, text: 'Kernen' },
      { t: 'table', cols: [3.6, 2.4, 2.4, 2.8], header: ['Kern', 'Inwoners', 'Functie', 'Grens'], rows: [
        ['Hulst', '10.900', 'stad', 'ja'],
        ['Kloosterzande', '2.700', 'hoofdkern', 'nee'],
        ['Sint Jansteen', '2.500', 'woonkern', 'ja'],
        ['Clinge', '2.400', 'woonkern', 'ja'],
        ['Vogelwaarde', '1.400', 'dorp', 'nee'],
      ] },
      { t: 'h', l: 2, text: 'Landschap' },
      { t: 'p', text: 'Het landschap van kreken, dijken en polders is het resultaat van eeuwen bedijking. De Westerschelde met het Verdronken Land van Saeftinghe is van internationale betekenis.' },
      { t: 'h', l: 1, text: 'Wonen en leven' },
      { t: 'h', l: 2, text: 'Gezellige dorpen' },
      { t: 'p', text: 'Iedere kern behoudt een eigen karakter. Wij bouwen voor de eigen inwoners en voor wie in de regio werkt.' },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      { t: 'h', l: 3, text: 'Onderwijs en zorg' },
      { t: 'p', text: 'Scholen en zorgvoorzieningen concentreren wij in Hulst en Kloosterzande; in de dorpen blijven ontmoetingsplekken.' },
      { t: 'h', l: 3, text: 'Over de grens' },
      { t: 'p', text: 'Voor winkels, werk en ziekenhuiszorg gaan veel inwoners naar Vlaanderen. Die verbindingen houden wij open.' },
      { t: 'h', l: 1, text: 'Werken en bezoeken' },
      { t: 'h', l: 2, text: 'Landbouw' },
      { t: 'p', text: 'De akkerbouw op de vruchtbare kleigronden blijft de drager van het buitengebied.' },
      { t: 'h', l: 2, text: 'Bedrijvigheid' },
      { t: 'p', text: 'Nieuwe bedrijven vestigen zich op de bestaande terreinen bij Hulst en Vogelwaarde; wij kiezen eerst voor herstructurering.' },
      { t: 'h', l: 2, text: 'Toerisme' },
      { t: 'p', text: 'De vestingstad Hulst, Saeftinghe en de kreken trekken bezoekers. Wij kiezen voor:' },
      { t: 'ol', list: 'Ordinaal', items: ['rust en ruimte in het buitengebied;', 'kleinschalige verblijfsrecreatie bij bestaande erven;', 'fiets- en wandelroutes over de grens.'] },
      { t: 'h', l: 1, text: 'Klimaat en energie' },
      { t: 'h', l: 2, text: 'Water' },
      { t: 'p', text: 'Zoet water is schaars in Zeeuws-Vlaanderen. Wij houden regenwater vast in de kreken en de bodem.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Zon op daken gaat voor zon in het veld. Grote windturbines passen niet in het open polderlandschap.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Omgevingsplan en programma’s' },
      { t: 'p', text: 'De visie werken wij uit in het omgevingsplan en in programma’s voor wonen en voor het buitengebied.' },
      { t: 'h', l: 2, text: 'Samen verder' },
      { t: 'p', text: 'Wij blijven in gesprek met inwoners, dorpsraden en onze Vlaamse buren.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente Hulst', 'gemeente-hulst', [0, 0], 18),
    gio('Vestingstad Hulst', 'vestingstad-hulst', [2, -3], 2),
    gio('Kreken- en dijkenlandschap', 'kreken-en-dijkenlandschap', [-5, 3], 6),
    gio('Saeftinghe', 'saeftinghe', [9, 8], 4),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-land-van-hulst-2050', regeling: 'omgevingsvisie-land-van-hulst-2050', doel: 'omgevingsvisie-land-van-hulst-2050' },
    datums: { vaststelling: '2026-03-26', ondertekening: '2026-03-26', bekendmaking: '2026-04-02', inwerkingtreding: '2026-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0677',
  },
  geo: { origin: [65000, 365000] },
  meubilair: ['^Land van Hulst 2050 · [A-Z][A-Za-z ]+$', '^\\d+$'],
}
export default doc
