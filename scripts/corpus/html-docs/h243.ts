/**
 * h243 — gemeente Stein (gm0971), holdout (session 14): the Zuid-Limburgse Maasgemeente of some 24.000 inwoners
 * with the kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers and Nieuwdorp, the Maas and the Julianakanaal,
 * Kasteel Elsloo and the Bosberg, and Chemelot across the A2 as neighbour. Outline, title ("Omgevingsvisie Gemeente
 * Stein 2040", "Eigenzinnig dorps wonen in de Maasvallei") and header after the real "Omgevingsvisie Gemeente Stein
 * 2040" of March 2022 as found with `search` (its table of contents on issuu): parts "Deel 1 / Algemeen" and "Deel 2 /
 * Omgevingsvisie" (level 1, nummer "1"/"2"), chapters "Hoofdstuk 1" … "Hoofdstuk 5" numbered through (level 2),
 * sections "1.1" (level 3), a fourth level "1.3.1", "4.2.1"; the headings "Wat is onze ambitie?" / "Wat is nodig?"
 * repeat per chapter. The text is shortened and in our own words, set as a visie of 2028. Layout: Chromium, A5
 * portrait, P052 9 pt with Nimbus Sans Narrow headings; a PART TITLE PAGE per Deel and a CHAPTER TITLE PAGE per
 * chapter ("Hoofdstuk 1" above the title); no table of contents; header "Gemeente Stein / Omgevingsvisie 2040",
 * footer "– n –" on the OUTER side; lists "■" and "a."; a table; raadsbesluit with titled artikelen "Artikel 1.
 * Vaststelling" … "Artikel 3. Inwerkingtreding"; GIO table in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0971', '2028', '2028-03-09', '1')
const GIOS: Gio[] = [
  gio('Gemeente Stein', 'gemeente-stein', [0, 0], 3),
  gio('Maasvallei', 'maasvallei', [-1.5, 0], 1),
  gio('Haven Stein', 'haven-stein', [-0.6, -0.8], 0.3),
  gio('Bosberg en Kasteel Elsloo', 'bosberg-kasteel-elsloo', [-0.8, 1.5], 0.4),
  gio('Steinerbos', 'steinerbos', [0.5, -0.5], 0.4),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="dl">Deel ${k.nummer} /</span> <span class="tt">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2><span class="nr">Hoofdstuk ${k.nummer}</span><span class="tt">${k.opschrift}</span></h2>`
      : `<h${k.niveau}>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h${k.niveau}>`

const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]

// The outline of the real "Omgevingsvisie Gemeente Stein 2040" (March 2022): parts "Deel 1 / Algemeen" and
// "Deel 2 / Omgevingsvisie" with chapters "Hoofdstuk 1" … numbered through, sections "1.1", a level "1.3.1".
const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Algemeen'],
  [2, '1', 'De Omgevingsvisie (wettelijk kader)'],
  [3, '1.1', 'De Omgevingswet'],
  [3, '1.2', 'De Omgevingsvisie als instrument'],
  [3, '1.3', 'De Nationale Omgevingsvisie (NOVI)'],
  [4, '1.3.1', 'NOVI-gebied Zuid-Limburg'],
  [3, '1.4', 'Omgevingsvisie Provincie Limburg'],
  [2, '2', 'De Omgevingsvisie van de gemeente Stein'],
  [3, '2.1', 'Proces totstandkoming Omgevingsvisie'],
  [3, '2.2', 'Context Omgevingsvisie'],
  [1, '2', 'Omgevingsvisie'],
  [2, '3', 'Hoofdlijnen van de kwaliteit van de fysieke leefomgeving'],
  [3, '3.1', 'Zes kernen tussen Maas en plateau'],
  [3, '3.2', 'Erfgoed'],
  [2, '4', 'Sociale en vitale wijken en kernen'],
  [3, '4.1', 'Wat is onze ambitie?'],
  [3, '4.2', 'Wat is nodig?'],
  [4, '4.2.1', 'Afstemmen van de woonmilieus op de toekomstige (regionale) samenstelling van de bevolking'],
  [4, '4.2.2', 'Samenleven: ontmoeten & verbinden faciliteren en stimuleren'],
  [2, '5', 'Een veilige, gezonde en groene leefomgeving'],
  [3, '5.1', 'Wat is onze ambitie?'],
  [3, '5.2', 'Wat is nodig?'],
  [4, '5.2.1', 'Bevorderen van een veilige leefomgeving'],
  [4, '5.2.2', 'Water en een veilige, gezonde en groene leefomgeving'],
  [4, '5.2.3', 'Een klimaatbestendig Stein'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (niveau: number, nr: string) => {
    const k = KOPPEN.find(([l, n]) => l === niveau && n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  const H = (niveau: number, nr: string) => {
    d.page('hfst')
    K(niveau, nr)
    d.page('std')
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de raad van de gemeente Stein tot vaststelling van de Omgevingsvisie Gemeente Stein 2040</p>
<p>De raad van de gemeente Stein;</p>
<p>gezien het voorstel van burgemeester en wethouders van 23 januari 2028, kenmerk 2028/0034;</p>
<p>overwegende dat de gemeenteraad op grond van de Omgevingswet een omgevingsvisie vaststelt voor het hele grondgebied; dat het ontwerp van de Omgevingsvisie Gemeente Stein 2040 van 14 september tot en met 25 oktober 2027 ter inzage heeft gelegen; dat vijftien zienswijzen zijn ontvangen die zijn beantwoord in de Nota van beantwoording;</p>
<p>gelet op artikel 3.1 en artikel 16.25 van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1. Vaststelling</p>
<p>De Omgevingsvisie Gemeente Stein 2040, bestaande uit de tekst en de geografische informatieobjecten die in bijlage I zijn genoemd, wordt vastgesteld.</p>
<p class="art">Artikel 2. Intrekking</p>
<p>De Ruimtelijke Structuurvisie Stein 2015–2025 wordt ingetrokken.</p>
<p class="art">Artikel 3. Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 3 april 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 9 maart 2028.</p>
${handtekeningen(['De griffier,', 'drs. M.A.J. Cremers'], ['De voorzitter,', 'mr. S.L.M. Pfeil'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Gemeente Stein 2040</p><p class="t2">Eigenzinnig dorps wonen in de Maasvallei</p></div>')
  d.enter('visie')

  d.page('hfst')
  K(1, '1')
  H(2, '1')
  K(3, '1.1')
  d.p('De Omgevingswet bundelt en vereenvoudigt de wetten voor de fysieke leefomgeving. Zij vraagt van de gemeente één omgevingsvisie, een omgevingsplan en waar nodig programma’s.')
  K(3, '1.2')
  d.p('De omgevingsvisie is een integrale visie voor de lange termijn op de hele fysieke leefomgeving. Zij bindt alleen de gemeente zelf.')
  K(3, '1.3')
  d.p('De Nationale Omgevingsvisie geeft de koers van het Rijk. Voor ons zijn vooral de keuzes over klimaat, energie en een gezonde leefomgeving van belang.')
  K(4, '1.3.1')
  d.p('Zuid-Limburg is een NOVI-gebied. Rijk, provincie en gemeenten werken samen aan de sociaaleconomische structuur, de grensligging en de leefbaarheid.')
  K(3, '1.4')
  d.p('De Omgevingsvisie Limburg geeft de provinciale kaders, onder meer voor het Nationaal Landschap Zuid-Limburg en de Maasvallei.')
  H(2, '2')
  K(3, '2.1')
  d.p('In 2026 en 2027 spraken wij met inwoners, ondernemers en partners. Dat gebeurde op verschillende manieren:')
  d.list(['een ‘visiebus’ die alle kernen aandeed;', 'werksessies met dorpsraden en verenigingen;', 'gesprekken met Waterschap Limburg, Rijkswaterstaat, de provincie en Chemelot.'], abc)
  K(3, '2.2')
  d.p('De omgevingsvisie bouwt voort op de strategische toekomstvisie van Stein en werkt door in programma’s en in het omgevingsplan, dat wij gebiedsgericht opstellen voor de woonkernen, het buitengebied, de bedrijventerreinen en Chemelot.')

  d.page('hfst')
  K(1, '2')
  H(2, '3')
  K(3, '3.1')
  d.p('Stein bestaat uit de kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers en Nieuwdorp, op de overgang van de Maasvallei naar het Centraal Plateau. De terrasranden met hellingbossen zijn beeldbepalend.')
  d.list(['de Grensmaas met grindoevers en natuur;', { text: 'de hellingbossen', sub: ['de Bosberg bij Elsloo;', 'de helling bij Stein.'] }, 'het open plateau met akkers.'], blok)
  K(3, '3.2')
  d.p('Kasteel Elsloo, de ruïne van het kasteel van Stein, de Romeinse resten en het Oude Dorp van Urmond zijn waardevol erfgoed.')
  H(2, '4')
  K(3, '4.1')
  d.p('Wij willen sociale en vitale wijken en kernen, waar inwoners trots zijn op hun eigen(zinnige) identiteit en zelf actief bijdragen.')
  K(3, '4.2')
  K(4, '4.2.1')
  d.p('Wij bouwen tot 2040 vooral voor ouderen en starters, binnen de bestaande kernen.')
  d.table(['Kern', 'Huishoudens 2026', 'Bouwopgave tot 2040'], [
    ['Stein', '5.300', '350'],
    ['Elsloo', '2.900', '150'],
    ['Urmond', '1.700', '100'],
    ['Berg aan de Maas', '1.200', '50'],
  ], 'tbl', ['40%', '30%', '30%'])
  K(4, '4.2.2')
  d.p('Ontmoetingsplekken in de kernen faciliteren en stimuleren wij, samen met verenigingen en vrijwilligers.')
  H(2, '5')
  K(3, '5.1')
  d.p('Een veilige, gezonde en groene leefomgeving, met schone lucht, weinig geluid en veilig verkeer.')
  K(3, '5.2')
  K(4, '5.2.1')
  d.p('Chemelot ligt direct aan onze oostgrens. Wij werken met de provincie aan veilige afstanden en minder hinder.')
  K(4, '5.2.2')
  d.p('De overstroming van juli 2021 heeft laten zien hoe kwetsbaar de Maasvallei is. Wij geven de rivier ruimte en versterken de keringen samen met het waterschap.')
  K(4, '5.2.3')
  d.p('Wij vergroenen de kernen en houden regenwater vast op het plateau.')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl">Bijlage I – Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 7.5pt 'Nimbus Sans Narrow'; color: #555;"
  const spec: DocSpec = {
    id: 'h243',
    set: 'holdout',
    bron: 'Opbouw, titel ("Omgevingsvisie Gemeente Stein 2040", "Eigenzinnig dorps wonen in de Maasvallei") en koptekst naar de echte Omgevingsvisie Gemeente Stein 2040 van maart 2022 (inhoudsopgave: Deel 1 / Algemeen, Deel 2 / Omgevingsvisie, Hoofdstuk 1–5 doorlopend, "Wat is onze ambitie?" / "Wat is nodig?"), tekst ingekort en in eigen woorden (kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers en Nieuwdorp, Maasvallei, Kasteel Elsloo, Chemelot), als omgevingsvisie van 2028; eigen opmaak in Chromium: A5 staand, P052 9 pt met koppen in Nimbus Sans Narrow, deeltitelpagina\'s en hoofdstuktitelpagina\'s ("Hoofdstuk 1" boven de titel), paragrafen "1.1", vierde niveau "1.3.1", geen inhoudsopgave, koptekst "Gemeente Stein / Omgevingsvisie 2040", paginanummer aan de buitenkant, opsommingen "■" en "a.", een tabel, raadsbesluit met artikelen met titel ("Artikel 1. Vaststelling"), GIO-tabel in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0971',
    naam: 'Gemeente Stein',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Stein tot vaststelling van de Omgevingsvisie Gemeente Stein 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-04-03',
    },
    visieOpschrift: 'Omgevingsvisie Gemeente Stein 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-stein', regeling: 'omgevingsvisie-stein', doel: 'omgevingsvisie-stein' },
      datums: { vaststelling: '2028-03-09', ondertekening: '2028-03-09', bekendmaking: '2028-03-22', inwerkingtreding: '2028-04-03' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0971',
      oin: '00000001000000009710',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [180000, 331000] },
    meubilair: ['^Gemeente Stein / Omgevingsvisie 2040$', '^– \\d+ –$'],
    title: 'Omgevingsvisie Stein',
    css: `
@page { size: A5; margin: 16mm 14mm 16mm 14mm; @top-left { content: "Gemeente Stein / Omgevingsvisie 2040"; ${ft} } }
@page :right { @bottom-right { content: "– " counter(page) " –"; ${ft} } }
@page :left { @bottom-left { content: "– " counter(page) " –"; ${ft} } }
@page eerste { @top-left { content: none; } }
@page titel { @top-left { content: none; } @bottom-right { content: none; } @bottom-left { content: none; } }
@page hfst { @top-left { content: none; } }
.pg { break-before: page; }
body { font: 9pt/1.45 'P052', serif; color: #222; }
p { margin: 0 0 2mm; }
.ttl { font: bold 12pt 'Nimbus Sans Narrow'; color: #8b1a1a; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font: bold 9pt 'Nimbus Sans Narrow'; letter-spacing: 1pt; }
.art { font: bold 9pt 'Nimbus Sans Narrow'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 50mm 0 0 0; }
.titel .t1 { font: bold 24pt 'Nimbus Sans Narrow'; color: #8b1a1a; }
.titel .t2 { font: 12pt 'P052'; }
h1 { margin: 60mm 0 0; font: bold 26pt 'Nimbus Sans Narrow'; color: #8b1a1a; }
h2 { margin: 45mm 0 0; }
h2 .nr { display: block; font: bold 14pt 'Nimbus Sans Narrow'; color: #8b1a1a; }
h2 .tt { display: block; font: bold 18pt 'Nimbus Sans Narrow'; border-top: 1.5pt solid #8b1a1a; padding-top: 3mm; }
h3 { font: bold 11pt 'Nimbus Sans Narrow'; color: #8b1a1a; margin: 4mm 0 1.5mm; break-after: avoid; }
h4 { font: italic bold 9.5pt 'Nimbus Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8pt 'Nimbus Sans Narrow'; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #8b1a1a; padding: 0.8mm 1.2mm; text-align: left; }
table.tbl th { background: #f3dede; }
.bijl { font: bold 12pt 'Nimbus Sans Narrow'; color: #8b1a1a; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 7.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1mm; text-align: left; vertical-align: top; }
.gid { font: 6.5pt 'Nimbus Mono PS'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
