/**
 * h230 — gemeente Duiven (gm0226), holdout (session 14): the Gelderse gemeente in De Liemers with the kernen Duiven,
 * Groessen and Loo, between the A12, the A15 and the Rijn. Content after the public texts on the "Koersdocument
 * Omgevingsvisie gemeente Duiven" (made over two years by bestuurders, ambtenaren and maatschappelijke partners;
 * discussed with inwoners online on 2 December 2020 because the meeting of 28 October could not go on; a reactienota
 * describing every reaction, what the gemeente does with it and why; then a concept-omgevingsvisie), here as the
 * omgevingsvisie of 2028, shortened and partly in our own words. Layout: Chromium, A4, Liberation Sans 10 pt; chapters
 * "1." with a large coloured number (nummer "1"), sections "1.1", a third level "3.2.1"; no table of contents;
 * SIDEBAR KADERS ("Wat vinden inwoners?") floated right beside the text; header "Omgevingsvisie gemeente Duiven | 2028" right,
 * footer "Gemeente Duiven" left and "Pagina N van M" right; lists "●" and "–", a lettered list "a." …; a table;
 * raadsbesluit with ROMAN BESLISPUNTEN "I." … "III."; GIO table Naam | Identificatie in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0226', '2028', '2028-09-25', '1')
const GIOS: Gio[] = [
  gio('Grondgebied Duiven', 'grondgebied-duiven', [0, 0], 3),
  gio('Bedrijventerrein Nieuwgraaf', 'bedrijventerrein-nieuwgraaf', [-1, -0.5], 0.6),
  gio('Uiterwaarden Loowaard', 'uiterwaarden-loowaard', [1.5, 1.5], 0.8),
  gio('Zoekgebied duurzame energie A12', 'zoekgebied-energie-a12', [0, -1.8], 0.7),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}.</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '●' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]
const kader = (titel: string, tekst: string) => `<div class="kader"><p class="kt">${titel}</p><p>${tekst}</p></div>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="gem">GEMEENTE DUIVEN</p>
<p class="ttl">Besluit van de raad van de gemeente Duiven tot vaststelling van de Omgevingsvisie gemeente Duiven</p>
<p>De raad van de gemeente Duiven;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 29 augustus 2028, nummer 2028-0219;</p>
<p>overwegende dat het Koersdocument Omgevingsvisie gemeente Duiven met inwoners, maatschappelijke partners en de raad is besproken, dat alle reacties zijn beantwoord in een reactienota en dat het ontwerp van de omgevingsvisie van 15 mei tot en met 26 juni 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<table class="bp"><tr><td>I.</td><td>de Omgevingsvisie gemeente Duiven, bestaande uit de tekst en de geografische informatieobjecten in bijlage A, vast te stellen;</td></tr>
<tr><td>II.</td><td>de Structuurvisie Duiven 2030 in te trekken;</td></tr>
<tr><td>III.</td><td>dat dit besluit in werking treedt op 16 oktober 2028.</td></tr></table>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Duiven, gehouden op 25 september 2028.</p>
${handtekeningen(['de griffier,', 'drs. A.W. Tijssen'], ['de voorzitter,', 'mr. H.J.P. Dijkman'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie gemeente Duiven</p><p class="t2">Duiven, Groessen en Loo — samen op koers naar 2040</p></div>')
  d.page('std')
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Een nieuwe Omgevingswet')
  d.p('De Omgevingswet bundelt de wetten en regels voor wonen, wegen, natuur, milieu en water. Zij geeft ruimte aan de gemeente om eigen keuzes te maken, en ruimte voor ideeën en initiatieven van inwoners, ondernemers en andere partijen.')
  d.kop(2, '1.2', 'Van koersdocument naar omgevingsvisie')
  d.raw(kader('Wat vonden inwoners?', 'Bij de bespreking van het koersdocument op 2 december 2020 kwamen allerlei thema’s aan bod. Alle suggesties, vragen en opmerkingen staan in de reactienota.'))
  d.p('Twee jaar lang werkten bestuurders, ambtenaren en maatschappelijke partners aan het Koersdocument Omgevingsvisie gemeente Duiven. Het koersdocument gaf antwoord op de vraag welke vraagstukken maatschappelijk belangrijk zijn en welke koers de gemeente wil varen.')
  d.p('Een geplande bijeenkomst op 28 oktober 2020 kon vanwege corona niet doorgaan; het gesprek met betrokken inwoners is daarna digitaal gevoerd. In de reactienota staat wat alle reacties zijn, wat de gemeente ermee doet en waarom.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft Duiven nu. De hoofdstukken 3 tot en met 5 geven de koers per thema. Hoofdstuk 6 gaat over de uitvoering.')

  d.kop(1, '2', 'Duiven nu')
  d.kop(2, '2.1', 'Drie kernen in De Liemers')
  d.p('Duiven ligt tussen Arnhem en Zevenaar. De gemeente bestaat uit de kernen Duiven, Groessen en Loo. Duiven groeide vanaf de jaren zeventig uit tot een groeikern; Groessen en Loo hebben hun dorpse karakter behouden.')
  d.kop(2, '2.2', 'Ligging aan snelwegen en rivier')
  d.p('De A12 en de A15 maken Duiven goed bereikbaar. Aan de noordkant liggen de Rijn en de uiterwaarden van de Loowaard.')
  d.kop(2, '2.3', 'Kwaliteiten')
  d.list(['een groene woonomgeving met veel voorzieningen dichtbij;', 'een sterke economie op Nieuwgraaf en bij de snelwegen;', { text: 'een waardevol rivierenlandschap', sub: ['de Loowaard en de oude Rijnstrangen;', 'de dijkdorpen Groessen en Loo.'] }], bol)

  d.kop(1, '3', 'Wonen en leefomgeving')
  d.kop(2, '3.1', 'Woningbouw')
  d.p('De vraag naar woningen in de regio Arnhem-Nijmegen blijft groot. Duiven bouwt mee, vooral binnen de bestaande kernen.')
  d.table(['Kern', 'Woningbouw tot 2040', 'Accent'], [
    ['Duiven', 'circa 1.100 woningen', 'centrum, stationsomgeving, transformatie'],
    ['Groessen', 'circa 150 woningen', 'dorpse afronding'],
    ['Loo', 'circa 60 woningen', 'eigen behoefte'],
  ], 'tbl', ['28%', '30%', '42%'])
  d.kop(2, '3.2', 'Een gezonde leefomgeving')
  d.kop(3, '3.2.1', 'Geluid en lucht')
  d.p('Langs de A12 en de A15 letten we op geluid en luchtkwaliteit. Nieuwe woningen komen niet in de zones met de hoogste belasting.')
  d.kop(3, '3.2.2', 'Groen en bewegen')
  d.raw(kader('Kader: groennorm', 'Iedere inwoner heeft binnen 300 meter van de woning een groene plek om te spelen, te wandelen of te ontmoeten.'))
  d.p('We vergroenen straten en pleinen. Dat helpt tegen hitte en wateroverlast en nodigt uit tot bewegen.')
  d.kop(2, '3.3', 'Voorzieningen')
  d.p('Het centrum van Duiven blijft het hart met winkels, zorg en cultuur. In Groessen en Loo houden we de basisvoorzieningen op peil.')

  d.kop(1, '4', 'Werken en bereikbaarheid')
  d.kop(2, '4.1', 'Bedrijventerrein Nieuwgraaf')
  d.p('Nieuwgraaf is een regionaal bedrijventerrein met een grote werkgelegenheid. We kiezen voor:')
  d.list(['intensiveren en verduurzamen van het bestaande terrein;', 'ruimte voor logistiek alleen als het landschap en de verkeersafwikkeling dat toelaten;', 'zonnepanelen op alle grote daken.'], abc)
  d.kop(2, '4.2', 'Mobiliteit')
  d.kop(3, '4.2.1', 'Station Duiven')
  d.p('Het station is een knooppunt voor trein, bus en fiets. We maken de omgeving aantrekkelijker en verbeteren de fietsverbindingen met Arnhem en Zevenaar.')
  d.kop(3, '4.2.2', 'Snelwegen')
  d.p('Wij werken met Rijk en provincie aan de doorstroming op de A12 en de aansluitingen bij Duiven.')

  d.kop(1, '5', 'Landschap, water en energie')
  d.kop(2, '5.1', 'Rivierenlandschap')
  d.p('De Loowaard en de Rijnstrangen zijn van grote waarde voor natuur en recreatie. Samen met het waterschap Rijn en IJssel werken we aan veilige dijken en meer ruimte voor de rivier.')
  d.kop(2, '5.2', 'Klimaatadaptatie')
  d.p('Bij nieuwbouw en herinrichting houden we regenwater vast waar het valt.')
  d.kop(2, '5.3', 'Duurzame energie')
  d.raw(kader('Regionale Energiestrategie', 'Duiven draagt bij aan de Regionale Energiestrategie Arnhem-Nijmegen met zon op daken en langs de A12.'))
  d.p('Grootschalige opwek zoeken we in de zone langs de A12, waar het landschap al door infrastructuur wordt bepaald.')

  d.kop(1, '6', 'Uitvoering')
  d.kop(2, '6.1', 'Programma’s')
  d.p('We werken de visie uit in programma’s voor wonen, mobiliteit en energie.')
  d.kop(2, '6.2', 'Samenwerking')
  d.p('De leefomgeving maken we samen: met inwoners, ondernemers, de Liemerse gemeenten, de provincie Gelderland en het waterschap.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage A — Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h230',
    set: 'holdout',
    bron: 'Naar de openbare teksten over het "Koersdocument Omgevingsvisie gemeente Duiven" (twee jaar door bestuurders, ambtenaren en maatschappelijke partners opgesteld; op 2 december 2020 digitaal met inwoners besproken omdat de bijeenkomst van 28 oktober niet kon doorgaan; een reactienota met alle reacties, wat de gemeente ermee doet en waarom; daarna een concept-omgevingsvisie), hier als omgevingsvisie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Liberation Sans 10 pt, hoofdstukken "1." met groot gekleurd nummer (nummer "1"), paragrafen "1.1", een derde niveau "3.2.1", geen inhoudsopgave, KADERS in de rechtermarge naast de tekst, koptekst "Omgevingsvisie gemeente Duiven | 2028" rechts, voettekst "Gemeente Duiven" links en "Pagina N van M" rechts, lijsten "●" en "–", een lijst "a." …, een tabel, raadsbesluit met ROMEINSE BESLISPUNTEN "I." … "III.", GIO-tabel Naam | Identificatie in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0226',
    naam: 'Gemeente Duiven',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Duiven tot vaststelling van de Omgevingsvisie gemeente Duiven',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-10-16',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Duiven',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-duiven', regeling: 'omgevingsvisie-duiven', doel: 'omgevingsvisie-duiven' },
      datums: { vaststelling: '2028-09-25', ondertekening: '2028-09-25', bekendmaking: '2028-10-05', inwerkingtreding: '2028-10-16' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0226',
      oin: '00000001000000002260',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [198000, 441000] },
    meubilair: ['^Omgevingsvisie gemeente Duiven \\| 2028$', '^Gemeente Duiven$', '^Pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie gemeente Duiven',
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 22mm; @top-right { content: "Omgevingsvisie gemeente Duiven | 2028"; ${ft} } @bottom-left { content: "Gemeente Duiven"; ${ft} } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.5mm; }
.gem { font: bold 12pt 'Liberation Sans'; letter-spacing: 0.1em; color: #c2410c; margin-bottom: 10mm; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
table.bp td { vertical-align: top; padding: 0 3mm 1.5mm 0; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 100mm; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #c2410c; }
.titel .t2 { font: 13pt 'Liberation Sans'; }
h1 { break-before: page; font: bold 18pt 'Liberation Sans'; color: #222; margin: 0 0 6mm; }
h1 .n { font-size: 30pt; color: #c2410c; }
h2 { font: bold 12.5pt 'Liberation Sans'; color: #c2410c; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 10.5pt 'Liberation Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
.kader { float: right; width: 55mm; margin: 0 0 3mm 5mm; padding: 3mm; background: #fbe9dd; font-size: 8.5pt; border-left: 2pt solid #c2410c; }
.kader .kt { font-weight: bold; margin-bottom: 1.5mm; }
div.lst { margin: 0 0 2.5mm 2mm; }
table.tbl { width: 100%; font: 9pt 'Liberation Sans'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th { background: #c2410c; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.5pt solid #c2410c; padding: 1.2mm 1.5mm; vertical-align: top; }
.bijl { font: bold 15pt 'Liberation Sans'; margin: 0 0 5mm; }
table.gio { width: 100%; font: 9pt 'Liberation Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #888; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
