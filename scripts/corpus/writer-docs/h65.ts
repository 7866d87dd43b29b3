/**
 * h65 — provincie Groningen (pv20), holdout (session 10): the province's new omgevingsvisie "Dit wordt Groningen"
 * (not the earlier visions h19 was made after). Content after the ontwerp of September 2025 as published in the
 * Provinciaal blad (prb-2025-15882: "Dit is Groningen", noaberschap, the wierdenlandschap, veengebieden and
 * coulisselandschap, gaswinning, brede welvaart, a look ahead to 2050) and the provincie's own explanation of it
 * (hoogwaardige zones met groen en water, five regional bedrijventerreinen for XXL companies of which A7/N33 is new,
 * herstructurering of bedrijventerreinen and wijken, attractive regiokernen, more room to build in the buitengebied,
 * gebiedsprocessen where tasks pile up, the Economische visie and the Leefbaarheidsvisie beside it), shortened and
 * partly in our own words. Layout: A4 in URW Bookman 10 pt with Nimbus Sans headings in dark green; chapter numbers
 * followed by a bar ("1 |" as Word numbering, numbers only in numbering), sections "1.1", a third level lettered
 * "a)" (display of its own level only); a header with the document name and the chapter name as a field; a footer
 * "Versie vastgesteld door Provinciale Staten, 7 juli 2027" with the page number; a table of contents; ▪-lists, a
 * list "1." with "–" items, two footnotes, a table; a Statenbesluit with a number, "gelezen", "gelet op",
 * "overwegende dat", "b e s l u i t e n :", Artikel 1–3 (the third naming the date of inwerkingtreding), signatures in
 * two columns; visie as "Bijlage A"; GIO table Naam | Identificatie | Hoofdstuk (the chapter that uses the area).
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'pv20'
const gio = (naam: string, werk: string, hoofdstuk: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-07-07', '1'),
  toelichting: hoofdstuk,
  at,
  size,
})

const doc: Doc = {
  id: 'h65',
  set: 'holdout',
  bron:
    'Bewerkt naar de ontwerp-omgevingsvisie "Dit wordt Groningen" van de provincie Groningen (Provinciaal blad 2025, 15882: "Dit is Groningen", noaberschap, wierdenlandschap, veengebieden en coulisselandschap, gaswinning, brede welvaart, vooruitkijken naar 2050) en de toelichting van de provincie (hoogwaardige zones met groen en water, vijf regionale bedrijventerreinen voor XXL-bedrijven waarvan A7/N33 nieuw, herstructurering van bedrijventerreinen en wijken, aantrekkelijke regiokernen, meer ruimte voor bouwen in het buitengebied, gebiedsprocessen, de Economische visie en de Leefbaarheidsvisie), ingekort en deels in eigen woorden; eigen opmaak: A4 in URW Bookman 10 pt met Nimbus Sans-koppen in donkergroen, hoofdstuknummers met een streep ("1 |", alleen als Word-nummering), paragrafen "1.1", derde niveau met letters "a)", kopregel met documentnaam en hoofdstuknaam als veld, voettekst "Versie vastgesteld door Provinciale Staten, 7 juli 2027" met paginanummer, inhoudsopgave, ▪-lijsten, lijst "1." met "–"-items, twee voetnoten, een tabel, Statenbesluit met nummer, "gelezen", "gelet op", "overwegende dat", "b e s l u i t e n :", Artikel 1–3 (het derde met de datum van inwerkingtreding), handtekeningen in twee kolommen, visie als "Bijlage A", GIO-tabel Naam | Identificatie | Hoofdstuk (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Groningen',
  title: 'Dit wordt Groningen',
  style: {
    font: 'URW Bookman',
    size: 10,
    headingFont: 'Nimbus Sans',
    headingSizes: [17, 12.5, 10.5, 10],
    headingColor: '#1E5631',
    lineHeight: 118,
    spaceAfter: 0.25,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.6, right: 2.2 },
    outline: [
      { format: '1', display: 1, suffix: ' |' },
      { format: '1', display: 2 },
      { format: 'a', display: 1, suffix: ')' },
      { format: '1', display: 4 },
    ],
    lists: {
      Blokje: { kind: 'bullet', levels: [{ char: '▪', font: 'DejaVu Sans' }, { char: '–' }] },
      Cijfer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { char: '–' }] },
    },
    masters: {
      Standard: {
        header: ['Dit wordt Groningen — omgevingsvisie 2050\t\t{chaptername}'],
        footer: ['Versie vastgesteld door Provinciale Staten, 7 juli 2027\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #1E5631',
    tableHeaderBg: '#E3EFE5',
    tableFontSize: 8.5,
    tussenkop: { bold: true, italic: true },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Groningen van 7 juli 2027, nr. 2027-41, tot vaststelling van de Omgevingsvisie Dit wordt Groningen',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-10-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Statenbesluit nr. 2027-41 · Provinciaal blad van Groningen' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Groningen van 7 juli 2027, nr. 2027-41, tot vaststelling van de Omgevingsvisie Dit wordt Groningen' },
      { t: 'p', text: 'Provinciale Staten van Groningen;' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 18 mei 2027, nr. 2027-18.204, over de Omgevingsvisie Dit wordt Groningen;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;' },
      { t: 'p', text: 'overwegende dat het ontwerp van de omgevingsvisie van 2 oktober tot en met 13 november 2025 ter inzage heeft gelegen, dat daarop zienswijzen zijn ingediend en dat die in de Nota van beantwoording zijn betrokken;' },
      { t: 'p', text: 'overwegende dat de Omgevingsvisie provincie Groningen 2016-2020 met haar actualisaties aan herziening toe is;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t e n :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Dit wordt Groningen, zoals opgenomen in bijlage A bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Omgevingsvisie provincie Groningen 2016-2020, zoals laatstelijk geactualiseerd, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 oktober 2027.' },
      { t: 'p', text: 'Groningen, 7 juli 2027' },
      { t: 'sign', left: ['Provinciale Staten voornoemd,', '', 'voorzitter,', '', 'R. Paas'], right: ['', '', 'griffier,', '', 'mr. H.J. Westerhof'] },
    ],
  },
  visie: {
    opschrift: 'Dit wordt Groningen',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage A bij Statenbesluit nr. 2027-41' },
      { t: 'p', style: 'title', text: 'Dit wordt Groningen' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie van de provincie Groningen, op weg naar 2050' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Dit is Groningen' },
      { t: 'p', text: 'Een provincie van nuchtere, oprechte mensen, waar noaberschap is en ruimte. Uniek met een grote diversiteit aan landschappen op minder dan 3.000 km², zoals het wierdenlandschap, de veengebieden en het kleinschalige coulisselandschap. En met een sterke identiteit: we voelen ons echte Groningers.' },
      { t: 'p', text: 'Tegelijkertijd staat onze provincie voor grote uitdagingen, mede als gevolg van de gaswinning en de wereldwijde klimaatverandering, en door transities van de landbouw, de energie en de economie. Om al deze ontwikkelingen een plek te geven, met behoud van onze geliefde landschappen, de rust en de ruimte, moeten we de juiste keuzes maken.' },
      { t: 'h', l: 2, text: 'Waarom deze omgevingsvisie' },
      { t: 'p', text: 'Met deze omgevingsvisie kijken we vooruit naar 2050. We maken keuzes die richting geven aan de toekomst van onze fysieke leefomgeving: keuzes die bijdragen aan brede welvaart voor alle Groningers, of je nu in de stad woont of in een dorp, jong bent of oud, ondernemer of werknemer, boer of natuurbeheerder.[^Brede welvaart omvat naast materiële welvaart ook gezondheid, onderwijs, milieu, sociale samenhang en veiligheid, nu en later.]' },
      { t: 'h', l: 2, text: 'Drie visies die samen horen' },
      { t: 'p', text: 'Naast de omgevingsvisie heeft de provincie een Economische visie en een Leefbaarheidsvisie opgesteld. Deze drie visies samen vormen de basis voor ons beleid. Deze omgevingsvisie is het integrale kader voor alle aspecten van de fysieke leefomgeving.' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 beschrijft onze uitgangspunten. De hoofdstukken 3 tot en met 6 geven per opgave de keuzes. Hoofdstuk 7 gaat over de manier waarop we de visie uitvoeren.' },
      { t: 'h', l: 1, text: 'Uitgangspunten' },
      { t: 'h', l: 2, text: 'Kwaliteit als basis' },
      { t: 'p', text: 'Groningers voelen zich zeer verbonden met hun landschap. Daarom is de kwaliteit van de ontwikkelingen die onze leefomgeving vormgeven het uitgangspunt. Uitgangspunt is dat er veel mogelijk is, maar niet overal.' },
      { t: 'h', l: 3, text: 'Landschap en erfgoed' },
      { t: 'p', text: 'De wierden, maren en dijken in het noorden, de veenkoloniale linten in het oosten en de essen en houtwallen van Westerwolde vertellen de geschiedenis van de provincie. Nieuwe ontwikkelingen sluiten daarop aan.' },
      { t: 'h', l: 3, text: 'Gaswinning en versterking' },
      { t: 'p', text: 'De gaswinning is beëindigd, maar de gevolgen zijn dat niet. Bij de versterking en vervanging van woningen en gebouwen zoeken we naar kwaliteit die blijft.' },
      { t: 'h', l: 2, text: 'Wat we belangrijk vinden' },
      { t: 'p', text: 'Bij elke keuze wegen we de volgende waarden:' },
      {
        t: 'ul',
        list: 'Blokje',
        items: [
          'een gezonde en veilige leefomgeving;',
          { text: 'de rust en de ruimte van het landschap, met:', sub: ['open horizonten in het noorden;', 'donkere nachten in Westerwolde.'] },
          'bereikbare voorzieningen voor iedereen;',
          'een economie die bijdraagt aan brede welvaart.',
        ],
      },
      { t: 'h', l: 1, text: 'Wonen en leefbaarheid' },
      { t: 'h', l: 2, text: 'Aantrekkelijke regiokernen' },
      { t: 'p', text: 'We werken aan een aantrekkelijke, gezonde en bereikbare woon- en leefomgeving. De regiokernen maken we aantrekkelijker, zodat voorzieningen voor de omliggende dorpen behouden blijven.' },
      { t: 'h', l: 2, text: 'Bouwen in het buitengebied' },
      { t: 'p', text: 'Gemeenten krijgen meer ruimte voor wonen in het buitengebied, met gelijktijdige bescherming van de ruimtelijke kwaliteit. Dat kan op verschillende manieren:' },
      {
        t: 'ol',
        list: 'Cijfer',
        items: [
          'huizen bouwen aan de rand van een dorp of stad;',
          { text: 'een boerderij ombouwen tot appartementen, bijvoorbeeld:', sub: ['een karakteristieke boerderij op een wierde;', 'een leegstaande veenkoloniale boerderij.'] },
          'een tweede woning op een erf.',
        ],
      },
      { t: 'p', text: 'Hierdoor komen er meer woningen, blijven karakteristieke panden behouden en wordt leegstand voorkomen.' },
      { t: 'h', l: 2, text: 'Herstructureren van wijken' },
      { t: 'p', text: 'We onderzoeken waar we huizen kunnen bouwen of bestaande huizen slopen en herbouwen. Daarbij kijken we ook hoe we de straat of de wijk kunnen verbeteren.' },
      { t: 'h', l: 1, text: 'Werken en economie' },
      { t: 'h', l: 2, text: 'Vijf regionale bedrijventerreinen' },
      { t: 'p', text: 'Er komen vijf regionale bedrijventerreinen die geschikt zijn voor XXL-bedrijven, elk met een eigen profiel. Daarvan is het terrein bij de A7/N33 nieuw.' },
      {
        t: 'table',
        cols: [4.6, 3.4, 8.2],
        header: ['Terrein', 'Profiel', 'Bijzonderheden'],
        rows: [
          ['Eemshaven', 'energie, data', 'aanlanding wind op zee,\nhaven aan de Eems'],
          ['Chemie Park Delfzijl', 'chemie', 'groene waterstof en circulaire chemie'],
          ['Westpoort', 'logistiek', 'aan de A7 bij de stad Groningen'],
          ['Veendam', 'maakindustrie', 'aan het spoor en het Winschoterdiep'],
          ['A7/N33', 'XXL-logistiek', 'nieuw; inpassing in het open landschap'],
        ],
      },
      { t: 'h', l: 2, text: 'Bestaande terreinen verbeteren' },
      { t: 'p', text: 'We nemen initiatieven om bedrijventerreinen te herstructureren en bedrijven een betere plek te geven. Bestaande gebouwen verduurzamen we, en terreinen bereiden we voor op de wensen van de toekomst.' },
      { t: 'h', l: 3, text: 'Ruimte voor de energietransitie' },
      { t: 'p', text: 'Op en bij bedrijventerreinen is ruimte voor zon op daken, opslag van energie en aansluiting op het warmtenet.' },
      { t: 'h', l: 3, text: 'Circulaire economie' },
      { t: 'p', text: 'In Delfzijl en de Eemshaven ondersteunen we bedrijven die grondstoffen hergebruiken.[^De provincie volgt hierin de Economische visie, die in 2026 is vastgesteld.]' },
      { t: 'h', l: 1, text: 'Landschap, natuur en water' },
      { t: 'h', l: 2, text: 'Zones met groen en water' },
      { t: 'p', text: 'We creëren hoogwaardige zones met groen en water, waar vrijetijdseconomie, natuur en landbouw in samenhang worden ontwikkeld en elkaar versterken.' },
      { t: 'h', l: 2, text: 'Landbouw in transitie' },
      { t: 'p', text: 'De landbouw verandert. In de veenkoloniën en op de kwelders zoeken we met boeren naar een toekomst die past bij bodem en water.' },
      { t: 'h', l: 2, text: 'Waddenkust' },
      { t: 'p', text: 'De Waddenzee is werelderfgoed. Langs de kust combineren we dijkversterking met natuur, zoals bij de dubbele dijk tussen Eemshaven en Delfzijl.' },
      { t: 'h', l: 1, text: 'Bereikbaarheid en energie' },
      { t: 'h', l: 2, text: 'Verbindingen' },
      { t: 'p', text: 'De Nedersaksenlijn, de Lelylijn en goede busverbindingen zijn nodig om dorpen, regiokernen en de stad met elkaar te verbinden.' },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Groningen was de gasprovincie en wordt een energieprovincie. We kiezen voor zon op daken en langs infrastructuur, voor wind in bestaande clusters en voor waterstof in de Eemshaven en Delfzijl.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Gebiedsprocessen' },
      { t: 'p', text: 'We starten gebiedsprocessen op plekken waar we een complexe stapeling van ruimtelijke opgaven zien. Daarin werken we samen met gemeenten, waterschappen, inwoners en ondernemers.' },
      { t: 'h', l: 2, text: 'Instrumenten en monitoring' },
      { t: 'p', text: 'De visie werkt door in de omgevingsverordening, in programma\'s en in projectbesluiten. Gedeputeerde Staten rapporteren elke twee jaar over de voortgang.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage bij de omgevingsvisie', nummer: '', text: 'Werkingsgebieden', sep: ' — ' },
      { t: 'p', text: 'De werkingsgebieden in deze bijlage zijn vastgelegd als geometrische informatieobjecten. De derde kolom noemt het hoofdstuk van de visie waarin het gebied een rol speelt.' },
      { t: 'gio', layout: 'table', cols: [5.0, 8.2, 3.0], header: ['Naam', 'Identificatie', 'Hoofdstuk'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Provincie Groningen', 'provincie-groningen', '1', [0, 0], 25),
    gio('Regiokernen', 'regiokernen', '3', [5, 0], 10),
    gio('Bedrijventerrein A7/N33', 'bedrijventerrein-a7-n33', '4', [25, -10], 2),
    gio('Eemshaven', 'eemshaven', '4', [15, 25], 3),
    gio('Chemie Park Delfzijl', 'chemie-park-delfzijl', '4', [25, 15], 2),
    gio('Hoogwaardige zones groen en water', 'zones-groen-water', '5', [0, 10], 12),
    gio('Waddenkust en dubbele dijk', 'waddenkust-dubbele-dijk', '5', [18, 22], 6),
    gio('Gebiedsprocessen', 'gebiedsprocessen', '7', [10, -5], 8),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-dit-wordt-groningen', regeling: 'dit-wordt-groningen', doel: 'omgevingsvisie-dit-wordt-groningen' },
    datums: { vaststelling: '2027-07-07', ondertekening: '2027-07-07', bekendmaking: '2027-09-15', inwerkingtreding: '2027-10-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV20',
  },
  geo: { origin: [235000, 580000] },
  meubilair: ['^Dit wordt Groningen — omgevingsvisie 2050( .*)?$', '^Versie vastgesteld door Provinciale Staten, 7 juli 2027 \\d+$'],
}
export default doc
