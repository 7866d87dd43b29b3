/**
 * h73 — Waterschap Zuiderzeeland (ws0650), holdout (end of session 10): the optional omgevingsvisie of the algemeen
 * bestuur, a "Watervisie". Content after the waterschap's public page on its Watervisie (the waterschap looks
 * "door een waterbril" at its beheergebied; klimaatverandering, the woningbouwopgave, achteruitgang van de
 * biodiversiteit and the energietransitie against its work on waterveiligheid, the beheer of sloten, tochten and
 * vaarten and the zuivering of afvalwater; the bodem daalt and the grondwater wordt zouter; water at the start of the
 * inrichting of an area; "niet maakbaarheid maar toekomstbestendigheid"; an invitation to gebiedspartners; a source
 * for the Waterbeheerprogramma) and its older public descriptions of the beheergebied (the polders of Oostelijk and
 * Zuidelijk Flevoland and the Noordoostpolder, 150 duizend hectare, the randmeren Kadoelermeer and Vollenhovermeer),
 * here as a visie of 2027, shortened and partly in our own words. Layout: B5 LANDSCAPE pages (25 × 17.6 cm) in
 * Liberation Sans 9 pt; chapters "1." (Word numbering with a trailing dot), sections "1.1", a third level LETTERED
 * AFTER THE SECTION NUMBER ("1.1.a"); header "Watervisie Zuiderzeeland" with the chapter name as a field at the right;
 * footer "versie vastgesteld algemeen bestuur 16 juni 2027" with the page number at the right; table of contents of
 * chapters and sections; •-lists and a list "1)"; a table; real footnotes; besluit of the algemeen bestuur with
 * "Het algemeen bestuur van Waterschap Zuiderzeeland;", "gelezen het voorstel van het dagelijks bestuur",
 * "b e s l u i t :" and Artikel 1–3 (the third naming the date of inwerkingtreding), signatures in two columns; visie
 * as "Bijlage 1"; GIO table Werkingsgebied | Identificatie | Toelichting in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0650'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-16', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h73',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina van Waterschap Zuiderzeeland over zijn Watervisie (door een waterbril naar het beheergebied kijken; klimaatverandering, woningbouwopgave, achteruitgang van de biodiversiteit en energietransitie tegenover waterveiligheid, beheer van sloten, tochten en vaarten en zuivering van afvalwater; bodemdaling en verzilting; water bij de start van de inrichting; toekomstbestendigheid in plaats van maakbaarheid; uitnodiging aan gebiedspartners; bron voor het Waterbeheerprogramma) en oudere openbare beschrijvingen van het beheergebied (Oostelijk en Zuidelijk Flevoland en de Noordoostpolder, 150 duizend hectare, Kadoelermeer en Vollenhovermeer), hier als omgevingsvisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: B5 liggend (25 × 17,6 cm) in Liberation Sans 9 pt, hoofdstukken "1." (Word-nummering), paragrafen "1.1", derde niveau met letter na het paragraafnummer ("1.1.a"), kopregel "Watervisie Zuiderzeeland" met hoofdstuknaam als veld, voettekst "versie vastgesteld algemeen bestuur 16 juni 2027" met paginanummer, inhoudsopgave, •-lijsten en lijst "1)", een tabel, echte voetnoten, besluit van het algemeen bestuur met "b e s l u i t :" en Artikel 1–3 (inwerkingtreding op een datum), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Werkingsgebied | Identificatie | Toelichting in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Zuiderzeeland',
  title: 'Watervisie Zuiderzeeland 2050',
  style: {
    font: 'Liberation Sans',
    size: 9,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 11.5, 9.5, 9],
    headingColor: '#00607A',
    lineHeight: 118,
    spaceAfter: 0.2,
    page: { width: 25, height: 17.6, top: 1.6, bottom: 1.5, left: 2.2, right: 2.2 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: 'a', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦' }] },
      Haak: { kind: 'number', levels: [{ format: '1', suffix: ')' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Watervisie Zuiderzeeland\t\t{chaptername}'],
        footer: ['versie vastgesteld algemeen bestuur 16 juni 2027\t\t{page}'],
      },
    },
    tableBorder: '0.4pt solid #00607A',
    tableHeaderBg: '#D9EEF2',
    tableFontSize: 8,
    tussenkop: { bold: true, color: '#00607A' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Zuiderzeeland tot vaststelling van de Watervisie Zuiderzeeland 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-07-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Waterschap Zuiderzeeland · registratienummer 2027-AB-0613' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Zuiderzeeland tot vaststelling van de Watervisie Zuiderzeeland 2050' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Zuiderzeeland;' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 9 mei 2027;' },
      { t: 'p', text: 'overwegende dat het waterschap met een omgevingsvisie wil laten zien hoe de grote opgaven in zijn beheergebied en het werk van het waterschap elkaar beïnvloeden, en dat de visie een bron is voor het volgende Waterbeheerprogramma;' },
      { t: 'p', text: 'gelet op artikel 3.1, vierde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Watervisie Zuiderzeeland 2050, opgenomen in bijlage 1 bij dit besluit, wordt vastgesteld als omgevingsvisie van het waterschap.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De werkingsgebieden van de visie zijn vastgelegd in de informatieobjecten die in bijlage 2 bij dit besluit zijn genoemd.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 15 juli 2027.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 16 juni 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ing. R.J. Hoekstra'], right: ['de dijkgraaf,', '', '', 'mr. H. Verhoeven'] },
    ],
  },
  visie: {
    opschrift: 'Watervisie Zuiderzeeland 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit van het algemeen bestuur van 16 juni 2027' },
      { t: 'p', style: 'title', text: 'Watervisie Zuiderzeeland 2050' },
      { t: 'p', style: 'subtitle', text: 'Door een waterbril naar de polder' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Een uitnodiging' },
      { t: 'p', text: 'Waterschap Zuiderzeeland kijkt in deze visie door een waterbril naar zijn beheergebied. We laten zien wat grote opgaven en ontwikkelingen betekenen voor het bodem- en watersysteem, en hoe die opgaven en ons werk elkaar beïnvloeden.' },
      { t: 'h', l: 2, text: 'Ons beheergebied' },
      { t: 'p', text: 'Het waterschap beheert het water in de polders van Oostelijk en Zuidelijk Flevoland en de Noordoostpolder, samen ongeveer 150 duizend hectare land. Ook de randmeren Kadoelermeer en Vollenhovermeer vallen onder ons beheer.[^Daarnaast vallen de Blokzijler Buitenlanden en de woonwijk Lemstervaart onder het beheergebied.]' },
      { t: 'h', l: 2, text: 'Waarom een watervisie' },
      { t: 'p', text: 'Steeds vaker overstijgen opgaven de grenzen van vakgebieden en organisaties. Ze vragen om een gezamenlijke aanpak. Deze visie is een uitnodiging aan gebiedspartners om samen het gesprek te voeren over de toekomst van water.' },
      { t: 'h', l: 1, text: 'De grenzen van het systeem' },
      { t: 'p', text: 'De grenzen van het bodem- en watersysteem zijn in zicht. Niet maakbaarheid is ons vertrekpunt, maar toekomstbestendigheid.' },
      { t: 'h', l: 2, text: 'Bodem en grondwater' },
      { t: 'h', l: 3, text: 'Bodemdaling' },
      { t: 'p', text: 'De bodem daalt, vooral in de veen- en kleigebieden van de Noordoostpolder. Op sommige plekken voldoet de bodem daardoor niet meer aan de functie die er nu op rust.' },
      { t: 'h', l: 3, text: 'Verzilting' },
      { t: 'p', text: 'Het grondwater wordt zouter door kwel uit de diepere ondergrond. Dat raakt de landbouw en de natuur langs de randen van de polder.' },
      { t: 'h', l: 2, text: 'Klimaat' },
      { t: 'p', text: 'Langere droge perioden en zwaardere buien wisselen elkaar af. We houden rekening met:' },
      { t: 'ul', list: 'Punt', items: ['meer berging in tochten en vaarten;', { text: 'water vasthouden in de bodem, door:', sub: ['peilen flexibel te beheren;', 'minder te draineren waar dat kan.'] }, 'hitte en droogte in de steden Almere en Lelystad.'] },
      { t: 'h', l: 1, text: 'Water bij de start' },
      { t: 'p', text: 'Water is iets om al bij de start van de inrichting van een gebied rekening mee te houden. Dat geldt voor de woningbouw, de energietransitie en het herstel van de biodiversiteit.' },
      { t: 'h', l: 2, text: 'Woningbouw' },
      { t: 'p', text: 'In Almere en Lelystad komen de komende decennia tienduizenden woningen bij. We vragen gemeenten om nieuwe wijken zo te ontwerpen dat het water een plek krijgt voordat de eerste straat wordt aangelegd.' },
      {
        t: 'table',
        cols: [6.0, 4.5, 4.5, 5.6],
        header: ['Opgave', 'Effect op watersysteem', 'Effect op afvalwater', 'Inzet waterschap'],
        rows: [
          ['Woningbouw', 'meer verhard oppervlak', 'meer aanvoer naar rwzi', 'vroeg meedenken'],
          ['Energietransitie', 'kabels en leidingen in keringen', 'ruimte voor energie uit afvalwater', 'gebruik eigen terreinen'],
          ['Biodiversiteit', 'natuurvriendelijke oevers', '—', 'ecologisch maaibeheer'],
        ],
      },
      { t: 'h', l: 2, text: 'Energietransitie' },
      { t: 'h', l: 3, text: 'Energie uit water' },
      { t: 'p', text: 'Onze rioolwaterzuiveringen kunnen warmte en biogas leveren. We werken toe naar een energieneutrale bedrijfsvoering.' },
      { t: 'h', l: 3, text: 'Ruimte op onze terreinen' },
      { t: 'p', text: 'Op dijken, gemalen en zuiveringsterreinen is ruimte voor zonnepanelen, zolang de veiligheid van de waterkering niet in het geding komt.' },
      { t: 'h', l: 1, text: 'Samen verder' },
      { t: 'p', text: 'We willen onze deskundigheid, ons innoverend vermogen en onze uitvoeringskracht verbinden aan de opgaven van het gebied. Daarvoor:' },
      { t: 'ol', list: 'Haak', items: ['zoeken we partners op bij de start van gebiedsprocessen;', 'delen we onze kennis van bodem en water open;', 'werken we de visie uit in het Waterbeheerprogramma.[^Het Waterbeheerprogramma is het programma van het waterschap op grond van artikel 3.7 van de Omgevingswet.]'] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'p', text: 'De werkingsgebieden zijn vastgelegd als geografische informatieobjecten.' },
      { t: 'gio', layout: 'table', cols: [5.0, 8.6, 7.0], header: ['Werkingsgebied', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Beheergebied Waterschap Zuiderzeeland', 'beheergebied-zuiderzeeland', 'het hele beheergebied', [0, 0], 20),
    gio('Gebied met bodemdaling Noordoostpolder', 'bodemdaling-noordoostpolder', 'paragraaf 2.1, bodemdaling', [-12, 18], 6),
    gio('Verziltingsgevoelige randzone', 'verziltingsgevoelige-randzone', 'paragraaf 2.1, verzilting', [8, -6], 4),
    gio('Woningbouwgebieden Almere en Lelystad', 'woningbouwgebieden-almere-lelystad', 'paragraaf 3.1', [-6, -14], 5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'watervisie-zuiderzeeland-2050', regeling: 'watervisie-zuiderzeeland-2050', doel: 'watervisie-zuiderzeeland-2050' },
    datums: { vaststelling: '2027-06-16', ondertekening: '2027-06-16', bekendmaking: '2027-06-30', inwerkingtreding: '2027-07-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0650',
  },
  geo: { origin: [170000, 500000] },
  meubilair: [
    '^Watervisie Zuiderzeeland( (Een uitnodiging|De grenzen van het systeem|Water bij de start|Samen verder))?$',
    '^versie vastgesteld algemeen bestuur 16 juni 2027 \\d+$',
  ],
}
export default doc
