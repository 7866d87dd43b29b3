/**
 * h239 — gemeente Stede Broec (gm0532), holdout (session 14): the Westfriese gemeente of some 22.000 inwoners
 * with the kernen Bovenkarspel, Grootebroek and Lutjebroek along the Streekweg (lint), Broekerhaven at the
 * Zuiderzeedijk, the Markermeer/IJsselmeer shore, station Bovenkarspel-Grootebroek and the Westfrisiaweg (N307).
 * Content after the public descriptions of the gemeente, the Westfriese lintdorpen and the regional Omgevingsagenda
 * Westfriesland, here as an omgevingsvisie of 2028, shortened and in our own words. Layout: LibreOffice, A4
 * portrait, Liberation Sans 10 pt; chapters "Hoofdstuk 1" (prefix word, nummer "1"), sections "1.1", third level
 * "3.2.1"; table of contents "Inhoudsopgave" of two levels; header "Gemeente Stede Broec  |  Omgevingsvisie" left, footer
 * "- n -" centred; bullets "•" with "o"; numbered list "a."; a table; raadsbesluit with Artikel I–III (Roman);
 * GIO overview as a table in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0532'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-22', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Punt', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Letter', items })

const doc: Doc = {
  id: 'h239',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Stede Broec (Bovenkarspel, Grootebroek en Lutjebroek langs de Streekweg, Broekerhaven aan de Zuiderzeedijk, het Markermeer, station Bovenkarspel-Grootebroek, de Westfrisiaweg) en de regionale Omgevingsagenda Westfriesland, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: A4 staand, Liberation Sans 10 pt, hoofdstukken "Hoofdstuk 1", paragrafen "1.1", derde niveau "3.2.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst links, voettekst "- n -" gecentreerd, opsommingen "•" en "o", genummerde lijst "a.", een tabel, raadsbesluit met Artikel I–III, GIO-tabel in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Stede Broec',
  title: 'Omgevingsvisie Stede Broec',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#00646e',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.0, left: 2.5, right: 2.2 },
    outline: [
      { format: '1', display: 1, start: 1, prefix: 'Hoofdstuk ', suffix: ' ' },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: 'o' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Stede Broec  |  Omgevingsvisie'],
        footer: ['\t- {page} -\t'],
      },
    },
    tableBorder: '0.5pt solid #00646e',
    tableHeaderBg: '#d9ecee',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Stede Broec tot vaststelling van de Omgevingsvisie Stede Broec',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-07-14',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Stede Broec tot vaststelling van de Omgevingsvisie Stede Broec' },
      p('De raad van de gemeente Stede Broec;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 16 mei 2028, registratienummer 2028-011236;'),
      p('overwegende dat de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente; dat het ontwerp van de omgevingsvisie met ingang van 6 januari 2028 gedurende zes weken ter inzage heeft gelegen en dat iedereen in die periode een zienswijze naar voren kon brengen;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.25 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel I' },
      p('De Omgevingsvisie Stede Broec, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage A, vast te stellen.'),
      { t: 'p', style: 'bold', text: 'Artikel II' },
      p('De Structuurvisie Stede Broec 2030 en de Woonvisie Stede Broec 2020 in te trekken.'),
      { t: 'p', style: 'bold', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 14 juli 2028.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 22 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. M. Sombroek'], right: ['De voorzitter,', '', 'R.R. Bruin'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Stede Broec',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Stede Broec' },
      { t: 'p', style: 'subtitle', text: 'Leven in het lint – Bovenkarspel, Grootebroek en Lutjebroek' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Aanleiding'),
      p('Met de Omgevingswet stelt iedere gemeente één omgevingsvisie vast voor haar hele grondgebied. Deze visie vervangt de Structuurvisie Stede Broec 2030 en brengt het beleid voor wonen, werken, landschap, water, energie en mobiliteit samen.'),
      h(2, 'Status van de visie'),
      p('De omgevingsvisie bindt alleen de gemeente zelf. Regels voor inwoners en bedrijven staan in het omgevingsplan.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft Stede Broec nu, hoofdstuk 3 de ambities per thema, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
      { t: 'break' },
      h(1, 'Stede Broec nu'),
      h(2, 'Drie dorpen in een lint'),
      p('Bovenkarspel, Grootebroek en Lutjebroek zijn langs de Streekweg aan elkaar gegroeid. Het lint met stolpboerderijen, kerken en dijkhuizen is de ruggengraat van de gemeente.'),
      h(2, 'Ligging'),
      p('Stede Broec ligt tussen Hoorn en Enkhuizen, aan het Markermeer. De Westfrisiaweg en de spoorlijn Hoorn–Enkhuizen verbinden de gemeente met de regio.'),
      ul(['station Bovenkarspel-Grootebroek en station Bovenkarspel Flora;', 'de Westfrisiaweg (N307) aan de zuidkant;', { text: 'het Markermeer met', sub: ['de haven van Broekerhaven;', 'het buitendijkse strandje bij de Broekerhavenweg.'] }]),
      { t: 'break' },
      h(1, 'Ambities'),
      h(2, 'Wonen'),
      p('Wij bouwen tot 2040 voor de eigen inwoners en vooral voor jongeren en ouderen. Nieuwe woningen komen binnen het bestaande bebouwde gebied of aansluitend daarop.'),
      {
        t: 'table',
        cols: [6.0, 3.5, 5.5],
        header: ['Locatie', 'Woningen', 'Doelgroep'],
        rows: [
          ['Centrumgebied Streekweg', '220', 'ouderen, starters'],
          ['Stationsomgeving', '350', 'starters, middenhuur'],
          ['Inbreiding in het lint', '120', 'gemengd'],
        ],
      },
      h(2, 'Werken en voorzieningen'),
      h(3, 'Bedrijventerreinen'),
      p('De bedrijventerreinen Zesstedenweg en Het Hoekje bieden ruimte aan lokale bedrijven. Wij zetten in op herstructurering en verduurzaming.'),
      h(3, 'Winkels'),
      p('Het winkelcentrum Streekhof is het hoofdwinkelcentrum van de gemeente. Winkels buiten het centrum blijven bestaan, maar breiden niet uit.'),
      h(2, 'Landschap en water'),
      h(3, 'Het open landschap'),
      p('Het open agrarische landschap ten zuiden van de Westfrisiaweg is een kernkwaliteit. Wij houden de doorzichten vanaf het lint naar het land open.'),
      h(3, 'De Zuiderzeedijk'),
      p('De dijk langs het Markermeer is een waterkering en een cultuurhistorisch element. Binnen de beschermingszone gaat veiligheid voor.'),
      h(2, 'Energie en klimaat'),
      p('Wij willen in 2050 energieneutraal zijn. Daarvoor kiezen wij in deze volgorde:'),
      ol(['besparen in woningen en bedrijven;', 'zon op daken en boven parkeerplaatsen;', 'een warmtenet waar dat kan.']),
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'Het lint'),
      p('Het lint blijft een gemengd gebied van wonen, werken en voorzieningen. Nieuwe bebouwing volgt de maat en de rooilijn van de bestaande panden.'),
      h(2, 'De wijken'),
      p('De wijken van na 1960 vernieuwen wij samen met de woningcorporatie, met aandacht voor groen en hitte.'),
      h(2, 'Kustzone'),
      p('De kustzone bij Broekerhaven ontwikkelt zich tot een rustig recreatiegebied met behoud van de natuurwaarden van het Markermeer.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Samenwerken in Westfriesland'),
      p('Veel opgaven spelen regionaal. Wij werken samen met de Westfriese gemeenten en de provincie Noord-Holland.'),
      h(2, 'Monitoring'),
      p('Eens per vier jaar bekijken wij of de visie nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Overzicht geografische informatieobjecten', sep: '  ' },
      { t: 'gio', layout: 'table' },
    ],
  ],
  gios: [
    gio('Gemeente Stede Broec', 'gemeente-stede-broec', [0, 0], 4),
    gio('Lint Streekweg', 'lint-streekweg', [0, 0.5], 1),
    gio('Stationsomgeving', 'stationsomgeving', [0.5, -0.3], 0.4),
    gio('Kustzone Broekerhaven', 'kustzone-broekerhaven', [1.5, 1.5], 0.8),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-stede-broec', regeling: 'omgevingsvisie-stede-broec', doel: 'omgevingsvisie-stede-broec' },
    datums: { vaststelling: '2028-06-22', ondertekening: '2028-06-22', bekendmaking: '2028-07-05', inwerkingtreding: '2028-07-14' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0532',
  },
  geo: { origin: [148000, 521000] },
  meubilair: ['^Gemeente Stede Broec \\| Omgevingsvisie$', '^- \\d+ -$'],
}
export default doc
