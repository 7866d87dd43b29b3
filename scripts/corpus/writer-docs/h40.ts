/**
 * h40 — gemeente Tytsjerksteradiel (gm0737), holdout (session 7): the unusual case of the set, one omgevingsvisie
 * written together by two gemeenten that share a werkorganisatie (Achtkarspelen and Tytsjerksteradiel), adopted by
 * each raad for its own grondgebied; this is the besluit of the raad of Tytsjerksteradiel, with only its own GIOs.
 * Content after the two gemeenten's public pages on their omgevingsvisies (Achtkarspelen: ambities tot 2040,
 * flexibiliteit, Doarpetoer; Tytsjerksteradiel: energieneutraal in 2040, gezondheid "Tegearre sûn fiele",
 * economische zaken), joined and shortened in our own words. Layout: Word outline numbering "1." + tab, "1.1." and
 * "1.1.1." (three levels, numbers only as Word numbering), a one-column opening followed by a two-column section,
 * ■-lists with o-items (one item interrupted by a page break and the
 * footnote), a footnote, a table, header "Gezamenlijke omgevingsvisie" left and the two gemeenten right,
 * footer "- n -" centred, a raadsbesluit with "overwegende dat", "b e s l u i t :", Artikel I–II (inwerkingtreding the
 * day after the uitgifte of the Gemeenteblad), signatures in two columns, a lower-case "bijlage 1" line before the
 * visie and a GIO table of a single object in a lower-case "bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0737'
const gio = (naam: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-04-15', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h40',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de gemeenten Achtkarspelen (ambities tot 2040, flexibiliteit, Doarpetoer) en Tytsjerksteradiel (energieneutraal in 2040, gezondheidsbeleid "Tegearre sûn fiele", economische zaken) over hun omgevingsvisies, hier samengebracht als één gezamenlijke visie die iedere raad voor het eigen grondgebied vaststelt, ingekort en in eigen woorden; eigen opmaak: DejaVu Sans Light 9 pt met Liberation Sans-koppen in blauwgroen, Word-nummering "1." + tab, "1.1." en "1.1.1." (drie niveaus, nummers alleen als Word-nummering), opening in één kolom gevolgd door een tweekoloms sectie, ■-lijsten met o-items (één item onderbroken door paginawissel en voetnoot), een voetnoot, tabel, kopregel "Gezamenlijke omgevingsvisie" links en de twee gemeenten rechts, voettekst "- n -" gecentreerd, raadsbesluit met "overwegende dat", "b e s l u i t :", Artikel I–II met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie en GIO-tabel van één object in "bijlage 2" (holdout; ongewoon geval: gezamenlijke visie van twee gemeenten, besluit van één raad)',
  bevoegdGezag: bg,
  naam: 'Gemeente Tytsjerksteradiel',
  title: 'Omgevingsvisie Achtkarspelen en Tytsjerksteradiel',
  style: {
    font: 'DejaVu Sans Light',
    size: 9,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 11.5, 10, 9],
    headingColor: '#0F6E6E',
    lineHeight: 135,
    spaceAfter: 0.2,
    justify: true,
    page: { width: 21, height: 29.7, top: 2.6, bottom: 2.4, left: 2.4, right: 2.4 },
    outline: [
      { format: '1', suffix: '.', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: 'o' }] },
    },
    masters: {
      Standard: {
        header: ['Gezamenlijke omgevingsvisie\t\tAchtkarspelen · Tytsjerksteradiel'],
        footer: ['\t- {page} -'],
      },
    },
    tableBorder: '0.4pt solid #0F6E6E',
    tableHeaderBg: '#DDF0EE',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#0F6E6E' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Tytsjerksteradiel tot vaststelling van de Omgevingsvisie Achtkarspelen en Tytsjerksteradiel',
    artikelen: ['I', 'II'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Tytsjerksteradiel · raadsbesluit nr. 2027-21 · raadsvergadering 15 april 2027' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Tytsjerksteradiel tot vaststelling van de Omgevingsvisie Achtkarspelen en Tytsjerksteradiel' },
      { t: 'p', text: 'De raad van de gemeente Tytsjerksteradiel;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 6 maart 2027;' },
      { t: 'p', text: 'overwegende dat de gemeenten Achtkarspelen en Tytsjerksteradiel, die één werkorganisatie delen, samen één omgevingsvisie hebben opgesteld, met een gezamenlijk deel en een deel per gemeente;' },
      { t: 'p', text: 'overwegende dat iedere raad de visie vaststelt voor het eigen grondgebied en dat de raad van Achtkarspelen de visie vaststelt in zijn vergadering van dezelfde datum;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Achtkarspelen en Tytsjerksteradiel, zoals opgenomen in bijlage 1, wordt voor het grondgebied van de gemeente Tytsjerksteradiel vastgesteld, met de geometrische informatieobjecten die in bijlage 2 zijn genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 15 april 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'A.J. Kuipers-de Boer'], right: ['de voorzitter,', '', '', 'L.J. Gebben'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Achtkarspelen en Tytsjerksteradiel',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'bijlage 1 bij het raadsbesluit van 15 april 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Achtkarspelen en Tytsjerksteradiel' },
      { t: 'p', style: 'subtitle', text: 'Twee gemeenten, één koers tot 2040' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Achtkarspelen en Tytsjerksteradiel liggen naast elkaar in het noordoosten van Fryslân. Zij delen een werkorganisatie, een landschap en veel opgaven. Daarom hebben zij samen één omgevingsvisie gemaakt: een gezamenlijk deel over de koers tot 2040 en een deel met de keuzes die iedere gemeente voor zichzelf maakt.' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Een visie voor twee gemeenten' },
          { t: 'p', text: 'De visie is samen met inwoners en organisaties opgesteld. In Achtkarspelen is in alle dorpen gesproken tijdens de Doarpetoer; in Tytsjerksteradiel via de dorpsbelangen en een online peiling.' },
          { t: 'h', l: 2, text: 'Status' },
          { t: 'p', text: 'Iedere raad stelt de visie vast voor het eigen grondgebied. Zij bindt alleen de gemeente zelf en is het afwegingskader voor initiatieven die niet in het omgevingsplan passen.' },
          { t: 'p', text: 'De visie legt niet precies vast welke functies waar mogelijk zijn. Zij is duidelijk over wat wij willen bereiken en laat ruimte voor initiatieven.' },
        ],
      },
      { t: 'h', l: 1, text: 'Ons DNA' },
      { t: 'p', text: 'Wij zijn zuinig op wat onze gemeenten eigen is: het landschap, de dorpen en de mienskip.' },
      { t: 'h', l: 2, text: 'Noardlike Fryske Wâlden' },
      { t: 'p', text: 'Het grootste deel van beide gemeenten hoort bij de Noardlike Fryske Wâlden, een coulisselandschap van kleine percelen omzoomd door elzensingels en houtwallen.[^De Noardlike Fryske Wâlden zijn sinds 2005 aangewezen als Nationaal Landschap.]' },
      { t: 'h', l: 3, text: 'Dykswâlen en singels' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          { text: 'Wij houden de dykswâlen en singels in stand:', sub: ['bij nieuwe erven;', 'bij ruilverkaveling en herinrichting.'] },
          'Waar singels verdwenen zijn, planten wij ze terug.',
          'Nieuwe bebouwing blijft binnen de coulissen.',
        ],
      },
      { t: 'h', l: 3, text: 'Het open veenweidegebied' },
      { t: 'p', text: 'Rond De Alde Feanen ligt open veenweide; wij houden dat gebied open.' },
      { t: 'h', l: 2, text: 'Dorpen en mienskip' },
      { t: 'p', text: 'In de dorpen zorgen inwoners voor elkaar. Voorzieningen houden wij zo veel mogelijk in stand:' },
      {
        t: 'ul',
        list: 'Blok',
        items: [
          'Een dorpshuis dat zijn functie verliest, krijgt eerst de kans om samen met de school, de sportvereniging of de zorg een nieuwe invulling te vinden, voordat de gemeente over een andere bestemming beslist; de dorpsbelangen praten daarover mee vanaf het begin. Lukt dat niet, dan zoeken wij samen met het dorp naar een andere plek in de kern waar inwoners elkaar kunnen ontmoeten, zodat geen dorp zonder ontmoetingsplek komt te zitten.',
          'Scholen en sportvelden die dicht bij elkaar liggen, kunnen ruimte delen. Wij helpen besturen en verenigingen om daar afspraken over te maken en passen waar nodig het omgevingsplan aan, zodat gedeeld gebruik ook juridisch mogelijk is.',
        ],
      },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'Er is vraag naar woningen voor jongeren en ouderen. Wij bouwen in de grotere dorpen en houden in de kleine dorpen ruimte voor de eigen behoefte.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Beide gemeenten willen in 2040 energieneutraal zijn. Het Energieloket helpt inwoners op weg.' },
      { t: 'h', l: 3, text: 'Besparen' },
      { t: 'p', text: 'Isolatie van woningen en gebouwen is de eerste stap.' },
      { t: 'h', l: 3, text: 'Opwekken' },
      {
        t: 'table',
        cols: [4, 5.2, 6.9],
        header: ['Bron', 'Waar', 'Voorwaarde'],
        rows: [
          ['Zon op daken', 'overal', 'geen'],
          ['Zonnevelden', 'bij bedrijventerreinen\nlangs de Wâldwei', 'landschappelijk ingepast\nlokaal eigendom'],
          ['Warmtepompen', 'woningen en bedrijven', 'geluid beperkt'],
        ],
      },
      { t: 'h', l: 2, text: 'Gezondheid' },
      { t: 'p', text: 'Een gezonde leefomgeving nodigt uit om te bewegen en elkaar te ontmoeten. Wij leggen veilige fiets- en wandelroutes aan tussen de dorpen.' },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      { t: 'p', text: 'De stations Hurdegaryp, Feanwâlden en Buitenpost verbinden ons met Leeuwarden en Groningen. Wij maken fietsenstallingen en parkeerplaatsen bij de stations groter.' },
      { t: 'h', l: 1, text: 'Keuzes per gemeente' },
      { t: 'h', l: 2, text: 'Achtkarspelen' },
      { t: 'p', text: 'Buitenpost en Surhuisterveen zijn de kernen met de meeste voorzieningen. Rond Harkema en Surhuisterveen versterken wij de recreatie in het Wâldpark.' },
      { t: 'h', l: 2, text: 'Tytsjerksteradiel' },
      { t: 'p', text: 'Burgum en Hurdegaryp zijn de grootste dorpen. Het Nationaal Park De Alde Feanen beschermen wij; de recreatie rond Earnewâld groeit alleen als de natuur dat toelaat.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'De gemeenten werken de visie ieder uit in een eigen omgevingsplan en in gezamenlijke programma’s. Iedere vier jaar evalueren zij de visie samen.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'bijlage 2', nummer: '2', text: 'werkingsgebied Tytsjerksteradiel', sep: ': ' },
      { t: 'p', text: 'Voor het grondgebied van Tytsjerksteradiel geldt deze visie in het volgende werkingsgebied:' },
      { t: 'gio', layout: 'table', cols: [6.2, 10], header: ['Werkingsgebied', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Grondgebied Tytsjerksteradiel', [0, 0], 7),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-achtkarspelen-tytsjerksteradiel', regeling: 'omgevingsvisie-achtkarspelen-tytsjerksteradiel', doel: 'omgevingsvisie-achtkarspelen-tytsjerksteradiel' },
    datums: { vaststelling: '2027-04-15', ondertekening: '2027-04-15', bekendmaking: '2027-04-22' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0737',
  },
  geo: { origin: [192000, 584000] },
  meubilair: ['^- \\d+ -$', '^Gezamenlijke omgevingsvisie Achtkarspelen · Tytsjerksteradiel$'],
}
export default doc
