/**
 * h206 — gemeente Bodegraven-Reeuwijk (gm1901), holdout (session 14): the Zuid-Hollandse gemeente of some 36.000
 * inwoners in the Groene Hart (Bodegraven, Driebruggen, Hogebrug, De Meije, Nieuwerbrug, Reeuwijk-Brug, Reeuwijk-Dorp,
 * Sluipwijk, Tempel and Waarder), formed in 2011 from Bodegraven and Reeuwijk. Content after the public pages on its
 * Toekomstvisie "Knooppunt in het Groene Hart" (adopted by the raad on 15 December 2021 as its omgevingsvisie 1.0:
 * three ambities gezonde dorpen, een duurzaam landschap en een sterke samenleving; six opgaven; three deelgebieden —
 * the Oude Rijnzone rondom Bodegraven, the Reeuwijkse plassengebied and the open landschap met kleine dorpen en
 * buurtschappen —; a dorpsvisie for every dorp; almost 3000 inwoners and some 60 organisaties took part), here as a
 * renewed visie of 2028, shortened and partly in our own words. Layout: Chromium, A4, Nimbus Sans 9.5 pt; chapters
 * with the NUMBER IN A GREEN BLOCK before the title on one line ("1 Inleiding"), each on a new page, sections "1.1", a
 * third level "4.1.1"; table of contents "Inhoud" of two levels with dotted leaders; footer "Toekomstvisie
 * Bodegraven-Reeuwijk · omgevingsvisie" left and "pagina n van m" right; a kader "Dorpsvisie" in the text; lists "•"
 * and "1."; a table; raadsbesluit with Artikel 1–4 with titles on the same line; GIO table Naam | Identificatie |
 * Deelgebied in "Bijlage 1".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1901', '2028', '2028-12-13', '1')
const GIOS: Array<Gio & { dg: string }> = [
  { ...gio('Gemeente Bodegraven-Reeuwijk', 'gemeente-bodegraven-reeuwijk', [0, 0], 4), dg: 'hele gemeente' },
  { ...gio('Oude Rijnzone', 'oude-rijnzone', [-1.5, 1.5], 1.2), dg: 'paragraaf 5.1' },
  { ...gio('Reeuwijkse plassengebied', 'reeuwijkse-plassen', [1.5, -0.5], 1.3), dg: 'paragraaf 5.2' },
  { ...gio('Open landschap met kleine dorpen en buurtschappen', 'open-landschap-kleine-dorpen', [0, -2.5], 1.8), dg: 'paragraaf 5.3' },
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Een omgevingsvisie 1.0'],
  [2, '1.2', 'Samen met de dorpen'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Knooppunt in het Groene Hart'],
  [2, '2.1', 'Wie we zijn'],
  [2, '2.2', 'Wat we willen behouden en versterken'],
  [1, '3', 'Opgaven'],
  [2, '3.1', 'Klimaat, energie, grondstoffen en de landbouwtransitie'],
  [2, '3.2', 'Stijgend zorggebruik en ongelijke kansen'],
  [2, '3.3', 'Meer mensen en vraag naar ruimte'],
  [2, '3.4', 'Samenwerking en rolverdeling'],
  [1, '4', 'Ambities'],
  [2, '4.1', 'Gezonde dorpen'],
  [3, '4.1.1', 'Wonen voor jong en oud'],
  [3, '4.1.2', 'Ontmoeten en bewegen'],
  [2, '4.2', 'Een duurzaam landschap'],
  [3, '4.2.1', 'Veenweide en bodemdaling'],
  [3, '4.2.2', 'Energie in het landschap'],
  [2, '4.3', 'Een sterke samenleving'],
  [1, '5', 'Deelgebieden'],
  [2, '5.1', 'De Oude Rijnzone rondom Bodegraven'],
  [2, '5.2', 'Het Reeuwijkse plassengebied'],
  [2, '5.3', 'Het open landschap met kleine dorpen en buurtschappen'],
  [1, '6', 'Uitvoering'],
  [2, '6.1', 'Van visie naar programma en omgevingsplan'],
  [2, '6.2', 'Evaluatie'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk"><span class="nr">${k.nummer}</span> ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<p class="gem">gemeente Bodegraven-Reeuwijk</p>
<p class="ttl">Raadsbesluit vaststelling Toekomstvisie Bodegraven-Reeuwijk</p>
<table class="meta"><tr><td>Raadsvergadering</td><td>13 december 2028</td></tr><tr><td>Zaaknummer</td><td>Z.28-04711</td></tr></table>
<p>De raad van de gemeente Bodegraven-Reeuwijk;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 31 oktober 2028;</p>
<p>overwegende dat de Toekomstvisie ‘Knooppunt in het Groene Hart’ van 15 december 2021 is geëvalueerd en dat de geactualiseerde visie met inwoners, dorps- en wijkteams, ondernemers en organisaties is besproken;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Toekomstvisie Bodegraven-Reeuwijk wordt vastgesteld als omgevingsvisie van de gemeente Bodegraven-Reeuwijk.</p>
<p class="art">Artikel 2 Geografische informatieobjecten</p>
<p>De werkingsgebieden van de visie zijn vastgelegd in de geografische informatieobjecten van bijlage 1.</p>
<p class="art">Artikel 3 Intrekking</p>
<p>De Toekomstvisie Bodegraven-Reeuwijk van 15 december 2021 wordt ingetrokken.</p>
<p class="art">Artikel 4 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 2 januari 2029.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 13 december 2028.</p>
${handtekeningen(['De griffier,', 'drs. C. Verhoef'], ['De voorzitter,', 'mr. B.G. Blom'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Toekomstvisie Bodegraven-Reeuwijk</p><p class="t2">Knooppunt in het Groene Hart</p><p class="t3">Omgevingsvisie · vastgesteld door de gemeenteraad op 13 december 2028</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => [nr, t, `${nr} ${t}`, n])
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(tocHtml('Inhoud', rows))
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('De Toekomstvisie beschrijft wie we zijn en hoe we ons in de toekomst willen ontwikkelen. Zij vormt de basis voor het (nog) mooier maken van onze gemeente en geeft richting aan thema’s als wonen, bedrijven, energie, gezondheid, de agrarische sector en toerisme. De Toekomstvisie is ook onze omgevingsvisie.')
  K('1.2')
  d.raw('<div class="kader"><p class="kk">Dorpsvisie</p><p>Tegelijk met de Toekomstvisie heeft elk dorp een eigen dorpsvisie gemaakt. Die beschrijft hoe het dorp zich wil ontwikkelen en wat inwoners willen behouden en versterken.</p></div>')
  d.p('De visie is opgesteld samen met inwoners, ondernemers en organisaties. Bijna 3000 inwoners en ruim 60 organisaties hebben meegedaan. De inbreng vanuit de dorpen is zoveel mogelijk meegenomen.')
  K('1.3')
  d.p('Hoofdstuk 2 beschrijft onze identiteit, hoofdstuk 3 de opgaven en hoofdstuk 4 de drie ambities. In hoofdstuk 5 werken we de ambities uit voor drie deelgebieden; hoofdstuk 6 gaat over de uitvoering.')

  K('2')
  K('2.1')
  d.p('Bodegraven-Reeuwijk ligt op een strategische plek: in de Randstad, verbonden met Leiden, Gouda, Rotterdam en Utrecht, op het knooppunt van de A12 en de N11 en met het intercitystation Bodegraven. Tegelijk ligt de gemeente midden in het Groene Hart, met veenweidepolders, de Reeuwijkse plassen en de Oude Rijn.')
  K('2.2')
  d.list(['de openheid van het veenweidelandschap;', 'de dorpse maat en het verenigingsleven;', { text: 'de cultuurhistorie', sub: ['de Oude Rijn en de Romeinse limes;', 'de linten en boerderijen in de polders.'] }], bol)

  K('3')
  d.p('Zes opgaven vragen de komende jaren onze aandacht. Vier daarvan beschrijven we hier; de kwaliteit van de leefomgeving en de behoefte aan ontmoeting komen terug bij de ambities.')
  K('3.1')
  d.p('Het klimaat verandert, de bodem daalt en de landbouw staat voor een grote omslag. Tegelijk moeten we overstappen op duurzame energie en zuinig zijn op grondstoffen.')
  K('3.2')
  d.p('Het zorggebruik stijgt en niet iedereen heeft dezelfde kansen. Een gezonde leefomgeving helpt daarbij.')
  K('3.3')
  d.p('Er komen meer mensen en er is vraag naar ruimte voor wonen, werken en recreëren, terwijl de ruimte in het Groene Hart beperkt is.')
  K('3.4')
  d.p('Inwoners willen meedoen. Dat vraagt een betere samenwerking en een andere rolverdeling tussen gemeente en samenleving.')

  K('4')
  d.p('Onze ambities in één oogopslag:')
  d.table(['Ambitie', 'Richting', 'Keuze'], [
    ['Gezonde dorpen', 'vitale dorpen met woningen voor iedereen', 'bouwen binnen de dorpsranden'],
    ['Duurzaam landschap', 'een toekomstbestendig veenweidelandschap', 'water en bodem sturend'],
    ['Sterke samenleving', 'iedereen doet mee', 'ruimte voor initiatief'],
  ], 'tbl', ['26%', '40%', '34%'])
  K('4.1')
  K('4.1.1')
  d.p('We bouwen in alle dorpen, met voorrang voor starters en ouderen. Het zwaartepunt ligt in de Oude Rijnzone.')
  K('4.1.2')
  d.p('Ontmoetingsplekken, sportparken en groene routes nodigen uit tot bewegen en ontmoeten.')
  K('4.2')
  K('4.2.1')
  d.p('Water en bodem zijn sturend. We remmen de bodemdaling en zoeken met de agrariërs naar een toekomstbestendige landbouw.')
  K('4.2.2')
  d.p('Voor de opwek van energie volgen we deze volgorde:')
  d.list(['zon op daken;', 'zon en wind bij infrastructuur en bedrijventerreinen;', 'opwek in het open landschap alleen in samenhang met andere opgaven.'], num)
  K('4.3')
  d.p('We bouwen op de kracht van de dorpen: dorps- en wijkteams, verenigingen en vrijwilligers. De gemeente faciliteert.')

  K('5')
  K('5.1')
  d.p('Rondom Bodegraven versterken we de Oude Rijnzone met woningbouw, een sterk centrum en bedrijvigheid bij de A12.')
  K('5.2')
  d.p('In het plassengebied zoeken we een betere balans tussen natuur, recreatie, leefbaarheid en verkeer. De hoge natuurwaarden behouden en beschermen we.')
  K('5.3')
  d.p('Het open landschap blijft open, met ruimte voor landbouw, natuur en recreatie. De kleine dorpen en buurtschappen blijven vitaal.')

  K('6')
  K('6.1')
  d.p('De ambities werken we uit in programma’s en in het omgevingsplan.')
  K('6.2')
  d.p('Elke raadsperiode evalueren we de visie met de dorpen.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Deelgebied'], (g) => [g.naam, gidCell(g.identificatie), g.dg], 'gio', ['30%', '50%', '20%'])

  const ft = "font: 8pt 'Nimbus Sans'; color: #3d6b35;"
  const spec: DocSpec = {
    id: 'h206',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de Toekomstvisie "Knooppunt in het Groene Hart" van Bodegraven-Reeuwijk (op 15 december 2021 door de raad vastgesteld als omgevingsvisie 1.0: drie ambities gezonde dorpen, een duurzaam landschap en een sterke samenleving; zes opgaven; drie deelgebieden Oude Rijnzone, Reeuwijkse plassengebied en open landschap met kleine dorpen en buurtschappen; een dorpsvisie per dorp; bijna 3000 inwoners en ruim 60 organisaties), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Nimbus Sans 9,5 pt, hoofdstukken met het NUMMER IN EEN GROEN BLOK voor de titel ("1 Inleiding"), elk op een nieuwe pagina, paragrafen "1.1", een derde niveau "4.1.1", inhoudsopgave "Inhoud" van twee niveaus met puntjes, voettekst "Toekomstvisie Bodegraven-Reeuwijk · omgevingsvisie" en "pagina n van m", een kader "Dorpsvisie", lijsten "•" en "1.", een tabel, raadsbesluit met Artikel 1–4 met titels, GIO-tabel Naam | Identificatie | Deelgebied in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1901',
    naam: 'Gemeente Bodegraven-Reeuwijk',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Toekomstvisie Bodegraven-Reeuwijk',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2029-01-02',
    },
    visieOpschrift: 'Toekomstvisie Bodegraven-Reeuwijk',
    gios: GIOS.map(({ dg: _dg, ...g }) => g),
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-bodegraven-reeuwijk', regeling: 'omgevingsvisie-bodegraven-reeuwijk', doel: 'omgevingsvisie-bodegraven-reeuwijk' },
      datums: { vaststelling: '2028-12-13', ondertekening: '2028-12-13', bekendmaking: '2028-12-21', inwerkingtreding: '2029-01-02' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1901',
      oin: '00000001000000019010',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [113000, 454000] },
    meubilair: ['^Toekomstvisie Bodegraven-Reeuwijk · omgevingsvisie$', '^pagina \\d+ van \\d+$'],
    title: 'Toekomstvisie Bodegraven-Reeuwijk',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 22mm 24mm 22mm; @bottom-left { content: "Toekomstvisie Bodegraven-Reeuwijk · omgevingsvisie"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} } }
@page eerste { @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1c1c1c; }
p { margin: 0 0 2.3mm; }
.gem { font: bold 10pt 'Nimbus Sans'; color: #3d6b35; margin-bottom: 8mm; }
.ttl { font: bold 16pt 'Nimbus Sans'; margin: 0 0 4mm; }
table.meta { margin: 0 0 6mm; font-size: 9pt; } table.meta td { padding: 0 6mm 1mm 0; vertical-align: top; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { break-before: page; padding-top: 70mm; }
.titel .t1 { font: bold 26pt 'Nimbus Sans'; color: #3d6b35; margin: 0 0 3mm; }
.titel .t2 { font: 15pt 'Nimbus Sans'; margin: 0 0 10mm; }
.titel .t3 { font: 10pt 'Nimbus Sans'; color: #555; }
.toc { break-before: page; } .tockop { font: bold 16pt 'Nimbus Sans'; color: #3d6b35; margin: 0 0 5mm; }
${TOC_CSS}
.brk { break-before: page; }
h1 { font: bold 18pt 'Nimbus Sans'; color: #3d6b35; margin: 0 0 6mm; }
h1 .nr { display: inline-block; background: #3d6b35; color: #fff; padding: 1mm 3mm; margin-right: 3mm; }
h2 { font: bold 12pt 'Nimbus Sans'; color: #3d6b35; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 10pt 'Nimbus Sans'; margin: 4mm 0 1mm; break-after: avoid; }
.kader { margin: 2mm 0 4mm; padding: 3mm 4mm; background: #e8f0e4; border-left: 2mm solid #3d6b35; font-size: 9pt; }
.kader .kk { font-weight: bold; margin-bottom: 1mm; }
div.lst { margin: 0 0 2.4mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font-size: 9pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th { background: #3d6b35; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.5pt solid #9bb894; padding: 1.2mm 1.5mm; vertical-align: top; }
.bijl { font: bold 15pt 'Nimbus Sans'; color: #3d6b35; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #888; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
