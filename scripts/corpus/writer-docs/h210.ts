/**
 * h210 — gemeente Goirle (gm0785), holdout (session 14): the Brabantse gemeente of the dorpen Goirle and Riel south
 * of Tilburg. Content after the public text of the "Omgevingsvisie gemeente Goirle" on lokaleregelgeving.overheid.nl
 * (CVDR738958: a Voorwoord "Het Goirle van nu is anders dan het Goirle van 30 jaar geleden … Eén visie op de Gôolse en
 * Rielse leefomgeving", signed by the wethouder, then a Leeswijzer) and the gemeente's pages on it (three kernwaarden
 * "Doenerig dorp", "Prachtlandschap van de Toekomst" and "Goed toeven"; per deelgebied the koers; the "Gôolse
 * spelregels"; adopted December 2021, a levend document checked every two years), here as a renewed visie of 2028,
 * shortened and partly in our own words. Layout: LibreOffice, A4 LANDSCAPE, DejaVu Serif 10 pt with DejaVu Sans
 * headings; unnumbered "Voorwoord" and "Leeswijzer"; chapters "1" (no dot) with sections "1.1" and a third level
 * "4.2.1"; no table of contents; header "Omgevingsvisie gemeente Goirle" left and "Goed toeven in Goirle en Riel"
 * right, page number centred below; a two-column section; a FOOTNOTE; lists "•" and "a."; a table; raadsbesluit
 * "BESLUIT:" with numbered beslispunten "1." … "3." (no "Artikel"); GIOs as lines "naam: identificatie" in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0785'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-12-12', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Let', items })

const doc: Doc = {
  id: 'h210',
  set: 'holdout',
  bron:
    'Naar de openbare tekst van de "Omgevingsvisie gemeente Goirle" op lokaleregelgeving.overheid.nl (CVDR738958: een Voorwoord "Het Goirle van nu is anders dan het Goirle van 30 jaar geleden … Eén visie op de Gôolse en Rielse leefomgeving", ondertekend door de wethouder, daarna een Leeswijzer) en de gemeentelijke pagina\'s erover (drie kernwaarden "Doenerig dorp", "Prachtlandschap van de Toekomst" en "Goed toeven"; per deelgebied de koers; de "Gôolse spelregels"; vastgesteld in december 2021, een levend document), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND, DejaVu Serif 10 pt met DejaVu Sans koppen, ongenummerd "Voorwoord" en "Leeswijzer", hoofdstukken "1" (zonder punt) met paragrafen "1.1" en een derde niveau "4.2.1", geen inhoudsopgave, koptekst "Omgevingsvisie gemeente Goirle" links en "Goed toeven in Goirle en Riel" rechts, paginanummer gecentreerd onderaan, een tweekolommige sectie, een VOETNOOT, lijsten "•" en "a.", een tabel, raadsbesluit "BESLUIT:" met genummerde beslispunten "1." … "3." (geen "Artikel"), GIO\'s als regels "naam: identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Goirle',
  title: 'Omgevingsvisie gemeente Goirle',
  style: {
    font: 'DejaVu Serif',
    size: 10,
    headingFont: 'DejaVu Sans',
    headingSizes: [18, 13, 11, 10],
    headingColor: '#7a2e0e',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.4, right: 2.4 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Let: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie gemeente Goirle\t\tGoed toeven in Goirle en Riel'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #7a2e0e',
    tableHeaderBg: '#f3e3d8',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Raadsbesluit vaststelling Omgevingsvisie gemeente Goirle',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit vaststelling Omgevingsvisie gemeente Goirle' },
      p('De raad van de gemeente Goirle,'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 24 oktober 2028, registratienummer 2028-1187;'),
      p('gelet op artikel 3.1, eerste lid, en afdeling 16.4 van de Omgevingswet;'),
      p('gezien de Nota van zienswijzen ontwerp Omgevingsvisie gemeente Goirle, waarin de 41 ingediende zienswijzen zijn beantwoord;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      p('1.\tde Omgevingsvisie gemeente Goirle, met de geografische informatieobjecten van bijlage 1, vast te stellen;'),
      p('2.\tde Omgevingsvisie gemeente Goirle van december 2021 in te trekken;'),
      p('3.\tte bepalen dat dit besluit in werking treedt op 1 januari 2029.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Goirle, gehouden op 12 december 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. R.J.M. van Gils'], right: ['De voorzitter,', '', 'M.J.C. Vergouwen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie gemeente Goirle',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie gemeente Goirle' },
      { t: 'p', style: 'subtitle', text: 'Eén visie op de Gôolse en Rielse leefomgeving' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'p', style: 'label', text: 'Voorwoord' },
      p('Het Goirle van nu is anders dan het Goirle van 30 jaar geleden. En zo zal het Goirle van de toekomst er anders uitzien dan het Goirle van vandaag. Voor u ligt de Omgevingsvisie: één visie op de Gôolse en Rielse leefomgeving.'),
      p('De visie is een uitkomst van het gesprek met inwoners, ondernemers, samenwerkingspartners, gemeentebestuurders en ambtenaren. Zij maakt duidelijk welke waarden we willen behouden en welke ambities we hebben.'),
      p('Goirle, december 2028'),
      { t: 'p', style: 'label', text: 'Leeswijzer' },
      p('Hoofdstuk 1 beschrijft wat een omgevingsvisie is. Hoofdstuk 2 benoemt onze drie kernwaarden, hoofdstuk 3 de ontwikkelingen die op ons afkomen. Hoofdstuk 4 stippelt per deelgebied de koers uit en hoofdstuk 5 bevat de Gôolse spelregels.'),
      { t: 'break' },
    ],
    body: [
      h(1, 'Over deze omgevingsvisie'),
      h(2, 'Wat is een omgevingsvisie?'),
      p('De Omgevingsvisie is de door de gemeenteraad vastgestelde visie op de leefomgeving: de ruimte waarin we wonen, werken, elkaar ontmoeten en recreëren.[^De eerste Omgevingsvisie gemeente Goirle is in december 2021 vastgesteld; deze visie is de tweede, na de evaluatie van 2027.]'),
      h(2, 'Een levend document'),
      p('De Omgevingsvisie is een levend document. Elke twee jaar houden we haar tegen het licht om te bekijken of wat erin staat nog actueel is.'),
      h(1, 'Onze kernwaarden'),
      p('Uit de gesprekken met de jeugdgemeenteraad, ketenpartners, buurgemeenten, maatschappelijke organisaties, ondernemers en inwoners blijken drie kernwaarden:'),
      ul(['Doenerig dorp;', 'Prachtlandschap van de Toekomst;', 'Goed toeven.']),
      h(2, 'Doenerig dorp'),
      p('Goirle en Riel zijn dorpen waar mensen de handen uit de mouwen steken: verenigingen, vrijwilligers en ondernemers maken het dorp.'),
      h(2, 'Prachtlandschap van de Toekomst'),
      p('De Regte Heide, het Riels Laag, de landgoederen Gorp en Roovert en de Nieuwe Hoef vormen een prachtlandschap dat we klimaatbestendig maken.'),
      h(2, 'Goed toeven'),
      p('Het is goed toeven in Goirle: veilig, groen, met voorzieningen dichtbij.'),
      h(1, 'Ontwikkelingen die op ons afkomen'),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Klimaat en energie'),
          p('Hitte, droogte en wateroverlast vragen om een andere inrichting van straten en tuinen. We wekken duurzame energie op, eerst op daken.'),
          h(2, 'Wonen en vergrijzing'),
          p('Er is een tekort aan passende woonruimte, voor jongeren en voor ouderen die kleiner willen wonen.'),
          h(2, 'Landbouw en natuur'),
          p('De verduurzaming van de landbouw en het versterken van het natuurnetwerk gaan hand in hand.'),
        ],
      },
      h(1, 'Koers per deelgebied'),
      p('Per deelgebied stippelen we de koers uit. De tabel geeft een overzicht.'),
      {
        t: 'table',
        cols: [5, 8, 11.9],
        header: ['Deelgebied', 'Kwaliteit', 'Koers tot 2040'],
        rows: [
          ['Centrum Goirle', 'compact winkelhart', 'wonen boven winkels, meer groen'],
          ['Woonwijken', 'ruim en groen opgezet', 'klimaatadaptatie en verduurzaming'],
          ['Riel', 'dorps karakter', 'kleinschalige woningbouw voor eigen inwoners'],
          ['Tijvoort', 'lokaal bedrijventerrein', 'herstructurering en zonnedaken'],
          ['Buitengebied', 'heide, beekdalen, landgoederen', 'natuur, water en extensieve landbouw'],
        ],
      },
      h(2, 'De dorpen'),
      h(3, 'Centrum Goirle'),
      p('Het centrum rond de Hoofdstraat blijft het hart van Goirle.'),
      h(3, 'Riel'),
      p('In Riel bouwen we voor de eigen behoefte en houden we het dorpshuis en de school in stand.'),
      h(2, 'Werken'),
      h(3, 'Tijvoort'),
      p('Bedrijventerrein Tijvoort herstructureren we; er komt ruimte voor lokale bedrijven.'),
      h(2, 'Het buitengebied'),
      h(3, 'Regte Heide en Riels Laag'),
      p('Dit Natura 2000-gebied beschermen we; rondom bevorderen we extensief gebruik.'),
      h(3, 'Landgoederen'),
      p('Gorp en Roovert en de Nieuwe Hoef zijn open voor wandelaars en fietsers.'),
      h(1, 'Gôolse spelregels'),
      p('Hoe zorgen we dat we onze doelen bereiken? Een initiatief toetsen we met drie vragen:'),
      ol(['Past het initiatief bij onze kernwaarden?', 'Draagt het bij aan onze uitdagingen?', 'Past het gebruik op deze plek?']),
      h(2, 'Rol van de gemeente'),
      p('De gemeente stimuleert, faciliteert of regisseert, afhankelijk van de opgave.'),
      h(2, 'Samen met de samenleving'),
      p('Inwoners nemen steeds meer zelf de verantwoordelijkheid; wij betrekken hen vroeg bij plannen.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente Goirle', 'gemeente-goirle', [0, 0], 7),
    gio('Regte Heide en Riels Laag', 'regte-heide-riels-laag', [-1.5, -2.5], 1.8),
    gio('Landgoederen Gorp en Roovert', 'landgoederen-gorp-roovert', [2, -3], 1.5),
    gio('Bedrijventerrein Tijvoort', 'bedrijventerrein-tijvoort', [0.8, 1.2], 0.4),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-gemeente-goirle', regeling: 'omgevingsvisie-gemeente-goirle', doel: 'omgevingsvisie-gemeente-goirle' },
    datums: { vaststelling: '2028-12-12', ondertekening: '2028-12-12', bekendmaking: '2028-12-19', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0785',
  },
  geo: { origin: [133000, 392000] },
  meubilair: ['^Omgevingsvisie gemeente Goirle\\s+Goed toeven in Goirle en Riel$', '^\\d+$'],
}
export default doc
