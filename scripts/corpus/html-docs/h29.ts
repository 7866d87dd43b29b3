/**
 * h29 — gemeente Texel (gm0448), holdout (session 6). Content after the Omgevingsvisie Texel 2050 (zeven dorpen,
 * Nationaal Park Duinen van Texel, Waddenzee, Hoge Berg, toerisme en het Toeristisch Toekomstplan, landbouw, energie),
 * shortened and in our own words. Layout: chapters "Hoofdstuk 0 – Titel" starting from 0, sections "§ 3.1 Titel" and
 * "3.1.1" (three levels), body pages in two columns, a numbered "1)"-list with –-items, a figure "Afbeelding 2:" drawn
 * as SVG, a table, footers that alternate between "n | Omgevingsvisie Texel 2050" on odd and "Omgevingsvisie Texel
 * 2050 | n" on even pages, a sentence on "Bijlage I bij het Besluit bouwwerken leefomgeving", a raadsbesluit with
 * "Besluit:" and beslispunten I.–II. only ("met ingang van 1 juli 2027"), the visie as "Bijlage 1" and the GIO list as "Bijlage 2" in
 * a three-column table (Naam | Identificatie | Toelichting).
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0448', '2027', '2027-03-24', '1', 'h29')
const GIOS: Array<Gio & { toelichting: string }> = [
  { ...gio('Dorpen van Texel', [0, 0], 3), toelichting: 'de bebouwde kommen van de zeven dorpen' },
  { ...gio('Nationaal Park Duinen van Texel', [-4, 2], 4), toelichting: 'duinen, Slufter, Mokbaai en bossen' },
  { ...gio('Hoge Berg', [1, -1], 1), toelichting: 'keileemopduiking met tuinwallen en schapenboeten' },
  { ...gio('Waddenkust', [5, 1], 5), toelichting: 'dijk, buitendijkse kwelders en het havengebied van Oudeschild' },
  { ...gio('Polders Eierland en Prins Hendrik', [3, 8], 3), toelichting: 'open polderlandschap en akkerbouw' },
  { ...gio('Zoekgebied zonne-energie', [2, -6], 1.2), toelichting: 'alleen zon op daken en bij bedrijventerreinen' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Hoofdstuk ${k.nummer} – ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>§ ${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const haak: Marker[] = [{ counter: '1', suffix: ')' }, { glyph: '–' }]

const H: Array<[string, string, Array<[string, string, number]>]> = [
  ['0', 'Voorwoord', []],
  ['1', 'Texel in 2050', [['1.1', 'Wat de visie is', 2], ['1.2', 'Hoe de visie tot stand kwam', 2]]],
  ['2', 'Wonen en leefbaarheid', [['2.1', 'Zeven dorpen', 2], ['2.1.1', 'Den Burg', 3], ['2.1.2', 'De kleinere dorpen', 3], ['2.2', 'Woningen voor Texelaars', 2]]],
  ['3', 'Landschap, natuur en water', [['3.1', 'Duinen en Waddenkust', 2], ['3.1.1', 'Nationaal Park', 3], ['3.2', 'Het agrarisch landschap', 2], ['3.3', 'Water en klimaat', 2]]],
  ['4', 'Toerisme en economie', [['4.1', 'Balans in het toerisme', 2], ['4.2', 'Landbouw, visserij en bedrijvigheid', 2], ['4.3', 'Energie', 2]]],
  ['5', 'Uitvoering', []],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="wap">GEMEENTE TEXEL</p>
<p class="ttl">Besluit van de gemeenteraad van Texel tot vaststelling van de Omgevingsvisie Texel 2050</p>
<p>De raad van de gemeente Texel;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 13 februari 2027, nummer 2027-008;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Texel 2050 van 3 oktober tot en met 14 november 2026 ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<table class="bp"><tr><td>I.</td><td>de Omgevingsvisie Texel 2050, zoals opgenomen in Bijlage 1, met de geometrische informatieobjecten zoals opgenomen in Bijlage 2, vast te stellen;</td></tr>
<tr><td>II.</td><td>te bepalen dat dit besluit in werking treedt met ingang van 1 juli 2027.</td></tr></table>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Texel, gehouden op 24 maart 2027.</p>
${handtekeningen(['de griffier,', 'mr. L.M. Witte'], ['de voorzitter,', 'M. Pol'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 24 maart 2027</p>
<svg width="60mm" height="30mm" viewBox="0 0 120 60" xmlns="http://www.w3.org/2000/svg"><path d="M20 55 C 10 30, 30 5, 55 8 C 80 10, 100 30, 95 52 Z" fill="#d8c79a" stroke="#2a5d6b" stroke-width="1.2"/></svg>
<p class="t1">Omgevingsvisie Texel 2050</p>
<p class="t2">De toekomst van Texel is van ons samen</p>
</div>`)
  d.page('std').enter('visie')
  d.raw('<div class="cols">')

  const T: Record<string, () => void> = {
    '0': () => d.ps(
      'Texel is een eiland om zuinig op te zijn. Wij wonen, werken en recreëren op een plek die voor meer dan de helft uit natuur bestaat. Deze visie is gemaakt met de inwoners van de zeven dorpen: wat zij belangrijk vinden, staat erin.',
      'De visie kijkt ver vooruit, tot 2050. Niet alles wat erin staat, gebeurt morgen. Zij geeft richting aan de keuzes die wij de komende jaren maken.',
    ),
    '1': () => d.p('In 2050 is Texel nog steeds een eiland met een eigen karakter: open landschap, levendige dorpen, gastvrij voor bezoekers en goed voor de mensen die er wonen.'),
    '1.1': () => d.p('De omgevingsvisie is een strategische visie voor de lange termijn. Zij bindt de gemeente zelf. De regels staan in het omgevingsplan; begrippen uit Bijlage I bij het Besluit bouwwerken leefomgeving gebruiken wij in dezelfde betekenis.'),
    '1.2': () => {
      d.p('De visie kwam in drie fasen tot stand:')
      d.list(
        [
          { text: 'ophalen:', sub: ['een ansichtkaart aan alle inwoners;', 'een toer langs de zeven dorpen.'] },
          'twee toekomstbeelden, besproken op inloopavonden;',
          'het ontwerp van de visie, met zienswijzen.',
        ],
        haak,
      )
    },
    '2': () => d.p('Texel telt ongeveer 13.700 inwoners. De bevolking vergrijst en jongeren vertrekken voor studie en werk. Wij willen dat de dorpen levendig blijven.'),
    '2.1': () => d.p('Ieder dorp heeft een eigen karakter en een eigen rol.'),
    '2.1.1': () => d.p('Den Burg is het hart van het eiland, met winkels, zorg, onderwijs en het gemeentehuis. Hier bouwen wij de meeste woningen.'),
    '2.1.2': () => d.p('De Koog, Den Hoorn, Oudeschild, Oosterend, De Cocksdorp en De Waal houden hun eigen voorzieningen zo lang het kan. Nieuwe woningen passen in het dorpsgezicht.'),
    '2.2': () => {
      d.p('Woningen zijn er voor Texelaars en voor mensen die op Texel werken. Wij gaan tweede woningen en verhuur aan toeristen in de woningvoorraad tegen.')
      d.table(
        ['Dorp', 'Woningen tot 2035', 'Doelgroep'],
        [
          ['Den Burg', '± 350', 'starters, ouderen'],
          ['De Koog en De Cocksdorp', '± 120', 'werknemers toerisme'],
          ['Overige dorpen', '± 130', 'eigen inwoners'],
        ],
        'tbl',
        ['40%', '28%', '32%'],
      )
    },
    '3': () => d.p('Het landschap is het kapitaal van Texel. Duinen, bossen, polders, de Hoge Berg en de Waddenkust geven het eiland zijn gezicht.'),
    '3.1': () => d.p('De duinen aan de westkant zijn Nationaal Park en Natura 2000-gebied. De Waddenzee aan de oostkant is werelderfgoed.'),
    '3.1.1': () => {
      d.p('Het Nationaal Park Duinen van Texel omvat de Slufter, de Mokbaai, de duinen en de bossen. Wij werken met Staatsbosbeheer aan rust voor de natuur en goede routes voor bezoekers.')
      d.raw(`<div class="fig nobrk"><svg width="72mm" height="44mm" viewBox="0 0 144 88" xmlns="http://www.w3.org/2000/svg">
<path d="M30 84 C 14 60, 18 20, 50 6 C 82 -2, 118 20, 120 48 C 122 70, 100 86, 70 86 Z" fill="#efe6c8" stroke="#2a5d6b" stroke-width="1"/>
<path d="M30 84 C 14 60, 18 20, 50 6" fill="none" stroke="#c9a34a" stroke-width="7" opacity="0.7"/>
<path d="M100 30 C 112 40, 120 56, 116 70" fill="none" stroke="#4a86a8" stroke-width="4"/>
<circle cx="66" cy="48" r="5" fill="#8c3b3b"/>
</svg><p class="cap">Afbeelding 2: Duinen, polders en Waddenkust (schematisch)</p></div>`)
    },
    '3.2': () => d.p('De polders en de Hoge Berg zijn agrarisch landschap met schapen, akkers, tuinwallen en schapenboeten. Wij houden de polders open en beschermen de tuinwallen.'),
    '3.3': () => d.p('Met het Hoogheemraadschap Hollands Noorderkwartier zorgen wij voor voldoende zoet water. Wij vangen regenwater op in de dorpen en houden het vast in de polders.'),
    '4': () => d.p('Toerisme is de grootste bron van inkomsten. Het eiland ontvangt jaarlijks bijna een miljoen bezoekers.'),
    '4.1': () => d.p('Het Toeristisch Toekomstplan is ons kader: kwaliteit boven kwantiteit. Het aantal slaapplaatsen groeit niet verder; vernieuwing van bestaande bedrijven is wel mogelijk.'),
    '4.2': () => d.p('De landbouw blijft de beheerder van het open landschap. Wij steunen duurzame landbouw en streekproducten. De haven van Oudeschild blijft thuishaven van de visserij.'),
    '4.3': () => d.p('Texel wil energieneutraal worden. Wij kiezen voor zon op daken, besparing en lokale opslag. Grote windturbines passen niet in het landschap van het eiland.'),
    '5': () => d.p('Wij werken de visie uit in het omgevingsplan en in programma’s. De gemeenteraad bespreekt iedere vier jaar of de visie moet worden bijgesteld.'),
  }
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of secs) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('2', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 2 Geometrische informatieobjecten</h1><p>De omgevingsvisie verwijst naar de volgende geometrische informatieobjecten.</p>')
  d.raw(
    '<table class="gio"><thead><tr><th>Naam</th><th>Identificatie</th><th>Toelichting</th></tr></thead><tbody>' +
      GIOS.map((g) => `<tr><td>${g.naam}</td><td class="gid">${g.identificatie.replace(/([/;@])/g, '$1<wbr>')}</td><td>${g.toelichting}</td></tr>`).join('') +
      '</tbody></table>',
  )

  const ft = "font: 8.5pt 'DejaVu Serif'; color: #2a5d6b;"
  const spec: DocSpec = {
    id: 'h29',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Texel 2050 (zeven dorpen, Nationaal Park Duinen van Texel, Waddenkust, Hoge Berg, Toeristisch Toekomstplan, landbouw, energie), ingekort en in eigen woorden; eigen opmaak: DejaVu Serif 9 pt in twee kolommen met Liberation Sans Narrow-koppen, hoofdstukken "Hoofdstuk 0 – Titel" vanaf 0, paragrafen "§ 3.1 Titel" en "3.1.1", 1)-lijsten met –-items, tabel, "Afbeelding 2:" als vectortekening, voettekst wisselend "n | Omgevingsvisie Texel 2050" (oneven) en "Omgevingsvisie Texel 2050 | n" (even), zin over Bijlage I bij het Besluit bouwwerken leefomgeving, raadsbesluit met "Besluit:" en alleen beslispunten I.–II., inwerkingtreding "met ingang van 1 juli 2027", visie als Bijlage 1 en GIO-lijst als Bijlage 2 in een tabel met drie kolommen (Naam | Identificatie | Toelichting) (holdout)',
    bevoegdGezag: 'gm0448',
    naam: 'Gemeente Texel',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Texel tot vaststelling van de Omgevingsvisie Texel 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Texel 2050',
    gios: GIOS.map(({ toelichting: _t, ...g }) => g),
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-texel-2050', regeling: 'omgevingsvisie-texel-2050', doel: 'omgevingsvisie-texel-2050' },
      datums: { vaststelling: '2027-03-24', ondertekening: '2027-03-24', bekendmaking: '2027-04-07', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0448',
      oin: '00000001000000004480',
      achtergrondActualiteit: '2027-01-15',
    },
    geo: { origin: [116000, 563000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Texel 2050$', '^Omgevingsvisie Texel 2050 \\| \\d+$'],
    title: 'Omgevingsvisie Texel 2050',
    css: `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
@page std:right { @bottom-right { content: counter(page) " | Omgevingsvisie Texel 2050"; ${ft} } }
@page std:left { @bottom-left { content: "Omgevingsvisie Texel 2050 | " counter(page); ${ft} } }
@page bijl:right { @bottom-right { content: counter(page) " | Omgevingsvisie Texel 2050"; ${ft} } }
@page bijl:left { @bottom-left { content: "Omgevingsvisie Texel 2050 | " counter(page); ${ft} } }
body { font: 9pt/1.45 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2mm; }
.wap { font: bold 11pt 'Liberation Sans Narrow'; letter-spacing: 1pt; color: #2a5d6b; }
.ttl { font: bold 13pt 'Liberation Sans Narrow'; margin: 4mm 0 5mm; }
.bs { margin: 4mm 0 2mm; font-weight: bold; }
table.bp td { vertical-align: top; padding: 0 3mm 2mm 0; }
.aldus { margin-top: 5mm; }
.titel { padding-top: 40mm; text-align: center; break-after: page; }
.titel .bij { font: 9pt 'DejaVu Serif'; margin-bottom: 40mm; }
.titel .t1 { font: bold 28pt 'Liberation Sans Narrow'; color: #2a5d6b; margin-top: 8mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
.cols { column-count: 2; column-gap: 8mm; }
h1 { font: bold 15pt/1.2 'Liberation Sans Narrow'; color: #2a5d6b; margin: 6mm 0 2mm; break-after: avoid; column-span: none; }
h2 { font: bold 11pt 'Liberation Sans Narrow'; margin: 4mm 0 1mm; break-after: avoid; }
h3 { font: italic 10pt 'Liberation Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 1mm; }
.fig { margin: 2mm 0 3mm; }
.fig .cap { font: italic 8pt 'DejaVu Serif'; }
table.tbl { width: 100%; margin: 2mm 0 3mm; font-size: 8pt; }
table.tbl th { text-align: left; background: #dcebee; padding: 0.8mm 1mm; }
table.tbl td { padding: 0.8mm 1mm; vertical-align: top; border-bottom: 0.3pt solid #aac; }
h1.bijl { font: bold 14pt 'Liberation Sans Narrow'; color: #2a5d6b; margin: 0 0 3mm; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #2a5d6b; padding: 1.2mm; }
table.gio td { padding: 1.2mm; border-bottom: 0.3pt solid #ccc; vertical-align: top; }
table.gio td.gid { font: 7.5pt 'DejaVu Sans Mono'; width: 48%; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
