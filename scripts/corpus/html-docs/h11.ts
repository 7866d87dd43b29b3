/**
 * h11 — provincie Limburg (holdout, session 4), the unusual case: a Statenvoorstel of Gedeputeerde Staten whose
 * besluit comes at the end (beslispunten I.–V.), then the visie after a Bijlage line; "Deel A"/"Deel B" parts above
 * chapters "HOOFDSTUK 3" with the title in capitals on the next line (numbering runs on across the parts), sections
 * "3.1 Titel", the body in two columns, the page number in the outer margin, eight GIOs whose identifiers break
 * inside the cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioSlug('pv31', '2026', '2026-04-10', '1')
const GIOS: Gio[] = [
  gio('Goudgroene natuurzone', 'omgevingsvisie-limburg-goudgroene-natuurzone-nnn', [0, 0], 6),
  gio('Zilvergroene natuurzone', 'omgevingsvisie-limburg-zilvergroene-natuurzone', [4, 10], 5),
  gio('Bronsgroene landschapszone', 'omgevingsvisie-limburg-bronsgroene-landschapszone-beekdalen', [-5, -12], 6),
  gio('Nationaal Landschap Zuid-Limburg', 'omgevingsvisie-limburg-nationaal-landschap-zuid-limburg-heuvelland', [5, -40], 8),
  gio('Rivierbed Maas', 'omgevingsvisie-limburg-rivierbed-grensmaas-zandmaas', [-8, -20], 4),
  gio('Stedelijk gebied Maastricht-Heerlen-Sittard', 'omgevingsvisie-limburg-stedelijk-netwerk-zuid-limburg', [10, -35], 6),
  gio('Greenport Venlo', 'omgevingsvisie-limburg-greenport-venlo-logistiek-tuinbouw', [2, 35], 5),
  gio('Peelvenen', 'omgevingsvisie-limburg-peelvenen-natura2000-hoogveen', [-6, 45], 4),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dn">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<div class="hfd"><p class="hn">HOOFDSTUK ${k.nummer}</p><h2>${k.opschrift}</h2></div>`
      : `<h3>${k.nummer}&#8195;${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '▸', font: 'DejaVu Sans' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="voorstel">
<p class="org">Provincie Limburg</p>
<p class="sv">Statenvoorstel</p>
<table class="meta">
<tr><td>Nummer</td><td>G-26-011</td></tr>
<tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie Limburg</td></tr>
<tr><td>Datum vergadering GS</td><td>3 februari 2026</td></tr>
<tr><td>Statencommissie</td><td>Ruimte, Landbouw en Natuur</td></tr>
</table>
<p class="tk">Samenvatting</p>
<p>De Omgevingsvisie Limburg is de strategische visie op de fysieke leefomgeving voor de lange termijn (2030–2050). Zij kijkt breder dan de fysieke leefomgeving alleen en gaat ook in op gezondheid, veiligheid, economie en sociale aspecten, in samenhang en met oog voor de internationale context van Limburg. De visie vervangt het Provinciaal Omgevingsplan Limburg 2014 (POL2014).</p>
<p class="tk">Aanleiding</p>
<p>De ontwerp-Omgevingsvisie heeft met het milieueffectrapport zes weken ter inzage gelegen. In die periode zijn 277 reacties ontvangen van overheden, belangenorganisaties, buitenlandse partners, bedrijven en inwoners. De reacties hebben op onderdelen tot aanscherping geleid; de Nota van zienswijzen geeft per reactie het standpunt van Gedeputeerde Staten.</p>
<p class="tk">Argumentatie</p>
<p>De visie is via een interactief proces met overheden, semi-overheden, belangenorganisaties en inwoners opgesteld. Zij biedt naast de lange lijn ook sturing voor de korte termijn, in het bijzonder voor natuur, wonen en economie.</p>
<p>Enkele aanvullingen op het POL2014 worden ingetrokken; de POL-aanvulling Grensmaas blijft in stand, maar wordt voortaan opgevat als programma onder de Omgevingsvisie.</p>
<p class="tk">Financiële consequenties</p>
<p>De vaststelling heeft geen directe financiële consequenties. De uitvoering loopt via de programma’s en de begroting.</p>
<p class="tk">Vervolg</p>
<p>Na vaststelling maken Gedeputeerde Staten het besluit bekend in het Provinciaal Blad en stellen zij de visie beschikbaar in het Omgevingsloket.</p>
<p class="gs">Gedeputeerde Staten van Limburg,<br>de secretaris, &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;de voorzitter,</p>
<div class="ontwerp">
<p class="sb">Statenbesluit</p>
<p class="ttl">Besluit van Provinciale Staten van Limburg van 10 april 2026 tot vaststelling van de Omgevingsvisie Limburg</p>
<p>Provinciale Staten van Limburg,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 3 februari 2026, nummer G-26-011;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p class="bs">besluiten:</p>
<p class="bp"><span>I.</span>in te stemmen met de bestuurlijke standpunten over de ingediende zienswijzen, zoals verwoord in de Nota van zienswijzen;</p>
<p class="bp"><span>II.</span>de Omgevingsvisie Limburg vast te stellen met inachtneming van de wijzigingen uit de Nota van zienswijzen;</p>
<p class="bp"><span>III.</span>Gedeputeerde Staten op te dragen de verdere afhandeling en de bekendmaking van de Omgevingsvisie Limburg te verzorgen;</p>
<p class="bp"><span>IV.</span>de POL-aanvullingen Zandmaas, Uitbreiding Groeve ’t Rooth en Beëindiging kalksteenwinning Sint-Pietersberg in te trekken;</p>
<p class="bp"><span>V.</span>te bepalen dat dit besluit in werking treedt op 1 juli 2026.</p>
<p class="aldus">Maastricht, 10 april 2026</p>
<p>Provinciale Staten van Limburg,</p>
${handtekeningen(['griffier,', 'mr. drs. M.H.J. Lemmens'], ['voorzitter,', 'drs. E.C. van de Laar'])}
</div>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage bij Statenbesluit G-26-011</p>
<p class="t1">Omgevingsvisie Limburg</p>
<p class="t2">Samen werken aan een leefbaar Limburg, grensoverschrijdend en divers</p>
</div>`)
  d.page('std').enter('visie')
  d.raw('<div class="cols">')

  d.kop(1, 'A', 'Visie')
  d.kop(2, '1', 'LIMBURG IN EUROPA')
  d.kop(3, '1.1', 'Een grensprovincie')
  d.p('Limburg heeft de langste grens met het buitenland van alle provincies, ongeveer 350 km. Veel beken ontspringen in Duitsland of België, en inwoners wonen, werken en recreëren aan beide kanten van de grens. De visie kijkt daarom over de grens heen.')
  d.kop(3, '1.2', 'Een diverse provincie')
  d.p('Van de natte hoogveenrestanten in de Peel en de stuifzanden van de Maasduinen tot de lössplateaus van het Heuvelland: het landschap is divers. Die diversiteit is een kracht die we willen behouden.')
  d.kop(2, '2', 'AMBITIES EN PRINCIPES')
  d.kop(3, '2.1', 'Vijf ambities')
  d.p('De visie formuleert vijf ambities voor Limburg in 2050:')
  d.list(
    [
      'een gezonde en veilige leefomgeving;',
      'een sterke en duurzame economie;',
      { text: 'een aantrekkelijk woon- en leefklimaat, met', sub: ['vitale steden en dorpen;', 'een goede bereikbaarheid.'] },
      'een klimaatbestendig en energieneutraal Limburg;',
      'een rijk landschap met hoge natuurwaarden.',
    ],
    pijl,
  )
  d.kop(3, '2.2', 'Limburgse principes')
  d.p('Bij iedere ontwikkeling hanteren we de Limburgse principes: vraaggericht werken, zorgvuldig ruimtegebruik, de ladder voor duurzame verstedelijking en het versterken van de regionale identiteit.')

  d.kop(1, 'B', 'Opgaven')
  d.kop(2, '3', 'GEZONDE EN VEILIGE LEEFOMGEVING')
  d.kop(3, '3.1', 'Gezondheid')
  d.p(alinea('gezondheid', 1, 'Limburg', 'provincie'))
  d.kop(3, '3.2', 'Water en klimaat')
  d.p('De Maas is een regenrivier met een groot verschil tussen hoge en lage afvoeren. Na de overstromingen van 2021 werken we met het waterschap en het Rijk aan meer ruimte voor de rivier en aan het vasthouden van water in de beekdalen.')
  d.kop(2, '4', 'ECONOMIE EN ENERGIE')
  d.kop(3, '4.1', 'Economische structuur')
  d.p('De economie van Limburg steunt op de Brightlands-campussen, de logistiek en tuinbouw rond Venlo en de maakindustrie in Midden- en Zuid-Limburg. We bundelen nieuwe bedrijvigheid op bestaande terreinen.')
  d.kop(3, '4.2', 'Energietransitie')
  d.p(alinea('energie', 1, 'Limburg', 'provincie'))
  d.kop(2, '5', 'WONEN EN LANDSCHAP')
  d.kop(3, '5.1', 'Wonen')
  d.p('In Zuid-Limburg krimpt de bevolking, in Noord-Limburg groeit zij nog. We stemmen de woningbouw per regio af en geven voorrang aan transformatie van leegstaand vastgoed.')
  d.kop(3, '5.2', 'Natuur en landschap')
  d.p('We onderscheiden drie zones: de goudgroene natuurzone met de kern van het natuurnetwerk, de zilvergroene natuurzone met ruimte voor natuur en landbouw samen, en de bronsgroene landschapszone met de beekdalen en hellingen.')
  d.list(
    [
      { text: 'in de goudgroene zone', sub: ['gaat natuur voor;', 'zijn nieuwe functies alleen mogelijk met compensatie.'] },
      'in de zilvergroene zone combineren we natuur met extensieve landbouw;',
      'in de bronsgroene zone beschermen we het reliëf en de beekdalen.',
    ],
    pijl,
  )
  d.kop(3, '5.3', 'Landbouw')
  d.p(alinea('natuur', 2, 'Limburg', 'provincie'))

  d.kop(1, 'C', 'Uitvoering')
  d.kop(2, '6', 'STURING EN PROGRAMMA’S')
  d.kop(3, '6.1', 'Rollen van de provincie')
  d.p(alinea('uitvoering', 3, 'Limburg', 'provincie'))
  d.kop(3, '6.2', 'Programma’s')
  d.p('De visie krijgt uitvoering in programma’s, zoals het programma Grensmaas, het regionaal waterprogramma en het programma natuur. De omgevingsverordening borgt de provinciale belangen met regels.')
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('1', 'Werkingsgebieden', '<h1 class="bijl">Bijlage 1 – Werkingsgebieden</h1><p>In deze omgevingsvisie wordt verwezen naar de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam werkingsgebied', 'Identificatie'], 'gio', ['45%', '55%'], true)

  const m = "font: bold 11pt 'DejaVu Sans'; color: #8c1d18;"
  const spec: DocSpec = {
    id: 'h11',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Limburg (vervanging POL2014, grensprovincie, vijf ambities, goud-, zilver- en bronsgroene zones) en het Statenvoorstel met de beslispunten over de Nota van zienswijzen en de POL-aanvullingen, ingekort; eigen opmaak: DejaVu Serif 9,5 pt in twee kolommen, Statenvoorstel met het besluit aan het eind (beslispunten I.–V.), "Deel A/B/C" boven hoofdstukken "HOOFDSTUK 3" met de titel in hoofdletters op de volgende regel, paragrafen "3.1", ▸-lijsten met –-items, paginanummer in de buitenmarge, acht GIO\'s met identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'pv31',
    naam: 'Provincie Limburg',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Limburg van 10 april 2026 tot vaststelling van de Omgevingsvisie Limburg',
      artikelen: ['I', 'II', 'III', 'IV', 'V'],
      inwerkingtreding: '2026-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Limburg',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-limburg', regeling: 'omgevingsvisie-limburg', doel: 'omgevingsvisie-limburg-2026' },
      datums: { vaststelling: '2026-04-10', ondertekening: '2026-04-10', bekendmaking: '2026-04-17', inwerkingtreding: '2026-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV31',
      oin: '00000001000000310000',
      achtergrondActualiteit: '2026-02-01',
    },
    geo: { origin: [190000, 360000] },
    meubilair: ['^\\d+$'],
    title: 'Omgevingsvisie Limburg',
    css: `
@page { size: A4; margin: 20mm 28mm 22mm 20mm; }
@page std:right { margin: 20mm 28mm 22mm 20mm; @right-middle { content: counter(page); ${m} } }
@page std:left { margin: 20mm 20mm 22mm 28mm; @left-middle { content: counter(page); ${m} } }
@page bijl { @right-middle { content: counter(page); ${m} } }
body { font: 9.5pt/1.42 'DejaVu Serif', serif; }
p { margin: 0 0 2mm; }
.org { font: bold 12pt 'DejaVu Sans'; color: #8c1d18; }
.sv { font: bold 20pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
table.meta { font: 9pt 'DejaVu Sans'; margin-bottom: 5mm; border-top: 1pt solid #8c1d18; border-bottom: 1pt solid #8c1d18; }
table.meta td { padding: 0.8mm 5mm 0.8mm 0; }
.voorstel .tk { font: bold 10pt 'DejaVu Sans'; margin: 4mm 0 1mm; }
.gs { margin-top: 6mm; }
.ontwerp { break-before: page; }
.sb { font: bold 14pt 'DejaVu Sans'; color: #8c1d18; }
.ttl { font-weight: bold; margin: 3mm 0 5mm; }
.bs { margin: 4mm 0 2mm; }
.bp { display: flex; } .bp span { flex: 0 0 9mm; }
.aldus { margin-top: 6mm; }
.titel { padding-top: 60mm; break-after: page; }
.titel .bij { font: 9pt 'DejaVu Sans'; margin-bottom: 25mm; }
.titel .t1 { font: bold 26pt 'DejaVu Sans'; color: #8c1d18; }
.titel .t2 { font: italic 13pt 'DejaVu Serif'; }
.cols { column-count: 2; column-gap: 8mm; }
.deel { column-span: all; break-before: page; background: #8c1d18; color: #fff; padding: 4mm 5mm; margin-bottom: 6mm; }
.deel .dn { font: 10pt 'DejaVu Sans'; margin: 0; }
.deel h1 { font: bold 20pt 'DejaVu Sans'; margin: 0; }
.hfd { column-span: all; margin: 4mm 0 4mm; }
.hfd .hn { font: bold 9pt 'DejaVu Sans'; letter-spacing: 0.5pt; color: #8c1d18; margin: 0; }
.hfd h2 { font: bold 14pt 'DejaVu Sans'; margin: 0; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 1mm; }
h1.bijl { font: bold 14pt 'DejaVu Sans'; color: #8c1d18; }
table.gio { width: 125mm; font: 9pt 'DejaVu Sans'; }
table.gio th { text-align: left; background: #f0dcdb; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
table.gio .gid { font: 8pt 'DejaVu Sans Mono'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
