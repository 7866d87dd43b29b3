/**
 * h78 — gemeente Landsmeer (gm0415), holdout (session 11): a small gemeente (about 11.500 inwoners) with three kernen.
 * Content after the gemeente's public project page on its omgevingsvisie (what kind of gemeente Landsmeer wants to be
 * now and in the future; prettig wonen, the energietransitie and a growing vraag naar woningen; a groene en waterrijke
 * leefomgeving near Amsterdam, Purmerend and Zaanstad; the unieke kernkwaliteiten behouden en versterken; horizon
 * 2040; made together with inwoners, ondernemers and maatschappelijke organisaties; bouwstenen towards a
 * koersdocument), the wethouder's public column on the "focusdocument" (the kernen Landsmeer, Den Ilp and Purmerland,
 * het lint, wonen, bedrijvigheid, mobiliteit, sport en recreatie, natuur en erfgoed, klimaat, energie, veiligheid en
 * gezondheid; "Waar wonen we in 2030?") and a local party's public text (the visie replaces the Toekomstvisie 2025),
 * here as a visie of 2027, shortened and partly in our own words. Layout: 17 × 24 cm pages in URW Bookman 9 pt with
 * Nimbus Sans headings; chapters "1." … "5.", sections LETTERED "a.", "b.", … (their own level only); no header,
 * footer "Omgevingsvisie Landsmeer 2040 — pagina n van m" centred; no table of contents; –-lists and a list "1°";
 * a table; one footnote; raadsbesluit "De raad van de gemeente Landsmeer;", "gelezen", "gelet op",
 * "b e s l u i t :" with beslispunten I.–III. (the third naming a date of inwerkingtreding), signatures in two
 * columns; visie after a line "Bijlage bij raadsbesluit 2027/61"; GIO table Naam | Identificatie in "Bijlage A"
 * with identifiers wrapping in a narrow column.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0415'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-28', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h78',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare projectpagina van de gemeente Landsmeer over de omgevingsvisie (wat voor gemeente Landsmeer wil zijn, prettig wonen, energietransitie en woningvraag, groene en waterrijke leefomgeving nabij Amsterdam, Purmerend en Zaanstad, kernkwaliteiten behouden en versterken, horizon 2040, samen met inwoners, ondernemers en maatschappelijke organisaties, bouwstenen voor een koersdocument), de openbare column van de wethouder over het focusdocument (de kernen Landsmeer, Den Ilp en Purmerland, het lint, wonen, bedrijvigheid, mobiliteit, sport en recreatie, natuur en erfgoed, klimaat, energie, veiligheid en gezondheid, "Waar wonen we in 2030?") en een openbare partijtekst (de visie vervangt de Toekomstvisie 2025), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 17 × 24 cm in URW Bookman 9 pt met Nimbus Sans-koppen, hoofdstukken "1." … "5.", paragrafen met letters "a.", "b.", … (alleen het eigen niveau), geen kopregel, gecentreerde voettekst "Omgevingsvisie Landsmeer 2040 — pagina n van m", geen inhoudsopgave, –-lijsten en lijst "1°", een tabel, een voetnoot, raadsbesluit met "De raad van de gemeente Landsmeer;", "gelezen", "gelet op", "b e s l u i t :" en beslispunten I.–III. (inwerkingtreding op een datum), handtekeningen in twee kolommen, visie na de regel "Bijlage bij raadsbesluit 2027/61", GIO-tabel Naam | Identificatie in "Bijlage A" met afbrekende identificaties (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Landsmeer',
  title: 'Omgevingsvisie Landsmeer 2040',
  style: {
    font: 'URW Bookman',
    size: 9,
    headingFont: 'Nimbus Sans',
    headingSizes: [14, 10.5, 9.5, 9],
    headingColor: '#2E6B3A',
    lineHeight: 118,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: 'a', display: 1, suffix: '.' },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Graad: { kind: 'number', levels: [{ format: '1', suffix: '°' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        footer: ['\tOmgevingsvisie Landsmeer 2040 — pagina {page} van {pages}'],
      },
    },
    tableBorder: '0.4pt solid #2E6B3A',
    tableHeaderBg: '#E1EEDF',
    tableFontSize: 8,
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Landsmeer tot vaststelling van de Omgevingsvisie Landsmeer 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2027-12-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Landsmeer · raadsbesluit 2027/61' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Landsmeer tot vaststelling van de Omgevingsvisie Landsmeer 2040' },
      { t: 'p', text: 'De raad van de gemeente Landsmeer;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 21 september 2027;' },
      { t: 'p', text: 'overwegende dat de raad in 2021 het focusdocument voor de omgevingsvisie heeft vastgesteld en dat de visie daarna in gesprek met inwoners van Landsmeer, Den Ilp en Purmerland, ondernemers, verenigingen en maatschappelijke organisaties is uitgewerkt;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', text: 'I. de Omgevingsvisie Landsmeer 2040, zoals opgenomen in de bijlage bij dit besluit, vast te stellen;' },
      { t: 'p', text: 'II. de Toekomstvisie Landsmeer 2025 in te trekken;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 1 december 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van 28 oktober 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. S. de Vries'], right: ['De voorzitter,', '', '', 'drs. J.A. Veldhuizen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Landsmeer 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij raadsbesluit 2027/61' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Landsmeer 2040' },
      { t: 'p', style: 'subtitle', text: 'Groen, waterrijk en dichtbij de stad' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Wat voor gemeente wil Landsmeer zijn, nu en in de toekomst? Wat is er nodig om hier prettig te wonen? Hoe gaan we om met de energietransitie en met een groeiende vraag naar woningen? Deze visie geeft antwoord op die vragen, met een horizon tot 2040.' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'Een omgevingsvisie is een strategische visie voor de lange termijn voor de hele gemeente. Zij gaat in op de samenhang tussen wonen, duurzaamheid, verkeer, natuur en welzijn. Deze visie vervangt de Toekomstvisie Landsmeer 2025.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'We hebben de visie stap voor stap opgebouwd:' },
      { t: 'ol', list: 'Graad', items: ['het bestaande beleid als basis;', 'een focusdocument met de keuzes en ambities, vastgesteld door de raad;', 'gesprekken met inwoners van jong tot oud, ondernemers, verenigingen en buurgemeenten.'] },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft de kernkwaliteiten van Landsmeer. De hoofdstukken 3 en 4 gaan over de opgaven en over de kernen. Hoofdstuk 5 gaat over de uitvoering.' },
      { t: 'h', l: 1, text: 'Kernkwaliteiten van Landsmeer' },
      { t: 'p', text: 'De ligging in een groene en waterrijke omgeving, dicht bij Amsterdam, Purmerend en Zaanstad, maakt Landsmeer bijzonder. Die kwaliteiten willen we behouden en versterken.' },
      { t: 'h', l: 2, text: 'Het veenweidelandschap' },
      { t: 'p', text: 'Het Ilperveld, het Varkensland en het Landsmeerderveld zijn open veenweidegebieden met veel water en rietland.[^Het Ilperveld is onderdeel van het Natura 2000-gebied Ilperveld, Varkensland, Oostzanerveld & Twiske.] Ze zijn belangrijk voor weidevogels en voor recreatie.' },
      { t: 'h', l: 2, text: 'Het dorpse karakter' },
      { t: 'p', text: 'Landsmeer, Den Ilp en Purmerland zijn dorpen met een eigen gezicht. Het lint met zijn historische bebouwing is de ruggengraat van Landsmeer.' },
      { t: 'h', l: 2, text: 'Dichtbij de stad' },
      { t: 'p', text: 'Inwoners werken, winkelen en studeren in de regio. Goede verbindingen met Amsterdam-Noord en Purmerend zijn daarom belangrijk.' },
      { t: 'h', l: 1, text: 'Opgaven tot 2040' },
      { t: 'p', text: 'Het gaat in deze visie ook over de grote opgaven van onze tijd: klimaat, energie, veiligheid en gezondheid.' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Waar wonen we in 2030? Er is vraag naar woningen voor jongeren en ouderen. We bouwen binnen de bestaande kernen en houden een balans tussen woningbouw en natuur:' },
      { t: 'ul', list: 'Streep', items: ['betaalbare woningen voor starters;', 'levensloopbestendige woningen voor ouderen, dicht bij voorzieningen;', { text: 'geen nieuwe uitbreiding in het open landschap, behalve:', sub: ['kleinschalig aan de randen van de kernen;', 'als het landschap er beter van wordt.'] }] },
      { t: 'h', l: 2, text: 'Bedrijvigheid' },
      { t: 'p', text: 'Het lokale bedrijfsleven houdt ruimte op de bestaande bedrijfsterreinen. Kleinschalige bedrijvigheid aan huis blijft mogelijk.' },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      { t: 'p', text: 'We willen een goed bereikbare gemeente zonder dat het verkeer de dorpen overheerst. Fiets en openbaar vervoer krijgen voorrang.' },
      { t: 'h', l: 2, text: 'Energie en klimaat' },
      { t: 'p', text: 'We wekken energie op met zon op daken. In het open veenweidelandschap komen geen zonnevelden of windturbines. We bereiden de gemeente voor op hevige buien en droogte.' },
      {
        t: 'table',
        cols: [3.4, 3.2, 3.0, 3.6],
        header: ['Opgave', 'Landsmeer', 'Den Ilp', 'Purmerland'],
        rows: [
          ['Woningbouw', 'inbreiding', 'beperkt', 'beperkt'],
          ['Voorzieningen', 'behouden', 'ontmoetingsplek', 'ontmoetingsplek'],
          ['Energie', 'zon op daken', 'zon op daken', 'zon op daken'],
        ],
      },
      { t: 'h', l: 2, text: 'Gezondheid en veiligheid' },
      { t: 'p', text: 'Een groene omgeving nodigt uit tot bewegen. Sport- en speelplekken liggen dichtbij, en de verkeersveiligheid rond scholen heeft voorrang.' },
      { t: 'h', l: 1, text: 'De kernen en het buitengebied' },
      { t: 'h', l: 2, text: 'Landsmeer' },
      { t: 'p', text: 'Het dorp Landsmeer houdt een compleet aanbod van winkels, scholen en sportvoorzieningen. Het centrum rond het lint versterken we.' },
      { t: 'h', l: 2, text: 'Den Ilp' },
      { t: 'p', text: 'Den Ilp is een lintdorp in het veenweidelandschap. Nieuwe bebouwing past bij het lint.' },
      { t: 'h', l: 2, text: 'Purmerland' },
      { t: 'p', text: 'Purmerland blijft een klein dorp met een agrarisch karakter. Agrarische bedrijven krijgen ruimte voor natuurinclusieve landbouw.' },
      { t: 'h', l: 2, text: 'Het buitengebied' },
      { t: 'p', text: 'In het buitengebied staan natuur, landschap en recreatie voorop. Het Landsmeerderveld blijft een groene buffer tussen Landsmeer en Amsterdam.' },
      { t: 'h', l: 1, text: 'Samen verder' },
      { t: 'h', l: 2, text: 'Van visie naar omgevingsplan' },
      { t: 'p', text: 'We werken de keuzes uit in het omgevingsplan en in programma’s. Initiatieven toetsen we aan deze visie.' },
      { t: 'h', l: 2, text: 'Monitoren en bijstellen' },
      { t: 'p', text: 'We houden de visie actueel. Elke vier jaar bespreken we met de raad of zij moet worden bijgesteld.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: ' — ' },
      { t: 'gio', layout: 'table', cols: [5.2, 8.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Grondgebied gemeente Landsmeer', 'grondgebied-gemeente-landsmeer', [0, 0], 5),
    gio('Ilperveld en Varkensland', 'ilperveld-varkensland', [2, 2], 2),
    gio('Landsmeerderveld', 'landsmeerderveld', [-1, -2], 1.2),
    gio('Historisch lint Landsmeer en Den Ilp', 'historisch-lint-landsmeer-den-ilp', [0.5, 1], 0.6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-landsmeer-2040', regeling: 'omgevingsvisie-landsmeer-2040', doel: 'omgevingsvisie-landsmeer-2040' },
    datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-09', inwerkingtreding: '2027-12-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0415',
  },
  geo: { origin: [122000, 494000] },
  meubilair: ['^Omgevingsvisie Landsmeer 2040 — pagina \\d+ van \\d+$'],
}
export default doc
