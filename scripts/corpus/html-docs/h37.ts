/**
 * h37 — gemeente Winterswijk (gm0294), holdout (session 7). Content after the Omgevingsvisie Buitengebied Winterswijk
 * (vijf kernkwaliteiten: geologie, cultuurlandschap, ecologie en milieu, leefbaarheid, economie; "ja, mits";
 * buurtschappen, boerderijsplitsing, detailhandel in het buitengebied) and the cross-border work with Kreis Borken and
 * Stadt Vreden (dienstencentrum Gaxel), shortened and in our own words. Layout: a 17 × 24 cm page, "HOOFDSTUK II" on
 * its own line with the chapter title in capitals on the next, roman chapter numbers with sections "II.1" and
 * "II.1.1", a one-column chapter opening followed by a two-column body, ►-lists with ■-items, a map ("Kaart 4") drawn
 * as SVG, the page number alone in the right margin, a header with the gemeente and the visie, a raadsbesluit with
 * "b e s l u i t :" and an "Enig artikel" (inwerkingtreding the day after the uitgifte of the Gemeenteblad),
 * "Aldus vastgesteld in de openbare vergadering van …", signatures in two columns, no Bijlage line before the visie,
 * and a GIO table of five objects in three columns (Naam | Identificatie | Toelichting).
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0294', '2027', '2027-03-25', '1')
const GIOS: Gio[] = [
  gio('Gemeente Winterswijk', 'omgevingsvisie-winterswijk-gemeente', [0, 0], 7),
  gio('Nationaal Landschap Winterswijk', 'nationaal-landschap-winterswijk', [0.5, -0.5], 6),
  gio('Steengroeve en Muschelkalk', 'aardkundig-monument-steengroeve', [5.2, -2.1], 0.6),
  gio('Grenszone Gaxel', 'grenszone-gaxel-dienstencentrum', [3.8, 4.2], 0.7),
  gio('Kern Winterswijk', 'kern-winterswijk', [0.2, 0.4], 1.4),
]
const TOELICHTING: Record<string, string> = {
  'Gemeente Winterswijk': 'het hele grondgebied',
  'Nationaal Landschap Winterswijk': 'het buitengebied met de buurtschappen',
  'Steengroeve en Muschelkalk': 'aardkundig waardevol gebied',
  'Grenszone Gaxel': 'grensoverschrijdend dienstencentrum',
  'Kern Winterswijk': 'het dorp binnen de bebouwde kom',
}

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="hfd"><p class="hn">HOOFDSTUK ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const pijl: Marker[] = [{ glyph: '►', font: 'DejaVu Sans' }, { glyph: '■', font: 'DejaVu Sans' }]

const H: Array<[string, string, string, Array<[string, string, number]>]> = [
  ['I', 'INLEIDING', 'Winterswijk ligt in de oostelijke Achterhoek, aan drie kanten omringd door Duitsland. Het buitengebied met zijn coulissen, essen en buurtschappen is van nationale betekenis. Deze visie gaat over de hele gemeente, met de nadruk op dat buitengebied.', [['I.1', 'Aanleiding', 2], ['I.2', 'Rol van de gemeente', 2]]],
  ['II', 'KERNKWALITEITEN VAN WINTERSWIJK', 'Vijf kernkwaliteiten zijn de maat voor iedere ontwikkeling. Een initiatief dat bijdraagt aan deze kwaliteiten, benaderen wij met “ja, mits”.', [
    ['II.1', 'Geologie en aardkundige waarden', 2],
    ['II.2', 'Cultuurlandschap', 2],
    ['II.2.1', 'Buurtschappen', 3],
    ['II.2.2', 'Essen, houtwallen en beken', 3],
    ['II.3', 'Ecologie en milieu', 2],
    ['II.4', 'Leefbaarheid', 2],
    ['II.5', 'Economie', 2],
  ]],
  ['III', 'OVER DE GRENS', 'De grens is voor Winterswijk geen rand maar een verbinding. Veel inwoners werken, winkelen of sporten in Duitsland, en omgekeerd.', [['III.1', 'Samenwerking met Kreis Borken en Vreden', 2], ['III.2', 'Dienstencentrum Gaxel', 2]]],
  ['IV', 'WONEN EN WERKEN IN HET BUITENGEBIED', 'Het buitengebied moet leefbaar blijven. Daarom bieden wij meer ruimte voor wonen en werken op bestaande erven.', [['IV.1', 'Erven en boerderijsplitsing', 2], ['IV.2', 'Detailhandel in de buurtschappen', 2]]],
  ['V', 'UITVOERING', 'De visie is het afwegingskader voor initiatieven die niet in het omgevingsplan passen, en de basis voor het omgevingsplan zelf.', []],
]

const KAART = `<figure class="kaart"><svg width="62mm" height="48mm" viewBox="0 0 124 96" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="123" height="95" fill="#f4f7ee" stroke="#3f6b2a" stroke-width="0.5"/>
<path d="M8 20 L40 8 L88 12 L116 34 L112 74 L76 90 L30 86 L10 60 Z" fill="#dfe9cf" stroke="#3f6b2a" stroke-width="0.8"/>
<path d="M88 12 L116 34 L112 74" fill="none" stroke="#b3261e" stroke-width="1.4" stroke-dasharray="3 2"/>
<circle cx="58" cy="48" r="6" fill="#3f6b2a"/><path d="M20 70 C 40 60, 60 66, 80 54 S 104 40, 112 44" fill="none" stroke="#2f6fa3" stroke-width="1.2"/>
</svg><figcaption>Kaart 4 Winterswijk en de grens met Duitsland</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Winterswijk</p>
<p class="ttl">Besluit van de raad van de gemeente Winterswijk tot vaststelling van de Omgevingsvisie Winterswijk</p>
<p>De raad van de gemeente Winterswijk;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 9 februari 2027, nummer 2027-0117;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gezien het advies van de commissie Ruimte van 9 maart 2027;</p>
<p class="bs">b e s l u i t :</p>
<p class="art">Enig artikel</p>
<p>De Omgevingsvisie Winterswijk vast te stellen, met de geometrische informatieobjecten die daarin zijn genoemd, onder intrekking van de Omgevingsvisie Buitengebied Winterswijk van 19 december 2019. Dit besluit treedt in werking met ingang van de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Winterswijk van 25 maart 2027.</p>
${handtekeningen(['de griffier,', 'G.J. Wikkerink'], ['de voorzitter,', 'J.C.R. Otten'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie<br>Winterswijk</p>
<p class="t2">Groots in een kleinschalig landschap</p>
<p class="t3">raadsvergadering 25 maart 2027</p>
</div>`)
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    'I.1': () => d.p('De Omgevingswet vraagt om één visie voor de hele gemeente. Wij bouwen voort op de Omgevingsvisie Buitengebied uit 2019, die met inwoners, ondernemers en 25 organisaties is gemaakt, en vullen haar aan met het dorp Winterswijk.'),
    'I.2': () => {
      d.p('De gemeente stelt kaders en nodigt uit. Wij werken van toelatingsplanologie via ontwikkelingsplanologie naar uitnodigingsplanologie. Dat betekent:')
      d.list(
        [
          'wij denken mee met initiatiefnemers vanaf het eerste idee;',
          { text: 'wij vragen iedere initiatiefnemer om een bijdrage aan de kernkwaliteiten:', sub: ['aan het landschap;', 'aan de natuur;', 'aan de leefbaarheid van de buurtschap.'] },
          'wij maken de afweging zichtbaar, zodat anderen kunnen zien waarom iets wel of niet kan.',
        ],
        pijl,
      )
    },
    'II.1': () => d.p('De ondergrond van Winterswijk is bijzonder. In de steengroeve aan de Steengroeveweg komen kalksteen uit het Trias en fossielen van sauriërs aan de oppervlakte. Wij beschermen de aardkundige waarden en maken ze beleefbaar.'),
    'II.2': () => d.p('Het coulisselandschap met zijn kleine akkers, houtwallen en verspreide boerderijen is door eeuwen van gebruik ontstaan. Het is als Nationaal Landschap aangewezen.'),
    'II.2.1': () => d.p('Het buitengebied is verdeeld in buurtschappen, zoals Meddo, Huppel, Ratum, Henxel en Kotten. Iedere buurtschap heeft een eigen karakter en een sterk noaberschap.'),
    'II.2.2': () => {
      d.p('Wij houden de structuur van essen, houtwallen en beken in stand. Bij ontwikkelingen vragen wij:')
      d.list(['nieuwe houtwallen aan te leggen waar oude verdwenen zijn;', 'beken als de Boven-Slinge en de Ratumse Beek weer te laten slingeren;', 'de open essen open te houden.'], pijl)
    },
    'II.3': () => d.p('De afwisseling van droog en nat, kalkrijk en zuur maakt Winterswijk rijk aan planten en dieren. Wij verbeteren de kwaliteit van het water en beperken de stikstofbelasting van de natuurgebieden.'),
    'II.4': () => d.p('Leefbaarheid in het buitengebied hangt af van mensen die er wonen en elkaar helpen. Wij bieden ruimte voor jongeren en ouderen om in hun buurtschap te blijven wonen.'),
    'II.5': () => {
      d.p('De landbouw blijft de belangrijkste beheerder van het landschap. Het toerisme groeit, vooral rond wandelen en fietsen.')
      d.raw(KAART)
    },
    'III.1': () => d.p('Wij werken met de Kreis Borken en de Stadt Vreden samen aan grensoverschrijdende fietsroutes, aan de natuur in het grensgebied en aan het openbaar vervoer naar Bocholt en Vreden.'),
    'III.2': () => d.p('Op de grens bij Gaxel ontstaat een dienstencentrum met een Nederlandse en een Duitse voordeur. Het helpt ondernemers die aan beide kanten van de grens zaken doen.'),
    'IV.1': () => {
      d.p('Op vrijkomende erven maken wij meer mogelijk, als het erf er mooier van wordt:')
      d.list(
        [
          'een boerderij mag in twee of drie woningen worden gesplitst;',
          { text: 'op één erf mogen meerdere woningen staan, als:', sub: ['de bebouwing als één erf blijft ogen;', 'overtollige schuren worden gesloopt.'] },
          'kleinschalige bedrijvigheid past op het erf zolang de omgeving er geen hinder van heeft.',
        ],
        pijl,
      )
    },
    'IV.2': () => d.p('Winkels met streekproducten mogen in de buurtschappen komen, als zij bij het erf en de buurtschap passen. De winkelstraten van het dorp blijven het centrum voor de dagelijkse boodschappen.'),
    V: () => d.p('Wij zetten de instrumenten van hoofdstuk 4 van de Omgevingswet in om de visie uit te voeren, te beginnen met het omgevingsplan voor het buitengebied. Iedere vier jaar evalueren wij de visie met de buurtschappen.'),
  }
  for (const [n, t, intro, secs] of H) {
    d.kop(1, n, t)
    d.p(intro, 'intro')
    if (secs.length) d.raw('<div class="cols">')
    T[n]?.()
    for (const [sn, st, l] of secs) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
    if (secs.length) d.raw('</div>')
  }

  d.page('bijl')
  d.bijlage('1', 'Informatieobjecten', '<h1 class="bijl">Bijlage 1: Informatieobjecten</h1><p>De werkingsgebieden van deze visie zijn:</p>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Toelichting'], (g) => [g.naam, gidCell(g.identificatie), TOELICHTING[g.naam] ?? ''], 'gio', ['27%', '45%', '28%'])

  const hf = "font: 7.5pt 'DejaVu Sans Condensed'; color: #3f6b2a;"
  const pn = "font: bold 10pt 'DejaVu Sans Condensed'; color: #3f6b2a; vertical-align: bottom; text-align: center;"
  const boxes = `@top-left { content: "gemeente Winterswijk | Omgevingsvisie"; ${hf} } @right-bottom { content: counter(page); ${pn} }`
  const spec: DocSpec = {
    id: 'h37',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Buitengebied Winterswijk (vijf kernkwaliteiten, "ja, mits", buurtschappen, boerderijsplitsing, detailhandel in het buitengebied) en de grensoverschrijdende samenwerking met Kreis Borken en Stadt Vreden, ingekort en in eigen woorden; eigen opmaak: pagina 17 × 24 cm, Liberation Serif 9,5 pt met DejaVu Sans Condensed-koppen in groen, "HOOFDSTUK II" op een eigen regel met de titel in hoofdletters eronder, romeinse hoofdstuknummers met paragrafen "II.1" en "II.1.1", hoofdstukopening in één kolom en tekst in twee kolommen, ►-lijsten met ■-items, kaart "Kaart 4" als vectortekening, paginanummer alleen in de rechtermarge, kopregel met gemeente en visie, raadsbesluit met "b e s l u i t :" en "Enig artikel" met inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad, "Aldus vastgesteld in de openbare vergadering van …", handtekeningen in twee kolommen, geen Bijlage-regel voor de visie, GIO-tabel Naam | Identificatie | Toelichting met vijf GIO\'s (holdout)',
    bevoegdGezag: 'gm0294',
    naam: 'Gemeente Winterswijk',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Winterswijk tot vaststelling van de Omgevingsvisie Winterswijk',
      artikelen: [''],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Winterswijk',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-winterswijk', regeling: 'omgevingsvisie-winterswijk', doel: 'omgevingsvisie-winterswijk' },
      datums: { vaststelling: '2027-03-25', ondertekening: '2027-03-26', bekendmaking: '2027-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0294',
      oin: '00000001001583002000',
      achtergrondActualiteit: '2027-01-15',
    },
    geo: { origin: [243000, 441000] },
    meubilair: ['^gemeente Winterswijk \\| Omgevingsvisie$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Winterswijk',
    css: `
@page { size: 170mm 240mm; margin: 18mm 20mm 18mm 16mm; }
@page std { ${boxes} }
@page bijl { ${boxes} }
body { font: 9.5pt/1.38 'Liberation Serif', serif; color: #202020; }
p { margin: 0 0 2mm; }
.gem { font: bold 13pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin-bottom: 5mm; }
.ttl { font: bold 11pt 'DejaVu Sans Condensed'; margin-bottom: 4mm; }
.bs { margin: 4mm 0 2mm; letter-spacing: 0; }
.art { font: bold 9.5pt 'DejaVu Sans Condensed'; margin: 2mm 0 1mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 60mm; break-after: page; text-align: right; }
.titel .t1 { font: bold 26pt/1.1 'DejaVu Sans Condensed'; color: #3f6b2a; }
.titel .t2 { font: italic 12pt 'Liberation Serif'; }
.titel .t3 { font: 8pt 'DejaVu Sans Condensed'; margin-top: 70mm; }
.hfd { break-before: page; margin-bottom: 4mm; border-top: 3pt solid #3f6b2a; padding-top: 3mm; }
.pg > .hfd:first-child { break-before: auto; }
.hfd .hn { font: 9pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin: 0 0 1mm; }
h1 { font: bold 17pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin: 0; }
p.intro { font: italic 10.5pt/1.4 'Liberation Serif'; margin-bottom: 4mm; }
.cols { column-count: 2; column-gap: 7mm; }
h2 { font: bold 10pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin: 3mm 0 1mm; break-after: avoid; }
h3 { font: italic bold 9.5pt 'Liberation Serif'; margin: 2.5mm 0 0.8mm; break-after: avoid; }
.lst { margin: 0 0 2.5mm; }
.lst .m { color: #3f6b2a; }
.kaart { margin: 2mm 0 3mm; break-inside: avoid; }
.kaart figcaption { font: 7.5pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin-top: 1mm; }
h1.bijl { font: bold 14pt 'DejaVu Sans Condensed'; color: #3f6b2a; margin: 0 0 3mm; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; }
table.gio th { text-align: left; border-bottom: 1pt solid #3f6b2a; padding: 1.2mm; }
table.gio td { padding: 1.2mm; vertical-align: top; border-bottom: 0.3pt solid #bbb; }
table.gio .gid { font: 7pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
