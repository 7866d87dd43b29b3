/**
 * h09 — provincie Flevoland (holdout, session 4): roman chapters "Hoofdstuk III" with the title on the next line,
 * arabic sections "3.1 Titel" and "3.1.1 Titel", a table of contents with dotted leaders, •-lists with nested
 * –-items, running header left, footer "Pagina n van N" right, a Statenbesluit with "Overwegende dat", "gelet op",
 * "BESLUIT:", Artikel I–III and two signature columns, a Bijlage line on the visie's title page, nine GIOs with
 * long identifiers that break inside a narrow cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioSlug('pv24', '2026', '2026-03-11', '1')
const GIOS: Gio[] = [
  gio('Nationaal Landschap Nieuw Land', 'flevolandstraks-nationaal-landschap-nieuw-land-oostvaardersplassen', [-10, 8], 6),
  gio('Oostvaardersplassen', 'flevolandstraks-oostvaardersplassen-natura2000-gebied', [-14, 10], 3),
  gio('Agrarisch productielandschap Noordoostpolder', 'flevolandstraks-agrarisch-productielandschap-noordoostpolder', [18, 30], 7),
  gio('Agrarisch productielandschap Flevopolder', 'flevolandstraks-agrarisch-productielandschap-oostelijk-zuidelijk-flevoland', [5, 5], 8),
  gio('Zoekgebied windenergie', 'flevolandstraks-zoekgebied-windenergie-herstructurering-opschalen', [10, 20], 6),
  gio('Kustzone Markermeer en IJmeer', 'flevolandstraks-kustzone-markermeer-ijmeer-almere-lelystad', [-20, -5], 4),
  gio('Lelystad Airport en omgeving', 'flevolandstraks-lelystad-airport-luchthavenontwikkeling-omgeving', [0, 12], 2),
  gio('Stedelijk gebied Almere', 'flevolandstraks-stedelijk-gebied-almere-schaalsprong', [-18, -14], 4),
  gio('Erfgoed Schokland en Urk', 'flevolandstraks-unesco-werelderfgoed-schokland-urk-oude-land', [22, 38], 2),
]

type Sec = [string, string, string[]?]
const H: Array<[string, string, Sec[]]> = [
  ['I', 'Flevoland, nieuw land', [['1.1', 'Waarom een nieuwe omgevingsvisie'], ['1.2', 'Wat de visie wel en niet is'], ['1.3', 'Hoe de visie tot stand kwam']]],
  ['II', 'Kernkwaliteiten', [['2.1', 'Ruimte'], ['2.2', 'Nieuw land, jong landschap', ['2.2.1 Het polderpatroon', '2.2.2 Water en natuur']], ['2.3', 'Pionieren']]],
  ['III', 'Zeven maatschappelijke opgaven', [['3.1', 'Versterken van de landbouw'], ['3.2', 'Natuur en landschap met de mens erin'], ['3.3', 'Energie en klimaat', ['3.3.1 Opschalen en saneren van windturbines', '3.3.2 Zon op daken en op restgrond']], ['3.4', 'Vrijetijdseconomie'], ['3.5', 'Bereikbaarheid'], ['3.6', 'Steden en dorpen'], ['3.7', 'Circulaire economie']]],
  ['IV', 'Werken aan de opgaven', [['4.1', 'De programmacyclus'], ['4.2', 'Provinciale instrumenten']]],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}</span>${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

const TEKST: Record<string, string[]> = {
  '1.1': [
    'Flevoland is de jongste provincie van Nederland. In 2026 vervangt deze omgevingsvisie het Omgevingsplan Flevoland uit 2006 en de eerdere omgevingsvisie FlevolandStraks. De visie geeft de lange lijn voor de periode tot 2030 en verder en legt de nadruk op zeven maatschappelijke opgaven van provinciaal belang.',
  ],
  '1.2': [
    'De visie is een strategisch plan op hoofdlijnen. Zij bindt alleen de provincie zelf. Regels voor anderen staan in de omgevingsverordening; concrete maatregelen staan in programma’s.',
  ],
  '1.3': [
    'De visie kwam in drie fasen tot stand: een atelierfase met experts uit binnen- en buitenland, het schrijven van de visie zelf en de vertaling naar de uitvoering. Het ontwerp lag zes weken ter inzage; de reacties zijn verwerkt in een antwoordnota.',
  ],
  '2.1': ['Flevoland biedt ruimte: voor wonen in een groene omgeving, voor grootschalige landbouw, voor natuur van internationale betekenis en voor experimenten die elders niet passen.'],
  '2.2': ['Het landschap is ontworpen. Rechte wegen, kavelsloten en windsingels geven de polders hun herkenbare maat.'],
  '2.2.1': ['Het polderpatroon met zijn rationele verkaveling is een cultuurhistorische waarde op zich. Nieuwe ontwikkelingen voegen zich in die maat of maken er bewust een uitzondering op.'],
  '2.2.2': ['De randmeren, het Markermeer en de Oostvaardersplassen maken het nieuwe land tot een gebied van water en vogels. Die kwaliteit willen we behouden en beter beleefbaar maken.'],
  '2.3': ['Pionieren zit Flevoland in het bloed. We willen ruimte blijven bieden aan nieuwe ideeën, van zelfbouw in Almere tot proeftuinen voor precisielandbouw in de Noordoostpolder.'],
  '3.1': ['De Flevolandse landbouw behoort tot de meest productieve ter wereld. De opgave is om die positie te behouden en tegelijk bij te dragen aan bodemkwaliteit, biodiversiteit en een lagere uitstoot.'],
  '3.2': ['Natuur in Flevoland is ook natuur voor mensen. We verbinden de natuurgebieden met elkaar en met de steden, zodat inwoners en bezoekers ze kunnen beleven.'],
  '3.3': ['Flevoland levert al meer duurzame elektriciteit dan het zelf verbruikt. De komende jaren ligt de nadruk op kwaliteit: minder, maar grotere windturbines en zon waar die het landschap het minst raakt.'],
  '3.3.1': ['Oude solitaire turbines maken plaats voor opstellingen in lijnen en clusters. Saneren en opschalen gaan hand in hand; iedere nieuwe opstelling vervangt bestaande turbines.'],
  '3.3.2': ['Voor zonne-energie geldt de voorkeursvolgorde: eerst daken, dan restgronden langs infrastructuur, pas daarna andere gronden. Landbouwgrond blijft zoveel mogelijk voor de landbouw.'],
  '3.4': ['Water, natuur en ruimte trekken bezoekers. We versterken de vrijetijdseconomie rond de kust van de randmeren, Lelystad, Urk en de natuurgebieden, met aandacht voor de draagkracht van de natuur.'],
  '3.5': ['Goede verbindingen met de rest van het land zijn een voorwaarde voor de groei van Flevoland. We werken aan de weg, het spoor, het openbaar vervoer en de fiets.'],
  '3.6': ['Steden en dorpen moeten aantrekkelijk blijven voor jong en oud. We steunen de gemeenten bij de woningbouw en bij het behoud van voorzieningen in de kleine kernen.'],
  '3.7': ['In een circulaire economie worden grondstoffen hergebruikt. Flevoland heeft met zijn biomassa uit de landbouw een voorsprong die we willen benutten.'],
  '4.1': ['Iedere opgave krijgt een uitwerking in een programma. Voor elk programma stellen Provinciale Staten richtinggevende kaders vast; Gedeputeerde Staten werken die uit. De cyclus kent drie fasen:'],
  '4.2': ['Om de opgaven te realiseren zet de provincie verschillende instrumenten in. Welk instrument past, verschilt per opgave:'],
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">PROVINCIE FLEVOLAND</p>
<p class="ttl">Besluit van Provinciale Staten van Flevoland van 11 maart 2026 tot vaststelling van de Omgevingsvisie FlevolandStraks 2026</p>
<p>Provinciale Staten van Flevoland,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 20 januari 2026, nummer 3104877;</p>
<p>Overwegende dat</p>
<ul class="ov">
<li>de provincie op grond van de Omgevingswet één integrale omgevingsvisie vaststelt voor haar grondgebied;</li>
<li>de Omgevingsvisie FlevolandStraks uit 2017 is geactualiseerd en is uitgebreid met de opgaven circulaire economie en steden en dorpen;</li>
<li>het ontwerp van 2 oktober tot en met 12 november 2025 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de antwoordnota;</li>
</ul>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet en artikel 143 van de Provinciewet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie FlevolandStraks 2026, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie FlevolandStraks, vastgesteld op 8 november 2017, wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 mei 2026.</p>
<p class="aldus">Lelystad, 11 maart 2026</p>
<p>Provinciale Staten van Flevoland,</p>
${handtekeningen(['de griffier,', 'drs. H.J. Oosterveld'], ['de voorzitter,', 'L. Verbeek'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage bij het besluit van Provinciale Staten van Flevoland van 11 maart 2026, nummer 3104877</p>
<p class="t1">Omgevingsvisie<br>FlevolandStraks 2026</p>
<p class="t2">Ruimte voor de opgaven van nu en straks</p>
</div>`)
  const rows: TocRow[] = []
  for (const [n, t, secs] of H) {
    rows.push([n, t, `Hoofdstuk ${n} ${t}`, 1])
    for (const [sn, st] of secs) rows.push([sn, st, `${sn} ${st}`, 2])
  }
  rows.push(['', 'Bijlage 1 Geometrische informatieobjecten', 'Bijlage 1 Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoudsopgave', rows))
  d.page('std').enter('visie')
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    if (n === 'I') d.p(alinea('inleiding', 2, 'Flevoland', 'provincie'))
    for (const [sn, st, subs] of secs) {
      d.kop(2, sn, st)
      d.ps(...(TEKST[sn] ?? []))
      if (sn === '1.3') d.p(alinea('proces', 2, 'Flevoland', 'provincie'))
      if (sn === '2.3')
        d.list(
          [
            'de eerste windturbines op land in Nederland stonden in Flevoland;',
            { text: 'Almere is de stad van', sub: ['het particulier opdrachtgeverschap;', 'de Floriade van 2022.'] },
            'op de proefboerderijen in Lelystad wordt onderzoek gedaan voor de landbouw van morgen.',
          ],
          bol,
        )
      if (sn === '3.1')
        d.list(
          [
            { text: 'de bodem gezond houden, door', sub: ['een ruim bouwplan met rustgewassen;', 'minder zware machines op natte grond;', 'het terugbrengen van organische stof.'] },
            'ruimte voor schaalvergroting op de huiskavel, met een goede landschappelijke inpassing;',
            'verbreding met zorg, recreatie of verwerking op het erf.',
          ],
          bol,
        )
      for (const s of subs ?? []) {
        const i = s.indexOf(' ')
        const sn3 = s.slice(0, i)
        d.kop(3, sn3, s.slice(i + 1))
        d.ps(...(TEKST[sn3] ?? []))
      }
      if (sn === '3.5') d.p(alinea('mobiliteit', 2, 'Flevoland', 'provincie'))
      if (sn === '3.6') d.p(alinea('wonen', 0, 'Flevoland', 'provincie'))
      if (sn === '4.1') d.list(['opstellen van het programma;', 'acties en uitvoering;', { text: 'monitoren van de effecten en', sub: ['zo nodig bijsturen;', 'verantwoorden aan Provinciale Staten.'] }], bol)
      if (sn === '4.2')
        d.list(
          [
            'bestuurlijke middelen: inzet van de organisatie, samenwerking, kennisoverdracht en bestuursovereenkomsten;',
            'financiële middelen: subsidies, investeringen en fondsen;',
            'juridische middelen: programma’s, projectbesluiten, vergunningen en de omgevingsverordening.',
          ],
          bol,
        )
    }
  }

  d.page('bijl')
  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 1 Geometrische informatieobjecten</h1><p>De werkingsgebieden in deze omgevingsvisie zijn vastgelegd in de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Informatieobject', 'Identificatie'], 'gio', ['38%', '62%'], true)

  const hf = "font: 8pt 'Liberation Sans Narrow', 'Liberation Sans'; color: #2b4a8b;"
  const spec: DocSpec = {
    id: 'h09',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie FlevolandStraks van de provincie Flevoland (kernkwaliteiten ruimte, nieuw land en pionieren; zeven maatschappelijke opgaven; programmacyclus en provinciale instrumenten), ingekort en geactualiseerd; eigen opmaak: Liberation Sans Narrow 10,5 pt, romeinse hoofdstukken "Hoofdstuk III" met de titel op de volgende regel, arabische paragrafen "3.1" en "3.3.1", inhoudsopgave met puntlijnen, •-lijsten met –-items, kopregel links, voettekst "Pagina n van N", Statenbesluit met "Overwegende dat", "gelet op", "BESLUIT:", Artikel I–III, handtekeningen in twee kolommen, negen GIO\'s met lange identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'pv24',
    naam: 'Provincie Flevoland',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Flevoland van 11 maart 2026 tot vaststelling van de Omgevingsvisie FlevolandStraks 2026',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-05-01',
    },
    visieOpschrift: 'Omgevingsvisie FlevolandStraks 2026',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-flevolandstraks-2026', regeling: 'omgevingsvisie-flevolandstraks-2026', doel: 'omgevingsvisie-flevolandstraks-2026' },
      datums: { vaststelling: '2026-03-11', ondertekening: '2026-03-11', bekendmaking: '2026-03-18', inwerkingtreding: '2026-05-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV24',
      oin: '00000001000000240000',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [160000, 495000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^FlevolandStraks · omgevingsvisie 2026$'],
    title: 'Omgevingsvisie FlevolandStraks 2026',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 24mm 24mm 24mm; }
@page toc { @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
@page std { @top-left { content: "FlevolandStraks · omgevingsvisie 2026"; ${hf} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
@page bijl { @top-left { content: "FlevolandStraks · omgevingsvisie 2026"; ${hf} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hf} } }
body { font: 10.5pt/1.45 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; }
p { margin: 0 0 2.2mm; }
.besluit .org { font: bold 12pt 'Liberation Sans'; letter-spacing: 2pt; color: #2b4a8b; }
.besluit .ttl { font: bold 12pt 'Liberation Sans Narrow'; margin: 6mm 0; }
.besluit ul.ov { margin: 0 0 2.2mm; padding-left: 7mm; }
.bs { margin: 5mm 0 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 8mm; }
.titel { padding-top: 40mm; break-after: page; }
.titel .bij { font: italic 9.5pt 'Liberation Sans Narrow'; margin-bottom: 50mm; }
.titel .t1 { font: bold 30pt/1.15 'Liberation Sans Narrow'; color: #2b4a8b; }
.titel .t2 { font: 14pt 'Liberation Sans Narrow'; color: #6a8d2f; }
.toc { break-after: page; }
.toc .tockop { font: bold 17pt 'Liberation Sans Narrow'; color: #2b4a8b; margin-bottom: 6mm; }
.hfd { break-before: page; margin: 0 0 6mm; border-left: 3mm solid #6a8d2f; padding-left: 4mm; }
.hfd .hn { font: 11pt 'Liberation Sans Narrow'; text-transform: none; color: #6a8d2f; margin: 0; }
h1 { font: bold 19pt 'Liberation Sans Narrow'; color: #2b4a8b; margin: 0; }
h2 { font: bold 12pt 'Liberation Sans Narrow'; color: #2b4a8b; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 10.5pt 'Liberation Sans Narrow'; margin: 3.5mm 0 1mm; break-after: avoid; }
.n { display: inline-block; min-width: 12mm; }
.lst { margin: 0 0 3mm 3mm; }
h1.bijl { font-size: 15pt; break-before: auto; margin-bottom: 4mm; }
table.gio { width: 120mm; font-size: 9pt; margin-top: 2mm; }
table.gio th { text-align: left; border-bottom: 1pt solid #2b4a8b; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
table.gio .gid { font: 8pt 'Liberation Mono'; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
