/**
 * h81 — gemeente Zaanstad (gm0479), holdout (session 11): a large gemeente (about 160.000 inwoners). Content after the
 * gemeente's public pages on the "Omgevingsvisie Zaanstad 2040 en verder" (which gemeente do we want and can we be in
 * 2040; Zaanstad grows but the ruimte within the stadsgrenzen is beperkt; groei in het bestaande bebouwde gebied, niet
 * stadsuitbreiding in het landelijk gebied; alles hangt samen; six Zaanse opgaven duurzaamheid, economie, gezondheid,
 * veiligheid, kansengelijkheid and verstedelijking; the Zaan, the cultuurhistorisch erfgoed, the Noordzeekanaalgebied
 * and the typically Zaanse menging van wonen en werken; the stedelijke Zaandam and the kleinschalige dorpen; "op zijn
 * Zaans"; 20.000 nieuwe woningen; together with the Maatschappelijke visie the leidraad; a visie that keeps
 * developing; the consultatiefase of 2022, a MER and the zienswijze of the raad), here as a visie of 2027, shortened
 * and partly in our own words. Layout: SQUARE 21 × 21 cm pages in DejaVu Sans 8.5 pt; chapters numbered in ROMAN
 * ("I." … "V."), each on a new page, sections numbered in arabic RESTARTING PER CHAPTER without the chapter number
 * ("1.", "2.", …), a third level lettered "a."; a running header "gemeente Zaanstad · Omgevingsvisie" with the title
 * of the current chapter at the right (a named page per chapter), footer "blad n" at the right; ▸-lists and a list
 * "1)"; a table with merged header cells; a footnote at the foot of a page; raadsbesluit "De raad van de gemeente
 * Zaanstad," with "gelezen", "gelet op", "besluit:" and Artikel 1–3 with titles on the same line (in werking the day
 * after bekendmaking, so no date), signatures in two columns; visie as "Bijlage 1"; GIO list as lines
 * "naam — identificatie" in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0479', '2027', '2027-07-08', '1')
const GIOS = [
  gio('Gemeente Zaanstad', 'gemeente-zaanstad', [0, 0], 7),
  gio('Zaanoevers', 'zaanoevers', [0.5, 1], 2),
  gio('Noordzeekanaalgebied, Zaanse deel', 'noordzeekanaalgebied-zaanse-deel', [2, -4], 2),
  gio('Stationsgebied Zaandam', 'stationsgebied-zaandam', [1.5, -2], 0.6),
  gio('Landelijk gebied Assendelft en Westzaan', 'landelijk-gebied-assendelft-westzaan', [-4, 1], 3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}.</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer}. ${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '▸', font: 'DejaVu Sans' }, { glyph: '–' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

const HOOFDSTUKKEN: Array<[string, string]> = [
  ['h1', 'Zaanstad in 2040 en verder'],
  ['h2', 'Zes Zaanse opgaven'],
  ['h3', 'Op zijn Zaans'],
  ['h4', 'Stad en dorpen'],
  ['h5', 'Samen verder'],
]

const GROEI = `<table class="tbl m">
<thead><tr><th rowspan="2">Gebied</th><th colspan="2">Nieuwe woningen</th><th colspan="2">Nieuwe banen</th></tr>
<tr><th>tot 2030</th><th>2030–2040</th><th>tot 2030</th><th>2030–2040</th></tr></thead>
<tbody>
<tr><td>Zaanoevers</td><td>4.000</td><td>6.000</td><td>1.500</td><td>2.500</td></tr>
<tr><td>Zaandam centrum en station</td><td>2.500</td><td>3.000</td><td>2.000</td><td>1.500</td></tr>
<tr><td>Overige wijken en dorpen</td><td>2.000</td><td>2.500</td><td>500</td><td>500</td></tr>
</tbody></table>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Zaanstad · raadsbesluit nr. 2027/18231</p>
<p class="ttl">Besluit van de raad van de gemeente Zaanstad tot vaststelling van de Omgevingsvisie Zaanstad 2040 en verder</p>
<p>De raad van de gemeente Zaanstad,</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 23 mei 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie samen met de milieueffectrapportage zes weken ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;</p>
<p class="bs">besluit:</p>
<p><b>Artikel 1 Vaststelling</b><br>De Omgevingsvisie Zaanstad 2040 en verder, opgenomen in bijlage 1, wordt vastgesteld.</p>
<p><b>Artikel 2 Werkingsgebieden</b><br>De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de informatieobjecten die in bijlage 2 zijn genoemd.</p>
<p><b>Artikel 3 Inwerkingtreding</b><br>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 8 juli 2027.</p>
${handtekeningen(['De raad voornoemd,<br>de griffier,', 'drs. A.C. Wijnands'], ['<br>de voorzitter,', 'J. Hamming'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit nr. 2027/18231</p>
<p class="t1">Omgevingsvisie Zaanstad 2040 en verder</p>
<p class="t2">Samen op zijn Zaans</p>
</div>`)

  d.enter('visie')
  d.page('h1')
  d.kop(1, 'I', 'Zaanstad in 2040 en verder')
  d.p('Welke gemeente willen en kunnen we in 2040 zijn? Samen werken we aan een welvarende, veilige en duurzame gemeente: een plek waar iedereen prettig en gezond woont, werkt, recreëert en gelijke kansen heeft.')
  d.kop(2, '1', 'Zaanstad groeit')
  d.p('Steeds meer mensen wonen en werken in Zaanstad. Tot 2040 bouwen we ongeveer 20.000 nieuwe woningen.<sup>1</sup> Maar de ruimte binnen onze stadsgrenzen is beperkt.')
  d.kop(2, '2', 'Ruimte maken')
  d.p('We willen veel, maar we kunnen niet alles. We kiezen voor groei in het bestaande bebouwde gebied, en dus niet voor stadsuitbreiding in het landelijk gebied.')
  d.kop(2, '3', 'Alles hangt samen')
  d.p('Als je op de ene plek iets doet, heeft dat meteen effect op andere dingen in de omgeving. Daarom pakken we plannen in samenhang aan. Deze visie is, samen met de Maatschappelijke visie, de leidraad voor toekomstplannen.')
  d.raw('<div class="fn"><p><sup>1</sup> Het aantal volgt uit de regionale woningbouwafspraken in de Metropoolregio Amsterdam.</p></div>')

  d.page('h2')
  d.kop(1, 'II', 'Zes Zaanse opgaven')
  d.p('Onze grootste uitdagingen staan niet los van elkaar: het woningtekort, klimaatverandering, de stijgende vraag naar energie, kansenongelijkheid en de bereikbaarheid van de regio.')
  d.kop(2, '1', 'Duurzaamheid')
  d.p('Zaanstad wordt een klimaatneutrale stad. Economische groei draagt daaraan bij, niet tegen in.')
  d.kop(2, '2', 'Economie')
  d.p('We behouden de typisch Zaanse menging van wonen en werken en de vele, jonge, ambachtelijk opgeleide werknemers.')
  d.kop(2, '3', 'Gezondheid')
  d.p('We richten de openbare ruimte zo in dat die uitnodigt tot bewegen en bijdraagt aan de gezondheid van mensen.')
  d.kop(2, '4', 'Veiligheid')
  d.p('Bij het mengen van wonen en bedrijvigheid letten we op externe veiligheid, geluid en geur.')
  d.kop(2, '5', 'Kansengelijkheid')
  d.p('Iedereen in Zaanstad moet gelijke kansen hebben, in elke wijk. Dat vraagt om goede scholen, betaalbare woningen en ontmoetingsplekken.')
  d.kop(2, '6', 'Verstedelijking')
  d.kop(3, 'a', 'Groei in het bestaande bebouwde gebied')
  d.p('Nieuwe woningen komen vooral langs de Zaan, rond de stations en op plekken waar bedrijven vertrekken.')
  d.raw(GROEI)
  d.tabellen++
  d.kop(3, 'b', 'Wonen en werken gemengd')
  d.p('We transformeren niet alle bedrijventerreinen. We kiezen per gebied:')
  d.list(['behouden als werkgebied;', 'mengen van wonen en werken;', 'transformeren naar een woongebied, met ruimte voor kleine bedrijven.'], haak)

  d.page('h3')
  d.kop(1, 'III', 'Op zijn Zaans')
  d.p('De toekomst maken we samen, en dat doen we op zijn Zaans.')
  d.kop(2, '1', 'De Zaan')
  d.p('De Zaan is de levensader van de gemeente. We maken de oevers toegankelijker en houden het water bevaarbaar.')
  d.kop(2, '2', 'Cultuurhistorisch erfgoed')
  d.p('Molens, pakhuizen, houten huizen en de linten langs de Zaan maken de Zaanstreek herkenbaar. Herkenbaarheid van de Zaanse historie blijft belangrijk:')
  d.list(['we beschermen de beschermde dorpsgezichten;', { text: 'we geven industrieel erfgoed een nieuwe functie, zoals:', sub: ['wonen in een oud pakhuis;', 'werken in een oude fabriek.'] }], pijl)
  d.kop(2, '3', 'Het Noordzeekanaalgebied')
  d.p('Het Noordzeekanaalgebied is een belangrijk havengebied in de regio. We houden ruimte voor havengebonden bedrijven en werken samen aan de energietransitie.')

  d.page('h4')
  d.kop(1, 'IV', 'Stad en dorpen')
  d.p('Zaanstad is stedelijk Zaandam én een reeks dorpen met een eigen karakter.')
  d.kop(2, '1', 'Zaandam')
  d.p('Zaandam wordt stedelijker rond het centrum en het station, met meer woningen, voorzieningen en groen.')
  d.kop(2, '2', 'De dorpen langs de Zaan')
  d.kop(3, 'a', 'Wormerveer, Krommenie en Assendelft')
  d.p('De dorpen houden hun herkenbaarheid en kleinschaligheid. Bouwen gebeurt op de maat van het dorp.')
  d.kop(3, 'b', 'Westzaan en Westknollendam')
  d.p('In de kleine kernen en het landelijk gebied staan het veenweidelandschap en de beschermde dorpsgezichten voorop.')

  d.page('h5')
  d.kop(1, 'V', 'Samen verder')
  d.kop(2, '1', 'De visie als leidraad')
  d.p('De visie geeft handvatten om keuzes te maken voor de inrichting van onze fysieke leefomgeving. Als iemand iets wil ontwikkelen, kijken we of het past binnen de visie.')
  d.kop(2, '2', 'Een visie die zich ontwikkelt')
  d.p('Omdat we niet precies weten hoe de toekomst eruitziet, gieten we de visie niet in beton. We houden haar actueel, net als de wereld om ons heen.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 · Werkingsgebieden</h2>')
  d.gioRegels(GIOS, ' — ')

  const hd = "font: 7pt 'DejaVu Sans'; color: #8a1538;"
  const pages = HOOFDSTUKKEN.map(
    ([name, title]) =>
      `@page ${name} { @top-left { content: "gemeente Zaanstad · Omgevingsvisie"; ${hd} } @top-right { content: "${title}"; ${hd} } @bottom-right { content: "blad " counter(page); ${hd} } }`,
  ).join('\n')
  const spec: DocSpec = {
    id: 'h81',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina’s van de gemeente Zaanstad over de "Omgevingsvisie Zaanstad 2040 en verder" (welke gemeente willen en kunnen we in 2040 zijn; groei binnen beperkte stadsgrenzen; groei in het bestaande bebouwde gebied, niet in het landelijk gebied; alles hangt samen; zes Zaanse opgaven duurzaamheid, economie, gezondheid, veiligheid, kansengelijkheid en verstedelijking; de Zaan, het cultuurhistorisch erfgoed, het Noordzeekanaalgebied en de Zaanse menging van wonen en werken; stedelijk Zaandam en kleinschalige dorpen; op zijn Zaans; 20.000 nieuwe woningen; leidraad samen met de Maatschappelijke visie; een visie die zich ontwikkelt), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: VIERKANTE bladzijden van 21 × 21 cm in DejaVu Sans 8,5 pt, hoofdstukken met ROMEINSE nummers ("I." … "V.") op een nieuwe bladzijde, paragrafen per hoofdstuk opnieuw genummerd zonder hoofdstuknummer ("1.", "2.", …), derde niveau met letters "a.", kopregel "gemeente Zaanstad · Omgevingsvisie" met de titel van het hoofdstuk rechts, voettekst "blad n", ▸-lijsten en lijst "1)", een tabel met samengevoegde kopcellen, een voetnoot onder aan de bladzijde, raadsbesluit met "gelezen", "gelet op", "besluit:" en Artikel 1–3 met titels (inwerkingtreding de dag na bekendmaking), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-lijst als regels "naam — identificatie" in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0479',
    naam: 'Gemeente Zaanstad',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zaanstad tot vaststelling van de Omgevingsvisie Zaanstad 2040 en verder',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Zaanstad 2040 en verder',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-zaanstad-2040', regeling: 'omgevingsvisie-zaanstad-2040', doel: 'omgevingsvisie-zaanstad-2040' },
      datums: { vaststelling: '2027-07-08', ondertekening: '2027-07-08', bekendmaking: '2027-07-20', inwerkingtreding: '2027-07-21' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0479',
      oin: '00000001000000479000',
      achtergrondActualiteit: '2027-05-01',
    },
    geo: { origin: [115000, 497000] },
    meubilair: ['^gemeente Zaanstad · Omgevingsvisie( .+)?$', '^blad \\d+$'],
    title: 'Omgevingsvisie Zaanstad 2040 en verder',
    css: `
@page { size: 210mm 210mm; margin: 16mm 16mm 16mm 18mm; }
${pages}
@page bijl { @top-left { content: "gemeente Zaanstad · Omgevingsvisie"; ${hd} } @bottom-right { content: "blad " counter(page); ${hd} } }
body { font: 8.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font-size: 7.5pt; color: #8a1538; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 22pt 'DejaVu Sans'; color: #8a1538; margin: 4mm 0 2mm; }
.titel .t2 { font: 14pt 'DejaVu Serif'; }
h1 { font: bold 17pt 'DejaVu Sans'; color: #8a1538; margin: 2mm 0 4mm; break-after: avoid; }
h1 .n { color: #d08a9c; margin-right: 2mm; }
h2 { font: bold 10.5pt 'DejaVu Sans'; color: #8a1538; margin: 3.5mm 0 1.2mm; break-after: avoid; }
h3 { font: bold 9pt 'DejaVu Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
.li .m { color: #8a1538; }
table.m { width: 100%; margin: 1mm 0 3mm; font-size: 7.5pt; }
table.m th { background: #f3dde3; padding: 0.8mm 1mm; border: 0.4pt solid #fff; }
table.m td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm 1mm; }
sup { font-size: 5.5pt; }
.fn { margin-top: 6mm; border-top: 0.5pt solid #8a1538; width: 50mm; padding-top: 1mm; }
.fn p { width: 170mm; font-size: 7pt; }
h2.bijl { font: bold 12pt 'DejaVu Sans'; color: #8a1538; }
p.gioregel { margin: 0 0 2mm; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
