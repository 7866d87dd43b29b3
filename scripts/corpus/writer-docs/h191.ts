/**
 * h191 — gemeente Hof van Twente (gm1735), holdout (session 13): the Twentse gemeente of Goor, Delden, Markelo,
 * Diepenheim, Hengevelde, Bentelo and the buurtschappen. Structure and wording after the public pages on the
 * Omgevingsvisie Hof van Twente (a "nieuw toekomstbeeld voor de inrichting van de gemeente", made with eight roadshows
 * with the dorps- en stadsraden and buurtschappen and some 600 visitors; the themes of the raad brought together in
 * four hoofdlijnen HERKENBAAR, LEEFBAAR, DUURZAAM and ONDERNEMEND; noaberschap and gezondheid beside the physical
 * themes; the structuurvisie landelijk gebied it replaces), here as a visie of 2028, shortened and partly in our own
 * words. Layout: A4 in Liberation Serif 10.5 pt; chapters "1." with sections "1.1" and a third level "3.2.1";
 * table of contents; header with the chapter title (field), footer "Omgevingsvisie Hof van Twente | n"; lists "•"
 * and "1."; two tables; raadsbesluit with Artikel 1–3; GIO table Nr | Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1735'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-23', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h191',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s over de Omgevingsvisie Hof van Twente (een nieuw toekomstbeeld voor de inrichting van de gemeente, gemaakt met acht roadshows met dorps- en stadsraden en buurtschappen en zo\'n 600 bezoekers; de thema\'s van de raad samengebracht in vier hoofdlijnen herkenbaar, leefbaar, duurzaam en ondernemend; noaberschap en gezondheid; de structuurvisie landelijk gebied die zij vervangt), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10,5 pt, hoofdstukken "1." met paragrafen "1.1" en een derde niveau "3.2.1", inhoudsopgave, kopregel met de hoofdstuktitel (veld), voettekst "Omgevingsvisie Hof van Twente | n", lijsten "•" en "1.", twee tabellen, raadsbesluit met Artikel 1–3, GIO-tabel Nr | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hof van Twente',
  title: 'Omgevingsvisie Hof van Twente',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12.5, 11, 10.5],
    headingColor: '#7A1F3D',
    lineHeight: 125,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.5, 2.3, 2.5, 2.3),
    outline: [
      { format: '1', display: 1, suffix: '.', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['{chaptername}'], footer: ['Omgevingsvisie Hof van Twente | {page}'], align: 'right' },
    },
    tableBorder: '0.5pt solid #7A1F3D',
    tableHeaderBg: '#F1E3E8',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hof van Twente tot vaststelling van de Omgevingsvisie Hof van Twente',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hof van Twente tot vaststelling van de Omgevingsvisie Hof van Twente' },
      p('Raadsvoorstel nr. 2028/014'),
      p('De raad van de gemeente Hof van Twente;'),
      p('gelezen het voorstel van burgemeester en wethouders van 8 februari 2028;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147, eerste lid, van de Gemeentewet;'),
      p('overwegende dat de ontwerp-Omgevingsvisie Hof van Twente van 4 september tot en met 15 oktober 2027 ter inzage heeft gelegen, dat tijdens de inloopbijeenkomsten in Goor, Delden en Markelo mondeling is gereageerd en dat de zienswijzen zijn beantwoord in de Nota van zienswijzen;'),
      { t: 'p', style: 'center', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Hof van Twente, met de geografische informatieobjecten in bijlage 1 van de visie, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Structuurvisie landelijk gebied Hof van Twente en de Structuurvisie Goor in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 mei 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Hof van Twente, gehouden op 23 maart 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'H.J. ter Haar'], right: ['De voorzitter,', '', 'A.W. Ossewaarde'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hof van Twente',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hof van Twente' },
      { t: 'p', style: 'subtitle', text: 'Herkenbaar, leefbaar, duurzaam en ondernemend' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
    ],
    body: [
      { t: 'break' },
      h(1, 'Inleiding'),
      p('De omgevingsvisie is een nieuw toekomstbeeld voor de inrichting van de gemeente. Zij gaat over huizen en bedrijfsgebouwen, wegen en fietspaden, water, bodem, landschappen, natuur en cultureel erfgoed, en ook over gezondheid en noaberschap.'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('Iedere gemeente maakt er een. De visie geeft richting, maar is niet in beton gegoten: ieder plan van een inwoner is uniek en blijven wij zo bekijken.'),
      h(2, 'Hoe is de visie gemaakt?'),
      p('In februari en maart 2023 organiseerden wij samen met de dorps- en stadsraden en de buurtschappen acht roadshows. Ruim 600 mensen gaven hun inbreng. Daarna volgden:'),
      { t: 'ol', list: 'Nummer', items: ['een vragenlijst over de thema’s;', 'de kaderstelling door de raad;', 'de ontwerp-visie met inloopbijeenkomsten.'] },
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft Hof van Twente nu. De hoofdstukken 3 tot en met 6 werken de vier hoofdlijnen uit. Hoofdstuk 7 gaat over de uitvoering.'),
      { t: 'break' },
      h(1, 'Hof van Twente nu'),
      h(2, 'Kernen en buurtschappen'),
      p('Goor, Delden, Markelo, Diepenheim, Hengevelde en Bentelo hebben elk een eigen karakter. Daaromheen liggen de buurtschappen met hun sterke noaberschap.'),
      {
        t: 'table',
        cols: [4.5, 3.5, 8],
        header: ['Kern', 'Inwoners', 'Kenmerk'],
        rows: [
          ['Goor', '12.300', 'centrumfunctie en werk'],
          ['Delden', '7.400', 'historische stad, Twickel'],
          ['Markelo', '6.900', 'Herikerberg en toerisme'],
          ['Diepenheim', '2.700', 'kastelen en kunst'],
        ],
      },
      h(2, 'Landschap'),
      p('Het coulisselandschap met essen, beken en landgoederen is het visitekaartje van de gemeente.'),
      { t: 'break' },
      h(1, 'Herkenbaar'),
      p('Wij koesteren wat Hof van Twente uniek maakt.'),
      h(2, 'Landschap en erfgoed'),
      p('Nieuwe ontwikkelingen voegen zich naar het landschap.'),
      h(2, 'Kernen met een eigen karakter'),
      h(3, 'Historische stadjes'),
      p('In Delden en Diepenheim beschermen wij de historische structuur.'),
      h(3, 'Dorpen en buurtschappen'),
      p('Elke kern krijgt ruimte om naar eigen maat te groeien.'),
      { t: 'break' },
      h(1, 'Leefbaar'),
      h(2, 'Wonen voor alle generaties'),
      p('Wij bouwen voor starters, gezinnen en ouderen, in alle kernen:'),
      { t: 'ul', list: 'Bol', items: ['levensloopbestendige woningen;', { text: 'nieuwe woonvormen', sub: ['knarrenhofjes;', 'tiny houses op tijdelijke locaties.'] }, 'inbreiding vóór uitbreiding.'] },
      h(2, 'Voorzieningen en noaberschap'),
      p('Scholen, sportvelden en ontmoetingsplekken houden de kernen levendig.'),
      h(2, 'Gezondheid'),
      p('Een groene omgeving nodigt uit tot bewegen.'),
      { t: 'break' },
      h(1, 'Duurzaam'),
      h(2, 'Energie'),
      p('Wij wekken in 2040 zoveel energie op als wij gebruiken.'),
      {
        t: 'table',
        cols: [6, 5, 5],
        header: ['Bron', 'Voorkeur', 'Voorwaarde'],
        rows: [
          ['Zon op dak', 'eerst', 'geen'],
          ['Zonneveld', 'daarna', 'landschappelijke inpassing'],
          ['Windturbine', 'zoekgebied', 'participatie 50%'],
        ],
      },
      h(2, 'Water en klimaat'),
      p('Wij houden water vast in de beekdalen van de Regge en de Schipbeek.'),
      { t: 'break' },
      h(1, 'Ondernemend'),
      h(2, 'Werklocaties'),
      p('Bedrijventerreinen in Goor en Delden worden vernieuwd en verduurzaamd.'),
      h(2, 'Landbouw'),
      p('Wij ondersteunen de agrariërs in de overgang naar een toekomstbestendige landbouw.'),
      h(2, 'Recreatie en toerisme'),
      p('Fietsen, wandelen en verblijven in het landschap versterken wij.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s'),
      p('De hoofdlijnen werken wij uit in programma’s.'),
      h(2, 'Omgevingsplan'),
      p('Het omgevingsplan volgt de keuzes van deze visie.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5, 10.2], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Hof van Twente', 'gemeente-hof-van-twente', [0, 0], 8),
    gio('Beekdal Regge', 'beekdal-regge', [-2, 2], 1.5),
    gio('Landgoed Twickel', 'landgoed-twickel', [3, 1], 1.5),
    gio('Zoekgebied windenergie Markelo', 'zoekgebied-windenergie-markelo', [-3, -2], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-hof-van-twente', regeling: 'omgevingsvisie-hof-van-twente', doel: 'omgevingsvisie-hof-van-twente' },
    datums: { vaststelling: '2028-03-23', ondertekening: '2028-03-23', bekendmaking: '2028-03-30', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1735',
  },
  geo: { origin: [236000, 474000] },
  meubilair: ['^Omgevingsvisie Hof van Twente \\| \\d+$'],
}
export default doc
