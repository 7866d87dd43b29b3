/**
 * h76 — gemeente Blaricum (gm0376), holdout (end of session 10): a small gemeente (about 12.000 inwoners) in ’t Gooi.
 * Content after the gemeente's public pages on its omgevingsvisie (made with inwoners, verenigingen, organisaties
 * and bedrijven in 2023 and 2024; how the dorpscentrum, woonwijken, bedrijventerreinen and buitengebieden should look
 * in the future; the questions "Hoe behouden we de dorpse sfeer?", "Hoe houden we ons dorpscentrum leefbaar?", "Hoe
 * zorgen we voor minder overlast van verkeer?", "Waar kunnen we inzetten op collectief wonen?", "Hoe houden we onze
 * wijken mooi groen?", "Wat is de toekomst van ons prachtige buitengebied?") and on its strategische visie
 * "Blaricum, authentiek dorp in ’t Gooi" (the kernwaarden groen, vrijheid, rust and authentiek; Blaricum in 2030
 * "dorps en kleinschalig", "groen en blauw", "sociaal en vrij", "levendig en vitaal"; the Blaricummermeent as new
 * wijk), here as a visie of 2027, shortened and partly in our own words. Layout: 16 × 24 cm pages in DejaVu Serif
 * 9 pt; chapters "1." with the title on the same line, sections with a LETTER AFTER THE CHAPTER NUMBER ("1a", "1b"),
 * one section title that wraps over two lines; the six questions in a TWO-COLUMN block; a footer "Blaricum,
 * authentiek dorp in ’t Gooi · n" centred and no header; a note at the page foot; ○-lists; a table; raadsbesluit
 * with "De raad der gemeente Blaricum;", "gelet op", "b e s l u i t :", beslispunten "1." and "2." on their own lines
 * above the text (the second naming the date of inwerkingtreding), signatures side by side; visie as "bijlage";
 * GIO table Kaart | Naam | Identificatie with a "kaart n" column first.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0376', '2027', '2027-11-30', '1')
const GIOS = [
  gio('Gemeente Blaricum', 'gemeente-blaricum', [0, 0], 3),
  gio('Dorpscentrum Blaricum', 'dorpscentrum-blaricum', [0, 0.5], 0.4),
  gio('Blaricummermeent', 'blaricummermeent', [2, 1.5], 0.8),
  gio('Buitengebied Blaricummer Eng en Tafelbergheide', 'buitengebied-eng-tafelbergheide', [-1, -1.5], 1),
  gio('Oever Gooimeer', 'oever-gooimeer', [2.5, 3], 0.6),
]

const LANG = 'Bouwen voor starters, ouderen en voor collectieve woonvormen in het hele dorp'
const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1><span class="n">${k.nummer}.</span> ${k.opschrift}</h1>` : `<h2><span class="n">${k.nummer}</span><span class="t">${k.opschrift}</span></h2>`
const rond: Marker[] = [{ glyph: '○', font: 'DejaVu Sans' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Blaricum — raadsbesluit</p>
<p class="ttl">Besluit van de raad der gemeente Blaricum tot vaststelling van de Omgevingsvisie Blaricum 2040</p>
<p>De raad der gemeente Blaricum;</p>
<p>gelet op het voorstel van het college van burgemeester en wethouders van 12 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet;</p>
<p>overwegende dat de omgevingsvisie is opgesteld samen met inwoners, verenigingen, organisaties en bedrijven en voortbouwt op de strategische visie ‘Blaricum, authentiek dorp in ’t Gooi’;</p>
<p class="bs">b e s l u i t :</p>
<p class="bp">1.</p>
<p>vast te stellen de Omgevingsvisie Blaricum 2040, zoals opgenomen in de bijlage bij dit besluit;</p>
<p class="bp">2.</p>
<p>te bepalen dat dit besluit in werking treedt op 1 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 30 november 2027.</p>
${handtekeningen(['de voorzitter,', 'R. Wiertz'], ['de griffier,', 'mr. L. Broekhuizen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">bijlage bij het raadsbesluit van 30 november 2027</p>
<p class="t1">Omgevingsvisie Blaricum 2040</p>
<p class="t2">authentiek dorp in ’t Gooi</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Waarom een omgevingsvisie')
  d.p('Met de omgevingsvisie stellen we vast hoe ons dorpscentrum, onze woonwijken, de bedrijventerreinen en de buitengebieden er in de toekomst uit moeten zien. Met deze blik vooruit maken we plannen en nodigen we anderen uit om zelf met goede initiatieven te komen.')
  d.kop(2, '1a', 'De vragen van deze visie')
  d.p('In 2023 en 2024 hebben we samen met inwoners, verenigingen, organisaties en bedrijven gezocht naar antwoorden op deze vragen:')
  d.list(['Hoe behouden we de dorpse sfeer?', 'Hoe houden we ons dorpscentrum leefbaar?', 'Hoe zorgen we voor minder overlast van verkeer?', 'Waar kunnen we inzetten op collectief wonen?', 'Hoe houden we onze wijken mooi groen?', 'Wat is de toekomst van ons prachtige buitengebied?'], rond, 'lst kol2')
  d.kop(2, '1b', 'Voortbouwen op de strategische visie')
  d.p('De strategische visie ‘Blaricum, authentiek dorp in ’t Gooi’ beschrijft wat voor een dorp Blaricum is en wat inwoners belangrijk vinden. Die visie is het vertrekpunt van deze omgevingsvisie.')

  d.kop(1, '2', 'Het karakter van Blaricum')
  d.p('De identiteit van Blaricum is samen te vatten in vier kernbegrippen: groen, vrijheid, rust en authentiek.')
  d.kop(2, '2a', 'Dorps en kleinschalig')
  d.p('Het dorpse, kleinschalige karakter met de ruime opzet en de karakteristieke landelijke architectuur is belangrijk. Hoogbouw past daar niet bij.')
  d.kop(2, '2b', 'Groen en blauw')
  d.p('De natuur en het water vormen de belangrijkste kernwaarden voor de kwaliteit van wonen en leven. De Blaricummer Eng, de Tafelbergheide en het Gooimeer koesteren we.')
  d.kop(2, '2c', 'Sociaal, levendig en vitaal')
  d.p('Blaricum is een levendig, maar niet te druk dorp, met een goed sociaal en cultureel klimaat. Het is zaak die balans te bewaren.')

  d.kop(1, '3', 'Wonen en het dorpscentrum')
  d.kop(2, '3a', LANG)
  d.p('We bouwen vooral voor wie nu moeilijk een woning vindt in Blaricum:')
  d.list(['starters en jonge gezinnen;', { text: 'ouderen die kleiner willen wonen, met:', sub: ['woningen dicht bij het dorpscentrum;', 'collectieve woonvormen met gedeelde voorzieningen.'] }, 'mensen die zorg nodig hebben.'], rond)
  d.kop(2, '3b', 'Het dorpscentrum')
  d.p('Het dorpscentrum blijft de plek van ontmoeting. We verminderen de overlast van doorgaand en zoekend verkeer en geven voetgangers meer ruimte.')
  d.table(['Deelgebied', 'Karakter', 'Wat we doen'], [['Dorpscentrum', 'historisch, kleinschalig', 'verkeersluw maken'], ['Bijvanck', 'jaren zeventig, groen', 'woningen verduurzamen'], ['Blaricummermeent', 'nieuw, aan het water', 'afronden, voorzieningen']], 'tbl t')

  d.kop(1, '4', 'Buitengebied, klimaat en energie')
  d.kop(2, '4a', 'Het buitengebied')
  d.p('Het open buitengebied blijft open. Agrarisch gebruik, natuur en extensieve recreatie gaan samen.')
  d.kop(2, '4b', 'Klimaat en energie')
  d.p('We vangen regenwater op waar het valt en verduurzamen woningen en gebouwen. Zonnevelden passen niet in het open landschap van de Eng.<sup>1</sup>')
  d.raw('<div class="noot"><p><sup>1</sup> Zie ook de Regionale Energiestrategie Noord-Holland Zuid.</p></div>')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Werkingsgebieden van de omgevingsvisie</h2>')
  d.gioTabelRows(GIOS, ['Kaart', 'Naam', 'Identificatie'], (g, i) => [`kaart ${i + 1}`, g.naam, gidCell(g.identificatie, true)], 'gio', ['13%', '32%', '55%'])

  const ft = "font: 7pt 'DejaVu Sans'; color: #7a5c2e;"
  const spec: DocSpec = {
    id: 'h76',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Blaricum over de omgevingsvisie (gemaakt in 2023 en 2024 met inwoners, verenigingen, organisaties en bedrijven; dorpscentrum, woonwijken, bedrijventerreinen en buitengebieden; de vragen over dorpse sfeer, leefbaar dorpscentrum, verkeersoverlast, collectief wonen, groene wijken en het buitengebied) en over de strategische visie "Blaricum, authentiek dorp in ’t Gooi" (groen, vrijheid, rust en authentiek; dorps en kleinschalig, groen en blauw, sociaal en vrij, levendig en vitaal; Blaricummermeent), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: pagina\'s van 16 × 24 cm in DejaVu Serif 9 pt, hoofdstukken "1." met de titel op dezelfde regel, paragrafen met een letter na het hoofdstuknummer ("1a", "1b"), een paragraaftitel over twee regels, de zes vragen in een tweekolomsblok, gecentreerde voettekst "Blaricum, authentiek dorp in ’t Gooi · n" zonder kopregel, een noot onder aan de pagina, ○-lijsten, een tabel, raadsbesluit met "De raad der gemeente Blaricum;", "gelet op", "b e s l u i t :", beslispunten "1." en "2." op eigen regels boven de tekst (inwerkingtreding op een datum), handtekeningen naast elkaar, visie als "bijlage", GIO-tabel Kaart | Naam | Identificatie (holdout)',
    bevoegdGezag: 'gm0376',
    naam: 'Gemeente Blaricum',
    besluit: {
      opschrift: 'Besluit van de raad der gemeente Blaricum tot vaststelling van de Omgevingsvisie Blaricum 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Blaricum 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-blaricum-2040', regeling: 'omgevingsvisie-blaricum-2040', doel: 'omgevingsvisie-blaricum-2040' },
      datums: { vaststelling: '2027-11-30', ondertekening: '2027-11-30', bekendmaking: '2027-12-14', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0376',
      oin: '00000001000000376000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [146000, 474000] },
    meubilair: ['^Blaricum, authentiek dorp in ’t Gooi · \\d+$'],
    title: 'Omgevingsvisie Blaricum 2040',
    css: `
@page { size: 160mm 240mm; margin: 16mm 15mm 18mm 17mm; }
@page std { @bottom-center { content: "Blaricum, authentiek dorp in ’t Gooi · " counter(page); ${ft} } }
@page bijl { @bottom-center { content: "Blaricum, authentiek dorp in ’t Gooi · " counter(page); ${ft} } }
body { font: 9pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 8pt 'DejaVu Sans'; color: #7a5c2e; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.bp { font-weight: bold; margin: 2.5mm 0 0.5mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; text-align: center; }
.titel .t0 { font: italic 8.5pt 'DejaVu Serif'; color: #666; }
.titel .t1 { font: bold 20pt 'DejaVu Sans'; color: #7a5c2e; margin: 4mm 0 2mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
h1 { font: bold 14pt 'DejaVu Sans'; color: #7a5c2e; margin: 8mm 0 3mm; break-after: avoid; }
h2 { display: flex; align-items: baseline; font: bold 10pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
h2 .n { flex: 0 0 9mm; color: #7a5c2e; }
h2 .t { flex: 1 1 auto; }
div.lst { margin: 0 0 2.5mm 2mm; }
div.kol2 { columns: 2; column-gap: 6mm; }
div.kol2 .li { break-inside: avoid; }
.li .m { color: #7a5c2e; }
table.t { width: 100%; margin: 1mm 0 3mm; font-size: 8pt; }
table.t th { border-bottom: 1pt solid #7a5c2e; padding: 0.8mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm; }
.noot { border-top: 0.5pt solid #999; margin-top: 8mm; padding-top: 1mm; font-size: 7.5pt; width: 60%; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { display: block; font: bold 12pt 'DejaVu Sans'; color: #7a5c2e; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #7a5c2e; padding: 1mm; }
table.gio td { padding: 1.3mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
