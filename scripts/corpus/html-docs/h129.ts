/**
 * h129 — gemeente Peel en Maas (gm1894), holdout (session 12): a Limburg gemeente of about 45.000
 * inwoners between the Peel and the Maas (Panningen, Baarlo, Helden, Maasbree, Kessel, Beringe, Grashoek, Koningslust,
 * Egchel, Kessel-Eik, Meijel, Beringe). Content after the public texts of the Omgevingsvisie Peel en Maas ("Beleef de
 * ruimte"; "Dit is Peel en Maas!" — vitale gemeenschappen, zelfsturing, verbinding door diversiteit; waarden per
 * landschappelijk deelgebied — bos- en natuurgebieden, beekdalen en rivierdal, ontginningslandschappen, the kernen;
 * "geen nieuwe koers" but the existing koers brought together; the six opgaven "Zo worden we duurzaam!", "Een gezonde
 * en veilige leefomgeving", "Het versterken van natuur en biodiversiteit", "Goed wonen voor iedereen",
 * "Toekomstgericht ondernemen", "Een nieuwe balans in het buitengebied"; richtinggevende uitspraken), here as the visie
 * of 2027, shortened and partly in our own words. Layout: 170 × 240 mm in Nimbus Sans 9 pt; the visie in TWO PARTS on
 * part lines "Deel A: Waarden" and "Deel B: Opgaven" (level 1, nummer "A"/"B"), chapters "1" … "8" NUMBERED ON THROUGH
 * both parts (level 2), sections "1.1" (level 3); between the parts a LANDSCAPE A3 PAGE with only a map and its
 * caption ("Kaart 1 Waardenkaart Peel en Maas"); no table of contents; header "Omgevingsvisie Peel en Maas · Beleef de
 * ruimte" left, footer "blz. n" right; numbered lists "(1)" "(2)" and "•"; a table; "besluit:" with Artikel 1–3
 * with titles on the same line (the third names the date); visie as "Bijlage 1"; GIO table Naam | Identificatie in
 * "Bijlage 2" with names holding a COMMA and a SLASH ("Kernen Baarlo, Helden", "Maasdal Noord/Zuid").
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1894/2027/${slug}/nld@2027-10-05;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Peel en Maas', 'gemeente-peel-en-maas', [0, 0], 10),
  gio('Kernen Baarlo, Helden', 'kernen-baarlo-helden', [4, 2], 1.5),
  gio('Maasdal Noord/Zuid', 'maasdal-noord-zuid', [8, 0], 3),
  gio('Bos- en natuurgebieden', 'bos-en-natuurgebieden', [-5, -3], 4),
  gio('Peelvenen en Groote Peel', 'peelvenen-en-groote-peel', [-10, -6], 3),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Waarden'],
  [2, '1', 'Dit is Peel en Maas!'],
  [3, '1.1', 'Vitale gemeenschappen'],
  [3, '1.2', 'Zelfsturing en verbinding'],
  [3, '1.3', 'Geen nieuwe koers'],
  [2, '2', 'Waarden per deelgebied'],
  [3, '2.1', 'Bos- en natuurgebieden'],
  [3, '2.2', 'Beekdalen en rivierdal'],
  [3, '2.3', 'Ontginningslandschappen'],
  [3, '2.4', 'De kernen'],
  [1, 'B', 'Opgaven'],
  [2, '3', 'Zo worden we duurzaam!'],
  [3, '3.1', 'Circulariteit'],
  [3, '3.2', 'Energietransitie'],
  [2, '4', 'Een gezonde en veilige leefomgeving'],
  [3, '4.1', 'Gezond leven'],
  [3, '4.2', 'Veiligheid'],
  [2, '5', 'Het versterken van natuur en biodiversiteit'],
  [3, '5.1', 'Natuurnetwerk'],
  [3, '5.2', 'Water in de beekdalen'],
  [2, '6', 'Goed wonen voor iedereen'],
  [3, '6.1', 'Wonen in de dorpen'],
  [3, '6.2', 'Wonen en zorg'],
  [2, '7', 'Toekomstgericht ondernemen'],
  [3, '7.1', 'Bedrijventerreinen'],
  [3, '7.2', 'Recreatie en toerisme'],
  [2, '8', 'Een nieuwe balans in het buitengebied'],
  [3, '8.1', 'Landbouw in transitie'],
  [3, '8.2', 'Vrijkomende agrarische bebouwing'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel">Deel ${k.nummer}: ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2 class="brk"><span class="nr">${k.nummer}</span> ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const haak: Marker[] = [{ counter: '1', prefix: '(', suffix: ')' }]
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

/** A schematic map: the gemeente outline, the Maas, the kernen (no real geometry). */
const KAART = `<svg viewBox="0 0 380 240" width="380mm" height="230mm" xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="380" height="240" fill="#f6f3ea"/>
<path d="M40,40 L300,25 L345,110 L320,210 L90,225 L30,140 Z" fill="#e3ecd4" stroke="#6b7f3a" stroke-width="1.5"/>
<path d="M330,10 C300,70 350,120 310,170 C290,200 320,225 300,240" fill="none" stroke="#4a86b5" stroke-width="6"/>
<path d="M60,60 C120,80 150,60 210,95 C250,120 280,110 310,120" fill="none" stroke="#7fb0d6" stroke-width="2"/>
<ellipse cx="90" cy="180" rx="40" ry="22" fill="#c6d7a8"/>
<g fill="#b04a3a"><circle cx="200" cy="120" r="7"/><circle cx="285" cy="80" r="5"/><circle cx="240" cy="70" r="4"/><circle cx="160" cy="150" r="4"/><circle cx="290" cy="175" r="4"/><circle cx="120" cy="200" r="4"/></g>
</svg>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Peel en Maas · raadsbesluit nr. 2027-0087</p>
<p class="ttl">Besluit van de raad van de gemeente Peel en Maas tot vaststelling van de Omgevingsvisie Peel en Maas</p>
<p>De raad van de gemeente Peel en Maas;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 22 augustus 2027, nr. 2027-0087;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Peel en Maas zes weken ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p><b>Artikel 1 Vaststelling</b><br>De Omgevingsvisie Peel en Maas, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p><b>Artikel 2 Intrekking</b><br>De Structuurvisie Kernen en bedrijventerreinen Peel en Maas wordt ingetrokken.</p>
<p><b>Artikel 3 Inwerkingtreding</b><br>Dit besluit treedt in werking op 1 februari 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 5 oktober 2027.</p>
<p>De raad voornoemd,</p>
<p class="sg">de griffier,<br><br><br>mr. M.P.J. Kessels</p>
<p class="sg">de voorzitter,<br><br><br>W.H.J. Delissen-van Tongerlo</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit nr. 2027-0087</p>
<p class="t1">Omgevingsvisie Peel en Maas</p>
<p class="t2">Beleef de ruimte</p>
</div>`)

  d.enter('visie')
  d.page('std')
  k('A')
  k('1')
  d.p('Het eigene aan Peel en Maas is niet in één term te vangen. Ons geloof in de kracht van onze vitale gemeenschappen is daarvoor een belangrijk vertrekpunt. Maar ook zelfsturing, verbinding door diversiteit en het werken aan een duurzame toekomst zitten in ons DNA.')
  k('1.1')
  d.p('Elk dorp heeft zijn eigen karakter, en ook het buitengebied is erg divers. Dat bijzondere gegeven van gebieden en dorpen met een eigen karakter willen wij koesteren en versterken.')
  k('1.2')
  d.p('Inwoners, verenigingen en ondernemers nemen zelf initiatief. De gemeente faciliteert en verbindt.')
  k('1.3')
  d.p('Met deze omgevingsvisie leggen wij geen nieuwe koers vast. Wij brengen de al ingezette koers uit bestaande kaderstellingen en beleidsdocumenten samen in één document.')
  k('2')
  d.p('Wij werken al langer vanuit de kwaliteiten per landschappelijk deelgebied en dat blijven wij doen. Elk initiatief speelt in op de algemene waarden en op het karakter van het deelgebied.')
  k('2.1')
  d.p('Grote bos- en natuurgebieden liggen aaneengesloten en verspreid door de gemeente. Te versterken waarden zijn:')
  d.list(['meer diverse inheemse soorten bomen en planten;', 'ruimte voor water en piekberging;', 'het tegengaan van verdroging;', 'een recreatief netwerk tussen de natuurgebieden.'], punt)
  k('2.2')
  d.p('De beken zijn belangrijk voor de ruimtelijke structuur. Het Maasdal met zijn terrassen en oude kernen als Kessel en Baarlo heeft een eigen, besloten karakter.')
  k('2.3')
  d.p('In de grootschalige open ontginningslandschappen blijft het karakter van een agrarisch productielandschap behouden, met een omslag naar natuurinclusieve landbouw.')
  k('2.4')
  d.p('Panningen is het centrum van de gemeente. Baarlo, Helden, Maasbree, Kessel en Meijel hebben een eigen voorzieningenniveau; de kleine kernen koesteren hun gemeenschapsleven.')

  d.page('kaart').raw(`<div class="kaart">${KAART}<p class="cap">Kaart 1 Waardenkaart Peel en Maas (schematisch)</p></div>`)

  d.page('std')
  k('B')
  d.p('De opgaven moeten niet los van elkaar gezien worden, maar in samenhang. De eerste drie zien wij als overkoepelende leidende principes.')
  k('3')
  k('3.1')
  d.p('Door duurzame keuzes bij inkoop en aanbesteding laat de gemeente het goede voorbeeld zien. Wij richten ons op:')
  d.list(['het sluiten van biologische en technologische kringlopen;', 'het behoud van waarde in de keten;', 'hergebruik van materialen in de openbare ruimte.'], haak)
  k('3.2')
  d.p('In 2050 is Peel en Maas energieneutraal. Zon op daken gaat voor zon op land.')
  k('4')
  k('4.1')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten, met schone lucht en weinig geluidhinder.')
  k('4.2')
  d.p('Externe veiligheid en de veiligheid in het verkeer wegen wij mee bij elk plan.')
  k('5')
  k('5.1')
  d.p('Wij ontwikkelen ecologische verbindingen tussen de Peel, de beekdalen en het Maasdal.')
  k('5.2')
  d.p('Natuurvriendelijke oevers langs sloten en beken vormen een ondersteunend ecologisch netwerk.')
  k('6')
  k('6.1')
  d.p('Wij bouwen in alle kernen voor de eigen behoefte, met voorrang voor starters en senioren.')
  d.table(['Kern', 'Tot 2030', '2030–2040', 'Accent'], [
    ['Panningen', '420', '300', 'centrumwonen'],
    ['Baarlo', '150', '100', 'senioren'],
    ['Helden', '130', '90', 'starters'],
    ['Maasbree', '140', '90', 'gezinnen'],
    ['Kessel en Kessel-Eik', '90', '60', 'levensloopbestendig'],
  ], 'tbl', ['36%', '18%', '18%', '28%'])
  k('6.2')
  d.p('Wonen met zorg krijgt een plek dicht bij de voorzieningen in de grotere kernen.')
  k('7')
  k('7.1')
  d.p('Bedrijven groeien op de bestaande bedrijventerreinen; nieuwe terreinen alleen in regionaal verband.')
  k('7.2')
  d.p('De Maasplassen, de Peel en de kastelen van Baarlo zijn dragers van recreatie en toerisme.')
  k('8')
  k('8.1')
  d.p('De landbouw is en blijft belangrijk. Wij zoeken een nieuwe balans tussen landbouw, natuur en wonen.')
  k('8.2')
  d.p('Voor vrijkomende agrarische bebouwing geldt deze volgorde:')
  d.list(['hergebruik voor een passende functie;', 'sloop met een ruimte-voor-ruimtewoning;', 'volledige sloop en teruggave aan het landschap.'], haak)

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie, true)], 'gio', ['36%', '64%'])

  const ft = "font: 7.5pt 'Nimbus Sans'; color: #6a6a6a;"
  const std = `@top-left { content: "Omgevingsvisie Peel en Maas · Beleef de ruimte"; ${ft} } @bottom-right { content: "blz. " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h129',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de Omgevingsvisie Peel en Maas ("Beleef de ruimte"; "Dit is Peel en Maas!" met vitale gemeenschappen, zelfsturing en verbinding door diversiteit; waarden per landschappelijk deelgebied; "geen nieuwe koers" maar de bestaande koers samengebracht; de zes opgaven "Zo worden we duurzaam!", "Een gezonde en veilige leefomgeving", "Het versterken van natuur en biodiversiteit", "Goed wonen voor iedereen", "Toekomstgericht ondernemen", "Een nieuwe balans in het buitengebied"), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 170 × 240 mm in Nimbus Sans 9 pt, de visie in TWEE DELEN op deelregels "Deel A: Waarden" en "Deel B: Opgaven" (niveau 1), hoofdstukken "1" … "8" DOORGENUMMERD over beide delen (niveau 2), paragrafen "1.1" (niveau 3), tussen de delen een LIGGENDE A3-PAGINA met alleen een kaart en onderschrift, geen inhoudsopgave, kopregel "Omgevingsvisie Peel en Maas · Beleef de ruimte" links, voettekst "blz. n" rechts, lijsten "(1)" "(2)" en "•", een tabel, "besluit:" met Artikel 1–3 met titels op dezelfde regel (de derde noemt de datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" met namen met een KOMMA en een SCHUINE STREEP (holdout)',
    bevoegdGezag: 'gm1894',
    naam: 'Gemeente Peel en Maas',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Peel en Maas tot vaststelling van de Omgevingsvisie Peel en Maas',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Peel en Maas',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-peel-en-maas', regeling: 'omgevingsvisie-peel-en-maas', doel: 'omgevingsvisie-peel-en-maas' },
      datums: { vaststelling: '2027-10-05', ondertekening: '2027-10-05', bekendmaking: '2027-11-09', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1894',
      oin: '00000001000000018940',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [200000, 375000] },
    meubilair: ['^Omgevingsvisie Peel en Maas · Beleef de ruimte$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Peel en Maas',
    css: `
@page { size: 170mm 240mm; margin: 20mm 17mm 18mm 20mm; }
@page std { ${std} }
@page bijl { ${std} }
@page kaart { size: A3 landscape; margin: 12mm; }
body { font: 9pt/1.45 'Nimbus Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 7.5pt; color: #777; }
.ttl { font: bold 13pt 'Nimbus Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.aldus { margin-top: 4mm; }
.sg { margin-top: 5mm; }
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 26pt 'Nimbus Sans'; color: #00783E; margin: 5mm 0 3mm; }
.titel .t2 { font: 15pt 'Nimbus Sans'; color: #E17000; }
h1.deel { font: bold 11pt 'Nimbus Sans'; color: #fff; background: #00783E; padding: 2mm 3mm; margin: 0 0 5mm; letter-spacing: 0.5pt; }
h2 { font: bold 16pt 'Nimbus Sans'; color: #00783E; margin: 0 0 4mm; }
h1.deel + h2.brk { break-before: avoid; }
h2 .nr { color: #E17000; margin-right: 2mm; }
h3 { font: bold 10pt 'Nimbus Sans'; margin: 4mm 0 1.2mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 2mm; }
.kaart { text-align: center; }
.kaart .cap { font: bold 11pt 'Nimbus Sans'; margin-top: 3mm; }
table.tbl { width: 100%; font-size: 8pt; margin: 2mm 0 4mm; }
table.tbl th { background: #E17000; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 14pt 'Nimbus Sans'; color: #00783E; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { border-bottom: 1.2pt solid #00783E; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
