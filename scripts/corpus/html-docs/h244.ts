/**
 * h244 — gemeente Wormerland (gm0880), holdout (session 14): the Noord-Hollandse veenweidegemeente of some 16.000
 * inwoners north of Zaanstad with the kernen Wormer, Wijdewormer, Jisp, Neck, Spijkerboor and Oostknollendam, the
 * Wormer- en Jisperveld (Natura 2000), the droogmakerij Wijde Wormer, the Zaan and the Knollendammervaart, the A7
 * and the N246, bedrijventerrein De Koog. Content after the public descriptions of the gemeente, Laag Holland, the
 * Zaanstreek and the wording of its real Structuurvisie Wormerland 2025 (2014: the landschappelijke tweedeling of
 * veenweide and droogmakerij, Wormer as hoofdkern, the kleine kernen as 'eigen woonwerelden'), here as an omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4 portrait
 * with a wide left margin in which section numbers HANG (number in the margin, title in the text column), Nimbus
 * Sans 9.5 pt; chapters with the label "Hoofdstuk 1" on a line of its own above the title (nummer "1"), sections
 * "1.1", third level "2.2.1"; table of contents "Inhoud" of chapters only; header "Wormerland – Omgevingsvisie 2040"
 * right, footer "Pagina n van N" left; lists "●" and "–" and "1."; two tables; raadsbesluit with beslispunten
 * "I."–"III." (artikelen "I"–"III"); GIO overview as lines "naam: identificatie" in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0880', '2028', '2028-11-14', '1')
const GIOS: Gio[] = [
  gio('Gemeente Wormerland', 'gemeente-wormerland', [0, 0], 3),
  gio('Wormer- en Jisperveld', 'wormer-en-jisperveld', [-0.8, 1], 1),
  gio('Wijde Wormer', 'wijde-wormer', [1.2, 0.6], 1),
  gio('Lint Neck en Spijkerboor', 'lint-neck-spijkerboor', [1.5, 2], 0.3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="lbl">Hoofdstuk ${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : `<h${k.niveau}><span class="hang">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Aanleiding'],
  [2, '1.2', 'Doel en status'],
  [2, '1.3', 'Samen met de inwoners'],
  [1, '2', 'Wormerland nu'],
  [2, '2.1', 'Zes kernen in het veen'],
  [2, '2.2', 'Landschap'],
  [3, '2.2.1', 'Wormer- en Jisperveld'],
  [3, '2.2.2', 'De Wijde Wormer'],
  [2, '2.3', 'Bodemdaling'],
  [1, '3', 'Koers tot 2040'],
  [2, '3.1', 'Wonen'],
  [3, '3.1.1', 'Bouwen in Wormer'],
  [3, '3.1.2', 'Bouwen in de kleine kernen'],
  [2, '3.2', 'Werken'],
  [2, '3.3', 'Natuur en landbouw'],
  [2, '3.4', 'Water en klimaat'],
  [2, '3.5', 'Energie'],
  [2, '3.6', 'Bereikbaarheid'],
  [1, '4', 'Uitvoering'],
  [2, '4.1', 'Doorwerking'],
  [2, '4.2', 'Monitoring'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="gem">GEMEENTE WORMERLAND</p>
<p class="ttl">Besluit van de gemeenteraad van Wormerland tot vaststelling van de Omgevingsvisie Wormerland 2040</p>
<p>De raad van de gemeente Wormerland;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 3 oktober 2028, nr. 28.0112;</p>
<p>overwegende dat:</p>
<p>a. de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie vaststelt;</p>
<p>b. het ontwerp van de Omgevingsvisie Wormerland 2040 van 15 juni tot en met 27 juli 2028 ter inzage heeft gelegen;</p>
<p>c. de zienswijzen zijn beantwoord in de Nota zienswijzen en wijzigingen Omgevingsvisie Wormerland 2040;</p>
<p>gelet op de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p>I. de Omgevingsvisie Wormerland 2040, inclusief de geografische informatieobjecten opgenomen in bijlage A, vast te stellen;</p>
<p>II. de Structuurvisie Wormerland 2025, vastgesteld op 22 oktober 2014, in te trekken;</p>
<p>III. dit besluit in werking te laten treden op 4 december 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Wormerland van 14 november 2028.</p>
${handtekeningen(['De griffier,', 'J.C. Tesselaar'], ['De voorzitter,', 'drs. H.A. van Hartingsveldt'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Wormerland 2040</p><p class="t2">Dorpen in het veen, dichtbij de stad</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n === 1).map(([, nr, t]): TocRow => [`Hoofdstuk ${nr}`, t, t, 1])
  rows.push(['Bijlage A', 'Geografische informatieobjecten', 'Bijlage A Geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoud', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('Sinds 1 januari 2024 geldt de Omgevingswet. Iedere gemeente stelt één omgevingsvisie vast voor haar hele grondgebied. Met deze visie geeft Wormerland aan welke koers zij tot 2040 vaart.')
  K('1.2')
  d.p('De visie is zelfbindend: zij bindt de gemeente, niet de inwoners. Regels staan in het omgevingsplan. De visie vervangt de Structuurvisie Wormerland 2025.')
  K('1.3')
  d.p('Bij het maken van de visie betrokken wij inwoners op verschillende manieren:')
  d.list(['een online enquête met 1.150 reacties;', 'tafelgesprekken in alle zes de kernen;', 'een jongerenpanel van de Wormerlandse scholen.'], num)

  d.page('std')
  K('2')
  K('2.1')
  d.p('Wormer is de hoofdkern, met een uitgebalanceerd voorzieningenniveau en een dynamisch gebied langs de Zaan. De kleinere kernen Neck, Jisp, Oostknollendam en Spijkerboor vormen elk een eigen woonwereld; Wijdewormer ligt in de droogmakerij.')
  d.table(['Kern', 'Inwoners (2026)'], [
    ['Wormer', '11.900'],
    ['Wijdewormer', '2.000'],
    ['Jisp', '800'],
    ['Neck, Spijkerboor en Oostknollendam', '1.300'],
  ], 'tbl', ['65%', '35%'])
  K('2.2')
  d.p('Wormerland kent een landschappelijke tweedeling. De noordelijke helft is open veenweidegebied, waar rust, ruimte, natuur en extensieve recreatie hand in hand gaan. Het zuidelijke deel is de droogmakerij De Wijde Wormer, waar openheid, agrarische productie en duurzame energie samengaan. De kernen en linten liggen op het snijvlak van deze twee landschappen.')
  K('2.2.1')
  d.p('Het Wormer- en Jisperveld is een van de grootste aaneengesloten veenweidegebieden van West-Europa, met graslanden, sloten en weidevogels. Het is Natura 2000-gebied en onderdeel van Laag Holland.')
  K('2.2.2')
  d.p('De Wijde Wormer werd in 1626 drooggemalen. De rechte verkaveling en de ringdijk maken de droogmakerij herkenbaar.')
  K('2.3')
  d.p('De veenbodem daalt door ontwatering. Dat leidt tot uitstoot van CO2, schade aan funderingen en hogere kosten voor waterbeheer.')

  d.page('std')
  K('3')
  K('3.1')
  K('3.1.1')
  d.p('In Wormer bouwen wij op inbreidingslocaties, zoals het voormalige fabrieksterrein aan de Zaan, en transformeren wij verouderde bedrijfspanden.')
  K('3.1.2')
  d.p('In de kleine kernen bouwen wij kleinschalig, voor de eigen inwoners, passend in het lint.')
  d.table(['Periode', 'Wormer', 'Kleine kernen', 'Totaal'], [
    ['2028–2032', '350', '60', '410'],
    ['2033–2040', '300', '50', '350'],
  ], 'tbl', ['34%', '22%', '22%', '22%'])
  K('3.2')
  d.p('Bedrijventerrein De Koog en de bedrijvigheid aan de Zaan bieden werk aan de regio. Wij houden ruimte voor watergebonden bedrijven.')
  K('3.3')
  d.p('Natuur en landbouw gaan samen in het veen. Wij steunen:')
  d.list([{ text: 'boeren die omschakelen naar natuurinclusieve landbouw', sub: ['met hogere waterpeilen;', 'met agrarisch natuurbeheer.'] }, 'de bescherming van weidevogels;', 'recreatie met respect voor rust in het veld.'], bol)
  K('3.4')
  d.p('Samen met het Hoogheemraadschap Hollands Noorderkwartier remmen wij de bodemdaling af en maken wij de kernen klimaatbestendig.')
  K('3.5')
  d.p('Zonnepanelen horen op daken. In het open veenweidelandschap staan wij geen grootschalige zonnevelden of windturbines toe.')
  K('3.6')
  d.p('De A7 en de N246 ontsluiten de gemeente. Station Wormerveer en de bus naar Zaandam en Amsterdam zijn belangrijk voor het openbaar vervoer.')

  d.page('std')
  K('4')
  K('4.1')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in onze beoordeling van initiatieven.')
  K('4.2')
  d.p('Wij rapporteren elke twee jaar aan de raad en actualiseren de visie wanneer nodig.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<p class="bijl">Bijlage A Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ': ')

  const ft = "font: 8pt 'Nimbus Sans'; color: #4a4a4a;"
  const spec: DocSpec = {
    id: 'h244',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Wormerland (Wormer, Wijdewormer, Jisp, Neck, Spijkerboor en Oostknollendam, het Wormer- en Jisperveld, de droogmakerij Wijde Wormer, de Zaan, A7 en N246, bedrijventerrein De Koog), Laag Holland en de Zaanstreek en de woorden van de echte Structuurvisie Wormerland 2025 (2014: de landschappelijke tweedeling veenweide/droogmakerij, Wormer als hoofdkern, de kleine kernen als eigen woonwerelden), hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 staand met brede linkermarge waarin de paragraafnummers hangen, Nimbus Sans 9,5 pt, hoofdstukken met "Hoofdstuk 1" op een eigen regel boven de titel, paragrafen "1.1", derde niveau "2.2.1", inhoudsopgave "Inhoud" van hoofdstukken, koptekst rechts, voettekst "Pagina n van N" links, opsommingen "●", "–" en "1.", twee tabellen, raadsbesluit met beslispunten I.–III., GIO-overzicht als regels "naam: identificatie" in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0880',
    naam: 'Gemeente Wormerland',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Wormerland tot vaststelling van de Omgevingsvisie Wormerland 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-12-04',
    },
    visieOpschrift: 'Omgevingsvisie Wormerland 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-wormerland-2040', regeling: 'omgevingsvisie-wormerland-2040', doel: 'omgevingsvisie-wormerland-2040' },
      datums: { vaststelling: '2028-11-14', ondertekening: '2028-11-14', bekendmaking: '2028-11-27', inwerkingtreding: '2028-12-04' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0880',
      oin: '00000001000000008800',
      achtergrondActualiteit: '2028-07-01',
    },
    geo: { origin: [118000, 500000] },
    meubilair: ['^Wormerland – Omgevingsvisie 2040$', '^Pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Wormerland 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 20mm; @top-right { content: "Wormerland – Omgevingsvisie 2040"; ${ft} } @bottom-left { content: "Pagina " counter(page) " van " counter(pages); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-left { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.5 'Nimbus Sans', sans-serif; color: #222; }
p, div.lst, table.tbl { margin-left: 38mm; }
p { margin-top: 0; margin-bottom: 2.5mm; }
.besl p, .titel p, .tocw p, p.bijl, p.gioregel { margin-left: 0; }
.gem { font: bold 10pt 'Nimbus Sans'; letter-spacing: 1pt; color: #006e51; margin-bottom: 6mm; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.aldus { margin-top: 4mm; }
.titel { padding: 80mm 0 0 38mm; }
.titel .t1 { font: bold 28pt 'Nimbus Sans'; color: #006e51; }
.titel .t2 { font: 13pt 'Nimbus Sans'; }
.tocw { margin-left: 38mm; }
.tockop { font: bold 16pt 'Nimbus Sans'; color: #006e51; margin-bottom: 4mm; }
.toc .tl { width: 26mm !important; }
h1 { margin: 0 0 8mm 38mm; }
h1 .lbl { display: block; font: 10pt 'Nimbus Sans'; color: #006e51; text-transform: none; }
h1 .tt { display: block; font: bold 22pt 'Nimbus Sans'; color: #006e51; }
h2, h3 { display: grid; grid-template-columns: 34mm 1fr; column-gap: 4mm; margin-left: 0; break-after: avoid; }
h2 { font: bold 12pt 'Nimbus Sans'; color: #006e51; margin-top: 6mm; margin-bottom: 2mm; }
h3 { font: bold 10pt 'Nimbus Sans'; margin-top: 4mm; margin-bottom: 1.5mm; }
.hang { text-align: right; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: calc(100% - 38mm); font: 8.5pt 'Nimbus Sans'; border-collapse: collapse; margin-bottom: 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #006e51; padding: 1mm 1.5mm; text-align: left; }
table.tbl th { background: #dcefe8; }
.bijl { font: bold 15pt 'Nimbus Sans'; color: #006e51; margin: 0 0 5mm; }
.gioregel { margin: 0 0 2mm; }
.gid { font: 8pt 'Nimbus Mono PS'; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
