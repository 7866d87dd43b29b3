/**
 * h33 — gemeente Utrecht (gm0344), holdout (session 7). Content after the Ruimtelijke Strategie Utrecht 2040 (de
 * tien-minutenstad, groei naar 455.000 inwoners, zes stadsprofielen, ontwikkeling rond knooppunten, "groen, tenzij",
 * Rijnenburg niet voor 2040), shortened and in our own words. Layout: the chapter number alone in a large coloured
 * box above the chapter title, sections "1.1." and "1.1.1." in small caps (three levels), a section heading that
 * wraps onto two lines, run-in tussenkoppen, •-lists with –-items, a kader beside the body, a figure ("Figuur 3.2")
 * drawn as SVG, a table of contents with dotted leaders, footers alternating "6 | Omgevingsvisie Utrecht" (right
 * pages) and "Omgevingsvisie Utrecht | 6" (left pages), a raadsbesluit with "Overwegende dat", "gelet op",
 * "besluit:", Artikel 1–3 (inwerkingtreding on the day after bekendmaking), "Aldus vastgesteld in de openbare
 * vergadering van …", signatures in two columns, the visie as "Bijlage 1" and the GIO table as "Bijlage 2": twelve
 * GIOs in three columns (Nr | Naam | Identificatie) with identifiers breaking inside the cell, continuing over a page
 * break with a repeated header row.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0344', '2027', '2027-06-17', '1')
const GIOS: Gio[] = [
  gio('Grondgebied gemeente Utrecht', 'omgevingsvisie-utrecht-grondgebied-gemeente', [0, 0], 6),
  gio('Knooppunt Centrum en Jaarbeurs', 'omgevingsvisie-utrecht-knooppunt-centrum-jaarbeurs', [0.2, 0.1], 0.8),
  gio('Merwede', 'omgevingsvisie-utrecht-ontwikkelgebied-merwede', [-0.4, -1.1], 0.5),
  gio('Beurskwartier en Lombokplein', 'omgevingsvisie-utrecht-ontwikkelgebied-beurskwartier-lombokplein', [-0.6, 0.2], 0.5),
  gio('Utrecht Science Park', 'omgevingsvisie-utrecht-utrecht-science-park', [3.2, -0.6], 1.2),
  gio('Leidsche Rijn Centrum', 'omgevingsvisie-utrecht-knooppunt-leidsche-rijn-centrum', [-3.1, -0.2], 0.8),
  gio('Overvecht-Noord', 'omgevingsvisie-utrecht-knooppunt-overvecht-noord', [0.9, 2.6], 0.9),
  gio('Lunetten-Koningsweg', 'omgevingsvisie-utrecht-knooppunt-lunetten-koningsweg', [1.6, -2.1], 0.7),
  gio('Papendorp', 'omgevingsvisie-utrecht-knooppunt-papendorp', [-2.2, -2.0], 0.7),
  gio('Westraven', 'omgevingsvisie-utrecht-transferium-westraven', [-0.9, -2.6], 0.5),
  gio('Rijnenburg', 'omgevingsvisie-utrecht-reservering-rijnenburg', [-2.8, -4.6], 1.6),
  gio('Groene singels en parken', 'omgevingsvisie-utrecht-groenstructuur-singels-parken', [0.5, 0.6], 3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><div class="box">${k.nummer}</div><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer}. ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

const H: Array<[string, string, Array<[string, string, number]>]> = [
  ['1', 'Utrecht dichtbij', [['1.1', 'Waarom deze omgevingsvisie', 2], ['1.2', 'Status en samenhang met het omgevingsplan', 2]]],
  ['2', 'Opgaven voor de groeiende stad', [
    ['2.1', 'Groei van inwoners en banen', 2],
    ['2.2', 'Klimaat, energie en gezondheid als randvoorwaarden voor iedere ontwikkeling in de bestaande stad', 2],
  ]],
  ['3', 'Zes stadsprofielen', [
    ['3.1', 'De compacte en de verbonden stad', 2],
    ['3.1.1', 'Bouwen rond knooppunten', 3],
    ['3.1.2', 'Een nieuw netwerk van openbaar vervoer', 3],
    ['3.2', 'De groene en de vertraagde stad', 2],
    ['3.3', 'De inclusieve en de toekomstbestendige stad', 2],
  ]],
  ['4', 'Ontwikkelgebieden', [['4.1', 'Centrum, Merwede en Beurskwartier', 2], ['4.2', 'Leidsche Rijn, Overvecht en het Science Park', 2], ['4.3', 'Rijnenburg', 2]]],
  ['5', 'Uitvoering en monitoring', []],
]

const FIG = `<figure class="fig"><svg width="150mm" height="52mm" viewBox="0 0 300 104" xmlns="http://www.w3.org/2000/svg">
<rect x="1" y="1" width="298" height="102" fill="#fbf3e9" stroke="#c8102e" stroke-width="0.6"/>
<circle cx="150" cy="52" r="40" fill="none" stroke="#c8102e" stroke-width="1.2" stroke-dasharray="4 3"/>
<circle cx="150" cy="52" r="20" fill="none" stroke="#c8102e" stroke-width="0.8"/>
<circle cx="150" cy="52" r="4" fill="#c8102e"/><circle cx="112" cy="40" r="3" fill="#5b6770"/><circle cx="184" cy="70" r="3" fill="#5b6770"/><circle cx="168" cy="22" r="3" fill="#5b6770"/>
<path d="M40 90 C 90 60, 120 60, 150 52 S 230 30, 270 20" fill="none" stroke="#2e7d32" stroke-width="2"/>
</svg><figcaption>Figuur 3.2 De tien-minutenstad: dagelijkse voorzieningen binnen tien minuten lopen of fietsen</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="wapen">GEMEENTE UTRECHT</p>
<p class="reg">Raadsbesluit · kenmerk 2027-0412 · raadsvergadering 17 juni 2027</p>
<p class="ttl">Besluit van de gemeenteraad van Utrecht tot vaststelling van de Omgevingsvisie Utrecht 2040</p>
<p>De raad van de gemeente Utrecht;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 20 april 2027;</p>
<p>Overwegende dat:</p>
<ul class="ow"><li>Utrecht tot 2040 naar verwachting groeit tot ongeveer 455.000 inwoners;</li>
<li>de Ruimtelijke Strategie Utrecht 2040 de koers voor die groei heeft bepaald en in deze omgevingsvisie is opgenomen;</li>
<li>de ontwerp-omgevingsvisie van 8 januari tot en met 18 februari 2027 ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van beantwoording;</li></ul>
<p>gelet op artikel 3.1, eerste lid, en artikel 16.26 van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Utrecht 2040, opgenomen in Bijlage 1, vast te stellen, met de geometrische informatieobjecten die in Bijlage 2 zijn genoemd.</p>
<p class="art">Artikel 2</p>
<p>De Ruimtelijke Strategie Utrecht 2040, vastgesteld op 8 juli 2021, in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 17 juni 2027.</p>
${handtekeningen(['De griffier,', 'mr. drs. E.J. Kortenhorst'], ['De voorzitter,', 'S.A.M. Dijksma'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bl">Bijlage 1</p>
<p class="t1">Omgevingsvisie Utrecht 2040</p>
<p class="t2">Utrecht dichtbij: de tien-minutenstad</p>
</div>`)
  const rows: TocRow[] = []
  for (const [n, t, secs] of H) {
    rows.push([n, t, t, 1])
    for (const [sn, st, l] of secs) if (l === 2 && sn !== '2.2') rows.push([`${sn}.`, st, `${sn}. ${st}`, 2])
  }
  rows.push(['', 'Bijlage 2 Geometrische informatieobjecten', 'Bijlage 2 Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '1': () =>
      d.raw(`<aside class="kader"><p class="kt">Utrecht in cijfers</p><p>2027: 375.000 inwoners</p><p>2040: circa 455.000 inwoners</p><p>60.000 extra woningen</p><p>70.000 extra banen</p></aside>`).p(
        'Utrecht is een stad waar veel mensen willen wonen, werken en studeren. Tot 2040 komen er naar verwachting ongeveer 80.000 inwoners bij. Wij willen die groei opvangen zonder dat de stad haar karakter verliest. Daarom kiezen wij voor Utrecht dichtbij: de meeste dagelijkse bestemmingen liggen binnen tien minuten lopen of fietsen.',
      ),
    '1.1': () =>
      d.p('Deze omgevingsvisie brengt de keuzes voor de fysieke leefomgeving samen die eerder in de Ruimtelijke Strategie, het Mobiliteitsplan en de koersdocumenten voor gezondheid en voorzieningen stonden. Zij beschrijft de koers; thematisch beleid en gebiedsbeleid werken die koers uit.'),
    '1.2': () => {
      d.p('<b>Zelfbinding.</b> De visie bindt alleen het gemeentebestuur. Wij gebruiken haar om initiatieven te wegen die niet in het omgevingsplan passen.')
      d.p('<b>Omgevingsplan.</b> Regels voor burgers en bedrijven staan in het omgevingsplan. De instrumenten van hoofdstuk 4 van de Omgevingswet zetten wij in waar deze visie dat vraagt, bijvoorbeeld bij de ontwikkelgebieden van hoofdstuk 4 van deze visie.')
    },
    '2': () => d.p('Vier ontwikkelingen bepalen de opgave: de groei van de stad, de klimaatverandering, de energietransitie en de groeiende verschillen in gezondheid tussen wijken.'),
    '2.1': () => {
      d.p('Om de groei op te vangen zijn nodig:')
      d.list(
        [
          { text: 'ongeveer 60.000 woningen, waarvan:', sub: ['een derde sociale huur;', 'een kwart middenhuur of betaalbare koop.'] },
          'ruimte voor ongeveer 70.000 extra banen, vooral rond de knooppunten van openbaar vervoer;',
          'scholen, sportvelden, zorg en cultuur die meegroeien met het aantal inwoners.',
        ],
        punt,
      )
    },
    '2.2': () =>
      d.p('Iedere ontwikkeling draagt bij aan klimaatadaptatie, aan de energietransitie en aan een gezonde leefomgeving. Dat betekent meer groen en water, gebouwen zonder aardgas en minder ruimte voor de auto.'),
    '3': () => {
      d.p('De koers is samengevat in zes stadsprofielen. Ze gelden voor de hele stad, maar krijgen per gebied een eigen accent.')
      d.raw(FIG)
    },
    '3.1': () =>
      d.p('Wij bouwen binnen de bestaande stad en mengen functies. Waar veel mensen samenkomen, zorgen wij voor hoge dichtheden en goede verbindingen.'),
    '3.1.1': () => {
      d.p('De groei komt vooral rond zeven knooppunten: Centrum en Jaarbeurs, Merwede, Leidsche Rijn Centrum, Overvecht-Noord, Lunetten-Koningsweg, Papendorp en het Utrecht Science Park. Bij ieder knooppunt horen:')
      d.list(['woningen in hoge dichtheid;', 'werkruimte en voorzieningen op de begane grond;', { text: 'een hoogwaardige openbare ruimte:', sub: ['met bomen en water;', 'met ruime stallingen voor fietsen.'] }], punt)
    },
    '3.1.2': () =>
      d.table(
        ['Verbinding', 'Vorm', 'Gereed'],
        [
          ['Centrum – Utrecht Science Park', 'tram, capaciteit vergroten', '2030'],
          ['Leidsche Rijn – Centrum – Overvecht', 'nieuwe HOV-lijn<br>door de binnenstad', '2035'],
          ['Merwede – Centrum', 'fietsroute en bus', '2029'],
        ],
        'tbl',
        ['42%', '36%', '22%'],
      ),
    '3.2': () => {
      d.p('<b>Groen, tenzij.</b> Iedere inwoner heeft binnen vijf minuten lopen een groene plek en binnen tien minuten fietsen het landschap rond de stad. De singels, het Máximapark en de Vecht zijn de dragers.')
      d.p('<b>Rust.</b> Naast drukke plekken heeft de stad ook rustige buurten en parken nodig, waar men zich kan terugtrekken.')
    },
    '3.3': () =>
      d.p('Utrecht blijft een stad voor alle inwoners. Wij bouwen voor verschillende inkomens en zorgen dat iedere wijk voorzieningen heeft. Gebouwen en openbare ruimte ontwerpen wij zo dat ze ook in 2070 nog bruikbaar zijn.'),
    '4': () => d.p('In de ontwikkelgebieden komen de stadsprofielen samen. De grenzen staan in de informatieobjecten van Bijlage 2.'),
    '4.1': () => d.p('Rond het Centraal Station en de Jaarbeurs groeit het centrum van de stad en de regio. In Merwede komt een autoluwe wijk met ongeveer 6.000 woningen; het Beurskwartier en het Lombokplein verbinden het centrum met Lombok en Kanaleneiland.'),
    '4.2': () => d.p('Leidsche Rijn Centrum wordt het tweede centrum van de stad. In Overvecht-Noord vernieuwen wij de wijk rond het station. Het Utrecht Science Park groeit als kennislocatie en krijgt er woningen voor studenten en jonge onderzoekers bij.'),
    '4.3': () => d.p('Rijnenburg blijft tot 2040 een reservering. Wij benutten het gebied in de tussentijd voor de opwekking van duurzame energie en voor natuur.'),
    '5': () => d.p('Wij werken de visie uit in programma’s en in het omgevingsplan. Iedere twee jaar brengen wij de voortgang in beeld met de monitor Utrecht dichtbij en bespreken wij die met de raad.'),
  }
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of secs) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('2', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 2 Geometrische informatieobjecten</h1><p>De werkingsgebieden van deze omgevingsvisie zijn vastgelegd als geometrische informatieobjecten. De begrenzing is te raadplegen in het Omgevingsloket.</p><p>Een informatieobject wordt bij een wijziging van de begrenzing niet vervangen maar krijgt een nieuwe versie; de identificatie van het werk blijft gelijk. Zo blijft na te gaan welke begrenzing op welk moment gold.</p><p>De grenzen van de knooppunten en ontwikkelgebieden zijn op hoofdlijnen getekend. Zij worden in het omgevingsplan en in de gebiedsuitwerkingen nauwkeurig bepaald. Voor Rijnenburg geldt de grens van de reservering tot 2040.</p><p>Het eerste informatieobject omvat het hele grondgebied van de gemeente: de keuzes van de hoofdstukken 1 tot en met 3 gelden overal. De knooppunten van paragraaf 3.1.1 en de ontwikkelgebieden van hoofdstuk 4 hebben ieder een eigen informatieobject, net als de groenstructuur van de singels en parken.</p><p>Bij een ontwikkeling die over de grens van een informatieobject heen gaat, wegen wij de keuzes voor beide gebieden in samenhang. De grens is dan een hulpmiddel en geen harde scheiding.</p><p>De informatieobjecten zijn:</p>')
  d.gioTabelRows(GIOS, ['Nr', 'Naam', 'Identificatie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true)], 'gio', ['8%', '32%', '60%'])

  const f = "font: 8pt 'Liberation Sans Narrow'; color: #c8102e;"
  const spec: DocSpec = {
    id: 'h33',
    set: 'dev',
    bron: 'Bewerkt naar de Ruimtelijke Strategie Utrecht 2040 (tien-minutenstad, groei naar 455.000 inwoners, zes stadsprofielen, knooppunten, "groen, tenzij", Rijnenburg niet voor 2040), ingekort en in eigen woorden; eigen opmaak: Liberation Serif 10 pt met Liberation Sans Narrow-koppen in rood, hoofdstuknummer los in een groot gekleurd vlak boven de titel, paragrafen "1.1." en "1.1.1." in kleinkapitaal, lange paragraafkop over twee regels, tussenkoppen in de alinea, •-lijsten met –-items, kader naast de tekst, figuur "Figuur 3.2" als vectortekening, inhoudsopgave met puntlijnen, voettekst wisselend "n | Omgevingsvisie Utrecht" en "Omgevingsvisie Utrecht | n", raadsbesluit met "Overwegende dat", "besluit:", Artikel 1–3 met inwerkingtreding de dag na bekendmaking, "Aldus vastgesteld in de openbare vergadering van …", handtekeningen in twee kolommen, visie als Bijlage 1, GIO-tabel Nr | Naam | Identificatie als Bijlage 2 met twaalf GIO\'s die over een pagina doorloopt (holdout)',
    bevoegdGezag: 'gm0344',
    naam: 'Gemeente Utrecht',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Utrecht tot vaststelling van de Omgevingsvisie Utrecht 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Utrecht 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-utrecht-2040', regeling: 'omgevingsvisie-utrecht-2040', doel: 'omgevingsvisie-utrecht-2040' },
      datums: { vaststelling: '2027-06-17', ondertekening: '2027-06-17', bekendmaking: '2027-06-24' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0344',
      oin: '00000001002220647000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [136000, 455500] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Utrecht$', '^Omgevingsvisie Utrecht \\| \\d+$'],
    title: 'Omgevingsvisie Utrecht 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 20mm 24mm 24mm; }
@page std:right { @bottom-right { content: counter(page) " | Omgevingsvisie Utrecht"; ${f} } }
@page std:left { @bottom-left { content: "Omgevingsvisie Utrecht | " counter(page); ${f} } }
@page bijl:right { @bottom-right { content: counter(page) " | Omgevingsvisie Utrecht"; ${f} } }
@page bijl:left { @bottom-left { content: "Omgevingsvisie Utrecht | " counter(page); ${f} } }
body { font: 10pt/1.42 'Liberation Serif', serif; color: #1d1d1b; }
p { margin: 0 0 2.2mm; }
.wapen { font: bold 15pt 'Liberation Sans Narrow'; color: #c8102e; letter-spacing: 2pt; }
.reg { font: 8.5pt 'Liberation Sans Narrow'; color: #555; margin-bottom: 6mm; }
.ttl { font: bold 12.5pt 'Liberation Sans Narrow'; margin: 2mm 0 5mm; }
ul.ow { margin: 0 0 2.5mm 5mm; padding-left: 4mm; }
.bs { margin: 4mm 0 2mm; font-weight: bold; }
.art { font: bold 10pt 'Liberation Sans Narrow'; margin: 3mm 0 0.5mm; }
.aldus { margin-top: 6mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .bl { font: 10pt 'Liberation Sans Narrow'; color: #555; }
.titel .t1 { font: bold 30pt 'Liberation Sans Narrow'; color: #c8102e; margin: 0 0 3mm; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tockop { font: bold 18pt 'Liberation Sans Narrow'; color: #c8102e; margin-bottom: 6mm; }
.hfd { break-before: page; margin: 0 0 6mm; }
.hfd .box { width: 24mm; height: 24mm; background: #c8102e; color: #fff; font: bold 36pt/24mm 'Liberation Sans Narrow'; text-align: center; margin-bottom: 4mm; }
h1 { font: bold 22pt 'Liberation Sans Narrow'; color: #c8102e; margin: 0; }
h2 { font: bold 12pt 'Liberation Serif'; font-variant: small-caps; letter-spacing: 0.3pt; margin: 5mm 0 1.5mm; break-after: avoid; width: 120mm; }
h3 { font: bold 10.5pt 'Liberation Serif'; font-variant: small-caps; color: #5b6770; margin: 3.5mm 0 1mm; break-after: avoid; }
aside.kader { float: right; width: 48mm; margin: 0 0 3mm 5mm; padding: 2.5mm 3mm; background: #fbe9eb; border-left: 2pt solid #c8102e; font: 8.5pt/1.35 'Liberation Sans Narrow'; }
aside.kader p { margin: 0 0 1mm; }
aside.kader .kt { font-weight: bold; color: #c8102e; }
.lst { margin: 0 0 3mm 1mm; }
.fig { margin: 4mm 0; break-inside: avoid; }
.fig figcaption { font: italic 8.5pt 'Liberation Sans Narrow'; color: #5b6770; margin-top: 1.5mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
table.tbl th { text-align: left; border-bottom: 1.2pt solid #c8102e; padding: 1mm 1.5mm; font-family: 'Liberation Sans Narrow'; }
table.tbl td { padding: 1mm 1.5mm; border-bottom: 0.4pt solid #ccc; vertical-align: top; }
h1.bijl { font: bold 16pt 'Liberation Sans Narrow'; color: #c8102e; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio thead { display: table-header-group; }
table.gio th { text-align: left; background: #c8102e; color: #fff; padding: 1.5mm; font-family: 'Liberation Sans Narrow'; }
table.gio td { padding: 2.6mm 1.5mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
table.gio tr { break-inside: avoid; }
table.gio .gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
