/**
 * h249 — gemeente Bergeijk (gm1724), holdout (session 14): the Kempische gemeente of some 19.000 inwoners south-west
 * of Eindhoven with the kernen Bergeijk ('t Hof, 't Loo, Weebosch), Westerhoven, Riethoven and Luyksgestel, the
 * Dommel and the Keersop, the Beekloop, the Belgische grens and the natuurgebied Kempenbroek / Hageven nearby, the
 * N69 and the Westerhovense bossen. Content after the public descriptions of the gemeente and De Kempen, here as an
 * omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4 landscape, Nimbus Sans 9.5 pt, the
 * body in two columns (CSS columns); every chapter opens on a title page of its own with a large number above the
 * title (nummer "1"); sections "1.1" and third level "3.1.1" run in the columns; no table of contents; footer
 * "Omgevingsvisie Bergeijk  |  n" left; lists "–" with "·" and "1)"; one table; raadsbesluit with numbered
 * beslispunten "1."–"3." (artikelen "1"–"3"); GIO overview as a table Nr | Naam | Identificatie in "Bijlage I".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1724', '2028', '2028-06-26', '1')
const GIOS: Gio[] = [
  gio('Gemeente Bergeijk', 'gemeente-bergeijk', [0, 0], 3),
  gio('Dal van de Dommel', 'dal-dommel', [1.2, 0.2], 0.8),
  gio('Dal van de Keersop', 'dal-keersop', [-0.3, -0.2], 0.8),
  gio('Kempische bossen', 'kempische-bossen', [-1.2, -1], 1),
  gio('Centrum ’t Hof', 'centrum-t-hof', [-0.2, 0.6], 0.2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="big">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const num: Marker[] = [{ counter: '1', suffix: ')' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Een visie voor heel Bergeijk'],
  [2, '1.2', 'Wat de visie wel en niet is'],
  [2, '1.3', 'Samen gemaakt'],
  [1, '2', 'Kempisch Bergeijk'],
  [2, '2.1', 'Zes kernen'],
  [2, '2.2', 'Beken, bossen en akkers'],
  [2, '2.3', 'Grensgemeente'],
  [1, '3', 'Waar wij voor kiezen'],
  [2, '3.1', 'Wonen'],
  [3, '3.1.1', 'Woningbouw in de kernen'],
  [3, '3.1.2', 'Wonen en zorg'],
  [2, '3.2', 'Economie'],
  [3, '3.2.1', 'Bedrijventerreinen'],
  [3, '3.2.2', 'Recreatie en toerisme'],
  [2, '3.3', 'Landschap en natuur'],
  [2, '3.4', 'Water'],
  [2, '3.5', 'Energietransitie'],
  [2, '3.6', 'Mobiliteit'],
  [1, '4', 'Hoe verder'],
  [2, '4.1', 'Uitvoeringsagenda'],
  [2, '4.2', 'Monitoring'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  /** A chapter: its title page, then a page with the body in two columns. */
  const H = (nr: string, body: () => void) => {
    d.page('hfd')
    K(nr)
    d.page('std')
    d.raw('<div class="cols">')
    body()
    d.raw('</div>')
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de raad van de gemeente Bergeijk tot vaststelling van de Omgevingsvisie Bergeijk</p>
<p>De raad van de gemeente Bergeijk,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nummer 2028-RV-041;</p>
<p>overwegende dat de raad op grond van artikel 3.1 van de Omgevingswet een omgevingsvisie voor het gehele grondgebied vaststelt en dat het ontwerp van 18 januari tot en met 28 februari 2028 ter inzage heeft gelegen;</p>
<p>gelet op de Omgevingswet;</p>
<p class="bs">besluit</p>
<p class="bp">1. de Nota van zienswijzen Omgevingsvisie Bergeijk vast te stellen;</p>
<p class="bp">2. de Omgevingsvisie Bergeijk, met de geografische informatieobjecten genoemd in bijlage I, vast te stellen;</p>
<p class="bp">3. te bepalen dat dit besluit in werking treedt op 11 juli 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 26 juni 2028.</p>
${handtekeningen(['De griffier,', 'mr. drs. A.M. Smeets'], ['De voorzitter,', 'A.A. Pastoor-Tanis'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Bergeijk</p><p class="t2">Kempisch, groen en ondernemend</p></div>')
  d.enter('visie')

  H('1', () => {
    K('1.1')
    d.p('Met deze omgevingsvisie leggen wij vast hoe wij de fysieke leefomgeving van Bergeijk tot 2040 willen ontwikkelen. De visie gaat over de hele gemeente en over alle onderwerpen van de leefomgeving samen.')
    K('1.2')
    d.p('De visie is een zelfbindend document voor de gemeente. Zij geeft richting aan het omgevingsplan en aan de beoordeling van initiatieven, maar bevat zelf geen regels voor inwoners en bedrijven.')
    K('1.3')
    d.p('Wij maakten de visie met de inwoners en partners van Bergeijk:')
    d.list(['dorpsavonden in alle kernen;', 'een jongerenavond en een bezoek aan de basisscholen;', { text: 'werksessies met', sub: ['ondernemers en agrariërs;', 'het Waterschap De Dommel en de provincie.'] }], streep)
  })

  H('2', () => {
    K('2.1')
    d.p('Bergeijk bestaat uit de kernen ’t Hof, ’t Loo en Weebosch, samen het dorp Bergeijk, en de dorpen Westerhoven, Riethoven en Luyksgestel.')
    d.table(['Kern', 'Inwoners', 'Kenmerk'], [
      ['Bergeijk (’t Hof, ’t Loo, Weebosch)', '12.400', 'centrumdorp'],
      ['Westerhoven', '2.500', 'aan de Dommel'],
      ['Riethoven', '2.300', 'tussen de bossen'],
      ['Luyksgestel', '1.900', 'aan de grens'],
    ], 'tbl', ['50%', '20%', '30%'])
    K('2.2')
    d.p('De Dommel, de Keersop en de Beekloop stromen door de gemeente. Tussen de beekdalen liggen bossen, heide en oude akkercomplexen, met de karakteristieke Kempische langgevelboerderijen.')
    K('2.3')
    d.p('Bergeijk grenst aan België. Met de Belgische buren werken wij samen aan natuur, recreatie en grensoverschrijdend verkeer.')
  })

  H('3', () => {
    K('3.1')
    K('3.1.1')
    d.p('Wij bouwen in en aan de kernen, afgestemd op de behoefte in elk dorp. In Bergeijk is ruimte voor grotere plannen; in de kleine kernen bouwen wij voor de eigen inwoners.')
    K('3.1.2')
    d.p('Ouderen moeten langer thuis kunnen wonen. Wij zoeken plekken voor zorgwoningen dicht bij de voorzieningen.')
    K('3.2')
    K('3.2.1')
    d.p('Bedrijventerrein Fazantlaan en Het Ven bieden ruimte aan lokale bedrijven. Wij breiden alleen uit voor lokale vraag.')
    K('3.2.2')
    d.p('Rust, ruimte en natuur trekken bezoekers. Wij willen recreatie versterken met:')
    d.list(['betere fiets- en wandelroutes langs de beken;', 'kleinschalige verblijfsrecreatie;', 'een bezoekerspoort bij de Westerhovense bossen.'], num)
    K('3.3')
    d.p('Wij beschermen de beekdalen en de bossen en verbinden de natuurgebieden met die over de grens.')
    K('3.4')
    d.p('Samen met het Waterschap De Dommel herstellen wij de beken en houden wij water vast tegen verdroging.')
    K('3.5')
    d.p('Bergeijk wil in 2050 energieneutraal zijn. Wij kiezen eerst voor besparing en zon op daken, daarna voor zonnevelden op plekken die het landschap kan dragen.')
    K('3.6')
    d.p('De N69 is de belangrijkste verbinding met Eindhoven en België. In de kernen heeft de fietser voorrang.')
  })

  H('4', () => {
    K('4.1')
    d.p('In een uitvoeringsagenda staat per thema wat wij de komende jaren doen en met wie.')
    K('4.2')
    d.p('Wij volgen de ontwikkelingen met een jaarlijkse monitor en evalueren de visie iedere raadsperiode.')
  })

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl">Bijlage I – Geografische informatieobjecten</p>')
  d.gioTabelRows(GIOS, ['Nr', 'Naam', 'Identificatie'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie)], 'gio', ['8%', '27%', '65%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h249',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Bergeijk (’t Hof, ’t Loo en Weebosch, Westerhoven, Riethoven en Luyksgestel, de Dommel, de Keersop en de Beekloop, de Belgische grens, de N69, de Westerhovense bossen) en De Kempen, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 liggend, Nimbus Sans 9,5 pt, tekst in twee kolommen, elk hoofdstuk met een eigen titelpagina met groot nummer boven de titel, paragrafen "1.1", derde niveau "3.1.1", geen inhoudsopgave, voettekst "Omgevingsvisie Bergeijk | n" links, opsommingen "–", "·" en "1)", één tabel, raadsbesluit met genummerde beslispunten 1.–3., GIO-tabel Nr | Naam | Identificatie in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm1724',
    naam: 'Gemeente Bergeijk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Bergeijk tot vaststelling van de Omgevingsvisie Bergeijk',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-11',
    },
    visieOpschrift: 'Omgevingsvisie Bergeijk',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-bergeijk', regeling: 'omgevingsvisie-bergeijk', doel: 'omgevingsvisie-bergeijk' },
      datums: { vaststelling: '2028-06-26', ondertekening: '2028-06-26', bekendmaking: '2028-07-10', inwerkingtreding: '2028-07-11' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1724',
      oin: '00000001000000017240',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [150000, 370000] },
    meubilair: ['^Omgevingsvisie Bergeijk \\| \\d+$'],
    title: 'Omgevingsvisie Bergeijk',
    css: `
@page { size: A4 landscape; margin: 16mm 18mm 16mm 18mm; @bottom-left { content: "Omgevingsvisie Bergeijk  |  " counter(page); ${ft} } }
@page eerste { @bottom-left { content: none; } }
@page titel { @bottom-left { content: none; } }
@page hfd { @bottom-left { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.besl { width: 170mm; }
.ttl { font: bold 15pt 'Nimbus Sans'; color: #c25b00; margin: 0 0 6mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.bp { margin-left: 6mm; text-indent: -6mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 60mm 0 0 20mm; }
.titel .t1 { font: bold 34pt 'Nimbus Sans'; color: #c25b00; }
.titel .t2 { font: 15pt 'Nimbus Sans'; }
div[style*="hfd"] h1 { margin: 45mm 0 0 20mm; }
h1 .big { display: block; font: bold 90pt 'Nimbus Sans'; color: #f0c8a8; line-height: 1; }
h1 .tt { display: block; font: bold 28pt 'Nimbus Sans'; color: #c25b00; }
.cols { columns: 2; column-gap: 10mm; }
h2 { font: bold 12pt 'Nimbus Sans'; color: #c25b00; margin: 0 0 2mm; padding-top: 3mm; break-after: avoid; }
h3 { font: bold 10pt 'Nimbus Sans'; margin: 2mm 0 1mm; break-after: avoid; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl, table.gio { width: 100%; border-collapse: collapse; font: 8.5pt 'Nimbus Sans'; margin-bottom: 3mm; break-inside: avoid; }
table.tbl th, table.tbl td, table.gio th, table.gio td { border-bottom: 0.5pt solid #c25b00; padding: 1mm 1.5mm; text-align: left; }
table.tbl th, table.gio th { color: #c25b00; }
table.gio { width: 200mm; }
.bijl { font: bold 16pt 'Nimbus Sans'; color: #c25b00; margin: 0 0 5mm; }
.gid { font: 8pt 'Nimbus Mono PS'; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
