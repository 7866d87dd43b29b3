/**
 * h54 — gemeente Losser (gm0168), holdout (session 8): a gemeente on the German border. Content after the gemeente's
 * public pages about its omgevingsvisie (the Nota van uitgangspunten, the Omgevingsfestival, the kernen Losser, De
 * Lutte, Glane, Overdinkel and Beuningen, the Dinkel and its Natura 2000 valley, the Lutterzand and the Tankenberg,
 * the border with Gronau and Bad Bentheim, the earlier Structuurvisie Losser with its stuwwal, rivierdal and
 * verwevingslandschap), shortened and in our own words. Layout: A4 landscape in a slide-like style (Carlito 11 pt,
 * DejaVu Sans headings in Twente green) with a narrow left column for kaders beside the body, chapters "HOOFDSTUK 3"
 * with the title on the next line, sections "§ 3.1 Titel" and sub-sections "3.1.1 Titel", run-in tussenkoppen,
 * ✓-lists with ►-items (one interrupted by a page break), a "1." list, a table, a footer with a date + version line left and "Pagina n van m" right, a
 * raadsbesluit with "Overwegende dat", "gelet op", "Besluit:", Artikel 1–3 (inwerkingtreding the day after the
 * uitgifte of the Gemeenteblad), signatures in two columns, a lower-case "bijlage 1" before the visie and a GIO table
 * of nine objects.
 */
import { DocBuilder, plain, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0168', '2027', '2027-06-24', '1', 'h54')
const GIOS: Gio[] = [
  gio('Gemeente Losser', [0, 0], 6),
  gio('Kern Losser', [0, 0], 0.8),
  gio('Kern De Lutte', [3.5, 1.5], 0.6),
  gio('Kern Overdinkel', [-1, -3], 0.5),
  gio('Kernen Glane en Beuningen', [-2, -1.5], 0.6),
  gio('Natura 2000 Dinkeldal (Dinkel en Lutterzand)', [2, 0], 2),
  gio('Stuwwal Tankenberg–Oldenzaal', [3, 3], 1.5),
  gio('Grenszone Gronau–Bad Bentheim', [1, -2], 3),
  gio('Verwevingslandschap Noord-Losser', [0, 4], 2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="hn">HOOFDSTUK ${k.nummer}</span><br>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>§ ${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: '►', font: 'DejaVu Sans' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  /** a run-in tussenkop: a bold lead-in that starts the paragraph */
  const runin = (lead: string, rest: string) => d.p(`<b>${lead}</b> ${rest}`)
  const kader = (titel: string, tekst: string) => d.raw(`<aside class="kader"><p class="kk">${titel}</p><p>${tekst}</p></aside>`)

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Losser · Raadsbesluit</p>
<p class="ttl">Besluit van de raad van de gemeente Losser tot vaststelling van de Omgevingsvisie Losser</p>
<p>De raad van de gemeente Losser;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 13 mei 2027, nummer 2027/118;</p>
<p>Overwegende dat de gemeente op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt voor haar hele grondgebied;</p>
<p>Overwegende dat de visie is opgesteld met inwoners, ondernemers en de Duitse buurgemeenten, en dat het ontwerp zes weken ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Losser, opgenomen in bijlage 1 bij dit besluit, met de werkingsgebieden die in de bijlage bij de visie zijn genoemd, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.</p>
<p class="art">Artikel 3</p>
<p>De Structuurvisie Losser 2018 wordt ingetrokken met ingang van het tijdstip waarop dit besluit in werking treedt.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 24 juni 2027.</p>
${handtekeningen(['de griffier,', 'mr. H.G.J. Bruins Slot'], ['de burgemeester,', 'drs. M.H.M. Hulshof'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">bijlage 1 bij het raadsbesluit van 24 juni 2027</p>
<p class="t1">Omgevingsvisie Losser</p>
<p class="t2">Grensverleggend groen – wonen, werken en ontspannen in het Dinkelland van Twente</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Over deze visie')
  kader('Omgevingsfestival', 'In september 2021 dachten inwoners online en in de dorpen mee over de toekomst van Losser.')
  d.p('Losser ligt in het oosten van Twente, tegen de grens met Duitsland. De gemeente telt ongeveer 22.900 inwoners in vijf kernen en een groot, afwisselend buitengebied.')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  runin('Eén visie.', 'De Omgevingswet vraagt één visie voor de hele fysieke leefomgeving. Deze visie vervangt de Structuurvisie Losser en de losse nota’s voor de kernen en het buitengebied.')
  runin('Richting voor het omgevingsplan.', 'De visie bindt de gemeente zelf; de regels komen in het omgevingsplan.')
  runin('Samen met de buren.', 'Losser deelt het landschap met Dinkelland, Oldenzaal en Enschede en, over de grens, met Gronau en Bad Bentheim. Waar opgaven over de gemeentegrens of de landsgrens heen gaan, zoeken wij de samenwerking op.')
  runin('Een visie voor de lange termijn.', 'De visie kijkt vooruit naar 2040. Zij is geen blauwdruk: waar nieuwe ontwikkelingen daarom vragen, passen wij haar aan.')
  d.kop(2, '1.2', 'Zeven ambities')
  d.p('De ambities zijn in 2021 besproken met inwoners, ondernemers en organisaties tijdens het Omgevingsfestival en daarna aangescherpt in gesprekken met de dorpsraden van De Lutte, Overdinkel, Glane en Beuningen. Zij vormen de rode draad van deze visie en komen in hoofdstuk 3 terug bij de keuzes per thema.')
  d.p('In de Nota van uitgangspunten legde de raad zeven ambities vast. Wij willen:')
  d.list(
    [
      'een vitaal buitengebied met toekomst voor de boeren;',
      'leefbare kernen met woningen voor alle generaties;',
      'een sterke natuur in het Dinkeldal;',
      { text: 'een gastvrije gemeente voor bezoekers, met:', sub: ['wandel- en fietsroutes over de grens;', 'kleinschalige verblijfsrecreatie.'] },
      'een duurzame en klimaatbestendige gemeente;',
      'goede verbindingen met Enschede, Oldenzaal en Gronau;',
      'samenwerking over de grens.',
    ],
    vink,
  )

  d.kop(1, '2', 'Losser in de omgeving')
  kader('Tankenberg', 'Met 85 meter boven NAP is de Tankenberg het hoogste punt van Overijssel.')
  d.kop(2, '2.1', 'Landschap')
  d.p('Van oost naar west loopt het landschap van de stuwwal bij de Tankenberg via het esdorpenlandschap naar het dal van de Dinkel, die vanuit Duitsland de gemeente binnenstroomt.')
  d.kop(3, '2.1.1', 'Stuwwal')
  d.p('Op de stuwwal liggen bossen, heide en oude essen. Het reliëf is hier het meest zichtbaar.')
  d.kop(3, '2.1.2', 'Rivierdal van de Dinkel')
  d.p('Het Dinkeldal met het Lutterzand is een Natura 2000-gebied. De rivier mag hier weer meanderen en overstromen.')
  d.kop(3, '2.1.3', 'Verwevingslandschap')
  d.p('In het noorden liggen landbouw, natuur en wonen door elkaar. Dat kleinschalige karakter houden wij vast.')
  d.kop(2, '2.2', 'De kernen')
  d.table(
    ['Kern', 'Inwoners', 'Karakter'],
    [
      ['Losser', '12.000', 'hoofdkern met voorzieningen'],
      ['De Lutte', '4.000', 'toeristisch dorp aan de rand van de stuwwal'],
      ['Overdinkel', '3.800', 'grensdorp, vroeger textiel en mijnbouw'],
      ['Glane en Beuningen', '2.600', 'kleine kernen in het buitengebied'],
    ],
    'tbl',
    ['25%', '15%', '60%'],
  )

  d.kop(1, '3', 'Keuzes voor de toekomst')
  kader('Over de grens', 'Veel inwoners van Overdinkel werken of winkelen in Gronau. De grens is in het dagelijks leven bijna verdwenen.')
  d.kop(2, '3.1', 'Wonen')
  runin('Bouwen voor de eigen behoefte.', 'Wij bouwen vooral in Losser, De Lutte en Overdinkel, voor starters, gezinnen en ouderen uit de eigen gemeente.')
  runin('Eerst binnen de kern.', 'Lege panden en open plekken in de kernen gaan voor uitbreiding aan de rand.')
  d.kop(2, '3.2', 'Buitengebied')
  d.p('Boeren die doorgaan krijgen ruimte om te vernieuwen. Voor vrijkomende erven geldt deze volgorde:')
  d.list(['hergebruik van de gebouwen voor wonen of werken;', 'sloop van overtollige stallen in ruil voor een bouwkavel;', 'natuur of landschap op de vrijgekomen grond.'], nummer)
  d.kop(2, '3.3', 'Natuur en water')
  d.p('Samen met Waterschap Vechtstromen en Landschap Overijssel herstellen wij het Dinkeldal. Wij houden water vast op de stuwwal en in de beekdalen.')
  d.kop(2, '3.4', 'Energie')
  d.p('Losser wil in 2050 energieneutraal zijn. Zon op daken gaat voor zonneparken; zonneparken komen alleen waar het landschap dat verdraagt en met lokaal eigendom.')
  d.kop(2, '3.5', 'Grensoverschrijdend samenwerken')
  d.p('Met Gronau, Bad Bentheim en Gildehaus werken wij samen aan routes, natuur en openbaar vervoer. Regelgeving aan weerszijden van de grens stemmen wij waar mogelijk af.')

  d.kop(1, '4', 'Uitvoering')
  d.p('De visie werkt door in het omgevingsplan van Losser en in programma’s voor wonen, het buitengebied en energie. Elke vier jaar bekijkt de raad of de visie moet worden herzien.')

  d.page('bijl')
  d.bijlage('1', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 1 bij de Omgevingsvisie Losser: Werkingsgebieden</h2><p>Bij deze omgevingsvisie horen de volgende werkingsgebieden:</p>')
  d.gioTabel(GIOS, ['Naam werkingsgebied', 'Identificatie'], 'gio', ['42%', '58%'])
  void plain

  const ft = "font: 8.5pt 'Carlito'; color: #4f6d2f;"
  const boxes = `@bottom-left { content: "Omgevingsvisie Losser · versie 1.0 · 24 juni 2027"; ${ft} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${ft} }`
  const spec: DocSpec = {
    id: 'h54',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Losser over haar omgevingsvisie (Nota van uitgangspunten, Omgevingsfestival, de kernen Losser, De Lutte, Glane, Overdinkel en Beuningen, de Dinkel en het Natura 2000-gebied Dinkeldal, het Lutterzand en de Tankenberg, de grens met Gronau en Bad Bentheim, de eerdere Structuurvisie Losser met stuwwal, rivierdal en verwevingslandschap), ingekort en in eigen woorden; eigen opmaak: liggende A4 in presentatiestijl (Carlito 11 pt, DejaVu Sans-koppen in Twents groen) met een smalle linkerkolom voor kaders naast de tekst, hoofdstukken "HOOFDSTUK 3" met de titel op de volgende regel, paragrafen "§ 3.1 Titel" en subparagrafen "3.1.1 Titel", tussenkoppen als vet begin van de alinea, ✓-lijsten met ►-items (één onderbroken door een paginagrens), lijst "1.", tabel, voettekst met datum- en versieregel links en "Pagina n van m" rechts, raadsbesluit met "Overwegende dat", "gelet op", "Besluit:", Artikel 1–3 met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, handtekeningen in twee kolommen, "bijlage 1" in kleine letters voor de visie, GIO-tabel van negen objecten (holdout)',
    bevoegdGezag: 'gm0168',
    naam: 'Gemeente Losser',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Losser tot vaststelling van de Omgevingsvisie Losser',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Losser',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-losser', regeling: 'omgevingsvisie-losser', doel: 'omgevingsvisie-losser' },
      datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0168',
      oin: '00000001001616318000',
      achtergrondActualiteit: '2027-03-01',
    },
    geo: { origin: [265000, 480000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Losser · versie 1\\.0 · 24 juni 2027$'],
    title: 'Omgevingsvisie Losser',
    css: `
@page { size: A4 landscape; margin: 15mm 18mm 18mm 18mm; }
@page std { ${boxes} }
@page bijl { ${boxes} }
.pg { position: relative; }
.pg[style*="std"] { padding-left: 64mm; }
body { font: 11pt/1.4 'Carlito', sans-serif; color: #1f2a14; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'DejaVu Sans'; color: #4f6d2f; }
.ttl { font: bold 15pt 'DejaVu Sans'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { columns: 2; column-gap: 14mm; break-after: page; }
.titel { padding: 55mm 0 0 20mm; break-after: page; }
.titel .t0 { font: 10pt 'Carlito'; color: #4f6d2f; }
.titel .t1 { font: bold 36pt 'DejaVu Sans'; color: #4f6d2f; margin: 3mm 0; }
.titel .t2 { font: 15pt 'Carlito'; }
h1 { font: bold 22pt/1.15 'DejaVu Sans'; color: #4f6d2f; margin: 0 0 6mm; }
h1 .hn { font: bold 11pt 'DejaVu Sans'; color: #8aa96a; }
.pg > h1:first-child { break-before: auto; }
h2 { font: bold 14pt 'DejaVu Sans'; color: #4f6d2f; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold 11pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
aside.kader { float: left; clear: left; margin: 0 0 3mm -64mm; width: 54mm; padding: 4mm; background: #e9f0e0; border-left: 2.5pt solid #4f6d2f; font: 10pt/1.35 'Carlito'; }
aside.kader .kk { font-weight: bold; color: #4f6d2f; margin: 0 0 1mm; }
.lst { margin: 0 0 2.5mm 2mm; }
table.tbl { width: 100%; font-size: 10pt; margin: 2mm 0 3mm; }
table.tbl th { text-align: left; background: #4f6d2f; color: #fff; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #b5c7a0; padding: 1.2mm; }
h2.bijl { font-size: 15pt; }
table.gio { width: 100%; font-size: 10pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #4f6d2f; padding: 1.2mm; }
table.gio td { padding: 1.2mm; vertical-align: top; border-bottom: 0.4pt solid #b5c7a0; }
.gid { font: 9pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
