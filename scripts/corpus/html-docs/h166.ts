/**
 * h166 — gemeente Leusden (gm0327), holdout (session 13): the Utrechtse gemeente on the slopes of the Utrechtse
 * Heuvelrug and in the Gelderse Vallei, with the dorpen Leusden, Achterveld and Stoutenburg. Form and part of the text
 * after the real publication of the Omgevingsvisie Gemeente Leusden in the Gemeenteblad (gmb-2025-394602: 'Artikel I
 * "Omgevingsvisie Gemeente Leusden" opgenomen in Bijlage A wordt vastgesteld.', "Aldus vastgesteld door …",
 * "Bijlage A Bijlage bij artikel I", the visie opening with "1 Voorwoord": "Met trots presenteer ik u de vernieuwde
 * omgevingsvisie …", the link with the sociale domein and gezondheid, wonen, werken, ontmoeten en ontspannen, het
 * groene karakter en het dorpskarakter) and the earlier visies "Kwaliteit en vitaliteit voorop" (landelijk gebied,
 * 2017) and "Dynamisch dorp in een dynamische regio" (2018), here as the raad's besluit of 2028. Layout: US Letter
 * in Liberation Serif 10 pt in the sober style of an official publication; chapters "1" … "9", sections "2.1", a
 * third level "6.2.1"; the visie's OWN LAST CHAPTER "9 Bijlage: beleidsdocumenten" (a numbered chapter of the visie,
 * not a bijlage of the besluit); no table of contents; no header, footer "Gemeenteblad · Omgevingsvisie Gemeente
 * Leusden" left and "n/m" right; lists "•" and "1."; a table; raadsbesluit with a preamble "overwegende dat:" and a
 * NUMBERED LIST, "besluit:", Artikel I–III, Artikel I NAMING THE VISIE IN QUOTES, "Aldus vastgesteld" and
 * signatures in two columns; visie as "Bijlage A Bijlage bij artikel I"; GIO table Naam | Identificatie in
 * "Bijlage B Bijlage bij artikel I".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0327', '2028', '2028-05-30', '1')
const GIOS = [
  gio('Gemeente Leusden', 'gemeente-leusden', [0, 0], 5),
  gio('Utrechtse Heuvelrug Leusden', 'utrechtse-heuvelrug-leusden', [-3, 0], 2),
  gio('Gelderse Vallei Leusden', 'gelderse-vallei-leusden', [3, -1], 2.5),
  gio('Dorpskern Achterveld', 'dorpskern-achterveld', [5, -4], 0.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Voorwoord'],
  [1, '2', 'Inleiding'],
  [2, '2.1', 'Wat is een omgevingsvisie'],
  [2, '2.2', 'Doorwerking'],
  [2, '2.3', 'Leeswijzer'],
  [1, '3', 'Leusden nu'],
  [2, '3.1', 'Heuvelrug en Gelderse Vallei'],
  [2, '3.2', 'Leusden, Achterveld en Stoutenburg'],
  [1, '4', 'Wonen, werken, ontmoeten en ontspannen'],
  [2, '4.1', 'Wonen'],
  [2, '4.2', 'Werken'],
  [2, '4.3', 'Ontmoeten'],
  [2, '4.4', 'Ontspannen'],
  [1, '5', 'Gezonde leefomgeving'],
  [2, '5.1', 'Gezondheid en het sociale domein'],
  [2, '5.2', 'Veiligheid en milieu'],
  [1, '6', 'Natuur, landschap en erfgoed'],
  [2, '6.1', 'Natuur'],
  [2, '6.2', 'Landschap en erfgoed'],
  [3, '6.2.1', 'Landgoederen'],
  [3, '6.2.2', 'Het Valleikanaal'],
  [1, '7', 'Duurzaamheid'],
  [2, '7.1', 'Energie'],
  [2, '7.2', 'Klimaatadaptatie'],
  [1, '8', 'Uitvoering'],
  [1, '9', 'Bijlage: beleidsdocumenten'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1>${k.nummer} ${k.opschrift}</h1>` : k.niveau === 2 ? `<h2>${k.nummer} ${k.opschrift}</h2>` : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('std').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Leusden tot vaststelling van de Omgevingsvisie Gemeente Leusden</p>
<p>De raad van de gemeente Leusden,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 11 april 2028, nr. 2028-041;</p>
<p>overwegende dat:</p>
<div class="lst"><div class="li d0"><div class="row"><span class="m">1.</span><span class="t">de ontwerp-Omgevingsvisie Gemeente Leusden van 18 september tot en met 30 oktober 2025 ter inzage heeft gelegen;</span></div></div><div class="li d0"><div class="row"><span class="m">2.</span><span class="t">geen nieuwe m.e.r.-beoordeling nodig is;</span></div></div><div class="li d0"><div class="row"><span class="m">3.</span><span class="t">de zienswijzen zijn beantwoord in de Nota van beantwoording en waar nodig hebben geleid tot aanpassing van de visie;</span></div></div></div>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>"Omgevingsvisie Gemeente Leusden" opgenomen in Bijlage A wordt vastgesteld, met de geografische informatieobjecten opgenomen in Bijlage B.</p>
<p class="art">Artikel II</p>
<p>De omgevingsvisies "Kwaliteit en vitaliteit voorop" van 19 december 2017 en "Dynamisch dorp in een dynamische regio" van 1 februari 2018 worden ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 juli 2028.</p>
<p class="aldus">Aldus vastgesteld door de raad van de gemeente Leusden in zijn openbare vergadering van 30 mei 2028.</p>
${handtekeningen(['de griffier,', 'mr. drs. J.P. van Wijk'], ['de voorzitter,', 'G.J.W. Bouwmeester'])}
</div>`)

  d.raw('<p class="bijlkop brk">Bijlage A Bijlage bij artikel I</p><p class="vt">Omgevingsvisie Gemeente Leusden</p>')
  d.enter('visie')
  k('1')
  d.p('“Met trots presenteer ik u de vernieuwde omgevingsvisie van de gemeente Leusden. In deze visie brengen we de vele beleidsuitspraken die van invloed zijn op onze fysieke leefomgeving bij elkaar. Daarbij kijken we nadrukkelijk verder dan alleen de fysieke aspecten van de leefomgeving: we leggen bewust de verbinding met het sociale domein en met de relatie tussen leefomgeving en gezondheid.')
  d.p('Deze visie is meer dan een document: het is de koers voor de toekomst van onze fysieke leefomgeving. Die toekomst vraagt om keuzes over wonen, werken, ontmoeten en ontspannen, met oog voor natuur, gezondheid, duurzaamheid en erfgoed. Tegelijk houden we vast aan wat onze gemeente zo bijzonder maakt: het groene karakter, de sterke gemeenschappen en ons dorpskarakter.”')
  k('2')
  k('2.1')
  d.p('Een omgevingsvisie is de samenhangende visie op de fysieke leefomgeving voor de lange termijn en voor het hele grondgebied. Zij bindt alleen de gemeente zelf.')
  k('2.2')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in de afweging van initiatieven. De opbouw sluit aan bij het Digitaal Stelsel Omgevingswet.')
  k('2.3')
  d.p('Hoofdstuk 3 beschrijft Leusden nu; de hoofdstukken 4 tot en met 7 geven onze ambities; hoofdstuk 8 de uitvoering en hoofdstuk 9 de beleidsdocumenten waarop de visie steunt.')
  k('3')
  k('3.1')
  d.p('Leusden ligt aan de westzijde op de hellingen van de Utrechtse Heuvelrug, met bos en heide, en aan de oostzijde in de Gelderse Vallei, met vooral landbouwgrond.')
  k('3.2')
  d.p('Naast het dorp Leusden horen Achterveld, Stoutenburg en een aantal buurtschappen bij de gemeente.')
  d.table(['Kern', 'Inwoners (2028)', 'Karakter'], [
    ['Leusden', '27.400', 'groen dorp naast Amersfoort'],
    ['Achterveld', '2.900', 'agrarisch dorp in de Vallei'],
    ['Stoutenburg', '400', 'landgoederen en buitenplaatsen'],
  ], 'tbl', ['30%', '25%', '45%'])
  k('4')
  k('4.1')
  d.p('Leusden groeit beperkt, met zo’n vijftig tot honderd woningen per jaar, vooral voor starters en ouderen.')
  k('4.2')
  d.p('De bedrijventerreinen Philipsstraat en Larikslaan bieden ruimte aan lokale bedrijven.')
  k('4.3')
  d.p('Het Hamersveldseweg-centrum en het dorpshart van Achterveld zijn de ontmoetingsplekken van de gemeente.')
  k('4.4')
  d.p('Wandelen en fietsen op de Heuvelrug en langs het Valleikanaal moeten voor iedereen bereikbaar zijn.')
  k('5')
  k('5.1')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. Wij letten daarbij op:')
  d.list(['groen op loopafstand van iedere woning;', 'veilige routes naar school en sport;', 'schaduw en koelte in de zomer.'], punt)
  k('5.2')
  d.p('Wij beperken de geluidsbelasting langs de A28 en de Hogeweg.')
  k('6')
  k('6.1')
  d.p('De bossen en heide van de Heuvelrug zijn onderdeel van het Natuurnetwerk Nederland.')
  k('6.2')
  k('6.2.1')
  d.p('De landgoederen rond Stoutenburg en Den Treek-Henschoten blijven beschermd.')
  k('6.2.2')
  d.p('Het Valleikanaal is een cultuurhistorische lijn die wij beter beleefbaar maken.')
  k('7')
  k('7.1')
  d.p('In 2050 is Leusden energieneutraal. Wij kiezen in deze volgorde:')
  d.list(['besparen;', 'zon op daken en boven parkeerplaatsen;', 'opwek in het landelijk gebied, alleen met de omgeving.'], nummer)
  k('7.2')
  d.p('Wij houden water vast op de Heuvelrug en voorkomen wateroverlast in de Vallei.')
  k('8')
  d.p('Wij werken de visie uit in het omgevingsplan en in programma’s en stellen haar elke vier jaar bij.')
  k('9')
  d.p('De visie bouwt voort op de volgende beleidsdocumenten:')
  d.list(['Omgevingsvisie landelijk gebied “Kwaliteit en vitaliteit voorop” (2017);', 'Omgevingsvisie stedelijk gebied “Dynamisch dorp in een dynamische regio” (2018);', 'Woonvisie Leusden 2024–2030;', 'Mobiliteitsplan Leusden 2022.'], punt)

  d.bijlage('B', 'Bijlage bij artikel I', '<p class="bijlkop brk">Bijlage B Bijlage bij artikel I</p><p class="vt">Geografische informatieobjecten</p>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie)], 'gio', ['32%', '68%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h166',
    set: 'holdout',
    bron: 'Vorm en een deel van de tekst naar de echte publicatie van de Omgevingsvisie Gemeente Leusden in het Gemeenteblad (gmb-2025-394602: Artikel I "Omgevingsvisie Gemeente Leusden" opgenomen in Bijlage A wordt vastgesteld, "Aldus vastgesteld door …", "Bijlage A Bijlage bij artikel I", de visie die opent met "1 Voorwoord" en "Met trots presenteer ik u de vernieuwde omgevingsvisie …", de verbinding met het sociale domein en gezondheid, wonen, werken, ontmoeten en ontspannen, het groene karakter en het dorpskarakter) en de eerdere visies "Kwaliteit en vitaliteit voorop" (2017) en "Dynamisch dorp in een dynamische regio" (2018), hier als raadsbesluit van 2028; eigen opmaak: US Letter in Liberation Serif in de sobere stijl van een officiële publicatie, hoofdstukken "1" … "9", paragrafen "2.1", een derde niveau "6.2.1", het eigen laatste hoofdstuk van de visie "9 Bijlage: beleidsdocumenten" (geen bijlage van het besluit), geen inhoudsopgave, geen kopregel, voettekst "Gemeenteblad · Omgevingsvisie Gemeente Leusden" links en "n/m" rechts, lijsten "•" en "1.", een tabel, raadsbesluit met "overwegende dat:" en een genummerde lijst, "besluit:", Artikel I–III, Artikel I noemt de visie tussen aanhalingstekens, "Aldus vastgesteld" en handtekeningen in twee kolommen, visie als "Bijlage A Bijlage bij artikel I", GIO-tabel Naam | Identificatie in "Bijlage B Bijlage bij artikel I" (holdout)',
    bevoegdGezag: 'gm0327',
    naam: 'Gemeente Leusden',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Leusden tot vaststelling van de Omgevingsvisie Gemeente Leusden',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Gemeente Leusden',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-gemeente-leusden', regeling: 'omgevingsvisie-gemeente-leusden', doel: 'omgevingsvisie-gemeente-leusden' },
      datums: { vaststelling: '2028-05-30', ondertekening: '2028-05-30', bekendmaking: '2028-06-06', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0327',
      oin: '00000001000000003270',
      achtergrondActualiteit: '2028-03-01',
    },
    geo: { origin: [155000, 458000] },
    meubilair: ['^Gemeenteblad · Omgevingsvisie Gemeente Leusden\\s+\\d+/\\d+$', '^Gemeenteblad · Omgevingsvisie Gemeente Leusden$', '^\\d+/\\d+$'],
    title: 'Omgevingsvisie Gemeente Leusden',
    css: `
@page { size: letter; margin: 22mm 25mm 22mm 25mm; }
@page std { @bottom-left { content: "Gemeenteblad · Omgevingsvisie Gemeente Leusden"; ${ft} } @bottom-right { content: counter(page) "/" counter(pages); ${ft} } }
body { font: 10pt/1.45 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.5mm; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; }
.art { font: bold 10pt 'Liberation Sans'; margin: 4mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.bijlkop { font: bold 12pt 'Liberation Sans'; margin: 0 0 2mm; }
.vt { font: bold 15pt 'Liberation Sans'; margin: 0 0 6mm; }
h1 { font: bold 12.5pt 'Liberation Sans'; margin: 7mm 0 2.5mm; break-after: avoid; }
h2 { font: bold 11pt 'Liberation Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 10pt 'Liberation Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.5mm 3mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; }
table.tbl th { text-align: left; padding: 1mm 1.5mm; border-bottom: 0.5pt solid #000; }
table.tbl td { padding: 1mm 1.5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; border-top: 0.8pt solid #000; }
table.gio th { text-align: left; padding: 1.2mm; border-bottom: 0.5pt solid #000; }
table.gio td { padding: 1.2mm; vertical-align: top; border-bottom: 0.3pt solid #888; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
