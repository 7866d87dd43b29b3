/**
 * h114 — gemeente Schouwen-Duiveland (gm1676), holdout (session 12): an island gemeente in Zeeland of about 34.000
 * inwoners (Zierikzee and Brouwershaven, the Kop van Schouwen with its dunes, the polders of Duiveland, the
 * Grevelingen and the Oosterschelde). Content after the public texts on its omgevingsvisie for the landelijk gebied
 * "Versterk het goud, versnel de vernieuwing" (2017–2018, interviews, a gebiedsconferentie, an internetconsultatie
 * with 1559 reacties on 17 stellingen; binnendijken beplanten with bomen, technologie as motor for landbouw and
 * toerisme, a duurzaam zoetwatereiland, zonnevelden rond de dorpen, an overlegorgaan voor de randen; the draft sent
 * back by the raad in 2019) and the later Omgevingsvisie Schouwen-Duiveland for the whole gemeente, here as a visie
 * of 2027, shortened and partly in our own words. Layout: A5 in Liberation Serif 9.5 pt with Liberation Sans
 * headings; chapters "1." … "6.", sections "1.1.", a third level "2.1.1." (a dot after every number); header with
 * "Schouwen-Duiveland" left and the CHAPTER NAME as a field at the right (the running header repeats the chapter
 * title), footer with the page number centred; no table of contents; lists "□" and "–"; a table; raadsbesluit
 * "Artikel 1 Begripsbepalingen", "Artikel 2 Vaststelling", "Artikel 3 Inwerkingtreding" (in werking the day after
 * bekendmaking: no date); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1676'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-09-30', '1'),
  at,
  size,
})

const HOOFDSTUKKEN = ['Het goud van ons eiland', 'Landschap en water', 'Landbouw en visserij', 'Toerisme en recreatie', 'Wonen in stad en dorpen', 'Samen verder']

const doc: Doc = {
  id: 'h114',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de omgevingsvisie landelijk gebied "Versterk het goud, versnel de vernieuwing" van Schouwen-Duiveland (2017–2018: interviews, een gebiedsconferentie, een internetconsultatie met 1559 reacties op 17 stellingen; binnendijken beplanten, technologie als motor voor landbouw en toerisme, een duurzaam zoetwatereiland, zonnevelden rond de dorpen, een overlegorgaan voor de randen) en de latere omgevingsvisie voor de hele gemeente, hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A5 in Liberation Serif 9,5 pt met Liberation Sans-koppen, hoofdstukken "1." … "6.", paragrafen "1.1.", een derde niveau "2.1.1.", kopregel "Schouwen-Duiveland" links en de HOOFDSTUKNAAM als veld rechts, paginanummer gecentreerd onderaan, geen inhoudsopgave, lijsten "□" en "–", een tabel, raadsbesluit met "Artikel 1 Begripsbepalingen", "Artikel 2 Vaststelling" en "Artikel 3 Inwerkingtreding" (de dag na bekendmaking), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Schouwen-Duiveland',
  title: 'Omgevingsvisie Schouwen-Duiveland',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [14, 11, 10, 9.5],
    headingColor: '#0A5C7A',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.8, bottom: 1.6, left: 1.7, right: 1.5 },
    outline: decimalOutline('.'),
    lists: {
      Vakje: { kind: 'bullet', levels: [{ char: '□', font: 'DejaVu Sans' }, { char: '–' }] },
    },
    masters: {
      Standard: { header: ['Schouwen-Duiveland\t\t{chaptername}'], footer: ['\t{page}\t'] },
    },
    tableBorder: '0.5pt solid #0A5C7A',
    tableHeaderBg: '#DCEBF0',
    tableFontSize: 8,
    tussenkop: { bold: true, italic: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Schouwen-Duiveland tot vaststelling van de Omgevingsvisie Schouwen-Duiveland',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeente Schouwen-Duiveland · raadsbesluit nr. 27.0093' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Schouwen-Duiveland tot vaststelling van de Omgevingsvisie Schouwen-Duiveland' },
      { t: 'p', text: 'De raad van de gemeente Schouwen-Duiveland;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 22 juni 2027, nr. 27.0093;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de Omgevingsvisie Schouwen-Duiveland van 18 februari tot en met 31 maart 2027 ter inzage heeft gelegen en dat er 41 zienswijzen zijn ingediend;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Begripsbepalingen' },
      { t: 'p', text: 'In dit besluit wordt verstaan onder:' },
      { t: 'p', text: 'a. omgevingsvisie: de Omgevingsvisie Schouwen-Duiveland, opgenomen in bijlage 1;' },
      { t: 'p', text: 'b. landelijk gebied: het deel van de gemeente buiten de kernen en de recreatieterreinen, met de Grevelingen en de Oosterschelde.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2 Vaststelling' },
      { t: 'p', text: 'De omgevingsvisie wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3 Inwerkingtreding' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van 30 september 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'R. Rosier'], right: ['de voorzitter,', '', '', 'J.G.J. van der Zwaag'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Schouwen-Duiveland',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 27.0093' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Schouwen-Duiveland' },
      { t: 'p', style: 'subtitle', text: 'Versterk het goud, versnel de vernieuwing' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: HOOFDSTUKKEN[0]! },
      { t: 'p', text: 'Schouwen-Duiveland is gevormd door de natuur en door de mensen die er wonen en werken. Het landschap draagt de natuur, de landbouw en de recreatie. Dat is ons goud: de kwaliteit van het eiland die we aantrekkelijk willen houden of nog aantrekkelijker willen maken.' },
      { t: 'h', l: 2, text: 'Hoe deze visie tot stand kwam' },
      { t: 'p', text: 'Sinds 2017 waren er interviews, een gebiedsconferentie, een internetconsultatie en werksessies. Op 17 stellingen kwamen 1559 reacties binnen. In 2019 gaf de raad het ontwerp voor het landelijk gebied terug; deze visie bouwt daarop voort en gaat over het hele eiland.' },
      { t: 'h', l: 2, text: 'De vernieuwingsvraag' },
      { t: 'p', text: 'Er komt veel op ons af:' },
      { t: 'ul', list: 'Vakje', items: ['de verzilting van de bodem en een eigen, kwetsbaar watersysteem;', 'bedrijven die willen opschalen en leegkomende agrarische bebouwing;', 'de vraag naar ruimte voor wind en zon;', { text: 'een toeristische sector die wil groeien, vooral', sub: ['aan de randen van land en water;', 'in de Kop van Schouwen.'] }] },
      { t: 'h', l: 1, text: HOOFDSTUKKEN[1]! },
      { t: 'p', text: 'Het landschap van dijken, kreken en polders is de basis van het eiland.' },
      { t: 'h', l: 2, text: 'Binnendijken en beplanting' },
      { t: 'h', l: 3, text: 'Bomen op de binnendijken' },
      { t: 'p', text: 'We versterken het landschap door de binnendijken met bomen te beplanten; zo wordt de opbouw van het eiland weer zichtbaar.' },
      { t: 'h', l: 3, text: 'Kreken en inlagen' },
      { t: 'p', text: 'De kreken en inlagen zijn waardevolle natuur; we verbinden ze waar dat kan.' },
      { t: 'h', l: 2, text: 'Een zoetwatereiland' },
      { t: 'p', text: 'Schouwen-Duiveland wil een duurzaam zoetwatereiland worden: we houden regenwater vast, slaan het op in de bodem en gaan zuinig om met wat er is.' },
      { t: 'h', l: 2, text: 'Grevelingen en Oosterschelde' },
      { t: 'p', text: 'De Grevelingen krijgt weer getij; de Oosterschelde blijft een Nationaal Park met ruimte voor schelpdierkweek.' },
      { t: 'h', l: 1, text: HOOFDSTUKKEN[2]! },
      { t: 'p', text: 'Landbouw blijft de grootste gebruiker van het landelijk gebied.' },
      { t: 'h', l: 2, text: 'Zilte teelten' },
      { t: 'p', text: 'De doorontwikkeling van zilte teelten moet sneller. Technologie is de motor achter de vernieuwing.' },
      { t: 'h', l: 2, text: 'Schaalvergroting en vrijkomende bebouwing' },
      { t: 'h', l: 3, text: 'Bouwvlakken' },
      { t: 'p', text: 'Bedrijven kunnen groeien als zij bijdragen aan de kwaliteit van het erf en het landschap.' },
      { t: 'h', l: 3, text: 'Vrijkomende agrarische bebouwing' },
      { t: 'p', text: 'Voor leegkomende schuren zoeken we nieuwe functies: wonen, kleinschalige bedrijvigheid of logies.' },
      { t: 'h', l: 2, text: 'Visserij' },
      { t: 'p', text: 'De havens van Bruinisse en Zierikzee blijven thuishaven van de mossel- en oestersector.' },
      { t: 'h', l: 1, text: HOOFDSTUKKEN[3]! },
      { t: 'p', text: 'Toerisme en recreatie kunnen alleen verder groeien als het landelijk gebied daar bruikbaarder voor wordt.' },
      { t: 'h', l: 2, text: 'De randen van land en water' },
      { t: 'p', text: 'De druk op de randen is groot. Een overlegorgaan voor de randen brengt gemeente, waterschap, natuurorganisaties en ondernemers samen.' },
      {
        t: 'table',
        cols: [4, 2.6, 4.6],
        header: ['Gebied', 'Slaapplaatsen', 'Koers'],
        rows: [
          ['Kop van Schouwen', '21.000', 'kwaliteit boven groei'],
          ['Brouwersdam', '4.500', 'watersport en natuur'],
          ['Zierikzee', '2.000', 'historische stad'],
          ['Bruinisse', '3.200', 'jachthavens'],
        ],
      },
      { t: 'h', l: 2, text: 'Verblijfsrecreatie' },
      { t: 'p', text: 'Nieuwe verblijfsrecreatie komt alleen in de plaats van bestaande bedden of versterkt het landschap.' },
      { t: 'h', l: 1, text: HOOFDSTUKKEN[4]! },
      { t: 'p', text: 'Zierikzee en de dorpen blijven levendig als er woningen zijn voor jongeren, gezinnen en ouderen.' },
      { t: 'h', l: 2, text: 'Woningbouw' },
      { t: 'p', text: 'We bouwen in en aan de kernen; tweede woningen sturen we met het omgevingsplan.' },
      { t: 'h', l: 2, text: 'Zonnevelden rond de dorpen' },
      { t: 'p', text: 'Zonnevelden komen bij de bebouwingsconcentraties, landschappelijk ingepast en met de dorpen samen ontworpen.' },
      { t: 'h', l: 1, text: HOOFDSTUKKEN[5]! },
      { t: 'h', l: 2, text: 'Uitvoering' },
      { t: 'p', text: 'De visie krijgt uitwerking in het omgevingsplan en in programma’s voor het landelijk gebied, de kust en de kernen.' },
      { t: 'h', l: 2, text: 'Initiatieven' },
      { t: 'p', text: 'We vragen initiatiefnemers hun plan vroeg met de omgeving te bespreken.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1, 3.6, 7], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Schouwen-Duiveland', 'gemeente-schouwen-duiveland', [0, 0], 12),
    gio('Kop van Schouwen', 'kop-van-schouwen', [-8, 3], 4),
    gio('Randen van land en water', 'randen-land-water', [2, -5], 3),
    gio('Zoekgebieden zonnevelden', 'zoekgebieden-zonnevelden', [5, 1], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-schouwen-duiveland', regeling: 'omgevingsvisie-schouwen-duiveland', doel: 'omgevingsvisie-schouwen-duiveland' },
    datums: { vaststelling: '2027-09-30', ondertekening: '2027-09-30', bekendmaking: '2027-10-07' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1676',
  },
  geo: { origin: [50000, 410000] },
  meubilair: [`^Schouwen-Duiveland (${HOOFDSTUKKEN.join('|')})$`, '^\\d{1,2}$'],
}
export default doc
