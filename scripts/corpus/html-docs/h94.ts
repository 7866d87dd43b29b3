/**
 * h94 — gemeente Tiel (gm0281), holdout (session 11, third set): a middle-sized gemeente (about 42.000 inwoners;
 * Tiel, Passewaaij, Kapel-Avezaath, Wadenoijen, Zennewijnen). Content after the public texts on the "Omgevingsvisie
 * Tiel" (where the gemeente stands and which ambities it has, the direction for the coming twenty years; steering on
 * the hoofdopgaven for the long term and relevant for daily practice, as a kader for initiatives; the startnota
 * "Typisch Tiel" made from the Tour de Tiel — some 150 conversations at the station, the pont, the skatebaan and the
 * jaarmarkt in Passewaaij — nearly 300 questionnaires and an inloopbijeenkomst; the "Maand van de Toekomst" in
 * January 2023 asking "waar ben je trots op?" and "wat zou Tiel mooier, beter of gezonder maken?"; hoofdkeuzes put
 * to the raad; the Structuurvisie Tiel 2030 of 17 februari 2010 outdated), here as a visie of 2027, shortened and
 * partly in our own words. Layout: ROYAL octavo (156 × 234 mm) in DejaVu Serif 8.5 pt with DejaVu Sans headings;
 * chapters "1." … "5." in small capitals, one chapter title over TWO LINES, sections "1.1", "3.2.1"; header "Tiel
 * 2045 — omgevingsvisie" on the inner side, footer "raadsvergadering 29 september 2027 | n" on the outer side of left
 * and right pages; notes set under their paragraph; a list "–" and a list "A."; a table with a MERGED HEADER (colspan);
 * raadsbesluit with "besluit:" and Artikel 1–6, Artikel 1 "Begripsomschrijvingen" with lettered definitions a.–d.,
 * Artikel 5 a citeertitel, Artikel 6 a date; visie as "Bijlage 1"; the GIO table in "Bijlage 2" with a merged header
 * ("Werkingsgebied" over Naam and Identificatie, then "Opgave").
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0281', '2027', '2027-09-29', '1')
const GIOS = [
  { ...gio('Gemeente Tiel', 'gemeente-tiel', [0, 0], 3), opgave: 'alle' },
  { ...gio('Binnenstad en Waalfront', 'binnenstad-waalfront', [0.3, -0.5], 0.5), opgave: '2' },
  { ...gio('Bedrijventerreinen Medel en Kellen', 'bedrijventerreinen-medel-kellen', [3, 0.5], 1), opgave: '3' },
  { ...gio('Uiterwaarden en Linge', 'uiterwaarden-linge', [-1, -1.5], 1.5), opgave: '4' },
]

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}. ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&ensp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`
const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const hoofdletter: Marker[] = [{ counter: 'A', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Tiel · raadsbesluit 2027/57</p>
<p class="ttl">Besluit van de raad van de gemeente Tiel tot vaststelling van de Omgevingsvisie Tiel 2045</p>
<p>De raad van de gemeente Tiel;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 Begripsomschrijvingen</p>
<p>In dit besluit wordt verstaan onder:</p>
<p class="def">a. omgevingsvisie: de Omgevingsvisie Tiel 2045, opgenomen in bijlage 1;</p>
<p class="def">b. werkingsgebied: het gebied waarop een onderdeel van de omgevingsvisie betrekking heeft;</p>
<p class="def">c. hoofdopgave: een opgave als beschreven in hoofdstuk 2 tot en met 5 van de omgevingsvisie;</p>
<p class="def">d. Structuurvisie: de Structuurvisie Tiel 2030, vastgesteld op 17 februari 2010.</p>
<p class="art">Artikel 2 Vaststelling</p>
<p>De omgevingsvisie wordt vastgesteld.</p>
<p class="art">Artikel 3 Werkingsgebieden</p>
<p>De werkingsgebieden zijn vastgelegd in de geografische informatieobjecten die zijn opgenomen in bijlage 2.</p>
<p class="art">Artikel 4 Intrekking</p>
<p>De Structuurvisie wordt ingetrokken.</p>
<p class="art">Artikel 5 Citeertitel</p>
<p>Dit besluit wordt aangehaald als: Besluit Omgevingsvisie Tiel 2045.</p>
<p class="art">Artikel 6 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 november 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Tiel op 29 september 2027.</p>
${handtekeningen(['de griffier,', 'mr. R. van Wijk'], ['de voorzitter,', 'drs. H.G. Beenakker'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027/57</p>
<p class="t1">Omgevingsvisie Tiel 2045</p>
<p class="t2">Typisch Tiel, op weg naar morgen</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'Inleiding')
  d.p('In deze omgevingsvisie kunnen inwoners, ondernemers en andere partners lezen waar de gemeente Tiel voor staat en welke ambities zij heeft. De visie geeft de richting aan waarin Tiel zich de komende twintig jaar wil ontwikkelen.')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('De Structuurvisie Tiel 2030 is achterhaald. De omgevingsvisie stuurt op de hoofdopgaven voor de lange termijn en is ook in de dagelijkse praktijk het kader voor nieuwe initiatieven.')
  d.kop(2, '1.2', 'Typisch Tiel')
  d.p('In de startnota Typisch Tiel legden we vast wat kenmerkend is voor Tiel. Tijdens de Tour de Tiel spraken we met ongeveer 150 mensen: bij het station en de pont, bij de skatebaan en op de jaarmarkt in Passewaaij.<sup>1</sup>')
  d.raw('<div class="fn"><p><sup>1</sup> Daarna vulden bijna 300 mensen een vragenlijst in en kwamen circa 25 mensen naar een inloopbijeenkomst.</p></div>')
  d.kop(2, '1.3', 'De Maand van de Toekomst')
  d.p('In januari 2023 vroegen we: waar ben je trots op als je aan Tiel denkt, en wat zou Tiel nog mooier, beter of gezonder maken? Dat leverde honderden reacties op.')
  d.kop(2, '1.4', 'Leeswijzer')
  d.p('De hoofdstukken 2 tot en met 5 beschrijven de vier hoofdopgaven.')

  d.kop(1, '2', 'Een levendige binnenstad aan de Waal, met ruimte voor wonen, cultuur en ontmoeting')
  d.p('De binnenstad is het visitekaartje van Tiel: de Waalkade, de Ganzenmarkt en de historische straten.')
  d.kop(2, '2.1', 'Wonen in en rond de binnenstad')
  d.p('Boven winkels en op vrijkomende plekken komen woningen.')
  d.kop(2, '2.2', 'Het Waalfront')
  d.p('Het Waalfront verbindt de stad weer met de rivier.')
  d.kop(2, '2.3', 'Cultuur en evenementen')
  d.p('Het Fruitcorso en de Appelpop horen bij Tiel; er blijft ruimte voor evenementen.')

  d.kop(1, '3', 'Werken in de Betuwe')
  d.p('Tiel ligt op het kruispunt van A15, A2, Waal en Betuwelijn.')
  d.kop(2, '3.1', 'Bedrijventerreinen')
  d.p('We verduurzamen de bestaande terreinen en houden ruimte voor bedrijven uit de regio.')
  d.kop(3, '3.1.1', 'Medel')
  d.p('Regionaal bedrijventerrein voor logistiek en maakindustrie.')
  d.kop(3, '3.1.2', 'Kellen en Latenstein')
  d.p('Herstructurering, met aandacht voor groen en klimaat.')
  d.kop(2, '3.2', 'Fruitteelt en landbouw')
  d.p('De fruitteelt is beeldbepalend voor het landschap rond Tiel.')
  d.table(['Sector', 'Banen 2025', 'Banen 2045'], [
    ['logistiek', '3.400', '3.900'],
    ['zorg en onderwijs', '5.100', '5.800'],
    ['fruitteelt en landbouw', '600', '550'],
  ], 'tbl', ['40%', '30%', '30%'])

  d.kop(1, '4', 'Rivier, landschap en klimaat')
  d.p('Waal en Linge bepalen het landschap. We kiezen voor:')
  d.list(['ruimte voor de rivier in de uiterwaarden;', { text: 'klimaatbestendige wijken, met', sub: ['meer groen in Tiel-West;', 'waterberging in Passewaaij.'] }, 'zon op daken en op bedrijventerreinen.'], streep)
  d.kop(2, '4.1', 'Uiterwaarden')
  d.p('Natuur, recreatie en veiligheid gaan in de uiterwaarden samen.')
  d.kop(2, '4.2', 'De Linge en het komgebied')
  d.p('Het open komgebied blijft open; langs de Linge is ruimte voor wandelen en varen.')
  d.kop(2, '4.3', 'Energie')
  d.p('Tiel is in 2050 energieneutraal.<sup>2</sup>')
  d.raw('<div class="fn"><p><sup>2</sup> De zoekgebieden voor wind en zon komen uit de Regionale Energiestrategie Rivierenland.</p></div>')

  d.kop(1, '5', 'Wijken en dorpen')
  d.p('Elke wijk en elk dorp heeft een eigen karakter. We werken in vier stappen:')
  d.list(['ophalen wat bewoners belangrijk vinden;', 'kiezen wat we koesteren;', 'bepalen waar vernieuwing nodig is;', 'samen uitvoeren.'], hoofdletter)
  d.kop(2, '5.1', 'Passewaaij en Tiel-Oost')
  d.p('Jonge wijken die we op peil houden.')
  d.kop(2, '5.2', 'Kapel-Avezaath, Wadenoijen en Zennewijnen')
  d.p('Dorpen met een eigen gemeenschap, waar kleinschalig bouwen voor de eigen behoefte kan.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.raw(
    '<table class="gio"><colgroup><col style="width:30%"><col style="width:55%"><col style="width:15%"></colgroup><thead>' +
      '<tr><th colspan="2" class="grp">Werkingsgebied</th><th rowspan="2">Opgave</th></tr>' +
      '<tr><th>Naam</th><th>Identificatie</th></tr></thead><tbody>' +
      GIOS.map((g) => `<tr><td>${esc(g.naam)}</td><td>${gidCell(g.identificatie, true)}</td><td>${g.opgave}</td></tr>`).join('') +
      '</tbody></table>',
  )

  const hd = "font: 7pt 'DejaVu Sans'; color: #6B4C9A;"
  const spec: DocSpec = {
    id: 'h94',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Omgevingsvisie Tiel" (waar de gemeente voor staat en welke ambities zij heeft, de richting voor twintig jaar; sturen op de hoofdopgaven en kader voor initiatieven; de startnota Typisch Tiel uit de Tour de Tiel met ongeveer 150 gesprekken, bijna 300 vragenlijsten en een inloopbijeenkomst; de Maand van de Toekomst in januari 2023; de achterhaalde Structuurvisie Tiel 2030 van 17 februari 2010), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: ROYAL octavo (156 × 234 mm) in DejaVu Serif 8,5 pt met DejaVu Sans-koppen, hoofdstukken "1." … "5." in kleinkapitalen, één hoofdstuktitel over TWEE REGELS, paragrafen "1.1" en "3.1.1", kopregel "Tiel 2045 — omgevingsvisie" aan de binnenkant, voettekst "raadsvergadering 29 september 2027 | n" aan de buitenkant, noten onder hun alinea, een lijst "–" en een lijst "A.", een tabel, raadsbesluit met "besluit:" en Artikel 1–6 (Artikel 1 Begripsomschrijvingen met a.–d., Artikel 5 citeertitel, Artikel 6 een datum), visie als "Bijlage 1", GIO-tabel met SAMENGEVOEGDE KOP ("Werkingsgebied" boven Naam en Identificatie, dan Opgave) in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0281',
    naam: 'Gemeente Tiel',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Tiel tot vaststelling van de Omgevingsvisie Tiel 2045',
      artikelen: ['1', '2', '3', '4', '5', '6'],
      inwerkingtreding: '2027-11-01',
    },
    visieOpschrift: 'Omgevingsvisie Tiel 2045',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-tiel-2045', regeling: 'omgevingsvisie-tiel-2045', doel: 'omgevingsvisie-tiel-2045' },
      datums: { vaststelling: '2027-09-29', ondertekening: '2027-09-29', bekendmaking: '2027-10-06', inwerkingtreding: '2027-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0281',
      oin: '00000001000000281000',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [155000, 433000] },
    meubilair: ['^Tiel 2045 — omgevingsvisie$', '^raadsvergadering 29 september 2027 \\| \\d+$'],
    title: 'Omgevingsvisie Tiel 2045',
    css: `
@page { size: 156mm 234mm; margin: 18mm 15mm 17mm 15mm; }
@page visie:left { @top-right { content: "Tiel 2045 — omgevingsvisie"; ${hd} } @bottom-left { content: "raadsvergadering 29 september 2027 | " counter(page); ${hd} } }
@page visie:right { @top-left { content: "Tiel 2045 — omgevingsvisie"; ${hd} } @bottom-right { content: "raadsvergadering 29 september 2027 | " counter(page); ${hd} } }
@page bijl:left { @top-right { content: "Tiel 2045 — omgevingsvisie"; ${hd} } @bottom-left { content: "raadsvergadering 29 september 2027 | " counter(page); ${hd} } }
@page bijl:right { @top-left { content: "Tiel 2045 — omgevingsvisie"; ${hd} } @bottom-right { content: "raadsvergadering 29 september 2027 | " counter(page); ${hd} } }
body { font: 8.5pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 7pt 'DejaVu Sans'; color: #6B4C9A; }
.ttl { font: bold 11pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font: bold 8.5pt 'DejaVu Sans'; margin: 2.5mm 0 0.5mm; }
.def { margin-left: 5mm; text-indent: -5mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t0 { font-size: 7.5pt; color: #666; }
.titel .t1 { font: bold 20pt 'DejaVu Sans'; color: #6B4C9A; margin: 4mm 0 2mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
h1 { font: bold 14pt 'DejaVu Sans'; font-variant: small-caps; color: #6B4C9A; margin: 7mm 0 3mm; break-after: avoid; }
h2 { font: bold 10pt 'DejaVu Sans'; margin: 3.5mm 0 1.2mm; break-after: avoid; }
h3 { font: italic 9pt 'DejaVu Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
sup { font-size: 5.5pt; }
.fn { margin-top: 3mm; border-top: 0.5pt solid #888; width: 30mm; padding-top: 1mm; }
.fn p { width: 120mm; font-size: 6.5pt; }
table.tbl { width: 100%; font: 7.5pt 'DejaVu Sans'; margin: 2mm 0 3mm; }
table.tbl th { background: #E6DDF0; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { font: bold 12pt 'DejaVu Sans'; color: #6B4C9A; }
table.gio { width: 100%; font: 7.5pt 'DejaVu Sans'; }
table.gio th { text-align: left; background: #E6DDF0; padding: 1mm; border: 0.4pt solid #fff; vertical-align: bottom; }
table.gio th.grp { text-align: center; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 6.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
