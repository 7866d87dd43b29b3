/**
 * h172 — gemeente Papendrecht (gm0590), holdout (session 13): the Zuid-Hollandse gemeente of some 32.000 inwoners
 * where the Noord meets the Beneden-Merwede, opposite Dordrecht, at the edge of the Alblasserwaard, with Oud-Papendrecht
 * on the dijk, the wijken Wilgendonk, Kraaihoek, Molenvliet and De Matena, the Markt as centre and the
 * bedrijventerrein Oosteind. Content after the public texts of Papendrecht's omgevingsvisie (vastgesteld 26 januari
 * 2021 as "Een duurzame toekomst met een krachtige gemeenschap", a "flexibel kompas" to 2035 with ontmoeten en
 * verbinden, duurzaam en groen, veerkrachtig wonen en leven and the rol in de regio; the Omgevingsvisie 2.0, geldend
 * since 5 June 2025 (CVDR740226): a Voorwoord "‘Regeren is vooruitzien’" with the three questions a.–c., "nadrukkelijk
 * geen afvinklijst", a Leeswijzer with five chapters "De omgevingsvisie van de gemeente Papendrecht", "Stand van
 * Papendrecht", "Onze ambities", "Hier gaan we voor" and a fifth), here as a revised visie of 2028, partly in our own
 * words. Layout: A4 LANDSCAPE in two columns, Nimbus Sans 10 pt with URW Gothic headings; an unnumbered Voorwoord and Leeswijzer; chapter headings
 * as a BARE NUMBER IN A LARGE FONT ABOVE THE TITLE (a coloured "4" over "Hier gaan we voor", spanning both columns);
 * sections with TRAILING DOTS "1.1." and TWELVE doelen in chapter 4 ("4.10." … "4.12."), a third level "4.10.1.";
 * unnumbered bold RUN-IN koppen ("Prioriteit." at the start of a paragraph); table of contents of chapters and
 * sections; header "Papendrecht · visie 2.1" right, footer "pagina n" centred; lists "a." and "•"; a table;
 * raadsbesluit "b e s l u i t :" with beslispunten 1.–3.; GIO table Nr. | Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0590', '2028', '2028-05-30', '1')
const GIOS: Gio[] = [
  gio('Gemeente Papendrecht', 'gemeente-papendrecht', [0, 0], 2.5),
  gio('Rivierzone Merwede en Noord', 'rivierzone-merwede-noord', [-1, -1], 1),
  gio('Centrumgebied Markt', 'centrumgebied-markt', [0, 0.3], 0.4),
  gio('Bedrijventerrein Oosteind', 'bedrijventerrein-oosteind', [2, 0], 0.6),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'De omgevingsvisie van de gemeente Papendrecht'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Van visie 2021 naar visie 2.1'],
  [1, '2', 'Stand van Papendrecht'],
  [2, '2.1', 'Dorp aan de rivier'],
  [2, '2.2', 'Uitdagingen'],
  [1, '3', 'Onze ambities'],
  [2, '3.1', 'Ontmoeten en verbinden'],
  [2, '3.2', 'Duurzaam en groen'],
  [2, '3.3', 'Veerkrachtig wonen en leven'],
  [2, '3.4', 'Papendrecht in de regio'],
  [1, '4', 'Hier gaan we voor'],
  [2, '4.1', 'Betaalbaar wonen voor iedereen'],
  [2, '4.2', 'Een levendige Markt'],
  [2, '4.3', 'Groen in elke wijk'],
  [2, '4.4', 'Klimaatbestendige openbare ruimte'],
  [2, '4.5', 'Aardgasvrije wijken'],
  [2, '4.6', 'Veilige fietsroutes'],
  [2, '4.7', 'De Waterbus en het openbaar vervoer'],
  [2, '4.8', 'Werken aan de rivier'],
  [2, '4.9', 'Voorzieningen in de wijk'],
  [2, '4.10', 'Gezond opgroeien'],
  [3, '4.10.1', 'Spelen en sporten'],
  [3, '4.10.2', 'Schone lucht'],
  [2, '4.11', 'Cultuurhistorie van de dijk'],
  [2, '4.12', 'Samenwerken met de Drechtsteden'],
  [1, '5', 'Hoe we verder gaan'],
  [2, '5.1', 'Programma’s en omgevingsplan'],
  [2, '5.2', 'Monitoring en herziening'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd brk"><p class="big">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer}. ${k.opschrift}</h${k.niveau}>`

const letter: Marker[] = [{ counter: 'a', suffix: '.' }]
const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  /** A chapter: its heading spans both columns, its text runs in two. */
  const hfd = (nr: string, body: () => void) => {
    k(nr)
    d.raw('<div class="cols">')
    body()
    d.raw('</div>')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de gemeenteraad van Papendrecht tot vaststelling van de Omgevingsvisie Papendrecht 2.1</p>
<p>De raad van de gemeente Papendrecht;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 18 april 2028, kenmerk 28-RV-017;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het college de omgevingsvisie heeft geëvalueerd en dat de doelen en prioriteiten duidelijker zijn opgeschreven;</p>
<p class="bs">b e s l u i t :</p>
<div class="bp"><p><span class="n">1.</span>de Omgevingsvisie Papendrecht 2.1 met de geografische informatieobjecten van bijlage 1 vast te stellen;</p>
<p><span class="n">2.</span>de Omgevingsvisie 2.0, geldend sinds 5 juni 2025, in te trekken;</p>
<p><span class="n">3.</span>te bepalen dat dit besluit in werking treedt op 1 juli 2028.</p></div>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 30 mei 2028.</p>
${handtekeningen(['de griffier,', 'mr. J.A. Bos'], ['de voorzitter,', 'A.W. Mos'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Papendrecht 2.1</p>
<p class="t2">Een duurzame toekomst met een krachtige gemeenschap</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => (n === 1 ? [nr, t, t, 1] : [`${nr}.`, t, `${nr}. ${t}`, 2]))
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  d.raw('<div class="cols brk">')
  d.tk('Voorwoord', 'ongen')
  d.p('‘Regeren is vooruitzien’ luidt een bekend gezegde. Dat geldt zeker voor onze leefomgeving. Veranderingen in de fysieke leefomgeving kosten tijd. Daarom is het belangrijk om ver vooruit te kijken, koers te bepalen en op tijd bij te sturen als de samenleving daarom vraagt.')
  d.p('In deze omgevingsvisie maken wij richtinggevende keuzes voor een periode van ongeveer dertig jaar. Wij stellen de volgende vragen:')
  d.list(['Wat is de stand van Papendrecht en welke uitdagingen komen er op ons af?', 'Welke ambities heeft Papendrecht voor de toekomst?', 'Welke doelen hebben wij als Papendrecht en wat zijn hierbij de prioriteiten?'], letter)
  d.p('De omgevingsvisie is nadrukkelijk geen afvinklijst. Het is een uitnodiging aan iedereen die in Papendrecht woont, werkt of regelmatig op bezoek komt om bij te dragen aan de ambities.')
  d.tk('Leeswijzer', 'ongen')
  d.p('De omgevingsvisie bestaat uit vijf hoofdstukken. Hoofdstuk 1 gaat over de omgevingsvisie zelf, hoofdstuk 2 over de stand van Papendrecht, hoofdstuk 3 over onze ambities, hoofdstuk 4 over de doelen waar wij voor gaan en hoofdstuk 5 over hoe wij verder gaan.')
  d.raw('</div>')

  hfd('1', () => {
    k('1.1')
    d.p('In deze visie staan kaders voor de toekomst en handvatten voor iedereen om met ideeën te komen en deze zelf, of samen met de gemeente, uit te voeren. Zo bouwen wij samen aan een gemeente waar het ook in de toekomst prettig verblijven is.')
    k('1.2')
    d.p('De visie van 26 januari 2021 schetste een stip op de horizon: een flexibel kompas tot 2035. In versie 2.0 zijn de doelen en ambities duidelijker opgeschreven en zijn keuzes gemaakt, want wij kunnen niet alles tegelijk aanpakken. Deze versie 2.1 werkt de doelen bij na de eerste evaluatie.')
  })
  hfd('2', () => {
    k('2.1')
    d.p('Papendrecht ligt waar de Noord en de Beneden-Merwede samenkomen, tegenover Dordrecht. Oud-Papendrecht ligt op de dijk; de wijken Wilgendonk, Kraaihoek, Molenvliet en De Matena liggen in de polder.')
    k('2.2')
    d.p('De belangrijkste uitdagingen zijn:')
    d.list(['een vergrijzende bevolking en een krappe woningmarkt;', 'hitte en wateroverlast in versteende wijken;', { text: 'de energietransitie', sub: ['in de naoorlogse wijken;', 'op het bedrijventerrein Oosteind.'] }, 'druk op de wegen naar de A15 en de N3.'], bol)
  })
  hfd('3', () => {
    d.p('Vier ambities geven richting aan alle keuzes in deze visie.')
    k('3.1')
    d.p('Wij gaan voor een krachtige gemeenschap met laagdrempelige voorzieningen, dichtbij de mensen.')
    k('3.2')
    d.p('Papendrecht is in 2050 energieneutraal en heeft groen dat hittebestendig en waterrobuust is.')
    k('3.3')
    d.p('Wij willen dat iedereen in Papendrecht een passende woning kan vinden, in elke levensfase.')
    k('3.4')
    d.p('De oplossingen voor onze uitdagingen houden niet op bij de gemeentegrens. Wij werken samen in de Drechtsteden.')
  })
  hfd('4', () => {
    d.p('Per doel beschrijven wij wat wij willen bereiken en wat daarbij de prioriteit heeft.')
    k('4.1')
    d.p('<b>Prioriteit.</b> Tot 2035 bouwen wij 1.400 woningen, waarvan ten minste een derde sociale huur.')
    d.table(['Locatie', 'Woningen', 'Gereed'], [
      ['Centrum en Markt', '450', '2032'],
      ['Rivierzone', '600', '2035'],
      ['Inbreiding in de wijken', '350', 'doorlopend'],
    ], 'tbl', ['50%', '25%', '25%'])
    k('4.2')
    d.p('<b>Prioriteit.</b> De Markt blijft het hart van Papendrecht, met winkels, horeca en wonen boven winkels.')
    k('4.3')
    d.p('Elke woning ligt binnen driehonderd meter van een groene plek.')
    k('4.4')
    d.p('Bij elke herinrichting maken wij ruimte voor water en schaduw.')
    k('4.5')
    d.p('<b>Prioriteit.</b> De eerste wijken gaan van het aardgas af als het warmtenet vanuit Dordrecht is aangelegd.')
    k('4.6')
    d.p('Wij verbeteren de fietsroutes naar Dordrecht, Alblasserdam en Sliedrecht.')
    k('4.7')
    d.p('De Waterbus verbindt Papendrecht met Dordrecht en Rotterdam; wij verbeteren de aansluiting op de haltes.')
    k('4.8')
    d.p('Maritieme bedrijven aan de rivier houden hun plek. Nieuwe woningen houden afstand.')
    k('4.9')
    d.p('Basisschool, huisarts en sportvoorziening liggen in of dichtbij elke wijk.')
    k('4.10')
    d.p('Kinderen groeien gezond op in een omgeving die uitnodigt tot bewegen.')
    k('4.10.1')
    d.p('Elke wijk heeft speelplekken voor alle leeftijden en een sportveld op fietsafstand.')
    k('4.10.2')
    d.p('Wij houden scholen en kinderopvang weg van drukke wegen.')
    k('4.11')
    d.p('De dijk met zijn oude woningen en de Sint-Jacobskerk blijft herkenbaar.')
    k('4.12')
    d.p('Wij werken met de Drechtsteden samen aan wonen, werken, bereikbaarheid en energie.')
  })
  hfd('5', () => {
    k('5.1')
    d.p('De doelen werken wij uit in programma’s en in het omgevingsplan.')
    k('5.2')
    d.p('Elke twee jaar rapporteren wij aan de raad over de voortgang. Als de samenleving daarom vraagt, sturen wij bij.')
  })

  d.page('std').bijlage('1', 'Overzicht geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 1 Overzicht geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [`${i + 1}.`, g.naam, gidCell(g.identificatie)], 'gio', ['8%', '32%', '60%'])

  const ft = "font: 8.5pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h172',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisie van Papendrecht (vastgesteld 26 januari 2021 als "Een duurzame toekomst met een krachtige gemeenschap", een flexibel kompas tot 2035 met ontmoeten en verbinden, duurzaam en groen, veerkrachtig wonen en leven en de rol in de regio; de Omgevingsvisie 2.0, geldend sinds 5 juni 2025 (CVDR740226): een voorwoord "‘Regeren is vooruitzien’" met de drie vragen a.–c., "nadrukkelijk geen afvinklijst", een leeswijzer met vijf hoofdstukken "De omgevingsvisie van de gemeente Papendrecht", "Stand van Papendrecht", "Onze ambities", "Hier gaan we voor" en een vijfde), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 LIGGEND in twee kolommen, Nimbus Sans 10 pt met koppen in URW Gothic, een ongenummerd Voorwoord en Leeswijzer, hoofdstukkoppen als een LOS NUMMER IN GROTE LETTERS BOVEN DE TITEL (over beide kolommen), paragrafen met PUNT "1.1." en TWAALF doelen in hoofdstuk 4 ("4.10." … "4.12."), een derde niveau "4.10.1.", ongenummerde vette INLOOPKOPPEN ("Prioriteit."), inhoudsopgave van hoofdstukken en paragrafen, kopregel "Papendrecht · visie 2.1" rechts, voettekst "pagina n" gecentreerd, lijsten "a." en "•", een tabel, raadsbesluit "b e s l u i t :" met beslispunten 1.–3., GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0590',
    naam: 'Gemeente Papendrecht',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Papendrecht tot vaststelling van de Omgevingsvisie Papendrecht 2.1',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Papendrecht 2.1',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-papendrecht-2-1', regeling: 'omgevingsvisie-papendrecht', doel: 'omgevingsvisie-papendrecht-2-1' },
      datums: { vaststelling: '2028-05-30', ondertekening: '2028-05-30', bekendmaking: '2028-06-06', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0590',
      oin: '00000001000000005900',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [107000, 427000] },
    meubilair: ['^Papendrecht · visie 2\\.1$', '^pagina \\d+$'],
    title: 'Omgevingsvisie Papendrecht 2.1',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4 landscape; margin: 17mm 18mm 16mm 18mm; }
@page std { @top-right { content: "Papendrecht · visie 2.1"; ${ft} } @bottom-center { content: "pagina " counter(page); ${ft} } }
body { font: 10pt/1.4 'Nimbus Sans', sans-serif; color: #1c1c1c; }
p { margin: 0 0 2.2mm; }
.ttl { font: bold 14pt 'Nimbus Sans'; margin: 0 0 5mm; }
.bs { font-weight: bold; margin-top: 4mm; letter-spacing: 0.05em; }
.bp p { margin: 0 0 1.5mm; padding-left: 7mm; text-indent: -7mm; }
.bp .n { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; width: 60%; }
.titel { padding-top: 50mm; padding-left: 20mm; break-after: page; }
.titel .t1 { font: bold 30pt 'URW Gothic'; color: #C0392B; margin: 0 0 3mm; }
.titel .t2 { font: italic 16pt 'Nimbus Sans'; color: #444; }
.toc { width: 70%; font-size: 9.5pt; }
.toc .te { margin-bottom: 0.6mm; }
.tockop { font: bold 18pt 'Nimbus Sans'; color: #C0392B; margin-bottom: 5mm; }
${TOC_CSS}
.cols { column-count: 2; column-gap: 12mm; }
.hfd { margin: 0 0 6mm; }
.big { font: bold 54pt/1.25 'URW Gothic'; color: #C0392B; margin: 0; padding-top: 1mm; }
h1 { font: bold 22pt 'URW Gothic'; color: #1c1c1c; margin: 1mm 0 0; }
h2 { font: bold 12.5pt 'URW Gothic'; color: #C0392B; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 10.5pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.ongen { font: bold 16pt 'URW Gothic'; color: #C0392B; margin: 0 0 2mm; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th { border-bottom: 1pt solid #C0392B; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
h1.bijl { font-size: 16pt; margin-bottom: 4mm; }
table.gio { width: 100%; font-size: 9.5pt; table-layout: fixed; }
table.gio th { background: #C0392B; color: #fff; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
