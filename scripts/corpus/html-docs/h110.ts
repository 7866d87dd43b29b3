/**
 * h110 — gemeente Hoeksche Waard (gm1963), holdout (session 12): a gemeente formed by herindeling on 1 januari 2019
 * from Binnenmaas, Cromstrijen, Korendijk, Oud-Beijerland and Strijen (about 90.000 inwoners, an island of polders,
 * dijken and kreken with some fifteen dorpen). Content after the public texts on the Omgevingsvisie Hoeksche Waard
 * "Kom Waardmaken" (adopted on 17 december 2019; written with some 200 Waardmakers in 20 teams after a Vindtocht and
 * Bouwteams; "Dynamiek door de eeuwen heen is kenmerkend voor de Hoeksche Waard"; initiatives must add to the
 * Hoeksche Waarden — the wensen for omgevingskwaliteit — and the Hoeksche Werken — the maatschappelijke doelen:
 * duurzaam, energieneutraal en klimaatbestendig; vitaal economisch klimaat; bereikbaar, nabij en toegankelijk;
 * duurzame, innovatieve landbouw; 25.000 Hoeksche Waarders leave the island for work every day, 12.500 come in), here
 * as a second visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Sans 9.5 pt; the visie
 * in TWO PARTS "Deel A — Hoeksche Waarden" and "Deel B — Hoeksche Werken", each on a page of its own ("Deel A" on a
 * line above the part title; level 1 with nummer "A"/"B" in the truth), chapters "1" … "7" NUMBERED ON THROUGH both
 * parts (level 2), sections "1.1" (level 3); table of contents of parts and chapters; footer "Kom Waardmaken ·
 * Omgevingsvisie Hoeksche Waard" left and the page number right, no header; "De raad van de gemeente Hoeksche Waard;
 * … besluit:" with Artikel I–III (the second withdraws the visie of 2019, the third names the date); visie as
 * "Bijlage 1"; GIO table with the IDENTIFIER COLUMN FIRST (Identificatie | Naam) in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1963', '2027', '2027-12-14', '1')
const GIOS = [
  gio('Gemeente Hoeksche Waard', 'gemeente-hoeksche-waard', [0, 0], 8),
  gio('Nationaal Landschap Hoeksche Waard', 'nationaal-landschap-hoeksche-waard', [0, -1], 6),
  gio('Kreken en dijken', 'kreken-en-dijken', [-3, 2], 3),
  gio('Zoekgebied duurzame energie Oud-Beijerland', 'zoekgebied-duurzame-energie-oud-beijerland', [-5, 5], 1),
  gio('Bedrijventerrein Hoeksche Waard', 'bedrijventerrein-hoeksche-waard', [4, 3], 0.8),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'A', 'Hoeksche Waarden'],
  [2, '1', 'Het eiland'],
  [3, '1.1', 'Dynamiek door de eeuwen heen'],
  [3, '1.2', 'Vijf gemeenten, één eiland'],
  [2, '2', 'Landschap en dorpen'],
  [3, '2.1', 'Het open polderlandschap'],
  [3, '2.2', 'Dijken en kreken'],
  [3, '2.3', 'De dorpen'],
  [2, '3', 'Omgevingskwaliteit'],
  [3, '3.1', 'De Hoeksche Waarden als toets'],
  [3, '3.2', 'Nationaal Landschap'],
  [1, 'B', 'Hoeksche Werken'],
  [2, '4', 'Duurzaam, energieneutraal en klimaatbestendig'],
  [3, '4.1', 'Energie'],
  [3, '4.2', 'Klimaat en water'],
  [2, '5', 'Vitaal economisch klimaat'],
  [3, '5.1', 'Wonen voor alle generaties'],
  [3, '5.2', 'Werken op het eiland'],
  [2, '6', 'Bereikbaar, nabij en toegankelijk'],
  [3, '6.1', 'Verbindingen met de regio'],
  [3, '6.2', 'Voorzieningen'],
  [2, '7', 'Duurzame, innovatieve landbouw'],
  [3, '7.1', 'Agrobiodiversiteit'],
  [3, '7.2', 'Verbreding en innovatie'],
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}</span>${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  let i = 0
  const k = (): DocBuilder => {
    const [niveau, nummer, titel] = KOPPEN[i++]!
    return d.kop(niveau, nummer, titel)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Hoeksche Waard · raadsvoorstel 1948213</p>
<p class="ttl">Besluit van de raad van de gemeente Hoeksche Waard tot vaststelling van de Omgevingsvisie Hoeksche Waard 2040</p>
<p>De raad van de gemeente Hoeksche Waard;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 19 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Hoeksche Waard 2040 “Kom Waardmaken”, opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2, vast te stellen.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie Hoeksche Waard, vastgesteld op 17 december 2019, in te trekken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 februari 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 14 december 2027.</p>
${handtekeningen(['de griffier,', 'mr. E.A. Stam'], ['de voorzitter,', 'drs. J.L. Bouter'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsvoorstel 1948213</p>
<p class="t1">Omgevingsvisie Hoeksche Waard 2040</p>
<p class="t2">Kom Waardmaken</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => (n === 1 ? [`Deel ${nr}`, t, t, 1] : [nr, t, `${nr} ${t}`, 2]))
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  d.page('deelA')
  k()
  d.p('Het eerste deel beschrijft wat de Hoeksche Waard waardevol maakt: de Hoeksche Waarden. Nieuwe plannen van inwoners, ondernemers en maatschappelijke organisaties moeten eraan bijdragen.', 'intro')
  d.page('std2')
  k()
  d.p('De Hoeksche Waard is een eiland, omringd door de Oude Maas, het Spui, het Haringvliet, het Hollandsch Diep en de Dordtsche Kil.')
  k()
  d.p('Dynamiek door de eeuwen heen is kenmerkend voor de Hoeksche Waard. Door gestaag, steeds weer, in te spelen op veranderingen, is het eiland geworden tot wat het is. Verandering is onderdeel van een levend landschap en van een vitale samenleving.')
  k()
  d.p('Sinds 1 januari 2019 vormen Binnenmaas, Cromstrijen, Korendijk, Oud-Beijerland en Strijen samen één gemeente. De eerste omgevingsvisie schreven ruim 200 Waardmakers in 20 teams; deze tweede visie bouwt daarop voort.')
  k()
  d.p('Het landschap is de drager van de identiteit van het eiland.')
  k()
  d.p('Grote, open akkers, begrensd door dijken met erfbeplanting, bepalen het beeld.')
  k()
  d.p('De dijken en kreken vertellen hoe het eiland is ingepolderd. We behouden:')
  d.list(['het reliëf van de dijken en de dijkdorpen;', 'de kreken als groenblauwe aders;', { text: 'de zichtlijnen over de polders, in het bijzonder', sub: ['vanaf de dijken;', 'langs de Binnenbedijkte Maas.'] }], blok)
  k()
  d.p('Van Oud-Beijerland tot Zuid-Beijerland: elk dorp heeft zijn eigen karakter, met een dijkdorp, een kerkring of een haven als hart.')
  k()
  d.p('De Hoeksche Waarden zijn de wensen voor de omgevingskwaliteit die we met elkaar hebben opgeschreven.')
  k()
  d.p('Bij elk initiatief stellen we drie vragen:')
  d.list(['Past het bij het landschap en de dorpen?', 'Draagt het bij aan ten minste één Hoeksche Werk?', 'Is het samen met de omgeving gemaakt?'], num)
  k()
  d.p('Het Nationaal Landschap Hoeksche Waard blijft open; nieuwe bebouwing sluit aan bij bestaande linten en kernen.')

  d.page('deelB')
  k()
  d.p('Het tweede deel beschrijft de maatschappelijke doelen: de Hoeksche Werken. De hoofdstukken nummeren door na Deel A.', 'intro')
  d.page('std3')
  k()
  d.p('Het tegengaan van klimaatverandering, het aanpassen aan de gevolgen ervan en een transitie naar een circulaire economie zijn randvoorwaarden voor het welzijn en de welvaart van onze inwoners.')
  k()
  d.p('In 2040 is de Hoeksche Waard energieneutraal. Zon op daken gaat voor; grootschalige opwek concentreren we in het zoekgebied bij Oud-Beijerland.')
  k()
  d.p('Water vasthouden in de kreken en de polders, en ruimte voor waterberging bij nieuwe ontwikkelingen.')
  k()
  d.p('Als we niets doen, vergrijst en ontgroent de Hoeksche Waard. Dat kan leiden tot het verdwijnen van voorzieningen en krapte op de arbeidsmarkt. Actie is dus geboden.')
  k()
  d.table(['Kern', 'Woningen tot 2030', 'Woningen tot 2040'], [
    ['Oud-Beijerland', '1.200', '2.000'],
    ['’s-Gravendeel', '300', '550'],
    ['Numansdorp', '250', '450'],
    ['Strijen', '200', '350'],
  ], 'tbl', ['50%', '25%', '25%'])
  k()
  d.p('Het regionale bedrijventerrein biedt ruimte aan bedrijven die op het eiland horen.')
  k()
  d.p('De Hoeksche Waard is sterk verweven met de regio. Door de groei is de bereikbaarheid van het eiland verslechterd.')
  k()
  d.p('Elke dag gaan zo’n 25.000 Hoeksche Waarders van het eiland af om elders te werken; zo’n 12.500 mensen komen er werken. De verbindingen met Rotterdam en Dordrecht moeten beter.')
  k()
  d.p('Voorzieningen bundelen we in de grotere kernen, goed bereikbaar vanuit de dorpen.')
  k()
  d.p('De Hoeksche Waard is van oudsher een toplandbouwgebied, waar ondernemers inzetten op innovatie en kennisontwikkeling.')
  k()
  d.p('Agrarisch natuurbeheer en akkerranden versterken de biodiversiteit.')
  k()
  d.p('Ruimte voor verbreding: zorg, recreatie en verkoop aan huis.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Identificatie', 'Naam'], (g) => [gidCell(g.identificatie, true), g.naam], 'gio', ['62%', '38%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #2F5D3A;"
  const foot = `@bottom-left { content: "Kom Waardmaken · Omgevingsvisie Hoeksche Waard"; ${ft} } @bottom-right { content: counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h110',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Hoeksche Waard "Kom Waardmaken" (vastgesteld op 17 december 2019; geschreven met ruim 200 Waardmakers in 20 teams na een Vindtocht en Bouwteams; "Dynamiek door de eeuwen heen is kenmerkend voor de Hoeksche Waard"; initiatieven dragen bij aan de Hoeksche Waarden en de Hoeksche Werken: duurzaam, energieneutraal en klimaatbestendig; vitaal economisch klimaat; bereikbaar, nabij en toegankelijk; duurzame, innovatieve landbouw; 25.000 uitgaande en 12.500 inkomende forenzen), hier als tweede visie van 2027 van de in 2019 heringedeelde gemeente, ingekort en deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt, de visie in TWEE DELEN "Deel A — Hoeksche Waarden" en "Deel B — Hoeksche Werken" op eigen bladzijden (niveau 1, nummer "A"/"B"), hoofdstukken "1" … "7" DOORGENUMMERD over beide delen (niveau 2), paragrafen "1.1" (niveau 3), inhoudsopgave van delen en hoofdstukken, voettekst "Kom Waardmaken · Omgevingsvisie Hoeksche Waard" links en paginanummer rechts, "besluit:" met Artikel I–III (intrekking van de visie van 2019, inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel met de IDENTIFICATIEKOLOM EERST (Identificatie | Naam) in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm1963',
    naam: 'Gemeente Hoeksche Waard',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Hoeksche Waard tot vaststelling van de Omgevingsvisie Hoeksche Waard 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Hoeksche Waard 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-hoeksche-waard-2040', regeling: 'omgevingsvisie-hoeksche-waard-2040', doel: 'omgevingsvisie-hoeksche-waard-2040' },
      datums: { vaststelling: '2027-12-14', ondertekening: '2027-12-14', bekendmaking: '2027-12-21', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1963',
      oin: '00000001001963000000',
      achtergrondActualiteit: '2027-10-01',
    },
    geo: { origin: [95000, 418000] },
    meubilair: ['^Kom Waardmaken · Omgevingsvisie Hoeksche Waard( \\d+)?$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Hoeksche Waard 2040 – Kom Waardmaken',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 22mm 22mm 24mm; }
@page std { ${foot} }
@page std2 { ${foot} }
@page std3 { ${foot} }
@page deelA { ${foot} }
@page deelB { ${foot} }
@page bijl { ${foot} }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #1e1e1e; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #2F5D3A; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #2F5D3A; margin: 5mm 0 3mm; }
.titel .t2 { font: italic 16pt 'Liberation Serif'; color: #7A9A3A; }
.toc .tockop { font: bold 16pt 'Liberation Sans'; color: #2F5D3A; margin-bottom: 5mm; }
${TOC_CSS}
.deel { padding-top: 70mm; }
.deel .dl { font: 14pt 'Liberation Sans'; letter-spacing: 0.05em; color: #7A9A3A; margin: 0; }
.deel h1 { font: bold 30pt 'Liberation Sans'; color: #2F5D3A; margin: 2mm 0 8mm; }
p.intro { font-size: 11pt; width: 120mm; }
h2 { font: bold 17pt 'Liberation Sans'; color: #2F5D3A; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font: bold 11pt 'Liberation Sans'; color: #2F5D3A; margin: 4mm 0 1.5mm; break-after: avoid; }
.n { display: inline-block; min-width: 12mm; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #E3ECD8; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; }
h2.bijl { font: bold 15pt 'Liberation Sans'; color: #2F5D3A; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { background: #E3ECD8; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
