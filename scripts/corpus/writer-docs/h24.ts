/**
 * h24 — gemeente Venlo (gm0983), holdout (session 5). Content after omgevingsvisies of Limburgse centrumsteden,
 * toegespitst op Venlo (Maas, binnenstad, Tegelen, Blerick, logistieke hotspot Venlo-Trade Port, Greenport,
 * Maasplassen), in our own words. Layout: Word outline numbering with parts "Deel I" above chapters "1." (the
 * chapters restart in every part, as the Word numbering does), sections "1.1" (three levels), a table of contents
 * with dotted leaders, ►-lists, a column-aligned table, the part title in the running header, footer "- n -"
 * centred, a raadsbesluit with "gelet op", "besluit:", Artikel 1–3, the visie as "Bijlage I" and the GIO list as
 * lines in "Bijlage II".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0983'
const gio = (naam: string, slug: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2026', slug, '2026-04-16', '2'),
  at,
  size,
})

const doc: Doc = {
  id: 'h24',
  set: 'dev',
  bron:
    'Bewerkt naar omgevingsvisies van Limburgse centrumsteden, toegespitst op Venlo (Maas, binnenstad, Tegelen, Blerick, Venlo-Trade Port, Greenport, Maasplassen), in eigen woorden; eigen opmaak: DejaVu Serif Condensed 10 pt met DejaVu Sans-koppen, Word-nummering "Deel I" boven hoofdstukken "1." (per deel opnieuw genummerd) en paragrafen "1.1", inhoudsopgave met puntlijnen, ►-lijsten, uitgelijnde tabel, deeltitel in de kopregel, voettekst "- n -" gecentreerd, raadsbesluit met "gelet op", "besluit:", Artikel 1–3, visie als Bijlage I en GIO-regels in Bijlage II (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Venlo',
  title: 'Omgevingsvisie Venlo 2040',
  style: {
    font: 'DejaVu Serif Condensed',
    size: 10,
    headingFont: 'DejaVu Sans',
    headingSizes: [18, 14, 11.5, 10],
    headingColor: '#8B1C2B',
    lineHeight: 122,
    spaceAfter: 0.2,
    page: A4(2.5, 2.5, 2.5, 2.5),
    outline: [
      { format: 'I', prefix: 'Deel ', display: 1 },
      { format: '1', suffix: '.', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'OpenSymbol' }, { char: '•' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Venlo 2040\t\t{chaptername}'],
        footer: ['\t- {page} -'],
      },
    },
    tableBorder: '0.5pt solid #8B1C2B',
    tableFontSize: 9,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Venlo tot vaststelling van de Omgevingsvisie Venlo 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2026-06-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvoorstel nr. 2026-041 · Raadsvergadering 16 april 2026' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Venlo tot vaststelling van de Omgevingsvisie Venlo 2040' },
      { t: 'p', text: 'De raad van de gemeente Venlo,' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 3 maart 2026;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, en afdeling 16.4 van de Omgevingswet;' },
      { t: 'p', text: 'gezien het advies van de commissie Ruimte van 30 maart 2026;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Venlo 2040, zoals opgenomen in bijlage I, vast te stellen.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De geometrische informatieobjecten, zoals opgenomen in bijlage II, vast te stellen als onderdeel van de omgevingsvisie.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 juni 2026.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 16 april 2026.' },
      { t: 'sign', left: ['De griffier,', '', '', 'drs. M.L.A. Hermans'], right: ['De voorzitter,', '', '', 'A.J.M. Scholten'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Venlo 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'right', text: 'Bijlage I' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Venlo 2040' },
      { t: 'p', style: 'subtitle', text: 'Grensstad aan de Maas' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'De basis' },
      { t: 'h', l: 2, text: 'Inleiding' },
      { t: 'p', text: 'Venlo is de centrumstad van Noord-Limburg, aan de Maas en aan de grens met Duitsland. De gemeente bestaat uit de stadsdelen Venlo, Blerick en Tegelen en de dorpen Arcen, Velden, Belfeld, Lomm en Boekend.' },
      { t: 'p', text: 'Deze visie beschrijft in deel I de basis, in deel II de opgaven en in deel III de uitvoering.' },
      { t: 'h', l: 2, text: 'Kwaliteiten' },
      { t: 'h', l: 3, text: 'De Maas' },
      { t: 'p', text: 'De Maas verbindt de kernen. De Maasboulevard en de kades van Blerick maken de rivier beleefbaar; de Maasplassen bij Arcen en Belfeld zijn natuur- en recreatiegebied.' },
      { t: 'h', l: 3, text: 'De binnenstad' },
      { t: 'p', text: 'De binnenstad is compact en historisch, met het stadhuis, de Sint-Martinuskerk en het Limburgs Museum. Ze trekt veel bezoekers uit Duitsland.' },
      { t: 'h', l: 3, text: 'De logistieke economie' },
      { t: 'p', text: 'Venlo is een van de belangrijkste logistieke knooppunten van Europa, met Venlo-Trade Port, de railterminal en de containerterminal aan de Maas.' },
      { t: 'h', l: 1, text: 'De opgaven' },
      { t: 'h', l: 2, text: 'Wonen' },
      { t: 'p', text: 'De bevolking van Venlo groeit licht en vergrijst. We bouwen tot 2040 ongeveer 4.500 woningen, vooral in de binnenstad, op het Q4-terrein en in de centra van Blerick en Tegelen.' },
      {
        t: 'table',
        cols: [5, 3, 3.5, 4.5],
        header: ['Locatie', 'Woningen', 'Periode', 'Milieu'],
        rows: [
          ['Binnenstad en Q4', '± 1.200', '2026–2035', 'centrumstedelijk'],
          ['Blerick-centrum', '± 800', '2027–2036', 'stedelijk'],
          ['Tegelen', '± 600', '2026–2032', 'dorps'],
          ['Dorpen', '± 400', 'doorlopend', 'dorps, landelijk'],
          ['Inbreiding overig', '± 1.500', 'doorlopend', 'gemengd'],
        ],
      },
      { t: 'h', l: 2, text: 'Werken' },
      { t: 'p', text: 'De logistiek blijft groeien, maar we kiezen voor kwaliteit boven kwantiteit. Nieuwe grote distributiecentra komen alleen op bestaande terreinen en moeten bijdragen aan werkgelegenheid, energie en landschap.' },
      { t: 'h', l: 3, text: 'Greenport Venlo' },
      { t: 'p', text: 'De tuinbouw rond Venlo verduurzaamt. We maken ruimte voor restwarmte, gesloten kassen en de verwerking van tuinbouwproducten.' },
      { t: 'h', l: 2, text: 'Klimaat en water' },
      { t: 'p', text: 'De Maas heeft meer ruimte nodig bij hoogwater, zoals in de zomer van 2021 bleek. We werken met het waterschap Limburg en Rijkswaterstaat aan:' },
      {
        t: 'ul',
        list: 'Pijl',
        items: [
          'dijkversterking langs de Maas bij Arcen, Velden en Belfeld;',
          { text: 'hoogwatergeulen en retentiegebieden, zoals', sub: ['de geul bij Lomm;', 'de Maasplassen als bergingsgebied.'] },
          'een klimaatbestendige inrichting van de beekdalen van de Molenbeek en het Gelderns-Nierskanaal.',
        ],
      },
      { t: 'p', text: '**Hoogwater in de kernen.** In Venlo, Arcen en Steyl bouwen we geen nieuwe woningen buitendijks. Bestaande bebouwing langs de kades krijgt waar nodig demontabele keringen.' },
      { t: 'h', l: 1, text: 'De uitvoering' },
      { t: 'h', l: 2, text: 'Sturing en samenwerking' },
      { t: 'p', text: 'We werken samen met de provincie Limburg, de buurgemeenten in Noord-Limburg en de Duitse buren in de Kreis Viersen. Initiatiefnemers nodigen we uit vroeg met ons in gesprek te gaan.' },
      { t: 'h', l: 2, text: 'Monitoring' },
      { t: 'p', text: 'Iedere twee jaar maken we een monitor van de leefomgeving. Op basis daarvan besluit de raad of de visie moet worden bijgesteld.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage II', nummer: 'II', text: 'Geometrische informatieobjecten', sep: ' – ' },
      { t: 'p', text: 'Bij de omgevingsvisie horen de volgende geometrische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Binnenstad Venlo', 'binnenstad-venlo', [0, 0], 0.7),
    gio('Venlo-Trade Port', 'venlo-trade-port', [-5, 3], 2),
    gio('Maasplassen Arcen-Belfeld', 'maasplassen-arcen-belfeld', [1, -6], 2.5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-venlo-2040', regeling: 'omgevingsvisie-venlo-2040', doel: 'omgevingsvisie-venlo-2040' },
    datums: { vaststelling: '2026-04-16', ondertekening: '2026-04-16', bekendmaking: '2026-04-23', inwerkingtreding: '2026-06-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0983',
  },
  geo: { origin: [209000, 376000] },
  meubilair: ['^- \\d+ -$', '^Omgevingsvisie Venlo 2040 '],
}
export default doc
