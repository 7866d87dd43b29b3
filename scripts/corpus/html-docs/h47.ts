/**
 * h47 — gemeente Neder-Betuwe (gm1740), holdout (session 7, second batch). Content after the gemeente's public pages
 * about its omgevingsvisie (the six kernen Dodewaard, Echteld, IJzendoorn, Kesteren, Ochten and Opheusden, the
 * laanbomen- and fruitteelt around Opheusden, the Waal and the Nederrijn with their uiterwaarden, the A15 and the
 * Betuweroute), shortened and in our own words. Layout: pages of 176 × 250 mm (Liberation Sans Narrow 9,5 pt,
 * DejaVu Serif headings in plum), parts "Deel 1 · …" above the chapters, chapters "Hoofdstuk 3: Titel" numbered on
 * across the parts, sections "3.1" and "3.1.1" (four levels with the parts), a table of contents with dotted leaders,
 * the chapter title in the running header (one named page per chapter), footer "Pagina n van m", ✓-lists with
 * –-items, a "1)" numbered list, a raadsvoorstel printed before the raadsbesluit, "Besluit:" with beslispunten 1. and
 * 2. (inwerkingtreding "met ingang van 1 januari 2028"), signatures in two columns, and a GIO table in four columns
 * (Nr | Naam | Identificatie | Toelichting) of six objects.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS, tocHtml, TOC_CSS, type TocRow } from './h-util.js'

const gio = gioHex('gm1740', '2027', '2027-11-04', '1', 'h47')
const GIOS: Gio[] = [
  gio('Gemeente Neder-Betuwe', [0, 0], 6),
  gio('Boomteeltgebied Opheusden', [-3, 1], 2),
  gio('Uiterwaarden Waal', [0, -3], 2.5),
  gio('Uiterwaarden Nederrijn', [0, 3.5], 2),
  gio('Zoekgebied zonne-energie A15', [2, -1], 1),
  gio('Kernen Neder-Betuwe', [1, 0.5], 3),
]
const TOEL: Record<string, string> = {
  'Gemeente Neder-Betuwe': 'het hele grondgebied',
  'Boomteeltgebied Opheusden': 'ruimte voor laanbomen en fruit',
  'Uiterwaarden Waal': 'rivier en natuur gaan voor',
  'Uiterwaarden Nederrijn': 'rivier en natuur gaan voor',
  'Zoekgebied zonne-energie A15': 'zon langs de snelweg',
  'Kernen Neder-Betuwe': 'de zes dorpen met hun uitleg',
}

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel">Deel ${k.nummer} · ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>Hoofdstuk ${k.nummer}: ${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3>${k.nummer} ${k.opschrift}</h3>`
        : `<h4>${k.nummer} ${k.opschrift}</h4>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: '–' }]
const haak: Marker[] = [{ counter: '1', suffix: ')' }]

type Sec = [string, string, number, () => void]
export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('voorstel').raw(`
<div class="vs">
<p class="gem">Gemeente Neder-Betuwe</p>
<p class="vsk">Raadsvoorstel</p>
<p><b>Onderwerp:</b> vaststelling Omgevingsvisie Neder-Betuwe<br><b>Raadsvergadering:</b> 4 november 2027</p>
<p class="vkop">Inleiding</p>
<p>Na twee jaar werken met inwoners, ondernemers en de dorpsraden ligt de Omgevingsvisie Neder-Betuwe ter vaststelling voor. Zij vervangt de Structuurvisie Neder-Betuwe 2012.</p>
<p class="vkop">Beoogd effect</p>
<p>Eén samenhangende koers voor wonen, werken, boomteelt, landschap en energie, als basis voor het omgevingsplan.</p>
</div>`)
  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Neder-Betuwe tot vaststelling van de Omgevingsvisie Neder-Betuwe</p>
<p>De raad van de gemeente Neder-Betuwe;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 21 september 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<table class="bp"><tr><td>1.</td><td>de Omgevingsvisie Neder-Betuwe met de werkingsgebieden in de bijlage daarvan vast te stellen;</td></tr>
<tr><td>2.</td><td>te bepalen dat dit besluit in werking treedt met ingang van 1 januari 2028.</td></tr></table>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 4 november 2027.</p>
${handtekeningen(['de griffier,', 'R. van Zetten'], ['de voorzitter,', 'drs. H.J. Hoogvliet'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Neder-Betuwe</p>
<p class="t2">Groen, gastvrij en bedrijvig tussen Waal en Rijn</p>
</div>`)

  const DELEN: Array<[string, string, Array<[string, string, Sec[]]>]> = [
    ['1', 'Wie wij zijn', [
      ['1', 'Inleiding', [
        ['1.1', 'Waarom deze visie', 3, () => d.p('De Omgevingswet vraagt één visie voor de hele fysieke leefomgeving. Deze visie vervangt de Structuurvisie Neder-Betuwe 2012 en bundelt het beleid voor wonen, werken, landschap en energie.')],
        ['1.2', 'Leeswijzer', 3, () => d.p('Deel 1 beschrijft de gemeente en haar kwaliteiten. Deel 2 bevat de keuzes die wij maken tot 2040.')],
      ]],
      ['2', 'Neder-Betuwe nu', [
        ['2.1', 'Zes kernen', 3, () => d.p('Dodewaard, Echteld, IJzendoorn, Kesteren, Ochten en Opheusden hebben elk een eigen karakter. Veel inwoners zijn actief in verenigingen en kerken.')],
        ['2.2', 'Landschap tussen twee rivieren', 3, () => {
          d.p('De gemeente ligt tussen de Waal en de Nederrijn. Op de oeverwallen liggen de dorpen en boomgaarden, in de kommen de open weilanden.')
        }],
        ['2.2.1', 'Uiterwaarden', 4, () => d.p('De uiterwaarden zijn van de rivier. Zij bieden ruimte voor water, natuur en recreatie.')],
        ['2.2.2', 'Oeverwallen en kommen', 4, () => d.p('Het verschil tussen de hoge oeverwallen en de lage kommen blijft zichtbaar bij nieuwe ontwikkelingen.')],
      ]],
    ]],
    ['2', 'Onze keuzes', [
      ['3', 'Wonen', [
        ['3.1', 'Woningen voor eigen inwoners', 3, () => {
          d.p('Wij bouwen voor de eigen groei van de dorpen. Daarbij kiezen wij:')
          d.list(['eerst voor inbreiding, dan voor uitbreiding aan de dorpsrand;', { text: 'voor woningen voor:', sub: ['starters en jonge gezinnen;', 'ouderen die kleiner willen wonen.'] }, 'voor een groene inrichting van nieuwe wijken.'], vink)
        }],
        ['3.2', 'Leefbare dorpen', 3, () => d.p('Scholen, sportvelden en dorpshuizen houden wij in de dorpen waar dat kan.')],
      ]],
      ['4', 'Werken', [
        ['4.1', 'Boomteelt en fruitteelt', 3, () => d.p('Opheusden is het centrum van de laanboomteelt in Nederland. De boomteelt krijgt ruimte om te groeien, met oog voor water, bodem en het gebruik van gewasbeschermingsmiddelen.')],
        ['4.2', 'Bedrijventerreinen', 3, () => d.p('Nieuwe bedrijven vestigen zich op de bestaande terreinen bij Kesteren, Ochten en Dodewaard. Uitbreiding gebeurt in regionaal verband in Rivierenland.')],
      ]],
      ['5', 'Energie en klimaat', [
        ['5.1', 'Opwekken', 3, () => {
          d.p('Wij willen in 2050 energieneutraal zijn. Voor zonne-energie geldt deze volgorde:')
          d.list(['daken van woningen, bedrijven en schuren;', 'restgronden langs de A15 en de Betuweroute;', 'pas daarna landbouwgrond, alleen met lokale deelname.'], haak)
        }],
        ['5.2', 'Water', 3, () => d.p('Wij houden regenwater vast in de kommen en werken met Waterschap Rivierenland aan sterke dijken.')],
      ]],
      ['6', 'Uitvoering', []],
    ]],
  ]

  const toc: TocRow[] = []
  for (const [dn, dt, hs] of DELEN) {
    toc.push([`Deel ${dn}`, dt, `Deel ${dn} · ${dt}`, 1])
    for (const [cn, ct] of hs) toc.push([`Hoofdstuk ${cn}:`, ct, `Hoofdstuk ${cn}: ${ct}`, 2])
  }
  toc.push(['Bijlage 1', 'Werkingsgebieden', 'Bijlage 1: Werkingsgebieden', 1])
  d.page('toc').raw(tocHtml('Inhoudsopgave', toc))

  const chapters: string[] = []
  for (const [dn, dt, hs] of DELEN) {
    d.page(`deel${dn}`).enter('visie')
    d.kop(1, dn, dt)
    d.p(dn === '1' ? 'In dit deel beschrijven wij wie wij zijn en wat wij willen bewaren.' : 'In dit deel staan de keuzes die wij maken tot 2040.', 'dintro')
    for (const [cn, ct, secs] of hs) {
      chapters.push(ct)
      d.page(`ch${cn}`)
      d.kop(2, cn, ct)
      if (cn === '6') d.p('De visie werkt door in het omgevingsplan en in programma’s. Wij voeren haar uit samen met inwoners, ondernemers, de provincie Gelderland, Waterschap Rivierenland en de buurgemeenten in de regio Rivierenland. Elke vier jaar bekijken wij of de visie moet worden aangepast.')
      for (const [sn, st, l, f] of secs) {
        d.kop(l, sn, st)
        f()
      }
    }
  }

  d.page('bijl')
  d.bijlage('1', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 1: Werkingsgebieden</h2><p>De werkingsgebieden van deze visie:</p>')
  d.gioTabelRows(GIOS, ['Nr', 'Naam', 'Identificatie', 'Toelichting'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie, true), TOEL[g.naam] ?? ''], 'gio', ['7%', '26%', '42%', '25%'])

  const hd = "font: 7.5pt 'Liberation Sans Narrow'; color: #6b2d5c;"
  const pn = `@bottom-right { content: "Pagina " counter(page) " van " counter(pages); ${hd} }`
  const spec: DocSpec = {
    id: 'h47',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Neder-Betuwe over haar omgevingsvisie (de kernen Dodewaard, Echteld, IJzendoorn, Kesteren, Ochten en Opheusden, laanbomen- en fruitteelt rond Opheusden, Waal en Nederrijn met hun uiterwaarden, A15 en Betuweroute), ingekort en in eigen woorden; eigen opmaak: pagina\'s van 176 × 250 mm (Liberation Sans Narrow 9,5 pt, DejaVu Serif-koppen in pruimkleur), delen "Deel 1 · …" boven de hoofdstukken, hoofdstukken "Hoofdstuk 3: Titel" doorgenummerd over de delen, paragrafen "3.1" en "3.1.1" (vier niveaus met de delen), inhoudsopgave met puntlijnen, hoofdstuktitel in de kopregel, voettekst "Pagina n van m", ✓-lijsten met –-items, genummerde lijst "1)", raadsvoorstel voor het raadsbesluit, "Besluit:" met beslispunten 1. en 2. en "met ingang van 1 januari 2028", handtekeningen in twee kolommen, GIO-tabel Nr | Naam | Identificatie | Toelichting van zes objecten (holdout)',
    bevoegdGezag: 'gm1740',
    naam: 'Gemeente Neder-Betuwe',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Neder-Betuwe tot vaststelling van de Omgevingsvisie Neder-Betuwe',
      artikelen: ['1', '2'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Neder-Betuwe',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-neder-betuwe', regeling: 'omgevingsvisie-neder-betuwe', doel: 'omgevingsvisie-neder-betuwe' },
      datums: { vaststelling: '2027-11-04', ondertekening: '2027-11-04', bekendmaking: '2027-11-11', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1740',
      oin: '00000001001884790000',
      achtergrondActualiteit: '2027-08-01',
    },
    geo: { origin: [168000, 438000] },
    meubilair: ['^Omgevingsvisie Neder-Betuwe · november 2027', '^Pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Neder-Betuwe',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: 176mm 250mm; margin: 20mm 16mm 20mm 18mm; }
@page toc { ${pn} }
@page deel1 { @top-left { content: "Omgevingsvisie Neder-Betuwe · november 2027"; ${hd} } ${pn} }
@page deel2 { @top-left { content: "Omgevingsvisie Neder-Betuwe · november 2027"; ${hd} } ${pn} }
${['1', '2', '3', '4', '5', '6'].map((n, i) => `@page ch${n} { @top-left { content: "Omgevingsvisie Neder-Betuwe · november 2027"; ${hd} } @top-right { content: "${chapters[i]}"; ${hd} } ${pn} }`).join('\n')}
@page bijl { @top-left { content: "Omgevingsvisie Neder-Betuwe · november 2027"; ${hd} } ${pn} }
body { font: 9.5pt/1.45 'Liberation Sans Narrow', sans-serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font: bold 12pt 'DejaVu Serif'; color: #6b2d5c; }
.vsk { font: bold 13pt 'DejaVu Serif'; margin: 2mm 0 4mm; }
.vkop { font-weight: bold; margin: 3mm 0 1mm; }
.vs { break-after: page; }
.ttl { font: bold 11pt 'DejaVu Serif'; margin: 0 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
table.bp td { vertical-align: top; padding: 0 0 1.5mm; }
table.bp td:first-child { width: 8mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Serif'; color: #6b2d5c; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; }
${TOC_CSS}
.toc .tockop { font: bold 16pt 'DejaVu Serif'; color: #6b2d5c; margin-bottom: 5mm; }
.toc .tl { min-width: 24mm; }
.toc .dots { flex: 1 1 0; min-width: 0; }
.toc .tocpg { flex: 0 0 8mm; }
h1.deel { font: bold 20pt 'DejaVu Serif'; color: #6b2d5c; margin: 50mm 0 4mm; }
p.dintro { font-style: italic; }
h2 { font: bold 14pt 'DejaVu Serif'; color: #6b2d5c; margin: 0 0 4mm; }
h3 { font: bold 10.5pt 'DejaVu Serif'; margin: 4mm 0 1mm; break-after: avoid; }
h4 { font: italic 9.5pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm 2mm; }
h2.bijl { font-size: 13pt; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; background: #f1e4ee; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #6b2d5c; padding: 1mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
