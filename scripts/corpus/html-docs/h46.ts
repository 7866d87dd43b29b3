/**
 * h46 — gemeente Ameland (gm0060), holdout (session 7, second batch). Content after the public pages of the gemeente
 * Ameland and the plans for the island (the four dorpen Hollum, Ballum, Nes and Buren, the Waddenzee as werelderfgoed,
 * the duinen as Natura 2000-gebied, the balance between toerisme and eilander leven, the veerverbinding Holwerd–Nes
 * and the vaargeul, the aim of a duurzaam Ameland), shortened and in our own words. Layout: a report look
 * (Liberation Serif 10 pt, DejaVu Sans Condensed headings in sea green), chapters as "HOOFDSTUK 3" with the title in
 * capitals on the next line, sections "3.1." with the number hanging in the left margin, sub-sections "3.1.1.",
 * run-in tussenkoppen, a numbered list whose short items look like headings, ► lists with "o" items, a table with multi-line cells, a footer with date and version left and the page
 * number in the right margin, a raadsbesluit with "Overwegende dat", "b e s l u i t :", Artikel I–II
 * (inwerkingtreding the day after bekendmaking), signatures in two columns, no Bijlage line before the visie, and a
 * GIO table of a single object.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0060', '2027', '2027-04-12', '1', 'h46')
const GIOS: Gio[] = [gio('Grondgebied gemeente Ameland', [0, 0], 8)]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">HOOFDSTUK ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="mn">${k.nummer}.</span>${k.opschrift}</h2>`
      : `<h3>${k.nummer}. ${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }, { glyph: 'o' }]
const nummers: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">GEMEENTE AMELAND</p>
<p class="ttl">Besluit van de raad van de gemeente Ameland tot vaststelling van de Omgevingsvisie Ameland</p>
<p>De raad van de gemeente Ameland;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 28 februari 2027;</p>
<p>Overwegende dat de raad met deze visie de koers uitzet voor de fysieke leefomgeving van het eiland tot 2040;</p>
<p>Overwegende dat de visie is opgesteld met inwoners, ondernemers, de dorpsbelangen van Hollum, Ballum, Nes en Buren en het Waddenfonds;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Ameland, met het werkingsgebied dat in de bijlage daarbij is genoemd, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op de dag na bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Ameland van 12 april 2027.</p>
${handtekeningen(['de griffier,', 'G.J. Metz'], ['de voorzitter,', 'J.H. Haarsma'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Ameland</p>
<p class="t2">Eiland in balans — koers tot 2040</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'INLEIDING')
  d.p('<b>Waarom een visie.</b> Ameland is een eiland met vier dorpen, omringd door de Waddenzee en de Noordzee. Deze visie beschrijft wat wij willen bewaren en wat moet veranderen om het eiland leefbaar te houden voor eilanders en aantrekkelijk voor gasten.')
  d.p('<b>Status.</b> De visie bindt alleen de gemeente. Zij is de basis voor het omgevingsplan en voor programma’s, en het kader om initiatieven te beoordelen die niet in het omgevingsplan passen.')
  d.kop(2, '1.1', 'Vijf kernwaarden')
  d.p('In de gesprekken in de dorpen kwamen steeds dezelfde waarden terug. Wij gebruiken ze als toetsstenen:')
  d.list(['Rust en ruimte', 'Eilander gemeenschap', 'Natuur van wereldformaat', 'Gastvrijheid', 'Zelfredzaamheid'], nummers, 'lst kw')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('In 2026 zijn in Hollum, Ballum, Nes en Buren dorpsavonden gehouden. Ook ondernemers, de veerdienst en natuurorganisaties dachten mee.')

  d.page('std')
  d.kop(1, '2', 'HET EILAND NU')
  d.kop(2, '2.1', 'Natuur en landschap')
  d.p('Bijna het hele eiland buiten de dorpen is natuur: duinen, kwelders en strand. De duinen zijn Natura 2000-gebied en de Waddenzee is werelderfgoed.')
  d.kop(3, '2.1.1', 'Duinen en kwelders')
  d.p('De duinen beschermen het eiland tegen de zee. Waar het kan, laten wij de natuur haar gang gaan, zoals bij de Hon en het Oerd.')
  d.kop(3, '2.1.2', 'Rust en duisternis')
  d.p('De nachten op Ameland zijn donker en stil. Wij houden verlichting buiten de dorpen beperkt.')
  d.kop(2, '2.2', 'Dorpen')
  d.table(
    ['Dorp', 'Karakter', 'Opgave'],
    [
      ['Hollum', 'commandeurshuizen<br>vuurtoren', 'wonen voor jongeren'],
      ['Ballum', 'klein, agrarisch<br>vliegveld', 'voorzieningen behouden'],
      ['Nes', 'haven, centrum<br>meeste voorzieningen', 'drukte in het seizoen'],
      ['Buren', 'rust, kwelders', 'recreatie in balans'],
    ],
    'tbl',
    ['20%', '40%', '40%'],
  )
  d.kop(2, '2.3', 'Bereikbaarheid')
  d.p('De veerboot tussen Holwerd en Nes is de levensader van het eiland. Door verzanding van de vaargeul vaart de boot niet altijd volgens de dienstregeling.')

  d.page('std')
  d.kop(1, '3', 'KEUZES TOT 2040')
  d.kop(2, '3.1', 'Wonen voor eilanders')
  d.p('<b>Betaalbaar.</b> Jonge eilanders vinden moeilijk een woning. Wij bouwen woningen die voor eilanders bestemd blijven, binnen de dorpen.')
  d.p('<b>Geen tweede woningen.</b> Nieuwe woningen mogen niet als recreatiewoning worden gebruikt.')
  d.kop(2, '3.2', 'Toerisme in balans')
  d.p('Toerisme is de belangrijkste bron van inkomen. Wij kiezen voor kwaliteit boven groei:')
  d.list(
    [
      'het aantal slaapplaatsen groeit niet verder;',
      { text: 'bestaande bedrijven mogen vernieuwen, als:', sub: ['de natuur er niet onder lijdt;', 'het dorpsgezicht behouden blijft.'] },
      'evenementen passen bij het eiland en de seizoenen;',
      'wij spreiden bezoekers over het jaar, zodat het voorjaar en het najaar aantrekkelijker worden en de piek in de zomermaanden minder zwaar drukt op de dorpen, de wegen en de natuur;',
      'fietsen en wandelen zijn de manier om het eiland te beleven.',
    ],
    pijl,
  )
  d.kop(2, '3.3', 'Duurzaam Ameland')
  d.p('Ameland wil zelf in zijn energie voorzien. Na het zonnepark bij het vliegveld zetten wij in op zon op daken, besparing en opslag.')
  d.kop(3, '3.3.1', 'Gaswinning')
  d.p('Onder het eiland en de Waddenzee wordt gas gewonnen. Wij volgen de bodemdaling nauwkeurig en willen dat de winning op termijn stopt.')
  d.kop(3, '3.3.2', 'Water en klimaat')
  d.p('Zoet water is schaars op een eiland. Wij beschermen de zoetwaterbel onder de duinen en houden regenwater vast.')
  d.kop(2, '3.4', 'Bereikbaar blijven')
  d.p('Wij werken met het Rijk en de rederij aan een betrouwbare veerverbinding, met een vaargeul die op diepte blijft.')
  d.kop(1, '4', 'UITVOERING')
  d.p('De visie wordt uitgewerkt in het omgevingsplan en in programma’s voor wonen en toerisme. De raad bespreekt de voortgang elk jaar met de dorpsbelangen.')

  d.page('bijl')
  d.bijlage('1', 'Werkingsgebied', '<h2 class="bijl">Bijlage 1 Werkingsgebied</h2><p>Deze visie geldt voor het hele grondgebied van de gemeente:</p>')
  d.gioTabel(GIOS, ['Werkingsgebied', 'Identificatie'], 'gio', ['40%', '60%'])

  const ft = "font: 7.5pt 'DejaVu Sans Condensed'; color: #2a7f62;"
  const spec: DocSpec = {
    id: 'h46',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Ameland en de plannen voor het eiland (de dorpen Hollum, Ballum, Nes en Buren, Waddenzee als werelderfgoed, duinen als Natura 2000-gebied, toerisme en eilander leven in balans, veerverbinding Holwerd–Nes en vaargeul, duurzaam Ameland), ingekort en in eigen woorden; eigen opmaak: rapportstijl (Liberation Serif 10 pt, DejaVu Sans Condensed-koppen in zeegroen), hoofdstukken als "HOOFDSTUK 3" met de titel in hoofdletters op de volgende regel, paragrafen "3.1." met het nummer in de linkermarge, subparagrafen "3.1.1.", tussenkoppen aan het begin van de alinea, genummerde lijst met korte items die op koppen lijken, ►-lijsten met o-items, tabel met meerregelige cellen, voettekst met datum en versie links en paginanummer in de rechtermarge, raadsbesluit met "Overwegende dat", "b e s l u i t :", Artikel I–II met inwerkingtreding de dag na bekendmaking, handtekeningen in twee kolommen, geen Bijlage-regel voor de visie, GIO-tabel van één object (holdout)',
    bevoegdGezag: 'gm0060',
    naam: 'Gemeente Ameland',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Ameland tot vaststelling van de Omgevingsvisie Ameland',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Ameland',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-ameland', regeling: 'omgevingsvisie-ameland', doel: 'omgevingsvisie-ameland' },
      datums: { vaststelling: '2027-04-12', ondertekening: '2027-04-12', bekendmaking: '2027-04-19' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0060',
      oin: '00000001001916090000',
      achtergrondActualiteit: '2027-01-15',
    },
    geo: { origin: [178000, 607000] },
    meubilair: ['^Vastgesteld 12 april 2027 · versie 1\\.0$', '^\\d+$'],
    title: 'Omgevingsvisie Ameland',
    css: `
@page { size: A4; margin: 22mm 30mm 24mm 18mm; }
.pg { padding-left: 16mm; }
@page std { @bottom-left { content: "Vastgesteld 12 april 2027 · versie 1.0"; ${ft} } @right-bottom { content: counter(page); font: bold 11pt 'DejaVu Sans Condensed'; color: #2a7f62; vertical-align: bottom; text-align: center; } }
@page bijl { @bottom-left { content: "Vastgesteld 12 april 2027 · versie 1.0"; ${ft} } @right-bottom { content: counter(page); font: bold 11pt 'DejaVu Sans Condensed'; color: #2a7f62; vertical-align: bottom; text-align: center; } }
body { font: 10pt/1.45 'Liberation Serif', serif; color: #1e1e1e; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'DejaVu Sans Condensed'; letter-spacing: 2pt; color: #2a7f62; }
.ttl { font: bold 12pt 'DejaVu Sans Condensed'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 90mm; break-after: page; }
.titel .t1 { font: bold 30pt 'DejaVu Sans Condensed'; color: #2a7f62; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
.hfd { margin: 0 0 6mm; }
.hfd .hn { font: 10pt 'DejaVu Sans Condensed'; letter-spacing: 3pt; color: #2a7f62; margin: 0; }
h1 { font: bold 18pt 'DejaVu Sans Condensed'; color: #123; margin: 1mm 0 0; }
h2 { font: bold 11.5pt 'DejaVu Sans Condensed'; color: #2a7f62; margin: 5mm 0 1.5mm -16mm; display: flex; break-after: avoid; }
h2 .mn { flex: 0 0 16mm; }
h3 { font: bold 10pt 'DejaVu Sans Condensed'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 3mm; }
.lst.kw .t { font-weight: bold; font-family: 'DejaVu Sans Condensed'; color: #2a7f62; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 3mm; }
table.tbl th { text-align: left; border-bottom: 1pt solid #2a7f62; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h2.bijl { margin-left: 0; display: block; font-size: 14pt; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #2a7f62; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
