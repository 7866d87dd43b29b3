/**
 * h241 — gemeente Someren (gm0847), holdout (session 14): the Brabantse Peelgemeente of some 19.000 inwoners with
 * the kernen Someren, Someren-Eind, Someren-Heide and Lierop, the Strabrechtse Heide, the Kleine Aa and the Aa,
 * the Zuid-Willemsvaart, bedrijventerrein Lagedijk, the Peelrandbreuk and the N266/N279. Content after the public
 * descriptions of the gemeente the Peelgemeenten and the public page on its
 * ontwerp-omgevingsvisie (not blank: existing policy; participation of college, raad, straatgesprekken per dorp,
 * stakeholders, ketenpartners and the Kinderraad; an achtergronddocument with the same structure), here as an
 * omgevingsvisie of 2028, shortened and in our own words. Layout: LibreOffice, a B5 page (17.6 × 25 cm), DejaVu Sans
 * 9 pt; chapters "1", sections "1.1", third level "3.1.1"; table of contents "Inhoud" of two levels; header
 * "Someren | Omgevingsvisie 2040" left, footer "blz. n" right; bullets "►" with "–"; numbered list "i."; two tables;
 * raadsbesluit with Artikel 1–2; GIO table in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0847'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-05-18', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Pijl', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Rom', items })

const doc: Doc = {
  id: 'h241',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Someren (Someren, Someren-Eind, Someren-Heide en Lierop, Strabrechtse Heide, Kleine Aa en Aa, Zuid-Willemsvaart, bedrijventerrein Lagedijk, Peelrandbreuk, N266/N279) de Peelgemeenten en de openbare pagina over de ontwerp-omgevingsvisie (bestaand beleid als basis, participatie met college, raad, straatgesprekken, stakeholders, ketenpartners en de Kinderraad, een achtergronddocument), hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: B5 (17,6 × 25 cm), DejaVu Sans 9 pt, hoofdstukken "1", paragrafen "1.1", derde niveau "3.1.1", inhoudsopgave "Inhoud" van twee niveaus, koptekst links, voettekst "blz. n" rechts, opsommingen "►" en "–", genummerde lijst "i.", twee tabellen, raadsbesluit met Artikel 1–2, GIO-tabel in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Someren',
  title: 'Omgevingsvisie Someren 2040',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 11, 9.5, 9],
    headingColor: '#2e7d32',
    lineHeight: 135,
    spaceAfter: 0.2,
    page: { width: 17.6, height: 25, top: 2.0, bottom: 1.8, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'DejaVu Sans' }, { char: '–' }] },
      Rom: { kind: 'number', levels: [{ format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Someren | Omgevingsvisie 2040'],
        footer: ['\t\tblz. {page}'],
      },
    },
    tableBorder: '0.4pt solid #2e7d32',
    tableHeaderBg: '#e3f1e4',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Someren tot vaststelling van de Omgevingsvisie Someren 2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-06-16',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Someren tot vaststelling van de Omgevingsvisie Someren 2040' },
      p('De raad van de gemeente Someren,'),
      p('gelezen het voorstel van burgemeester en wethouders van 11 april 2028, nummer RV-2028-018;'),
      p('overwegende dat:'),
      p('– de gemeenteraad een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente;'),
      p('– de visie in een open proces met inwoners, ondernemers, agrariërs en dorpsraden is opgesteld;'),
      p('– het ontwerp van 2 november tot en met 13 december 2027 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Reactienota;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel 1' },
      p('De Omgevingsvisie Someren 2040 vast te stellen, met de geografische informatieobjecten uit bijlage 1.'),
      { t: 'p', style: 'bold', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op 16 juni 2028, met gelijktijdige intrekking van de Structuurvisie Someren 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Someren van 18 mei 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'J.A.M. van Bussel'], right: ['De voorzitter,', '', 'D.M.J. Blanksma'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Someren 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Someren 2040' },
      { t: 'p', style: 'subtitle', text: 'Groen, ondernemend en dichtbij' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Over deze visie'),
      h(2, 'Waarom een omgevingsvisie'),
      p('In deze visie staat hoe wij de fysieke leefomgeving van Someren tot 2040 willen ontwikkelen. De visie is integraal: zij verbindt wonen, werken, landbouw, natuur, water, energie en gezondheid.'),
      h(2, 'Hoe de visie is gemaakt'),
      p('Wij zijn niet blanco begonnen: wij gingen uit van het beleid dat wij al hadden en dat nog actueel was. Onder het motto ‘Samen bouwen aan Someren’ spraken wij met:'),
      ul(['het college van burgemeester en wethouders en de gemeenteraad;', 'inwoners, via straatgesprekken en avonden in elk dorp;', 'stakeholders en ketenpartners;', 'de Kinderraad.']),
      p('Bij de visie hoort een achtergronddocument met dezelfde indeling, waarin staat waarop iedere ambitie is gebaseerd.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft onze kernwaarden. Hoofdstuk 3 werkt de opgaven uit, hoofdstuk 4 de kernen en het buitengebied, hoofdstuk 5 de uitvoering.'),
      { t: 'break' },
      h(1, 'Kernwaarden'),
      h(2, 'Groen en landschap'),
      p('Someren ligt tussen de Strabrechtse Heide en de Peel. De beekdalen van de Aa en de Kleine Aa, de heide en de bossen maken de gemeente aantrekkelijk om te wonen en te recreëren.'),
      h(2, 'Ondernemerschap'),
      p('Someren heeft een sterke agrarische sector en een actief midden- en kleinbedrijf op bedrijventerrein Lagedijk en in de kernen.'),
      h(2, 'Dichtbij en samen'),
      p('In de kernen kennen mensen elkaar. Verenigingen en vrijwilligers dragen veel voorzieningen.'),
      { t: 'break' },
      h(1, 'Opgaven'),
      h(2, 'Wonen'),
      h(3, 'Woningbehoefte'),
      p('Tot 2040 is er behoefte aan ongeveer 1.400 woningen. Wij bouwen in alle vier de kernen, naar verhouding van hun omvang.'),
      {
        t: 'table',
        cols: [5.0, 4.0, 4.5],
        header: ['Kern', 'Inwoners 2026', 'Woningen tot 2040'],
        rows: [
          ['Someren', '11.900', '900'],
          ['Someren-Eind', '2.900', '230'],
          ['Lierop', '2.200', '170'],
          ['Someren-Heide', '1.600', '100'],
        ],
      },
      h(3, 'Woonvormen'),
      p('Wij zoeken ruimte voor tiny houses, knarrenhofjes en woongroepen, ook in vrijkomende agrarische bebouwing.'),
      h(2, 'Landbouw in transitie'),
      p('De veehouderij staat voor grote veranderingen door de stikstof- en wateropgave. Wij ondersteunen agrariërs bij:'),
      ol(['extensivering en omschakeling naar natuurinclusieve landbouw;', 'verbreding met recreatie, zorg of energie;', 'sloop van vrijkomende stallen (ruimte-voor-ruimte).']),
      h(2, 'Water en klimaat'),
      h(3, 'Peelrandbreuk en wijstgronden'),
      p('Langs de Peelrandbreuk liggen natte wijstgronden. Deze beschermen wij als bijzonder aardkundig en ecologisch gebied.'),
      h(3, 'Droogte'),
      p('Wij houden water langer vast in de beekdalen en beperken grondwateronttrekking.'),
      h(2, 'Energie'),
      p('Wij willen in 2050 energieneutraal zijn. Grootschalige opwek concentreren wij in een zoekgebied langs de N279.'),
      {
        t: 'table',
        cols: [6.0, 3.5, 4.0],
        header: ['Bron', '2030 (TJ)', '2040 (TJ)'],
        rows: [
          ['Zon op dak', '120', '200'],
          ['Zonnevelden', '90', '150'],
          ['Windturbines', '0', '110'],
        ],
      },
      { t: 'break' },
      h(1, 'Kernen en buitengebied'),
      h(2, 'Someren'),
      p('Het centrum rond de Wilhelminaplein en de Postelstraat blijft het winkel- en voorzieningenhart.'),
      h(2, 'Someren-Eind, Someren-Heide en Lierop'),
      p('De kleine kernen houden hun basisschool en gemeenschapshuis. Wij bouwen er voor de eigen inwoners.'),
      ul(['Someren-Eind: woningbouw aan de noordkant;', 'Lierop: behoud van het dorpsplein met de Sint-Trudokerk;', { text: 'Someren-Heide:', sub: ['versterken van de recreatieve functie;', 'verbeteren van de verkeersveiligheid op de Heikantstraat.'] }]),
      h(2, 'Buitengebied'),
      p('In het buitengebied geven wij ruimte aan landbouw, natuur en recreatie, met respect voor het open karakter.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Van visie naar plan'),
      p('De visie krijgt uitwerking in het omgevingsplan en in programma’s voor wonen, buitengebied en energie.'),
      h(2, 'Monitoring en actualisatie'),
      p('Wij houden de voortgang bij met een monitor en passen de visie elke raadsperiode zo nodig aan.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: '  ' },
      { t: 'gio', layout: 'table' },
    ],
  ],
  gios: [
    gio('Gemeente Someren', 'gemeente-someren', [0, 0], 4),
    gio('Strabrechtse Heide', 'strabrechtse-heide', [-1.5, 1.2], 1),
    gio('Wijstgronden Peelrandbreuk', 'wijstgronden-peelrandbreuk', [1.2, 0.6], 0.8),
    gio('Zoekgebied energie N279', 'zoekgebied-energie-n279', [1.6, -1], 0.7),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-someren-2040', regeling: 'omgevingsvisie-someren-2040', doel: 'omgevingsvisie-someren-2040' },
    datums: { vaststelling: '2028-05-18', ondertekening: '2028-05-19', bekendmaking: '2028-05-31', inwerkingtreding: '2028-06-16' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0847',
  },
  geo: { origin: [172000, 376000] },
  meubilair: ['^Someren \\| Omgevingsvisie 2040$', '^blz\\. \\d+$'],
}
export default doc
