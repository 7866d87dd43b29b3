/**
 * h186 — gemeente Raalte (gm0177), holdout (session 13): the Sallandse plattelandsgemeente of some 38.000 inwoners
 * with the kernen Raalte, Heino, Lemelerveld, Heeten, Luttenberg, Mariënheem, Broekland, Nieuw-Heeten and
 * Laag Zuthem. Structure and wording after the public texts on the omgevingsvisie "Horizon gemeente Raalte 2040"
 * (vastgesteld 26 November 2020): made after "luistervinken" with almost 1200 inwoners and 115 "Visiemakers"; the DNA
 * of the gemeente (mensen, omgeving, economische pijlers, sociale verbindingen: "het ons-kent-ons gevoel"); three
 * kernopgaven set as QUESTIONS ("Hoe geven we vorm en invulling aan de ontwikkelingen in het buitengebied …?") and a
 * chapter "Hoe doen we het samen?"), here as a revised visie of 2028, shortened and partly in our own words.
 * Layout: A5 in DejaVu Serif 9 pt with DejaVu Sans headings; LETTERED CHAPTERS "A" … "E" with sections "A.1" and a
 * third level "B.2.1"; several headings whose title is a QUESTION; no table of contents; header with the chapter
 * name as a field, footer "Horizon gemeente Raalte 2040 – n"; lists "–" and "1."; a table; raadsbesluit "besluit:"
 * with Artikel 1–3; GIO table Naam | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0177'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-23', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h186',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de omgevingsvisie "Horizon gemeente Raalte 2040" (vastgesteld 26 november 2020; luistervinken met bijna 1200 inwoners en 115 Visiemakers; het DNA van de gemeente: mensen, omgeving, economische pijlers en sociale verbindingen, "het ons-kent-ons gevoel"; drie kernopgaven als VRAGEN en een hoofdstuk "Hoe doen we het samen?"), hier als herziene visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A5 in DejaVu Serif 9 pt met DejaVu Sans-koppen, hoofdstukken met LETTERS "A" … "E", paragrafen "A.1", een derde niveau "B.2.1", koppen die een VRAAG zijn, geen inhoudsopgave, kopregel met de hoofdstuknaam als veld, voettekst "Horizon gemeente Raalte 2040 – n", lijsten "–" en "1.", een tabel, raadsbesluit "besluit:" met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Raalte',
  title: 'Horizon gemeente Raalte 2040',
  style: {
    font: 'DejaVu Serif',
    size: 9,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 11, 9.5, 9],
    headingColor: '#7A1F3D',
    lineHeight: 125,
    spaceAfter: 0.18,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.6, left: 1.7, right: 1.5 },
    outline: [
      { format: 'A', display: 1, start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['{chaptername}'], footer: ['Horizon gemeente Raalte 2040 – {page}'], align: 'right' },
    },
    tableBorder: '0.5pt solid #7A1F3D',
    tableHeaderBg: '#F1E3E8',
    tableFontSize: 8,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Raalte tot vaststelling van de omgevingsvisie Horizon gemeente Raalte 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Raalte tot vaststelling van de omgevingsvisie Horizon gemeente Raalte 2040' },
      p('De raad van de gemeente Raalte;'),
      p('gelezen het voorstel van burgemeester en wethouders van 17 oktober 2028, nummer 2028/118;'),
      p('gelet op artikel 3.1 van de Omgevingswet;'),
      p('overwegende dat de omgevingsvisie Horizon gemeente Raalte 2040 van 26 november 2020 na vier jaar is geëvalueerd en met de Visiemakers is herzien;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De herziene omgevingsvisie Horizon gemeente Raalte 2040 vast te stellen, met de geografische informatieobjecten uit bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De omgevingsvisie Horizon gemeente Raalte 2040, vastgesteld op 26 november 2020, in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 januari 2029.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 23 november 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'H.J. Schuurman'], right: ['de voorzitter,', '', 'M.J. Koelewijn'] },
    ],
  },
  visie: {
    opschrift: 'Horizon gemeente Raalte 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Horizon gemeente Raalte 2040' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie · herziening 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Het DNA van de gemeente Raalte'),
      p('De visie start met het DNA van de gemeente Raalte. Wat maakt Raalte Raalte? Het is het verhaal van een echte agrarische gemeente en van een hechte gemeenschap in Salland.'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('In onze leefomgeving komen veel functies en belangen bij elkaar. Die staan soms op gespannen voet. In de omgevingsvisie leggen wij gezamenlijke spelregels vast en geven wij richting aan de opgaven die wij zien.'),
      h(2, 'Mensen'),
      p('Inwoners wonen met plezier in de groene omgeving in en rond de kernen. Er is een goed georganiseerd verenigingsleven.'),
      h(2, 'Omgeving'),
      p('Raalte is een echte plattelandsgemeente met een groen, recreatief en agrarisch buitengebied.'),
      h(2, 'Economische pijlers en sociale verbindingen'),
      p('Naast de agrarische sector zijn de zorg, de bouw en een innovatieve maakindustrie sterke pijlers. Het ons-kent-ons gevoel en het ons-zorgt-voor-ons gevoel verbinden de dorpen.'),
      { t: 'break' },
      h(1, 'Het buitengebied'),
      h(2, 'Wat is de opgave?'),
      p('Hoe geven we vorm en invulling aan de ontwikkelingen in het buitengebied, zodat het een prettige plek blijft om te wonen, werken, ondernemen en recreëren? Natuur, recreatie, energie en landbouw kunnen met elkaar botsen en vragen om nieuwe keuzes.'),
      h(2, 'Welke koers kiezen we?'),
      p('Wij kiezen voor een vitaal platteland met ruimte voor de boer:'),
      { t: 'ol', list: 'Nummer', items: ['kringlooplandbouw krijgt voorrang;', 'vrijkomende agrarische bebouwing krijgt een nieuwe functie of wordt gesloopt;', 'zonneparken alleen volgens de zonneladder;', 'recreatie versterkt het Sallandse landschap.'] },
      h(3, 'Vrijkomende agrarische bebouwing'),
      p('Boeren die stoppen krijgen ruimte voor wonen of kleinschalige bedrijvigheid, in ruil voor sloop en landschapsherstel.'),
      h(3, 'Energie in het landschap'),
      p('Grootschalige opwekking past alleen waar het landschap het draagt.'),
      { t: 'break' },
      h(1, 'Dorpen en wijken'),
      h(2, 'Wat is de opgave?'),
      p('Hoe zorgen we dat bestaande wijken en dorpen leefbaar en aantrekkelijk blijven?'),
      h(2, 'Wonen in de kernen'),
      p('Alle kernen krijgen ontwikkelingsruimte. Niet om te groeien, maar om vernieuwing mogelijk te maken.'),
      {
        t: 'table',
        cols: [4, 3, 4.6],
        header: ['Kern', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Raalte', '1.400', 'centrum en Zuid-Oost'],
          ['Heino', '450', 'levensloopbestendig'],
          ['Lemelerveld', '350', 'starters'],
          ['Kleine kernen', '300', 'eigen behoefte'],
        ],
      },
      h(2, 'Voorzieningen'),
      p('Voorzieningen bundelen wij in multifunctionele accommodaties in de dorpen.'),
      { t: 'break' },
      h(1, 'Raalte in de regio'),
      h(2, 'Wat is de opgave?'),
      p('Hoe creëren we de optimale randvoorwaarden voor wonen, werken, ondernemen en recreëren in Raalte?'),
      h(2, 'Bereikbaarheid'),
      p('De N35 en de spoorlijn Zwolle–Enschede verbinden Raalte en Heino met de regio.'),
      h(2, 'Werklocaties'),
      p('Bedrijven vinden ruimte op Zuidwest en Jonkerslanden.'),
      { t: 'break' },
      h(1, 'Hoe doen we het samen?'),
      h(2, 'Wie heeft welke rol?'),
      p('Inwoners, ondernemers en de gemeente hebben elk hun rol:'),
      { t: 'ul', list: 'Streep', items: ['de gemeente stelt kaders en faciliteert;', { text: 'initiatiefnemers', sub: ['gaan vroeg in gesprek met de omgeving;', 'laten zien hoe hun plan bijdraagt aan de Horizon.'] }, 'de Visiemakers blijven meedenken.'] },
      h(2, 'Hoe houden we de visie actueel?'),
      p('Elke raadsperiode evalueren wij de visie met de Visiemakers.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [4, 7.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Raalte', 'gemeente-raalte', [0, 0], 9),
    gio('Kern Raalte', 'kern-raalte', [0, 1], 1.5),
    gio('Zoekgebied zonneparken', 'zoekgebied-zonneparken', [-4, -3], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'horizon-raalte-2040', regeling: 'horizon-raalte-2040', doel: 'horizon-raalte-2040-herziening-2028' },
    datums: { vaststelling: '2028-11-23', ondertekening: '2028-11-23', bekendmaking: '2028-11-30', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0177',
  },
  geo: { origin: [212000, 490000] },
  meubilair: ['^Horizon gemeente Raalte 2040 – \\d+$'],
}
export default doc
