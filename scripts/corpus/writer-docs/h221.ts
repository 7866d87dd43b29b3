/**
 * h221 — gemeente Bronckhorst (gm1876), holdout (session 14): the Achterhoekse gemeente of some 36.000 inwoners,
 * formed in 2005 from Hengelo, Hummelo en Keppel, Steenderen, Vorden and Zelhem, with about 44 dorpen and
 * buurtschappen. Content after the public texts on the "Omgevingsvisie 2035. Bronckhorst twee keer zo mooi!"
 * (adopted by the raad on 24 February 2022: five strategische opgaven — sterke dorpen & leefbaar platteland,
 * landschappelijke kwaliteit, slimme economie & landbouw, energie & klimaat, gezonde leefomgeving —, richtinggevende
 * uitspraken and concrete doelen per opgave, four deelgebieden: de dorpsranden, de beekdalen, de zone
 * Zutphen-Emmerikseweg and de Oude IJssel; a "week van de omgevingsvisie", the enquête "Bronckhorst spreekt", 26
 * reacties on the ontwerp, extra attention for gezondheid and landbouw asked by the raad), here as the renewed visie
 * of 2028, shortened and partly in our own words. Layout: LibreOffice, A4, Liberation Serif 10.5 pt with DejaVu Sans
 * headings; chapters "1" … "7", sections "1.1", a third level "3.1.1"; table of contents "Inhoudsopgave" of two
 * levels; header "Omgevingsvisie 2035 | Bronckhorst twee keer zo mooi!" and footer with the page number centred;
 * lists "•" and "1."; a table; raadsbesluit with numbered Artikel I–III (Roman); GIO table Naam | Identificatie in
 * "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm1876'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-02-24', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h221',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de "Omgevingsvisie 2035. Bronckhorst twee keer zo mooi!" (op 24 februari 2022 door de raad vastgesteld: vijf strategische opgaven sterke dorpen & leefbaar platteland, landschappelijke kwaliteit, slimme economie & landbouw, energie & klimaat en gezonde leefomgeving, richtinggevende uitspraken en concrete doelen per opgave, vier deelgebieden de dorpsranden, de beekdalen, de zone Zutphen-Emmerikseweg en de Oude IJssel, een "week van de omgevingsvisie" met een pipowagen, de enquête "Bronckhorst spreekt", 26 reacties op het ontwerp, extra aandacht voor gezondheid en landbouw op verzoek van de raad), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, Liberation Serif 10,5 pt met koppen in DejaVu Sans, hoofdstukken "1" … "7", paragrafen "1.1", een derde niveau "3.1.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst "Omgevingsvisie 2035 | Bronckhorst twee keer zo mooi!", paginanummer gecentreerd onderaan, lijsten "•" en "1.", een tabel, raadsbesluit met ROMEINS GENUMMERDE artikelen I–III, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Bronckhorst',
  title: 'Omgevingsvisie 2035',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 12, 10.5, 10],
    headingColor: '#2e6b30',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: A4(2.2, 2.0, 2.5, 2.2),
    outline: [
      { format: '1', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie 2035 | Bronckhorst twee keer zo mooi!'],
        footer: ['\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #2e6b30',
    tableHeaderBg: '#e3efdf',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Bronckhorst tot vaststelling van de Omgevingsvisie 2035',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-04-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit' },
      { t: 'p', style: 'bold', text: 'Besluit van de raad van de gemeente Bronckhorst tot vaststelling van de Omgevingsvisie 2035' },
      p('De raad van de gemeente Bronckhorst;'),
      p('gelezen het voorstel van burgemeester en wethouders van 18 januari 2028, zaaknummer Z-27-00412;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat het ontwerp van de Omgevingsvisie 2035 van 24 november 2027 tot en met 4 januari 2028 ter inzage heeft gelegen en dat daarop 31 reacties zijn ingediend, die zijn beantwoord in de Nota van beantwoording;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De Omgevingsvisie 2035 ‘Bronckhorst twee keer zo mooi!’, met de geografische informatieobjecten genoemd in bijlage 1, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Omgevingsvisie 2035 zoals vastgesteld op 24 februari 2022 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 1 april 2028.'),
      p('Aldus besloten in de openbare raadsvergadering van 24 februari 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'mr. J.W. Pelgrim'], right: ['De voorzitter,', '', 'M.G.J. Kleinhout'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie 2035',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie 2035' },
      { t: 'p', style: 'subtitle', text: 'Bronckhorst twee keer zo mooi!' },
      { t: 'p', style: 'center', text: 'Gemeente Bronckhorst · vastgesteld 24 februari 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Kompas richting 2035'),
      p('Centraal in deze omgevingsvisie staat de ontwikkeling van onze leefomgeving, met de blik op 2035. Met als motto ‘Bronckhorst twee keer zo mooi!’ geeft de visie inwoners, ondernemers, maatschappelijke organisaties en de gemeente richting en houvast bij het ontwikkelen en uitvoeren van plannen voor wonen, werken en recreëren.'),
      h(2, 'Eén strategische visie'),
      p('De omgevingsvisie vervangt de strategische beleidsdocumenten voor de fysieke leefomgeving door één visie. Zij wordt uitgewerkt in omgevingsprogramma’s en in het omgevingsplan.'),
      h(2, 'Hoe de visie tot stand kwam'),
      p('We maakten deze visie samen met inwoners, ondernemers en (belangen)organisaties:'),
      ul(['twee rondes met werkateliers;', 'de ‘week van de omgevingsvisie’, met een pipowagen die verschillende plekken in de gemeente aandeed;', 'de enquête onder het inwonerspanel ‘Bronckhorst spreekt’;', 'gesprekken met stakeholders tijdens de inzagetermijn.']),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft de identiteit van Bronckhorst. De hoofdstukken 3 en 4 gaan over de vijf strategische opgaven en de principes voor onze aanpak. Hoofdstuk 5 werkt de deelgebieden uit, hoofdstuk 6 de uitvoering en hoofdstuk 7 de monitoring.'),
      { t: 'break' },
      h(1, 'Identiteit van Bronckhorst'),
      h(2, 'Gemeenschappen en landschappen'),
      p('Bronckhorst bestaat uit zo’n 44 dorpen en buurtschappen, elk met een eigen karakter en sterk verweven met het landschap. De mensen hier voelen zich vooral verbonden met hun eigen gemeenschap.'),
      h(2, 'Het landschap als ensemble'),
      p('Het landschap is een ensemble van de gebouwde en de ongebouwde omgeving: de IJssel en de Oude IJssel, de beekdalen, de landgoederen rond Vorden en Hummelo, de essen en de kampen.'),
      {
        t: 'table',
        cols: [5, 3.5, 7.8],
        header: ['Voormalige gemeente', 'Inwoners 2027', 'Karakter'],
        rows: [
          ['Hengelo', '8.900', 'dorp met bedrijvigheid, paardensport'],
          ['Hummelo en Keppel', '4.300', 'landgoederen, kasteel Keppel'],
          ['Steenderen', '6.200', 'IJsselvallei, Bronkhorst als stadje'],
          ['Vorden', '8.700', 'acht kastelen, toerisme'],
          ['Zelhem', '8.400', 'kampenlandschap, Halle'],
        ],
      },
      { t: 'break' },
      h(1, 'Strategische opgaven'),
      p('De visie is de optelsom van de ambities op de vijf belangrijkste opgaven van Bronckhorst. Per opgave geven we een ontwikkelrichting en doelen voor 2035.'),
      h(2, 'Sterke dorpen en leefbaar platteland'),
      h(3, 'Wonen naar behoefte'),
      p('Elk dorp kan bouwen voor de eigen behoefte. We geven voorrang aan starters, senioren en woningzoekenden met een binding aan het dorp.'),
      h(3, 'Voorzieningen'),
      p('Basisvoorzieningen houden we in de grotere kernen op peil; de kleinere kernen verbinden we daarmee.'),
      h(2, 'Landschappelijke kwaliteit'),
      p('Nieuwe ontwikkelingen maken het landschap mooier: twee keer zo mooi. Dat betekent:'),
      ol(['ontwikkelingen passen in het landschapstype;', 'elke ontwikkeling levert een landschappelijke plus;', 'erfgoed en landgoederen zijn dragers van nieuwe functies.']),
      h(2, 'Slimme economie en landbouw'),
      h(3, 'Landbouw in transitie'),
      p('De landbouw blijft de belangrijkste gebruiker van het buitengebied. We ondersteunen boeren bij verbreding, extensivering en stoppen.'),
      h(3, 'Vrijkomende agrarische bebouwing'),
      p('Voor vrijkomende erven bieden we ruimte voor wonen en kleinschalige bedrijvigheid, als er gesloopt wordt en het erf landschappelijk wordt ingepast.'),
      h(2, 'Energie en klimaat'),
      p('Bronckhorst wil in 2050 energieneutraal zijn. Zon op daken gaat voor zon op land; grootschalige opwek bundelen we langs de grote wegen.'),
      h(2, 'Gezonde leefomgeving'),
      p('We zorgen voor schone lucht, schoon water en een omgeving die uitnodigt tot bewegen en ontmoeten.'),
      { t: 'break' },
      h(1, 'Principes voor onze aanpak'),
      h(2, 'Gebiedsgericht werken'),
      p('We werken vanuit gebieden en gemeenschappen, niet vanuit sectoren.'),
      h(2, 'Ruimte voor initiatief'),
      p('Initiatieven die aansluiten bij de kwaliteiten van landschap en dorp zijn welkom; we denken mee vanaf het begin.'),
      { t: 'break' },
      h(1, 'Deelgebieden'),
      p('In vier deelgebieden komen meerdere, vaak complexe opgaven samen.'),
      h(2, 'De dorpsranden'),
      p('De randen van de dorpen zijn de plekken voor nieuwe woningen, groen en waterberging.'),
      h(2, 'De beekdalen'),
      p('In de beekdalen van de Baakse Beek, de Veengoot en de Slinge gaan water, natuur en landbouw samen.'),
      h(2, 'Zone Zutphen-Emmerikseweg'),
      p('Langs de N316 en de N317 bundelen we bedrijvigheid en energieopwekking.'),
      h(2, 'De Oude IJssel'),
      p('Rond de Oude IJssel bij Doesburg en Laag-Keppel versterken we de rivierennatuur en het erfgoed.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Omgevingsprogramma’s'),
      p('We werken de visie uit in programma’s voor wonen, landschap en energie.'),
      h(2, 'Omgevingsplan'),
      p('Het omgevingsplan van Bronckhorst bevat de regels die volgen uit deze visie.'),
      h(1, 'Monitoring en actualisatie'),
      p('Iedere vier jaar rapporteren we aan de raad over de doelen voor 2035 en stellen we zo nodig de visie bij.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5, 11.3], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Bronckhorst', 'gemeente-bronckhorst', [0, 0], 12),
    gio('Deelgebied Beekdalen', 'deelgebied-beekdalen', [1.5, -2], 3),
    gio('Zone Zutphen-Emmerikseweg', 'zone-zutphen-emmerikseweg', [-2, 2], 2.5),
    gio('Deelgebied Oude IJssel', 'deelgebied-oude-ijssel', [-5, -5], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-2035', regeling: 'omgevingsvisie-2035', doel: 'omgevingsvisie-2035' },
    datums: { vaststelling: '2028-02-24', ondertekening: '2028-02-24', bekendmaking: '2028-03-07', inwerkingtreding: '2028-04-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1876',
  },
  geo: { origin: [212000, 452000] },
  meubilair: ['^Omgevingsvisie 2035 \\| Bronckhorst twee keer zo mooi!$', '^\\d+$'],
}
export default doc
