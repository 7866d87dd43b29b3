/**
 * h175 — gemeente Soest (gm0342), holdout (session 13): the Utrechtse gemeente of some 47.000 inwoners with the
 * kernen Soest and Soesterberg and the buurtschap Soestduinen, between the Utrechtse Heuvelrug and the Eempolder, with
 * the former vliegbasis Soesterberg and the Soester Duinen. Content after the public texts on Soest's omgevingsvisie
 * "Stap voor stap ver komen, Omgevingsvisie Soest en Soesterberg" (adopted 21 December 2021, made by LOS stadomland:
 * where the gemeente wants to be in 2040, built on the Opgavennotitie (2020) and the notitie Kwaliteiten voor de
 * toekomst (2021), its strategic themes "een ontspannen woon- en werkmilieu", "Soest in beweging", "samen Soesterberg
 * verder versterken", "waardevol groen", "ruimte voor recreatie en toerisme", "een groene, bruikbare polder" and
 * "adequaat reageren op klimaatverandering", visiekaarten for the deelgebieden, the hoofdgroenstructuur) and of the
 * Omgevingsprogramma's of 2025 ("leren door te doen", the herijking started in 2025), set as the herijkte visie of
 * 2028; partly in our own words. Layout: a brochure look in LibreOffice on 17 × 24 cm, Liberation Serif with
 * Liberation Sans headings: chapters "1." … "5." (a dot after the chapter number only) in 22 pt colour, sections
 * "1.1" and a third level "3.1.1" in colour WITHOUT BOLD; a table of contents of chapters ("Inhoud"); headers
 * ALTERNATING on left and right pages (the chapter title as a field on right pages, "Stap voor stap ver komen" on left
 * pages), the page number in the footer at the outer corner; an intro in bold and a tussenkop "Wat vinden we
 * belangrijk?" with a list per chapter; labels "Ambitie"; a quote in italics; captions "Visiekaart n …"; lists "•"
 * and "1."; a table; raadsbesluit with "Artikel 1 – Vaststelling" … "Artikel 3 – Inwerkingtreding" (in werking the
 * day after bekendmaking: no date); GIO table Nr. | Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0342'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-12-14', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const cap = (text: string) => ({ t: 'p' as const, style: 'small' as const, text })
const lab = (text: string) => ({ t: 'p' as const, style: 'label' as const, text })
const tk = (text: string) => ({ t: 'tk' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })

const doc: Doc = {
  id: 'h175',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de omgevingsvisie "Stap voor stap ver komen, Omgevingsvisie Soest en Soesterberg" (vastgesteld 21 december 2021, opgesteld door LOS stadomland: waar de gemeente in 2040 wil staan, voortbouwend op de Opgavennotitie (2020) en de notitie Kwaliteiten voor de toekomst (2021), de thema\'s "een ontspannen woon- en werkmilieu", "Soest in beweging", "samen Soesterberg verder versterken", "waardevol groen", "ruimte voor recreatie en toerisme", "een groene, bruikbare polder" en "adequaat reageren op klimaatverandering", visiekaarten per deelgebied, de hoofdgroenstructuur) en over de Omgevingsprogramma\'s van 2025 ("leren door te doen", de herijking gestart in 2025), hier als herijkte visie van 2028, deels in eigen woorden; eigen opmaak met een brochure-uiterlijk in LibreOffice: 17 × 24 cm, Liberation Serif met koppen in Liberation Sans, hoofdstukken "1." … "5." (een punt alleen na het hoofdstuknummer) in 22 pt kleur, paragrafen "1.1" en een derde niveau "3.1.1" in kleur ZONDER VET, inhoudsopgave van hoofdstukken ("Inhoud"), kopteksten WISSELEND op linker- en rechterpagina\'s (de hoofdstuktitel als veld rechts, "Stap voor stap ver komen" links), paginanummer in de voettekst in de buitenhoek, per hoofdstuk een vette inleiding en een tussenkop "Wat vinden we belangrijk?" met een lijst, labels "Ambitie", een citaat cursief, bijschriften "Visiekaart n …", lijsten "•" en "1.", een tabel, raadsbesluit met "Artikel 1 – Vaststelling" … "Artikel 3 – Inwerkingtreding" (in werking de dag na bekendmaking: geen datum), GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Soest',
  title: 'Stap voor stap ver komen',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [22, 12.5, 10.5, 10],
    headingColor: '#00728f',
    headingBold: [true, false, false, false],
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2.0, right: 2.0 },
    outline: [
      { format: '1', display: 1, suffix: '.', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\t{chaptername}'],
        headerLeft: ['Stap voor stap ver komen'],
        footer: ['\t\t{page}'],
        footerLeft: ['{page}'],
      },
    },
    tableBorder: '0.5pt solid #00728f',
    tableHeaderBg: '#d9eef3',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#d05a1c', size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Soest tot vaststelling van de Omgevingsvisie Soest en Soesterberg 2028',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Soest tot vaststelling van de Omgevingsvisie Soest en Soesterberg 2028' },
      p('De raad van de gemeente Soest;'),
      p('gelezen het voorstel van burgemeester en wethouders van 31 oktober 2028, nummer 28-RV-092;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de Omgevingsvisie van 2021 na het opstellen van de vijf omgevingsprogramma’s is herijkt;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 – Vaststelling' },
      p('De Omgevingsvisie Soest en Soesterberg 2028 “Stap voor stap ver komen” wordt vastgesteld, met de geografische informatieobjecten van bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 – Intrekking' },
      p('De omgevingsvisie “Stap voor stap ver komen” van 21 december 2021 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 – Inwerkingtreding' },
      p('Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.'),
      p('Aldus vastgesteld in de openbare vergadering van 14 december 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'drs. M. van Dijk'], right: ['de voorzitter,', '', 'R. Metz'] },
    ],
  },
  visie: {
    opschrift: 'Stap voor stap ver komen',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Stap voor stap ver komen' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie Soest en Soesterberg 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      p('**Waar willen wij staan in 2040? Deze visie beschrijft de gewenste situatie van onze fysieke leefomgeving en hoe wij daar stap voor stap komen.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['de bestaande kwaliteiten behouden en versterken;', 'leren door te doen;', 'samen met inwoners en partners.']),
      h(2, 'Stap voor stap ver komen'),
      p('In 2021 waren wij een van de eerste gemeenten in Nederland die een omgevingsvisie vaststelden. Dat was een ambitieuze visie en vroeg om lef. Het maken van de omgevingsprogramma’s liet zien hoe wij haar sterker kunnen maken: door duidelijker te prioriteren en strategische keuzes te maken op gebiedsniveau.'),
      h(2, 'Opgavennotitie en Kwaliteiten voor de toekomst'),
      p('De visie bouwt verder op de Opgavennotitie (2020) en de notitie Kwaliteiten voor de toekomst (2021).'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 schetst Soest in 2040, hoofdstuk 3 de thema’s, hoofdstuk 4 de deelgebieden en hoofdstuk 5 de uitvoering.'),
      { t: 'break' },
      h(1, 'Soest in 2040'),
      p('**Soest ligt op een unieke plek met duinen, bossen, heide en weilanden. Die kwaliteiten willen wij behouden en versterken.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['voldoende groen om van te genieten;', 'het dorpse karakter;', 'een gevarieerde bevolking.']),
      h(2, 'Trends en ontwikkelingen'),
      p('Wij verwachten tot 2040:'),
      ul(['vergrijzing en meer kleine huishoudens;', 'meer hitte, droogte en hevige buien;', { text: 'een groeiende vraag naar woningen', sub: ['voor starters;', 'voor ouderen.'] }]),
      h(2, 'Kwaliteiten van Soest en Soesterberg'),
      p('De gemeente is een populaire plek om te wonen, werken en recreëren. In de dorpen zijn de belangrijkste groene gebieden opgenomen in de hoofdgroenstructuur.'),
      h(2, 'Strategische doelen'),
      p('De visie werkt zeven strategische, duurzame ontwikkelingsdoelen uit in thema’s.'),
      { t: 'break' },
      h(1, 'Thema’s'),
      p('**De spanning tussen het bouwen van nieuwe woningen en het behouden van groen is het belangrijkste vraagstuk in onze gemeente.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['bouwen voor de juiste doelgroepen;', 'meer bezoekers op de centrumplekken;', 'een groene en klimaatbestendige gemeente.']),
      h(2, 'Een ontspannen woon- en werkmilieu'),
      lab('Ambitie'),
      p('Door voor de juiste doelgroepen te bouwen blijft de opbouw van de bevolking gevarieerd.'),
      h(3, 'Wonen'),
      {
        t: 'table',
        cols: [4.5, 3.5, 5],
        header: ['Gebied', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Soest', 'ca. 2.200', 'inbreiding, centrum'],
          ['Soesterberg', 'ca. 900', 'Park Vliegbasis, centrum'],
          ['Soestduinen', 'beperkt', 'alleen eigen behoefte'],
        ],
      },
      h(3, 'Werken'),
      p('Bedrijventerreinen blijven behouden voor bedrijven; in de centra mengen wij wonen en werken.'),
      h(2, 'Soest in beweging'),
      p('Wij zetten in op ontmoeting: meer bezoekers op de centrumplekken, meer ondernemerschap en een sterkere identiteit.'),
      h(2, 'Samen Soesterberg verder versterken'),
      p('Een levendige Rademakerstraat met winkels, horeca en andere publiekstrekkers is het doel. Soesterberg groeit op de voormalige vliegbasis.'),
      h(2, 'Waardevol groen'),
      p('In 2040 blijft de hoofdgroenstructuur behouden en wordt zij versterkt.'),
      h(2, 'Ruimte voor recreatie en toerisme'),
      p('De Soester Duinen, de Lange Duinen en het Nationaal Militair Museum trekken bezoekers. Wij geleiden de drukte.'),
      h(2, 'Een groene, bruikbare polder'),
      p('De Eempolder blijft open en agrarisch, met ruimte voor natuur en wandelen.'),
      h(2, 'Adequaat reageren op klimaatverandering'),
      h(3, 'Mitigatie'),
      p('Wij verminderen de uitstoot door energie te besparen en duurzaam op te wekken, eerst op daken.'),
      h(3, 'Klimaatbestendige omgeving'),
      p('Wij zorgen voor een klimaatbestendige omgeving en toekomstgerichte watersystemen.'),
      p('_“Stap voor stap kom je ver, als je maar weet waar je heen wilt.”_'),
      { t: 'break' },
      h(1, 'Deelgebieden'),
      p('**De thema’s zijn per deelgebied uitgewerkt en gevisualiseerd in visiekaarten.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['keuzes per gebied;', 'samenhang tussen de gebieden.']),
      h(2, 'Soest'),
      p('In Soest bouwen wij binnen de bebouwde kom en versterken wij het centrum rond de Van Weedestraat.'),
      cap('Visiekaart 1 Soest'),
      h(2, 'Soesterberg'),
      p('Soesterberg krijgt een sterker centrum en groeit op Park Vliegbasis.'),
      cap('Visiekaart 2 Soesterberg'),
      h(2, 'Soestduinen'),
      p('Soestduinen blijft een buurtschap in het bos.'),
      h(2, 'De polder'),
      p('In de polder gaan landbouw, natuur en recreatie samen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      p('**Wij werken de visie uit in omgevingsprogramma’s en in het omgevingsplan.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['prioriteren en faseren;', 'leren, reflecteren en bijsturen.']),
      h(2, 'Omgevingsprogramma’s'),
      p('Vijf programma’s werken de visie uit:'),
      { t: 'ol', list: 'Num', items: ['Wonen;', 'Werken;', 'Mobiliteit;', 'Groen & Landschap;', 'Water.'] },
      h(2, 'Herijking'),
      p('Met deze aanpak blijven wij trouw aan de gedachte van de Omgevingswet: leren, reflecteren en bijsturen.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1, 3.5, 8.5], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Soest', 'gemeente-soest', [0, 0], 6),
    gio('Hoofdgroenstructuur', 'hoofdgroenstructuur', [1, -1], 2),
    gio('Eempolder', 'eempolder', [-2, 3], 1.5),
    gio('Centrum Soesterberg', 'centrum-soesterberg', [3, -3], 0.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-soest-2028', regeling: 'omgevingsvisie-soest', doel: 'omgevingsvisie-soest-2028' },
    datums: { vaststelling: '2028-12-14', ondertekening: '2028-12-14', bekendmaking: '2028-12-21' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0342',
  },
  geo: { origin: [147000, 464000] },
  meubilair: ['^\\d+$'],
}
export default doc
