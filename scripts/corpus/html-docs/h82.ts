/**
 * h82 — gemeente Wageningen (gm0289), holdout (session 11): a middle-sized gemeente (about 41.000 inwoners), a
 * university town between the Veluwe, the Gelderse Vallei and the Nederrijn. Content after the gemeente's public
 * texts on its visie buitengebied, which became part of its omgevingsvisie (a startnotitie adopted by the raad on 8
 * October; gebiedsworkshops, a gebiedsconferentie and internetconsultaties; a hoofdlijnennotitie "in modules"; the
 * buitengebied groener en duurzamer; how many zonnevelden and windmolens, and where; bescherming en versterking van
 * het landschap; biodiversiteit and ecologie; grondeigenaren, ondernemers and betrokken bewoners; "Wageningen is van
 * ons allemaal"; not everyone will find their inbreng back, but all inbreng was weighed), here as a whole visie of
 * 2027 with our own account of the stad (the campus, the Grebbedijk, the uiterwaarden, the Binnenveld and the
 * Wageningse Eng and Berg), shortened and partly in our own words. Layout: A5 LANDSCAPE pages (210 × 148 mm) in URW
 * Gothic / Nimbus Sans 8.5 pt; chapters numbered "1.0", "2.0", … (the chapter number followed by ".0"), sections
 * "1.1", sub-sections "2.2.1"; a table of contents with leaders; no header, footer "Wageningen, stad van kennis en
 * landschap" on the left and the bare page number on the right; •-lists and a list "i."; a table; raadsbesluit "De
 * raad van de gemeente Wageningen;", "gelezen", "gelet op", "BESLUIT", Artikel 1–3 with the title in brackets
 * ("Artikel 1 (Vaststelling)"; the second withdraws the Visie Buitengebied, the third names the date of
 * inwerkingtreding), signatures in two columns; visie as "Bijlage 1"; GIO table Naam | Paragraaf | Identificatie in
 * "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0289', '2027', '2027-09-27', '1')
const GIOS = [
  { ...gio('Gemeente Wageningen', 'gemeente-wageningen', [0, 0], 5), par: '1.0' },
  { ...gio('Uiterwaarden Nederrijn', 'uiterwaarden-nederrijn', [0, -3], 2), par: '2.2.1' },
  { ...gio('Binnenveld', 'binnenveld', [-3, 2], 2), par: '2.2.2' },
  { ...gio('Wageningse Eng en Wageningse Berg', 'wageningse-eng-berg', [2, 1], 1.2), par: '2.2.3' },
  { ...gio('Zoekgebied zonne-energie Binnenveld', 'zoekgebied-zonne-energie-binnenveld', [-3.5, 2.5], 0.8), par: '4.2' },
  { ...gio('Grebbedijk', 'grebbedijk', [-2, -2], 1.5), par: '5.1' },
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1.0', 'Inleiding'],
  [2, '1.1', 'Waarom deze visie'],
  [2, '1.2', 'Hoe we de visie maakten'],
  [1, '2.0', 'Wageningen in zijn landschap'],
  [2, '2.1', 'Stad van kennis'],
  [2, '2.2', 'Vier landschappen'],
  [3, '2.2.1', 'De uiterwaarden'],
  [3, '2.2.2', 'Het Binnenveld'],
  [3, '2.2.3', 'De Wageningse Eng en de Wageningse Berg'],
  [1, '3.0', 'De stad'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Campus en werklocaties'],
  [2, '3.3', 'Mobiliteit'],
  [1, '4.0', 'Het buitengebied'],
  [2, '4.1', 'Landbouw en natuur'],
  [2, '4.2', 'Energie in het landschap'],
  [2, '4.3', 'Recreatie'],
  [1, '5.0', 'Klimaat en water'],
  [2, '5.1', 'De Grebbedijk'],
  [2, '5.2', 'Hitte en droogte'],
  [1, '6.0', 'Uitvoering'],
  [2, '6.1', 'Samen met de stad'],
  [2, '6.2', 'Evaluatie'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}</span>${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const rom: Marker[] = [{ counter: 'i', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  let i = 0
  const k = (): DocBuilder => {
    const [niveau, nummer, titel] = KOPPEN[i++]!
    return d.kop(niveau, nummer, titel)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Wageningen · raadsvoorstel 27/061</p>
<p class="ttl">Besluit van de raad van de gemeente Wageningen tot vaststelling van de Omgevingsvisie Wageningen</p>
<p>De raad van de gemeente Wageningen;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 31 augustus 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1 (Vaststelling)</p>
<p>De Omgevingsvisie Wageningen, opgenomen in bijlage 1 bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2 (Intrekking)</p>
<p>De Visie Buitengebied Wageningen wordt ingetrokken; haar hoofdlijnen zijn opgenomen in hoofdstuk 4.0 van de omgevingsvisie.</p>
<p class="art">Artikel 3 (Inwerkingtreding)</p>
<p>Dit besluit treedt in werking op 1 november 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 27 september 2027.</p>
${handtekeningen(['de griffier,', 'mr. drs. L. Boersma'], ['de voorzitter,', 'dr. F. Meijer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsvoorstel 27/061</p>
<p class="t1">Omgevingsvisie Wageningen</p>
<p class="t2">Stad van kennis en landschap</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows)).raw('<div class="brk"></div>')

  d.enter('visie')
  k()
  d.p('Deze omgevingsvisie beschrijft hoe Wageningen zijn fysieke leefomgeving tot 2040 wil ontwikkelen en beschermen, in de stad en in het buitengebied.')
  k()
  d.p('Er spelen veel vraagstukken waarvoor op korte termijn oplossingen en op langere termijn oplossingsrichtingen nodig zijn: hoeveel zonnevelden en windmolens komen er, en waar? Hoe beschermen en versterken we het landschap rond de stad? Hoe versterken we biodiversiteit en ecologie?')
  k()
  d.p('We begonnen met het buitengebied. De raad stelde een startnotitie vast; daarna volgden:')
  d.list(['drie gebiedsworkshops met betrokken partijen;', 'twee gebiedsconferenties voor iedereen;', 'twee internetconsultaties, met stellingen en discussies per module.'], rom)
  d.p('Niet iedereen zal zijn of haar inbreng terugvinden in de visie. Dat kan ook niet, er zijn te veel verschillende belangen. Wel hebben we alle inbreng meegewogen.')

  d.page('std2')
  k()
  d.p('Wageningen ligt op de overgang van de Veluwe naar de Gelderse Vallei en de Nederrijn. Wageningen is van ons allemaal.')
  k()
  d.p('De universiteit en de kennisinstellingen geven de stad haar internationale karakter. Studenten en onderzoekers uit de hele wereld wonen en werken hier.')
  k()
  d.p('Rond de stad liggen vier landschappen, elk met eigen kwaliteiten.')
  k()
  d.p('De uiterwaarden van de Nederrijn zijn rivierennatuur en zijn onderdeel van het Natura 2000-gebied Rijntakken.')
  k()
  d.p('Het Binnenveld is een open, nat grasland tussen Wageningen, Ede en Veenendaal, met kansen voor natuurherstel.')
  k()
  d.p('De Wageningse Eng is een oud bouwland op de flank van de stuwwal; de Wageningse Berg is bos. Beide beschermen we.')

  d.page('std3')
  k()
  d.p('De stad groeit, maar binnen haar grenzen.')
  k()
  d.p('We bouwen woningen voor studenten, starters en ouderen, vooral door verdichting en transformatie van verouderde gebouwen.')
  k()
  d.p('De campus blijft een plek voor onderwijs, onderzoek en kennisbedrijven. Nieuwe bedrijven vestigen zich bij voorkeur op de campus of op bestaande werklocaties.')
  k()
  d.p('Lopen en fietsen hebben voorrang. De verbinding met station Ede-Wageningen verbeteren we met snel openbaar vervoer.')
  d.table(['Verbinding', 'Nu', 'Ambitie 2040'], [['Wageningen–Ede-Wageningen', 'bus', 'hoogwaardig openbaar vervoer'], ['Wageningen–Arnhem', 'bus en fiets', 'snelfietsroute'], ['Binnenstad–campus', 'fiets', 'autoluwe route']], 'tbl t')

  d.page('std4')
  k()
  d.p('We willen het buitengebied groener en duurzamer maken, samen met grondeigenaren, ondernemers en betrokken bewoners.')
  k()
  d.p('De landbouw blijft een drager van het buitengebied. We steunen boeren die omschakelen naar natuurinclusieve landbouw:')
  d.list(['met ruimte voor verbreding, zoals een boerderijwinkel of zorg;', { text: 'met natuurherstel in het Binnenveld, door:', sub: ['hogere grondwaterstanden;', 'kruidenrijk grasland.'] }], punt)
  k()
  d.p('Zonnevelden komen alleen in het zoekgebied in het Binnenveld en alleen als ze bijdragen aan landschap en biodiversiteit. Windturbines passen niet in het kleinschalige landschap rond de stad.')
  k()
  d.p('Wandel- en fietsroutes verbinden de stad met de uiterwaarden, de Eng en de Veluwe.')

  d.page('std5')
  k()
  d.p('Wageningen wordt klimaatbestendig.')
  k()
  d.p('De Grebbedijk wordt versterkt. We combineren de versterking met natuurontwikkeling in de uiterwaarden en met een betere toegang voor recreatie.')
  k()
  d.p('In de stad maken we ruimte voor groen en water, zodat de stad koel blijft bij hitte en water vasthoudt bij droogte.')
  k()
  k()
  d.p('We voeren de visie uit met inwoners, de universiteit, ondernemers en de buurgemeenten in de Foodvalley.')
  k()
  d.p('We evalueren de visie elke vier jaar en stellen haar bij als dat nodig is.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Paragraaf', 'Identificatie'], (g) => [g.naam, g.par, gidCell(g.identificatie, true)], 'gio', ['34%', '13%', '53%'])

  const hd = "font: 7pt 'Nimbus Sans'; color: #3b6e8f;"
  const foot = `@bottom-left { content: "Wageningen, stad van kennis en landschap"; ${hd} } @bottom-right { content: counter(page); ${hd} }`
  const pages = ['std', 'std2', 'std3', 'std4', 'std5', 'bijl'].map((n) => `@page ${n} { ${foot} }`).join('\n')
  const spec: DocSpec = {
    id: 'h82',
    set: 'holdout',
    bron: 'Bewerkt naar openbare teksten van de gemeente Wageningen over haar visie buitengebied, die onderdeel werd van de omgevingsvisie (startnotitie vastgesteld door de raad op 8 oktober; gebiedsworkshops, gebiedsconferenties en internetconsultaties; hoofdlijnennotitie in modules; het buitengebied groener en duurzamer; zonnevelden en windmolens; landschap, biodiversiteit en ecologie; grondeigenaren, ondernemers en betrokken bewoners; "Wageningen is van ons allemaal"; alle inbreng meegewogen), hier als complete visie van 2027 met een eigen beschrijving van de stad (campus, Grebbedijk, uiterwaarden, Binnenveld, Wageningse Eng en Berg), ingekort en deels in eigen woorden; eigen opmaak: A5 LIGGEND (210 × 148 mm) in URW Gothic en Nimbus Sans 8,5 pt, hoofdstukken genummerd "1.0", "2.0", …, paragrafen "1.1" en "2.2.1", inhoudsopgave met puntjes, geen kopregel, voettekst "Wageningen, stad van kennis en landschap" met alleen het paginanummer rechts, •-lijsten en lijst "i.", een tabel, raadsbesluit met "gelezen", "gelet op", "BESLUIT" en Artikel 1–3 met de titel tussen haakjes ("Artikel 1 (Vaststelling)"; intrekking van de Visie Buitengebied; inwerkingtreding op een datum), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Naam | Paragraaf | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0289',
    naam: 'Gemeente Wageningen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Wageningen tot vaststelling van de Omgevingsvisie Wageningen',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2027-11-01',
    },
    visieOpschrift: 'Omgevingsvisie Wageningen',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-wageningen', regeling: 'omgevingsvisie-wageningen', doel: 'omgevingsvisie-wageningen' },
      datums: { vaststelling: '2027-09-27', ondertekening: '2027-09-27', bekendmaking: '2027-10-05', inwerkingtreding: '2027-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0289',
      oin: '00000001000000289000',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [174000, 441000] },
    meubilair: ['^Wageningen, stad van kennis en landschap( \\d+)?$', '^\\d+$'],
    title: 'Omgevingsvisie Wageningen',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: 210mm 148mm; margin: 13mm 16mm 14mm 16mm; }
${pages}
body { font: 8.5pt/1.4 'Nimbus Sans', sans-serif; color: #1e2a30; }
p { margin: 0 0 1.8mm; }
.gem { font-size: 7.5pt; color: #3b6e8f; }
.ttl { font: bold 11.5pt 'URW Gothic'; margin: 1mm 0 3mm; }
.bs { font-weight: bold; letter-spacing: 0.4pt; margin: 2.5mm 0 1.5mm; }
.art { font-weight: bold; margin: 2mm 0 0.5mm; }
.aldus { margin-top: 2mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 9mm; }
.besluit { break-after: page; }
.titel { padding-top: 38mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 22pt 'URW Gothic'; color: #3b6e8f; margin: 3mm 0 2mm; }
.titel .t2 { font: 13pt 'URW Gothic'; }
${TOC_CSS}
.toc .tockop { font: bold 13pt 'URW Gothic'; color: #3b6e8f; margin: 0 0 2mm; }
.toc .te { margin: 0 0 0.6mm; }
.toc .t1 { margin-top: 1.4mm; }
h1 { font: bold 15pt 'URW Gothic'; color: #3b6e8f; margin: 1mm 0 3mm; break-after: avoid; }
h2 { font: bold 10pt 'URW Gothic'; color: #3b6e8f; margin: 3mm 0 1mm; break-after: avoid; }
h3 { font: bold 8.5pt 'Nimbus Sans'; margin: 2mm 0 0.8mm; break-after: avoid; }
h1 .n, h2 .n, h3 .n { display: inline-block; min-width: 12mm; }
div.lst { margin: 0 0 2mm 2mm; }
table.t { width: 100%; margin: 1mm 0 2mm; font-size: 7.5pt; }
table.t th { background: #dce9f1; padding: 0.8mm 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm 1mm; }
h2.bijl { font: bold 12pt 'URW Gothic'; color: #3b6e8f; }
table.gio { width: 100%; font-size: 7.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #3b6e8f; padding: 0.8mm; }
table.gio td { padding: 1mm 0.8mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 6.8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
