/**
 * h87 — gemeente Hoorn (gm0405), holdout (session 11, second set): a middle-sized gemeente (about 74.000 inwoners).
 * Content after the public texts on the "Omgevingsvisie Hoorn" (how Hoorn should look in 2040; the stip op de horizon;
 * a good balance between the growth of the city and leefbaarheid; 10.000 to 12.000 new woningen, many near the
 * binnenstad, the ziekenhuis and the two stations; werkgelegenheid and voorzieningen grow along; five ambities —
 * aantrekkelijke bestaande en nieuwe wijken, voortbouwen op economische en toeristische kansen, bereikbaarheid via
 * weg, spoor en water, een socialere, gezondere en veiligere omgeving, verder verduurzamen en vergroenen; the
 * contourennota with six bespreekpunten: levendigheid, functiemenging, kaders voor gebiedsontwikkeling, type economische
 * ontwikkeling, vergroening, sturen op gezondheid; 27 zienswijzen and a Nota van zienswijzen), here as a visie of 2027,
 * shortened and partly in our own words. Layout: A5 booklet in DejaVu Serif 8.5 pt with DejaVu Sans headings; chapters
 * "1" … "5" in large type with the number in a separate colour, sections "1.1", "2.2.1"; TWO section titles wrap over
 * two lines; header "Hoorn 2040 | omgevingsvisie" at the outer edge of left and right pages, footer "pag. n" in the
 * outer corner; footnotes at the foot of the page; ●-lists and a list "a."; raadsbesluit "De raad van de
 * gemeente Hoorn;" with "gelezen", "gelet op", "besluit:" and Artikel 1–3 with titles after a hyphen ("Artikel 1 -
 * Vaststelling", the second adopts the Nota van zienswijzen, the third: in werking the day after bekendmaking, so no
 * date); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie | Ambitie in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0405', '2027', '2027-09-28', '1')
const GIOS = [
  { ...gio('Gemeente Hoorn', 'gemeente-hoorn', [0, 0], 4), ambitie: '1–5' },
  { ...gio('Binnenstad en stationsomgevingen', 'binnenstad-stationsomgevingen', [0.5, -0.5], 0.8), ambitie: '1, 2' },
  { ...gio('Ziekenhuisomgeving', 'ziekenhuisomgeving', [-0.8, 0.6], 0.4), ambitie: '1, 4' },
  { ...gio('Bedrijventerreinen Hoorn-Noord en Zevenhuis', 'bedrijventerreinen-hoorn', [1.5, 1.5], 0.7), ambitie: '2' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Hoorn · raadsbesluit 2027/0917</p>
<p class="ttl">Besluit van de raad van de gemeente Hoorn tot vaststelling van de Omgevingsvisie Hoorn 2040</p>
<p>De raad van de gemeente Hoorn;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 24 augustus 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie ter inzage heeft gelegen en dat 27 zienswijzen zijn ingediend, die zijn beantwoord in de Nota van zienswijzen;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 - Vaststelling</p>
<p>De Omgevingsvisie Hoorn 2040, opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2 - Nota van zienswijzen</p>
<p>De Nota van zienswijzen Omgevingsvisie Hoorn wordt vastgesteld.</p>
<p class="art">Artikel 3 - Inwerkingtreding</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 28 september 2027.</p>
${handtekeningen(['de griffier,', 'drs. R.A. Bakker'], ['de voorzitter,', 'J.G. Nieuwenburg'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027/0917</p>
<p class="t1">Omgevingsvisie Hoorn 2040</p>
<p class="t2">Groei en leefbaarheid in balans</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'Inleiding')
  d.p('Deze omgevingsvisie beschrijft hoe we willen dat Hoorn er in 2040 uitziet. Ze is de stip op de horizon bij het uitwerken van plannen en ideeën.')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('De Omgevingswet vraagt van elke gemeente één visie op de fysieke leefomgeving: alles wat we om ons heen kunnen ervaren, van woningen en bedrijven tot groen, water en verkeer.')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('Inwoners, ondernemers, partners en maatschappelijke organisaties dachten mee via het platform, een enquête en gesprekken.<sup>1</sup> Hun inbreng kwam samen in de contourennota en daarna in het ontwerp, waarop 27 zienswijzen zijn ingediend.')
  d.raw('<div class="fn"><p><sup>1</sup> Het participatieverslag en de Nota van zienswijzen zijn afzonderlijk gepubliceerd.</p></div>')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft de hoofdkeuzes, hoofdstuk 3 de vijf ambities, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.')

  d.kop(1, '2', 'Hoorn in 2040')
  d.p('Om ook in de toekomst een gezonde en levendige stad te zijn, met voldoende voorzieningen en werkgelegenheid, moeten veel nieuwe woningen worden gebouwd.')
  d.kop(2, '2.1', 'Groei en leefbaarheid in balans')
  d.p('Wel meer woningen, werkgelegenheid en voorzieningen, maar met behoud en waar mogelijk versterking van bestaande kwaliteiten: groen en water, ruimte voor klimaatadaptatie en een openbare ruimte die uitnodigt tot bewegen en ontmoeten.')
  d.kop(2, '2.2', 'Zes keuzes')
  d.kop(3, '2.2.1', 'Levendigheid')
  d.p('We zoeken de balans tussen reuring en rust: levendig in de binnenstad, rustig in de woonwijken.')
  d.kop(3, '2.2.2', 'Functiemenging')
  d.p('Meer ruimte voor kleine winkels, horeca en werkplekken in de wijken, als ze passen bij de buurt.')
  d.kop(3, '2.2.3', 'Kaders voor gebiedsontwikkeling')
  d.p('Bij elke grote ontwikkeling geven we vooraf kaders mee voor groen, parkeren, betaalbaarheid en hoogte.')
  d.kop(3, '2.2.4', 'Type economische ontwikkeling')
  d.p('We kiezen voor werkgelegenheid die past bij de stad: zorg, onderwijs, toerisme en maakbedrijven.')
  d.kop(3, '2.2.5', 'Vergroening')
  d.p('Groen gaat mee met de groei: elke ontwikkeling draagt bij aan meer groen in de stad.')
  d.kop(3, '2.2.6', 'Sturen op gezondheid')
  d.p('Gezondheid weegt mee in elke ruimtelijke keuze.')

  d.kop(1, '3', 'Vijf ambities')
  d.p('Het doel is een stad die ook in de toekomst vitaal en leefbaar is. Vijf ambities staan centraal.')
  d.kop(2, '3.1', 'Aantrekkelijke bestaande en nieuwe wijken')
  d.p('Tot 2040 bouwen we 10.000 tot 12.000 woningen, vooral in de directe omgeving van de binnenstad, het ziekenhuis en de beide stations.<sup>2</sup> Daar zijn zorg, openbaar vervoer en de sfeer van de binnenstad dichtbij, voor jong en oud.')
  d.raw('<div class="fn"><p><sup>2</sup> Het aantal sluit aan op de Woonvisie en de regionale woningbouwafspraken.</p></div>')
  d.kop(2, '3.2', 'Voortbouwen op economische en toeristische kansen')
  d.p('De historische binnenstad, de haven en het Markermeer trekken bezoekers. We bouwen daarop voort zonder dat de stad haar karakter verliest.')
  d.kop(2, '3.3', 'Bereikbaarheid via weg, spoor en water')
  d.p('We verbeteren de verbindingen met de regio en maken de stations tot knooppunten. In de stad krijgen lopen en fietsen voorrang.')
  d.kop(2, '3.4', 'Een socialere, gezondere en veiligere omgeving voor alle inwoners van Hoorn')
  d.p('De openbare ruimte nodigt uit tot bewegen en ontmoeten. We letten op:')
  d.list(['speel- en sportplekken in elke wijk;', 'veilige routes voor voetgangers en fietsers;', { text: 'gezonde lucht, vooral langs', sub: ['de Westfriese Omloop;', 'het spoor.'] }], bol)
  d.kop(2, '3.5', 'Verder verduurzamen en vergroenen')
  d.p('Hoorn wordt klimaatbestendig en energieneutraal. We kiezen voor:')
  d.list(['zon op daken voordat we naar het land kijken;', 'warmtenetten waar de dichtheid dat toelaat;', 'meer bomen en minder verharding.'], letter)

  d.kop(1, '4', 'Gebieden')
  d.kop(2, '4.1', 'Binnenstad en stationsomgevingen')
  d.p('De cultuurhistorie van de binnenstad blijft de basis. Rond Hoorn station en Hoorn Kersenboogerd komen woningen in hogere dichtheid.')
  d.kop(2, '4.2', 'Ziekenhuisomgeving, Kersenboogerd en de wijken langs de Westfriese Omloop')
  d.p('Rond het ziekenhuis is ruimte voor wonen met zorg.')
  d.kop(2, '4.3', 'Bedrijventerreinen')
  d.p('We houden ruimte voor bedrijven op Hoorn-Noord en Zevenhuis en verduurzamen de terreinen.')

  d.kop(1, '5', 'Uitvoering')
  d.kop(2, '5.1', 'Van visie naar omgevingsplan')
  d.p('De keuzes uit deze visie werken we uit in programma’s en in het omgevingsplan.')
  d.kop(2, '5.2', 'Monitoren en bijsturen')
  d.p('We volgen of de doelen worden gehaald en passen de visie aan als de stad daarom vraagt.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie', 'Ambitie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true), g.ambitie], 'gio', ['7%', '27%', '54%', '12%'])

  const hd = "font: 7pt 'DejaVu Sans'; color: #005A8C;"
  const spec: DocSpec = {
    id: 'h87',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de "Omgevingsvisie Hoorn" (hoe Hoorn er in 2040 uitziet; de stip op de horizon; balans tussen groei en leefbaarheid; 10.000 tot 12.000 woningen, veel rond de binnenstad, het ziekenhuis en de beide stations; vijf ambities: aantrekkelijke bestaande en nieuwe wijken, voortbouwen op economische en toeristische kansen, bereikbaarheid via weg, spoor en water, een socialere, gezondere en veiligere omgeving, verduurzamen en vergroenen; de contourennota met zes bespreekpunten; 27 zienswijzen en een Nota van zienswijzen), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A5-boekje in DejaVu Serif 8,5 pt met DejaVu Sans-koppen, hoofdstukken "1" … "5" met het nummer in een eigen kleur, paragrafen "1.1" en "2.2.1", TWEE paragraaftitels over twee regels, kopregel "Hoorn 2040 | omgevingsvisie" aan de buitenkant van linker- en rechterbladzijden, voettekst "pag. n" in de buitenhoek, voetnoten onder aan de bladzijde, ●-lijsten en een lijst "a.", raadsbesluit met "besluit:" en Artikel 1–3 met titels na een streepje (inwerkingtreding de dag na bekendmaking), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie | Ambitie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0405',
    naam: 'Gemeente Hoorn',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Hoorn tot vaststelling van de Omgevingsvisie Hoorn 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Hoorn 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-hoorn-2040', regeling: 'omgevingsvisie-hoorn-2040', doel: 'omgevingsvisie-hoorn-2040' },
      datums: { vaststelling: '2027-09-28', ondertekening: '2027-09-28', bekendmaking: '2027-10-12', inwerkingtreding: '2027-10-13' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0405',
      oin: '00000001000000405000',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [135000, 517000] },
    meubilair: ['^Hoorn 2040 \\| omgevingsvisie$', '^pag\\. \\d+$'],
    title: 'Omgevingsvisie Hoorn 2040',
    css: `
@page { size: A5; margin: 17mm 14mm 16mm 14mm; }
@page visie:left { @top-left { content: "Hoorn 2040 | omgevingsvisie"; ${hd} } @bottom-left { content: "pag. " counter(page); ${hd} } }
@page visie:right { @top-right { content: "Hoorn 2040 | omgevingsvisie"; ${hd} } @bottom-right { content: "pag. " counter(page); ${hd} } }
@page bijl:left { @top-left { content: "Hoorn 2040 | omgevingsvisie"; ${hd} } @bottom-left { content: "pag. " counter(page); ${hd} } }
@page bijl:right { @top-right { content: "Hoorn 2040 | omgevingsvisie"; ${hd} } @bottom-right { content: "pag. " counter(page); ${hd} } }
body { font: 8.5pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 7pt 'DejaVu Sans'; color: #005A8C; }
.ttl { font: bold 11pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font: bold 8.5pt 'DejaVu Sans'; margin: 2.5mm 0 0.5mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 50mm; break-after: page; }
.titel .t0 { font-size: 7.5pt; color: #666; }
.titel .t1 { font: bold 19pt 'DejaVu Sans'; color: #005A8C; margin: 4mm 0 2mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
h1 { font: bold 16pt 'DejaVu Sans'; margin: 6mm 0 3mm; break-before: page; break-after: avoid; }
h1 .n { color: #E07B00; margin-right: 2mm; }
h2 { font: bold 10pt 'DejaVu Sans'; color: #005A8C; margin: 3.5mm 0 1.2mm; break-after: avoid; }
h3 { font: bold 8.5pt 'DejaVu Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
sup { font-size: 5.5pt; }
.fn { margin-top: 4mm; border-top: 0.5pt solid #888; width: 35mm; padding-top: 1mm; }
.fn p { width: 118mm; font-size: 6.5pt; }
h2.bijl { font: bold 12pt 'DejaVu Sans'; color: #005A8C; }
table.gio { width: 100%; font-size: 7.5pt; border-collapse: collapse; }
table.gio th { text-align: left; background: #dbe9f3; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 6.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
