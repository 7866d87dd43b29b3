/**
 * h240 — gemeente Voerendaal (gm0986), holdout (session 14): the Zuid-Limburgse gemeente of some 12.000 inwoners in
 * the Heuvelland between Heerlen and Valkenburg, with the kernen Voerendaal, Klimmen, Ubachsberg and Kunrade, the
 * Nationaal Landschap Zuid-Limburg, the Kunderberg with its kalkgraslanden, Kasteel Cortenbach, the Geleenbeek, the
 * spoorlijn Heerlen–Maastricht (stations Voerendaal and Klimmen-Ransdaal) and the Buitenring Parkstad. Content after
 * the public descriptions of the gemeente and the Heuvelland, here as an omgevingsvisie of 2028, shortened and in
 * our own words, with the chapter titles and house style of the real "Omgevingsvisie Voerendaal 2016-2030, Een vitaal
 * Voerendaal, goed leven in het Land van Kalk" (headings in capitals, chapters "1."). Layout: LibreOffice, A4 LANDSCAPE, Liberation Serif 11 pt with Liberation Sans headings; chapters
 * "1." with a trailing dot (nummer "1"), sections "1.1.", third level "2.3.1." (trailing dots); no table of contents;
 * header right "Gemeente Voerendaal · Omgevingsvisie 2040", footer "Pagina n" left; bullets "–" with "·"; numbered list "1)";
 * a table; raadsbesluit with numbered beslispunten "1."–"4." (artikelen "1"–"4"); GIO overview as lines
 * "naam – identificatie" in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0986'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-31', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
// headings typed in capitals, as in the Voerendaal visie of 2016 ("2. VOERENDAAL EN HAAR DORPEN", "2.1 INLEIDING")
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text: text.toUpperCase() })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Streep', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h240',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Voerendaal en het Zuid-Limburgse Heuvelland (kernen Voerendaal, Klimmen, Ubachsberg en Kunrade, Nationaal Landschap Zuid-Limburg, Kunderberg, Kasteel Cortenbach, Geleenbeek, spoorlijn Heerlen–Maastricht, Buitenring Parkstad), hier als omgevingsvisie van 2028, ingekort en in eigen woorden, met hoofdstuktitels en huisstijl van de echte Omgevingsvisie Voerendaal 2016-2030 \"Een vitaal Voerendaal, goed leven in het Land van Kalk\" (koppen in hoofdletters); eigen opmaak in LibreOffice: A4 liggend, Liberation Serif 11 pt met koppen in Liberation Sans, hoofdstukken "1." en paragrafen "1.1." met punt, derde niveau "2.3.1.", geen inhoudsopgave, koptekst rechts, voettekst "Pagina n" links, opsommingen "–" en "·", genummerde lijst "1)", een tabel, raadsbesluit met beslispunten 1.–4., GIO-overzicht als regels "naam – identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Voerendaal',
  title: 'Omgevingsvisie Voerendaal 2040',
  style: {
    font: 'Liberation Serif',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12.5, 11, 11],
    headingColor: '#5a2d82',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, start: 1, suffix: '.' },
      { format: '1', display: 2, start: 1, suffix: '.' },
      { format: '1', display: 3, start: 1, suffix: '.' },
      { format: '1', display: 4, start: 1, suffix: '.' },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tGemeente Voerendaal · Omgevingsvisie 2040'],
        footer: ['Pagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #5a2d82',
    tableHeaderBg: '#ebe3f3',
    tableFontSize: 10,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Voerendaal 2040',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2028-12-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Voerendaal 2040' },
      p('Registratienummer: 2028/0412'),
      p('De raad van de gemeente Voerendaal;'),
      p('gelet op het voorstel van burgemeester en wethouders van 26 september 2028;'),
      p('overwegende dat het ontwerp van de Omgevingsvisie Voerendaal 2040 van 22 juni tot en met 2 augustus 2028 ter inzage heeft gelegen, dat er negen zienswijzen zijn ingediend en dat deze zijn beantwoord in de Nota van zienswijzen;'),
      p('gelet op artikel 3.1 van de Omgevingswet en artikel 147 van de Gemeentewet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      p('1. De Nota van zienswijzen Omgevingsvisie Voerendaal 2040 vast te stellen.'),
      p('2. De Omgevingsvisie Voerendaal 2040 met de geografische informatieobjecten, opgenomen in bijlage 1, gewijzigd ten opzichte van het ontwerp zoals aangegeven in de Nota van zienswijzen, vast te stellen.'),
      p('3. De Structuurvisie Voerendaal 2025 in te trekken.'),
      p('4. Te bepalen dat dit besluit in werking treedt op 1 december 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Voerendaal, gehouden op 31 oktober 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'mr. drs. J.H.M. Meertens'], right: ['de voorzitter,', '', 'W.J.M. Houben'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Voerendaal 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Voerendaal 2040' },
      { t: 'p', style: 'subtitle', text: 'Een vitaal Voerendaal, goed leven in het Land van Kalk' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Onze omgevingsvisie'),
      h(2, 'Een visie voor het hele grondgebied'),
      p('Deze omgevingsvisie beschrijft hoe de gemeente Voerendaal zich tot 2040 wil ontwikkelen. Zij gaat over de hele fysieke leefomgeving: wonen, werken, landschap, erfgoed, water, energie, gezondheid en mobiliteit.'),
      h(2, 'Totstandkoming'),
      p('De visie is opgesteld met inwoners, ondernemers, dorpsraden en partners in de regio Parkstad. In 2027 hielden wij bijeenkomsten in alle vier de kernen.'),
      h(2, 'Relatie met andere visies'),
      p('De visie sluit aan op de Omgevingsvisie Limburg, de regionale afspraken in Parkstad Limburg en het beleid voor het Nationaal Landschap Zuid-Limburg.'),
      h(1, 'Voerendaal en haar dorpen'),
      h(2, 'De dorpen'),
      p('Voerendaal, Klimmen, Ubachsberg en Kunrade hebben elk een eigen karakter. Kunrade is vergroeid met Heerlen; Ubachsberg is het hoogst gelegen dorp op het plateau.'),
      h(2, 'Het buitengebied en de buurtschappen'),
      p('Het Heuvelland met plateaus, hellingen, holle wegen, graften en beekdalen is de belangrijkste kwaliteit van de gemeente. Wij kennen een rijk erfgoed van carréboerderijen, kastelen en vakwerkhuizen.'),
      ul(['Kasteel Cortenbach en Kasteel Puth;', 'de Romeinse villa bij Voerendaal;', { text: 'de natuur van', sub: ['de Kunderberg met zijn kalkgraslanden;', 'het Ransdalerveld.'] }]),
      h(2, 'Bevolking'),
      h(3, 'Krimp en vergrijzing'),
      p('Het aantal inwoners daalt licht, het aantal ouderen groeit. Het aantal huishoudens blijft tot 2030 ongeveer gelijk.'),
      {
        t: 'table',
        cols: [7.0, 4.0, 4.0],
        header: ['Leeftijd', '2025', '2040'],
        rows: [
          ['0–19 jaar', '2.050', '1.850'],
          ['20–64 jaar', '6.600', '5.900'],
          ['65 jaar en ouder', '3.750', '4.300'],
        ],
      },
      h(3, 'Gevolgen voor voorzieningen'),
      p('Voorzieningen bundelen wij in de kern Voerendaal en in Klimmen. In de kleine kernen houden wij een ontmoetingsplek.'),
      h(1, 'Thema’s, de dragers van Voerendaal'),
      h(2, 'Wonen'),
      p('Wij bouwen beperkt en gericht: woningen voor ouderen en starters, vooral binnen de kernen en door hergebruik van leegstaande gebouwen.'),
      h(2, 'Economie en toerisme'),
      p('Landbouw, recreatie en toerisme zijn de pijlers van de economie in het buitengebied. Wij steunen kleinschalige verblijfsrecreatie die past in het landschap.'),
      h(2, 'Water en bodem'),
      h(3, 'Wateroverlast'),
      p('Bij hevige buien stroomt water met modder van de hellingen naar de dorpen. Samen met het waterschap nemen wij maatregelen:'),
      ol(['regenwaterbuffers in de droogdalen;', 'erosiebestrijding met graften en grasstroken;', 'afkoppelen van verharding in de kernen.']),
      h(3, 'Geleenbeek'),
      p('De Geleenbeek krijgt een natuurlijker verloop, met ruimte voor overstroming in het beekdal.'),
      h(2, 'Energie'),
      p('Zonneparken zijn in het Heuvelland alleen mogelijk waar zij het landschap niet aantasten. Windturbines passen niet op de plateaus.'),
      h(2, 'Mobiliteit'),
      p('De Buitenring Parkstad en de spoorlijn Heerlen–Maastricht verbinden Voerendaal met de regio. Wij verbeteren de fietsverbindingen tussen de kernen.'),
      h(1, 'Strategie en uitvoering, de eigen kracht centraal'),
      h(2, 'Uitnodigende gemeente'),
      p('Wij zijn een uitnodigende gemeente: initiatieven van inwoners en ondernemers benaderen wij als gelijkwaardig partner, door te inspireren, te stimuleren, mee te denken, te begeleiden en te faciliteren.'),
      h(2, 'Uitvoeringsfilosofie'),
      p('Wij evalueren de visie eens in de vier jaar en passen haar aan wanneer dat nodig is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [
    gio('Gemeente Voerendaal', 'gemeente-voerendaal', [0, 0], 4),
    gio('Kunderberg', 'kunderberg', [1, -0.5], 0.5),
    gio('Beekdal Geleenbeek', 'beekdal-geleenbeek', [-1, 0.8], 1),
    gio('Droogdalen', 'droogdalen', [0.5, 1.5], 1.2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-voerendaal-2040', regeling: 'omgevingsvisie-voerendaal-2040', doel: 'omgevingsvisie-voerendaal-2040' },
    datums: { vaststelling: '2028-10-31', ondertekening: '2028-10-31', bekendmaking: '2028-11-15', inwerkingtreding: '2028-12-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0986',
  },
  geo: { origin: [189000, 320000] },
  meubilair: ['^Gemeente Voerendaal · Omgevingsvisie 2040$', '^Pagina \\d+$'],
}
export default doc
