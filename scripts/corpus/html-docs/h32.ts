/**
 * h32 — gemeente Oirschot (gm0823), holdout (session 6). Content after the Omgevingsvisie Oirschot (kernboodschap
 * “Monumentaal, Ondernemend en Groen”, acht thema’s, vier dorpen Oirschot, Middelbeers, Oostelbeers en Spoordonk,
 * Oirschotse Heide, Brainport, beschermd dorpsgezicht), shortened and in our own words. Layout: the chapter number
 * "1." alone on a line above the chapter title, sections "1.1." with their titles in capitals and "1.1.1." (three
 * levels), a table of contents with dotted leaders, ■-lists with o-items and a ✓-list, a table, a header line with
 * version and date, footer "blz. n", a raadsvoorstel printed before the raadsbesluit, a besluit with "b e s l u i t :" and
 * an "Enig artikel" that also says it takes effect on the day after that of the uitgifte of the Gemeenteblad, no Bijlage
 * line before the visie, and a GIO table of a single object.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioHex('gm0823', '2027', '2027-04-08', '1', 'h32')
const GIOS: Gio[] = [gio('Gemeente Oirschot', [0, 0], 6)]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="num">${k.nummer}.</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}.</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}.</span>${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: 'o' }]
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }]

const H: Array<[string, string, Array<[string, string, number]>]> = [
  ['1', 'Inleiding', [['1.1', 'WAAROM EEN OMGEVINGSVISIE?', 2], ['1.2', 'SAMEN AAN DE SLAG', 2], ['1.3', 'LEESWIJZER', 2]]],
  ['2', 'Identiteit van Oirschot', [['2.1', 'KERNBOODSCHAP', 2], ['2.2', 'ALGEMENE UITGANGSPUNTEN', 2]]],
  ['3', 'Thema’s', [
    ['3.1', 'NATUUR, LANDSCHAP EN CULTUUR', 2],
    ['3.1.1', 'Oirschotse Heide', 3],
    ['3.1.2', 'Beekdalen van de Beerze en de Reusel', 3],
    ['3.2', 'LANDBOUW', 2],
    ['3.3', 'GEZONDE WOON- EN LEEFOMGEVING', 2],
    ['3.4', 'ECONOMIE EN ENERGIE', 2],
  ]],
  ['4', 'Gebieden', [['4.1', 'KERN OIRSCHOT', 2], ['4.2', 'DE BEERZEN EN SPOORDONK', 2]]],
  ['5', 'Uitvoering', []],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('voorstel').raw(`
<div class="vs">
<p class="gem">gemeente Oirschot</p>
<p class="vsk">RAADSVOORSTEL</p>
<table class="meta"><tr><td>Agendapunt</td><td>7</td></tr><tr><td>Onderwerp</td><td>Vaststellen herziene Omgevingsvisie Oirschot</td></tr><tr><td>Raadsvergadering</td><td>7 april 2027</td></tr></table>
<p class="vkop">Inleiding</p>
<p>In 2017 stelde de raad de eerste Omgevingsvisie Oirschot vast. Sindsdien zijn de Omgevingswet in werking getreden, de regionale energiestrategie vastgesteld en de opgaven voor wonen en landbouw veranderd. Wij stellen u voor de visie te herzien en opnieuw vast te stellen.</p>
<p class="vkop">Beoogd effect</p>
<p>Een actuele omgevingsvisie die voldoet aan de Omgevingswet en richting geeft aan het omgevingsplan.</p>
<p class="vkop">Argumenten</p>
<p>De visie is met inwoners, ondernemers en de dorpsraden besproken. De kernboodschap en de acht thema’s blijven staan; de ambities voor energie en landbouw zijn aangescherpt.</p>
<p class="vkop">Voorstel</p>
<p>De herziene Omgevingsvisie Oirschot vast te stellen.</p>
<p>Burgemeester en wethouders van Oirschot</p>
</div>`)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Oirschot</p>
<p class="ttl">Besluit van de raad van de gemeente Oirschot tot vaststelling van de Omgevingsvisie Oirschot</p>
<p>De raad van de gemeente Oirschot;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 2 februari 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Enig artikel</p>
<p>De Omgevingsvisie Oirschot vast te stellen, met het geometrische informatieobject dat daarbij hoort, onder intrekking van de Omgevingsvisie Oirschot van 26 september 2017. Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Oirschot, gehouden op 7 april 2027.</p>
<p>De raad voornoemd,</p>
<table class="sig2"><tr><td>de griffier,<br><br><br>drs. J.P. van de Ven</td><td>de voorzitter,<br><br><br>ir. J.M.L. Ubachs</td></tr></table>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Oirschot</p>
<p class="t2">Monumentaal, Ondernemend en Groen:<br>daar voelt de mens zich thuis</p>
<p class="t3">vastgesteld door de gemeenteraad op 7 april 2027</p>
</div>`)
  const rows: TocRow[] = []
  for (const [n, t, secs] of H) {
    rows.push([`${n}.`, t, t, 1])
    for (const [sn, st, l] of secs) if (l === 2) rows.push([`${sn}.`, st, `${sn}. ${st}`, 2])
  }
  rows.push(["", "Bijlage informatieobject", "Bijlage informatieobject", 1])
  d.page('toc').raw(tocHtml('Inhoudsopgave', rows))
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '1': () => d.p('De gemeente Oirschot heeft veel kwaliteiten: een monumentaal dorp in het groen, een fraai buitengebied, een rijke cultuurhistorie en een sterke band met de Brainport-regio. Deze omgevingsvisie beschrijft hoe wij die kwaliteiten bewaren en versterken.'),
    '1.1': () => d.p('De tijden veranderen. Vergrijzing, klimaatverandering, de energietransitie en de veranderende landbouw vragen om keuzes. Wij zetten de stap van de toekomstvisie en de kernboodschap naar een concrete visie op de leefomgeving. De instrumenten van hoofdstuk 4 van de Omgevingswet gebruiken wij om die visie uit te voeren.'),
    '1.2': () => d.p('Inwoners en ondernemers nemen vaker zelf het initiatief. De gemeente stelt kaders en faciliteert. Daarom is deze visie samen met de inwoners van de vier dorpen gemaakt, in workshops, gesprekken en een peiling onder het inwonerpanel.'),
    '1.3': () => d.p('Hoofdstuk 2 beschrijft de identiteit van Oirschot, hoofdstuk 3 de ambities per thema en hoofdstuk 4 de uitwerking voor de gebieden. Hoofdstuk 5 gaat over de uitvoering.'),
    '2': () => d.p('Oirschot is een gemeente van ruim 19.000 inwoners in de Kempen, met de dorpen Oirschot, Middelbeers, Oostelbeers en Spoordonk.'),
    '2.1': () => d.p('Onze kernboodschap is: Oirschot, Monumentaal, Ondernemend en Groen: daar voelt de mens zich thuis. De drie woorden geven richting aan alle keuzes in deze visie.'),
    '2.2': () => {
      d.p('Sommige uitgangspunten gelden altijd en overal:')
      d.list(
        [
          'wij gaan zuinig om met de ruimte en bouwen eerst binnen de dorpen;',
          { text: 'nieuwe ontwikkelingen dragen bij aan de kwaliteit van hun omgeving:', sub: ['aan het landschap;', 'aan het erfgoed;', 'aan de leefbaarheid.'] },
          'wij werken samen met initiatiefnemers vanaf het begin.',
        ],
        blok,
      )
    },
    '3': () => d.p('Het beleid is vastgelegd in thema’s. Per thema beschrijven wij de ambitie.'),
    '3.1': () => d.p('Het buitengebied van Oirschot bestaat uit heide, bossen, beekdalen en kampontginningen. Wij beschermen de samenhang van dat landschap.'),
    '3.1.1': () => d.p('De Oirschotse Heide is een groot natuurgebied met een militair oefenterrein. Wij werken met Defensie en de terreinbeheerders aan rust voor de natuur.'),
    '3.1.2': () => d.p('In de beekdalen van de Beerze en de Reusel maken wij ruimte voor water en natuur. Het landschap rond de Spoordonkse Watermolen krijgt steeds meer de functie van waterberging.'),
    '3.2': () => d.p('De landbouw verandert. Wij ondersteunen boeren die extensiveren of een nieuwe functie zoeken. Vrijkomende stallen slopen wij zoveel mogelijk.'),
    '3.3': () => {
      d.p('Een gezonde woon- en leefomgeving betekent voor ons:')
      d.list(['schone lucht en weinig geurhinder rond de dorpen;', 'veilige fiets- en wandelroutes naar school en werk;', 'groen en speelruimte dicht bij huis;', 'voldoende woningen voor jong en oud.'], vink)
    },
    '3.4': () => {
      d.p('Oirschot ligt aan de A58 en het Wilhelminakanaal, dicht bij Eindhoven en Tilburg. Bedrijventerrein De Stad biedt ruimte aan lokale bedrijven. De tabel geeft de ambitie voor energie.')
      d.table(
        ['Bron', 'Ambitie 2030', 'Voorwaarde'],
        [
          ['Zon op daken', '50% van de geschikte daken', '—'],
          ['Zonnevelden', 'maximaal 40 hectare', 'landschappelijk ingepast, lokaal eigendom'],
          ['Wind', 'onderzoek langs de A58', 'afstand tot woningen'],
        ],
        'tbl',
        ['24%', '34%', '42%'],
      )
    },
    '4': () => d.p('De thema’s krijgen in de gebieden een eigen invulling.'),
    '4.1': () => d.p('Het centrum van Oirschot is beschermd dorpsgezicht met de Sint-Petrusbasiliek, de Markt en de Rijkesluisstraat. Nieuwe bebouwing voegt zich naar het historische karakter.'),
    '4.2': () => d.p('Middelbeers, Oostelbeers en Spoordonk zijn kleine dorpen met een sterke gemeenschap. Wij bouwen er naar de eigen behoefte en houden de school en het ontmoetingscentrum in stand.'),
    '5': () => d.p('De uitvoering gebeurt in een projectenprogramma dat wij ieder jaar bijwerken. Initiatiefnemers nodigen wij uit om nieuwe projecten aan te dragen.'),
  }
  for (const [n, t, secs] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of secs) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('', 'informatieobject', '<h1 class="bijl">Bijlage informatieobject</h1><p>Deze omgevingsvisie geldt voor het hele grondgebied van de gemeente Oirschot:</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const hd = "font: 7.5pt 'DejaVu Sans Mono'; color: #4d6b2f;"
  const ft = "font: 8.5pt 'DejaVu Serif Condensed'; color: #333;"
  const boxes = `@top-left { content: "Omgevingsvisie Oirschot · versie 2.0 · 7 april 2027"; ${hd} } @bottom-right { content: "blz. " counter(page); ${ft} }`
  const spec: DocSpec = {
    id: 'h32',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Oirschot (kernboodschap “Monumentaal, Ondernemend en Groen”, acht thema’s, vier dorpen, Oirschotse Heide, beekdalen van Beerze en Reusel, Brainport, beschermd dorpsgezicht) en het projectenprogramma, ingekort en in eigen woorden; eigen opmaak: DejaVu Serif Condensed 10 pt met DejaVu Sans-koppen in olijfgroen, hoofdstuknummer "1." los boven de titel, paragrafen "1.1." met titels in hoofdletters en "1.1.1.", inhoudsopgave met puntlijnen, ■-lijsten met o-items, ✓-lijst, tabel, kopregel met versie en datum, voettekst "blz. n", raadsvoorstel voor het raadsbesluit, "b e s l u i t :" en "Enig artikel" met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, geen Bijlage-regel voor de visie, GIO-tabel van één object (holdout)',
    bevoegdGezag: 'gm0823',
    naam: 'Gemeente Oirschot',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Oirschot tot vaststelling van de Omgevingsvisie Oirschot',
      artikelen: [''],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Oirschot',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-oirschot', regeling: 'omgevingsvisie-oirschot', doel: 'omgevingsvisie-oirschot' },
      datums: { vaststelling: '2027-04-07', ondertekening: '2027-04-08', bekendmaking: '2027-04-15' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0823',
      oin: '00000001000000008230',
      achtergrondActualiteit: '2027-02-01',
    },
    geo: { origin: [148000, 392000] },
    meubilair: ['^Omgevingsvisie Oirschot · versie 2\\.0 · 7 april 2027$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Oirschot',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 24mm 22mm 22mm 26mm; }
@page toc { ${boxes} }
@page std { ${boxes} }
@page bijl { ${boxes} }
body { font: 10pt/1.45 'DejaVu Serif Condensed', serif; color: #1c1c1c; }
p { margin: 0 0 2.3mm; }
.gem { font: bold 14pt 'DejaVu Sans'; color: #4d6b2f; }
.vsk { font: bold 12pt 'DejaVu Sans'; letter-spacing: 0.5pt; margin: 2mm 0 4mm; }
table.meta { margin: 0 0 4mm; font-size: 9.5pt; }
table.meta td { padding: 0.5mm 8mm 0.5mm 0; }
.vkop { font: bold 10pt 'DejaVu Sans'; margin: 3.5mm 0 1mm; }
.vs { break-after: page; }
.ttl { font: bold 11.5pt 'DejaVu Sans'; margin: 4mm 0 5mm; }
.bs { margin: 4mm 0 2mm; font-weight: bold; }
.art { font: bold 10pt 'DejaVu Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 6mm; }
table.sig2 { width: 100%; margin-top: 4mm; }
table.sig2 td { width: 50%; vertical-align: top; }
.titel { padding-top: 90mm; break-after: page; border-left: 6pt solid #4d6b2f; padding-left: 8mm; }
.titel .t1 { font: bold 30pt 'DejaVu Sans'; color: #4d6b2f; }
.titel .t2 { font: 13pt 'DejaVu Serif Condensed'; }
.titel .t3 { font: 9pt 'DejaVu Serif Condensed'; margin-top: 60mm; }
${TOC_CSS}
.toc { break-after: page; }
.toc .tockop { font: bold 16pt 'DejaVu Sans'; color: #4d6b2f; margin-bottom: 5mm; }
.hfd { break-before: page; margin: 0 0 5mm; }
.hfd .num { font: bold 26pt/1 'DejaVu Sans'; color: #9bb57a; margin: 0; }
h1 { font: bold 19pt 'DejaVu Sans'; color: #4d6b2f; margin: 0; }
h2 { font: bold 10.5pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 10pt 'DejaVu Serif Condensed'; margin: 3.5mm 0 1mm; break-after: avoid; }
.n { display: inline-block; min-width: 13mm; }
.lst { margin: 0 0 3mm 2mm; }
table.tbl { width: 100%; margin: 2mm 0 4mm; font-size: 9pt; border: 0.5pt solid #4d6b2f; }
table.tbl th { text-align: left; background: #e6eedc; padding: 1mm 1.5mm; border-bottom: 0.5pt solid #4d6b2f; }
table.tbl td { padding: 1mm 1.5mm; vertical-align: top; }
h1.bijl { font: bold 15pt 'DejaVu Sans'; color: #4d6b2f; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 9pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #4d6b2f; padding: 1.2mm; }
table.gio td { padding: 1.2mm; vertical-align: top; }
table.gio .gid { font: 8pt 'Liberation Mono'; }
`,
  }
  return { spec, doc: d }
}
