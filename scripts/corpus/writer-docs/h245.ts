/**
 * h245 — gemeente Beesel (gm0889), holdout (session 14): the Noord-Limburgse Maasgemeente of some 13.500 inwoners
 * with the kernen Reuver, Beesel and Offenbeek, the Maas and its uiterwaarden, the Swalm, the Meinweg, the A73 and
 * the spoorlijn Venlo–Roermond (station Reuver), and the Drakenfeest of Beesel. Content after the public descriptions
 * of the gemeente and Noord-Limburg (no real omgevingsvisie text of Beesel was consulted; titles and wording are
 * ours, in the forms common to Dutch visies), here as an omgevingsvisie of 2028, shortened and in
 * our own words. Layout: LibreOffice, A4 landscape, Carlito 10 pt; chapters "Hoofdstuk 1", sections "1.1", third
 * level "2.3.1"; no table of contents; header "Gemeente Beesel · Omgevingsvisie" left, footer "n" centred; bullets "•" with
 * "o"; numbered list "a)"; one table; raadsbesluit with Artikel 1–3; GIO table in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0889'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-09-25', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Let', items })

const doc: Doc = {
  id: 'h245',
  set: 'holdout',
  bron:
    'Naar de openbare beschrijvingen van de gemeente Beesel (Reuver, Beesel en Offenbeek, de Maas en de uiterwaarden, de Swalm, de Meinweg, de A73 en station Reuver, het Drakenfeest) en Noord-Limburg, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in LibreOffice: A4 liggend, Carlito 10 pt, hoofdstukken "Hoofdstuk 1", paragrafen "1.1", derde niveau "2.3.1", geen inhoudsopgave, koptekst "Gemeente Beesel · Omgevingsvisie" links, voettekst paginanummer gecentreerd, opsommingen "•" en "o", genummerde lijst "a)", één tabel, raadsbesluit met Artikel 1–3, GIO-tabel in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Beesel',
  title: 'Omgevingsvisie Beesel',
  style: {
    font: 'Carlito',
    size: 10,
    headingFont: 'Carlito',
    headingSizes: [18, 13, 11, 10],
    headingColor: '#1f4e79',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: 'o' }] },
      Let: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Gemeente Beesel · Omgevingsvisie'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #1f4e79',
    tableHeaderBg: '#dde8f3',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Beesel tot vaststelling van de Omgevingsvisie Beesel',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-10-12',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Beesel tot vaststelling van de Omgevingsvisie Beesel' },
      p('De raad van de gemeente Beesel;'),
      p('gelezen het voorstel van burgemeester en wethouders van 22 augustus 2028, registratienummer 2028-01874;'),
      p('overwegende dat het ontwerp van de Omgevingsvisie Beesel met ingang van 8 juni 2028 gedurende zes weken ter inzage heeft gelegen en dat iedereen in die periode een zienswijze naar voren kon brengen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'bold', text: 'Artikel 1' },
      p('De Omgevingsvisie Beesel vast te stellen, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage 1.'),
      { t: 'p', style: 'bold', text: 'Artikel 2' },
      p('De Structuurvisie Beesel 2012 in te trekken.'),
      { t: 'p', style: 'bold', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 12 oktober 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Beesel, gehouden op 25 september 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. M.H.J. Peeters'], right: ['De voorzitter,', '', 'drs. W.M.G. Moonen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Beesel',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Beesel' },
      { t: 'p', style: 'subtitle', text: 'Groen en gastvrij aan de Maas' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Wat is een omgevingsvisie'),
      p('De omgevingsvisie is een integrale visie op de fysieke leefomgeving van de hele gemeente voor de lange termijn. Zij gaat over wonen, werken, natuur, landschap, water, verkeer, gezondheid en energie, en over hoe die onderwerpen samenhangen.'),
      h(2, 'Status van de visie'),
      p('De visie bindt alleen de gemeente zelf. Zij is het kader voor het omgevingsplan, voor programma’s en voor de afweging van initiatieven die niet in het omgevingsplan passen.'),
      h(2, 'Hoe wij de visie maakten'),
      p('Wij haalden ideeën op bij inwoners, ondernemers en organisaties:'),
      ul(['met een digitale vragenlijst;', 'met inloopavonden in Reuver, Beesel en Offenbeek;', { text: 'met gesprekken met partners', sub: ['Waterschap Limburg en Rijkswaterstaat;', 'de provincie Limburg en de buurgemeenten.'] }]),
      { t: 'break' },
      h(1, 'Beesel in beeld'),
      h(2, 'Ligging'),
      p('Beesel ligt in Noord-Limburg aan de oostoever van de Maas, tussen Venlo en Roermond. De A73 en de spoorlijn met station Reuver verbinden de gemeente met de regio.'),
      h(2, 'Drie kernen'),
      p('Reuver is de grootste kern met de meeste voorzieningen. Beesel is het historische Maasdorp, bekend van het Drakenfeest. Offenbeek is een rustige woonkern aan de Maas.'),
      {
        t: 'table',
        cols: [7.0, 5.0, 12.0],
        header: ['Kern', 'Inwoners', 'Karakter'],
        rows: [
          ['Reuver', '7.300', 'centrumkern met winkels, station en voorzieningen'],
          ['Beesel', '4.400', 'historisch Maasdorp met het Drakenrijk'],
          ['Offenbeek', '1.800', 'groene woonkern aan de Maas'],
        ],
      },
      h(2, 'Landschap'),
      h(3, 'De Maas en de uiterwaarden'),
      p('De Maas met haar uiterwaarden, oude meanders en grindplassen vormt de westgrens van de gemeente. Het rivierengebied is waardevol voor natuur en recreatie.'),
      h(3, 'Het Swalmdal en de Meinweg'),
      p('In het zuiden stroomt de Swalm door een kleinschalig beekdal. Oostelijk liggen de bossen en heides richting het Nationaal Park De Meinweg.'),
      { t: 'break' },
      h(1, 'Onze ambities'),
      h(2, 'Prettig wonen in drie kernen'),
      p('Wij bouwen in de bestaande kernen, voor starters, jonge gezinnen en ouderen. Het centrum van Reuver versterken wij als compact winkelgebied.'),
      h(2, 'Gastvrij Beesel'),
      p('Toerisme en recreatie langs de Maas bieden kansen. Wij werken aan:'),
      ol(['een doorgaande fiets- en wandelroute langs de Maas;', 'een aantrekkelijke entree van het Drakenrijk in Beesel;', 'kleinschalige verblijfsrecreatie in het buitengebied.']),
      h(2, 'Veilig en klimaatbestendig'),
      h(3, 'Hoogwater'),
      p('Na het hoogwater van juli 2021 versterken wij samen met Waterschap Limburg de keringen langs de Maas en houden wij ruimte voor de rivier.'),
      h(3, 'Hitte en droogte'),
      p('In de kernen vergroenen wij straten en pleinen en vangen wij regenwater op waar het valt.'),
      h(2, 'Werken en ondernemen'),
      p('De bedrijventerreinen Bosstraat en Rijksweg zijn vol. Wij zetten in op de herstructurering van bestaande terreinen en op regionale afstemming in Noord-Limburg.'),
      h(2, 'Energie'),
      p('Wij stimuleren zon op daken. Voor zonnevelden wijzen wij een zoekgebied aan langs de A73, buiten de open Maasvallei.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Doorwerking'),
      p('De visie werkt door in het omgevingsplan van Beesel en in programma’s, zoals het programma wonen.'),
      h(2, 'Evaluatie'),
      p('Elke raadsperiode bekijken wij of de visie nog actueel is en stellen wij haar zo nodig bij.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: '  ' },
      { t: 'gio', layout: 'table', cols: [8.0, 16.5], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Beesel', 'gemeente-beesel', [0, 0], 3),
    gio('Maasvallei', 'maasvallei', [-1.4, 0.4], 1.2),
    gio('Swalmdal', 'swalmdal', [0.4, -1.6], 0.8),
    gio('Zoekgebied zonnevelden A73', 'zoekgebied-zonnevelden-a73', [1.3, 0.8], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-beesel', regeling: 'omgevingsvisie-beesel', doel: 'omgevingsvisie-beesel' },
    datums: { vaststelling: '2028-09-25', ondertekening: '2028-09-26', bekendmaking: '2028-10-09', inwerkingtreding: '2028-10-12' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0889',
  },
  geo: { origin: [203000, 367000] },
  meubilair: ['^Gemeente Beesel · Omgevingsvisie$', '^\\d+$'],
}
export default doc
