/**
 * h189 — gemeente Nijkerk (gm0267), holdout (session 13): the Gelderse gemeente of some 45.000 inwoners with the
 * kernen Nijkerk, Hoevelaken and Nijkerkerveen, the polder Arkemheen on the Nijkerkernauw and the A1/A28 knooppunt
 * Hoevelaken. Content after the public pages on the "Omgevingsvisie gemeente Nijkerk 2040" ("Duurzaam en in
 * beweging": a plan op hoofdlijnen for fifteen to twenty years; "Nijkerk groeit en daar moeten we goed mee omgaan";
 * keuzes over wonen, werken, verkeer, voorzieningen, landbouw, recreatie, landschap en natuur; on average 250 woningen
 * a year, a third social; the Koersdocument "een goede leefomgeving voor wonen, werken en welzijn in een
 * CO2-neutrale gemeente"; a flexible plan that "we kunnen aanpassen als er nieuwe ontwikkelingen zijn"), here as a
 * visie of 2028, partly in our own words. Layout: A4, DejaVu Sans 9.5 pt; UNNUMBERED CHAPTERS ("Inleiding",
 * "Wonen", …) in a coloured band, with SECTIONS NUMBERED ON THROUGH THE WHOLE DOCUMENT "1" … "16" without a chapter
 * prefix (level 1 in the truth) and subsections "5.1" (level 2); table of contents of chapters and sections;
 * header "Nijkerk 2040 · duurzaam en in beweging" right, footer "pagina n" centred; lists "•" and "1."; a table;
 * raadsbesluit "BESLUIT" with beslispunten "1." … "3."; GIO table Naam | Identificatie in "Bijlage 1".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0267', '2028', '2028-06-22', '1')
const GIOS: Gio[] = [
  gio('Gemeente Nijkerk', 'gemeente-nijkerk', [0, 0], 5),
  gio('Polder Arkemheen', 'polder-arkemheen', [-2, 3], 1.5),
  gio('Woningbouwlocatie Doornsteeg', 'woningbouwlocatie-doornsteeg', [1, 1], 0.6),
  gio('Bedrijventerrein Watergoor', 'bedrijventerrein-watergoor', [-1, 0.5], 0.5),
  gio('Landgoederenzone Hoevelaken', 'landgoederenzone-hoevelaken', [2, -3], 1),
]

/** [chapter or '', nummer, titel, niveau] — a chapter row has nummer ''. */
const OPBOUW: Array<[string, string, number]> = [
  ['', 'Inleiding', 0],
  ['1', 'Waarom deze visie', 1],
  ['2', 'Hoe de visie tot stand kwam', 1],
  ['', 'Wonen', 0],
  ['3', 'Nijkerk groeit', 1],
  ['4', 'Woningbouwlocaties', 1],
  ['4.1', 'Doornsteeg', 2],
  ['4.2', 'Inbreiding in de kernen', 2],
  ['', 'Werken', 0],
  ['5', 'Bedrijventerreinen', 1],
  ['5.1', 'Watergoor', 2],
  ['5.2', 'Arkerpoort', 2],
  ['6', 'Binnenstad', 1],
  ['', 'Verkeer', 0],
  ['7', 'Fiets centraal', 1],
  ['8', 'Knooppunt Hoevelaken', 1],
  ['', 'Buitengebied', 0],
  ['9', 'Landbouw', 1],
  ['10', 'Arkemheen en Nijkerkernauw', 1],
  ['11', 'Recreatie', 1],
  ['', 'Duurzame ontwikkeling', 0],
  ['12', 'Energie', 1],
  ['12.1', 'Zon', 2],
  ['12.2', 'Wind', 2],
  ['13', 'Klimaatadaptatie', 1],
  ['', 'Uitvoering', 0],
  ['14', 'Rol van de gemeente', 1],
  ['15', 'Programma’s en omgevingsplan', 1],
  ['16', 'Actualisatie', 1],
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h2>${k.nummer}&ensp;${k.opschrift}</h2>` : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const T = new Map(OPBOUW.filter(([nr]) => nr).map(([nr, t, n]) => [nr, [t, n] as const]))
  const k = (nr: string) => {
    const [t, n] = T.get(nr)!
    d.kop(n, nr, t)
  }
  const hfd = (t: string) => d.raw(`<h1 class="band">${t}</h1>`)

  d.page('besluit').raw(`
<div class="besluit">
<p class="kenm">Raadsbesluit nr. 2028-067 · Zaaknummer 1199384</p>
<p class="ttl">Besluit van de gemeenteraad van Nijkerk tot vaststelling van de Omgevingsvisie gemeente Nijkerk 2040</p>
<p>De raad van de gemeente Nijkerk,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 mei 2028;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-Omgevingsvisie gemeente Nijkerk 2040 zes weken ter inzage heeft gelegen en dat de ingediende zienswijzen zijn beantwoord in de Nota zienswijzen;</p>
<p class="bs">BESLUIT</p>
<p class="bp"><span>1.</span>de Omgevingsvisie gemeente Nijkerk 2040 “Duurzaam en in beweging” vast te stellen, met de geografische informatieobjecten in bijlage 1;</p>
<p class="bp"><span>2.</span>de Structuurvisie Nijkerk 2030 in te trekken;</p>
<p class="bp"><span>3.</span>te bepalen dat dit besluit in werking treedt op 1 september 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 22 juni 2028.</p>
<p>De raad voornoemd,<br>de griffier, &emsp;&emsp;&emsp;&emsp;&emsp;&emsp; de voorzitter,</p>
<p>J. van Bruggen &emsp;&emsp;&emsp;&emsp;&emsp;&emsp; G.D. Renkema</p>
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie gemeente Nijkerk 2040</p>
<p class="t2">Duurzaam en in beweging</p>
</div>`)
  const rows: TocRow[] = OPBOUW.map(([nr, t, n]) => (nr ? [nr, t, `${nr} ${t}`, n + 1] : ['', t, t, 1]))
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  hfd('Inleiding')
  k('1')
  d.p('De Omgevingsvisie is een plan voor de toekomst van onze gemeente. Nijkerk groeit en daar moeten we goed mee omgaan. Het gaat over de fysieke leefomgeving: alles dat we buiten zien en nodig is om te kunnen leven, wonen, werken, leren en ontspannen.')
  d.p('De visie is een plan op hoofdlijnen, voor de periode tot 2040. Alle nieuwe plannen moeten erin passen, van de gemeente en van inwoners en bedrijven. Zij is flexibel: we kunnen haar aanpassen als er nieuwe ontwikkelingen zijn.')
  k('2')
  d.p('In het Koersdocument legden wij ons doel vast: een goede leefomgeving voor wonen, werken en welzijn in een CO2-neutrale gemeente. Met een online enquête, gesprekken met deskundigen en de inbreng van de raad werkten wij dat uit.')

  hfd('Wonen')
  k('3')
  d.p('In de komende jaren bouwen wij gemiddeld 250 woningen per jaar. Een derde deel daarvan is sociale woningbouw.')
  k('4')
  d.p('Wij bouwen op de volgende plekken:')
  k('4.1')
  d.p('Doornsteeg is de grootste uitbreidingswijk, tussen Nijkerk en Nijkerkerveen.')
  k('4.2')
  d.p('In Nijkerk, Hoevelaken en Nijkerkerveen bouwen wij op vrijkomende locaties, voor starters en ouderen.')
  d.table(['Kern', 'Woningen 2028–2040', 'Waarvan sociaal'], [
    ['Nijkerk', '2.100', '700'],
    ['Hoevelaken', '450', '150'],
    ['Nijkerkerveen', '450', '150'],
  ], 'tbl', ['40%', '30%', '30%'])

  hfd('Werken')
  k('5')
  d.p('Naast ruimte voor woningen zorgen wij voor voldoende ruimte voor werkgelegenheid en bedrijfslocaties.')
  k('5.1')
  d.p('Watergoor wordt vernieuwd en beter benut.')
  k('5.2')
  d.p('Arkerpoort aan de A28 biedt ruimte aan bedrijven uit de regio.')
  k('6')
  d.p('De historische binnenstad blijft het hart voor winkelen, horeca en cultuur.')

  hfd('Verkeer')
  k('7')
  d.p('Inwoners willen de fiets meer centraal stellen. Wij maken snelle en veilige routes naar het station en de scholen.')
  k('8')
  d.p('Wij werken met Rijk en provincie aan een goede inpassing van het knooppunt Hoevelaken.')

  hfd('Buitengebied')
  k('9')
  d.p('De landbouw maakt de overgang naar natuurinclusieve landbouw. Wij bieden ruimte aan:')
  d.list(['verbreding met zorg, recreatie en verkoop aan huis;', { text: 'nieuwe functies in vrijkomende gebouwen', sub: ['wonen;', 'kleinschalige bedrijvigheid.'] }, 'landschapsherstel.'], bol)
  k('10')
  d.p('De polder Arkemheen is een open weidevogelgebied. Wij houden haar open.')
  k('11')
  d.p('Recreatie langs de Nijkerkernauw en in de landgoederen versterken wij.')

  hfd('Duurzame ontwikkeling')
  k('12')
  d.p('Wij willen een CO2-neutrale gemeente zijn. Onze volgorde:')
  d.list(['besparen;', 'zon op daken;', 'zon en wind in het landschap.'], num)
  k('12.1')
  d.p('Zonnevelden komen alleen in zoekgebieden langs de snelwegen.')
  k('12.2')
  d.p('Windturbines onderzoeken wij samen met de regio Amersfoort.')
  k('13')
  d.p('Wij maken de kernen klimaatbestendig met meer groen en water.')

  hfd('Uitvoering')
  k('14')
  d.p('De gemeente stelt kaders, nodigt uit en werkt samen.')
  k('15')
  d.p('De keuzes werken wij uit in programma’s en in het omgevingsplan.')
  k('16')
  d.p('Wij actualiseren de visie als nieuwe ontwikkelingen daarom vragen.')

  d.page('std').bijlage('1', 'Geografische informatieobjecten', '<h1 class="band brk">Bijlage 1 Geografische informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h189',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s over de "Omgevingsvisie gemeente Nijkerk 2040" ("Duurzaam en in beweging", een plan op hoofdlijnen; "Nijkerk groeit en daar moeten we goed mee omgaan"; keuzes over wonen, werken, verkeer, voorzieningen, landbouw, recreatie, landschap en natuur; gemiddeld 250 woningen per jaar, een derde sociaal; het Koersdocument "een goede leefomgeving voor wonen, werken en welzijn in een CO2-neutrale gemeente"; een flexibel plan), hier als visie van 2028, deels in eigen woorden; eigen opmaak: A4, DejaVu Sans 9,5 pt, ONGENUMMERDE HOOFDSTUKKEN ("Inleiding", "Wonen", …) in een gekleurde band met DOOR HET HELE DOCUMENT DOORGENUMMERDE PARAGRAFEN "1" … "16" zonder hoofdstukvoorvoegsel (niveau 1 in de truth) en subparagrafen "5.1" (niveau 2), inhoudsopgave van hoofdstukken en paragrafen, kopregel "Nijkerk 2040 · duurzaam en in beweging" rechts, voettekst "pagina n" gecentreerd, lijsten "•" en "1.", een tabel, raadsbesluit "BESLUIT" met beslispunten "1." … "3.", GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
    bevoegdGezag: 'gm0267',
    naam: 'Gemeente Nijkerk',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Nijkerk tot vaststelling van de Omgevingsvisie gemeente Nijkerk 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-09-01',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Nijkerk 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-nijkerk-2040', regeling: 'omgevingsvisie-nijkerk-2040', doel: 'omgevingsvisie-nijkerk-2040' },
      datums: { vaststelling: '2028-06-22', ondertekening: '2028-06-22', bekendmaking: '2028-06-29', inwerkingtreding: '2028-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0267',
      oin: '00000001000000002670',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [165000, 471000] },
    meubilair: ['^Nijkerk 2040 · duurzaam en in beweging$', '^pagina \\d+$'],
    title: 'Omgevingsvisie gemeente Nijkerk 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 22mm; }
@page std { @top-right { content: "Nijkerk 2040 · duurzaam en in beweging"; ${ft} } @bottom-center { content: "pagina " counter(page); ${ft} } }
body { font: 9.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2.3mm; }
.kenm { font-size: 7.5pt; color: #666; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 6mm; }
.bs { font-weight: bold; letter-spacing: 0.05em; margin-top: 4mm; }
.bp { padding-left: 7mm; text-indent: -7mm; }
.bp span { display: inline-block; width: 7mm; text-indent: 0; }
.aldus { margin-top: 5mm; }
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #0B6E4F; margin: 0 0 4mm; }
.titel .t2 { font: 14pt 'DejaVu Sans'; color: #555; }
.tockop { font: bold 15pt 'DejaVu Sans'; color: #0B6E4F; margin-bottom: 5mm; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tl { min-width: 10mm; }
h1.band { font: bold 15pt 'DejaVu Sans'; color: #fff; background: #0B6E4F; padding: 2.5mm 4mm; margin: 8mm 0 4mm; break-after: avoid; }
h1.brk { break-before: page; margin-top: 0; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #0B6E4F; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.3mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th { background: #0B6E4F; color: #fff; text-align: left; padding: 1.2mm 1.5mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm 1.5mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th { border-bottom: 1pt solid #0B6E4F; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
