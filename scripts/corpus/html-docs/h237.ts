/**
 * h237 — gemeente Meerssen (gm0938), holdout (session 14): the Zuid-Limburgse gemeente of some 19.000 inwoners in
 * the Geuldal and the Maasvallei north-east of Maastricht, with the kernen Meerssen, Bunde, Geulle, Ulestraten,
 * Rothem and Moorveld, the Basiliek van het Heilig Sacrament, the Meerssenerbroek, the kalkgraslanden on the
 * plateauranden and the A2 and A79 through its territory. Content after the public descriptions of the gemeente
 * and of Nationaal Landschap Zuid-Limburg, here as an omgevingsvisie of 2028 in our own words, with the forms of
 * the Zuid-Limburgse visies (a Leeswijzer, kernkwaliteiten of the landscape, a gebiedsgerichte part per kern).
 * Layout: Chromium, A4 portrait, C059 9.5 pt with Nimbus Sans Narrow headings; each chapter opens on a CHAPTER
 * TITLE PAGE with "Hoofdstuk 1" on a line above the title (nummer "1") and a short intro; sections "1.1", a third
 * level "4.1.1"; no table of contents; no header, footer "Gemeente Meerssen – Omgevingsvisie
 * 2040" left and "blz. n" right; FOOTNOTES with superscript marks at the bottom of their page; a "Kader" box; lists
 * "•" and "1."; a table; raadsbesluit with Artikel 1–4 titled ("Artikel 1 Vaststelling"); the GIOs as lines
 * "naam – identificatie" in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0938', '2028', '2028-05-23', '1')
const GIOS: Gio[] = [
  gio('Gemeente Meerssen', 'gemeente-meerssen', [0, 0], 4),
  gio('Geuldal', 'geuldal', [1, -0.5], 1.2),
  gio('Maasvallei', 'maasvallei', [-2, 0.5], 1.3),
  gio('Plateau van Ulestraten', 'plateau-ulestraten', [1.5, 1.5], 1),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hl">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const H1 = (nr: string, t: string, intro: string) => {
    d.page('std')
    d.kop(1, nr, t)
    d.raw(`<p class="intro">${intro}</p></div>`)
    d.page('std')
  }
  d.page('eerste').raw(`
<p class="gem">GEMEENTE MEERSSEN</p>
<p class="ttl">Besluit van de raad van de gemeente Meerssen tot vaststelling van de Omgevingsvisie Meerssen 2040</p>
<p>De raad van de gemeente Meerssen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 11 april 2028, nummer 2028/0219;</p>
<p>overwegende dat de gemeente op grond van de Omgevingswet één samenhangende visie vaststelt voor de fysieke leefomgeving van het gehele grondgebied, dat het ontwerp van 18 januari tot en met 28 februari 2028 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de bijgevoegde nota;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit vast te stellen:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Omgevingsvisie Meerssen 2040 wordt vastgesteld.</p>
<p class="art">Artikel 2 Geografische informatieobjecten</p>
<p>De gebieden waarop de visie betrekking heeft zijn vastgelegd in de geografische informatieobjecten in bijlage A.</p>
<p class="art">Artikel 3 Intrekking</p>
<p>De Structuurvisie Meerssen 2030 wordt ingetrokken.</p>
<p class="art">Artikel 4 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 16 juni 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 23 mei 2028.</p>
${handtekeningen(['de griffier,', 'mr. drs. L.M.J. Wetzels'], ['de voorzitter,', 'H.H.J. Jongen'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie<br>Meerssen 2040</p><p class="t2">Wonen in het Geuldal, tussen Maas en plateau</p></div>')
  d.enter('visie')

  H1('1', 'Inleiding', 'Waarom een omgevingsvisie, hoe is zij gemaakt en hoe leest u haar?')
  d.kop(2, '1.1', 'Aanleiding')
  d.p('Meerssen ligt in het hart van Zuid-Limburg, tussen Maastricht, Valkenburg en de Westelijke Mijnstreek. De Omgevingswet vraagt van iedere gemeente een visie op de hele fysieke leefomgeving.<sup>1</sup> Met deze visie leggen wij vast waar wij in 2040 willen staan.')
  d.raw('<p class="fn"><sup>1</sup> Artikel 3.1, eerste lid, Omgevingswet: de gemeenteraad stelt voor het hele grondgebied een omgevingsvisie vast.</p>')
  d.kop(2, '1.2', 'Totstandkoming')
  d.p('Wij spraken met inwoners in alle kernen, met ondernemers, met de agrarische sector en met partners als het Waterschap Limburg en de provincie. Daaruit kwamen drie boodschappen naar voren:')
  d.list(['koester het landschap van Geuldal en plateau;', 'houd de kernen leefbaar, met woningen voor jong en oud;', 'maak Meerssen beter bereikbaar per fiets en openbaar vervoer.'], num)
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft de kwaliteiten van Meerssen, hoofdstuk 3 de ambities. Hoofdstuk 4 werkt de visie per gebied uit en hoofdstuk 5 gaat over de uitvoering.')

  H1('2', 'Kwaliteiten van Meerssen', 'Het landschap en de kernen zijn het fundament van deze visie.')
  d.kop(2, '2.1', 'Landschap')
  d.p('Het Geuldal met zijn hellingbossen en graften, de Maasvallei met de Meerssenerbroek en het plateau van Ulestraten vormen samen een afwisselend landschap dat deel uitmaakt van het Nationaal Landschap Zuid-Limburg.<sup>2</sup>')
  d.raw('<p class="fn"><sup>2</sup> Het Nationaal Landschap Zuid-Limburg is in de provinciale omgevingsverordening aangewezen.</p>')
  d.kop(2, '2.2', 'Erfgoed')
  d.p('De Basiliek van het Heilig Sacrament, de carréboerderijen en de kastelen langs de Geul geven Meerssen een rijk cultureel erfgoed.')
  d.kop(2, '2.3', 'Kernen')
  d.table(['Kern', 'Karakter', 'Ligging'], [
    ['Meerssen', 'centrumkern met voorzieningen', 'Geuldal'],
    ['Bunde', 'woonkern met station', 'Maasvallei'],
    ['Geulle', 'dorp aan de Maas', 'Maasterras'],
    ['Ulestraten', 'dorp op het plateau', 'plateau'],
    ['Rothem en Moorveld', 'woonkernen', 'rand Geuldal'],
  ], 'tbl', ['28%', '42%', '30%'])

  H1('3', 'Ambities', 'Vier ambities geven richting tot 2040.')
  d.kop(2, '3.1', 'Vitale kernen')
  d.p('Wij bouwen naar behoefte, in en aan de kernen, met voorrang voor starters en senioren.')
  d.kop(2, '3.2', 'Een sterk landschap')
  d.raw('<div class="kader"><p class="kk">Kader – kalkgraslanden</p><p>De kalkgraslanden op de hellingen behoren tot de soortenrijkste natuur van Nederland. Beheer door begrazing en maaien houdt ze open.</p></div>')
  d.p('Wij versterken het landschap met nieuwe landschapselementen, zoals graften, hagen en hoogstamboomgaarden.')
  d.kop(2, '3.3', 'Duurzaam en klimaatbestendig')
  d.p('Het Geuldal is kwetsbaar voor hoogwater, zoals in juli 2021 bleek. Samen met het waterschap houden wij water vast op het plateau en geven wij de Geul ruimte.')
  d.list([{ text: 'water vasthouden', sub: ['buffers en graften op het plateau;', 'minder verharding in de kernen.'] }, 'water bergen in de Meerssenerbroek;', 'zon op daken en op geluidschermen langs de A2.'], bol)
  d.kop(2, '3.4', 'Bereikbaar Meerssen')
  d.p('De stations Meerssen en Bunde, de fietsroutes naar Maastricht en de aansluitingen op de A2 en de A79 houden Meerssen bereikbaar.')

  H1('4', 'Gebieden', 'Per gebied werken wij de ambities uit.')
  d.kop(2, '4.1', 'Geuldal')
  d.kop(3, '4.1.1', 'Centrum Meerssen')
  d.p('Het centrum rond de Markt en de Basiliek blijft een levendig winkel- en horecagebied.')
  d.kop(3, '4.1.2', 'Geulbeemden')
  d.p('In de beemden heeft de rivier voorrang; bebouwing blijft buiten het overstromingsgebied.')
  d.kop(2, '4.2', 'Maasvallei')
  d.p('Bunde en Geulle liggen tussen de Maas, het Julianakanaal en de A2. Hier is ruimte voor rivierennatuur en recreatie.')
  d.kop(2, '4.3', 'Plateau van Ulestraten')
  d.p('Het open plateau is in gebruik voor akkerbouw. Wij behouden de weidse vergezichten en bouwen alleen binnen Ulestraten.')

  H1('5', 'Uitvoering', 'Hoe de visie doorwerkt.')
  d.kop(2, '5.1', 'Omgevingsplan en programma’s')
  d.p('De visie wordt uitgewerkt in het omgevingsplan en in programma’s voor wonen, klimaatadaptatie en landschap.')
  d.kop(2, '5.2', 'Samenwerking')
  d.p('Wij werken samen met de gemeenten in Maastricht-Heuvelland en de Westelijke Mijnstreek, met het waterschap en met de provincie Limburg.')
  d.kop(2, '5.3', 'Evaluatie')
  d.p('Iedere raadsperiode evalueren wij de visie.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<p class="bijl">Bijlage A – Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ' – ')

  const ft = "font: 8pt 'Nimbus Sans Narrow'; color: #555;"
  const spec: DocSpec = {
    id: 'h237',
    set: 'holdout',
    bron: 'Naar de openbare beschrijvingen van de gemeente Meerssen (kernen Meerssen, Bunde, Geulle, Ulestraten, Rothem en Moorveld; Geuldal, Maasvallei, Meerssenerbroek, plateau van Ulestraten, kalkgraslanden; Basiliek van het Heilig Sacrament; A2 en A79) en van het Nationaal Landschap Zuid-Limburg, hier als omgevingsvisie van 2028 in eigen woorden, met de vormen van Zuid-Limburgse visies (leeswijzer, kernkwaliteiten van het landschap, gebiedsgericht deel); eigen opmaak in Chromium: A4 staand, C059 9,5 pt met koppen in Nimbus Sans Narrow, elk hoofdstuk op een eigen titelpagina met "Hoofdstuk 1" boven de titel en een korte inleiding, paragrafen "1.1", derde niveau "4.1.1", geen inhoudsopgave, voettekst "Gemeente Meerssen – Omgevingsvisie 2040" links en "blz. n" rechts, voetnoten met superscript, een kader, opsommingen "•" en "1.", een tabel, raadsbesluit met Artikel 1–4 met titels, GIO-overzicht als regels "naam – identificatie" in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0938',
    naam: 'Gemeente Meerssen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Meerssen tot vaststelling van de Omgevingsvisie Meerssen 2040',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2028-06-16',
    },
    visieOpschrift: 'Omgevingsvisie Meerssen 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-meerssen-2040', regeling: 'omgevingsvisie-meerssen-2040', doel: 'omgevingsvisie-meerssen-2040' },
      datums: { vaststelling: '2028-05-23', ondertekening: '2028-05-23', bekendmaking: '2028-06-06', inwerkingtreding: '2028-06-16' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0938',
      oin: '00000001000000009380',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [181000, 323000] },
    meubilair: ['^Gemeente Meerssen – Omgevingsvisie 2040$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Meerssen 2040',
    css: `
@page { size: A4; margin: 20mm 22mm 22mm 24mm; @bottom-left { content: "Gemeente Meerssen – Omgevingsvisie 2040"; ${ft} } @bottom-right { content: "blz. " counter(page); ${ft} } }
@page eerste { @bottom-left { content: none; } @bottom-right { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
.pg { break-before: page; }
body { font: 9.5pt/1.45 'C059', serif; color: #1e1e1e; }
p { margin: 0 0 2.3mm; }
.gem { font: bold 11pt 'Nimbus Sans Narrow'; letter-spacing: 0.08em; color: #8a1c2b; margin-bottom: 8mm; }
.ttl { font: bold 14pt 'Nimbus Sans Narrow'; margin: 0 0 6mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font: bold 10pt 'Nimbus Sans Narrow'; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.titel { padding-top: 90mm; }
.titel .t1 { font: bold 30pt/1.15 'Nimbus Sans Narrow'; color: #8a1c2b; }
.titel .t2 { font: italic 13pt 'C059'; margin-top: 6mm; }
.hfd { padding-top: 70mm; }
.hfd .hl { font: 14pt 'Nimbus Sans Narrow'; color: #8a1c2b; letter-spacing: 0.05em; margin: 0 0 2mm; }
.hfd h1 { font: bold 26pt 'Nimbus Sans Narrow'; color: #8a1c2b; margin: 0 0 8mm; border-bottom: 1.5pt solid #8a1c2b; padding-bottom: 3mm; }
.hfd .intro { font: italic 11pt 'C059'; color: #444; }
h2 { font: bold 12.5pt 'Nimbus Sans Narrow'; color: #8a1c2b; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Nimbus Sans Narrow'; margin: 3mm 0 1mm; break-after: avoid; }
.fn { font-size: 7.5pt; border-top: 0.4pt solid #888; padding-top: 1mm; margin-top: 3mm; }
.kader { border: 0.8pt solid #8a1c2b; padding: 2mm 3mm; margin: 2mm 0 3mm; font: 8.5pt/1.4 'Nimbus Sans Narrow'; }
.kader .kk { font-weight: bold; margin-bottom: 1mm; }
div.lst { margin: 0 0 2.3mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 8.5pt 'Nimbus Sans Narrow'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #8a1c2b; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { border-top: 1pt solid #8a1c2b; }
.bijl { font: bold 14pt 'Nimbus Sans Narrow'; color: #8a1c2b; margin: 0 0 5mm; }
.gioregel { font-size: 8.5pt; margin: 0 0 2mm; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
