/**
 * h229 — gemeente Druten (gm0225), holdout (session 14): the Gelderse gemeente between Maas and Waal with the kernen
 * Druten, Afferden, Deest, Horssen and Puiflijk. Content after the public texts on the "Omgevingsvisie Druten"
 * (started in 2021 and made in five phases around the question "Hoe ziet de gemeente Druten eruit in 2035?": a fijne
 * plek om te wonen, werken, leven en genieten; kwaliteiten, de groene omgeving and leefbaarheid, woningbouw,
 * bereikbaarheid and duurzame energie in samenhang; participation in June 2022 with conversations on the
 * "Toekomstbankje", some 360 people choosing online with "Swipocratie" and 50 enquêtes), here as the visie of 2027,
 * shortened and partly in our own words. Layout: LibreOffice, 17 × 24 cm booklet, URW Bookman 9 pt with Nimbus Sans
 * Narrow headings; chapters with the word "Hoofdstuk" before the number ("Hoofdstuk 1 Inleiding", nummer "1"),
 * sections "1.1", a third level "3.1.1"; table of contents "Inhoudsopgave" of two levels; MIRRORED furniture: header
 * "Gemeente Druten" on left (even) pages and "Omgevingsvisie Druten · 2027" on right pages, the page number outside
 * in the footer; bullets "•" with "-"; a numbered list "1)"; two tables; raadsbesluit with Artikelen that carry a
 * title ("Artikel 1 Vaststelling"); GIO table Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0225'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-25', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h229',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Druten" (gestart in 2021, in vijf fasen gemaakt rond de vraag "Hoe ziet de gemeente Druten eruit in 2035?": een fijne plek om te wonen, werken, leven en genieten; kwaliteiten, de groene omgeving en leefbaarheid, woningbouw, bereikbaarheid en duurzame energie in samenhang; participatie in juni 2022 met gesprekken op het "Toekomstbankje", ongeveer 360 mensen via "Swipocratie" en 50 enquêtes), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: boekje 17 × 24 cm, URW Bookman 9 pt met Nimbus Sans Narrow-koppen, hoofdstukken met het woord "Hoofdstuk" voor het nummer ("Hoofdstuk 1 Inleiding", nummer "1"), paragrafen "1.1", een derde niveau "3.1.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, GESPIEGELDE kop- en voettekst ("Gemeente Druten" op linkerpagina\'s, "Omgevingsvisie Druten · 2027" op rechterpagina\'s, paginanummer buitenaan), opsommingen "•" en "-", een genummerde lijst "1)", twee tabellen, raadsbesluit met artikelen met een titel ("Artikel 1 Vaststelling"), GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Druten',
  title: 'Omgevingsvisie Druten 2035',
  style: {
    font: 'URW Bookman',
    size: 9,
    headingFont: 'Nimbus Sans Narrow',
    headingSizes: [17, 12.5, 10.5, 9.5],
    headingColor: '#1d4f8c',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 1.9, right: 1.9 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '-' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Druten · 2027'],
        headerLeft: ['Gemeente Druten'],
        footer: ['\t\t{page}'],
        footerLeft: ['{page}'],
      },
    },
    tableBorder: '0.5pt solid #1d4f8c',
    tableHeaderBg: '#dde7f3',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Druten tot vaststelling van de Omgevingsvisie Druten 2035',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-03',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Druten tot vaststelling van de Omgevingsvisie Druten 2035' },
      p('De raad van de gemeente Druten;'),
      p('gelezen het voorstel van burgemeester en wethouders van 17 oktober 2027, zaaknummer Z.27.04418;'),
      p('overwegende dat het college de omgevingsvisie in vijf fasen heeft voorbereid met inwoners, ondernemers, belangengroepen, stichtingen en verenigingen, en dat het ontwerp zes weken ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, eerste lid, en afdeling 16.4 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Vaststelling' },
      p('De Omgevingsvisie Druten 2035 wordt vastgesteld zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 Intrekking' },
      p('De Structuurvisie Druten 2025 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 Inwerkingtreding' },
      p('Dit besluit treedt in werking op 3 januari 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van 25 november 2027.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. E.A.M. Gerritsen'], right: ['De voorzitter,', '', 'P.J.M. van der Heijden'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Druten 2035',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Druten 2035' },
      { t: 'p', style: 'subtitle', text: 'Een fijne plek om te wonen, werken, leven en genieten' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Hoe ziet Druten eruit in 2035?'),
      p('Die vraag staat centraal in deze omgevingsvisie. We leggen hierin vast hoe we onze gemeente ook in 2035 een fijne plek laten zijn om te wonen, werken, leven en genieten.'),
      h(2, 'Wat staat er in een omgevingsvisie?'),
      p('Volgens de Omgevingswet beschrijft de omgevingsvisie in elk geval:'),
      ul(['de kwaliteit van de fysieke leefomgeving nu;', 'de hoofdzaken van de voorgenomen ontwikkeling, het gebruik, het beheer, de bescherming en het behoud van het grondgebied;', 'het beleid voor de fysieke leefomgeving op hoofdlijnen.']),
      h(2, 'Vijf fasen'),
      p('We hebben de visie in vijf fasen gemaakt:'),
      ol(['ophalen van ideeën, wensen en meningen;', 'analyse van kwaliteiten en opgaven;', 'keuzes in scenario’s;', 'ontwerp-omgevingsvisie en zienswijzen;', 'vaststelling door de gemeenteraad.']),
      h(2, 'Participatie'),
      p('In juni 2022 haalden we ideeën, wensen en meningen op. Dat deden we op verschillende manieren:'),
      {
        t: 'table',
        cols: [4.4, 4.0, 4.8],
        header: ['Werkvorm', 'Bereik', 'Wat het opleverde'],
        rows: [
          ['Gesprekken op het Toekomstbankje', 'alle vijf kernen', 'verhalen over plekken'],
          ['Swipocratie (online)', 'ongeveer 360 deelnemers', 'keuzes tussen stellingen'],
          ['Enquête', '50 ingevulde enquêtes', 'prioriteiten per thema'],
        ],
      },
      { t: 'break' },
      h(1, 'Kwaliteiten van Druten'),
      h(2, 'Tussen Maas en Waal'),
      p('Druten ligt in het Land van Maas en Waal. De Waal en haar uiterwaarden, de dijken met hun dijkdorpen en het open komgebied bepalen het landschap.'),
      h(2, 'Vijf kernen'),
      p('Druten is de grootste kern met de meeste voorzieningen. Afferden, Deest, Horssen en Puiflijk hebben een eigen, dorps karakter en een actief verenigingsleven.'),
      h(2, 'Groen en leefbaar'),
      p('Inwoners waarderen de rust, de groene omgeving en de onderlinge betrokkenheid. Die kwaliteiten willen we behouden en versterken.'),
      { t: 'break' },
      h(1, 'Wonen en leefbaarheid'),
      h(2, 'Woningbouw'),
      p('Er is behoefte aan woningen voor starters, jonge gezinnen en ouderen. We bouwen in alle kernen, naar behoefte.'),
      h(3, 'Druten-Zuid'),
      p('In Druten-Zuid ontwikkelen we een groene woonwijk die aansluit op het bestaande dorp.'),
      h(3, 'De kleine kernen'),
      p('In de kleine kernen bouwen we kleinschalig en voor de eigen inwoners.'),
      {
        t: 'table',
        cols: [4.4, 4.2, 4.6],
        header: ['Kern', 'Woningbouw tot 2035', 'Doelgroep'],
        rows: [
          ['Druten', 'circa 700 woningen', 'alle doelgroepen'],
          ['Afferden en Deest', 'circa 120 woningen', 'starters, senioren'],
          ['Horssen en Puiflijk', 'circa 110 woningen', 'starters, senioren'],
        ],
      },
      h(2, 'Voorzieningen'),
      p('We houden basisvoorzieningen zoveel mogelijk in de kernen. Het centrum van Druten versterken we als winkel- en ontmoetingsplek.'),
      h(2, 'Gezondheid'),
      p('Een groene en beweegvriendelijke inrichting van de openbare ruimte draagt bij aan een gezonde leefstijl.'),
      { t: 'break' },
      h(1, 'Landschap, water en energie'),
      h(2, 'Uiterwaarden en dijken'),
      p('Samen met Rijkswaterstaat en waterschap Rivierenland werken we aan veilige dijken en aan natuur in de uiterwaarden van de Waal.'),
      h(2, 'Duurzame energie'),
      p('We gaan voor een energieneutrale gemeente. We kiezen voor deze volgorde:'),
      ul(['besparen;', { text: 'zon op daken', sub: ['woningen;', 'bedrijfspanden en agrarische gebouwen.'] }, 'zon op restgronden en langs infrastructuur;', 'grootschalige opwek alleen met lokaal eigendom.']),
      h(2, 'Landbouw'),
      p('De landbouw blijft de drager van het buitengebied, met ruimte voor fruitteelt, akkerbouw en veehouderij die bijdragen aan landschap en natuur.'),
      { t: 'break' },
      h(1, 'Werken en bereikbaarheid'),
      h(2, 'Bedrijventerreinen'),
      p('Lokale bedrijven vinden ruimte op de bedrijventerreinen Pandelaar en Hoogeinde. Nieuwe bedrijvigheid past bij de maat van de kernen.'),
      h(2, 'Bereikbaarheid'),
      p('De verbindingen met de A73 en de N322 zijn belangrijk. We stimuleren het fietsen, ook naar Nijmegen en Wijchen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Van visie naar omgevingsplan'),
      p('De omgevingsvisie is de basis voor programma’s en voor het omgevingsplan.'),
      h(2, 'Evaluatie'),
      p('We houden de visie actueel en bespreken haar eens per raadsperiode met de gemeenteraad.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4.0, 9.2], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Grondgebied gemeente Druten', 'grondgebied-druten', [0, 0], 6),
    gio('Woongebied Druten-Zuid', 'woongebied-druten-zuid', [0, -0.8], 0.5),
    gio('Uiterwaarden van de Waal', 'uiterwaarden-waal', [0, 2], 1.5),
    gio('Bedrijventerrein Pandelaar', 'bedrijventerrein-pandelaar', [1.2, 0.2], 0.4),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-druten-2035', regeling: 'omgevingsvisie-druten-2035', doel: 'omgevingsvisie-druten-2035' },
    datums: { vaststelling: '2027-11-25', ondertekening: '2027-11-25', bekendmaking: '2027-12-09', inwerkingtreding: '2028-01-03' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0225',
  },
  geo: { origin: [171000, 428000] },
  meubilair: ['^Omgevingsvisie Druten · 2027$', '^Gemeente Druten$', '^\\d+$'],
}
export default doc
