/**
 * h63 — gemeente Zutphen (gm0301), holdout (session 9): a Hanzestad of middle size, in the style of an advisory
 * report. Content after the public pages of the gemeente Zutphen about the Omgevingsvisie gemeente Zutphen (the 15-minutenstad, the binnenstad with the
 * Walburgiskerk and the Librije, the IJssel and the Berkel, De Hoven across the river, Warnsveld and its landgoederen,
 * the Zuidwijken and Noordveen, the railway junction, the Stedendriehoek with Apeldoorn and Deventer, climate
 * adaptation along the IJssel), shortened and in our own words. Layout: A4 report in DejaVu Serif Condensed 9.5 pt
 * with every body paragraph numbered in the left margin (1, 2, 3 … running through the visie), chapters "1." + title
 * in small caps, sections "§ 1.1 Titel", sub-sections "1.1.1 Titel", run-in tussenkoppen, a numbered list "1." whose
 * short items look like the chapter headings, a nested list "a." / "i.", a drawn figure "Figuur 3.2", footnotes with
 * superscript marks at the foot of one page, headers alternating on left and right pages, a date + version footer
 * line with the page number in the outer margin, a raadsvoorstel before the raadsbesluit, "gelet op", "Besluit:",
 * Artikel I–III (Artikel I with two numbered points, Artikel II withdrawing the earlier visions, inwerkingtreding "op de dag
 * na die van de uitgifte van het Gemeenteblad"), signatures in two columns, "Bijlage A" before the visie and a GIO table Nr. | Naam | Identificatie of sixteen objects that continues over a
 * page break with a repeated header row.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0301', '2027', '2027-06-24', '1')
const GIOS = [
  gio('Gemeente Zutphen', 'gemeente-zutphen', [0, 0], 5),
  gio('Binnenstad Zutphen (beschermd stadsgezicht)', 'binnenstad-beschermd-stadsgezicht', [0, 0], 0.6),
  gio('Noorderhaven en Havenkwartier', 'noorderhaven-havenkwartier', [0.2, 0.8], 0.4),
  gio('De Hoven', 'de-hoven', [-1, 0], 0.6),
  gio('Warnsveld, kern', 'warnsveld-kern', [2.5, -0.5], 0.6),
  gio('Landgoederenzone Warnsveld–Vierakker', 'landgoederenzone-warnsveld-vierakker', [3, 1.5], 1.5),
  gio('Zuidwijken (Waterkwartier, Zuidwijken, Looierij)', 'zuidwijken', [0.5, -1.5], 0.9),
  gio('Noordveen en Leesten', 'noordveen-leesten', [1.2, 1.8], 0.8),
  gio('Uiterwaarden IJssel (Ruimte voor de Rivier)', 'uiterwaarden-ijssel', [-1.5, 0.5], 2),
  gio('Berkeldal', 'berkeldal', [2, 1], 1.2),
  gio('Stationsomgeving en spoorknoop', 'stationsomgeving-spoorknoop', [0.4, 0.2], 0.3),
  gio('Bedrijventerrein De Mars', 'bedrijventerrein-de-mars', [1.5, 0.2], 0.7),
  gio('Zoekgebied zonnevelden langs de A1 en N348', 'zoekgebied-zonnevelden-a1-n348', [3, -3], 1.5),
  gio('Klimaatbuffer Hoven–Zutphen', 'klimaatbuffer-hoven-zutphen', [-1.2, -0.8], 0.8),
  gio('Ecologische verbindingszone Berkel–IJssel', 'ecologische-verbindingszone-berkel-ijssel', [1, 0.5], 1),
  gio('Recreatieve routes Hanzeroute en IJsselpad', 'recreatieve-routes-hanzeroute-ijsselpad', [0, 0], 3),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}.&nbsp;&nbsp;${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>§ ${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }, { counter: 'i', suffix: '.' }]

const FIG = `<figure class="fig"><svg width="130mm" height="58mm" viewBox="0 0 260 116" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="259" height="115" fill="#faf7f0" stroke="#704214" stroke-width="0.6"/>
<path d="M60 0 C 70 40 50 80 70 116" fill="none" stroke="#6b9ac4" stroke-width="8"/>
<path d="M260 40 C 200 50 140 50 70 58" fill="none" stroke="#6b9ac4" stroke-width="2.5"/>
<circle cx="95" cy="55" r="14" fill="#e3cfa8" stroke="#704214"/>
<circle cx="170" cy="70" r="10" fill="#e3cfa8" stroke="#704214"/>
<path d="M0 90 L95 55 L260 20 M95 55 L260 100" fill="none" stroke="#333" stroke-width="1.2" stroke-dasharray="6 3"/>
<g fill="#9bbf85"><circle cx="200" cy="30" r="12"/><circle cx="225" cy="85" r="9"/></g>
</svg><figcaption>Figuur 3.2 Hoofdstructuur: IJssel en Berkel, de binnenstad, Warnsveld, de spoorlijnen en de landgoederen</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="voorstel">
<p class="kop">Raadsvoorstel</p>
<table class="meta"><tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie gemeente Zutphen</td></tr><tr><td>Raadsvergadering</td><td>24 juni 2027</td></tr><tr><td>Portefeuillehouder</td><td>wethouder ruimtelijke ontwikkeling</td></tr></table>
<p class="sub">Voorstel</p>
<p>Wij stellen u voor de Omgevingsvisie gemeente Zutphen vast te stellen.</p>
<p class="sub">Inleiding</p>
<p>Sinds de inwerkingtreding van de Omgevingswet moet iedere gemeente één omgevingsvisie hebben voor haar hele grondgebied. Zutphen werkte daaraan sinds 2022 met inwoners, ondernemers en partners in de Stedendriehoek. Het ontwerp lag van 15 februari tot en met 28 maart 2027 ter inzage; er kwamen 37 zienswijzen binnen.</p>
<p class="sub">Beoogd effect</p>
<p>Eén samenhangend kader voor de fysieke leefomgeving, dat richting geeft aan het omgevingsplan en aan programma’s voor wonen, klimaat en mobiliteit.</p>
<p class="sub">Argumenten</p>
<p>De visie maakt keuzes die nodig zijn om de binnenstad levendig te houden, woningen te bouwen voor jong en oud, en de stad voor te bereiden op hoogwater en hitte. De zienswijzen hebben geleid tot aanpassingen over de landgoederenzone en zonnevelden.</p>
<p class="sub">Kanttekeningen</p>
<p>De visie bevat geen financiële verplichtingen. Uitwerking gebeurt in programma’s, waarvoor de raad afzonderlijk budget vaststelt.</p>
<p>Burgemeester en wethouders van Zutphen,<br>de secretaris, de burgemeester</p>
</div>
<div class="besluit">
<p class="kop">Raadsbesluit</p>
<p class="ttl">Besluit van de raad van de gemeente Zutphen tot vaststelling van de Omgevingsvisie gemeente Zutphen</p>
<p>De raad van de gemeente Zutphen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 25 mei 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 4.10, eerste lid, van de Invoeringswet Omgevingswet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel I</p>
<p>1. het Vaststellingsrapport Omgevingsvisie gemeente Zutphen vast te stellen;<br>2. de Omgevingsvisie gemeente Zutphen vast te stellen, zoals opgenomen in bijlage A bij dit besluit.</p>
<p class="art">Artikel II</p>
<p>De Ontwikkelvisie Zutphen 2020 en de Structuurvisie Warnsveld 2004 worden ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 24 juni 2027.</p>
${handtekeningen(['de griffier,', 'M.J. Mulder'], ['de voorzitter,', 'mr. A.J.G. Meijer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage A bij het raadsbesluit van 24 juni 2027</p>
<p class="t1">Omgevingsvisie gemeente Zutphen</p>
<p class="t2">Hanzestad aan de IJssel, met de blik op 2040</p>
</div>`)

  // every body paragraph of the visie is numbered in the left margin, running through the document
  let alinea = 0
  const p = (html: string) => d.p(`<span class="pn">${++alinea}</span>${html}`, 'np')
  d.page('std').enter('visie')
  d.raw('<div class="fnpage"><div class="fnbody">')
  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Aanleiding')
  p('Zutphen is een van de oudste steden van Nederland. De stad en haar buitengebied hebben bijzondere kwaliteiten, maar staan ook voor grote opgaven: wonen, klimaat, energie en de toekomst van de binnenstad.<sup>1</sup>')
  p('Deze omgevingsvisie is het instrument uit hoofdstuk 3 van de Omgevingswet waarmee de raad de samenhang tussen die opgaven vastlegt. Hoofdstuk 4 van de Omgevingswet, over algemene regels, speelt hierin geen rol: de visie bindt alleen de gemeente.')
  d.kop(2, '1.2', 'Reikwijdte')
  p('De visie geldt voor het hele grondgebied, dus voor de stad Zutphen, De Hoven, Warnsveld en het buitengebied. Zij vervangt de Ontwikkelvisie Zutphen 2020 en de Structuurvisie Warnsveld 2004, die de raad met dit besluit intrekt.<sup>2</sup>')
  d.kop(2, '1.3', 'Leeswijzer')
  p('Hoofdstuk 2 beschrijft de stad nu, hoofdstuk 3 de ambities en de hoofdstructuur. De hoofdstukken 4 tot en met 6 werken de ambities uit. Hoofdstuk 7 gaat over uitvoering.')
  d.raw('</div><div class="notes"><p><sup>1</sup> De opgaven sluiten aan bij de afspraken die de gemeenten in de Stedendriehoek samen maken.</p><p><sup>2</sup> Warnsveld is in 2005 met Zutphen samengevoegd; de Structuurvisie Warnsveld 2004 gold tot nu toe voor het voormalige grondgebied van Warnsveld.</p></div></div>')

  d.kop(1, '2', 'Zutphen nu')
  d.kop(2, '2.1', 'De stad')
  p('<b>Binnenstad.</b> De binnenstad met de Walburgiskerk, de Librije en de stadsmuren is een beschermd stadsgezicht. Er wonen ruim 4.000 mensen.')
  p('<b>Wijken.</b> De Zuidwijken, Noordveen en Leesten zijn na de oorlog gebouwd. Veel woningen moeten worden verduurzaamd.')
  d.kop(2, '2.2', 'Het buitengebied')
  p('<b>Landgoederen.</b> Rond Warnsveld en Vierakker liggen landgoederen met lanen, bossen en oude boerderijen.')
  p('<b>Rivieren.</b> De IJssel en de Berkel ontmoeten elkaar bij de binnenstad. De uiterwaarden zijn de afgelopen jaren ingericht voor meer ruimte voor de rivier.')
  d.kop(2, '2.3', 'Bevolking')
  p('Zutphen telt ongeveer 48.500 inwoners. Het aantal ouderen groeit; jongeren vertrekken vaak voor studie naar Deventer, Arnhem of Enschede.')

  d.kop(1, '3', 'Ambities en hoofdstructuur')
  d.kop(2, '3.1', 'Vijf ambities')
  p('De raad kiest voor vijf ambities, die in de volgende hoofdstukken terugkomen. Een rode draad is de 15-minutenstad: binnen een kwartier lopen of fietsen vind je alles wat je dagelijks nodig hebt.')
  d.list(['Levendige binnenstad', 'Wonen voor iedereen', 'Klimaatbestendige stad aan de IJssel', 'Energieneutraal in 2050', 'Sterk in de regio'], nummer)
  d.kop(2, '3.2', 'Hoofdstructuur')
  p('De hoofdstructuur van Zutphen bestaat uit de rivieren, de binnenstad, de spoorlijnen en het landgoederenlandschap (figuur 3.2).')
  d.raw(FIG)
  d.kop(3, '3.2.1', 'Water als drager')
  p('De IJssel en de Berkel bepalen de ligging van de stad. Nieuwe ontwikkelingen houden rekening met hoogwater en met de waarde van de rivieren voor natuur en recreatie.')
  d.kop(3, '3.2.2', 'De spoorknoop')
  p('Zutphen is een spoorknooppunt met lijnen naar Apeldoorn, Deventer, Arnhem, Winterswijk en Hengelo. De stationsomgeving is een van de plekken waar de stad groeit.')

  d.kop(1, '4', 'Wonen en binnenstad')
  d.kop(2, '4.1', 'Woningbouw')
  p('Tot 2040 bouwen wij ongeveer 3.000 woningen, vooral op inbreidingslocaties zoals het Havenkwartier en de stationsomgeving. Daarbij gelden de volgende uitgangspunten:')
  d.list(['bouwen voor de vraag van:', { text: 'jongeren en starters, met:', sub: ['kleine, betaalbare woningen;', 'tijdelijke woonvormen.'] }, 'ouderen die kleiner willen wonen.'], letter)
  d.kop(2, '4.2', 'Binnenstad')
  p('De binnenstad wordt compacter als winkelgebied. Leegstaande panden aan de randen mogen worden omgebouwd tot woningen, zolang het monumentale karakter behouden blijft.')
  p('Voor vergunningvrije bouwwerken in de binnenstad gelden de regels van Bijlage I bij het Besluit bouwwerken leefomgeving niet zonder meer; het omgevingsplan stelt aanvullende eisen aan het uiterlijk.')

  d.kop(1, '5', 'Klimaat en energie')
  d.kop(2, '5.1', 'Hoogwater en droogte')
  p('Samen met waterschap Rijn en IJssel houden wij de dijken op orde en maken wij ruimte voor water in De Hoven en de Berkelzone.')
  d.kop(2, '5.2', 'Energie')
  p('Zon komt eerst op daken. Zonnevelden zijn alleen mogelijk in het zoekgebied langs de A1 en de N348, niet in de landgoederenzone.')

  d.kop(1, '6', 'Zutphen in de regio')
  p('Zutphen werkt in de Stedendriehoek samen met Apeldoorn, Deventer en de omliggende gemeenten aan wonen, werken en bereikbaarheid.')

  d.kop(1, '7', 'Uitvoering')
  p('De visie werkt door in het omgevingsplan, in programma’s en in gebiedsuitwerkingen. Het college rapporteert elke twee jaar aan de raad.')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage bij de visie — Werkingsgebieden</h2>')
  d.p('De werkingsgebieden in deze bijlage zijn vastgelegd als geometrische informatieobjecten en via de landelijke voorziening te raadplegen. De begrenzing is indicatief: zij geeft aan waar een keuze uit de visie in het bijzonder van belang is.')
  d.p('Een werkingsgebied dat samenvalt met een gebied dat het Rijk of de provincie Gelderland heeft aangewezen, zoals de uiterwaarden van de IJssel, volgt die begrenzing. De gemeente past de informatieobjecten aan bij een herziening van de visie.')
  d.p('De werkingsgebieden zijn in drie groepen te verdelen. De eerste groep bestaat uit het grondgebied en de kernen: het hele grondgebied van de gemeente, de binnenstad, De Hoven, Warnsveld en de wijken. Hier gelden vooral de keuzes over wonen, voorzieningen en de binnenstad.')
  d.p('De tweede groep bestaat uit het landschap en het water: de uiterwaarden van de IJssel, het Berkeldal, de landgoederenzone, de klimaatbuffer en de ecologische verbindingszone. Hier gelden vooral de keuzes over klimaat, natuur en landschap.')
  d.p('De derde groep bestaat uit gebieden voor werken, energie en verbindingen: de stationsomgeving, bedrijventerrein De Mars, het zoekgebied voor zonnevelden en de recreatieve routes.')
  d.p('De nummers in de eerste kolom dienen alleen om naar een werkingsgebied te kunnen verwijzen.')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true)], 'gio', ['8%', '37%', '55%'])

  const hd = "font: 7.5pt 'DejaVu Sans'; color: #704214;"
  const spec: DocSpec = {
    id: 'h63',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Zutphen over de Omgevingsvisie gemeente Zutphen (de 15-minutenstad, de binnenstad met de Walburgiskerk en de Librije, de IJssel en de Berkel, De Hoven, Warnsveld en de landgoederen, de Zuidwijken en Noordveen, de spoorknoop, de Stedendriehoek met Apeldoorn en Deventer, klimaatadaptatie langs de IJssel), ingekort en in eigen woorden; eigen opmaak: A4-rapport in DejaVu Serif Condensed 9,5 pt met elke alinea van de visie doorlopend genummerd in de linkermarge, hoofdstukken "1." + titel in kleinkapitaal, paragrafen "§ 1.1 Titel", subparagrafen "1.1.1 Titel", ingelopen tussenkoppen, genummerde lijst "1." met korte items die op de hoofdstukkoppen lijken, geneste lijst "a." / "i.", getekende figuur "Figuur 3.2", voetnoten met superscripttekens onder aan een pagina, kopregels wisselend op linker- en rechterpagina\'s, voettekst met datum en versie en paginanummer in de buitenmarge, raadsvoorstel voor het raadsbesluit, "gelet op", "Besluit:", Artikel I–III (Artikel I met twee genummerde punten, Artikel II trekt de eerdere visies in) met inwerkingtreding op de dag na uitgifte van het Gemeenteblad, handtekeningen in twee kolommen, "Bijlage A" voor de visie, GIO-tabel Nr. | Naam | Identificatie van zestien objecten die over een pagina doorloopt met herhaalde kopregel (holdout)',
    bevoegdGezag: 'gm0301',
    naam: 'Gemeente Zutphen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Zutphen tot vaststelling van de Omgevingsvisie gemeente Zutphen',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie gemeente Zutphen',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-gemeente-zutphen', regeling: 'omgevingsvisie-gemeente-zutphen', doel: 'omgevingsvisie-gemeente-zutphen' },
      datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-06-30', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0301',
      oin: '00000001001626431000',
      achtergrondActualiteit: '2027-03-01',
    },
    geo: { origin: [212000, 462000] },
    meubilair: ['^Gemeente Zutphen · Omgevingsvisie$', '^Omgevingsvisie gemeente Zutphen · Zutphen en Warnsveld$', '^Omgevingsvisie gemeente Zutphen · versie 1\\.0 · 24 juni 2027$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie gemeente Zutphen',
    css: `
@page { size: A4; margin: 22mm 22mm 24mm 16mm; }
.pg[style*="std"] { padding-left: 14mm; }
.pg[style*="besluit"], .pg[style*="titel"], .pg[style*="bijl"] { padding-left: 14mm; }
@page std:left { @top-left { content: "Gemeente Zutphen · Omgevingsvisie"; ${hd} } @bottom-center { content: "Omgevingsvisie gemeente Zutphen · versie 1.0 · 24 juni 2027"; ${hd} } @left-bottom { content: "blz. " counter(page); font: bold 10pt 'DejaVu Sans'; color: #704214; vertical-align: bottom; } }
@page std:right { @top-right { content: "Omgevingsvisie gemeente Zutphen · Zutphen en Warnsveld"; ${hd} } @bottom-center { content: "Omgevingsvisie gemeente Zutphen · versie 1.0 · 24 juni 2027"; ${hd} } @right-bottom { content: "blz. " counter(page); font: bold 10pt 'DejaVu Sans'; color: #704214; vertical-align: bottom; } }
@page bijl { @bottom-center { content: "Omgevingsvisie gemeente Zutphen · versie 1.0 · 24 juni 2027"; ${hd} } }
body { font: 9.5pt/1.5 'DejaVu Serif', serif; font-stretch: condensed; color: #222; }
p { margin: 0 0 2.2mm; }
p.np .pn { display: inline-block; width: 9mm; margin-left: -13mm; margin-right: 4mm; text-align: right; font: 7.5pt 'DejaVu Sans'; color: #8a7a66; }
.kop { font: bold 16pt 'DejaVu Sans'; color: #704214; margin: 0 0 3mm; }
.sub { font-weight: bold; margin: 3mm 0 1mm; }
table.meta td { padding: 0.5mm 4mm 0.5mm 0; vertical-align: top; }
.voorstel { break-after: page; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #555; }
.titel .t1 { font: bold 28pt 'DejaVu Serif'; color: #704214; margin: 4mm 0; }
.titel .t2 { font: italic 14pt 'DejaVu Serif'; }
.fnpage { height: 246mm; display: flex; flex-direction: column; break-after: page; }
.notes { margin-top: auto; border-top: 0.5pt solid #704214; width: 50mm; padding-top: 1mm; }
.notes p { width: 150mm; font-size: 7.5pt; margin: 0 0 0.8mm; }
sup { font-size: 6pt; }
h1 { font: bold 17pt 'DejaVu Serif'; font-variant: small-caps; color: #704214; margin: 8mm 0 3mm; break-after: avoid; }
h2 { font: bold 11.5pt 'DejaVu Sans'; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 10pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 1mm; }
.fig { margin: 3mm 0; }
.fig figcaption { font: 8pt 'DejaVu Sans'; color: #704214; margin-top: 1mm; }
h2.bijl { font: bold 13pt 'DejaVu Serif'; color: #704214; }
table.gio { width: 100%; font-size: 9.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #704214; padding: 1mm; background: #f1e8da; }
table.gio td { padding: 1.8mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ddd; }
table.gio tr { break-inside: avoid; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
