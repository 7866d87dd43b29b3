/**
 * h151 — gemeente Doetinchem (gm1876), holdout (session 12): the Achterhoekse centrumgemeente of some 59.000
 * inwoners with Doetinchem as "hart van de Achterhoek" and the kernen Gaanderen, Wehl, Nieuw-Wehl, Dichteren and
 * Wijnbergen, the Oude IJssel, the Slingeplas and the Slangenburg estate, the A18 and the N317. Content after the
 * public themes of Doetinchem's omgevingsvisie (Doetinchem as centre of the Achterhoek, the binnenstad and the
 * Oude IJssel zone, the Achterhoekse landgoederen, the regional cooperation in the 8RHK), here as a visie of 2028,
 * largely in our own words. Layout: A4 in DejaVu Serif 9.5 pt with headings in DejaVu Sans; part lines "Deel A –
 * Visie" and "Deel B – Gebieden" as level 1 with chapters "1", "2" … under them (numbering restarting in Deel B),
 * sections "1.1" and a further level "2.1.1"; table of contents; header with the chapter name right, footer
 * "Omgevingsvisie Doetinchem | n"; lists "■" and "a)"; one table; raadsbesluit with "Artikel 1 - Vaststelling
 * omgevingsvisie" (titles after a hyphen); GIO table Nr. | Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1876'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-01-27', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doc: Doc = {
  id: 'h151',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare thema\'s van de omgevingsvisie van de gemeente Doetinchem (Doetinchem als hart van de Achterhoek, de binnenstad en de zone langs de Oude IJssel, de landgoederen als de Slangenburg, de kernen Gaanderen en Wehl, de samenwerking in de Achterhoek), hier als visie van 2028, grotendeels in eigen woorden; eigen opmaak: A4 in DejaVu Serif 9,5 pt met koppen in DejaVu Sans, deelregels "Deel A – Visie" en "Deel B – Gebieden" als niveau 1 met hoofdstukken "1", "2" … eronder (nummering begint in Deel B opnieuw), paragrafen "1.1" en een verder niveau "2.1.1", inhoudsopgave, kopregel met de hoofdstuknaam rechts, voettekst "Omgevingsvisie Doetinchem | n", lijsten "■" en "a)", een tabel, raadsbesluit met "Artikel 1 - Vaststelling omgevingsvisie" (titel na een koppelteken), GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Doetinchem',
  title: 'Omgevingsvisie Doetinchem',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [16, 13, 10.5, 9.5],
    headingColor: '#8B1E3F',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.5, bottom: 2.2, left: 2.4, right: 2.4 },
    outline: [
      { format: 'A', display: 1, prefix: 'Deel ', suffix: ' –' },
      { format: '1', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■' }, { char: '□' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['\t\t{chaptername}'], footer: ['Omgevingsvisie Doetinchem | {page}'] },
    },
    tableBorder: '0.5pt solid #8B1E3F',
    tableHeaderBg: '#F3E1E7',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Doetinchem tot vaststelling van de Omgevingsvisie Doetinchem',
    artikelen: ['1', '2', '3', '4'],
    inwerkingtreding: '2028-03-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Raadsvergadering 27 januari 2028 · agendapunt 9 · zaaknummer D2027/0917' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Doetinchem tot vaststelling van de Omgevingsvisie Doetinchem' },
      p('De raad van de gemeente Doetinchem;'),
      p('gelezen het voorstel van burgemeester en wethouders van 5 december 2027;'),
      p('overwegende dat:'),
      { t: 'ul', list: 'Blok', items: ['de Omgevingswet vraagt om één integrale visie op de fysieke leefomgeving;', 'inwoners, ondernemers en partners in de Achterhoek bij de totstandkoming zijn betrokken;', 'de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en de zienswijzen zijn beantwoord in een nota van zienswijzen;'] },
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1 - Vaststelling omgevingsvisie' },
      p('De Omgevingsvisie Doetinchem, bestaande uit Deel A – Visie en Deel B – Gebieden en de bijlage met geografische informatieobjecten, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2 - Nota van zienswijzen' },
      p('De nota van zienswijzen wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3 - Intrekking' },
      p('De Structuurvisie Doetinchem 2030 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 4 - Inwerkingtreding' },
      p('Dit besluit treedt in werking op 1 maart 2028.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 27 januari 2028.'),
      { t: 'sign', left: ['de griffier,', '', '', 'R.A. Jansen'], right: ['de voorzitter,', '', '', 'M.J. Boland'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Doetinchem',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Doetinchem' },
      { t: 'p', style: 'subtitle', text: 'Hart van de Achterhoek' },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Visie' },
      { t: 'h', l: 2, text: 'Inleiding' },
      p('Deze omgevingsvisie beschrijft onze koers voor de fysieke leefomgeving van Doetinchem tot 2040. Deel A bevat de visie voor de hele gemeente, deel B werkt die uit per gebied.'),
      { t: 'h', l: 3, text: 'Aanleiding' },
      p('Met de Omgevingswet vervangt deze visie de structuurvisie en een aantal sectorale beleidsnota\'s.'),
      { t: 'h', l: 3, text: 'Totstandkoming' },
      p('In 2026 en 2027 spraken wij met inwoners, dorpsraden, ondernemers en de regio Achterhoek.'),
      { t: 'h', l: 2, text: 'Doetinchem in 2040' },
      p('Doetinchem is in 2040 de centrumstad van een vitale Achterhoek:'),
      { t: 'ul', list: 'Blok', items: ['een levendige binnenstad aan de Oude IJssel;', 'wijken en kernen waar het goed wonen is;', { text: 'een economie met ruimte voor', sub: ['maakindustrie;', 'zorg en onderwijs.'] }, 'een landschap met landgoederen, essen en beken.'] },
      { t: 'h', l: 2, text: 'Opgaven' },
      { t: 'h', l: 3, text: 'Wonen' },
      p('Tot 2035 bouwen wij circa 3.000 woningen, vooral binnenstedelijk.'),
      { t: 'h', l: 3, text: 'Economie' },
      p('Bedrijventerrein Verheulsweide en de terreinen langs de A18 bieden ruimte aan werk.'),
      { t: 'h', l: 3, text: 'Energie' },
      p('Samen met de Achterhoekse gemeenten streven wij naar energieneutraliteit in 2030.'),
      { t: 'h', l: 3, text: 'Klimaat' },
      p('Wij maken de stad groener en vangen water op in wadi\'s en in de beekdalen.'),
      { t: 'h', l: 2, text: 'Keuzes' },
      p('Bij afwegingen hanteren wij de volgende volgorde:'),
      { t: 'ol', list: 'Letter', items: ['eerst bestaand bebouwd gebied benutten;', 'dan combineren van functies;', 'pas daarna nieuwe ruimte in het buitengebied.'] },
      { t: 'h', l: 1, text: 'Gebieden' },
      { t: 'h', l: 2, text: 'Binnenstad' },
      p('De binnenstad is het hart van Doetinchem en de Achterhoek.'),
      { t: 'h', l: 3, text: 'Winkelhart' },
      p('Wij houden het winkelhart compact rond de Hamburgerstraat en het Simonsplein.'),
      { t: 'h', l: 3, text: 'Oude IJssel' },
      p('Langs de Oude IJssel ontstaat een groene rivierpromenade.'),
      { t: 'h', l: 2, text: 'Wijken' },
      p('In de naoorlogse wijken combineren wij renovatie met verduurzaming.'),
      {
        t: 'table',
        cols: [4, 5, 7.2],
        header: ['Wijk', 'Bouwperiode', 'Opgave'],
        rows: [
          ['De Huet', '1965–1980', 'herstructurering en groen'],
          ['Dichteren', 'vanaf 1995', 'duurzaam wonen en zorg'],
          ['Overstegen', '1955–1970', 'energietransitie per buurt'],
          ['Schöneveld', '1970–1985', 'openbare ruimte'],
        ],
      },
      { t: 'h', l: 2, text: 'Kernen' },
      { t: 'h', l: 3, text: 'Gaanderen' },
      p('Gaanderen behoudt zijn eigen dorpskarakter aan de Oude IJssel.'),
      { t: 'h', l: 3, text: 'Wehl' },
      p('Wehl groeit beperkt, met woningen voor jongeren en ouderen.'),
      { t: 'h', l: 2, text: 'Buitengebied' },
      p('Het buitengebied kent landgoederen als de Slangenburg, kleinschalige landbouw en recreatie.'),
      { t: 'h', l: 3, text: 'Landgoederen' },
      p('Wij beschermen de landgoederen en staan nieuwe landgoederen toe onder voorwaarden.'),
      { t: 'h', l: 3, text: 'Energie' },
      p('Zonneparken passen wij in het landschap in; windturbines alleen in de zoekgebieden.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Overzicht geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5.2, 9.8], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Doetinchem', 'gemeente-doetinchem', [0, 0], 12),
    gio('Binnenstad Doetinchem', 'binnenstad-doetinchem', [0, 0], 1),
    gio('Zone Oude IJssel', 'zone-oude-ijssel', [-2, -2], 3),
    gio('Landgoed Slangenburg', 'landgoed-slangenburg', [4, 3], 2),
    gio('Zoekgebied windenergie', 'zoekgebied-windenergie', [-5, 4], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-doetinchem', regeling: 'omgevingsvisie-doetinchem', doel: 'omgevingsvisie-doetinchem' },
    datums: { vaststelling: '2028-01-27', ondertekening: '2028-01-27', bekendmaking: '2028-02-03', inwerkingtreding: '2028-03-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1876',
  },
  geo: { origin: [220000, 442000] },
  meubilair: ['^(Visie|Gebieden)$', '^Omgevingsvisie Doetinchem \\| \\d+$'],
}
export default doc
