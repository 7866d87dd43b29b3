/**
 * h153 — gemeente Roosendaal (gm1674), holdout (session 12): the West-Brabantse gemeente of some 78.000 inwoners
 * with Roosendaal as the centre and the kernen Nispen, Wouw, Heerle, Moerstraten, Wouwse Plantage and
 * Wouwse Hil, the spoorknooppunt on the line Rotterdam–Antwerpen, the A17 and A58, the logistieke
 * bedrijventerreinen Borchwerf, the Brabantse Wal and the Belgische grens. Content after the public texts on
 * Roosendaal's omgevingsvisie ("Roosendaal, verbonden stad", 2021/2022: verbonden with the dorpen, the Brabantse stedenrij and the metropolen Rotterdam, Antwerpen and Brainport Eindhoven; three leidende principes — stad en dorpen van de menselijke maat, balans tussen mens en natuur, ruimte voor talent en ondernemerschap; pages of roosendaal.nl; further: a vitale binnenstad, the spoorzone, logistiek and
 * maakindustrie, the kernen with their own character, the landschap of the Brabantse Wal, grensoverschrijdend
 * samenwerken), here as a visie of 2027, partly in our own words. Layout: US Letter in DejaVu Sans 9 pt; PART
 * LINES "Deel I — Koers" and "Deel II — Uitwerking" (level 1) with chapters numbered through "1." … "7." under
 * them (level 2, titles of one word TYPED IN CAPITALS), sections "1.1" (level 3) and a fourth outline level
 * "5.2.1" (level 4); a chapter with ten sections ("4.10"); a section title in quotes; a table of contents;
 * header "Gemeente Roosendaal" left and "Omgevingsvisie 2027" right, footer "Pagina n"; lists "–" and "a."; a
 * table; raadsbesluit "BESLUIT" with Artikel 1–4 carrying titles after an en dash ("Artikel 1 – Vaststelling");
 * GIO list as lines "naam: identificatie" in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm1674', '2027', '2027-10-28', '1')
const GIOS = [
  gio('Gemeente Roosendaal', 'gemeente-roosendaal', [0, 0], 6),
  gio('Binnenstad en spoorzone', 'binnenstad-spoorzone', [0, 0.5], 0.8),
  gio('Borchwerf', 'borchwerf', [-4, 1], 1.2),
  gio('Brabantse Wal', 'brabantse-wal', [-7, -3], 2),
  gio('Kernen Nispen, Wouw en Heerle', 'kernen-nispen-wouw-heerle', [3, -3], 1.5),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, 'I', 'Koers'],
  [2, '1', 'INLEIDING'],
  [3, '1.1', 'Waarom deze visie'],
  [3, '1.2', 'Leeswijzer'],
  [2, '2', 'KOERS'],
  [3, '2.1', '“Roosendaal, verbonden stad”'],
  [3, '2.2', 'Drie leidende principes'],
  [2, '3', 'KEUZES'],
  [1, 'II', 'Uitwerking'],
  [2, '4', 'THEMA’S'],
  [3, '4.1', 'Wonen'],
  [3, '4.2', 'Binnenstad'],
  [3, '4.3', 'Werken'],
  [3, '4.4', 'Logistiek'],
  [3, '4.5', 'Mobiliteit'],
  [3, '4.6', 'Energie'],
  [3, '4.7', 'Klimaat'],
  [3, '4.8', 'Landschap'],
  [3, '4.9', 'Erfgoed'],
  [3, '4.10', 'Gezondheid'],
  [2, '5', 'GEBIEDEN'],
  [3, '5.1', 'Binnenstad en spoorzone'],
  [3, '5.2', 'De kernen'],
  [4, '5.2.1', 'Nispen'],
  [4, '5.2.2', 'Wouw en Heerle'],
  [3, '5.3', 'Brabantse Wal'],
  [2, '6', 'UITVOERING'],
  [2, '7', 'MONITORING'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))
const line = (n: number, nr: string, t: string) => (n === 1 ? `Deel ${nr} — ${t}` : n === 2 ? `${nr}. ${t}` : `${nr} ${t}`)
const kop = (k: Kop): string => {
  const txt = line(k.niveau, k.nummer, k.opschrift)
  return k.niveau === 1 ? `<h1 class="brk deel">${txt}</h1>` : k.niveau === 2 ? `<h2>${txt}</h2>` : k.niveau === 3 ? `<h3>${txt}</h3>` : `<h4>${txt}</h4>`
}

const streep: Marker[] = [{ glyph: '–' }, { glyph: '·' }]
const letter: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }

  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">De raad van de gemeente Roosendaal · raadsvergadering 28 oktober 2027 · nr. RV-2027-88</p>
<p class="ttl">Besluit van de raad van de gemeente Roosendaal tot vaststelling van de Omgevingsvisie Roosendaal 2027</p>
<p>De raad van de gemeente Roosendaal,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 14 september 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en op de Verordening participatie Roosendaal;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1 – Vaststelling</p>
<p>De Omgevingsvisie Roosendaal 2027 wordt vastgesteld, bestaande uit Deel I – Koers, Deel II – Uitwerking en bijlage A met de geografische informatieobjecten.</p>
<p class="art">Artikel 2 – Zienswijzen</p>
<p>De Nota van beantwoording zienswijzen wordt vastgesteld.</p>
<p class="art">Artikel 3 – Intrekking</p>
<p>De Structuurvisie Roosendaal 2025 wordt ingetrokken.</p>
<p class="art">Artikel 4 – Inwerkingtreding</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 28 oktober 2027.</p>
${handtekeningen(['De griffier,', 'drs. H.A.M. van Gils'], ['De voorzitter,', 'J.M.L. Niederer'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Roosendaal 2027</p>
<p class="t2">Roosendaal, verbonden stad</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n < 3).map(([n, nr, t]) => [n === 1 ? `Deel ${nr}` : `${nr}.`, n === 1 ? `— ${t}` : t, line(n, nr, t), n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k('I')
  k('1')
  k('1.1')
  d.p('Roosendaal ligt centraal tussen Rotterdam, Antwerpen en Breda. Deze omgevingsvisie beschrijft hoe wij die positie benutten en tegelijk de kwaliteit van wonen en landschap bewaken. Zij vervangt de structuurvisie uit 2014.')
  k('1.2')
  d.p('Wij willen een verbonden, veerkrachtige stad van menselijke maat zijn: meer groen in de wijk en meer wijk in het groen, met ruimte voor talent en ondernemerschap. Deel I beschrijft onze koers en de keuzes die daaruit volgen. Deel II werkt de koers uit per thema en per gebied.')
  k('2')
  k('2.1')
  d.p('Roosendaal en de Roosendalers zijn verbonden: met elkaar, met de wijken en dorpen, met de stad en met de regio. Roosendaal ontleent haar kracht ook aan de verbondenheid met de Brabantse stedenrij en met de metropolen Rotterdam, Antwerpen en Brainport Eindhoven. Zo liggen voor inwoners voorzieningen én werkgelegenheid binnen handbereik.')
  k('2.2')
  d.p('Bij het realiseren van deze ambitie hanteren wij drie leidende principes – stad en dorpen van de menselijke maat, balans tussen mens en natuur, ruimte voor talent en ondernemerschap –, uitgewerkt in vijf ambities:')
  d.list(['een vitale binnenstad met meer wonen;', 'een sterke economie met ruimte voor logistiek en maakindustrie;', { text: 'kernen met een eigen karakter', sub: ['Nispen en Wouw met hun historische kern;', 'Heerle, Moerstraten en de Plantage als landelijke dorpen.'] }, 'een klimaatbestendig landschap van de Brabantse Wal;', 'samenwerking over de grens met Vlaanderen.'], streep)
  k('3')
  d.p('Bij het afwegen van belangen hanteren wij de volgende keuzes:')
  d.list(['wij bouwen eerst binnen bestaand stedelijk gebied;', 'logistiek concentreren wij op Borchwerf en langs de A17;', 'het landschap van de Brabantse Wal blijft open.'], letter)
  k('II')
  k('4')
  k('4.1')
  d.p('Tot 2035 bouwen wij circa 4.500 woningen, waarvan een derde in de binnenstad en de spoorzone.')
  k('4.2')
  d.p('De binnenstad concentreert winkels rond de Markt en het Roselaarplein; in de aanloopstraten komt ruimte voor wonen.')
  k('4.3')
  d.p('Bedrijventerreinen worden zorgvuldig benut en waar nodig geherstructureerd.')
  k('4.4')
  d.p('Nieuwe grootschalige distributiecentra staan wij alleen toe op Borchwerf en met een goede landschappelijke inpassing.')
  d.table(['Terrein', 'Oppervlakte (ha)', 'Profiel'], [
    ['Borchwerf I', '190', 'logistiek en industrie'],
    ['Borchwerf II', '170', 'logistiek, spoorgebonden'],
    ['Majoppeveld', '80', 'gemengd en maakindustrie'],
    ['Vijfhuizenberg', '45', 'kantoren en dienstverlening'],
  ], 'tbl', ['38%', '24%', '38%'])
  k('4.5')
  d.p('Het station Roosendaal blijft een internationaal knooppunt op de lijn Rotterdam–Antwerpen.')
  k('4.6')
  d.p('In 2050 is Roosendaal energieneutraal; zon op daken van bedrijfshallen heeft voorrang.')
  k('4.7')
  d.p('Wij houden water vast op de hogere zandgronden en voorkomen hittestress in de stad.')
  k('4.8')
  d.p('De overgang van de zandgronden naar de klei bij de Brabantse Wal is een kernkwaliteit.')
  k('4.9')
  d.p('Het historisch centrum, de forten en de landgoederen maken de geschiedenis zichtbaar.')
  k('4.10')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en beperkt de blootstelling aan geluid en fijnstof.')
  k('5')
  k('5.1')
  d.p('Rond het station ontstaat een gemengd stadsdeel met wonen, werken en onderwijs.')
  k('5.2')
  k('5.2.1')
  d.p('Nispen behoudt zijn karakter als grensdorp met een historische dorpskern.')
  k('5.2.2')
  d.p('Wouw en Heerle groeien naar eigen behoefte.')
  k('5.3')
  d.p('De bossen, vennen en landgoederen van de Brabantse Wal blijven beschermd en beleefbaar.')
  k('6')
  d.p('De visie werkt door in het omgevingsplan en in programma’s voor wonen, binnenstad en energie.')
  k('7')
  d.p('Wij rapporteren elke twee jaar aan de raad over de voortgang.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<h1 class="brk bijl">Bijlage A Geografische informatieobjecten</h1>')
  d.gioRegels(GIOS, ': ')

  const ft = "font: 7.5pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h153',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisie "Roosendaal, verbonden stad" (verbonden met de dorpen, de Brabantse stedenrij en de metropolen Rotterdam, Antwerpen en Brainport Eindhoven; drie leidende principes: stad en dorpen van de menselijke maat, balans tussen mens en natuur, ruimte voor talent en ondernemerschap; verder een vitale binnenstad en de spoorzone, logistiek en maakindustrie op Borchwerf, kernen met een eigen karakter als Nispen en Wouw, het landschap van de Brabantse Wal, samenwerken over de grens), hier als herziene visie van 2027, deels in eigen woorden; eigen opmaak: US Letter in DejaVu Sans 9 pt, deelregels "Deel I — Koers" en "Deel II — Uitwerking" (niveau 1) met doorlopend genummerde hoofdstukken "1." … "7." eronder (niveau 2, titels van één woord in hoofdletters getypt), paragrafen "1.1" (niveau 3) en "5.2.1" (niveau 4), een hoofdstuk met tien paragrafen (tot "4.10"), een paragraaftitel tussen aanhalingstekens, inhoudsopgave, kopregel "Gemeente Roosendaal" links en "Omgevingsvisie 2027" rechts, voettekst "Pagina n", lijsten "–" en "a.", een tabel, raadsbesluit "BESLUIT" met Artikel 1–4 met titels na een streepje ("Artikel 1 – Vaststelling"), GIO-lijst als regels "naam: identificatie" in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm1674',
    naam: 'Gemeente Roosendaal',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Roosendaal tot vaststelling van de Omgevingsvisie Roosendaal 2027',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Roosendaal 2027',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-roosendaal-2027', regeling: 'omgevingsvisie-roosendaal-2027', doel: 'omgevingsvisie-roosendaal-2027' },
      datums: { vaststelling: '2027-10-28', ondertekening: '2027-10-28', bekendmaking: '2027-11-04', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1674',
      oin: '00000001000000016740',
      achtergrondActualiteit: '2027-07-01',
    },
    geo: { origin: [91000, 392000] },
    meubilair: ['^Gemeente Roosendaal\\s+Omgevingsvisie 2027$', '^Pagina \\d+$'],
    title: 'Omgevingsvisie Roosendaal 2027',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: letter; margin: 20mm 22mm 20mm 22mm; }
@page std { @top-left { content: "Gemeente Roosendaal"; ${ft} } @top-right { content: "Omgevingsvisie 2027"; ${ft} } @bottom-center { content: "Pagina " counter(page); ${ft} } }
body { font: 9pt/1.45 'DejaVu Sans', sans-serif; color: #1a1a1a; }
p { margin: 0 0 2mm; }
.gem { font-size: 7.5pt; color: #777; }
.ttl { font: bold 12.5pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; letter-spacing: 0.5pt; margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 75mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #004F9F; margin: 0 0 3mm; }
.titel .t2 { font: 13pt 'DejaVu Serif'; color: #333; }
.tockop { font: bold 14pt 'DejaVu Sans'; color: #004F9F; margin-bottom: 4mm; }
${TOC_CSS}
h1.deel { font: bold 20pt 'DejaVu Sans'; color: #004F9F; margin: 30mm 0 10mm; border-bottom: 1.5pt solid #004F9F; padding-bottom: 2mm; }
h2 { font: bold 13pt 'DejaVu Sans'; color: #004F9F; margin: 7mm 0 2.5mm; break-after: avoid; }
h3 { font: bold 10pt 'DejaVu Sans'; margin: 4mm 0 1.2mm; break-after: avoid; }
h4 { font: italic bold 9pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
h1.bijl { font: bold 13pt 'DejaVu Sans'; color: #004F9F; }
div.lst { margin: 0 0 2mm 2mm; }
table.tbl { width: 100%; font-size: 8pt; margin: 2mm 0 4mm; }
table.tbl th { background: #DDE8F4; text-align: left; padding: 1mm 1.5mm; border: 0.4pt solid #9bb; }
table.tbl td { border: 0.4pt solid #9bb; padding: 1mm 1.5mm; }
.gioregel { font-size: 8.5pt; margin: 0 0 2mm; }
`,
  }
  return { spec, doc: d }
}
