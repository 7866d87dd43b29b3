/**
 * h242 — gemeente Westervoort (gm0293), holdout (session 14): the Gelderse gemeente of some 15.000 inwoners just
 * east of Arnhem at the split of the Rijn and the IJssel (IJsselkop), with the oude dorp, the wijken Vrijland,
 * Holthuizen and Dorp-Oost, the IJsselbrug and the A12, station Westervoort, the uiterwaarden and bedrijventerrein
 * Het Ambacht. Content after the public descriptions of the gemeente and the Regio Arnhem-Nijmegen, and the ambities of its
 * real Omgevingsvisie Westervoort 2021 (een duurzaam thuis, een gezonde, sociale en veilige omgeving, een vitale
 * economie, bereikbaarheid, 'Klaar voor de toekomst'), here as an omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4 portrait, C059 10 pt with Nimbus
 * Sans headings; PART lines "Deel A – …" (level 1, nummer "A"), chapters numbered through "1"–"6" under them (level
 * 2), sections "1.1" (level 3); table of contents "Inhoudsopgave" with dotted leaders; header "Omgevingsvisie
 * Westervoort" right, footer "n / N" centred; a kader (sidebar box) with a quote; lists "•" and "1."; a table;
 * raadsbesluit with Artikel 1–3; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0293', '2028', '2028-09-28', '1')
const GIOS: Gio[] = [
  gio('Gemeente Westervoort', 'gemeente-westervoort', [0, 0], 3),
  gio('Uiterwaarden IJsselkop', 'uiterwaarden-ijsselkop', [-1, 0.8], 0.8),
  gio('Bedrijventerrein Het Ambacht', 'bedrijventerrein-het-ambacht', [1, -0.6], 0.4),
  gio('Oude Dorp', 'oude-dorp', [-0.3, 0.2], 0.3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Deel ${k.nummer} – ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="nr">${k.nummer}</span> ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Kader'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Waarom deze omgevingsvisie'],
  [3, '1.2', 'Wat is een omgevingsvisie'],
  [3, '1.3', 'Hoe is de visie tot stand gekomen'],
  [2, '2', 'Westervoort in beeld'],
  [3, '2.1', 'Dorp aan de IJsselkop'],
  [3, '2.2', 'Bevolking en wonen'],
  [1, 'B', 'Visie'],
  [2, '3', 'Ambities'],
  [3, '3.1', 'Een duurzaam thuis'],
  [3, '3.2', 'Een gezonde, sociale en veilige omgeving'],
  [3, '3.3', 'Een vitale economie'],
  [3, '3.4', 'Een goede bereikbaarheid'],
  [2, '4', 'Klaar voor de toekomst'],
  [3, '4.1', 'Energietransitie'],
  [3, '4.2', 'Klimaatadaptatie'],
  [3, '4.3', 'Circulaire economie'],
  [3, '4.4', 'Water en waterveiligheid'],
  [2, '5', 'Gebieden'],
  [3, '5.1', 'Oude Dorp en centrum'],
  [3, '5.2', 'Woonwijken'],
  [3, '5.3', 'Uiterwaarden'],
  [1, 'C', 'Uitvoering'],
  [2, '6', 'Werken met de visie'],
  [3, '6.1', 'Doorwerking'],
  [3, '6.2', 'Samenwerking in de regio'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="ond">Raadsbesluit nr. 2028-057</p>
<p class="ttl">Besluit tot vaststelling van de Omgevingsvisie Westervoort</p>
<p>De raad van de gemeente Westervoort;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2028, nummer 2028-057;</p>
<p>overwegende dat de raad voor het gehele grondgebied van de gemeente een omgevingsvisie vaststelt; dat het ontwerp van 6 april tot en met 17 mei 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen in de Nota zienswijzen zijn samengevat en beantwoord;</p>
<p>gelet op artikel 3.1, eerste lid, en afdeling 16.5 van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Westervoort, met de geografische informatieobjecten uit bijlage 1, gewijzigd vast te stellen overeenkomstig de Nota zienswijzen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Westervoort 2013 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na die van bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Westervoort van 28 september 2028.</p>
${handtekeningen(['de griffier,', 'mr. H.W. Hilhorst'], ['de voorzitter,', 'A.G.M. Sterk'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Westervoort</p><p class="t2">Samen werken aan een vitaal dorp aan de IJssel</p><p class="t3">Vastgesteld door de gemeenteraad op 28 september 2028</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow =>
    n === 1 ? ['', `Deel ${nr} – ${t}`, `Deel ${nr} – ${t}`, 1] : [nr, t, `${nr} ${t}`, 2])
  rows.push(['', 'Bijlage 1 Overzicht geografische informatieobjecten', 'Bijlage 1 Overzicht geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoudsopgave', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('A')
  K('1')
  K('1.1')
  d.p('Met de Omgevingswet moet iedere gemeente een omgevingsvisie hebben. Deze visie beschrijft hoe Westervoort zich tot 2040 ontwikkelt en welke keuzes wij daarbij maken. Zij vervangt de Structuurvisie Westervoort 2013.')
  K('1.2')
  d.p('Een omgevingsvisie is een strategisch document voor de lange termijn. De visie bindt de gemeente zelf, niet inwoners of bedrijven.')
  d.raw('<div class="kader"><p class="kt">Wat vonden inwoners?</p><p>“Westervoort is een dorp met stadse voorzieningen om de hoek. Houd dat groene dorpse gevoel vast.” – deelnemer aan de dorpsavond, juni 2027</p></div>')
  K('1.3')
  d.p('De visie kwam tot stand in drie stappen:')
  d.list(['een enquête onder inwoners en ondernemers (ruim 900 reacties);', 'dorpsavonden en gesprekken met partners, zoals Rijkswaterstaat, Waterschap Rijn en IJssel en de woningcorporatie;', 'een ontwerp dat ter inzage lag en waarop zienswijzen konden worden ingediend.'], num)
  K('2')
  K('2.1')
  d.p('Westervoort ligt waar de Rijn zich splitst in de IJssel en het Pannerdensch Kanaal. Het oude dorp ligt aan de dijk; de nieuwere wijken Vrijland, Holthuizen en Dorp-Oost zijn vanaf de jaren zestig gebouwd.')
  K('2.2')
  d.p('Westervoort telt ongeveer 15.000 inwoners. Het aandeel ouderen groeit snel.')
  d.table(['Leeftijdsgroep', '2020', '2040 (prognose)'], [
    ['0–24 jaar', '26%', '23%'],
    ['25–64 jaar', '52%', '48%'],
    ['65 jaar en ouder', '22%', '29%'],
  ], 'tbl', ['50%', '25%', '25%'])

  d.page('std')
  K('B')
  K('3')
  d.p('Westervoort wil in 2040 een duurzaam thuis zijn, met een gezonde, sociale en veilige omgeving, een vitale economie en een goede bereikbaarheid. Daarbij zoeken wij een goede balans tussen deze ambities.')
  K('3.1')
  d.p('Wij bouwen tot 2040 ongeveer 700 woningen, vooral door inbreiding en transformatie:')
  d.list(['woningen voor ouderen dicht bij het centrum;', { text: 'betaalbare woningen voor starters', sub: ['sociale huur;', 'middenhuur en koopwoningen tot de NHG-grens.'] }, 'vernieuwing van de corporatiewoningen in Vrijland.'], bol)
  K('3.2')
  d.p('Wij beperken geluidhinder van de A12 en de spoorlijn, letten op luchtkwaliteit bij nieuwe ontwikkelingen en zorgen voor ontmoetingsplekken in elke wijk.')
  K('3.3')
  d.p('Het winkelcentrum Westervoort-Centrum blijft het hart van het dorp. Bedrijventerrein Het Ambacht is bestemd voor lokale bedrijven.')
  K('3.4')
  d.p('Het station Westervoort en de busverbinding naar Arnhem zijn belangrijk. Wij verbeteren de fietsroute over de IJsselbrug.')
  K('4')
  d.p('De komende decennia komen ook veel ontwikkelingen van buiten op Westervoort af. Die brengen wij samen onder ‘Klaar voor de toekomst’.')
  K('4.1')
  d.p('Wij maken de wijken stap voor stap aardgasvrij en stimuleren zonnepanelen op daken van woningen en bedrijven.')
  K('4.2')
  d.p('Wij vergroenen de wijken, vangen regenwater op en maken de openbare ruimte bestand tegen hitte en droogte.')
  K('4.3')
  d.p('Bij bouwen en beheer van de openbare ruimte hergebruiken wij materialen waar dat kan.')
  K('4.4')
  d.p('Westervoort ligt binnen de dijkring aan Rijn en IJssel. Samen met het waterschap houden wij de dijken op orde en zorgen wij voor voldoende schoon water.')
  K('5')
  K('5.1')
  d.p('Het oude dorp met de dijkwoningen en de Werenfriduskerk is karakteristiek. Nieuwe bouw sluit aan op schaal en maat.')
  K('5.2')
  d.p('De woonwijken krijgen meer groen en betere speelplekken.')
  K('5.3')
  d.p('De uiterwaarden van de IJsselkop zijn deel van Natura 2000 en het rivierbed. Wij staan er alleen extensieve recreatie toe.')

  d.page('std')
  K('C')
  K('6')
  K('6.1')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in ons handelen bij initiatieven.')
  K('6.2')
  d.p('Wij werken samen in de Regio Arnhem-Nijmegen en met de provincie Gelderland.')

  d.page('std').bijlage('1', 'Overzicht geografische informatieobjecten', '<p class="bijl">Bijlage 1 Overzicht geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h242',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Westervoort (het oude dorp aan de IJsselkop, de wijken Vrijland, Holthuizen en Dorp-Oost, de IJsselbrug en de A12, station Westervoort, de uiterwaarden, bedrijventerrein Het Ambacht) en de Regio Arnhem-Nijmegen, met de ambities van de echte Omgevingsvisie Westervoort 2021 (een duurzaam thuis, een gezonde, sociale en veilige omgeving, een vitale economie, bereikbaarheid, ‘Klaar voor de toekomst’), hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 staand, C059 10 pt met koppen in Nimbus Sans, delen "Deel A – Kader" met doorlopend genummerde hoofdstukken 1–6 en paragrafen "1.1", inhoudsopgave "Inhoudsopgave" met puntjes, koptekst rechts, voettekst "n / N" gecentreerd, een kader met een citaat, opsommingen "•" en "1.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0293',
    naam: 'Gemeente Westervoort',
    besluit: {
      opschrift: 'Besluit tot vaststelling van de Omgevingsvisie Westervoort',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Westervoort',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-westervoort', regeling: 'omgevingsvisie-westervoort', doel: 'omgevingsvisie-westervoort' },
      datums: { vaststelling: '2028-09-28', ondertekening: '2028-09-28', bekendmaking: '2028-10-11' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0293',
      oin: '00000001000000002930',
      achtergrondActualiteit: '2028-07-01',
    },
    geo: { origin: [195000, 443000] },
    meubilair: ['^Gemeente Westervoort – Omgevingsvisie$', '^\\d+ / \\d+$'],
    title: 'Omgevingsvisie Westervoort',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 22mm 20mm 25mm; @top-right { content: "Gemeente Westervoort – Omgevingsvisie"; ${ft} } @bottom-center { content: counter(page) " / " counter(pages); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-center { content: none; } }
.pg { break-before: page; }
body { font: 10pt/1.5 'C059', serif; color: #1b1b1b; }
p { margin: 0 0 2.5mm; }
.ttl { font: bold 16pt 'Nimbus Sans'; color: #0b5394; margin: 0 0 3mm; }
.ond { font: bold 11pt 'Nimbus Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font: bold 10pt 'Nimbus Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 70mm 0 0 0; }
.titel .t1 { font: bold 30pt 'Nimbus Sans'; color: #0b5394; }
.titel .t2 { font: 14pt 'Nimbus Sans'; }
.titel .t3 { font: 10pt 'C059'; margin-top: 20mm; color: #555; }
.tockop { font: bold 16pt 'Nimbus Sans'; color: #0b5394; margin-bottom: 4mm; }
h1 { font: bold 22pt 'Nimbus Sans'; color: #fff; background: #0b5394; padding: 4mm 5mm; margin: 0 0 8mm; }
h2 { font: bold 15pt 'Nimbus Sans'; color: #0b5394; margin: 8mm 0 3mm; break-after: avoid; }
h2 .nr { display: inline-block; width: 10mm; }
h3 { font: bold 11pt 'Nimbus Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
.kader { float: right; width: 55mm; margin: 1mm 0 3mm 6mm; padding: 3mm; background: #e8f0f8; border-left: 2pt solid #0b5394; font: italic 9pt/1.4 'C059'; }
.kader .kt { font: bold 9pt 'Nimbus Sans'; font-style: normal; }
div.lst { margin: 0 0 2.5mm 3mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 6mm; flex: none; } div.lst .d1 { margin-left: 6mm; }
table.tbl { width: 80%; font: 9pt 'Nimbus Sans'; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #0b5394; padding: 1mm 1.5mm; text-align: left; }
table.tbl th { background: #dbe7f3; }
.bijl { font: bold 15pt 'Nimbus Sans'; color: #0b5394; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
