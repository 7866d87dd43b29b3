/**
 * h255 — gemeente Simpelveld (gm0965), holdout (session 14): the Zuid-Limburgse heuvellandgemeente of some 10.500
 * inwoners with the kernen Simpelveld and Bocholtz and the buurtschappen Huls, Baneheide, Lochtstraat and Bosschenhuizen,
 * the Eyserbeek, the plateaus of Bocholtz and Ubachsberg, the Zuid-Limburgse Stoomtrein (Miljoenenlijn) and the German
 * border at Vetschau. Content after the public descriptions of the gemeente and the Nationaal Landschap Zuid-Limburg,
 * here as an omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4 portrait, URW Bookman 9.5 pt
 * with Nimbus Sans headings; PART lines "DEEL I · VISIE" in capitals (level 1, nummer "I"), chapters numbered through
 * "1"–"6" under them (level 2), sections "1.1" (level 3); table of contents "Inhoud" with dotted leaders; header
 * "Omgevingsvisie Simpelveld – Grensverleggend Heuvelland" centred, footer "n" centred; a footnote line at the foot of a section; bullets "•";
 * numbered list "a."; a table; raadsbesluit with numbered articles "Artikel 1."–"Artikel 3."; GIO table in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0965', '2028', '2028-10-24', '1')
const GIOS: Gio[] = [
  gio('Gemeente Simpelveld', 'gemeente-simpelveld', [0, 0], 2.5),
  gio('Plateau van Bocholtz', 'plateau-van-bocholtz', [1.2, 0.3], 0.8),
  gio('Dal van de Eyserbeek', 'dal-van-de-eyserbeek', [-1, 0.5], 0.6),
  gio('Centrum Simpelveld', 'centrum-simpelveld', [-0.3, -0.2], 0.25),
  gio('Centrum Bocholtz', 'centrum-bocholtz', [1, -0.4], 0.25),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>DEEL ${k.nummer} · ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'I', 'INLEIDING'],
  [2, '1', 'Over deze omgevingsvisie'],
  [3, '1.1', 'Aanleiding'],
  [3, '1.2', 'Proces'],
  [2, '2', 'Simpelveld in het Heuvelland'],
  [3, '2.1', 'Twee kernen en buurtschappen'],
  [3, '2.2', 'Landschap'],
  [3, '2.3', 'Bevolking'],
  [1, 'II', 'VISIE'],
  [2, '3', 'Kernwaarden'],
  [3, '3.1', 'Grensverleggend Heuvelland'],
  [3, '3.2', 'Vitale gemeenschappen'],
  [2, '4', 'Thema’s'],
  [3, '4.1', 'Wonen'],
  [3, '4.2', 'Economie en toerisme'],
  [3, '4.3', 'Landschap, water en erosie'],
  [3, '4.4', 'Energie'],
  [2, '5', 'Gebieden'],
  [3, '5.1', 'Kern Simpelveld'],
  [3, '5.2', 'Kern Bocholtz'],
  [3, '5.3', 'Buitengebied'],
  [1, 'III', 'UITVOERING'],
  [2, '6', 'Van visie naar uitvoering'],
  [3, '6.1', 'Instrumenten'],
  [3, '6.2', 'Samenwerking over de grens'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="org">Gemeenteraad Simpelveld</p>
<p class="ttl">Besluit tot vaststelling van de Omgevingsvisie Simpelveld</p>
<p>Raadsvergadering: 24 oktober 2028<br>Agendapunt: 9<br>Registratienummer: 2028-4471</p>
<p>De raad van de gemeente Simpelveld;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 september 2028;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie van 1 juni tot en met 12 juli 2028 ter inzage heeft gelegen; dat acht zienswijzen zijn ingediend en dat de beantwoording daarvan is opgenomen in de Nota zienswijzen Omgevingsvisie Simpelveld;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1.</p>
<p>De Omgevingsvisie Simpelveld met de geografische informatieobjecten in bijlage A vast te stellen.</p>
<p class="art">Artikel 2.</p>
<p>De Structuurvisie Simpelveld 2009 en de Landschapsvisie Simpelveld 2014 in te trekken.</p>
<p class="art">Artikel 3.</p>
<p>Dit besluit treedt in werking op de dag na die waarop het bekend is gemaakt.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Simpelveld, gehouden op 24 oktober 2028.</p>
${handtekeningen(['De griffier,', 'mr. J.M.H. Schiffelers'], ['De voorzitter,', 'R.H.M. de Boer'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Simpelveld</p><p class="t2">Grensverleggend Heuvelland</p><p class="t3">Simpelveld · Bocholtz · Huls · Baneheide</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow =>
    n === 1 ? ['', `DEEL ${nr} · ${t}`, `DEEL ${nr} · ${t}`, 1] : [`${nr}.`, t, `${nr}. ${t}`, 2])
  rows.push(['', 'Bijlage A Geografische informatieobjecten', 'Bijlage A Geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoud', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('I')
  K('1')
  K('1.1')
  d.p('Met de Omgevingswet stelt de gemeente één omgevingsvisie vast voor haar hele grondgebied. Deze visie beschrijft de koers van Simpelveld tot 2040 en vervangt de Structuurvisie Simpelveld 2009.')
  K('1.2')
  d.p('De visie is opgesteld met inwoners, ondernemers, verenigingen en de buurgemeenten in Parkstad Limburg. Er waren bijeenkomsten in Simpelveld en Bocholtz en een enquête.<sup>1</sup>')
  d.p('<sup>1</sup> De resultaten van de enquête staan in het Participatieverslag Omgevingsvisie Simpelveld (2027).', 'vn')
  K('2')
  K('2.1')
  d.p('Simpelveld en Bocholtz zijn de twee kernen. Daarnaast liggen in het buitengebied de buurtschappen Huls, Baneheide, Lochtstraat en Bosschenhuizen.')
  K('2.2')
  d.p('Simpelveld ligt in het Nationaal Landschap Zuid-Limburg, met hellingbossen, graften, holle wegen en hoogstamboomgaarden. Het dal van de Eyserbeek en het plateau van Bocholtz bepalen het beeld.')
  K('2.3')
  d.p('Het aantal inwoners neemt licht af en de bevolking vergrijst.')
  d.table(['Jaar', 'Inwoners', 'Aandeel 65+'], [
    ['1 januari 2015', '10.700', '24%'],
    ['1 januari 2025', '10.500', '29%'],
    ['2040 (prognose)', '9.900', '35%'],
  ], 'tbl', ['40%', '30%', '30%'])

  d.page('std')
  K('II')
  K('3')
  K('3.1')
  d.p('Simpelveld ligt aan de grens met Duitsland. Wij zien de grens als kans: voor werk, onderwijs, zorg en recreatie richten wij ons ook op Aken en Herzogenrath.')
  K('3.2')
  d.p('Het verenigingsleven is sterk. Wij ondersteunen voorzieningen die de gemeenschappen bij elkaar brengen.')
  K('4')
  K('4.1')
  d.p('Wij bouwen voor de behoefte van de eigen inwoners:')
  d.list(['levensloopgeschikte woningen in de centra;', { text: 'herbestemming van leegstaande gebouwen', sub: ['kloosters en scholen;', 'vrijkomende boerderijen.'] }, 'geen nieuwe uitleglocaties.'], bol)
  K('4.2')
  d.p('De Zuid-Limburgse Stoomtrein, de fiets- en wandelroutes en de horeca maken van Simpelveld een aantrekkelijke toeristische bestemming.')
  K('4.3')
  d.p('Erosie en wateroverlast zijn grote opgaven in het heuvelland. Samen met Waterschap Limburg en de agrariërs nemen wij maatregelen:')
  d.list(['graften en grasstroken op hellingen;', 'regenwaterbuffers boven de kernen;', 'afkoppelen van regenwater in de wijken.'], let_)
  K('4.4')
  d.p('Wij willen in 2050 energieneutraal zijn. Zonneparken passen alleen op plekken waar het landschap dat toelaat.')
  K('5')
  K('5.1')
  d.p('Het centrum van Simpelveld rond de Markt en het station van de Miljoenenlijn versterken wij als verblijfsgebied.')
  K('5.2')
  d.p('In Bocholtz ligt de nadruk op het opknappen van het centrum rond de Wilhelminastraat en de Sint-Jacobuskerk.')
  K('5.3')
  d.p('Het buitengebied blijft open en groen. Landbouw, natuur en recreatie krijgen hier de ruimte in evenwicht.')

  d.page('std')
  K('III')
  K('6')
  K('6.1')
  d.p('Het omgevingsplan, programma’s en het omgevingsoverleg voor initiatieven zijn onze instrumenten.')
  K('6.2')
  d.p('Wij werken samen in Parkstad Limburg, met de provincie Limburg en met de Städteregion Aachen.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<p class="bijl">Bijlage A Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h255',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Simpelveld (Simpelveld, Bocholtz, de buurtschappen Huls, Baneheide, Lochtstraat en Bosschenhuizen, de Eyserbeek, het plateau van Bocholtz, de Miljoenenlijn, de grens bij Vetschau) en het Nationaal Landschap Zuid-Limburg, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 staand, URW Bookman 9,5 pt met koppen in Nimbus Sans, delen "DEEL I · VISIE" in hoofdletters met doorlopend genummerde hoofdstukken "1." en paragrafen "1.1", inhoudsopgave "Inhoud" met puntjes, koptekst gecentreerd, paginanummer gecentreerd, een voetnoot, opsommingen "•" en "a.", een tabel, raadsbesluit met Artikel 1.–3., GIO-tabel in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0965',
    naam: 'Gemeente Simpelveld',
    besluit: {
      opschrift: 'Besluit tot vaststelling van de Omgevingsvisie Simpelveld',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Simpelveld',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-simpelveld', regeling: 'omgevingsvisie-simpelveld', doel: 'omgevingsvisie-simpelveld' },
      datums: { vaststelling: '2028-10-24', ondertekening: '2028-10-24', bekendmaking: '2028-11-08' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0965',
      oin: '00000001000000009650',
      achtergrondActualiteit: '2028-07-01',
    },
    geo: { origin: [198000, 318000] },
    meubilair: ['^Omgevingsvisie Simpelveld – Grensverleggend Heuvelland$', '^\\d+$'],
    title: 'Omgevingsvisie Simpelveld',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 24mm 24mm 22mm 24mm; @top-center { content: "Omgevingsvisie Simpelveld – Grensverleggend Heuvelland"; ${ft} } @bottom-center { content: counter(page); ${ft} } }
@page eerste { @top-center { content: none; } }
@page titel { @top-center { content: none; } @bottom-center { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.5 'URW Bookman', serif; color: #222; }
p { margin: 0 0 2.5mm; }
.org { font: bold 10pt 'Nimbus Sans'; color: #7a4b0c; margin: 0 0 5mm; }
.ttl { font: bold 15pt 'Nimbus Sans'; margin: 0 0 4mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font: bold 9.5pt 'Nimbus Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 75mm 0 0 0; text-align: center; }
.titel .t1 { font: bold 28pt 'Nimbus Sans'; color: #7a4b0c; }
.titel .t2 { font: italic 15pt 'URW Bookman'; }
.titel .t3 { font: 10pt 'Nimbus Sans'; margin-top: 18mm; color: #555; }
.tockop { font: bold 15pt 'Nimbus Sans'; color: #7a4b0c; margin-bottom: 4mm; }
h1 { font: bold 18pt 'Nimbus Sans'; color: #7a4b0c; letter-spacing: 1pt; border-bottom: 1.5pt solid #7a4b0c; padding-bottom: 2mm; margin: 0 0 7mm; }
h2 { font: bold 13.5pt 'Nimbus Sans'; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Nimbus Sans'; color: #7a4b0c; margin: 4mm 0 1.5mm; break-after: avoid; }
.vn { font-size: 7.5pt; border-top: 0.5pt solid #999; padding-top: 1mm; width: 60mm; }
sup { font-size: 6.5pt; }
div.lst { margin: 0 0 2.5mm 3mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 6mm; flex: none; } div.lst .d1 { margin-left: 6mm; }
table.tbl { width: 75%; font: 9pt 'Nimbus Sans'; border-collapse: collapse; margin: 2mm 0 3mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #999; padding: 1mm 1.5mm; text-align: left; }
table.tbl th { background: #f2e6d3; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #7a4b0c; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #999; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
