/**
 * c14 — gemeente Zundert (gm0879). Holdout. Inhoud bewerkt naar openbare stukken van de gemeente Zundert
 * (omgevingsvisiezundert.nl "Beleid van nu als vertrekpunt": woonvisie, mobiliteitsvisie, RES, IDeekaarten per
 * deelgebied; pilot Vitaal Buitengebied met de gebiedsvisies Aa of Weerijs, De Eldert en Hulsdonk; binnengebied
 * Veldstraat met corsobouwplaats).
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'gm0879'
const gio = (naam: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-08-24', '1'),
  at,
  size,
})

const kern = (naam: string, tekst: string, opgave: string): Doc['visie']['body'] => [
  { t: 'h', l: 2, text: naam },
  { t: 'p', text: tekst },
  { t: 'tk', text: 'Opgave' },
  { t: 'p', text: opgave },
]

const doc: Doc = {
  id: 'c14',
  set: 'dev', // held out in session 1, scored once, then developed on
  bron:
    'Bewerkt naar openbare stukken van de gemeente Zundert (omgevingsvisiezundert.nl; pilot Vitaal Buitengebied, gebiedsvisies; binnengebied Veldstraat), ingekort; eigen opmaak (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Zundert',
  title: 'Omgevingsvisie Zundert',
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
        header: ['CONCEPT\t\tversie 24-08-2026'],
        footer: ['Omgevingsvisie Zundert\t\tPagina {page} van {pages}'],
      },
    },
    tableHeaderBg: '#E2EFDA',
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Zundert tot vaststelling van de Omgevingsvisie Zundert',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2026-10-01',
    blocks: [
      { t: 'p', style: 'label', text: 'Raadsbesluit' },
      { t: 'p', text: 'Onderwerp: vaststelling Omgevingsvisie Zundert' },
      { t: 'p', text: 'Kenmerk: Z/26/118042' },
      { t: 'p', text: 'De gemeenteraad van Zundert,' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 7 juli 2026;' },
      {
        t: 'p',
        text: 'overwegende dat de omgevingsvisie voortbouwt op het bestaande beleid, waaronder de Woonvisie, de Mobiliteitsvisie, de Visie Sociaal Domein en de Regionale Energiestrategie, en op de resultaten van de participatie en de werksessies;',
      },
      {
        t: 'p',
        text: 'overwegende dat de ontwerp-omgevingsvisie van 4 mei tot en met 15 juni 2026 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen;',
      },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet en artikel 147 van de Gemeentewet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: 'I. de Omgevingsvisie Zundert, zoals opgenomen in bijlage 1, vast te stellen;' },
      { t: 'p', text: 'II. de Nota zienswijzen ontwerp-omgevingsvisie vast te stellen;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 1 oktober 2026.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van 8 september 2026.' },
      { t: 'sign', left: ['De griffier,', '', 'C.A.M. Brosens'], right: ['De voorzitter,', '', 'J.P.M. Huijbregts'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Zundert',
    front: [
      { t: 'break' },
      { t: 'p', style: 'small', text: 'bijlage 1 bij het raadsbesluit van 8 september 2026' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Zundert' },
      { t: 'p', style: 'subtitle', text: 'Samen verder in het groene grensland' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      {
        t: 'p',
        text: 'Deze omgevingsvisie beschrijft hoe wij de fysieke leefomgeving van Zundert tot 2040 willen ontwikkelen. De visie brengt het beleid dat er al ligt samen en geeft richting aan nieuwe keuzes voor wonen, werken, landschap, water en energie.',
      },
      { t: 'h', l: 2, text: 'Beleid van nu als vertrekpunt' },
      {
        t: 'p',
        text: 'De basis van de visie ligt in gemeentelijk en regionaal beleid dat al is vastgesteld. Daarnaast zijn de resultaten van de participatie en de werksessies met inwoners, ondernemers, ambtenaren en bestuurders gebruikt. De belangrijkste bronnen zijn:',
      },
      {
        t: 'ul',
        list: 'Punten',
        items: [
          'de Woonvisie en de Structuurvisie kern Zundert 2025;',
          'de Mobiliteitsvisie;',
          'de Visie Sociaal Domein;',
          'de Regionale Energiestrategie West-Brabant;',
          'de gebiedsvisies uit de pilot Vitaal Buitengebied.',
        ],
      },
      { t: 'h', l: 2, text: 'Een visie die meebeweegt' },
      {
        t: 'p',
        text: 'We houden de vinger aan de pols: klopt de visie nog met de situatie van nu? De opgaven van dat moment bepalen of bijstelling nodig is. Daarom blijven we in gesprek met de samenleving.',
      },
      { t: 'h', l: 1, text: 'Kernkwaliteiten' },
      { t: 'h', l: 2, text: 'Grensland met beken en bossen' },
      {
        t: 'p',
        text: 'Zundert ligt in het zuiden van West-Brabant, tegen de Belgische grens. De beekdalen van de Aa of Weerijs en de Mark, de bossen en heide van de Pannenhoef en de landgoederen rond Wallsteijn bepalen het landschap.',
      },
      { t: 'tk', text: 'Boomkwekerij' },
      {
        t: 'p',
        text: 'De boomkwekerij is van oudsher de belangrijkste economische drager van het buitengebied. De kwekerijen geven het landschap een eigen, gevarieerd beeld van jonge bomen, sierheesters en rozen.',
      },
      { t: 'h', l: 2, text: 'Dorpen met een sterke gemeenschap' },
      {
        t: 'p',
        text: 'De gemeente bestaat uit Zundert, Rijsbergen, Wernhout, Achtmaal en Klein-Zundert. Het Bloemencorso en het Van Goghhuis geven Zundert een naam tot ver buiten de regio.',
      },
      { t: 'h', l: 1, text: 'Ambities' },
      { t: 'h', l: 2, text: 'Wonen' },
      {
        t: 'p',
        text: 'We bouwen voor de eigen inwoners, met nadruk op starters, jonge gezinnen en ouderen. Het binnengebied Veldstraat is de grootste woningbouwlocatie, met circa 300 woningen en een corsobouwplaats voor twee buurtschappen.',
      },
      { t: 'h', l: 2, text: 'Vitaal buitengebied' },
      {
        t: 'p',
        text: 'In de pilot Vitaal Buitengebied werken partners en overheden samen aan fijn wonen, ondernemen en recreëren. Door opgaven in één plan samen te brengen ontstaan oplossingen die los van elkaar niet lukken, zoals bedrijfsverplaatsing uit een beekdal gecombineerd met natuur en waterberging.',
      },
      {
        t: 'table',
        cols: [4.0, 4.0, 8.0],
        header: ['Gebiedsvisie', 'Ligging', 'Hoofdkeuze'],
        rows: [
          ['Aa of Weerijs', 'rond Zundert en Wernhout', 'beekdal herstellen, kwekerijen buiten de laagste delen'],
          ['De Eldert', 'tussen Zundert en Rijsbergen', 'ruimte voor kwekerijen met waterbuffers'],
          ['Hulsdonk', 'ten noorden van Rijsbergen', 'natuurverbinding en recreatieve ommetjes'],
        ],
      },
      { t: 'h', l: 2, text: 'Water en klimaat' },
      {
        t: 'p',
        text: 'Droogte raakt de kwekerijen en de natuur. Bij nieuwe initiatieven werken we volgens vaste stappen:',
      },
      {
        t: 'ol',
        list: 'Stappen',
        items: [
          'water vasthouden op het eigen perceel;',
          {
            text: 'waterbuffers aanleggen waar dat kan:',
            sub: ['bij bedrijfsverplaatsingen;', 'in de beekdalen;', 'op collectieve locaties voor meerdere kwekers.'],
          },
          'pas daarna afvoeren naar de beek.',
        ],
      },
      { t: 'h', l: 2, text: 'Energie' },
      {
        t: 'p',
        text: 'Conform de Regionale Energiestrategie komen zonnepanelen eerst op daken. Grootschalige opwek in het landschap is alleen mogelijk in de zoekgebieden langs de A16 en met lokaal eigendom.',
      },
      { t: 'h', l: 2, text: 'Werken' },
      {
        t: 'p',
        text: 'De boomkwekerij, de agrarische toelevering en het midden- en kleinbedrijf bieden werk in alle kernen. Bedrijven die groeien en niet meer in een dorp passen, krijgen ruimte op de bedrijventerreinen Rijsbergen-Noord en Bisschopsmolen. Vrijkomende agrarische bebouwing mag een nieuwe economische functie krijgen als overtollige gebouwen worden gesloopt.',
      },
      { t: 'tk', text: 'Arbeidsmigranten' },
      {
        t: 'p',
        text: 'De kwekerijen zijn afhankelijk van seizoenswerkers. We zorgen voor goede huisvesting, bij voorkeur in of aan de rand van de kernen, en niet verspreid in het buitengebied.',
      },
      { t: 'h', l: 2, text: 'Mobiliteit' },
      {
        t: 'p',
        text: 'De Randweg heeft het centrum van Zundert ontlast. Nu gaat het erom de dorpen veilig en prettig te maken voor voetgangers en fietsers, en het vrachtverkeer van en naar de kwekerijen over de daarvoor bedoelde routes te leiden.',
      },
      {
        t: 'p',
        text: 'De fietsverbindingen met Breda en Etten-Leur en over de grens met Wuustwezel en Brecht willen we verbeteren. Voor het openbaar vervoer zetten we in op een goede aansluiting op de knooppunten in Breda en op buurtbussen voor de kleine kernen.',
      },
      { t: 'h', l: 1, text: 'Gebieden' },
      ...kern(
        'Zundert',
        'Het grootste dorp, met het centrum rond de Markt en de Randweg die het doorgaande verkeer om de kern leidt.',
        'Het centrum verkeersluw maken en het binnengebied Veldstraat afronden.',
      ),
      ...kern(
        'Rijsbergen',
        'Een dorp met een eigen centrum en zorglocaties aan de noordwestkant.',
        'Woningbouw aan de Laguitensebaan en een goede aansluiting van de zorglocaties op het dorp.',
      ),
      ...kern(
        'Wernhout, Achtmaal en Klein-Zundert',
        'Kleine kernen met veel verenigingsleven, omringd door kwekerijen en bos.',
        'Voorzieningen bereikbaar houden en de dorpsranden afronden met natuur en ommetjes.',
      ),
      { t: 'h', l: 1, text: 'Uitvoering' },
      {
        t: 'p',
        text: 'De visie krijgt een vervolg in programma’s, in het omgevingsplan en in de IDeekaarten voor de deelgebieden. Iedere raadsperiode bekijken we of de visie nog actueel is.',
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
    gio('Beekdal Aa of Weerijs', [0, 0], 2),
    gio('Binnengebied Veldstraat', [-1, 2.5], 0.5),
    gio('Gebiedsvisie De Eldert', [2.5, 4], 1.4),
    gio('Gebiedsvisie Hulsdonk', [4.5, 7], 1.2),
    gio('Zoekgebied zonne-energie A16', [7, 2], 1.4),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2026' },
    datums: { vaststelling: '2026-09-08', ondertekening: '2026-09-08', bekendmaking: '2026-09-16', inwerkingtreding: '2026-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0879',
  },
  geo: { origin: [160000, 405000] },
  meubilair: ['^CONCEPT\\s+versie 24-08-2026$', '^Omgevingsvisie Zundert\\s+Pagina \\d+ van \\d+$'],
}
export default doc
