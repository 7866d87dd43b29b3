/**
 * h67 — gemeente Breda (gm0758), holdout (session 10): a large city. Content after the public pages about the
 * Omgevingsvisie Breda 2040 "Breda, sterk en veerkrachtig" (urgent opgaven such as klimaatverandering,
 * energietransitie, circulaire economie, bereikbaarheid and woningbouw; more than 25.000 woningen, ninety per cent
 * within the bebouwde kom, room for at least 110.000 banen, a hoogstedelijk centrum, ending the barrier of the
 * noordelijke rondweg; two hoofdopgaven, Sterk Breda and Veerkrachtig Breda, each worked out in three opgaven on the
 * kernwaarden grenzeloos, gastvrij and groen: Versterk internationaal knooppunt, Ongedeeld Breda, Verbind met groen,
 * Aantrekkelijke vestigingsplek, Vitale gemeenschap, Duurzame omgeving; the dorpen Bavel, Effen, Prinsenbeek,
 * Teteringen and Ulvenhout; ’t Zoet, the Zoete Delta, the Mark, the Ulvenhoutse Bos, the Regionale Investeringsagenda),
 * shortened and partly in our own words. Layout: US Letter (8.5 × 11 in) in C059 10 pt with Nimbus Sans Narrow
 * headings in red; chapters numbered "Opgave 1" … "Opgave 6" (Word numbering with the prefix "Opgave "), sections
 * "1.1", sub-sections "1.1.1"; an unnumbered introduction and the two hoofdopgaven as unnumbered label lines between
 * the chapters; a table of contents of the opgaven; header "Breda 2040 | omgevingsvisie" right, footer with the page
 * number centred as "– n –"; •-lists and a numbered list "a." ; one footnote; two tables; a raadsbesluit with
 * "De raad van de gemeente Breda;", "gelezen", "gelet op", "b e s l u i t :", Artikel 1–3 (Artikel 2 withdraws the
 * Structuurvisie Breda 2030); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie of thirteen objects with identifiers wrapping in their cells; a table whose
 * header row "Bron | Opgave 2030 | Opgave 2040" repeats over a page break (and looks like chapter headings "Opgave …").
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0758'
const gio = (naam: string, werk: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-28', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h67',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie Breda 2040 "Breda, sterk en veerkrachtig" (urgente opgaven als klimaatverandering, energietransitie, circulaire economie, bereikbaarheid en woningbouw; ruim 25.000 woningen waarvan negentig procent binnen de bebouwde kom, ruimte voor minstens 110.000 banen, een hoogstedelijk centrum, de barrièrewerking van de noordelijke rondweg opheffen; twee hoofdopgaven Sterk Breda en Veerkrachtig Breda met elk drie opgaven op de kernwaarden grenzeloos, gastvrij en groen; de dorpen Bavel, Effen, Prinsenbeek, Teteringen en Ulvenhout; \'t Zoet, de Zoete Delta, de Mark, het Ulvenhoutse Bos, de Regionale Investeringsagenda), ingekort en deels in eigen woorden; eigen opmaak: US Letter in C059 10 pt met Nimbus Sans Narrow-koppen in rood, hoofdstukken "Opgave 1" … "Opgave 6" (Word-nummering met voorvoegsel), paragrafen "1.1", subparagrafen "1.1.1", ongenummerde inleiding en hoofdopgaven als labelregels tussen de hoofdstukken, inhoudsopgave van de opgaven, kopregel rechts, voettekst "– n –" gecentreerd, •-lijsten en lijst "a.", een voetnoot, twee tabellen, raadsbesluit met "De raad van de gemeente Breda;", "gelezen", "gelet op", "b e s l u i t :", Artikel 1–3 (Artikel 2 trekt de Structuurvisie Breda 2030 in), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie over een paginagrens (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Breda',
  title: 'Omgevingsvisie Breda 2040',
  style: {
    font: 'C059',
    size: 10,
    headingFont: 'Nimbus Sans Narrow',
    headingSizes: [18, 13, 11, 10],
    headingColor: '#B01E23',
    lineHeight: 115,
    spaceAfter: 0.24,
    page: { width: 21.59, height: 27.94, top: 2.3, bottom: 2.3, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Opgave ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '○', font: 'DejaVu Sans' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tBreda 2040 | omgevingsvisie'],
        footer: ['\t– {page} –'],
      },
    },
    tableBorder: '0.5pt solid #B01E23',
    tableHeaderBg: '#F6DEDF',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#B01E23', size: 12 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Breda tot vaststelling van de Omgevingsvisie Breda 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeenteblad van Breda · Raadsbesluit · Registratienummer 2027-0917' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Breda tot vaststelling van de Omgevingsvisie Breda 2040' },
      { t: 'p', text: 'De raad van de gemeente Breda;' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 7 september 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', text: 'gezien de Nota van Commentaar op de 235 reacties op de ontwerp-omgevingsvisie;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Breda 2040 "Breda, sterk en veerkrachtig", zoals opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Structuurvisie Breda 2030 wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van 28 oktober 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. A.C.M. van Gils'], right: ['de voorzitter,', '', '', 'drs. M.A.W. Depla'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Breda 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 28 oktober 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Breda 2040' },
      { t: 'p', style: 'subtitle', text: 'Breda, sterk en veerkrachtig' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
      { t: 'tk', text: 'Breda in 2040' },
      { t: 'p', text: 'In Breda staan we voor urgente maatschappelijke opgaven. Grote en complexe opgaven zoals klimaatverandering, energietransitie, circulaire economie, bereikbaarheid en woningbouw zullen Breda flink veranderen. Deze opgaven zijn niet meer op zichzelf staand op te lossen, maar grijpen in elkaar.' },
      { t: 'p', text: 'Breda blijft groeien: in de stad en in de dorpen. We bouwen meer dan 25.000 woningen en bieden ruimte aan minstens 110.000 banen. We zijn een groene stad in een park, met een openbare ruimte waarin ontmoeten en bewegen vanzelfsprekend zijn.' },
      { t: 'tk', text: 'Twee hoofdopgaven' },
      { t: 'p', text: 'Breda wil een grenzeloze, gastvrije en groene gemeenschap zijn. De hoofdopgave Sterk Breda is gebiedsgericht; de hoofdopgave Veerkrachtig Breda is thematisch. Elk is uitgewerkt in drie opgaven.' },
      { t: 'p', style: 'label', text: 'Hoofdopgave Sterk Breda' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Versterk internationaal knooppunt' },
      { t: 'p', text: 'Door haar centrale ligging en goede verbindingen maakt Breda zich nog meer een plek die interessant is voor internationale bedrijven en bezoekers.' },
      { t: 'h', l: 2, text: 'Hoogstedelijk centrum' },
      { t: 'p', text: 'Rond het station en in de binnenstad komt een hoogstedelijk centrum met een mix van wonen, werken en recreëren. Het tweezijdige station maakt het centrum groter.' },
      { t: 'h', l: 3, text: 'Stationskwartier' },
      { t: 'p', text: 'Het Stationskwartier groeit uit tot een dicht stedelijk gebied met kantoren, woningen en voorzieningen direct aan het spoor.' },
      { t: 'h', l: 3, text: '\u2019t Zoet' },
      { t: 'p', text: 'Op \u2019t Zoet ontstaat een nieuwe wijk langs een levendige oever, met groen, hoogbouw, werken en cultuur.' },
      { t: 'h', l: 2, text: 'Internationale verbindingen' },
      { t: 'p', text: 'Breda ligt op de as Amsterdam–Antwerpen–Parijs. We zetten in op meer internationale treinen en op snelle verbindingen met Rotterdam, Tilburg en Antwerpen.' },
      { t: 'h', l: 1, text: 'Ongedeeld Breda' },
      { t: 'p', text: 'We maken een einde aan de fysieke tweedeling tussen de stad en wijken als de Haagse Beemden en de Hoge Vucht.' },
      { t: 'h', l: 2, text: 'De noordelijke rondweg' },
      { t: 'p', text: 'We heffen de barrièrewerking van de noordelijke rondweg tussen de noordkant en de zuidkant van de stad op, met nieuwe oversteken en een groene inpassing.' },
      { t: 'h', l: 2, text: 'Krachtige en veilige wijken' },
      { t: 'p', text: 'In de wijken combineren we woningbouw met betere voorzieningen, groen en sociale veiligheid. Wijk voor wijk maken we een aanpak met bewoners.' },
      { t: 'h', l: 1, text: 'Verbind met groen' },
      { t: 'p', text: 'Breda is een stad in een park. Het groen loopt van het buitengebied tot in de binnenstad.' },
      { t: 'h', l: 2, text: 'De Mark en de Zoete Delta' },
      { t: 'p', text: 'De Mark wordt doorgetrokken door de stad. De Zoete Delta verbindt water, natuur en recreatie en helpt tegen hitte en wateroverlast.' },
      { t: 'h', l: 2, text: 'Landgoederen en bossen' },
      { t: 'p', text: 'Het Mastbos en het Ulvenhoutse Bos zijn waardevol. Nieuwe ontwikkelingen houden afstand van het Natura 2000-gebied Ulvenhoutse Bos.' },
      { t: 'p', style: 'label', text: 'Hoofdopgave Veerkrachtig Breda' },
      { t: 'h', l: 1, text: 'Aantrekkelijke vestigingsplek' },
      { t: 'p', text: 'We bieden ruimte aan minstens 110.000 banen. We clusteren bestaande en nieuwe bedrijven op bestaande bedrijventerreinen om uitbreiding in het buitengebied te voorkomen.' },
      {
        t: 'table',
        cols: [5.4, 3.6, 7.6],
        header: ['Gebied', 'Banen 2040', 'Profiel'],
        rows: [
          ['Binnenstad en Stationskwartier', '+ 9.000', 'kantoren, zakelijke diensten'],
          ['Hazeldonk en Minervum', '+ 4.500', 'logistiek, maakindustrie'],
          ['Emer en Steenakker', '+ 2.500', 'bedrijven in de\nstedelijke economie'],
        ],
      },
      { t: 'h', l: 1, text: 'Vitale gemeenschap' },
      { t: 'p', text: 'Breda wil een inclusieve, gezonde stad zijn met goede voorzieningen voor iedereen.' },
      { t: 'h', l: 2, text: 'Wonen voor iedereen' },
      { t: 'p', text: 'Breda groeit tot meer dan 215.000 inwoners. Negentig procent van de nieuwe woningen bouwen we binnen de bebouwde kom. We bouwen:' },
      {
        t: 'ol',
        list: 'Letter',
        items: [
          'betaalbare huur- en koopwoningen;',
          { text: 'woningen voor ouderen, waaronder:', sub: ['geclusterde woonvormen;', 'woningen bij voorzieningen.'] },
          'woningen voor jongeren en studenten.',
        ],
      },
      { t: 'h', l: 2, text: 'De dorpen' },
      { t: 'p', text: 'Bavel, Effen, Prinsenbeek, Teteringen en Ulvenhout houden hun eigen karakter. In de dorpen bouwen we naar de behoefte van de dorpen zelf.[^Elk dorp krijgt een dorpsagenda die samen met de dorpsraad wordt opgesteld.]' },
      { t: 'h', l: 1, text: 'Duurzame omgeving' },
      { t: 'p', text: 'Breda wil klaar zijn voor toekomstige veranderingen in klimaat en energie.' },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'We maken de stad bestand tegen hitte, droogte en hevige buien:' },
      {
        t: 'ul',
        list: 'Punt',
        items: ['meer bomen en minder verharding;', { text: 'water vasthouden waar het valt, met:', sub: ['wadi\'s in nieuwe wijken;', 'groene daken.'] }, 'ruimte voor de beken in het buitengebied.'],
      },
      { t: 'h', l: 2, text: 'Energietransitie' },
      { t: 'p', text: 'We wekken energie op met zon op daken en langs de snelwegen en met wind bij Hazeldonk. Wijken gaan stap voor stap van het aardgas af.' },
      {
        t: 'table',
        cols: [6.0, 5.3, 5.3],
        header: ['Bron', 'Opgave 2030', 'Opgave 2040'],
        rows: [
          ['Zon op daken', '150 MW', '300 MW'],
          ['Zon langs infrastructuur', '40 MW', '80 MW'],
          ['Wind', '4 turbines', '10 turbines'],
        ],
      },
      { t: 'h', l: 2, text: 'Samenwerking in de regio' },
      { t: 'p', text: 'Met de buurgemeenten werkt Breda aan de Regionale Investeringsagenda Breda, als onderdeel van de samenwerking in BrabantStad.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage bij de omgevingsvisie:', nummer: '', text: 'werkingsgebieden' },
      { t: 'p', text: 'De volgende werkingsgebieden zijn als geometrische informatieobjecten vastgelegd. Zij zijn via de landelijke voorziening te raadplegen. De begrenzing is indicatief.' },
      { t: 'p', text: 'Waar een werkingsgebied samenvalt met een gebied dat de provincie Noord-Brabant of het Rijk heeft aangewezen, volgt de visie die begrenzing. De nummers in de eerste kolom dienen alleen om te verwijzen.' },
      { t: 'p', text: 'De eerste vijf werkingsgebieden horen bij de hoofdopgave Sterk Breda, de overige bij de hoofdopgave Veerkrachtig Breda. Het werkingsgebied Gemeente Breda omvat het hele grondgebied.' },
      { t: 'gio', layout: 'table', cols: [1.2, 6.4, 9.0], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Breda', 'gemeente-breda', [0, 0], 8),
    gio('Hoogstedelijk centrum', 'hoogstedelijk-centrum', [0, 0.5], 1.2),
    gio('Stationskwartier', 'stationskwartier', [0.3, 1], 0.6),
    gio('\u2019t Zoet', 't-zoet', [-0.8, 1.6], 0.5),
    gio('Noordelijke rondweg', 'noordelijke-rondweg', [0, 2.5], 2),
    gio('De Mark en de Zoete Delta', 'mark-zoete-delta', [-1, 3], 1.5),
    gio('Natura 2000-gebied Ulvenhoutse Bos', 'ulvenhoutse-bos', [2, -4], 1),
    gio('Bedrijventerrein Hazeldonk', 'hazeldonk', [-2, -6], 1),
    gio('Bedrijventerrein Minervum', 'minervum', [4, 3], 1),
    gio('Dorpen Bavel, Effen, Prinsenbeek, Teteringen en Ulvenhout', 'dorpen-breda', [0, 0], 6),
    gio('Zoekgebied zon langs infrastructuur', 'zoekgebied-zon-infrastructuur', [-3, -3], 2),
    gio('Zoekgebied wind Hazeldonk', 'zoekgebied-wind-hazeldonk', [-2.5, -6.5], 0.8),
    gio('Haagse Beemden en Hoge Vucht', 'haagse-beemden-hoge-vucht', [-1.5, 3.5], 1.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-breda-2040', regeling: 'omgevingsvisie-breda-2040', doel: 'omgevingsvisie-breda-2040' },
    datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-03' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0758',
  },
  geo: { origin: [112000, 400000] },
  meubilair: ['^Breda 2040 \\| omgevingsvisie$', '^– \\d+ –$'],
}
export default doc
