/**
 * h70 — gemeente Noordenveld (gm1699), holdout (session 10): a Drentse gemeente of about 33.000 inwoners. Content
 * after the Omgevingsvisie Noordenveld 2030 "Transparant, leefbaar, groen, ondernemend, duurzaam" (the kernwaarden as
 * the chapters, "Natuurlijk Samen Doen" as the guiding idea, an image-rich document that shows what makes the
 * gemeente unique in 2030 on the sociale and fysieke domein, a visie that is the basis for the programma's on the
 * kernwaarden, Roden, Peize, Norg and Veenhuizen, the Koloniën van Weldadigheid), here as a new visie of 2027,
 * shortened and partly in our own words. Layout: A4 LANDSCAPE with a two-column body; each chapter opens with a small
 * label "AMBITIE 1" above the title "Leefbaar Noordenveld" (the ambition number is the chapter number), sections
 * "1.1" in the columns; a voorwoord before the first ambition; notes with superscript marks under the last column of the visie (letter-spaced labels "A M B I T I E" in the extraction); a header with the
 * document title left and a date line right ("Vastgesteld 30 september 2027"), "blad n" in the bottom
 * right corner; ✓-lists, a list "1." and a list "A." with "1." items; one table; a raadsbesluit with beslispunten
 * 1.–2. ("besluit: 1. … 2. …"), signed in two columns; visie as "Bijlage"; GIO table Ambitie | Naam | Identificatie
 * (the ambition in front) with identifiers wrapped in their cells.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1699', '2027', '2027-09-30', '1')
const GIOS = [
  { ...gio('Gemeente Noordenveld', 'gemeente-noordenveld', [0, 0], 8), amb: '–' },
  { ...gio('Kern Roden en Nieuw-Roden', 'kern-roden-nieuw-roden', [1, 1], 1.2), amb: '1' },
  { ...gio('Kern Peize', 'kern-peize', [4, 3], 0.8), amb: '1' },
  { ...gio('Kern Norg', 'kern-norg', [4, -6], 0.8), amb: '1' },
  { ...gio('Veenhuizen, Koloniën van Weldadigheid', 'veenhuizen-kolonien-van-weldadigheid', [-1, -9], 2), amb: '2' },
  { ...gio('Esdorpenlandschap en beekdalen', 'esdorpenlandschap-beekdalen', [3, -3], 4), amb: '2' },
  { ...gio('Leekstermeergebied', 'leekstermeergebied', [2, 6], 1.5), amb: '2' },
  { ...gio('Bedrijventerrein Roden-Zuid', 'bedrijventerrein-roden-zuid', [1, -0.5], 0.6), amb: '3' },
  { ...gio('Zoekgebied zonneparken langs de A7 en N372', 'zoekgebied-zonneparken-a7-n372', [-2, 4], 2), amb: '4' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="amb"><p class="lbl">AMBITIE ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h2>${k.nummer} ${k.opschrift}</h2>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: '·' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const letterNum: Marker[] = [{ counter: 'A', suffix: '.' }, { counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit gemeente Noordenveld</p>
<p class="ttl">Besluit van de raad van de gemeente Noordenveld tot vaststelling van de Omgevingsvisie Noordenveld 2040</p>
<div class="bcols">
<p>De raad van de gemeente Noordenveld;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 25 augustus 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 147 van de Gemeentewet;</p>
<p>overwegende dat de Omgevingsvisie Noordenveld 2030 uit 2017 is en dat de raad een visie wil die verder kijkt;</p>
<p class="bs">besluit:</p>
<p class="bp"><span class="bn">1.</span> de Omgevingsvisie Noordenveld 2040, zoals opgenomen in de bijlage bij dit besluit, vast te stellen;</p>
<p class="bp"><span class="bn">2.</span> de Omgevingsvisie Noordenveld 2030 in te trekken.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Noordenveld op 30 september 2027.</p>
${handtekeningen(['de griffier,', 'drs. J.G.M. Bakker'], ['de voorzitter,', 'K.H. Kuipers-Rickelsman'])}
</div>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage bij het raadsbesluit van 30 september 2027</p>
<p class="t1">Omgevingsvisie Noordenveld 2040</p>
<p class="t2">Transparant · Leefbaar · Groen · Ondernemend · Duurzaam</p>
</div>`)

  d.page('std').enter('visie')
  d.raw('<div class="cols">')
  d.tk('Voorwoord', 'vw')
  d.p('Voor u ligt de omgevingsvisie van de gemeente Noordenveld. In dit beeldende document laten wij zien wat onze gemeente in 2040 uniek maakt, op het sociale en op het fysieke domein. Deze visie is de basis voor onze programma’s op de kernwaarden leefbaar, groen, ondernemend, duurzaam en transparant.')
  d.p('Natuurlijk Samen Doen is hierbij het uitgangspunt. Samen bereik je meer dan alleen; door het samen te doen ontstaat draagvlak voor wensen en ideeën.<sup>1</sup>')
  d.kop(1, '1', 'Leefbaar Noordenveld')
  d.kop(2, '1.1', 'Dorpen met een eigen gezicht')
  d.p('Noordenveld bestaat uit Roden, Peize, Norg, Veenhuizen en een groot aantal kleinere dorpen en buurtschappen. Elk dorp heeft een eigen karakter, dat we willen behouden.')
  d.kop(2, '1.2', 'Wonen')
  d.p('We bouwen woningen die passen bij de vraag in de dorpen. Voorrang krijgen:')
  d.list(['starters uit de eigen dorpen;', 'ouderen die kleiner willen wonen;', { text: 'bijzondere woonvormen, zoals:', sub: ['knarrenhofjes;', 'tiny houses op tijdelijke plekken.'] }], vink)
  d.kop(2, '1.3', 'Voorzieningen')
  d.p('Roden blijft het centrum voor winkels, zorg en onderwijs. In de andere dorpen houden we basisvoorzieningen zoals de school en het dorpshuis zoveel mogelijk in stand.')
  d.kop(1, '2', 'Groen Noordenveld')
  d.kop(2, '2.1', 'Esdorpen en beekdalen')
  d.p('Het landschap van essen, brinken, houtwallen en beekdalen is kenmerkend voor Noordenveld. Nieuwe ontwikkelingen versterken dat landschap.')
  d.kop(2, '2.2', 'Veenhuizen')
  d.p('Veenhuizen hoort bij de Koloniën van Weldadigheid, die sinds 2021 werelderfgoed zijn. De structuur van lanen, gestichten en boerderijen blijft herkenbaar.<sup>2</sup>')
  d.kop(2, '2.3', 'Natuur en water')
  d.p('Het Leekstermeergebied en de beekdalen geven ruimte aan water en natuur. We houden water vast in natte perioden voor gebruik in droge tijden.')
  d.kop(1, '3', 'Ondernemend Noordenveld')
  d.kop(2, '3.1', 'Werken in de dorpen')
  d.p('Bedrijventerrein Roden-Zuid is de plek voor grotere bedrijven. In de dorpen is ruimte voor kleine bedrijven die passen bij de schaal van het dorp.')
  d.table(['Terrein', 'Oppervlak', 'Nog uitgeefbaar'], [['Roden-Zuid', '62 ha', '4 ha'], ['Peize, Hoogeveenseweg', '8 ha', '1 ha'], ['Norg, Langeloërweg', '5 ha', '—']], 'tbl t')
  d.kop(2, '3.2', 'Recreatie en toerisme')
  d.p('Fietsen, wandelen en cultuur in Veenhuizen trekken bezoekers. We zetten in op:')
  d.list(['kwaliteit boven kwantiteit;', 'verblijfsrecreatie op bestaande parken;', 'routes die de dorpen met elkaar verbinden.'], num)
  d.kop(1, '4', 'Duurzaam Noordenveld')
  d.kop(2, '4.1', 'Energie')
  d.p('Noordenveld wil in 2040 energieneutraal zijn. Voor zonne-energie hanteren we een ladder:')
  d.list([{ text: 'eerst op daken:', sub: ['van woningen;', 'van bedrijven en boerderijen.'] }, 'dan op restgronden;', 'pas daarna zonneparken in het zoekgebied langs de A7 en de N372.'], letterNum)
  d.kop(2, '4.2', 'Klimaatadaptatie')
  d.p('Hitte, droogte en hevige buien vragen om groene dorpen en ruimte voor water in de openbare ruimte.')
  d.kop(1, '5', 'Transparant Noordenveld')
  d.p('De gemeente is open over haar keuzes. Initiatiefnemers gaan vroeg in gesprek met de omgeving, en de raad bespreekt elke twee jaar de voortgang van de visie.')
  d.raw('</div>')
  d.raw('<div class="fn"><p><sup>1</sup> De aanpak Natuurlijk Samen Doen komt uit de Omgevingsvisie Noordenveld 2030.</p><p><sup>2</sup> Werelderfgoed van UNESCO, samen met Frederiksoord-Wilhelminaoord en Wortel in België.</p></div>')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage – Werkingsgebieden</h2>')
  d.p('De werkingsgebieden zijn vastgelegd als geometrische informatieobjecten. De eerste kolom noemt de ambitie waarbij het gebied hoort.')
  d.gioTabelRows(GIOS, ['Ambitie', 'Naam', 'Identificatie'], (g) => [g.amb, g.naam, gidCell(g.identificatie, true)], 'gio', ['10%', '40%', '50%'])

  const hd = "font: 8pt 'DejaVu Sans'; color: #2f6b3a;"
  const spec: DocSpec = {
    id: 'h70',
    set: 'holdout',
    bron: 'Bewerkt naar de Omgevingsvisie Noordenveld 2030 "Transparant, leefbaar, groen, ondernemend, duurzaam" (de kernwaarden als hoofdstukken, "Natuurlijk Samen Doen" als uitgangspunt, een beeldend document over wat de gemeente uniek maakt op het sociale en fysieke domein, basis voor de programma\'s op de kernwaarden, Roden, Peize, Norg en Veenhuizen, de Koloniën van Weldadigheid), hier als nieuwe visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 liggend met tweekoloms tekst, elk hoofdstuk met een label "AMBITIE 1" boven de titel (het ambitienummer is het hoofdstuknummer), paragrafen "1.1" in de kolommen, voorwoord voor de eerste ambitie, noten met superscripttekens onder de laatste kolom, kopregel met titel links en datumregel "Vastgesteld 30 september 2027" rechts, "blad n" rechtsonder, ✓-lijsten, lijst "1." en lijst "A." met "1."-items, een tabel, raadsbesluit met beslispunten 1.–2., handtekeningen in twee kolommen, visie als "Bijlage", GIO-tabel Ambitie | Naam | Identificatie met afbrekende identificaties (holdout)',
    bevoegdGezag: 'gm1699',
    naam: 'Gemeente Noordenveld',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Noordenveld tot vaststelling van de Omgevingsvisie Noordenveld 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Noordenveld 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-noordenveld-2040', regeling: 'omgevingsvisie-noordenveld-2040', doel: 'omgevingsvisie-noordenveld-2040' },
      datums: { vaststelling: '2027-09-30', ondertekening: '2027-09-30', bekendmaking: '2027-10-06' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1699',
      oin: '00000001000001699000',
      achtergrondActualiteit: '2027-06-01',
    },
    geo: { origin: [223000, 573000] },
    meubilair: ['^Omgevingsvisie Noordenveld 2040 — Natuurlijk Samen Doen Vastgesteld 30 september 2027$', '^blad \\d+$'],
    title: 'Omgevingsvisie Noordenveld 2040',
    css: `
@page { size: A4 landscape; margin: 18mm 18mm 16mm 18mm; }
@page std { @top-left { content: "Omgevingsvisie Noordenveld 2040 — Natuurlijk Samen Doen"; ${hd} } @top-right { content: "Vastgesteld 30 september 2027"; ${hd} } @bottom-right { content: "blad " counter(page); font: bold 10pt 'DejaVu Sans'; color: #2f6b3a; } }
@page bijl { @top-left { content: "Omgevingsvisie Noordenveld 2040 — Natuurlijk Samen Doen"; ${hd} } @top-right { content: "Vastgesteld 30 september 2027"; ${hd} } @bottom-right { content: "blad " counter(page); font: bold 10pt 'DejaVu Sans'; color: #2f6b3a; } }
body { font: 9pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: bold 10pt 'DejaVu Sans'; color: #2f6b3a; }
.ttl { font: bold 14pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bcols { column-count: 2; column-gap: 12mm; }
.bs { font-weight: bold; margin: 3mm 0 1.5mm; }
.bp { padding-left: 6mm; text-indent: -6mm; }
.bp .bn { display: inline-block; width: 6mm; text-indent: 0; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 50mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 30pt 'DejaVu Sans'; color: #2f6b3a; margin: 4mm 0; }
.titel .t2 { font: 13pt 'DejaVu Sans'; letter-spacing: 1pt; }
.cols { column-count: 2; column-gap: 14mm; }
.vw { font: bold 14pt 'DejaVu Sans'; color: #2f6b3a; margin: 0 0 2mm; }
.amb { break-inside: avoid; break-after: avoid; margin: 6mm 0 2mm; }
.amb .lbl { font: bold 8pt 'DejaVu Sans'; letter-spacing: 2pt; color: #8cbf3f; margin: 0; }
h1 { font: bold 16pt 'DejaVu Sans'; color: #2f6b3a; margin: 0.5mm 0 0; }
h2 { font: bold 10.5pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2mm 1mm; }
.li .m { color: #2f6b3a; }
table.t { width: 100%; margin: 1mm 0 3mm; font-size: 8pt; }
table.t th { background: #2f6b3a; color: white; padding: 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #aaa; padding: 1mm; }
sup { font-size: 6pt; }
.fn { margin-top: 4mm; border-top: 0.5pt solid #2f6b3a; width: 60mm; padding-top: 1mm; }
.fn p { width: 240mm; font-size: 7pt; margin: 0 0 0.5mm; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { font: bold 14pt 'DejaVu Sans'; color: #2f6b3a; }
table.gio { width: 70%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #2f6b3a; padding: 1mm; }
table.gio td { padding: 1.5mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
