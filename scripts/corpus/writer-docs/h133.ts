/**
 * h133 — gemeente Nunspeet (gm0302), holdout (session 12, corpus10): a Veluwe gemeente of about 29.000 inwoners with
 * four kernen (Nunspeet, Elspeet, Hulshorst, Vierhouten) between the Veluwe forests and the Veluwemeer. Content after
 * the public texts of Nunspeet on its Omgevingsvisie (adopted by the raad in November 2018; made with Elburg and
 * Oldebroek as the NEO-gemeenten with a Gebiedsagenda NEO; five themes "Leefbare dorpen met een actieve
 * samenleving", "Aantrekkelijke omgevingskwaliteit en identiteit", "Vitaal economisch klimaat", "Duurzaam,
 * energieneutraal en klimaatbestendig", "Bereikbaar, nabij en toegankelijk"; Nunspeet's own themes: toerisme en
 * recreatie, the stationsomgeving, cultuurhistorie; "van nee, tenzij naar ja, mits"; Nunspeet aan Zee at the
 * Randmeerkust), here as a new visie of 2027, shortened and partly in our own words. Layout: a portrait A4 besluit,
 * the visie on A4 LANDSCAPE pages with TWO-COLUMN SECTIONS under full-width chapter headings; chapters "1." … "6.",
 * sections "1.1.", a third level "2.1.1." and a FOURTH "2.1.1.1."; heading titles with a COMMA and an AMPERSAND;
 * table of contents of chapters only; header "Omgevingsvisie Nunspeet 2040" left and "NEO · Noord-Veluwe" right,
 * footer "blad n"; lists "•" and "1."; a table; besluit "b e s l u i t :" with BESLUITPUNTEN "I." – "III." (the
 * second withdraws the visie of 2018, the third names the date); visie as "Bijlage A"; GIO table Naam |
 * Identificatie | Toelichting in "Bijlage B".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0302'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-24', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h133',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de gemeente Nunspeet over haar Omgevingsvisie (vastgesteld november 2018; samen met Elburg en Oldebroek als NEO-gemeenten; vijf thema\'s Leefbare dorpen met een actieve samenleving, Aantrekkelijke omgevingskwaliteit en identiteit, Vitaal economisch klimaat, Duurzaam, energieneutraal en klimaatbestendig, Bereikbaar, nabij en toegankelijk; eigen thema\'s toerisme, stationsomgeving en cultuurhistorie; "van nee, tenzij naar ja, mits"; Nunspeet aan Zee), hier als nieuwe visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: besluit op staand A4, visie op LIGGEND A4 met paragrafen in TWEE KOLOMMEN onder hoofdstukkoppen over de volle breedte, hoofdstukken "1." … "6.", paragrafen "1.1.", een derde niveau "2.1.1." en een VIERDE "2.1.1.1.", koppen met een KOMMA en een AMPERSAND, inhoudsopgave van alleen hoofdstukken, koptekst "Omgevingsvisie Nunspeet 2040" links en "NEO · Noord-Veluwe" rechts, voettekst "blad n", lijsten "•" en "1.", een tabel, besluit met BESLUITPUNTEN I.–III., visie als "Bijlage A", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage B" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Nunspeet',
  title: 'Omgevingsvisie Nunspeet 2040',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [16, 11.5, 10, 9],
    headingColor: '#3E6B2F',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 21, height: 29.7, top: 2, bottom: 2, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2, suffix: '.' },
      { format: '1', display: 3, suffix: '.' },
      { format: '1', display: 4, suffix: '.' },
    ],
    lists: {
      Stip: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Besluit: { footer: ['Gemeente Nunspeet · raadsbesluit'] },
      Standard: {
        landscape: true,
        header: ['Omgevingsvisie Nunspeet 2040\t\tNEO · Noord-Veluwe'],
        footer: ['\t\tblad {page}'],
      },
    },
    tableBorder: '0.5pt solid #3E6B2F',
    tableHeaderBg: '#E4EEDD',
    tableFontSize: 8.5,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Nunspeet tot vaststelling van de Omgevingsvisie Nunspeet 2040',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2027-09-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Nunspeet tot vaststelling van de Omgevingsvisie Nunspeet 2040' },
      { t: 'p', text: 'De raad van de gemeente Nunspeet;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 16 mei 2027, nummer 2027/41;' },
      { t: 'p', text: 'gezien het advies van de commissie Ruimte en Wonen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', text: 'I. de Omgevingsvisie Nunspeet 2040, opgenomen in bijlage A, vast te stellen met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage B;' },
      { t: 'p', text: 'II. de Omgevingsvisie Nunspeet, vastgesteld op 29 november 2018, in te trekken;' },
      { t: 'p', text: 'III. te bepalen dat dit besluit in werking treedt op 1 september 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 24 juni 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'H. van de Weerd'], right: ['De voorzitter,', '', '', 'drs. H.J. Lont'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Nunspeet 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage A bij het raadsbesluit van 24 juni 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Nunspeet 2040' },
      { t: 'p', style: 'subtitle', text: 'Van ‘nee, tenzij’ naar ‘ja, mits’' },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Aanleiding' },
        { t: 'p', text: 'Deze visie beschrijft op hoofdlijnen de kwaliteit van de fysieke leefomgeving van Nunspeet. Het gaat niet alleen om ruimtelijke aspecten, maar ook om cultureel erfgoed, energie-infrastructuur, landbouw, landschap, milieu, natuur en water.' },
        { t: 'h', l: 2, text: 'Samenwerking met Elburg & Oldebroek' },
        { t: 'p', text: 'Landschappen en opgaven van Nunspeet lijken op die van de buurgemeenten Elburg en Oldebroek. Daarom werkten de drie gemeenten samen aan de Gebiedsagenda NEO.' },
        { t: 'h', l: 2, text: 'Een andere manier van werken' },
        { t: 'p', text: 'Heeft een inwoner of ondernemer een plan, dan gaan wij eerst in overleg. Is het plan uitvoerbaar? Zo niet, waarom niet, en hoe kan het dan wel? Wij gaan van ‘nee, tenzij’ naar ‘ja, mits’.' },
      ] },
      { t: 'h', l: 1, text: 'Leefbare dorpen met een actieve samenleving' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Vier kernen' },
        { t: 'h', l: 3, text: 'Nunspeet' },
        { t: 'h', l: 4, text: 'Stationsomgeving' },
        { t: 'p', text: 'De stationsomgeving ontwikkelen wij tot een aantrekkelijke entree van het dorp, met wonen, werken en een goede overstap.' },
        { t: 'h', l: 4, text: 'Centrum' },
        { t: 'p', text: 'Het centrum blijft compact; winkels concentreren wij rond de Dorpsstraat en de Marktstraat.' },
        { t: 'h', l: 3, text: 'Elspeet, Hulshorst & Vierhouten' },
        { t: 'p', text: 'De kleine kernen bouwen voor de eigen behoefte en behouden hun dorpse karakter.' },
        { t: 'h', l: 2, text: 'Dorps- en wijkplannen' },
        { t: 'p', text: 'Initiatieven uit de samenleving staan centraal. Wij ondersteunen:' },
        { t: 'ul', list: 'Stip', items: ['dorpsplannen van Elspeet, Hulshorst en Vierhouten;', 'wijkplannen in Nunspeet;', { text: 'maatschappelijke initiatieven, zoals', sub: ['dorpshuizen in eigen beheer;', 'zorgcoöperaties.'] }] },
      ] },
      { t: 'h', l: 1, text: 'Aantrekkelijke omgevingskwaliteit en identiteit' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Veluwe, flank & randmeer' },
        { t: 'p', text: 'Van de bossen en heidevelden van de Veluwe via de landbouwenclaves op de flank naar het Veluwemeer: drie landschappen met elk een eigen karakter.' },
        { t: 'h', l: 2, text: 'Cultuurhistorie' },
        { t: 'p', text: 'De essen, de sprengen en het Noord-Veluws erfgoed verdienen bescherming, zoals de Heemkundige Vereniging Nuwenspete en het Noord-Veluws Museum in hun zienswijzen vroegen.' },
      ] },
      { t: 'h', l: 1, text: 'Vitaal economisch klimaat' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Toerisme, recreatie en vakantieparken' },
        { t: 'p', text: 'De Randmeerkust krijgt voorrang bij de aanpak van vitale vakantieparken. Een parkenatlas laat zien welke parken een duurzaam perspectief hebben.' },
        { t: 'table', cols: [5.2, 3, 3.4], header: ['Cluster', 'Parken', 'Perspectief'], rows: [
          ['Randmeerkust', '9', 'versterken'],
          ['Vierhouten', '6', 'kwaliteit'],
          ['Hulshorst', '4', 'transformatie'],
          ['Elspeet', '3', 'kwaliteit'],
        ] },
        { t: 'h', l: 2, text: 'Bedrijventerreinen' },
        { t: 'p', text: 'Lokale bedrijven krijgen ruimte op De Kolk en Feithenhof.' },
      ] },
      { t: 'h', l: 1, text: 'Duurzaam, energieneutraal en klimaatbestendig' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Energie' },
        { t: 'p', text: 'In deze volgorde zoeken wij ruimte voor zonne-energie:' },
        { t: 'ol', list: 'Nummer', items: ['daken van woningen en bedrijven;', 'parkeerterreinen en restgronden;', 'kleinschalige zonneveldjes bij erven.'] },
        { t: 'h', l: 2, text: 'Klimaatadaptatie' },
        { t: 'p', text: 'Regenwater houden wij vast in de bodem van de Veluwe; in de dorpen maken wij de openbare ruimte groener.' },
      ] },
      { t: 'h', l: 1, text: 'Bereikbaar, nabij en toegankelijk' },
      { t: 'cols2', blocks: [
        { t: 'h', l: 2, text: 'Fiets en openbaar vervoer' },
        { t: 'p', text: 'Het station Nunspeet is het knooppunt voor de regio; snelle fietsroutes verbinden het met de kleine kernen.' },
        { t: 'h', l: 2, text: 'Nunspeet aan Zee' },
        { t: 'p', text: 'De beleving en de zichtbaarheid van het Veluwemeer verbeteren wij, net als de toegankelijkheid van de oever.' },
      ] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage B', nummer: 'B', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5.5, 10, 8], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Nunspeet', 'gemeente-nunspeet', 'het grondgebied waarop de visie betrekking heeft', [0, 0], 14),
    gio('Randmeerkust', 'randmeerkust', 'voorrangsgebied vitale vakantieparken', [-5, 5], 3),
    gio('Stationsomgeving Nunspeet', 'stationsomgeving-nunspeet', 'ontwikkellocatie entree dorp', [0, 1], 1),
    gio('Veluwe, flank en randmeer', 'veluwe-flank-en-randmeer', 'drie landschappen', [2, -3], 8),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-nunspeet-2040', regeling: 'omgevingsvisie-nunspeet-2040', doel: 'omgevingsvisie-nunspeet-2040' },
    datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-07-01', inwerkingtreding: '2027-09-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0302',
  },
  geo: { origin: [182000, 487000] },
  meubilair: ['^Omgevingsvisie Nunspeet 2040 NEO · Noord-Veluwe$', '^blad \\d+$', '^Gemeente Nunspeet · raadsbesluit$'],
}
export default doc
