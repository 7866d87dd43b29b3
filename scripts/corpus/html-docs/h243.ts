/**
 * h243 — gemeente Stein (gm0971), holdout (session 14): the Zuid-Limburgse Maasgemeente of some 24.000 inwoners
 * with the kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers and Nieuwdorp, the Maas and the Julianakanaal,
 * the haven of Stein, Kasteel Elsloo and the Bosberg, the Steinerbos, the Maasplassen, and Chemelot across the A2
 * as neighbour. Content after the public descriptions of the gemeente and the Grensmaas, here as an omgevingsvisie
 * of 2028, shortened and in our own words. Layout: Chromium, A5 portrait, P052 9 pt with Nimbus Sans Narrow
 * headings; CHAPTER TITLE PAGES with a big number and the title typed in capitals ("1" / "STEIN AAN DE MAAS"),
 * sections "1.1", a third level "3.2.1"; no table of contents; header "Omgevingsvisie Stein" left on even and odd
 * pages alike, footer "n" outer; lists "■" and "a."; a table; raadsbesluit with titled artikelen "Artikel 1.
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
    ? `<h1><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : `<h${k.niveau}>${k.nummer}&nbsp;&nbsp;${k.opschrift}</h${k.niveau}>`

const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'STEIN AAN DE MAAS'],
  [2, '1.1', 'Aanleiding en doel'],
  [2, '1.2', 'Reikwijdte'],
  [2, '1.3', 'Proces'],
  [1, '2', 'DE KERNEN EN HET LANDSCHAP'],
  [2, '2.1', 'Zes kernen'],
  [2, '2.2', 'Maasvallei en plateau'],
  [2, '2.3', 'Erfgoed'],
  [1, '3', 'OPGAVEN EN KEUZES'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Werken'],
  [3, '3.2.1', 'Haven en industrie'],
  [3, '3.2.2', 'Chemelot als buur'],
  [2, '3.3', 'Klimaat en water'],
  [3, '3.3.1', 'Hoogwater'],
  [3, '3.3.2', 'Hitte en droogte'],
  [2, '3.4', 'Gezondheid en veiligheid'],
  [2, '3.5', 'Energie'],
  [1, '4', 'UITVOERING'],
  [2, '4.1', 'Instrumenten'],
  [2, '4.2', 'Samenwerking'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  const H = (nr: string) => {
    d.page('hfst')
    K(nr)
    d.page('std')
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de raad van de gemeente Stein tot vaststelling van de Omgevingsvisie Stein</p>
<p>De raad van de gemeente Stein;</p>
<p>gezien het voorstel van burgemeester en wethouders van 23 januari 2028, kenmerk 2028/0034;</p>
<p>overwegende dat de gemeenteraad op grond van de Omgevingswet een omgevingsvisie vaststelt voor het hele grondgebied; dat het ontwerp van de Omgevingsvisie Stein van 14 september tot en met 25 oktober 2027 ter inzage heeft gelegen; dat vijftien zienswijzen zijn ontvangen die zijn beantwoord in de Nota van beantwoording;</p>
<p>gelet op artikel 3.1 en artikel 16.25 van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1. Vaststelling</p>
<p>De Omgevingsvisie Stein, bestaande uit de tekst en de geografische informatieobjecten die in bijlage I zijn genoemd, wordt vastgesteld.</p>
<p class="art">Artikel 2. Intrekking</p>
<p>De Structuurvisie Stein 2030 en de Landschapsvisie Stein worden ingetrokken.</p>
<p class="art">Artikel 3. Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 3 april 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 9 maart 2028.</p>
${handtekeningen(['De griffier,', 'drs. M.A.J. Cremers'], ['De voorzitter,', 'mr. S.L.M. Pfeil'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Stein</p><p class="t2">Leven tussen Maas en plateau</p></div>')
  d.enter('visie')

  H('1')
  K('1.1')
  d.p('De gemeente Stein stelt met deze omgevingsvisie haar koers vast voor de fysieke leefomgeving tot 2040. De visie brengt eerder beleid samen en maakt keuzes waar belangen botsen.')
  K('1.2')
  d.p('De visie gaat over het hele grondgebied, van de Maasoever bij Urmond tot het plateau bij Nieuwdorp. Zij bindt alleen de gemeente.')
  K('1.3')
  d.p('In 2026 en 2027 spraken wij met inwoners, ondernemers en partners. Dat gebeurde op verschillende manieren:')
  d.list(['een ‘visiebus’ die alle kernen aandeed;', 'werksessies met dorpsraden en verenigingen;', 'gesprekken met Waterschap Limburg, Rijkswaterstaat, de provincie en Chemelot.'], abc)

  H('2')
  K('2.1')
  d.p('Stein bestaat uit de kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers en Nieuwdorp. Elke kern heeft een eigen verhaal: Elsloo als schippersdorp, Urmond met zijn stadsrechten, Stein rond de Steinerbos en de haven.')
  K('2.2')
  d.p('De gemeente ligt op de overgang van de Maasvallei naar het Centraal Plateau. De terrasranden met hellingbossen zijn beeldbepalend.')
  d.list(['de Grensmaas met grindoevers en natuur;', { text: 'de hellingbossen', sub: ['de Bosberg bij Elsloo;', 'de helling bij Stein.'] }, 'het open plateau met akkers.'], blok)
  K('2.3')
  d.p('Kasteel Elsloo, de ruïne van het kasteel van Stein, de Romeinse resten en het Oude Dorp van Urmond zijn waardevol erfgoed.')

  H('3')
  K('3.1')
  d.p('Wij bouwen tot 2040 vooral voor ouderen en starters, binnen de bestaande kernen.')
  d.table(['Kern', 'Huishoudens 2026', 'Bouwopgave tot 2040'], [
    ['Stein', '5.300', '350'],
    ['Elsloo', '2.900', '150'],
    ['Urmond', '1.700', '100'],
    ['Berg aan de Maas', '1.200', '50'],
  ], 'tbl', ['40%', '30%', '30%'])
  K('3.2')
  K('3.2.1')
  d.p('De haven van Stein en de bedrijventerreinen langs het Julianakanaal zijn belangrijk voor de werkgelegenheid.')
  K('3.2.2')
  d.p('Chemelot ligt direct aan onze oostgrens. Wij werken met de provincie aan veilige afstanden en minder hinder.')
  K('3.3')
  K('3.3.1')
  d.p('De overstroming van juli 2021 heeft laten zien hoe kwetsbaar de Maasvallei is. Wij geven de rivier ruimte en versterken de keringen samen met het waterschap.')
  K('3.3.2')
  d.p('Wij vergroenen de kernen en houden regenwater vast op het plateau.')
  K('3.4')
  d.p('Een gezonde leefomgeving met schone lucht, weinig geluid en veilig verkeer is voor ons uitgangspunt.')
  K('3.5')
  d.p('Wij willen de warmte van Chemelot benutten voor de kernen en leggen zonnepanelen op daken.')

  H('4')
  K('4.1')
  d.p('De visie werkt door in het omgevingsplan en in programma’s voor wonen, klimaat en de Maasoever.')
  K('4.2')
  d.p('Wij werken samen in de regio Westelijke Mijnstreek en met onze Belgische buren aan de overkant van de Maas.')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl">Bijlage I – Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const ft = "font: 7.5pt 'Nimbus Sans Narrow'; color: #555;"
  const spec: DocSpec = {
    id: 'h243',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Stein (kernen Stein, Elsloo, Urmond, Berg aan de Maas, Meers en Nieuwdorp, de Maas en het Julianakanaal, de haven, Kasteel Elsloo en de Bosberg, de Steinerbos, Chemelot als buur) en de Grensmaas, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A5 staand, P052 9 pt met koppen in Nimbus Sans Narrow, hoofdstuktitelpagina\'s met groot nummer en titel in hoofdletters getypt, paragrafen "1.1", derde niveau "3.2.1", geen inhoudsopgave, koptekst, paginanummer aan de buitenkant, opsommingen "■" en "a.", een tabel, raadsbesluit met artikelen met titel ("Artikel 1. Vaststelling"), GIO-tabel in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0971',
    naam: 'Gemeente Stein',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Stein tot vaststelling van de Omgevingsvisie Stein',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-04-03',
    },
    visieOpschrift: 'Omgevingsvisie Stein',
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
    meubilair: ['^Stein · omgevingsvisie 2040$', '^– \\d+ –$'],
    title: 'Omgevingsvisie Stein',
    css: `
@page { size: A5; margin: 16mm 14mm 16mm 14mm; @top-left { content: "Stein · omgevingsvisie 2040"; ${ft} } }
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
h1 { margin: 45mm 0 0; }
h1 .nr { display: block; font: bold 60pt 'Nimbus Sans Narrow'; color: #8b1a1a; }
h1 .tt { display: block; font: bold 18pt 'Nimbus Sans Narrow'; letter-spacing: 0.5pt; border-top: 1.5pt solid #8b1a1a; padding-top: 3mm; }
h2 { font: bold 11pt 'Nimbus Sans Narrow'; color: #8b1a1a; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: italic bold 9.5pt 'Nimbus Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
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
