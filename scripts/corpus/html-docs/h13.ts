/**
 * h13 — gemeente Maastricht (holdout, session 4): a bare roman chapter number on its own line above the title,
 * arabic sections "2.1", "2.1.1" and "2.1.1.1" (four levels), a table of contents with dotted leaders, run-in
 * tussenkoppen, two column-aligned body tables, the chapter title in the running header (a named page per
 * chapter), the page number in the bottom-right margin corner, a raadsbesluit with "Overwegende dat", "gelet op",
 * "BESLUIT:", Artikel 1–3 and two signature columns, five GIOs.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioHex('gm0935', '2026', '2026-03-24', '1', 'h13')
const GIOS: Gio[] = [
  gio('Beschermd stadsgezicht binnenstad', [0, 0], 0.9),
  gio('Groene Loper', [1.5, 1], 0.6),
  gio('Sphinxkwartier en Belvédère', [0.5, 2], 0.8),
  gio('ENCI-groeve en Sint-Pietersberg', [-1, -3], 1.2),
  gio('Maastricht Health Campus', [2.5, -2.5], 0.7),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="rn">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&#160;&#160;${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3>${k.nummer}&#160;&#160;${k.opschrift}</h3>`
        : `<h4>${k.nummer}&#160;&#160;${k.opschrift}</h4>`
const streep: Marker[] = [{ glyph: '—' }, { glyph: '·' }]

const runIn = (kop: string, tekst: string): string => `<span class="ri">${kop}</span> ${tekst}`

const H: Array<[string, string, string]> = [
  ['I', 'Maastricht in 2040', 'inleiding'],
  ['II', 'Stad aan de Maas', 'stad'],
  ['III', 'Wonen en leven', 'wonen'],
  ['IV', 'Uitvoering', 'uitv'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Maastricht</p>
<p class="ttl">Besluit van de gemeenteraad van Maastricht van 24 maart 2026 tot vaststelling van de Omgevingsvisie Maastricht 2040</p>
<p>De raad van de gemeente Maastricht,</p>
<p>gezien het voorstel van burgemeester en wethouders van 3 februari 2026, kenmerk 2026.01877;</p>
<p>Overwegende dat</p>
<ul class="ov">
<li>de gemeente op grond van de Omgevingswet een omgevingsvisie vaststelt die de Structuurvisie Maastricht 2030 en sectorale beleidsnota’s vervangt;</li>
<li>de visie in de stad, in de wijken en met de euregionale partners in Luik, Aken en Hasselt is besproken;</li>
<li>de zienswijzen op het ontwerp zijn beantwoord in de Nota van zienswijzen;</li>
</ul>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Maastricht 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Maastricht 2030 wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 15 mei 2026.</p>
<p class="aldus">Maastricht, 24 maart 2026</p>
${handtekeningen(['De griffier,', 'drs. P.H.M. Ramakers'], ['De voorzitter,', 'mr. A.M.J. van der Heijden'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage</p>
<p class="t1">Omgevingsvisie Maastricht 2040</p>
<p class="t2">Stad met karakter, open naar de Euregio</p>
</div>`)
  const secs: Record<string, Array<[string, string, number]>> = {
    I: [['1.1', 'Waarom deze visie', 2], ['1.2', 'Opbouw', 2]],
    II: [['2.1', 'De ruimtelijke structuur', 2], ['2.1.1', 'De Maas als ruggengraat', 3], ['2.1.2', 'Heuvelland en beekdalen', 3], ['2.1.2.1', 'Jekerdal', 4], ['2.1.2.2', 'Geuldal', 4], ['2.2', 'De binnenstad', 2], ['2.3', 'Bereikbaarheid', 2]],
    III: [['3.1', 'Wonen voor iedereen', 2], ['3.1.1', 'Studenten en starters', 3], ['3.1.2', 'Ouderen', 3], ['3.2', 'Gezonde wijken', 2], ['3.3', 'Energie en klimaat', 2]],
    IV: [['4.1', 'Rol van de gemeente', 2], ['4.2', 'Monitoring', 2]],
  }
  const rows: TocRow[] = []
  for (const [n, t] of H) {
    rows.push([n, t, `${n} ${t}`, 1])
    for (const [sn, st, l] of secs[n] ?? []) if (l === 2) rows.push([sn, st, `${sn} ${st}`, 2])
  }
  rows.push(['', 'Bijlage A — Informatieobjecten', 'Bijlage A — Informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.enter('visie')

  const T: Record<string, () => void> = {
    '1.1': () =>
      d.p('Maastricht verandert. De stad groeit tot 2040 nog licht, vergrijst en wordt internationaler. Deze visie beschrijft welke kwaliteiten we willen behouden en welke keuzes we maken voor de fysieke leefomgeving.'),
    '1.2': () => d.p('Hoofdstuk II beschrijft de ruimtelijke structuur, hoofdstuk III het wonen en leven in de wijken en hoofdstuk IV de uitvoering.'),
    '2.1': () => d.p('Maastricht ligt in een dal, omsloten door het Heuvelland. De Maas, de Jeker en de Geul bepalen de structuur van de stad.'),
    '2.1.1': () => d.p(runIn('Rivier en stad.', 'De Maas verbindt de stadsdelen aan beide oevers. We maken de kades beter toegankelijk en ontwikkelen het Sphinxkwartier en Belvédère tot levendige stadsdelen aan het water.')),
    '2.1.2': () => d.p('Het Heuvelland reikt tot in de stad. De groene vingers van de beekdalen houden we open.'),
    '2.1.2.1': () => d.p('Het Jekerdal is een beschermd landschap met hellingbossen, graften en hoogstamboomgaarden. Bebouwing blijft hier uitgesloten.'),
    '2.1.2.2': () => d.p('In het Geuldal liggen de kernen Meerssen en Valkenburg dicht tegen de stad. We werken met de buurgemeenten aan een gezamenlijk landschapsbeheer.'),
    '2.2': () => {
      d.p(runIn('Erfgoed.', 'De binnenstad is een beschermd stadsgezicht met meer dan 1.600 rijksmonumenten. Nieuwe ontwikkelingen voegen zich in de historische structuur.'))
      d.p(runIn('Functies.', 'De binnenstad blijft het centrum voor winkelen, cultuur en horeca. De tabel geeft de verdeling van het vloeroppervlak per functie in 2025 en de richting tot 2040.'))
      d.table(
        ['Functie', 'Vloeroppervlak 2025', 'Richting 2040'],
        [
          ['Detailhandel', '± 180.000 m²', 'krimpen, concentreren'],
          ['Horeca', '± 65.000 m²', 'gelijk houden'],
          ['Wonen', '± 410.000 m²', 'groeien'],
          ['Cultuur en onderwijs', '± 95.000 m²', 'groeien'],
        ],
        'tbl num',
        ['34%', '30%', '36%'],
      )
    },
    '2.3': () => {
      d.p('Sinds de opening van de A2-tunnel is de Groene Loper een groene verbinding tussen de wijken. We geven voorrang aan voetganger, fiets en openbaar vervoer:')
      d.list(['snelle fietsroutes naar de Maastricht Health Campus en het station;', { text: 'hoogwaardig openbaar vervoer naar', sub: ['Aken en Luik;', 'Maastricht Aachen Airport.'] }, 'parkeren aan de rand van de binnenstad.'], streep)
    },
    '3.1': () => d.p(alinea('wonen', 1, 'Maastricht')),
    '3.1.1': () => d.p(runIn('Studenten.', 'De universiteit trekt studenten uit de hele wereld. We sturen op goede en betaalbare studentenhuisvesting op de campus en in transformatiegebouwen, en beperken omzetting van gezinswoningen in kamers.')),
    '3.1.2': () => d.p(alinea('wonen', 2, 'Maastricht')),
    '3.2': () => {
      d.p('De verschillen in gezondheid tussen de wijken zijn groot. In Maastricht-Noordoost en Zuidwest vragen we bij iedere ontwikkeling om een bijdrage aan groen, spelen en ontmoeten.')
      d.table(
        ['Wijk', 'Groen binnen 300 m', 'Doel 2040'],
        [
          ['Malberg', '68%', '85%'],
          ['Mariaberg', '54%', '80%'],
          ['Wittevrouwenveld', '61%', '80%'],
        ],
        'tbl num',
        ['40%', '30%', '30%'],
      )
    },
    '3.3': () => d.p(alinea('energie', 0, 'Maastricht')),
    '4.1': () => d.p(alinea('uitvoering', 3, 'Maastricht')),
    '4.2': () => d.p(alinea('uitvoering', 1, 'Maastricht')),
  }
  for (const [n, t, page] of H) {
    d.page(page)
    d.kop(1, n, t)
    if (n === 'I') d.p(alinea('inleiding', 0, 'Maastricht'))
    for (const [sn, st, l] of secs[n] ?? []) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('A', 'Informatieobjecten', '<h1 class="bijl">Bijlage A — Informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['40%', '60%'])

  const hf = "font: 8pt 'DejaVu Sans Light', 'DejaVu Sans'; color: #444;"
  const pg = "font: bold 10pt 'Liberation Serif'; color: #9b7b2c;"
  const page = (name: string, titel: string): string =>
    `@page ${name} { @top-right { content: "Omgevingsvisie Maastricht · ${titel}"; ${hf} } @bottom-right-corner { content: counter(page); ${pg} } }`
  const spec: DocSpec = {
    id: 'h13',
    set: 'dev',
    bron: 'Bewerkt naar omgevingsvisies van grote gemeenten met een historische binnenstad, toegespitst op Maastricht (Maas, Jeker- en Geuldal, beschermd stadsgezicht, Groene Loper, Sphinxkwartier en Belvédère, studentenhuisvesting), in eigen woorden; eigen opmaak: DejaVu Sans Light 9,5 pt met Liberation Serif-koppen, kaal romeins hoofdstuknummer op een eigen regel boven de titel, paragrafen tot vier niveaus "2.1.2.1", inhoudsopgave met puntlijnen, run-in tussenkoppen, twee uitgelijnde tabellen, hoofdstuktitel in de kopregel, paginanummer in de marge rechtsonder, raadsbesluit met "Overwegende dat", "gelet op", "BESLUIT:", Artikel 1–3, handtekeningen in twee kolommen (holdout)',
    bevoegdGezag: 'gm0935',
    naam: 'Gemeente Maastricht',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Maastricht van 24 maart 2026 tot vaststelling van de Omgevingsvisie Maastricht 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-05-15',
    },
    visieOpschrift: 'Omgevingsvisie Maastricht 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-maastricht-2040', regeling: 'omgevingsvisie-maastricht-2040', doel: 'omgevingsvisie-maastricht-2040' },
      datums: { vaststelling: '2026-03-24', ondertekening: '2026-03-24', bekendmaking: '2026-03-31', inwerkingtreding: '2026-05-15' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0935',
      oin: '00000001000000009350',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [176000, 317000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Maastricht · '],
    title: 'Omgevingsvisie Maastricht 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 25mm 25mm 25mm 25mm; }
@page toc { @bottom-right-corner { content: counter(page); ${pg} } }
${page('inleiding', 'Maastricht in 2040')}
${page('stad', 'Stad aan de Maas')}
${page('wonen', 'Wonen en leven')}
${page('uitv', 'Uitvoering')}
@page bijl { @bottom-right-corner { content: counter(page); ${pg} } }
body { font: 9.5pt/1.55 'DejaVu Sans Light', 'DejaVu Sans', sans-serif; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 14pt 'Liberation Serif'; color: #9b7b2c; letter-spacing: 0.5pt; }
.ttl { font: bold 12pt 'Liberation Serif'; margin: 5mm 0; }
.besluit ul.ov { margin: 0 0 2.4mm; padding-left: 6mm; }
.bs { margin: 5mm 0 3mm; font-weight: bold; }
.art { font: bold 10pt 'Liberation Serif'; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.titel { padding-top: 80mm; break-after: page; }
.titel .bij { font: 10pt 'DejaVu Sans'; color: #9b7b2c; letter-spacing: 3pt; }
.titel .t1 { font: bold 28pt 'Liberation Serif'; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; color: #555; }
.toc { break-after: page; }
.toc .tockop { font: bold 18pt 'Liberation Serif'; margin-bottom: 6mm; }
.hfd { margin: 0 0 6mm; }
.hfd .rn { font: bold 34pt/1 'Liberation Serif'; color: #9b7b2c; margin: 0 0 2mm; }
h1 { font: bold 20pt 'Liberation Serif'; margin: 0; }
h2 { font: bold 13pt 'Liberation Serif'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 11pt 'Liberation Serif'; margin: 4mm 0 1mm; break-after: avoid; }
h4 { font: italic 10.5pt 'Liberation Serif'; margin: 3mm 0 1mm; break-after: avoid; }
.ri { font-weight: bold; font-family: 'DejaVu Sans'; }
.lst { margin: 0 0 3mm 2mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
table.tbl th { text-align: left; font-family: 'Liberation Serif'; border-top: 1pt solid #000; border-bottom: 0.5pt solid #000; padding: 1mm 2mm; }
table.tbl td { padding: 0.8mm 2mm; }
table.tbl tr:last-child td { border-bottom: 1pt solid #000; }
table.num td:nth-child(2), table.num th:nth-child(2) { text-align: right; }
h1.bijl { font: bold 15pt 'Liberation Serif'; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 0.5pt solid #000; padding: 1mm; }
table.gio td { padding: 1mm; }
table.gio .gid { font: 7.5pt 'DejaVu Sans Mono'; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
