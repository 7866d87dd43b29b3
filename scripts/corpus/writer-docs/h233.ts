/**
 * h233 — gemeente Lopik (gm0331), holdout (session 14): the Utrechtse gemeente of some 15.000 inwoners in the
 * Lopikerwaard along the Lek with the kernen Lopik, Benschop, Polsbroek, Jaarsveld, Lopikerkapel, Cabauw and
 * Uitweg. Content after the public texts on the "Toekomstvisie gemeente Lopik 2030" (vastgesteld 1 februari 2011:
 * the missie "behoud en versterking van de kwaliteiten van de dorpse gemeenschap met een ondernemende en agrarische
 * mentaliteit, profiterend van de ligging in het Groene Hart en aan de Lek, nabij stedelijk gebied" and the four
 * ambities landelijk gebied versterken en ontsluiten, levendige linten, ondernemend Lopik in MKB en ZZP, vitale
 * schakel in de Lopikerwaard), the "Visie op de linten" and the Landschapsontwikkelingsplan Groene Driehoek with
 * Montfoort and Oudewater, here as an omgevingsvisie of 2028, shortened and partly in our own words. Layout:
 * LibreOffice, A4, Liberation Serif 10.5 pt with Liberation Sans headings; chapters "1." with a trailing dot
 * (nummer "1"), sections "1.1", a third level "3.2.1"; table of contents "Inhoudsopgave" of two levels; header
 * "Omgevingsvisie Lopik" left and "gemeente Lopik" right, footer the page number centred; the four ambities as a
 * numbered list "a." ; bullets "–"; a table; raadsbesluit with Artikel I–III; GIO table Nr. | Naam | Identificatie
 * in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0331'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-27', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Streep', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Letter', items })

const doc: Doc = {
  id: 'h233',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Toekomstvisie gemeente Lopik 2030" (vastgesteld 1 februari 2011: de missie over de dorpse gemeenschap met een ondernemende en agrarische mentaliteit in het Groene Hart en aan de Lek, vier ambities: landelijk gebied versterken en ontsluiten, levendige linten, ondernemend Lopik in MKB en ZZP, vitale schakel in de Lopikerwaard), de "Visie op de linten" en het Landschapsontwikkelingsplan Groene Driehoek, hier als omgevingsvisie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, Liberation Serif 10,5 pt met koppen in Liberation Sans, hoofdstukken "1." met punt, paragrafen "1.1", derde niveau "3.2.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst "Omgevingsvisie Lopik" links en "gemeente Lopik" rechts, paginanummer gecentreerd onderaan, de vier ambities als lijst "a.", streepjes "–", een tabel, raadsbesluit met Artikel I–III, GIO-tabel Nr. | Naam | Identificatie in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Lopik',
  title: 'Omgevingsvisie Lopik',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#2f5f2a',
    lineHeight: 125,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.4, 2.2, 2.5, 2.5),
    outline: [
      { format: '1', display: 1, suffix: '.', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Lopik\t\tgemeente Lopik'],
        footer: ['\t{page}\t'],
      },
    },
    tableBorder: '0.5pt solid #2f5f2a',
    tableHeaderBg: '#e3eedf',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Lopik tot vaststelling van de Omgevingsvisie Lopik',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-07-14',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Lopik tot vaststelling van de Omgevingsvisie Lopik' },
      p('De raad van de gemeente Lopik;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nummer RV 28-041;'),
      p('overwegende dat de Toekomstvisie gemeente Lopik 2030 en de Visie op de linten de basis vormen voor de omgevingsvisie, dat het ontwerp van 9 februari tot en met 22 maart 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De Omgevingsvisie Lopik, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage A, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Structuurvisie Lopik 2014 en de Visie op de linten in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 14 juli 2028.'),
      p('Aldus besloten in de openbare raadsvergadering van 27 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. M.C. de Wit'], right: ['De voorzitter,', '', 'J.H. van Steenbergen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Lopik',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Lopik' },
      { t: 'p', style: 'subtitle', text: 'Dorpen aan de Lek, linten in het Groene Hart' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Aanleiding'),
      p('Met de Omgevingswet heeft iedere gemeente een omgevingsvisie nodig: een integrale visie op de fysieke leefomgeving voor de lange termijn. Voor Lopik bouwt deze visie voort op de Toekomstvisie gemeente Lopik 2030, die de raad op 1 februari 2011 vaststelde, en op de Visie op de linten.'),
      h(2, 'Status en reikwijdte'),
      p('De omgevingsvisie bindt alleen de gemeente zelf. Zij geeft richting aan het omgevingsplan, aan programma’s en aan de afweging van initiatieven die niet in het omgevingsplan passen.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 schetst het Lopik van nu. Hoofdstuk 3 bevat de missie en de ambities. De hoofdstukken 4 en 5 werken de thema’s en de deelgebieden uit. Hoofdstuk 6 gaat over de uitvoering.'),
      { t: 'break' },
      h(1, 'Lopik nu'),
      h(2, 'Ligging in de Lopikerwaard'),
      p('Lopik ligt in het Groene Hart, tussen de Lek en de Hollandse IJssel, op korte afstand van Utrecht, Gouda en Rotterdam. Het veenweidelandschap met zijn lange slagen en weteringen is ontgonnen vanuit de linten.'),
      h(2, 'Kernen en linten'),
      p('De gemeente telt de kernen Lopik, Benschop, Polsbroek, Jaarsveld, Lopikerkapel en Cabauw en het buurtschap Uitweg. Veel inwoners wonen in de linten langs de Lopikerweg, de Benschopperweg en de Polsbroekerdam.'),
      {
        t: 'table',
        cols: [4.5, 3.0, 8.5],
        header: ['Kern', 'Inwoners (afgerond)', 'Karakter'],
        rows: [
          ['Lopik', '6.800', 'hoofdkern met voorzieningen'],
          ['Benschop', '2.900', 'dorp aan de Benschopperwetering'],
          ['Polsbroek', '1.200', 'lintdorp in het veen'],
          ['Jaarsveld', '1.000', 'dijkdorp aan de Lek'],
          ['Lopikerkapel en Cabauw', '1.900', 'linten met meetmast Cabauw'],
        ],
      },
      h(2, 'Trends en ontwikkelingen'),
      ul(['vergrijzing en kleinere huishoudens;', 'bodemdaling in het veenweidegebied;', 'schaalvergroting en verbreding in de melkveehouderij;', 'de opgave voor energie en klimaat.']),
      { t: 'break' },
      h(1, 'Missie en ambities'),
      h(2, 'Missie'),
      p('De gemeente Lopik streeft naar behoud en versterking van de kwaliteiten van de dorpse gemeenschap met een ondernemende en agrarische mentaliteit, profiterend van de ligging in het Groene Hart en aan de Lek, nabij stedelijk gebied.'),
      h(2, 'Vier ambities'),
      p('Om de missie te concretiseren houden wij vast aan vier ambities:'),
      ol(['landelijk gebied versterken en ontsluiten;', 'levendige linten;', 'ondernemend Lopik in MKB en ZZP;', 'vitale schakel in de Lopikerwaard.']),
      p('Deze ambities passen bij de schaal, de maat en het karakter van de gemeente. Zij betekenen geen compleet nieuwe koers, wel nieuwe accenten.'),
      h(3, 'Landelijk gebied versterken en ontsluiten'),
      p('Het landelijk gebied blijft in de eerste plaats agrarisch. Wij maken het beter beleefbaar met wandel- en fietsroutes langs de weteringen en de Lekdijk.'),
      h(3, 'Levendige linten'),
      p('In de linten is ruimte voor wonen, kleinschalige bedrijvigheid en voorzieningen, mits de doorzichten naar het open landschap behouden blijven.'),
      { t: 'break' },
      h(1, 'Thema’s'),
      h(2, 'Wonen'),
      p('Wij bouwen voor de eigen behoefte, vooral voor starters en ouderen, in en aan de kernen.'),
      h(3, 'Inbreiding in de kernen'),
      p('Locaties binnen de kernen gaan voor. Uitbreiding aan de rand volgt alleen als de behoefte aantoonbaar is.'),
      h(3, 'Wonen in de linten'),
      p('Vrijkomende agrarische bebouwing in de linten kan plaatsmaken voor woningen als het erf landschappelijk wordt ingepast.'),
      h(2, 'Landbouw en bodemdaling'),
      p('De melkveehouderij is de drager van het landschap. Samen met het Hoogheemraadschap De Stichtse Rijnlanden zoeken wij naar een peilbeheer dat de bodemdaling remt.'),
      h(2, 'Energie'),
      ul([{ text: 'wij wekken energie op', sub: ['eerst op daken van woningen, stallen en bedrijven;', 'daarna op restlocaties langs infrastructuur.'] }, 'geen grootschalige windturbines in het open veenweidelandschap.']),
      h(2, 'Bereikbaarheid'),
      p('De Lopikerweg en de N210 blijven de belangrijkste verbindingen. Wij werken met de provincie aan veilige fietsverbindingen naar IJsselstein en Schoonhoven.'),
      { t: 'break' },
      h(1, 'Deelgebieden'),
      h(2, 'De kernen'),
      p('De kernen behouden hun eigen identiteit. Voorzieningen concentreren wij in Lopik en Benschop.'),
      h(2, 'Het veenweidegebied'),
      p('Het open veenweidegebied met zijn slagenverkaveling is een kernkwaliteit. Bebouwing blijft geconcentreerd in de linten.'),
      h(2, 'De Lekzone'),
      p('Langs de Lek ligt een zone met dijkdorpen, uiterwaarden en griendbossen. Dijkversterking en natuurontwikkeling gaan hier samen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Doorwerking'),
      p('De keuzes uit deze visie krijgen hun beslag in het omgevingsplan en in programma’s voor wonen, energie en het landelijk gebied.'),
      h(2, 'Samenwerking in de regio'),
      p('Met Montfoort, Oudewater en IJsselstein werken wij samen in de Lopikerwaard en de Groene Driehoek.'),
      h(2, 'Monitoring en actualisatie'),
      p('Wij volgen de ontwikkelingen en actualiseren de visie ten minste eens per raadsperiode.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Overzicht geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5.0, 9.8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Lopik', 'gemeente-lopik', [0, 0], 8),
    gio('Lekzone', 'lekzone', [0, -2.5], 2),
    gio('Veenweidegebied', 'veenweidegebied', [-1.5, 1], 3),
    gio('Linten', 'linten', [1.5, 0.5], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-lopik', regeling: 'omgevingsvisie-lopik', doel: 'omgevingsvisie-lopik' },
    datums: { vaststelling: '2028-06-27', ondertekening: '2028-06-27', bekendmaking: '2028-07-05', inwerkingtreding: '2028-07-14' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0331',
  },
  geo: { origin: [128000, 440000] },
  meubilair: ['^Omgevingsvisie Lopik\\s+gemeente Lopik$', '^\\s*\\d+\\s*$'],
}
export default doc
