/**
 * h55 — gemeente Tubbergen (gm0183), holdout (session 8): the unusual case of the batch, one omgevingsvisie written
 * together by the gemeenten Dinkelland and Tubbergen (who share their ambtelijke organisatie, Noaberkracht), adopted
 * by each raad for its own grondgebied; the corpus holds the besluit of the raad of Tubbergen with Tubbergen's own
 * GIOs. Content after the public pages of both gemeenten about their omgevingsvisie and Noordoost-Twente (the
 * coulisselandschap of essen, kampen and houtwallen, the Nationaal Landschap Noordoost-Twente, the Dinkel, the
 * Vasserheide and the Mander, the kernen of Tubbergen and of Dinkelland, noaberschap, landbouw in transition, the
 * border with Germany), shortened and in our own words. Layout: an A5 booklet with mirrored margins (Caladea 9.5 pt,
 * Liberation Sans Narrow headings in rust), parts "Deel I" / "Deel II" above the chapters, chapters "1 Titel"
 * numbered on across the parts, sections "1.1 Titel" (three levels with the parts), one long chapter title that wraps,
 * a table of contents without leaders, numbered lists "1." with "a)" items (one interrupted by a page break), a kader, running headers alternating on
 * left and right pages, footer "- n -" centred, a raadsbesluit with "overwegende dat", "gelet op", "Besluit:",
 * Artikel I–II (inwerkingtreding "met ingang van 1 oktober 2027"), signatures in two columns, "Bijlage" before the
 * visie and a GIO table of twelve objects that continues over page breaks with a repeated header row.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, tocHtml, TOC_CSS, type TocRow } from './h-util.js'

const gio = gioSlug('gm0183', '2027', '2027-07-05', '1')
const GIOS: Gio[] = [
  gio('Grondgebied gemeente Tubbergen', 'ov-dt-grondgebied-tubbergen', [0, 0], 6),
  gio('Kern Tubbergen', 'ov-dt-kern-tubbergen', [0, 0], 0.7),
  gio('Kern Albergen', 'ov-dt-kern-albergen', [-3, -3], 0.6),
  gio('Kern Geesteren', 'ov-dt-kern-geesteren', [-4, 1], 0.5),
  gio('Kern Langeveen', 'ov-dt-kern-langeveen', [-2, 5], 0.4),
  gio('Kern Vasse', 'ov-dt-kern-vasse', [3, 4], 0.4),
  gio('Kern Manderveen', 'ov-dt-kern-manderveen', [5, 5], 0.3),
  gio('Kern Reutum', 'ov-dt-kern-reutum', [1, -3], 0.4),
  gio('Kern Fleringen', 'ov-dt-kern-fleringen', [-1, -2], 0.4),
  gio('Kern Harbrinkhoek-Mariaparochie', 'ov-dt-kern-harbrinkhoek-mariaparochie', [-5, -5], 0.5),
  gio('Nationaal Landschap Noordoost-Twente (deel Tubbergen)', 'ov-dt-nationaal-landschap-nootw-tubbergen', [1, 2], 4),
  gio('Vasserheide en Mander (Natura 2000)', 'ov-dt-vasserheide-mander', [4, 5], 1.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="deel">Deel ${k.nummer}<br><span>${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const nr: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Tubbergen</p>
<p class="ttl">Besluit van de raad van de gemeente Tubbergen tot vaststelling van de Omgevingsvisie Dinkelland Tubbergen voor het grondgebied van de gemeente Tubbergen</p>
<p>De raad van de gemeente Tubbergen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 6 juni 2027;</p>
<p>overwegende dat de gemeenten Dinkelland en Tubbergen samen één omgevingsvisie hebben opgesteld voor hun grondgebied, omdat zij één landschap, één ambtelijke organisatie en veel opgaven delen;</p>
<p>overwegende dat de raad van Dinkelland een gelijkluidend besluit neemt voor het grondgebied van Dinkelland;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Dinkelland Tubbergen, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld voor het grondgebied van de gemeente Tubbergen, met de werkingsgebieden die in de bijlage bij de visie voor Tubbergen zijn genoemd.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking met ingang van 1 oktober 2027.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 5 juli 2027.</p>
${handtekeningen(['de griffier,', 'drs. B.G.M. Kleissen'], ['de voorzitter,', 'mr. drs. J.M. Ruijter'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage bij het raadsbesluit van 5 juli 2027</p>
<p class="t1">Omgevingsvisie Dinkelland Tubbergen</p>
<p class="t2">Noaberschap in het landschap van Noordoost-Twente</p>
</div>`)

  type Sec = [string, string, () => void]
  const DELEN: Array<[string, string, Array<[string, string, Sec[]]>]> = [
    ['I', 'Ons gebied', [
      ['1', 'Inleiding', [
        ['1.1', 'Eén visie voor twee gemeenten', () => d.p('Dinkelland en Tubbergen werken sinds 2012 met één ambtelijke organisatie. Zij delen het landschap, de grens met Duitsland en veel opgaven. Daarom schreven zij samen één visie; iedere raad stelt haar vast voor zijn eigen grondgebied.')],
        ['1.2', 'Hoe wij de visie maakten', () => d.p('In alle kernen waren avonden met inwoners, boeren, ondernemers en verenigingen. Veel reacties gingen over wonen voor jongeren en de toekomst van de landbouw.')],
      ]],
      ['2', 'Het landschap van Noordoost-Twente: essen, kampen, beekdalen en houtwallen', [
        ['2.1', 'Nationaal Landschap', () => {
          d.p('Het hele gebied hoort bij het Nationaal Landschap Noordoost-Twente. Het kleinschalige coulisselandschap met essen, kampen en houtwallen is eeuwenoud.')
          d.raw('<aside class="kader"><p>“Het landschap is van ons allemaal; wij zijn er de hoeders van.”</p></aside>')
        }],
        ['2.2', 'De Dinkel en de beekdalen', () => d.p('De Dinkel en haar zijbeken stromen vanuit Duitsland door het gebied. In de beekdalen krijgt water weer ruimte.')],
        ['2.3', 'Kernen en buurtschappen', () => d.p('Tubbergen telt negen kernen, Dinkelland er elf, met daarnaast vele buurtschappen. Noaberschap, het helpen van je buren, is er nog vanzelfsprekend.')],
      ]],
    ]],
    ['II', 'Onze keuzes', [
      ['3', 'Wonen en leefbaarheid', [
        ['3.1', 'Bouwen in alle kernen', () => {
          d.p('Wij bouwen in alle kernen naar behoefte. De volgende uitgangspunten gelden:')
          d.list(
            [
              'Eerst inbreiden.',
              { text: 'Bouwen voor:', sub: ['jongeren die in hun kern willen blijven;', 'ouderen die kleiner willen wonen;', 'nieuwe inwoners die zich willen binden.'] },
              'Bouwen met respect voor het landschap.',
            ],
            nr,
          )
        }],
        ['3.2', 'Voorzieningen', () => d.p('Scholen, sportvelden en dorpshuizen zijn het hart van de kernen. Wij houden ze in stand, zo nodig door ze te combineren.')],
      ]],
      ['4', 'Landbouw en landschap', [
        ['4.1', 'Toekomst voor boeren', () => d.p('De landbouw is de drager van het landschap. Boeren die willen doorgaan krijgen ruimte om te vernieuwen; boeren die stoppen helpen wij bij een nieuwe bestemming van hun erf.')],
        ['4.2', 'Natuur', () => d.p('Rond de Vasserheide, de Mander en het Springendal versterken wij de natuur, samen met de provincie Overijssel en de terreinbeheerders.')],
      ]],
      ['5', 'Energie, werken en bereikbaarheid', [
        ['5.1', 'Energie', () => {
          d.p('Wij willen energieneutraal worden zonder het landschap te schaden. De regionale energiestrategie Twente is daarbij het vertrekpunt. Nieuwe opwek moet passen bij de maat en de schaal van het coulisselandschap, en inwoners moeten er zelf van profiteren, bijvoorbeeld via een energiecoöperatie in hun kern. Daarom:')
          d.list(['Zon op daken en erven.', 'Kleinschalige opwek bij kernen, met inwoners als eigenaar.', 'Geen grote windparken in het Nationaal Landschap.'], nr)
        }],
        ['5.2', 'Werken en toerisme', () => d.p('Bedrijven in de kernen krijgen ruimte om te groeien. Toerisme rond Ootmarsum, Denekamp en de Tubbergse kernen past zich in het landschap in.')],
      ]],
      ['6', 'Uitvoering', [
        ['6.1', 'Samen met Dinkelland', () => d.p('De twee gemeenten voeren de visie samen uit, in afzonderlijke omgevingsplannen die op elkaar zijn afgestemd.')],
      ]],
    ]],
  ]

  const toc: TocRow[] = []
  for (const [dn, dt, hs] of DELEN) {
    toc.push([`Deel ${dn}`, dt, dt, 1])
    // the long chapter title is shortened in the table of contents; its page is found by the full heading
    for (const [cn, ct] of hs) toc.push([cn, ct.length > 40 ? 'Het landschap van Noordoost-Twente' : ct, `${cn} ${ct}`, 2])
  }
  d.page('toc').raw(tocHtml('Inhoud', toc))

  for (const [dn, dt, hs] of DELEN) {
    d.page('deel').enter('visie')
    d.kop(1, dn, dt)
    d.page('std')
    for (const [cn, ct, secs] of hs) {
      d.kop(2, cn, ct)
      if (cn === '6') d.p('Iedere vier jaar bekijken beide raden of de visie moet worden herzien.')
      for (const [sn, st, f] of secs) {
        d.kop(3, sn, st)
        f()
      }
    }
  }

  d.page('std')
  d.bijlage('', 'Werkingsgebieden gemeente Tubbergen', '<h2 class="bijl">Bijlage bij de visie: Werkingsgebieden gemeente Tubbergen</h2><p>Voor het grondgebied van de gemeente Tubbergen gelden de volgende werkingsgebieden. De werkingsgebieden voor Dinkelland horen bij het besluit van de raad van Dinkelland.</p>')
  d.gioTabel(GIOS, ['Werkingsgebied', 'Identificatie'], 'gio', ['38%', '62%'], true)

  const hd = "font: 7.5pt 'Liberation Sans Narrow'; color: #9a4a22;"
  const ft = "font: 8pt 'Caladea';"
  const spec: DocSpec = {
    id: 'h55',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeenten Dinkelland en Tubbergen over hun gezamenlijke omgevingsvisie en Noordoost-Twente (coulisselandschap met essen, kampen en houtwallen, Nationaal Landschap Noordoost-Twente, de Dinkel, de Vasserheide en de Mander, de kernen van beide gemeenten, noaberschap, landbouw in transitie, de grens met Duitsland), ingekort en in eigen woorden; eigen opmaak: A5-boekje met gespiegelde marges (Caladea 9,5 pt, Liberation Sans Narrow-koppen in roestbruin), delen "Deel I" / "Deel II" boven de hoofdstukken, hoofdstukken "1 Titel" doorgenummerd over de delen, paragrafen "1.1 Titel" (drie niveaus met de delen), één lange hoofdstuktitel over twee regels, inhoudsopgave zonder puntlijnen, genummerde lijsten "1." met "a)"-items (één onderbroken door een paginagrens), kader, kopregels wisselend op linker- en rechterpagina\'s, voettekst "- n -" gecentreerd, raadsbesluit met "overwegende dat", "gelet op", "Besluit:", Artikel I–II met inwerkingtreding "met ingang van 1 oktober 2027", handtekeningen in twee kolommen, "Bijlage" voor de visie, GIO-tabel van twaalf objecten die over pagina\'s doorloopt met herhaalde kopregel (holdout; ongewoon geval: één visie van twee gemeenten, door elke raad vastgesteld voor het eigen grondgebied; hier het besluit van Tubbergen)',
    bevoegdGezag: 'gm0183',
    naam: 'Gemeente Tubbergen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Tubbergen tot vaststelling van de Omgevingsvisie Dinkelland Tubbergen voor het grondgebied van de gemeente Tubbergen',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-10-01',
    },
    visieOpschrift: 'Omgevingsvisie Dinkelland Tubbergen',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-dinkelland-tubbergen-tubbergen', regeling: 'omgevingsvisie-dinkelland-tubbergen', doel: 'omgevingsvisie-dinkelland-tubbergen-tubbergen' },
      datums: { vaststelling: '2027-07-05', ondertekening: '2027-07-05', bekendmaking: '2027-07-12', inwerkingtreding: '2027-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0183',
      oin: '00000001001615897000',
      achtergrondActualiteit: '2027-04-01',
    },
    geo: { origin: [254000, 492000] },
    meubilair: ['^- \\d+ -$', '^Omgevingsvisie Dinkelland Tubbergen · Noordoost-Twente$', '^Gemeente Tubbergen · raadsbesluit 5 juli 2027$'],
    title: 'Omgevingsvisie Dinkelland Tubbergen',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A5; margin: 16mm 14mm 18mm 14mm; }
@page :left { margin-left: 12mm; margin-right: 18mm; }
@page :right { margin-left: 18mm; margin-right: 12mm; }
@page std:left { @top-left { content: "Omgevingsvisie Dinkelland Tubbergen · Noordoost-Twente"; ${hd} } @bottom-center { content: "- " counter(page) " -"; ${ft} } }
@page std:right { @top-right { content: "Gemeente Tubbergen · raadsbesluit 5 juli 2027"; ${hd} } @bottom-center { content: "- " counter(page) " -"; ${ft} } }
@page deel { @bottom-center { content: "- " counter(page) " -"; ${ft} } }
@page toc { @bottom-center { content: "- " counter(page) " -"; ${ft} } }
body { font: 9.5pt/1.4 'Caladea', serif; color: #2a1d14; }
p { margin: 0 0 2mm; }
.gem { font: bold 11pt 'Liberation Sans Narrow'; color: #9a4a22; }
.ttl { font: bold 11pt 'Liberation Sans Narrow'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 1.5mm; }
.art { font-weight: bold; margin: 2.5mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 12mm; }
.besluit { break-after: page; }
.titel { padding-top: 50mm; break-after: page; }
.titel .t0 { font: 8.5pt 'Liberation Sans Narrow'; }
.titel .t1 { font: bold 22pt 'Liberation Sans Narrow'; color: #9a4a22; margin: 3mm 0; }
.titel .t2 { font: italic 12pt 'Caladea'; }
${TOC_CSS}
.toc { font-size: 9pt; }
.toc .tockop { font: bold 15pt 'Liberation Sans Narrow'; color: #9a4a22; margin: 0 0 4mm; }
.toc .dots { visibility: hidden; }
.toc .tl { min-width: 14mm; }
h1.deel { font: bold 13pt 'Liberation Sans Narrow'; color: #9a4a22; padding-top: 55mm; margin: 0; }
h1.deel span { font-size: 24pt; color: #2a1d14; }
h2 { font: bold 14pt/1.2 'Liberation Sans Narrow'; color: #9a4a22; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
aside.kader { margin: 2mm 0 3mm 8mm; padding: 2mm 3mm; border-left: 2pt solid #9a4a22; font: italic 10pt/1.35 'Caladea'; color: #9a4a22; }
.lst { margin: 0 0 2mm 1mm; }
h2.bijl { font-size: 12.5pt; }
table.gio { width: 100%; font-size: 8pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #9a4a22; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; border-bottom: 0.4pt solid #d9c2b0; }
table.gio tr { break-inside: avoid; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
