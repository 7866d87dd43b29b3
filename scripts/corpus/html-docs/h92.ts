/**
 * h92 — gemeente Zeist (gm0355), holdout (session 11, third set): a middle-sized gemeente (about 66.000 inwoners;
 * Zeist, Den Dolder, Bosch en Duin, Huis ter Heide, Austerlitz). Content after the public texts on the "Eerste Zeister
 * Omgevingsvisie" (since 2019 made with inwoners, ondernemers en organisaties; how Zeistenaren want to live, what they
 * find important in and around their kernen en buurten; the ruimtekaart van Zeist; the Zeister DNA; waarden per kern
 * en buurt that are gekoesterd en versterkt, checked with 25 stellingen on which some 2.500 votes were cast; the
 * directe leefomgeving as alles wat je ziet, voelt, hoort, ruikt en beleeft als je buiten bent; ambities on wonen,
 * economie en mobiliteit; plans weighed with the Waardenweger; a "ja, mits"-houding; initiatiefnemers work together
 * with belanghebbenden — how, with whom, how the plan changed, how far inwoners accept it), here as a visie of 2027,
 * shortened and partly in our own words. Layout: A4 in Liberation Sans 9.5 pt; chapters with the NUMBER IN A COLOURED
 * BLOCK ON A LINE OF ITS OWN and the title below it, each on a new page; sections "1.1", "3.2.1"; header "Eerste
 * Zeister Omgevingsvisie · gemeente Zeist" left and "versie vastgesteld 7 oktober 2027" right, footer "n" centred; a numbered list
 * "1." of questions and ●-lists; a table; "De raad van de gemeente Zeist;" with "gelezen", "gelet op", "b e s l u i t :"
 * and Artikel 1–3 each on a line of its own (inwerkingtreding on a date); visie as "Bijlage 1"; GIO table
 * Identificatie | Naam | Kern in "Bijlage 2" (identifier first).
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0355', '2027', '2027-10-07', '1')
const GIOS = [
  { ...gio('Gemeente Zeist', 'gemeente-zeist', [0, 0], 4), kern: 'alle kernen' },
  { ...gio('Centrum Zeist en Slotlaan', 'centrum-zeist-slotlaan', [0.2, 0.1], 0.5), kern: 'Zeist' },
  { ...gio('Landgoederenzone', 'landgoederenzone', [-1.5, 1], 1.5), kern: 'Zeist, Bosch en Duin' },
  { ...gio('Den Dolder, Willem Arntsz Hoeve', 'den-dolder-wa-hoeve', [1, 4], 0.6), kern: 'Den Dolder' },
  { ...gio('Vliegbasis Soesterberg', 'vliegbasis-soesterberg', [3, 2.5], 1), kern: 'Huis ter Heide' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="h1w"><p class="blok">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&ensp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }, { glyph: '○', font: 'DejaVu Sans' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Zeist · raadsbesluit RB-2027-118</p>
<p class="ttl">Besluit van de raad van de gemeente Zeist tot vaststelling van de Eerste Zeister Omgevingsvisie</p>
<p>De raad van de gemeente Zeist;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2027;</p>
<p>overwegende dat het ontwerp van 17 januari tot en met 28 februari 2027 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Eerste Zeister Omgevingsvisie, zoals opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De werkingsgebieden van de visie zijn de geografische informatieobjecten van bijlage 2.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 november 2027.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Zeist op 7 oktober 2027.</p>
${handtekeningen(['de griffier,', 'mr. E.J. Rijnbeek'], ['de voorzitter,', 'drs. K.H.G. Janssen'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit RB-2027-118</p>
<p class="t1">Eerste Zeister Omgevingsvisie</p>
<p class="t2">De ruimtekaart van Zeist</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'Over deze visie')
  d.p('Hoe willen Zeistenaren wonen? Wat vinden we belangrijk in en rond onze kernen en buurten? Daarop geeft deze omgevingsvisie antwoord. Een visie die vertelt wat u moet weten over de leefomgeving van de gemeente Zeist: alles wat u hoort, ruikt, ziet en voelt.')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('Iedere gemeente is verplicht om een omgevingsvisie te maken. Deze visie geeft aan wat voor gemeente we willen zijn en welke strategische kaders gelden voor nieuwe plannen.')
  d.kop(2, '1.2', 'Samen gemaakt')
  d.p('Sinds 2019 is samen met inwoners, ondernemers en organisaties aan de visie gewerkt. Online legden we 25 stellingen voor om de opgehaalde waarden te toetsen; er werden bijna 2.500 stemmen uitgebracht.')
  d.kop(2, '1.3', 'Hoe de visie werkt')
  d.p('Heeft u als inwoner een plan voor uw buurt of wijk, dan weet u met de visie waar u in uw plan rekening mee moet houden.')

  d.kop(1, '2', 'Het Zeister DNA')
  d.p('Zeist is een groene gemeente op de Utrechtse Heuvelrug, met landgoederen, lanen en bossen die tot in het centrum reiken.')
  d.kop(2, '2.1', 'Koesteren en versterken')
  d.p('Per kern en per buurt beschrijven we de waarden die we koesteren en die we willen versterken.')
  d.kop(2, '2.2', 'Zachte en harde kant van de leefomgeving')
  d.p('Het gaat niet alleen om gebouwen, natuur en ruimtelijke ordening, maar ook om de manier waarop we samenleven.')
  d.table(['Kern', 'Wat we koesteren', 'Wat we versterken'], [
    ['Zeist', 'Slotlaan, Walkartpark, landgoederen', 'levendig centrum'],
    ['Den Dolder', 'bos en dorpskarakter', 'voorzieningen'],
    ['Austerlitz', 'een plek voor jong en oud', 'ontmoeting'],
    ['Huis ter Heide', 'oog voor elkaar', 'groene verbindingen'],
  ], 'tbl', ['22%', '43%', '35%'])

  d.kop(1, '3', 'Ambities')
  d.p('Welke maatschappelijke opgaven komen op ons af en hoe gaan we daarmee om?')
  d.kop(2, '3.1', 'Wonen')
  d.p('We bouwen voor starters, senioren en middeninkomens, vooral door transformatie en inbreiding.')
  d.kop(3, '3.1.1', 'Betaalbaar wonen')
  d.p('Een derde van de nieuwbouw is sociale huur.')
  d.kop(3, '3.1.2', 'Wonen met zorg')
  d.p('Op de terreinen van de zorginstellingen is ruimte voor wonen met zorg.')
  d.kop(2, '3.2', 'Economie')
  d.p('Zeist houdt een sterk centrum en ruimte voor kantoren bij de snelwegen.')
  d.kop(2, '3.3', 'Mobiliteit')
  d.p('We geven voorrang aan:')
  d.list(['lopen en fietsen in de kernen;', { text: 'openbaar vervoer, met', sub: ['een snelle busverbinding naar Utrecht;', 'een betere aansluiting op station Driebergen-Zeist.'] }, 'autoverkeer op de hoofdroutes.'], bol)
  d.kop(2, '3.4', 'Klimaat en energie')
  d.p('Zon op daken en warmte uit de bodem; windturbines alleen buiten de landgoederenzone.')

  d.kop(1, '4', 'Kernen en buurten')
  d.kop(2, '4.1', 'Zeist')
  d.p('Het centrum rond de Slotlaan blijft het hart van de gemeente.')
  d.kop(2, '4.2', 'Den Dolder')
  d.p('Op het terrein van de Willem Arntsz Hoeve komen woningen in het bos.')
  d.kop(2, '4.3', 'Bosch en Duin en Huis ter Heide')
  d.p('Villaparken in het bos; nieuwe bebouwing past bij het groene karakter.')
  d.kop(2, '4.4', 'Austerlitz')
  d.p('Een dorp waar jong en oud elkaar ontmoeten.')

  d.kop(1, '5', 'Plannen toetsen')
  d.p('Deze visie stimuleert initiatiefnemers om iets bij te dragen wat goed past in het gebied. We kennen een ‘ja, mits’-houding.')
  d.kop(2, '5.1', 'De Waardenweger')
  d.p('Met de Waardenweger laat een initiatiefnemer zien hoe zijn plan rekening houdt met de waarden en ambities van deze visie.')
  d.kop(2, '5.2', 'Samenwerken met belanghebbenden')
  d.p('Bij het indienen van een plan licht u schriftelijk toe:')
  d.list(['hoe u met inwoners hebt samengewerkt;', 'met wie (één buurman is niet genoeg);', 'hoe u uw plan heeft aangepast op hun wensen;', 'in hoeverre inwoners het plan accepteren, en waarom.'], num)

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 – Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Identificatie', 'Naam', 'Kern'], (g) => [gidCell(g.identificatie), g.naam, g.kern], 'gio', ['52%', '28%', '20%'])

  const hd = "font: 7.5pt 'Liberation Sans'; color: #4A7A2C;"
  const spec: DocSpec = {
    id: 'h92',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Eerste Zeister Omgevingsvisie" (sinds 2019 samen met inwoners, ondernemers en organisaties; hoe Zeistenaren willen wonen en wat ze belangrijk vinden in kernen en buurten; de ruimtekaart van Zeist; het Zeister DNA; waarden per kern en buurt om te koesteren en te versterken, getoetst met 25 stellingen en bijna 2.500 stemmen; de leefomgeving als alles wat je ziet, voelt, hoort, ruikt en beleeft; ambities voor wonen, economie en mobiliteit; de Waardenweger; een ‘ja, mits’-houding; samenwerken met belanghebbenden), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, hoofdstukken met het NUMMER IN EEN GEKLEURD BLOK OP EEN EIGEN REGEL en de titel daaronder, elk op een nieuwe bladzijde, paragrafen "1.1" en "3.1.1", kopregel "Eerste Zeister Omgevingsvisie · gemeente Zeist" links en "versie vastgesteld 7 oktober 2027" rechts, voettekst met paginanummer in het midden, een genummerde lijst "1." en ●-lijsten, een tabel, raadsbesluit met "b e s l u i t :" en Artikel 1–3 op een eigen regel (inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Identificatie | Naam | Kern in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0355',
    naam: 'Gemeente Zeist',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zeist tot vaststelling van de Eerste Zeister Omgevingsvisie',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2027-11-01',
    },
    visieOpschrift: 'Eerste Zeister Omgevingsvisie',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'eerste-zeister-omgevingsvisie', regeling: 'eerste-zeister-omgevingsvisie', doel: 'eerste-zeister-omgevingsvisie' },
      datums: { vaststelling: '2027-10-07', ondertekening: '2027-10-07', bekendmaking: '2027-10-14', inwerkingtreding: '2027-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0355',
      oin: '00000001000000355000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [146000, 456000] },
    meubilair: ['^Eerste Zeister Omgevingsvisie · gemeente Zeist( versie vastgesteld 7 oktober 2027)?$', '^\\d+$'],
    title: 'Eerste Zeister Omgevingsvisie',
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
@page visie { @top-left { content: "Eerste Zeister Omgevingsvisie · gemeente Zeist"; ${hd} } @top-right { content: "versie vastgesteld 7 oktober 2027"; ${hd} } @bottom-center { content: counter(page); ${hd} } }
@page bijl { @top-left { content: "Eerste Zeister Omgevingsvisie · gemeente Zeist"; ${hd} } @top-right { content: "versie vastgesteld 7 oktober 2027"; ${hd} } @bottom-center { content: counter(page); ${hd} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1d1d1d; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #4A7A2C; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 0.5mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #4A7A2C; margin: 5mm 0 3mm; }
.titel .t2 { font-size: 14pt; }
.h1w { break-before: page; margin: 4mm 0 5mm; }
.h1w:first-child { break-before: auto; }
.blok { display: inline-block; background: #4A7A2C; color: #fff; font: bold 20pt 'Liberation Sans'; padding: 2mm 5mm; margin: 0 0 3mm; }
h1 { font: bold 20pt 'Liberation Sans'; color: #4A7A2C; margin: 0; }
h2 { font: bold 12pt 'Liberation Sans'; color: #4A7A2C; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #4A7A2C; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #9bb88a; padding: 1.2mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #4A7A2C; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #4A7A2C; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
