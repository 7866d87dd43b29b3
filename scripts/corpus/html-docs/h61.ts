/**
 * h61 — waterschap Brabantse Delta (ws0652), holdout (session 9): an optional omgevingsvisie of the algemeen bestuur.
 * Content after the public pages of Waterschap Brabantse Delta about its tasks and plans in Midden- and West-Brabant (its Waterbeheerprogramma 2022–2027 for a climate-proof and
 * resilient water landscape, the rivers
 * Mark, Dintel, Vliet, Aa of Weerijs and Donge, the dikes along the Hollandsch Diep and the Amer, drought on the sandy
 * soils, the Brabantse Wal, wastewater treatment at Nieuwveer, flooding in Breda and the kernen, water quality under
 * the Kaderrichtlijn Water), shortened and in our own words. Layout: A4 landscape pages like a slide deck (Liberation
 * Sans and DejaVu Sans Light, a teal title bar), chapters from 0 with the bare number in a large coloured box on its
 * own line above the title, sections "1.1 Titel" on slides of their own, a side kader beside the body, ►-lists with
 * ■-items, a drawn figure "Afbeelding 2:", a table of contents without leaders, footer "n | Omgevingsvisie Brabantse
 * Delta" left, a besluit of the algemeen bestuur with "overwegende dat", "gelet op", "Besluit:", Artikel 1–2
 * (inwerkingtreding "met ingang van 1 juli 2027"), signatures in two columns, "Bijlage bij het besluit" before the visie
 * and a GIO table whose Identificatie column comes first (Identificatie | Naam), ten objects.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, tocHtml, TOC_CSS, type TocRow } from './h-util.js'

const gio = gioSlug('ws0652', '2027', '2027-04-14', '1')
const GIOS = [
  gio('Beheergebied Brabantse Delta', 'beheergebied-brabantse-delta', [0, 0], 25),
  gio('Primaire waterkeringen Hollandsch Diep, Amer en Volkerak', 'primaire-keringen-hollandsch-diep-amer', [5, 15], 10),
  gio('Regionale keringen langs Mark, Dintel en Vliet', 'regionale-keringen-mark-dintel-vliet', [-5, 8], 6),
  gio('Beekdalen Aa of Weerijs, Mark en Donge', 'beekdalen-aa-of-weerijs-mark-donge', [3, -8], 7),
  gio('Zoekgebied waterberging Vlietpolder', 'zoekgebied-waterberging-vlietpolder', [-8, 4], 2),
  gio('Brabantse Wal (grondwater en natuur)', 'brabantse-wal', [-18, -2], 3),
  gio('Droogtegevoelige zandgronden, prioritair', 'droogtegevoelige-zandgronden', [5, -15], 8),
  gio('Stedelijk gebied Breda, wateroverlast', 'stedelijk-gebied-breda-wateroverlast', [6, -3], 3),
  gio('Zuiveringsterrein Nieuwveer, Breda', 'zuiveringsterrein-nieuwveer', [8, 0], 0.6),
  gio('KRW-waterlichamen West-Brabant', 'krw-waterlichamen-west-brabant', [0, 0], 15),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
    : `<h2>${k.nummer} ${k.opschrift}</h2>`
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }, { glyph: '■', font: 'DejaVu Sans' }]

const AFB = `<figure class="afb"><svg width="110mm" height="52mm" viewBox="0 0 220 104" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="219" height="103" fill="#eef6f6" stroke="#0f6e6e" stroke-width="0.6"/>
<path d="M0 20 C 60 28 120 10 220 18" fill="none" stroke="#5aa7c7" stroke-width="9"/>
<path d="M30 104 C 50 70 70 50 80 22" fill="none" stroke="#5aa7c7" stroke-width="2.5"/>
<path d="M120 104 C 115 70 110 50 112 22" fill="none" stroke="#5aa7c7" stroke-width="2.5"/>
<path d="M180 104 C 170 60 160 40 150 20" fill="none" stroke="#5aa7c7" stroke-width="2.5"/>
<rect x="96" y="58" width="26" height="18" fill="#c9c9c9" stroke="#555" stroke-width="0.5"/>
<path d="M0 28 L220 26" fill="none" stroke="#7a5c2e" stroke-width="1.5" stroke-dasharray="4 2"/>
</svg><figcaption>Afbeelding 2: Schematisch watersysteem: beken van zuid naar noord, de dijken langs het Hollandsch Diep en de stad Breda</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Waterschap Brabantse Delta · algemeen bestuur</p>
<p class="ttl">Besluit van het algemeen bestuur van Waterschap Brabantse Delta tot vaststelling van de Omgevingsvisie Brabantse Delta</p>
<p>Het algemeen bestuur van Waterschap Brabantse Delta;</p>
<p>gezien het voorstel van het dagelijks bestuur van 28 februari 2027;</p>
<p>overwegende dat het waterschap met een omgevingsvisie zijn langetermijnkeuzes voor het watersysteem, de waterketen en de waterveiligheid in samenhang wil vastleggen, in aanvulling op het waterbeheerprogramma;</p>
<p>overwegende dat gemeenten, provincie en inwoners hun reacties op het ontwerp hebben gegeven, die in de nota van beantwoording zijn verwerkt;</p>
<p>gelet op artikel 56 van de Waterschapswet en hoofdstuk 3 van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Brabantse Delta, opgenomen in de bijlage bij dit besluit, wordt vastgesteld. De werkingsgebieden zijn de informatieobjecten die in de visie zijn genoemd.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking met ingang van 1 juli 2027.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van het algemeen bestuur van 14 april 2027.</p>
${handtekeningen(['de secretaris-directeur,', 'ir. M.J.M. Hoppenbrouwers'], ['de dijkgraaf,', 'K.A. van Dorst'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage bij het besluit van het algemeen bestuur van 14 april 2027</p>
<p class="t1">Omgevingsvisie Brabantse Delta</p>
<p class="t2">Water als basis voor Midden- en West-Brabant</p>
</div>`)

  type Sec = [string, string, () => void]
  const CH: Array<[string, string, string, Sec[]]> = [
    ['0', 'Leeswijzer', 'Deze visie is opgebouwd als een reeks platen: per hoofdstuk eerst de kern, daarna per onderwerp wat wij willen bereiken.', [
      ['0.1', 'Wat deze visie is', () => d.p('Het waterschap is niet verplicht een omgevingsvisie vast te stellen. Wij doen het toch, omdat water steeds vaker sturend is voor ruimtelijke keuzes van gemeenten en provincie. Ons doel is een klimaatbestendig en veerkrachtig waterlandschap.')],
      ['0.2', 'Verhouding tot andere plannen', () => d.p('Het waterbeheerprogramma 2028–2033 werkt deze visie uit. De waterschapsverordening regelt wat inwoners en bedrijven wel en niet mogen, bijvoorbeeld bij het bouwen in of bij een waterkering.')],
    ]],
    ['1', 'Ons werkgebied', 'Midden- en West-Brabant liggen tussen de hoge zandgronden in het zuiden en de zeekleipolders langs het Hollandsch Diep en het Volkerak.', [
      ['1.1', 'Van zand naar klei', () => {
        d.p('Beken als de Mark, de Aa of Weerijs en de Donge stromen vanuit België naar het noorden. In de polders voeren gemalen het water af naar de rivieren.')
        d.raw(AFB)
      }],
      ['1.2', 'Steden en dorpen', () => d.p('Breda, Roosendaal, Bergen op Zoom, Etten-Leur en Oosterhout zijn de grootste kernen. Veel mensen wonen en werken er dicht bij het water.')],
    ]],
    ['2', 'Waterveiligheid', 'Wij beschermen Midden- en West-Brabant tegen hoogwater van zee en rivieren.', [
      ['2.1', 'Primaire keringen', () => {
        d.p('Langs het Hollandsch Diep, de Amer en het Volkerak liggen dijken die aan de landelijke norm moeten voldoen. Wij versterken ze volgens het Hoogwaterbeschermingsprogramma:')
        d.list(['dijkversterkingen langs het Hollandsch Diep;', { text: 'dijken langs de Amer bij:', sub: ['Geertruidenberg;', 'Drimmelen.'] }, 'ruimte voor natuur aan de buitenkant van de dijk.'], pijl)
      }],
      ['2.2', 'Regionale keringen', () => d.p('Langs de Mark, de Dintel en de Vliet beschermen regionale keringen het achterland. Bebouwing op en direct naast deze keringen is alleen mogelijk met een vergunning.')],
    ]],
    ['3', 'Voldoende en schoon water', 'Het klimaat verandert: langere droge perioden en zwaardere buien.', [
      ['3.1', 'Droogte op de zandgronden', () => {
        d.raw('<aside class="kader"><p class="kk">Sponswerking</p><p>Wij willen dat het landschap water vasthoudt als een spons: in beekdalen, bodem en bossen.</p></aside>')
        d.p('Op de hoge zandgronden zakt het grondwater in droge zomers ver weg. Wij houden water langer vast door stuwen hoger te zetten en sloten te verondiepen.')
      }],
      ['3.2', 'Wateroverlast', () => d.p('In Breda en andere kernen leidt een hevige bui soms tot water op straat. Samen met de gemeenten maken wij ruimte voor waterberging, bijvoorbeeld in de Vlietpolder.')],
      ['3.3', 'Waterkwaliteit', () => d.p('De beken en kreken moeten in 2027 voldoen aan de doelen van de Kaderrichtlijn Water. Dat vraagt minder meststoffen en bestrijdingsmiddelen in het water.')],
    ]],
    ['4', 'Waterketen en energie', 'Het afvalwater van ons gebied wordt gezuiverd in onze rioolwaterzuiveringen.', [
      ['4.1', 'Zuiveren', () => d.list(['Nieuwveer in Breda wordt een energiefabriek;', { text: 'uit afvalwater winnen wij:', sub: ['biogas;', 'fosfaat.'] }], pijl)],
      ['4.2', 'Klimaatneutraal', () => d.p('In 2035 wil het waterschap klimaatneutraal werken. Zonneparken komen op eigen terreinen, zoals zuiveringen en bergingen.')],
    ]],
  ]

  const toc: TocRow[] = CH.map(([n, t]) => [n, t, t, 1])
  d.page('slide').raw(tocHtml('Inhoud', toc))
  for (const [n, t, kern, secs] of CH) {
    d.raw('<div class="brk"></div>').enter('visie')
    d.raw('<div class="chslide">')
    d.kop(1, n, t)
    d.p(kern, 'kern')
    d.raw('</div>')
    for (const [sn, st, f] of secs) {
      d.raw('<div class="brk"></div>')
      d.kop(2, sn, st)
      f()
    }
  }

  d.raw('<div class="brk"></div>')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage — Werkingsgebieden</h2><p>De werkingsgebieden van de visie zijn vastgelegd als geometrische informatieobjecten:</p>')
  d.gioTabelRows(GIOS, ['Identificatie', 'Naam'], (g) => [gidCell(g.identificatie), g.naam], 'gio', ['58%', '42%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #0f6e6e;"
  const spec: DocSpec = {
    id: 'h61',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van Waterschap Brabantse Delta over zijn taken en plannen in Midden- en West-Brabant (het Waterbeheerprogramma 2022–2027 voor een klimaatbestendig en veerkrachtig waterlandschap, de Mark, de Dintel, de Vliet, de Aa of Weerijs en de Donge, de dijken langs Hollandsch Diep en Amer, droogte op de zandgronden, de Brabantse Wal, de zuivering Nieuwveer, wateroverlast in Breda en de kernen, waterkwaliteit volgens de Kaderrichtlijn Water), ingekort en in eigen woorden; eigen opmaak: liggende A4-pagina\'s als presentatieplaten (Liberation Sans en DejaVu Sans Light, groenblauwe titelbalk), hoofdstukken vanaf 0 met het kale nummer in een groot gekleurd vlak op een eigen regel boven de titel, paragrafen "1.1 Titel" op eigen platen, kader naast de tekst, ►-lijsten met ■-items, getekende figuur "Afbeelding 2:", inhoudsopgave zonder puntlijnen, voettekst "n | Omgevingsvisie Brabantse Delta" links, besluit van het algemeen bestuur met "overwegende dat", "gelet op", "Besluit:", Artikel 1–2 met inwerkingtreding met ingang van 1 juli 2027, handtekeningen in twee kolommen, "Bijlage bij het besluit" voor de visie, GIO-tabel met de identificatie in de eerste kolom (Identificatie | Naam), tien objecten (holdout)',
    bevoegdGezag: 'ws0652',
    naam: 'Waterschap Brabantse Delta',
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Brabantse Delta tot vaststelling van de Omgevingsvisie Brabantse Delta',
      artikelen: ['1', '2'],
      inwerkingtreding: '2027-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Brabantse Delta',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-brabantse-delta', regeling: 'omgevingsvisie-brabantse-delta', doel: 'omgevingsvisie-brabantse-delta' },
      datums: { vaststelling: '2027-04-14', ondertekening: '2027-04-14', bekendmaking: '2027-04-21', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
      ambtsgebied: 'WS0652',
      oin: '00000001002220647000',
      achtergrondActualiteit: '2027-01-15',
    },
    geo: { origin: [105000, 395000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Brabantse Delta$', '^Waterschap Brabantse Delta · Midden- en West-Brabant$'],
    title: 'Omgevingsvisie Brabantse Delta',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4 landscape; margin: 22mm 20mm 18mm 20mm; }
@page slide {
  @top-left { content: "Waterschap Brabantse Delta · Midden- en West-Brabant"; font: 8pt 'DejaVu Sans'; color: #ffffff; background: #0f6e6e; padding: 0 4mm; }
  @bottom-left { content: counter(page) " | Omgevingsvisie Brabantse Delta"; ${ft} }
}
body { font: 11pt/1.45 'DejaVu Sans', sans-serif; font-weight: 300; color: #1d2b2b; }
p { margin: 0 0 3mm; max-width: 190mm; }
.org { font: bold 10pt 'Liberation Sans'; color: #0f6e6e; text-transform: uppercase; letter-spacing: 0.5pt; }
.ttl { font: bold 15pt 'Liberation Sans'; margin: 3mm 0 6mm; }
.besluit { font: 10pt/1.4 'Liberation Serif'; columns: 1; max-width: 200mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; padding-left: 20mm; break-after: page; }
.titel .t0 { font: 9pt 'Liberation Sans'; color: #555; }
.titel .t1 { font: bold 34pt 'Liberation Sans'; color: #0f6e6e; margin: 3mm 0; }
.titel .t2 { font: 16pt 'DejaVu Sans'; font-weight: 300; }
${TOC_CSS}
.toc { font: 13pt 'Liberation Sans'; width: 150mm; }
.toc .tockop { font: bold 24pt 'Liberation Sans'; color: #0f6e6e; margin: 0 0 8mm; }
.toc .dots { visibility: hidden; }
.toc .t1 { font-weight: normal; margin-top: 3mm; }
.toc .tl { min-width: 12mm; color: #0f6e6e; font-weight: bold; }
.chslide { padding-top: 20mm; }
h1 { margin: 0 0 6mm; font-family: 'Liberation Sans'; }
h1 .nr { display: block; width: 34mm; height: 34mm; line-height: 34mm; text-align: center; background: #0f6e6e; color: #fff; font-size: 54pt; font-weight: bold; margin-bottom: 6mm; }
h1 .tt { display: block; font-size: 30pt; color: #0f6e6e; }
p.kern { font-size: 15pt; max-width: 200mm; }
h2 { font: bold 20pt 'Liberation Sans'; color: #0f6e6e; margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #0f6e6e; }
.lst { margin: 0 0 3mm 2mm; }
.li .m { color: #0f6e6e; }
aside.kader { float: right; width: 78mm; margin: 0 0 4mm 8mm; padding: 4mm 5mm; background: #dcefef; font: 10pt/1.4 'Liberation Sans'; }
aside.kader .kk { font-weight: bold; color: #0f6e6e; margin: 0 0 1mm; }
.afb { margin: 4mm 0; }
.afb figcaption { font: italic 9pt 'Liberation Sans'; color: #0f6e6e; margin-top: 1mm; }
h2.bijl { font-size: 16pt; }
table.gio { width: 100%; font-size: 10pt; }
table.gio th { text-align: left; background: #0f6e6e; color: #fff; padding: 1.5mm; }
table.gio td { padding: 1.5mm; vertical-align: top; border-bottom: 0.4pt solid #9cc9c9; }
.gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
