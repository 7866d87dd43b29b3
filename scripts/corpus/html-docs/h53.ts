/**
 * h53 — gemeente Goes (gm0664), holdout (session 8). Content after the gemeente's public pages about its
 * omgevingsvisie and the city (the historic binnenstad with the Grote Markt and the Maria Magdalenakerk, the
 * Havenkanaal and the Goese Schans, the kernen Kloetinge, 's-Heer Arendskerke, 's-Heer Hendrikskinderen,
 * Wilhelminadorp, Wolphaartsdijk and Kattendijke, Goes as the centre of Zuid-Beveland with hospital, school and
 * station, the Oosterschelde and the Veerse Meer), shortened and in our own words. Layout: a magazine look on A4
 * (Liberation Sans 9.5 pt, Caladea headings in Zeeland red), each chapter opening on one column with a bare chapter
 * number in a large coloured box above the title and an intro, then a two-column body; sections "3.1" and "3.1.1",
 * pull quotes across the columns, a figure "Figuur 3.2" drawn as SVG, •-lists with ◦-items, a "1)" list, a table,
 * running headers alternating on left and right pages, the page number in the outer margin, a raadsbesluit with
 * "Overwegende dat", "gelet op", "besluit:", Artikel 1–2 (inwerkingtreding the day after bekendmaking), signatures in
 * two columns, "Bijlage 1" before the visie and a GIO table Naam | Identificatie | Toelichting of thirteen objects with
 * identifiers that break inside the cell, continuing over a page break with a repeated header row.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0664', '2027', '2027-10-28', '1')
const GIOS: Array<Gio & { t: string }> = [
  { ...gio('Gemeente Goes', 'gemeente-goes-grondgebied', [0, 0], 6), t: 'het hele grondgebied' },
  { ...gio('Binnenstad Goes (beschermd stadsgezicht)', 'binnenstad-goes-beschermd-stadsgezicht', [0, 0], 0.6), t: 'historische kern, winkelen en wonen' },
  { ...gio('Havenkanaal en Goese Schans', 'havenkanaal-en-goese-schans', [0.8, 1.2], 0.6), t: 'transformatie naar woon-werkgebied' },
  { ...gio('Stationsomgeving Goes', 'stationsomgeving-goes', [-0.4, -0.6], 0.4), t: 'knooppunt trein, bus en fiets' },
  { ...gio('Kern Kloetinge', 'kern-kloetinge', [1.6, -1.0], 0.5), t: 'dorp tegen de stad' },
  { ...gio("Kern 's-Heer Arendskerke", 'kern-s-heer-arendskerke', [-3.5, -0.5], 0.5), t: 'dorp in het open polderland' },
  { ...gio("Kern 's-Heer Hendrikskinderen", 'kern-s-heer-hendrikskinderen', [-1.8, 0.6], 0.4), t: 'dorp aan de westrand' },
  { ...gio('Kern Wilhelminadorp', 'kern-wilhelminadorp', [1.5, 3.0], 0.4), t: 'dorp aan de Oosterschelde' },
  { ...gio('Kern Wolphaartsdijk', 'kern-wolphaartsdijk', [-1.0, 5.0], 0.6), t: 'recreatie aan het Veerse Meer' },
  { ...gio('Kern Kattendijke', 'kern-kattendijke', [3.0, 2.5], 0.4), t: 'kleine kern, dijk en polder' },
  { ...gio('Oosterscheldekust (Nationaal Park)', 'oosterscheldekust-nationaal-park', [3.0, 4.0], 2), t: 'natuur, getijden, schorren' },
  { ...gio('Veerse Meer en oevers', 'veerse-meer-en-oevers', [-2.0, 6.0], 2), t: 'waterrecreatie en natuur' },
  { ...gio('Bedrijventerreinen A58-zone', 'bedrijventerreinen-a58-zone', [-1.0, -2.0], 1), t: 'regionale werklocaties' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="chap brk"><div class="num">${k.nummer}</div><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const stip: Marker[] = [{ glyph: '•' }, { glyph: '◦' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]
const quote = (s: string) => `<blockquote class="pull">${s}</blockquote>`

const FIG = `<figure class="fig"><svg width="78mm" height="46mm" viewBox="0 0 156 92" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="155" height="91" fill="#f6f1ea" stroke="#b22d2d" stroke-width="0.5"/>
<path d="M0 20 Q 60 10 156 28 L156 0 L0 0 Z" fill="#bcd6e6"/>
<path d="M70 92 L78 46 L84 20" fill="none" stroke="#5b8fb0" stroke-width="3"/>
<circle cx="70" cy="58" r="14" fill="#e3c7b2" stroke="#b22d2d" stroke-width="0.8"/>
<g fill="#7a9a5a"><circle cx="30" cy="70" r="5"/><circle cx="120" cy="64" r="5"/><circle cx="112" cy="36" r="4"/><circle cx="40" cy="40" r="4"/></g>
<path d="M0 80 L156 74" stroke="#444" stroke-width="1.4" stroke-dasharray="4 2"/>
</svg><figcaption>Figuur 3.2 Goes met de binnenstad, het Havenkanaal naar de Oosterschelde, de dorpen rondom en de A58</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">GEMEENTE GOES</p>
<p class="ttl">Besluit van de raad van de gemeente Goes tot vaststelling van de Omgevingsvisie Goes 2040</p>
<p>De raad van de gemeente Goes;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 5 september 2027, nummer 27-1184;</p>
<p>Overwegende dat de raad op grond van de Omgevingswet één omgevingsvisie vaststelt voor het hele grondgebied van de gemeente;</p>
<p>Overwegende dat inwoners, ondernemers en organisaties in de dorpen en wijken hebben meegedacht en dat het ontwerp met de zienswijzen is besproken in de commissie Ruimte van 7 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Goes 2040, als bijlage 1 bij dit besluit gevoegd, wordt vastgesteld, met de werkingsgebieden genoemd in bijlage I van die visie.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Goes van 28 oktober 2027.</p>
${handtekeningen(['De griffier,', 'mr. W.J. Verburg'], ['De voorzitter,', 'C.J. Loonstra-Louwerse'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij het raadsbesluit van 28 oktober 2027</p>
<p class="t1">Omgevingsvisie Goes 2040</p>
<p class="t2">Stad en dorpen aan de Oosterschelde</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Over deze visie')
  d.p('Goes is de centrumstad van de Bevelanden. Deze visie beschrijft hoe de stad en haar dorpen er in 2040 uitzien en welke keuzes daarvoor nodig zijn.', 'intro')
  d.raw('<div class="cols">')
  d.kop(2, '1.1', 'Wat een omgevingsvisie is')
  d.p('De omgevingsvisie is een van de kerninstrumenten uit hoofdstuk 3 van de Omgevingswet. Zij gaat over de hele fysieke leefomgeving: ruimte, water, natuur, erfgoed, verkeer, energie en gezondheid. De visie bindt de gemeente zelf; regels voor inwoners en bedrijven staan in het omgevingsplan.')
  d.kop(2, '1.2', 'Hoe wij haar maakten')
  d.p('In 2025 en 2026 spraken wij in elke kern met inwoners, met ondernemers in de binnenstad en op de bedrijventerreinen, en met jongeren op de scholen. Hun ideeën staan in het participatieverslag.')
  d.p('Opvallend was hoe vaak het water terugkwam: de haven, het Havenkanaal, het Veerse Meer en de Oosterschelde zijn voor veel Goesenaren het mooiste wat de gemeente heeft.')
  d.raw('</div>')

  d.kop(1, '2', 'Goes nu')
  d.p('Goes telt ongeveer 40.000 inwoners. De stad biedt werk, winkels, onderwijs en zorg voor heel Zuid- en Noord-Beveland.', 'intro')
  d.raw('<div class="cols">')
  d.kop(2, '2.1', 'Een historische stad')
  d.p('De binnenstad met de Grote Markt, het stadhuis en de Maria Magdalenakerk is een beschermd stadsgezicht. De oude haven verbindt de stad via het Havenkanaal met de Oosterschelde.')
  d.raw(quote('“De haven en het water zijn het hart van Goes; daar willen wij naartoe groeien.”'))
  d.kop(2, '2.2', 'Dorpen met een eigen gezicht')
  d.p('Kloetinge, ’s-Heer Arendskerke, ’s-Heer Hendrikskinderen, Wilhelminadorp, Wolphaartsdijk en Kattendijke hebben elk hun eigen karakter, verenigingsleven en verbondenheid.')
  d.kop(3, '2.2.1', 'Dorpen aan het water')
  d.p('Wolphaartsdijk ligt aan het Veerse Meer, Wilhelminadorp en Kattendijke aan de Oosterschelde. Hier komen recreatie, natuur en wonen samen.')
  d.kop(3, '2.2.2', 'Dorpen in de polder')
  d.p('’s-Heer Arendskerke en ’s-Heer Hendrikskinderen liggen in het open akkerland. De dorpsranden en de doorzichten naar de polder blijven behouden.')
  d.kop(2, '2.3', 'Regionale functies')
  d.table(
    ['Functie', 'Voorbeeld', 'Bereik'],
    [
      ['Zorg', 'ziekenhuis', 'Zeeland-midden'],
      ['Onderwijs', 'middelbaar en beroepsonderwijs', 'Bevelanden'],
      ['Vervoer', 'station, busknoop', 'Zeeland'],
      ['Winkelen', 'binnenstad, weekmarkt', 'Bevelanden'],
    ],
    'tbl',
    ['28%', '44%', '28%'],
  )
  d.raw('</div>')

  d.kop(1, '3', 'Ambities tot 2040')
  d.p('Vier ambities geven richting aan de keuzes. Zij hangen met elkaar samen: wie woningen bouwt, werkt ook aan water, groen en bereikbaarheid.', 'intro')
  d.raw('<div class="cols">')
  d.kop(2, '3.1', 'Wonen voor iedereen')
  d.p('Goes wil tot 2040 ruim 3.000 woningen bouwen. Wij kiezen voor:')
  d.list(
    [
      'bouwen in de stad, vooral rond het Havenkanaal en de Goese Schans;',
      { text: 'bouwen in de dorpen voor:', sub: ['jongeren die in hun dorp willen blijven;', 'ouderen die kleiner willen wonen.'] },
      'een derde van de nieuwe woningen in de sociale huur.',
    ],
    stip,
  )
  d.kop(2, '3.2', 'Een levendige binnenstad')
  d.p('De binnenstad blijft het hart van de regio. Winkels concentreren zich rond de Grote Markt; aan de randen komt ruimte voor wonen en horeca.')
  d.raw(FIG)
  d.kop(2, '3.3', 'Water, klimaat en natuur')
  d.p('Wij maken de stad klimaatbestendig: meer groen, minder verharding en ruimte om regenwater op te vangen. Bij nieuwbouw geldt aanvullend op Bijlage I bij het Besluit bouwwerken leefomgeving dat daken zo veel mogelijk groen of blauw worden.')
  d.raw(quote('“Een groene stad is een koele stad.”'))
  d.kop(3, '3.3.1', 'Oosterschelde')
  d.p('Langs de Oosterschelde gaat de natuur van het Nationaal Park voor. Recreatie is welkom waar zij de rust niet verstoort.')
  d.kop(3, '3.3.2', 'Veerse Meer')
  d.p('Rond het Veerse Meer bundelen wij recreatie bij Wolphaartsdijk en houden wij de oevers elders natuurlijk.')
  d.kop(2, '3.4', 'Goed bereikbaar')
  d.p('Wij werken met de provincie en de buurgemeenten aan:')
  d.list(['een snelle fietsroute tussen Goes en Kapelle;', 'een betere busverbinding met de dorpen;', 'veilige oversteken van de N256 en de spoorlijn.'], haak)
  d.raw('</div>')

  d.kop(1, '4', 'Uitvoering')
  d.p('De visie werkt door in het omgevingsplan, in programma’s voor wonen en klimaat en in gebiedsuitwerkingen voor de Goese Schans en de stationsomgeving.', 'intro')
  d.raw('<div class="cols">')
  d.kop(2, '4.1', 'Samen met partners')
  d.p('Wij voeren de visie uit met inwoners, ondernemers, de provincie Zeeland, Waterschap Scheldestromen en de gemeenten op de Bevelanden.')
  d.kop(2, '4.2', 'Bijsturen')
  d.p('Elke vier jaar bespreekt de raad hoe de leefomgeving zich ontwikkelt en of de visie moet worden aangepast.')
  d.raw('</div>')

  // the bijlage follows the last chapter on the same page, so its table runs on over the page break
  d.bijlage('I', 'Werkingsgebieden', '<h2 class="bijl">Bijlage I Werkingsgebieden</h2><p>De werkingsgebieden van de Omgevingsvisie Goes 2040 zijn vastgelegd als geometrische informatieobjecten. De tabel noemt per gebied de identificatie en waarvoor het gebied in de visie dient.</p><p>De begrenzingen zijn schematisch en volgen de gebiedsbeschrijvingen in de hoofdstukken 2 en 3. Voor het beschermd stadsgezicht en het Nationaal Park Oosterschelde volgt de visie de begrenzing die het Rijk heeft vastgesteld.</p><p>De identificaties verwijzen naar de versie van de informatieobjecten op de datum van vaststelling.</p>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Toelichting'], (g) => [g.naam.replace(/&/g, '&amp;'), gidCell(g.identificatie, true), (g as Gio & { t: string }).t], 'gio', ['30%', '38%', '32%'])

  const hd = "font: 8pt 'Liberation Sans'; color: #b22d2d; letter-spacing: 0.3pt;"
  const pn = "font: bold 13pt 'Caladea'; color: #b22d2d;"
  const boxes = `@top-left { content: ""; } `
  const spec: DocSpec = {
    id: 'h53',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Goes over haar omgevingsvisie en de stad (historische binnenstad met Grote Markt en Maria Magdalenakerk, Havenkanaal en Goese Schans, de kernen Kloetinge, \'s-Heer Arendskerke, \'s-Heer Hendrikskinderen, Wilhelminadorp, Wolphaartsdijk en Kattendijke, Goes als centrum van Zuid-Beveland met ziekenhuis, scholen en station, Oosterschelde en Veerse Meer), ingekort en in eigen woorden; eigen opmaak: tijdschriftlook op A4 (Liberation Sans 9,5 pt, Caladea-koppen in Zeeuws rood), elk hoofdstuk opent in één kolom met een kaal hoofdstuknummer in een groot gekleurd vlak boven de titel en een intro, daarna tekst in twee kolommen; paragrafen "3.1" en "3.1.1", streamers over de kolommen, figuur "Figuur 3.2" als vectortekening, •-lijsten met ◦-items, lijst "1)", tabel, kopregels wisselend op linker- en rechterpagina\'s, paginanummer in de buitenmarge, raadsbesluit met "Overwegende dat", "gelet op", "besluit:", Artikel 1–2 met inwerkingtreding de dag na bekendmaking, handtekeningen in twee kolommen, "Bijlage 1" voor de visie, GIO-tabel Naam | Identificatie | Toelichting van dertien objecten met identificaties die in de cel afbreken en over een pagina doorlopen met herhaalde kopregel (holdout)',
    bevoegdGezag: 'gm0664',
    naam: 'Gemeente Goes',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Goes tot vaststelling van de Omgevingsvisie Goes 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Goes 2040',
    gios: GIOS.map(({ t: _t, ...g }) => g),
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-goes-2040', regeling: 'omgevingsvisie-goes-2040', doel: 'omgevingsvisie-goes-2040' },
      datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-04' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0664',
      oin: '00000001001589623000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [53000, 388000] },
    meubilair: ['^OMGEVINGSVISIE GOES 2040$', '^GEMEENTE GOES · STAD EN DORPEN$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Goes 2040',
    css: `
@page { size: A4; margin: 18mm 20mm 20mm 20mm; }
@page std:left { @top-left { content: "OMGEVINGSVISIE GOES 2040"; ${hd} } @left-bottom { content: counter(page); ${pn} vertical-align: bottom; text-align: center; } }
@page std:right { @top-right { content: "GEMEENTE GOES · STAD EN DORPEN"; ${hd} } @right-bottom { content: counter(page); ${pn} vertical-align: bottom; text-align: center; } }
@page bijl:left { @top-left { content: "OMGEVINGSVISIE GOES 2040"; ${hd} } @left-bottom { content: counter(page); ${pn} vertical-align: bottom; text-align: center; } }
@page bijl:right { @top-right { content: "GEMEENTE GOES · STAD EN DORPEN"; ${hd} } @right-bottom { content: counter(page); ${pn} vertical-align: bottom; text-align: center; } }
body { font: 9.5pt/1.42 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.gem { font: bold 12pt 'Caladea'; color: #b22d2d; letter-spacing: 2pt; }
.ttl { font: bold 13pt 'Caladea'; margin: 3mm 0 6mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 9pt 'Liberation Sans'; color: #666; }
.titel .t1 { font: bold 34pt 'Caladea'; color: #b22d2d; margin: 4mm 0; }
.titel .t2 { font: italic 15pt 'Caladea'; }
.chap { margin: 0 0 5mm; }
.pg > .chap:first-child { break-before: auto; }
.chap .num { display: inline-block; width: 24mm; height: 24mm; background: #b22d2d; color: #fff; font: bold 40pt/24mm 'Caladea'; text-align: center; margin-bottom: 4mm; }
h1 { font: bold 24pt 'Caladea'; color: #222; margin: 0; }
p.intro { font: 12pt/1.4 'Caladea'; color: #444; margin-bottom: 5mm; }
.cols { columns: 2; column-gap: 8mm; }
h2 { font: bold 12.5pt 'Caladea'; color: #b22d2d; margin: 3mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
blockquote.pull { column-span: all; margin: 4mm 12mm; padding: 3mm 0; border-top: 1.2pt solid #b22d2d; border-bottom: 1.2pt solid #b22d2d; font: italic 15pt/1.3 'Caladea'; color: #b22d2d; text-align: center; }
.lst { margin: 0 0 2.5mm 1mm; }
.fig { margin: 2mm 0 3mm; break-inside: avoid; }
.fig figcaption { font: 7.5pt/1.3 'Liberation Sans'; color: #555; margin-top: 1mm; }
table.tbl { width: 100%; font-size: 8pt; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { text-align: left; background: #b22d2d; color: #fff; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; vertical-align: top; }
h2.bijl { font-size: 15pt; margin-top: 10mm; }
table.gio { width: 100%; font-size: 8.5pt; margin-top: 3mm; }
table.gio th { text-align: left; background: #b22d2d; color: #fff; padding: 1.2mm; }
table.gio td { padding: 1.2mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
table.gio tr { break-inside: avoid; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  void boxes
  return { spec, doc: d }
}
