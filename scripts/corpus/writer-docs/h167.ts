/**
 * h167 — gemeente Oldambt (gm1895), holdout (session 13): the Groninger gemeente of some 38.000 inwoners formed in
 * 2010 from Scheemda, Winschoten and Reiderland, with Winschoten as the centre, Blauwestad and the Oldambtmeer, the
 * vesting Bad Nieuweschans on the German border, the Dollard and the wide graanpolders of the "graanrepubliek".
 * Content after the public texts on the Omgevingsvisie Oldambt 2025 – 2055 (ontwerp published in the Gemeenteblad as
 * gmb-2025-230237 with "Artikel I" … "Artikel III" and the visie as "Bijlage A"; "Hoofdstuk 1 Inleiding", "1.1
 * Voorwoord", "1.2 Wat is de Omgevingsvisie"; "de klei, dat zijn wij!"; adopted unanimously on 19 November 2025;
 * five pijlers: Iedereen doet mee, Leefbare dorpen en wijken, Ondernemerschap en vitaliteit, De nieuwe graanrepubliek,
 * Klimaatbestendig en energiebewust; brede welvaart; the stedelijk hart rond Blauwestad), here as a revised visie of
 * 2028, partly in our own words. Layout: A4 in Liberation Sans 10 pt; chapters "Hoofdstuk 1" with LONG TITLES in
 * 20 pt that WRAP over two or three lines; sections "1.1", third level "3.2.1"; chapter 4 with ELEVEN sections
 * ("4.10", "4.11"); numbered ambitions "1. Wij willen …" as list items; bold run-in tussenkoppen; table of contents
 * of chapters; header "Oldambt · Omgevingsvisie 2025 – 2055", footer "Pagina n"; lists "•" and "1."; a table;
 * raadsbesluit with Artikel I–III; GIO table Naam | Identificatie in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1895'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-15', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const tk = (text: string) => ({ t: 'tk' as const, text })

const doc: Doc = {
  id: 'h167',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie Oldambt 2025 – 2055 (ontwerp in het Gemeenteblad gmb-2025-230237 met "Artikel I" … "Artikel III" en de visie als "Bijlage A", "Hoofdstuk 1 Inleiding", "1.1 Voorwoord", "1.2 Wat is de Omgevingsvisie", "de klei, dat zijn wij!"; op 19 november 2025 unaniem vastgesteld; vijf pijlers: Iedereen doet mee, Leefbare dorpen en wijken, Ondernemerschap en vitaliteit, De nieuwe graanrepubliek, Klimaatbestendig en energiebewust; brede welvaart; het stedelijk hart rond Blauwestad), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukken "Hoofdstuk 1" met LANGE titels in 20 pt die over twee of drie regels lopen, paragrafen "1.1", een derde niveau "3.2.1", hoofdstuk 4 met ELF paragrafen ("4.10", "4.11"), genummerde ambities "1. Wij willen …" als lijstitems, vette tussenkoppen, inhoudsopgave van de hoofdstukken, kopregel "Oldambt · Omgevingsvisie 2025 – 2055", voettekst "Pagina n", lijsten "•" en "1.", een tabel, raadsbesluit met Artikel I–III, GIO-tabel Naam | Identificatie in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Oldambt',
  title: 'Omgevingsvisie Oldambt 2025 – 2055',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [20, 13, 11, 10],
    headingColor: '#7A4A10',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: A4(2.2, 2.0, 3.2, 3.2),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Ambitie: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOldambt · Omgevingsvisie 2025 – 2055'],
        footer: ['\t\tPagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #7A4A10',
    tableHeaderBg: '#F1E6D3',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#7A4A10' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Oldambt tot vaststelling van de Omgevingsvisie Oldambt 2025 – 2055',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Oldambt tot vaststelling van de Omgevingsvisie Oldambt 2025 – 2055' },
      p('De raad van de gemeente Oldambt;'),
      p('gelezen het voorstel van burgemeester en wethouders van 10 oktober 2028, nummer 2028-118;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat het ontwerp van de Omgevingsvisie Oldambt met ingang van 4 mei 2028 zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen;'),
      { t: 'p', style: 'center', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De Omgevingsvisie Oldambt 2025 – 2055 wordt vastgesteld zoals is aangegeven in Bijlage A, met de geografische informatieobjecten genoemd in de bijlage bij de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Omgevingsvisie Oldambt, vastgesteld op 30 oktober 2017, wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 1 januari 2029.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Oldambt op 15 november 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'A.J. Smit'], right: ['De voorzitter,', '', 'C. Bakker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Oldambt 2025 – 2055',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Bijlage A' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Oldambt 2025 – 2055' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan ons Oldambt' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
    ],
    body: [
      { t: 'break' },
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Voorwoord' },
      p('Voor u ligt de Omgevingsvisie over ons Oldambt: een gebied om trots op te zijn. Bij het maken van de visie voerden we veel gesprekken. En vroeg of laat kwamen al deze gesprekken op het landschap, de weidsheid van de polders en de prachtige vergezichten. Waar het nog stil is en de nacht donker. Trots op onze plek. Dat is wat ons bindt. Want de klei, dat zijn wij!'),
      p('Tegelijkertijd kijken we vooruit. We zetten in op het verder verbeteren van de leefbaarheid, bijvoorbeeld door meer ruimte te geven voor woningbouw in alle dorpen. We werken aan een toekomstbestendige economie. En boven alles willen we dat iedereen mee kan doen in onze samenleving. Met als doel meer brede welvaart voor iedereen.'),
      { t: 'h', l: 2, text: 'Wat is de Omgevingsvisie' },
      p('De Omgevingsvisie vertelt onze visie op onze leefomgeving. Deze Omgevingsvisie gaat over de hele gemeente Oldambt. Op strategisch niveau geven we aan hoe wij de toekomst van de gemeente zien en hoe we richting geven aan de ontwikkeling van onze gemeente. Dat doen we met een integrale blik: waar dat kan verbinden we ruimtelijke opgaven met sociale vraagstukken en economische uitdagingen.'),
      { t: 'h', l: 2, text: 'Leeswijzer' },
      p('Hoofdstuk 2 beschrijft Oldambt zoals het nu is. De hoofdstukken 3 tot en met 7 werken de vijf pijlers uit. Hoofdstuk 8 gaat over de uitvoering.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Oldambt nu: een weids landschap tussen de Dollard, de graanpolders en de veenkoloniën' },
      { t: 'h', l: 2, text: 'Ontstaan en ligging' },
      p('De gemeente is op 1 januari 2010 ontstaan uit Scheemda, Winschoten en Reiderland. Zij ligt tussen de stad Groningen en de Duitse grens, aan de A7 en de spoorlijn naar Leer.'),
      { t: 'h', l: 2, text: 'Kernwaarden' },
      p('De kernwaarden van Oldambt zijn:'),
      { t: 'ul', list: 'Bol', items: ['ruimte, rust en duisternis;', 'het landschap van de graanrepubliek met zijn boerderijen;', { text: 'verbindingen', sub: ['de snelweg en het spoor;', 'het water van het Oldambtmeer en de kanalen;', 'de grens met Duitsland.'] }, 'gastvrijheid en natuur.'] },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Iedereen doet mee: een sterke samenleving als basis voor brede welvaart' },
      p('Deze pijler legt de basis. Het welbevinden van onze inwoners is ons grootste goed. Investeren in de vitaliteit van onze samenleving staat voorop.'),
      { t: 'h', l: 2, text: 'Onze ambities' },
      { t: 'ol', list: 'Ambitie', items: ['Wij willen dat iedere inwoner zich thuis voelt in zijn dorp of wijk.', 'Wij willen generatiearmoede doorbreken, samen met onderwijs en werkgevers.', 'Wij willen een leefomgeving die uitnodigt tot bewegen en ontmoeten.'] },
      { t: 'h', l: 2, text: 'Gezondheid' },
      { t: 'h', l: 3, text: 'Bewegen in de buitenruimte' },
      p('Wandel- en fietsroutes verbinden de dorpen met het landschap. Speelplekken liggen binnen driehonderd meter van elke woning.'),
      { t: 'h', l: 3, text: 'Voorzieningen dichtbij' },
      p('Huisarts, school en sportveld blijven bereikbaar, ook voor wie geen auto heeft.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Leefbare dorpen en wijken' },
      p('Elk dorp en elke wijk heeft een eigen karakter. Wij geven meer ruimte voor woningbouw in alle dorpen, op maat van het dorp.'),
      { t: 'h', l: 2, text: 'Winschoten' },
      p('Winschoten is het stedelijk centrum met de voorzieningen voor de hele regio.'),
      { t: 'h', l: 2, text: 'Blauwestad' },
      p('Rond Blauwestad vergroten wij het stedelijk hart, dat een belangrijke regiofunctie vervult.'),
      { t: 'h', l: 2, text: 'Scheemda' },
      p('Scheemda behoudt zijn winkels en het station.'),
      { t: 'h', l: 2, text: 'Midwolda' },
      p('Midwolda ligt aan het Oldambtmeer; wij versterken de verbinding tussen dorp en water.'),
      { t: 'h', l: 2, text: 'Heiligerlee' },
      p('Heiligerlee koestert het monument van de slag van 1568 en de klokkengieterij.'),
      { t: 'h', l: 2, text: 'Oostwold' },
      p('Oostwold krijgt ruimte voor starterswoningen.'),
      { t: 'h', l: 2, text: 'Finsterwolde' },
      p('In Finsterwolde ondersteunen wij het dorpshuis als ontmoetingsplek.'),
      { t: 'h', l: 2, text: 'Beerta' },
      p('Beerta houdt zijn basisschool en sportvoorzieningen.'),
      { t: 'h', l: 2, text: 'Nieuw-Beerta' },
      p('Nieuw-Beerta ligt midden in de polder; wij beschermen de open ruimte eromheen.'),
      { t: 'h', l: 2, text: 'Bad Nieuweschans' },
      p('De vesting Bad Nieuweschans is een poort naar Duitsland en een kuuroord. De vestingwerken blijven zichtbaar.'),
      { t: 'h', l: 2, text: 'Drieborg, Ganzedijk en Hongerige Wolf' },
      p('In de kleinste kernen aan de Dollard staat de leefbaarheid centraal. Kleine initiatieven van inwoners krijgen voorrang.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Ondernemerschap en vitaliteit: ruimte voor werk, bedrijvigheid, recreatie en toerisme in stad en platteland' },
      { t: 'h', l: 2, text: 'Werklocaties' },
      tk('Bestaande terreinen eerst.'),
      p('Nieuwe bedrijven vestigen zich eerst op de bestaande bedrijventerreinen in Winschoten en Scheemda. Pas daarna kijken wij naar uitbreiding.'),
      tk('Grensoverschrijdend.'),
      p('Samen met de Landkreis Leer werken wij aan een arbeidsmarkt zonder grens.'),
      { t: 'h', l: 2, text: 'Recreatie en toerisme' },
      p('Het Oldambtmeer, de Dollard en de vesting trekken bezoekers. Wij zetten in op verblijfsrecreatie die past bij rust en ruimte.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'De nieuwe graanrepubliek' },
      p('Het landschap is uniek en werelderfgoedwaardig, de trots van elke inwoner. De landbouw blijft de drager ervan.'),
      { t: 'h', l: 2, text: 'Landbouw' },
      p('Wij zien de volgende ontwikkelrichtingen voor de landbouw:'),
      {
        t: 'table',
        cols: [4.5, 10.1],
        header: ['Gebied', 'Ontwikkelrichting'],
        rows: [
          ['Kleipolders', 'grootschalige akkerbouw, schaalvergroting binnen het bouwvlak'],
          ['Dollardkust', 'akkerbouw met natuur en zilte teelt'],
          ['Veenkoloniale rand', 'gemengde bedrijven, kleinschalige verbreding'],
        ],
      },
      { t: 'h', l: 2, text: 'Erfgoed' },
      p('De villaboerderijen, de lange lanen en de wierden vertellen het verhaal van de graanrepubliek.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Klimaatbestendig en energiebewust' },
      { t: 'h', l: 2, text: 'Water' },
      p('Wij houden water vast in het Oldambtmeer en in de polders en werken met het waterschap Hunze en Aa’s aan de dijken langs de Dollard.'),
      { t: 'h', l: 2, text: 'Energie' },
      p('Zon op daken heeft voorrang. Grote zonneparken komen alleen in het zoekgebied in Reiderland.'),
      { t: 'break' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s en omgevingsplan' },
      p('Wij werken de visie uit in programma’s en in het omgevingsplan. Wij pakken daarvoor de regie; doet u met ons mee?'),
      { t: 'h', l: 2, text: 'Monitoring' },
      p('Elke twee jaar rapporteren wij aan de raad over de voortgang op de vijf pijlers.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5, 9.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Oldambt', 'gemeente-oldambt', [0, 0], 12),
    gio('Stedelijk hart Blauwestad', 'stedelijk-hart-blauwestad', [-3, 1], 2),
    gio('Zoekgebied zonne-energie Reiderland', 'zoekgebied-zon-reiderland', [6, -2], 3),
    gio('Vesting Bad Nieuweschans', 'vesting-bad-nieuweschans', [9, -4], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-oldambt', regeling: 'omgevingsvisie-oldambt', doel: 'omgevingsvisie-oldambt' },
    datums: { vaststelling: '2028-11-15', ondertekening: '2028-11-15', bekendmaking: '2028-11-22', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1895',
  },
  geo: { origin: [265000, 575000] },
  meubilair: ['^Oldambt · Omgevingsvisie 2025 – 2055$', '^Pagina \\d+$'],
}
export default doc
