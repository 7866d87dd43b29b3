/**
 * c15 — gemeente Olst-Wijhe (gm1773), kleine plattelandsgemeente. Raadsbesluit met gespatieerd "b e s l u i t :"
 * en Artikel 1/2; de visie begint met een eigen titelpagina (geen bijlagelabel); hoofdstukken genummerd vanaf 0
 * ("0 Samenvatting"), paragrafen 1.1; Liberation Serif 12 pt; alleen kale, gecentreerde paginanummers in de
 * voettekst; opsommingen met een gewoon streepje "-" en genummerde lijst "1)"; GIO-lijst als regels met tab.
 * Inhoud bewerkt naar mijnleefomgeving.olst-wijhe.nl/omgevingsvisie (vitale dorpen en buurtschappen,
 * klimaatverandering, ontwikkeling van het buitengebied, gebiedsgericht maatwerk).
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1773'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2025', werk, '2025-10-20', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'c15',
  set: 'dev',
  bron:
    'Bewerkt naar de omgevingsvisie van de gemeente Olst-Wijhe (mijnleefomgeving.olst-wijhe.nl/omgevingsvisie: vitale kernen en buurtschappen, klimaat, buitengebied), ingekort; eigen opmaak: Liberation Serif 12 pt, hoofdstukken vanaf 0, kale gecentreerde paginanummers, "-"-opsommingen, "1)"-lijst, titelpagina zonder bijlagelabel, GIO-regels met tab',
  bevoegdGezag: bg,
  naam: 'Gemeente Olst-Wijhe',
  title: 'Omgevingsvisie Olst-Wijhe',
  style: {
    font: 'Liberation Serif',
    size: 12,
    headingSizes: [16, 13, 12, 12],
    lineHeight: 115,
    justify: true,
    page: A4(2.5, 2.5, 2.5, 2.5),
    outline: decimalOutline('', 0),
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '-' }, { char: '*' }] },
      Haakje: { kind: 'number', levels: [{ format: '1', suffix: ')' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { footer: ['\t{page}\t'] },
    },
    tableBorder: '0.75pt solid #808080',
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Olst-Wijhe tot vaststelling van de Omgevingsvisie Olst-Wijhe',
    artikelen: ['1', '2'],
    inwerkingtreding: '2025-11-20',
    blocks: [
      { t: 'p', style: 'center', text: 'GEMEENTE OLST-WIJHE' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Olst-Wijhe tot vaststelling van de Omgevingsvisie Olst-Wijhe' },
      { t: 'p', text: 'De raad van de gemeente Olst-Wijhe;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 2 september 2025, nr. 2025-1187;' },
      {
        t: 'p',
        text: 'overwegende dat de gemeente op grond van de Omgevingswet een omgevingsvisie moet vaststellen en dat de omgevingsvisie met inwoners van alle kernen en buurtschappen is voorbereid;',
      },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'center', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Olst-Wijhe wordt vastgesteld zoals deze als bijlage aan dit besluit is gehecht.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 20 november 2025.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare raadsvergadering van 27 oktober 2025.' },
      { t: 'sign', left: ['de griffier,', '', 'mr. L.A. Jansen'], right: ['de voorzitter,', '', 'M.J.A. Strien'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Olst-Wijhe',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Olst-Wijhe' },
      { t: 'p', style: 'subtitle', text: 'Vitaal en leefbaar aan de IJssel' },
      { t: 'p', text: 'Oktober 2025' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Samenvatting' },
      {
        t: 'p',
        text: 'In deze omgevingsvisie staat ons beleid voor de fysieke leefomgeving: de omgeving waarin we wonen, werken en recreëren. We beschrijven welke ontwikkelingen we willen, wat we willen beschermen en behouden, en hoe we de dorpen en buurtschappen vitaal houden. De visie is gebiedsgericht opgezet, zodat we lokaal maatwerk kunnen leveren.',
      },
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Waarom deze visie' },
      {
        t: 'p',
        text: 'De omgevingsvisie verbindt verschillende onderwerpen met elkaar. We zoeken naar antwoorden op maatschappelijke vragen: hoe houden we onze dorpen en buurtschappen vitaal en leefbaar? Hoe gaan we om met klimaatverandering en de problemen die dat met zich meebrengt? En wat vinden we belangrijk in de ontwikkeling van ons buitengebied?',
      },
      { t: 'h', l: 2, text: 'Rol van de visie' },
      {
        t: 'p',
        text: 'De omgevingsvisie is een belangrijk toetsingskader voor nieuwe initiatieven en ontwikkelingen en richtinggevend voor de inhoud van het omgevingsplan. Bij ieder initiatief stellen we ons de volgende vragen:',
      },
      {
        t: 'ol',
        list: 'Haakje',
        items: [
          'past het initiatief bij het karakter van de kern of het landschap?',
          'draagt het bij aan de leefbaarheid?',
          'zijn omwonenden betrokken?',
        ],
      },
      { t: 'h', l: 1, text: 'Onze gemeente' },
      { t: 'h', l: 2, text: 'Kernen en buurtschappen' },
      {
        t: 'p',
        text: 'Olst-Wijhe bestaat uit de kernen Olst en Wijhe, de dorpen Boskamp, Welsum en Wesepe en een groot aantal buurtschappen. In de kernen zijn de voorzieningen geconcentreerd; de buurtschappen kenmerken zich door een sterke onderlinge betrokkenheid.',
      },
      { t: 'h', l: 2, text: 'Landschap' },
      {
        t: 'p',
        text: 'Het landschap loopt van de uiterwaarden van de IJssel via de oeverwallen en de essen naar de Sallandse Heuvelrug in het oosten. Landgoederen als Het Nijenhuis en Groot Hoenlo geven het gebied een parkachtig karakter.',
      },
      {
        t: 'table',
        cols: [4.5, 11.5],
        header: ['Landschapstype', 'Kenmerken'],
        rows: [
          ['Uiterwaarden', 'open, dynamisch, met grasland, strangen en natuur'],
          ['Oeverwallen', 'hoger gelegen, met dorpen, boerderijen en boomgaarden'],
          ['Essen en kampen', 'bolle akkers met houtwallen en verspreide erven'],
          ['Landgoederen', 'bossen, lanen en historische huizen'],
        ],
      },
      { t: 'h', l: 1, text: 'Opgaven' },
      { t: 'h', l: 2, text: 'Vitale kernen' },
      {
        t: 'p',
        text: 'We bouwen woningen die passen bij de vraag van jong en oud. In Olst en Wijhe bouwen we binnen de kern en aan de randen; in de kleinere dorpen is ruimte voor kleinschalige projecten van eigen inwoners.',
      },
      {
        t: 'ul',
        list: 'Streep',
        items: [
          'we houden basisvoorzieningen zoals school, huisarts en supermarkt in de kernen;',
          {
            text: 'we steunen initiatieven van inwoners, zoals:',
            sub: ['dorpshuizen en ontmoetingsplekken;', 'collectieve energieprojecten;', 'zorg in de buurt.'],
          },
          'we verbeteren de verbindingen tussen de dorpen voor fietsers.',
        ],
      },
      { t: 'h', l: 2, text: 'Klimaatverandering' },
      {
        t: 'p',
        text: 'Hevige buien, droogte en hitte vragen om aanpassingen. We koppelen hemelwater af, maken ruimte voor water in de dorpen en stimuleren groene tuinen. Met het waterschap werken we aan de IJsseldijk en aan waterberging in het buitengebied.',
      },
      { t: 'h', l: 2, text: 'Buitengebied' },
      {
        t: 'p',
        text: 'Het buitengebied verandert. Agrarische bedrijven stoppen of schakelen om, en er komen nieuwe functies op de erven. We bieden ruimte voor nieuwe economische dragers, mits de kwaliteit van het landschap erop vooruitgaat.',
      },
      { t: 'h', l: 2, text: 'Energie' },
      {
        t: 'p',
        text: 'We willen dat inwoners mee kunnen doen en meeprofiteren van de energietransitie. Zonnevelden passen in de zones die in de informatieobjecten zijn aangegeven, en alleen met lokaal eigendom van ten minste de helft.',
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      {
        t: 'p',
        text: 'We geven uitvoering aan deze visie via het omgevingsplan, programma’s en dorpsvisies. De visie wordt iedere vier jaar geëvalueerd.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Informatieobjecten' },
      { t: 'p', text: 'Naam\tIdentificatie' },
      { t: 'gio', layout: 'lines' },
    ],
  ],
  gios: [
    gio('Zoekzone zonnevelden', 'zoekzone-zonnevelden', [0, 0], 1.6),
    gio('Uiterwaarden IJssel', 'uiterwaarden-ijssel', [-3, 1], 1.2),
  ],
  config: {
    werk: { jaar: '2025', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
    datums: { vaststelling: '2025-10-27', ondertekening: '2025-10-27', bekendmaking: '2025-11-05', inwerkingtreding: '2025-11-20' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1773',
  },
  geo: { origin: [207000, 488000] },
  meubilair: ['^\\d{1,2}$'],
}
export default doc
