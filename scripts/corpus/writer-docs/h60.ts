/**
 * h60 — gemeente Goeree-Overflakkee (gm1924), holdout (session 9): an island gemeente of middle size. Content after
 * the public pages of the gemeente Goeree-Overflakkee about its omgevingsvisie and its island (the three themes vitaal, aantrekkelijk and innovatief eiland, 2050 with
 * 2035 as a step, fourteen kernen, the
 * energy island producing more than it uses, the Haringvliet, the Grevelingen and the Brouwersdam, the coast at
 * Ouddorp, agriculture on the polders, the hospital at Dirksland, the N59 and the Haringvlietbrug), shortened and in
 * our own words. Layout: a one-page portrait raadsbesluit with a footer of its own, the visie on A4 landscape pages in
 * Liberation Sans Narrow 11 pt, headings "1." / "1.1." / "1.1.1." (numbers only as Word numbering) and numbered list
 * items "1." that use the same numbering form as the chapters, an "a." list, real footnotes, a table, header with
 * gemeente and title, footer "Pagina n van m", a raadsbesluit with "gelet op", "besluit:", Artikel 1–2
 * (inwerkingtreding "met ingang van 1 april 2028"), signatures in two columns, no "Bijlage" line before the visie and
 * a GIO table Naam | Identificatie with one object.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1924'

const doc: Doc = {
  id: 'h60',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de gemeente Goeree-Overflakkee over haar omgevingsvisie en het eiland (de drie thema\'s vitaal, aantrekkelijk en innovatief eiland, 2050 met 2035 als tussenstap, veertien kernen, het energie-eiland dat meer opwekt dan het verbruikt, het Haringvliet, de Grevelingen en de Brouwersdam, de kust bij Ouddorp, landbouw op de polders, het ziekenhuis in Dirksland, de N59 en de Haringvlietbrug), ingekort en in eigen woorden; eigen opmaak: raadsbesluit van één staande pagina met een eigen voettekst, de visie op liggende A4-pagina\'s in Liberation Sans Narrow 11 pt, koppen "1." / "1.1." / "1.1.1." (nummers alleen als Word-nummering) en genummerde lijstitems "1." in dezelfde vorm als de hoofdstukken, lijst "a.", echte voetnoten, tabel, kopregel met gemeente en titel, voettekst "Pagina n van m", raadsbesluit met "gelet op", "besluit:", Artikel 1–2 met inwerkingtreding met ingang van 1 april 2028, handtekeningen in twee kolommen, geen bijlageregel voor de visie, GIO-tabel Naam | Identificatie met één object (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Goeree-Overflakkee',
  title: 'Omgevingsvisie Goeree-Overflakkee 2050',
  style: {
    font: 'Liberation Sans Narrow',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 11, 11],
    headingColor: '#00607A',
    lineHeight: 110,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 1.8, bottom: 1.6, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', suffix: '.', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: 'i', suffix: '.' }] },
      Stip: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦', font: 'DejaVu Sans' }] },
    },
    masters: {
      Besluit: { footer: ['Gemeente Goeree-Overflakkee · raadsbesluit\t\tblad {page}'] },
      Standard: {
        landscape: true,
        header: ['Gemeente Goeree-Overflakkee\t\tOmgevingsvisie 2050 · eilandvisie'],
        footer: ['\t\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #00607A',
    tableHeaderBg: '#D6EEF3',
    tableFontSize: 10,
    tussenkop: { bold: true, italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Goeree-Overflakkee tot vaststelling van de Omgevingsvisie Goeree-Overflakkee 2050',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-04-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Goeree-Overflakkee tot vaststelling van de Omgevingsvisie Goeree-Overflakkee 2050' },
      { t: 'p', text: 'De raad van de gemeente Goeree-Overflakkee;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 30 november 2027, zaaknummer Z-27-20931;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Goeree-Overflakkee 2050 wordt vastgesteld, met als werkingsgebied het grondgebied van de gemeente zoals vastgelegd in het informatieobject dat in de visie is genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 april 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 27 januari 2028.' },
      { t: 'sign', left: ['De griffier,', '', '', 'mr. drs. A.P. Roos'], right: ['De voorzitter,', '', '', 'A. Grootenboer-Dubbelman'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Goeree-Overflakkee 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Goeree-Overflakkee 2050' },
      { t: 'p', style: 'subtitle', text: 'Eén eiland, veertien kernen' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Goeree-Overflakkee is het zuidelijkste eiland van Zuid-Holland. Sinds 2013 vormen de vroegere gemeenten samen één gemeente met ruim 50.000 inwoners in veertien kernen.' },
      { t: 'h', l: 2, text: 'Doel van de visie' },
      { t: 'p', text: 'Deze visie beschrijft hoe het eiland zich tot 2050 ontwikkelt, met 2035 als tussenstap. Zij volgt de opbouw die hoofdstuk 3 van de Omgevingswet vraagt: kwaliteit van de leefomgeving, voorgenomen ontwikkeling, gebruik, beheer, bescherming en behoud.[^Artikel 3.2 van de Omgevingswet noemt deze onderdelen.] Zij vervangt de eerdere structuurvisie.' },
      { t: 'h', l: 2, text: 'Drie thema\'s' },
      { t: 'p', text: 'De visie is opgebouwd rond drie thema\'s:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: [
          'Een vitaal eiland: wonen en voorzieningen in alle kernen.',
          'Een aantrekkelijk eiland: natuur, water en een eerlijk verdeeld toerisme.',
          { text: 'Een innovatief eiland, met in het bijzonder:', sub: ['energie en het maritieme cluster;', 'lokaal ondernemerschap.'] },
        ],
      },
      { t: 'h', l: 1, text: 'Een vitaal eiland' },
      { t: 'h', l: 2, text: 'Woningbouw' },
      { t: 'p', text: 'Het woningaanbod groeit na 2030 met ongeveer één procent per jaar, verdeeld over de kernen en passend bij de identiteit van elk dorp.' },
      { t: 'h', l: 3, text: 'Jongeren en starters' },
      { t: 'p', text: 'Veel jongeren vertrekken voor hun studie. Betaalbare woningen helpen hen om terug te komen.' },
      { t: 'h', l: 3, text: 'Ouderen' },
      { t: 'p', text: 'In de grotere kernen komen woningen met zorg in de buurt, dicht bij het ziekenhuis in Dirksland.' },
      { t: 'h', l: 2, text: 'Voorzieningen' },
      {
        t: 'table',
        cols: [6.0, 8.5, 10.0],
        header: ['Kern', 'Rol', 'Voorzieningen'],
        rows: [
          ['Middelharnis-Sommelsdijk', 'centrumkern', 'ziekenhuiszorg, voortgezet onderwijs, winkels'],
          ['Oude-Tonge, Dirksland, Ouddorp', 'kernen met streekfunctie', 'supermarkt, huisarts, sport'],
          ['Overige kernen', 'dorpen', 'basisschool, dorpshuis'],
        ],
      },
      { t: 'h', l: 1, text: 'Een aantrekkelijk eiland' },
      { t: 'h', l: 2, text: 'Haringvliet en Grevelingen' },
      { t: 'p', text: 'Sinds de Haringvlietsluizen op een kier staan, kan trekvis weer de rivieren op. Wij verbinden de natuurgebieden op het eiland beter met elkaar, samen met Staatsbosbeheer en andere beheerders.[^Het Rijk en de regio werken aan meer getij op de Grevelingen in het programma Grevelingen en Volkerak-Zoommeer.]' },
      { t: 'h', l: 2, text: 'De kust bij Ouddorp' },
      { t: 'p', text: 'Strand en duinen trekken veel bezoekers. Het toerisme wordt eerlijker over het eiland verdeeld; nieuwe verblijfsrecreatie komt alleen op bestaande terreinen.' },
      { t: 'h', l: 1, text: 'Een innovatief eiland' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Het eiland wekt al meer duurzame energie op dan het zelf gebruikt. Wij gaan verder op drie sporen:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: ['Opslag en gebruik van stroom op het eiland, zoals waterstof bij Stellendam.', 'Geen nieuwe windturbines buiten de bestaande clusters langs de dijken.', 'Zon op daken, niet op landbouwgrond.'],
      },
      { t: 'h', l: 2, text: 'Maritiem cluster en landbouw' },
      { t: 'p', text: 'Het maritieme cluster rond Stellendam en de akkerbouw op de polders zijn de economische dragers van het eiland. Wij willen:' },
      {
        t: 'ul',
        list: 'Stip',
        items: ['ruimte voor bedrijven op Oostplaat in Middelharnis;', { text: 'nieuwe economische dragers op het platteland, zoals:', sub: ['zorg en toerisme op het erf;', 'verwerking van streekproducten.'] }],
      },
      { t: 'h', l: 1, text: 'Bereikbaarheid' },
      { t: 'p', text: 'De N59 en de Haringvlietbrug verbinden het eiland met de Randstad en Zeeland. In de dorpen krijgen fietsers en voetgangers veilige routes. De gemeente vraagt het Rijk en de provincie om:' },
      { t: 'ol', list: 'Letter', items: ['snellere busverbindingen naar Rotterdam;', 'veilige fietsroutes tussen de kernen;', 'een betrouwbare Haringvlietbrug.'] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Werkingsgebied', sep: ' – ' },
      { t: 'p', text: 'De visie geldt voor het hele grondgebied van de gemeente, vastgelegd als geometrisch informatieobject:' },
      { t: 'gio', layout: 'table', cols: [9.0, 14.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    {
      naam: 'Grondgebied Goeree-Overflakkee (inclusief buitendijkse gronden)',
      identificatie: joinId(bg, '2028', 'grondgebied-goeree-overflakkee', '2028-01-27', '1'),
      at: [0, 0],
      size: 12,
    },
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-goeree-overflakkee-2050', regeling: 'omgevingsvisie-goeree-overflakkee-2050', doel: 'omgevingsvisie-goeree-overflakkee-2050' },
    datums: { vaststelling: '2028-01-27', ondertekening: '2028-01-27', bekendmaking: '2028-02-02', inwerkingtreding: '2028-04-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1924',
  },
  geo: { origin: [68000, 415000] },
  meubilair: [
    '^Gemeente Goeree-Overflakkee · raadsbesluit blad \\d+$',
    '^Gemeente Goeree-Overflakkee Omgevingsvisie 2050 · eilandvisie$',
    '^Pagina \\d+ van \\d+$',
  ],
}
export default doc
