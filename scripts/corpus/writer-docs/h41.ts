/**
 * h41 — provincie Gelderland (pv25), holdout (session 7, second batch). Content after the Omgevingsvisie Gaaf
 * Gelderland (the two meanings of "gaaf", a gezond, veilig, schoon en welvarend Gelderland, the seven themes
 * energietransitie, klimaatadaptatie, circulaire economie, biodiversiteit, bereikbaarheid, economisch
 * vestigingsklimaat en woon- en leefklimaat, the regions) and the provincial pages about it, shortened and in our
 * own words. Layout: a Word-default look (Carlito 11 pt, blue Caladea headings), Word outline numbering "1" + tab,
 * "1.1", "1.1.1" (numbers only as Word numbering), a generated table of contents with dotted leaders, ►-lists with
 * –-items, a "1)" numbered list, two real footnotes, a table with multi-line cells, header with the chapter title
 * (field) right, footer "Pagina n van m", a Statenbesluit with "Gelet op", "BESLUITEN:", Artikel 1–2 (inwerkingtreding
 * the day after bekendmaking), signatures in two columns, "Bijlage 1" before the visie and a GIO table of twelve
 * objects in three columns (Nr | Naam | Identificatie) that continues over a page break with a repeated header row.
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'pv25'
const gio = (naam: string, at: [number, number], size = 5) => ({
  naam,
  identificatie: joinId(bg, '2027', hex32(bg, naam), '2027-05-26', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h41',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie Gaaf Gelderland (de twee betekenissen van "gaaf", een gezond, veilig, schoon en welvarend Gelderland, zeven thema\'s van energietransitie tot woon- en leefklimaat, de regio\'s) en de provinciale pagina\'s daarover, ingekort en in eigen woorden; eigen opmaak: Word-standaardlook (Carlito 11 pt, blauwe Caladea-koppen), Word-nummering "1" + tab, "1.1" en "1.1.1" (nummers alleen als Word-nummering), gegenereerde inhoudsopgave met puntlijnen, ►-lijsten met –-items, genummerde lijst "1)", twee voetnoten, tabel met meerregelige cellen, kopregel met hoofdstuktitel (veld) rechts, voettekst "Pagina n van m", Statenbesluit met "Gelet op", "BESLUITEN:", Artikel 1–2 met inwerkingtreding de dag na bekendmaking, handtekeningen in twee kolommen, "Bijlage 1" voor de visie, GIO-tabel Nr | Naam | Identificatie van twaalf objecten die over een pagina doorloopt met herhaalde kopregel (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Gelderland',
  title: 'Omgevingsvisie Gaaf Gelderland',
  style: {
    font: 'Carlito',
    size: 11,
    headingFont: 'Caladea',
    headingSizes: [16, 13, 11.5, 11],
    headingColor: '#2F5496',
    lineHeight: 108,
    spaceAfter: 0.28,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.5, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Pijl: { kind: 'bullet', levels: [{ char: '►', font: 'DejaVu Sans' }, { char: '–' }] },
      Haak: { kind: 'number', levels: [{ format: '1', suffix: ')' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Besluit: { footer: ['Provinciale Staten van Gelderland\t\tPS2027-311'] },
      Standard: {
        header: ['\t\t{chaptername}'],
        footer: ['Omgevingsvisie Gaaf Gelderland\t\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #8EAADB',
    tableHeaderBg: '#D9E2F3',
    tableFontSize: 10,
    tussenkop: { bold: true, color: '#2F5496' },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Gelderland van 26 mei 2027, PS2027-311, tot vaststelling van de Omgevingsvisie Gaaf Gelderland',
    artikelen: ['1', '2'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Gelderland van 26 mei 2027, PS2027-311, tot vaststelling van de Omgevingsvisie Gaaf Gelderland' },
      { t: 'p', text: 'Provinciale Staten van Gelderland,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 13 april 2027, PS2027-311;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de omgevingsvisie met ingang van 9 januari 2027 gedurende zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Reactienota Omgevingsvisie Gaaf Gelderland;' },
      { t: 'p', text: 'Gelet op artikel 3.1, tweede lid, van de Omgevingswet en artikel 16.27 van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUITEN:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Gaaf Gelderland, zoals opgenomen in bijlage 1 bij dit besluit, wordt vastgesteld, met de werkingsgebieden die in de bijlage Werkingsgebieden van de visie zijn opgenomen.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na bekendmaking.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Gelderland van 26 mei 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. M.A. Jansen'], right: ['de voorzitter,', '', '', 'drs. J.C. Berends'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Gaaf Gelderland',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit PS2027-311' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Gaaf Gelderland' },
      { t: 'p', style: 'subtitle', text: 'Gezond, veilig, schoon en welvarend' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'p', text: '"Gaaf" is een woord met twee betekenissen. Het betekent mooi: wat historisch en landschappelijk heel en ongeschonden is. En het staat voor wat nieuw en vernieuwend is en aantrekkelijk voor volgende generaties. Willen wij Gelderland in de toekomst gaaf houden, dan moeten wij daar nu iets voor doen.' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      { t: 'p', text: 'De omgevingsvisie is het document dat Provinciale Staten gebruiken om beslissingen te nemen over de inrichting van Gelderland. Zij is een van de kerninstrumenten uit hoofdstuk 3 van de Omgevingswet; de regels staan in de Omgevingsverordening Gelderland.[^De Omgevingsverordening is gebaseerd op hoofdstuk 2 van de Omgevingswet; de visie zelf bindt alleen de provincie.]' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft onze opdracht. Hoofdstuk 3 werkt de zeven thema\'s uit. Hoofdstuk 4 gaat over de regio\'s en hoofdstuk 5 over de manier waarop wij werken.' },
      { t: 'h', l: 1, text: 'Onze opdracht' },
      { t: 'p', text: 'Wij werken elke dag samen met partners aan een gezond, veilig, schoon en welvarend Gelderland. Dat doen wij door ons te richten op een duurzaam, verbonden en economisch krachtig Gelderland.' },
      { t: 'h', l: 2, text: 'Een duurzaam Gelderland' },
      { t: 'p', text: 'Duurzaam betekent dat wij de problemen van nu niet doorschuiven naar volgende generaties:' },
      {
        t: 'ul',
        list: 'Pijl',
        items: [
          'wij gebruiken energie en grondstoffen zuinig;',
          { text: 'wij geven bodem en water een sturende rol:', sub: ['bij de keuze van woon- en werklocaties;', 'bij de inrichting van het landelijk gebied.'] },
          'wij herstellen de biodiversiteit.',
        ],
      },
      { t: 'h', l: 2, text: 'Een verbonden Gelderland' },
      { t: 'p', text: 'Mensen wonen in de ene gemeente en werken in een andere. Wegen, rivieren en natuurgebieden gaan dwars door gemeenten heen. Daarom kijken wij een stap breder dan de gemeenten: naar de samenhang in heel Gelderland.' },
      { t: 'h', l: 2, text: 'Een economisch krachtig Gelderland' },
      { t: 'p', text: 'Gelderland heeft sterke sectoren in voedsel, gezondheid, energie en logistiek. Wij zorgen voor een goed vestigingsklimaat, met ruimte voor bedrijven die passen bij de omgeving.' },
      { t: 'h', l: 1, text: 'Zeven thema\'s' },
      { t: 'p', text: 'Met zeven thema\'s geven wij richting aan onze ambities. Zij hangen met elkaar samen en vragen allemaal ruimte.' },
      { t: 'h', l: 2, text: 'Energietransitie' },
      { t: 'p', text: 'Gelderland wil in 2050 energieneutraal zijn. Wij zetten eerst in op besparen en daarna op opwekken:' },
      {
        t: 'ol',
        list: 'Haak',
        items: [
          'zon op daken, parkeerplaatsen en geluidsschermen;',
          { text: 'zon op land alleen onder voorwaarden:', sub: ['meervoudig ruimtegebruik;', 'landschappelijke inpassing;', 'lokaal eigendom.'] },
          'wind op plekken die de Regionale Energiestrategieën aanwijzen.',
        ],
      },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'Het klimaat verandert: het wordt natter, droger en heter. Wij maken Gelderland klimaatbestendig en houden regenwater vast waar het valt.' },
      { t: 'h', l: 3, text: 'Water als ordenend principe' },
      { t: 'p', text: 'Bij nieuwe ontwikkelingen kijken wij eerst naar het bodem- en watersysteem. In de uiterwaarden van Rijn, Waal en IJssel gaat waterveiligheid voor.' },
      { t: 'h', l: 3, text: 'Hitte in de steden' },
      { t: 'p', text: 'Groen in de stad verkoelt. Wij vragen gemeenten om hitte mee te wegen bij de inrichting van wijken.' },
      { t: 'h', l: 2, text: 'Circulaire economie' },
      { t: 'p', text: 'In 2050 is de Gelderse economie circulair. Grondstoffen gaan langer mee en afval wordt grondstof. Bouwwerken worden zo ontworpen dat materialen opnieuw te gebruiken zijn, aanvullend op de eisen in Bijlage I bij het Besluit bouwwerken leefomgeving.' },
      { t: 'h', l: 2, text: 'Biodiversiteit' },
      { t: 'p', text: 'Het Gelders Natuurnetwerk en de Groene Ontwikkelingszone zijn de ruggengraat van de Gelderse natuur. Wij versterken ze en verbinden ze met het agrarisch landschap.[^Het Gelders Natuurnetwerk omvat ook de Natura 2000-gebieden Veluwe, Rijntakken en Gelderse Poort.]' },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      {
        t: 'table',
        cols: [4, 5.5, 6.5],
        header: ['Netwerk', 'Opgave', 'Onze inzet'],
        rows: [
          ['Weg', 'doorstroming A1, A12, A15\nen N-wegen', 'slimme verkeersmaatregelen\nen veilige provinciale wegen'],
          ['Spoor en bus', 'verbindingen tussen\nsteden en regio\'s', 'snellere treinen Arnhem–Nijmegen\nen hoogwaardig busvervoer'],
          ['Fiets', 'snelfietsroutes', 'een doorlopend netwerk tussen\nwoonkernen en werklocaties'],
        ],
      },
      { t: 'h', l: 2, text: 'Economisch vestigingsklimaat' },
      { t: 'p', text: 'Werklocaties ontwikkelen wij in regionaal verband. Bestaande terreinen worden eerst beter benut voordat nieuwe ruimte wordt gevraagd.' },
      { t: 'h', l: 2, text: 'Woon- en leefklimaat' },
      { t: 'p', text: 'Er zijn veel woningen nodig. Wij bouwen zo veel mogelijk binnen bestaand stedelijk gebied en in de buurt van knooppunten van openbaar vervoer.' },
      { t: 'h', l: 1, text: 'Gelderse regio\'s' },
      { t: 'p', text: 'Gelderland is divers. Elke regio heeft eigen kwaliteiten en opgaven:' },
      {
        t: 'ul',
        list: 'Pijl',
        items: ['de Achterhoek, met zijn coulisselandschap en maakindustrie;', 'Arnhem-Nijmegen, met de twee steden en de Gelderse Poort;', 'FoodValley, rond Wageningen en Ede;', 'Noord-Veluwe en de Stedendriehoek, aan de rand van de Veluwe;', 'Rivierenland, tussen de grote rivieren.'],
      },
      { t: 'h', l: 1, text: 'Zo werken wij' },
      { t: 'p', text: 'Wij werken samen met gemeenten, waterschappen, het Rijk en maatschappelijke partners. Wij nodigen uit, verbinden en zijn waar nodig kaderstellend. Iedere vier jaar kijken wij of de visie nog actueel is.' },
      { t: 'tk', text: 'Instrumenten' },
      { t: 'p', text: 'Om de ambities te bereiken zetten wij de instrumenten van de Omgevingswet in. De Omgevingsverordening Gelderland bevat de regels die wij van provinciaal belang vinden. In programma\'s, zoals het Regionaal Waterprogramma en het Gelders Programma Landelijk Gebied, staan de maatregelen. Waar dat nodig is, nemen wij een projectbesluit.' },
      { t: 'p', text: 'Daarnaast subsidiëren wij, brengen wij kennis in en werken wij in gebiedsprocessen met partners aan oplossingen. Wij kiezen per opgave welke rol past: uitnodigend waar het kan, kaderstellend waar het moet.' },
      { t: 'tk', text: 'Monitoring' },
      { t: 'p', text: 'Wij volgen de staat van de leefomgeving in de Gelderse Monitor. Elk jaar rapporteren Gedeputeerde Staten aan Provinciale Staten over de voortgang. Blijkt dat de koers moet worden bijgesteld, dan passen wij de visie aan.' },
      { t: 'p', text: 'Bij die herziening betrekken wij opnieuw inwoners, ondernemers, organisaties en andere overheden, zoals wij ook bij de totstandkoming van deze visie hebben gedaan.' },
    ],
  },
  bijlagen: [
    [
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Werkingsgebieden' },
      { t: 'p', text: 'Bij deze omgevingsvisie horen de volgende geometrische informatieobjecten. Zij geven aan waar de ambities van deze visie in het bijzonder gelden; de geometrie is vastgelegd in het Gelderse stelsel van werkingsgebieden en is te raadplegen in het Omgevingsloket.' },
      { t: 'gio', layout: 'table', cols: [1.2, 5.3, 9.5], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Provincie Gelderland', [0, 0], 30),
    gio('Gelders Natuurnetwerk', [-10, 12], 12),
    gio('Groene Ontwikkelingszone', [-6, 8], 10),
    gio('Natura 2000-gebied Veluwe', [-14, 18], 10),
    gio('Nationaal Landschap Gelderse Poort', [12, -12], 4),
    gio('Uiterwaarden Rijn, Waal en IJssel', [4, -8], 8),
    gio('Regio Achterhoek', [30, -2], 12),
    gio('Regio Arnhem-Nijmegen', [8, -10], 10),
    gio('Regio FoodValley', [-22, 4], 8),
    gio('Regio Noord-Veluwe', [-18, 30], 9),
    gio('Regio Stedendriehoek', [6, 26], 10),
    gio('Regio Rivierenland', [-20, -20], 11),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-gaaf-gelderland', regeling: 'omgevingsvisie-gaaf-gelderland', doel: 'omgevingsvisie-gaaf-gelderland' },
    datums: { vaststelling: '2027-05-26', ondertekening: '2027-05-26', bekendmaking: '2027-06-02' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV25',
  },
  geo: { origin: [190000, 450000] },
  meubilair: ['^Omgevingsvisie Gaaf Gelderland Pagina \\d+ van \\d+$', '^Provinciale Staten van Gelderland PS2027-311$'],
}
export default doc
