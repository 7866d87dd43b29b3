/**
 * h112 — gemeente Urk (gm0184), holdout (session 12): a small gemeente of about 22.000 inwoners (the former island in
 * the Zuiderzee, since 1942 joined to the Noordoostpolder; the oude dorp with its vuurtoren and haven, the
 * Zeeheldenwijk, Oranjewijk and Schokkerhoek, the visserij and maritime bedrijvigheid). Content after the public texts
 * on the Omgevingsvisie Urk "Samen stappen zetten" (adopted on 16 december 2021; made with inwoners, jeugd,
 * ondernemers and organisaties through a vragenlijst, scholen- en jeugdsessies and an adviesgroep; seven thema's: een
 * gezond en sociaal dorp, een vitale economie, cultuur en erfgoed, natuur en landschap, verkeersveilig, toegankelijk
 * en bereikbaar Urk, een leefbare en toekomstbestendige omgeving, een goed woonklimaat; rentmeesterschap; "meer
 * groen, minder steen"; toerisme groeit niet ten koste van de leefbaarheid en de sociale samenhang; open entrees van
 * de natuurgebieden; two moties on groen and on identiteit), here as a visie of 2027 looking to 2040, shortened and
 * partly in our own words. Layout: 17 × 24 cm in Liberation Serif 9.5 pt with DejaVu Sans headings; chapters "1." …
 * "9." with titles TYPED IN CAPITALS (the truth gives them in capitals), three chapter titles over TWO LINES, sections
 * "1.1", a third level "3.2.1"; header "Omgevingsvisie Urk 2040 · gemeente Urk" at the left, footer "pagina n" at the right; no table of
 * contents; "De raad van de gemeente Urk; gelezen …; gelet op …; overwegende dat …; besluit vast te stellen:" with
 * Artikel 1–3 (Artikel 1 "Begrippen" with definitions a.–c., Artikel 3 a date); visie as "Bijlage 1"; GIO table Nr. |
 * Werkingsgebied | Identificatie in "Bijlage 2" with identifiers wrapping in the cell.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0184', '2027', '2027-11-18', '1')
const GIOS = [
  gio('Gemeente Urk', 'gemeente-urk', [0, 0], 2.5),
  gio('Oude dorp Urk', 'oude-dorp-urk', [-0.4, -0.2], 0.4),
  gio('Zoekgebied woningbouw Zeeheldenwijk-Oost', 'zoekgebied-woningbouw-zeeheldenwijk-oost', [1.2, 0.3], 0.5),
  gio('Kustzone Urk', 'kustzone-urk', [-1, 0.8], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}.</span><span class="tt">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '◦', font: 'DejaVu Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Urk · raadsbesluit 2027-RB-044</p>
<p class="ttl">Besluit van de raad van de gemeente Urk tot vaststelling van de Omgevingsvisie Urk 2040</p>
<p>De raad van de gemeente Urk;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en dat de ingediende zienswijzen zijn verwerkt in de Nota van zienswijzen;</p>
<p class="bs">besluit vast te stellen:</p>
<p class="art">Artikel 1 Begrippen</p>
<p>In dit besluit wordt verstaan onder:</p>
<p class="def">a. wet: de Omgevingswet;</p>
<p class="def">b. omgevingsvisie: de Omgevingsvisie Urk 2040, opgenomen in bijlage 1 bij dit besluit;</p>
<p class="def">c. werkingsgebied: de begrenzing van een onderdeel van de omgevingsvisie, vastgelegd in een geografisch informatieobject als bedoeld in bijlage 2.</p>
<p class="art">Artikel 2 Vaststelling</p>
<p>De omgevingsvisie wordt vastgesteld; de Omgevingsvisie Urk, vastgesteld op 16 december 2021, wordt ingetrokken.</p>
<p class="art">Artikel 3 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 18 november 2027.</p>
${handtekeningen(['de griffier,', 'J. de Boer'], ['de voorzitter,', 'C. van den Berg'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-RB-044</p>
<p class="t1">Omgevingsvisie Urk 2040</p>
<p class="t2">Samen stappen zetten</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'URK IN BEELD')
  d.p('Urk mooi houden voor onze kinderen en kleinkinderen, ook in de toekomst: daarover gaat deze omgevingsvisie. Ze beschrijft hoe wij vanuit ons rentmeesterschap invulling geven aan een sociaal-fysieke leefomgeving en een toekomstbestendig Urk.')
  d.kop(2, '1.1', 'Van eiland tot dorp in de polder')
  d.p('Tot 1939 was Urk een eiland in de Zuiderzee. Sinds de drooglegging van de Noordoostpolder in 1942 ligt het dorp aan het IJsselmeer, maar het eilandgevoel is gebleven.')
  d.kop(2, '1.2', 'Identiteit')
  d.p('De sterke sociale samenhang, de kerken, de visserij en de maritieme bedrijvigheid maken Urk tot wat het is.')
  d.kop(2, '1.3', 'Samen stappen zetten')
  d.p('Deze visie maakten we samen met inwoners, jeugd, ondernemers en organisaties, met een vragenlijst, scholen- en jeugdsessies en een adviesgroep van inwoners.')

  d.kop(1, '2', 'EEN GEZOND EN SOCIAAL DORP')
  d.p('Het goede onderlinge contact tussen de inwoners en het behoud van de sterke sociale samenhang blijven uitgangspunt.')
  d.kop(2, '2.1', 'Ontmoeten')
  d.p('In elke wijk zijn plekken om elkaar te ontmoeten, te spelen en te sporten.')
  d.kop(2, '2.2', 'Zorg dichtbij')
  d.p('Voorzieningen voor zorg en welzijn blijven in het dorp.')

  d.kop(1, '3', 'EEN VITALE ECONOMIE')
  d.p('Urk is een ondernemend dorp met een eigen economie.')
  d.kop(2, '3.1', 'Visserij en maritieme sector')
  d.p('De visserij verandert; de maritieme kennis van Urk blijft een kracht.')
  d.kop(2, '3.2', 'Bedrijventerreinen')
  d.kop(3, '3.2.1', 'Port of Urk')
  d.p('Op het bedrijventerrein bij de haven is ruimte voor visverwerking en maritieme bedrijven.')
  d.kop(3, '3.2.2', 'Zorgvuldig ruimtegebruik')
  d.p('We bouwen eerst op bestaande terreinen, en zo compact mogelijk.')
  d.kop(2, '3.3', 'Toerisme')
  d.p('Toerisme mag groeien, maar niet ten koste van de leefbaarheid en de sociale samenhang.')

  d.kop(1, '4', 'HET BESCHERMEN, ONTWIKKELEN EN BELEEFBAAR MAKEN VAN CULTUUR EN ERFGOED')
  d.p('Het oude dorp, de vuurtoren, de haven en het Monument voor de Urker vissers vertellen het verhaal van Urk.')
  d.kop(2, '4.1', 'Het oude dorp')
  d.p('In het oude dorp behouden we het stratenpatroon en de kleinschalige bebouwing.')
  d.kop(2, '4.2', 'Erfgoed beleefbaar maken')
  d.p('We maken het erfgoed beleefbaar voor inwoners en bezoekers.')

  d.kop(1, '5', 'BELEVEN, BENUTTEN EN BOOSTEN VAN NATUUR & LANDSCHAP')
  d.p('Bij de aanleg en inrichting van nieuwe natuur houden we plek vrij voor recreatief gebruik zoals wandelen en fietsen.')
  d.kop(2, '5.1', 'Open entrees')
  d.p('Met open entrees van de natuurgebieden stimuleren we de beleving van natuur.')
  d.kop(2, '5.2', 'De kust')
  d.p('De kust van het IJsselmeer wordt beter toegankelijk, met respect voor de natuur.')

  d.kop(1, '6', 'VERKEERSVEILIG, TOEGANKELIJK EN BEREIKBAAR URK')
  d.p('We maken meer ruimte voor veilige fietspaden, zodat inwoners nog vaker de fiets pakken.')
  d.kop(2, '6.1', 'Fiets')
  d.list(['veilige schoolroutes;', { text: 'doorgaande fietspaden naar', sub: ['Emmeloord;', 'Lemmer.'] }, 'voldoende stallingen bij voorzieningen.'], punt)
  d.kop(2, '6.2', 'Auto en parkeren')
  d.p('De ontsluiting van het dorp verbeteren we met een tweede verbinding naar de A6.')

  d.kop(1, '7', 'EEN LEEFBARE EN TOEKOMSTBESTENDIGE OMGEVING')
  d.p('Bij de herontwikkeling van Urk verminderen we de verstening: meer groen, minder steen.')
  d.kop(2, '7.1', 'Klimaatadaptatie')
  d.p('Groene tuinen en straten vangen regenwater op en houden het dorp koel.')
  d.kop(2, '7.2', 'Energie')
  d.p('Zon op daken van woningen en bedrijven; geen windturbines in het zicht van het oude dorp.')

  d.kop(1, '8', 'EEN GOED WOONKLIMAAT')
  d.p('Urk groeit door eigen aanwas. Er is grote behoefte aan woningen, vooral voor starters en jonge gezinnen.')
  d.table(['Periode', 'Woningen', 'Waarvan betaalbaar'], [
    ['2027–2030', '650', '400'],
    ['2031–2035', '700', '420'],
    ['2036–2040', '600', '360'],
  ], 'tbl', ['40%', '30%', '30%'])
  d.kop(2, '8.1', 'Nieuwe woongebieden')
  d.p('Bij de (her)ontwikkeling van Urk kiezen we voor woongebieden, onder meer in Zeeheldenwijk-Oost.')
  d.kop(2, '8.2', 'Wonen voor iedereen')
  d.p('We bouwen voor starters, gezinnen en ouderen, en houden woningen betaalbaar.')

  d.kop(1, '9', 'VAN VISIE NAAR UITVOERING')
  d.kop(2, '9.1', 'Programma’s')
  d.p('Hoe we de doelen bereiken, werken we uit in programma’s, zoals het programma wonen.')
  d.kop(2, '9.2', 'Actualisatie')
  d.p('Elke vier jaar bezien we of de visie nog past bij Urk.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Nr.', 'Werkingsgebied', 'Identificatie'], (g, i) => [`${i + 1}.`, g.naam, gidCell(g.identificatie, true)], 'gio', ['8%', '32%', '60%'])

  const hf = "font: 7.5pt 'DejaVu Sans'; color: #004B87;"
  const spec: DocSpec = {
    id: 'h112',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Urk "Samen stappen zetten" (vastgesteld op 16 december 2021; gemaakt met inwoners, jeugd, ondernemers en organisaties via een vragenlijst, scholen- en jeugdsessies en een adviesgroep; zeven thema\'s: een gezond en sociaal dorp, een vitale economie, cultuur en erfgoed, natuur en landschap, verkeersveilig, toegankelijk en bereikbaar Urk, een leefbare en toekomstbestendige omgeving, een goed woonklimaat; rentmeesterschap; "meer groen, minder steen"; toerisme niet ten koste van leefbaarheid en sociale samenhang; open entrees van de natuurgebieden), hier als visie van 2027 tot 2040, ingekort en deels in eigen woorden; eigen opmaak: 17 × 24 cm in Liberation Serif 9,5 pt met DejaVu Sans-koppen, hoofdstukken "1." … "9." met titels IN HOOFDLETTERS GETYPT, drie hoofdstuktitels over TWEE REGELS, paragrafen "1.1", een derde niveau "3.2.1", kopregel "Omgevingsvisie Urk 2040 · gemeente Urk" links, voettekst "pagina n" rechts, geen inhoudsopgave, "besluit vast te stellen:" met Artikel 1–3 (Artikel 1 Begrippen met definities a.–c., Artikel 3 een datum), visie als "Bijlage 1", GIO-tabel Nr. | Werkingsgebied | Identificatie in "Bijlage 2" met identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'gm0184',
    naam: 'Gemeente Urk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Urk tot vaststelling van de Omgevingsvisie Urk 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Urk 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-urk-2040', regeling: 'omgevingsvisie-urk-2040', doel: 'omgevingsvisie-urk-2040' },
      datums: { vaststelling: '2027-11-18', ondertekening: '2027-11-18', bekendmaking: '2027-11-25', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0184',
      oin: '00000001000000184000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [171000, 521000] },
    meubilair: ['^Omgevingsvisie Urk 2040 · gemeente Urk$', '^pagina \\d+$'],
    title: 'Omgevingsvisie Urk 2040 – Samen stappen zetten',
    css: `
@page { size: 170mm 240mm; margin: 18mm 16mm 18mm 18mm; }
@page visie { @top-left { content: "Omgevingsvisie Urk 2040 · gemeente Urk"; ${hf} } @bottom-right { content: "pagina " counter(page); ${hf} } }
@page bijl { @top-left { content: "Omgevingsvisie Urk 2040 · gemeente Urk"; ${hf} } @bottom-right { content: "pagina " counter(page); ${hf} } }
body { font: 9.5pt/1.45 'Liberation Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2mm; }
.gem { font: 7.5pt 'DejaVu Sans'; color: #004B87; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.def { padding-left: 5mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 8pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 22pt 'DejaVu Sans'; color: #004B87; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; color: #3C8DBC; }
h1 { display: flex; font: bold 13pt 'DejaVu Sans'; color: #004B87; margin: 9mm 0 3mm; break-after: avoid; }
h1 .n { flex: 0 0 10mm; }
h1 .tt { flex: 1 1 auto; }
h2 { font: bold 10.5pt 'DejaVu Sans'; color: #004B87; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #004B87; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { font: bold 13pt 'DejaVu Sans'; color: #004B87; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { border-bottom: 1pt solid #004B87; text-align: left; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
