/**
 * h185 — gemeente Lansingerland (gm1621), holdout (session 13): the gemeente of Berkel en Rodenrijs, Bergschenhoek
 * and Bleiswijk in the Metropoolregio Rotterdam Den Haag. Structure and wording after the public texts on the
 * Omgevingsvisie Lansingerland (1.0 of 24 February 2022, "verbonden, vindingrijk en gezond Lansingerland in 2040",
 * three pijlers with their ambities) and the Omgevingsvisie 2.0 (ontwerp of 27 March 2025: a "gezond, verbonden en
 * vindingrijk Lansingerland in 2050", six themes Wonen, Kwaliteit van de Leefomgeving, Mobiliteit, Economie, Horti
 * Science and Energietransitie & circulaire economie; the visie as afwegingskader, aanjager and basis for the
 * programma's; the Leefomgevingsfoto), here as a visie of 2028 in which each theme is one AMBITIE: chapters
 * "Ambitie 1" … "Ambitie 6" (nummer "1" … "6") with sections "1.1" and a third level "2.3.1". Layout: A4 in
 * Liberation Sans 10 pt; table of contents; footer "Omgevingsvisie Lansingerland 2.0 · pagina n"; lists "•" and "a.";
 * a table; raadsbesluit with an ENIG ARTIKEL that adopts the visie and names its inwerkingtreding (levering blocks).
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1621'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-29', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h185',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de Omgevingsvisie Lansingerland (1.0 van 24 februari 2022, "verbonden, vindingrijk en gezond Lansingerland in 2040", drie pijlers met ambities; de Omgevingsvisie 2.0, ontwerp van 27 maart 2025, "gezond, verbonden en vindingrijk Lansingerland in 2050", zes thema\'s Wonen, Kwaliteit van de Leefomgeving, Mobiliteit, Economie, Horti Science en Energietransitie & circulaire economie, de visie als afwegingskader, aanjager en basis voor omgevingsprogramma\'s, de Leefomgevingsfoto), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukken "Ambitie 1" … "Ambitie 6" (nummer "1" … "6"), paragrafen "1.1", een derde niveau "2.3.1", inhoudsopgave, voettekst "Omgevingsvisie Lansingerland 2.0 · pagina n", lijsten "•" en "a.", een tabel, raadsbesluit met een ENIG ARTIKEL dat de visie vaststelt en de inwerkingtreding noemt (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Lansingerland',
  title: 'Omgevingsvisie Lansingerland 2.0',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [18, 13, 11, 10],
    headingColor: '#00843D',
    lineHeight: 130,
    spaceAfter: 0.22,
    page: A4(2.2, 2.2, 2.4, 2.2),
    outline: [
      { format: '1', display: 1, prefix: 'Ambitie ', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['Omgevingsvisie Lansingerland 2.0 · pagina {page}'], align: 'left' },
    },
    tableBorder: '0.5pt solid #00843D',
    tableHeaderBg: '#DCEFE2',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Lansingerland tot vaststelling van de Omgevingsvisie Lansingerland 2.0',
    artikelen: [''],
    inwerkingtreding: '2028-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Lansingerland tot vaststelling van de Omgevingsvisie Lansingerland 2.0' },
      p('Registratienummer: 2028-0412691'),
      p('De raad van de gemeente Lansingerland;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 23 mei 2028;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.25 van de Omgevingswet;'),
      p('overwegende dat de ontwerp-Omgevingsvisie Lansingerland 2.0 zes weken ter inzage heeft gelegen, dat 21 zienswijzen zijn ingediend en dat de Nota van beantwoording zienswijzen aangeeft hoe die in de visie zijn verwerkt;'),
      { t: 'p', style: 'center', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Enig artikel' },
      p('De Omgevingsvisie Lansingerland 2.0, met de geografische informatieobjecten uit bijlage 1, vast te stellen en te bepalen dat zij in werking treedt op 1 augustus 2028, onder gelijktijdige intrekking van de Omgevingsvisie Lansingerland 1.0 van 24 februari 2022.'),
      p('Aldus besloten in de openbare raadsvergadering van 29 juni 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. A.M. Bogaard'], right: ['De voorzitter,', '', 'P.J. de Kruijf'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Lansingerland 2.0',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Lansingerland 2.0' },
      { t: 'p', style: 'subtitle', text: 'Gezond, verbonden en vindingrijk Lansingerland in 2050' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
      { t: 'tk', text: 'Voorwoord' },
      p('Lansingerland is een fijne plek om te wonen, werken en recreëren midden in de Metropoolregio Rotterdam Den Haag. Dat willen we graag zo houden, tot in de verre toekomst. In deze Omgevingsvisie 2.0 beschrijven we de strategische koers voor de fysieke leefomgeving tot 2050, in zes ambities.'),
      p('De visie heeft drie functies. Zij is een afwegingskader voor initiatieven die niet in het omgevingsplan passen, een aanjager voor initiatieven die aansluiten bij de ambities en de basis voor de omgevingsprogramma’s: de visie geeft antwoord op de wat-vraag, de programma’s op de hoe-vraag.'),
    ],
    body: [
      { t: 'break' },
      h(1, 'Wonen'),
      p('In Lansingerland staan veel eengezinswoningen. Voor jongeren en ouderen zijn andere woningen nodig: kleiner, beter betaalbaar en gelijkvloers. De ruimte om te bouwen is schaars.'),
      h(2, 'Een woning voor iedereen'),
      p('Een betaalbare woning biedt bestaanszekerheid. Wij bouwen tot 2040 ongeveer 6.500 woningen, waarvan een derde sociaal en een derde middelduur.'),
      h(2, 'Bouwen in bestaand gebied'),
      p('Wij bouwen eerst binnen de bestaande kernen en bij de stations. In bestaande laagbouwwijken blijft de leefbaarheid voorop staan.'),
      h(2, 'Nieuwe woonlocaties'),
      p('Wij onderzoeken de volgende locaties:'),
      { t: 'ol', list: 'Letter', items: ['Wilderszijde in Berkel en Rodenrijs;', 'de omgeving van station Lansingerland-Zoetermeer;', 'de Driehoek Noordpolder, als het onderzoek dat toelaat.'] },
      { t: 'break' },
      h(1, 'Kwaliteit van de leefomgeving'),
      p('Hier begint het. Het gaat om een bodem waar leven in zit, gezonde lucht, schoon en voldoende water, genoeg bomen voor schaduw en verkoeling en ruimte om buiten te spelen en te bewegen.'),
      h(2, 'Groen en water'),
      p('Wij beschermen de groengebieden, het water en de historische en landschappelijke structuren, zoals de Rotte, de Bleiswijkse Zoom en de Vlinderstrik.'),
      h(2, 'Gezondheid'),
      p('Wij richten de openbare ruimte zo in dat bewegen en ontmoeten vanzelf gaan.'),
      h(2, 'Klimaatadaptatie'),
      p('De omgeving wordt klimaatadaptief en natuurinclusief ingericht.'),
      h(3, 'Hittestress'),
      p('Wij voegen groen toe in de versteende wijken en rond de centra.'),
      h(3, 'Wateroverlast'),
      p('Bij nieuwbouw en herinrichting vangen wij regenwater op waar het valt.'),
      { t: 'break' },
      h(1, 'Mobiliteit'),
      p('Het aantal inwoners in Lansingerland en in de regio blijft groeien. Wij zetten in op moderne, duurzame en schone vervoersmogelijkheden.'),
      h(2, 'Fiets en openbaar vervoer'),
      p('RandstadRail en de stations zijn de ruggengraat; snelle fietsroutes verbinden de kernen met Rotterdam, Zoetermeer en Den Haag.'),
      h(2, 'Auto en parkeren'),
      p('Wij hanteren parkeernormen die passen bij de ligging van een locatie.'),
      {
        t: 'table',
        cols: [5, 5.6, 5.8],
        header: ['Zone', 'Ligging', 'Parkeernorm woningen'],
        rows: [
          ['A', 'binnen 800 m van een station', 'laag, deelmobiliteit verplicht'],
          ['B', 'overig bestaand stedelijk gebied', 'gemiddeld'],
          ['C', 'buitengebied', 'hoog'],
        ],
      },
      { t: 'break' },
      h(1, 'Economie'),
      p('Wij bevorderen een goed vestigings- en ondernemersklimaat, werkgelegenheid en een gezonde middenstand.'),
      h(2, 'Bedrijventerreinen'),
      p('Bedrijventerreinen worden toekomstbestendig: intensiever gebruikt, groener en beter bereikbaar.'),
      h(2, 'Centra'),
      p('De centra van de drie kernen blijven de plek voor winkels, horeca en ontmoeting.'),
      { t: 'break' },
      h(1, 'Horti Science'),
      p('Lansingerland is Home of Horti Science: wij maken kennisontwikkeling en innovatie mogelijk en bieden plek voor nieuwe mogelijkheden in de glastuinbouw.'),
      h(2, 'Glastuinbouw in Oostland'),
      p('Het glastuinbouwgebied moderniseert; verouderde kassen maken plaats voor duurzame bedrijven.'),
      h(2, 'Kennis en onderwijs'),
      p('Onderwijs, onderzoek en bedrijven werken samen op de campus bij Bleiswijk.'),
      { t: 'break' },
      h(1, 'Energietransitie en circulaire economie'),
      p('Wij jagen de energietransitie en de circulaire economie aan via elektriciteitsopwekking, duurzame warmte en nieuwe materiaalstromen.'),
      h(2, 'Duurzame warmte'),
      p('De restwarmte en geothermie van de glastuinbouw verwarmen in de toekomst ook woningen.'),
      h(2, 'Circulair bouwen'),
      p('Bij nieuwbouw streven wij naar hergebruik van materialen en biobased bouwen:'),
      { t: 'ul', list: 'Bol', items: ['hout en andere biobased materialen waar het kan;', { text: 'losmaakbare constructies', sub: ['bij scholen en sporthallen;', 'bij tijdelijke woningen.'] }] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5.5, 10.9], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Lansingerland', 'gemeente-lansingerland', [0, 0], 7),
    gio('Woningbouwlocatie Wilderszijde', 'woningbouwlocatie-wilderszijde', [-2, -1], 1),
    gio('Glastuinbouwgebied Oostland', 'glastuinbouwgebied-oostland', [2, 2], 2.5),
    gio('Stationsomgeving Lansingerland-Zoetermeer', 'stationsomgeving-lansingerland-zoetermeer', [3, 0], 0.8),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-lansingerland-2-0', regeling: 'omgevingsvisie-lansingerland-2-0', doel: 'omgevingsvisie-lansingerland-2-0' },
    datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-06', inwerkingtreding: '2028-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1621',
  },
  geo: { origin: [92000, 446000] },
  meubilair: ['^Omgevingsvisie Lansingerland 2\\.0 · pagina \\d+$'],
  levering: {
    blokkerend: ['VISIE-863'],
    reden: 'Enig artikel that adopts the visie and names its inwerkingtreding: no plain Artikel for the Tijdstempel (BHKV1010), so no juridischWerkendVanaf (LVBB3519)',
  },
}
export default doc
