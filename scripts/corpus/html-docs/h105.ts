/**
 * h105 — gemeente Heerlen (gm0917), holdout (session 12): a large gemeente in Parkstad Limburg (about 87.000
 * inwoners; the centrum with the Maankwartier and the Schinkelkwadrant, the stadsdelen Heerlen-Noord with
 * Hoensbroek and Heerlerheide, Heerlerbaan and Welten, the mijnverleden of the Oranje-Nassau mijnen, the
 * Brightlands Smart Services Campus, the Buitenring Parkstad, the Aambos, the Imstenraderbos, the Caumerbeek and
 * the Geleenbeek, the Brunssummerheide at its border). Content written for this corpus in the manner of
 * Parkstad-visies (krimp turned into quality, herstructurering of mijnwijken, a stad in het groen with the
 * beekdalen, work on the campus and in the centrum; samen with the Parkstad-gemeenten and Aken), shortened and in
 * our own words. Layout: 170 × 240 mm in DejaVu Serif 9 pt; the visie in TWO PARTS on part lines "Deel A — Koers"
 * and "Deel B — Stadsdelen" (level 1, nummer "A"/"B"), chapters "1" … "6" numbered on through both parts with
 * titles SET IN CAPITALS, sections "1.1", a fourth level "2.1.1"; footer "Omgevingsvisie Heerlen 2050 | pagina n"
 * centred; no table of contents; lists "–" and "1)"; a table; "De raad van de gemeente Heerlen;" with
 * "overwegende dat", "besluit:", Artikel I–III (a date); visie as "Bijlage 1"; the GIO overview as LINES
 * "naam: identificatie" in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0917', '2027', '2027-10-27', '1')
const GIOS = [
  gio('Gemeente Heerlen', 'gemeente-heerlen', [0, 0], 4),
  gio('Centrum Heerlen', 'centrum-heerlen', [0.2, 0.1], 0.6),
  gio('Beekdalen Caumerbeek en Geleenbeek', 'beekdalen-caumerbeek-geleenbeek', [-1.5, 1.5], 1.5),
  gio('Herstructureringsgebied Heerlen-Noord', 'herstructureringsgebied-heerlen-noord', [-1, 3.5], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel">Deel ${k.nummer} — ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="hn">${k.nummer}</span>${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3>${k.nummer} ${k.opschrift}</h3>`
        : `<h4>${k.nummer} ${k.opschrift}</h4>`
const streep: Marker[] = [{ glyph: '–' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Heerlen · raadsbesluit nr. 2027/RB/088</p>
<p class="ttl">Besluit van de raad van de gemeente Heerlen tot vaststelling van de Omgevingsvisie Heerlen 2050</p>
<p>De raad van de gemeente Heerlen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 september 2027;</p>
<p>overwegende dat de Omgevingswet de gemeente verplicht tot één omgevingsvisie voor het hele grondgebied en dat de visie is opgesteld met inwoners, ondernemers, de Parkstad-gemeenten en de Stadsregio Aken;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Heerlen 2050, opgenomen in bijlage 1, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>De werkingsgebieden van de visie zijn de geografische informatieobjecten in bijlage 2.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 december 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 27 oktober 2027.</p>
${handtekeningen(['de griffier,', 'drs. R. Tillie'], ['de voorzitter,', 'R.J.J. Wever'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit nr. 2027/RB/088</p>
<p class="t1">Omgevingsvisie Heerlen 2050</p>
<p class="t2">Een oude stad met een jong hart</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, 'A', 'Koers')
  d.kop(2, '1', 'INLEIDING')
  d.kop(3, '1.1', 'Voorwoord')
  d.p('<b>Heerlen 2050: Pionier in balans en bloei</b>')
  d.p('Heerlen is een unieke stad, met een inspirerend Romeins, middeleeuws en modern verleden, een veelbelovende toekomst, en veerkrachtige inwoners die soms dwars tegen de stroom in zichzelf en de stad vooruit stuwen. Dat is een bron van grote trots. En trots, zo gonst het van Heerlen-Noord tot Heerlen-Zuid, is de brandstof van onze inhaalrace.')
  d.p('Als de mijnsluitingen onze stad 50 jaar geleden een diepe sociaal-ruimtelijke wond toedienden, dan wordt de komende 25 jaar een periode van definitief herstel. Zichtbaar, voelbaar herstel.')
  d.kop(3, '1.2', 'Heerlen in 2050')
  d.p('Groenstructuren dragen het landschap dat Heerlen omringt de stad in, zodat de Brunssummerheide binnen handbereik voelt zodra je het Maankwartier uitloopt. Gemengde buurten zijn in balans; iedereen, van starter tot senior, vindt er een thuis.')
  d.kop(3, '1.3', 'Samen met de regio')
  d.list(['met de Parkstad-gemeenten voor wonen en landschap;', 'met de Stadsregio Aken over de grens;', 'met de provincie Limburg voor bereikbaarheid.'], streep)

  d.kop(2, '2', 'EEN GEZONDE EN GROENE STAD')
  d.p('Groen en water vormen het raamwerk van de stad.')
  d.kop(3, '2.1', 'Beekdalen')
  d.kop(4, '2.1.1', 'Caumerbeek')
  d.p('We geven de Caumerbeek meer ruimte, met wandelpaden tussen het Aambos en het centrum.')
  d.kop(4, '2.1.2', 'Geleenbeek')
  d.p('De Geleenbeek bij Hoensbroek wordt een groene verbinding richting de Brunssummerheide.')
  d.kop(3, '2.2', 'Gezond leven')
  d.p('We ontwerpen wijken die uitnodigen tot bewegen en ontmoeten.')

  d.kop(2, '3', 'WONEN MET KWALITEIT')
  d.p('Het aantal huishoudens blijft tot 2050 ongeveer gelijk. We bouwen dus vooral andere woningen, niet meer woningen.')
  d.kop(3, '3.1', 'Vervangen en verduurzamen')
  d.p('Bij herstructurering volgen we vier stappen:')
  d.list(['slopen wat niet meer past;', 'verduurzamen wat blijft;', 'bouwen voor ouderen en starters;', 'vergroenen wat vrijkomt.'], haak)
  d.kop(3, '3.2', 'Het centrum')
  d.p('Rond het Maankwartier en het Schinkelkwadrant komen woningen, cultuur en horeca.')
  d.table(['Stadsdeel', 'Sloop', 'Nieuwbouw', 'Saldo'], [
    ['Heerlen-Noord', '1.200', '900', '−300'],
    ['Heerlen-Centrum', '150', '700', '+550'],
    ['Heerlerbaan en Welten', '250', '300', '+50'],
  ], 'tbl', ['34%', '22%', '22%', '22%'])

  d.kop(2, '4', 'WERKEN EN BEREIKBAARHEID')
  d.kop(3, '4.1', 'Brightlands Smart Services Campus')
  d.p('De campus groeit uit tot een werkplek voor data en digitale dienstverlening.')
  d.kop(3, '4.2', 'Buitenring en spoor')
  d.p('De Buitenring Parkstad ontlast de wijken; een intercity verbindt eindelijk Eindhoven en Aken.')

  d.kop(1, 'B', 'Stadsdelen')
  d.kop(2, '5', 'HEERLEN-NOORD')
  d.p('Hoensbroek en Heerlerheide vragen de grootste inzet.')
  d.kop(3, '5.1', 'Hoensbroek')
  d.p('Rond Kasteel Hoensbroek versterken we het dorpse centrum.')
  d.kop(3, '5.2', 'Heerlerheide en Passart')
  d.p('Hier herstructureren we mijnwijken tot groene woonbuurten. De Sibelco-groeves worden een natuur- en recreatiegebied: de groen-blauwe poort van Heerlen-Noord.')
  d.kop(2, '6', 'HEERLEN-CENTRUM EN ZUID')
  d.kop(3, '6.1', 'Centrum')
  d.p('Een compact centrum met meer groen en minder winkels.')
  d.kop(3, '6.2', 'Heerlerbaan en Welten')
  d.p('Rustige woonwijken aan de rand van het landschap.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 — Werkingsgebieden</h2>')
  d.p('Bij deze omgevingsvisie horen de volgende werkingsgebieden:')
  d.gioRegels(GIOS, ': ')

  const hd = "font: 7.5pt 'DejaVu Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h105',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van Heerlen over de "Omgevingsvisie Heerlen 2050 - Een oude stad met een jong hart" (voorwoord "Heerlen 2050: Pionier in balans en bloei", de inhaalrace na de mijnsluitingen, de Brunssummerheide binnen handbereik vanaf het Maankwartier, de Sibelco-groeves als groen-blauwe poort, een intercity Eindhoven–Aken; verder Hoensbroek, Heerlerheide, Heerlerbaan, Welten, Brightlands Smart Services Campus, Buitenring Parkstad, Caumerbeek en Geleenbeek), hier als visie vastgesteld in 2027, ingekort en deels in eigen woorden; eigen opmaak: 170 × 240 mm in DejaVu Serif 9 pt, de visie in TWEE DELEN met deelregels "Deel A — Koers" en "Deel B — Stadsdelen" (niveau 1, nummer "A"/"B"), hoofdstukken "1" … "6" doorgenummerd met titels IN HOOFDLETTERS, paragrafen "1.1" en een vierde niveau "2.1.1", voettekst "Omgevingsvisie Heerlen 2050 | pagina n", geen inhoudsopgave, lijsten "–" en "1)", een tabel, raadsbesluit met "overwegende dat", "besluit:", Artikel I–III (datum), visie als "Bijlage 1", GIO-overzicht als regels "naam: identificatie" in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0917',
    naam: 'Gemeente Heerlen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Heerlen tot vaststelling van de Omgevingsvisie Heerlen 2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2027-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Heerlen 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-heerlen-2050', regeling: 'omgevingsvisie-heerlen-2050', doel: 'omgevingsvisie-heerlen-2050' },
      datums: { vaststelling: '2027-10-27', ondertekening: '2027-10-27', bekendmaking: '2027-11-03', inwerkingtreding: '2027-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0917',
      oin: '00000001000000917000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [197000, 322000] },
    meubilair: ['^Omgevingsvisie Heerlen 2050 \\| pagina \\d+$'],
    title: 'Omgevingsvisie Heerlen 2050',
    css: `
@page { size: 170mm 240mm; margin: 18mm 16mm 20mm 18mm; }
@page visie { @bottom-center { content: "Omgevingsvisie Heerlen 2050 | pagina " counter(page); ${hd} } }
@page bijl { @bottom-center { content: "Omgevingsvisie Heerlen 2050 | pagina " counter(page); ${hd} } }
body { font: 9pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: 7.5pt 'DejaVu Sans'; color: #7A1F3D; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; }
.titel .t0 { font: 8pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 22pt 'DejaVu Sans'; color: #7A1F3D; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
h1.deel { font: 11pt 'DejaVu Sans'; letter-spacing: 0.5pt; color: #7A1F3D; border-top: 1.2pt solid #7A1F3D; border-bottom: 0.5pt solid #7A1F3D; padding: 1.5mm 0; margin: 6mm 0 3mm; break-after: avoid; }
h1.deel:not(:first-child) { break-before: page; }
h2 { font: bold 14pt 'DejaVu Sans'; text-transform: uppercase; color: #7A1F3D; margin: 7mm 0 3mm; break-after: avoid; }
h2 .hn { display: inline-block; min-width: 9mm; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 4mm 0 1.2mm; break-after: avoid; }
h4 { font: italic 9pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; border-collapse: collapse; font-size: 8pt; margin: 2mm 0 4mm; }
table.tbl th { border-bottom: 1pt solid #7A1F3D; text-align: left; padding: 1mm; font-family: 'DejaVu Sans'; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
h2.bijl { text-transform: none; }
p.gioregel { font-size: 8pt; margin-bottom: 1.5mm; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
