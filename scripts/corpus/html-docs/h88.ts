/**
 * h88 — gemeente Eemnes (gm0317), holdout (session 11, second set): a small gemeente (about 9.500 inwoners). Content
 * after the gemeente's public pages on the omgevingsvisie (how to make Eemnes a place where it is even better to live;
 * what to keep and what to improve in the dorpscentrum, the woonwijken, the bedrijventerreinen and the buitengebieden;
 * wonen, werken, recreëren, ontmoeten, bereikbaarheid, klimaatadaptatie, energietransitie, milieubelasting, veiligheid
 * en gezondheid, landschap, natuur and cultureel erfgoed; the Verkeersvisie 2035 as a separate onderdeel; the
 * Omgevingstour and the contourendocument based on the Leefomgevingsfoto and the Toekomstvisie; the wethouder: keep and
 * strengthen the relation with the green landscape and the iconic polder, keep growing and building but at a pace that
 * fits Eemnes; the groene buffers between Wakkerendijk/Meentweg and Noordbuurt/Zuidbuurt and the doorzichten), here as
 * a visie of 2027, shortened and partly in our own words. Layout: B5 LANDSCAPE (250 × 176 mm) in DejaVu Sans 8.5 pt;
 * chapters "1 |" … "6 |" (a vertical bar after the number, before the title), sections "1.1", "5.1.1"; header
 * "Omgevingsvisie Eemnes — versie vastgesteld 16 december 2027" at the right, footer "Eemnes · blz. n" at the left;
 * ▪-lists and a list "1)"; a table; raadsbesluit "De raad van de gemeente Eemnes;" with "gelezen", "gelet op",
 * "gezien het aangenomen amendement A1 ‘Groene buffers blijven groen’", "besluit:" and beslispunten 1.–3. (the first
 * adopts the visie "met inachtneming van" the amendement, the second withdraws the Structuurvisie Eemnes 2030, the
 * third names the date), signatures in two columns; visie after a line "Bijlage bij raadsbesluit 2027-084"; GIO table
 * Werkingsgebied | Type | Identificatie in "Bijlage A".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0317', '2027', '2027-12-16', '1')
const GIOS = [
  { ...gio('Gemeente Eemnes', 'gemeente-eemnes', [0, 0], 2.5), type: 'grondgebied' },
  { ...gio('Dorpscentrum Eemnes', 'dorpscentrum-eemnes', [0.3, 0.2], 0.3), type: 'gebied' },
  { ...gio('Bedrijventerrein Zuidpolder', 'bedrijventerrein-zuidpolder', [-1, -1], 0.4), type: 'gebied' },
  { ...gio('Eempolder', 'eempolder', [1.5, 1], 1.2), type: 'landschap' },
  { ...gio('Groene buffers Wakkerendijk en Meentweg', 'groene-buffers', [1, -0.5], 0.5), type: 'landschap' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer} <span class="bar">|</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '▪', font: 'DejaVu Sans' }, { glyph: '–' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Eemnes · raadsbesluit 2027-084</p>
<p class="ttl">Besluit van de raad van de gemeente Eemnes tot vaststelling van de Omgevingsvisie Eemnes</p>
<p>De raad van de gemeente Eemnes;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 2 november 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gezien het aangenomen amendement A1 ‘Groene buffers blijven groen’;</p>
<p class="bs">besluit:</p>
<p class="bp">1. de Omgevingsvisie Eemnes, met inachtneming van amendement A1, vast te stellen zoals opgenomen in de bijlage bij dit besluit;</p>
<p class="bp">2. de Structuurvisie Eemnes 2030 in te trekken;</p>
<p class="bp">3. te bepalen dat dit besluit in werking treedt op 1 februari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 16 december 2027.</p>
${handtekeningen(['de griffier,', 'H. van der Horst'], ['de voorzitter,', 'R.J. Kuijpers'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage bij raadsbesluit 2027-084</p>
<p class="t1">Omgevingsvisie Eemnes</p>
<p class="t2">Groen dorp aan de polder</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'Eemnes in 2040')
  d.p('Hoe kunnen we van Eemnes een plek maken waar het nog prettiger is om te wonen en te leven? In deze visie staat wat we in ons dorpscentrum, onze woonwijken, de bedrijventerreinen en het buitengebied willen behouden, en wat we willen verbeteren of versterken.')
  d.kop(2, '1.1', 'Een dorp aan de polder')
  d.p('We behouden en versterken wat voor Eemnes waardevol is: de relatie met het groene landschap en onze iconische polder. We blijven groeien en bouwen, maar op een tempo dat past bij Eemnes.')
  d.kop(2, '1.2', 'Wat we hoorden')
  d.p('Tijdens de Omgevingstour en online dachten inwoners, ondernemers en organisaties mee. Zij noemden vooral:')
  d.list(['het dorpse karakter;', 'ontmoeten in het centrum;', { text: 'veilig fietsen en lopen, vooral naar', sub: ['school;', 'de sportvelden.'] }], blok)
  d.kop(2, '1.3', 'De Verkeersvisie 2035')
  d.p('De Verkeersvisie 2035 is een apart onderdeel van deze omgevingsvisie en is eerder vastgesteld.')

  d.kop(1, '2', 'Dorpscentrum')
  d.kop(2, '2.1', 'Ontmoeten')
  d.p('Het centrum is de huiskamer van Eemnes: een plek om boodschappen te doen en elkaar te ontmoeten.')
  d.kop(2, '2.2', 'Winkels en voorzieningen')
  d.p('We houden de winkels en voorzieningen bij elkaar rond het plein en maken de openbare ruimte groener.')

  d.kop(1, '3', 'Woonwijken')
  d.kop(2, '3.1', 'Groeien op een passend tempo')
  d.p('Nieuwe woningen bouwen we vooral voor starters en ouderen uit Eemnes zelf.')
  d.table(
    ['Periode', 'Woningen', 'Waarvan betaalbaar'],
    [
      ['2028–2032', '250', '2/3'],
      ['2033–2040', '300', '2/3'],
    ],
    'tbl',
  )
  d.kop(2, '3.2', 'Klimaatadaptatie in de wijk')
  d.p('Regenwater houden we vast in de wijk, in groen en in wadi’s.')
  d.kop(2, '3.3', 'Energietransitie')
  d.p('Wijken gaan stap voor stap van het aardgas af. We beginnen waar de woningen het best geïsoleerd zijn.')

  d.kop(1, '4', 'Bedrijventerreinen')
  d.kop(2, '4.1', 'Ruimte voor lokale bedrijven')
  d.p('Op de bedrijventerreinen is ruimte voor bedrijven uit Eemnes en de regio. Uitbreiding blijft beperkt.')
  d.kop(2, '4.2', 'Milieubelasting')
  d.p('We houden voldoende afstand tussen bedrijven en woningen, voor geluid, geur en veiligheid.')

  d.kop(1, '5', 'Buitengebied')
  d.kop(2, '5.1', 'De Eempolder')
  d.p('De natuurlijke en landschappelijke waarden van de Eempolder blijven behouden. Ontwikkelingen passen zich aan het landschap aan, en niet omgekeerd.')
  d.kop(3, '5.1.1', 'Groene buffers')
  d.p('De groene buffers tussen Wakkerendijk en Meentweg en tussen Noordbuurt en Zuidbuurt blijven onbebouwd.')
  d.kop(3, '5.1.2', 'Doorzichten')
  d.p('De doorzichten vanaf de dijk naar de polder houden we open.')
  d.kop(2, '5.2', 'Natuur en cultureel erfgoed')
  d.p('De boerderijen langs de Wakkerendijk en de Meentweg vertellen de geschiedenis van het dorp. We beschermen ze en geven ze waar nodig een nieuwe functie.')
  d.kop(2, '5.3', 'Recreatie')
  d.p('Wandelen en fietsen in de polder kan zonder de rust te verstoren. We kiezen daarom voor:')
  d.list(['routes langs bestaande paden en dijken;', 'geen verlichting in de polder;', 'kleinschalige voorzieningen bij de boerderijen.'], haak)

  d.kop(1, '6', 'Samen verder')
  d.kop(2, '6.1', 'Het omgevingsplan')
  d.p('De omgevingsvisie is de basis voor het omgevingsplan dat alle bestemmingsplannen van Eemnes vervangt.')
  d.kop(2, '6.2', 'Blijven meedenken')
  d.p('We blijven in gesprek met inwoners, ondernemers en organisaties, en passen de visie aan als dat nodig is.')

  d.page('bijl')
  d.bijlage('A', 'Werkingsgebieden', '<h2 class="bijl">Bijlage A Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Werkingsgebied', 'Type', 'Identificatie'], (g) => [g.naam, g.type, gidCell(g.identificatie)], 'gio', ['34%', '14%', '52%'])

  const hd = "font: 7pt 'DejaVu Sans'; color: #4B7F2A;"
  const furn = `@top-right { content: "Omgevingsvisie Eemnes — versie vastgesteld 16 december 2027"; ${hd} } @bottom-left { content: "Eemnes · blz. " counter(page); ${hd} }`
  const spec: DocSpec = {
    id: 'h88',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina’s van de gemeente Eemnes over de omgevingsvisie (een plek waar het nog prettiger is om te wonen en te leven; dorpscentrum, woonwijken, bedrijventerreinen en buitengebied; wonen, werken, recreëren, ontmoeten, bereikbaarheid, klimaatadaptatie, energietransitie, milieubelasting, veiligheid en gezondheid, landschap, natuur en cultureel erfgoed; de Verkeersvisie 2035 als apart onderdeel; de Omgevingstour; de relatie met het groene landschap en de iconische polder, groeien op een tempo dat past bij Eemnes; groene buffers en doorzichten), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: B5 LIGGEND (250 × 176 mm) in DejaVu Sans 8,5 pt, hoofdstukken "1 |" … "6 |" (verticale streep na het nummer), paragrafen "1.1" en "5.1.1", kopregel "Omgevingsvisie Eemnes — versie vastgesteld 16 december 2027", voettekst "Eemnes · blz. n", ▪-lijsten en een lijst "1)", een tabel, raadsbesluit met "gezien het aangenomen amendement A1", "besluit:" en beslispunten 1.–3. (vaststelling met inachtneming van het amendement, intrekking Structuurvisie Eemnes 2030, inwerkingtreding op een datum), handtekeningen in twee kolommen, visie na "Bijlage bij raadsbesluit 2027-084", GIO-tabel Werkingsgebied | Type | Identificatie in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0317',
    naam: 'Gemeente Eemnes',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Eemnes tot vaststelling van de Omgevingsvisie Eemnes',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Eemnes',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-eemnes', regeling: 'omgevingsvisie-eemnes', doel: 'omgevingsvisie-eemnes' },
      datums: { vaststelling: '2027-12-16', ondertekening: '2027-12-16', bekendmaking: '2027-12-28', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0317',
      oin: '00000001000000317000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [145000, 472000] },
    meubilair: ['^Omgevingsvisie Eemnes — versie vastgesteld 16 december 2027$', '^Eemnes · blz\\. \\d+$'],
    title: 'Omgevingsvisie Eemnes',
    css: `
@page { size: 250mm 176mm; margin: 15mm 18mm 14mm 18mm; }
@page visie { ${furn} }
@page bijl { ${furn} }
body { font: 8.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font-size: 7.5pt; color: #4B7F2A; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.bp { margin-left: 6mm; text-indent: -6mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { break-after: page; }
.titel { padding-top: 45mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #4B7F2A; margin: 4mm 0 2mm; }
.titel .t2 { font: 14pt 'DejaVu Serif'; }
h1 { font: bold 16pt 'DejaVu Sans'; color: #4B7F2A; margin: 5mm 0 3mm; break-after: avoid; }
h1 .bar { color: #A8C98F; font-weight: normal; }
h2 { font: bold 10pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h3 { font: italic 9pt 'DejaVu Sans'; margin: 2mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 60%; margin: 1mm 0 3mm; font-size: 8pt; border-collapse: collapse; }
table.tbl th { background: #e3efd9; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { font: bold 13pt 'DejaVu Sans'; color: #4B7F2A; }
table.gio { width: 100%; font-size: 8pt; border-collapse: collapse; }
table.gio th { text-align: left; border-bottom: 1pt solid #4B7F2A; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
