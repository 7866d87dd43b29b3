/**
 * h235 — gemeente IJsselstein (gm0353), holdout (session 14): the Utrechtse stad of some 34.000 inwoners on the
 * Hollandse IJssel south of Utrecht, with the historic binnenstad (Sint-Nicolaasbasiliek, Kasteeltoren), the wijken
 * Achterveld, Zenderpark, Nedereind, Zuid-West and Oranjebuurt, bedrijventerrein Het Clooster and De Poort, the
 * sneltram to Utrecht and the A2 at the town's east side. Content after the public texts of the gemeente on its
 * omgevingsvisie and its earlier Structuurvisie IJsselstein, here as an omgevingsvisie of 2028, shortened and
 * largely in our own words. Layout: LibreOffice, a 17 × 24 cm page, DejaVu Serif 9.5 pt with DejaVu Sans
 * headings in capitals for chapters (typed in capitals: "1 DE STAD AAN DE IJSSEL"), sections "1.1", a third level
 * "2.2.1"; no table of contents; header "IJsselstein 2040 – omgevingsvisie" centred, footer "pagina {n}" right;
 * bullets "■" with "–"; numbered list "(1)"; a table; raadsbesluit with beslispunten numbered "1." … "3."
 * (artikelen "1"–"3"); GIO overview as lines "naam: identificatie" in "Bijlage I".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0353'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-30', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Blok', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Haak', items })

const doc: Doc = {
  id: 'h235',
  set: 'holdout',
  bron:
    'Naar de openbare teksten van de gemeente IJsselstein over haar omgevingsvisie en de eerdere Structuurvisie IJsselstein (historische binnenstad met Sint-Nicolaasbasiliek en Kasteeltoren, de wijken Achterveld, Zenderpark, Nedereind, Zuid-West en Oranjebuurt, bedrijventerreinen Het Clooster en De Poort, sneltram naar Utrecht, de A2), hier als omgevingsvisie van 2028, ingekort en grotendeels in eigen woorden; eigen opmaak in LibreOffice: 17 × 24 cm, DejaVu Serif 9,5 pt met koppen in DejaVu Sans, hoofdstuktitels in hoofdletters getypt, paragrafen "1.1", derde niveau "2.2.1", geen inhoudsopgave, koptekst gecentreerd, voettekst "pagina n" rechts, opsommingen "■" en "–", genummerde lijst "(1)", een tabel, raadsbesluit met beslispunten 1.–3., GIO-overzicht als regels "naam: identificatie" in "Bijlage I" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente IJsselstein',
  title: 'IJsselstein 2040',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [14, 11, 9.5, 9.5],
    headingColor: '#1d3f73',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 2.0, bottom: 2.0, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: '–' }] },
      Haak: { kind: 'number', levels: [{ format: '1', prefix: '(', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\tIJsselstein 2040 – omgevingsvisie\t'],
        footer: ['\t\tpagina {page}'],
      },
    },
    tableBorder: '0.4pt solid #1d3f73',
    tableHeaderBg: '#dde6f3',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de omgevingsvisie IJsselstein 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-04-21',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de omgevingsvisie IJsselstein 2040' },
      p('De gemeenteraad van IJsselstein,'),
      p('gezien het raadsvoorstel van 15 februari 2028, zaaknummer Z-28-04417;'),
      p('overwegende dat de gemeenteraad op grond van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied, dat het ontwerp van 23 november 2027 tot en met 4 januari 2028 ter inzage heeft gelegen en dat de nota van beantwoording zienswijzen bij dit besluit hoort;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.25 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      p('1. de omgevingsvisie IJsselstein 2040 met de geografische informatieobjecten uit bijlage I vast te stellen;'),
      p('2. de Structuurvisie IJsselstein 2030 in te trekken;'),
      p('3. te bepalen dat dit besluit in werking treedt op 21 april 2028.'),
      p('Aldus besloten door de gemeenteraad van IJsselstein in zijn openbare vergadering van 30 maart 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'mr. A.M. Kool'], right: ['de voorzitter,', '', 'P.J.M. van Rooij'] },
    ],
  },
  visie: {
    opschrift: 'IJsselstein 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'IJsselstein 2040' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie – een stad met een dorpse maat' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'DE STAD AAN DE IJSSEL'),
      h(2, 'Waarom deze visie'),
      p('IJsselstein is een compacte stad tussen Utrecht, de Lopikerwaard en het Groene Hart. De stad is in de jaren zeventig en tachtig sterk gegroeid als groeikern; nu staat zij voor de opgave om te vernieuwen binnen haar grenzen.'),
      h(2, 'Wat de visie wel en niet is'),
      p('Deze omgevingsvisie beschrijft op hoofdlijnen waar we naartoe willen. Zij bevat geen regels voor inwoners; die staan in het omgevingsplan.'),
      h(2, 'Opbouw'),
      p('Hoofdstuk 2 beschrijft de kwaliteiten, hoofdstuk 3 de opgaven en hoofdstuk 4 de gebieden. Hoofdstuk 5 gaat over samenwerken en uitvoeren.'),
      { t: 'break' },
      h(1, 'KWALITEITEN VAN IJSSELSTEIN'),
      h(2, 'Historische binnenstad'),
      p('De binnenstad binnen de stadsgrachten, met de Sint-Nicolaasbasiliek en de Kasteeltoren, is het hart van de stad en een beschermd stadsgezicht.'),
      h(2, 'Groene wijken'),
      p('De wijken hebben veel openbaar groen en water. Het Groene Hart en de Hollandse IJssel liggen op fietsafstand.'),
      h(3, 'Achterveld en Zenderpark'),
      p('Achterveld is een wijk uit de groeikernperiode; Zenderpark is de jongste wijk, gebouwd rond de voormalige zendmast.'),
      h(3, 'Nedereind en Zuid-West'),
      p('Nedereind ligt langs de IJssel en heeft een landelijk karakter; Zuid-West kent veel eengezinswoningen uit de jaren zeventig.'),
      h(2, 'Ligging in de regio'),
      p('De sneltram verbindt IJsselstein in een kwartier met Utrecht Centraal. De A2 ligt aan de oostkant van de stad.'),
      { t: 'break' },
      h(1, 'OPGAVEN'),
      h(2, 'Wonen en vernieuwen'),
      p('Tot 2040 willen we circa 2.000 woningen toevoegen, vooral door transformatie en verdichting:'),
      ol(['transformatie van kantoren en bedrijfsgebouwen langs de Poort;', 'verdichting rond de tramhaltes;', 'vernieuwing van de naoorlogse wijken samen met de corporaties.']),
      {
        t: 'table',
        cols: [5.0, 3.2, 5.0],
        header: ['Gebied', 'Woningen', 'Soort'],
        rows: [
          ['Binnenstad', '150', 'appartementen, kleinschalig'],
          ['Rond de tramhaltes', '900', 'gestapeld, sociaal en middenhuur'],
          ['De Poort', '600', 'transformatie, gemengd'],
          ['Wijken', '350', 'herstructurering'],
        ],
      },
      h(2, 'Klimaat en energie'),
      h(3, 'Klimaatadaptatie'),
      p('We vergroenen de openbare ruimte en vangen regenwater op waar het valt.'),
      ul(['minder verharding in straten en tuinen;', { text: 'meer bomen', sub: ['in de lanen van de wijken;', 'op de pleinen van de binnenstad.'] }, 'waterberging in parken.']),
      h(3, 'Energietransitie'),
      p('We werken wijk voor wijk naar aardgasvrij, met de Transitievisie Warmte als leidraad.'),
      h(2, 'Economie en werken'),
      p('Het Clooster blijft een bedrijventerrein voor maakbedrijven; op De Poort mengen werken en wonen.'),
      h(2, 'Mobiliteit'),
      p('Lopen, fietsen en de tram krijgen voorrang. Parkeren in de binnenstad verplaatsen we zo veel mogelijk naar de randen.'),
      { t: 'break' },
      h(1, 'GEBIEDEN'),
      h(2, 'Binnenstad'),
      p('Een levendige binnenstad met winkels, horeca en wonen, waarin het erfgoed zichtbaar blijft.'),
      h(2, 'Woonwijken'),
      p('Vernieuwen met behoud van het groene karakter.'),
      h(2, 'Landelijk gebied en IJsselzone'),
      p('De zone langs de Hollandse IJssel en het landelijk gebied aan de westkant blijven open en groen.'),
      { t: 'break' },
      h(1, 'SAMEN UITVOEREN'),
      h(2, 'Participatie'),
      p('Initiatiefnemers gaan vroeg in gesprek met omwonenden. De gemeente geeft aan hoe zij dat gesprek beoordeelt.'),
      h(2, 'Instrumenten'),
      p('De visie werkt door in het omgevingsplan, programma’s en gebiedsuitwerkingen.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I', nummer: 'I', text: 'Geografische informatieobjecten', sep: '  ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente IJsselstein', 'gemeente-ijsselstein', [0, 0], 4),
    gio('Binnenstad', 'binnenstad', [0.2, 0.3], 0.5),
    gio('Invloedsgebied tramhaltes', 'invloedsgebied-tramhaltes', [1, 1], 1),
    gio('IJsselzone', 'ijsselzone', [-1, -1], 1.2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-ijsselstein-2040', regeling: 'omgevingsvisie-ijsselstein-2040', doel: 'omgevingsvisie-ijsselstein-2040' },
    datums: { vaststelling: '2028-03-30', ondertekening: '2028-03-30', bekendmaking: '2028-04-12', inwerkingtreding: '2028-04-21' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0353',
  },
  geo: { origin: [131000, 446000] },
  meubilair: ['^IJsselstein 2040 – omgevingsvisie$', '^pagina \\d+$'],
}
export default doc
