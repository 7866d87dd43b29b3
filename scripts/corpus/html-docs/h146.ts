/**
 * h146 — gemeente Zwartewaterland (gm1896), holdout (session 12): the gemeente on the Zwarte Water with the three
 * vestingstadjes Hasselt, Genemuiden (tapijtindustrie) and Zwartsluis, and the dorpen Mastenbroek, Barsbeek and
 * Kamperzeedijk; the Kamper Eiland, the Mastenbroekerpolder and the Natura 2000-gebied Zwarte Meer. Content partly after the
 * gemeente's public pages on its Omgevingsvisie (vastgesteld 2021: hoofdopgaven found with "Reisbureau Kijk ’38" in
 * 2018, worked out per deelgebied in the Ontmoetingen of 2019 into six integrale ambities, three of them used here as
 * section titles; inbreiding vóór uitbreiding; Nationaal Landschap IJsseldelta; Mastenbroek the oldest polder), here
 * as a new visie of 2027, mostly in our own words. Layout: A4 in Liberation Sans 9.5 pt; chapters in two digits "01" … "05" (printed so), sections "1.1"
 * and a third level "3.2.1"; no table of contents; page number in the OUTER MARGIN HALFWAY DOWN the page (left on
 * even, right on odd pages); a VERTICAL TEXT "vastgesteld" in the left margin of every page (extracted as one letter a line); a figure (a grey map
 * box) with the caption "Figuur 3.2 …" between paragraphs; notes "1" … "3" at the end of sections (as an HTML
 * export prints them); lists "•" and "a."; a table; raadsbesluit with "BESLUIT" and Artikel 1–3; GIO table Naam |
 * Identificatie in "Bijlage 1 Werkingsgebieden".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1896/2027/${slug}/nld@2027-09-23;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Zwartewaterland', 'gemeente-zwartewaterland', [0, 0], 5),
  gio('Vestingstadjes', 'vestingstadjes', [-1, 1], 1.2),
  gio('Mastenbroekerpolder', 'mastenbroekerpolder', [2, -2], 2),
  gio('Zwarte Meer en Kamper Eiland', 'zwarte-meer-kamper-eiland', [-4, 3], 1.5),
]
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]
const noot = (n: number, t: string) => `<p class="noot"><sup>${n}</sup> ${t}</p>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Zwartewaterland · raadsbesluit nr. 2027/46</p>
<p class="ttl">Besluit van de raad van de gemeente Zwartewaterland tot vaststelling van de Omgevingsvisie Zwartewaterland</p>
<p>De raad van de gemeente Zwartewaterland;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2027;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie vanaf 15 maart 2027 zes weken ter inzage heeft gelegen en dat negen zienswijzen zijn ingediend;</p>
<p>gelet op artikel 3.1 en artikel 16.27 van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Zwartewaterland vast te stellen, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 1.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Zwartewaterland 2025 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 23 september 2027.</p>
${handtekeningen(['De griffier,', 'H.J. Dekker'], ['De voorzitter,', 'E.J. van der Wal'])}
</div>`)
  d.page('titel').raw(`
<div class="titel"><p class="t1">Omgevingsvisie Zwartewaterland</p><p class="t2">Leven aan het water</p></div>`)

  d.enter('visie')
  d.kop(1, '01', 'Inleiding')
  d.p('Zwartewaterland is een gemeente van water, polders en drie historische stadjes. In deze omgevingsvisie beschrijven wij hoe wij de fysieke leefomgeving tot 2040 willen ontwikkelen.<sup>1</sup>')
  d.kop(2, '1.1', 'Aanleiding')
  d.p('Met de Omgevingswet stelt iedere gemeente één integrale omgevingsvisie vast.')
  d.kop(2, '1.2', 'Status en doorwerking')
  d.p('De visie bindt alleen de gemeente. Zij werkt door in het omgevingsplan.')
  d.raw(noot(1, 'De visie vervangt de Structuurvisie Zwartewaterland 2025.'))
  d.kop(1, '02', 'Zwartewaterland in het kort')
  d.kop(2, '2.1', 'Drie stadjes aan het Zwarte Water')
  d.p('Hasselt, Genemuiden en Zwartsluis zijn oude vestingstadjes met een eigen karakter:')
  d.list(['Hasselt, Hanzestad met een compacte binnenstad;', 'Genemuiden, centrum van de tapijtindustrie;', { text: 'Zwartsluis, aan het water van de Meppelerdiep', sub: ['met de watersporthavens;', 'met de sluis naar het Zwarte Meer.'] }], punt)
  d.kop(2, '2.2', 'Polders en dorpen')
  d.p('Zwartewaterland ligt in het Nationaal Landschap IJsseldelta, omgeven door het Nationaal Park Weerribben-Wieden, de uiterwaarden van het Zwarte Water en de Vecht. De polder Mastenbroek is de oudste polder binnen de gemeente en heeft een geheel eigen karakter.<sup>2</sup>')
  d.table(['Kern', 'Inwoners', 'Karakter'], [
    ['Genemuiden', '11.000', 'werkstad'],
    ['Hasselt', '7.500', 'Hanzestad'],
    ['Zwartsluis', '5.000', 'waterstad'],
    ['Dorpen en buitengebied', '2.300', 'agrarisch'],
  ], 'tbl', ['40%', '20%', '40%'])
  d.raw(noot(2, 'De polder is in 1364 ontgonnen; de verkaveling is nog grotendeels intact.'))
  d.kop(1, '03', 'Ambities')
  d.p('Met inwoners, ondernemers en organisaties zochten wij in het voorjaar van 2018 met Reisbureau Kijk ’38 naar de hoofdopgaven; tijdens de Ontmoetingen van mei en juni 2019 zijn die per deelgebied uitgewerkt tot zes integrale ambities.')
  d.kop(2, '3.1', 'Samenwerkend Zwartewaterland bereikt meer')
  d.p('Wij passen inbreiding vóór uitbreiding toe: woningbouw komt zoveel mogelijk binnen en aan de randen van het bestaand bebouwd gebied.')
  d.kop(2, '3.2', 'Nieuwe energie en klimaatadaptatie krijgen de ruimte')
  d.p('Het Zwarte Water en het Zwarte Meer bepalen het landschap. Wij werken met het waterschap aan hoogwaterveiligheid.')
  d.raw(`<div class="fig"><div class="kaart">kaart</div><p class="cap">Figuur 3.2 De drie stadjes langs het Zwarte Water</p></div>`)
  d.p('De dijken langs het Zwarte Water worden de komende jaren versterkt. Wij benutten die versterking voor recreatieve routes.')
  d.kop(3, '3.2.1', 'Hoogwaterveiligheid')
  d.p('De Ramspolkering beschermt het gebied bij storm. Bij nieuwbouw houden wij rekening met overstromingsrisico’s.')
  d.kop(3, '3.2.2', 'Droogte en wateroverlast')
  d.p('In de stadjes vangen wij regenwater op in groen en in wadi’s.')
  d.kop(2, '3.3', 'Een uitnodigende leefomgeving om te bewegen, ontmoeten en verblijven')
  d.p('Genemuiden blijft het centrum van de tapijt- en kunstgrasindustrie. Wij zorgen voor:')
  d.list(['ruimte voor uitbreiding van bestaande bedrijven;', 'goede ontsluiting over de N331;', 'bedrijventerreinen aan het water voor watergebonden bedrijven.'], letter)
  d.kop(2, '3.4', 'Landbouw en natuur')
  d.p('De melkveehouderij in de polders draagt het landschap. Langs het Zwarte Meer ligt Natura 2000-gebied.<sup>3</sup>')
  d.raw(noot(3, 'Het Zwarte Meer is aangewezen als Natura 2000-gebied voor vogels en waterplanten.'))
  d.kop(1, '04', 'Gebieden')
  d.kop(2, '4.1', 'De stadjes')
  d.p('Wij versterken de historische binnensteden en houden ze levendig.')
  d.kop(2, '4.2', 'Mastenbroek')
  d.p('Het open polderlandschap blijft open; bebouwing concentreert zich op de erven.')
  d.kop(2, '4.3', 'Het Zwarte Meer en Kamper Eiland')
  d.p('Rust, natuur en extensieve recreatie staan voorop.')
  d.kop(1, '05', 'Uitvoering')
  d.kop(2, '5.1', 'Omgevingsplan')
  d.p('De keuzes werken door in het omgevingsplan.')
  d.kop(2, '5.2', 'Samenwerking')
  d.p('Wij werken samen met de provincie Overijssel, waterschap Drents Overijsselse Delta en de buurgemeenten.')

  d.bijlage('1', 'Werkingsgebieden', '<h1 class="brk bijl">Bijlage 1 Werkingsgebieden</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const ft = "font: 9pt 'Liberation Sans'; color: #333;"
  const spec: DocSpec = {
    id: 'h146',
    set: 'holdout',
    bron: 'Deels naar de openbare pagina\'s van de gemeente Zwartewaterland over haar Omgevingsvisie (vastgesteld 2021: hoofdopgaven met "Reisbureau Kijk ’38" in 2018, in de Ontmoetingen van 2019 per deelgebied uitgewerkt tot zes integrale ambities, waarvan er drie hier paragraaftitels zijn; inbreiding vóór uitbreiding; Nationaal Landschap IJsseldelta; Mastenbroek de oudste polder), hier als nieuwe visie van 2027, grotendeels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, hoofdstukken in twee cijfers "01" … "05", paragrafen "1.1" en een derde niveau "3.2.1", geen inhoudsopgave, paginanummer in de buitenmarge halverwege de pagina, verticale tekst "vastgesteld" in de linkermarge van elke pagina, een figuur met onderschrift "Figuur 3.2 …" tussen alinea\'s, noten aan het eind van paragrafen, lijsten "•" en "a.", een tabel, raadsbesluit met "BESLUIT" en Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1 Werkingsgebieden" (holdout)',
    bevoegdGezag: 'gm1896',
    naam: 'Gemeente Zwartewaterland',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zwartewaterland tot vaststelling van de Omgevingsvisie Zwartewaterland',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Zwartewaterland',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-zwartewaterland', regeling: 'omgevingsvisie-zwartewaterland', doel: 'omgevingsvisie-zwartewaterland' },
      datums: { vaststelling: '2027-09-23', ondertekening: '2027-09-23', bekendmaking: '2027-09-30', inwerkingtreding: '2027-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1896',
      oin: '00000001000000018960',
      achtergrondActualiteit: '2027-01-01',
    },
    geo: { origin: [200000, 515000] },
    meubilair: ['^\\d+$', '^[vastgeld]$'],
    title: 'Omgevingsvisie Zwartewaterland',
    css: `
@page { size: A4; margin: 22mm 22mm 22mm 24mm; @left-top { content: 'vastgesteld'; writing-mode: vertical-rl; transform: rotate(180deg); font: bold 10pt 'DejaVu Sans'; color: #9a9a9a; letter-spacing: 2pt; vertical-align: middle; } }
@page :right { @right-middle { content: counter(page); ${ft} } }
@page :left { @left-middle { content: counter(page); ${ft} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #111; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'DejaVu Sans'; color: #777; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #1F4E79; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #4A8AC2; }
h1 { font: bold 17pt 'DejaVu Sans'; color: #1F4E79; margin: 0 0 5mm; }
h1 .nr { color: #4A8AC2; margin-right: 3mm; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #1F4E79; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 13pt; }
.noot { font-size: 7.5pt; border-top: 0.4pt solid #999; padding-top: 1mm; width: 40%; }
.fig { margin: 3mm 0; }
.kaart { height: 55mm; background: #dde6ee; color: #dde6ee; font-size: 1pt; }
.cap { font: italic 8.5pt 'Liberation Sans'; margin-top: 1.5mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { background: #1F4E79; color: #fff; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th { text-align: left; border-bottom: 1pt solid #1F4E79; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}
