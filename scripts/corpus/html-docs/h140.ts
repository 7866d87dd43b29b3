/**
 * h140 — gemeente Den Helder (gm0400), holdout (session 12): the naval and harbour town at the tip of Noord-Holland,
 * about 56.000 inwoners, with Julianadorp, Huisduinen, De Kooy, the Marinehaven, Willemsoord, the Stelling Den
 * Helder, the dunes and the Wadden. Content after the public texts of Den Helder on its omgevingsvisie "Koers op
 * een sterke thuishaven" (2023: the hoofdlijnen and toekomstrichting for beheer, gebruik en ontwikkeling of the
 * fysieke leefomgeving; ten uitgangspunten such as "Den Helder ontwikkelt zich als aantrekkelijke gemeente voor
 * bewoners, ondernemers en bezoekers"; the start in Huisduinen in 2017, the deelvisie Julianadorp, cooperation
 * with the Rijk, Provincie Noord-Holland and Hoogheemraadschap Hollands Noorderkwartier; the older Structuurvisie
 * Den Helder 2025 with its bewoners-, maritiem and bezoekersdomein), shortened and partly in our own words.
 * Layout: A4 LANDSCAPE in Liberation Sans 10 pt, text in a column of 170 mm; chapters "1" … "7" with the number
 * in a coloured box, sections "1.1", a third level "6.2.1"; no table of contents; header "Koers op een sterke
 * thuishaven" left and "Omgevingsvisie Den Helder" right, footer "– n –" centred; lists "•" with "–" and "1."; a
 * table; raadsbesluit with a considerans "Overwegende," and lettered paragraphs "a." … "d.", "gelet op:" with a
 * dashed list, "besluit:" with Artikel I–III; GIO list in "Bijlage 2" as a BULLETED LIST "• Naam: identificatie",
 * the identifiers BROKEN AFTER "@" in a narrow column.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0400/2027/${slug}/nld@2027-07-08;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Den Helder', 'gemeente-den-helder', [0, 0], 8),
  gio('Stad binnen de Linie', 'stad-binnen-de-linie', [1, 2], 1.2),
  gio('Zeehaven en Marinehaven', 'zeehaven-en-marinehaven', [2, 3], 1.5),
  gio('Kustzone Huisduinen – Julianadorp aan Zee', 'kustzone-huisduinen-julianadorp', [-2, -3], 2.5),
  gio('Zoekgebied woningbouw Julianadorp-Oost', 'zoekgebied-woningbouw-julianadorp-oost', [2, -6], 1.2),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Den Helder maken we samen'],
  [2, '1.3', 'Status en doorwerking'],
  [1, '2', 'Koers op 2040'],
  [2, '2.1', 'Den Helder in 2040'],
  [2, '2.2', 'Tien uitgangspunten'],
  [1, '3', 'Thuishaven: wonen en leven'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Voorzieningen en gezondheid'],
  [1, '4', 'Werkhaven: economie'],
  [2, '4.1', 'Haven en maritieme sector'],
  [2, '4.2', 'Luchthaven De Kooy en bedrijventerreinen'],
  [1, '5', 'Vrijetijdshaven: kust en erfgoed'],
  [2, '5.1', 'Kust en strand'],
  [2, '5.2', 'Stelling Den Helder en Willemsoord'],
  [1, '6', 'Natuur, klimaat en energie'],
  [2, '6.1', 'Natuur en landschap'],
  [2, '6.2', 'Klimaat en water'],
  [3, '6.2.1', 'Zeespiegelstijging'],
  [3, '6.2.2', 'Hittestress en wateroverlast'],
  [2, '6.3', 'Energietransitie'],
  [1, '7', 'Uitvoering'],
  [2, '7.1', 'Instrumenten'],
  [2, '7.2', 'Monitoring'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Den Helder · Raadsbesluit RV27.0061</p>
<p class="ttl">Besluit van de raad van de gemeente Den Helder tot vaststelling van de Omgevingsvisie Den Helder “Koers op een sterke thuishaven”</p>
<p>De raad van de gemeente Den Helder;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 6 juni 2027, nr. RV27.0061;</p>
<p>Overwegende,</p>
<p class="lt"><span>a.</span> dat de gemeenteraad op grond van de Omgevingswet een omgevingsvisie vaststelt voor het gehele grondgebied van de gemeente;</p>
<p class="lt"><span>b.</span> dat de visie in gesprek met inwoners, ondernemers en organisaties in de wijken en kernen tot stand is gekomen;</p>
<p class="lt"><span>c.</span> dat de ontwerp-omgevingsvisie met het milieueffectrapport ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij dit besluit;</p>
<p class="lt"><span>d.</span> dat de Commissie voor de milieueffectrapportage over het milieueffectrapport heeft geadviseerd;</p>
<p>gelet op:</p>
<p class="gl">– artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="gl">– artikel 16.27 van de Omgevingswet;</p>
<p class="gl">– de Participatieverordening Den Helder;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Den Helder “Koers op een sterke thuishaven” vast te stellen, zoals opgenomen in bijlage 1, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel II</p>
<p>De Structuurvisie Den Helder 2025 in te trekken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 oktober 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Den Helder op 8 juli 2027.</p>
${handtekeningen(['de griffier,', 'mr. R.M. de Jong'], ['de voorzitter,', 'J.A. Blom'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit RV27.0061</p>
<p class="t1">Koers op een sterke thuishaven</p>
<p class="t2">Omgevingsvisie Den Helder</p>
</div>`)

  d.enter('visie')
  d.page('std')
  k('1')
  d.p('De komende jaren staat Den Helder voor een aantal grote uitdagingen. Hoe kunnen we de gemeente zo inrichten en gebruiken dat we ook in de toekomst fijn kunnen wonen, voldoende kansen hebben op werk en kunnen genieten van onze bijzondere natuur en het mooie landschap?')
  k('1.1')
  d.p('Deze omgevingsvisie beschrijft de hoofdlijnen en de toekomstrichting voor het beheer, het gebruik en de ontwikkeling van de fysieke leefomgeving in de gemeente Den Helder. Zij vervangt de Structuurvisie Den Helder 2025.')
  k('1.2')
  d.p('Een toekomstvisie wordt niet gemaakt achter een bureau op het stadhuis. Wij zijn de wijken en kernen ingegaan, te beginnen in 2017 in Huisduinen, en hebben gesprekken gevoerd met:')
  d.list(['inwoners en wijkplatforms;', 'ondernemers en de Port of Den Helder;', { text: 'andere overheden:', sub: ['het Rijk en Defensie;', 'de Provincie Noord-Holland;', 'het Hoogheemraadschap Hollands Noorderkwartier.'] }], punt)
  k('1.3')
  d.p('De visie bindt alleen de gemeente zelf. Zij werkt door in het omgevingsplan, in programma’s en in de afweging van initiatieven.')
  k('2')
  k('2.1')
  d.p('In 2040 is Den Helder een sterke thuishaven: een stad aan zee met een maritiem hart, goede woningen voor jong en oud, en natuur en strand om de hoek.')
  k('2.2')
  d.p('Onze koers rust op tien uitgangspunten. Den Helder:')
  d.list([
    'ontwikkelt zich als aantrekkelijke gemeente voor bewoners, ondernemers en bezoekers;',
    'bouwt eerst binnen de bestaande stad;',
    'versterkt de binnenstad en Willemsoord;',
    'geeft ruimte aan de haven en de maritieme sector;',
    'koestert de Stelling Den Helder en ander erfgoed;',
    'beschermt duinen, strand en Wadden;',
    'wordt klimaatbestendig;',
    'wekt duurzame energie op waar het landschap dat draagt;',
    'is goed bereikbaar over weg, spoor en water;',
    'werkt samen met inwoners en partners.',
  ], nummer)
  k('3')
  k('3.1')
  d.p('Wij bouwen tot 2040 ruim 4.000 woningen. De verdeling over de gebieden is als volgt:')
  d.table(['Gebied', 'Woningen tot 2030', 'Woningen 2030–2040', 'Accent'], [
    ['Stad binnen de Linie', '900', '600', 'transformatie, binnenstad'],
    ['Den Helder-Zuid', '500', '400', 'herstructurering'],
    ['Julianadorp', '700', '600', 'uitbreiding Julianadorp-Oost'],
    ['Huisduinen', '40', '20', 'eigen behoefte'],
  ], 'tbl', ['30%', '20%', '20%', '30%'])
  k('3.2')
  d.p('Voorzieningen bundelen wij in de binnenstad, in Julianadorp en in de wijkcentra. Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten.')
  k('4')
  k('4.1')
  d.p('De haven is de economische motor van Den Helder. Wij geven ruimte aan de Marine, de offshore en de visserij, en verbinden haven en stad.')
  k('4.2')
  d.p('De luchthaven De Kooy en de bedrijventerreinen Kooypunt en Oostoever bieden ruimte aan maritieme en luchtvaartgebonden bedrijven.')
  k('5')
  k('5.1')
  d.p('Het strand van Huisduinen tot Julianadorp aan Zee is een van de breedste van Noord-Holland. Wij kiezen voor rust en natuur in het noorden en voor verblijf bij Julianadorp aan Zee.')
  k('5.2')
  d.p('De forten, dijken en linies van de Stelling Den Helder maken wij beleefbaar. Willemsoord wordt een levendig stuk stad aan het water.')
  k('6')
  k('6.1')
  d.p('Duinen, Wadden en polders omringen de stad. Wij versterken de groene verbindingen tussen deze gebieden.')
  k('6.2')
  k('6.2.1')
  d.p('Samen met het hoogheemraadschap en het Rijk houden wij de zeewering sterk. Nieuwe ontwikkelingen houden ruimte voor toekomstige versterking.')
  k('6.2.2')
  d.p('In de versteende wijken vergroenen wij straten en pleinen en vangen wij regenwater op.')
  k('6.3')
  d.p('Zon op daken gaat voor zon op land. Wij zoeken naar ruimte voor warmtenetten en voor energie uit zee.')
  k('7')
  k('7.1')
  d.p('Wij werken de visie uit in het omgevingsplan, in programma’s en in gebiedsvisies, zoals de deelvisie Julianadorp.')
  k('7.2')
  d.p('Elke vier jaar rapporteren wij aan de raad over de voortgang.')

  d.bijlage('2', 'Geografische informatieobjecten', '<h2 class="bijl">Bijlage 2 Geografische informatieobjecten</h2>')
  d.raw(`<p>De werkingsgebieden van deze omgevingsvisie zijn vastgelegd in de volgende geografische informatieobjecten:</p><div class="gios">${GIOS.map((g) => `<div class="li d0"><div class="row"><span class="m">•</span><span class="t">${esc(g.naam)}: <span class="gid">${esc(g.identificatie).split('@').map((x, i) => `<span class="nw">${x}${i === 0 ? '@' : ''}</span>`).join('<wbr>')}</span></span></div></div>`).join('')}</div>`)

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const std = `@top-left { content: "Koers op een sterke thuishaven"; ${ft} } @top-right { content: "Omgevingsvisie Den Helder"; ${ft} } @bottom-center { content: "– " counter(page) " –"; ${ft} }`
  const spec: DocSpec = {
    id: 'h140',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Den Helder over haar omgevingsvisie "Koers op een sterke thuishaven" (2023: hoofdlijnen en toekomstrichting voor beheer, gebruik en ontwikkeling van de fysieke leefomgeving, tien uitgangspunten, de start in Huisduinen in 2017, de deelvisie Julianadorp, samenwerking met Rijk, Provincie Noord-Holland en Hoogheemraadschap Hollands Noorderkwartier; de eerdere Structuurvisie Den Helder 2025), ingekort en deels in eigen woorden; eigen opmaak: A4 liggend in Liberation Sans 10 pt met een tekstkolom van 170 mm, hoofdstukken "1" … "7" met het nummer in een gekleurd blok, paragrafen "1.1", een derde niveau "6.2.1", geen inhoudsopgave, kopregel "Koers op een sterke thuishaven" links en "Omgevingsvisie Den Helder" rechts, voettekst "– n –", lijsten "•" met "–" en "1.", een tabel, raadsbesluit met "Overwegende," en alinea\'s a.–d., "gelet op:" met een streepjeslijst, Artikel I–III, GIO-lijst in "Bijlage 2" als opsomming "• Naam: identificatie" met de identificaties afgebroken na "@" (holdout)',
    bevoegdGezag: 'gm0400',
    naam: 'Gemeente Den Helder',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Den Helder tot vaststelling van de Omgevingsvisie Den Helder “Koers op een sterke thuishaven”',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2027-10-01',
    },
    visieOpschrift: 'Koers op een sterke thuishaven',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-den-helder', regeling: 'omgevingsvisie-den-helder', doel: 'omgevingsvisie-den-helder' },
      datums: { vaststelling: '2027-07-08', ondertekening: '2027-07-08', bekendmaking: '2027-07-15', inwerkingtreding: '2027-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0400',
      oin: '00000001000000004000',
      achtergrondActualiteit: '2027-05-01',
    },
    geo: { origin: [114000, 550000] },
    meubilair: ['^Koers op een sterke thuishaven\\s+Omgevingsvisie Den Helder$', '^– \\d+ –$'],
    title: 'Omgevingsvisie Den Helder',
    css: `
@page { size: A4 landscape; margin: 20mm 25mm 20mm 25mm; }
@page std { ${std} }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #1a1a1a; }
.pg { width: 170mm; }
p { margin: 0 0 2.2mm; }
.gem { font: 8pt 'Liberation Sans'; color: #777; }
.ttl { font: bold 14pt 'Liberation Sans'; color: #00467F; margin: 2mm 0 5mm; }
.lt { display: flex; } .lt span { flex: 0 0 6mm; }
.gl { margin: 0 0 1mm 4mm; }
.bs { font-weight: bold; margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #777; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #00467F; margin: 4mm 0 2mm; }
.titel .t2 { font: 16pt 'Liberation Sans'; color: #E5700A; }
h1 { font: bold 18pt 'Liberation Sans'; color: #00467F; margin: 0 0 5mm; }
h1 .nr { display: inline-block; background: #E5700A; color: #fff; padding: 0 3mm; margin-right: 2mm; }
h2 { font: bold 12pt 'Liberation Sans'; color: #00467F; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: italic bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1.2pt solid #E5700A; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
h2.bijl { break-before: page; }
.gios { width: 120mm; font-size: 9.5pt; }
.gios .li { margin-bottom: 1.5mm; }
.gid { font: 9pt 'DejaVu Sans Mono'; }
.nw { white-space: nowrap; }
`,
  }
  return { spec, doc: d }
}
