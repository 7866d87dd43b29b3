/**
 * h20 — gemeente Enschede (gm0153), holdout (session 5): the unusual case of this set, a raadsvoorstel (onderwerp,
 * voorstel, argumenten with numbered points, kanttekeningen) printed before the raadsbesluit, whose besluit has
 * beslispunten I.–III. only (no Artikelen). Content after omgevingsvisies of grote grenssteden, toegespitst op
 * Enschede (textielverleden, Roombeek, Kennispark en Universiteit Twente, Vliegveld Twente, landgoederen en essen), in
 * our own words. Layout: roman chapter numbers "I. Titel" with arabic sections "1.1" and "1.1.1", two-column body
 * pages, a long ►-list with –-items that runs over a page break, the header "Omgevingsvisie Enschede 2040" left and
 * "- n -" centred in the footer, the visie as "Bijlage 1" on its own title page and the GIO table as "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioHex('gm0153', '2026', '2026-11-09', '1', 'h20')
const GIOS: Gio[] = [
  gio('Binnenstad en Roombeek', [0, 0], 1.2),
  gio('Kennispark Twente en Universiteit Twente', [-3, 2], 1),
  gio('Gebiedsontwikkeling Vliegveld Twente', [-6, 5], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}. ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('voorstel').raw(`
<div class="rv">
<p class="kop">Raadsvoorstel</p>
<table class="meta"><tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie Enschede 2040</td></tr>
<tr><td>Raadsvergadering</td><td>9 november 2026</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder Ruimtelijke Ontwikkeling</td></tr>
<tr><td>Kenmerk</td><td>2026-RV-0187</td></tr></table>
<p class="sub">Voorstel</p>
<p>Wij stellen u voor de Omgevingsvisie Enschede 2040 vast te stellen, de nota van beantwoording zienswijzen vast te stellen en de Structuurvisie Enschede 2012 in te trekken.</p>
<p class="sub">Inleiding</p>
<p>Met de Omgevingswet moet iedere gemeente één omgevingsvisie hebben voor het hele grondgebied. Het ontwerp heeft van 2 juni tot en met 14 juli 2026 ter inzage gelegen. Er zijn 41 zienswijzen ingediend.</p>
<p class="sub">Argumenten</p>
<p>1. De visie geeft richting aan de groei van de stad.<br>Enschede groeit tot 2040 met ongeveer 12.000 woningen. De visie wijst aan waar die groei landt.</p>
<p>2. De visie is samen met de stad gemaakt.<br>Meer dan 2.500 inwoners hebben meegedaan aan enquêtes, wijkgesprekken en de jongerenraad.</p>
<p>3. De zienswijzen hebben tot aanpassingen geleid.<br>Onder meer de passages over de landgoederen en over Vliegveld Twente zijn verduidelijkt.</p>
<p class="sub">Kanttekeningen</p>
<p>De visie bevat geen regels. Voor initiatiefnemers verandert er pas iets als het omgevingsplan wordt gewijzigd.</p>
<p class="sub">Vervolg</p>
<p>Na vaststelling wordt de visie bekendgemaakt in het Gemeenteblad en gepubliceerd in het Omgevingsloket.</p>
<p class="ond">Burgemeester en wethouders van Enschede,<br>de secretaris, de burgemeester,</p>
</div>`)
  d.page('besluit').raw(`
<div class="besluit">
<p class="kop">Raadsbesluit</p>
<p class="ttl">Besluit van de raad van de gemeente Enschede tot vaststelling van de Omgevingsvisie Enschede 2040</p>
<p>De raad van de gemeente Enschede;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 september 2026, kenmerk 2026-RV-0187;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<div class="bp"><span>I.</span><p>de Omgevingsvisie Enschede 2040 (bijlage 1), met de geometrische informatieobjecten van bijlage 2, vast te stellen;</p></div>
<div class="bp"><span>II.</span><p>de nota van beantwoording zienswijzen Omgevingsvisie Enschede 2040 vast te stellen;</p></div>
<div class="bp"><span>III.</span><p>de Structuurvisie Enschede 2012 in te trekken.</p></div>
<p class="aldus">Vastgesteld in de openbare vergadering van 9 november 2026.</p>
<p>De griffier, De voorzitter,</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1</p>
<p class="t1">Omgevingsvisie Enschede 2040</p>
<p class="t2">Stad met ruimte: groen, grens en kennis</p>
</div>`)
  d.page('std').enter('visie').raw('<div class="twee">')

  const S: Array<[string, string, Array<[number, string, string, () => void]>]> = [
    ['I', 'Inleiding', [
      [2, '1.1', 'Waarom deze visie', () => d.ps(alinea('inleiding', 1, 'Enschede'), 'Deze visie vervangt de Structuurvisie Enschede 2012. Wat de wet zelf regelt, zoals de instructieregels uit hoofdstuk 4 van de Omgevingswet en het Besluit kwaliteit leefomgeving, herhalen we niet.')],
      [2, '1.2', 'Enschede in het kort', () => d.p('Enschede is met ruim 160.000 inwoners de grootste stad van Twente en ligt tegen de Duitse grens. De stad is gegroeid met de textielindustrie; na de sluiting van de fabrieken heeft zij zich opnieuw uitgevonden als kennisstad rond de Universiteit Twente en Kennispark.')],
    ]],
    ['II', 'Kwaliteiten', [
      [2, '2.1', 'Erfgoed van de textielstad', () => d.p('Fabriekscomplexen, arbeiderswijken en villaparken vertellen het verhaal van de textielstad. In Roombeek, na de vuurwerkramp van 2000 opnieuw opgebouwd, zijn oude fabrieken en nieuwe architectuur samengekomen.')],
      [2, '2.2', 'Groen tot in de stad', () => d.p('De landgoederen, essen en beekdalen rond de stad lopen via groene wiggen door tot in de wijken. Het Van Heekpark, het Volkspark en het Ledeboerpark zijn de groene kamers van de stad.')],
      [3, '2.2.1', 'Essen en landgoederen', () => d.p('De Usseler Es, de Lonneker Es en de landgoederen rond Boekelo en Twekkelo zijn waardevol cultuurlandschap. Wij bouwen hier niet.')],
      [3, '2.2.2', 'Beken', () => d.p('De Elsbeek, de Glanerbeek en de Roombeek krijgen waar mogelijk weer een open loop.')],
    ]],
    ['III', 'Opgaven', [
      [2, '3.1', 'Wonen', () => d.p('Tot 2040 bouwen we ongeveer 12.000 woningen. We kiezen voor binnenstedelijk bouwen in de binnenstad, de Zuiderval, rond de stations en in de naoorlogse wijken, en voor een beperkte uitbreiding aan de randen.')],
      [2, '3.2', 'Opgaven in de wijken', () => {
        d.p('De wijken van Enschede verschillen sterk. In de naoorlogse wijken aan de zuidkant staan veel corporatiewoningen die verouderd zijn; in de wijken rond de binnenstad is de druk op de woningmarkt groot en worden gezinswoningen verkamerd. De gezondheid en het inkomen van bewoners lopen per wijk ver uiteen.')
        d.p('Wij willen dat iedere wijk er de komende twintig jaar op vooruitgaat. Dat vraagt om maatwerk: wat in Roombeek werkt, past niet vanzelf in Glanerbrug. De wijkprogramma’s die wij samen met de wijkraden opstellen, geven daarvoor de richting.')
        d.p('De opgave verschilt per wijk. Samen met bewoners, corporaties en maatschappelijke partners werken we in de wijken aan:')
        d.list(
          [
            { text: 'Velve-Lindenhof en Pathmos:', sub: ['renovatie en verduurzaming van de woningvoorraad;', 'meer groen in de straten;', 'veilige routes naar school en sport.'] },
            { text: 'Wesselerbrink en Stroinkslanden:', sub: ['vernieuwing van de winkelcentra;', 'woningen voor ouderen bij de voorzieningen.'] },
            { text: 'Glanerbrug:', sub: ['versterking van het centrum;', 'een betere verbinding met Gronau over de grens.'] },
            { text: 'Binnenstad:', sub: ['wonen boven winkels;', 'minder verharding en meer bomen;', 'een autoluw centrum binnen de singel.'] },
            { text: 'Twekkelerveld en Tubantia:', sub: ['herstructurering van de portiekflats;', 'een groene verbinding naar het Ledeboerpark.'] },
            { text: 'Deppenbroek en Mekkelholt:', sub: ['ruimte voor studenten en starters dicht bij de universiteit;', 'behoud van de tuindorpstructuur.'] },
            { text: 'De Bothoven en Laares:', sub: ['transformatie van oude fabrieksterreinen;', 'meer speelruimte in de straten.'] },
            { text: 'Hogeland en Schreurserve:', sub: ['nieuwe woningen op vrijgekomen schoollocaties;', 'een wijkpark bij de Hogelandsingel.'] },
            { text: 'Stadsveld en ’t Zwering:', sub: ['betere oversteken over de Hengelosestraat;', 'verduurzaming van de particuliere woningen.'] },
            'Roombeek: afronding van de laatste bouwvelden.',
            'Boekelo, Lonneker en Usselo: kleinschalig bouwen voor de eigen dorpen.',
          ],
          pijl,
        )
      }],
      [2, '3.3', 'Werken en kennis', () => d.p('Kennispark Twente en de Universiteit Twente zijn de motor van de regionale economie. Op het voormalige Vliegveld Twente ontwikkelen we samen met de provincie en de buurgemeenten een Technology Base voor bedrijven die ruimte nodig hebben om te testen.')],
      [3, '3.3.1', 'Bedrijventerreinen', () => d.p(alinea('economie', 2, 'Enschede'))],
      [2, '3.4', 'Energie en klimaat', () => d.ps(alinea('energie', 0, 'Enschede'), alinea('klimaat', 1, 'Enschede'))],
    ]],
    ['IV', 'Uitvoering', [
      [2, '4.1', 'Programma’s en omgevingsplan', () => d.p(alinea('uitvoering', 0, 'Enschede'))],
      [2, '4.2', 'Monitoring', () => d.p(alinea('uitvoering', 1, 'Enschede'))],
    ]],
  ]
  for (const [n, t, ss] of S) {
    d.kop(1, n, t)
    for (const [l, sn, st, f] of ss) {
      d.kop(l, sn, st)
      f()
    }
  }
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('2', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 2: Geometrische informatieobjecten</h1><p>Bij het raadsbesluit van 9 november 2026 horen de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['40%', '60%'])

  const hf = "font: 8pt 'Liberation Serif'; color: #333; font-style: italic;"
  const spec: DocSpec = {
    id: 'h20',
    set: 'dev',
    bron: 'Bewerkt naar omgevingsvisies van grote grenssteden, toegespitst op Enschede (textielverleden, Roombeek, Kennispark en Universiteit Twente, Vliegveld Twente, landgoederen en essen), en naar raadsvoorstellen tot vaststelling van een omgevingsvisie, in eigen woorden; eigen opmaak: Liberation Serif 10 pt met Liberation Sans-koppen, raadsvoorstel (onderwerp, voorstel, argumenten, kanttekeningen) vóór het raadsbesluit, besluit met beslispunten I.–III. zonder artikelen, romeinse hoofdstuknummers "I. Titel" met paragrafen "1.1" en "1.1.1", tweekolommenpagina’s, lange ►-lijst met –-items over een paginagrens, kopregel links, voettekst "- n -" gecentreerd, visie als Bijlage 1 met eigen titelpagina, GIO-tabel als Bijlage 2 (holdout)',
    bevoegdGezag: 'gm0153',
    naam: 'Gemeente Enschede',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Enschede tot vaststelling van de Omgevingsvisie Enschede 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Enschede 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-enschede-2040', regeling: 'omgevingsvisie-enschede-2040', doel: 'omgevingsvisie-enschede-2040' },
      datums: { vaststelling: '2026-11-09', ondertekening: '2026-11-09', bekendmaking: '2026-11-16' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0153',
      oin: '00000001000000001530',
      achtergrondActualiteit: '2026-08-01',
    },
    geo: { origin: [258000, 471000] },
    meubilair: ['^- \\d+ -$', '^Omgevingsvisie Enschede 2040 \\| gemeente Enschede$'],
    title: 'Omgevingsvisie Enschede 2040',
    css: `
@page { size: A4; margin: 25mm 20mm 22mm 20mm; }
@page std { @top-left { content: "Omgevingsvisie Enschede 2040 | gemeente Enschede"; ${hf} } @bottom-center { content: "- " counter(page) " -"; ${hf} } }
@page bijl { @bottom-center { content: "- " counter(page) " -"; ${hf} } }
body { font: 10pt/1.42 'Liberation Serif', serif; }
p { margin: 0 0 2.3mm; }
.kop { font: bold 18pt 'Liberation Sans'; color: #c8102e; margin-bottom: 4mm; }
table.meta { font-size: 9.5pt; margin-bottom: 5mm; }
table.meta td { padding: 0.5mm 6mm 0.5mm 0; }
table.meta td:first-child { font-weight: bold; }
.sub { font: bold 11pt 'Liberation Sans'; margin: 4mm 0 1mm; }
.ond { margin-top: 8mm; }
.besluit { break-before: page; }
.ttl { font: bold 12pt 'Liberation Sans'; margin: 3mm 0 6mm; }
.bs { margin: 5mm 0 2mm; font-weight: bold; }
.bp { display: flex; }
.bp span { flex: 0 0 9mm; }
.aldus { margin-top: 8mm; }
.titel { padding-top: 90mm; break-after: page; text-align: right; }
.titel .bij { font: 11pt 'Liberation Sans'; color: #c8102e; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; }
.titel .t2 { font: 14pt 'Liberation Serif'; }
.twee { columns: 2; column-gap: 9mm; column-fill: auto; }
h1 { font: bold 15pt 'Liberation Sans'; color: #c8102e; margin: 6mm 0 2mm; break-after: avoid; }
.twee > h1:first-child { margin-top: 0; }
h2 { font: bold 11pt 'Liberation Sans'; margin: 4mm 0 1mm; break-after: avoid; }
h3 { font: italic 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 3mm 0; }
h1.bijl { font: bold 14pt 'Liberation Sans'; color: #c8102e; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #c8102e; padding: 1mm; }
table.gio td { padding: 1mm; }
table.gio .gid { font: 7.5pt 'Liberation Mono'; }
`,
  }
  return { spec, doc: d }
}
