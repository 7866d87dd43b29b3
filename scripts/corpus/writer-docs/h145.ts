/**
 * h145 — gemeente Meierijstad (gm1948), holdout (session 12): the gemeente formed in 2017 from Schijndel, Sint-
 * Oedenrode and Veghel, with thirteen kernen between the Dommel and the Aa, the A50 and the Zuid-Willemsvaart.
 * Content in our own words after the general public picture of the gemeente (no published visie text could be
 * checked within the session). Layout: A4 landscape in Liberation Sans 10 pt; chapters "Hoofdstuk 1." … with
 * sections "1.1" and a third level "3.2.1"; a table of contents of the chapters only; no header in chapter 1, a
 * header "Omgevingsvisie Meierijstad — {chapter}" from chapter 2 on; page numbers in the outer corner (right on odd
 * pages, left on even); lists "■" and "i."; part of chapter 3 in two columns; a table; raadsbesluit with
 * "besluit:" and Artikel 1–3; GIO list in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1948'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-02-17', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h145',
  set: 'holdout',
  bron:
    'Eigen tekst naar het algemene openbare beeld van de gemeente Meierijstad (in 2017 gevormd uit Schijndel, Sint-Oedenrode en Veghel, dertien kernen tussen Dommel en Aa, A50 en Zuid-Willemsvaart, agrofood); geen gepubliceerde visietekst binnen de sessie gecontroleerd; eigen opmaak: A4 liggend in Liberation Sans 10 pt, hoofdstukken "Hoofdstuk 1." met paragrafen "1.1" en een derde niveau "3.2.1", inhoudsopgave van de hoofdstukken, geen kopregel in hoofdstuk 1 en een kopregel "Omgevingsvisie Meierijstad — hoofdstuk" vanaf hoofdstuk 2, paginanummers in de buitenhoek (rechts op oneven, links op even pagina\'s), lijsten "■" en "i.", een deel van hoofdstuk 3 in twee kolommen, een tabel, raadsbesluit met "besluit:" en Artikel 1–3, GIO-lijst in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Meierijstad',
  title: 'Omgevingsvisie Meierijstad',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 11, 10],
    headingColor: '#00606B',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2, bottom: 1.8, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '□' }] },
      Romein: { kind: 'number', levels: [{ format: 'i', suffix: '.' }] },
    },
    masters: {
      Start: { landscape: true, footer: ['\t\t{page}'], footerLeft: ['{page}'] },
      Standard: {
        landscape: true,
        header: ['Omgevingsvisie Meierijstad — {chaptername}'],
        footer: ['\t\t{page}'],
        footerLeft: ['{page}'],
      },
    },
    tableBorder: '0.5pt solid #00606B',
    tableHeaderBg: '#D9EEF0',
    tableFontSize: 9,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Meierijstad tot vaststelling van de Omgevingsvisie Meierijstad',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-03-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Registratienummer: 2028-RB-007' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Meierijstad tot vaststelling van de Omgevingsvisie Meierijstad' },
      { t: 'p', text: 'De raad van de gemeente Meierijstad;' },
      { t: 'p', text: 'gelet op het voorstel van het college van burgemeester en wethouders van 9 januari 2028;' },
      { t: 'p', text: 'gelet op de artikelen 3.1 en 16.27 van de Omgevingswet;' },
      { t: 'p', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Meierijstad vast te stellen, zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden genoemd in bijlage A.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Structuurvisie Schijndel, de Structuurvisie Sint-Oedenrode en de Structuurvisie Veghel in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 maart 2028.' },
      { t: 'p', text: 'Aldus besloten in de openbare raadsvergadering van 17 februari 2028.' },
      { t: 'sign', left: ['De griffier,', '', '', 'drs. P.W.M. van den Heuvel'], right: ['De voorzitter,', '', '', 'ir. K.A. Donkers'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Meierijstad',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Meierijstad' },
      { t: 'p', style: 'subtitle', text: 'Dertien kernen, één Meierij' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break', master: 'Start', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: 'Meierijstad ontstond in 2017 uit Schijndel, Sint-Oedenrode en Veghel. Deze eerste omgevingsvisie van de nieuwe gemeente vervangt de drie oude structuurvisies.' },
      { t: 'h', l: 2, text: 'Doel van de visie' },
      { t: 'p', text: 'De visie geeft richting aan keuzes over wonen, werken, landschap en energie tot 2040.' },
      { t: 'h', l: 2, text: 'Proces' },
      { t: 'p', text: 'De visie is in drie stappen gemaakt:' },
      { t: 'ol', list: 'Romein', items: ['een foto van de gemeente;', 'bouwstenen met inwoners en partners;', 'het ontwerp en de zienswijzen.'] },
      { t: 'break', master: 'Standard' },
      { t: 'h', l: 1, text: 'Kernwaarden' },
      { t: 'h', l: 2, text: 'Het Groene Woud' },
      { t: 'p', text: 'Het Nationaal Landschap Het Groene Woud met de beekdalen van Dommel en Aa is een kernkwaliteit die wij beschermen.' },
      { t: 'h', l: 2, text: 'De kernen' },
      { t: 'p', text: 'Elke kern heeft een eigen identiteit:' },
      { t: 'ul', list: 'Blok', items: ['Veghel: centrum van werk en voorzieningen;', 'Schijndel en Sint-Oedenrode: vitale dorpen met een eigen centrum;', { text: 'de kleine kernen', sub: ['Erp, Boekel-grens en Keldonk;', 'Eerde, Wijbosch en Zijtaart.'] }] },
      { t: 'h', l: 2, text: 'Water en klimaat' },
      { t: 'h', l: 3, text: 'Beekherstel' },
      { t: 'p', text: 'Met waterschap Aa en Maas geven wij de Dommel en de Aa meer ruimte.' },
      { t: 'h', l: 3, text: 'Hittestress in Veghel' },
      { t: 'p', text: 'In het centrum van Veghel vergroenen wij pleinen en straten.' },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'h', l: 3, text: 'Woningbouwprogramma' },
      {
        t: 'table',
        cols: [6, 5, 5, 8],
        header: ['Kern', 'Tot 2030', '2030–2040', 'Accent'],
        rows: [
          ['Veghel', '1.800', '1.500', 'binnenstedelijk, De Dubbelen'],
          ['Schijndel', '700', '500', 'centrum en Hulst'],
          ['Sint-Oedenrode', '600', '450', 'rondom het centrum'],
          ['Overige kernen', '700', '550', 'naar behoefte per kern'],
        ],
      },
      { t: 'h', l: 3, text: 'Wonen en zorg' },
      { t: 'p', text: 'Wij maken ruimte voor geclusterd wonen bij voorzieningen.' },
      { t: 'h', l: 2, text: 'Werken' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 3, text: 'Foodpark en agrofood' },
          { t: 'p', text: 'Rond Veghel ligt een van de grootste clusters van voedingsbedrijven van Nederland. Het Foodpark biedt ruimte aan grote bedrijven in de foodsector, aan de A50 en de Zuid-Willemsvaart.' },
          { t: 'h', l: 3, text: 'Lokale bedrijventerreinen' },
          { t: 'p', text: 'In de dorpen houden wij ruimte voor lokale bedrijven die bij de kern horen. Verplaatsing naar een regionaal terrein is mogelijk als een bedrijf groeit.' },
        ],
      },
      { t: 'h', l: 2, text: 'Landelijk gebied' },
      { t: 'p', text: 'De veehouderij verandert. Wij helpen bij de transitie en bij herbestemming van vrijkomende agrarische bebouwing.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Wij wekken energie op in clusters langs de A50 en bij de bedrijventerreinen.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Programma’s' },
      { t: 'p', text: 'De visie werkt door in programma’s voor wonen, landelijk gebied en energie.' },
      { t: 'h', l: 2, text: 'Evaluatie' },
      { t: 'p', text: 'Eens per raadsperiode evalueren wij de visie.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden', sep: ': ' },
      { t: 'gio', layout: 'lines' },
    ],
  ],
  gios: [
    gio('Gemeente Meierijstad', 'gemeente-meierijstad', [0, 0], 16),
    gio('Het Groene Woud', 'het-groene-woud', [-5, -3], 5),
    gio('Foodpark Veghel', 'foodpark-veghel', [6, 2], 2),
    gio('Beekdalen Dommel en Aa', 'beekdalen-dommel-aa', [-2, 5], 4),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-meierijstad', regeling: 'omgevingsvisie-meierijstad', doel: 'omgevingsvisie-meierijstad' },
    datums: { vaststelling: '2028-02-17', ondertekening: '2028-02-17', bekendmaking: '2028-02-24', inwerkingtreding: '2028-03-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1948',
  },
  geo: { origin: [162000, 400000] },
  meubilair: ['^Omgevingsvisie Meierijstad — '],
}
export default doc
