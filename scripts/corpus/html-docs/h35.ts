/**
 * h35 — Waterschap Vallei en Veluwe (ws0662), holdout (session 7). Content after the waterschap's Langetermijnvisie
 * and Waterbeheerprogramma "Partnerschap als watermerk" (veilig, voldoende en schoon water, de afvalwaterketen, de
 * Deltabeslissingen, werken met partners in de netwerksamenleving), shortened and in our own words. Layout: A5
 * booklet pages, chapters "Hoofdstuk 1 – Titel", sections "§ 1.1 Titel" with the section number standing in the left
 * margin (the text column is indented; the numbers hang in the indent), numbered list items that look like headings ("1. Veilig"), nested lists a) with i.) items (one item interrupted by
 * a page break), footer "- n -"
 * centred, header with the waterschap's name on even pages and the visie's name on odd pages, a besluit of the
 * algemeen bestuur with "Besluit:", Artikel I–II and "met ingang van 1 juli 2027", no Bijlage line before the visie,
 * and a GIO table of a single object.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('ws0662', '2027', '2027-06-24', '1', 'h35')
const GIOS: Gio[] = [gio('Beheergebied Waterschap Vallei en Veluwe', [0, 0], 20)]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Hoofdstuk ${k.nummer} – ${k.opschrift}</h1>`
    : `<h2><span class="mn">§ ${k.nummer}</span>${k.opschrift}</h2>`
const abc: Marker[] = [{ counter: 'a', suffix: ')' }, { counter: 'i', suffix: '.)' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const streep: Marker[] = [{ glyph: '—' }]

const H: Array<[string, string, Array<[string, string]>]> = [
  ['1', 'Waarom een omgevingsvisie', [['1.1', 'Onze taken'], ['1.2', 'Het beheergebied'], ['1.3', 'Relatie met het waterbeheerprogramma']]],
  ['2', 'Ons water in 2050', [['2.1', 'Veilig wonen achter de dijken'], ['2.2', 'Voldoende water'], ['2.3', 'Schoon en gezond water']]],
  ['3', 'De afvalwaterketen', [['3.1', 'Zuiveren als grondstoffenfabriek'], ['3.2', 'Samen met de gemeenten']]],
  ['4', 'Werken met partners', [['4.1', 'Rollen van het waterschap'], ['4.2', 'Meedoen en meedenken']]],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Waterschap Vallei en Veluwe</p>
<p class="meta">Algemeen bestuur · vergadering 23 juni 2027 · nr. AB-2027-044</p>
<p class="ttl">Besluit van het algemeen bestuur van Waterschap Vallei en Veluwe tot vaststelling van de Omgevingsvisie Vallei en Veluwe 2050</p>
<p>Het algemeen bestuur van Waterschap Vallei en Veluwe;</p>
<p>gezien het voorstel van het dagelijks bestuur van 16 mei 2027;</p>
<p>overwegende dat het waterschap zijn langetermijnvisie wil vastleggen in een omgevingsvisie als bedoeld in artikel 3.1 van de Omgevingswet, en dat de ontwerpvisie van 1 maart tot en met 12 april 2027 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, vierde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Vallei en Veluwe 2050 wordt vastgesteld, met het geometrische informatieobject dat het beheergebied aangeeft.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking met ingang van 1 juli 2027.</p>
<p>Apeldoorn, 23 juni 2027</p>
<p>Het algemeen bestuur voornoemd,</p>
${handtekeningen(['de secretaris-directeur,', 'ir. J.H. Wiggers'], ['de dijkgraaf,', 'drs. R.G. Otter'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie<br>Vallei en Veluwe 2050</p>
<p class="t2">Partnerschap als watermerk</p>
</div>`)
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '1': () => d.p('Water houdt zich niet aan grenzen. Wat wij doen in de Gelderse Vallei heeft gevolgen voor de Veluwe en de IJssel, en omgekeerd. In deze visie beschrijven wij hoe het waterschap tot 2050 wil werken aan veilig, voldoende en schoon water.'),
    '1.1': () => {
      d.p('Het waterschap heeft drie kerntaken. Wij zetten ze hier onder elkaar, omdat de hele visie erop is gebouwd:')
      d.list(
        [
          'Veilig. Wij beschermen de inwoners tegen overstromingen van de IJssel, de Nederrijn en het Eemmeer.',
          'Voldoende. Wij zorgen voor de juiste hoeveelheid water in sloten, beken en de bodem.',
          'Schoon. Wij zuiveren het afvalwater van ruim een miljoen inwoners en bewaken de kwaliteit van het oppervlaktewater.',
        ],
        num,
        'lst kern',
      )
    },
    '1.2': () => d.p('Het beheergebied loopt van de Veluwe tot de Gelderse Vallei en van de randmeren tot de Nederrijn. Het telt ruim een miljoen inwoners in 25 gemeenten in Gelderland, Utrecht en Flevoland.'),
    '1.3': () => d.p('Het waterbeheerprogramma werkt deze visie uit voor zes jaar.'),
    '2': () => d.p('In 2050 is het klimaat warmer en grilliger. De zeespiegel stijgt, de rivieren voeren vaker veel water af en droge zomers komen vaker voor. Onze visie daarop volgt de Deltabeslissingen.'),
    '2.1': () => {
      d.p('De dijken langs de IJssel en de Nederrijn voldoen in 2050 aan de nieuwe normen. Bij het versterken van een dijk kijken wij naar:')
      d.list(
        [
          { text: 'de ruimte die de dijk nodig heeft, nu en bij de volgende versterking, en de gevolgen daarvan voor de woningen, erven en wegen die op of direct achter de dijk liggen; wij bespreken die gevolgen vroeg met de bewoners en met de gemeente,', sub: ['in de breedte;', 'in de hoogte.'] },
          'de kansen voor natuur en recreatie op en langs de dijk;',
          { text: 'de cultuurhistorie van het rivierlandschap.', sub: ['oude dijkhuizen en kolken;'] },
        ],
        abc,
      )
    },
    '2.2': () => d.p('Op de hoge zandgronden van de Veluwe en de Vallei houden wij regenwater langer vast. Wij verhogen waar het kan de grondwaterstand en geven beken de ruimte om te meanderen. In natte perioden bergen wij water in de beekdalen.'),
    '2.3': () => {
      d.p('Het water in onze beken en sloten moet schoner. Wij werken aan de doelen van de Kaderrichtlijn Water met:')
      d.list(['minder meststoffen en bestrijdingsmiddelen in het water;', 'vispassages bij stuwen en gemalen;', 'natuurvriendelijke oevers.'], streep)
    },
    '3': () => d.p('In onze rioolwaterzuiveringen komt het afvalwater van huishoudens en bedrijven samen. Wij zien afvalwater als een bron van energie en grondstoffen.'),
    '3.1': () => d.p('De zuivering in Apeldoorn wekt al meer energie op dan zij verbruikt. In 2050 halen wij fosfaat, cellulose en warmte uit het afvalwater van alle zuiveringen.'),
    '3.2': () => d.p('Gemeenten zijn verantwoordelijk voor het riool, wij voor de zuivering. Samen houden wij het regenwater zoveel mogelijk uit het riool.'),
    '4': () => d.p('Wij leven in een netwerksamenleving. Inwoners, bedrijven en organisaties willen meedenken en meedoen. Dat vraagt een open houding van het waterschap.'),
    '4.1': () => d.p('Soms voeren wij zelf uit, soms werken wij samen en soms faciliteren wij het initiatief van een ander. Per opgave kiezen wij de rol die past.'),
    '4.2': () => d.p('Wij bespreken onze plannen vroeg met de omgeving. Jaarlijks bespreken wij met onze partners welke projecten wij samen oppakken.'),
  }
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st] of secs) {
      d.kop(2, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('A', 'Werkingsgebied', '<h1 class="bijl">Bijlage A – Werkingsgebied</h1><p>Deze visie geldt voor het hele beheergebied van het waterschap:</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'], true)

  const hf = "font: 7pt 'DejaVu Sans Light'; color: #00627a;"
  const spec: DocSpec = {
    id: 'h35',
    set: 'dev',
    bron: 'Bewerkt naar de Langetermijnvisie en het Waterbeheerprogramma "Partnerschap als watermerk" van Waterschap Vallei en Veluwe (veilig, voldoende en schoon water, afvalwaterketen, Deltabeslissingen, netwerksamenleving), ingekort en in eigen woorden; eigen opmaak: A5-boekjespagina\'s, DejaVu Serif 9 pt met DejaVu Sans Light-koppen in zeeblauw, hoofdstukken "Hoofdstuk 1 – Titel", paragrafen "§ 1.1 Titel" met het nummer in de linkermarge, genummerde lijstitems die op koppen lijken, lijsten a) met i.)-items (één item door een paginawissel onderbroken), voettekst "- n -" gecentreerd, kopregel wisselend waterschap (even) en visienaam (oneven), besluit van het algemeen bestuur met "Besluit:", Artikel I–II en "met ingang van 1 juli 2027", geen Bijlage-regel voor de visie, GIO-tabel van één object (holdout)',
    bevoegdGezag: 'ws0662',
    naam: 'Waterschap Vallei en Veluwe',
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Vallei en Veluwe tot vaststelling van de Omgevingsvisie Vallei en Veluwe 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Vallei en Veluwe 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-vallei-en-veluwe-2050', regeling: 'omgevingsvisie-vallei-en-veluwe-2050', doel: 'omgevingsvisie-vallei-en-veluwe-2050' },
      datums: { vaststelling: '2027-06-23', ondertekening: '2027-06-24', bekendmaking: '2027-06-28', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
      ambtsgebied: 'WS0662',
      oin: '00000001822477348000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [180000, 465000] },
    meubilair: ['^- \\d+ -$', '^Waterschap Vallei en Veluwe · omgevingsvisie$', '^Partnerschap als watermerk · 2050$'],
    title: 'Omgevingsvisie Vallei en Veluwe 2050',
    css: `
@page { size: A5; margin: 16mm 14mm 16mm 8mm; }
@page std:left { @top-left { content: "Waterschap Vallei en Veluwe · omgevingsvisie"; ${hf} } @bottom-center { content: "- " counter(page) " -"; ${hf} } }
@page std:right { @top-right { content: "Partnerschap als watermerk · 2050"; ${hf} } @bottom-center { content: "- " counter(page) " -"; ${hf} } }
@page bijl { @bottom-center { content: "- " counter(page) " -"; ${hf} } }
body { font: 9pt/1.4 'DejaVu Serif', serif; color: #1a1a1a; }
.pg { padding-left: 16mm; }
p { margin: 0 0 1.8mm; }
.org { font: 13pt 'DejaVu Sans Light'; color: #00627a; margin-bottom: 1mm; }
.meta { font: 7pt 'DejaVu Sans Light'; color: #555; margin-bottom: 5mm; }
.ttl { font: bold 10.5pt 'DejaVu Sans'; margin-bottom: 4mm; }
.bs { font-weight: bold; margin: 3mm 0 1.5mm; }
.art { font: bold 9pt 'DejaVu Sans'; margin: 2.5mm 0 0.5mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { break-after: page; }
.titel { padding-top: 45mm; break-after: page; }
.titel .t1 { font: 22pt/1.15 'DejaVu Sans Light'; color: #00627a; }
.titel .t2 { font: italic 11pt 'DejaVu Serif'; margin-top: 4mm; }
h1 { font: 14pt 'DejaVu Sans Light'; color: #00627a; border-bottom: 0.6pt solid #00627a; padding-bottom: 1.5mm; margin: 7mm 0 3mm; break-after: avoid; }
h1:first-child { margin-top: 0; }
h2 { font: bold 9.5pt 'DejaVu Sans'; margin: 4mm 0 1mm -16mm; break-after: avoid; display: flex; }
h2 .mn { flex: 0 0 16mm; font-weight: normal; color: #00627a; }
.lst { margin: 0 0 2mm 0; }
.li .row { display: block; padding-left: 7mm; text-indent: -7mm; orphans: 2; widows: 2; }
.li .m { display: inline-block; min-width: 7mm; padding-right: 0; text-indent: 0; }
.lst.kern .li { margin-bottom: 1.5mm; }
.lst.kern .m { font: bold 9.5pt 'DejaVu Sans'; color: #00627a; }
h1.bijl { border: 0; }
table.gio { width: 100%; font-size: 8pt; table-layout: fixed; }
table.gio th { text-align: left; border-bottom: 0.8pt solid #00627a; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; }
table.gio .gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
