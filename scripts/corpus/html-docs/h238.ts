/**
 * h238 — gemeente Laarbeek (gm1659), holdout (session 14): the Brabantse gemeente of some 23.000 inwoners between
 * Helmond and the Peel with the kernen Aarle-Rixtel, Beek en Donk, Lieshout and Mariahout, the Zuid-Willemsvaart
 * and the Goorloop, Kasteel Croy, bedrijventerrein Beekerheide and the brouwerij in Lieshout. Content after the
 * public descriptions of the gemeente and its four kernen, here as an omgevingsvisie of 2028 in our own words, with
 * the forms of the Brabantse visies of the Metropoolregio Eindhoven (kernkwaliteiten, opgaven, a gebiedsgericht
 * part per kern, an uitvoeringsparagraaf). Layout: Chromium, A4 LANDSCAPE in TWO COLUMNS (chapter titles across both
 * columns), URW Bookman 9 pt with URW Gothic headings; table of contents "Inhoud" of chapters and sections with
 * dotted leaders; chapters "1." with a trailing dot (nummer "1"), sections "1.1", a third level "3.1.1"; header
 * "Laarbeek 2040 | Omgevingsvisie" left, footer "pag. n" right; lists "✓" (a check glyph) and "a)"; a
 * table; raadsbesluit with Artikel 1–3; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1659', '2028', '2028-02-24', '1')
const GIOS: Gio[] = [
  gio('Gemeente Laarbeek', 'gemeente-laarbeek', [0, 0], 4),
  gio('Beekdal Goorloop', 'beekdal-goorloop', [-1, 1], 1),
  gio('Bedrijventerrein Beekerheide', 'bedrijventerrein-beekerheide', [1.5, -0.5], 0.5),
  gio('Peelrandbreuk', 'peelrandbreuk', [2, 1.5], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}. ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const chk: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: '–' }]
const abc: Marker[] = [{ counter: 'a', suffix: ')' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie?'],
  [2, '1.2', 'Hoe is de visie gemaakt?'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Laarbeek in 2040'],
  [2, '2.1', 'Vier kernen, één gemeente'],
  [2, '2.2', 'Kernkwaliteiten'],
  [1, '3', 'Opgaven'],
  [2, '3.1', 'Wonen'],
  [3, '3.1.1', 'Woningbouw per kern'],
  [3, '3.1.2', 'Wonen en zorg'],
  [2, '3.2', 'Werken'],
  [2, '3.3', 'Landschap, water en natuur'],
  [3, '3.3.1', 'Beekdalen'],
  [3, '3.3.2', 'Peelrandbreuk'],
  [2, '3.4', 'Energie'],
  [2, '3.5', 'Mobiliteit'],
  [1, '4', 'Gebieden'],
  [2, '4.1', 'Beek en Donk'],
  [2, '4.2', 'Aarle-Rixtel'],
  [2, '4.3', 'Lieshout'],
  [2, '4.4', 'Mariahout'],
  [2, '4.5', 'Buitengebied'],
  [1, '5', 'Uitvoering'],
  [2, '5.1', 'Doorwerking'],
  [2, '5.2', 'Monitoring'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="gem">Gemeente Laarbeek</p>
<p class="ttl">Besluit van de gemeenteraad van Laarbeek tot vaststelling van de Omgevingsvisie Laarbeek 2040</p>
<p>De raad van de gemeente Laarbeek;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 januari 2028, nummer 2028-007;</p>
<p>overwegende dat de omgevingsvisie samen met inwoners, ondernemers, verenigingen en dorpsraden van Aarle-Rixtel, Beek en Donk, Lieshout en Mariahout tot stand is gekomen en dat het ontwerp van 28 september tot en met 8 november 2027 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Laarbeek 2040, met de geografische informatieobjecten zoals opgenomen in bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Laarbeek 2025 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 17 maart 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de gemeenteraad van Laarbeek van 24 februari 2028.</p>
${handtekeningen(['de griffier,', 'G.M.A. Slaats'], ['de voorzitter,', 'drs. F.A.M. Thijssen'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Laarbeek 2040</p><p class="t2">Omgevingsvisie van de gemeente Laarbeek</p><p class="t3">Aarle-Rixtel · Beek en Donk · Lieshout · Mariahout</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => [n === 1 ? `${nr}.` : nr, t, n === 1 ? `${nr}. ${t}` : `${nr} ${t}`, n])
  rows.push(['', 'Bijlage 1 Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoud', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('1')
  d.raw('<div class="cols">')
  K('1.1')
  d.p('Laarbeek is een groene gemeente met vier kernen, tussen de stad Helmond en het landelijke gebied van de Peel. In deze omgevingsvisie beschrijven wij hoe wij de fysieke leefomgeving tot 2040 willen ontwikkelen: waar wij wonen, werken, ontspannen en hoe wij omgaan met landschap, water en energie.')
  d.p('De visie vervangt de Structuurvisie Laarbeek 2025 en de ruimtelijke delen van verschillende beleidsnota’s.')
  K('1.2')
  d.p('De visie is gemaakt met de inwoners van de vier kernen. Dorpsraden, verenigingen, ondernemers en agrariërs dachten mee in werkateliers en via een digitale enquête. Daarbij vroegen wij:')
  d.list(['wat maakt uw kern bijzonder?', 'wat moet er beter?', 'welke keuzes vindt u lastig?'], abc)
  K('1.3')
  d.p('Hoofdstuk 2 schetst Laarbeek in 2040. Hoofdstuk 3 beschrijft de opgaven, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.')
  d.raw('</div>')

  d.page('std')
  K('2')
  d.raw('<div class="cols">')
  K('2.1')
  d.p('Aarle-Rixtel, Beek en Donk, Lieshout en Mariahout zijn elk een dorp met een eigen karakter en een sterk verenigingsleven. Samen vormen zij sinds 1997 de gemeente Laarbeek.')
  K('2.2')
  d.p('Inwoners noemden vooral deze kwaliteiten:')
  d.list(['het groene buitengebied met de beekdalen en de bossen rond Mariahout;', 'de rust en de dorpse schaal;', { text: 'de ligging', sub: ['dicht bij Helmond en Eindhoven;', 'aan de Zuid-Willemsvaart.'] }, 'de saamhorigheid in de kernen.'], chk)
  d.raw('</div>')

  d.page('std')
  K('3')
  d.raw('<div class="cols">')
  K('3.1')
  d.p('Laarbeek bouwt voor de eigen inwoners en voor de regionale vraag, met voorrang voor starters en ouderen.')
  K('3.1.1')
  d.table(['Kern', 'Woningen tot 2030', 'Woningen 2030–2040'], [
    ['Beek en Donk', '450', '300'],
    ['Aarle-Rixtel', '300', '200'],
    ['Lieshout', '250', '150'],
    ['Mariahout', '100', '50'],
  ], 'tbl', ['40%', '30%', '30%'])
  K('3.1.2')
  d.p('Ouderen moeten in hun eigen kern kunnen blijven wonen. Wij zoeken locaties voor geclusterde woonvormen nabij voorzieningen.')
  K('3.2')
  d.p('Bedrijventerrein Beekerheide in Beek en Donk blijft het belangrijkste werklandschap. Grote bedrijven, zoals de brouwerij in Lieshout, krijgen ruimte binnen hun huidige terrein.')
  K('3.3')
  K('3.3.1')
  d.p('De beekdalen van de Goorloop en de Aa geven wij meer ruimte voor water en natuur.')
  K('3.3.2')
  d.p('Langs de Peelrandbreuk liggen natte gronden, de zogenoemde wijstgronden. Deze bijzondere gebieden beschermen wij.')
  K('3.4')
  d.p('Wij wekken tot 2030 zo veel mogelijk energie op met zon op daken. Zonnevelden komen alleen op plekken die in het landschap passen.')
  K('3.5')
  d.p('De N279 en de N615 ontsluiten Laarbeek. Wij verbeteren de fietsroutes tussen de kernen en naar Helmond.')
  d.raw('</div>')

  d.page('std')
  K('4')
  d.raw('<div class="cols">')
  K('4.1')
  d.p('De grootste kern, met het centrum rond de Piet van Thielplein en het bedrijventerrein Beekerheide.')
  K('4.2')
  d.p('Een dorp aan de Zuid-Willemsvaart en het Eindhovens Kanaal, met Kasteel Croy in het buitengebied.')
  K('4.3')
  d.p('Een dorp met een historische kern en de brouwerij als grote werkgever.')
  K('4.4')
  d.p('Het jongste dorp, ontstaan als ontginningsdorp in de Peel, omringd door bossen.')
  K('4.5')
  d.p('Het buitengebied is in de eerste plaats agrarisch. Wij stimuleren de combinatie van landbouw met natuur, recreatie en zorg.')
  d.raw('</div>')

  d.page('std')
  K('5')
  d.raw('<div class="cols">')
  K('5.1')
  d.p('De visie werkt door in het omgevingsplan, in programma’s en in de beoordeling van initiatieven.')
  K('5.2')
  d.p('Wij rapporteren eens per twee jaar aan de raad over de voortgang.')
  d.raw('</div>')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['35%', '65%'])

  const ft = "font: 8pt 'URW Gothic'; color: #555;"
  const spec: DocSpec = {
    id: 'h238',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Laarbeek en haar vier kernen (Aarle-Rixtel, Beek en Donk, Lieshout, Mariahout; Zuid-Willemsvaart, Goorloop, Kasteel Croy, bedrijventerrein Beekerheide, de brouwerij in Lieshout, de Peelrandbreuk), hier als omgevingsvisie van 2028 in eigen woorden, met de vormen van Brabantse visies in de Metropoolregio Eindhoven (kernkwaliteiten, opgaven, gebiedsgericht deel per kern, uitvoeringsparagraaf); eigen opmaak in Chromium: A4 liggend in twee kolommen (hoofdstuktitels over beide kolommen), URW Bookman 9 pt met koppen in URW Gothic, inhoudsopgave "Inhoud" met puntjes, hoofdstukken "1." met punt, paragrafen "1.1", derde niveau "3.1.1", koptekst "Laarbeek 2040 | Omgevingsvisie" links, "pag. n" rechts onderaan, opsommingen "✓" en "a)", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1659',
    naam: 'Gemeente Laarbeek',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Laarbeek tot vaststelling van de Omgevingsvisie Laarbeek 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-03-17',
    },
    visieOpschrift: 'Laarbeek 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-laarbeek-2040', regeling: 'omgevingsvisie-laarbeek-2040', doel: 'omgevingsvisie-laarbeek-2040' },
      datums: { vaststelling: '2028-02-24', ondertekening: '2028-02-24', bekendmaking: '2028-03-08', inwerkingtreding: '2028-03-17' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1659',
      oin: '00000001000000016590',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [172000, 393000] },
    meubilair: ['^Laarbeek 2040 \\| Omgevingsvisie$', '^pag\\. \\d+$'],
    title: 'Omgevingsvisie Laarbeek 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4 landscape; margin: 16mm 18mm 16mm 18mm; @top-left { content: "Laarbeek 2040 | Omgevingsvisie"; ${ft} } @bottom-right { content: "pag. " counter(page); ${ft} } }
@page eerste { @top-left { content: none; } }
@page titel { @top-left { content: none; } @bottom-right { content: none; } }
.pg { break-before: page; }
body { font: 9pt/1.45 'URW Bookman', serif; color: #222; }
p { margin: 0 0 2mm; }
.besl { width: 170mm; }
.gem { font: bold 11pt 'URW Gothic'; color: #c25e00; margin-bottom: 6mm; }
.ttl { font: bold 13pt 'URW Gothic'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font: bold 9.5pt 'URW Gothic'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 55mm 0 0 20mm; }
.titel .t1 { font: bold 36pt 'URW Gothic'; color: #c25e00; }
.titel .t2 { font: 15pt 'URW Gothic'; }
.titel .t3 { font: 10pt 'URW Bookman'; margin-top: 15mm; color: #555; }
.tocw { width: 190mm; }
.tockop { font: bold 16pt 'URW Gothic'; color: #c25e00; margin-bottom: 4mm; }
.cols { column-count: 2; column-gap: 12mm; }
h1 { font: bold 20pt 'URW Gothic'; color: #c25e00; margin: 0 0 5mm; }
h2 { font: bold 11.5pt 'URW Gothic'; color: #c25e00; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'URW Gothic'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'URW Gothic'; border-collapse: collapse; margin: 2mm 0 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #c25e00; padding: 1mm 1.5mm; text-align: left; }
table.tbl th { background: #fbe6d2; }
.bijl { font: bold 14pt 'URW Gothic'; color: #c25e00; margin: 0 0 5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 7.5pt 'Nimbus Mono PS'; word-break: break-all; }
${TOC_CSS}
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
