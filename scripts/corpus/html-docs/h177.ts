/**
 * h177 — gemeente Zaltbommel (gm0297), holdout (session 13): the Gelderse gemeente of some 30.000 inwoners in the
 * Bommelerwaard between Waal and Maas, with the vestingstad Zaltbommel and the dorpen Aalst, Brakel, Bruchem,
 * Delwijnen, Gameren, Kerkwijk, Nederhemert, Nieuwaal, Poederoijen and Zuilichem, the A2 and the bedrijventerrein De
 * Wildeman. Content after the public texts on the Omgevingsvisie Bommelerwaard, made by Maasdriel and Zaltbommel
 * together ("Hoe ziet de Bommelerwaard er in de toekomst uit?", "een aantrekkelijke omgeving … om in te wonen,
 * werken, winkelen en recreëren", "een intensief samenwerkingstraject met inwoners, ondernemers, verenigingen,
 * instellingen en partners", its four kernthema's "Klimaat, duurzaamheid en landschap", "Landbouw, economie, toerisme
 * en cultuurhistorie", "Milieu, gezondheid en leefbaarheid", "Wonen, welzijn en voorzieningen", adopted by each raad
 * and "eens in de paar jaar" actualised), set as the actualised visie of 2028 adopted by the raad of Zaltbommel for
 * its own grondgebied; the rest in our own words. Layout: a DESIGNED BROCHURE on A4 portrait, DejaVu Sans with
 * Liberation Serif quotes: a BIG COLOURED CHAPTER NUMBER "2" (64 pt) ABOVE the title, titles and section titles in
 * colour WITHOUT BOLD, sections "2.1", a third level "2.1.1"; an intro paragraph in larger type; a sidebar box "Wat
 * vinden we belangrijk?" per chapter; call-out boxes "Opgave" and "Ambitie"; photo placeholders with captions;
 * inhabitants' quotes in large italics; a TWO-PAGE SPREAD rendered as ONE A3 LANDSCAPE PAGE (the visiekaart with
 * section 3.1 beside it); a running header with the chapter title at the right; the page number in the OUTER MARGIN
 * HALFWAY DOWN; no table of contents; lists "•" and "a."; a table; a raadsbesluit with beslispunten 1.–3.; GIO table
 * Nr. | Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { callout, citaat, foto, kader } from './brochure.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0297', '2028', '2028-04-20', '1')
const GIOS: Gio[] = [
  gio('Grondgebied Zaltbommel', 'grondgebied-zaltbommel', [0, 0], 3),
  gio('Uiterwaarden Waal en Maas', 'uiterwaarden-waal-maas', [0, 2.5], 1.4),
  gio('Vestingstad Zaltbommel', 'vestingstad-zaltbommel', [1.5, 1.8], 0.4),
  gio('Werklocatie De Wildeman', 'werklocatie-de-wildeman', [2.2, 0.8], 0.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Samen naar een toekomstbestendige Bommelerwaard'],
  [2, '1.1', 'Eén visie voor twee gemeenten'],
  [2, '1.2', 'Status en reikwijdte'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Kernthema’s'],
  [2, '2.1', 'Klimaat, duurzaamheid en landschap'],
  [3, '2.1.1', 'Water en klimaatadaptatie'],
  [3, '2.1.2', 'Energie'],
  [2, '2.2', 'Landbouw, economie, toerisme en cultuurhistorie'],
  [3, '2.2.1', 'Werklocaties langs de A2'],
  [3, '2.2.2', 'Vestingstad en forten'],
  [2, '2.3', 'Milieu, gezondheid en leefbaarheid'],
  [2, '2.4', 'Wonen, welzijn en voorzieningen'],
  [3, '2.4.1', 'Woningbouw per kern'],
  [1, '3', 'Gebieden'],
  [2, '3.1', 'Visiekaart'],
  [2, '3.2', 'Uiterwaarden van Waal en Maas'],
  [2, '3.3', 'Het rivierenlandschap'],
  [2, '3.4', 'Zaltbommel en de dorpen'],
  [1, '4', 'Uitvoering'],
  [2, '4.1', 'Samenwerken in de Bommelerwaard'],
  [2, '4.2', 'Programma’s'],
  [2, '4.3', 'Actualisatie'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="big">${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  const hfd = (nr: string, intro: string) => {
    d.page(`c${nr}`)
    k(nr)
    d.p(intro, 'intro')
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de gemeenteraad van Zaltbommel tot vaststelling van de Omgevingsvisie Bommelerwaard 2028</p>
<p>De raad van de gemeente Zaltbommel;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 7 maart 2028, zaaknummer Z/28/014522;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de gemeenten Maasdriel en Zaltbommel de Omgevingsvisie Bommelerwaard samen hebben geactualiseerd en dat iedere raad de visie vaststelt voor het eigen grondgebied;</p>
<p class="bs">besluit:</p>
<div class="bp"><p><span class="n">1.</span>de Omgevingsvisie Bommelerwaard 2028 vast te stellen voor het grondgebied van de gemeente Zaltbommel, met de geografische informatieobjecten van bijlage 1;</p>
<p><span class="n">2.</span>de Omgevingsvisie Bommelerwaard van 2022 voor het grondgebied van Zaltbommel in te trekken;</p>
<p><span class="n">3.</span>te bepalen dat dit besluit in werking treedt op 1 juni 2028.</p></div>
<p class="aldus">Aldus besloten in de openbare vergadering van 20 april 2028.</p>
${handtekeningen(['de griffier,', 'mr. C. van Kessel'], ['de voorzitter,', 'P.A.M. Ruijs'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Bommelerwaard 2028</p>
<p class="t2">gemeenten Maasdriel en Zaltbommel</p>
</div>`)

  d.enter('visie')
  hfd('1', 'Hoe ziet de Bommelerwaard er in de toekomst uit? Hoe zorgen we dat de Bommelerwaard nu en in de toekomst een aantrekkelijke omgeving blijft om in te wonen, werken, winkelen en recreëren?')
  kader(d, 'Wat vinden we belangrijk?', ['het open rivierenlandschap tussen Waal en Maas;', 'vitale dorpen en een sterke vestingstad;', 'samenwerking over de gemeentegrens.'], bol)
  k('1.1')
  d.p('Maasdriel en Zaltbommel delen één landschap, één woningmarkt en één economie. Daarom maakten wij samen één omgevingsvisie, in een intensief samenwerkingstraject met inwoners, ondernemers, verenigingen, instellingen en partners.')
  k('1.2')
  d.p('Iedere raad stelt de visie vast voor het eigen grondgebied. Deze uitgave is vastgesteld door de raad van Zaltbommel. De visie bindt alleen de gemeente zelf.')
  k('1.3')
  d.p('Hoofdstuk 2 beschrijft de vier kernthema’s, hoofdstuk 3 de gebieden met de visiekaart en hoofdstuk 4 de uitvoering.')
  foto(d, 'Foto 1 De Waalbrug bij Zaltbommel')

  hfd('2', 'In de omgevingsvisie staan keuzes voor de toekomst. Keuzes die gaan over de omgeving waarin we wonen, werken en onze vrije tijd doorbrengen. Die keuzes ordenen wij in vier kernthema’s.')
  kader(d, 'Wat vinden we belangrijk?', ['een klimaatbestendige Bommelerwaard;', 'ruimte voor eigen bedrijven;', 'een gezonde leefomgeving;', 'wonen voor alle generaties.'], bol)
  k('2.1')
  callout(d, 'Opgave', 'De Bommelerwaard ligt laag, tussen twee grote rivieren. Droogte en hevige buien nemen toe.')
  k('2.1.1')
  d.p('Wij houden water vast in de kommen en maken ruimte voor de rivier. Nieuwe wijken bouwen wij waterrobuust.')
  k('2.1.2')
  d.p('Wij wekken energie op daken en langs de A2 op. Grote windturbines in het open komgebied wegen wij zorgvuldig af:')
  d.list(['eerst zon op daken en parkeerplaatsen;', 'dan zon langs infrastructuur;', 'pas daarna zon of wind in het landschap.'], letter)
  k('2.2')
  callout(d, 'Ambitie', 'Wij bieden ruimte aan bedrijven die bij de Bommelerwaard horen en versterken toerisme rond de vestingstad en de forten.')
  k('2.2.1')
  d.p('De Wildeman en de terreinen langs de A2 zijn de werklocaties voor de regio. Wij gaan zuinig om met ruimte.')
  k('2.2.2')
  d.p('De vestingwerken van Zaltbommel, Slot Loevestein en de forten van de Nieuwe Hollandse Waterlinie vertellen het verhaal van het gebied.')
  k('2.3')
  d.p('Geluid en luchtkwaliteit langs de A2 en de spoorlijn vragen aandacht bij nieuwe woningen. Wij zorgen voor uitnodigende routes om te wandelen en te fietsen.')
  k('2.4')
  d.p('Wonen, welzijn en voorzieningen hangen samen. Een dorp blijft leefbaar als jong en oud er kunnen wonen.')
  k('2.4.1')
  d.table(['Kern', 'Woningen tot 2035', 'Accent'], [
    ['Zaltbommel', 'ca. 1.900', 'binnenstedelijk en de Waluwe'],
    ['Brakel en Gameren', 'ca. 450', 'starters en senioren'],
    ['Overige dorpen', 'ca. 350', 'naar eigen behoefte'],
  ], 'tbl', ['35%', '25%', '40%'])
  citaat(d, 'Mijn ouders willen in Nieuwaal blijven wonen, maar dan wel gelijkvloers.', 'inwoner van Nieuwaal')

  d.page('spread')
  k('3')
  d.raw('<div class="spreadwrap"><div class="kaart"><p class="kaartlabel">Visiekaart Bommelerwaard, deel Zaltbommel</p></div><div class="spreadtext">')
  d.p('De visiekaart brengt de keuzes uit de kernthema’s samen op één kaart. Per gebied staat wat de hoofdlijn is.', 'intro')
  k('3.1')
  d.p('De kaart onderscheidt de uiterwaarden, het rivierenlandschap met oeverwallen en kommen, de vestingstad en de dorpen en de werklocaties langs de A2.')
  d.list(['groen: natuur en waterveiligheid;', 'geel: open komgebied;', 'oranje: kernen en werklocaties.'], bol)
  d.raw('</div></div>')
  d.page('c3')
  k('3.2')
  d.p('In de uiterwaarden gaan natuur, waterveiligheid en recreatie samen. Nieuwe bebouwing komt er niet.')
  k('3.3')
  callout(d, 'Ambitie', 'Het contrast tussen de besloten oeverwallen en de open kommen blijft zichtbaar.')
  d.p('Op de oeverwallen is ruimte voor erven, boomgaarden en kleinschalige bedrijvigheid; de kommen blijven open.')
  k('3.4')
  d.p('De vestingstad is het centrum voor winkels, cultuur en zorg. De dorpen houden hun eigen karakter en hun ontmoetingsplek.')
  foto(d, 'Foto 2 De Waterstraat in Zaltbommel')

  hfd('4', 'Een visie is pas waardevol als zij wordt uitgevoerd. Dat doen wij samen met Maasdriel, de provincie Gelderland, het waterschap Rivierenland en de inwoners.')
  kader(d, 'Wat vinden we belangrijk?', ['één aanspreekpunt voor initiatiefnemers;', 'eens in de paar jaar bijstellen.'], bol)
  k('4.1')
  d.p('Maasdriel en Zaltbommel stemmen hun programma’s en omgevingsplannen op elkaar af.')
  k('4.2')
  d.p('Wij werken de visie uit in programma’s voor wonen, klimaatadaptatie en het landelijk gebied.')
  k('4.3')
  d.p('De visie wordt eens in de paar jaar geactualiseerd, samen met de gemeente Maasdriel.')

  d.page('bijlage').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [`${i + 1}.`, g.naam, gidCell(g.identificatie)], 'gio', ['8%', '32%', '60%'])

  const ft = "font: 8pt 'DejaVu Sans'; color: #1d6b5c;"
  const hdr = (name: string, t: string) => `@page ${name} { @top-right { content: "${t} · Omgevingsvisie Bommelerwaard"; ${ft} } }`
  const spec: DocSpec = {
    id: 'h177',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de Omgevingsvisie Bommelerwaard van Maasdriel en Zaltbommel ("Hoe ziet de Bommelerwaard er in de toekomst uit?", "een aantrekkelijke omgeving … om in te wonen, werken, winkelen en recreëren", "een intensief samenwerkingstraject met inwoners, ondernemers, verenigingen, instellingen en partners", de vier kernthema\'s "Klimaat, duurzaamheid en landschap", "Landbouw, economie, toerisme en cultuurhistorie", "Milieu, gezondheid en leefbaarheid", "Wonen, welzijn en voorzieningen", door iedere raad vastgesteld en "eens in de paar jaar" geactualiseerd), hier als geactualiseerde visie van 2028, vastgesteld door de raad van Zaltbommel voor het eigen grondgebied, verder in eigen woorden; eigen opmaak als ONTWORPEN BROCHURE: A4 staand, DejaVu Sans, een GROOT GEKLEURD HOOFDSTUKNUMMER "2" (64 pt) BOVEN de titel, titels en paragraaftitels in kleur ZONDER VET, paragrafen "2.1", een derde niveau "2.1.1", een inleidende alinea in grotere letters, per hoofdstuk een kader "Wat vinden we belangrijk?", kaders "Opgave" en "Ambitie", fotovlakken met bijschrift, citaten van inwoners in grote cursieve letters, een SPREAD VAN TWEE PAGINA\'S ALS ÉÉN A3-LIGGENDE PAGINA (de visiekaart met paragraaf 3.1 ernaast), kopregel met de hoofdstuktitel rechts, paginanummer in de BUITENMARGE HALVERWEGE, geen inhoudsopgave, lijsten "•" en "a.", een tabel, raadsbesluit met beslispunten 1.–3., GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0297',
    naam: 'Gemeente Zaltbommel',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Zaltbommel tot vaststelling van de Omgevingsvisie Bommelerwaard 2028',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-06-01',
    },
    visieOpschrift: 'Omgevingsvisie Bommelerwaard 2028',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-bommelerwaard-2028', regeling: 'omgevingsvisie-bommelerwaard', doel: 'omgevingsvisie-bommelerwaard-2028' },
      datums: { vaststelling: '2028-04-20', ondertekening: '2028-04-20', bekendmaking: '2028-05-02', inwerkingtreding: '2028-06-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0297',
      oin: '00000001000000002970',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [148000, 423000] },
    meubilair: [' · Omgevingsvisie Bommelerwaard$', '^\\d+$'],
    title: 'Omgevingsvisie Bommelerwaard 2028',
    css: `
@page { size: A4; margin: 22mm 25mm 20mm 25mm; }
@page :right { @right-middle { content: counter(page); ${ft} font-size: 11pt; } }
@page :left { @left-middle { content: counter(page); ${ft} font-size: 11pt; } }
@page spread { size: A3 landscape; margin: 20mm 25mm; }
${hdr('c1', 'Samen naar een toekomstbestendige Bommelerwaard')}
${hdr('c2', 'Kernthema’s')}
${hdr('spread', 'Gebieden')}
${hdr('c3', 'Gebieden')}
${hdr('c4', 'Uitvoering')}
body { font: 9.5pt/1.45 'DejaVu Sans', sans-serif; color: #262626; }
p { margin: 0 0 2.3mm; }
.besluit { break-after: page; }
.ttl { font: 18pt 'DejaVu Sans'; color: #1d6b5c; margin: 0 0 6mm; }
.bs { margin-top: 4mm; font-weight: bold; }
.bp p { padding-left: 7mm; text-indent: -7mm; margin-bottom: 1.5mm; }
.bp .n { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.titel { padding-top: 90mm; break-after: page; }
.titel .t1 { font: 30pt 'DejaVu Sans'; color: #1d6b5c; margin: 0 0 4mm; }
.titel .t2 { font: 13pt 'DejaVu Sans'; color: #8a6d1d; }
.pg { break-before: page; }
.hfd { margin: 0 0 5mm; }
.big { font: 64pt/1 'DejaVu Sans'; color: #c9a227; margin: 0 0 2mm; }
h1 { font: 24pt/1.15 'DejaVu Sans'; font-weight: normal; color: #1d6b5c; margin: 0; }
h2 { font: 13pt 'DejaVu Sans'; font-weight: normal; color: #1d6b5c; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: 10.5pt 'DejaVu Sans'; font-weight: normal; color: #8a6d1d; margin: 3mm 0 1mm; break-after: avoid; }
.intro { font-size: 12pt; line-height: 1.45; color: #1d6b5c; margin-bottom: 5mm; }
.kader { float: left; width: 52mm; margin: 0 6mm 4mm 0; border-top: 3pt solid #c9a227; background: #f5f1e3; padding: 3mm; font-size: 8.5pt; }
.kadertitel { font-weight: bold; margin: 0 0 2mm; }
.call { background: #1d6b5c; color: #fff; padding: 3mm 4mm; margin: 2mm 0 3mm; border-radius: 2mm; }
.clabel { font: bold 9pt 'DejaVu Sans'; color: #f2d16b; margin: 0 0 1mm; }
.ctext { font-size: 10.5pt; margin: 0; }
.foto { clear: both; height: 62mm; background: linear-gradient(160deg, #a9c7d6, #5f8fa6); margin: 4mm 0 1.5mm; }
.cap { font: 8pt 'DejaVu Sans'; color: #666; margin-bottom: 4mm; }
.quote { margin: 5mm 0 5mm 20mm; border-left: 2pt solid #c9a227; padding-left: 5mm; }
.qt { font: italic 17pt/1.3 'Liberation Serif'; color: #1d6b5c; margin: 0 0 1mm; }
.qwho { font-size: 8.5pt; color: #666; }
.spreadwrap { display: flex; gap: 12mm; }
.kaart { flex: 0 0 210mm; height: 165mm; background: linear-gradient(120deg, #cfe3c4 0 30%, #f3e7b0 30% 70%, #e9b48a 70%); position: relative; }
.kaartlabel { position: absolute; bottom: 4mm; left: 4mm; font-size: 8pt; background: #fff; padding: 1mm 2mm; margin: 0; }
.spreadtext { flex: 1 1 auto; }
div.lst { margin: 0 0 2.3mm 1mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #1d6b5c; text-align: left; padding: 1.2mm; font-weight: normal; color: #1d6b5c; }
table.tbl td { border-bottom: 0.5pt solid #ddd; padding: 1.2mm; }
.bijl { font: 18pt 'DejaVu Sans'; color: #1d6b5c; margin-bottom: 6mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio th { background: #1d6b5c; color: #fff; text-align: left; padding: 1.2mm; font-weight: normal; }
table.gio td { border-bottom: 0.5pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
