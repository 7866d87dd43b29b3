/**
 * h216 — gemeente Overbetuwe (gm1734), holdout (session 14): the Gelderse gemeente of some 49.000 inwoners between
 * Nijmegen and Arnhem, formed in 2001 from Elst, Heteren and Valburg, with the kernen Elst, Heteren, Driel, Randwijk,
 * Zetten, Andelst, Hemmen, Herveld, Oosterhout, Slijk-Ewijk, Valburg and Homoet. Content after the public texts on the
 * "Omgevingsvisie Overbetuwe 2040" (adopted by the raad on 1 October 2019; made in three phases of co-creatie:
 * Omgevingsagenda, Omgevingsmanifest, Omgevingsvisie; the "Overbetuws DNA" with the kernwaarden bodem en landschap,
 * netwerk en infrastructuur en occupatie; six opgaven: Vitaal buitengebied in beweging, Innovatieruimte voor
 * ondernemerschap, Samen werken aan energietransitie, Gevarieerde dorpse woonomgeving, Netwerk verbonden met
 * samenleving, Voorzieningen geclusterd; initiatiefnemers as "contextkenners", the gemeente rather asking questions
 * than giving answers) and the gemeente's pages on the update of the visie (a Koersdocument after an enquête of 3.000
 * inwoners), here as the renewed visie of 2028, shortened and partly in our own words. Layout: LibreOffice, A4
 * LANDSCAPE, Nimbus Sans Narrow 10 pt with URW Gothic headings; chapters "1" … "9", sections "1.1", a third level
 * "2.1.1"; no table of contents; a TWO-COLUMN section; a FOOTNOTE; header "Omgevingsvisie Overbetuwe 2040" left and
 * "Overbetuwe, voor elkaar" right, page number centred "– n –" below; lists "•" and "1."; a table; raadsbesluit with
 * Artikel 1–3, the last one "de dag na die van de bekendmaking" (no date); the GIOs as lines "naam: identificatie" in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1734'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-10', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h216',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Overbetuwe 2040" (op 1 oktober 2019 door de raad vastgesteld; in drie fasen van co-creatie gemaakt: Omgevingsagenda, Omgevingsmanifest, Omgevingsvisie; het "Overbetuws DNA" met de kernwaarden bodem en landschap, netwerk en infrastructuur en occupatie; zes opgaven: Vitaal buitengebied in beweging, Innovatieruimte voor ondernemerschap, Samen werken aan energietransitie, Gevarieerde dorpse woonomgeving, Netwerk verbonden met samenleving, Voorzieningen geclusterd; initiatiefnemers als "contextkenners") en de pagina\'s van de gemeente over de update van de visie (een Koersdocument na een enquête onder 3.000 inwoners), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND, Nimbus Sans Narrow 10 pt met koppen in URW Gothic, hoofdstukken "1" … "9", paragrafen "1.1", een derde niveau "2.1.1", geen inhoudsopgave, een sectie in TWEE KOLOMMEN, een VOETNOOT, koptekst "Omgevingsvisie Overbetuwe 2040" links en "Overbetuwe, voor elkaar" rechts, paginanummer "– n –" gecentreerd onderaan, lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–3 (inwerkingtreding de dag na bekendmaking, geen datum), GIO\'s als regels "naam: identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Overbetuwe',
  title: 'Omgevingsvisie Overbetuwe 2040',
  style: {
    font: 'Nimbus Sans Narrow',
    size: 10,
    headingFont: 'URW Gothic',
    headingSizes: [20, 13, 11, 10],
    headingColor: '#b3541e',
    lineHeight: 120,
    spaceAfter: 0.18,
    page: { width: 29.7, height: 21, top: 1.7, bottom: 1.6, left: 2.0, right: 2.0 },
    outline: decimalOutline('', 1),
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Overbetuwe 2040\t\tOverbetuwe, voor elkaar'],
        footer: ['\t– {page} –\t'],
      },
    },
    tableBorder: '0.5pt solid #b3541e',
    tableHeaderBg: '#f6e6dc',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Overbetuwe 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Overbetuwe 2040' },
      p('De raad van de gemeente Overbetuwe;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 29 augustus 2028, zaaknummer Z.28-41127;'),
      p('overwegende dat:'),
      ul([
        'de Omgevingsvisie Overbetuwe 2040 van 1 oktober 2019 is geactualiseerd op basis van een Koersdocument, een enquête waaraan ruim 3.000 inwoners deelnamen en verdiepende gesprekken met inwoners, ondernemers en bijzondere doelgroepen;',
        'het ontwerp van 22 juni tot en met 2 augustus 2028 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in een Nota van beantwoording;',
      ]),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Overbetuwe 2040, herziening 2028, met de geografische informatieobjecten genoemd in bijlage 1, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Overbetuwe 2040 zoals vastgesteld op 1 oktober 2019 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op de dag na die van de bekendmaking.'),
      p('Aldus besloten in de openbare raadsvergadering van 10 oktober 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'drs. M.A. Verhoeven'], right: ['de voorzitter,', '', 'A.J.M. Huisman'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Overbetuwe 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Overbetuwe 2040' },
      { t: 'p', style: 'subtitle', text: 'Samen ervoor zorgen dat het goed leven is én blijft in Overbetuwe' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Een uitnodigende visie'),
      p('De leefomgeving is van ons allemaal. Iedereen heeft baat en belang bij een goede kwaliteit daarvan. Deze Omgevingsvisie geeft richting en is vooral een uitnodiging om mee te denken en mee te doen bij de uitvoering. Inwoners, ondernemers en organisaties zijn allemaal ‘mede-eigenaar’ van de leefomgeving.[^De eerste Omgevingsvisie Overbetuwe 2040 is op 1 oktober 2019 door de gemeenteraad vastgesteld; deze herziening vervangt haar.]'),
      h(2, 'Zo is de visie gemaakt'),
      p('De eerste visie kwam in drie fasen in co-creatie tot stand:'),
      ol(['Agendering: de Omgevingsagenda, met Rollend Overbetuwe, gastlessen, inloopavonden en interviews;', 'Hoofdlijnen: het Omgevingsmanifest, met een scholierendebat en acht Overbetuwse cafés;', 'Verdieping: de Omgevingsvisie, besproken in acht inloopontmoetingen.']),
      p('Voor deze herziening vulden ruim 3.000 mensen een online enquête in en voerden we verdiepende gesprekken over voorzieningen, wonen, duurzaamheid en mobiliteit. De uitkomsten staan in het Koersdocument.'),
      h(2, 'Rol van de gemeente'),
      p('Bij het uitwerken van ideeën en initiatieven krijgen initiatiefnemers een grotere rol. De kwaliteit van plannen wordt hoger door ‘contextkenners’ vroeg te betrekken. De gemeente is eerder vragenstellend dan antwoordgevend.'),
      { t: 'break' },
      h(1, 'Het Overbetuws DNA'),
      p('Inwoners waarderen het ‘Overbetuws DNA’. We beschrijven het aan de hand van drie kernwaarden.'),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Bodem en landschap'),
          p('Het cultuurhistorisch gegroeide Betuwse rivierenlandschap, met oeverwallen, komgronden en de uiterwaarden van Rijn en Waal, is de basis van Overbetuwe.'),
          h(3, 'Oeverwallen en kommen'),
          p('Op de hogere oeverwallen liggen de dorpen, boomgaarden en linten; de lage kommen zijn open en nat.'),
          h(3, 'Uiterwaarden'),
          p('De uiterwaarden van de Nederrijn bij Heteren en Randwijk zijn rivierennatuur en waterberging.'),
          h(2, 'Netwerk en infrastructuur'),
          p('De A15, de A50, de Betuweroute en de spoorlijn Arnhem–Nijmegen met station Elst doorsnijden de gemeente.'),
          h(2, 'Occupatie'),
          p('De manier waarop mensen het gebied hebben bewoond, zie je terug in de dorpen, de linten en de verspreide erven.'),
        ],
      },
      { t: 'break' },
      h(1, 'Kernen en werklocaties'),
      p('Alle woonkernen en werklocaties hebben hun eigen karakteristiek en waarden.'),
      {
        t: 'table',
        cols: [5, 9, 11.5],
        header: ['Kern', 'Karakter', 'Koers 2040'],
        rows: [
          ['Elst', 'grootste kern, station, centrumvoorzieningen', 'verdichten rond station en centrum'],
          ['Heteren en Driel', 'dorpen aan de Nederrijn', 'wonen voor eigen inwoners, rivier als kwaliteit'],
          ['Zetten, Andelst en Hemmen', 'dorpen aan de Linge en de oeverwal', 'voorzieningen clusteren in Zetten'],
          ['Park Lingezegen', 'regionaal park tussen Arnhem en Nijmegen', 'recreatie en landschap'],
        ],
      },
      { t: 'break' },
      h(1, 'Vitaal buitengebied in beweging'),
      h(2, 'Landbouw met toekomst'),
      p('Het buitengebied is in beweging. We geven ruimte aan agrarische bedrijven die willen omschakelen, en aan nieuwe functies op vrijkomende erven.'),
      h(2, 'Fruitteelt'),
      p('De fruitteelt hoort bij het Betuwse landschap. We houden rekening met de bescherming van omwonenden tegen gewasbeschermingsmiddelen.'),
      h(1, 'Innovatieruimte voor ondernemerschap'),
      p('Bedrijven krijgen ruimte om te innoveren op de bestaande bedrijventerreinen, zoals Westeraam en Park Aam in Elst.'),
      ul(['eerst bestaande terreinen beter benutten;', 'logistiek langs de A15 alleen met meerwaarde voor de regio;', 'werken aan huis in de kernen mogelijk maken.']),
      h(1, 'Samen werken aan energietransitie'),
      p('Overbetuwe wil energieneutraal worden. We werken samen met inwoners en energiecoöperaties aan zon op daken en op daarvoor geschikte plekken in het landschap.'),
      h(1, 'Gevarieerde dorpse woonomgeving'),
      h(2, 'Woningbouw'),
      p('We bouwen woningen voor alle doelgroepen, met voorrang voor starters en ouderen, in alle kernen naar behoefte en in Elst als groeikern.'),
      h(2, 'Woonomgeving'),
      p('Nieuwe woonwijken sluiten aan op het dorpse karakter, met groen, water en ruimte om elkaar te ontmoeten.'),
      h(1, 'Netwerk verbonden met samenleving'),
      p('Een goed netwerk van wegen, fietspaden en openbaar vervoer verbindt de kernen met elkaar en met Arnhem en Nijmegen. De snelfietsroute Arnhem–Nijmegen loopt door Elst.'),
      h(1, 'Voorzieningen geclusterd'),
      p('We clusteren voorzieningen in de grotere kernen en zorgen dat ze voor de inwoners van de kleinere kernen bereikbaar zijn.'),
      h(1, 'Uitvoering'),
      h(2, 'Programma’s en omgevingsplan'),
      p('De ambities uit deze visie werken we samen met de samenleving uit in programma’s en in het omgevingsplan.'),
      h(2, 'Actualisatie'),
      p('We houden de visie actueel en kijken elke vier jaar of keuzes moeten worden aangescherpt.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente Overbetuwe', 'gemeente-overbetuwe', [0, 0], 9),
    gio('Uiterwaarden Nederrijn', 'uiterwaarden-nederrijn', [0, 3], 2),
    gio('Stationsomgeving Elst', 'stationsomgeving-elst', [1, 0], 0.6),
    gio('Park Lingezegen', 'park-lingezegen', [2.5, 1], 1.5),
    gio('Fruitteeltgebied Zetten-Andelst', 'fruitteeltgebied-zetten-andelst', [-3, -1], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-overbetuwe-2040', regeling: 'omgevingsvisie-overbetuwe-2040', doel: 'omgevingsvisie-overbetuwe-2040' },
    datums: { vaststelling: '2028-10-10', ondertekening: '2028-10-10', bekendmaking: '2028-10-19' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1734',
  },
  geo: { origin: [185000, 434000] },
  meubilair: ['^Omgevingsvisie Overbetuwe 2040\\s+Overbetuwe, voor elkaar$', '^– \\d+ –$'],
}
export default doc
