/**
 * h164 — gemeente Lingewaard (gm1705), holdout (session 13): the Betuwse gemeente between Arnhem and Nijmegen with
 * the kernen Bemmel, Huissen, Gendt, Doornenburg, Angeren, Haalderen and Ressen, the glastuinbouwgebied NEXTgarden,
 * the Linge, the Waal and the Pannerdensch Kanaal. Content after the public pages on the Omgevingsvisie Lingewaard
 * ("Lingewaard streeft naar een toekomstbestendige inrichting, zodat het ook in 2035 prettig wonen, werken en
 * recreëren is in een groen en levendig Lingewaard"; the eight parts of its toekomstbeeld; two vergezichten "Een
 * toekomstbestendige leefomgeving voor jong en oud" and "Lingewaard als onderdeel van de groene metropoolregio",
 * worked out per kern), here as a herziene visie of 2028, shortened. Layout: A4 in DejaVu Serif 9.5 pt with
 * headings in DejaVu Sans; PART LINES "Deel A — Vergezichten" and "Deel B — Kernen" (level 1, nummer "A"/"B") with
 * chapters "1" … "7" NUMBERED THROUGH both parts (level 2), sections "1.1" (level 3); no table of contents; header
 * "Lingewaard 2035 · omgevingsvisie" left, footer "Lingewaard · pagina n" right; lists "•" and "1."; a table; the
 * raadsbesluit with a preamble of FOUR "overwegende dat" paragraphs, the second with a NUMBERED LIST, "besluit:"
 * and beslispunten "I." … "III." (a date); visie as "Bijlage 1"; GIO table with the IDENTIFIER FIRST (Identificatie
 * | Naam) in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('gm1705', '2028', '2028-11-14', '1')
const GIOS = [
  gio('Gemeente Lingewaard', 'gemeente-lingewaard', [0, 0], 6),
  gio('NEXTgarden', 'nextgarden', [1.5, -1], 1.2),
  gio('Uiterwaarden Rijn en Waal', 'uiterwaarden-rijn-waal', [4, -3], 2),
  gio('Zoekgebied wonen Bemmel-Oost', 'zoekgebied-wonen-bemmel-oost', [-2, -1.5], 0.7),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Vergezichten'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Waarom een omgevingsvisie'],
  [3, '1.2', 'Lingewaard in 2035'],
  [2, '2', 'Een toekomstbestendige leefomgeving voor jong en oud'],
  [3, '2.1', 'Onze kernen zijn gegroeid'],
  [3, '2.2', 'Toekomstbestendig ingerichte kernen'],
  [3, '2.3', 'Groen in en om de kernen'],
  [2, '3', 'Lingewaard in de groene metropoolregio'],
  [3, '3.1', 'Uitwaaien op de dijk'],
  [3, '3.2', 'Duurzaam wonen en werken'],
  [3, '3.3', 'Glastuinbouw in NEXTgarden'],
  [3, '3.4', 'Landbouw in het landschap'],
  [3, '3.5', 'Verkeer en vervoer'],
  [1, 'B', 'Kernen'],
  [2, '4', 'Bemmel en Ressen'],
  [3, '4.1', 'Karakter'],
  [3, '4.2', 'Opgaven'],
  [2, '5', 'Huissen'],
  [3, '5.1', 'Karakter'],
  [3, '5.2', 'Opgaven'],
  [2, '6', 'Gendt'],
  [2, '7', 'Doornenburg, Angeren en Haalderen'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="${k.nummer === 'A' ? '' : 'brk '}deel">Deel ${k.nummer} — ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Lingewaard · raadsvergadering 14 november 2028 · registratienummer 2028-0917</p>
<p class="ttl">Besluit van de raad van de gemeente Lingewaard tot vaststelling van de Omgevingsvisie Lingewaard 2035</p>
<p>De raad van de gemeente Lingewaard;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 september 2028;</p>
<p>overwegende dat de Omgevingswet de gemeente verplicht tot het vaststellen van een omgevingsvisie voor het gehele grondgebied;</p>
<p>overwegende dat bij de totstandkoming van de visie inwoners, ondernemers en organisaties zijn betrokken, te weten:</p>
<div class="lst"><div class="li d0"><div class="row"><span class="m">1.</span><span class="t">via het platform Samen Lingewaard, in de periode van september 2027 tot en met februari 2028;</span></div></div><div class="li d0"><div class="row"><span class="m">2.</span><span class="t">in dorpsavonden in Bemmel, Huissen, Gendt en Doornenburg;</span></div></div><div class="li d0"><div class="row"><span class="m">3.</span><span class="t">in een jongerenpanel en een ondernemerssessie over NEXTgarden;</span></div></div></div>
<p>overwegende dat de ontwerp-omgevingsvisie van 15 mei tot en met 26 juni 2028 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van zienswijzen;</p>
<p>overwegende dat de visie de Structuurvisie Lingewaard 2012–2022 vervangt;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<table class="bp">
<tr><td class="n">I.</td><td>de Omgevingsvisie Lingewaard 2035 vast te stellen zoals opgenomen in bijlage 1, met de geografische informatieobjecten van bijlage 2;</td></tr>
<tr><td class="n">II.</td><td>de Structuurvisie Lingewaard 2012–2022 in te trekken;</td></tr>
<tr><td class="n">III.</td><td>dit besluit in werking te laten treden op 1 december 2028.</td></tr>
</table>
<p class="aldus">Aldus besloten in de openbare vergadering van 14 november 2028.</p>
<p>De raad voornoemd,</p>
<p class="sig1">de griffier,<br><br><br>drs. M.A. Hendriks</p>
<p class="sig1">de voorzitter,<br><br><br>A.J.M. van Dijk</p>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="b1">Bijlage 1</p>
<p class="t1">Omgevingsvisie Lingewaard 2035</p>
<p class="t2">Groen en levendig Lingewaard</p>
</div>`)

  d.page('std')
  d.enter('visie')
  k('A')
  k('1')
  k('1.1')
  d.p('Deze omgevingsvisie is onze visie op de fysieke leefomgeving van Lingewaard. Zij brengt het beleid voor wonen, werken, landschap, water en mobiliteit samen en vervangt de Structuurvisie Lingewaard 2012–2022.')
  k('1.2')
  d.p('Lingewaard streeft naar een toekomstbestendige inrichting, zodat het ook in 2035 prettig wonen, werken en recreëren is in een groen en levendig Lingewaard. Het toekomstbeeld bestaat uit acht onderdelen:')
  d.list([
    'in 2035 zijn onze kernen gegroeid;',
    'de kernen zijn toekomstbestendig ingericht;',
    'groen is in en om de kernen toegankelijk;',
    'uitwaaien op de dijk of in het buitengebied kan ook;',
    'duurzaam wonen en bedrijvigheid is normaal geworden;',
    'de glastuinbouw in NEXTgarden is energieneutraal;',
    'landbouwbedrijven zijn duurzamer en nog steeds belangrijk in ons landschap;',
    'verkeer en vervoer zijn minder belastend voor het milieu.',
  ], punt)
  d.p('Deze onderdelen zijn samengebracht in twee vergezichten, die in Deel A worden beschreven. Deel B werkt de vergezichten uit voor elk van de kernen.')
  k('2')
  k('2.1')
  d.p('Tot 2035 bouwen wij ongeveer 2.500 woningen, vooral voor starters, jonge gezinnen en ouderen uit de eigen kernen.')
  k('2.2')
  d.p('Voorzieningen blijven op loop- en fietsafstand; openbare ruimte richten wij in voor alle leeftijden.')
  k('2.3')
  d.p('Elke kern heeft een groen raamwerk dat aansluit op het buitengebied.')
  k('3')
  k('3.1')
  d.p('De dijken langs Rijn, Waal en Linge en het Pannerdensch Kanaal zijn de recreatieve ruggengraat van Lingewaard.')
  k('3.2')
  d.p('Nieuwe woningen zijn energieneutraal; bedrijven leggen zon op hun daken.')
  k('3.3')
  d.p('NEXTgarden is een van de grootste glastuinbouwgebieden van Gelderland. Wij sturen op:')
  d.list(['energieneutrale kassen in 2035;', 'het delen van warmte met de kernen;', 'ruimte voor innovatie binnen het bestaande gebied.'], nummer)
  k('3.4')
  d.p('De fruitteelt en de grondgebonden landbouw blijven bepalend voor het beeld van de Over-Betuwe.')
  k('3.5')
  d.p('Wij stimuleren de fiets en het openbaar vervoer naar Arnhem en Nijmegen.')
  d.table(['Verbinding', 'Nu', 'Ambitie 2035'], [
    ['Snelfietsroute Bemmel–Nijmegen', 'deels aanwezig', 'volledig'],
    ['Busverbinding Huissen–Arnhem', 'elk halfuur', 'elk kwartier'],
    ['Station Elst (Overbetuwe)', 'bereikbaar per fiets', 'mobiliteitshub'],
  ], 'tbl', ['42%', '26%', '32%'])
  k('B')
  k('4')
  k('4.1')
  d.p('Bemmel is de grootste kern, met het gemeentehuis en een compact centrum; Ressen ligt tegen Nijmegen-Noord aan.')
  k('4.2')
  d.p('In Bemmel-Oost zoeken wij ruimte voor woningbouw; het centrum versterken wij met wonen boven winkels.')
  k('5')
  k('5.1')
  d.p('Huissen is een vestingstadje met een historische kern aan de Rijn.')
  k('5.2')
  d.p('Wij beschermen de historische kern en verbinden Huissen beter met de uiterwaarden.')
  k('6')
  d.p('Gendt ligt aan de Waal; het dorp groeit naar eigen behoefte en behoudt zijn dijkbebouwing.')
  k('7')
  d.p('In de kleinere kernen werken wij met de dorpsraden aan leefbaarheid, voorzieningen en verkeersveiligheid.')

  d.page('std').bijlage('2', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 2 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Identificatie', 'Naam'], (g) => [gidCell(g.identificatie), g.naam], 'gio', ['66%', '34%'])

  const ft = "font: 7.5pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h164',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare pagina\'s over de Omgevingsvisie Lingewaard ("Lingewaard streeft naar een toekomstbestendige inrichting, zodat het ook in 2035 prettig wonen, werken en recreëren is in een groen en levendig Lingewaard", de acht onderdelen van het toekomstbeeld, de twee vergezichten "Een toekomstbestendige leefomgeving voor jong en oud" en "Lingewaard als onderdeel van de groene metropoolregio", uitgewerkt per kern; de kernen Bemmel, Huissen, Gendt, Doornenburg, Angeren, Haalderen en Ressen, NEXTgarden), hier als herziene visie van 2028, ingekort; eigen opmaak: A4 in DejaVu Serif met koppen in DejaVu Sans, deelregels "Deel A — Vergezichten" en "Deel B — Kernen" (niveau 1) met doorlopend genummerde hoofdstukken "1" … "7" (niveau 2) en paragrafen "1.1" (niveau 3), geen inhoudsopgave, kopregel "Lingewaard 2035 · omgevingsvisie" links, voettekst "Lingewaard · pagina n" rechts, lijsten "•" en "1.", een tabel, raadsbesluit met vier alinea\'s "overwegende dat" (de tweede met een genummerde lijst), "besluit:" en beslispunten I.–III. (een datum), handtekeningen onder elkaar, visie als "Bijlage 1", GIO-tabel met de identificatie eerst (Identificatie | Naam) in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm1705',
    naam: 'Gemeente Lingewaard',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Lingewaard tot vaststelling van de Omgevingsvisie Lingewaard 2035',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Lingewaard 2035',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-lingewaard-2035', regeling: 'omgevingsvisie-lingewaard-2035', doel: 'omgevingsvisie-lingewaard-2035' },
      datums: { vaststelling: '2028-11-14', ondertekening: '2028-11-14', bekendmaking: '2028-11-21', inwerkingtreding: '2028-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1705',
      oin: '00000001000000017050',
      achtergrondActualiteit: '2028-09-01',
    },
    geo: { origin: [193000, 436000] },
    meubilair: ['^Lingewaard 2035 · omgevingsvisie$', '^Lingewaard · pagina \\d+$'],
    title: 'Omgevingsvisie Lingewaard 2035',
    css: `
@page { size: A4; margin: 22mm 24mm 22mm 24mm; }
@page std { @top-left { content: "Lingewaard 2035 · omgevingsvisie"; ${ft} } @bottom-right { content: "Lingewaard · pagina " counter(page); ${ft} } }
body { font: 9.5pt/1.5 'DejaVu Serif', serif; color: #1a1a1a; }
p { margin: 0 0 2.2mm; }
.gem { font: 7.5pt 'DejaVu Sans'; color: #777; }
.ttl { font: bold 12.5pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
table.bp td { vertical-align: top; padding: 0 0 1.5mm; }
table.bp td.n { width: 10mm; }
.aldus { margin-top: 4mm; }
.sig1 { margin: 5mm 0 0; }
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .b1 { font: 10pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #5B8C2A; margin: 0 0 3mm; }
.titel .t2 { font: 14pt 'DejaVu Serif'; color: #333; }
h1.deel { font: bold 19pt 'DejaVu Sans'; color: #5B8C2A; margin: 20mm 0 8mm; }
h2 { font: bold 13pt 'DejaVu Sans'; color: #5B8C2A; margin: 7mm 0 2.5mm; break-after: avoid; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 4mm 0 1.2mm; break-after: avoid; }
h1.bijl { font: bold 13pt 'DejaVu Sans'; color: #5B8C2A; }
div.lst { margin: 0 0 2.2mm 2mm; }
table.tbl { width: 100%; font: 8pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
table.tbl th { background: #E5EFD9; text-align: left; padding: 1mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm 1.5mm; }
table.gio { width: 100%; font: 8.5pt 'DejaVu Sans'; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #5B8C2A; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
