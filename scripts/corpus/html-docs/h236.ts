/**
 * h236 — gemeente Nuenen c.a. (gm0820), holdout (session 14): the Brabantse gemeente of some 23.000 inwoners between
 * Eindhoven and Helmond with the kernen Nuenen, Gerwen and Nederwetten and the buurtschap Eeneind. Content after the
 * public texts on the "Omgevingsvisie Nuenen" (ontwerp ter inzage 5 maart tot en met 15 april 2021, vastgesteld
 * 30 september 2021; an online iReport made with Royal HaskoningDHV: the kernkwaliteiten groen, dorps, rustig en
 * gezellig from a participation of more than 500 inwoners, ondernemers and organisaties, "Houd Nuenen zoals het is";
 * the four opgaven Hoogwaardige woon- en leefomgeving, Vitale samenleving, Robuust landschap and Nuenen in
 * Brainport; gezondheid as the verbindende factor; the omgevingsagenda; a gebiedsgerichte uitwerking), here as
 * the renewed visie of 2028, shortened and partly in our own words. Layout: Chromium, A4 portrait, Nimbus Sans
 * 9.5 pt; a table of contents "Inhoudsopgave" with dotted leaders (chapters and sections); chapters "1" … "8" as
 * "1 | Inleiding" with a bar between number and title (nummer "1"), sections "1.1", a third level "3.2.1";
 * header "Omgevingsvisie Nuenen" left and "gemeente Nuenen c.a." right, footer the page number centred as "– n –"; the
 * four kernkwaliteiten in a coloured box; lists "•" and "a."; two tables; raadsbesluit with Artikel 1–3; GIO
 * table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0820', '2028', '2028-09-28', '1')
const GIOS: Gio[] = [
  gio('Gemeente Nuenen c.a.', 'gemeente-nuenen', [0, 0], 4),
  gio('Dommeldal', 'dommeldal', [-2, 0.5], 1.2),
  gio('Landgoederenzone', 'landgoederenzone', [1.5, 1.5], 1),
  gio('Centrum Nuenen', 'centrum-nuenen', [0.2, -0.2], 0.4),
  gio('Zoekgebied woningbouw Nuenen-West', 'zoekgebied-nuenen-west', [-1, -1], 0.6),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer} <span class="bar">|</span> ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Omgevingsagenda en participatie'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Kernkwaliteiten'],
  [2, '2.1', 'Groen, dorps, rustig en gezellig'],
  [2, '2.2', 'Gezondheid als verbindende factor'],
  [1, '3', 'Hoogwaardige woon- en leefomgeving'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Openbare ruimte'],
  [3, '3.2.1', 'Spelen en bewegen'],
  [3, '3.2.2', 'Klimaatadaptatie'],
  [1, '4', 'Vitale samenleving'],
  [2, '4.1', 'Voorzieningen'],
  [2, '4.2', 'Centrum Nuenen'],
  [1, '5', 'Robuust landschap'],
  [2, '5.1', 'Dommeldal en landgoederen'],
  [2, '5.2', 'Landbouw'],
  [2, '5.3', 'Energie in het landschap'],
  [1, '6', 'Nuenen in Brainport'],
  [2, '6.1', 'Bereikbaarheid'],
  [2, '6.2', 'Werken'],
  [1, '7', 'Gebiedsgerichte uitwerking'],
  [2, '7.1', 'Nuenen'],
  [2, '7.2', 'Gerwen, Nederwetten en Eeneind'],
  [2, '7.3', 'Buitengebied'],
  [1, '8', 'Uitvoering'],
  [2, '8.1', 'Instrumenten'],
  [2, '8.2', 'Actualisatie'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="gem">gemeente Nuenen c.a.</p>
<p class="ttl">Besluit van de raad van de gemeente Nuenen c.a. tot vaststelling van de Omgevingsvisie Nuenen</p>
<p>De raad van de gemeente Nuenen c.a.;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028, registratienummer 28-INT-01932;</p>
<p>overwegende dat de Omgevingsvisie Nuenen van 30 september 2021 is geëvalueerd, dat de kernkwaliteiten groen, dorps, rustig en gezellig en de vier opgaven daarbij zijn bevestigd en dat het ontwerp van de geactualiseerde visie van 6 april tot en met 17 mei 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Nuenen, met de geografische informatieobjecten in bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Nuenen, vastgesteld op 30 september 2021, in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 20 oktober 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Nuenen c.a. op 28 september 2028.</p>
${handtekeningen(['de griffier,', 'drs. H.J.M. Sanders'], ['de voorzitter,', 'mr. M.W.L. Houben'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Nuenen</p><p class="t2">Nuenen, Gerwen, Nederwetten en Eeneind</p><p class="t3">actualisatie 2028</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => [nr, t, n === 1 ? `${nr} | ${t}` : `${nr} ${t}`, n])
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))
  d.page('std')
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('Hoe zien Nuenen, Gerwen, Nederwetten en Eeneind er in de toekomst uit? Dat leggen we vast in deze omgevingsvisie. Zij gaat niet alleen over de kern Nuenen, maar over al onze kernen en buurtschappen: de dorpen, de bedrijventerreinen, het centrum, de sportvelden en het buitengebied met zijn natuur, agrarisch landschap en recreatie.')
  K('1.2')
  d.p('De opgaven zijn vastgelegd in de omgevingsagenda. Ruim 500 inwoners, ondernemers en vertegenwoordigers van organisaties hebben zich uitgesproken in interviews, enquêtes en bijeenkomsten. “Houd Nuenen zoals het is” is in essentie de boodschap die de Nuenense samenleving heeft meegegeven.')
  K('1.3')
  d.p('Hoofdstuk 2 beschrijft de kernkwaliteiten. De hoofdstukken 3 tot en met 6 werken de vier opgaven uit. Hoofdstuk 7 bevat de gebiedsgerichte uitwerking en hoofdstuk 8 de uitvoering.')

  d.page('std')
  K('2')
  K('2.1')
  d.p('Nuenen is een gemeente van dorpen in het groen tussen de steden Helmond en Eindhoven. De kernkwaliteiten die uit de participatie naar voren kwamen staan centraal in deze visie, om te koesteren en te versterken:')
  d.raw('<div class="box">')
  d.list(['groen: bomen, parken en het buitengebied dichtbij;', 'dorps: kleinschalig, met een eigen identiteit per kern;', 'rustig: weinig verkeer en geluid in de woonbuurten;', 'gezellig: ontmoeten in het centrum en in de verenigingen.'], bol)
  d.raw('</div>')
  K('2.2')
  d.p('Onze leefomgeving heeft veel invloed op onze gezondheid. Denk aan luchtkwaliteit en geluid, maar ook aan de mogelijkheden om te wandelen, te fietsen en elkaar te ontmoeten. Daarom is gezondheid de verbindende factor tussen de vier opgaven.')

  d.page('std')
  K('3')
  K('3.1')
  d.p('Wij bouwen woningen die passen bij het dorpse karakter, vooral voor starters, jonge gezinnen en senioren.')
  d.table(['Kern', 'Woningen 2028–2035', 'Doelgroep'], [
    ['Nuenen', '650', 'starters, senioren, sociale huur'],
    ['Gerwen', '80', 'jonge gezinnen'],
    ['Nederwetten', '40', 'eigen inwoners'],
  ], 'tbl', ['35%', '25%', '40%'])
  K('3.2')
  K('3.2.1')
  d.p('De openbare ruimte gebruiken we meer om te spelen, te bewegen en elkaar te ontmoeten.')
  K('3.2.2')
  d.p('We maken de kernen klimaatbestendig met meer groen en minder verharding.')

  K('4')
  K('4.1')
  d.p('Voorzieningen voor onderwijs, zorg, sport en cultuur houden we op peil in alle kernen:')
  d.list(['basisscholen in elke kern;', 'sportparken Oude Landen en De Lissevoort;', 'ontmoetingsplekken in Gerwen en Nederwetten.'], let_)
  K('4.2')
  d.p('Het centrum van Nuenen, met het Park en het Van Goghdorp, blijft de gezellige ontmoetingsplek voor de hele gemeente.')

  d.page('std')
  K('5')
  K('5.1')
  d.p('Het Dommeldal, de landgoederen en de Papenvoortse heide vormen een robuust landschap dat we beschermen en beleefbaar maken.')
  K('5.2')
  d.p('Agrarische bedrijven ondersteunen we bij de omschakeling naar natuurinclusieve landbouw.')
  K('5.3')
  d.p('Zon op daken gaat voor. Grootschalige opwekking in het landschap bespreken we in de Regionale Energiestrategie van de Metropoolregio Eindhoven.')
  d.table(['Bron', 'Ambitie 2030', 'Voorwaarde'], [
    ['Zon op daken', '40 % van de geschikte daken', 'geen'],
    ['Zon op veld', 'beperkt', 'landschappelijke inpassing'],
    ['Wind', 'in regionaal verband', 'afstand tot woningen'],
  ], 'tbl', ['30%', '35%', '35%'])

  K('6')
  K('6.1')
  d.p('Nuenen ligt midden in Brainport. Goede fietsverbindingen naar Eindhoven en Helmond en hoogwaardig openbaar vervoer zijn daarom belangrijk.')
  K('6.2')
  d.p('Bedrijventerrein Eeneind blijft bestemd voor lokale bedrijven. Werken aan huis stimuleren we.')

  d.page('std')
  K('7')
  K('7.1')
  d.p('In Nuenen ligt de nadruk op het versterken van het centrum en op woningbouw binnen het dorp.')
  K('7.2')
  d.p('Gerwen, Nederwetten en Eeneind behouden hun eigen karakter; ontwikkelingen zijn kleinschalig.')
  K('7.3')
  d.p('Het buitengebied blijft open en groen, met ruimte voor recreatie die het landschap niet schaadt.')

  K('8')
  K('8.1')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in de afweging van initiatieven.')
  K('8.2')
  d.p('De visie wordt elke raadsperiode geëvalueerd.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #666;"
  const spec: DocSpec = {
    id: 'h236',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie Nuenen" (ontwerp ter inzage van 5 maart tot en met 15 april 2021, vastgesteld op 30 september 2021; online iReport: de kernkwaliteiten groen, dorps, rustig en gezellig uit een participatie van ruim 500 inwoners, ondernemers en organisaties, "Houd Nuenen zoals het is"; de vier opgaven Hoogwaardige woon- en leefomgeving, Vitale samenleving, Robuust landschap en Nuenen in Brainport; gezondheid als verbindende factor; omgevingsagenda; gebiedsgerichte uitwerking), hier als geactualiseerde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4 staand, Nimbus Sans 9,5 pt, inhoudsopgave "Inhoudsopgave" met puntjes, hoofdstukken "1 | Inleiding" met een streep tussen nummer en titel, paragrafen "1.1", derde niveau "3.2.1", koptekst "Omgevingsvisie Nuenen" links en "gemeente Nuenen c.a." rechts, paginanummer "– n –" gecentreerd onderaan, de kernkwaliteiten in een gekleurd kader, opsommingen "•" en "a.", twee tabellen, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0820',
    naam: 'Gemeente Nuenen c.a.',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Nuenen c.a. tot vaststelling van de Omgevingsvisie Nuenen',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-10-20',
    },
    visieOpschrift: 'Omgevingsvisie Nuenen',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-nuenen-2028', regeling: 'omgevingsvisie-nuenen', doel: 'omgevingsvisie-nuenen-2028' },
      datums: { vaststelling: '2028-09-28', ondertekening: '2028-09-28', bekendmaking: '2028-10-11', inwerkingtreding: '2028-10-20' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0820',
      oin: '00000001000000008200',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [166000, 388000] },
    meubilair: ['^Omgevingsvisie Nuenen\\s+gemeente Nuenen c\\.a\\.$', '^– \\d+ –$'],
    title: 'Omgevingsvisie Nuenen',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; @top-left { content: "Omgevingsvisie Nuenen"; ${ft} } @top-right { content: "gemeente Nuenen c.a."; ${ft} } @bottom-center { content: "– " counter(page) " –"; ${ft} } }
@page eerste { @top-left { content: none; } @top-right { content: none; } }
@page titel { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'Nimbus Sans'; color: #0b7a53; margin-bottom: 8mm; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 80mm; }
.titel .t1 { font: bold 30pt 'Nimbus Sans'; color: #0b7a53; }
.titel .t2 { font: 14pt 'Nimbus Sans'; }
.titel .t3 { font: 10pt 'Nimbus Sans'; margin-top: 30mm; color: #555; }
.tockop { font: bold 16pt 'Nimbus Sans'; color: #0b7a53; margin-bottom: 5mm; }
h1 { font: bold 17pt 'Nimbus Sans'; color: #0b7a53; margin: 0 0 5mm; break-after: avoid; }
h1 .bar { color: #9cc9b5; font-weight: normal; }
h2 { font: bold 12pt 'Nimbus Sans'; color: #0b7a53; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.box { background: #e4f2eb; padding: 3mm 4mm 1mm; margin: 2mm 0 4mm; }
div.lst { margin: 0 0 2.4mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #9cc9b5; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #0b7a53; color: #fff; }
.bijl { font: bold 14pt 'Nimbus Sans'; color: #0b7a53; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
