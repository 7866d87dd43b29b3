/**
 * h48 — gemeente Valkenburg aan de Geul (gm0994), holdout (session 7, second batch). Content after the gemeente's
 * public pages about its omgevingsvisie and the Heuvelland (the Geuldal and the flood of July 2021, the mergelgroeven
 * and the castle ruin, toerisme around Valkenburg and the Kerststad, the kernen Valkenburg, Berg en Terblijt, Schin op
 * Geul, Houthem-St. Gerlach and Sibbe-IJzeren, Nationaal Landschap Zuid-Limburg, the Euregio Maas-Rijn across the
 * border), shortened and in our own words. Layout: A4 with a wide outer column for kaders (Caladea 10 pt, Carlito
 * headings in limestone brown), chapters "1. Titel" in small caps, one chapter title long enough to wrap onto two
 * lines, sections "§ 2.1 Titel" and sub-sections "2.1.1 Titel" (three levels), a kader beside the body, a figure
 * "Afbeelding 2:" drawn as SVG, lists with a. and – items, a table, header with the visie title left and
 * "Valkenburg aan de Geul" right, footer "- n -" centred, a raadsbesluit with "gelet op", "Besluit:", Artikel 1–2
 * (inwerkingtreding the day after the uitgifte of the Gemeenteblad), signatures in two columns, a lower-case
 * "bijlage 1" on the visie's title page and the GIO table (ten objects) as "Bijlage 2" of the besluit.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0994', '2028', '2028-02-17', '1', 'h48')
const GIOS: Gio[] = [
  gio('Gemeente Valkenburg aan de Geul', [0, 0], 4),
  gio('Geuldal', [0, 0.2], 1.5),
  gio('Centrum Valkenburg', [0.2, -0.1], 0.4),
  gio('Kern Berg en Terblijt', [-2.5, 0.5], 0.6),
  gio('Kern Schin op Geul', [2.5, -0.5], 0.6),
  gio('Kern Houthem-St. Gerlach', [-1.2, 0.8], 0.5),
  gio('Kern Sibbe-IJzeren', [1.5, -1.5], 0.5),
  gio('Mergelgroeven', [0.5, -0.8], 0.8),
  gio('Plateau van Margraten', [-1, -2.5], 1.5),
  gio('Hellingbossen Geuldal', [1, 1], 1.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}. ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>§ ${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const letters: Marker[] = [{ counter: 'a', suffix: '.' }, { glyph: '–' }]

const AFB = `<figure class="afb"><svg width="100mm" height="42mm" viewBox="0 0 200 84" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="199" height="83" fill="#faf6ec" stroke="#8a6d3b" stroke-width="0.5"/>
<path d="M0 30 Q 50 20 100 44 T 200 40 L200 0 L0 0 Z" fill="#d9cba8"/>
<path d="M0 84 Q 50 60 100 50 T 200 58 L200 84 Z" fill="#c8d9a8"/>
<path d="M0 52 C 40 46 70 58 100 50 S 160 44 200 50" fill="none" stroke="#3f7fb0" stroke-width="3"/>
<g fill="#8a6d3b"><rect x="92" y="26" width="14" height="10"/><rect x="97" y="20" width="4" height="6"/></g>
</svg><figcaption>Afbeelding 2: Het Geuldal tussen de kalkhellingen, met de kasteelruïne boven de stad</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Valkenburg aan de Geul</p>
<p class="ttl">Besluit van de raad van de gemeente Valkenburg aan de Geul tot vaststelling van de Omgevingsvisie Valkenburg aan de Geul</p>
<p>De raad van de gemeente Valkenburg aan de Geul,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 december 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147 van de Gemeentewet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Valkenburg aan de Geul, opgenomen als bijlage 1 bij dit besluit, wordt vastgesteld met de werkingsgebieden die zijn vermeld in bijlage 2.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 17 februari 2028.</p>
${handtekeningen(['de griffier,', 'mr. C.H.M. Schneiders'], ['de voorzitter,', 'drs. D.J.H. Akkermans'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">bijlage 1 bij het raadsbesluit van 17 februari 2028</p>
<p class="t1">Omgevingsvisie Valkenburg aan de Geul</p>
<p class="t2">Parel van het Heuvelland</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.raw('<aside class="kader"><p class="kk">Kader</p><p>De omgevingsvisie is een van de kerninstrumenten uit hoofdstuk 3 van de Omgevingswet. Zij bindt alleen de gemeente zelf.</p></aside>')
  d.p('Valkenburg aan de Geul ligt midden in het Zuid-Limburgse Heuvelland. De gemeente is klein in inwoners, maar groot in bezoekers: jaarlijks komen er miljoenen gasten voor de grotten, de kasteelruïne, de Kerststad en het landschap.')
  d.p('Deze visie beschrijft hoe wij de kwaliteiten van het Geuldal bewaren en tegelijk werken aan een veilige, gezonde en vitale gemeente.')
  d.kop(2, '1.1', 'Opbouw van de visie')
  d.p('Hoofdstuk 2 beschrijft de kwaliteiten, hoofdstuk 3 de lessen van het hoogwater van 2021 en hoofdstuk 4 de keuzes per thema.')

  d.kop(1, '2', 'Kwaliteiten van het Heuvelland')
  d.kop(2, '2.1', 'Landschap')
  d.p('De Geul slingert door een dal met kalkhellingen, hellingbossen en graften. Het plateau van Margraten ligt er open boven.')
  d.kop(3, '2.1.1', 'Mergel')
  d.p('Onder de gemeente liggen kilometers mergelgroeven. Zij zijn cultuurhistorie, toeristische trekpleister en leefgebied van vleermuizen tegelijk.')
  d.kop(3, '2.1.2', 'Nationaal Landschap')
  d.p('Het hele grondgebied hoort bij het Nationaal Landschap Zuid-Limburg. Nieuwe bebouwing past zich in het reliëf in.')
  d.raw(AFB)
  d.kop(2, '2.2', 'Kernen')
  d.table(
    ['Kern', 'Karakter'],
    [
      ['Valkenburg', 'toeristisch centrum, kasteelruïne, grotten'],
      ['Berg en Terblijt', 'woondorp op de rand van het plateau'],
      ['Schin op Geul', 'dorp aan de Geul, rust en natuur'],
      ['Houthem-St. Gerlach', 'landgoed en kasteelhotel'],
      ['Sibbe-IJzeren', 'mergelgroeve en kleine kernen'],
    ],
    'tbl',
    ['32%', '68%'],
  )

  d.kop(1, '3', 'Na het hoogwater van juli 2021: veilig wonen en werken in het dal van de Geul en zijn zijbeken')
  d.p('In juli 2021 trad de Geul na extreme regen buiten haar oevers. Het centrum van Valkenburg liep onder; woningen en bedrijven werden zwaar beschadigd.')
  d.kop(2, '3.1', 'Ruimte voor water')
  d.p('Samen met Waterschap Limburg geven wij de Geul en de droogdalen meer ruimte. Wij kiezen voor:')
  d.list(
    [
      'water vasthouden op het plateau en de hellingen;',
      { text: 'bergen in het dal, met:', sub: ['overstroombare weiden;', 'buffers in de droogdalen.'] },
      'geen nieuwe kwetsbare functies in de laagste delen van het dal.',
    ],
    letters,
  )
  d.kop(2, '3.2', 'Herstel van het centrum')
  d.p('Bij herstel en nieuwbouw in het centrum houden wij rekening met hoogwater: elektrische installaties hoger, waterbestendige materialen, aanvullend op Bijlage I bij het Besluit bouwwerken leefomgeving.')

  d.kop(1, '4', 'Keuzes per thema')
  d.kop(2, '4.1', 'Toerisme in balans')
  d.p('Toerisme is de motor van de economie. Wij spreiden bezoekers over het jaar en over de gemeente en beperken overlast in het centrum.')
  d.kop(2, '4.2', 'Wonen')
  d.p('Wij bouwen vooral voor jongeren en ouderen uit de eigen kernen, binnen de bestaande dorpen.')
  d.kop(2, '4.3', 'Over de grens')
  d.p('Valkenburg ligt in de Euregio Maas-Rijn. Wij werken samen met de buurgemeenten in België en Duitsland aan fietsroutes, natuur en openbaar vervoer.')
  d.kop(1, '5', 'Uitvoering')
  d.p('De visie werkt door in het omgevingsplan en in programma’s voor water en toerisme. De raad evalueert haar elke vier jaar.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2><p>Behorend bij het raadsbesluit van 17 februari 2028 tot vaststelling van de Omgevingsvisie Valkenburg aan de Geul.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['40%', '60%'])

  const hd = "font: 8pt 'Carlito'; color: #8a6d3b;"
  const boxes = `@top-left { content: "Omgevingsvisie Valkenburg aan de Geul"; ${hd} } @top-right { content: "Valkenburg aan de Geul"; ${hd} } @bottom-center { content: "- " counter(page) " -"; ${hd} }`
  const spec: DocSpec = {
    id: 'h48',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Valkenburg aan de Geul over haar omgevingsvisie en het Heuvelland (Geuldal en het hoogwater van juli 2021, mergelgroeven en kasteelruïne, toerisme en Kerststad, de kernen Valkenburg, Berg en Terblijt, Schin op Geul, Houthem-St. Gerlach en Sibbe-IJzeren, Nationaal Landschap Zuid-Limburg, Euregio Maas-Rijn), ingekort en in eigen woorden; eigen opmaak: A4 met brede buitenkolom voor kaders (Caladea 10 pt, Carlito-koppen in mergelbruin), hoofdstukken "1. Titel" in kleinkapitaal, één hoofdstuktitel over twee regels, paragrafen "§ 2.1 Titel" en subparagrafen "2.1.1 Titel" (drie niveaus), kader naast de tekst, afbeelding "Afbeelding 2:" als vectortekening, lijsten met a.- en –-items, tabel, kopregel met visietitel links en "Valkenburg aan de Geul" rechts, voettekst "- n -" gecentreerd, raadsbesluit met "gelet op", "Besluit:", Artikel 1–2 met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, handtekeningen in twee kolommen, "bijlage 1" in kleine letters op de titelpagina van de visie, GIO-tabel van tien objecten als "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0994',
    naam: 'Gemeente Valkenburg aan de Geul',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Valkenburg aan de Geul tot vaststelling van de Omgevingsvisie Valkenburg aan de Geul',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Valkenburg aan de Geul',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-valkenburg-aan-de-geul', regeling: 'omgevingsvisie-valkenburg-aan-de-geul', doel: 'omgevingsvisie-valkenburg-aan-de-geul' },
      datums: { vaststelling: '2028-02-17', ondertekening: '2028-02-17', bekendmaking: '2028-02-24' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0994',
      oin: '00000001001831730000',
      achtergrondActualiteit: '2027-11-01',
    },
    geo: { origin: [186000, 318000] },
    meubilair: ['^Omgevingsvisie Valkenburg aan de Geul Valkenburg aan de Geul$', '^- \\d+ -$'],
    title: 'Omgevingsvisie Valkenburg aan de Geul',
    css: `
@page { size: A4; margin: 20mm 16mm 20mm 20mm; }
@page std { ${boxes} }
@page bijl { ${boxes} }
.pg { padding-right: 52mm; position: relative; }
body { font: 10pt/1.45 'Caladea', serif; color: #2b2418; }
p { margin: 0 0 2.3mm; }
.gem { font: bold 13pt 'Carlito'; color: #8a6d3b; }
.ttl { font: bold 11.5pt 'Carlito'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font: 9pt 'Carlito'; }
.titel .t1 { font: bold 28pt 'Carlito'; color: #8a6d3b; margin: 3mm 0; }
.titel .t2 { font: italic 14pt 'Caladea'; }
h1 { font: bold 17pt 'Carlito'; font-variant: small-caps; color: #8a6d3b; margin: 7mm 0 3mm; break-after: avoid; }
h2 { font: bold 12pt 'Carlito'; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 10pt 'Carlito'; margin: 3mm 0 1mm; break-after: avoid; }
aside.kader { float: right; width: 46mm; margin: 0 -52mm 3mm 4mm; padding: 3mm; background: #f1ead9; font: 8.5pt/1.35 'Carlito'; }
aside.kader .kk { font-weight: bold; color: #8a6d3b; margin: 0 0 1mm; }
.lst { margin: 0 0 2.5mm 3mm; }
.afb { margin: 3mm 0; }
.afb figcaption { font: italic 8pt 'Carlito'; color: #8a6d3b; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 3mm; }
table.tbl th { text-align: left; border-bottom: 1pt solid #8a6d3b; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #d5c8a8; padding: 1mm; }
h2.bijl { font-size: 14pt; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #8a6d3b; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; border-bottom: 0.4pt solid #d5c8a8; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
