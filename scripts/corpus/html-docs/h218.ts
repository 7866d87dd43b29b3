/**
 * h218 — gemeente Nieuwkoop (gm0569), holdout (session 14): the Zuid-Hollandse gemeente of some 29.000 inwoners in
 * the Groene Hart, formed in 2007 from Nieuwkoop, Ter Aar and Liemeer, with thirteen kernen (Nieuwkoop, Noorden,
 * Woerdense Verlaat, Noordeinde, Zevenhoven, Nieuwveen, Ter Aar, Langeraar, Korteraar, Vrouwenakker, Papenveer,
 * Noordse Dorp and part of Meije) and the Nieuwkoopse Plassen. Content after the public texts on the "Omgevingsvisie
 * gemeente Nieuwkoop" (adopted by the raad on 1 July 2021, called a "toekomstvisie voor de leefomgeving"; the seven
 * "Nieuwkoopse drijfveren" Rust en ruimte, Weids landschap, Bijzondere natuur, Centrale ligging, Dorps karakter,
 * Levendige dorpen, Saamhorigheid; three ambities "gelukkige mensen", "sterke dorpen" and "een groene toekomst"; the
 * visie worked out in three deelgebieden; the opgaven betaalbare woningen, energietransitie, stikstof, bodemdaling,
 * Schiphol and klimaat; the new wijk Buytewech-Noord and "Het land van Koppen" in Noorden; Denk Mee Cafés, a
 * tekenwedstrijd and some 1400 participants), here as the renewed visie of 2028, shortened and partly in our own words.
 * Layout: Chromium, A4, Nimbus Sans 9.5 pt; three PARTS on pages of their own ("Deel A" above "Ons Nieuwkoop",
 * level 1, nummer "A"), chapters numbered "1" … "8" THROUGH the parts (level 2), sections "4.1" (level 3); table of
 * contents "Inhoud" with dotted leaders (parts and chapters); header "Omgevingsvisie Nieuwkoop" left and the page
 * number right; the drijfveren as a numbered list; lists "•" and "–"; a table; raadsbesluit with NUMBERED
 * BESLISPUNTEN "1." … "3." (no "Artikel"); GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0569', '2028', '2028-06-29', '1')
const GIOS: Gio[] = [
  gio('Gemeente Nieuwkoop', 'gemeente-nieuwkoop', [0, 0], 4),
  gio('Nieuwkoopse Plassen', 'nieuwkoopse-plassen', [-1, 1], 1.5),
  gio('Woongebied Buytewech-Noord', 'woongebied-buytewech-noord', [-2, -0.5], 0.5),
  gio('Veenweidegebied', 'veenweidegebied', [2, -1.5], 2),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Ons Nieuwkoop'],
  [2, '1', 'Inleiding'],
  [3, '1.1', 'Een toekomstvisie voor de leefomgeving'],
  [3, '1.2', 'Samen gemaakt'],
  [3, '1.3', 'Grote opgaven'],
  [2, '2', 'De Nieuwkoopse drijfveren'],
  [3, '2.1', 'Zeven drijfveren'],
  [3, '2.2', 'Drijfveren als leidraad'],
  [1, 'B', 'Onze ambities'],
  [2, '3', 'Gelukkige mensen'],
  [3, '3.1', 'Gezond en veilig'],
  [3, '3.2', 'Een woning voor iedereen'],
  [2, '4', 'Sterke dorpen'],
  [3, '4.1', 'Voorzieningen in de dorpen'],
  [3, '4.2', 'Werken en ondernemen'],
  [2, '5', 'Een groene toekomst'],
  [3, '5.1', 'Energietransitie'],
  [3, '5.2', 'Bodemdaling en veenweide'],
  [3, '5.3', 'Klimaat en water'],
  [1, 'C', 'Deelgebieden en uitvoering'],
  [2, '6', 'De dorpen'],
  [3, '6.1', 'Nieuwkoop, Noorden en Woerdense Verlaat'],
  [3, '6.2', 'Ter Aar, Langeraar en Korteraar'],
  [3, '6.3', 'Nieuwveen, Zevenhoven en Noordeinde'],
  [2, '7', 'Het landschap'],
  [3, '7.1', 'De Nieuwkoopse Plassen'],
  [3, '7.2', 'Droogmakerijen en veenweiden'],
  [2, '8', 'Uitvoering'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2 class="brk2">${k.nummer}&nbsp;&nbsp;${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="gem">Gemeente Nieuwkoop</p>
<p class="ttl">Besluit van de raad van de gemeente Nieuwkoop tot vaststelling van de Omgevingsvisie gemeente Nieuwkoop 2040</p>
<p>De raad van de gemeente Nieuwkoop;</p>
<p>gezien het voorstel van burgemeester en wethouders van 16 mei 2028, registratienummer Z/28/104558;</p>
<p>overwegende dat de Omgevingsvisie gemeente Nieuwkoop van 1 juli 2021 is herzien met inbreng van inwoners, dorpsraden, ondernemers, verenigingen en ketenpartners, en dat het ontwerp van 30 maart tot en met 10 mei 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<table class="bp"><tr><td>1.</td><td>de Omgevingsvisie gemeente Nieuwkoop 2040 met de geografische informatieobjecten in bijlage 1 vast te stellen;</td></tr>
<tr><td>2.</td><td>de Omgevingsvisie gemeente Nieuwkoop van 1 juli 2021 in te trekken;</td></tr>
<tr><td>3.</td><td>te bepalen dat dit besluit in werking treedt op 1 augustus 2028.</td></tr></table>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Nieuwkoop van 29 juni 2028.</p>
${handtekeningen(['de griffier,', 'mr. S.A. de Ruiter'], ['de voorzitter,', 'F.C. Brouwer'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie gemeente Nieuwkoop 2040</p><p class="t2">Toekomstvisie voor de leefomgeving</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [`Deel ${nr}`, t, `Deel ${nr}`, 1] : [nr, t, `${nr} ${t}`, 2]))
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoud', rows))
  d.enter('visie')

  K('A')
  K('1')
  K('1.1')
  d.p('In deze omgevingsvisie staat hoe wij denken over onze leefomgeving: de omgeving waarin we wonen, werken en recreëren. Het gaat ook over duurzaamheid, onderwijs, gezondheid en veiligheid. Wij noemen haar daarom uitdrukkelijk een toekomstvisie voor de leefomgeving.')
  K('1.2')
  d.p('Inwoners van jong tot oud, ondernemers, verenigingen, organisaties, belangengroepen, dorpsraden en ketenpartners dachten mee:')
  d.list(['in gesprekken en bijeenkomsten, op markten, evenementen, scholen en dorpsavonden;', 'tijdens Denk Mee Cafés en met een tekenwedstrijd;', 'online, via sociale media en enquêtes.'], bol)
  d.p('Zo hebben zeker 1400 inwoners en een groot aantal organisaties aan de eerste visie meegewerkt. Voor deze herziening zijn we opnieuw langs de dorpen gegaan.')
  K('1.3')
  d.p('Nieuwkoop staat voor grote opgaven: het tekort aan betaalbare woningen, de energietransitie, de stikstofuitstoot, de bodemdaling, de invloed van Schiphol en de klimaatverandering.')
  K('2')
  K('2.1')
  d.p('Zeven Nieuwkoopse drijfveren laten zien wat belangrijke waarden zijn voor het leven in onze gemeente en voor de leefomgeving:')
  d.list(['Rust en ruimte', 'Weids landschap', 'Bijzondere natuur', 'Centrale ligging', 'Dorps karakter', 'Levendige dorpen', 'Saamhorigheid'], num)
  K('2.2')
  d.p('De drijfveren zijn de leidraad bij nieuwe ontwikkelingen in de dorpen en in het landschap. Een initiatief laat zien hoe het bijdraagt aan ten minste één drijfveer en geen afbreuk doet aan de andere.')

  K('B')
  K('3')
  K('3.1')
  d.p('De overheid is geen geluksfabriek, maar wat wij doen of nalaten heeft wel invloed op onze inwoners. Een leefomgeving die uitnodigt tot bewegen en ontmoeten draagt bij aan gezondheid en veiligheid.')
  K('3.2')
  d.p('Wij bouwen woningen voor jongeren, gezinnen en ouderen in alle dorpen, met een groot deel betaalbaar.')
  d.table(['Locatie', 'Dorp', 'Woningen tot 2040'], [
    ['Buytewech-Noord', 'Nieuwkoop', 'circa 900'],
    ['Het land van Koppen (afronding)', 'Noorden', 'circa 60'],
    ['Inbreiding kernen', 'alle dorpen', 'circa 400'],
  ], 'tbl', ['42%', '26%', '32%'])
  K('4')
  K('4.1')
  d.p('Dertien kernen met een eigen identiteit, gevormd door hun omgeving. Wij houden de basisvoorzieningen op peil en clusteren de grotere voorzieningen in Nieuwkoop en Ter Aar.')
  K('4.2')
  d.p('Wij geven ruimte aan lokale bedrijven, aan de glastuinbouw binnen Greenport Aalsmeer en aan recreatie en toerisme rond de plassen.')
  K('5')
  K('5.1')
  d.p('Nieuwkoop wil energieneutraal worden. Wij beginnen met besparen en zon op daken.')
  K('5.2')
  d.p('Het veen klinkt in. Samen met het Hoogheemraadschap van Rijnland en de agrariërs zoeken wij naar een toekomst voor de veenweiden:')
  d.list(['hogere waterpeilen waar dat kan;', { text: 'nieuwe verdienmodellen voor de landbouw', sub: ['natte teelten;', 'natuurbeheer.'] }, 'geen nieuwe bebouwing op de slapste bodems.'], bol)
  K('5.3')
  d.p('Wij bereiden ons voor op hevige regenbuien, droogte en hitte.')

  K('C')
  K('6')
  K('6.1')
  d.p('Aan de buitenkant van de kern Nieuwkoop verrijst de nieuwe wijk Buytewech-Noord: een grote variatie aan woningen, een groene invulling en een complete en duurzame wijk.')
  K('6.2')
  d.p('Ter Aar en Langeraar groeien samen rond de voorzieningen aan de Aarkanaal-zijde.')
  K('6.3')
  d.p('De dorpen in het vroegere Liemeer houden hun dorpse karakter in het open landschap.')
  K('7')
  K('7.1')
  d.p('De Nieuwkoopse Plassen zijn Natura 2000-gebied en een van de mooiste natuurgebieden van het Groene Hart.')
  K('7.2')
  d.p('De droogmakerijen en veenweiden vormen het weidse landschap dat zo typisch Nederlands is.')
  K('8')
  d.p('Aan de uitvoering werken wij samen met inwoners, ondernemers, organisaties en initiatiefnemers. De visie blijft in ontwikkeling, maar de zeven drijfveren en de drie ambities blijven het gezamenlijke uitgangspunt.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #4d4d4d;"
  const spec: DocSpec = {
    id: 'h218',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie gemeente Nieuwkoop" (op 1 juli 2021 door de raad vastgesteld, "toekomstvisie voor de leefomgeving"; de zeven "Nieuwkoopse drijfveren" Rust en ruimte, Weids landschap, Bijzondere natuur, Centrale ligging, Dorps karakter, Levendige dorpen, Saamhorigheid; drie ambities "gelukkige mensen", "sterke dorpen" en "een groene toekomst"; uitgewerkt in drie deelgebieden; de opgaven betaalbare woningen, energietransitie, stikstof, bodemdaling, Schiphol en klimaat; Buytewech-Noord en "Het land van Koppen"; Denk Mee Cafés, een tekenwedstrijd, zo\'n 1400 deelnemers), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Nimbus Sans 9,5 pt, drie DELEN op een eigen pagina ("Deel A" boven "Ons Nieuwkoop", niveau 1, nummer "A"), hoofdstukken "1" … "8" DOORGENUMMERD over de delen (niveau 2), paragrafen "4.1" (niveau 3), inhoudsopgave "Inhoud" met puntjes (delen en hoofdstukken), koptekst "Omgevingsvisie Nieuwkoop" links en paginanummer rechts, de drijfveren als genummerde lijst, lijsten "•" en "–", een tabel, raadsbesluit met GENUMMERDE BESLISPUNTEN "1." … "3." (geen "Artikel"), GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0569',
    naam: 'Gemeente Nieuwkoop',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Nieuwkoop tot vaststelling van de Omgevingsvisie gemeente Nieuwkoop 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-08-01',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Nieuwkoop 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-nieuwkoop-2040', regeling: 'omgevingsvisie-nieuwkoop-2040', doel: 'omgevingsvisie-nieuwkoop-2040' },
      datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-11', inwerkingtreding: '2028-08-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0569',
      oin: '00000001000000005690',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [111000, 462000] },
    meubilair: ['^Omgevingsvisie Nieuwkoop\\s+\\d+$'],
    title: 'Omgevingsvisie gemeente Nieuwkoop 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 22mm 20mm 22mm; @top-left { content: "Omgevingsvisie Nieuwkoop"; ${ft} } @top-right { content: counter(page); ${ft} } }
@page eerste { @top-left { content: none; } @top-right { content: none; } }
@page titel { @top-left { content: none; } @top-right { content: none; } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2.3mm; }
.gem { font: bold 11pt 'Nimbus Sans'; color: #2b6f4a; margin-bottom: 8mm; }
.ttl { font: bold 13pt 'Nimbus Sans'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; }
table.bp td { vertical-align: top; padding: 0 2mm 1.5mm 0; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 90mm; }
.titel .t1 { font: bold 24pt 'Nimbus Sans'; color: #2b6f4a; }
.titel .t2 { font: 13pt 'Nimbus Sans'; }
.toc { break-before: page; }
.toc .tockop { font: bold 16pt 'Nimbus Sans'; color: #2b6f4a; margin-bottom: 6mm; }
${TOC_CSS}
.deel { break-before: page; break-after: page; padding-top: 80mm; }
.deel .dl { font: 14pt 'Nimbus Sans'; color: #7a9a3a; letter-spacing: 0.08em; margin: 0 0 2mm; }
.deel h1 { font: bold 28pt 'Nimbus Sans'; color: #2b6f4a; margin: 0; }
.brk, .brk2 { break-before: page; }
.deel + .brk2 { break-before: auto; }
h2 { font: bold 17pt 'Nimbus Sans'; color: #2b6f4a; margin: 0 0 5mm; }
h3 { font: bold 11pt 'Nimbus Sans'; color: #2b6f4a; margin: 5mm 0 1.5mm; break-after: avoid; }
div.lst { margin: 0 0 2.3mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'Nimbus Sans'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #2b6f4a; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #e2efe6; }
.bijl { font: bold 14pt 'Nimbus Sans'; margin: 0 0 5mm; }
table.gio { width: 100%; font: 8.5pt 'Nimbus Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
