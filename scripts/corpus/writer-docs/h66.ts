/**
 * h66 — Hoogheemraadschap Hollands Noorderkwartier (ws0651), holdout (session 10): an optional omgevingsvisie of
 * the algemeen bestuur, built on the hoogheemraadschap's Deltavisie ("Een Deltavisie voor Hollands Noorderkwartier.
 * Basis voor gezamenlijke ontwikkeling": klimaatverandering with temperature, zeespiegelstijging, bodemdaling and
 * neerslag; the visions on waterveiligheid, wateroverlastbestrijding and voldoende schoon zoet water; the
 * consequences for Texel; the hoogheemraadschap as bruggenbouwer; Noord-Holland above the Noordzeekanaal as a
 * "badkuip") and its public pages on Visie en beleid (Waterveiligheid, Voldoende water, Gezond water en Schoon water;
 * Waterplan 2022-2027, Visie op Ruimtelijke adaptatie, Keur and leggers, the watertoets), shortened and partly in our
 * own words. Layout: B5 (17.6 × 25 cm) in P052 (Palatino) 9.5 pt with URW Gothic headings; four themes numbered as
 * "Thema 1" … "Thema 4" (Word numbering with the prefix "Thema "), sections "1.1", sub-sections "1.1.1"; an
 * unnumbered introduction before Thema 1; header with the organisation's short name left and "Omgevingsvisie" right,
 * footer "pagina n van m"; ◦-lists and a numbered list "(1)"; a footnote; a table; a besluit of the algemeen bestuur
 * with beslispunten I–III ("besluit:" then "I.", "II.", "III."), signed by dijkgraaf and secretaris-directeur side by
 * side; the visie without a "Bijlage" line; the GIO list as lines "naam — identificatie" in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0651'
const gio = (naam: string, werk: string, at: [number, number], size = 4) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-03-29', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h66',
  set: 'holdout',
  bron:
    'Bewerkt naar de Deltavisie van het Hoogheemraadschap Hollands Noorderkwartier ("Een Deltavisie voor Hollands Noorderkwartier. Basis voor gezamenlijke ontwikkeling": klimaatverandering met temperatuur, zeespiegelstijging, bodemdaling en neerslag, visies op waterveiligheid, wateroverlastbestrijding en voldoende schoon zoet water, de gevolgen voor Texel, het hoogheemraadschap als bruggenbouwer, Noord-Holland boven het Noordzeekanaal als badkuip) en de openbare pagina over Visie en beleid (Waterveiligheid, Voldoende water, Gezond water en Schoon water; Waterplan 2022-2027, Visie op Ruimtelijke adaptatie, keur en leggers, watertoets), hier als omgevingsvisie van het algemeen bestuur, ingekort en deels in eigen woorden; eigen opmaak: B5 (17,6 × 25 cm) in P052 9,5 pt met URW Gothic-koppen, vier thema\'s als "Thema 1" … "Thema 4" (Word-nummering met voorvoegsel), paragrafen "1.1", subparagrafen "1.1.1", ongenummerde inleiding voor Thema 1, kopregel met korte naam links en "Omgevingsvisie" rechts, voettekst "pagina n van m", ◦-lijsten en een lijst "(1)", een voetnoot, een tabel, besluit van het algemeen bestuur met beslispunten I–III, ondertekening door dijkgraaf en secretaris-directeur naast elkaar, visie zonder "Bijlage"-regel, GIO-lijst als regels "naam — identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Hoogheemraadschap Hollands Noorderkwartier',
  title: 'Omgevingsvisie Hollands Noorderkwartier',
  style: {
    font: 'P052',
    size: 9.5,
    headingFont: 'URW Gothic',
    headingSizes: [15, 11.5, 10, 9.5],
    headingColor: '#003D73',
    lineHeight: 115,
    spaceAfter: 0.22,
    page: { width: 17.6, height: 25, top: 1.8, bottom: 1.8, left: 2.0, right: 1.8 },
    outline: [
      { format: '1', display: 1, prefix: 'Thema ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Rondje: { kind: 'bullet', levels: [{ char: '◦', font: 'DejaVu Sans' }, { char: '-' }] },
      Haakjes: { kind: 'number', levels: [{ format: '1', prefix: '(', suffix: ')' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['HHNK\t\tOmgevingsvisie'],
        footer: ['\tpagina {page} van {pages}'],
      },
    },
    tableBorder: '0.4pt solid #003D73',
    tableHeaderBg: '#D6E4F0',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#003D73' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van het Hoogheemraadschap Hollands Noorderkwartier tot vaststelling van de Omgevingsvisie Hollands Noorderkwartier',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Waterschapsblad · Hoogheemraadschap Hollands Noorderkwartier' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van het Hoogheemraadschap Hollands Noorderkwartier tot vaststelling van de Omgevingsvisie Hollands Noorderkwartier' },
      { t: 'p', text: 'Het algemeen bestuur van het Hoogheemraadschap Hollands Noorderkwartier,' },
      { t: 'p', text: 'gelezen het voorstel van het college van dijkgraaf en hoogheemraden van 16 februari 2027, nummer 27.0042;' },
      { t: 'p', text: 'gelet op artikel 3.1 van de Omgevingswet, artikel 56 van de Waterschapswet en het Reglement van bestuur voor het Hoogheemraadschap Hollands Noorderkwartier;' },
      { t: 'p', text: 'overwegende dat de Deltavisie sinds 2012 de koers van het hoogheemraadschap bepaalt en dat het algemeen bestuur die koers wil vastleggen in een omgevingsvisie die partners en inwoners kunnen raadplegen;' },
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'I.' },
      { t: 'p', text: 'de Omgevingsvisie Hollands Noorderkwartier vast te stellen;' },
      { t: 'p', style: 'artikel', text: 'II.' },
      { t: 'p', text: 'de werkingsgebieden van de visie vast te stellen zoals genoemd in bijlage 1;' },
      { t: 'p', style: 'artikel', text: 'III.' },
      { t: 'p', text: 'te bepalen dat dit besluit in werking treedt op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 29 maart 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'drs. M.A. Pronk'], right: ['de dijkgraaf,', '', '', 'ir. J.F. Bakker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Hollands Noorderkwartier',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Hollands Noorderkwartier' },
      { t: 'p', style: 'subtitle', text: 'Veilig, voldoende en schoon water in de badkuip boven het Noordzeekanaal' },
      { t: 'p', text: 'Vastgesteld door het algemeen bestuur op 29 maart 2027' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'tk', text: 'Inleiding' },
      { t: 'p', text: 'Veilig wonen, werken en recreëren onder zeeniveau is minder logisch dan u misschien denkt. Ook bij het voorkomen van wateroverlast komt veel kijken. En wat dacht u van het zorgen voor voldoende schoon, zoet water? Het hoogheemraadschap maakt deze vanzelfsprekendheden mogelijk, in dienst van de samenleving.' },
      { t: 'p', text: 'Maar het klimaat verandert, de zeespiegel stijgt en de bodem daalt. Voor Hollands Noorderkwartier kan dit grote gevolgen hebben. Samen met gemeenten, belangenorganisaties, inwoners en de provincie hebben we keuzes gemaakt. Die keuzes staan in deze visie, per thema.' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Waterveiligheid' },
      { t: 'h', l: 2, text: 'Klimaatverandering' },
      { t: 'p', text: 'Het gebied van de provincie Noord-Holland boven het Noordzeekanaal is een badkuip: omringd door Noordzee, Waddenzee en IJsselmeer en grotendeels onder zeeniveau. De zeespiegel stijgt, de temperatuur neemt toe en de bodem daalt.' },
      {
        t: 'table',
        cols: [4.4, 4.0, 5.4],
        header: ['Ontwikkeling', 'Verwachting 2050', 'Gevolg voor het gebied'],
        rows: [
          ['Zeespiegelstijging', '15 tot 40 cm', 'zwaardere eisen aan\nduinen en dijken'],
          ['Bodemdaling', 'tot 30 cm in veen', 'meer kwel, duurder peilbeheer'],
          ['Neerslag', 'heviger buien', 'wateroverlast in polders'],
        ],
      },
      { t: 'h', l: 2, text: 'Dijken en duinen' },
      { t: 'h', l: 3, text: 'De kust' },
      { t: 'p', text: 'De duinen van de Hondsbossche en Pettemer Zeewering tot Den Helder worden met zand op sterkte gehouden. Zand blijft de basis.' },
      { t: 'h', l: 3, text: 'De Markermeerdijken en de Waddenzeedijk' },
      { t: 'p', text: 'De dijken langs het Markermeer en de Waddenzee worden versterkt. Waar mogelijk combineren we dat met natuur en recreatie.' },
      { t: 'h', l: 2, text: 'Meerlaagse veiligheid' },
      { t: 'p', text: 'Naast preventie kijken we naar de inrichting van het gebied en naar de voorbereiding op een overstroming:' },
      {
        t: 'ol',
        list: 'Haakjes',
        items: [
          'preventie: sterke dijken en duinen;',
          'ruimtelijke inrichting: vitale functies op hogere plekken;',
          { text: 'rampenbeheersing, met:', sub: ['evacuatieroutes;', 'afspraken met de veiligheidsregio\'s.'] },
        ],
      },
      { t: 'h', l: 1, text: 'Voldoende water' },
      { t: 'h', l: 2, text: 'Wateroverlast voorkomen' },
      { t: 'p', text: 'Heviger buien vragen meer ruimte voor water in de polders en in de bebouwde kom. We vragen gemeenten om ruimte voor waterberging in elk nieuw plan.' },
      { t: 'h', l: 2, text: 'Zoet water in droge zomers' },
      { t: 'p', text: 'In droge zomers wordt zoet water schaars. We houden water langer vast en verdelen het zuinig over landbouw, natuur en drinkwater.[^De verdeling volgt de verdringingsreeks van het Rijk bij watertekort.]' },
      { t: 'h', l: 2, text: 'Texel' },
      { t: 'p', text: 'Texel is voor zoet water op zichzelf aangewezen. Op het eiland stimuleren we opvang van regenwater en zuinig gebruik.' },
      { t: 'h', l: 1, text: 'Schoon en gezond water' },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      { t: 'p', text: 'De wateren in ons gebied moeten voldoen aan de Kaderrichtlijn Water. We pakken lozingen aan en richten oevers natuurvriendelijk in.' },
      { t: 'h', l: 2, text: 'Afvalwater' },
      { t: 'p', text: 'Onze rioolwaterzuiveringen worden energie- en grondstoffenfabrieken. We winnen warmte, biogas en fosfaat uit afvalwater.' },
      { t: 'h', l: 1, text: 'Water en ruimte' },
      { t: 'h', l: 2, text: 'De watertoets' },
      { t: 'p', text: 'Met de watertoets zorgen we dat water vroeg meetelt in ruimtelijke plannen. Een initiatiefnemer komt al in een vroeg stadium met ons in contact.' },
      { t: 'h', l: 2, text: 'Bruggenbouwer' },
      { t: 'p', text: 'Het hoogheemraadschap wil een bruggenbouwer zijn tussen de opgaven van water en ruimte. Dat betekent:' },
      {
        t: 'ul',
        list: 'Rondje',
        items: [
          'vroeg aan tafel bij gemeenten en provincie;',
          { text: 'meedenken over oplossingen, zoals:', sub: ['waterberging in parken;', 'groene daken in de stad.'] },
          'duidelijk zijn over wat niet kan.',
        ],
      },
      { t: 'h', l: 2, text: 'Doorwerking' },
      { t: 'p', text: 'De visie werkt door in het waterbeheerprogramma, de waterschapsverordening en de leggers. Het college rapporteert jaarlijks over de voortgang.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden van de omgevingsvisie', sep: '. ' },
      { t: 'p', text: 'De werkingsgebieden zijn vastgelegd als geometrische informatieobjecten:' },
      { t: 'gio', layout: 'lines', sep: ' — ' },
    ],
  ],
  gios: [
    gio('Beheergebied Hollands Noorderkwartier', 'beheergebied-hhnk', [0, 0], 25),
    gio('Primaire waterkeringen', 'primaire-waterkeringen-hhnk', [-8, 5], 15),
    gio('Markermeerdijken', 'markermeerdijken', [12, -8], 5),
    gio('Zoetwatervoorziening Texel', 'zoetwater-texel', [-10, 30], 4),
    gio('Veenweidegebied met bodemdaling', 'veenweide-bodemdaling', [5, -15], 6),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-hhnk', regeling: 'omgevingsvisie-hollands-noorderkwartier', doel: 'omgevingsvisie-hhnk' },
    datums: { vaststelling: '2027-03-29', ondertekening: '2027-03-29', bekendmaking: '2027-04-07' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0651',
  },
  geo: { origin: [120000, 520000] },
  meubilair: ['^HHNK Omgevingsvisie$', '^pagina \\d+ van \\d+$'],
}
export default doc
