/**
 * h223 — gemeente Bernheze (gm1721), holdout (session 14): the Brabantse gemeente of some 33.000 inwoners with the
 * kernen Heesch, Nistelrode, Vorstenbosch, Heeswijk-Dinther, Loosbroek and Vinkel, between Oss and 's-Hertogenbosch
 * on the edge of the Maashorst. Content after the public texts on the "Omgevingsvisie Bernheze" ("Hoe ziet Bernheze
 * eruit in 2040?"; "Doe mee, denk vooruit"; a fotoactie, online vragenlijst and tekenwedstrijd in 2021, some 40
 * partnerorganisaties in dialoog, an inspiratiedocument of 15 February 2022 with "opgaven, ambities en dromen", a
 * plan-MER; five thema's each with a kaart and tekst: Gezonde leefomgeving, Leefbare kernen, Klimaatbestendig en
 * (herstel) biodiversiteit, Vitale en duurzame landbouw & economie, and energy; "iedere druppel regen" kept; Bernheze
 * too dry by a low grondwaterstand), here as a visie of 2028, shortened and partly in our own words. Layout:
 * LibreOffice, A4, Nimbus Roman 10.5 pt with Liberation Sans Narrow headings; chapter titles TYPED IN CAPITALS
 * ("1 GEZONDE LEEFOMGEVING", nummer "1", opschrift in capitals as printed), sections "1.1", a third level "3.2.1";
 * table of contents "Inhoud" of one level; one chapter in a TWO-COLUMN section; footer "Omgevingsvisie Bernheze 2040"
 * left and the page number right; lists "•" and "1."; a table; raadsbesluit with NUMBERED BESLUITPUNTEN "1." … "3."
 * as paragraphs (no "Artikel"); Bijlage 1 "Begrippen" (a table) and Bijlage 2 with the GIO table Nr. | Naam |
 * Identificatie.
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1721'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-07-06', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h223',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Bernheze" ("Hoe ziet Bernheze eruit in 2040?", "Doe mee, denk vooruit", een fotoactie, online vragenlijst en tekenwedstrijd in 2021, zo\'n 40 partnerorganisaties in dialoog, een inspiratiedocument van 15 februari 2022 met opgaven, ambities en dromen, een plan-MER, vijf thema\'s met elk een kaart en tekst: Gezonde leefomgeving, Leefbare kernen, Klimaatbestendig en (herstel) biodiversiteit, Vitale en duurzame landbouw & economie; Bernheze te droog door een lage grondwaterstand, "iedere druppel regen" vasthouden), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, Nimbus Roman 10,5 pt met koppen in Liberation Sans Narrow, hoofdstuktitels GETYPT IN HOOFDLETTERS (nummer "1", opschrift in hoofdletters zoals gedrukt), paragrafen "1.1", een derde niveau "3.2.1", inhoudsopgave "Inhoud" van één niveau, één hoofdstuk in TWEE KOLOMMEN, voettekst "Omgevingsvisie Bernheze 2040" links en paginanummer rechts, lijsten "•" en "1.", een tabel, raadsbesluit met GENUMMERDE BESLUITPUNTEN "1." … "3." als alinea\'s (geen "Artikel"), Bijlage 1 "Begrippen" (een tabel) en Bijlage 2 met GIO-tabel Nr. | Naam | Identificatie (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Bernheze',
  title: 'Omgevingsvisie Bernheze 2040',
  style: {
    font: 'Nimbus Roman',
    size: 10.5,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [16, 12.5, 11, 10.5],
    headingColor: '#00677f',
    lineHeight: 122,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.0, 2.2, 2.3, 2.3),
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '-' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Bernheze 2040\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #00677f',
    tableHeaderBg: '#d9eef2',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Bernheze 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Bernheze 2040' },
      p('Registratienummer: 28INT01744'),
      p('De raad van de gemeente Bernheze;'),
      p('gelezen het voorstel van burgemeester en wethouders van 30 mei 2028;'),
      p('overwegende dat het ontwerp van de omgevingsvisie met het omgevingseffectrapport van 9 februari tot en met 22 maart 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.36 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      p('1. de Omgevingsvisie Bernheze 2040, bestaande uit tekst en de geografische informatieobjecten in bijlage 2, vast te stellen;'),
      p('2. de Nota van zienswijzen omgevingsvisie vast te stellen;'),
      p('3. te bepalen dat dit besluit in werking treedt op 1 augustus 2028.'),
      p('Aldus besloten door de raad van de gemeente Bernheze in zijn openbare vergadering van 6 juli 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. R.P.J. Verhoeven'], right: ['De voorzitter,', '', 'M.A.J. Moorman'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Bernheze 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Bernheze 2040' },
      { t: 'p', style: 'subtitle', text: 'Doe mee, denk vooruit' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'INLEIDING'),
      h(2, 'Bernheze in 2040'),
      p('In Bernheze is het fijn wonen en leven. Dat willen we ook in de toekomst, voor onszelf en voor volgende generaties Bernhezenaren. Daarom kijken we vooruit en maken we keuzes over onderwerpen die ons allemaal aangaan: het buitengebied, het groen in de kernen, ruimte voor woningen en werkplekken, mooie, schone en veilige buurten, sporten en recreëren en duurzaamheid.'),
      h(2, 'De visie maken we samen'),
      p('Het is niet alleen aan de gemeente om de toekomst van Bernheze te bepalen. Initiatieven van ondernemers, partnerorganisaties, andere overheden en inwoners zijn minstens zo belangrijk. De visie ontstond in drie fasen:'),
      ol(['luisteren naar ambities en uitgangspunten (fotoactie, online vragenlijst en tekenwedstrijd);', 'in gesprek over varianten en keuzes, met een omgevingseffectrapportage;', 'ontwikkelen en toetsen van de omgevingsvisie.']),
      h(2, 'Opbouw'),
      p('We stellen vijf thema’s centraal. Elk thema bestaat uit een kaart en een tekst.'),
      { t: 'break' },
      h(1, 'GEZONDE LEEFOMGEVING'),
      p('Een gezonde leefomgeving wordt als prettig ervaren, nodigt uit tot gezond gedrag en legt zo weinig mogelijk druk op de gezondheid. De hele visie draagt bij aan deze gezonde leefomgeving.'),
      h(2, 'Schone lucht en weinig geluid'),
      p('Bij nieuwe woningen en bedrijven houden we afstand tot bronnen van geur, fijnstof en geluid.'),
      h(2, 'Bewegen en ontmoeten'),
      p('We maken routes om te wandelen en te fietsen en plekken om elkaar te ontmoeten in iedere kern.'),
      { t: 'break' },
      h(1, 'LEEFBARE KERNEN'),
      p('We creëren aantrekkelijke kernen waar het fijn wonen is voor een goede mix van leeftijden, door innovatief, groen en compact te bouwen en te ondernemen.'),
      h(2, 'Wonen'),
      p('Tot 2040 zijn er circa 3.000 woningen nodig.'),
      {
        t: 'table',
        cols: [5, 4, 7.4],
        header: ['Kern', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Heesch', '1.100', 'compact bouwen rond het centrum'],
          ['Nistelrode', '600', 'starters en senioren'],
          ['Heeswijk-Dinther', '850', 'levensloopbestendig'],
          ['Vorstenbosch, Loosbroek, Vinkel', '450', 'eigen behoefte'],
        ],
      },
      h(2, 'Voorzieningen en centra'),
      h(3, 'Centrum Heesch'),
      p('Heesch blijft het voorzieningencentrum van de gemeente.'),
      h(3, 'De kleine kernen'),
      p('In de kleine kernen houden we de basisvoorzieningen in stand, samen met de dorpsraden.'),
      { t: 'break' },
      h(1, 'KLIMAATBESTENDIG EN BIODIVERS'),
      {
        t: 'cols2',
        blocks: [
          p('Het klimaat verandert waardoor de weersomstandigheden extremer worden. We krijgen vaker te maken met droogte, hitte en langdurige periodes van regen en piekbuien. Tegelijkertijd neemt de biodiversiteit af.'),
          h(2, 'Water vasthouden'),
          p('Bernheze is erg droog door een te lage grondwaterstand. Dat is slecht voor de natuur en voor de landbouw. Iedere druppel regen die valt, houden we zo veel mogelijk vast:'),
          ul(['regenwater van daken en erven niet meer naar het riool;', 'beken en sloten vasthouden in plaats van afvoeren;', 'meer groen en minder verharding in de kernen.']),
          h(2, 'Herstel van biodiversiteit'),
          h(3, 'De Maashorst'),
          p('De Maashorst is de groene kern in het noordoosten; we verbinden haar met de Aa en het Heeswijkse bos.'),
          h(3, 'Het Aa-dal'),
          p('Langs de Aa geven we ruimte aan water en natuur rond kasteel Heeswijk.'),
        ],
      },
      { t: 'break' },
      h(1, 'VITALE EN DUURZAME LANDBOUW EN ECONOMIE'),
      p('We blijven ook in de toekomst een trotse agrarische gemeente en zoeken een balans met andere functies en een realistisch verdienmodel.'),
      h(2, 'Landbouw in transitie'),
      p('Het huidige intensieve landbouwsysteem is op onderdelen toe aan een transitie. We helpen agrariërs bij extensiveren, verbreden en innoveren.'),
      h(2, 'Bedrijventerreinen'),
      p('De bedrijventerreinen Heesch-West en Nistelrode krijgen ruimte voor lokale bedrijven.'),
      { t: 'break' },
      h(1, 'ENERGIETRANSITIE'),
      p('Bernheze wil in 2050 energieneutraal zijn. Eerst besparen, dan opwekken op daken, daarna op land in de zoekgebieden op de kaart.'),
      h(2, 'Zon en wind'),
      p('Grootschalige opwek bundelen we langs de A59 en bij bedrijventerreinen.'),
      h(2, 'Warmte'),
      p('De transitievisie warmte wijst per wijk de beste oplossing aan.'),
      h(1, 'UITVOERING'),
      p('We werken de visie uit in programma’s en in het omgevingsplan. Iedere vier jaar toetsen we of de visie nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Begrippen', sep: ' ' },
      {
        t: 'table',
        cols: [4.5, 11.9],
        header: ['Begrip', 'Betekenis'],
        rows: [
          ['Omgevingsplan', 'het plan met alle regels voor de fysieke leefomgeving in de gemeente'],
          ['Programma', 'uitwerking van de visie met maatregelen voor een thema of gebied'],
          ['Plan-MER', 'rapport over de gevolgen voor het milieu van de keuzes in de visie'],
        ],
      },
    ],
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.6, 10.6], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Bernheze', 'gemeente-bernheze', [0, 0], 9),
    gio('Zoekgebied zon en wind A59', 'zoekgebied-zon-en-wind-a59', [1, 3], 1.5),
    gio('Groene kern Maashorst', 'groene-kern-maashorst', [4, 2], 2),
    gio('Beekdal Aa', 'beekdal-aa', [-3, -2], 2),
    gio('Bedrijventerrein Heesch-West', 'bedrijventerrein-heesch-west', [-1, 2.5], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-bernheze-2040', regeling: 'omgevingsvisie-bernheze-2040', doel: 'omgevingsvisie-bernheze-2040' },
    datums: { vaststelling: '2028-07-06', ondertekening: '2028-07-06', bekendmaking: '2028-07-18', inwerkingtreding: '2028-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1721',
  },
  geo: { origin: [160000, 410000] },
  meubilair: ['^Omgevingsvisie Bernheze 2040\\s+\\d+$'],
}
export default doc
