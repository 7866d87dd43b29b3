/**
 * h248 — gemeente Alphen-Chaam (gm1723), holdout (session 14): the West-Brabantse plattelandsgemeente of some
 * 10.500 inwoners between Breda, Tilburg and the Belgische grens with the kernen Alphen, Chaam, Galder, Strijbeek and
 * Ulicoten, the Chaamse Bossen, the Strijbeekse Heide, the beekdalen of Chaamse Beek, Bavelse Leij and Strijbeekse
 * Beek, and the A58/N639 nearby. Content after the public descriptions of the gemeente and the Baronie van Breda,
 * here as an omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A4 portrait, Nimbus Roman
 * 10.5 pt; chapters "1  Inleiding" (number and title on one line), sections "1.1", third level "2.2.1"; table of
 * contents "Inhoudsopgave" of two levels; header "Omgevingsvisie Alphen-Chaam | gemeente Alphen-Chaam" left, footer page number right;
 * lists "•" with "–" and "a."; one table; raadsbesluit with Artikel 1–3; GIO table in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1723', '2028', '2028-03-09', '1')
const GIOS: Gio[] = [
  gio('Gemeente Alphen-Chaam', 'gemeente-alphen-chaam', [0, 0], 3),
  gio('Chaamse Bossen', 'chaamse-bossen', [0.6, -0.8], 0.9),
  gio('Beekdalen', 'beekdalen', [-0.6, 0.4], 1),
  gio('Zoekgebied wind en zon', 'zoekgebied-wind-zon', [1.2, 1.3], 0.5),
]

const kop = (k: Kop): string => `<h${k.niveau}><span class="nr">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie'],
  [2, '1.2', 'Proces'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Alphen-Chaam in beeld'],
  [2, '2.1', 'Vijf dorpen'],
  [2, '2.2', 'Landschap'],
  [3, '2.2.1', 'Bossen en heide'],
  [3, '2.2.2', 'Beekdalen'],
  [2, '2.3', 'Landbouw'],
  [1, '3', 'Ambities'],
  [2, '3.1', 'Wonen in de dorpen'],
  [2, '3.2', 'Een vitaal buitengebied'],
  [3, '3.2.1', 'Landbouw in verandering'],
  [3, '3.2.2', 'Vrijkomende agrarische bebouwing'],
  [2, '3.3', 'Recreatie'],
  [2, '3.4', 'Water en klimaat'],
  [2, '3.5', 'Energie'],
  [1, '4', 'Uitvoering'],
  [2, '4.1', 'Doorwerking'],
  [2, '4.2', 'Samenwerking'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="gem">Gemeente Alphen-Chaam</p>
<p class="ttl">Besluit van de raad van de gemeente Alphen-Chaam tot vaststelling van de Omgevingsvisie Alphen-Chaam</p>
<p>De raad van de gemeente Alphen-Chaam;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 30 januari 2028;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Alphen-Chaam van 2 november tot en met 14 december 2027 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van beantwoording;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Alphen-Chaam, met de geografische informatieobjecten uit bijlage 1, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Structuurvisie Alphen-Chaam 2013 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 9 maart 2028.</p>
${handtekeningen(['De griffier,', 'mr. J.P.A. Oomen'], ['De voorzitter,', 'drs. J.A.G.M. van Aert'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Alphen-Chaam</p><p class="t2">Ruimte voor dorp en land</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n <= 2).map(([n, nr, t]): TocRow => [nr, t, `${nr} ${t}`, n])
  rows.push(['Bijlage 1', 'Geografische informatieobjecten', 'Bijlage 1 Geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoudsopgave', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('De Omgevingswet vraagt iedere gemeente een omgevingsvisie vast te stellen. In deze visie beschrijven wij hoe wij de fysieke leefomgeving van Alphen-Chaam tot 2040 willen beschermen en ontwikkelen.')
  K('1.2')
  d.p('De visie kwam tot stand in gesprek met inwoners, ondernemers, agrariërs en de dorpsraden. Wij organiseerden:')
  d.list(['een bijeenkomst in ieder dorp;', 'een digitale enquête;', { text: 'gesprekken met partners', sub: ['Waterschap Brabantse Delta;', 'de provincie Noord-Brabant;', 'Staatsbosbeheer en Brabants Landschap.'] }], bol)
  K('1.3')
  d.p('Hoofdstuk 2 beschrijft de gemeente. Hoofdstuk 3 bevat onze ambities, hoofdstuk 4 hoe wij die uitvoeren.')

  d.page('std')
  K('2')
  K('2.1')
  d.p('Alphen-Chaam bestaat uit de dorpen Alphen, Chaam, Galder, Strijbeek en Ulicoten. De dorpen liggen verspreid in een groen, landelijk gebied.')
  d.table(['Dorp', 'Inwoners (2027)', 'Karakter'], [
    ['Chaam', '4.000', 'dorp met voorzieningen en recreatie'],
    ['Alphen', '4.300', 'dorp met voorzieningen'],
    ['Galder en Strijbeek', '1.400', 'kleine dorpen aan de Mark'],
    ['Ulicoten', 'ca. 800', 'grensdorp bij Baarle'],
  ], 'tbl', ['30%', '22%', '48%'])
  K('2.2')
  d.p('Het landschap is kleinschalig en afwisselend, met bossen, heide, beekdalen en open akkers.')
  K('2.2.1')
  d.p('De Chaamse Bossen en de Strijbeekse Heide zijn de grote natuurgebieden van de gemeente en maken deel uit van het Natuurnetwerk Brabant.')
  K('2.2.2')
  d.p('De Chaamse Beek, de Bavelse Leij en de Strijbeekse Beek stromen noordwaarts naar de Mark. De beekdalen zijn belangrijk voor water, natuur en cultuurhistorie.')
  K('2.3')
  d.p('De landbouw bepaalt voor een groot deel het beeld van het buitengebied, met veehouderij, akkerbouw en boomteelt.')

  d.page('std')
  K('3')
  K('3.1')
  d.p('Wij bouwen woningen voor de eigen inwoners en voor mensen die een band hebben met onze dorpen, binnen of aansluitend aan de kernen.')
  K('3.2')
  K('3.2.1')
  d.p('De landbouw verandert door de opgaven voor stikstof, water en klimaat. Wij steunen boeren die extensiveren, verbreden of stoppen.')
  K('3.2.2')
  d.p('Voor vrijkomende agrarische bebouwing zoeken wij een passende nieuwe functie. Wij staan toe:')
  d.list(['wonen, met sloop van overtollige stallen;', 'kleinschalige bedrijvigheid;', 'zorg, recreatie en natuur.'], let_)
  K('3.3')
  d.p('Recreatie en toerisme zijn belangrijk voor Chaam en Alphen. Wij zetten in op rustige recreatie die past bij het landschap.')
  K('3.4')
  d.p('Wij houden water langer vast in de beekdalen, herstellen de beken en maken de dorpen klimaatbestendig.')
  K('3.5')
  d.p('Wij willen in 2050 energieneutraal zijn. Wind en grootschalige zon bundelen wij in een zoekgebied in het noorden, bij de A58.')

  d.page('std')
  K('4')
  K('4.1')
  d.p('De visie werkt door in het omgevingsplan en in programma’s voor wonen, buitengebied en energie.')
  K('4.2')
  d.p('Wij werken samen in de regio West-Brabant en over de grens met de Belgische buurgemeenten.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<p class="bijl">Bijlage 1 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 8.5pt 'Nimbus Roman'; color: #444;"
  const spec: DocSpec = {
    id: 'h248',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Alphen-Chaam (Alphen, Chaam, Galder, Strijbeek en Ulicoten, de Chaamse Bossen en de Strijbeekse Heide, de Chaamse Beek, Bavelse Leij en Strijbeekse Beek, de Mark, de A58) en de Baronie van Breda, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A4 staand, Nimbus Roman 10,5 pt, hoofdstukken "1  Inleiding", paragrafen "1.1", derde niveau "2.2.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, koptekst links, paginanummer rechtsonder, opsommingen "•", "–" en "a.", één tabel, raadsbesluit met Artikel 1–3, GIO-tabel in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1723',
    naam: 'Gemeente Alphen-Chaam',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Alphen-Chaam tot vaststelling van de Omgevingsvisie Alphen-Chaam',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Alphen-Chaam',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-alphen-chaam', regeling: 'omgevingsvisie-alphen-chaam', doel: 'omgevingsvisie-alphen-chaam' },
      datums: { vaststelling: '2028-03-09', ondertekening: '2028-03-09', bekendmaking: '2028-03-22' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1723',
      oin: '00000001000000017230',
      achtergrondActualiteit: '2027-12-01',
    },
    geo: { origin: [121000, 389000] },
    meubilair: ['^Omgevingsvisie Alphen-Chaam \\| gemeente Alphen-Chaam$', '^\\d+$'],
    title: 'Omgevingsvisie Alphen-Chaam',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 22mm 22mm 20mm 25mm; @top-left { content: "Omgevingsvisie Alphen-Chaam | gemeente Alphen-Chaam"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
@page eerste { @top-left { content: none; } }
@page titel { @top-left { content: none; } @bottom-right { content: none; } }
.pg { break-before: page; }
body { font: 10.5pt/1.45 'Nimbus Roman', serif; color: #1a1a1a; }
p { margin: 0 0 2.5mm; }
.gem { font: bold 12pt 'Nimbus Sans'; color: #8a1538; margin-bottom: 8mm; }
.ttl { font: bold 14pt 'Nimbus Roman'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { padding: 90mm 0 0 0; text-align: center; }
.titel .t1 { font: bold 30pt 'Nimbus Roman'; color: #8a1538; }
.titel .t2 { font: italic 14pt 'Nimbus Roman'; }
.tockop { font: bold 18pt 'Nimbus Roman'; color: #8a1538; margin-bottom: 5mm; }
h1 { font: bold 20pt 'Nimbus Roman'; color: #8a1538; margin: 0 0 6mm; }
h2 { font: bold 13pt 'Nimbus Roman'; color: #8a1538; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 11pt 'Nimbus Roman'; margin: 4mm 0 1.5mm; break-after: avoid; }
h1 .nr, h2 .nr, h3 .nr { display: inline-block; min-width: 14mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 6mm; flex: none; } div.lst .d1 { margin-left: 6mm; }
table.tbl, table.gio { width: 100%; border-collapse: collapse; font: 9.5pt 'Nimbus Roman'; margin-bottom: 3mm; }
table.tbl th, table.tbl td, table.gio th, table.gio td { border: 0.5pt solid #8a1538; padding: 1mm 1.5mm; text-align: left; }
table.tbl th, table.gio th { background: #f4e3e8; }
.bijl { font: bold 16pt 'Nimbus Roman'; color: #8a1538; margin: 0 0 5mm; }
.gid { font: 8.5pt 'Nimbus Mono PS'; }
${TOC_CSS}
.toc .tl { min-width: 18mm; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
