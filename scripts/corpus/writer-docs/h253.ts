/**
 * h253 — gemeente Leiderdorp (gm0547), holdout (session 14): the Zuid-Hollandse gemeente of some 28.000 inwoners
 * on the Oude Rijn opposite Leiden, with the oude dorp at the Van der Valk Boumanweg, the wijken Oranjewijk, De
 * Bloemerd, Elisabethhof, Leyhof and Buitenhof, the Munnikenpolder, the Doeshofpolder and the Vlietpolder, and the
 * A4 in the Corbulo tunnel (Rijnlandroute). Content after the public descriptions of the gemeente and Holland
 * Rijnland, here as an omgevingsvisie of 2028, shortened and in our own words. Layout: LibreOffice, a smaller page
 * of 17 × 24 cm, Liberation Serif 9.5 pt with Liberation Sans headings; chapters "1.", sections "1.1.", third level
 * "1.1.1." (every level with a closing dot); no table of contents; header none, footer "Omgevingsvisie Leiderdorp |
 * n" left; bullets "•" and "–"; numbered list "i."; a table; raadsbesluit with Artikel 1–3; GIO table in
 * "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0547'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-09', '2'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Punt', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Romein', items })

const doc: Doc = {
  id: 'h253',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Leiderdorp (het oude dorp aan de Oude Rijn, de wijken Oranjewijk, De Bloemerd, Elisabethhof, Leyhof en Buitenhof, de Munnikenpolder, de Doeshofpolder en de Vlietpolder, de A4 in de Corbulotunnel) en Holland Rijnland, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: bladformaat 17 × 24 cm, Liberation Serif 9,5 pt met koppen in Liberation Sans, hoofdstukken "1.", paragrafen "1.1.", derde niveau "1.1.1.", geen inhoudsopgave, voettekst "Omgevingsvisie Leiderdorp | n" links, opsommingen "•" en "–", genummerde lijst "i.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Leiderdorp',
  title: 'Omgevingsvisie Leiderdorp',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 11.5, 10, 9.5],
    headingColor: '#1f3f77',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, start: 1, suffix: '.' },
      { format: '1', display: 2, start: 1, suffix: '.' },
      { format: '1', display: 3, start: 1, suffix: '.' },
      { format: '1', display: 4, start: 1, suffix: '.' },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Romein: { kind: 'number', levels: [{ format: 'i', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Leiderdorp | {page}'],
      },
    },
    tableBorder: '0.5pt solid #1f3f77',
    tableHeaderBg: '#dde5f2',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Leiderdorp houdende vaststelling van de Omgevingsvisie Leiderdorp',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Leiderdorp houdende vaststelling van de Omgevingsvisie Leiderdorp' },
      p('Nummer: 2028/RB/014'),
      p('De raad van de gemeente Leiderdorp;'),
      p('gelezen het voorstel van burgemeester en wethouders van 25 januari 2028;'),
      p('overwegende dat de gemeente op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied; dat het ontwerp van 14 september tot en met 25 oktober 2027 ter inzage heeft gelegen; dat de zienswijzen zijn betrokken bij de vaststelling en dat de visie daarop op onderdelen is aangepast;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel 1' },
      p('De Omgevingsvisie Leiderdorp, bestaande uit de tekst en de geografische informatieobjecten in bijlage A, gewijzigd vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel 2' },
      p('De Structuurvisie Leiderdorp 2025 in te trekken.'),
      { t: 'p', style: 'bold', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op de dag na bekendmaking.'),
      p('Aldus besloten in de openbare raadsvergadering van 9 maart 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'E.G. Gerritsen'], right: ['de voorzitter,', '', 'L.K. Steenmeijer'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Leiderdorp',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Leiderdorp' },
      { t: 'p', style: 'subtitle', text: 'Groen, levendig en verbonden aan de Rijn' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Doel van de omgevingsvisie'),
      p('Deze omgevingsvisie geeft richting aan de ontwikkeling van Leiderdorp tot 2040. Zij is de basis voor het omgevingsplan en voor de afweging van nieuwe initiatieven.'),
      h(2, 'Leiderdorp in de regio'),
      p('Leiderdorp ligt aan de Oude Rijn, tegenover Leiden, en maakt deel uit van Holland Rijnland en de Leidse regio. Veel inwoners werken in Leiden, Den Haag of Amsterdam.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft de kernkwaliteiten van Leiderdorp, hoofdstuk 3 de opgaven, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
      { t: 'break' },
      h(1, 'Kernkwaliteiten'),
      h(2, 'Dorp aan de rivier'),
      p('Het oude dorp met de Dorpskerk, de molen De Zijlmolen en de bebouwing langs de Oude Rijn vormt het historische hart.'),
      h(2, 'Groene polders'),
      p('De Munnikenpolder, de Doeshofpolder en de Vlietpolder vormen een groene rand aan de oostkant van de gemeente. De polders zijn belangrijk voor recreatie, weidevogels en waterberging.'),
      h(2, 'Voorzieningen'),
      p('Het Winkelhof, het Alrijne Ziekenhuis en de Meubelboulevard hebben een functie voor de hele regio.'),
      { t: 'break' },
      h(1, 'Opgaven'),
      h(2, 'Wonen'),
      h(3, 'Woningbouw'),
      p('Leiderdorp bouwt tot 2040 ongeveer 2.000 woningen, vooral op transformatielocaties:'),
      ul(['het gebied rond het Winkelhof;', { text: 'de Baanderij en de Meubelboulevard', sub: ['menging van wonen en werken;', 'behoud van bedrijvigheid langs de A4.'] }, 'kleinere locaties in bestaande wijken.']),
      {
        t: 'table',
        cols: [6.0, 3.0, 3.5],
        header: ['Locatie', 'Woningen', 'Periode'],
        rows: [
          ['Winkelhof en omgeving', '800', '2028–2035'],
          ['Baanderij', '900', '2030–2040'],
          ['Overige locaties', '300', '2028–2040'],
        ],
      },
      h(3, 'Betaalbaarheid'),
      p('Van de nieuwe woningen is ten minste een derde sociale huur en een derde betaalbare huur of koop.'),
      h(2, 'Mobiliteit'),
      p('Sinds de A4 in de Corbulotunnel ligt, is het Engelendaal rustiger geworden. Wij kiezen voor de fiets en het openbaar vervoer.'),
      h(2, 'Klimaat en energie'),
      h(3, 'Klimaatadaptatie'),
      p('Wij maken de openbare ruimte klimaatbestendig, onder meer door verharding te vervangen door groen.'),
      h(3, 'Energietransitie'),
      p('De wijken gaan stap voor stap van het aardgas af. Volgorde van aanpak:'),
      ol(['isoleren van woningen en gebouwen;', 'aansluiten op een warmtenet waar dat kan;', 'elektrische oplossingen in de overige wijken.']),
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'Oude dorp en centrum'),
      p('Het centrum rond het Winkelhof wordt een levendig gebied waar wonen, winkelen en ontmoeten samengaan.'),
      h(2, 'Woonwijken'),
      p('In de wijken zetten wij in op onderhoud, vergroening en betere verbindingen voor voetgangers en fietsers.'),
      h(2, 'Polders'),
      p('De polders blijven open en groen. Wij stimuleren natuurinclusieve landbouw en extensieve recreatie.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Omgevingsplan en programma’s'),
      p('Het omgevingsplan legt de regels vast; programma’s geven uitvoering aan onderdelen van deze visie.'),
      h(2, 'Participatie'),
      p('Wij betrekken inwoners, ondernemers en maatschappelijke partners vroeg bij nieuwe ontwikkelingen.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [4.5, 8.5], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Leiderdorp', 'gemeente-leiderdorp', [0, 0], 2.5),
    gio('Transformatiegebied Baanderij', 'transformatiegebied-baanderij', [-0.5, -0.5], 0.4),
    gio('Centrumgebied Winkelhof', 'centrumgebied-winkelhof', [-0.3, 0.2], 0.3),
    gio('Polders Leiderdorp-Oost', 'polders-leiderdorp-oost', [1, 0.5], 0.9),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-leiderdorp', regeling: 'omgevingsvisie-leiderdorp', doel: 'omgevingsvisie-leiderdorp' },
    datums: { vaststelling: '2028-03-09', ondertekening: '2028-03-09', bekendmaking: '2028-03-22' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0547',
  },
  geo: { origin: [96000, 464000] },
  meubilair: ['^Omgevingsvisie Leiderdorp \\| \\d+$'],
}
export default doc
