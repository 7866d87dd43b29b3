/**
 * h170 — gemeente Renkum (gm0274), holdout (session 13): the Gelderse gemeente of some 31.000 inwoners west of Arnhem,
 * with the dorpen Renkum, Doorwerth, Heelsum, Heveadorp, Oosterbeek and Wolfheze between the bossen of the Veluwezoom
 * and the uiterwaarden of the Nederrijn. Content after the public texts on the Omgevingsvisie Renkum 2040 (vastgesteld
 * 26 januari 2022, made with SRO and Over Morgen after three participation rounds "Wat raakt Renkum?"; four
 * omgevingswaarden Renkum Samen, Renkum Gezond en Leefbaar, Renkum Toekomstbestendig en Duurzaam and Renkum Dynamisch,
 * worked out in richtinggevende ambities per omgevingswaarde and per deelgebied; the landscape of two bosrijke
 * stuwwallen, a bekken between them, beekdalen and uiterwaarden, with the Limes; a toetsingskader for initiatives;
 * the amendement "van 'nee, tenzij …' naar 'ja, mits …'"), here as a revised visie of 2028, partly in our own words.
 * Layout: A4 in Liberation Sans 10 pt; chapter headings as "Hoofdstuk 3" ON ITS OWN LINE with the title below it;
 * sections "3.1", a third level "4.2.1"; HEADINGS WITH A FOOTNOTE MARK (a superscript digit after the title; the notes
 * at the end of the chapter); captions "Figuur 3.1 …" set bold like a heading; numbered ambitions "1. Wij willen …"
 * under each omgevingswaarde; table of contents; header "Renkum · Omgevingsvisie 2040" left, footer page number right;
 * lists "•" and "1."; a table; raadsbesluit "besluit:" with Artikel 1–3; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0274', '2028', '2028-09-27', '1')
const GIOS: Gio[] = [
  gio('Gemeente Renkum', 'gemeente-renkum', [0, 0], 4),
  gio('Neder-Germaanse Limes', 'neder-germaanse-limes', [1, -2], 1.2),
  gio('Uiterwaarden Nederrijn', 'uiterwaarden-nederrijn', [0, -3], 2),
  gio('Zoekgebied wonen Wolfheze', 'zoekgebied-wonen-wolfheze', [2, 3], 0.6),
]

/** [niveau, nummer, titel, footnote number or 0] */
const KOPPEN: Array<[number, string, string, number]> = [
  [1, '1', 'Inleiding', 0],
  [2, '1.1', 'Waarom een omgevingsvisie', 1],
  [2, '1.2', 'Wat raakt Renkum?', 0],
  [2, '1.3', 'Leeswijzer', 0],
  [1, '2', 'Ons landschap', 0],
  [2, '2.1', 'Stuwwallen, bekken en beekdalen', 0],
  [2, '2.2', 'Uiterwaarden van de Nederrijn', 0],
  [2, '2.3', 'De Limes', 2],
  [1, '3', 'Omgevingswaarden en ambities', 0],
  [2, '3.1', 'Renkum Samen', 0],
  [2, '3.2', 'Renkum Gezond en Leefbaar', 0],
  [2, '3.3', 'Renkum Toekomstbestendig en Duurzaam', 3],
  [2, '3.4', 'Renkum Dynamisch', 0],
  [1, '4', 'De dorpen en het buitengebied', 0],
  [2, '4.1', 'Oosterbeek', 0],
  [2, '4.2', 'Renkum en Heelsum', 0],
  [3, '4.2.1', 'Beekdal van de Renkumse Beek', 0],
  [3, '4.2.2', 'Centrum Renkum', 0],
  [2, '4.3', 'Doorwerth en Heveadorp', 0],
  [2, '4.4', 'Wolfheze', 4],
  [2, '4.5', 'Het buitengebied', 0],
  [1, '5', 'Werken met de visie', 0],
  [2, '5.1', 'Van ‘nee, tenzij’ naar ‘ja, mits’', 0],
  [2, '5.2', 'Toetsingskader voor initiatieven', 0],
  [2, '5.3', 'Programma’s en omgevingsplan', 0],
]
const T = new Map(KOPPEN.map(([n, nr, t, f]) => [nr, [n, t, f] as const]))
const FN = new Map(KOPPEN.filter(([, , , f]) => f > 0).map(([, nr, , f]) => [nr, f]))
const kop = (k: Kop): string => {
  const f = FN.get(k.nummer)
  const sup = f ? `<sup class="fn">${f}</sup>` : ''
  return k.niveau === 1
    ? `<div class="hfd brk"><p class="hlab">Hoofdstuk ${k.nummer}</p><h1>${k.opschrift}${sup}</h1></div>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}${sup}</h${k.niveau}>`
}

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  const noot = (n: number, text: string) => d.p(`<sup>${n}</sup> ${text}`, 'noot')

  d.page('besluit').raw(`
<div class="besluit">
<p class="kenm">Raadsvergadering 27 september 2028 · Raadsvoorstel 2028-041</p>
<p class="ttl">Besluit van de raad van de gemeente Renkum tot vaststelling van de Omgevingsvisie Renkum 2040</p>
<p>De raad van de gemeente Renkum;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 29 augustus 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de Omgevingsvisie Renkum 2040 van 26 januari 2022 is herzien na een evaluatie met inwoners, organisaties en partners;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De herziene Omgevingsvisie Renkum 2040 vast te stellen, met de geografische informatieobjecten die in bijlage 1 van de visie zijn opgenomen.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Renkum 2040, vastgesteld op 26 januari 2022, in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 november 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 27 september 2028.</p>
${handtekeningen(['De griffier,', 'drs. E.H. van Wijk'], ['De voorzitter,', 'J.C. Verbeek'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Renkum 2040</p>
<p class="t2">Herziening 2028</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t, f]) =>
    n === 1 ? [`Hoofdstuk ${nr}`, t, `${t}${f || ''}`, 1] : [nr, t, `${nr} ${t}${f || ''}`, 2],
  )
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('1')
  k('1.1')
  d.p('De Omgevingswet verplicht elke gemeente tot een omgevingsvisie. Deze visie biedt een vooruitblik op de leefomgeving tot het jaar 2040 en is opgesteld vanuit een integraal perspectief: het gaat niet alleen om ruimtelijke vraagstukken, maar ook om de samenhang met sociale en economische vraagstukken en ontwikkelingen.')
  k('1.2')
  d.p('De visie is tot stand gekomen in drie participatieronden onder de noemer ‘Wat raakt Renkum?’. Daarin is gesproken met inwoners, ondernemers, maatschappelijke organisaties, ketenpartners en andere stakeholders. Iedere stap is aan hen voorgelegd.')
  k('1.3')
  d.p('Hoofdstuk 2 beschrijft ons landschap, hoofdstuk 3 de omgevingswaarden met hun ambities, hoofdstuk 4 de dorpen en het buitengebied en hoofdstuk 5 hoe wij met de visie werken.')
  noot(1, 'De visie is zelfbindend: alleen de gemeente is eraan gebonden en wijkt er slechts goed gemotiveerd van af.')

  k('2')
  d.p('De gemeente kenmerkt zich door een divers landschap. De landschappen houden niet op bij de gemeentegrens, maar zijn onderdeel van een groter geheel.')
  k('2.1')
  d.p('Twee bosrijke stuwwallen met daartussen een bekken en diverse beekdalen met sprengen bepalen het reliëf. Op de flanken liggen landgoederen en buitenplaatsen.')
  d.p('<b>Figuur 2.1 Landschappelijke opbouw van de gemeente Renkum</b>', 'fig')
  k('2.2')
  d.p('De uitgestrekte uiterwaarden langs de Nederrijn zijn rivierlandschap en natuurgebied tegelijk.')
  k('2.3')
  d.p('In dit landschap ligt de Limes als historische, internationaal belangwekkende structuur. De castella bij Heveadorp en Kesteren maken deel uit van het werelderfgoed.')
  noot(2, 'De Neder-Germaanse Limes staat sinds 2021 op de Werelderfgoedlijst van UNESCO.')

  k('3')
  d.p('Vier omgevingswaarden geven richting. Per waarde formuleren wij richtinggevende ambities.')
  d.p('<b>Figuur 3.1 De vier omgevingswaarden</b>', 'fig')
  k('3.1')
  d.list(['Wij willen dat inwoners elkaar ontmoeten in hun dorp.', 'Wij willen dat initiatieven uit de samenleving ruimte krijgen.', 'Wij willen dat iedereen mee kan doen, ook wie minder mobiel is.'], num)
  k('3.2')
  d.list(['Wij willen een gezonde leefomgeving die uitnodigt tot bewegen.', 'Wij willen stille en donkere gebieden behouden.', 'Wij willen voldoende betaalbare woningen voor jong en oud.'], num)
  k('3.3')
  d.list(['Wij willen in 2050 energieneutraal zijn.', 'Wij willen de biodiversiteit in bos, beekdal en uiterwaard vergroten.', 'Wij willen water vasthouden op de stuwwal.'], num)
  d.p('Voor de energieopwekking kiezen wij de volgende volgorde:')
  d.table(['Volgorde', 'Wat', 'Waar'], [
    ['eerst', 'besparen', 'overal'],
    ['daarna', 'zon op daken', 'woningen, bedrijven, maatschappelijk vastgoed'],
    ['dan', 'zon op onbenutte terreinen', 'parkeerplaatsen, bermen'],
    ['als laatste', 'zon en wind in het landschap', 'alleen na gebiedsproces'],
  ], 'tbl', ['18%', '34%', '48%'])
  k('3.4')
  d.list(['Wij willen vitale dorpscentra met winkels en horeca.', 'Wij willen ruimte voor kleinschalige bedrijvigheid aan huis.', 'Wij willen toerisme dat past bij de draagkracht van de natuur.'], num)
  noot(3, 'Renkum werkt samen in de Regionale Energiestrategie Arnhem Nijmegen.')

  k('4')
  d.p('De omgevingswaarden werken wij uit per deelgebied. Ieder dorp krijgt de aandacht die het verdient.')
  d.p('<b>Figuur 4.1 Visiekaart dorpen en buitengebied</b>', 'fig')
  k('4.1')
  d.p('Oosterbeek is het grootste dorp, met het Airborne Museum Hartenstein en de Utrechtseweg als hoofdstraat.')
  k('4.2')
  d.p('Renkum en Heelsum liggen aan weerszijden van het beekdal.')
  k('4.2.1')
  d.p('Het beekdal wordt natter en natuurlijker, met meer ruimte voor de sprengen.')
  k('4.2.2')
  d.p('Het centrum van Renkum krijgt een compacter winkelgebied en meer wonen.')
  k('4.3')
  d.p('Doorwerth en Heveadorp liggen tussen bos en uiterwaard; wij behouden hun groene karakter.')
  k('4.4')
  d.p('Wolfheze ligt midden in het bos. Op de zorgterreinen is ruimte voor een beperkt aantal woningen.')
  k('4.5')
  d.p('Voor het buitengebied geldt een eigen visiekaart. Wij kiezen:')
  d.list(['bescherming van de bossen en heides van de stuwwal;', { text: 'herstel van de beekdalen', sub: ['met natte natuur;', 'met extensieve landbouw.'] }, 'recreatie die de rust respecteert.'], bol)
  noot(4, 'De woningbouw in Wolfheze volgt het dorpsplan dat Dorpsbelang Wolfheze met de gemeente opstelde.')

  k('5')
  k('5.1')
  d.p('Op voorstel van de raad werken wij vanuit ‘ja, mits …’ in plaats van ‘nee, tenzij …’. Initiatieven zijn welkom als zij bijdragen aan de omgevingswaarden.')
  k('5.2')
  d.p('Het toetsingskader geeft initiatiefnemers richting, inspiratie en duidelijkheid. Het vraagt naar de bijdrage aan de vier omgevingswaarden, naar de participatie en naar de inpassing in het landschap.')
  k('5.3')
  d.p('De opgaven en keuzes worden uitgewerkt in programma’s, gebiedsuitwerkingen en het omgevingsplan.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #4d4d4d;"
  const spec: DocSpec = {
    id: 'h170',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Renkum 2040 (vastgesteld 26 januari 2022, met SRO en Over Morgen na drie participatieronden "Wat raakt Renkum?"; vier omgevingswaarden Renkum Samen, Renkum Gezond en Leefbaar, Renkum Toekomstbestendig en Duurzaam en Renkum Dynamisch, uitgewerkt in richtinggevende ambities per omgevingswaarde en per deelgebied; het landschap van twee bosrijke stuwwallen, een bekken, beekdalen en uiterwaarden, met de Limes; een toetsingskader voor initiatieven; het amendement "van \'nee, tenzij …\' naar \'ja, mits …\'"), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, hoofdstukkoppen als "Hoofdstuk 3" OP EEN EIGEN REGEL met de titel eronder, paragrafen "3.1", een derde niveau "4.2.1", KOPPEN MET EEN VOETNOOTTEKEN (superscript achter de titel, noten aan het eind van het hoofdstuk), bijschriften "Figuur 3.1 …" vet als een kop, genummerde ambities "1. Wij willen …" per omgevingswaarde, inhoudsopgave, kopregel "Renkum · Omgevingsvisie 2040" links, paginanummer rechtsonder, lijsten "•" en "1.", een tabel, raadsbesluit "besluit:" met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0274',
    naam: 'Gemeente Renkum',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Renkum tot vaststelling van de Omgevingsvisie Renkum 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-11-01',
    },
    visieOpschrift: 'Omgevingsvisie Renkum 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-renkum-2040', regeling: 'omgevingsvisie-renkum-2040', doel: 'omgevingsvisie-renkum-2040-herziening-2028' },
      datums: { vaststelling: '2028-09-27', ondertekening: '2028-09-27', bekendmaking: '2028-10-04', inwerkingtreding: '2028-11-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0274',
      oin: '00000001000000002740',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [182000, 444000] },
    meubilair: ['^Renkum · Omgevingsvisie 2040$', '^\\d+$'],
    title: 'Omgevingsvisie Renkum 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 20mm 22mm 20mm 24mm; }
@page std { @top-left { content: "Renkum · Omgevingsvisie 2040"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.kenm { font-size: 8pt; color: #666; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 2mm 0 6mm; }
.bs { font-weight: bold; margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #2E6B3A; margin: 0 0 4mm; }
.titel .t2 { font: 15pt 'Liberation Sans'; color: #555; }
.tockop { font: bold 16pt 'Liberation Sans'; color: #2E6B3A; margin-bottom: 5mm; }
${TOC_CSS}
.toc .tl { min-width: 24mm; }
.hfd { margin: 0 0 7mm; border-bottom: 1.5pt solid #2E6B3A; padding-bottom: 2mm; }
.hlab { font: 11pt 'Liberation Sans'; letter-spacing: 0.08em; color: #2E6B3A; margin: 0 0 1mm; text-transform: none; }
h1 { font: bold 20pt 'Liberation Sans'; color: #2E6B3A; margin: 0; }
h2 { font: bold 12.5pt 'Liberation Sans'; color: #2E6B3A; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
sup.fn { font-size: 60%; vertical-align: super; margin-left: 0.5mm; }
.fig { font-size: 10.5pt; color: #2E6B3A; margin: 3mm 0 4mm; padding: 12mm 0 0; border-top: 0.5pt solid #bbb; }
.noot { font-size: 8pt; color: #444; border-top: 0.4pt solid #999; padding-top: 1mm; margin-top: 6mm; }
h1.bijl { font-size: 15pt; margin-bottom: 5mm; }
div.lst { margin: 0 0 2.4mm 3mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 2mm 0 4mm; }
table.tbl th { background: #2E6B3A; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm 1.5mm; }
table.gio { width: 100%; font-size: 9pt; table-layout: fixed; }
table.gio th { border-bottom: 1pt solid #2E6B3A; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
