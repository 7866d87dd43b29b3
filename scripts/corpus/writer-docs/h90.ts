/**
 * h90 — gemeente Arnhem (gm0202), holdout (session 11, third set): a large gemeente (about 165.000 inwoners). Content
 * after the public texts on the "Omgevingsvisie Arnhem 2040" (a toekomstbeeld for the city, more than a vergezicht:
 * inspanningen, opgaven en ambities; opgaven such as lange wachtlijsten voor huurwoningen, stroef lopende woningbouw,
 * slecht geïsoleerde huizen, droogte, wateroverlast, druk op de natuur, de kloof tussen arm en rijk; a city in trek
 * that wants to use its growth to become gezonder, veiliger, vitaler en socialer; Arnhem in 2040 een groene, vitale
 * stad met ruimte voor meer inwoners en bedrijvigheid, part of a strong region with a veelzijdig landschap, omringd
 * door natuur, waardevolle wijken en levendige knooppunten; creativiteit en vrijheid as identity; five themes, the
 * first "Een groene, gezonde en veilige stad", the second "Een vitale stad"; deelgebieden; the Koerswijzer, the
 * Week van de Stad and an Omgevingseffectrapport), here as a visie of 2027, shortened and partly in our own words.
 * UNUSUAL CASE: one "Raadsvoorstel en -besluit" document — the raadsvoorstel (Onderwerp, Voorstel om te besluiten,
 * numbered questions "1 Waarom is dit voorstel nodig?" …) with the raadsbesluit on its last page, beslispunten 1.–3.
 * Layout: A4 in Liberation Serif 10 pt with Liberation Sans headings; chapters "1" … "6", sections "§ 1.1" (the
 * paragraph sign in the numbering), "2.1.1"; header "Omgevingsvisie Arnhem 2040" at the left and the chapter name at
 * the right, footer "gemeente Arnhem · raadsvergadering 13 december 2027" + "pagina n van m"; table of contents;
 * –-lists and a list "1)"; a table; real footnotes; visie as "Bijlage 1"; GIO table Naam | Identificatie |
 * Deelgebied in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0202'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-12-13', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h90',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten over de "Omgevingsvisie Arnhem 2040" (een toekomstbeeld voor de stad met inspanningen, opgaven en ambities; wachtlijsten voor huurwoningen, stroef lopende woningbouw, slecht geïsoleerde huizen, droogte, wateroverlast, druk op de natuur, de kloof tussen arm en rijk; groei benutten om de stad gezonder, veiliger, vitaler en socialer te maken; Arnhem in 2040 een groene, vitale stad in een sterke regio met een veelzijdig landschap, waardevolle wijken en levendige knooppunten; creativiteit en vrijheid; vijf thema’s; Koerswijzer, Week van de Stad, Omgevingseffectrapport), hier als visie van 2027, ingekort en deels in eigen woorden; bijzonder geval: één document "Raadsvoorstel en -besluit" met het raadsbesluit (beslispunten 1.–3.) op de laatste bladzijde van het voorstel; eigen opmaak: A4 in Liberation Serif 10 pt met Liberation Sans-koppen, hoofdstukken "1" … "6", paragrafen "§ 1.1" (het paragraafteken in de nummering) en "2.1.1", kopregel "Omgevingsvisie Arnhem 2040" met de hoofdstuknaam rechts, voettekst "gemeente Arnhem · raadsvergadering 13 december 2027" met "pagina n van m", inhoudsopgave, –-lijsten en een lijst "1)", een tabel, echte voetnoten, visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Deelgebied in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Arnhem',
  title: 'Omgevingsvisie Arnhem 2040',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 12, 10.5, 10],
    headingColor: '#B0124F',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.3, bottom: 2.3, left: 2.8, right: 2.2 },
    outline: [
      { format: '1', display: 1 },
      { format: '1', display: 2, prefix: '§ ' },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Haakje: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Arnhem 2040\t\t{chaptername}'],
        footer: ['gemeente Arnhem · raadsvergadering 13 december 2027\t\tpagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #B0124F',
    tableHeaderBg: '#F4DDE6',
    tableFontSize: 9,
    tussenkop: { bold: true, size: 10 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Arnhem tot vaststelling van de Omgevingsvisie Arnhem 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsvoorstel en -besluit' },
      { t: 'p', style: 'small', text: 'Registratienummer: 2027-0871 · Datum collegebesluit: 31 oktober 2027 · Portefeuillehouder: ruimtelijke ontwikkeling' },
      { t: 'p', text: '**Onderwerp:** Vaststelling Omgevingsvisie Arnhem 2040' },
      { t: 'p', style: 'bold', text: 'Voorstel om te besluiten' },
      { t: 'p', text: 'De Omgevingsvisie Arnhem 2040 vast te stellen, de Nota van beantwoording zienswijzen vast te stellen en de Structuurvisie Arnhem 2020 met doorkijk naar 2040 in te trekken.' },
      { t: 'p', style: 'bold', text: '1 Waarom is dit voorstel nodig?' },
      { t: 'p', text: 'De Omgevingswet verplicht de gemeente tot één integrale omgevingsvisie. Arnhem staat voor belangrijke opgaven: lange wachtlijsten voor huurwoningen, slecht geïsoleerde huizen, periodes van droogte en wateroverlast, en een groeiende kloof tussen arm en rijk.' },
      { t: 'p', style: 'bold', text: '2 Wat willen we bereiken?' },
      { t: 'p', text: 'De stad groeit. Die groei willen we benutten om Arnhem gezonder en veiliger, vitaler en socialer te maken, en de stad groen en leefbaar te houden.' },
      { t: 'p', style: 'bold', text: '3 Wat gaan we daarvoor doen?' },
      { t: 'p', text: 'Het ontwerp heeft van 11 november tot en met 22 december 2026 ter inzage gelegen. De zienswijzen zijn beantwoord in de Nota van beantwoording; de aanpassingen staan in de visie verwerkt.' },
      { t: 'p', style: 'bold', text: '4 Wat mag het kosten?' },
      { t: 'p', text: 'De visie zelf kost niets. De uitwerking in programma’s en in het omgevingsplan wordt apart begroot.' },
      { t: 'p', text: 'College van burgemeester en wethouders van Arnhem' },
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit' },
      { t: 'p', text: 'De raad van de gemeente Arnhem,' },
      { t: 'p', text: 'gelezen het voorstel van het college van burgemeester en wethouders van 31 oktober 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', text: '1. de Omgevingsvisie Arnhem 2040, zoals opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2, vast te stellen;' },
      { t: 'p', text: '2. de Nota van beantwoording zienswijzen Omgevingsvisie Arnhem 2040 vast te stellen;' },
      { t: 'p', text: '3. de Structuurvisie Arnhem 2020 met doorkijk naar 2040 in te trekken met ingang van 1 januari 2028, de dag waarop dit besluit in werking treedt.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van 13 december 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. H.M. Sterk'], right: ['de voorzitter,', '', '', 'drs. A. Marcouch'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Arnhem 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij raadsbesluit 2027-0871' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Arnhem 2040' },
      { t: 'p', style: 'subtitle', text: 'Een perspectief voor Arnhem in een veranderende wereld' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Arnhem in 2040' },
      { t: 'p', text: 'Arnhem is in 2040 een groene, vitale stad met ruimte voor meer inwoners en bedrijvigheid. De stad is onderdeel van een sterke regio met een veelzijdig landschap, omringd door natuur, waardevolle wijken en levendige knooppunten.' },
      { t: 'h', l: 2, text: 'Meer dan een vergezicht' },
      { t: 'p', text: 'De visie is veel meer dan een mooi vergezicht. We formuleren inspanningen, opgaven en ambities om dit perspectief integraal te bereiken.' },
      { t: 'h', l: 2, text: 'Samen met de stad' },
      { t: 'p', text: 'Met de Koerswijzer, een online stemwijzer, de Week van de Stad, een scholenproject en vragenlijsten is opgehaald wat Arnhemmers belangrijk vinden.[^Ruim 4.000 Arnhemmers vulden de Koerswijzer in.]' },
      { t: 'h', l: 2, text: 'Leeswijzer' },
      { t: 'p', text: 'Hoofdstuk 2 tot en met 5 werken de thema’s uit; hoofdstuk 6 de deelgebieden.' },
      { t: 'h', l: 1, text: 'Een groene, gezonde en veilige stad' },
      { t: 'p', text: 'Groen is de basis. De Veluwezoom, de uiterwaarden en de parken lopen de stad in.' },
      { t: 'h', l: 2, text: 'Groen dichtbij' },
      { t: 'p', text: 'Iedere Arnhemmer heeft groen binnen vijf minuten lopen. We verbinden de parken met groene routes.' },
      { t: 'h', l: 2, text: 'Klimaatbestendig' },
      { t: 'p', text: 'Periodes van droogte en hevige buien nemen toe. We houden water vast op de stuwwal en voeren het vertraagd af.' },
      { t: 'h', l: 3, text: 'Hitte in de stad' },
      { t: 'p', text: 'Meer bomen en minder steen in de versteende wijken.' },
      { t: 'h', l: 3, text: 'Wateroverlast' },
      { t: 'p', text: 'Regenwater afkoppelen van het riool waar we de straat toch openbreken.' },
      { t: 'h', l: 2, text: 'Gezond en veilig' },
      { t: 'p', text: 'We stimuleren een gezonde leefstijl en letten op:' },
      { t: 'ul', list: 'Streep', items: ['schone lucht langs de drukke wegen;', 'minder geluid van verkeer en spoor;', { text: 'veilige routes naar school, met', sub: ['oversteekplaatsen;', 'vrijliggende fietspaden.'] }] },
      { t: 'h', l: 1, text: 'Een vitale stad' },
      { t: 'p', text: 'Arnhem is in trek bij inwoners, bedrijven en bezoekers. Creativiteit en vrijheid blijven belangrijke onderdelen van onze identiteit.' },
      { t: 'h', l: 2, text: 'Werken in de stad' },
      { t: 'p', text: 'We houden ruimte voor bedrijven op de bedrijventerreinen en mengen wonen en werken in de wijken.' },
      { t: 'h', l: 2, text: 'Binnenstad en knooppunten' },
      { t: 'p', text: 'De binnenstad blijft het hart van de regio; rond Arnhem Centraal en station Zuid verdichten we.' },
      { t: 'h', l: 1, text: 'Een stad waar het goed wonen is' },
      { t: 'p', text: 'Het tekort aan woningen is groot. Tot 2040 bouwen we er ruim 20.000 bij, vooral binnen de bestaande stad.' },
      {
        t: 'table',
        cols: [5.5, 5, 5.5],
        header: ['Segment', 'Aandeel nieuwbouw', 'Toelichting'],
        rows: [
          ['sociale huur', '30%', 'wachtlijsten terugdringen'],
          ['middenhuur en betaalbare koop', '40%', 'starters en middeninkomens'],
          ['overig', '30%', 'doorstroming'],
        ],
      },
      { t: 'h', l: 2, text: 'Betaalbaar en gemengd' },
      { t: 'p', text: 'Elke wijk krijgt een mix van woningtypen, zodat mensen in hun wijk kunnen blijven wonen.' },
      { t: 'h', l: 2, text: 'Verduurzamen van bestaande woningen' },
      { t: 'p', text: 'Slecht geïsoleerde huizen pakken we wijk voor wijk aan, te beginnen waar de energierekening het zwaarst drukt.' },
      { t: 'h', l: 1, text: 'Een bereikbare en energieneutrale stad' },
      { t: 'h', l: 2, text: 'Lopen, fietsen en openbaar vervoer eerst' },
      { t: 'p', text: 'We kiezen in deze volgorde:' },
      { t: 'ol', list: 'Haakje', items: ['de voetganger;', 'de fietser;', 'het openbaar vervoer;', 'de auto.'] },
      { t: 'h', l: 2, text: 'Energie' },
      { t: 'p', text: 'Arnhem is in 2050 energieneutraal. Zon op daken en warmtenetten gaan voor; windturbines komen alleen op plekken die de raad aanwijst.[^De zoekgebieden komen uit de Regionale Energiestrategie Arnhem-Nijmegen.]' },
      { t: 'h', l: 1, text: 'Deelgebieden' },
      { t: 'h', l: 2, text: 'Binnenstad en Centraal' },
      { t: 'p', text: 'Levendig, gemengd en groener.' },
      { t: 'h', l: 2, text: 'Arnhem-Zuid' },
      { t: 'p', text: 'Nieuwe woningen rond station Zuid en een betere verbinding met de Rijn.' },
      { t: 'h', l: 2, text: 'Noordelijke wijken en de stuwwal' },
      { t: 'p', text: 'Behoud van het groene karakter en de landgoederen.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Werkingsgebieden', sep: '. ' },
      { t: 'gio', layout: 'table', cols: [4, 7.5, 4.5], header: ['Naam', 'Identificatie', 'Deelgebied'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Gemeente Arnhem', 'gemeente-arnhem', 'hele gemeente', [0, 0], 7),
    gio('Binnenstad en Centraal', 'binnenstad-centraal', '§ 6.1', [0.3, 0.5], 1),
    gio('Arnhem-Zuid', 'arnhem-zuid', '§ 6.2', [0.5, -3], 3),
    gio('Noordelijke wijken en stuwwal', 'noordelijke-wijken-stuwwal', '§ 6.3', [0, 3], 3),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-arnhem-2040', regeling: 'omgevingsvisie-arnhem-2040', doel: 'omgevingsvisie-arnhem-2040' },
    datums: { vaststelling: '2027-12-13', ondertekening: '2027-12-13', bekendmaking: '2027-12-20', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0202',
  },
  geo: { origin: [190000, 444000] },
  meubilair: ['^Omgevingsvisie Arnhem 2040( .*)?$', '^gemeente Arnhem · raadsvergadering 13 december 2027( pagina \\d+ van \\d+)?$', '^pagina \\d+ van \\d+$'],
}
export default doc
