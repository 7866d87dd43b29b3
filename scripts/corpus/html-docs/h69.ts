/**
 * h69 — gemeente De Ronde Venen (gm0736), holdout (session 10): a gemeente of about 45.000 inwoners in the
 * veenweidegebied between Amsterdam and Utrecht. Content after the Omgevingsvisie De Ronde Venen 2040 as published
 * in the Gemeenteblad (gmb-2025-282832: the gemeente formed in 2011 from De Ronde Venen and Abcoude, turf diggers who
 * dug the area in circles and gave it its name, turfwinning and inpoldering, the agrarian villages, the maakindustrie
 * in Mijdrecht since the 1960s, eight villages each with its own identity, a central location with much space and
 * nature), shortened and partly in our own words, adopted here by the raad. Layout: A4 in DejaVu Sans 9.5 pt;
 * chapter headings with the title left and the chapter NUMBER RIGHT of it at the right margin in large type (a
 * careful reader sees "Veenweide en plassen … 3"), sections "3.1", sub-sections "3.1.1"; a table with merged header
 * cells (a header cell spanning two columns above "nu" and "2040", a row-spanning first header); a header with
 * "De Ronde Venen 2040" left and "versie vastgesteld 14 oktober 2027" right; a footer "n / m"; ■-lists, a list
 * "1." with "a)" items; an endnote after the last chapter; a raadsbesluit "De raad van de gemeente De Ronde Venen;" with "gelezen",
 * "gelet op", "b e s l u i t :", Artikel I–II, signatures in two columns; visie as "Bijlage A"; GIO table
 * Naam | Kaart | Identificatie (a map number column between naam and identifier) whose identifiers wrap.
 *
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0736', '2027', '2027-10-14', '1')
const GIOS = [
  { ...gio('Gemeente De Ronde Venen', 'gemeente-de-ronde-venen', [0, 0], 6), kaart: '1' },
  { ...gio('Kern Mijdrecht', 'kern-mijdrecht', [0, 0], 1), kaart: '2' },
  { ...gio('Kern Wilnis', 'kern-wilnis', [1.5, -1], 0.6), kaart: '2' },
  { ...gio('Kern Vinkeveen', 'kern-vinkeveen', [3, 1.5], 0.8), kaart: '2' },
  { ...gio('Kern Abcoude', 'kern-abcoude', [6, 6], 0.9), kaart: '2' },
  { ...gio('Kernen Baambrugge, Waverveen, Amstelhoek en De Hoef', 'kleine-kernen-baambrugge-waverveen-amstelhoek-de-hoef', [3, 3], 3), kaart: '2' },
  { ...gio('Vinkeveense Plassen', 'vinkeveense-plassen', [3.5, 0.5], 1.5), kaart: '3' },
  { ...gio('Veenweidegebied met bodemdaling', 'veenweidegebied-bodemdaling', [-2, 2], 4), kaart: '3' },
  { ...gio('Stelling van Amsterdam (Werelderfgoed)', 'stelling-van-amsterdam-werelderfgoed', [2, 5], 3), kaart: '3' },
  { ...gio('Bedrijventerrein Mijdrecht-Noord (Industrieweg)', 'bedrijventerrein-mijdrecht-noord', [0.5, 1], 0.6), kaart: '4' },
  { ...gio('Zoekgebied zonne-energie langs de N201', 'zoekgebied-zonne-energie-n201', [-1, -2], 1.5), kaart: '4' },
  { ...gio('Woningbouwlocatie Vinkeveen-Noord', 'woningbouwlocatie-vinkeveen-noord', [3.2, 2.2], 0.4), kaart: '4' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="t">${k.opschrift}</span><span class="n">${k.nummer}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const nr: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }]

const MERGED = `<table class="tbl m">
<thead><tr><th rowspan="2">Dorp</th><th colspan="2">Inwoners</th><th colspan="2">Woningen</th></tr>
<tr><th>nu</th><th>2040</th><th>nu</th><th>erbij tot 2040</th></tr></thead>
<tbody>
<tr><td>Mijdrecht</td><td>17.800</td><td>19.500</td><td>7.900</td><td>900</td></tr>
<tr><td>Vinkeveen</td><td>10.600</td><td>11.600</td><td>4.500</td><td>600</td></tr>
<tr><td>Abcoude</td><td>8.900</td><td>9.400</td><td>3.700</td><td>300</td></tr>
<tr><td>Wilnis</td><td>6.200</td><td>6.600</td><td>2.600</td><td>250</td></tr>
<tr><td>overige dorpen</td><td>2.100</td><td>2.300</td><td>850</td><td>100</td></tr>
</tbody></table>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente De Ronde Venen</p>
<p class="ttl">Besluit van de raad van de gemeente De Ronde Venen tot vaststelling van de Omgevingsvisie De Ronde Venen 2040</p>
<p>De raad van de gemeente De Ronde Venen;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 2 september 2027, nummer 2027-0388;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-omgevingsvisie met de Nota van Participatie en de plan-MER acht weken ter inzage heeft gelegen;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie De Ronde Venen 2040, zoals opgenomen in bijlage A bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 14 oktober 2027.</p>
${handtekeningen(['De griffier,', 'mr. E.J. Kruiswijk'], ['De voorzitter,', 'drs. M.J.M. Divendal'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage A bij het raadsbesluit van 14 oktober 2027</p>
<p class="t1">Omgevingsvisie De Ronde Venen 2040</p>
<p class="t2">Acht dorpen in het veen</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '1', 'Voorwoord en inleiding')
  d.p('Beste inwoners en ondernemers van De Ronde Venen,')
  d.p('Gemeente De Ronde Venen is in 2011 ontstaan uit een herindeling van de voormalige gemeente De Ronde Venen en de gemeente Abcoude. De geschiedenis van onze gemeente gaat terug naar een tijd waarin de streek uitsluitend werd bewoond door turfstekers, die in cirkels het gebied ontgonnen. Vandaar de naam De Ronde Venen.')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('Met deze visie leggen we vast hoe we onze leefomgeving tot 2040 willen ontwikkelen en beschermen. De visie vervangt de structuurvisies van de voormalige gemeenten.<sup>1</sup>')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('In 2024 en 2025 spraken we met inwoners, ondernemers, dorpsraden en partners. De ontwerp-visie lag met de Nota van Participatie en de plan-MER acht weken ter inzage.')

  d.kop(1, '2', 'Onze gemeente')
  d.kop(2, '2.1', 'Ontstaan uit het veen')
  d.p('Turfwinning was een belangrijke economische activiteit, waarbij veen werd afgegraven en gedroogd om als brandstof te dienen. Onze gemeente is landschappelijk gevormd door de turfwinning en de inpoldering die daarop volgde.')
  d.kop(2, '2.2', 'Acht dorpen')
  d.p('Vanouds hadden onze dorpen een agrarisch karakter. In de jaren zestig kwam de maakindustrie tot ontwikkeling, vooral in Mijdrecht. Verspreid in het veenweidegebied liggen acht dorpen, ieder met een eigen identiteit, en de gemeente is gegroeid tot ruim 45.000 inwoners.')
  d.raw(MERGED)
  d.tabellen++
  d.kop(2, '2.3', 'Tussen Amsterdam en Utrecht')
  d.p('We liggen centraal tussen Amsterdam en Utrecht, met veel ruimte en natuur. Door die ligging hebben we een aantrekkelijk vestigingsklimaat voor inwoners en bedrijven.')

  d.kop(1, '3', 'Veenweide en plassen')
  d.kop(2, '3.1', 'Bodemdaling')
  d.p('De veenbodem daalt. Samen met het waterschap en de provincie zoeken we naar manieren om de daling te remmen:')
  d.list(['hogere waterpeilen waar dat kan;', { text: 'andere vormen van landbouw, zoals:', sub: ['natte teelten;', 'extensieve veehouderij.'] }, 'geen nieuwe bebouwing op de slapste bodems.'], blok)
  d.kop(2, '3.2', 'De Vinkeveense Plassen')
  d.kop(3, '3.2.1', 'Recreatie')
  d.p('De plassen trekken in de zomer veel bezoekers. We willen de recreatie spreiden en de legakkers beschermen.')
  d.kop(3, '3.2.2', 'Natuur en waterkwaliteit')
  d.p('De waterkwaliteit van de plassen moet beter. Nieuwe ontwikkelingen aan de oevers dragen daaraan bij.')
  d.kop(2, '3.3', 'Stelling van Amsterdam')
  d.p('De forten en inundatievelden van de Stelling van Amsterdam zijn werelderfgoed. Nieuwe ontwikkelingen houden de openheid van het schootsveld in stand.')

  d.kop(1, '4', 'Wonen, werken en energie')
  d.kop(2, '4.1', 'Woningbouw')
  d.p('Tot 2040 bouwen we ruim 2.000 woningen. We kiezen daarbij in deze volgorde:')
  d.list(['bouwen binnen de bestaande dorpen;', { text: 'bouwen aan de randen van de grotere dorpen:', sub: ['Mijdrecht;', 'Vinkeveen-Noord.'] }, 'pas daarna nieuwe locaties in het buitengebied.'], nr)
  d.kop(2, '4.2', 'Werken')
  d.p('De bedrijventerreinen in Mijdrecht en Wilnis blijven belangrijk voor de maakindustrie. We vernieuwen ze en maken ze duurzamer.')
  d.kop(2, '4.3', 'Energie')
  d.p('Zon op daken gaat voor. Zonnevelden zijn mogelijk in het zoekgebied langs de N201, niet in het open veenweidegebied.')

  d.kop(1, '5', 'Uitvoering')
  d.p('De visie werkt door in het omgevingsplan en in programma’s. Elke vier jaar kijken we of de visie moet worden bijgesteld.')
  d.raw('<div class="fn"><p><sup>1</sup> De Structuurvisie De Ronde Venen 2030 en de Structuurvisie Abcoude golden tot nu toe naast elkaar.</p></div>')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Werkingsgebieden bij de omgevingsvisie</h2>')
  d.p('De werkingsgebieden zijn vastgelegd als geometrische informatieobjecten. De kolom Kaart verwijst naar het nummer van de kaart in de visie waarop het gebied is afgebeeld.')
  d.p('Kaart 1 toont het grondgebied, kaart 2 de dorpen, kaart 3 het landschap en kaart 4 de ontwikkellocaties. De begrenzing is indicatief.')
  d.p('Waar een werkingsgebied samenvalt met een gebied dat het Rijk of de provincie Utrecht heeft aangewezen, zoals de Stelling van Amsterdam, volgt de visie die begrenzing.')
  d.gioTabelRows(GIOS, ['Naam', 'Kaart', 'Identificatie'], (g) => [g.naam, g.kaart, gidCell(g.identificatie, true)], 'gio', ['44%', '10%', '46%'])

  const hd = "font: 7.5pt 'DejaVu Sans'; color: #5b4a2f;"
  const spec: DocSpec = {
    id: 'h69',
    set: 'holdout',
    bron: 'Bewerkt naar de Omgevingsvisie De Ronde Venen 2040 zoals gepubliceerd in het Gemeenteblad (gmb-2025-282832: de gemeente ontstaan in 2011 uit De Ronde Venen en Abcoude, turfstekers die in cirkels het gebied ontgonnen, turfwinning en inpoldering, agrarische dorpen, maakindustrie in Mijdrecht sinds de jaren zestig, acht dorpen met een eigen identiteit, centrale ligging met veel ruimte en natuur), ingekort en deels in eigen woorden, hier vastgesteld door de raad; eigen opmaak: A4 in DejaVu Sans 9,5 pt, hoofdstukkoppen met de titel links en het hoofdstuknummer RECHTS in grote letters aan de rechtermarge, paragrafen "3.1", subparagrafen "3.1.1", tabel met samengevoegde kopcellen (colspan en rowspan), kopregel "De Ronde Venen 2040" links en "versie vastgesteld 14 oktober 2027" rechts, voettekst "n / m", ■-lijsten, lijst "1." met "a)"-items, een eindnoot na het laatste hoofdstuk, raadsbesluit met "De raad van de gemeente De Ronde Venen;", "gelezen", "gelet op", "b e s l u i t :", Artikel I–II, handtekeningen in twee kolommen, visie als "Bijlage A", GIO-tabel Naam | Kaart | Identificatie met afbrekende identificaties (holdout)',
    bevoegdGezag: 'gm0736',
    naam: 'Gemeente De Ronde Venen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente De Ronde Venen tot vaststelling van de Omgevingsvisie De Ronde Venen 2040',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie De Ronde Venen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-de-ronde-venen-2040', regeling: 'omgevingsvisie-de-ronde-venen-2040', doel: 'omgevingsvisie-de-ronde-venen-2040' },
      datums: { vaststelling: '2027-10-14', ondertekening: '2027-10-14', bekendmaking: '2027-10-20' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0736',
      oin: '00000001000000736000',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [124000, 471000] },
    meubilair: ['^De Ronde Venen 2040 versie vastgesteld 14 oktober 2027$', '^\\d+ / \\d+$'],
    title: 'Omgevingsvisie De Ronde Venen 2040',
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
@page std { @top-left { content: "De Ronde Venen 2040"; ${hd} } @top-right { content: "versie vastgesteld 14 oktober 2027"; ${hd} } @bottom-right { content: counter(page) " / " counter(pages); ${hd} } }
@page bijl { @top-left { content: "De Ronde Venen 2040"; ${hd} } @top-right { content: "versie vastgesteld 14 oktober 2027"; ${hd} } @bottom-right { content: counter(page) " / " counter(pages); ${hd} } }
body { font: 9.5pt/1.5 'DejaVu Sans', sans-serif; color: #2b2b2b; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'DejaVu Sans'; color: #5b4a2f; text-transform: lowercase; }
.ttl { font: bold 12pt 'DejaVu Serif'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font: 9pt 'DejaVu Sans'; color: #666; }
.titel .t1 { font: bold 26pt 'DejaVu Serif'; color: #5b4a2f; margin: 4mm 0; }
.titel .t2 { font: italic 14pt 'DejaVu Serif'; }
h1 { display: flex; justify-content: space-between; align-items: flex-end; font: bold 17pt 'DejaVu Serif'; color: #5b4a2f; border-bottom: 1.2pt solid #5b4a2f; padding-bottom: 1mm; margin: 9mm 0 4mm; break-after: avoid; }
h1 .n { font: bold 34pt 'DejaVu Sans'; color: #b89b6a; line-height: 1; }
h2 { font: bold 11.5pt 'DejaVu Sans'; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 10pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 1mm; }
.li .m { color: #5b4a2f; }
table.m { width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; }
table.m th { background: #efe6d4; border: 0.5pt solid #b89b6a; padding: 1mm 1.5mm; text-align: center; }
table.m td { border: 0.5pt solid #b89b6a; padding: 1mm 1.5mm; text-align: right; }
table.m td:first-child { text-align: left; }
sup { font-size: 6pt; }
.fn { margin-top: 10mm; border-top: 0.5pt solid #5b4a2f; width: 60mm; padding-top: 1mm; }
.fn p { width: 160mm; font-size: 7.5pt; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { font: bold 14pt 'DejaVu Serif'; color: #5b4a2f; }
table.gio { width: 100%; font-size: 9pt; margin-top: 3mm; }
table.gio th { text-align: left; border-bottom: 1pt solid #5b4a2f; padding: 1mm; }
table.gio td { padding: 2mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
table.gio tr { break-inside: avoid; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
