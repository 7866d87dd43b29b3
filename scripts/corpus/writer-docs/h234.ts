/**
 * h234 — gemeente Kapelle (gm0678), holdout (session 14): the Zeeuwse gemeente of some 13.000 inwoners on
 * Zuid-Beveland with the kernen Kapelle, Biezelinge, Wemeldinge, Schore and Eversdijk, between the Oosterschelde
 * and the Westerschelde, known for its fruitteelt. Content after the public texts on the "Omgevingsvisie Kapelle"
 * (the web page "Hoe ziet de gemeente Kapelle er in 2040 uit?": an attractive, green woongemeente for everyone where
 * ondernemers and inwoners contribute to the woongenot; the Strategisch Kompas of 2019 as vertrekpunt; the
 * Masterplan Wemeldinge; a Startnotitie) and the Structuurvisie 2012–2030 (the fruitteelt's schaalvergroting, the
 * recreatie in Wemeldinge), here as an omgevingsvisie of 2028, shortened and partly in our own words. Layout:
 * LibreOffice, A4 LANDSCAPE, Liberation Sans 10 pt in two columns in places; parts "Deel A", "Deel B", "Deel C" as
 * level 1 (nummer "A"), chapters "Hoofdstuk 1" under each part (numbers start again in each part) as level 2,
 * sections "1.1" level 3, a fourth level "1.1.1" under Deel B; no table of contents; header "Omgevingsvisie
 * Kapelle 2040" left and the page number right, footer "Gemeente Kapelle | vastgesteld 7 november 2028"; bullets
 * "•"; numbered list "1)"; two tables; raadsbesluit with Artikel 1–3; GIO table Naam | Identificatie in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0678'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-07', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h234',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Kapelle" (Hoe ziet de gemeente Kapelle er in 2040 uit? Een aantrekkelijke, groene woongemeente voor iedereen; het Strategisch Kompas van 2019 als vertrekpunt; het Masterplan Wemeldinge; een Startnotitie) en de Structuurvisie 2012–2030 (schaalvergroting in de fruitteelt, recreatie in Wemeldinge), hier als omgevingsvisie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 liggend, Liberation Sans 10 pt, op plaatsen twee kolommen, delen "Deel A/B/C" als niveau 1, hoofdstukken "Hoofdstuk 1" per deel opnieuw genummerd, paragrafen "1.1", een vierde niveau "1.1.1" in Deel B, geen inhoudsopgave, koptekst "Omgevingsvisie Kapelle 2040" links en paginanummer rechts, voettekst "Gemeente Kapelle | vastgesteld 7 november 2028", opsommingen "•", genummerde lijst "1)", twee tabellen, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Kapelle',
  title: 'Omgevingsvisie Kapelle 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingSizes: [20, 15, 12, 10.5],
    headingColor: '#b3261e',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.8, left: 2.2, right: 2.2 },
    outline: [
      { format: 'A', prefix: 'Deel ', display: 1 },
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦', font: 'DejaVu Sans' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Kapelle 2040\t\t{page}'],
        footer: ['Gemeente Kapelle | vastgesteld 7 november 2028'],
      },
    },
    tableBorder: '0.5pt solid #b3261e',
    tableHeaderBg: '#f6e3e1',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Kapelle tot vaststelling van de Omgevingsvisie Kapelle 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-12-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Kapelle tot vaststelling van de Omgevingsvisie Kapelle 2040' },
      p('De raad van de gemeente Kapelle;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 26 september 2028, nr. 28.0812;'),
      p('overwegende dat in de Startnotitie de kaders zijn gegeven om te komen tot een omgevingsvisie, dat het Strategisch Kompas van 2019 het vertrekpunt is geweest en dat de visie samen met inwoners, ondernemers en maatschappelijke partners is opgesteld;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.25 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'B E S L U I T :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('Vast te stellen de Omgevingsvisie Kapelle 2040 met de geografische informatieobjecten, zoals opgenomen in bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('In te trekken de Structuurvisie gemeente Kapelle 2012–2030, vastgesteld op 26 maart 2013.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 december 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Kapelle, gehouden op 7 november 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'E.J. Poortvliet-Kodde'], right: ['de voorzitter,', '', 'J.W. de Pagter'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Kapelle 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Kapelle 2040' },
      { t: 'p', style: 'subtitle', text: 'Een aantrekkelijke, groene woongemeente voor iedereen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Visie'),
      h(2, 'Over deze omgevingsvisie'),
      h(3, 'Wat is de omgevingsvisie?'),
      p('Hoe ziet de gemeente Kapelle er in 2040 uit? In de omgevingsvisie leggen we de ambities en keuzes voor de toekomst vast. We vinden het belangrijk dat Kapelle een aantrekkelijke, groene woongemeente is voor iedereen, waar ondernemers en inwoners bijdragen aan het woongenot.'),
      h(3, 'Vertrekpunt'),
      p('Er zijn al eerder toekomstvisies gemaakt voor de gemeente Kapelle. In 2019 is het Strategisch Kompas vastgesteld; deze toekomstvisie is een belangrijk vertrekpunt. Daarnaast gebruiken we de bouwstenen voor duurzaamheid en het Masterplan Wemeldinge.'),
      h(3, 'Proces'),
      p('In de Startnotitie staan de kaders. We hebben de visie gemaakt met inwoners, ondernemers en maatschappelijke partners, in dorpsavonden, een enquête en gesprekken met de fruittelers.'),
      h(2, 'Ambities voor 2040'),
      h(3, 'Vijf ambities'),
      ol(['Kapelle is een groene woongemeente met vitale dorpen;', 'de fruitteelt blijft het gezicht van het landschap;', 'Wemeldinge is een aantrekkelijke haven- en recreatiekern;', 'we wekken onze energie zo veel mogelijk zelf op;', 'iedereen kan gezond en veilig leven en bewegen.']),
      h(3, 'Gezondheid als rode draad'),
      { t: 'cols2', blocks: [
        p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. We letten bij iedere ontwikkeling op luchtkwaliteit, geluid en groen in de buurt.'),
        p('Speelplekken, wandelroutes langs de dijken en veilige schoolroutes krijgen voorrang bij de inrichting van de openbare ruimte.'),
      ] },
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'De dorpen'),
      h(3, 'Kapelle en Biezelinge'),
      p('Kapelle en Biezelinge zijn naar elkaar toe gegroeid en vormen samen de grootste kern, met het station aan de lijn Vlissingen–Roosendaal.'),
      h(4, 'Woningbouw'),
      p('Nieuwe woningen komen eerst op inbreidingslocaties; daarna in de uitbreiding aan de oostzijde van Kapelle.'),
      h(4, 'Voorzieningen'),
      p('De voorzieningen aan het Kerkplein en de Vroonlandseweg houden we op peil.'),
      h(3, 'Wemeldinge'),
      p('Wemeldinge ligt aan de Oosterschelde en het Kanaal door Zuid-Beveland. Het Masterplan Wemeldinge verbindt haven, dorp en strand.'),
      h(3, 'Schore en Eversdijk'),
      p('De kleine kernen Schore en Eversdijk houden hun dorpse karakter. Woningbouw blijft beperkt tot de eigen behoefte.'),
      {
        t: 'table',
        cols: [6, 4, 4, 11],
        header: ['Kern', 'Woningen tot 2030', 'Woningen 2030–2040', 'Opgave'],
        rows: [
          ['Kapelle en Biezelinge', '350', '250', 'starters, senioren, uitbreiding oost'],
          ['Wemeldinge', '150', '100', 'Masterplan, haven en strand'],
          ['Schore', '20', '15', 'eigen behoefte'],
          ['Eversdijk', '10', '10', 'eigen behoefte'],
        ],
      },
      h(2, 'Het buitengebied'),
      h(3, 'Fruitteelt'),
      p('De fruitteelt is de belangrijkste agrarische sector en bepaalt het beeld van het landschap. De sector geeft aan dat de schaalvergroting doorgaat; we bieden daar ruimte voor zonder afbreuk aan het karakteristieke buitengebied.'),
      ul(['hagelnetten en regenkappen passen we landschappelijk in;', 'bij nieuwe bedrijfsgebouwen hoort een erfbeplanting;', 'arbeidsmigranten huisvesten we op het eigen erf of in de kernen.']),
      h(3, 'Oosterschelde en Westerschelde'),
      p('De oevers van de Oosterschelde en de Westerschelde, met de Biezelingsche Ham, zijn natuur van internationale betekenis. Recreatie sluit aan op wat de natuur verdraagt.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Van visie naar regels'),
      h(3, 'Omgevingsplan'),
      p('De keuzes uit deze visie werken door in het omgevingsplan van de gemeente Kapelle.'),
      h(3, 'Programma’s'),
      p('Voor wonen, energie en recreatie stellen we programma’s op.'),
      {
        t: 'table',
        cols: [8, 8, 9],
        header: ['Instrument', 'Wie stelt vast', 'Wanneer'],
        rows: [
          ['Omgevingsplan', 'gemeenteraad', 'doorlopend'],
          ['Programma wonen', 'college', '2029'],
          ['Programma energie', 'college', '2029'],
        ],
      },
      h(2, 'Actualisatie'),
      h(3, 'Monitoring'),
      p('Elke raadsperiode beoordelen we of de visie nog actueel is en passen we haar zo nodig aan.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [8, 17.3], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Kapelle', 'gemeente-kapelle', [0, 0], 7),
    gio('Fruitteeltgebied', 'fruitteeltgebied', [-1, -1], 2.5),
    gio('Haven en strand Wemeldinge', 'haven-strand-wemeldinge', [2, 2], 0.6),
    gio('Uitbreiding Kapelle-Oost', 'uitbreiding-kapelle-oost', [0.8, 0.2], 0.4),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-kapelle-2040', regeling: 'omgevingsvisie-kapelle-2040', doel: 'omgevingsvisie-kapelle-2040' },
    datums: { vaststelling: '2028-11-07', ondertekening: '2028-11-07', bekendmaking: '2028-11-15', inwerkingtreding: '2028-12-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0678',
  },
  geo: { origin: [53000, 387000] },
  meubilair: ['^Omgevingsvisie Kapelle 2040\\s+\\d+$', '^Gemeente Kapelle \\| vastgesteld 7 november 2028$'],
}
export default doc
