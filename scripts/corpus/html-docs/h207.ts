/**
 * h207 — gemeente Dinkelland (gm1774), holdout (session 14): the Twentse gemeente of some 26.000 inwoners with
 * Denekamp, Ootmarsum, Weerselo, Rossum, Saasveld, Tilligte, Lattrop-Breklenkamp and other kernen, along the Dinkel and
 * the German border. Content after the public pages of "MijnOmgevingsvisie" Dinkelland (omgevingsvisiedinkelland.nl:
 * "achtergronden" — Wat is MijnOmgevingsvisie?, "sturen op waarden; niet de oplossingen maar de waarden staan centraal",
 * "kijken naar samenhang en zoeken naar evenwicht", "Ja-mits" —; "het verhaal achter de speerpunten" with the Twentse
 * coulissenlandschap of houtwallen, singels, essen en landgoederen; the speerpunten grouped as "buitengebied in
 * balans", "leefbare kernen" and "leefomgeving van de toekomst", among them "gezonde bedrijfsvoering" and
 * "gebiedspassende bedrijvigheid"; the waardenkaart and the stappenplan; the werkgroepen MijnDinkelland2030!), here
 * as a renewed visie of 2028, shortened and partly in our own words. Layout: Chromium, 17 × 24 cm, URW Bookman 8.5 pt
 * with URW Gothic headings; THREE PARTS "Deel A Achtergronden", "Deel B Speerpunten", "Deel C Van idee naar plan" each
 * on a page of its own (level 1, nummer "A" …) with chapters "1" … "6" numbered through under them (level 2), sections
 * "3.1" (level 3) and a fourth level "3.1.1"; no table of contents; header "mijn omgevingsvisie · Dinkelland" and
 * the page number at the outer edge of left and right pages; lists "•"; a table; raadsbesluit "b e s l u i t :" with
 * Artikel I–III; GIO list as lines "naam: identificatie" in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1774', '2028', '2028-10-10', '1')
const GIOS: Gio[] = [
  gio('Gemeente Dinkelland', 'gemeente-dinkelland', [0, 0], 4),
  gio('Dinkeldal', 'dinkeldal', [1.5, 1], 1.2),
  gio('Landgoederenzone Ootmarsum-Denekamp', 'landgoederenzone', [0.5, 2.5], 1),
  gio('Kernen Dinkelland', 'kernen-dinkelland', [-1, -1], 2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><h1><span class="dl">Deel ${k.nummer}</span> ${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2 class="hfd"><span class="nr">${k.nummer}</span> ${k.opschrift}</h2>`
      : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="gem">GEMEENTE DINKELLAND</p>
<p class="ttl">Besluit van de gemeenteraad van Dinkelland tot vaststelling van MijnOmgevingsvisie Dinkelland</p>
<p>De raad van de gemeente Dinkelland;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028, nummer 2028/118;</p>
<p>overwegende dat inwoners, ondernemers en de werkgroepen van MijnDinkelland2030! hebben bijgedragen aan de waarden en speerpunten van de visie, en dat het ontwerp van 15 juni tot en met 26 juli 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel I</p>
<p>MijnOmgevingsvisie Dinkelland, met de geografische informatieobjecten van bijlage 1, vast te stellen als omgevingsvisie van de gemeente Dinkelland.</p>
<p class="art">Artikel II</p>
<p>De MijnOmgevingsvisie Dinkelland van 13 april 2021 in te trekken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 november 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 10 oktober 2028.</p>
${handtekeningen(['de griffier,', 'H.J.M. Leferink'], ['de voorzitter,', 'drs. J.G.M. Sweers'])}`)

  d.page('titel').raw('<div class="titel"><p class="t0">mijn</p><p class="t1">MijnOmgevingsvisie Dinkelland</p><p class="t2">Ja-mits: sturen op waarden</p></div>')
  d.page('std')
  d.enter('visie')

  d.kop(1, 'A', 'Achtergronden')
  d.kop(2, '1', 'MijnOmgevingsvisie')
  d.kop(3, '1.1', 'Wat is MijnOmgevingsvisie?')
  d.p('MijnOmgevingsvisie gaat over de toekomst van onze leefomgeving: de visie van samenleving én gemeente. We bouwen verder op de basis die in het proces van MijnDinkelland2030! is gelegd. De visie gaat over de leefbaarheid van de kernen en het buitengebied, over gezondheid, veiligheid en duurzaamheid.')
  d.p('MijnOmgevingsvisie gaat in op:')
  d.list(['de uitdagingen die op ons afkomen;', 'hoe we daarop in kunnen spelen: de speerpunten;', 'hoe we plannen van inwoners en ondernemers afwegen: het stappenplan;', 'welke waarden daarbij belangrijk zijn: de waardenkaart.'], bol)
  d.kop(3, '1.2', 'Sturen op waarden')
  d.p('Niet de oplossingen maar de waarden staan centraal. Omdat we leven in een tijd van veel veranderingen, leggen we geen oplossingen vast maar maken we vele oplossingen mogelijk, met respect voor de waarden: ja-mits.')
  d.kop(3, '1.3', 'Samenhang en evenwicht')
  d.p('MijnOmgevingsvisie dwingt ons naar het totaal te kijken: niet de puzzelstukjes afzonderlijk, maar het plaatje als geheel.')
  d.kop(2, '2', 'De waardenkaart')
  d.kop(3, '2.1', 'Het Twentse coulissenlandschap')
  d.p('Ons landschap is een uniek coulissenlandschap met houtwallen, singels, essen, ontginningen, natuurgebieden en landgoederen. De houtwallen en singels verbinden natuurgebieden en zijn belangrijk voor planten en dieren.')
  d.kop(3, '2.2', 'De kernen en hun erfgoed')
  d.p('Ootmarsum, Denekamp en Weerselo hebben een historische kern; de kleinere kernen hun kerk, school en verenigingsleven.')
  d.table(['Waarde', 'Waar', 'Wat we willen'], [
    ['Coulissenlandschap', 'het hele buitengebied', 'behouden en herstellen'],
    ['Dinkeldal', 'langs de Dinkel', 'natuurlijk en beleefbaar'],
    ['Landgoederen', 'rond Ootmarsum en Denekamp', 'beschermen en openstellen'],
    ['Historische kernen', 'Ootmarsum, Denekamp, Weerselo', 'karakter versterken'],
  ], 'tbl', ['32%', '34%', '34%'])

  d.kop(1, 'B', 'Speerpunten')
  d.kop(2, '3', 'Buitengebied in balans')
  d.p('Wij willen een economisch sterk buitengebied met veel verschillende functies, waarin alle bewoners en gebruikers aan hun trekken komen. Het uitgangspunt: de goede functies op de goede plek.')
  d.kop(3, '3.1', 'Toekomstgerichte agrarische sector')
  d.kop(4, '3.1.1', 'Gezonde bedrijfsvoering')
  d.p('De gemeente zet in op gebiedsprocessen waarbij een economisch gezonde bedrijfsvoering het uitgangspunt is. We bekijken de veranderingen in de landbouw, de energietransitie, de klimaatopgaven en de stikstof- en natuuropgaven in samenhang.')
  d.kop(4, '3.1.2', 'Gebiedspassende bedrijvigheid')
  d.p('Nieuwe bedrijfstypen die door hun aard in het buitengebied passen, krijgen ruimte, met oog voor leefbaarheid, leegstand en ruimtelijke kwaliteit.')
  d.kop(3, '3.2', 'Goede staat van natuur en landschap')
  d.p('Samen met de landbouw werken we aan landschap en biodiversiteit.')
  d.kop(3, '3.3', 'Kwalitatief toerisme')
  d.p('Toerisme en recreatie passen bij het landschap en de kernen; we kiezen voor kwaliteit.')
  d.kop(2, '4', 'Leefbare kernen')
  d.kop(3, '4.1', 'Voldoende voorzieningen')
  d.p('Voorzieningen houden we samen met de inwoners op peil, in elke kern naar de eigen behoefte.')
  d.kop(3, '4.2', 'Aantrekkelijk wonen')
  d.p('We bouwen voor jongeren, gezinnen en ouderen, zodat zij in hun eigen kern kunnen blijven wonen.')
  d.kop(3, '4.3', 'Ruimte voor ondernemen')
  d.p('Lokale ondernemers kunnen groeien op de bedrijventerreinen van de kernen.')
  d.kop(3, '4.4', 'Leefbare openbare ruimte')
  d.p('De openbare ruimte is groen, veilig en uitnodigend om te bewegen en elkaar te ontmoeten.')
  d.kop(2, '5', 'Leefomgeving van de toekomst')
  d.kop(3, '5.1', 'Energieneutraal in 2050')
  d.p('We besparen eerst en wekken daarna duurzaam op, bij voorkeur op daken en met lokale energiecoöperaties.')
  d.kop(3, '5.2', 'Duurzaam beheer')
  d.p('Wij beheren de openbare ruimte duurzaam en circulair.')
  d.kop(3, '5.3', 'Gezonde leefomgeving')
  d.p('Schone lucht, weinig geluid en een omgeving die uitnodigt tot bewegen dragen bij aan de gezondheid.')
  d.kop(3, '5.4', 'Veilige leefomgeving')
  d.p('We houden rekening met de risico’s van verkeer, bedrijven en extreem weer.')

  d.kop(1, 'C', 'Van idee naar plan')
  d.kop(2, '6', 'Het stappenplan')
  d.kop(3, '6.1', 'Uw idee')
  d.p('Heeft u een plan? Dan doorloopt u de volgende stappen:')
  d.list(['bespreek uw idee vroeg met de gemeente;', 'toets uw idee aan de waardenkaart en de speerpunten;', { text: 'ga in gesprek met uw omgeving', sub: ['de buren;', 'de kern- of dorpsraad.'] }, 'dien uw aanvraag in.'], bol)
  d.kop(3, '6.2', 'Onze afweging')
  d.p('Wij wegen uw plan af aan de waarden van deze visie: ja-mits.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ': ')

  const ft = "font: 7.5pt 'URW Gothic'; color: #7a2e1d;"
  const spec: DocSpec = {
    id: 'h207',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s van "MijnOmgevingsvisie" Dinkelland (omgevingsvisiedinkelland.nl: achtergronden met "Wat is MijnOmgevingsvisie?", sturen op waarden, samenhang en evenwicht, "Ja-mits"; het verhaal achter de speerpunten met het Twentse coulissenlandschap; de speerpunten in de groepen buitengebied in balans, leefbare kernen en leefomgeving van de toekomst, met "gezonde bedrijfsvoering" en "gebiedspassende bedrijvigheid"; de waardenkaart en het stappenplan; MijnDinkelland2030!), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: 17 × 24 cm, URW Bookman 8,5 pt met koppen in URW Gothic, DRIE DELEN "Deel A Achtergronden", "Deel B Speerpunten", "Deel C Van idee naar plan" elk op een eigen pagina (niveau 1, nummer "A" …) met doorlopend genummerde hoofdstukken "1" … "6" (niveau 2), paragrafen "3.1" (niveau 3) en een vierde niveau "3.1.1", geen inhoudsopgave, kopregel "mijn omgevingsvisie · Dinkelland" en paginanummer aan de buitenrand van linker en rechter pagina\'s, lijsten "•", een tabel, raadsbesluit "b e s l u i t :" met Artikel I–III, GIO-lijst als regels "naam: identificatie" in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1774',
    naam: 'Gemeente Dinkelland',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Dinkelland tot vaststelling van MijnOmgevingsvisie Dinkelland',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-11-01',
    },
    visieOpschrift: 'MijnOmgevingsvisie Dinkelland',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-dinkelland', regeling: 'omgevingsvisie-dinkelland', doel: 'omgevingsvisie-dinkelland' },
      datums: { vaststelling: '2028-10-10', ondertekening: '2028-10-10', bekendmaking: '2028-10-19', inwerkingtreding: '2028-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1774',
      oin: '00000001000000017740',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [258000, 490000] },
    meubilair: ['^mijn omgevingsvisie · Dinkelland$', '^\\d+$'],
    title: 'MijnOmgevingsvisie Dinkelland',
    css: `
@page { size: 170mm 240mm; margin: 20mm 16mm 18mm 16mm; @top-left { content: "mijn omgevingsvisie · Dinkelland"; ${ft} } }
@page :left { @bottom-left { content: counter(page); ${ft} } }
@page :right { @bottom-right { content: counter(page); ${ft} } }
@page eerste { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 8.5pt/1.45 'URW Bookman', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: bold 9pt 'URW Gothic'; letter-spacing: 0.08em; color: #7a2e1d; margin-bottom: 7mm; }
.ttl { font: bold 12.5pt 'URW Gothic'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; }
.art { font: bold 9pt 'URW Gothic'; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 55mm; }
.titel .t0 { font: italic 14pt 'URW Bookman'; color: #7a2e1d; margin: 0; }
.titel .t1 { font: bold 22pt 'URW Gothic'; color: #7a2e1d; margin: 0 0 4mm; }
.titel .t2 { font: 11pt 'URW Gothic'; }
.brk { break-before: page; }
.deel { break-before: page; break-after: page; padding-top: 70mm; }
.deel h1 { font: bold 24pt 'URW Gothic'; color: #7a2e1d; margin: 0; }
.deel h1 .dl { display: block; font-size: 13pt; color: #b0644f; margin-bottom: 3mm; }
h2.hfd { font: bold 15pt 'URW Gothic'; color: #7a2e1d; margin: 0 0 4mm; break-before: page; }
h2.hfd .nr { color: #b0644f; margin-right: 2mm; }
.deel + h2.hfd { break-before: auto; }
h3 { font: bold 10.5pt 'URW Gothic'; margin: 5mm 0 1.5mm; break-after: avoid; }
h4 { font: italic 9pt 'URW Bookman'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 1mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 4mm; flex: none; } div.lst .d1 { margin-left: 4mm; }
table.tbl { width: 100%; font: 7.8pt 'URW Gothic'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #7a2e1d; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #d9b9b0; padding: 1mm; vertical-align: top; }
.bijl { font: bold 12pt 'URW Gothic'; color: #7a2e1d; margin: 0 0 4mm; }
.gioregel { font-size: 8pt; margin: 0 0 1.5mm; }
.gid { font: 7.5pt 'Nimbus Mono PS'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
