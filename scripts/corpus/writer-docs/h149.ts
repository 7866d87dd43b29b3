/**
 * h149 — gemeente Hoogeveen (gm0118), holdout (session 12): the Drentse gemeente of some 56.000 inwoners with
 * Hoogeveen as the centre and the dorpen Hollandscheveld, Elim, Nieuweroord, Pesse, Tiendeveen and Fluitenberg, the
 * A28 and A37 at knooppunt Hoogeveen, the Hoogeveense Vaart and the Dwingelderveld nearby. Content after the public
 * themes of Hoogeveen's omgevingsvisie (a visie per kern and per thema, "Hoogeveen, gewoon goed wonen", the
 * centrumvisie and the Hoogeveense Vaart), here as a visie of 2028, largely in our own words. Layout: A4 in
 * Liberation Sans 10 pt; chapters "1" … "6" without point, sections "1.1", third and fourth levels "3.2.1" and
 * "3.2.1.1"; two chapters without sections followed by a chapter with twelve sections ("3.12"); a table of
 * contents; header "Omgevingsvisie Hoogeveen 2040" left, footer "pagina n van m" right; lists "•" and "a."; one
 * table; raadsbesluit with artikelen "Artikel 1 – Vaststelling" (title after a dash); GIO table Naam | Identificatie
 * in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0118'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-14', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doc: Doc = {
  id: 'h149',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare thema\'s van de omgevingsvisie van de gemeente Hoogeveen (visie per kern en per thema, de centrumvisie, de Hoogeveense Vaart, knooppunt A28/A37, de dorpen Hollandscheveld, Elim, Pesse en Tiendeveen), hier als visie van 2028, grotendeels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukken "1" … "6" zonder punt, paragrafen "1.1", een derde en vierde niveau "3.2.1" en "3.2.1.1", twee hoofdstukken zonder paragrafen gevolgd door een hoofdstuk met twaalf paragrafen (tot "3.12"), inhoudsopgave, kopregel "Omgevingsvisie Hoogeveen 2040" links, voettekst "pagina n van m" rechts, lijsten "•" en "a.", een tabel, raadsbesluit met "Artikel 1 – Vaststelling" (titel na een streepje), GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hoogeveen',
  title: 'Omgevingsvisie Hoogeveen 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#00539B',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2, left: 2.5, right: 2.2 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['Omgevingsvisie Hoogeveen 2040'], footer: ['\t\tpagina {page} van {pages}'] },
    },
    tableBorder: '0.5pt solid #00539B',
    tableHeaderBg: '#DCE9F5',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hoogeveen tot vaststelling van de Omgevingsvisie Hoogeveen 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsbesluit nr. 2028-RB-031' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hoogeveen tot vaststelling van de Omgevingsvisie Hoogeveen 2040' },
      p('De raad van de gemeente Hoogeveen;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 6 februari 2028;'),
      p('overwegende dat de ontwerp-omgevingsvisie van 9 oktober tot en met 19 november 2027 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 – Vaststelling' },
      p('De Omgevingsvisie Hoogeveen 2040 wordt vastgesteld zoals opgenomen in de bijlage bij dit besluit, met de geografische informatieobjecten genoemd in bijlage 1 van de visie.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 – Intrekking' },
      p('De Structuurvisie Hoogeveen 2030 en de Centrumvisie Hoogeveen 2019 worden ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 – Inwerkingtreding' },
      p('Dit besluit treedt in werking op 1 mei 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Hoogeveen op 14 maart 2028.'),
      { t: 'sign', left: ['de voorzitter,', '', '', 'K. Loohuis'], right: ['de griffier,', '', '', 'M. Zwiers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hoogeveen 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hoogeveen 2040' },
      { t: 'p', style: 'subtitle', text: 'Gewoon goed wonen, werken en leven' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      p('Deze omgevingsvisie beschrijft hoe Hoogeveen er in 2040 uit wil zien. Zij vervangt de structuurvisie en de centrumvisie en is de basis voor het omgevingsplan en voor onze programma\'s.'),
      p('De visie is tot stand gekomen in gesprek met inwoners, dorpsbelangen, ondernemers en onze partners in de regio.'),
      { t: 'h', l: 1, text: 'Ambitie' },
      p('Hoogeveen is in 2040 een complete gemeente: een stad met een sterk centrum en dorpen met een eigen gezicht, goed bereikbaar aan de A28 en de A37, met ruimte voor werk en een gezond landschap eromheen.'),
      { t: 'ul', list: 'Punt', items: ['wonen voor iedere levensfase;', 'werk dichtbij huis;', 'een groene en gezonde leefomgeving;', 'energie uit eigen bodem en van eigen daken.'] },
      { t: 'h', l: 1, text: 'Thema\'s' },
      p('Per thema beschrijven wij de huidige situatie, onze ambitie en de keuzes die wij maken.'),
      { t: 'h', l: 2, text: 'Wonen' },
      p('Tot 2030 bouwen wij ongeveer 2.400 woningen, voor het grootste deel binnen de bestaande kernen.'),
      { t: 'h', l: 2, text: 'Centrum' },
      p('Het centrum van Hoogeveen is compact, met de Hoofdstraat als winkelhart.'),
      { t: 'h', l: 3, text: 'Hoofdstraat en Raadhuisplein' },
      p('Wij concentreren winkels rond de Hoofdstraat en het Raadhuisplein.'),
      { t: 'h', l: 4, text: 'Aanloopstraten' },
      p('In de aanloopstraten staan wij wonen in leegstaande winkelpanden toe.'),
      { t: 'h', l: 4, text: 'Pleinen en parkeren' },
      p('Parkeren verschuift naar de randen van het centrum; pleinen worden groener.'),
      { t: 'h', l: 3, text: 'De Hoogeveense Vaart' },
      p('De Vaart wordt weer zichtbaar als blauwe ader door de stad.'),
      { t: 'h', l: 2, text: 'Werken' },
      p('De bedrijventerreinen De Wieken en Riegmeer bieden ruimte aan logistiek en maakindustrie.'),
      { t: 'h', l: 2, text: 'Mobiliteit' },
      p('Het knooppunt van A28 en A37 en het station maken Hoogeveen goed bereikbaar.'),
      { t: 'h', l: 2, text: 'Energie' },
      p('In 2040 wekken wij de energie die wij gebruiken zo veel mogelijk zelf op.'),
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      p('Wij vangen regenwater op waar het valt en houden de stad koel met groen.'),
      { t: 'h', l: 2, text: 'Landbouw' },
      p('De landbouw blijft de grootste gebruiker van het buitengebied.'),
      { t: 'h', l: 2, text: 'Natuur en landschap' },
      p('Het Dwingelderveld, het Fochteloërveen en de beekdalen zijn de kernkwaliteiten van het landschap.'),
      { t: 'h', l: 2, text: 'Erfgoed' },
      p('De veenkoloniale linten van Hollandscheveld en Nieuweroord blijven herkenbaar.'),
      { t: 'h', l: 2, text: 'Gezondheid' },
      p('Wij ontwerpen de openbare ruimte zo dat bewegen vanzelf gaat.'),
      { t: 'h', l: 2, text: 'Recreatie en toerisme' },
      p('Wandel- en fietsroutes verbinden de stad met het Dwingelderveld.'),
      { t: 'h', l: 2, text: 'Voorzieningen' },
      p('Onderwijs, zorg en sport houden wij bereikbaar in de stad en de grote dorpen.'),
      { t: 'h', l: 1, text: 'Kernen' },
      p('Elke kern heeft een eigen karakter en een eigen opgave:'),
      {
        t: 'table',
        cols: [4, 3, 9],
        header: ['Kern', 'Inwoners', 'Opgave'],
        rows: [
          ['Hoogeveen (stad)', '39.000', 'centrum, Vaart, binnenstedelijk bouwen'],
          ['Hollandscheveld', '5.400', 'lint versterken, voorzieningen houden'],
          ['Pesse', '2.100', 'woningbouw naar behoefte'],
          ['Elim', '1.800', 'dorpshart en verkeersveiligheid'],
          ['Tiendeveen en Fluitenberg', '1.300', 'leefbaarheid kleine kernen'],
        ],
      },
      { t: 'h', l: 2, text: 'De stad' },
      p('De stad groeit vooral binnenstedelijk, rond het station en langs de Vaart.'),
      { t: 'h', l: 2, text: 'De dorpen' },
      p('In de dorpen werken wij met dorpsbelangen aan een dorpsagenda.'),
      { t: 'h', l: 3, text: 'Wonen' },
      p('Wij bouwen in de dorpen voor starters en ouderen uit het eigen dorp.'),
      { t: 'h', l: 3, text: 'Voorzieningen' },
      p('Het dorpshuis en de basisschool zijn de dragers van het dorpsleven.'),
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'Knooppunt Hoogeveen' },
      p('Rond het knooppunt A28/A37 is ruimte voor grootschalige bedrijvigheid.'),
      { t: 'h', l: 2, text: 'Buitengebied' },
      p('Het buitengebied kent drie landschapstypen:'),
      { t: 'ol', list: 'Letter', items: ['het veenkoloniale landschap in het zuidoosten;', 'het esdorpenlandschap rond Pesse;', 'de ontginningen rond Tiendeveen.'] },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      p('De visie werkt door in het omgevingsplan, in programma\'s en in ons beleid voor initiatieven.'),
      { t: 'h', l: 2, text: 'Monitoring' },
      p('Elke vier jaar bekijken wij of de visie moet worden bijgesteld.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [6, 10], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Hoogeveen', 'gemeente-hoogeveen', [0, 0], 16),
    gio('Centrum Hoogeveen', 'centrum-hoogeveen', [0, 0], 1),
    gio('Hoogeveense Vaart', 'hoogeveense-vaart', [3, -1], 2),
    gio('Knooppunt A28/A37', 'knooppunt-a28-a37', [-4, 3], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-hoogeveen-2040', regeling: 'omgevingsvisie-hoogeveen-2040', doel: 'omgevingsvisie-hoogeveen-2040' },
    datums: { vaststelling: '2028-03-14', ondertekening: '2028-03-14', bekendmaking: '2028-03-21', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0118',
  },
  geo: { origin: [232000, 528000] },
  meubilair: ['^Omgevingsvisie Hoogeveen 2040$', '^pagina \\d+ van \\d+$'],
}
export default doc
