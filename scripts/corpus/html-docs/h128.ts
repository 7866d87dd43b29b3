/**
 * h128 — gemeente Noardeast-Fryslân (gm1970), holdout (session 12): a Frisian gemeente of about 45.000
 * inwoners, formed in 2019 from Dongeradeel, Ferwerderadiel and Kollumerland c.a., with the stad Dokkum, Kollum and
 * villages with Frisian names (Ternaard, Holwert, Wierum, Peazens-Moddergat, Easternijtsjerk, Anjum, Burdaard,
 * Metslawier) along the Waddenkust and the Lauwersmeer. Content after the public texts of Noardeast-Fryslân on its
 * omgevingsvisie (made "samen met de mienskip"; the themes wonen, voorzieningen, landschap, natuur, veiligheid,
 * verkeer, monumenten, duurzame energie, klimaatadaptatie and economie; "kwaliteiten, trends en ontwikkelingen,
 * doelen en opgaven"; the ontwerp ter inzage in 2024; work-out in omgevingsprogramma's; the Visie Regiostad Dokkum),
 * here as the visie adopted in 2027, shortened and partly in our own words. Layout: A4 in P052 (Palatino) 10 pt with
 * URW Gothic headings IN SMALL CAPS (chapters "1" … "6" with the number in a circle-less large figure, sections
 * "1.1", a third level "4.2.1" in italics); chapter 2 starts with a FULL-WIDTH QUOTE BOX (a Frisian line and its
 * Dutch); table of contents of chapters and sections with dotted leaders; header "Omgevingsvisie Noardeast-Fryslân · 2027"
 * right, footer "side n" (Frisian) centred; lists "•" with "–" nested; a table; "De raad van de gemeente
 * Noardeast-Fryslân; … besluit:" with Artikel I–II (the second names the date); visie as "Bijlage 1"; GIO table Naam
 * | Identificatie in "Bijlage 2" with Frisian names holding a slash and a comma.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1970/2027/${slug}/nld@2027-11-11;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Noardeast-Fryslân', 'gemeente-noardeast-fryslan', [0, 0], 14),
  gio('Waadkust Peazens/Moddergat–Wierum', 'waadkust-peazens-moddergat-wierum', [4, 8], 3),
  gio('Kernen Dokkum, Kollum', 'kernen-dokkum-kollum', [-2, -1], 2),
  gio('Lauwersmeer en Dokkumer Ie', 'lauwersmeer-en-dokkumer-ie', [12, 4], 4),
  gio('Terpengebied Ternaard/Holwert', 'terpengebied-ternaard-holwert', [-6, 6], 3),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Samen met de mienskip'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Kwaliteiten van Noardeast-Fryslân'],
  [2, '2.1', 'Wad en kwelder'],
  [2, '2.2', 'Terpen en wierden'],
  [2, '2.3', 'Dokkum en de dorpen'],
  [1, '3', 'Trends en ontwikkelingen'],
  [2, '3.1', 'Bevolking en wonen'],
  [2, '3.2', 'Klimaat en bodem'],
  [2, '3.3', 'Economie en landbouw'],
  [1, '4', 'Doelen'],
  [2, '4.1', 'Een vitale mienskip'],
  [2, '4.2', 'Een mooi en veilig landschap'],
  [3, '4.2.1', 'Openheid en rust'],
  [3, '4.2.2', 'Donkerte en stilte'],
  [2, '4.3', 'Een duurzame gemeente'],
  [1, '5', 'Opgaven'],
  [2, '5.1', 'Regiostad Dokkum'],
  [2, '5.2', 'Voorzieningen in de dorpen'],
  [2, '5.3', 'Duurzame energie'],
  [3, '5.3.1', 'Zon op dak'],
  [3, '5.3.2', 'Dorpsmolens'],
  [1, '6', 'Uitvoering'],
  [2, '6.1', 'Omgevingsprogramma’s'],
  [2, '6.2', 'Initiatieven toetsen'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Noardeast-Fryslân · raadsbesluit 2027/118</p>
<p class="ttl">Besluit van de raad van de gemeente Noardeast-Fryslân tot vaststelling van de Omgevingsvisie Noardeast-Fryslân</p>
<p>De raad van de gemeente Noardeast-Fryslân;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 19 september 2027, nummer 2027/118;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie met ingang van 29 februari 2024 zes weken ter inzage heeft gelegen en dat de reacties zijn verwerkt in de Nota van zienswijzen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Noardeast-Fryslân, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 11 november 2027.</p>
${handtekeningen(['De griffier,', 'mr. S. Hiemstra'], ['De voorzitter,', 'drs. J.H. Kramer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027/118</p>
<p class="t1">Omgevingsvisie Noardeast-Fryslân</p>
<p class="t2">Tusken wâd en wâlden · samen met de mienskip</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Ynhâld', rows))

  d.enter('visie')
  k('1')
  d.p('De Omgevingsvisie gaat over de fysieke leefomgeving van Noardeast-Fryslân. Zij beschrijft de kwaliteiten van de gemeente, de trends en ontwikkelingen waarmee wij rekening houden, onze doelen en de opgaven die wij voor ons zien.')
  k('1.1')
  d.p('Met de Omgevingswet heeft elke gemeente één visie op hoofdlijnen nodig. Zij geeft richting aan beleid; concrete acties staan in de omgevingsprogramma’s.')
  k('1.2')
  d.p('De visie is gemaakt samen met de mienskip: in een enquête over de leefomgeving, op inloopavonden in Dokkum, Kollum, Holwert en Ternaard en in gesprekken met dorpsbelangen.')
  k('1.3')
  d.p('Hoofdstuk 2 beschrijft wat ons landschap en onze kernen bijzonder maakt. Hoofdstuk 3 gaat over trends, hoofdstuk 4 over doelen en hoofdstuk 5 over de opgaven. Hoofdstuk 6 gaat over de uitvoering.')

  k('2')
  d.raw(`<div class="quote"><p class="q">“Wy wenje hjir tusken it wâd en de wâlden, en dat wolle wy sa hâlde.”</p><p class="qn">(“Wij wonen hier tussen het wad en de wouden, en dat willen we zo houden.”) — inwoner van Peazens, inloopavond 2023</p></div>`)
  d.p('Noardeast-Fryslân is een gemeente van open kleilandschap aan de Waddenzee, van terpen en wierden, en van besloten wâlden in het zuidoosten rond Kollum.')
  k('2.1')
  d.p('De Waddenzee is Werelderfgoed. Langs de kust liggen de kwelders van Peazens-Moddergat en Wierum, met hun vissersverleden.')
  k('2.2')
  d.p('De terpen van Ternaard, Holwert en Easternijtsjerk vertellen hoe de Friezen eeuwenlang met het water leefden.')
  k('2.3')
  d.p('Dokkum is de regiostad met de bolwerken, de Dokkumer Ie en het Harddraverspark. De dorpen hebben elk hun eigen karakter:')
  d.list(['kustdorpen als Wierum, Peazens en Moddergat;', { text: 'terpdorpen in het kleigebied, zoals', sub: ['Ternaard en Holwert;', 'Metslawier en Anjum.'] }, 'de wâlddorpen rond Kollum en Burdaard.'], punt)

  k('3')
  k('3.1')
  d.p('Het aantal inwoners blijft ongeveer gelijk, maar huishoudens worden kleiner en ouder. Er is vraag naar kleinere woningen in de dorpen.')
  d.table(['Kern', 'Inwoners 2025', 'Prognose 2040', 'Woningbehoefte tot 2040'], [
    ['Dokkum', '13.000', '13.400', '650'],
    ['Kollum', '3.100', '3.000', '120'],
    ['Holwert', '1.500', '1.400', '40'],
    ['Ternaard', '1.100', '1.050', '30'],
    ['overige dorpen', '26.300', '25.900', '560'],
  ], 'tbl', ['34%', '20%', '20%', '26%'])
  k('3.2')
  d.p('Zeespiegelstijging, verzilting en bodemdaling raken de kustzone het eerst. Zoet water wordt schaarser in droge zomers.')
  k('3.3')
  d.p('Landbouw blijft belangrijk. Toerisme aan het wad en rond het Lauwersmeer groeit en vraagt om goede spreiding.')

  k('4')
  d.p('Onze doelen gelden voor de hele gemeente; in hoofdstuk 5 staat waar ze tot opgaven leiden.')
  k('4.1')
  d.p('Iedereen kan in zijn eigen dorp blijven wonen, met een school, een dorpshuis en een sportveld binnen bereik.')
  k('4.2')
  k('4.2.1')
  d.p('Het open landschap met zijn weidse vergezichten blijft open. Nieuwe bebouwing sluit aan bij bestaande erven en linten.')
  k('4.2.2')
  d.p('In het Waddengebied beschermen wij de donkerte en de stilte; verlichting en geluid blijven beperkt.')
  k('4.3')
  d.p('In 2040 wekken wij zoveel duurzame energie op als wij verbruiken, op een manier die past bij het landschap.')

  k('5')
  k('5.1')
  d.p('De Visie Regiostad Dokkum geeft richting aan de binnenstad, de bolwerken en de stadsranden. Dokkum blijft het centrum voor zorg, onderwijs en winkels.')
  k('5.2')
  d.p('In de dorpen bundelen wij voorzieningen in multifunctionele gebouwen.')
  k('5.3')
  k('5.3.1')
  d.p('Zonnepanelen horen in de eerste plaats op daken van woningen, schuren en bedrijfsgebouwen.')
  k('5.3.2')
  d.p('Kleine dorpsmolens van energiecoöperaties zijn mogelijk als de mienskip ervan meeprofiteert.')

  k('6')
  k('6.1')
  d.p('De visie werken wij uit in omgevingsprogramma’s, bijvoorbeeld voor verkeer, woningbouw en duurzaamheid.')
  k('6.2')
  d.p('Past een initiatief niet in het omgevingsplan, dan toetsen wij het aan de doelen van deze visie.')

  d.page('bijl')
  d.bijlage('2', 'Geografische informatieobjecten', '<h2 class="bijl">Bijlage 2 Geografische informatieobjecten</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie, true)], 'gio', ['40%', '60%'])

  const ft = "font: 8pt 'URW Gothic'; color: #4d6b7d;"
  const std = `@top-right { content: "Omgevingsvisie Noardeast-Fryslân · 2027"; ${ft} } @bottom-center { content: "side " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h128',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Noardeast-Fryslân over haar omgevingsvisie (gemaakt samen met de mienskip; thema\'s wonen, voorzieningen, landschap, natuur, veiligheid, verkeer, monumenten, duurzame energie, klimaatadaptatie en economie; kwaliteiten, trends en ontwikkelingen, doelen en opgaven; ontwerp ter inzage vanaf 29 februari 2024; uitwerking in omgevingsprogramma\'s; Visie Regiostad Dokkum), hier als visie vastgesteld in 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in P052 10 pt met koppen in URW Gothic in KLEINKAPITAAL, hoofdstukken "1" … "6" met een groot cijfer, paragrafen "1.1", een derde niveau "4.2.1" cursief, hoofdstuk 2 begint met een CITAATKADER over de volle breedte (Fries met Nederlandse vertaling), inhoudsopgave "Ynhâld" van hoofdstukken en paragrafen met puntjes, kopregel "Omgevingsvisie Noardeast-Fryslân · 2027" rechts, voettekst "side n" gecentreerd, lijsten "•" met "–" genest, een tabel, "besluit:" met Artikel I–II (de tweede noemt de datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" met Friese namen met een schuine streep en een komma (holdout)',
    bevoegdGezag: 'gm1970',
    naam: 'Gemeente Noardeast-Fryslân',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Noardeast-Fryslân tot vaststelling van de Omgevingsvisie Noardeast-Fryslân',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Noardeast-Fryslân',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-noardeast-fryslan', regeling: 'omgevingsvisie-noardeast-fryslan', doel: 'omgevingsvisie-noardeast-fryslan' },
      datums: { vaststelling: '2027-11-11', ondertekening: '2027-11-11', bekendmaking: '2027-11-18', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1970',
      oin: '00000001000000019700',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [195000, 595000] },
    meubilair: ['^Omgevingsvisie Noardeast-Fryslân · 2027$', '^side \\d+$'],
    title: 'Omgevingsvisie Noardeast-Fryslân',
    toc: { skip: 'Ynhâld' },
    css: `
@page { size: A4; margin: 24mm 22mm 22mm 24mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 10pt/1.45 'P052', serif; color: #1d1d1d; }
p { margin: 0 0 2.5mm; }
.gem { font: 8.5pt 'URW Gothic'; color: #4d6b7d; }
.ttl { font: bold 14pt 'URW Gothic'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font: bold 10pt 'URW Gothic'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: 28pt 'URW Gothic'; font-variant: small-caps; color: #1b4f72; margin: 5mm 0 3mm; }
.titel .t2 { font: 14pt 'URW Gothic'; color: #444; }
.toc .tockop { font: 18pt 'URW Gothic'; font-variant: small-caps; color: #1b4f72; margin-bottom: 6mm; }
${TOC_CSS}
h1 { font: 20pt 'URW Gothic'; font-variant: small-caps; color: #1b4f72; margin: 0 0 6mm; display: flex; align-items: baseline; }
h1 .nr { font-size: 40pt; color: #9bb7c9; margin-right: 6mm; }
h2 { font: 13pt 'URW Gothic'; font-variant: small-caps; color: #1b4f72; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: italic 10.5pt 'P052'; margin: 3mm 0 1mm; break-after: avoid; }
.quote { border: 1.2pt solid #1b4f72; background: #eef4f8; padding: 5mm 7mm; margin: 0 0 6mm; }
.quote .q { font: italic 14pt 'P052'; color: #1b4f72; margin: 0 0 2mm; }
.quote .qn { font-size: 8.5pt; color: #555; margin: 0; }
div.lst { margin: 0 0 2.5mm 2mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #1b4f72; text-align: left; padding: 1.2mm; font-family: 'URW Gothic'; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: 16pt 'URW Gothic'; font-variant: small-caps; color: #1b4f72; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { background: #1b4f72; color: #fff; text-align: left; padding: 1.4mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.4mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
