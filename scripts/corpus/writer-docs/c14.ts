/**
 * c14 — gemeente Utrechtse Heuvelrug (gm0355). Holdout. Inhoud bewerkt naar de omgevingsvisie die de raad op
 * 3 juli 2023 vaststelde (heuvelrug.nl/omgevingsvisie: hoofdlijnennotitie, peilnota, dorpsgesprekken; thema's
 * kwalitatief hoogstaande leefomgeving, toekomstgerichte houding, vitale dorpen).
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0355'
const gio = (naam: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2023', hex32(bg, naam), '2023-06-12', '1'),
  at,
  size,
})

const dorp = (naam: string, tekst: string, opgave: string): Doc['visie']['body'] => [
  { t: 'h', l: 2, text: naam },
  { t: 'p', text: tekst },
  { t: 'tk', text: 'Opgave' },
  { t: 'p', text: opgave },
]

const doc: Doc = {
  id: 'c14',
  set: 'holdout',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Utrechtse Heuvelrug (vastgesteld 3 juli 2023; heuvelrug.nl/omgevingsvisie), ingekort; eigen opmaak (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Utrechtse Heuvelrug',
  title: 'Omgevingsvisie Utrechtse Heuvelrug',
  style: {
    font: 'DejaVu Serif',
    size: 10,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#2E6B30',
    lineHeight: 118,
    page: A4(2.5, 2.2, 3.0, 2.0),
    outline: decimalOutline(),
    lists: {
      Punten: { kind: 'bullet', levels: [{ char: '•', font: 'OpenSymbol' }, { char: '–' }] },
      Stappen: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['CONCEPT\t\tversie 12-06-2023'],
        footer: ['Omgevingsvisie Utrechtse Heuvelrug\t\tPagina {page} van {pages}'],
      },
    },
    tableHeaderBg: '#E2EFDA',
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Utrechtse Heuvelrug tot vaststelling van de Omgevingsvisie Utrechtse Heuvelrug',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2023-07-13',
    blocks: [
      { t: 'p', style: 'label', text: 'Raadsbesluit' },
      { t: 'p', text: 'Onderwerp: vaststelling Omgevingsvisie Utrechtse Heuvelrug' },
      { t: 'p', text: 'Zaaknummer: UHR/2023/004417' },
      { t: 'p', text: 'De gemeenteraad van Utrechtse Heuvelrug,' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 23 mei 2023;' },
      {
        t: 'p',
        text: 'overwegende dat in 2019 een hoofdlijnennotitie is gemaakt, in 2020 een peilnota is opgesteld en in het voorjaar van 2021 voor ieder dorp met inwoners, ondernemers, organisaties en verenigingen is verkend wat zij belangrijk vinden;',
      },
      {
        t: 'p',
        text: 'overwegende dat de ontwerp-omgevingsvisie van 9 januari tot en met 19 februari 2023 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen;',
      },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet en artikel 147 van de Gemeentewet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: 'I. de Omgevingsvisie Utrechtse Heuvelrug, zoals opgenomen in bijlage 1, vast te stellen;' },
      { t: 'p', text: 'II. de Nota zienswijzen ontwerp-omgevingsvisie vast te stellen;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 13 juli 2023.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van 3 juli 2023.' },
      { t: 'sign', left: ['De griffier,', '', 'E.M. van den Berg'], right: ['De voorzitter,', '', 'F.J. van Zuilen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Utrechtse Heuvelrug',
    front: [
      { t: 'break' },
      { t: 'p', style: 'small', text: 'bijlage 1 bij het raadsbesluit van 3 juli 2023' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Utrechtse Heuvelrug' },
      { t: 'p', style: 'subtitle', text: 'Koers naar 2040' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      {
        t: 'p',
        text: 'Deze omgevingsvisie beschrijft hoe wij willen dat ons grondgebied er in 2040 uitziet. Het gaat over alles wat nodig is om hier te kunnen leven, wonen, werken, studeren en recreëren: water, lucht, bodem, natuur, landschap, energie, wegen, huizen en gebouwen.',
      },
      { t: 'h', l: 2, text: 'Hoe deze visie tot stand kwam' },
      {
        t: 'p',
        text: 'In 2019 maakten we een hoofdlijnennotitie. Inwoners, belangengroepen en partners gaven ideeën en informatie. Daarna volgden een peilnota en gesprekken in ieder dorp. Inwoners gaven hun mening over onder meer:',
      },
      {
        t: 'ul',
        list: 'Punten',
        items: [
          'mobiliteit en verkeer;',
          'de lokale economie en bedrijvigheid;',
          'de overgang van de agrarische sector naar een duurzame en circulaire sector;',
          'recreatie en de drukte die dat soms met zich meebrengt;',
          'klimaatadaptatie en een gezonde leefomgeving;',
          'woningbouw, duurzame energie en de versterking van de natuur.',
        ],
      },
      { t: 'h', l: 2, text: 'Drie hoofdthema’s' },
      {
        t: 'p',
        text: 'Uit die gesprekken kwamen drie hoofdthema’s naar voren, die als een rode draad door de visie lopen: een kwalitatief hoogstaande leefomgeving, een toekomstgerichte houding en vitale dorpen.',
      },
      { t: 'h', l: 1, text: 'Kernwaarden' },
      { t: 'h', l: 2, text: 'Landschap van de Heuvelrug' },
      {
        t: 'p',
        text: 'De gemeente ligt op en langs de stuwwal van de Utrechtse Heuvelrug. Bossen, heide, landgoederen en de overgang naar de Kromme Rijnstreek en de Gelderse Vallei bepalen het karakter. Een groot deel van het grondgebied is Nationaal Park.',
      },
      { t: 'tk', text: 'Landgoederen en buitenplaatsen' },
      {
        t: 'p',
        text: 'De Stichtse Lustwarande is een aaneenschakeling van landgoederen en buitenplaatsen. We beschermen de samenhang van huizen, tuinen, lanen en zichtlijnen.',
      },
      { t: 'h', l: 2, text: 'Dorpen met een eigen karakter' },
      {
        t: 'p',
        text: 'Zeven dorpen vormen samen de gemeente. Elk dorp heeft eigen voorzieningen, verenigingen en een eigen geschiedenis. Die verscheidenheid willen we behouden.',
      },
      { t: 'h', l: 1, text: 'Ambities' },
      { t: 'h', l: 2, text: 'Wonen' },
      {
        t: 'p',
        text: 'We bouwen voor de eigen inwoners, met nadruk op starters, jonge gezinnen en ouderen. Nieuwe woningen komen eerst binnen de bestaande dorpen. Bouwen in het bos of op de heide doen we niet.',
      },
      { t: 'h', l: 2, text: 'Recreatie en toerisme' },
      {
        t: 'p',
        text: 'Recreatie is belangrijk voor de economie, maar op drukke dagen staat de natuur onder druk. We sturen bezoekers naar de poorten van het Nationaal Park en beperken de groei in kwetsbare gebieden.',
      },
      {
        t: 'table',
        cols: [4.0, 4.0, 8.0],
        header: ['Zone', 'Drukte', 'Aanpak'],
        rows: [
          ['Poorten', 'hoog', 'parkeren, horeca en informatie; startpunt van routes'],
          ['Verbindingszone', 'midden', 'fiets- en wandelroutes; beperkte voorzieningen'],
          ['Stiltegebied', 'laag', 'geen nieuwe voorzieningen; rust voor mens en dier'],
        ],
      },
      { t: 'h', l: 2, text: 'Landbouw in transitie' },
      {
        t: 'p',
        text: 'Agrarische bedrijven aan de randen van de gemeente krijgen ruimte om te verduurzamen. Bij bedrijfsbeëindiging werken we met de volgende stappen:',
      },
      {
        t: 'ol',
        list: 'Stappen',
        items: [
          'we verkennen samen met de eigenaar de mogelijkheden;',
          {
            text: 'we beoordelen nieuwe functies op:',
            sub: ['de bijdrage aan landschap en natuur;', 'de verkeersaantrekkende werking;', 'de gevolgen voor omliggende bedrijven.'],
          },
          'we leggen afspraken vast in het omgevingsplan.',
        ],
      },
      { t: 'h', l: 2, text: 'Energie en klimaat' },
      {
        t: 'p',
        text: 'In 2050 is de gemeente energieneutraal. Zonnepanelen komen eerst op daken. Grootschalige opwek in het landschap is alleen mogelijk aan de randen, buiten het Nationaal Park, en met zeggenschap van de omgeving.',
      },
      { t: 'h', l: 1, text: 'Gebieden' },
      ...dorp(
        'Driebergen-Rijsenburg',
        'Het grootste dorp, met het station als knooppunt voor de hele gemeente en de Hoofdstraat als centrum.',
        'Rond het station ontstaat een gemengd gebied met wonen en werken, dat aansluit op de Hoofdstraat.',
      ),
      ...dorp(
        'Doorn',
        'Een bosdorp met de Dorpsstraat, Huis Doorn en villaparken in het groen.',
        'Het centrum versterken en de groene inrichting van de villaparken behouden.',
      ),
      ...dorp(
        'Amerongen en Leersum',
        'Dorpen op de overgang van de Heuvelrug naar de uiterwaarden van de Nederrijn, met een rijke historie.',
        'Kleinschalige woningbouw voor de eigen inwoners en behoud van de voorzieningen.',
      ),
      ...dorp(
        'Maarn, Maarsbergen en Overberg',
        'Kleine kernen met een sterke gemeenschap en veel vrijwilligerswerk.',
        'Voorzieningen bereikbaar houden en ruimte bieden aan initiatieven van inwoners.',
      ),
      { t: 'h', l: 1, text: 'Uitvoering' },
      {
        t: 'p',
        text: 'De visie krijgt een vervolg in programma’s, in het omgevingsplan en in dorpsgerichte uitwerkingen. Iedere raadsperiode bekijken we of de visie nog actueel is.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Overzicht informatieobjecten', sep: '. ' },
      { t: 'gio', layout: 'table', cols: [9.5, 3.2], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Nationaal Park Utrechtse Heuvelrug', [0, 0], 3),
    gio('Stichtse Lustwarande', [-4, 2], 1.4),
    gio('Stationsgebied Driebergen-Zeist', [-6, 3.5], 0.6),
    gio('Poorten Nationaal Park', [3, -2], 1),
    gio('Stiltegebied', [5, 2], 1.6),
  ],
  config: {
    werk: { jaar: '2023', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2023' },
    datums: { vaststelling: '2023-07-03', ondertekening: '2023-07-03', bekendmaking: '2023-07-12', inwerkingtreding: '2023-07-13' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0355',
  },
  geo: { origin: [160000, 447000] },
  meubilair: ['^CONCEPT\\s+versie 12-06-2023$', '^Omgevingsvisie Utrechtse Heuvelrug\\s+Pagina \\d+ van \\d+$'],
}
export default doc
