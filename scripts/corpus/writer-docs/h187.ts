/**
 * h187 — gemeente Pijnacker-Nootdorp (gm1926), holdout (session 13): the gemeente of some 57.000 inwoners formed in
 * 2002 from Pijnacker and Nootdorp, with the kernen Pijnacker, Nootdorp and Delfgauw, part of the Alliantie
 * Middengebied with Zoetermeer and Lansingerland. Structure and wording after the public texts on the Omgevingsvisie
 * Pijnacker-Nootdorp 2050 "Verbonden met elkaar" (vastgesteld 25 November 2021): four ontwikkelingslijnen
 * (Onderscheidend groen; Karakteristieke woon- en leefomgeving; Aantrekkelijk economisch vestigingsklimaat voor
 * inwoners en ondernemers; Een veerkrachtige leefomgeving voor mensen, planten en dieren), ten gebiedsprofielen of the
 * Panorama 2050 ("Levendige ontmoetingscentra", "Parkachtige werklocaties", "Moderne bedrijvenparken"; the other
 * seven named in our own words), the opgaven energietransitie, woningbouw and the karakteristieke woonomgeving; here
 * as a revised visie of 2028. The document is numbered as one: "1 – Raadsbesluit" is the besluit, so the VISIE'S
 * FIRST NUMBERED CHAPTER IS 2; chapters "2 – Inleiding" … "8 – Uitvoering" (number FOLLOWED BY A DASH), sections
 * "3.1", a third level "7.1.1"; table of contents; 17 × 24 cm, Liberation Serif; header "Verbonden met elkaar"
 * left, footer page number centred; lists "•" and "1."; a table; Artikel 1–2; GIO table Nr. | Naam | Identificatie
 * in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1926'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-26', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h187',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de Omgevingsvisie Pijnacker-Nootdorp 2050 "Verbonden met elkaar" (vastgesteld 25 november 2021: vier ontwikkelingslijnen Onderscheidend groen, Karakteristieke woon- en leefomgeving, Aantrekkelijk economisch vestigingsklimaat voor inwoners en ondernemers en Een veerkrachtige leefomgeving voor mensen, planten en dieren; tien gebiedsprofielen van het Panorama 2050, waarvan drie met hun eigen naam en zeven in eigen woorden; de opgaven energietransitie, woningbouw en de karakteristieke woonomgeving), hier als herziene visie van 2028; eigen opmaak: 17 × 24 cm in Liberation Serif, het document doorgenummerd: "1 – Raadsbesluit" is het besluit, dus het EERSTE GENUMMERDE HOOFDSTUK VAN DE VISIE IS 2; hoofdstukken "2 – Inleiding" … "8 – Uitvoering" (nummer GEVOLGD DOOR EEN STREEPJE), paragrafen "3.1", een derde niveau "7.1.1", inhoudsopgave, kopregel "Verbonden met elkaar" links, paginanummer gecentreerd, lijsten "•" en "1.", een tabel, Artikel 1–2, GIO-tabel Nr. | Naam | Identificatie in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Pijnacker-Nootdorp',
  title: 'Omgevingsvisie Pijnacker-Nootdorp 2050',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#1D5C96',
    lineHeight: 125,
    spaceAfter: 0.2,
    justify: true,
    page: { width: 17, height: 24, top: 1.8, bottom: 1.8, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, suffix: ' –', start: 2 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['Verbonden met elkaar'], footer: ['{page}'], align: 'center' },
    },
    tableBorder: '0.5pt solid #1D5C96',
    tableHeaderBg: '#DDE8F3',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Pijnacker-Nootdorp tot vaststelling van de Omgevingsvisie Pijnacker-Nootdorp 2050',
    artikelen: ['1', '2'],
    inwerkingtreding: '2028-12-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Pijnacker-Nootdorp 2050' },
      { t: 'p', style: 'subtitle', text: 'Verbonden met elkaar · herziening 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
      { t: 'p', style: 'label', text: '1 – Raadsbesluit' },
      { t: 'p', style: 'bold', text: 'Besluit van de raad van de gemeente Pijnacker-Nootdorp tot vaststelling van de Omgevingsvisie Pijnacker-Nootdorp 2050' },
      p('De raad van de gemeente Pijnacker-Nootdorp;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 12 september 2028, kenmerk 2028-0087;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de Omgevingsvisie Pijnacker-Nootdorp 2050 van 25 november 2021 is herzien op de opgaven energietransitie en woningbouw, en dat de ontwerp-herziening met het Panorama 2050 zes weken ter inzage heeft gelegen;'),
      { t: 'p', style: 'center', text: 'besluit:' },
      p('**Artikel 1** De herziene Omgevingsvisie Pijnacker-Nootdorp 2050 "Verbonden met elkaar", opgenomen in de hoofdstukken 2 tot en met 8 van dit document, met de geografische informatieobjecten in bijlage A, vast te stellen.'),
      p('**Artikel 2** Dit besluit treedt in werking op 15 december 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van 26 oktober 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'mr. L.C. Vermeulen'], right: ['de voorzitter,', '', 'F.M. Ravestein'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Pijnacker-Nootdorp 2050',
    front: [{ t: 'break' }],
    body: [
      h(1, 'Inleiding'),
      p('Hoe wonen, werken en leven we in 2050? De Omgevingsvisie schetst een toekomstbeeld van Pijnacker-Nootdorp en de koers die we willen volgen om daar te komen.'),
      h(2, 'Verbonden met elkaar in 2050'),
      p('Onze doelstelling is gebieden en functies beter met elkaar te verbinden, zodat we optimaal gebruikmaken van kansen voor versterking, verbetering en aanvulling.'),
      h(2, 'De grote opgaven'),
      p('De grote opgaven voor Pijnacker-Nootdorp zijn:'),
      { t: 'ol', list: 'Nummer', items: ['de energietransitie;', 'de woningbouwopgave en het behouden van de karakteristieke woonomgeving;', 'de verduurzaming van de leefomgeving, inclusief de ondergrond, en een gezonde levensstijl;', 'het toekomstbestendig houden van de bedrijventerreinen en de glastuinbouw.'] },
      h(2, 'Leeswijzer'),
      p('De hoofdstukken 3 tot en met 6 beschrijven de vier ontwikkelingslijnen, hoofdstuk 7 de gebiedsprofielen en hoofdstuk 8 de uitvoering.'),
      { t: 'break' },
      h(1, 'Onderscheidend groen'),
      h(2, 'Groen in en om de kernen'),
      p('Het groene buitengebied met Ackerdijkse Plassen, Dobbeplas en Balijbos is onze trots. Wij verbinden het met groen in de wijken.'),
      h(2, 'Recreatie'),
      p('Wandelen en fietsen in het groene buitengebied wordt makkelijker door nieuwe routes en doorsteken.'),
      { t: 'break' },
      h(1, 'Karakteristieke woon- en leefomgeving'),
      h(2, 'Drie herkenbare kernen'),
      p('Pijnacker, Nootdorp en Delfgauw behouden hun eigen karakter en hoge woonkwaliteit.'),
      h(2, 'Wonen voor jong en oud'),
      p('Wij bouwen voor starters, senioren en middeninkomens, vooral op inbreidingslocaties.'),
      { t: 'break' },
      h(1, 'Aantrekkelijk economisch vestigingsklimaat'),
      h(2, 'Bedrijventerreinen'),
      p('Bedrijventerreinen worden groener, toegankelijker en duurzamer.'),
      h(2, 'Glastuinbouw'),
      p('De glastuinbouw bij Pijnacker-Zuid moderniseert of maakt plaats voor andere functies.'),
      { t: 'break' },
      h(1, 'Een veerkrachtige leefomgeving'),
      h(2, 'Klimaatadaptatie'),
      p('Wij vangen water op in wadi’s en singels en houden rekening met bodemdaling in het veen.'),
      h(2, 'Energie'),
      p('Wij zoeken ruimte voor zon en warmte:'),
      { t: 'ul', list: 'Bol', items: ['zon op daken van bedrijven en kassen;', { text: 'warmtenetten', sub: ['aardwarmte uit de glastuinbouw;', 'restwarmte uit de regio.'] }] },
      { t: 'break' },
      h(1, 'Gebiedsprofielen'),
      p('In het Panorama is de gemeente opgedeeld in tien soorten gebieden. Per gebiedsprofiel benoemen wij de prioriteiten.'),
      {
        t: 'table',
        cols: [6.5, 6.7],
        header: ['Gebiedsprofiel', 'Prioriteit'],
        rows: [
          ['Levendige ontmoetingscentra', 'ontmoeten, winkelen, voorzieningen'],
          ['Parkachtige werklocaties', 'vergroenen, mengen'],
          ['Moderne bedrijvenparken', 'bereikbaarheid, intensiveren'],
          ['Groene woonwijken', 'klimaatadaptatie, groen'],
          ['Landelijk buitengebied', 'natuur, recreatie'],
        ],
      },
      h(2, 'Levendige ontmoetingscentra'),
      p('De centra in onze kernen zijn in 2050 niet alleen een plek om te winkelen: er is ruimte voor horeca, onderwijs, cultuur, sport en ontspanning.'),
      h(3, 'Centrum Pijnacker'),
      p('Het centrum rond de Oostlaan wordt compacter en levendiger.'),
      h(3, 'Centrum Nootdorp'),
      p('De Dorpsstraat en het Dorpsplein blijven het hart van Nootdorp.'),
      h(2, 'Parkachtige werklocaties'),
      p('Bedrijventerreinen dicht bij de kernen worden groener en beter verbonden met de kernen.'),
      h(2, 'Moderne bedrijvenparken'),
      p('Hier vinden ook regionale bedrijven een plek, goed bereikbaar per auto en openbaar vervoer.'),
      h(2, 'Groene woonwijken'),
      p('De wijken uit de jaren zeventig tot negentig vernieuwen wij met meer groen en water.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s'),
      p('Wij werken de visie uit in programma’s voor energie, wonen en groen.'),
      h(2, 'Omgevingsplan'),
      p('Het omgevingsplan legt de regels vast die uit deze visie volgen.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.2, 7.8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Pijnacker-Nootdorp', 'gemeente-pijnacker-nootdorp', [0, 0], 6),
    gio('Ackerdijkse Plassen', 'ackerdijkse-plassen', [-2, -3], 1.2),
    gio('Glastuinbouwgebied Pijnacker-Zuid', 'glastuinbouwgebied-pijnacker-zuid', [1, -2], 1.5),
    gio('Centrum Nootdorp', 'centrum-nootdorp', [-1, 2], 0.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-pijnacker-nootdorp-2050', regeling: 'omgevingsvisie-pijnacker-nootdorp-2050', doel: 'omgevingsvisie-pijnacker-nootdorp-2050-herziening-2028' },
    datums: { vaststelling: '2028-10-26', ondertekening: '2028-10-26', bekendmaking: '2028-11-02', inwerkingtreding: '2028-12-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1926',
  },
  geo: { origin: [88000, 449000] },
  meubilair: ['^Verbonden met elkaar$', '^\\d+$'],
}
export default doc
