/**
 * c18 — gemeente Boxtel (gm0757). Raadsbesluit met "BESLUIT:" en Artikel I/II; visie als "Bijlage 1" met titel;
 * koppen 1 / 1.1 / 1.1.1 en veel tussenkoppen (onderstreept-cursief) binnen paragrafen; kopregel "Gemeente Boxtel –
 * Omgevingsvisie" + hoofdstuk (nummer en naam) via veld; voettekst "Pagina X van Y" rechts; ►-opsommingen met
 * geneste "–", genummerde lijst; een lange uitvoeringstabel die over twee pagina's loopt (herhaalde kopregel);
 * GIO-tabel met smalle identificatiekolom. Inhoud bewerkt naar de omgevingsvisie van Boxtel
 * (ovisie-boxtel.ireporting.nl: hoofdthema's Aangenaam leven, Verbindend netwerk, Krachtige economie, Inclusieve
 * duurzaamheid; doorwerking: kernkwaliteiten, ambities, opgaven, sturingsfilosofie).
 */
import type { Block, Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0757'
const gio = (naam: string, at: [number, number], size = 0.8) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-05-11', '1'),
  at,
  size,
})

const acties: string[][] = [
  ['Woningbouwprogramma actualiseren', 'Aangenaam leven', '2026'],
  ['Centrumvisie uitwerken in een gebiedsprogramma', 'Aangenaam leven', '2026–2027'],
  ['Groenstructuurplan vaststellen', 'Aangenaam leven', '2027'],
  ['Speelruimteplan herijken', 'Aangenaam leven', '2027'],
  ['Fietsroute Boxtel–Sint-Michielsgestel verbeteren', 'Verbindend netwerk', '2026–2028'],
  ['Stationsomgeving herinrichten', 'Verbindend netwerk', '2027–2030'],
  ['Verkeersveiligheid rond scholen verbeteren', 'Verbindend netwerk', 'doorlopend'],
  ['Glasvezel in het buitengebied afronden', 'Verbindend netwerk', '2026'],
  ['Bedrijventerrein Ladonk revitaliseren', 'Krachtige economie', '2026–2029'],
  ['Programma vrijkomende agrarische bebouwing', 'Krachtige economie', '2027'],
  ['Recreatieve poort Kampina ontwikkelen', 'Krachtige economie', '2028'],
  ['Warmtetransitieplan per wijk uitwerken', 'Inclusieve duurzaamheid', '2026–2030'],
  ['Klimaatstresstest en uitvoeringsagenda', 'Inclusieve duurzaamheid', '2026'],
  ['Beekherstel Dommel en Essche Stroom met waterschap', 'Inclusieve duurzaamheid', '2026–2032'],
  ['Zonneladder toepassen in omgevingsplan', 'Inclusieve duurzaamheid', '2027'],
  ['Circulaire inkoop in de openbare ruimte', 'Inclusieve duurzaamheid', 'doorlopend'],
  ['Hittekaart actualiseren en koele plekken aanwijzen', 'Inclusieve duurzaamheid', '2027'],
  ['Bomenbeleidsplan herzien', 'Aangenaam leven', '2026'],
  ['Dorpsontwikkelingsplan Lennisheuvel', 'Aangenaam leven', '2027'],
  ['Dorpsontwikkelingsplan Liempde', 'Aangenaam leven', '2028'],
  ['Parkeerbeleid centrum herzien', 'Verbindend netwerk', '2026'],
  ['Buslijnen naar bedrijventerreinen verbeteren met provincie', 'Verbindend netwerk', '2027–2029'],
  ['Ontmoetingsplekken in wijken versterken', 'Verbindend netwerk', 'doorlopend'],
  ['Detailhandelsstructuur centrum compacter maken', 'Krachtige economie', '2026–2028'],
  ['Verblijfsrecreatie kwaliteitsimpuls', 'Krachtige economie', '2028'],
  ['Agrarisch natuurbeheer stimuleren', 'Krachtige economie', 'doorlopend'],
  ['Bodemenergie: regels voor open en gesloten systemen', 'Inclusieve duurzaamheid', '2027'],
  ['Afkoppelen hemelwater in Boxtel-Oost', 'Inclusieve duurzaamheid', '2026–2031'],
]

const thema = (naam: string, intro: string, delen: Array<[string, string, string, string]>): Block[] => [
  { t: 'h', l: 2, text: naam },
  { t: 'p', text: intro },
  ...delen.flatMap(([kop, a, b, c]): Block[] => [
    { t: 'h', l: 3, text: kop },
    { t: 'tk', text: 'Kernkwaliteiten' },
    { t: 'p', text: a },
    { t: 'tk', text: 'Ambitie' },
    { t: 'p', text: b },
    { t: 'tk', text: 'Opgave' },
    { t: 'p', text: c },
  ]),
]

const doc: Doc = {
  id: 'c18',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Boxtel (ovisie-boxtel.ireporting.nl: thema’s en doorwerking), ingekort; eigen opmaak: DejaVu Sans 9,5 pt, koppen 1/1.1/1.1.1 met tussenkoppen, kopregel met hoofdstuk via veld, "Pagina X van Y" rechts, ►-opsommingen, lange tabel over twee pagina’s, GIO-tabel met smalle identificatiekolom',
  bevoegdGezag: bg,
  naam: 'Gemeente Boxtel',
  title: 'Omgevingsvisie Boxtel',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingSizes: [15, 12, 10, 9.5],
    headingColor: '#6A1B9A',
    lineHeight: 125,
    page: A4(2.2, 2.0, 2.4, 2.4),
    outline: decimalOutline(),
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'OpenSymbol' }, { char: '–' }] },
      Getal: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Boxtel – Omgevingsvisie\t\t{chapter}'],
        footer: ['\t\tPagina {page} van {pages}'],
      },
    },
    tableHeaderBg: '#E1D5E7',
    tussenkop: { italic: true, color: '#6A1B9A' },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Boxtel tot vaststelling van de Omgevingsvisie Boxtel',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2026-06-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Boxtel tot vaststelling van de Omgevingsvisie Boxtel' },
      { t: 'p', text: 'De raad van de gemeente Boxtel;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 31 maart 2026, nummer 2026/RV/017;' },
      {
        t: 'p',
        text: 'overwegende dat de omgevingsvisie is opgebouwd uit vier hoofdthema’s die samen alle aspecten van de leefomgeving omvatten, en dat de effecten op de leefomgeving zijn onderzocht in een omgevingseffectrapport;',
      },
      { t: 'p', text: 'gelet op de artikelen 3.1 en 16.23 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'Vast te stellen de Omgevingsvisie Boxtel, opgenomen als bijlage 1 bij dit besluit.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking op 15 juni 2026.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van de gemeente Boxtel op 19 mei 2026.' },
      { t: 'sign', left: ['De griffier,', '', 'drs. W.P.M. van Esch'], right: ['De voorzitter,', '', 'R.M.M. Hoes'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Boxtel',
    front: [
      { t: 'break' },
      { t: 'p', style: 'label', text: 'Bijlage 1' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Boxtel' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Doel van de omgevingsvisie' },
      {
        t: 'p',
        text: 'De omgevingsvisie vertelt de hoofdzaken van het beleid en de ontwikkeling van de fysieke leefomgeving op de lange termijn. Zij biedt het kader voor het koesteren en versterken van de kernkwaliteiten en het realiseren van de ambities, en helpt de balans te vinden tussen benutten en beschermen.',
      },
      { t: 'h', l: 2, text: 'Opbouw' },
      { t: 'p', text: 'De visie is opgebouwd uit vier hoofdthema’s, die elk zijn onderverdeeld in subthema’s:' },
      {
        t: 'ul',
        list: 'Pijl',
        items: [
          { text: 'Aangenaam leven', sub: ['wonen en woonomgeving;', 'landschap, natuur en gezondheid.'] },
          { text: 'Verbindend netwerk', sub: ['verkeer en vervoer;', 'sociale netwerken.'] },
          { text: 'Krachtige economie', sub: ['vestigingsklimaat;', 'landbouw, toerisme en recreatie.'] },
          { text: 'Inclusieve duurzaamheid', sub: ['klimaatadaptatie en -mitigatie;', 'circulariteit, bodem en water.'] },
        ],
      },
      { t: 'h', l: 1, text: 'Thema’s' },
      ...thema('Aangenaam leven', 'Dit hoofdthema gaat over wonen en alles wat samenhangt met een aangename woonomgeving.', [
        [
          'Wonen',
          'Boxtel is een groene gemeente met een compacte kern en de dorpen Lennisheuvel en Liempde.',
          'Iedereen kan in Boxtel een passende woning vinden, in een wijk met een eigen karakter.',
          'Tot 2040 zijn ongeveer 2.500 woningen nodig, vooral voor starters en ouderen.',
        ],
        [
          'Landschap en natuur',
          'De Dommel, de Kampina en de landgoederen Stapelen en Nemelaer vormen een waardevol groen raamwerk.',
          'Het landschap is beleefbaar en de biodiversiteit neemt toe.',
          'Verbinden van natuurgebieden en versterken van de beekdalen.',
        ],
      ]),
      ...thema('Verbindend netwerk', 'Dit hoofdthema gaat over netwerken, in fysieke en in sociale zin.', [
        [
          'Verkeer en vervoer',
          'Boxtel ligt centraal tussen Eindhoven, Tilburg en ’s-Hertogenbosch, met een intercitystation.',
          'Lopen, fietsen en openbaar vervoer zijn de vanzelfsprekende keuze voor korte afstanden.',
          'De barrièrewerking van het spoor en de A2 verminderen.',
        ],
      ]),
      ...thema('Krachtige economie', 'Dit hoofdthema gaat over vestigingsklimaat, arbeidsmarkt, landbouw en recreatie.', [
        [
          'Werken',
          'Bedrijventerreinen Ladonk en Vorst bieden werk aan duizenden mensen.',
          'Een sterk en duurzaam vestigingsklimaat voor bestaande bedrijven.',
          'Revitalisering van verouderde terreinen en ruimte voor innovatie.',
        ],
        [
          'Toerisme en recreatie',
          'Het Groene Woud en de Kampina trekken wandelaars en fietsers.',
          'Recreatie in balans met natuur en landschap.',
          'Recreatieve poorten die drukte opvangen aan de randen.',
        ],
      ]),
      ...thema('Inclusieve duurzaamheid', 'Dit hoofdthema gaat over klimaatadaptatie, energie, circulariteit, bodem en water.', [
        [
          'Klimaat en water',
          'Beekdalen en hoge zandgronden zorgen voor een gevarieerd watersysteem.',
          'Boxtel is in 2050 klimaatbestendig en waterrobuust ingericht.',
          'Meer ruimte voor water in de beekdalen en minder verharding in de kern.',
        ],
        [
          'Energie',
          'Veel inwoners wekken al zelf energie op.',
          'Boxtel is in 2050 energieneutraal, met lokaal eigendom van opwek.',
          'Ruimte vinden voor opwek en netuitbreiding zonder het landschap te schaden.',
        ],
      ]),
      { t: 'h', l: 1, text: 'Doorwerking' },
      { t: 'h', l: 2, text: 'Afwegen' },
      {
        t: 'p',
        text: 'Op het schaalniveau van de visie zijn kernkwaliteiten, ambities en opgaven vaak goed te combineren. Bij de uitwerking kunnen ze botsen. Het leidende principe is dat initiatieven geen afbreuk doen aan de kernkwaliteiten van de gemeente als geheel. Bij iedere afweging volgen we deze stappen:',
      },
      {
        t: 'ol',
        list: 'Getal',
        items: [
          'welke kernkwaliteiten zijn in het geding?',
          'welke ambities en opgaven dient het initiatief?',
          'is een beperkte plaatselijke afname te rechtvaardigen door een zwaarwegend gemeenschappelijk belang?',
        ],
      },
      { t: 'h', l: 2, text: 'Sturingsfilosofie' },
      {
        t: 'p',
        text: 'Voor de juiste inzet van de instrumenten van de Omgevingswet staan we stil bij de rol die de gemeente wil en kan vervullen: faciliteren, stimuleren, regisseren of zelf realiseren.',
      },
      { t: 'h', l: 2, text: 'Uitvoeringsagenda' },
      { t: 'p', text: 'De tabel geeft de acties die uit de visie volgen.' },
      { t: 'table', cols: [9.0, 4.4, 2.8], header: ['Actie', 'Hoofdthema', 'Planning'], rows: acties },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'p', text: 'Bij deze omgevingsvisie horen de volgende informatieobjecten.' },
      { t: 'gio', layout: 'table', cols: [9.2, 3.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Centrum Boxtel', [0, 0], 0.6),
    gio('Beekdal Dommel', [1.5, -2], 1.4),
    gio('Bedrijventerrein Ladonk', [2.5, 1.5], 0.7),
    gio('Kampina', [-4, -4], 1.8),
    gio('Stationsomgeving', [0.3, 0.9], 0.4),
    gio('Recreatieve poort Kampina', [-2.4, -2.6], 0.5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
    datums: { vaststelling: '2026-05-19', ondertekening: '2026-05-19', bekendmaking: '2026-05-27', inwerkingtreding: '2026-06-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0757',
  },
  geo: { origin: [156000, 406000] },
  meubilair: ['^Gemeente Boxtel – Omgevingsvisie( |$)', '^Pagina \\d+ van \\d+$'],
}
export default doc
