/**
 * h196 — gemeente Barendrecht (gm0489), holdout (session 13): the gemeente south of Rotterdam with the oude dorp,
 * Carnisselande, Vrijenburg and the Zuidpolder, beside the Oude Maas, the A15/A29 and the Buijtenland van Rhoon.
 * Content after the public pages on the Omgevingsvisie Barendrecht ("verschillende wijken met allemaal een eigen
 * karakter, veel groen in de omgeving en een ondernemersklimaat"; "de (maatschappelijke en ruimtelijke) kaders van
 * het beleid tot 2040"; "richting aan toekomstige ontwikkelingen" with "ruimte voor initiatieven vanuit de
 * Barendrechtse samenleving"; the Toekomstvisie "Samen Bouwen aan Barendrecht" of 2018; a digital enquête and an
 * enquête on the bedrijventerreinen; the Week van de Omgeving with workshops; the visie replacing "alle
 * structuurvisies, beleidsplannen en beleidsvisies"; the Ontwikkelkader Zuidpolder and the centrumaanpak), here as a
 * visie of 2028, shortened and partly in our own words. Layout: A5 in P052 (a Palatino) 9 pt; headings "1." /
 * "1.1." / "1.1.1." WITH TRAILING DOTS; table of contents; header "Samen bouwen aan Barendrecht" right, footer
 * "– n –" centred; lists "•" and "1)"; a table; raadsbesluit with beslispunten "1." … "3."; the GIO list as lines
 * "naam: identificatie" in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0489', '2028', '2028-11-14', '1')
const GIOS: Gio[] = [
  gio('Gemeente Barendrecht', 'gemeente-barendrecht', [0, 0], 3),
  gio('Zuidpolder', 'zuidpolder', [1, -1.5], 0.8),
  gio('Centrumgebied Barendrecht', 'centrumgebied-barendrecht', [0, 0.5], 0.5),
  gio('Oeverzone Oude Maas', 'oeverzone-oude-maas', [-1, -2.5], 1),
]

const OPBOUW: Array<[string, string, number]> = [
  ['1', 'Inleiding', 1],
  ['1.1', 'Waarom een omgevingsvisie?', 2],
  ['1.2', 'Samen de visie opstellen', 2],
  ['1.3', 'Wat vervangt de visie?', 2],
  ['2', 'Barendrecht in 2040', 1],
  ['2.1', 'Wijken met een eigen karakter', 2],
  ['2.2', 'Groen om de stad', 2],
  ['2.3', 'Een sterk ondernemersklimaat', 2],
  ['3', 'Thema’s', 1],
  ['3.1', 'Wonen', 2],
  ['3.1.1', 'Zuidpolder', 3],
  ['3.1.2', 'Centrum', 3],
  ['3.2', 'Werken', 2],
  ['3.3', 'Mobiliteit', 2],
  ['3.4', 'Groen, water en klimaat', 2],
  ['3.5', 'Energie', 2],
  ['4', 'Gebieden', 1],
  ['4.1', 'Het oude dorp', 2],
  ['4.2', 'Carnisselande', 2],
  ['4.3', 'De oevers van de Oude Maas', 2],
  ['5', 'Van visie naar uitvoering', 1],
  ['5.1', 'Programma’s', 2],
  ['5.2', 'Omgevingsplan', 2],
]

const kop = (k: Kop): string => `<h${k.niveau}>${k.nummer}.&ensp;${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '◦' }]
const num: Marker[] = [{ counter: '1', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const T = new Map(OPBOUW.map(([nr, t, n]) => [nr, [t, n] as const]))
  const k = (nr: string) => {
    const [t, n] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="org">DE RAAD VAN DE GEMEENTE BARENDRECHT</p>
<p class="ttl">Besluit tot vaststelling van de Omgevingsvisie Barendrecht 2040</p>
<p>De raad van de gemeente Barendrecht;</p>
<p>gezien het voorstel van het college van burgemeester en wethouders d.d. 3 oktober 2028;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-Omgevingsvisie Barendrecht 2040 van 29 mei tot en met 10 juli 2028 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen Omgevingsvisie Barendrecht 2040;</p>
<p class="bs">BESLUIT:</p>
<p class="bp"><span>1.</span>de Omgevingsvisie Barendrecht 2040, met de geografische informatieobjecten in bijlage I, vast te stellen;</p>
<p class="bp"><span>2.</span>de Toekomstvisie Samen Bouwen aan Barendrecht (2018) en de structuurvisies van de gemeente in te trekken;</p>
<p class="bp"><span>3.</span>te bepalen dat dit besluit in werking treedt op 1 januari 2029.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 14 november 2028.</p>
<p>De griffier,<br>mr. C.A. van Dam</p>
<p>De voorzitter,<br>drs. R.E. Schneider</p>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Barendrecht 2040</p>
<p class="t2">Samen bouwen aan Barendrecht</p>
</div>`)
  const rows: TocRow[] = OPBOUW.filter(([, , n]) => n < 3).map(([nr, t, n]) => [`${nr}.`, t, `${nr}. ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('1')
  k('1.1')
  d.p('Barendrecht heeft een aantal sterke punten: verschillende wijken met allemaal een eigen karakter, veel groen in de omgeving en een goed ondernemersklimaat. In deze visie leggen wij de maatschappelijke en ruimtelijke kaders van het beleid tot 2040 vast.')
  k('1.2')
  d.p('Wij stelden de visie op samen met inwoners, maatschappelijke partners en ondernemers:')
  d.list(['een digitale enquête voor iedereen;', 'een enquête onder ondernemers over de bedrijventerreinen;', { text: 'de Week van de Omgeving', sub: ['workshops per thema;', 'een presentatie aan de gemeenteraad.'] }], bol)
  k('1.3')
  d.p('De omgevingsvisie vervangt alle structuurvisies, beleidsplannen en beleidsvisies over de fysieke leefomgeving. Zij bouwt voort op de Toekomstvisie Samen Bouwen aan Barendrecht uit 2018.')

  k('2')
  k('2.1')
  d.p('Van het oude dorp tot Carnisselande: iedere wijk houdt haar eigen karakter.')
  k('2.2')
  d.p('Het Zuidelijk Randpark, de Gaatkensplas en de oevers van de Oude Maas zijn dichtbij.')
  k('2.3')
  d.p('Barendrecht is een plek voor de versmarkt, logistiek en het mkb.')

  k('3')
  k('3.1')
  d.p('Wij bouwen tot 2040 circa 3.000 woningen.')
  k('3.1.1')
  d.p('In de Zuidpolder komt een nieuwe woonwijk volgens het Ontwikkelkader Zuidpolder.')
  k('3.1.2')
  d.p('Het centrum wordt klimaatadaptief heringericht en krijgt meer woningen.')
  d.table(['Locatie', 'Woningen', 'Planning'], [
    ['Zuidpolder fase 1 en 2', '1.500', '2029–2036'],
    ['Centrum', '800', '2028–2034'],
    ['Inbreiding', '700', 'doorlopend'],
  ], 'tbl', ['45%', '25%', '30%'])
  k('3.2')
  d.p('De bedrijventerreinen blijven werklocaties; wij verduurzamen ze samen met de ondernemers.')
  k('3.3')
  d.p('Wij kiezen in deze volgorde:')
  d.list(['lopen en fietsen;', 'openbaar vervoer, met metro en bus;', 'de auto.'], num)
  k('3.4')
  d.p('Wij vergroenen de openbare ruimte en houden water vast.')
  k('3.5')
  d.p('Zon op daken gaat voor; over windenergie overleggen wij met de provincie.')

  k('4')
  k('4.1')
  d.p('Het lint en de dijken van het oude dorp bewaren de historie.')
  k('4.2')
  d.p('Carnisselande krijgt meer voorzieningen voor jongeren en ouderen.')
  k('4.3')
  d.p('Langs de Oude Maas combineren wij natuur, recreatie en waterveiligheid.')

  k('5')
  k('5.1')
  d.p('Wij werken de visie uit in programma’s per thema en gebied.')
  k('5.2')
  d.p('Het omgevingsplan vertaalt de keuzes in regels.')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<h1 class="brk">Bijlage I&ensp;Geografische informatieobjecten</h1>')
  d.gioRegels(GIOS, ': ')

  const ft = "font: 7.5pt 'P052'; color: #444;"
  const spec: DocSpec = {
    id: 'h196',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de Omgevingsvisie Barendrecht (wijken met een eigen karakter, veel groen en een ondernemersklimaat; de maatschappelijke en ruimtelijke kaders van het beleid tot 2040; richting aan toekomstige ontwikkelingen met ruimte voor initiatieven uit de samenleving; de Toekomstvisie "Samen Bouwen aan Barendrecht" van 2018; een digitale enquête, een enquête over de bedrijventerreinen en de Week van de Omgeving; de visie vervangt alle structuurvisies, beleidsplannen en beleidsvisies; het Ontwikkelkader Zuidpolder en de centrumaanpak), hier als visie van 2028, ingekort en deels in eigen woorden; eigen opmaak: A5 in P052 (een Palatino) 9 pt, koppen "1." / "1.1." / "1.1.1." MET AFSLUITENDE PUNT, inhoudsopgave, kopregel "Samen bouwen aan Barendrecht" rechts, voettekst "– n –" gecentreerd, lijsten "•" en "1)", een tabel, raadsbesluit met beslispunten "1." … "3.", GIO-lijst als regels "naam: identificatie" in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0489',
    naam: 'Gemeente Barendrecht',
    besluit: {
      opschrift: 'Besluit tot vaststelling van de Omgevingsvisie Barendrecht 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2029-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Barendrecht 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-barendrecht-2040', regeling: 'omgevingsvisie-barendrecht-2040', doel: 'omgevingsvisie-barendrecht-2040' },
      datums: { vaststelling: '2028-11-14', ondertekening: '2028-11-14', bekendmaking: '2028-11-21', inwerkingtreding: '2029-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0489',
      oin: '00000001000000004890',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [95000, 429000] },
    meubilair: ['^Samen bouwen aan Barendrecht · omgevingsvisie$', '^– \\d+ –$'],
    title: 'Omgevingsvisie Barendrecht 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A5; margin: 16mm 14mm 16mm 15mm; }
@page std { @top-right { content: "Samen bouwen aan Barendrecht · omgevingsvisie"; ${ft} } @bottom-center { content: "– " counter(page) " –"; ${ft} } }
body { font: 9pt/1.4 'P052', serif; color: #111; }
p { margin: 0 0 2mm; }
.org { font: bold 8.5pt 'P052'; letter-spacing: 0.06em; margin-bottom: 5mm; }
.ttl { font: bold 11.5pt 'P052'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.bp { padding-left: 6mm; text-indent: -6mm; }
.bp span { display: inline-block; width: 6mm; text-indent: 0; }
.aldus { margin-top: 4mm; }
.besluit { break-after: page; }
.titel { padding-top: 50mm; break-after: page; }
.titel .t1 { font: bold 20pt 'P052'; color: #005A8C; margin: 0 0 4mm; }
.titel .t2 { font: italic 12pt 'P052'; color: #333; }
.tockop { font: bold 13pt 'P052'; color: #005A8C; margin-bottom: 4mm; }
${TOC_CSS}
.toc { break-after: page; font-size: 8.5pt; }
.toc .tl { min-width: 9mm; }
h1 { font: bold 14pt 'P052'; color: #005A8C; break-before: page; margin: 0 0 4mm; }
h2 { font: bold 10.5pt 'P052'; color: #005A8C; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 9pt 'P052'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; font-size: 8pt; border-collapse: collapse; margin: 2mm 0 3mm; }
table.tbl th { border-top: 0.8pt solid #005A8C; border-bottom: 0.5pt solid #005A8C; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.3pt solid #bbb; padding: 1mm; }
.gioregel { font-size: 8pt; margin-bottom: 2mm; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
