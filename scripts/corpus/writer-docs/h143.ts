/**
 * h143 — gemeente Woensdrecht (gm0873), holdout (session 12): the West-Brabantse gemeente on the Brabantse Wal
 * with Hoogerheide, Huijbergen, Ossendrecht, Putte and Woensdrecht, the vliegbasis Woensdrecht and the Markiezaat.
 * Content in our own words after the general public picture of the gemeente (no published visie text could be
 * checked within the session). Layout: A4 in Liberation Serif 10.5 pt; chapters "1 …" with sections "1.1" and a
 * third level "3.1.1"; a table of contents; a header in two lines (document title over the chapter title, from
 * {chaptername}); a footer with date, version and page "n/m"; lists "•" and "a."; footnotes on several pages; a table;
 * raadsbesluit with "gelet op" and "BESLUIT:" and Artikel I–III over two pages, signature on the second; GIO table
 * Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0873'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-10-12', '1'),
  at,
  size,
})
const filler =
  'Wij werken daarbij samen met inwoners, ondernemers, maatschappelijke organisaties, het waterschap Brabantse Delta en de provincie Noord-Brabant, en met onze buurgemeenten in West-Brabant en in Vlaanderen. De Brabantse Wal is een grensoverschrijdend landschap; keuzes aan de ene kant van de grens hebben gevolgen aan de andere kant.'

const doc: Doc = {
  id: 'h143',
  set: 'holdout',
  bron:
    'Eigen tekst naar het algemene openbare beeld van de gemeente Woensdrecht (Brabantse Wal, Markiezaat, vliegbasis Woensdrecht, de kernen Hoogerheide, Huijbergen, Ossendrecht, Putte en Woensdrecht); geen gepubliceerde visietekst binnen de sessie gecontroleerd; eigen opmaak: A4 in Liberation Serif 10,5 pt, hoofdstukken "1" met paragrafen "1.1" en een derde niveau "3.1.1", inhoudsopgave, kopregel in twee regels (documenttitel boven hoofdstuktitel), voettekst met datum, versie en pagina "n/m", lijsten "•" en "a.", voetnoten op meerdere pagina\'s, een tabel, raadsbesluit met "BESLUIT:" en Artikel I–III over twee pagina\'s met ondertekening op de tweede, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Woensdrecht',
  title: 'Omgevingsvisie Woensdrecht',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#7A1F2B',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.2, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Woensdrecht | Omgevingsvisie', '{chaptername}'],
        footer: ['Vastgesteld 12 oktober 2027 · versie 1.0\t\t{page}/{pages}'],
      },
    },
    tableBorder: '0.5pt solid #7A1F2B',
    tableHeaderBg: '#F3E3E5',
    tableFontSize: 9,
    tussenkop: { bold: true, size: 10.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Woensdrecht tot vaststelling van de Omgevingsvisie Woensdrecht',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2027-11-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvoorstel nr. 2027-061 · raadsvergadering 12 oktober 2027' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Woensdrecht tot vaststelling van de Omgevingsvisie Woensdrecht' },
      { t: 'p', text: 'De raad van de gemeente Woensdrecht;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 29 augustus 2027, nr. 2027-061;' },
      { t: 'p', text: 'overwegende dat de gemeente op grond van de Omgevingswet één integrale omgevingsvisie voor haar hele grondgebied vaststelt;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de omgevingsvisie met ingang van 3 mei 2027 gedurende zes weken ter inzage heeft gelegen, dat een ieder in de gelegenheid is gesteld een zienswijze naar voren te brengen en dat elf zienswijzen zijn ingediend;' },
      { t: 'p', text: 'overwegende dat de zienswijzen zijn samengevat en beantwoord in de Nota van zienswijzen, en dat deze op onderdelen tot aanpassing van de omgevingsvisie hebben geleid;' },
      { t: 'p', text: 'overwegende dat bij de voorbereiding overleg is gevoerd met de provincie Noord-Brabant, het waterschap Brabantse Delta, het Ministerie van Defensie over de vliegbasis Woensdrecht, en met de buurgemeenten Bergen op Zoom, Roosendaal en Kalmthout en Essen;' },
      { t: 'p', text: 'overwegende dat de omgevingsvisie de strategische koers geeft voor de fysieke leefomgeving tot 2040, en dat zij alleen het gemeentebestuur bindt;' },
      { t: 'p', text: 'overwegende dat de werkingsgebieden van de omgevingsvisie als geografische informatieobjecten worden bekendgemaakt;' },
      { t: 'p', text: 'gelet op de artikelen 3.1, eerste lid, 3.2 en 16.27 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;' },
      { t: 'p', text: 'gezien het advies van de commissie Ruimte van 21 september 2027;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Woensdrecht vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 1 van de omgevingsvisie.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Structuurvisie Woensdrecht 2012 in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 november 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van de gemeente Woensdrecht, gehouden op 12 oktober 2027.' },
      { t: 'p', text: 'De raad voornoemd,' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. L.M. van Dongen'], right: ['de voorzitter,', '', '', 'drs. F.C. Adriaansen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Woensdrecht',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Woensdrecht' },
      { t: 'p', style: 'subtitle', text: 'Wonen en werken op de Brabantse Wal' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Deze omgevingsvisie beschrijft hoe wij de fysieke leefomgeving van Woensdrecht tot 2040 willen ontwikkelen.[^De visie vervangt de Structuurvisie Woensdrecht 2012.] ' + filler },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'De Omgevingswet vraagt van iedere gemeente één integrale visie. Zij bindt alleen het gemeentebestuur.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'In drie rondes spraken wij met inwoners in alle vijf kernen:' },
      { t: 'ol', list: 'Letter', items: ['een startbijeenkomst per kern;', 'een digitale enquête met ruim 900 reacties;', 'werkateliers met ondernemers en verenigingen.'] },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 schetst Woensdrecht nu. Hoofdstuk 3 geeft de ambities per thema, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.' },
      { t: 'h', l: 1, text: 'Woensdrecht nu' },
      { t: 'h', l: 2, text: 'Vijf kernen op de Wal' },
      { t: 'p', text: 'Woensdrecht telt vijf kernen met elk een eigen karakter.[^Hoogerheide is de grootste kern; Putte ligt deels in België.] ' + filler },
      {
        t: 'table',
        cols: [4, 4, 8],
        header: ['Kern', 'Inwoners (afgerond)', 'Karakter'],
        rows: [
          ['Hoogerheide', '9.000', 'hoofdkern met voorzieningen'],
          ['Ossendrecht', '5.000', 'dorp aan de bossen van de Wal'],
          ['Putte', '3.500', 'grensdorp'],
          ['Huijbergen', '3.000', 'kloosterdorp tussen bos en akkers'],
          ['Woensdrecht', '2.000', 'dorp aan de Oosterschelde-kant'],
        ],
      },
      { t: 'h', l: 2, text: 'Landschap en bodem' },
      { t: 'p', text: 'De steilrand van de Brabantse Wal scheidt de zandgronden van de zeekleipolders. Kwelwater aan de voet van de Wal voedt bijzondere natuur.' },
      { t: 'h', l: 2, text: 'De vliegbasis' },
      { t: 'p', text: 'De vliegbasis Woensdrecht is een belangrijke werkgever. Rond de basis gelden beperkingen voor bouwhoogte en geluid.[^Zie het Besluit algemene regels ruimtelijke ordening voor de militaire luchthaven.]' },
      { t: 'h', l: 1, text: 'Ambities per thema' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'h', l: 3, text: 'Woningbouw in de kernen' },
      { t: 'p', text: 'Wij bouwen tot 2030 ongeveer 800 woningen, vooral binnen de bestaande kernen.' },
      { t: 'h', l: 3, text: 'Wonen voor ouderen' },
      { t: 'p', text: 'Wij willen dat ouderen in hun eigen kern kunnen blijven wonen:' },
      { t: 'ul', list: 'Bol', items: ['levensloopbestendige woningen nabij voorzieningen;', { text: 'zorg dichtbij', sub: ['in Hoogerheide;', 'in Ossendrecht.'] }, 'ruimte voor mantelzorgwoningen.'] },
      { t: 'h', l: 2, text: 'Werken' },
      { t: 'h', l: 3, text: 'Aviolanda en de luchtvaartcluster' },
      { t: 'p', text: 'Het bedrijventerrein bij de vliegbasis biedt ruimte aan onderhoud van vliegtuigen en aan toeleveranciers.[^Het terrein is in de regio bekend als Aviolanda.] ' + filler },
      { t: 'h', l: 3, text: 'Lokale bedrijvigheid' },
      { t: 'p', text: 'Kleine bedrijven vinden plaats op de lokale bedrijventerreinen van de kernen.' },
      { t: 'h', l: 2, text: 'Natuur en landschap' },
      { t: 'p', text: 'De Brabantse Wal en het Markiezaat zijn Natura 2000-gebied. Wij beschermen de overgang van bos naar polder.' },
      { t: 'h', l: 2, text: 'Energie en klimaat' },
      { t: 'p', text: 'Wij wekken energie op met zon op daken en langs infrastructuur; op de Wal zelf komen geen windturbines. ' + filler },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'De Brabantse Wal' },
      { t: 'p', text: 'Bossen, heide en landgoederen; recreatie in balans met natuur.' },
      { t: 'h', l: 2, text: 'De polders' },
      { t: 'p', text: 'Grootschalige akkerbouw in de Zuidgeest- en Woensdrechtse polders.' },
      { t: 'h', l: 2, text: 'Het Markiezaat' },
      { t: 'p', text: 'Het Markiezaatsmeer met zijn oevers is een rustgebied voor vogels.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      { t: 'p', text: 'Wij werken de visie uit in het omgevingsplan en in programma’s.' },
      { t: 'h', l: 2, text: 'Monitoring en actualisatie' },
      { t: 'p', text: 'Eens per vier jaar kijken wij of de visie nog past.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [5.5, 10.5], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Woensdrecht', 'gemeente-woensdrecht', [0, 0], 14),
    gio('Brabantse Wal', 'brabantse-wal', [-2, 0], 4),
    gio('Markiezaat', 'markiezaat', [-6, 5], 3),
    gio('Vliegbasis Woensdrecht en Aviolanda', 'vliegbasis-aviolanda', [3, -3], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-woensdrecht', regeling: 'omgevingsvisie-woensdrecht', doel: 'omgevingsvisie-woensdrecht' },
    datums: { vaststelling: '2027-10-12', ondertekening: '2027-10-12', bekendmaking: '2027-10-19', inwerkingtreding: '2027-11-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0873',
  },
  geo: { origin: [82000, 380000] },
  meubilair: ['^Gemeente Woensdrecht \| Omgevingsvisie$', '^Vastgesteld 12 oktober 2027 · versie 1\\.0\\s+\\d+/\\d+$'],
}
export default doc
