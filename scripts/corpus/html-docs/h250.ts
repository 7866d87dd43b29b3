/**
 * h250 — gemeente Cranendonck (gm1706), holdout (session 14): the Brabantse grensgemeente of some 21.000 inwoners
 * south of Eindhoven with the kernen Budel, Maarheeze, Budel-Schoot, Budel-Dorplein, Soerendonk and Gastel, the
 * zinkfabriek of Budel-Dorplein, the Weerter- en Budelerbergen, the Groote Heide and the Sterksel heide, the A2 and
 * the spoorlijn Eindhoven–Weert with station Maarheeze, the Buulder Aa and the Tungelroyse Beek. Content after
 * the public descriptions of the gemeente and De Kempen and its public page "Omgevingsvisie: wat maakt ons
 * Cranendonck?" (kernsafari's, dorpsvisies; found with `search`), here as an
 * omgevingsvisie of 2028, shortened and in our own words. Layout: Chromium, A5 portrait, DejaVu Serif 8.5 pt;
 * chapters typed in capitals "1. INLEIDING" (truth in capitals), sections "1.1", third level "2.2.1"; table of
 * contents "Inhoud" of chapters; header "Cranendonck" right, footer "pag. n" centred; lists "»" with "–"
 * and "I."; two tables; raadsbesluit with Artikel 1–2; GIO overview as lines (naam, the identificatie below it) in an unnumbered "Bijlage".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1706', '2028', '2028-11-07', '1')
const GIOS: Gio[] = [
  gio('Gemeente Cranendonck', 'gemeente-cranendonck', [0, 0], 3),
  gio('Weerter- en Budelerbergen', 'weerter-budelerbergen', [0.4, -1.4], 1),
  gio('Beekdal Buulder Aa', 'beekdal-buulder-aa', [-0.6, 0.5], 0.6),
  gio('Zoekgebied energie A2', 'zoekgebied-energie-a2', [1.3, 1], 0.6),
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1>${k.nummer}. ${k.opschrift}</h1>` : `<h${k.niveau}><span class="nr">${k.nummer}</span> ${k.opschrift}</h${k.niveau}>`

const pijl: Marker[] = [{ glyph: '»' }, { glyph: '–' }]
const rom: Marker[] = [{ counter: 'I', suffix: '.' }]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'INLEIDING'],
  [2, '1.1', 'Waarom deze visie'],
  [2, '1.2', 'Status'],
  [2, '1.3', 'Werkwijze'],
  [1, '2', 'CRANENDONCK NU'],
  [2, '2.1', 'Zes kernen'],
  [2, '2.2', 'Natuur en landschap'],
  [3, '2.2.1', 'Heide en bossen'],
  [3, '2.2.2', 'Beekdalen'],
  [2, '2.3', 'Industrieel erfgoed'],
  [1, '3', 'ONZE OPGAVEN'],
  [2, '3.1', 'Wonen'],
  [2, '3.2', 'Werken'],
  [3, '3.2.1', 'De zinkfabriek'],
  [3, '3.2.2', 'Bedrijventerreinen'],
  [2, '3.3', 'Gezondheid'],
  [2, '3.4', 'Klimaat en water'],
  [2, '3.5', 'Energie'],
  [1, '4', 'UITVOERING'],
  [2, '4.1', 'Van visie naar omgevingsplan'],
  [2, '4.2', 'Actualisatie'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const K = (nr: string) => {
    const k = KOPPEN.find(([, n]) => n === nr)!
    d.kop(k[0], k[1], k[2])
  }
  d.page('eerste').raw(`
<div class="besl">
<p class="ttl">Besluit van de gemeenteraad van Cranendonck tot vaststelling van de Omgevingsvisie Cranendonck</p>
<p>De raad van de gemeente Cranendonck;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 september 2028, nr. 2028-0713;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Cranendonck van 31 mei tot en met 12 juli 2028 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p class="bs">b e s l u i t:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Cranendonck met de bijbehorende geografische informatieobjecten vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op 1 december 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 7 november 2028.</p>
${handtekeningen(['de griffier,', 'W.J.M. Bolsius'], ['de voorzitter,', 'mr. drs. M.J.C.M. Ronde'])}
</div>`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Cranendonck</p><p class="t2">Wat maakt ons Cranendonck?</p></div>')
  const rows: TocRow[] = KOPPEN.filter(([n]) => n === 1).map(([, nr, t]): TocRow => [`${nr}.`, t, `${nr}. ${t}`, 1])
  rows.push(['', 'Bijlage Geografische informatieobjecten', 'Bijlage Geografische informatieobjecten', 1])
  d.page('std').raw(`<div class="tocw">${tocHtml('Inhoud', rows)}</div>`)
  d.page('std')
  d.enter('visie')

  K('1')
  K('1.1')
  d.p('Deze omgevingsvisie beschrijft de koers voor de fysieke leefomgeving van Cranendonck tot 2040. Zij brengt het beleid voor wonen, werken, natuur, water, energie en gezondheid samen.')
  K('1.2')
  d.p('De visie bindt het gemeentebestuur. Voor inwoners en bedrijven gelden de regels van het omgevingsplan.')
  K('1.3')
  d.p('In kernsafari’s bezochten wij met een bakfiets en een denk-mee-tent alle dorpen. Ook de dorpsvisies die inwoners voor hun eigen dorp maakten, zijn meegenomen. De visie is gemaakt in drie fasen:')
  d.list(['ophalen: gesprekken en een enquête;', 'richting kiezen: werksessies met de raad;', 'uitwerken: het ontwerp en de zienswijzen.'], rom)

  d.page('std')
  K('2')
  K('2.1')
  d.p('Cranendonck ontstond in 1997 uit de gemeenten Budel en Maarheeze. De gemeente telt zes kernen.')
  d.table(['Kern', 'Inwoners'], [
    ['Budel', '9.700'],
    ['Maarheeze', '4.900'],
    ['Budel-Schoot', '3.100'],
    ['Soerendonk', '1.900'],
    ['Budel-Dorplein en Gastel', '1.400'],
  ], 'tbl', ['65%', '35%'])
  K('2.2')
  d.p('Ruim een derde van de gemeente bestaat uit natuur.')
  K('2.2.1')
  d.p('De Weerter- en Budelerbergen, de Groote Heide en de Sterkselse heide zijn grote heide- en bosgebieden, deels Natura 2000.')
  K('2.2.2')
  d.p('De Buulder Aa en de Tungelroyse Beek ontspringen in of bij de gemeente.')
  K('2.3')
  d.p('Budel-Dorplein is in 1892 gebouwd als arbeidersdorp bij de zinkfabriek en is een beschermd dorpsgezicht.')

  d.page('std')
  K('3')
  K('3.1')
  d.p('Wij bouwen tot 2040 ongeveer 1.200 woningen, vooral in Budel en Maarheeze.')
  d.table(['Kern', 'tot 2030', '2030–2040'], [
    ['Budel en Budel-Schoot', '380', '320'],
    ['Maarheeze', '220', '160'],
    ['Overige kernen', '70', '50'],
  ], 'tbl', ['50%', '25%', '25%'])
  K('3.2')
  K('3.2.1')
  d.p('De zinkfabriek is een van de grootste werkgevers in de regio. Wij willen dat zij duurzaam kan blijven produceren, met aandacht voor de omgeving.')
  K('3.2.2')
  d.p('Bedrijventerrein Airport Kempen en het terrein bij Maarheeze bieden ruimte aan regionale bedrijven.')
  K('3.3')
  d.p('Wij letten op geluid van de A2, de luchtkwaliteit en de gevolgen van de industrie voor de gezondheid:')
  d.list([{ text: 'minder geluidhinder', sub: ['langs de A2;', 'rond het spoor.'] }, 'schone lucht bij woningen en scholen;', 'bewegen en ontmoeten in het groen.'], pijl)
  K('3.4')
  d.p('Wij houden water vast in de beekdalen en vergroenen de kernen tegen hitte.')
  K('3.5')
  d.p('Wij zoeken ruimte voor wind- en zonne-energie in een zoekgebied langs de A2, op afstand van de natuur.')

  d.page('std')
  K('4')
  K('4.1')
  d.p('De visie krijgt haar uitwerking in het omgevingsplan en in programma’s.')
  K('4.2')
  d.p('Wij actualiseren de visie eens per raadsperiode.')

  d.page('std').bijlage('', 'Geografische informatieobjecten', '<p class="bijl">Bijlage Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ' ')

  const ft = "font: 7pt 'DejaVu Serif'; color: #555;"
  const spec: DocSpec = {
    id: 'h250',
    set: 'holdout',
    bron: 'Naar de openbare pagina van de gemeente over haar omgevingsvisie “Wat maakt ons Cranendonck?” (kernsafari’s met bakfiets en denk-mee-tent, dorpsvisies) en de openbare beschrijvingen van de gemeente Cranendonck (Budel, Maarheeze, Budel-Schoot, Budel-Dorplein, Soerendonk en Gastel, de zinkfabriek, de Weerter- en Budelerbergen, de Groote Heide, de Buulder Aa en de Tungelroyse Beek, de A2) en De Kempen, hier als omgevingsvisie van 2028, ingekort en in eigen woorden; eigen opmaak in Chromium: A5 staand, DejaVu Serif 8,5 pt, hoofdstukken in hoofdletters getypt "1. INLEIDING", paragrafen "1.1", derde niveau "2.2.1", inhoudsopgave "Inhoud" van hoofdstukken, koptekst "Cranendonck" rechts, voettekst "pag. n" gecentreerd, opsommingen "»", "–" en "I.", twee tabellen, raadsbesluit met Artikel 1–2, GIO-overzicht als regels: de naam, daaronder de identificatie, in een ongenummerde "Bijlage" (holdout)',
    bevoegdGezag: 'gm1706',
    naam: 'Gemeente Cranendonck',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Cranendonck tot vaststelling van de Omgevingsvisie Cranendonck',
      artikelen: ['1', '2'],
      inwerkingtreding: '2028-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Cranendonck',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-cranendonck', regeling: 'omgevingsvisie-cranendonck', doel: 'omgevingsvisie-cranendonck' },
      datums: { vaststelling: '2028-11-07', ondertekening: '2028-11-07', bekendmaking: '2028-11-20', inwerkingtreding: '2028-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1706',
      oin: '00000001000000017060',
      achtergrondActualiteit: '2028-05-01',
    },
    geo: { origin: [168000, 365000] },
    meubilair: ['^Cranendonck$', '^pag\\. \\d+$'],
    title: 'Omgevingsvisie Cranendonck',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A5; margin: 15mm 14mm 15mm 16mm; @top-right { content: "Cranendonck"; ${ft} } @bottom-center { content: "pag. " counter(page); ${ft} } }
@page eerste { @top-right { content: none; } }
@page titel { @top-right { content: none; } @bottom-center { content: none; } }
.pg { break-before: page; }
body { font: 8.5pt/1.4 'DejaVu Serif', serif; color: #1b1b1b; }
p { margin: 0 0 2mm; }
.ttl { font: bold 11pt 'DejaVu Serif'; margin: 0 0 4mm; }
.bs { margin-top: 2mm; }
.art { font-weight: bold; margin: 2mm 0 1mm; }
.aldus { margin-top: 3mm; }
.titel { padding: 60mm 0 0 0; }
.titel .t1 { font: bold 20pt 'DejaVu Serif'; color: #264d73; }
.titel .t2 { font: italic 11pt 'DejaVu Serif'; }
.tockop { font: bold 13pt 'DejaVu Serif'; color: #264d73; margin-bottom: 4mm; }
h1 { font: bold 13pt 'DejaVu Sans'; color: #264d73; letter-spacing: 0.5pt; margin: 0 0 4mm; border-bottom: 0.8pt solid #264d73; }
h2 { font: bold 10pt 'DejaVu Sans'; color: #264d73; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 9pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
.nr { display: inline-block; min-width: 10mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; border-collapse: collapse; font: 8pt 'DejaVu Serif'; margin-bottom: 3mm; break-inside: avoid; }
table.tbl th, table.tbl td { border: 0.4pt solid #8aa; padding: 0.8mm 1.2mm; text-align: left; }
table.tbl th { background: #e6eef5; }
.bijl { font: bold 12pt 'DejaVu Sans'; color: #264d73; margin: 0 0 4mm; }
.gioregel { margin: 0 0 2mm; }
.gid { font: 6.8pt 'DejaVu Sans Mono'; display: block; white-space: nowrap; }
${TOC_CSS}
.toc .tl { min-width: 7mm; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
