/**
 * h17 — gemeente Rotterdam (gm0599), holdout (session 5). Content after the Rotterdam omgevingsvisie “De
 * Veranderstad” (compacte stad, groei met kwaliteit, haven en stad, gebieden, uitvoering), shortened and in our own
 * words. Layout: parts "Deel A/B/C" above chapters "1. Titel" that continue through the parts, sections "1.1" (three
 * levels), a table of contents with dotted leaders, a numbered list "1." directly under chapter "1.", two-column
 * body pages for part B, a vector figure with caption "Figuur 2.1", running headers alternating left/right on even
 * and odd pages, footer "Pagina n van m", a raadsbesluit with "Overwegende dat", "gelet op", "b e s l u i t :",
 * Artikel 1–3, two signature columns, the visie as "Bijlage 1" and the GIO table as "Bijlage 2": 22 GIOs with
 * identifiers that break inside the cell, the table continuing over a page break with a repeated header row.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioHex('gm0599', '2026', '2026-07-02', '1', 'h17')
const GEBIEDEN = [
  'Charlois', 'Delfshaven', 'Feijenoord', 'Hillegersberg-Schiebroek', 'Hoek van Holland', 'Hoogvliet', 'IJsselmonde',
  'Kralingen-Crooswijk', 'Noord', 'Overschie', 'Pernis', 'Prins Alexander', 'Rotterdam Centrum', 'Rozenburg',
]
const GIOS: Gio[] = [
  ...GEBIEDEN.map((g, i): Gio => gio(`Gebied ${g}`, [Math.cos(i) * 6, Math.sin(i) * 4], 1.2)),
  gio('Ontwikkelgebied Stadionpark', [3, -2], 0.9),
  gio('Ontwikkelgebied Merwe-Vierhavens', [-3, -1], 0.8),
  gio('Ontwikkelgebied Rijnhaven', [0.5, -1.5], 0.5),
  gio('Ontwikkelgebied Alexander', [6, 3], 0.8),
  gio('Rivieroevers Nieuwe Maas', [0, -1], 1.5),
  gio('Groene Verbindingen Stadsnetwerk', [1, 2], 2),
  gio('Havengebied Maasvlakte en Europoort', [-20, -2], 4),
  gio('Zoekgebied windenergie haven', [-15, 0], 2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const nummers: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }]
const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]

const figuur = `
<div class="fig nobrk">
<svg width="150mm" height="62mm" viewBox="0 0 300 124" xmlns="http://www.w3.org/2000/svg">
<rect x="1" y="1" width="298" height="122" fill="#f4f6f8" stroke="#7a8a99" stroke-width="0.6"/>
<path d="M0 70 C 60 60, 110 82, 160 72 S 250 58, 300 66" fill="none" stroke="#3b82c4" stroke-width="7"/>
<circle cx="150" cy="46" r="14" fill="#e07b39" opacity="0.8"/>
<circle cx="205" cy="96" r="11" fill="#e07b39" opacity="0.8"/>
<circle cx="95" cy="92" r="9" fill="#e07b39" opacity="0.8"/>
<circle cx="250" cy="34" r="10" fill="#e07b39" opacity="0.8"/>
<path d="M20 20 L 120 40 L 150 46 L 250 34" fill="none" stroke="#4a9d5b" stroke-width="3" stroke-dasharray="6 3"/>
<path d="M60 110 L 95 92 L 150 72 L 205 96" fill="none" stroke="#4a9d5b" stroke-width="3" stroke-dasharray="6 3"/>
</svg>
<p class="cap">Figuur 2.1 Groeiplekken (oranje), rivier en groene verbindingen (schematisch)</p>
</div>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeenteraad Rotterdam</p>
<p class="ttl">Besluit van de gemeenteraad van Rotterdam tot vaststelling van de Omgevingsvisie Rotterdam – De Veranderstad</p>
<p>De gemeenteraad van Rotterdam;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 mei 2026 (26bb004211);</p>
<p>Overwegende dat</p>
<ul class="ov">
<li>de Omgevingswet de gemeente verplicht één omgevingsvisie voor het hele grondgebied vast te stellen;</li>
<li>de Stadsvisie Rotterdam 2030 en de Havenvisie 2030 daarin opgaan;</li>
<li>het ontwerp met het Rotterdamse omgevingseffectrapport van 1 februari tot en met 14 maart 2026 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van beantwoording;</li>
</ul>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Rotterdam – De Veranderstad vast te stellen, zoals opgenomen in bijlage 1 bij dit besluit, met de geometrische informatieobjecten in bijlage 2.</p>
<p class="art">Artikel 2</p>
<p>De Stadsvisie Rotterdam 2030 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 oktober 2026.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de gemeenteraad van Rotterdam van 2 juli 2026.</p>
${handtekeningen(['De griffier,', 'mr. M.J.E. Vroegindeweij'], ['De voorzitter,', 'drs. C. Schouten'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 2 juli 2026</p>
<p class="t1">Omgevingsvisie Rotterdam</p>
<p class="t2">De Veranderstad – werken aan een wereldstad voor iedereen</p>
</div>`)

  const structuur: Array<[string, string, Array<[string, string, Array<[string, string]>]>]> = [
    ['A', 'Koers', [
      ['1', 'Waarom een nieuwe visie', [['1.1', 'Rotterdam verandert'], ['1.2', 'Wat deze visie is']]],
      ['2', 'Vijf koersuitspraken', [['2.1', 'Compacte stad'], ['2.2', 'Inclusieve stad'], ['2.3', 'Gezonde stad']]],
    ]],
    ['B', 'Gebieden', [
      ['3', 'De rivier en de oevers', [['3.1', 'Rivieroevers'], ['3.2', 'Merwe-Vierhavens en Rijnhaven']]],
      ['4', 'Stad en haven', [['4.1', 'Haven in transitie'], ['4.2', 'Wonen naast de haven']]],
    ]],
    ['C', 'Uitvoering', [
      ['5', 'Samen met de stad', [['5.1', 'Rol van de gemeente'], ['5.2', 'Gebiedscommissies']]],
      ['6', 'Monitoring en herziening', []],
    ]],
  ]
  const rows: TocRow[] = []
  for (const [dn, dt, hs] of structuur) {
    rows.push([`Deel ${dn}`, dt, dt, 1])
    for (const [hn, ht] of hs) rows.push([`${hn}.`, ht, `${hn}. ${ht}`, 2])
  }
  rows.push(['Bijlage 2', 'Geometrische informatieobjecten', 'Bijlage 2 Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '1': () => {
      d.p('Deze visie rust op vijf koersuitspraken. Ze zijn het antwoord op de vraag hoe Rotterdam kan groeien en tegelijk beter kan worden voor de mensen die er nu wonen:')
      d.list(
        [
          'Rotterdam wordt een compacte stad, die groeit binnen de bestaande grenzen.',
          'Rotterdam wordt een inclusieve stad, met kansen voor iedereen.',
          { text: 'Rotterdam wordt een gezonde stad:', sub: ['met groen op loopafstand;', 'met schone lucht en minder geluid.'] },
          'Rotterdam wordt een circulaire en klimaatbestendige stad.',
          'Rotterdam blijft een haven van wereldformaat.',
        ],
        nummers,
      )
    },
    '1.1': () => d.ps(
      'Rotterdam groeit. Er komen tot 2040 ruim 50.000 woningen bij, op een grondgebied dat niet groter wordt. Tegelijk moet de stad van het aardgas af, zich aanpassen aan een ander klimaat en een haven huisvesten die zelf in transitie is.',
      'De laatste stadsvisie dateert uit 2007. Sindsdien is de stad sterk veranderd: de bevolking is jonger en diverser, de binnenstad is een woonwijk geworden en de haven is verder naar zee getrokken.',
    ),
    '1.2': () => d.p('De omgevingsvisie is het strategische kader voor de fysieke leefomgeving tot 2040. Zij vervangt de Stadsvisie Rotterdam 2030 en bundelt de ruimtelijke ambities van de sectorale visies. De regels zelf staan in het omgevingsplan; hoofdstuk 4 van de Omgevingswet bepaalt wat daarin moet.'),
    '2': () => d.p('Onderstaande figuur laat zien waar de groei landt en hoe rivier en groen de stad structureren.'),
    '2.1': () => {
      d.raw(figuur)
      d.p('De stad groeit vooral op plekken met een hoogwaardige OV-ontsluiting: rond Rotterdam Centraal, Zuidplein, Alexander en Feyenoord City. Door te verdichten houden we het landschap rond de stad open.')
    },
    '2.2': () => d.p(alinea('wonen', 1, 'Rotterdam')),
    '2.3': () => d.p('In de wijken met de grootste gezondheidsachterstand, in Rotterdam-Zuid, investeren we eerst: in groen, in speelruimte en in veilige routes naar school.'),
    '3.1': () => d.ps(
      'De Nieuwe Maas is de ruggengraat van de stad. De oevers worden toegankelijk voor iedereen, met getijdenparken waar het water weer natuurlijk mag stijgen en dalen.',
      'Langs de rivier wordt gebouwd in hoge dichtheden, maar altijd met een openbare kade ervoor.',
    ),
    '3.2': () => d.ps(
      'In Merwe-Vierhavens en de Rijnhaven maken haventerreinen plaats voor gemengde stadswijken met woningen, werkplaatsen en onderwijs.',
      alinea('klimaat', 0, 'Rotterdam'),
    ),
    '4.1': () => d.ps(
      'De haven verandert van een fossiel complex naar een knooppunt van duurzame energie, waterstof en circulaire grondstoffen. Daarvoor is ruimte nodig op de Maasvlakte en in Europoort.',
      'Nieuwe windturbines en zonnevelden in de haven bundelen we langs dijken en kades.',
    ),
    '4.2': () => {
      d.p('Waar wonen en haven elkaar raken, in Pernis, Hoogvliet en Rozenburg, bewaken we de milieuruimte van bedrijven en de gezondheid van bewoners:')
      d.list(['geen nieuwe gevoelige functies binnen de geluidzone van de haven;', 'groene buffers tussen industrie en woonwijk;', 'betere routes voor fiets en openbaar vervoer naar het werk in de haven.'], streep)
    },
    '5.1': () => d.p(alinea('uitvoering', 3, 'Rotterdam')),
    '5.2': () => d.p('De gebiedscommissies en wijkraden hebben meegedacht over deze visie. Zij blijven betrokken bij de gebiedsplannen die de visie per gebied uitwerken.'),
    '6': () => d.ps(alinea('uitvoering', 1, 'Rotterdam'), 'De eerste evaluatie volgt in 2030, samen met de herziening van het omgevingsplan.'),
  }
  for (const [dn, dt, hs] of structuur) {
    d.kop(1, dn, dt)
    if (dn === 'B') d.raw('<div class="twee">')
    for (const [hn, ht, ss] of hs) {
      d.kop(2, hn, ht)
      T[hn]?.()
      for (const [sn, st] of ss) {
        d.kop(3, sn, st)
        T[sn]?.()
      }
    }
    if (dn === 'B') d.raw('</div>')
  }

  d.page('bijl')
  d.bijlage('2', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 2 Geometrische informatieobjecten</h1><p>Bij het raadsbesluit en de omgevingsvisie horen de volgende geometrische informatieobjecten. De veertien gebieden volgen de grenzen van de gebiedscommissies; de overige objecten zijn indicatief.</p><p>De identificaties zijn die van de Landelijke Voorziening Bekendmaken en Beschikbaarstellen.</p>')
  d.gioTabel(GIOS, ['Informatieobject', 'Identificatie'], 'gio', ['38%', '62%'], true)

  const hf = "font: 8pt 'Liberation Sans Narrow'; color: #2f3e4e; letter-spacing: 0.3pt;"
  const foot = `@bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} }`
  const spec: DocSpec = {
    id: 'h17',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Rotterdam “De Veranderstad” (compacte, inclusieve en gezonde stad, rivieroevers, stad en haven, gebiedscommissies), ingekort en in eigen woorden; eigen opmaak: Liberation Sans 9,5 pt met DejaVu Serif Condensed-koppen, "Deel A/B/C" boven doorlopende hoofdstukken "1. Titel", paragrafen "1.1", inhoudsopgave met puntlijnen, genummerde lijst direct onder hoofdstuk "1.", tweekolommenpagina’s voor deel B, vectorfiguur met bijschrift "Figuur 2.1", kopregels afwisselend links (even) en rechts (oneven), voettekst "Pagina n van m", raadsbesluit met "Overwegende dat", "gelet op", "b e s l u i t :", Artikel 1–3, handtekeningen in twee kolommen, visie als Bijlage 1, GIO-tabel (22) als Bijlage 2 die over een pagina doorloopt met herhaalde kopregel (holdout)',
    bevoegdGezag: 'gm0599',
    naam: 'Gemeente Rotterdam',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Rotterdam tot vaststelling van de Omgevingsvisie Rotterdam – De Veranderstad',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-10-01',
    },
    visieOpschrift: 'Omgevingsvisie Rotterdam',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-rotterdam', regeling: 'omgevingsvisie-rotterdam', doel: 'omgevingsvisie-rotterdam-2026' },
      datums: { vaststelling: '2026-07-02', ondertekening: '2026-07-02', bekendmaking: '2026-07-09', inwerkingtreding: '2026-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0599',
      oin: '00000001000000005990',
      achtergrondActualiteit: '2026-04-01',
    },
    geo: { origin: [92000, 437000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^De Veranderstad · Omgevingsvisie Rotterdam$'],
    title: 'Omgevingsvisie Rotterdam – De Veranderstad',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 20mm 24mm 24mm; }
@page besluit { ${foot} }
@page toc { ${foot} }
@page std:left { @top-left { content: "De Veranderstad · Omgevingsvisie Rotterdam"; ${hf} } @bottom-left { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
@page std:right { @top-right { content: "De Veranderstad · Omgevingsvisie Rotterdam"; ${hf} } ${foot} }
@page bijl { ${foot} }
body { font: 9.5pt/1.5 'Liberation Sans', sans-serif; color: #1c1c1c; }
p { margin: 0 0 2.2mm; }
.gem { font: bold 11pt 'Liberation Sans Narrow'; letter-spacing: 2pt; text-transform: uppercase; color: #00811f; }
.ttl { font: bold 13pt 'DejaVu Serif Condensed'; margin: 5mm 0; }
.besluit ul.ov { margin: 0 0 2.2mm; padding-left: 5mm; }
.bs { margin: 4mm 0 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 6mm; }
.titel { padding-top: 60mm; break-after: page; }
.titel .bij { font: 9pt 'Liberation Sans Narrow'; color: #00811f; letter-spacing: 1pt; }
.titel .t1 { font: bold 30pt 'DejaVu Serif Condensed'; margin: 4mm 0 2mm; }
.titel .t2 { font: 14pt 'Liberation Sans Narrow'; color: #444; }
.toc { break-after: page; }
.toc .tockop { font: bold 16pt 'DejaVu Serif Condensed'; margin-bottom: 5mm; }
.deel { break-before: page; border-top: 3pt solid #00811f; padding-top: 4mm; margin-bottom: 8mm; }
.deel:first-child { break-before: auto; }
.deel .dl { font: bold 10pt 'Liberation Sans Narrow'; letter-spacing: 3pt; text-transform: uppercase; color: #00811f; margin: 0; }
.deel h1 { font: bold 24pt 'DejaVu Serif Condensed'; margin: 1mm 0 0; }
h2 { font: bold 15pt 'DejaVu Serif Condensed'; margin: 6mm 0 2mm; break-after: avoid; color: #00811f; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 4mm 0 1mm; break-after: avoid; }
.twee { columns: 2; column-gap: 7mm; }
.twee h2 { margin-top: 0; }
.lst { margin: 0 0 3mm 1mm; }
.fig { margin: 3mm 0 4mm; }
.fig .cap { font: italic 8.5pt 'Liberation Sans'; color: #444; margin-top: 1mm; }
h1.bijl { font: bold 15pt 'DejaVu Serif Condensed'; color: #00811f; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; background: #e3f1e6; padding: 1.2mm; }
table.gio td { padding: 1.2mm; border-bottom: 0.4pt solid #b8c9bc; vertical-align: top; }
table.gio .gid { font: 8pt 'DejaVu Sans Mono'; }
${TOC_CSS}
.toc .tl { padding-right: 3mm; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
