/**
 * h27 — gemeente Nijmegen (gm0268), holdout (session 6). Content after “Nijmegen stad in beweging”, the
 * omgevingsvisie of Nijmegen (vier opgaven, acht ruimtelijke keuzes, focusgebieden Waalsprong, Waalfront,
 * centrum en stationsomgeving, Kanaalzone en Winkelsteeg, Heyendaal; Dukenburg, Hatert en Neerbosch-Oost), shortened
 * and in our own words. Layout: a raadsvoorstel printed before the raadsbesluit, a besluit with "b e s l u i t :" and
 * beslispunten 1.–3. only, "treedt in werking op de dag na bekendmaking", "bijlage 1" in lower case on the title page;
 * chapters with the bare number on its own line above the title, sections "2.1 Titel", "2.1.1" and "2.1.1.1" (four
 * levels), a long section heading that wraps, numbered list items in bold that look like headings, ►-lists with
 * –-items and a.-items, a list that runs over a page break, a map "Kaart 4" drawn as SVG, the document title in the
 * running header, the page number in the outer margin, and the GIO list as "Bijlage A" with three long identifiers that
 * break inside the cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('gm0268', '2027', '2027-01-28', '1')
const GIOS: Gio[] = [
  gio('Focusgebieden', 'focusgebieden-waalsprong-waalfront-centrum-kanaalzone-winkelsteeg-heyendaal', [0, 0], 4),
  gio('Groene verbindingen en stadsranden', 'groene-verbindingen-beweegroutes-stadsranden-ooijpolder-dukenburg', [2, -2], 5),
  gio('Watergebonden bedrijventerrein Oostkanaalhavens', 'watergebonden-bedrijventerrein-oostkanaalhavens-circulaire-economie', [-3, 1], 1),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="num">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span> ${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3><span class="n">${k.nummer}</span> ${k.opschrift}</h3>`
        : `<h4><span class="n">${k.nummer}</span> ${k.opschrift}</h4>`
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }, { glyph: '–' }]
const letters: Marker[] = [{ counter: 'a', suffix: '.' }]
const keuzes: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('voorstel').raw(`
<div class="vs">
<p class="vsk">Raadsvoorstel</p>
<table class="meta"><tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie Nijmegen stad in beweging</td></tr>
<tr><td>Programma</td><td>Ruimtelijke ontwikkeling</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder ruimtelijke ordening</td></tr>
<tr><td>Datum collegebesluit</td><td>1 december 2026</td></tr></table>
<p class="vst">Voorstel om te besluiten</p>
<ol class="vo"><li>De Omgevingsvisie Nijmegen stad in beweging vast te stellen.</li>
<li>De Nota van zienswijzen vast te stellen.</li>
<li>De structuurvisie Nijmegen 2013 in te trekken.</li></ol>
<p class="vst">Samenvatting</p>
<p>Met de Omgevingsvisie legt de raad de ruimtelijke koers van Nijmegen tot 2040 vast. De visie voorziet in 15.000 woningen in de bestaande stad, groei van de werkgelegenheid met 1.000 banen per jaar en een compacte, groene en gezonde stad. Op het ontwerp zijn 35 zienswijzen en zeven adviezen ingediend; die hebben geleid tot aanvullingen over groen, beweegroutes, stadslandbouw en de Oostkanaalhavens.</p>
<p class="vst">Aanleiding</p>
<p>De Omgevingswet verplicht de gemeente één omgevingsvisie vast te stellen voor het hele grondgebied. De visie vervangt de structuurvisie uit 2013 en bundelt het bestaande beleid voor wonen, economie, mobiliteit, groen en energie.</p>
<p class="vst">Financiële consequenties</p>
<p>Het vaststellen van de visie heeft geen directe financiële gevolgen. De uitwerking loopt via programma’s en de begroting.</p>
<p class="ond">Het college van burgemeester en wethouders van Nijmegen</p>
</div>`)
  d.page('besluit').raw(`
<div class="besluit">
<p class="rb">Raadsbesluit</p>
<p class="ttl">Besluit van de raad van de gemeente Nijmegen tot vaststelling van de Omgevingsvisie Nijmegen stad in beweging</p>
<p>De raad van de gemeente Nijmegen,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 1 december 2026;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<ol class="bp"><li>De Omgevingsvisie Nijmegen stad in beweging, zoals opgenomen in bijlage 1 bij dit besluit, vast te stellen.</li>
<li>De Nota van zienswijzen vast te stellen en de structuurvisie Nijmegen 2013 in te trekken.</li>
<li>Te bepalen dat dit besluit in werking treedt op de dag na bekendmaking.</li></ol>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 27 januari 2027.</p>
<p class="sg">De griffier, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; De voorzitter,</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">bijlage 1 bij raadsbesluit 27 januari 2027</p>
<p class="t1">Nijmegen<br>stad in beweging</p>
<p class="t2">Omgevingsvisie 2027–2040</p>
</div>`)
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '1': () => d.p('Nijmegen is de oudste stad van Nederland en een van de snelst groeiende steden van Gelderland. Tegen 2040 wonen er ruim 195.000 mensen. Deze omgevingsvisie beschrijft hoe de stad die groei opvangt, zonder haar groene omgeving en haar karakter te verliezen.'),
    '1.1': () => d.p('De visie is een integrale koers voor de fysieke leefomgeving. Er komen geen afzonderlijke visies en kaderstellende nota’s meer voor de thema’s die in deze visie staan. Voor de regels verwijzen wij naar het omgevingsplan; de instrumenten van hoofdstuk 4 van de Omgevingswet gebruiken wij waar de visie dat vraagt.'),
    '1.2': () => d.p('De visie is gemaakt met inwoners, ondernemers, de Radboud Universiteit, de HAN, corporaties en marktpartijen, in stadsgesprekken en de Week van de Stad.'),
    '2': () => d.p('Nijmegen staat voor vier opgaven. Ze hangen met elkaar samen en komen in alle keuzes van deze visie terug.'),
    '2.1': () => d.p('Nijmegen wil een stad zijn waar bedrijven zich vestigen en groeien, met werk voor alle opleidingsniveaus. De werkgelegenheid groeit met 1.000 banen per jaar, vooral in de sectoren health en high tech.'),
    '2.2': () => d.p('Iedere Nijmegenaar moet gezond kunnen leven en mee kunnen doen. De inrichting van de stad nodigt uit tot bewegen en ontmoeten.'),
    '2.3': () => d.p('De stad blijft aantrekkelijk om te wonen, te werken en te verblijven, met aandacht voor architectuur, erfgoed en openbare ruimte.'),
    '2.4': () => d.p('Nijmegen wil in 2045 energieneutraal zijn en klimaatbestendig. Wij besparen energie, wekken duurzaam op en bereiden de stad voor op hitte, droogte en hevige buien.'),
    '3': () => {
      d.p('De vier opgaven leiden tot acht ruimtelijke keuzes. Ze zijn de kern van deze visie:')
      d.list(
        [
          'Wij bouwen in de bestaande stad',
          'Wij groeien in focusgebieden',
          'Wij vernieuwen de wijken',
          'Wij maken de stad groener',
          'Wij geven voorrang aan lopen, fiets en openbaar vervoer',
          'Wij benutten de rivier',
          'Wij maken ruimte voor duurzame energie',
          'Wij werken samen in de regio',
        ],
        keuzes,
        'lst keuzes',
      )
      d.p('De paragrafen hieronder werken de keuzes uit.')
    },
    '3.1': () => {
      d.p('Nijmegen heeft weinig ruimte over aan de randen. De Waalsprong is bijna af, en het landschap rond de stad is te waardevol om te bebouwen. Daarom kiezen wij voor verdichting: meer woningen en werkplekken op dezelfde oppervlakte, met hogere kwaliteit van de openbare ruimte.')
      d.p('Verdichting vraagt om zorg. Nieuwe gebouwen mogen de zon en het uitzicht van de buren niet wegnemen, en iedere nieuwe woning draagt bij aan groen en voorzieningen in de buurt.')
      d.p('Wij letten daarbij op de hoogte van nieuwe gebouwen. Hoogbouw is mogelijk bij de stations en langs de Waal, maar niet in de historische binnenstad of aan de randen van het landschap. Zo blijft het silhouet van de stad met de Stevenskerk en het Valkhof herkenbaar vanaf de rivier en vanuit de Ooijpolder.')
      d.p('Ook de ondergrond vraagt aandacht. Onder de stad liggen archeologische resten uit de Romeinse tijd en de middeleeuwen. Bij iedere ontwikkeling houden wij daar vanaf het begin rekening mee, samen met het Bureau Archeologie van de gemeente en de provincie Gelderland. Vondsten krijgen waar mogelijk een zichtbare plek in de openbare ruimte, zoals bij het Valkhofpark en op het Kelfkensbos.')
      d.p('Door de groei op te vangen binnen de stad blijft het landschap van de Ooijpolder, het Rijk van Nijmegen en de Gelderse Poort open. Wij bouwen:')
      d.list(
        [
          { text: 'op plekken die goed bereikbaar zijn:', sub: ['rond de stations Nijmegen Centraal, Goffert, Dukenburg en Lent;', 'langs de hoofdroutes van het openbaar vervoer.'] },
          { text: 'in gemengde milieus, waar wonen en werken samengaan:', sub: ['Kanaalzone;', 'Winkelsteeg;', 'Waalfront.'] },
          'met aandacht voor betaalbaarheid: minstens een derde sociale huur.',
        ],
        pijl,
      )
    },
    '3.2': () => {
      d.p('De focusgebieden zijn de plekken waar de stad tot 2040 het sterkst verandert. Per gebied geeft de tabel het programma.')
      d.table(
        ['Focusgebied', 'Woningen', 'Werk', 'Kenmerk'],
        [
          ['Waalsprong', '± 4.000', 'voorzieningen', 'afronding van Lent en Oosterhout'],
          ['Waalfront', '± 2.500', 'horeca, cultuur', 'stad aan de rivier'],
          ['Centrum en stationsomgeving', '± 3.000', 'kantoren, onderwijs', 'hoogste dichtheid'],
          ['Kanaalzone en Winkelsteeg', '± 3.500', 'maakindustrie', 'gemengd woon-werkmilieu'],
          ['Heyendaal', '± 2.000', 'health en high tech', 'campus van Radboud en HAN'],
        ],
        'tbl',
        ['30%', '14%', '22%', '34%'],
      )
      d.raw(`<div class="fig nobrk"><svg width="110mm" height="52mm" viewBox="0 0 220 104" xmlns="http://www.w3.org/2000/svg">
<path d="M0 40 C 50 30, 90 52, 140 44 S 200 30, 220 36" fill="none" stroke="#3a7bbf" stroke-width="6"/>
<path d="M30 58 L 110 56 L 120 96 L 40 98 Z" fill="#e9e2d0" stroke="#7a6a48" stroke-width="0.8"/>
<circle cx="70" cy="20" r="9" fill="#c45a2c" opacity="0.7"/>
<circle cx="104" cy="62" r="7" fill="#c45a2c" opacity="0.7"/>
<circle cx="60" cy="80" r="8" fill="#c45a2c" opacity="0.7"/>
<circle cx="150" cy="70" r="6" fill="#c45a2c" opacity="0.7"/>
<path d="M160 56 L 210 60 L 206 98 L 170 94 Z" fill="#7fb069" opacity="0.6"/>
</svg><p class="cap">Kaart 4 Focusgebieden en groene stadsranden (schematisch)</p></div>`)
    },
    '3.3': () => d.p('In Dukenburg, Hatert en Neerbosch-Oost vernieuwen wij samen met bewoners en corporaties. Wij voegen woningen, werkplekken en voorzieningen toe en verbeteren de openbare ruimte.'),
    '3.3.1': () => d.p('Het winkelcentrum Dukenburg krijgt woningen boven en rond de winkels. De Streekweg en het ROC-terrein in Zwanenveld worden woongebied.'),
    '3.3.1.1': () => {
      d.p('Bij iedere herstructurering toetsen wij op drie punten:')
      d.list(['de woningvoorraad wordt gevarieerder;', 'er komt meer groen per inwoner;', 'voorzieningen blijven op loopafstand.'], letters)
    },
    '3.3.1.2': () => d.p('Wij houden de bewoners vanaf het begin betrokken, met een wijkteam per buurt.'),
    '3.4': () => d.p('Wij verbinden de wijken met het landschap door groene routes om te wandelen, te fietsen en te sporten. In de spoorzone en aan de stadsranden komt ruimte voor stadslandbouw en moestuinen.'),
    '3.5': () => d.p('De fiets en het openbaar vervoer krijgen voorrang. Nijmegen wordt een stad van korte afstanden.'),
    '3.6': () => d.p('De Waal is de mooiste plek van de stad. Wij maken de kades toegankelijk en benutten de waterbereikbaarheid van de Oostkanaalhavens voor bedrijven in de circulaire economie.'),
    '4': () => d.p('Wij werken de visie uit in programma’s en in het omgevingsplan. De visie wordt jaarlijks aangevuld en herijkt, zodat zij actueel blijft. De raad bespreekt ieder jaar een voortgangsrapportage.'),
  }
  const H: Array<[string, string, Array<[string, string, number]>]> = [
    ['1', 'Inleiding', [['1.1', 'Een integrale visie', 2], ['1.2', 'Samen met de stad', 2]]],
    ['2', 'Vier opgaven', [['2.1', 'Economisch veerkrachtige stad', 2], ['2.2', 'Sociale en gezonde stad', 2], ['2.3', 'Aantrekkelijke stad', 2], ['2.4', 'Duurzame stad', 2]]],
    ['3', 'Acht ruimtelijke keuzes', [
      ['3.1', 'Bouwen in de bestaande stad', 2],
      ['3.2', 'Groeien in de focusgebieden Waalsprong, Waalfront, centrum, Kanaalzone en Heyendaal', 2],
      ['3.3', 'Wijken vernieuwen', 2],
      ['3.3.1', 'Dukenburg', 3],
      ['3.3.1.1', 'Toetspunten', 4],
      ['3.3.1.2', 'Bewoners', 4],
      ['3.4', 'Een groenere stad', 2],
      ['3.5', 'Lopen, fiets en openbaar vervoer', 2],
      ['3.6', 'De rivier', 2],
    ]],
    ['4', 'Uitvoering', []],
  ]
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of secs) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('A', 'Informatieobjecten', '<h1 class="bijl">Bijlage A &nbsp;Informatieobjecten</h1><p>Deze visie verwijst naar de volgende geometrische informatieobjecten:</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'], false)

  const hd = "font: italic 8.5pt 'DejaVu Serif'; color: #6d2e46;"
  const mg = "font: bold 11pt 'DejaVu Sans Condensed'; color: #6d2e46;"
  const spec: DocSpec = {
    id: 'h27',
    set: 'dev',
    bron: 'Bewerkt naar “Nijmegen stad in beweging”, de omgevingsvisie van Nijmegen (vier opgaven, acht ruimtelijke keuzes, focusgebieden, wijkvernieuwing in Dukenburg, Hatert en Neerbosch-Oost, de Waal en de Oostkanaalhavens), ingekort en in eigen woorden; eigen opmaak: Liberation Serif 10,5 pt met DejaVu Sans Condensed-koppen in aubergine, raadsvoorstel voor het raadsbesluit, "b e s l u i t :" met alleen beslispunten 1.–3., inwerkingtreding de dag na bekendmaking, "bijlage 1" in kleine letters, hoofdstuknummer los op een regel boven de titel, paragrafen "2.1" tot "3.3.1.1" (vier niveaus), lange paragraafkop over twee regels, vetgedrukte genummerde lijstitems die op koppen lijken, ►-lijsten met –-items en a.-items, lijst over een paginagrens, "Kaart 4" als vectortekening, documenttitel als kopregel, paginanummer in de buitenmarge, GIO-lijst als Bijlage A met drie lange identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'gm0268',
    naam: 'Gemeente Nijmegen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Nijmegen tot vaststelling van de Omgevingsvisie Nijmegen stad in beweging',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Nijmegen stad in beweging',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-nijmegen', regeling: 'omgevingsvisie-nijmegen', doel: 'omgevingsvisie-nijmegen' },
      datums: { vaststelling: '2027-01-27', ondertekening: '2027-01-28', bekendmaking: '2027-02-03' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0268',
      oin: '00000001000000002680',
      achtergrondActualiteit: '2026-11-01',
    },
    geo: { origin: [187000, 428000] },
    meubilair: ['^Nijmegen stad in beweging · Omgevingsvisie 2027–2040$', '^\\d{1,2}$'],
    title: 'Nijmegen stad in beweging – Omgevingsvisie 2027–2040',
    css: `
@page { size: A4; margin: 25mm 30mm 25mm 30mm; }
@page std:right { @top-right { content: "Nijmegen stad in beweging · Omgevingsvisie 2027–2040"; ${hd} } @right-middle { content: counter(page); ${mg} } }
@page std:left { @top-left { content: "Nijmegen stad in beweging · Omgevingsvisie 2027–2040"; ${hd} } @left-middle { content: counter(page); ${mg} } }
@page bijl { @right-middle { content: counter(page); ${mg} } }
body { font: 10.5pt/1.45 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.vs .vsk, .besluit .rb { font: bold 15pt 'DejaVu Sans Condensed'; color: #6d2e46; margin-bottom: 4mm; }
table.meta { margin: 0 0 4mm; font-size: 9.5pt; }
table.meta td { padding: 0.6mm 6mm 0.6mm 0; vertical-align: top; }
.vst { font: bold 10.5pt 'DejaVu Sans Condensed'; margin: 4mm 0 1mm; }
.vo, .bp { margin: 0 0 3mm; padding-left: 7mm; }
.ond { margin-top: 6mm; font-style: italic; }
.ttl { font: bold 12pt 'DejaVu Sans Condensed'; margin: 3mm 0 5mm; }
.bs { margin: 4mm 0 2mm; font-weight: bold; }
.aldus { margin-top: 6mm; }
.sg { margin-top: 18mm; }
.titel { padding-top: 50mm; break-after: page; }
.titel .bij { font: 9pt 'Liberation Serif'; margin-bottom: 50mm; }
.titel .t1 { font: bold 32pt/1.1 'DejaVu Sans Condensed'; color: #6d2e46; }
.titel .t2 { font: 14pt 'Liberation Serif'; }
.hfd { break-before: page; margin: 0 0 6mm; }
.hfd .num { font: bold 40pt/1 'DejaVu Sans Condensed'; color: #c9a3b3; margin: 0 0 1mm; }
h1 { font: bold 20pt 'DejaVu Sans Condensed'; color: #6d2e46; margin: 0; }
h2 { font: bold 12.5pt 'DejaVu Sans Condensed'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10.5pt 'DejaVu Sans Condensed'; margin: 4mm 0 1mm; break-after: avoid; }
h4 { font: italic 10.5pt 'Liberation Serif'; margin: 3mm 0 1mm; break-after: avoid; }
.n { color: #6d2e46; }
.lst { margin: 0 0 3mm 2mm; }
.keuzes .li { font: bold 12pt 'DejaVu Sans Condensed'; color: #6d2e46; margin: 1.5mm 0 2.5mm; }
.fig { margin: 2mm 0 4mm; }
.fig .cap { font: bold 8.5pt 'DejaVu Sans Condensed'; margin-top: 1mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
table.tbl th { text-align: left; border-top: 1pt solid #6d2e46; border-bottom: 0.5pt solid #6d2e46; padding: 1mm; }
table.tbl td { padding: 1mm; vertical-align: top; border-bottom: 0.3pt dotted #999; }
h1.bijl { font: bold 15pt 'DejaVu Sans Condensed'; color: #6d2e46; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #6d2e46; padding: 1.2mm; }
table.gio td { padding: 1.2mm; border-bottom: 0.3pt solid #ccc; vertical-align: top; }
table.gio .gid { font: 8.5pt 'Liberation Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
