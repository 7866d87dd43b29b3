/**
 * h184 — gemeente Castricum (gm0383), holdout (session 13): the Noord-Hollandse gemeente of some 37.000 inwoners with
 * Akersloot, Bakkum, Castricum, Limmen and De Woude between the duinen and the Alkmaardermeer. Content after the public
 * texts on the Omgevingsvisie Castricum (participation February–June 2020 with more than 800 people and December 2020
 * – January 2021 with more than 900; a visie op hoofdlijnen vastgesteld by the raad on 25 March 2021, a motie asking
 * more attention for woningbouw, landbouw and jongeren; the voorontwerp ter inzage in spring 2022 with 35 reacties,
 * the ontwerp until 13 December 2022 with 20 zienswijzen answered in a Reactienota; vastgesteld on 25 May 2023; the
 * doelen "gezonde dorpen met een gevarieerd woonaanbod", "een open en gevarieerd landschap met erfgoed" and
 * "bereikbaar en duurzaam"; the Nota Omgevingskwaliteit alongside; made in BUCH-verband with Bergen, Uitgeest and
 * Heiloo), here as a revised visie of 2028, partly in our own words. Layout: A4 in Nimbus Roman 10.5 pt with URW
 * Gothic headings; chapter titles set IN CAPITALS BY STYLE ("1 GEZONDE DORPEN", the truth in capitals), sections
 * "1.1", a third level "2.3.1"; table of contents of two levels; footer "Castricum · omgevingsvisie 2040" left and
 * "blad n" right; a Leeswijzer before chapter 1 (unnumbered); lists "•" and "1."; two tables; raadsbesluit
 * "BESLUIT:" with Artikel 1–3 ("vast te stellen"); GIO list as lines "naam | identificatie" in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0383', '2028', '2028-05-25', '1')
const GIOS: Gio[] = [
  gio('Gemeente Castricum', 'gemeente-castricum', [0, 0], 4),
  gio('Oer-IJ', 'oer-ij', [1, -1], 2),
  gio('Zoekgebied woningbouw Limmen', 'zoekgebied-woningbouw-limmen', [3, 2], 0.5),
  gio('Strandwallen en strandvlakten', 'strandwallen-en-strandvlakten', [-1, 1], 1.5),
]

/** Chapter titles are typed in capitals where the style prints them in capitals (the truth as printed). */
const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'GEZONDE DORPEN'],
  [2, '1.1', 'Vijf dorpen met een eigen karakter'],
  [2, '1.2', 'Een gevarieerd woonaanbod'],
  [2, '1.3', 'Voorzieningen dichtbij'],
  [2, '1.4', 'Jongeren'],
  [1, '2', 'OPEN EN GEVARIEERD LANDSCHAP'],
  [2, '2.1', 'Duinen en strandwallen'],
  [2, '2.2', 'Het Oer-IJ'],
  [2, '2.3', 'Landbouw'],
  [3, '2.3.1', 'Agrariërs aan het woord'],
  [3, '2.3.2', 'Verbreding en natuurinclusief boeren'],
  [2, '2.4', 'Erfgoed'],
  [1, '3', 'BEREIKBAAR EN DUURZAAM'],
  [2, '3.1', 'Bereikbaarheid'],
  [2, '3.2', 'Energie'],
  [2, '3.3', 'Klimaatadaptatie'],
  [1, '4', 'GEBIEDEN'],
  [2, '4.1', 'Castricum en Bakkum'],
  [2, '4.2', 'Akersloot en De Woude'],
  [2, '4.3', 'Limmen'],
  [1, '5', 'UITVOERING'],
  [2, '5.1', 'Omgevingsplan en Nota Omgevingskwaliteit'],
  [2, '5.2', 'Samenwerking in de regio'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1 class="brk"><span class="hn">${k.nummer}</span> ${k.opschrift.toLowerCase()}</h1>` : `<h${k.niveau}><span class="hn">${k.nummer}</span> ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

const TEKST: Record<string, string> = {
  '1.1': 'Akersloot, Bakkum, Castricum, Limmen en De Woude hebben ieder een eigen karakter. Dat karakter willen wij behouden.',
  '1.2': 'Woningbouw heeft in deze visie een prominente plek. Wij bouwen voor starters, voor gezinnen en voor ouderen die kleiner willen wonen:',
  '1.3': 'Winkels, scholen en sportvoorzieningen blijven in of dichtbij de dorpen.',
  '1.4': 'Met gesprekken en een flitspeiling hebben wij jongeren bij de visie betrokken. Zij vragen om betaalbare woningen en plekken om elkaar te ontmoeten.',
  '2.1': 'De duinen van het Noord-Hollands Duinreservaat en de oude strandwallen bepalen het westen van de gemeente.',
  '2.2': 'Het Oer-IJ, de oude loop van het IJ, is in het landschap nog herkenbaar aan lage, natte gronden en oude dijken.',
  '2.3': 'De landbouw beheert een groot deel van het landschap.',
  '2.3.1': 'De visie van onze agrariërs heeft een plek gekregen in deze omgevingsvisie.',
  '2.3.2': 'Wij bieden ruimte voor verbreding, zoals recreatie en zorg op de boerderij.',
  '2.4': 'Molens, stolpboerderijen en de linten van Limmen en Akersloot vertellen de geschiedenis van de gemeente.',
  '3.1': 'Wij verbeteren de fietsroutes tussen de dorpen en naar de stations Castricum, Heiloo en Uitgeest, met veilige wegen voor voetgangers en fietsers.',
  '3.2': 'In 2040 wekken wij zoveel mogelijk energie duurzaam op, eerst op daken.',
  '3.3': 'Wij houden regenwater vast in de dorpen en in de polders.',
  '4.1': 'Castricum en Bakkum liggen tussen duin en polder, met het station als centrum.',
  '4.2': 'Akersloot en De Woude liggen aan het Alkmaardermeer en zijn gericht op water en recreatie.',
  '4.3': 'Limmen is een lintdorp op de strandwal, met ruimte voor een kleine uitbreiding aan de oostzijde.',
  '5.1': 'Het omgevingsplan en de Nota Omgevingskwaliteit werken de visie uit. Aanvragen worden aan de nota getoetst.',
  '5.2': 'Castricum werkt samen met Bergen, Uitgeest en Heiloo, die ieder een eigen, op elkaar afgestemde omgevingsvisie hebben.',
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
    if (TEKST[nr]) d.p(TEKST[nr]!)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Castricum tot vaststelling van de herziene Omgevingsvisie Castricum 2040</p>
<p>De raad van de gemeente Castricum;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 11 april 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat op het ontwerp van de herziening zienswijzen zijn ingediend, die in de Reactienota zijn beantwoord;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1</p>
<p>De herziene Omgevingsvisie Castricum 2040 met de geografische informatieobjecten uit bijlage A vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie Castricum, vastgesteld op 25 mei 2023, in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 juli 2028.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 25 mei 2028.</p>
${handtekeningen(['de griffier,', 'drs. M.E. de Bruijn'], ['de voorzitter,', 'T.H.A. Mooij'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Castricum 2040</p>
<p class="t2">Akersloot · Bakkum · Castricum · Limmen · De Woude</p>
</div>`)
  const rows: TocRow[] = [
    ['', 'Leeswijzer', 'Leeswijzer', 1],
    ...KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]): TocRow => (n === 1 ? [nr, t, `${nr} ${t}`, 1] : [nr, t, `${nr} ${t}`, 2])),
    ['', 'Bijlage A Geografische informatieobjecten', 'Bijlage A Geografische informatieobjecten', 1],
  ]
  d.page('std').raw(tocHtml('Inhoud', rows))
  d.enter('visie')
  d.raw('<h1 class="brk lw">Leeswijzer</h1>')
  d.p('Deze visie volgt de drie doelen die inwoners, ondernemers en organisaties samen met ons hebben bepaald. Hoofdstuk 1 gaat over gezonde dorpen met een gevarieerd woonaanbod, hoofdstuk 2 over een open en gevarieerd landschap met erfgoed, hoofdstuk 3 over een bereikbare en duurzame gemeente. Hoofdstuk 4 beschrijft de gebieden en hoofdstuk 5 de uitvoering.')
  d.p('De visie kwam tot stand in stappen:')
  d.table(['Periode', 'Stap', 'Deelnemers'], [
    ['februari – juni 2020', 'bijeenkomsten, straatinterviews, enquête, flitspeiling', 'ruim 800'],
    ['december 2020 – januari 2021', 'tweede ronde bijeenkomsten en enquêtes', 'ruim 900'],
    ['25 maart 2021', 'visie op hoofdlijnen vastgesteld door de raad', '–'],
    ['voorjaar 2022', 'voorontwerp ter inzage', '35 reacties'],
    ['najaar 2022', 'ontwerp ter inzage', '20 zienswijzen'],
    ['25 mei 2023', 'omgevingsvisie vastgesteld', '–'],
  ], 'tbl', ['30%', '50%', '20%'])
  k('1'); k('1.1'); k('1.2')
  d.list(['starterswoningen in alle dorpen;', 'levensloopbestendige woningen dichtbij voorzieningen;', { text: 'sociale huur', sub: ['in Castricum bij het station;', 'in Limmen en Akersloot naar behoefte.'] }], bol)
  k('1.3'); k('1.4')
  k('2'); k('2.1'); k('2.2'); k('2.3'); k('2.3.1'); k('2.3.2'); k('2.4')
  k('3'); k('3.1'); k('3.2')
  d.p('Voor de opwek van duurzame energie hanteren wij deze volgorde:')
  d.list(['besparen;', 'zon op daken en op parkeerplaatsen;', 'zon langs infrastructuur;', 'pas daarna zon of wind in het landschap.'], num)
  k('3.3')
  k('4'); k('4.1'); k('4.2'); k('4.3')
  d.table(['Dorp', 'Inwoners', 'Woningen tot 2040'], [
    ['Castricum en Bakkum', '24.500', '1.000'],
    ['Akersloot en De Woude', '5.400', '250'],
    ['Limmen', '5.200', '350'],
  ], 'tbl', ['45%', '25%', '30%'])
  k('5'); k('5.1'); k('5.2')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage A Geografische informatieobjecten</h1>')
  d.gioRegels(GIOS, ' | ')

  const ft = "font: 8.5pt 'Nimbus Roman'; color: #444;"
  const spec: DocSpec = {
    id: 'h184',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie Castricum (participatie februari–juni 2020 met ruim 800 en december 2020 – januari 2021 met ruim 900 deelnemers; visie op hoofdlijnen vastgesteld op 25 maart 2021, motie voor meer aandacht voor woningbouw, landbouw en jongeren; voorontwerp voorjaar 2022 met 35 reacties, ontwerp tot 13 december 2022 met 20 zienswijzen en een Reactienota; vastgesteld op 25 mei 2023; doelen gezonde dorpen met een gevarieerd woonaanbod, een open en gevarieerd landschap met erfgoed, bereikbaar en duurzaam; Nota Omgevingskwaliteit; samenwerking met Bergen, Uitgeest en Heiloo), hier als herziene visie van 2028, deels in eigen woorden; eigen opmaak: A4 in Nimbus Roman 10,5 pt met URW Gothic koppen, hoofdstuktitels IN HOOFDLETTERS DOOR DE STIJL ("1 GEZONDE DORPEN", de waarheid in hoofdletters), paragrafen "1.1", een derde niveau "2.3.1", inhoudsopgave van twee niveaus, een ongenummerde Leeswijzer vóór hoofdstuk 1, voettekst "Castricum · omgevingsvisie 2040" links en "blad n" rechts, lijsten "•" en "1.", twee tabellen, raadsbesluit "BESLUIT:" met Artikel 1–3, GIO-lijst als regels "naam | identificatie" in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm0383',
    naam: 'Gemeente Castricum',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Castricum tot vaststelling van de herziene Omgevingsvisie Castricum 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Castricum 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-castricum-2028', regeling: 'omgevingsvisie-castricum', doel: 'omgevingsvisie-castricum-herziening-2028' },
      datums: { vaststelling: '2028-05-25', ondertekening: '2028-05-25', bekendmaking: '2028-06-01', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0383',
      oin: '00000001000000003830',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [106000, 506000] },
    meubilair: ['^(Castricum · omgevingsvisie 2040 )?blad \\d+$|^Castricum · omgevingsvisie 2040$'],
    title: 'Omgevingsvisie Castricum 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 24mm 22mm 24mm; }
@page std { @bottom-left { content: "Castricum · omgevingsvisie 2040"; ${ft} } @bottom-right { content: "blad " counter(page); ${ft} } }
body { font: 10.5pt/1.45 'Nimbus Roman', serif; color: #1d1d1d; }
p { margin: 0 0 2.4mm; }
.ttl { font: 600 14pt 'URW Gothic'; margin: 2mm 0 6mm; }
.bs { font-weight: bold; letter-spacing: 0.05em; margin-top: 4mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: 600 28pt 'URW Gothic'; color: #6E2C00; margin: 0 0 4mm; }
.titel .t2 { font: 13pt 'URW Gothic'; color: #555; }
.tockop { font: 600 16pt 'URW Gothic'; color: #6E2C00; margin-bottom: 5mm; }
${TOC_CSS}
h1 { font: 600 18pt 'URW Gothic'; color: #6E2C00; text-transform: uppercase; letter-spacing: 0.03em; margin: 0 0 6mm; }
h1.lw, h1.bijl { text-transform: none; }
.hn { margin-right: 3mm; }
h2 { font: 600 12.5pt 'URW Gothic'; color: #6E2C00; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: italic 11pt 'Nimbus Roman'; margin: 4mm 0 1.5mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 3mm; }
table.tbl { width: 100%; font-size: 9.5pt; margin: 2mm 0 4mm; }
table.tbl th { border-top: 1pt solid #6E2C00; border-bottom: 0.6pt solid #6E2C00; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm 1.5mm; }
.gioregel { font-size: 9.5pt; }
.gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
