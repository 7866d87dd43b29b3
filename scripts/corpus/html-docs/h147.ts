/**
 * h147 — gemeente Zwijndrecht (gm0642), holdout (session 12): the gemeente in the Drechtsteden on the Oude Maas
 * opposite Dordrecht, with Heerjansdam, the Develzone, the spoorzone and the rivierfront with its industrie. Content
 * in our own words after the general public picture of the gemeente (no published visie text could be checked
 * within the session). Layout: A5 in DejaVu Serif 8.5 pt; chapter headings in TWO LINES ("Hoofdstuk 1" over the
 * title), sections "1.1" and a third level "2.3.1"; a table of contents; footer "23 mei 2028 | versie 2.0 | 3/24"
 * (date, version and page n/m); a LONG raadsbesluit over two pages with the signature on the second; an
 * uitvoeringstabel of 30 rows spanning pages with a repeated header row; lists "–" and "1."; GIO table Nr. | Naam
 * | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0642/2028/${slug}/nld@2028-05-23;2`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Zwijndrecht', 'gemeente-zwijndrecht', [0, 0], 4),
  gio('Rivierfront Oude Maas', 'rivierfront-oude-maas', [-1, 2], 1.2),
  gio('Spoorzone', 'spoorzone', [0, 0.5], 0.6),
  gio('Develzone en Heerjansdam', 'develzone-heerjansdam', [-3, -2], 1.5),
  gio('Veiligheidszone chemische industrie', 'veiligheidszone-industrie', [1, 3], 0.8),
]
const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom deze visie'],
  [2, '1.2', 'Wat is er veranderd in versie 2.0'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Zwijndrecht in de Drechtsteden'],
  [2, '2.1', 'Ligging aan de rivier'],
  [2, '2.2', 'Bevolking en wonen'],
  [2, '2.3', 'Bedrijvigheid'],
  [3, '2.3.1', 'Rivierfront en industrie'],
  [3, '2.3.2', 'Kantoren en diensten'],
  [1, '3', 'Onze koers tot 2040'],
  [2, '3.1', 'Groen en gezond'],
  [2, '3.2', 'Wonen in alle wijken'],
  [2, '3.3', 'Bereikbaar'],
  [2, '3.4', 'Veilig en klimaatbestendig'],
  [3, '3.4.1', 'Externe veiligheid'],
  [3, '3.4.2', 'Water en hitte'],
  [1, '4', 'Gebieden'],
  [2, '4.1', 'Spoorzone en centrum'],
  [2, '4.2', 'Develzone'],
  [2, '4.3', 'Heerjansdam'],
  [1, '5', 'Uitvoering'],
  [2, '5.1', 'Uitvoeringstabel'],
  [2, '5.2', 'Monitoring'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="hfd">Hoofdstuk ${k.nummer}</span><br>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  const overw = [
    'het college op 12 januari 2028 heeft besloten de Omgevingsvisie Zwijndrecht te actualiseren tot versie 2.0;',
    'de actualisatie volgt uit de evaluatie van de eerste omgevingsvisie en uit nieuwe afspraken in de Drechtsteden over wonen, werken en bereikbaarheid;',
    'bij de voorbereiding inwoners, ondernemers, woningcorporaties en maatschappelijke organisaties zijn betrokken in wijkgesprekken, een online peiling en twee stadsateliers;',
    'de provincie Zuid-Holland, het waterschap Hollandse Delta, de Omgevingsdienst Zuid-Holland Zuid en de Veiligheidsregio Zuid-Holland Zuid zijn geraadpleegd;',
    'het ontwerp van de omgevingsvisie van 6 februari tot en met 19 maart 2028 ter inzage heeft gelegen;',
    'veertien zienswijzen zijn ingediend, die zijn samengevat en beantwoord in de Nota van beantwoording zienswijzen;',
    'de zienswijzen op onderdelen hebben geleid tot aanpassingen van de omgevingsvisie, zoals aangegeven in de Nota van wijzigingen;',
    'in de omgevingsvisie een integrale afweging is gemaakt van de belangen die bij de fysieke leefomgeving betrokken zijn;',
    'de werkingsgebieden van de omgevingsvisie zijn vastgelegd in geografische informatieobjecten;',
    'de omgevingsvisie uitsluitend het gemeentebestuur bindt;',
  ]
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit · registratienummer ZWD-2028-0231</p>
<p class="ttl">Besluit van de gemeenteraad van Zwijndrecht tot vaststelling van de Omgevingsvisie Zwijndrecht, versie 2.0</p>
<p>De gemeenteraad van Zwijndrecht,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 11 april 2028, registratienummer ZWD-2028-0231;</p>
<p>overwegende dat:</p>
${overw.map((o) => `<p class="ov">– ${o}</p>`).join('\n')}
<p>gelet op:</p>
<p class="ov">– de artikelen 3.1, 3.2 en 16.27 van de Omgevingswet;</p>
<p class="ov">– afdeling 3.4 van de Algemene wet bestuursrecht;</p>
<p class="ov">– de Participatieverordening Zwijndrecht 2024;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Zwijndrecht, versie 2.0, vast te stellen zoals opgenomen in de bijlage bij dit besluit, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 1 van de omgevingsvisie.</p>
<p class="art">Artikel 2</p>
<p>De Nota van beantwoording zienswijzen en de Nota van wijzigingen vast te stellen.</p>
<p class="art">Artikel 3</p>
<p>De Omgevingsvisie Zwijndrecht, vastgesteld op 7 november 2023, in te trekken.</p>
<p class="art">Artikel 4</p>
<p>Dit besluit treedt in werking op 1 juli 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de gemeenteraad van Zwijndrecht op 23 mei 2028.</p>
${handtekeningen(['De griffier,', 'drs. R.M. Visser'], ['De voorzitter,', 'H.C. Bos'])}
</div>`)
  d.page('titel').raw(`
<div class="titel"><p class="t1">Omgevingsvisie Zwijndrecht</p><p class="t2">versie 2.0 · mei 2028</p></div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [nr, t, n === 1 ? t : `${nr} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('1')
  d.p('Zwijndrecht ligt aan de Oude Maas, tegenover Dordrecht, en maakt deel uit van de Drechtsteden. Deze omgevingsvisie beschrijft hoe wij de fysieke leefomgeving tot 2040 ontwikkelen.')
  k('1.1')
  d.p('Een omgevingsvisie is verplicht onder de Omgevingswet. Zij geeft samenhang aan ons beleid voor de fysieke leefomgeving.')
  k('1.2')
  d.p('Ten opzichte van de eerste visie uit 2023 zijn de volgende onderdelen aangepast:')
  d.list(['de woningbouwopgave, na nieuwe regionale afspraken;', 'de koers voor het rivierfront;', { text: 'de klimaatopgave', sub: ['hitte in de oudere wijken;', 'wateroverlast bij hevige buien.'] }], streep)
  k('1.3')
  d.p('Hoofdstuk 2 beschrijft Zwijndrecht nu, hoofdstuk 3 onze koers, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.')
  k('2')
  k('2.1')
  d.p('De stad ligt aan een van de drukst bevaren rivieren van Europa. De A16, de spoorlijn Rotterdam–Dordrecht en de rivier zijn de dragers.')
  k('2.2')
  d.p('Zwijndrecht telt ongeveer 45.000 inwoners. De wijken zijn grotendeels in de jaren vijftig tot tachtig gebouwd.')
  k('2.3')
  k('2.3.1')
  d.p('Langs de Oude Maas liggen chemische en maritieme bedrijven, met veiligheidszones die de ruimte voor wonen beperken.')
  k('2.3.2')
  d.p('Rond het station werken wij aan een gemengd centrumgebied.')
  k('3')
  k('3.1')
  d.p('Wij vergroenen de wijken en verbinden ze met de Devel en het buitengebied van Heerjansdam.')
  k('3.2')
  d.p('Wij bouwen tot 2040 ongeveer 3.000 woningen:')
  d.list(['vooral in de spoorzone en aan het rivierfront;', 'met een derde sociale huur;', 'met woningen voor ouderen in elke wijk.'], nummer)
  k('3.3')
  d.p('Fiets en openbaar vervoer krijgen voorrang; de Laan van Walburg wordt een stadsstraat.')
  k('3.4')
  k('3.4.1')
  d.p('Bij nieuwe ontwikkelingen binnen de veiligheidszones weegt de gemeente het groepsrisico zorgvuldig af.')
  k('3.4.2')
  d.p('Wij houden regenwater vast in de wijk en planten bomen tegen hitte.')
  k('4')
  k('4.1')
  d.p('Het stationsgebied wordt een levendig centrum met wonen, werken en voorzieningen.')
  k('4.2')
  d.p('De Develzone blijft een groene zone langs de Devel, met ruimte voor recreatie.')
  k('4.3')
  d.p('Heerjansdam behoudt zijn dorpse karakter.')
  k('5')
  k('5.1')
  d.p('De tabel hieronder geeft de acties, de planning en de trekker.')
  const th = ['Wonen', 'Groen', 'Mobiliteit', 'Klimaat', 'Economie']
  const acties: string[][] = []
  for (let i = 0; i < 30; i++) acties.push([String(i + 1), th[i % 5]!, ['gebiedsvisie opstellen', 'regels in het omgevingsplan', 'investeringsbesluit voorbereiden', 'participatietraject', 'monitoren'][(i * 3) % 5]!, String(2028 + (i % 5))])
  d.table(['Nr.', 'Thema', 'Actie', 'Gereed'], acties, 'tbl', ['10%', '25%', '50%', '15%'])
  k('5.2')
  d.p('Wij rapporteren jaarlijks aan de raad over de uitvoering.')

  d.bijlage('1', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Identificatie'], (g) => [String(GIOS.indexOf(g) + 1), g.naam, `<span class="gid">${g.identificatie}</span>`], 'gio', ['8%', '32%', '60%'])

  const ft = "font: 7pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h147',
    set: 'holdout',
    bron: 'Eigen tekst naar het algemene openbare beeld van de gemeente Zwijndrecht (Drechtsteden, Oude Maas, Heerjansdam, Develzone, spoorzone, rivierfront met industrie); geen gepubliceerde visietekst binnen de sessie gecontroleerd; eigen opmaak: A5 in DejaVu Serif 8,5 pt, hoofdstukkoppen in twee regels ("Hoofdstuk 1" boven de titel), paragrafen "1.1" en een derde niveau "2.3.1", inhoudsopgave, voettekst "23 mei 2028 | versie 2.0 | n/m", een lang raadsbesluit over twee pagina\'s met de ondertekening op de tweede, een uitvoeringstabel van 30 rijen over meerdere pagina\'s met herhaalde kopregel, lijsten "–" en "1.", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0642',
    naam: 'Gemeente Zwijndrecht',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Zwijndrecht tot vaststelling van de Omgevingsvisie Zwijndrecht, versie 2.0',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Zwijndrecht',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-zwijndrecht-2-0', regeling: 'omgevingsvisie-zwijndrecht', doel: 'omgevingsvisie-zwijndrecht-2-0' },
      datums: { vaststelling: '2028-05-23', ondertekening: '2028-05-23', bekendmaking: '2028-05-30', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0642',
      oin: '00000001000000006420',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [103000, 421000] },
    meubilair: ['^23 mei 2028 \\| versie 2\\.0 \\| \\d+/\\d+$'],
    title: 'Omgevingsvisie Zwijndrecht',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A5; margin: 15mm 13mm 17mm 15mm; @bottom-center { content: "23 mei 2028 | versie 2.0 | " counter(page) "/" counter(pages); ${ft} } }
body { font: 8.5pt/1.4 'DejaVu Serif', serif; color: #111; }
p { margin: 0 0 2mm; }
.gem { font: 7pt 'DejaVu Sans'; color: #777; }
.ttl { font: bold 11pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.ov { margin: 0 0 1.2mm 4mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t1 { font: bold 20pt 'DejaVu Sans'; color: #B5121B; }
.titel .t2 { font: 11pt 'DejaVu Sans'; color: #555; }
.tockop { font: bold 12pt 'DejaVu Sans'; color: #B5121B; margin-bottom: 3mm; }
${TOC_CSS}
h1 { font: bold 14pt 'DejaVu Sans'; color: #B5121B; margin: 0 0 4mm; }
h1 .hfd { font: 9pt 'DejaVu Sans'; color: #555; text-transform: none; }
h2 { font: bold 10pt 'DejaVu Sans'; color: #B5121B; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 8.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font-size: 11pt; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; font-size: 7.5pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { background: #F3D9DA; text-align: left; padding: 0.8mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 0.8mm; }
table.gio { width: 100%; font-size: 7.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th { text-align: left; border-bottom: 1pt solid #B5121B; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
.gid { font: 5.8pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
