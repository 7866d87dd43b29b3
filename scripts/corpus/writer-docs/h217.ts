/**
 * h217 — gemeente Putten (gm0273), holdout (session 14): the Gelderse gemeente of some 25.000 inwoners on the
 * northern Veluwe with the dorp Putten, the buurtschappen Huinen, Krachtighuizen, Halvinkhuizen and Diermen, the
 * Veluwe bossen on the east and the randmeer Nuldernauw with Strand Nulde on the west. Content after the public pages
 * on the "Omgevingsvisie Putten 2040" (adopted by the raad on 2 November 2023: "een toekomstbeeld voor onze gemeente",
 * the keuzes "om in 2040 als gemeente nog vitaler, mooier en duurzamer te zijn" described in its hoofdstuk 3 and 4,
 * the visie as "stip op de horizon" and "kapstok voor toekomstig beleid"; a Waardendocument of 5 October 2021; two
 * "Week van de Leefomgeving" in 2021; 37 zienswijzen on the ontwerp, the agrarische karakter of Putten made more
 * visible afterwards), here as the renewed visie of 2028, shortened and partly in our own words. Layout: LibreOffice,
 * A4, C059 (a Century Schoolbook) 10 pt with Liberation Sans headings; chapters "1." … "5." WITH A DOT after the
 * number (nummer "1"), sections "1.1" and a third level "3.2.1" without a dot; table of contents "Inhoudsopgave" of
 * one level; footer "Omgevingsvisie Putten 2040" left and "pagina n" right; lists "•" with "–" and "a."; two tables;
 * raadsbesluit "Het besluit" with Artikel 1–3 and a bulleted "overwegende dat"; GIO table Naam | Identificatie |
 * Toelichting in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'gm0273'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-02', '1'),
  toelichting,
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ola = (items: string[]) => ({ t: 'ol' as const, list: 'Alfa', items })

const doc: Doc = {
  id: 'h217',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s over de "Omgevingsvisie Putten 2040" (op 2 november 2023 door de raad vastgesteld: "een toekomstbeeld voor onze gemeente", de keuzes "om in 2040 als gemeente nog vitaler, mooier en duurzamer te zijn" in haar hoofdstuk 3 en 4, de visie als "stip op de horizon" en "kapstok voor toekomstig beleid", een Waardendocument van 5 oktober 2021, twee keer een "Week van de Leefomgeving" in 2021, 37 zienswijzen op het ontwerp, het agrarische karakter van Putten daarna beter zichtbaar gemaakt), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, C059 10 pt met koppen in Liberation Sans, hoofdstukken "1." … "5." MET EEN PUNT na het nummer (nummer "1"), paragrafen "1.1" en een derde niveau "3.2.1" zonder punt, inhoudsopgave "Inhoudsopgave" van één niveau, voettekst "Omgevingsvisie Putten 2040" links en "pagina n" rechts, lijsten "•" met "–" en "a.", twee tabellen, raadsbesluit met Artikel 1–3 en een opsomming "overwegende dat", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Putten',
  title: 'Omgevingsvisie Putten 2040',
  style: {
    font: 'C059',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#1f4e79',
    lineHeight: 128,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.0, 2.0, 2.5, 2.0),
    outline: [
      { format: '1', display: 1, suffix: '.', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Alfa: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Putten 2040\t\tpagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #1f4e79',
    tableHeaderBg: '#dde7f2',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Putten tot vaststelling van de Omgevingsvisie Putten 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-12-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Putten tot vaststelling van de Omgevingsvisie Putten 2040' },
      p('De raad van de gemeente Putten;'),
      p('gelezen het voorstel van burgemeester en wethouders van 26 september 2028, nummer 2028-094;'),
      p('overwegende dat:'),
      ul([
        'de omgevingsvisie de kaders bevat voor het behoud en de ontwikkeling van de fysieke leefomgeving tot 2040;',
        'het ontwerp van de omgevingsvisie van 15 juni tot en met 26 juli 2028 ter inzage heeft gelegen en dat daarop 29 zienswijzen zijn ingediend;',
        'een deel van de zienswijzen aanleiding heeft gegeven tot wijzigingen in de omgevingsvisie;',
      ]),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'Het besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Putten 2040, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage A, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Putten 2040 zoals vastgesteld op 2 november 2023 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 december 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Putten, gehouden op 2 november 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. E. van den Brink'], right: ['De voorzitter,', '', 'H.C. Lokhorst'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Putten 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Putten 2040' },
      { t: 'p', style: 'subtitle', text: 'Een toekomstbeeld voor onze gemeente' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('De Omgevingsvisie Putten 2040 beschrijft de keuzes die we vandaag moeten maken om in 2040 als gemeente nog vitaler, mooier en duurzamer te zijn. We gebruiken de omgevingsvisie als ‘stip op de horizon’ bij het uitwerken van plannen en ideeën. Zij is de kapstok voor toekomstig beleid en toekomstige initiatieven voor de fysieke leefomgeving.'),
      h(2, 'Waar gaat de visie over?'),
      p('Een omgevingsvisie gaat over de ruimte om ons heen: landschap, natuur, water, milieu, verkeer en vervoer, wonen, economie en cultureel erfgoed. Maar ook over zaken die minder tastbaar zijn, zoals duurzaamheid en gezondheid. We maken keuzes over wat we waardevol vinden en willen beschermen, en over de nieuwe ontwikkelingen die we willen en waar die moeten komen.'),
      h(2, 'Hoe is de visie tot stand gekomen?'),
      p('Door te inventariseren, verkennen en analyseren hebben wij informatie verzameld. De opbrengst staat in het Waardendocument. In 2021 organiseerden we twee keer een ‘Week van de Leefomgeving’. Bij de herziening van 2028 hebben we opnieuw met inwoners, ondernemers en organisaties gesproken.'),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 beschrijft Putten nu. Hoofdstuk 3 bevat de ambities voor de hele gemeente, hoofdstuk 4 de keuzes per gebied. Hoofdstuk 5 gaat over de uitvoering.'),
      { t: 'break' },
      h(1, 'Putten nu'),
      h(2, 'Ligging en landschap'),
      p('Putten ligt tussen de Veluwe en het Nuldernauw. Van oost naar west gaat het landschap van bos en heide via de flank van de Veluwe en de open enken naar de polder en het randmeer.'),
      h(2, 'Inwoners en dorpsleven'),
      p('Putten heeft een hecht dorpsleven en een actief verenigingsleven. De herinnering aan de razzia van oktober 1944 maakt deel uit van de identiteit van het dorp.'),
      {
        t: 'table',
        cols: [6.5, 3.5, 6.5],
        header: ['Kenmerk', '2027', 'Verwachting 2040'],
        rows: [
          ['Inwoners', '25.400', 'circa 27.500'],
          ['Woningen', '10.300', 'circa 11.600'],
          ['Agrarische bedrijven', '190', 'minder, maar groter en verbreed'],
          ['Verblijfsrecreatieve terreinen', '24', 'gelijk, met hogere kwaliteit'],
        ],
      },
      h(2, 'Het agrarische karakter'),
      p('De landbouw heeft het landschap van Putten gevormd. De erven, de enken en de buurtschappen zijn nog steeds herkenbaar.'),
      { t: 'break' },
      h(1, 'Ambities voor de hele gemeente'),
      h(2, 'Vitaal'),
      p('Putten is in 2040 een vitale gemeente met voldoende woningen, werk en voorzieningen voor alle generaties.'),
      h(3, 'Wonen'),
      p('We bouwen voor de eigen behoefte, met voorrang voor starters, jonge gezinnen en senioren:'),
      ola(['inbreiding in het dorp gaat voor uitbreiding;', 'uitbreiding vindt plaats aan de westkant van het dorp;', 'in het buitengebied is wonen mogelijk op vrijkomende agrarische erven.']),
      h(3, 'Werken'),
      p('Bestaande bedrijven krijgen ruimte om te groeien. Bedrijventerrein Keizerstraat vernieuwen we.'),
      h(2, 'Mooi'),
      p('We beschermen het landschap en het erfgoed en zorgen dat nieuwe ontwikkelingen bijdragen aan de kwaliteit ervan.'),
      h(3, 'Landschap en natuur'),
      ul(['de Veluwe als Natura 2000-gebied;', { text: 'de overgangszone tussen Veluwe en polder', sub: ['de enken en de essen;', 'de beken en sprengen.'] }, 'het Nuldernauw en Strand Nulde.']),
      h(3, 'Erfgoed'),
      p('Monumenten, historische erven en landgoederen als Schovenhorst zijn dragers van de identiteit van Putten.'),
      h(2, 'Duurzaam'),
      p('We werken aan een klimaatbestendige en energieneutrale gemeente in 2050.'),
      h(3, 'Energie'),
      p('Eerst besparen, dan zon op daken, daarna zon en wind op daarvoor aangewezen plekken langs de A28.'),
      h(3, 'Klimaatadaptatie'),
      p('We houden regenwater vast op de Veluwe en in de dorpskern en voorkomen wateroverlast in de polder.'),
      { t: 'break' },
      h(1, 'Keuzes per gebied'),
      h(2, 'Het dorp Putten'),
      p('Het centrum blijft compact en levendig. In de wijken zorgen we voor groen en ontmoetingsplekken.'),
      h(2, 'Het buitengebied'),
      p('Het buitengebied is van de boer, de natuur en de recreant samen. Wij kiezen per deelgebied:'),
      {
        t: 'table',
        cols: [4.5, 12],
        header: ['Deelgebied', 'Keuze'],
        rows: [
          ['Veluwe', 'natuur voorop, extensieve recreatie'],
          ['Veluweflank', 'landbouw met landschap, kleinschalige recreatie'],
          ['Polder', 'grondgebonden landbouw, openheid behouden'],
          ['Randmeerkust', 'recreatie en water bij Strand Nulde'],
        ],
      },
      h(2, 'Strand Nulde en het Nuldernauw'),
      p('Strand Nulde is een regionale recreatieplek. We verbeteren de kwaliteit en de bereikbaarheid met de fiets.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s en omgevingsplan'),
      p('De omgevingsvisie werkt door in programma’s en in het omgevingsplan van Putten.'),
      h(2, 'Monitoring'),
      p('Elke vier jaar bekijken we of de visie nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4.2, 7.8, 4.5], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Putten', 'gemeente-putten', 'ambtsgebied, werkingsgebied van de visie', [0, 0], 8),
    gio('Deelgebied Veluwe', 'deelgebied-veluwe', 'paragraaf 4.2', [2.5, 0], 3),
    gio('Deelgebied Polder', 'deelgebied-polder', 'paragraaf 4.2', [-3, 1], 2),
    gio('Strand Nulde', 'strand-nulde', 'paragraaf 4.3', [-4, 2.5], 0.6),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-putten-2040', regeling: 'omgevingsvisie-putten-2040', doel: 'omgevingsvisie-putten-2040' },
    datums: { vaststelling: '2028-11-02', ondertekening: '2028-11-02', bekendmaking: '2028-11-14', inwerkingtreding: '2028-12-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0273',
  },
  geo: { origin: [172000, 474000] },
  meubilair: ['^Omgevingsvisie Putten 2040\\s+pagina \\d+$'],
}
export default doc
