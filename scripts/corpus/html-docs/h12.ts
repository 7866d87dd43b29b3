/**
 * h12 — gemeente Dijk en Waard (holdout, session 4), a visie adopted by the raad of a gemeente formed from two
 * (Heerhugowaard and Langedijk): "Deel 1/2" parts above chapters whose bare number stands on its own line above the
 * title, sections "3.1" and "3.1.1" (four levels), numbered list items that look like headings, running headers
 * alternating left (even) and right (odd), footer "- n -", a raadsbesluit with "gelet op", "b e s l u i t :",
 * Artikel 1–2, "Aldus vastgesteld in de openbare vergadering van …", two signature columns, "Bijlage 1 bij het
 * raadsbesluit" as the bijlage marker, four GIOs.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioHex('gm1980', '2026', '2026-02-19', '1', 'h12')
const GIOS: Gio[] = [
  gio('Zoekgebied woningbouw Oost', [3, 1], 1.2),
  gio('Historisch lint Langedijk', [-2, 5], 1),
  gio('Zoekgebied duurzame energie Heerhugowaard-Noord', [1, 6], 1.5),
  gio('Bedrijventerrein De Vaandel en Zandhorst', [-1, -2], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p>Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<div class="hfd"><p class="num">${k.nummer}</p><h2>${k.opschrift}</h2></div>`
      : k.niveau === 3
        ? `<h3>${k.nummer} ${k.opschrift}</h3>`
        : `<h4>${k.nummer} ${k.opschrift}</h4>`
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '□', font: 'DejaVu Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Dijk en Waard</p>
<p class="nr">Raadsbesluit nr. 2026/0143</p>
<p class="ttl">Besluit van de raad van de gemeente Dijk en Waard tot vaststelling van de Strategische Omgevingsvisie Dijk en Waard</p>
<p>De raad van de gemeente Dijk en Waard;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 december 2025;</p>
<p>overwegende dat de gemeenten Heerhugowaard en Langedijk op 1 januari 2022 zijn samengevoegd tot de gemeente Dijk en Waard, en dat de omgevingsvisies die de raden van beide voormalige gemeenten hebben vastgesteld, worden vervangen door één strategische omgevingsvisie voor het hele grondgebied;</p>
<p>overwegende dat het ontwerp van april tot en met 29 mei 2025 ter inzage heeft gelegen, dat de zienswijzen zijn verwerkt in een reactienota en dat over het omgevingseffectrapport advies is uitgebracht door de Commissie voor de milieueffectrapportage;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel 1</p>
<p>De Strategische Omgevingsvisie Dijk en Waard, opgenomen als bijlage 1 bij dit besluit, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Heerhugowaard 2030 en de Omgevingsvisie Langedijk in te trekken met ingang van de dag waarop dit besluit in werking treedt, te weten 1 april 2026.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Dijk en Waard, gehouden op 19 februari 2026.</p>
${handtekeningen(['de griffier,', 'drs. A.C. Veldhuis'], ['de voorzitter,', 'M.L. Doornkamp'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 19 februari 2026, nr. 2026/0143</p>
<p class="t1">Strategische Omgevingsvisie Dijk en Waard</p>
<p class="t2">Dijk en Waard kijkt verder – richting 2047</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, '1', 'Waar we staan')
  d.kop(2, '1', 'Inleiding')
  d.kop(3, '1.1', 'Eén gemeente, één visie')
  d.p('Sinds 1 januari 2022 vormen Heerhugowaard en Langedijk samen de gemeente Dijk en Waard. Beide voormalige gemeenten hadden een eigen omgevingsvisie. Met deze strategische omgevingsvisie leggen we voor het eerst één koers vast voor de hele gemeente, richting 2047 en verder.')
  d.kop(3, '1.2', 'Wat een omgevingsvisie is')
  d.p(alinea('inleiding', 2, 'Dijk en Waard'))
  d.p('De visie bevat geen regels. Waar een onderwerp al volledig door het Rijk is geregeld, bijvoorbeeld de bouwtechnische eisen in Bijlage I bij het Besluit bouwwerken leefomgeving, herhalen we dat niet.')
  d.kop(2, '2', 'Dijk en Waard in beeld')
  d.kop(3, '2.1', 'Twee karakters')
  d.p('Heerhugowaard is een groeistad met een stadshart, ruime woonwijken en de Stad van de Zon. Langedijk is een lint van dorpen langs het water, met Broek op Langedijk, Zuid- en Noord-Scharwoude en het Oosterdel. Tussen de kernen liggen de polders van de Heerhugowaard en het Geestmerambacht.')
  d.kop(3, '2.2', 'Druk op de ruimte')
  d.p('Het omgevingseffectrapport laat zien dat er in het stedelijk gebied, in het landelijk gebied en daartussen veel druk op de ruimte ontstaat, door woningbouw, duurzame energie, landbouw, natuur en water.')

  d.kop(1, '2', 'Waar we naartoe gaan')
  d.kop(2, '3', 'Strategische keuzes')
  d.kop(3, '3.1', 'Vijf keuzes')
  d.p('We maken vijf strategische keuzes die samen het raamwerk van de visie vormen:')
  d.list(['Wonen in de hele gemeente', 'Werken en ondernemen', 'Een groen en blauw raamwerk', 'Bewegen en verbinden', 'Duurzaam en klimaatbestendig'], num, 'lst kopachtig')
  d.p('Hieronder werken we de keuzes uit. Bij iedere keuze geven we aan welke rol de gemeente neemt.')
  d.kop(3, '3.2', 'Wonen in de hele gemeente')
  d.kop(4, '3.2.1', 'Stedelijk wonen in Heerhugowaard')
  d.p('Rond het station en het stadshart van Heerhugowaard bouwen we in hogere dichtheden. Het stationsgebied wordt een levendig centrum met woningen, kantoren en voorzieningen.')
  d.kop(4, '3.2.2', 'Dorps wonen in de Langedijker kernen')
  d.p('In de dorpen van Langedijk bouwen we op kleine schaal, passend bij het historisch lint. Nieuwe woningen zijn vooral bedoeld voor jongeren en ouderen uit de eigen kern.')
  d.kop(3, '3.3', 'Werken en ondernemen')
  d.p(alinea('economie', 2, 'Dijk en Waard'))
  d.kop(3, '3.4', 'Een groen en blauw raamwerk')
  d.p('Het Geestmerambacht, de Braak en de polders vormen samen een groen-blauw raamwerk. We versterken de verbindingen tussen de kernen en dit raamwerk:')
  d.list(
    [
      { text: 'recreatieve routes voor', sub: ['wandelaars langs de dijken;', 'fietsers tussen de kernen en het Geestmerambacht.'] },
      'natuurvriendelijke oevers langs de vaarten;',
      'ruimte voor waterberging in de polders.',
    ],
    blok,
  )

  d.kop(1, '3', 'Hoe we het doen')
  d.kop(2, '4', 'Uitvoering')
  d.kop(3, '4.1', 'Programma’s')
  d.p(alinea('uitvoering', 0, 'Dijk en Waard'))
  d.kop(3, '4.2', 'Samen met inwoners')
  d.p('Met de campagne “Dijk en Waard kijkt verder” hebben inwoners, ondernemers en belanghebbenden via een app gereageerd op stellingen uit de visie. Die manier van samenwerken zetten we voort bij de uitwerking.')
  d.kop(3, '4.3', 'Actualisatie')
  d.p(alinea('uitvoering', 1, 'Dijk en Waard'))

  d.page('bijl')
  d.bijlage('A', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage A &nbsp;Geometrische informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['42%', '58%'])

  const hf = "font: italic 8.5pt 'Liberation Serif'; color: #555;"
  const spec: DocSpec = {
    id: 'h12',
    set: 'dev',
    bron: 'Bewerkt naar de (ontwerp) Strategische Omgevingsvisie Dijk en Waard richting 2047 en de achtergronden van de visie (samenvoeging van Heerhugowaard en Langedijk, druk op de ruimte uit het omgevingseffectrapport, campagne "Dijk en Waard kijkt verder"), ingekort; eigen opmaak: Liberation Serif 11 pt met DejaVu Sans-koppen, "Deel 1/2/3" boven hoofdstukken met het kale hoofdstuknummer op een eigen regel boven de titel, paragrafen "3.1" en "3.2.1", genummerde lijstitems die op koppen lijken, kopregel afwisselend links (even) en rechts (oneven), voettekst "- n -", raadsbesluit met "gelet op", "b e s l u i t :", Artikel 1–2, "Aldus vastgesteld in de openbare vergadering van …", handtekeningen in twee kolommen, "Bijlage 1 bij het raadsbesluit" (holdout)',
    bevoegdGezag: 'gm1980',
    naam: 'Gemeente Dijk en Waard',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Dijk en Waard tot vaststelling van de Strategische Omgevingsvisie Dijk en Waard',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Strategische Omgevingsvisie Dijk en Waard',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'strategische-omgevingsvisie', regeling: 'strategische-omgevingsvisie', doel: 'strategische-omgevingsvisie-2026' },
      datums: { vaststelling: '2026-02-19', ondertekening: '2026-02-19', bekendmaking: '2026-02-26', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1980',
      oin: '00000001000000019800',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [113000, 522000] },
    meubilair: ['^- \\d+ -$', '^Strategische omgevingsvisie \\| Dijk en Waard$'],
    title: 'Strategische Omgevingsvisie Dijk en Waard',
    css: `
@page { size: A4; margin: 24mm 22mm 24mm 22mm; }
@page std:left { @top-left { content: "Strategische omgevingsvisie | Dijk en Waard"; ${hf} } @bottom-center { content: "- " counter(page) " -"; ${hf} } }
@page std:right { @top-right { content: "Strategische omgevingsvisie | Dijk en Waard"; ${hf} } @bottom-center { content: "- " counter(page) " -"; ${hf} } }
@page bijl { @bottom-center { content: "- " counter(page) " -"; ${hf} } }
body { font: 11pt/1.4 'Liberation Serif', serif; }
p { margin: 0 0 2.6mm; text-align: justify; }
.gem { font: 13pt 'DejaVu Sans'; color: #0a6e5c; }
.nr { font: 9pt 'DejaVu Sans'; color: #666; }
.ttl { font: bold 13pt 'Liberation Serif'; margin: 6mm 0 6mm; text-align: left; }
.bs { margin: 5mm 0 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 6mm; }
.titel { padding-top: 50mm; break-after: page; }
.titel .bij { font: 10pt 'DejaVu Sans'; border-bottom: 0.5pt solid #0a6e5c; padding-bottom: 2mm; margin-bottom: 40mm; }
.titel .t1 { font: bold 27pt/1.15 'DejaVu Sans'; color: #0a6e5c; text-align: left; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
.deel { break-before: page; padding-top: 70mm; break-after: page; }
.deel p { font: 14pt 'DejaVu Sans'; color: #0a6e5c; margin: 0; }
.deel h1 { font: bold 28pt 'DejaVu Sans'; margin: 2mm 0 0; }
.hfd { break-before: page; margin-bottom: 6mm; }
.deel + .hfd { break-before: auto; }
.hfd .num { font: bold 40pt/1 'DejaVu Sans'; color: #9fd3c7; margin: 0 0 1mm; }
.hfd h2 { font: bold 18pt 'DejaVu Sans'; color: #0a6e5c; margin: 0; }
h3 { font: bold 12pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h4 { font: italic 11pt 'Liberation Serif'; margin: 3.5mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 3mm 3mm; }
.kopachtig .li { font: bold 11.5pt 'DejaVu Sans'; color: #0a6e5c; margin-bottom: 1.5mm; }
h1.bijl { font: bold 15pt 'DejaVu Sans'; color: #0a6e5c; }
table.gio { width: 100%; font-size: 9.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #0a6e5c; padding: 1mm; }
table.gio td { border-bottom: 0.4pt dotted #999; padding: 1mm; }
table.gio .gid { font: 8pt 'Liberation Mono'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
