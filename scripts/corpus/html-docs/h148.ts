/**
 * h148 — gemeente Moerdijk (gm1709), holdout (session 12): the West-Brabantse gemeente of the Havenschap Moerdijk
 * (Port of Moerdijk), the kernen Zevenbergen, Klundert, Fijnaart, Willemstad, Standdaarbuiten, Zevenbergschen Hoek,
 * Langeweg, Heijningen, Noordhoek, Moerdijk and Helwijk, the Hollandsch Diep and the A16/A17/A59. Content partly after the
 * gemeente's public pages on its "Omgevingsvisie gemeente Moerdijk 2040" (vastgesteld 14 december 2023: a description
 * of the present and the opgaven, kernambities, a toekomstverhaal, uitwerkingen per deelgebied, an uitvoeringsparagraaf
 * and a visiekaart; made with three "Ateliers Moerdijk 2040" and over 1.000 reactions to a survey), here as a revised
 * visie of 2028, mostly in our own words. Layout: A4 in Liberation Serif 10.5 pt; parts "DEEL I — VISIE" and "DEEL II — GEBIEDEN" in capitals
 * (level 1, nummer "I"/"II"), chapters numbered on through the parts "1" … "6" (level 2), sections "1.1" (level 3)
 * and a fourth level "5.2.1"; no table of contents; a logo text "gemeente Moerdijk" at the top left of every page;
 * page number "- n -" centred below; a figure with caption "Figuur 2.1 …" between paragraphs; footnotes as notes at
 * the end of a section; lists "•" and "1."; a table; raadsbesluit with "BESLUIT:" and Artikel 1–3; GIO list as
 * lines "naam – identificatie" in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm1709/2028/${slug}/nld@2028-01-25;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Moerdijk', 'gemeente-moerdijk', [0, 0], 6),
  gio('Haven- en industrieterrein Moerdijk', 'haven-industrieterrein-moerdijk', [2, 3], 1.5),
  gio('Vestingstad Willemstad', 'vestingstad-willemstad', [-6, 2], 0.6),
  gio('Hollandsch Diep', 'hollandsch-diep', [-2, 4], 2),
  gio('Logistiek Park Moerdijk', 'logistiek-park-moerdijk', [3, 1], 0.8),
]
const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk deel">DEEL ${k.nummer} — ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}. ${k.opschrift}</h2>`
      : k.niveau === 3
        ? `<h3>${k.nummer} ${k.opschrift}</h3>`
        : `<h4>${k.nummer} ${k.opschrift}</h4>`
const punt: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]
const noot = (n: number, t: string) => `<p class="noot"><sup>${n}</sup> ${t}</p>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Moerdijk tot vaststelling van de Omgevingsvisie Moerdijk 2040</p>
<p>De raad van de gemeente Moerdijk;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 28 november 2027, nummer 27.0912;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie Moerdijk 2040 met ingang van 4 september 2027 gedurende zes weken voor een ieder ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1 en afdeling 16.4 van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>Vast te stellen de Omgevingsvisie Moerdijk 2040, met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 1.</p>
<p class="art">Artikel 2</p>
<p>In te trekken de Structuurvisie Moerdijk 2013.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 maart 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 25 januari 2028.</p>
${handtekeningen(['de griffier,', 'mr. C.J.M. Snoeren'], ['de voorzitter,', 'J.W.J. van der Meer'])}
</div>`)
  d.page('titel').raw(`
<div class="titel"><p class="t1">Omgevingsvisie Moerdijk 2040</p><p class="t2">Haven, polders en kernen in balans</p></div>`)

  d.enter('visie')
  d.kop(1, 'I', 'VISIE')
  d.kop(2, '1', 'Inleiding')
  d.kop(3, '1.1', 'Doel van de omgevingsvisie')
  d.p('De Omgevingsvisie Moerdijk 2040 geeft de koers voor de fysieke leefomgeving van onze gemeente met elf kernen, een groot havengebied en open polders.<sup>1</sup>')
  d.raw(noot(1, 'Deze visie vervangt de Structuurvisie Moerdijk 2013.'))
  d.kop(3, '1.2', 'Opbouw')
  d.p('Tijdens drie Ateliers Moerdijk 2040 deelden inwoners en ondernemers hun dromen, wensen en ideeën; op een vragenlijst kwamen ruim 1.000 reacties. Deel I bevat de opgaven, de kernambities en het toekomstverhaal; deel II werkt die uit per deelgebied.')
  d.kop(2, '2', 'Moerdijk in 2040')
  d.kop(3, '2.1', 'Kernkwaliteiten')
  d.p('Onze kernkwaliteiten zijn:')
  d.list(['de ligging aan het Hollandsch Diep;', 'de historische vestingstadjes Willemstad en Klundert;', { text: 'het open polderlandschap', sub: ['met dijken en kreken;', 'met akkerbouw op zware klei.'] }, 'de haven als motor van werkgelegenheid.'], punt)
  d.raw(`<div class="fig"><div class="kaart">kaart</div><p class="cap">Figuur 2.1 Kernen, haven en polders van Moerdijk</p></div>`)
  d.p('De kernen liggen verspreid over de polders, elk met een eigen karakter en eigen voorzieningen.')
  d.kop(3, '2.2', 'Ambities')
  d.p('Wij streven naar een gezonde en veilige leefomgeving, ook naast een haven van nationaal belang.<sup>2</sup>')
  d.raw(noot(2, 'Het haven- en industrieterrein Moerdijk is in de Nationale Omgevingsvisie aangeduid als mainport-gerelateerd.'))
  d.kop(2, '3', 'Thema’s')
  d.kop(3, '3.1', 'Wonen en leefbaarheid')
  d.p('Wij bouwen tot 2040 ongeveer 2.800 woningen, verdeeld over de kernen:')
  d.table(['Kern', 'Woningen tot 2030', 'Woningen 2030–2040'], [
    ['Zevenbergen', '650', '500'],
    ['Klundert', '250', '200'],
    ['Fijnaart en Heijningen', '220', '180'],
    ['Willemstad', '120', '80'],
    ['Overige kernen', '340', '260'],
  ], 'tbl', ['50%', '25%', '25%'])
  d.kop(3, '3.2', 'Economie en haven')
  d.p('De haven groeit binnen haar bestaande grenzen. Wij zetten in op:')
  d.list(['verduurzaming van de industrie;', 'vervoer over water en spoor;', 'een schone en veilige haven.'], nummer)
  d.kop(3, '3.3', 'Energie en klimaat')
  d.p('Wij wekken duurzame energie op bij de haven en langs de snelwegen.')
  d.kop(3, '3.4', 'Landbouw en natuur')
  d.p('De akkerbouw blijft de drager van het buitengebied. Langs het Hollandsch Diep ligt waardevolle natuur.')

  d.kop(1, 'II', 'GEBIEDEN')
  d.kop(2, '4', 'De kernen')
  d.kop(3, '4.1', 'Zevenbergen')
  d.p('Zevenbergen is de grootste kern, met het gemeentehuis en het station.')
  d.kop(3, '4.2', 'Klundert en Willemstad')
  d.p('De vestingwerken blijven beleefbaar; nieuwbouw past bij de historische schaal.<sup>3</sup>')
  d.raw(noot(3, 'Willemstad is een beschermd stadsgezicht.'))
  d.kop(3, '4.3', 'De dorpen')
  d.p('In de dorpen bouwen wij naar behoefte en houden wij voorzieningen bereikbaar.')
  d.kop(2, '5', 'Haven en bedrijvigheid')
  d.kop(3, '5.1', 'Haven- en industrieterrein')
  d.p('Het terrein biedt ruimte aan chemie, logistiek en energie.')
  d.kop(3, '5.2', 'Logistiek Park Moerdijk')
  d.kop(4, '5.2.1', 'Ontsluiting')
  d.p('Het park wordt ontsloten via de A16 en de A17.')
  d.kop(4, '5.2.2', 'Landschappelijke inpassing')
  d.p('Een groene rand scheidt het park van Zevenbergschen Hoek.')
  d.kop(2, '6', 'Het buitengebied')
  d.kop(3, '6.1', 'Polders')
  d.p('De polders blijven open. Nieuwe bebouwing komt op bestaande erven.')
  d.kop(3, '6.2', 'Hollandsch Diep')
  d.p('De oevers van het Hollandsch Diep zijn voor natuur en recreatie.')

  d.bijlage('1', 'Werkingsgebieden', '<h1 class="brk bijl">Bijlage 1 Werkingsgebieden</h1>')
  d.gioRegels(GIOS, ' – ')

  const ft = "font: 9pt 'Liberation Serif'; color: #333;"
  const spec: DocSpec = {
    id: 'h148',
    set: 'holdout',
    bron: 'Deels naar de openbare pagina\'s van de gemeente Moerdijk over de "Omgevingsvisie gemeente Moerdijk 2040" (vastgesteld 14 december 2023: huidige situatie en opgaven, kernambities, toekomstverhaal, uitwerkingen per deelgebied, uitvoeringsparagraaf en visiekaart; drie Ateliers Moerdijk 2040 en ruim 1.000 reacties op een vragenlijst), hier als herziene visie van 2028, grotendeels in eigen woorden; eigen opmaak: A4 in Liberation Serif 10,5 pt, delen "DEEL I — VISIE" en "DEEL II — GEBIEDEN" in hoofdletters (niveau 1), hoofdstukken doorgenummerd "1." … "6." (niveau 2), paragrafen "1.1" (niveau 3) en een vierde niveau "5.2.1", geen inhoudsopgave, logotekst "gemeente Moerdijk" linksboven op elke pagina, paginanummer "- n -" gecentreerd onder, een figuur met onderschrift "Figuur 2.1 …" tussen alinea\'s, noten aan het eind van paragrafen, lijsten "•" en "1.", een tabel, raadsbesluit met "BESLUIT:" en Artikel 1–3, GIO-lijst als regels "naam – identificatie" in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm1709',
    naam: 'Gemeente Moerdijk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Moerdijk tot vaststelling van de Omgevingsvisie Moerdijk 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Moerdijk 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-moerdijk-2040', regeling: 'omgevingsvisie-moerdijk-2040', doel: 'omgevingsvisie-moerdijk-2040' },
      datums: { vaststelling: '2028-01-25', ondertekening: '2028-01-25', bekendmaking: '2028-02-01', inwerkingtreding: '2028-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1709',
      oin: '00000001000000017090',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [95000, 410000] },
    meubilair: ['^gemeente Moerdijk$', '^- \\d+ -$'],
    title: 'Omgevingsvisie Moerdijk 2040',
    css: `
@page { size: A4; margin: 25mm 22mm 22mm 22mm; @top-left { content: "gemeente Moerdijk"; font: bold 11pt 'DejaVu Sans'; color: #00833E; } @bottom-center { content: "- " counter(page) " -"; ${ft} } }
body { font: 10.5pt/1.4 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.4mm; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #00833E; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; color: #555; }
h1.deel { font: bold 20pt 'DejaVu Sans'; color: #00833E; margin: 30mm 0 10mm; letter-spacing: 1pt; }
h2 { font: bold 15pt 'DejaVu Sans'; color: #00833E; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font: bold 11pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
h4 { font: italic 10.5pt 'Liberation Serif'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font: bold 13pt 'DejaVu Sans'; color: #00833E; margin: 0 0 4mm; letter-spacing: 0; }
.noot { font-size: 8pt; border-top: 0.4pt solid #999; padding-top: 1mm; width: 40%; }
.fig { margin: 3mm 0; }
.kaart { height: 60mm; background: #e2efe6; color: #e2efe6; font-size: 1pt; }
.cap { font: italic 9pt 'Liberation Serif'; margin-top: 1.5mm; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font-size: 9.5pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { border-bottom: 1.2pt solid #00833E; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1mm; }
p.gioregel { font-size: 9pt; }
`,
  }
  return { spec, doc: d }
}
