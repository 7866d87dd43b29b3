/**
 * h162 — waterschap Amstel, Gooi en Vecht (ws0155), holdout (session 13): an optional omgevingsvisie of the
 * algemeen bestuur, after the public texts of AGV (its waterbeheerplannen "Werken aan water in en met de omgeving"
 * and the Waterbeheerprogramma 2022–2027: a toekomstbestendig watersysteem under pressure from the schaarse ruimte,
 * klimaatverandering and bodemdaling; Waternet carrying out the work; the stroomgebied of Amstel and Vecht and het
 * Gooi; the bestuursakkoord's "koppelkansen"), here as a visie of 2028, shortened. Layout: B5 (17.6 × 25 cm) in
 * DejaVu Sans 9 pt; chapters "1." … "10." (a dot after the chapter number only), sections "1.1", a third level
 * "4.2.1"; the visie's OWN LAST CHAPTER "10. Begrippenlijst" (a numbered chapter with a two-column table, not a
 * bijlage of the besluit); header "Waterschap Amstel, Gooi en Vecht" with the chapter name as a field at the right,
 * footer "Omgevingsvisie AGV 2050" + "pagina n"; no table of contents; lists "•" and "1)"; besluit "Het algemeen
 * bestuur van waterschap Amstel, Gooi en Vecht;" with "besluit:" and Artikel 1–3 with titles on the same line (in
 * werking the day after bekendmaking: no date); visie as "Bijlage 1"; the GIO overview as a BULLETED LIST of lines
 * "naam: identificatie" in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0155'
const gio = (naam: string, werk: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-10-10', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const gios = [
  gio('Beheergebied Amstel, Gooi en Vecht', 'beheergebied-agv', [0, 0], 18),
  gio('Veenweidegebied met bodemdaling', 'veenweide-bodemdaling', [-6, -8], 6),
  gio('Vechtplassen', 'vechtplassen', [6, -5], 4),
  gio('Primaire waterkeringen Amstel', 'primaire-waterkeringen-amstel', [-2, 2], 3),
]

const doc: Doc = {
  id: 'h162',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van waterschap Amstel, Gooi en Vecht (de waterbeheerplannen "Werken aan water in en met de omgeving" en het Waterbeheerprogramma 2022–2027: een toekomstbestendig watersysteem dat onder druk staat door de schaarse ruimte, klimaatverandering en bodemdaling, de uitvoering door Waternet, het stroomgebied van Amstel en Vecht en het Gooi, de "koppelkansen" uit het bestuursakkoord), hier als facultatieve omgevingsvisie van 2028, ingekort; eigen opmaak: B5 in DejaVu Sans, hoofdstukken "1." … "10.", paragrafen "1.1", een derde niveau "4.2.1", het laatste hoofdstuk van de visie zelf is "10. Begrippenlijst" met een tabel (geen bijlage van het besluit), kopregel met de hoofdstuknaam als veld, voettekst "Omgevingsvisie AGV 2050" + "pagina n", geen inhoudsopgave, lijsten "•" en "1)", besluit van het algemeen bestuur met Artikel 1–3 met titels op dezelfde regel (in werking de dag na bekendmaking), visie als "Bijlage 1", GIO-overzicht als opsommingslijst van regels "naam: identificatie" in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Amstel, Gooi en Vecht',
  title: 'Omgevingsvisie AGV 2050',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [14, 11, 9.5, 9],
    headingColor: '#0072BB',
    lineHeight: 130,
    spaceAfter: 0.18,
    page: { width: 17.6, height: 25, top: 2, bottom: 1.9, left: 2, right: 1.8 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Haak: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['Waterschap Amstel, Gooi en Vecht\t\t{chaptername}'], footer: ['Omgevingsvisie AGV 2050\t\tpagina {page}'] },
    },
    tableBorder: '0.5pt solid #0072BB',
    tableHeaderBg: '#DCEBF7',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van waterschap Amstel, Gooi en Vecht tot vaststelling van de Omgevingsvisie AGV 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Besluit AB 2028-41 · zaaknummer 28.081234' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van waterschap Amstel, Gooi en Vecht tot vaststelling van de Omgevingsvisie AGV 2050' },
      p('Het algemeen bestuur van waterschap Amstel, Gooi en Vecht;'),
      p('gelezen het voorstel van het dagelijks bestuur van 5 september 2028;'),
      p('overwegende dat het waterschap met een eigen omgevingsvisie zijn koers voor een toekomstbestendig watersysteem wil vastleggen en die wil laten doorwerken in de omgevingsvisies en omgevingsplannen van de gemeenten en de provincies in zijn gebied;'),
      p('gelet op artikel 3.1 van de Omgevingswet en artikel 56 van de Waterschapswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 Vaststelling' },
      p('De Omgevingsvisie AGV 2050 wordt vastgesteld zoals opgenomen in bijlage 1, met de geografische informatieobjecten genoemd in bijlage 2.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 Citeertitel' },
      p('Dit besluit wordt aangehaald als: Omgevingsvisie AGV 2050.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 Inwerkingtreding' },
      p('Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.'),
      p('Aldus besloten in de openbare vergadering van het algemeen bestuur van 10 oktober 2028.'),
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. R. Bakker'], right: ['de dijkgraaf,', '', '', 'G.J. van den Berg'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie AGV 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage 1 bij besluit AB 2028-41' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie AGV 2050' },
      { t: 'p', style: 'subtitle', text: 'Water als basis voor een leefbare regio' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Inleiding en leeswijzer' },
      p('Waterschap Amstel, Gooi en Vecht (AGV) zorgt voor veilige dijken, voldoende en schoon water en het zuiveren van afvalwater in het stroomgebied van de Amstel, de Vecht en in het Gooi. Waternet voert het werk voor ons uit.'),
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie' },
      p('Met elkaar maken wij steeds meer gebruik van de schaarse ruimte. Dat heeft gevolgen voor de hoeveelheid en de kwaliteit van het water. Deze visie legt vast waar wij als waterschap voor staan.'),
      { t: 'h', l: 2, text: 'Leeswijzer' },
      p('Hoofdstuk 2 beschrijft ons gebied, de hoofdstukken 3 tot en met 8 onze koers per opgave, hoofdstuk 9 de samenwerking en hoofdstuk 10 de begrippen.'),
      { t: 'h', l: 1, text: 'Ons gebied' },
      p('Ons gebied loopt van de Amsterdamse binnenstad tot de Vechtplassen en het Gooi. Het is een waterrijk gebied met veenweiden, plassen en een grote stad.'),
      { t: 'h', l: 2, text: 'Stad en land' },
      p('Ruim 1,2 miljoen mensen wonen in ons gebied; de meesten in Amsterdam en de Gooise kernen.'),
      { t: 'h', l: 2, text: 'Veen en water' },
      p('De veenbodem daalt en stelt ons voor keuzes over peil en grondgebruik.'),
      { t: 'h', l: 1, text: 'Veiligheid' },
      { t: 'h', l: 2, text: 'Wensbeeld 2050' },
      p('Alle primaire en regionale keringen voldoen aan de normen; wij versterken waar dat nodig is, samen met andere opgaven.'),
      { t: 'h', l: 2, text: 'Aanpak op hoofdlijnen' },
      { t: 'ol', list: 'Haak', items: ['wij toetsen de keringen elke twaalf jaar;', 'wij combineren dijkversterking met natuur en recreatie;', 'wij houden ruimte vrij voor toekomstige versterking.'] },
      { t: 'h', l: 1, text: 'Voldoende water' },
      { t: 'h', l: 2, text: 'Peilbeheer' },
      p('Het peil volgt de functie, maar in het veenweidegebied weegt het remmen van bodemdaling zwaarder mee.'),
      { t: 'h', l: 2, text: 'Wateroverlast en droogte' },
      { t: 'h', l: 3, text: 'In de stad' },
      p('In de stad vangen wij regenwater op waar het valt, met groene daken en wadi’s.'),
      { t: 'h', l: 3, text: 'In het landelijk gebied' },
      p('In het landelijk gebied houden wij water langer vast.'),
      { t: 'h', l: 1, text: 'Schoon water' },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      p('In 2027 voldoen onze waterlichamen zoveel mogelijk aan de doelen van de Kaderrichtlijn Water.'),
      { t: 'h', l: 2, text: 'Afvalwater' },
      p('Onze rioolwaterzuiveringen winnen energie, fosfaat en andere grondstoffen terug.'),
      { t: 'h', l: 1, text: 'Bodemdaling' },
      p('De bodemdaling in het veenweidegebied vraagt om een gebiedsgerichte aanpak:'),
      { t: 'ul', list: 'Punt', items: ['onderwaterdrainage en natter beheer waar dat kan;', { text: 'een andere landbouw op de natste gronden:', sub: ['natte teelten;', 'extensieve veehouderij.'] }, 'geen verdere peilverlaging die de daling versnelt.'] },
      { t: 'h', l: 1, text: 'Maatschappelijke taken' },
      { t: 'h', l: 2, text: 'Nautisch beheer en recreatie' },
      p('Vaarwegen blijven bevaarbaar; recreatie op en langs het water is welkom waar zij de natuur niet schaadt.'),
      { t: 'h', l: 2, text: 'Cultuurhistorie en landschap' },
      p('Dijken, gemalen en forten van de Stelling van Amsterdam zijn erfgoed dat wij zichtbaar houden.'),
      { t: 'h', l: 1, text: 'Energie en circulair' },
      p('In 2040 is ons waterschap energieneutraal en werken wij circulair.'),
      { t: 'h', l: 1, text: 'Samenwerking' },
      p('Wij zoeken koppelkansen met gemeenten, provincies, inwoners en bedrijven, vanuit onze kerntaken.'),
      { t: 'h', l: 1, text: 'Begrippenlijst' },
      p('In deze visie gebruiken wij de volgende begrippen:'),
      {
        t: 'table',
        cols: [4, 9.8],
        header: ['Begrip', 'Betekenis'],
        rows: [
          ['bodemdaling', 'het dalen van het maaiveld door oxidatie en inklinking van veen'],
          ['kering', 'een dijk, dam of ander werk dat water tegenhoudt'],
          ['peilbesluit', 'besluit waarin het waterschap de waterstanden vastlegt'],
          ['Waternet', 'de organisatie die de taken van het waterschap uitvoert'],
        ],
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      p('Bij de Omgevingsvisie AGV 2050 horen de volgende geografische informatieobjecten:'),
      { t: 'ul', list: 'Punt', items: gios.map((g) => `${g.naam}: ${g.identificatie}`) },
    ],
  ],
  gios,
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-agv-2050', regeling: 'omgevingsvisie-agv-2050', doel: 'omgevingsvisie-agv-2050' },
    datums: { vaststelling: '2028-10-10', ondertekening: '2028-10-10', bekendmaking: '2028-10-17' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0155',
  },
  geo: { origin: [125000, 475000] },
  meubilair: ['^Waterschap Amstel, Gooi en Vecht\\s+(Inleiding en leeswijzer|Ons gebied|Veiligheid|Voldoende water|Schoon water|Bodemdaling|Maatschappelijke taken|Energie en circulair|Samenwerking|Begrippenlijst)?$', '^Omgevingsvisie AGV 2050\\s+pagina \\d+$'],
}
export default doc
