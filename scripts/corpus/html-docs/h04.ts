/**
 * h04 — het Rijk, Minister van BZK (holdout): chapters "Hoofdstuk 2" with the title on the NEXT line, sections
 * "2.1 Titel" and "4.2.1 Titel", a table of contents with dotted leaders and page numbers, a numbered list of
 * principles, •-lists, a body table, running header right and a bare page number in the outer corner, a
 * ministerial besluit with "Gelet op" and Artikel I/II, GIO identifiers of mnre1034 breaking in a narrow cell, a
 * sentence about Bijlage I bij het Besluit bouwwerken leefomgeving.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('mnre1034', '2026', '2026-04-10', '1')
const GIOS: Gio[] = [
  gio('Nationale hoofdstructuur leefomgeving, groenblauw', 'nationale-hoofdstructuur-leefomgeving-groenblauw-netwerk', [0, 0], 40),
  gio('Hoofdinfrastructuur en mainports', 'hoofdinfrastructuur-mainports-en-brainport-2026', [-30, -20], 25),
  gio('Zoekgebieden grootschalige energie-infrastructuur op land', 'zoekgebieden-grootschalige-energie-infrastructuur-op-land', [20, 60], 30),
  gio('Werelderfgoed en landschappen van nationaal belang', 'werelderfgoed-en-landschappen-van-nationaal-belang', [10, -40], 20),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hw">Hoofdstuk ${k.nummer}</span><br>${k.opschrift}</h1>`
    : `<h${k.niveau}><span class="n">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`
const bul: Marker[] = [{ glyph: '•' }, { glyph: '-' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

type Node = [nummer: string, titel: string, tekst: string[], kids?: Node[]]
const H: Node[] = [
  ['1', 'Over de Nationale Omgevingsvisie', [], [
    ['1.1', 'De urgentie is hoog', [
      'In Nederland wonen we met ruim 17 miljoen mensen op ruim 41.000 vierkante kilometer. We willen dat ons land over dertig jaar nog steeds prettig, veilig en gezond is om in te wonen, te werken en te recreëren. Daarom moeten we nu al nadenken over de keuzes die daarvoor nodig zijn.',
      'De vraagstukken zijn groot en vaak met elkaar verweven: het bouwen van een miljoen woningen, ruimte voor duurzame energie, aanpassing aan een veranderend klimaat, een circulaire economie en de omschakeling naar kringlooplandbouw. Ze vragen meer ruimte dan zomaar beschikbaar is. Niet alles kan, en niet alles kan overal.',
    ]],
    ['1.2', 'Nieuwe visie, nieuwe aanpak', [
      'Het Rijk neemt het voortouw door richting te geven op de grote opgaven en door regie te voeren op een goed samenspel tussen overheden en met de samenleving. Die aanpak is nodig om onze doelen te halen en is een zaak van overheid en samenleving samen.',
    ]],
    ['1.3', 'Reikwijdte en positionering', [
      'Deze omgevingsvisie is zelfbindend voor het Rijk. We zetten er wel op in dat provincies en gemeenten bij het vaststellen van hun eigen omgevingsvisies rekening houden met wat hierin staat. Concrete regels staan niet in de visie maar in het Besluit kwaliteit leefomgeving en het Besluit bouwwerken leefomgeving; zo regelt Bijlage I bij het Besluit bouwwerken leefomgeving welke begrippen voor bouwwerken gelden.',
    ]],
    ['1.4', 'Totstandkoming', [
      'Met de startnota over de opgaven is in 2017 een eerste stap gezet. In gebiedsdialogen, werkateliers en een ontwerpfase met inspraak hebben overheden, maatschappelijke organisaties en inwoners meegedacht. De milieueffecten zijn onderzocht in een plan-MER.',
    ]],
  ]],
  ['2', 'Toekomstperspectief', [
    'In 2050 is Nederland een land waarin het gezond, veilig en fijn wonen en leven is, met een toekomstbestendige economie die duurzaam en circulair is. Om dat te bereiken moeten we fundamentele keuzes maken.',
  ], [
    ['2.1', 'Een klimaatbestendige delta', ['Nederland is in 2050 klimaatbestendig en waterrobuust ingericht. Bij de keuze van locaties voor wonen en werken is het water- en bodemsysteem een leidend principe.']],
    ['2.2', 'Duurzaam, concurrerend en circulair', ['Schaarse grondstoffen laten we in de grond of gebruiken we opnieuw, en fossiele brandstoffen zijn vervangen door duurzame bronnen. Vitale sectoren zijn robuust vormgegeven.']],
    ['2.3', 'Nabijheid en betrouwbare verbindingen', ['Ons land is nauw verbonden met de buurlanden en met economische kerngebieden als de Vlaamse Ruit en het Ruhrgebied, fysiek en digitaal, boven- en ondergronds.']],
  ]],
  ['3', 'Nationale belangen en opgaven', [], [
    ['3.1', 'Betekenis van de nationale belangen', ['In deze visie staan eenentwintig nationale belangen die in het beleid voor de fysieke leefomgeving gewaarborgd moeten worden, zoals de veiligheid tegen overstromingen, een goede milieukwaliteit en het behoud en de versterking van cultureel erfgoed en landschappelijke kwaliteiten van nationaal belang.']],
    ['3.2', 'Van opgaven naar prioriteiten', ['De opgaven die uit de nationale belangen voortkomen, zijn vertaald in vier integrale prioriteiten.']],
  ]],
  ['4', 'Richting geven op prioriteiten', [], [
    ['4.1', 'Afwegingsprincipes', ['Omgevingskwaliteit staat centraal: gezondheid, milieu en duurzaamheid. Drie afwegingsprincipes helpen om bij botsende belangen in een gebied een zorgvuldige afweging te maken:']],
    ['4.2', 'Van prioriteiten naar beleidskeuzes', [], [
      ['4.2.1', 'Ruimte voor klimaatadaptatie en energietransitie', ['We reserveren ruimte voor de hoofdstructuur van de energievoorziening en kiezen bij voorkeur voor locaties waar opwek, opslag en transport samenkomen.']],
      ['4.2.2', 'Duurzaam economisch groeipotentieel', ['We versterken de mainports, brainport en greenports en zorgen dat zij goed verbonden zijn met het achterland.']],
      ['4.2.3', 'Sterke en gezonde steden en regio\'s', ['Verstedelijking concentreren we in de bestaande stedelijke gebieden en bij knooppunten, met aandacht voor groen, water en gezondheid.']],
      ['4.2.4', 'Toekomstbestendig landelijk gebied', ['De landbouw ontwikkelt zich naar kringlooplandbouw, natuur en landschap worden versterkt en bodemdaling in het veenweidegebied wordt afgeremd.']],
    ]],
  ]],
  ['5', 'Samenwerking en uitvoering', [], [
    ['5.1', 'Hoe werken we samen', ['Het Rijk geeft richting, maar de uitvoering gebeurt in de regio. Met provincies, gemeenten en waterschappen maken we omgevingsagenda\'s per landsdeel.']],
    ['5.2', 'Uitwerking en uitvoering', ['De visie werkt door in nationale programma\'s en in regels. Eens per vier jaar rapporteren we over de voortgang en de kwaliteit van de leefomgeving.']],
  ]],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="stcrt">STAATSCOURANT</p>
<p class="ttl">Besluit van de Minister van Binnenlandse Zaken en Koninkrijksrelaties van 10 april 2026, nr. 2026-0000214532, houdende vaststelling van de Nationale Omgevingsvisie</p>
<p>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>
<p>Gelet op artikel 3.1, derde lid, van de Omgevingswet;</p>
<p>Gehoord de Tweede Kamer en de Eerste Kamer der Staten-Generaal;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel I</p>
<p>De Nationale Omgevingsvisie, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>Dit besluit treedt in werking met ingang van 1 juli 2026.</p>
<p>Dit besluit zal met de bijlage in de Staatscourant worden geplaatst.</p>
<p class="sig">De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>
<p class="nm">J.M. van Dalen</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Nationale Omgevingsvisie</p>
<p class="t2">Duurzaam perspectief voor onze leefomgeving</p>
</div>`)
  const rows: TocRow[] = []
  const walkToc = (ns: Node[], lvl: number) => {
    for (const [n, t, , kids] of ns) {
      rows.push(lvl === 1 ? [`${n}.`, t, t, 1] : [n, t, `${n} ${t}`, lvl])
      if (kids) walkToc(kids, lvl + 1)
    }
  }
  walkToc(H, 1)
  rows.push(['', 'Bijlage 1 Geometrische informatieobjecten', 'Bijlage 1 Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoudsopgave', rows))
  d.page('std').enter('visie')
  const walk = (ns: Node[], lvl: number) => {
    for (const [n, t, tekst, kids] of ns) {
      d.kop(lvl, n, t)
      d.ps(...tekst)
      if (n === '1.1') {
        d.p('Voorbeelden van zulke opgaven zijn:')
        d.list(
          [
            'verstedelijking in de grote stedelijke regio\'s;',
            { text: 'de energietransitie, met', sub: ['wind op zee en de aanlanding op de kust;', 'zon en wind op land in de regionale energiestrategieën.'] },
            'bodemdaling en verzilting in het landelijk gebied;',
            'de bereikbaarheid van de economische kerngebieden.',
          ],
          bul,
        )
      }
      if (n === '3.2')
        d.table(
          ['Prioriteit', 'Kern'],
          [
            ['Ruimte voor klimaatadaptatie en energietransitie', 'water en bodem leidend; ruimte voor energie-infrastructuur'],
            ['Duurzaam economisch groeipotentieel', 'mainports, brainport en greenports; circulaire economie'],
            ['Sterke en gezonde steden en regio\'s', 'woningbouw, bereikbaarheid, groen in de stad'],
            ['Toekomstbestendige ontwikkeling van het landelijk gebied', 'kringlooplandbouw, natuur, landschap'],
          ],
          'tbl',
          ['45%', '55%'],
        )
      if (n === '4.1')
        d.list(
          [
            'Combineren boven enkelvoudig. Functies worden waar mogelijk gecombineerd.',
            'Kenmerken en identiteit van een gebied staan centraal. Keuzes sluiten aan bij wat een gebied eigen maakt.',
            'Afwentelen wordt voorkomen. We schuiven de lasten niet door naar andere gebieden of naar volgende generaties.',
          ],
          num,
        )
      if (kids) walk(kids, lvl + 1)
    }
  }
  walk(H, 1)
  d.page('bijl')
  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 1 Geometrische informatieobjecten</h1><p>De gebieden waarnaar de Nationale Omgevingsvisie verwijst, zijn vastgelegd in de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Informatieobject', 'Identificatie'], 'tbl gio', ['45%', '55%'], true)

  const spec: DocSpec = {
    id: 'h04',
    set: 'dev',
    bron: 'Bewerkt naar de Nationale Omgevingsvisie (NOVI, 2020: urgentie, toekomstperspectief, nationale belangen, vier prioriteiten, drie afwegingsprincipes), ingekort; eigen opmaak: Liberation Serif 11 pt, "Hoofdstuk n" met de titel op de volgende regel, paragrafen "2.1 Titel" en "4.2.1 Titel", inhoudsopgave met puntjes en paginanummers, kopregel rechts, kaal paginanummer in de buitenhoek, ministerieel besluit met Artikel I/II (holdout)',
    bevoegdGezag: 'mnre1034',
    naam: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    besluit: {
      opschrift: 'Besluit van de Minister van Binnenlandse Zaken en Koninkrijksrelaties van 10 april 2026, nr. 2026-0000214532, houdende vaststelling van de Nationale Omgevingsvisie',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-07-01',
    },
    visieOpschrift: 'Nationale Omgevingsvisie',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'nationale-omgevingsvisie', regeling: 'nationale-omgevingsvisie', doel: 'nationale-omgevingsvisie' },
      datums: { vaststelling: '2026-04-10', ondertekening: '2026-04-10', bekendmaking: '2026-04-21', inwerkingtreding: '2026-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_bcfb7b4e',
      ambtsgebied: 'LND6030.B',
      oin: '00000001003214345000',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [155000, 463000] },
    meubilair: ['^Nationale Omgevingsvisie – Staatscourant 2026$', '^\\d+$'],
    title: 'Nationale Omgevingsvisie',
    toc: { skip: 'Inhoudsopgave' },
    css: `
@page { size: A4; margin: 26mm 24mm 24mm 24mm; }
@page std:right { @top-right { content: "Nationale Omgevingsvisie – Staatscourant 2026"; font: italic 8pt 'Liberation Serif'; color: #154273; }
  @bottom-right { content: counter(page); font: 9pt 'Liberation Serif'; } }
@page std:left { @top-right { content: "Nationale Omgevingsvisie – Staatscourant 2026"; font: italic 8pt 'Liberation Serif'; color: #154273; }
  @bottom-left { content: counter(page); font: 9pt 'Liberation Serif'; } }
@page bijl { @bottom-right { content: counter(page); font: 9pt 'Liberation Serif'; } }
@page toc { @bottom-right { content: counter(page); font: 9pt 'Liberation Serif'; } }
body { font: 11pt/1.45 'Liberation Serif', serif; }
p { margin: 0 0 2.6mm; }
.stcrt { font: bold 18pt 'Liberation Sans'; color: #154273; letter-spacing: 2pt; }
.ttl { font-weight: bold; margin: 6mm 0; }
.bs { margin-top: 5mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.sig { margin-top: 10mm; }
.nm { margin-top: 14mm; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 30pt 'Liberation Sans'; color: #154273; }
.titel .t2 { font: italic 15pt 'Liberation Serif'; }
.toc { break-after: page; font-size: 10.5pt; }
.toc .tockop { font: bold 18pt 'Liberation Sans'; color: #154273; margin-bottom: 5mm; }
h1 { font: bold 20pt/1.25 'Liberation Sans'; color: #154273; break-before: page; margin: 0 0 6mm; }
h1 .hw { font: 12pt 'Liberation Sans'; color: #777; }
h2 { font: bold 13pt 'Liberation Sans'; color: #154273; margin: 5mm 0 2mm; break-after: avoid; }
h3 { font: bold italic 11pt 'Liberation Serif'; margin: 4mm 0 1.5mm; break-after: avoid; }
.n { display: inline-block; min-width: 14mm; }
.lst { margin: 0 0 3mm 3mm; }
table.tbl { width: 100%; font-size: 9.5pt; margin: 1mm 0 4mm; }
table.tbl th { text-align: left; border-top: 1pt solid #154273; border-bottom: 1pt solid #154273; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
h1.bijl { font-size: 16pt; }
table.gio { width: 125mm; }
table.gio .gid { font: 9pt 'Liberation Mono'; }
${TOC_CSS}
`,
  }
  return { spec, doc: d }
}
