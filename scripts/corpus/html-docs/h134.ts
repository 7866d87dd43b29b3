/**
 * h134 — gemeente Alphen aan den Rijn (gm0484), holdout (session 12, corpus10): a large gemeente of about 115.000
 * inwoners in the Groene Hart (Alphen-stad, Boskoop, Hazerswoude-Dorp and -Rijndijk, Koudekerk aan den Rijn,
 * Aarlanderveen, Benthuizen, Zwammerdam). All four G4 cities are already in the corpus (gm0363, gm0599, gm0518,
 * gm0344), so this round takes the largest gemeente not yet in it that the brief's regions leave. Content after the
 * public texts of Alphen aan den Rijn on its "Omgevingsvisie 1.0 Alphen aan den Rijn, Groene gemeente met lef!"
 * (adopted 27 January 2022; missie and centrale waarden; identiteit and kernkwaliteiten; trends; the regional
 * position; the five ontwikkelrichtingen Duurzaam ondernemen, Landschappelijke verstedelijking, Waardevol
 * buitengebied, Samen sterker and Gezonde vergroening; the visie translated to gebieden with "spinnenwebben" and
 * "mengpanelen"; the Greenport Boskoop, Aarlanderveen as kroonjuweel, the Bentwoud), here as "Omgevingsvisie 2.0"
 * of 2027, shortened and partly in our own words. Layout: A4 in Carlito 10 pt; the SAMENVATTING ON A THREE-COLUMN
 * PAGE (unnumbered, before chapter 1); chapters "1" … "6" with the number as a large figure before the title, each
 * on a new page, sections "1.1", a third level "5.2.1"; table of contents of two levels with dotted leaders;
 * header "Omgevingsvisie 2.0 · Groene gemeente met lef!" right, footer "n" right; lists "✓" (check marks) and
 * "1."; a table; besluit "besluit:" with Artikel 1–3 (the second withdraws Omgevingsvisie 1.0, the third names the
 * date); visie as "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2" WHOSE NAAM CELLS HOLD TWO LINES: the
 * naam and below it a short description in smaller grey type.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

type G = Gio & { oms: string }
const gio = (naam: string, slug: string, oms: string, at: [number, number], r: number): G => ({
  naam,
  identificatie: `/join/id/regdata/gm0484/2027/${slug}/nld@2027-09-30;1`,
  oms,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Alphen aan den Rijn', 'gemeente-alphen-aan-den-rijn', 'het hele grondgebied', [0, 0], 10),
  gio('Greenport Boskoop', 'greenport-boskoop', 'boomkwekerijlandschap en sierteeltcluster', [-3, -5], 2.5),
  gio('Veenweidegebied Aarlanderveen', 'veenweidegebied-aarlanderveen', 'kroonjuweel van het Groene Hart', [5, -2], 2.5),
  gio('Bentwoud', 'bentwoud', 'nieuw recreatiebos', [-6, -7], 2),
  gio('Stationsgebied Alphen-Centrum', 'stationsgebied-alphen-centrum', 'verdichting rond het OV-knooppunt', [0, 1], 0.8),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Van 1.0 naar 2.0'],
  [2, '1.2', 'Missie en centrale waarden'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Identiteit en kwaliteiten'],
  [2, '2.1', 'Groene Hart-landschap'],
  [2, '2.2', 'Stad en dorpen'],
  [2, '2.3', 'Rijk verleden'],
  [1, '3', 'Trends en regionale positie'],
  [2, '3.1', 'Trends en ontwikkelingen'],
  [2, '3.2', 'Alphen in de regio'],
  [1, '4', 'Vijf ontwikkelrichtingen'],
  [2, '4.1', 'Duurzaam ondernemen'],
  [2, '4.2', 'Landschappelijke verstedelijking'],
  [2, '4.3', 'Waardevol buitengebied'],
  [2, '4.4', 'Samen sterker'],
  [2, '4.5', 'Gezonde vergroening'],
  [1, '5', 'Gebieden'],
  [2, '5.1', 'Alphen-stad'],
  [2, '5.2', 'De dorpen'],
  [3, '5.2.1', 'Boskoop'],
  [3, '5.2.2', 'Hazerswoude-Dorp en Hazerswoude-Rijndijk'],
  [3, '5.2.3', 'Koudekerk, Zwammerdam en Benthuizen'],
  [2, '5.3', 'Buitengebied'],
  [1, '6', 'Doorwerking'],
  [2, '6.1', 'Spinnenwebben en mengpanelen'],
  [2, '6.2', 'Omgevingsplan en programma’s'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Alphen aan den Rijn · raadsbesluit 2027-0212</p>
<p class="ttl">Besluit van de gemeenteraad van Alphen aan den Rijn tot vaststelling van de Omgevingsvisie 2.0 Alphen aan den Rijn</p>
<p>De raad van de gemeente Alphen aan den Rijn;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 4 juli 2027;</p>
<p>overwegende dat de Omgevingsvisie 1.0 Alphen aan den Rijn, Groene gemeente met lef! van 27 januari 2022 is geactualiseerd met de uitwerking per gebied en dat het ontwerp met het planMER zes weken ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie 2.0 Alphen aan den Rijn, Groene gemeente met lef!, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie 1.0 Alphen aan den Rijn, Groene gemeente met lef!, vastgesteld op 27 januari 2022, wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 30 september 2027.</p>
${handtekeningen(['De griffier,', 'mr. drs. A.A.M. Ophelders'], ['De voorzitter,', 'drs. G.J.A. Haverkamp'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-0212</p>
<p class="t1">Omgevingsvisie 2.0<br>Alphen aan den Rijn</p>
<p class="t2">Groene gemeente met lef!</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoudsopgave', rows))

  d.enter('visie')
  d.raw(`<div class="samen"><p class="sk">Samenvatting</p><div class="drie">
<p>De omgevingsvisie is onze gezamenlijke toekomstvisie voor de hele buitenruimte: alles buitenshuis, van milieu, natuur en landschap tot verkeer en vervoer, gezondheid en cultureel erfgoed. Het is een vergezicht dat helpt bij een toekomstbestendige ontwikkeling en ons beleid bundelt.</p>
<p>Het Groene Hart-landschap is onze belangrijkste kwaliteit: de droogmakerijen, de veenweiden, het boomkwekerijlandschap en de oeverwallen, met water als drager. Boven aan alle ambities staat het groene: van de Greenport tot de parken, van het kroonjuweel Aarlanderveen tot het Bentwoud.</p>
<p>Wij richten ons op vijf ontwikkelrichtingen: Duurzaam ondernemen, Landschappelijke verstedelijking, Waardevol buitengebied, Samen sterker en Gezonde vergroening. Per gebied geven spinnenwebben aan welke richting voorrang heeft.</p>
<p>Met mengpanelen kiezen wij per gebied de gewenste milieukwaliteit. De wettelijke grenswaarde is altijd de ondergrens: er is nooit meer overlast dan de wet toestaat.</p>
<p>Versie 2.0 werkt de visie uit voor de stad, de dorpen en het buitengebied, met de uitkomsten van de gesprekken in de kernen en het planMER.</p>
</div></div>`)
  k('1')
  d.p('Deze omgevingsvisie legt vast hoe Alphen aan den Rijn zich wil ontwikkelen. Wij beschrijven hoe wij willen dat onze omgeving er over een flink aantal jaren uitziet, gericht op ontmoeten en verbinden, duurzaam en groen, en vitaal wonen en leven.')
  k('1.1')
  d.p('De Omgevingsvisie 1.0 was een van de eerste in Nederland. Versie 2.0 vertaalt haar naar de gebieden en neemt de doorwerking in het omgevingsplan mee.')
  k('1.2')
  d.p('Onze missie is de kwaliteit van leven van onze inwoners te verbeteren. Centrale waarden zijn:')
  d.list(['groen en duurzaam;', 'ontmoeten en verbinden;', 'vitaal wonen en leven;', 'lef: durven kiezen en vernieuwen.'], vink)
  k('1.3')
  d.p('Hoofdstuk 2 en 3 beschrijven wie wij zijn en wat er op ons afkomt. Hoofdstuk 4 gaat over de vijf ontwikkelrichtingen, hoofdstuk 5 over de gebieden en hoofdstuk 6 over de doorwerking.')

  k('2')
  k('2.1')
  d.p('De droogmakerijen, de veenweiden, het boomkwekerijlandschap en de oeverwallen van de Oude Rijn bepalen het beeld. Water is overal de drager.')
  k('2.2')
  d.p('Alphen-stad heeft een stedelijk centrum met veel winkels en voorzieningen; de kernen hebben een dorps karakter.')
  k('2.3')
  d.p('Van de Romeinse limes langs de Oude Rijn tot de molens en de boomkwekerijen van Boskoop: de gemeente kent een rijk verleden.')

  k('3')
  k('3.1')
  d.p('De belangrijkste trends voor onze leefomgeving:')
  d.list(['een groeiende vraag naar woningen voor alle doelgroepen;', 'klimaatverandering en bodemdaling in het veen;', { text: 'de energietransitie, met', sub: ['zon op daken van bedrijventerreinen;', 'warmtenetten in de stad.'] }, 'vergrijzing en de vraag naar zorg dichtbij.'], vink)
  k('3.2')
  d.p('Alphen ligt midden in de Randstad, tussen Amsterdam, Utrecht, Rotterdam, Den Haag en Leiden. De opgaven houden niet op bij de gemeentegrens; wij werken samen in Holland Rijnland en met de Groene Hart-gemeenten.')

  k('4')
  d.p('Vijf keuzes bepalen onze koers als groenblauwe stad in de Randstad.')
  d.table(['Ontwikkelrichting', 'Kern van de keuze', 'Voorbeeld'], [
    ['Duurzaam ondernemen', 'lokale economie en bedrijventerreinen verduurzamen', 'circulair bouwen'],
    ['Landschappelijke verstedelijking', 'woningen voor alle doelgroepen, goed bereikbaar', 'bouwen rond het station'],
    ['Waardevol buitengebied', 'landschappen behouden, functies combineren', 'landbouw met waterberging'],
    ['Samen sterker', 'gezonde en sociale buitenruimte', 'ontmoetingsplekken'],
    ['Gezonde vergroening', 'minder milieubelasting, meer groen', 'duurzame mobiliteit'],
  ], 'tbl', ['30%', '42%', '28%'])
  k('4.1')
  d.p('Wij willen toonaangevend zijn in de economie van de toekomst in het Groene Hart. Ons ecosysteem van mkb-bedrijven is het hart van onze economie.')
  k('4.2')
  d.p('Wij ontwikkelen passend woningaanbod voor álle doelgroepen, in prettige en diverse leefomgevingen, en maken de gemeente tot een hoogwaardig vervoersknooppunt.')
  k('4.3')
  d.p('Wij behouden de verschillende landschappen. Waar het kan combineren wij functies, zoals landbouw met recreatie of waterberging.')
  k('4.4')
  d.p('Wij geven ruimte aan initiatieven van inwoners gericht op ontmoeting en houden oog voor de balans tussen leefbaarheid en levendigheid.')
  k('4.5')
  d.p('Wij werken aan een groene stad met een gezond milieu:')
  d.list(['ruimte voor groen en bewegen;', 'duurzaam en slim vervoer en minder ruimte voor de auto in wijken en dorpen;', 'betere isolatie en meer zonnepanelen op daken;', 'vergroening van de openbare ruimte in de wijken.'], nummer)

  k('5')
  k('5.1')
  d.p('In Alphen-stad verdichten wij rond het station en de Oude Rijn; het centrum blijft het hart van de gemeente.')
  k('5.2')
  k('5.2.1')
  d.p('Boskoop blijft het centrum van de Greenport; de kwekerijen krijgen ruimte om te innoveren.')
  k('5.2.2')
  d.p('De twee Hazerswoudes groeien bescheiden, met aandacht voor de verkeersdruk op de N209 en de Rijndijk.')
  k('5.2.3')
  d.p('De kleine kernen behouden hun dorpse karakter en hun voorzieningen.')
  k('5.3')
  d.p('In het buitengebied beschermen wij het veenweidelandschap van Aarlanderveen en ontwikkelen wij het Bentwoud verder.')

  k('6')
  k('6.1')
  d.p('Per gebied laat een spinnenweb zien welke ontwikkelrichtingen voorrang hebben, en een mengpaneel welke milieukwaliteit wij nastreven.')
  k('6.2')
  d.p('De visie werkt door in het omgevingsplan en in programma’s voor wonen, mobiliteit en groen.')

  d.page('bijl')
  d.bijlage('2', 'Geografische informatieobjecten', '<h2 class="bijl">Bijlage 2 Geografische informatieobjecten</h2>')
  d.p('De werkingsgebieden van deze omgevingsvisie zijn vastgelegd in de volgende geografische informatieobjecten.')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [`${g.naam}<br><span class="oms">${g.oms}</span>`, gidCell(g.identificatie, true)], 'gio', ['42%', '58%'])

  const ft = "font: 8pt 'Carlito'; color: #4a7a2a;"
  const std = `@top-right { content: "Omgevingsvisie 2.0 · Groene gemeente met lef!"; ${ft} } @bottom-right { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h134',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Alphen aan den Rijn over haar "Omgevingsvisie 1.0 Alphen aan den Rijn, Groene gemeente met lef!" (vastgesteld 27 januari 2022; missie en centrale waarden, identiteit en kernkwaliteiten, trends, regionale positie, de vijf ontwikkelrichtingen Duurzaam ondernemen, Landschappelijke verstedelijking, Waardevol buitengebied, Samen sterker en Gezonde vergroening, vertaling naar gebieden met spinnenwebben en mengpanelen, Greenport Boskoop, Aarlanderveen, Bentwoud), hier als Omgevingsvisie 2.0 van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Carlito 10 pt, de SAMENVATTING OP EEN PAGINA IN DRIE KOLOMMEN (ongenummerd, vóór hoofdstuk 1), hoofdstukken "1" … "6" met het nummer als groot cijfer vóór de titel, elk op een nieuwe pagina, paragrafen "1.1", een derde niveau "5.2.1", inhoudsopgave van twee niveaus met stippellijnen, koptekst rechts, paginanummer rechtsonder, lijsten "✓" en "1.", een tabel, besluit met Artikel 1–3, visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" met NAAMCELLEN VAN TWEE REGELS (naam en een korte omschrijving in kleinere letter) (holdout)',
    bevoegdGezag: 'gm0484',
    naam: 'Gemeente Alphen aan den Rijn',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Alphen aan den Rijn tot vaststelling van de Omgevingsvisie 2.0 Alphen aan den Rijn',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie 2.0 Alphen aan den Rijn',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-2-0-alphen-aan-den-rijn', regeling: 'omgevingsvisie-2-0-alphen-aan-den-rijn', doel: 'omgevingsvisie-2-0-alphen-aan-den-rijn' },
      datums: { vaststelling: '2027-09-30', ondertekening: '2027-09-30', bekendmaking: '2027-10-07', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0484',
      oin: '00000001000000004840',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [105000, 462000] },
    meubilair: ['^Omgevingsvisie 2\\.0 · Groene gemeente met lef!$', '^\\d+$'],
    title: 'Omgevingsvisie 2.0 Alphen aan den Rijn',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 20mm 22mm 22mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 10pt/1.45 'Carlito', sans-serif; color: #222; }
p { margin: 0 0 2.5mm; }
.gem { font-size: 8.5pt; color: #4a7a2a; }
.ttl { font: bold 15pt 'Carlito'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 30pt 'Carlito'; color: #4a7a2a; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 16pt 'Carlito'; color: #444; }
.toc { break-after: page; }
.toc .tockop { font: bold 18pt 'Carlito'; color: #4a7a2a; margin-bottom: 6mm; }
${TOC_CSS}
.samen { break-after: page; }
.samen .sk { font: bold 20pt 'Carlito'; color: #4a7a2a; margin-bottom: 5mm; }
.samen .drie { column-count: 3; column-gap: 6mm; font-size: 9pt; text-align: justify; }
h1 { font: bold 22pt 'Carlito'; color: #4a7a2a; margin: 0 0 6mm; display: flex; align-items: baseline; }
h1.brk { break-before: page; }
h1 .nr { font-size: 44pt; color: #b5d39a; margin-right: 6mm; }
h2 { font: bold 13pt 'Carlito'; color: #4a7a2a; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 10.5pt 'Carlito'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.5mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { background: #4a7a2a; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
h2.bijl { font: bold 16pt 'Carlito'; color: #4a7a2a; }
table.gio { width: 100%; font-size: 9.5pt; border-collapse: collapse; }
table.gio th { border-bottom: 1pt solid #4a7a2a; text-align: left; padding: 1.4mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.6mm 1.4mm; vertical-align: top; }
table.gio .oms { font-size: 7.5pt; color: #777; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
