/**
 * h215 — gemeente Ommen (gm0175), holdout (session 14): the Overijsselse gemeente of some 18.500 inwoners in the
 * Vechtdal with the stad Ommen and the kernen Arriën, Beerze, Beerzerveld, Dalmsholte, Giethmen, Lemele, Stegeren,
 * Vilsteren, Vinkenbuurt and Witharen. Content after the public texts on the "Omgevingsvisie Ommen" (adopted by the
 * raad on 16 December 2021 after the participation "Jouw Toekomst": horizon 2040, the missie "een groene, gastvrije,
 * geïnspireerde en gezonde gemeente", four leidende principes Betrekken, Faciliteren, Samenwerken, Sturen; "Hart van
 * het Vechtdal"; maximaal 1250 woningen tot 2040 op de Vlierlanden, inbreidingslocaties en in de kernen; "rood voor
 * rood"; revitalisering van bedrijventerrein De Strangen; station and centrum; landgoederen) and the earlier
 * Gemeentelijk Omgevingsplan "Aan de slag met uw omgeving!" (2013: gebiedsprofielen Centrum, Wonen, Werken, Kernen,
 * Buitengebied), here as a renewed visie of 2028, shortened and partly in our own words. Layout: LibreOffice, A4,
 * Liberation Sans 10 pt; chapters "1" … "6" with the word "Hoofdstuk" printed before the number ("Hoofdstuk 1
 * Inleiding", nummer "1"), sections "1.1", a third level "2.3.1"; table of contents "Inhoud" of two levels; header
 * "Omgevingsvisie Ommen 2040" right, footer "Gemeente Ommen" left and the page number right; the four leidende
 * principes as a numbered list; bullets "•" with "–"; a table; raadsbesluit with Artikel 1–3; GIO table
 * Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0175'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-12-14', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h215',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie Ommen" (op 16 december 2021 door de raad vastgesteld na het participatietraject "Jouw Toekomst": horizon 2040, de missie "een groene, gastvrije, geïnspireerde en gezonde gemeente", vier leidende principes Betrekken, Faciliteren, Samenwerken en Sturen, "Hart van het Vechtdal", maximaal 1250 woningen tot 2040, revitalisering van bedrijventerrein De Strangen, station en centrum, landgoederen) en het eerdere Gemeentelijk Omgevingsplan "Aan de slag met uw omgeving!" (2013, gebiedsprofielen Centrum, Wonen, Werken, Kernen, Buitengebied), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, Liberation Sans 10 pt, hoofdstukken met het woord "Hoofdstuk" voor het nummer ("Hoofdstuk 1 Inleiding", nummer "1"), paragrafen "1.1", een derde niveau "2.3.1", inhoudsopgave "Inhoud" van twee niveaus, koptekst "Omgevingsvisie Ommen · december 2028" rechts, voettekst "Gemeente Ommen" links en paginanummer rechts, de vier leidende principes als genummerde lijst, opsommingen "•" en "–", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Ommen',
  title: 'Omgevingsvisie Ommen 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#00607a',
    lineHeight: 130,
    spaceAfter: 0.22,
    page: A4(2.2, 2.2, 2.3, 2.3),
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Ommen · december 2028'],
        footer: ['Gemeente Ommen\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #00607a',
    tableHeaderBg: '#dcedf1',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Ommen tot vaststelling van de Omgevingsvisie Ommen 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Ommen tot vaststelling van de Omgevingsvisie Ommen 2040' },
      p('De raad van de gemeente Ommen;'),
      p('gelezen het voorstel van burgemeester en wethouders van 31 oktober 2028, nummer 2028-1187;'),
      p('overwegende dat de omgevingsvisie tot stand is gekomen met inbreng van inwoners, ondernemers en maatschappelijke organisaties via straatgesprekken, de praatpaal, buurtgesprekken en een enquête, en dat het ontwerp van 7 september tot en met 18 oktober 2028 ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Ommen 2040, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage 1, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Ommen van 16 december 2021 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 januari 2029.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Ommen, gehouden op 14 december 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. J.W. Brinkman'], right: ['De voorzitter,', '', 'H.A. Lubbers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Ommen 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Ommen 2040' },
      { t: 'p', style: 'subtitle', text: 'Jouw Toekomst — Hart van het Vechtdal' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('Met deze omgevingsvisie geven wij richting aan de toekomst van Ommen. Als horizon houden we 2040 aan. De visie gaat over de fysieke leefomgeving: over wonen, werken, recreëren, natuur, landschap, water en energie, maar ook over gezondheid en leefbaarheid.'),
      p('De omgevingsvisie wordt beleidsmatig verder uitgewerkt in programma’s. Regels voor inwoners en bedrijven staan niet in deze visie, maar in het omgevingsplan.'),
      h(2, 'Jouw Toekomst: zo kwam de visie tot stand'),
      p('Onder de naam ‘Jouw Toekomst’ zijn we eind 2019 met inwoners en andere betrokken partijen aan de slag gegaan. Er waren gesprekken op straat, een enquête, de We Energy Game met leerlingen van het Vechtdal College, buurtgesprekken en filmpjes over bijzondere plekken. Bij de actualisatie in 2027 en 2028 hebben we die gesprekken opnieuw gevoerd.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft de missie, de leidende principes en de omgevingskwaliteit. De hoofdstukken 3 tot en met 5 werken de opgaven uit. Hoofdstuk 6 gaat over de uitvoering.'),
      { t: 'break' },
      h(1, 'Ommen, Hart van het Vechtdal'),
      h(2, 'Missie'),
      p('Ommen ontwikkelt zich op basis van haar kernkwaliteiten tot een groene, gastvrije, geïnspireerde en gezonde gemeente. Ommen is een prima woon- en verblijfsgemeente en daar werken we de komende jaren samen verder aan.'),
      h(2, 'Vier leidende principes'),
      p('Wij werken aan de opgaven vanuit vier leidende principes:'),
      ol([
        'Betrekken: inwoners, ondernemers en maatschappelijke organisaties worden vroegtijdig betrokken bij de opgaven.',
        'Faciliteren: de gemeente faciliteert inwoners, ondernemers en maatschappelijke organisaties om hun inbreng te kunnen leveren en te kunnen participeren.',
        'Samenwerken: waar het kan, realiseren we ontwikkelingen samen, op basis van coproductie.',
        'Sturen: de gemeente biedt heldere kaders.',
      ]),
      h(2, 'Omgevingskwaliteit'),
      p('Ommen is een woon- en verblijfsgemeente met meerdere kernen die ieder een uniek karakter hebben. Van oudsher is Ommen een agrarische plattelandsgemeente, met veeteelt en gemengde bedrijven en in de veenontginningen ook akkerbouw.'),
      h(3, 'De stad en de kernen'),
      p('De stad Ommen ligt aan de Vecht en heeft een historisch centrum. De kernen Arriën, Beerze, Beerzerveld, Dalmsholte, Giethmen, Lemele, Stegeren, Vilsteren, Vinkenbuurt en Witharen hebben elk hun eigen gemeenschap en verenigingsleven.'),
      h(3, 'Landgoederen en buitengebied'),
      p('De gemeente is rijk aan natuur en landschappelijk en cultuurhistorisch waardevolle gebieden, met een groot aantal landgoederen. Het groene buitengebied is de basis voor landbouw, recreatie en natuur.'),
      ul(['de landgoederen Vilsteren, Eerde en Het Laar;', { text: 'de rivierdalen', sub: ['de Vecht met haar meanders;', 'de Regge.'] }, 'de Lemelerberg en de heide van het Besthmenerberg-gebied.']),
      { t: 'break' },
      h(1, 'Ommen als woon- en verblijfsgemeente'),
      h(2, 'Wonen'),
      p('Ommen gaat groeien, maar wel als groene gemeente. Tot 2040 voorzien we in het bouwen van maximaal 1250 woningen. Dit is nodig om jongeren in Ommen de kans te geven en om voorzieningen en het verenigingsleven in stand te houden.'),
      {
        t: 'table',
        cols: [5.5, 4.0, 6.9],
        header: ['Locatie', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['De Vlierlanden', 'circa 650', 'gevarieerde groene woonwijk'],
          ['Inbreidingslocaties stad', 'circa 350', 'levensloopbestendig, appartementen'],
          ['Kernen', 'circa 200', 'naar behoefte per kern'],
          ['Buitengebied', 'circa 50', 'rood voor rood, vrijkomende schuren'],
        ],
      },
      h(3, 'De Vlierlanden'),
      p('Op de Vlierlanden bouwen we verder aan een wijk met ruimte voor starters, gezinnen en senioren, ingepast in het groen.'),
      h(3, 'Wonen in de kernen en het buitengebied'),
      p('In de kernen bouwen we naar de behoefte van de eigen inwoners. In het buitengebied kunnen leegstaande schuren worden omgebouwd tot woningen en kan gebruik worden gemaakt van ‘rood voor rood’.'),
      h(3, 'Huisvesting van bijzondere doelgroepen'),
      p('De gemeente pakt regie op de huisvesting van lokale woningzoekenden en bijzondere doelgroepen, zoals arbeidsmigranten en statushouders, onder meer met wisselwoningen.'),
      h(2, 'Recreatie en toerisme'),
      p('Recreatie en toerisme is één van de pijlers van de economie waar Ommen op drijft. We kiezen voor een integrale aanpak met aandacht voor de samenleving, de infrastructuur en de economie, en voor krachtige promotie van Ommen als Hart van het Vechtdal.'),
      h(2, 'Centrum en station'),
      p('We investeren in een gastvrij en vitaal centrum en in de ontwikkeling van het station van Ommen als knooppunt voor fiets, bus en trein.'),
      { t: 'break' },
      h(1, 'Werken en landbouw'),
      h(2, 'Bedrijventerreinen'),
      p('Ondernemers krijgen ruimte. Bedrijventerrein De Strangen wordt gerevitaliseerd en de behoefte aan nieuw bedrijventerrein brengen we regionaal in beeld.'),
      h(2, 'Landbouw'),
      p('Landbouw hoort bij Ommen. Er blijft ruimte voor de ontwikkeling van grondgebonden agrarische bedrijven. Bedrijven die landbouw combineren met recreatie, zorg, energie of natuurbeheer ondersteunen we.'),
      ul(['ruimte voor schaalvergroting van grondgebonden bedrijven binnen het landschap;', 'vrijkomende agrarische bebouwing krijgt een passende nieuwe functie;', 'wij volgen de landelijke en provinciale ontwikkelingen rond stikstof.']),
      { t: 'break' },
      h(1, 'Groen, gezond en duurzaam'),
      h(2, 'Gezonde leefomgeving'),
      p('Gezondheid staat hoog in het vaandel. We zetten in op een leefomgeving die uitnodigt tot bewegen, ontmoeten en ontspannen.'),
      h(2, 'Energie'),
      p('We wekken duurzame energie op waar het landschap dat toelaat: eerst zon op daken, daarna zon op restgronden en pas dan in het buitengebied.'),
      h(2, 'Vecht en Regge'),
      p('Samen met het waterschap Drents Overijsselse Delta geven we de Vecht en de Regge meer ruimte en houden we water vast in de beekdalen.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s'),
      p('De visie werkt door in programma’s voor wonen, recreatie en toerisme, het buitengebied en energie.'),
      h(2, 'Omgevingsplan'),
      p('Participatie staat ook in het omgevingsplan hoog in het vaandel. Het omgevingsplan vertaalt de keuzes uit deze visie naar regels.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5.2, 11.2], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Ommen', 'gemeente-ommen', [0, 0], 10),
    gio('Woongebied De Vlierlanden', 'woongebied-de-vlierlanden', [-1, 1], 0.8),
    gio('Bedrijventerrein De Strangen', 'bedrijventerrein-de-strangen', [1.5, -0.5], 0.6),
    gio('Rivierdal van de Vecht', 'rivierdal-vecht', [0, 2.5], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-ommen-2040', regeling: 'omgevingsvisie-ommen-2040', doel: 'omgevingsvisie-ommen-2040' },
    datums: { vaststelling: '2028-12-14', ondertekening: '2028-12-14', bekendmaking: '2028-12-21', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0175',
  },
  geo: { origin: [222000, 502000] },
  meubilair: ['^Omgevingsvisie Ommen · december 2028$', '^Gemeente Ommen\\s+\\d+$'],
}
export default doc
