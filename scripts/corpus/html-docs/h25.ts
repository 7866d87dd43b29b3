/**
 * h25 — Provincie Utrecht (pv26), holdout (session 6). Content after the Omgevingsvisie provincie Utrecht (zeven
 * beleidsthema’s: stad en land gezond, klimaatbestendig en waterrobuust, duurzame energie, vitale steden en dorpen,
 * bereikbaarheid, levend landschap, natuur en landbouw; drie hoofdkeuzes), shortened and in our own words. Layout:
 * "Deel I"/"Deel II" parts (roman) above chapters printed as "HOOFDSTUK 3" in capitals with the title on the next
 * line (numbering runs on across the parts), sections "§ 3.1 Titel" and "3.1.1" (four outline levels), a long §
 * heading that wraps, a table of contents without dotted leaders, run-in tussenkoppen, •-lists with –-items, a
 * column-aligned table, a figure "Figuur 4.1 …" drawn as SVG, running headers that alternate between even pages (the
 * document title on the left) and odd pages (chapter number and title on the right), footer "Pagina n van N" centred, a
 * Statenbesluit with "Overwegende dat", "besluiten:", Artikel I–II, "met ingang van 1 april 2027", "Aldus vastgesteld in
 * de openbare vergadering van Provinciale Staten …", signatures in two columns, the visie as "Bijlage 1" and the GIO
 * list as "Bijlage 2": twelve GIOs with long identifiers that break inside the cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('pv26', '2027', '2027-02-10', '1')
const GIOS: Gio[] = [
  gio('Stedelijk gebied provincie Utrecht', 'stedelijk-gebied-provincie-utrecht-verstedelijkingsstrategie', [0, 0], 12),
  gio('Nationaal Park Utrechtse Heuvelrug', 'nationaal-park-utrechtse-heuvelrug-natuur-en-recreatie', [12, -2], 8),
  gio('Natuurnetwerk Nederland Utrecht', 'natuurnetwerk-nederland-provincie-utrecht-begrenzing', [4, 2], 20),
  gio('Groene Hart', 'nationaal-landschap-groene-hart-utrechts-deel', [-14, 2], 10),
  gio('Nieuwe Hollandse Waterlinie', 'unesco-werelderfgoed-nieuwe-hollandse-waterlinie-utrecht', [-2, -6], 6),
  gio('Veenweidegebied met bodemdaling', 'veenweidegebied-bodemdaling-lopikerwaard-groene-hart-utrecht', [-10, -4], 8),
  gio('Rivierengebied Lek en Kromme Rijn', 'rivierengebied-lek-kromme-rijn-uiterwaarden-en-dijken', [4, -12], 8),
  gio('Vechtstreek', 'vechtstreek-landgoederen-buitenplaatsen-en-plassen', [-2, 14], 6),
  gio('Gelderse Vallei en Eemland', 'gelderse-vallei-eemland-landbouw-en-stikstof', [22, 6], 8),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie-provincie-utrecht-regionale-energiestrategie', [6, -8], 10),
  gio('Grondwaterbeschermingsgebieden', 'grondwaterbeschermingsgebieden-drinkwaterwinning-utrecht', [10, 4], 10),
  gio('Utrecht Science Park', 'utrecht-science-park-de-uithof-kennis-en-zorg', [3, 0], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dn">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<div class="hfd"><p class="hn">HOOFDSTUK ${k.nummer}</p><h2>${k.opschrift}</h2></div>`
      : k.niveau === 3
        ? `<h3><span class="n">§ ${k.nummer}</span>${k.opschrift}</h3>`
        : `<h4><span class="n">${k.nummer}</span>${k.opschrift}</h4>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

type Sec = [nummer: string, titel: string, niveau: number]
const DELEN: Array<[string, string, Array<[string, string, string, Sec[]]>]> = [
  ['I', 'Koers', [
    ['1', 'Inleiding', 'c1', [['1.1', 'Waarom een omgevingsvisie', 3], ['1.2', 'Status en doorwerking', 3], ['1.3', 'Leeswijzer', 3]]],
    ['2', 'Utrecht nu en straks', 'c2', [['2.1', 'Drie hoofdkeuzes', 3], ['2.2', 'Werken met gebiedsprogramma’s in de regio’s Utrecht-West, Utrecht-Oost, de Foodvalley en Amersfoort', 3]]],
  ]],
  ['II', 'Beleidsthema’s', [
    ['3', 'Stad en land gezond', 'c3', [['3.1', 'Gezonde leefomgeving', 3], ['3.1.1', 'Luchtkwaliteit en geluid', 4], ['3.1.2', 'Bewegen en ontmoeten', 4], ['3.2', 'Veilige leefomgeving', 3]]],
    ['4', 'Klimaatbestendig en waterrobuust', 'c4', [['4.1', 'Water en bodem sturend', 3], ['4.1.1', 'Bodemdaling in het veenweidegebied', 4], ['4.2', 'Duurzame energie', 3]]],
    ['5', 'Vitale steden en dorpen', 'c5', [['5.1', 'Wonen en werken', 3], ['5.2', 'Bereikbaarheid', 3]]],
    ['6', 'Levend landschap, natuur en landbouw', 'c6', [['6.1', 'Landschap en erfgoed', 3], ['6.1.1', 'Nieuwe Hollandse Waterlinie', 4], ['6.2', 'Natuur en landbouw', 3]]],
    ['7', 'Uitvoering', 'c7', []],
  ]],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">PROVINCIE UTRECHT</p>
<p class="ttl">Besluit van Provinciale Staten van Utrecht van 10 februari 2027 tot vaststelling van de Omgevingsvisie provincie Utrecht</p>
<p>Provinciale Staten van Utrecht,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van Utrecht van 24 november 2026, nummer PS2026RGW14;</p>
<p>Overwegende dat</p>
<ul class="ov">
<li>Provinciale Staten op grond van artikel 3.1, tweede lid, van de Omgevingswet een omgevingsvisie vaststellen voor het grondgebied van de provincie;</li>
<li>de visie de Provinciale Ruimtelijke Structuurvisie, het Mobiliteitsplan en het Afwegingskader uitbreidingslocaties voor wonen vervangt;</li>
<li>het ontwerp met het milieueffectrapport van 7 september tot en met 19 oktober 2026 ter inzage heeft gelegen;</li>
</ul>
<p>gelet op artikel 3.1, tweede lid, en artikel 16.26 van de Omgevingswet;</p>
<p class="bs">besluiten:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie provincie Utrecht, zoals opgenomen in Bijlage 1 bij dit besluit, met de geometrische informatieobjecten in Bijlage 2, vast te stellen.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking met ingang van 1 april 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Utrecht van 10 februari 2027.</p>
${handtekeningen(['voorzitter,', 'H.M. Oosters'], ['griffier,', 'mr. drs. A.M. Bos'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie<br>provincie Utrecht</p>
<p class="t2">Utrecht: gezond, veilig en in balans</p>
<p class="bij">Bijlage 1 bij het besluit van Provinciale Staten van 10 februari 2027</p>
</div>`)

  const rows: TocRow[] = []
  for (const [dn, dt, hs] of DELEN) {
    rows.push([`Deel ${dn}`, dt, dt, 1])
    for (const [hn, ht] of hs) rows.push([`${hn}`, ht, ht, 2])
  }
  rows.push(['Bijlage 2', 'Geometrische informatieobjecten', 'Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoudsopgave', rows))
  d.enter('visie')

  const T: Record<string, () => void> = {
    'I': () => d.p('Deel I beschrijft de koers: waarom de provincie een omgevingsvisie heeft, hoe Utrecht er nu voor staat en welke hoofdkeuzes wij maken.', 'intro'),
    '1': () => d.p('De provincie Utrecht is de kleinste en een van de snelst groeiende provincies van Nederland. Ruim 1,3 miljoen mensen wonen hier; in 2040 zijn dat er naar verwachting 1,5 miljoen.'),
    '1.1': () => d.p('Er komt veel op ons af: woningen, banen, de energietransitie, een ander klimaat en een landbouw die moet veranderen. Die opgaven vragen allemaal ruimte in een provincie waar de ruimte schaars is. Deze visie laat zien hoe wij ze in samenhang aanpakken.'),
    '1.2': () => d.ps(
      'De omgevingsvisie is zelfbindend. Zij bindt Provinciale Staten en Gedeputeerde Staten, niet de gemeenten, waterschappen of inwoners. Wat voor hen bindend moet zijn, leggen wij vast in de omgevingsverordening.',
      'De visie heeft geen vervaldatum. Wij actualiseren haar wanneer nieuwe inzichten of nieuw rijksbeleid daarom vragen; de kleinere wijzigingen bundelen wij in een jaarlijkse herziening.',
    ),
    '1.3': () => d.p('Deel I beschrijft de koers en de hoofdkeuzes. Deel II werkt die koers uit in beleidsthema’s. In Bijlage 2 staan de geometrische informatieobjecten.'),
    'II': () => d.p('Deel II werkt de hoofdkeuzes uit voor vijf beleidsthema’s. Ieder hoofdstuk eindigt met wat de provincie zelf doet.', 'intro'),
    '2': () => d.p('Utrecht heeft een sterke economie, een hoog opleidingsniveau en een aantrekkelijk landschap. Tegelijk staan de bereikbaarheid, de betaalbaarheid van wonen en de kwaliteit van natuur en water onder druk.'),
    '2.1': () => {
      d.p('Wij maken drie hoofdkeuzes die in alle thema’s terugkomen:')
      d.list(
        [
          'slimme combinaties van functies, omdat de ruimte schaars is;',
          { text: 'maatwerk per gebied:', sub: ['de stad vraagt iets anders dan het Groene Hart;', 'de Heuvelrug iets anders dan de Gelderse Vallei;'] },
          'het landschap als basis voor iedere ontwikkeling.',
        ],
        punt,
      )
    },
    '2.2': () => d.p('Per regio werken wij met gemeenten, waterschappen en maatschappelijke partners een gebiedsprogramma uit. Daarin maken wij de afwegingen tussen wonen, werken, natuur, landbouw en energie concreet.'),
    '3': () => d.p('Een gezonde leefomgeving nodigt uit tot bewegen, ontmoeten en ontspannen en beschermt tegen schadelijke invloeden.'),
    '3.1': () => {
      d.p('<b>Gezond als uitgangspunt.</b> Bij iedere ruimtelijke ontwikkeling wegen wij de gezondheid van inwoners mee, vanaf het begin en niet achteraf.')
      d.p('<b>Groen dichtbij.</b> Iedere inwoner heeft groen binnen loopafstand. In en om de steden maken wij ruimte voor recreatiegebieden als het Noorderpark en Rijnenburg.')
    },
    '3.1.1': () => {
      d.p('Langs de drukke wegen en rond Schiphol-Oost en de A12 overschrijden luchtkwaliteit en geluid de advieswaarden. De tabel geeft onze inzet.')
      d.table(
        ['Onderwerp', 'Doel 2030', 'Doel 2040', 'Inzet provincie'],
        [
          ['Fijnstof (PM2,5)', '10 µg/m³', '5 µg/m³', 'schone bussen, minder houtstook'],
          ['Stikstofdioxide', '20 µg/m³', '10 µg/m³', 'emissieloze zones in de steden'],
          ['Geluid wegverkeer', '−10% gehinderden', '−25% gehinderden', 'stil asfalt op provinciale wegen'],
        ],
        'tbl',
        ['26%', '17%', '17%', '40%'],
      )
    },
    '3.1.2': () => d.p('Wij leggen fietsroutes en wandelpaden aan die de kernen verbinden met het landschap eromheen.'),
    '3.2': () => d.p('Wij houden risicovolle bedrijven en transportroutes op afstand van woningen en scholen. Bij nieuwe woonwijken kijken wij naar externe veiligheid, overstromingsrisico en brandveiligheid in het buitengebied.'),
    '4': () => d.p('Het klimaat verandert. Utrecht krijgt te maken met hevigere buien, langere droogte, meer hitte en een hogere kans op overstromingen langs de Lek en de Nederrijn.'),
    '4.1': () => {
      d.p('Water en bodem bepalen waar wij wat doen. Wij bouwen niet in de diepste polders en houden rekening met de draagkracht van de bodem.')
      d.raw(`<div class="fig nobrk"><svg width="118mm" height="46mm" viewBox="0 0 236 92" xmlns="http://www.w3.org/2000/svg">
<rect x="2" y="2" width="232" height="88" fill="#f4f1e8" stroke="#6b5a2e" stroke-width="0.6"/>
<path d="M2 64 C 40 58, 80 70, 120 62 S 200 50, 234 58" fill="none" stroke="#2f6fa3" stroke-width="3"/>
<path d="M10 20 L 70 14 L 96 40 L 60 58 L 14 50 Z" fill="#8a7a4a" opacity="0.45"/>
<path d="M150 10 L 220 16 L 226 44 L 170 48 Z" fill="#5d8a3a" opacity="0.5"/>
<circle cx="118" cy="34" r="9" fill="none" stroke="#333" stroke-width="1.2"/>
</svg><p class="cap">Figuur 4.1 Veenweidegebied, Utrechtse Heuvelrug en de Lek (schematisch)</p></div>`)
    },
    '4.1.1': () => d.p('In het veenweidegebied van het Groene Hart daalt de bodem tot een centimeter per jaar. Wij halveren de daling in 2040, samen met de waterschappen en de boeren, door hogere waterpeilen en andere vormen van landbouw.'),
    '4.2': () => d.ps(
      'In 2050 is Utrecht klimaatneutraal. Wij wekken duurzame energie op met zon op daken en langs infrastructuur, en met wind in de zoekgebieden uit de regionale energiestrategieën.',
      '<b>Netcongestie.</b> Het elektriciteitsnet is vol. Wij reserveren ruimte voor nieuwe hoogspanningsstations en stemmen de planning af met de netbeheerders.',
    ),
    '5': () => d.p('De vraag naar woningen is groot. Tot 2040 zijn er in de provincie ruim 130.000 woningen nodig.'),
    '5.1': () => {
      d.p('Wij bouwen vooral binnen bestaand stedelijk gebied, bij knooppunten van openbaar vervoer:')
      d.list(
        [
          { text: 'in de stad Utrecht:', sub: ['Merwede en de Cartesiusdriehoek;', 'het stationsgebied en Utrecht Science Park.'] },
          'in Amersfoort rond het station en in de Hoefkwartier;',
          'in de kernen naar de eigen behoefte.',
        ],
        punt,
      )
    },
    '5.2': () => d.p('Wij versterken het openbaar vervoer en de fiets, en richten provinciale wegen veilig in. De tram naar Utrecht Science Park en Nieuwegein krijgt een vervolg naar Houten.'),
    '6': () => d.p('Het landschap van Utrecht is gevarieerd: de Heuvelrug, het Groene Hart, de Vechtstreek, het rivierengebied en de Gelderse Vallei. Iedere ontwikkeling begint bij de kwaliteit van dat landschap.'),
    '6.1': () => d.p('Wij beschermen de kernkwaliteiten van de landschappen en het erfgoed: de buitenplaatsen, de landgoederen en de militaire linies.'),
    '6.1.1': () => d.p('De Nieuwe Hollandse Waterlinie staat sinds 2021 op de Werelderfgoedlijst van UNESCO. Nieuwe ontwikkelingen in en rond de linie respecteren de openheid van de schootsvelden.'),
    '6.2': () => d.p('Wij maken het Natuurnetwerk Nederland af en helpen boeren bij de omschakeling naar een landbouw die past bij bodem, water en natuur, in het bijzonder in de Gelderse Vallei.'),
    '7': () => d.p('Wij voeren de visie uit met de omgevingsverordening, programma’s, gebiedsprogramma’s en subsidies. Iedere twee jaar rapporteren Gedeputeerde Staten in de monitor omgevingsbeleid over de voortgang.'),
  }

  for (const [dn, dt, hs] of DELEN) {
    d.page('deel')
    d.kop(1, dn, dt)
    T[dn]?.()
    for (const [hn, ht, pg, secs] of hs) {
      d.page(pg)
      d.kop(2, hn, ht)
      T[hn]?.()
      for (const [sn, st, l] of secs) {
        d.kop(l, sn, st)
        T[sn]?.()
      }
    }
  }

  d.page('bijl')
  d.bijlage('2', 'Geometrische informatieobjecten', '<p class="bijlabel">Bijlage 2</p><h1 class="bijl">Geometrische informatieobjecten</h1><p>Bij deze omgevingsvisie horen de volgende geometrische informatieobjecten. De begrenzing is te raadplegen in het Omgevingsloket.</p><p>Waar de visie een zoekgebied of een richting aangeeft, is de begrenzing globaal; de verordening legt de precieze grenzen vast.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['36%', '64%'], true)

  const hf = "font: 8pt 'DejaVu Sans Light'; color: #555;"
  const foot = `@bottom-center { content: "Pagina " counter(page) " van " counter(pages); ${hf} }`
  const CH: Array<[string, string]> = DELEN.flatMap(([, , hs]) => hs.map(([hn, ht, pg]) => [pg, `${hn} ${ht}`] as [string, string]))
  const chapterPages = CH.map(
    ([pg, t]) =>
      `@page ${pg}:left { @top-left { content: "Omgevingsvisie provincie Utrecht"; ${hf} } ${foot} }\n@page ${pg}:right { @top-right { content: "${t}"; ${hf} } ${foot} }`,
  ).join('\n')
  const spec: DocSpec = {
    id: 'h25',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie provincie Utrecht (zeven beleidsthema’s, drie hoofdkeuzes: slimme combinaties, maatwerk per gebied, landschap als basis; veenweide en bodemdaling, Nieuwe Hollandse Waterlinie, verstedelijking bij knooppunten), ingekort en in eigen woorden; eigen opmaak: DejaVu Sans Light 9,5 pt met DejaVu Serif Condensed-koppen, "Deel I/II" boven hoofdstukken "HOOFDSTUK 3" met de titel op de volgende regel (doornummerend), paragrafen "§ 3.1 Titel" en "3.1.1", lange §-kop over twee regels, inhoudsopgave zonder puntlijnen, tussenkoppen in de alinea, •-lijsten met –-items, tabel, figuur "Figuur 4.1" als vectortekening, kopregel wisselend even (documenttitel links) en oneven (hoofdstuknummer en -titel rechts), voettekst "Pagina n van N", Statenbesluit met "Overwegende dat", "besluiten:", Artikel I–II, inwerkingtreding "met ingang van 1 april 2027", "Aldus vastgesteld in de openbare vergadering van Provinciale Staten …", handtekeningen in twee kolommen, visie als Bijlage 1 en GIO-lijst als Bijlage 2 met twaalf lange identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'pv26',
    naam: 'Provincie Utrecht',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Utrecht van 10 februari 2027 tot vaststelling van de Omgevingsvisie provincie Utrecht',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-04-01',
    },
    visieOpschrift: 'Omgevingsvisie provincie Utrecht',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-provincie-utrecht', regeling: 'omgevingsvisie-provincie-utrecht', doel: 'omgevingsvisie-provincie-utrecht' },
      datums: { vaststelling: '2027-02-10', ondertekening: '2027-02-10', bekendmaking: '2027-02-17', inwerkingtreding: '2027-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV26',
      oin: '00000001000000002600',
      achtergrondActualiteit: '2026-12-01',
    },
    geo: { origin: [140000, 455000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie provincie Utrecht$'],
    title: 'Omgevingsvisie provincie Utrecht',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 24mm 24mm 24mm 24mm; }
@page besluit { ${foot} }
@page toc { ${foot} }
@page deel { ${foot} }
${chapterPages}
@page bijl { ${foot} }
body { font: 9.5pt/1.5 'DejaVu Sans Light', sans-serif; color: #202020; }
p { margin: 0 0 2.2mm; }
.org { font: bold 10pt 'DejaVu Sans'; letter-spacing: 1pt; color: #b0122b; }
.ttl { font: bold 12pt 'DejaVu Serif Condensed'; margin: 5mm 0; }
.ov { margin: 0 0 2mm 0; padding-left: 6mm; }
.bs { margin: 5mm 0 3mm; font-weight: bold; }
.art { font: bold 10pt 'DejaVu Serif Condensed'; margin: 3mm 0 1mm; }
.aldus { margin-top: 6mm; }
.titel { padding-top: 70mm; text-align: right; break-after: page; }
.titel .t1 { font: bold 30pt/1.15 'DejaVu Serif Condensed'; color: #b0122b; }
.titel .t2 { font: 13pt 'DejaVu Sans Light'; margin-bottom: 80mm; }
.titel .bij { font: 8.5pt 'DejaVu Sans Light'; color: #666; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tockop { font: bold 16pt 'DejaVu Serif Condensed'; color: #b0122b; margin-bottom: 6mm; }
.toc .dots { display: none; }
.toc .tt { flex: 1 1 auto; }
.toc .tl { padding-right: 3mm; }
.toc .t1 { font-weight: bold; color: #b0122b; }
.deel { margin: 60mm 0 10mm; border-top: 2pt solid #b0122b; padding-top: 4mm; }
.deel .dn { font: 12pt 'DejaVu Sans'; color: #b0122b; margin: 0; }
h1 { font: bold 24pt 'DejaVu Serif Condensed'; margin: 1mm 0 0; }
.intro { font-size: 11pt; }
.hfd { margin: 0 0 6mm; }
.hfd .hn { font: bold 8.5pt 'DejaVu Sans'; letter-spacing: 0.6pt; color: #b0122b; margin: 0 0 1mm; }
h2 { font: bold 18pt 'DejaVu Serif Condensed'; margin: 0; }
h3 { font: bold 11.5pt 'DejaVu Serif Condensed'; margin: 5mm 0 1.5mm; break-after: avoid; padding-left: 15mm; text-indent: -15mm; }
h4 { font: bold 9.5pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; padding-left: 15mm; text-indent: -15mm; }
h3 .n, h4 .n { display: inline-block; min-width: 15mm; text-indent: 0; color: #b0122b; }
.lst { margin: 0 0 3mm 3mm; }
.fig { margin: 2mm 0 4mm; }
.fig .cap { font: italic 8pt 'DejaVu Sans Light'; margin-top: 1mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; }
table.tbl th { text-align: left; border-bottom: 1pt solid #b0122b; padding: 1mm 1.5mm; }
table.tbl td { padding: 1mm 1.5mm; vertical-align: top; }
.bijlabel { font: 12pt 'DejaVu Sans'; color: #b0122b; margin: 0; }
h1.bijl { font: bold 16pt 'DejaVu Serif Condensed'; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; background: #f3d9dd; padding: 1.5mm; }
table.gio td { padding: 1.5mm; border-bottom: 0.3pt solid #bbb; vertical-align: top; }
table.gio .gid { font: 8.5pt 'DejaVu Sans Mono'; }
table.gio tr { break-inside: avoid; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
