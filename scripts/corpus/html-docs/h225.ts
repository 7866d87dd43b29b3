/**
 * h225 — gemeente Achtkarspelen (gm0059), holdout (session 14): the Friese gemeente of some 28.000 inwoners in the
 * Noardlike Fryske Wâlden with Buitenpost, Surhuisterveen, Harkema, Kootstertille, Gerkesklooster-Stroobos and ten
 * more dorpen. Content after the public pages on its omgevingsvisie ("Het mooie Achtkarspelen is onze gemeente en
 * daar zijn we trots op"; zuinig op ons DNA en sterke basis; ambities for the ruimtelijke ontwikkeling tot 2040;
 * "duidelijk over wat we willen bereiken, zonder daarbij precies vast te leggen welke functies waar mogelijk zijn";
 * the participatiewebsite Denk Mee with a vragenlijst from 15 March to 15 April and the Doarpetoer from 10 May to 1
 * July through all dorpen; the earlier Structuurvisie "Samen leven in Achtkarspelen" of 24 January 2013 with the
 * leefbaarheid of the dorpen central), here as a visie of 2028, shortened and partly in our own words. Layout:
 * Chromium, a SQUARE 21 × 21 cm page, DejaVu Sans 8.5 pt with DejaVu Serif headings; chapters with the word
 * "Hoofdstuk" ON A LINE OF ITS OWN above the title ("Hoofdstuk 1" / "Wêrom in omjouwingsfisy?", nummer "1"),
 * sections "1.1", a third level "3.1.1"; no table of contents; a KADER (box) with the dorpen; a FOOTNOTE; footer
 * "Omgevingsvisie Achtkarspelen · n" bottom left; lists "•" and "a."; a table; raadsbesluit with
 * Artikel 1–2, the second "de dag na bekendmaking" (inwerkingtreding null); GIOs as LINES "naam: identificatie" in
 * "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0059', '2028', '2028-09-28', '1')
const GIOS: Gio[] = [
  gio('Gemeente Achtkarspelen', 'gemeente-achtkarspelen', [0, 0], 5),
  gio('Besloten coulisselandschap', 'besloten-coulisselandschap', [-1.5, 1], 2),
  gio('Zoekgebied zonnevelden Kootstertille', 'zoekgebied-zonnevelden-kootstertille', [-3, 3], 0.8),
  gio('Centrum Buitenpost', 'centrum-buitenpost', [1, 3], 0.4),
  gio('Centrum Surhuisterveen', 'centrum-surhuisterveen', [2, -2], 0.4),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : `<h${k.niveau}>${k.nummer}<span class="sp"></span>${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const alfa: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="gem">Gemeente Achtkarspelen</p>
<p class="ttl">Besluit van de gemeenteraad van Achtkarspelen tot vaststelling van de Omgevingsvisie Achtkarspelen 2040</p>
<p>De raad van de gemeente Achtkarspelen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028, nummer 28.0091;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de omgevingsvisie samen met inwoners en betrokken organisaties is opgesteld, onder meer via Denk Mee en de Doarpetoer, en dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Achtkarspelen 2040, met de geografische informatieobjecten opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Achtkarspelen op 28 september 2028.</p>
${handtekeningen(['de griffier,', 'drs. T. Hoekstra'], ['de voorzitter,', 'mr. O.J. Wijbenga'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Achtkarspelen 2040</p><p class="t2">Zuinig op ons DNA, werken aan een mooi Achtkarspelen</p></div>')
  d.page('std')
  d.enter('visie')

  d.kop(1, '1', 'Wêrom in omjouwingsfisy?')
  d.kop(2, '1.1', 'Trots op Achtkarspelen')
  d.p('Het mooie Achtkarspelen is onze gemeente en daar zijn we trots op! We zijn zuinig op ons DNA en onze sterke basis, en tegelijk willen we Achtkarspelen verbeteren. Hoe moet onze gemeente er over twintig jaar uitzien? Welke ontwikkelingen komen op ons af en hoe spelen we daarop in?')
  d.kop(2, '1.2', 'Een andere insteek')
  d.p('Deze omgevingsvisie is duidelijk over wat we willen bereiken, zonder precies vast te leggen welke functies waar mogelijk zijn. Zo bouwen we flexibiliteit in en kunnen we inspelen op nieuwe ontwikkelingen en behoeften.<sup>1</sup>')
  d.raw('<p class="fn"><sup>1</sup> De visie vervangt de Structuurvisie ‘Samen leven in Achtkarspelen’, die de raad op 24 januari 2013 vaststelde.</p>')
  d.kop(2, '1.3', 'Zo kwam de visie tot stand')
  d.p('We hebben de visie samen met inwoners en organisaties opgesteld:')
  d.list(['via de participatiewebsite Denk Mee, met een vragenlijst van 15 maart tot 15 april;', 'met de Doarpetoer van 10 mei tot en met 1 juli, met gesprekken in alle dorpen;', 'met informatie uit de dorpsvisies en het sociaal domein.'], alfa)

  d.kop(1, '2', 'Achtkarspelen nu')
  d.raw('<div class="kader"><p class="kk">Onze dorpen</p><p>Augustinusga, Boelenslaan, Buitenpost, Drogeham, Gerkesklooster-Stroobos, Harkema, Kootstertille, Surhuisterveen, Surhuizum, Twijzel, Twijzelerheide en De Kûkherne.</p></div>')
  d.kop(2, '2.1', 'Het Wâldlân')
  d.p('Achtkarspelen ligt in de Noardlike Fryske Wâlden: een kleinschalig coulisselandschap met elzensingels, dykswâlen, pingoruïnes en kronkelende wegen.')
  d.kop(2, '2.2', 'Dorpen met een sterke mienskip')
  d.p('De dorpen hebben een actieve mienskip. Buitenpost en Surhuisterveen hebben de grotere voorzieningen.')
  d.table(['Dorp', 'Inwoners 2027', 'Rol'], [
    ['Buitenpost', '6.000', 'hoofdkern, station'],
    ['Surhuisterveen', '6.600', 'hoofdkern, winkelhart'],
    ['Harkema', '4.200', 'verzorgingskern'],
    ['Kootstertille', '2.600', 'kern aan het kanaal'],
    ['overige dorpen', '8.700', 'wonen en basisvoorzieningen'],
  ], 'tbl', ['38%', '24%', '38%'])
  d.kop(2, '2.3', 'Trends')
  d.p('Vergrijzing, de energietransitie, klimaatverandering en veranderingen in de landbouw raken Achtkarspelen de komende jaren.')

  d.kop(1, '3', 'Ambities')
  d.kop(2, '3.1', 'Wonen en leefbaarheid')
  d.kop(3, '3.1.1', 'Wonen in alle dorpen')
  d.p('Ieder dorp kan bouwen voor de eigen behoefte. We bouwen vooral voor jongeren en ouderen en zorgen dat mensen in hun dorp oud kunnen worden.')
  d.kop(3, '3.1.2', 'Voorzieningen')
  d.p('Scholen, dorpshuizen en sportvelden zijn de dragers van de leefbaarheid.')
  d.kop(2, '3.2', 'Gezond opgroeien en oud worden')
  d.p('We willen dat onze kinderen onbezorgd kunnen spelen en dat we gezond oud kunnen worden: met veilige routes, groen bij huis en ontmoetingsplekken.')
  d.kop(2, '3.3', 'Landschap en landbouw')
  d.kop(3, '3.3.1', 'Het coulisselandschap')
  d.p('Singels en wâlen herstellen we waar ze verdwenen zijn. Nieuwe ontwikkelingen voegen zich naar de kleinschalige structuur.')
  d.kop(3, '3.3.2', 'Toekomst van de landbouw')
  d.p('Grondgebonden melkveehouderij blijft de basis. We steunen natuurinclusieve landbouw en het beheer van het landschap door boeren.')
  d.kop(2, '3.4', 'Energie')
  d.p('We bereiden ons voor op een leven zonder fossiele brandstoffen:')
  d.list(['eerst besparen en zon op daken;', { text: 'zonnevelden alleen in zoekgebieden', sub: ['langs het Prinses Margrietkanaal;', 'op bedrijventerreinen.'] }, 'geen grootschalige windturbines in het besloten landschap.'], bol)
  d.kop(2, '3.5', 'Werken en bereikbaarheid')
  d.p('Bedrijventerreinen bij Buitenpost, Surhuisterveen en Kootstertille bieden ruimte aan lokale bedrijven. Het station Buitenpost is de poort naar Leeuwarden en Groningen.')

  d.kop(1, '4', 'Hoe we werken')
  d.kop(2, '4.1', 'Initiatieven beoordelen')
  d.p('Niet alles kan overal. Wie een plan heeft, gaat vroeg in gesprek met de omgeving en met de gemeente.')
  d.kop(2, '4.2', 'Vinger aan de pols')
  d.p('Regelmatig houden we de ambities tegen het licht. Zijn er nieuwe ontwikkelingen, dan herzien we de visie op die onderdelen.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ': ')

  const ft = "font: 7.5pt 'DejaVu Sans'; color: #4a6b3a;"
  const spec: DocSpec = {
    id: 'h225',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de omgevingsvisie van Achtkarspelen ("Het mooie Achtkarspelen is onze gemeente en daar zijn we trots op", zuinig op ons DNA en sterke basis, ambities voor de ruimtelijke ontwikkeling tot 2040, "duidelijk over wat we willen bereiken, zonder daarbij precies vast te leggen welke functies waar mogelijk zijn", de participatiewebsite Denk Mee met een vragenlijst van 15 maart tot 15 april en de Doarpetoer van 10 mei tot 1 juli door alle dorpen, de eerdere Structuurvisie "Samen leven in Achtkarspelen" van 24 januari 2013), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: VIERKANTE pagina 21 × 21 cm, DejaVu Sans 8,5 pt met koppen in DejaVu Serif, hoofdstukken met het woord "Hoofdstuk" OP EEN EIGEN REGEL boven de titel (nummer "1", een Friese titel "Wêrom in omjouwingsfisy?"), paragrafen "1.1", een derde niveau "3.1.1", geen inhoudsopgave, een KADER met de dorpen, een VOETNOOT, voettekst "Omgevingsvisie Achtkarspelen · n" linksonder, lijsten "•" en "a.", een tabel, raadsbesluit met Artikel 1–2 (inwerkingtreding de dag na bekendmaking: null), GIO\'s als REGELS "naam: identificatie" in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0059',
    naam: 'Gemeente Achtkarspelen',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Achtkarspelen tot vaststelling van de Omgevingsvisie Achtkarspelen 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Achtkarspelen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-achtkarspelen-2040', regeling: 'omgevingsvisie-achtkarspelen-2040', doel: 'omgevingsvisie-achtkarspelen-2040' },
      datums: { vaststelling: '2028-09-28', ondertekening: '2028-09-28', bekendmaking: '2028-10-10' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0059',
      oin: '00000001000000000590',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [206000, 580000] },
    meubilair: ['^Omgevingsvisie Achtkarspelen · \\d+$'],
    title: 'Omgevingsvisie Achtkarspelen 2040',
    css: `
@page { size: 210mm 210mm; margin: 15mm 16mm 17mm 16mm; @bottom-left { content: "Omgevingsvisie Achtkarspelen · " counter(page); ${ft} } }
@page eerste { @bottom-left { content: none; } }
@page titel { @bottom-left { content: none; } }
body { font: 8.5pt/1.45 'DejaVu Sans', sans-serif; color: #1d1d1d; }
p { margin: 0 0 2mm; }
.gem { font: bold 10pt 'DejaVu Serif'; color: #4a6b3a; margin-bottom: 6mm; }
.ttl { font: bold 12pt 'DejaVu Serif'; margin: 0 0 4mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 2.5mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { break-before: page; padding-top: 60mm; }
.titel .t1 { font: bold 24pt 'DejaVu Serif'; color: #4a6b3a; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
.hfd { break-before: page; margin: 0 0 5mm; border-bottom: 1.2pt solid #4a6b3a; padding-bottom: 2mm; }
.hfd .hn { font: 10pt 'DejaVu Sans'; color: #8aa37a; text-transform: none; margin: 0 0 1mm; }
.hfd h1 { font: bold 17pt 'DejaVu Serif'; color: #4a6b3a; margin: 0; }
h2 { font: bold 11pt 'DejaVu Serif'; color: #4a6b3a; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h2 .sp, h3 .sp { display: inline-block; width: 3mm; }
.kader { float: right; width: 52mm; margin: 0 0 3mm 4mm; padding: 2.5mm; border: 0.8pt solid #4a6b3a; font-size: 7.5pt; }
.kader .kk { font-weight: bold; color: #4a6b3a; margin-bottom: 1mm; }
.fn { font-size: 7pt; border-top: 0.4pt solid #888; padding-top: 1mm; margin-top: 2mm; }
div.lst { margin: 0 0 2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8pt 'DejaVu Sans'; border-collapse: collapse; margin: 2mm 0 3mm; }
table.tbl th, table.tbl td { border-bottom: 0.4pt solid #4a6b3a; padding: 1mm; text-align: left; vertical-align: top; }
table.tbl th { color: #4a6b3a; }
.bijl { font: bold 12pt 'DejaVu Serif'; color: #4a6b3a; margin: 0 0 4mm; break-before: page; }
.gioregel { margin: 0 0 2mm; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
