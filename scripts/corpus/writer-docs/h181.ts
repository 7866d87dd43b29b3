/**
 * h181 — gemeente Heusden (gm0797), holdout (session 13): the Brabantse gemeente of some 45.000 inwoners with Drunen,
 * Vlijmen, the vestingstad Heusden, Oudheusden, Elshout, Haarsteeg, Nieuwkuijk, Hedikhuizen, Herpt and Doeveren between
 * the Maas and the Loonse en Drunense Duinen. Content after the public pages of the gemeente on the Omgevingsvisie
 * Heusden (Startnotitie of 12 May 2020; made with STIPO as "a living visie" with the Heusdenaren, themasessies on de
 * mens, het landschap en de economie, Buurt Bestuurt comités, jeugdburgemeesters, the toekomstkoffer along schools and
 * care homes, the campertour of June 2021; ontwerp ter inzage 29 September – 9 November 2022 with an
 * omgevingseffectrapportage; 39 zienswijzen, mostly on windenergie, the balance of toerisme and natuur and locations
 * for woningbouw; vastgesteld on 28 March 2023; themes nieuwe woningen, klimaat & energie, waardevolle natuur,
 * recreatie, mobiliteit en verkeer, gezondheid and plekken om te ondernemen; historische dorpslinten and the ringdijk
 * of the eiland van Heusden), here as a revised visie of 2028, in our own words where no visie text was found.
 * Layout: A4 in DejaVu Serif 9.5 pt with DejaVu Sans headings; chapters "Hoofdstuk 1" … "Hoofdstuk 6" (nummer "1"),
 * sections "1.1", a third level "4.3.1"; table of contents of two levels; DIFFERENT HEADERS ON LEFT AND RIGHT PAGES
 * ("Omgevingsvisie Heusden" / "Heel Heusden bouwt mee"), footer "pagina n" outside; lists "•" with "–" and "1)"; a
 * table; "besluit:" with Artikel 1–2; GIO table Naam | Identificatie | Toelichting in "Bijlage 1".
 */
import type { Block, Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0797'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({ naam, identificatie: joinId(bg, '2028', werk, '2028-06-27', '1'), toelichting, at, size })
const p = (text: string): Block => ({ t: 'p', text })
const h = (l: 1 | 2 | 3 | 4, text: string): Block => ({ t: 'h', l, text })

const body: Block[] = [
  h(1, 'Inleiding'),
  h(2, 'Waarom een omgevingsvisie'),
  p('Wie wil er nou niet prettig wonen, leven, werken en recreëren in een gemeente die met je meedenkt? In Heusden kan dat. Samen maken we afspraken over wat op welke plaats mogelijk is. De omgevingsvisie laat zien waar we in Heusden heen willen met onze fysieke leefomgeving.'),
  h(2, 'Een levende visie'),
  p('De wens was nadrukkelijk geen plat document te maken, maar een levende visie die recht doet aan de unieke kernen en dorpen. De visie is ook bedoeld als uitnodiging aan Heusdenaren om met initiatieven te komen die bijdragen aan de ambities.'),
  h(2, 'Hoe de visie tot stand kwam'),
  p('Stapsgewijs ontwikkelden we de visie samen met inwoners, ondernemers en organisaties, jong en oud:'),
  { t: 'ul', list: 'Bol', items: ['drie thematische bijeenkomsten over de mens, het landschap en de economie van Heusden;', 'online bijeenkomsten met de Buurt Bestuurt comités;', 'gesprekken met de jeugdburgemeesters en jongerenambassadeurs;', { text: 'de toekomstkoffer, die reisde', sub: ['langs basisscholen;', 'langs verpleeghuizen.'] }, 'de campertour langs alle kernen in juni 2021.'] },
  h(2, 'Herziening 2028'),
  p('In 2028 is de visie van 28 maart 2023 herzien. De herziening betreft vooral de woningbouwlocaties en de energieopgave.'),
  h(1, 'Heusden nu'),
  h(2, 'Kernen en dorpen'),
  p('Heusden bestaat uit de kernen Drunen en Vlijmen, de vestingstad Heusden en de dorpen Oudheusden, Elshout, Haarsteeg, Nieuwkuijk, Hedikhuizen, Herpt en Doeveren.'),
  h(2, 'Landschap'),
  p('Van de Maas in het noorden via het oude cultuurlandschap van het eiland van Heusden tot de Loonse en Drunense Duinen in het zuiden.'),
  h(1, 'Ambities'),
  p('Wij hebben zes ambities voor 2040:'),
  { t: 'ol', list: 'Num', items: ['voldoende en passende woningen in alle kernen;', 'een klimaatbestendige en energieneutrale gemeente;', 'waardevolle natuur die wordt beschermd en versterkt;', 'recreatie in balans met natuur en rust;', 'een veilige en gezonde leefomgeving;', 'ruimte om te ondernemen.'] },
  h(1, 'Thema’s'),
  h(2, 'Nieuwe woningen'),
  p('Wij bouwen tot 2040 circa 3.000 woningen.'),
  { t: 'table', cols: [5, 3.5, 8], header: ['Kern', 'Woningen', 'Waar'], rows: [
    ['Vlijmen', '1.300', 'Vlijmen-Oost en het centrum'],
    ['Drunen', '1.100', 'Drunen-Noord en inbreiding'],
    ['Dorpen', '600', 'naar behoefte, aan de dorpslinten'],
  ] },
  h(2, 'Klimaat en energie'),
  h(3, 'Windenergie'),
  p('Windturbines komen alleen in het zoekgebied langs de A59, op ruime afstand van woningen.'),
  h(3, 'Zon'),
  p('Eerst zon op daken, daarna op parkeerterreinen en langs infrastructuur.'),
  h(2, 'Waardevolle natuur'),
  h(3, 'Loonse en Drunense Duinen'),
  p('Het Nationaal Park krijgt rust; de drukte concentreren wij bij de entrees.'),
  h(3, 'Historische dorpslinten'),
  p('De historische dorpslinten, zoals het Vlijmens Lint, en de ringdijk van het eiland van Heusden behouden wij.'),
  h(2, 'Recreatie'),
  p('Toerisme en natuur zijn in balans; de vesting Heusden is het toeristische hart.'),
  h(2, 'Mobiliteit en verkeer'),
  p('De A59 en de N267 ontsluiten de gemeente. Wij maken de schoolroutes veilig.'),
  h(2, 'Gezondheid'),
  p('Met de GGD Hart voor Brabant werken wij aan een leefomgeving die uitnodigt tot bewegen.'),
  h(1, 'Gebieden'),
  h(2, 'Drunen en Vlijmen'),
  p('De twee grote kernen groeien binnen hun grenzen.'),
  h(2, 'Vesting Heusden'),
  p('De vesting is beschermd stadsgezicht; nieuwe ontwikkelingen passen bij de historie.'),
  h(2, 'Buitengebied'),
  p('In het buitengebied werken agrariërs, natuurbeheerders en recreatieondernemers samen.'),
  h(1, 'Uitvoering'),
  h(2, 'Omgevingsplan'),
  p('De visie is de basis voor het omgevingsplan en voor het beoordelen van initiatieven.'),
  h(2, 'Samen verder'),
  p('Samen bouwen we aan de toekomst van Heusden.'),
]

const doc: Doc = {
  id: 'h181',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s van de gemeente Heusden over de Omgevingsvisie Heusden (Startnotitie van 12 mei 2020; met STIPO als "levende visie" samen met de Heusdenaren opgesteld, themasessies over de mens, het landschap en de economie, Buurt Bestuurt comités, jeugdburgemeesters, de toekomstkoffer, de campertour van juni 2021; ontwerp ter inzage van 29 september tot en met 9 november 2022 met een omgevingseffectrapportage; 39 zienswijzen, vooral over windenergie, toerisme en natuur en woningbouwlocaties; vastgesteld op 28 maart 2023; thema\'s nieuwe woningen, klimaat & energie, waardevolle natuur, recreatie, mobiliteit en verkeer, gezondheid, ondernemen; historische dorpslinten en de ringdijk), hier als herziene visie van 2028, verder in eigen woorden; eigen opmaak: A4 in DejaVu Serif 9,5 pt met DejaVu Sans koppen, hoofdstukken "Hoofdstuk 1" … "Hoofdstuk 6", paragrafen "1.1", een derde niveau "4.3.1", inhoudsopgave van twee niveaus, VERSCHILLENDE KOPREGELS OP LINKSE EN RECHTSE PAGINA\'S ("Omgevingsvisie Heusden" / "Heel Heusden bouwt mee"), voettekst "pagina n", lijsten "•", "–" en "1)", een tabel, "besluit:" met Artikel 1–2, GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Heusden',
  title: 'Omgevingsvisie Heusden 2040',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [17, 12, 10, 9.5],
    headingColor: '#1F5F3A',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: A4(2.2, 2.0, 2.4, 2.4),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tHeel Heusden bouwt mee'],
        headerLeft: ['Omgevingsvisie Heusden'],
        footer: ['\t\tpagina {page}'],
        footerLeft: ['pagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #1F5F3A',
    tableHeaderBg: '#DDEDE2',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Heusden tot vaststelling van de herziene Omgevingsvisie Heusden',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Heusden tot vaststelling van de herziene Omgevingsvisie Heusden' },
      p('De raad van de gemeente Heusden;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nummer 2028-0417;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat op het ontwerp van de herziening zienswijzen zijn ingediend die zijn beantwoord in de nota van wijzigingen;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De herziene Omgevingsvisie Heusden met de geografische informatieobjecten uit bijlage 1 vast te stellen, onder intrekking van de Omgevingsvisie Heusden van 28 maart 2023.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op 1 augustus 2028.'),
      p('Aldus besloten in de openbare vergadering van 27 juni 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'mr. L.A.M. van Dongen'], right: ['de voorzitter,', '', 'W.J. Hoes'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Heusden 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Heusden 2040' },
      { t: 'p', style: 'subtitle', text: 'Herziening 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body,
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4, 7.2, 5], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Heusden', 'gemeente-heusden', 'werkingsgebied van de visie', [0, 0], 6),
    gio('Zoekgebied windenergie A59', 'zoekgebied-windenergie-a59', 'paragraaf 4.2.1', [1, 2], 1.5),
    gio('Historische dorpslinten', 'historische-dorpslinten', 'paragraaf 4.3.2', [-2, 1], 2),
    gio('Vesting Heusden', 'vesting-heusden', 'paragraaf 5.2', [-4, 4], 0.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-heusden-2028', regeling: 'omgevingsvisie-heusden', doel: 'omgevingsvisie-heusden-herziening-2028' },
    datums: { vaststelling: '2028-06-27', ondertekening: '2028-06-27', bekendmaking: '2028-07-05', inwerkingtreding: '2028-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0797',
  },
  geo: { origin: [145000, 414000] },
  meubilair: ['^pagina \\d+$', '^Heel Heusden bouwt mee$', '^Omgevingsvisie Heusden$'],
}
export default doc
