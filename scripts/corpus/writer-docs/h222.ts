/**
 * h222 — gemeente Baarn (gm0308), holdout (session 14): the Utrechtse gemeente of some 25.000 inwoners with the
 * dorp Baarn, Lage Vuursche and Eembrugge, Paleis Soestdijk, the bossen of the Lage Vuursche and the polders along the
 * Eem. Content after the public texts on the Baarnse omgevingsvisie (made in two steps: first "De Staat van Baarn",
 * adopted by the raad in February 2022 — a Voorwoord, Inleiding, Proces, Bestaande waarden (Landschap van Baarn,
 * Thematische waarden, Dorp Baarn), Huidige identiteit in negen begrippen, Positionering, Trends en ontwikkelingen,
 * Opgaven such as Behouden en versterken van kwaliteiten, Positieve gezondheid, Prettig wonen, Versterken centrum
 * en lokale economie, Sterke natuur, Beter bereikbaar en ruimte voor fietsers, Toekomstbestendig landelijk gebied —
 * then the omgevingsvisie itself; "de fysieke leefomgeving is van ons allemaal"; the Toekomstvisie en Structuurvisie
 * "Baarn in 2030"), here as an omgevingsvisie of 2028, shortened and partly in our own words. Layout: LibreOffice,
 * A4 LANDSCAPE, Nimbus Sans 10 pt with URW Bookman headings; an unnumbered "Voorwoord"; chapters "1." … "6." WITH A
 * DOT (nummer "1"), sections "1.1" and a third level "3.1.1"; no table of contents; a FOOTNOTE; header
 * "Omgevingsvisie Baarn" left and the chapter name right (a running head), footer "pagina n van m" right; lists "•"
 * with "–" and "a."; two tables; raadsbesluit with "BESLUIT:" in capitals and Artikel 1–2, the second "op de dag na
 * bekendmaking" (inwerkingtreding null); GIOs as lines "naam – identificatie" in "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0308'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-29', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ola = (items: string[]) => ({ t: 'ol' as const, list: 'Alfa', items })

const doc: Doc = {
  id: 'h222',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de omgevingsvisie van Baarn (in twee stappen gemaakt: eerst "De Staat van Baarn", in februari 2022 door de raad vastgesteld, met Voorwoord, Inleiding, Proces, Bestaande waarden (Landschap van Baarn, Thematische waarden, Dorp Baarn), Huidige identiteit in negen begrippen, Positionering, Trends en ontwikkelingen en Opgaven als Behouden en versterken van kwaliteiten, Positieve gezondheid, Prettig wonen, Versterken centrum en lokale economie, Sterke natuur, Beter bereikbaar en ruimte voor fietsers en Toekomstbestendig landelijk gebied; daarna de omgevingsvisie zelf; "de fysieke leefomgeving is van ons allemaal"; de Toekomstvisie en Structuurvisie "Baarn in 2030"), hier als omgevingsvisie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND, Nimbus Sans 10 pt met koppen in URW Bookman, een ongenummerd "Voorwoord", hoofdstukken "1." … "6." MET EEN PUNT (nummer "1"), paragrafen "1.1" en een derde niveau "3.1.1", geen inhoudsopgave, een VOETNOOT, koptekst "Omgevingsvisie Baarn" links en de HOOFDSTUKNAAM rechts, voettekst "pagina n van m" rechts, lijsten "•" met "–" en "a.", twee tabellen, raadsbesluit met "BESLUIT:" en Artikel 1–2 (inwerkingtreding de dag na bekendmaking: null), GIO\'s als regels "naam – identificatie" in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Baarn',
  title: 'Omgevingsvisie Baarn',
  style: {
    font: 'Nimbus Sans',
    size: 10,
    headingFont: 'URW Bookman',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#7a1f2b',
    lineHeight: 130,
    spaceAfter: 0.22,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.4, right: 2.4 },
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
        header: ['Omgevingsvisie Baarn\t\t{chaptername}'],
        footer: ['\t\tpagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #7a1f2b',
    tableHeaderBg: '#f3e4e6',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Baarn tot vaststelling van de Omgevingsvisie Baarn',
    artikelen: ['1', '2'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'bold', text: 'Besluit van de gemeenteraad van Baarn tot vaststelling van de Omgevingsvisie Baarn' },
      p('De raad van de gemeente Baarn,'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 15 februari 2028, nummer 2028/0117;'),
      p('gelet op artikel 3.1, eerste lid, en artikel 16.24 van de Omgevingswet;'),
      p('overwegende dat de gemeenteraad in februari 2022 De Staat van Baarn heeft vastgesteld als bouwsteen voor de omgevingsvisie en dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Baarn, bestaande uit de tekst en de geografische informatieobjecten genoemd in bijlage A, vast te stellen.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('Dit besluit treedt in werking op de dag na die van de bekendmaking.'),
      p('Aldus besloten in de openbare vergadering van 29 maart 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'drs. A.M. Wijnands'], right: ['de voorzitter,', '', 'mr. L.D. Jonker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Baarn',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Baarn' },
      { t: 'p', style: 'subtitle', text: 'De fysieke leefomgeving is van ons allemaal' },
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Voorwoord' },
      p('Wat maakt onze gemeente uniek? Waar staan we voor, wat is herkenbaar voor mensen van buiten? Waarom zijn onze inwoners trots op Baarn en waarom willen ondernemers zich hier graag vestigen? In De Staat van Baarn legden we vast wat op dit moment de belangrijkste eigenschappen van onze gemeente zijn. Deze omgevingsvisie bouwt daarop voort en kiest een koers tot 2040.'),
      { t: 'p', style: 'right', text: 'Het college van burgemeester en wethouders van Baarn' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie'),
      p('Hoeveel ruimte hebben we nodig voor nieuwe woningen en hoe moeten deze eruitzien? Waar willen we werken en waar brengen we onze vrije tijd door? Hoe behouden we het unieke karakter van onze gemeente en geven we toch ruimte aan nieuwe ontwikkelingen? Op deze vragen geeft de omgevingsvisie antwoord.'),
      h(2, 'Twee stappen'),
      p('De omgevingsvisie is in twee stappen ontwikkeld. De eerste stap was De Staat van Baarn: een weergave van de bestaande waarden en van de uitdagingen en dilemma’s van onze gemeente.[^De Staat van Baarn is in februari 2022 door de gemeenteraad vastgesteld en blijft als bouwsteen bij deze visie horen.] De tweede stap is deze visie.'),
      h(2, 'Status'),
      p('De omgevingsvisie vervangt de Toekomstvisie en Structuurvisie ‘Baarn in 2030’.'),
      { t: 'break' },
      h(1, 'Proces'),
      p('De inhoud is tot stand gekomen dankzij de inbreng van honderden inwoners en mensen die bij Baarn betrokken zijn:'),
      ul(['gesprekken op straat en telefonische interviews;', 'online enquêtes;', { text: 'digitale en fysieke bijeenkomsten', sub: ['de aftrapbijeenkomst in november 2021;', 'werksessies per thema in 2027.'] }, 'een raadscommissie Omgevingswet die het proces begeleidde.']),
      h(2, 'Wat we hoorden'),
      p('Begrippen die vaak voorbijkwamen waren groen, monumentaal, Soestdijk, het dorpse karakter en betaalbaar wonen voor jongeren.'),
      h(2, 'Hoe we keuzes maakten'),
      p('We hebben de opgaven gewogen tegen de waarden uit De Staat van Baarn en tegen de ruimte die er is.'),
      { t: 'break' },
      h(1, 'Bestaande waarden'),
      h(2, 'Landschap van Baarn'),
      h(3, 'Bossen en landgoederen'),
      p('De bossen van de Lage Vuursche, de Hooge Vuursche en de landgoederen rond Soestdijk en Groeneveld geven Baarn zijn groene karakter.'),
      h(3, 'De Eempolders'),
      p('Ten noorden van het dorp liggen de open veenweidepolders langs de Eem, met Eembrugge aan de rivier.'),
      h(2, 'Dorp Baarn'),
      p('Het dorp kent karakteristieke villa’s uit de tweede helft van de 19de eeuw en wijken met een eigen structuur, zoals Het Rode Dorp.'),
      {
        t: 'table',
        cols: [7, 6, 12],
        header: ['Gebied', 'Kenmerk', 'Waarde'],
        rows: [
          ['Villawijken', 'lanen, tuinen, monumenten', 'beschermen en versterken'],
          ['Centrum', 'Laanstraat, Brink', 'compact en levendig'],
          ['Het Rode Dorp', 'beschermd dorpsgezicht', 'behouden'],
          ['Paleis Soestdijk', 'paleis, park, Parade', 'nieuwe functies met respect voor het erfgoed'],
        ],
      },
      h(2, 'Huidige identiteit'),
      p('De identiteit van Baarn vatten we samen in negen begrippen, waaronder vorstelijk, groen, dorps en gastvrij.'),
      { t: 'break' },
      h(1, 'Opgaven'),
      h(2, 'Prettig wonen'),
      p('We bouwen voor de eigen inwoners, met nadruk op:'),
      ola(['starters en jonge gezinnen;', 'ouderen die kleiner willen wonen in het dorp;', 'sociale huur in alle wijken.']),
      h(2, 'Versterken centrum en lokale economie'),
      p('Het centrum is het hart van het dorp; winkels concentreren we in het kernwinkelgebied.'),
      h(2, 'Sterke natuur'),
      p('We verbinden de bossen met de polders en versterken de biodiversiteit in het dorp.'),
      h(2, 'Beter bereikbaar en ruimte voor fietsers'),
      h(3, 'Fiets'),
      p('Snelle fietsroutes naar Hilversum, Amersfoort en Soest maken de fiets het eerste vervoermiddel.'),
      h(3, 'Auto en A1'),
      p('We beperken de overlast van de A1 voor de wijken aan de noordkant.'),
      h(2, 'Toekomstbestendig landelijk gebied'),
      p('Boeren in de Eempolders krijgen ruimte voor natuurinclusieve landbouw en verbreding.'),
      { t: 'break' },
      h(1, 'Gebieden'),
      h(2, 'Landgoed Paleis Soestdijk'),
      p('Het ruimtelijk kader voor het landgoed blijft richtinggevend: het Alexanderkwartier, het paleis met tuin en park, en de Parade.'),
      h(2, 'Lage Vuursche'),
      p('Lage Vuursche blijft een klein dorp in het bos; recreatie sluit aan bij de schaal van het dorp.'),
      h(2, 'Eembrugge en de Eem'),
      p('Langs de Eem combineren we recreatie op het water met de openheid van de polder.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      p('De visie werkt door in het omgevingsplan en in programma’s. We volgen de voortgang met:'),
      {
        t: 'table',
        cols: [9, 16],
        header: ['Instrument', 'Wanneer'],
        rows: [
          ['Monitor leefomgeving', 'jaarlijks, bij de jaarrekening'],
          ['Evaluatie van de visie', 'elke vier jaar, bij een nieuwe raadsperiode'],
        ],
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [
    gio('Gemeente Baarn', 'gemeente-baarn', [0, 0], 7),
    gio('Landgoed Paleis Soestdijk', 'landgoed-paleis-soestdijk', [-1.5, -1], 1),
    gio('Eempolders', 'eempolders', [1, 3], 2.5),
    gio('Bossen Lage Vuursche', 'bossen-lage-vuursche', [-3, -3], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-baarn', regeling: 'omgevingsvisie-baarn', doel: 'omgevingsvisie-baarn' },
    datums: { vaststelling: '2028-03-29', ondertekening: '2028-03-29', bekendmaking: '2028-04-11' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0308',
  },
  geo: { origin: [146000, 468000] },
  meubilair: ['^Omgevingsvisie Baarn\\s+\\S.*$', 'pagina \\d+ van \\d+'],
}
export default doc
