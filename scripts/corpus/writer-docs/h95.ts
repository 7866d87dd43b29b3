/**
 * h95 — provincie Noord-Holland (pv27), holdout (session 11, fourth set). Content after the public texts on the
 * Omgevingsvisie NH2050 ("Balans tussen economische groei en leefbaarheid"; a basiskwaliteit of the leefomgeving
 * guaranteed in heel Noord-Holland; the ontwikkelingen klimaatverandering, energietransitie, verstedelijking,
 * bereikbaarheid, gezonde leefomgeving, economische transitie, natuur en biodiversiteit; natuurinclusief
 * ontwikkelen with behoud van karakteristieke landschappen, clustering of ruimtelijk-economische ontwikkelingen rond
 * infrastructuur, rekening houden met de ondergrond; ontwikkelprincipes; co-creatie and consultatie; the Koers
 * NH2050 of 18 december 2017), here as a herijkte visie of 2027 — a visie not yet in the corpus (h02 holds NH2050
 * itself) — shortened and partly in our own words. Layout: A4 in Liberation Serif 10 pt with Liberation Sans
 * headings; chapters "Opgave A" … "Opgave F" (the word in the numbering), sections "A.1", a third level "A.1.1";
 * footer only "Pagina n" at the LEFT of EVEN pages, odd pages carry "Omgevingsvisie NH2050 · herijking 2027" at the
 * right and no number; table of contents; Statenbesluit nr. 87/2027 with "overwegende dat" in three paragraphs and
 * "gelet op" after them, "b e s l u i t e n :", Artikel I–III (inwerkingtreding on a date); visie as "Bijlage 1";
 * GIO overview as a NUMBERED LIST "1. Naam (identificatie)" in "Bijlage 2".
 */
import type { Doc, Block } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'pv27'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-22', '1'),
  at,
  size,
})
const gios = [
  gio('Provincie Noord-Holland', 'provincie-noord-holland', [0, 0], 30),
  gio('Bijzonder Provinciaal Landschap', 'bijzonder-provinciaal-landschap', [-10, 15], 8),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', [5, 30], 6),
  gio('Metropolitane kernen', 'metropolitane-kernen', [8, -10], 5),
  gio('Kustfundament', 'kustfundament', [-20, 10], 4),
]

const gioLijst: Block = { t: 'ol', list: 'Gio', items: gios.map((g) => `${g.naam} (${g.identificatie})`) }

const doc: Doc = {
  id: 'h95',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de Omgevingsvisie NH2050 van de provincie Noord-Holland ("Balans tussen economische groei en leefbaarheid"; basiskwaliteit van de leefomgeving in heel Noord-Holland; klimaatverandering, energietransitie, verstedelijking, bereikbaarheid, gezonde leefomgeving, economische transitie, natuur en biodiversiteit; natuurinclusief ontwikkelen met behoud van karakteristieke landschappen; clusteren rond infrastructuur; rekening houden met de ondergrond; ontwikkelprincipes; Koers NH2050), hier als herijkte visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, hoofdstukken "Opgave A" … "Opgave F" (het woord in de nummering), paragrafen "A.1" en "A.1.1", voettekst alleen "Pagina n" LINKS op EVEN bladzijden (oneven: "Omgevingsvisie NH2050 · herijking 2027" rechts, zonder nummer), inhoudsopgave, Statenbesluit nr. 87/2027 met "overwegende dat" in drie alinea\'s en daarna "gelet op", "b e s l u i t e n :", Artikel I–III (inwerkingtreding op een datum), visie als "Bijlage 1", GIO-overzicht als GENUMMERDE LIJST "1. Naam (identificatie)" in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Noord-Holland',
  title: 'Omgevingsvisie NH2050 – herijking 2027',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12, 10.5, 10],
    headingColor: '#C8102E',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.4, right: 2.4 },
    outline: [
      { format: 'A', display: 1, prefix: 'Opgave ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: ')' }] },
      Gio: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['\t\tOmgevingsvisie NH2050 · herijking 2027'],
        footerLeft: ['Pagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #C8102E',
    tableHeaderBg: '#F6DADF',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Noord-Holland tot vaststelling van de herijkte Omgevingsvisie NH2050',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provincie Noord-Holland · Statenbesluit nr. 87/2027' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Noord-Holland tot vaststelling van de herijkte Omgevingsvisie NH2050' },
      { t: 'p', text: 'Provinciale Staten van Noord-Holland;' },
      { t: 'p', text: 'gelezen de voordracht van Gedeputeerde Staten van 5 september 2027;' },
      { t: 'p', text: 'overwegende dat Provinciale Staten op 19 november 2018 de Omgevingsvisie NH2050 hebben vastgesteld, met als hoofdambitie een balans tussen economische groei en leefbaarheid;' },
      { t: 'p', text: 'overwegende dat de ontwikkelingen in klimaat, energie, woningbouw en landbouw sindsdien aanleiding geven de visie te herijken, en dat daarover met gemeenten, waterschappen, maatschappelijke organisaties en inwoners is gesproken;' },
      { t: 'p', text: 'overwegende dat het ontwerp van 12 april tot en met 23 mei 2027 ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t e n :' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De herijkte Omgevingsvisie NH2050, opgenomen in bijlage 1, wordt vastgesteld; de werkingsgebieden staan in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Omgevingsvisie NH2050, vastgesteld op 19 november 2018, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de vergadering van Provinciale Staten van Noord-Holland van 22 november 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. M.J. Kruis'], right: ['de voorzitter,', '', '', 'A.Th.B. Bijleveld'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie NH2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij Statenbesluit nr. 87/2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie NH2050' },
      { t: 'p', style: 'subtitle', text: 'Balans tussen economische groei en leefbaarheid — herijking 2027' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Balans als hoofdambitie' },
      { t: 'p', text: 'Noord-Holland kent een hoog welvaarts- en welzijnsniveau. Om dat ook voor de toekomst veilig te stellen is een goede balans nodig tussen economische groei en leefbaarheid. Een gezonde en veilige leefomgeving, goed voor mens, plant én dier, is een voorwaarde voor een goed vestigingsklimaat.' },
      { t: 'h', l: 2, text: 'Waarom een herijking' },
      { t: 'p', text: 'Sinds 2018 is veel veranderd: de woningnood is groter, de energietransitie versnelt en de stikstofopgave vraagt om keuzes in het landelijk gebied.' },
      { t: 'h', l: 2, text: 'Basiskwaliteit in heel Noord-Holland' },
      { t: 'p', text: 'In heel Noord-Holland garanderen we een basiskwaliteit van de leefomgeving:' },
      { t: 'ul', list: 'Streep', items: ['zo min mogelijk blootstelling aan ongezonde en onveilige stoffen;', 'voldoende scholen, zorg en sportvoorzieningen;', { text: 'voldoende lucht, licht en groen, ook', sub: ['in de stad;', 'in de dorpen.'] }] },
      { t: 'h', l: 2, text: 'Ontwikkelprincipes' },
      { t: 'p', text: 'De ontwikkelprincipes helpen bij de afweging van initiatieven; ze gelden voor alle opgaven.' },
      { t: 'h', l: 3, text: 'Natuurinclusief ontwikkelen' },
      { t: 'p', text: 'Elke ontwikkeling draagt bij aan natuur en biodiversiteit, met behoud van de karakteristieke landschappen.' },
      { t: 'h', l: 3, text: 'Clusteren rond infrastructuur' },
      { t: 'p', text: 'Ruimtelijk-economische ontwikkelingen clusteren we rond knooppunten van weg, spoor en water.' },
      { t: 'h', l: 3, text: 'Rekening houden met de ondergrond' },
      { t: 'p', text: 'Bodem en water zijn sturend: we bouwen niet waar de ondergrond dat niet toelaat.' },
      { t: 'h', l: 1, text: 'Klimaatverandering' },
      { t: 'p', text: 'De zomers worden warmer en droger, de buien heviger en de zeespiegel stijgt. Noord-Holland ligt voor een groot deel onder zeeniveau.' },
      { t: 'h', l: 2, text: 'Waterveiligheid en kust' },
      { t: 'p', text: 'Het kustfundament blijft vrij van nieuwe bebouwing die de zandsuppleties in de weg zit.' },
      { t: 'h', l: 2, text: 'Klimaatadaptief bouwen' },
      { t: 'p', text: 'Nieuwe wijken zijn bestand tegen hitte, droogte en wateroverlast.' },
      { t: 'h', l: 1, text: 'Energietransitie' },
      { t: 'p', text: 'In 2050 is Noord-Holland klimaatneutraal. We volgen de zonneladder:' },
      { t: 'ol', list: 'Nummer', items: ['eerst op daken en gevels;', 'dan op onbenutte terreinen in bebouwd gebied;', 'dan in combinatie met andere functies;', 'pas daarna in het landelijk gebied.'] },
      { t: 'h', l: 2, text: 'Wind op land' },
      { t: 'p', text: 'Windturbines plaatsen we in de zoekgebieden die we samen met de regio’s hebben aangewezen.' },
      { t: 'h', l: 2, text: 'Netcongestie' },
      { t: 'p', text: 'Met netbeheerders zoeken we ruimte voor stations en kabels.' },
      { t: 'h', l: 1, text: 'Verstedelijking en bereikbaarheid' },
      { t: 'p', text: 'We bouwen in en aan de metropolitane kernen en in de kernen van Noord-Holland Noord, dicht bij openbaar vervoer.' },
      {
        t: 'table',
        cols: [5.2, 5.5, 5.5],
        header: ['Regio', 'Woningen tot 2030', 'Woningen 2030–2040'],
        rows: [
          ['Metropoolregio Amsterdam', '150.000', '100.000'],
          ['Noord-Holland Noord', '25.000', '15.000'],
          ['Gooi en Vechtstreek', '9.000', '6.000'],
        ],
      },
      { t: 'h', l: 2, text: 'Metropolitane kernen' },
      { t: 'p', text: 'Haarlem, Zaanstad, Hoofddorp, Amstelveen en Almere vangen samen met Amsterdam een groot deel van de groei op.' },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'Fiets en openbaar vervoer krijgen voorrang; de auto blijft nodig in het landelijk gebied.' },
      { t: 'h', l: 1, text: 'Gezonde leefomgeving en economische transitie' },
      { t: 'h', l: 2, text: 'Gezondheid' },
      { t: 'p', text: 'We verminderen geluid en luchtverontreiniging rond Schiphol, de IJmond en de drukke wegen.' },
      { t: 'h', l: 2, text: 'Circulaire economie' },
      { t: 'p', text: 'Het Noordzeekanaalgebied ontwikkelt zich tot circulaire hotspot.' },
      { t: 'h', l: 1, text: 'Natuur, landschap en landbouw' },
      { t: 'p', text: 'Natuur en landschap zijn de basis van onze leefomgeving.' },
      { t: 'h', l: 2, text: 'Bijzonder Provinciaal Landschap' },
      { t: 'p', text: 'In het Bijzonder Provinciaal Landschap zijn nieuwe ontwikkelingen alleen mogelijk als ze de kernkwaliteiten versterken.' },
      { t: 'h', l: 2, text: 'Toekomstbestendige landbouw' },
      { t: 'p', text: 'Landbouw blijft een drager van het landschap; we helpen boeren bij extensivering rond Natura 2000-gebieden.' },
      { t: 'h', l: 3, text: 'Veenweidegebieden' },
      { t: 'p', text: 'We verhogen het waterpeil om bodemdaling te remmen.' },
      { t: 'h', l: 3, text: 'Kop van Noord-Holland' },
      { t: 'p', text: 'Ruimte voor bollenteelt en zilte teelten.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Overzicht werkingsgebieden', sep: '. ' },
      { t: 'p', text: 'De volgende geografische informatieobjecten horen bij deze visie:' },
      gioLijst,
    ],
  ],
  gios,
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-nh2050-herijking', regeling: 'omgevingsvisie-nh2050-herijking', doel: 'omgevingsvisie-nh2050-herijking' },
    datums: { vaststelling: '2027-11-22', ondertekening: '2027-11-22', bekendmaking: '2027-11-29', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV27',
  },
  geo: { origin: [120000, 500000] },
  meubilair: ['^Pagina \\d+$', '^Omgevingsvisie NH2050 · herijking 2027$'],
}
export default doc
