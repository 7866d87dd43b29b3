/**
 * h126 — provincie Flevoland (pv24), holdout (session 12): the youngest province, land won from the
 * Zuiderzee (Noordoostpolder 1942, Oostelijk en Zuidelijk Flevoland 1957 and 1968), with Almere, Lelystad, Dronten,
 * Zeewolde, Urk and Noordoostpolder, the Markermeer and IJsselmeer, the Oostvaardersplassen, Lelystad Airport and
 * the largest share of wind energy in the country. Content after the public texts of Flevoland on its omgevingsvisie
 * ("FlevolandStraks": the pioneer spirit, "ruimte voor ontwikkeling", the kernkwaliteiten of the polder landscape,
 * the opgaven for energy, landbouw, wonen in Almere and the bereikbaarheid), here as a new visie of 2027, shortened
 * and largely in our own words. Layout: A5 in Liberation Serif 9.5 pt; chapters "Hoofdstuk 1" … "Hoofdstuk 6" (the
 * word in the numbering; nummer "1" in the truth), sections "1.1", a third level "2.1.1"; table of contents of
 * chapters only; footer "Omgevingsvisie Flevoland 2050" left and "pagina n" right; numbered lists "(1)" "(2)" and
 * "•"; a table; Statenbesluit "Provinciale Staten van Flevoland, gelezen …, gelet op …, besluiten:" with Artikel
 * I–III (the second withdraws the visie of 2019, the third names the date) and the ONDERTEKENING IN A TABLE OF TWO
 * COLUMNS; visie as "Bijlage 1"; GIO table Naam | Identificatie | Toelichting in "Bijlage 2", SPLIT OVER TWO PAGES.
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'pv24'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-09-29', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h126',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van de provincie Flevoland over haar omgevingsvisie ("FlevolandStraks": de pioniersgeest, ruimte voor ontwikkeling, de kernkwaliteiten van het polderlandschap, opgaven voor energie, landbouw, wonen in Almere en bereikbaarheid; Markermeer, IJsselmeer, Oostvaardersplassen, Lelystad Airport), hier als nieuwe visie van 2027, ingekort en grotendeels in eigen woorden; eigen opmaak: A5 in Liberation Serif 9,5 pt, hoofdstukken "Hoofdstuk 1" … "Hoofdstuk 6" (het woord in de nummering), paragrafen "1.1", een derde niveau "2.1.1", inhoudsopgave van hoofdstukken, voettekst "Omgevingsvisie Flevoland 2050" links en "pagina n" rechts, genummerde lijsten "(1)" "(2)" en "•", een tabel, Statenbesluit met Artikel I–III (intrekking van de visie van 2019, een datum) en de ONDERTEKENING IN EEN TABEL VAN TWEE KOLOMMEN, visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Toelichting in "Bijlage 2", VERDEELD OVER TWEE BLADZIJDEN (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Flevoland',
  title: 'Omgevingsvisie Flevoland 2050',
  style: {
    font: 'Liberation Serif',
    size: 9.5,
    headingFont: 'Liberation Sans',
    headingSizes: [14, 11, 9.5, 9.5],
    headingColor: '#1F5E3B',
    lineHeight: 125,
    spaceAfter: 0.15,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.8, left: 1.7, right: 1.5 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Haak: { kind: 'number', levels: [{ format: '1', prefix: '(', suffix: ')' }, { format: 'a', suffix: '.' }] },
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
    },
    masters: {
      Standard: { footer: ['Omgevingsvisie Flevoland 2050\t\tpagina {page}'] },
    },
    tableBorder: '0.5pt solid #1F5E3B',
    tableHeaderBg: '#E3EEE6',
    tableFontSize: 8,
    tussenkop: { bold: true, size: 9.5 },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Flevoland tot vaststelling van de Omgevingsvisie Flevoland 2050',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Provinciaal blad · Statenbesluit nr. 3104522' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Flevoland tot vaststelling van de Omgevingsvisie Flevoland 2050' },
      { t: 'p', text: 'Provinciale Staten van Flevoland,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 6 juli 2027, nummer 3104522;' },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Omgevingsvisie Flevoland 2050, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Omgevingsvisie FlevolandStraks, vastgesteld op 4 juli 2019, wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Flevoland van 29 september 2027.' },
      { t: 'sign', left: ['de griffier,', '', '', 'mr. drs. R.A.M. Olierook'], right: ['de voorzitter,', '', '', 'drs. A.J. Vestering'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Flevoland 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij Statenbesluit nr. 3104522' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Flevoland 2050' },
      { t: 'p', style: 'subtitle', text: 'Nieuw land, nieuwe kansen' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 1 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Het verhaal van Flevoland' },
      { t: 'p', text: 'Flevoland is gemaakt land. Waar een eeuw geleden de Zuiderzee golfde, wonen nu ruim 440.000 mensen. De pioniersgeest van de eerste bewoners is nog altijd ons kapitaal.' },
      { t: 'h', l: 2, text: 'Ruimte als kwaliteit' },
      { t: 'p', text: 'De maat van het polderlandschap, de lange lijnen van dijken, wegen en kavels en de weidse luchten maken Flevoland herkenbaar.' },
      { t: 'h', l: 2, text: 'De rol van de provincie' },
      { t: 'p', text: 'De provincie stelt kaders waar dat nodig is en laat ruimte aan gemeenten, ondernemers en inwoners waar dat kan.' },
      { t: 'h', l: 1, text: 'Kernkwaliteiten' },
      { t: 'h', l: 2, text: 'Het polderlandschap' },
      { t: 'h', l: 3, text: 'De Noordoostpolder' },
      { t: 'p', text: 'De Noordoostpolder met Emmeloord in het hart en de oude eilanden Urk en Schokland is het oudste deel van de provincie.' },
      { t: 'h', l: 3, text: 'Oostelijk en Zuidelijk Flevoland' },
      { t: 'p', text: 'In Oostelijk en Zuidelijk Flevoland bepalen de grote landbouwkavels en de bossen van het Horsterwold het beeld.' },
      { t: 'h', l: 2, text: 'Water en natuur' },
      { t: 'p', text: 'De Oostvaardersplassen, het Markermeer en het IJsselmeer zijn natuurgebieden van internationale betekenis.' },
      { t: 'h', l: 1, text: 'Energie en klimaat' },
      { t: 'p', text: 'Flevoland wekt al meer duurzame stroom op dan het zelf gebruikt. Wij kiezen voor opschalen en saneren van windturbines in plaats van uitbreiden:' },
      { t: 'ol', list: 'Haak', items: ['nieuwe windturbines alleen in de aangewezen windgebieden;', 'voor elke nieuwe turbine verdwijnen oude solitaire molens;', { text: 'zonnevelden alleen', sub: ['op daken en langs infrastructuur;', 'tijdelijk op gronden die wachten op een andere bestemming.'] }] },
      { t: 'h', l: 2, text: 'Windenergie' },
      { t: 'p', text: 'Het Regioplan Wind Zuidelijk en Oostelijk Flevoland blijft het kader. Langs de dijken houden wij de horizon vrij.' },
      { t: 'h', l: 2, text: 'Klimaatadaptatie' },
      { t: 'p', text: 'De polders liggen tot vijf meter onder zeeniveau. Wij houden met de waterschappen rekening met bodemdaling en verzilting.' },
      { t: 'h', l: 1, text: 'Wonen en werken' },
      { t: 'h', l: 2, text: 'Almere als groeistad' },
      { t: 'p', text: 'Almere groeit door naar meer dan 300.000 inwoners. Almere Pampus en Oosterwold bieden ruimte voor een eigen woonmilieu.' },
      { t: 'h', l: 2, text: 'De andere kernen' },
      { t: 'p', text: 'Lelystad, Dronten, Zeewolde, Urk en de dorpen van de Noordoostpolder bouwen voor de eigen behoefte en voor nieuwkomers.' },
      {
        t: 'table',
        cols: [4, 2.6, 2.6, 2.3],
        header: ['Gemeente', 'Woningen 2027', 'Erbij tot 2040', 'Aandeel'],
        rows: [
          ['Almere', '95.000', '32.000', '60%'],
          ['Lelystad', '37.000', '9.500', '18%'],
          ['Dronten', '17.500', '4.000', '8%'],
          ['Zeewolde', '9.000', '2.500', '5%'],
          ['Noordoostpolder en Urk', '25.000', '4.500', '9%'],
        ],
      },
      { t: 'h', l: 2, text: 'Lelystad Airport en de werklocaties' },
      { t: 'p', text: 'Rond Lelystad Airport en langs de A6 ontwikkelen wij werklocaties voor logistiek en luchtvaartgebonden bedrijvigheid.' },
      { t: 'h', l: 1, text: 'Landbouw en voedsel' },
      { t: 'h', l: 2, text: 'Een sterke akkerbouw' },
      { t: 'p', text: 'De Flevolandse akkerbouw behoort tot de productiefste ter wereld. Wij steunen de overgang naar kringlooplandbouw.' },
      { t: 'h', l: 2, text: 'Boeren in de stadsrand' },
      { t: 'p', text: 'Rond Almere en Lelystad krijgt stadslandbouw ruimte. De volgorde van afwegen is:' },
      { t: 'ol', list: 'Haak', items: ['behoud van de landbouwstructuur;', 'combinaties met recreatie en natuur;', 'omschakeling naar een andere functie.'] },
      { t: 'h', l: 1, text: 'Bereikbaarheid en uitvoering' },
      { t: 'h', l: 2, text: 'Wegen, spoor en water' },
      { t: 'ul', list: 'Bol', items: ['de verbreding van de A6 en de A27;', 'een betere treinverbinding tussen Lelystad en Zwolle;', 'de vaarweg Lemmer–Delfzijl en de havens van Urk en Lelystad.'] },
      { t: 'h', l: 2, text: 'Werken met de visie' },
      { t: 'p', text: 'De visie werkt door in de Omgevingsverordening Flevoland en in de programma’s voor energie, landbouw en mobiliteit.' },
    ],
  },
  bijlagen: [
    [
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Overzicht werkingsgebieden', sep: ' – ' },
      { t: 'p', text: 'De werkingsgebieden van deze omgevingsvisie zijn vastgelegd als geografische informatieobjecten. Elk object wordt hieronder met zijn naam, zijn identificatie in de landelijke voorziening en een korte toelichting genoemd.' },
      { t: 'p', text: 'De begrenzing van een werkingsgebied is niet bedoeld om op perceelsniveau te worden gelezen. Waar een grens samenvalt met een dijk, een vaart of een weg, geldt de as daarvan als grens. De kaarten zijn te raadplegen in het Omgevingsloket, waar ook de bijbehorende regels van de Omgevingsverordening Flevoland te vinden zijn. Bij twijfel over de ligging van een grens kunt u contact opnemen met de provincie.' },
      { t: 'gio', layout: 'table', cols: [3.2, 5.6, 2.8], header: ['Naam', 'Identificatie', 'Toelichting'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Provincie Flevoland', 'provincie-flevoland', 'hele grondgebied', [0, 0], 30),
    gio('Windgebieden Zuidelijk en Oostelijk Flevoland', 'windgebieden-zuidelijk-oostelijk-flevoland', 'hoofdstuk 3, windenergie', [4, -4], 10),
    gio('Oostvaardersplassen', 'oostvaardersplassen', 'hoofdstuk 2, natuur', [-8, 2], 4),
    gio('Markermeer en IJmeer', 'markermeer-en-ijmeer', 'hoofdstuk 2, water', [-18, 4], 8),
    gio('Almere Pampus en Oosterwold', 'almere-pampus-en-oosterwold', 'hoofdstuk 4, wonen', [-12, -10], 5),
    gio('Werklocaties Lelystad Airport', 'werklocaties-lelystad-airport', 'hoofdstuk 4, werken', [2, 4], 2),
    gio('Horsterwold', 'horsterwold', 'hoofdstuk 2, bos', [6, -12], 3),
    gio('Noordoostpolder en Urk', 'noordoostpolder-en-urk', 'hoofdstuk 2, polderlandschap', [8, 24], 10),
    gio('Nationaal Park Nieuw Land', 'nationaal-park-nieuw-land', 'hoofdstuk 2, natuur', [-10, 6], 9),
    gio('Kustzone IJsselmeer / Ketelmeer', 'kustzone-ijsselmeer-ketelmeer', 'hoofdstuk 2, water', [10, 18], 3),
    gio('Vaarweg Lemmer–Delfzijl, Flevolands deel', 'vaarweg-lemmer-delfzijl', 'hoofdstuk 6, water', [14, 32], 2),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-flevoland-2050', regeling: 'omgevingsvisie-flevoland-2050', doel: 'omgevingsvisie-flevoland-2050' },
    datums: { vaststelling: '2027-09-29', ondertekening: '2027-09-29', bekendmaking: '2027-10-06', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV24',
  },
  geo: { origin: [160000, 500000] },
  meubilair: ['^Omgevingsvisie Flevoland 2050 pagina \\d+$'],
}
export default doc
