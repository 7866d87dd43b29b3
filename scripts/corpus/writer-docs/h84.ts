/**
 * h84 — gemeente Hengelo (gm0164), holdout (session 11, second set), the unusual case: a gemeente that made its
 * omgevingsvisie in phases ("deelvisies") and adopts them as ONE visie in TWO PARTS, "deel 1 Hengeloos Buiten" and
 * "deel 2 Binnenstad en Hart van Zuid", withdrawing the earlier separate adoption of Hengeloos Buiten. Content after
 * the gemeente's public pages on the omgevingsvisie (made in phases: first the buitengebied, "Hengeloos Buiten", made in
 * co-creatie with inwoners, ondernemers, partners and buurgemeenten, with gebiedsgesprekken in Driene, Woolde, Hengelo
 * Noord, Twekkelo and Beckum/Oele; programma's Aangename lokale wegen, Grootschalige opwek energie, Actieve
 * landschapsinrichting and the intergemeentelijke Groene Oase Twekkelo with Enschede; then the binnenstad, the
 * stationsomgeving and Hart van Zuid joined into a centrale en dynamische stadsas of hotspots; the visie's three
 * functions verankeren, vertalen, verbeteren; the "voorraadkast" of existing policy), here as a visie of 2027,
 * shortened and partly in our own words. Layout: A4 in Liberation Serif 10 pt with Liberation Sans headings; the two
 * parts as level 1 "Deel 1" / "Deel 2" (the word in the numbering, title after a tab) each starting a new page,
 * sections "1.1", "1.2.1"; header on right pages "Omgevingsvisie Hengelo · " with the current Deel as a field, on left pages "Omgevingsvisie Hengelo · deel 1 en deel 2" (on the first page, before Deel 1, the field is still empty);
 * footer "gemeente Hengelo" with the page number; no table of contents; ■-lists and a list "a."; a table; real
 * footnotes; raadsbesluit "De raad van de gemeente Hengelo;" with "gelezen", "gelet op", "b e s l u i t :" and
 * beslispunten 1.–4. (the first adopts the visie "bestaande uit deel 1 … en deel 2 …", the second withdraws the
 * separate Hengeloos Buiten of 2020, the third adopts the Nota van zienswijzen, the fourth: in werking the day after
 * bekendmaking, so no date), signatures one below the other; visie as "Bijlage 1"; GIO list as lines
 * "naam: identificatie" in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0164'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-07-06', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h84',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare pagina’s van de gemeente Hengelo over de omgevingsvisie (gefaseerd opgesteld: eerst het buitengebied, "Hengeloos Buiten", in co-creatie met inwoners, ondernemers, partners en buurgemeenten, met gebiedsgesprekken in Driene, Woolde, Hengelo Noord, Twekkelo en Beckum/Oele; programma’s Aangename lokale wegen, Grootschalige opwek energie, Actieve landschapsinrichting en het intergemeentelijke Groene Oase Twekkelo met Enschede; daarna binnenstad, stationsomgeving en Hart van Zuid verbonden tot een centrale en dynamische stadsas; de functies verankeren, vertalen en verbeteren; de voorraadkast van bestaand beleid), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, de visie in TWEE DELEN als niveau 1 "Deel 1" / "Deel 2" (woord in de nummering) elk op een nieuwe bladzijde beginnend, paragrafen "1.1" en "1.2.1", kopregel op rechterbladzijden "Omgevingsvisie Hengelo · " met het deel als veld en op linkerbladzijden "Omgevingsvisie Hengelo · deel 1 en deel 2", voettekst "gemeente Hengelo" met paginanummer, geen inhoudsopgave, ■-lijsten en een lijst "a.", een tabel, echte voetnoten, raadsbesluit met "b e s l u i t :" en beslispunten 1.–4. (vaststelling van de visie "bestaande uit deel 1 … en deel 2 …", intrekking van Hengeloos Buiten 2020, Nota van zienswijzen, inwerkingtreding de dag na bekendmaking), visie als "Bijlage 1", GIO-lijst als regels "naam: identificatie" in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Hengelo',
  title: 'Omgevingsvisie Hengelo',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [24, 13, 11, 10],
    headingColor: '#00589C',
    lineHeight: 125,
    spaceAfter: 0.25,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.2, left: 2.5, right: 2.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Deel ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\tOmgevingsvisie Hengelo · {chapter}'],
        headerLeft: ['Omgevingsvisie Hengelo · deel 1 en deel 2'],
        footer: ['gemeente Hengelo\t\t{page}'],
        footerLeft: ['{page}\t\tgemeente Hengelo'],
      },
    },
    tableBorder: '0.5pt solid #00589C',
    tableHeaderBg: '#D9E8F5',
    tableFontSize: 9,
    tussenkop: { bold: true, italic: true, color: '#00589C', size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Hengelo tot vaststelling van de Omgevingsvisie Hengelo, deel 1 en deel 2',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Gemeenteblad van Hengelo · raadsbesluit nr. 3412876' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Hengelo tot vaststelling van de Omgevingsvisie Hengelo, deel 1 en deel 2' },
      { t: 'p', text: 'De raad van de gemeente Hengelo;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 23 mei 2027, nr. 3412876;' },
      { t: 'p', text: 'overwegende dat de omgevingsvisie in fasen is opgesteld, dat de deelvisie Hengeloos Buiten op 7 oktober 2020 afzonderlijk is vastgesteld en dat de raad beide delen nu als één omgevingsvisie voor het hele grondgebied wil vaststellen;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', text: '1. de Omgevingsvisie Hengelo, bestaande uit deel 1 ‘Hengeloos Buiten’ en deel 2 ‘Binnenstad en Hart van Zuid’, zoals opgenomen in bijlage 1, vast te stellen;' },
      { t: 'p', text: '2. de omgevingsvisie Hengeloos Buiten, vastgesteld op 7 oktober 2020, in te trekken;' },
      { t: 'p', text: '3. de Nota van zienswijzen Omgevingsvisie Hengelo deel 2 vast te stellen;' },
      { t: 'p', text: '4. te bepalen dat dit besluit in werking treedt met ingang van de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van de raad van de gemeente Hengelo van 6 juli 2027.' },
      { t: 'p', text: 'De griffier,' },
      { t: 'p', text: 'mr. drs. L.M. Oude Vrielink' },
      { t: 'p', text: 'De voorzitter,' },
      { t: 'p', text: 'S.J. Schelberg' },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hengelo',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit nr. 3412876' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hengelo' },
      { t: 'p', style: 'subtitle', text: 'deel 1 Hengeloos Buiten · deel 2 Binnenstad en Hart van Zuid' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'tk', text: 'Eén visie in twee delen' },
      { t: 'p', text: 'De Omgevingswet verplicht de gemeente tot één omgevingsvisie voor het hele grondgebied. Hengelo heeft die visie in fasen opgesteld: eerst het buitengebied, daarna de binnenstad en Hart van Zuid. Een derde deel, voor het overige stedelijk gebied, volgt later.[^Tot dat derde deel is vastgesteld, blijft voor het overige stedelijk gebied het bestaande beleid uit de voorraadkast van toepassing.]' },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Hengeloos Buiten' },
      { t: 'p', text: 'Samen zorgen voor een mooi en vitaal buitengebied: dat is het doel van dit deel. Met de titel Hengeloos Buiten geeft de gemeente aan dat zij het buitengebied belangrijk vindt, als woon- en leefgebied en als uitloopgebied voor de stad.' },
      { t: 'h', l: 2, text: 'Het buitengebied van Hengelo' },
      { t: 'p', text: 'Het buitengebied ligt als een krans om de stad, met de buurtschappen Driene, Woolde, Twekkelo, Beckum en Oele. Het blijft zich ontwikkelen, en de stad ernaast ook.' },
      { t: 'h', l: 2, text: 'Kernkwaliteiten' },
      { t: 'h', l: 3, text: 'Essen, beken en buurtschappen' },
      { t: 'p', text: 'Het Twentse coulisselandschap met essen, houtwallen, beken en verspreide erven is de basis. Nieuwe ontwikkelingen sluiten aan op die structuur.' },
      { t: 'h', l: 3, text: 'Natuur en water' },
      { t: 'p', text: 'De beekdalen van de Drienerbeek en de Woolderbinnenbeek houden we vrij van bebouwing; ze bergen water en verbinden natuurgebieden.' },
      { t: 'h', l: 2, text: 'Integrale thema’s' },
      { t: 'p', text: 'In de gesprekken met het gebied zijn meer dan tweehonderd vraagstukken opgehaald. Ze komen samen in vier thema’s:' },
      { t: 'h', l: 3, text: 'Vitale landbouw' },
      { t: 'p', text: 'Agrarische bedrijven krijgen ruimte om te ontwikkelen, mits dat samengaat met landschap, natuur en de buren.' },
      { t: 'h', l: 3, text: 'Wonen en werken in het buitengebied' },
      { t: 'p', text: 'Vrijkomende agrarische gebouwen krijgen een nieuwe functie. We staan daarbij open voor:' },
      { t: 'ol', list: 'Letter', items: ['wonen in de bestaande bebouwing;', 'kleinschalige bedrijvigheid die past bij het erf;', 'zorg, recreatie en educatie.'] },
      { t: 'h', l: 3, text: 'Recreatie en toerisme' },
      { t: 'p', text: 'Wandel- en fietsroutes verbinden de stad met het buitengebied en met de buurgemeenten.' },
      { t: 'h', l: 3, text: 'Energie' },
      { t: 'p', text: 'Grootschalige opwek van zonne- en windenergie is alleen mogelijk in de zoekgebieden en met een bijdrage aan het landschap.' },
      { t: 'h', l: 2, text: 'Programma’s' },
      { t: 'p', text: 'De visie wordt uitgewerkt in programma’s:' },
      {
        t: 'table',
        cols: [5.5, 6, 4.5],
        header: ['Programma', 'Doel', 'Partners'],
        rows: [
          ['Aangename lokale wegen', 'veilige wegen voor landbouw, fiets en auto', 'wegbeheerders, LTO'],
          ['Grootschalige opwek energie', 'zon en wind in de zoekgebieden', 'energiecoöperaties'],
          ['Actieve landschapsinrichting', 'houtwallen en erfbeplanting herstellen', 'Landschap Overijssel'],
          ['Groene Oase Twekkelo', 'samenhangende gebiedsdoelen voor het buurtschap', 'gemeente Enschede'],
        ],
      },
      { t: 'break' },
      { t: 'h', l: 1, text: 'Binnenstad en Hart van Zuid' },
      { t: 'p', text: 'Hoe moeten de binnenstad en Hart van Zuid er in 2040 uitzien? En wat moet er nog gebeuren om ze bruisender en levendiger te maken?' },
      { t: 'h', l: 2, text: 'Een centrale en dynamische stadsas' },
      { t: 'p', text: 'De binnenstad, de stationsomgeving en Hart van Zuid hebben elk stedelijke voorzieningen, maar functioneren nu deels op zichzelf. We verbinden de hotspots ruimtelijk en functioneel tot een centrale en dynamische stadsas.' },
      { t: 'h', l: 2, text: 'De binnenstad' },
      { t: 'p', text: 'De binnenstad wordt compacter en groener, met meer wonen boven winkels en een aantrekkelijke openbare ruimte.' },
      { t: 'h', l: 2, text: 'De stationsomgeving' },
      { t: 'p', text: 'Het station is de poort van de stad. Rond het station is ruimte voor wonen, werken en onderwijs in hoge dichtheid.' },
      { t: 'h', l: 2, text: 'Hart van Zuid' },
      { t: 'p', text: 'Hart van Zuid, het voormalige industrieterrein van Stork, is een levendig stadsdeel met cultuur, onderwijs, innovatie en wonen.[^De ontwikkeling van Hart van Zuid volgt de Ontwikkelkaart Hart van Zuid.]' },
      { t: 'h', l: 2, text: 'Verankeren, vertalen, verbeteren' },
      { t: 'p', text: 'Met dit deel gaan we niet ineens andere keuzes maken. We bouwen voort op de ingezette koers.' },
      { t: 'h', l: 3, text: 'Verankeren' },
      { t: 'p', text: 'Onze bestaande ambities zijn het uitgangspunt; al onze actuele beleidskeuzes nemen we op in de visie.' },
      { t: 'h', l: 3, text: 'Vertalen' },
      { t: 'p', text: 'We leggen de verbanden tussen thematisch en gebiedsgericht beleid en maken waar nodig een ruimtelijke vertaling.' },
      { t: 'h', l: 3, text: 'Verbeteren' },
      { t: 'p', text: 'Waar nodig verbeteren we het bestaande beleid, bijvoorbeeld voor:' },
      { t: 'ul', list: 'Blok', items: ['vergroening en klimaatadaptatie;', { text: 'de bereikbaarheid van de stadsas,', sub: ['te voet en per fiets;', 'met het openbaar vervoer.'] }] },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'p', text: 'De werkingsgebieden zijn vastgelegd in de volgende geografische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeente Hengelo', 'gemeente-hengelo', [0, 0], 6),
    gio('Buitengebied Hengelo', 'buitengebied-hengelo', [-3, 3], 4),
    gio('Binnenstad, stationsomgeving en Hart van Zuid', 'binnenstad-hart-van-zuid', [0.5, -0.5], 1),
    gio('Groene Oase Twekkelo', 'groene-oase-twekkelo', [3, -2], 1.2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-hengelo', regeling: 'omgevingsvisie-hengelo', doel: 'omgevingsvisie-hengelo' },
    datums: { vaststelling: '2027-07-06', ondertekening: '2027-07-06', bekendmaking: '2027-07-20', inwerkingtreding: '2027-07-21' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0164',
  },
  geo: { origin: [247000, 478000] },
  meubilair: ['^Omgevingsvisie Hengelo ·( Deel \\d+ .+| deel 1 en deel 2)?$', '^(gemeente Hengelo \\d+|\\d+ gemeente Hengelo)$'],
}
export default doc
