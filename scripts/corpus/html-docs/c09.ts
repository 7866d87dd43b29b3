/**
 * c09 — provincie Noord-Brabant: a long document (60+ numbered headings on 4 levels, 25+ pages), a date-stamp
 * footer "Versie 3 – 12 januari 2026", several tables, Artikel I–III, the visie introduced as "Bijlage 1 bij
 * Statenbesluit …".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, THEMAS } from './tekst.js'

const P = 'Noord-Brabant'
const G = 'provincie'
const gio = (naam: string, werk: string, at: [number, number], r = 4): Gio => ({
  naam,
  identificatie: `/join/id/regdata/pv30/2026/${werk}/nld@2026-01-12;3`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Natuur Netwerk Brabant', 'NNB', [0, 0], 8),
  gio('Groenblauwe mantel', 'groenblauwe_mantel', [12, 6], 6),
  gio('Stedelijk concentratiegebied Breda', 'sca-breda', [-40, 2], 3),
  gio('Stedelijk concentratiegebied Tilburg', 'sca-tilburg', [-20, -2], 3),
  gio('Stedelijk concentratiegebied Eindhoven-Helmond', 'sca-eindhoven-helmond', [15, -25], 5),
  gio("Stedelijk concentratiegebied 's-Hertogenbosch", 'sca-den-bosch', [0, 18], 3),
  gio('Beekdalen', 'beekdalen', [5, -10], 6),
  gio('Zoekgebied windenergie A16', 'wind-a16', [-45, 15], 3),
  gio('Grondwaterbeschermingsgebied', 'gwbg', [25, 5], 4),
  gio('Peelrandbreukzone', 'peelrandbreuk', [35, -10], 3),
]

const kop = (k: Kop): string => `<h${k.niveau} class="k${k.niveau}"><span class="nr">${k.nummer}</span>${k.opschrift}</h${k.niveau}>`
const bul: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

/** The outline: [title, theme for the prose, children]. */
type Node = [string, string, Node[]?]
const OUTLINE: Node[] = [
  ['Inleiding', 'inleiding', [
    ['Waarom een nieuwe omgevingsvisie', 'inleiding'],
    ['Status en reikwijdte', 'inleiding'],
    ['Totstandkoming', 'proces'],
    ['Leeswijzer', 'uitvoering'],
  ]],
  ['Brabant in 2050', 'landschap', [
    ['Kwaliteiten van Brabant', 'landschap', [
      ['Het Brabantse landschap', 'landschap'],
      ['Steden en dorpen', 'wonen'],
      ['Een sterke economie', 'economie'],
    ]],
    ['Trends en ontwikkelingen', 'klimaat', [
      ['Klimaatverandering', 'klimaat'],
      ['Energietransitie', 'energie'],
      ['Demografie', 'wonen'],
    ]],
    ['Hoofdopgaven', 'uitvoering'],
  ]],
  ['Ambities per thema', 'water', [
    ['Water en bodem', 'water', [
      ['Waterveiligheid', 'water'],
      ['Droogte', 'water', [
        ['Grondwater', 'water'],
        ['Beekherstel', 'natuur'],
        ['Beregening', 'water'],
      ]],
      ['Waterkwaliteit', 'water'],
    ]],
    ['Energie', 'energie', [
      ['Windenergie', 'energie'],
      ['Zonne-energie', 'energie'],
      ['Netcapaciteit', 'energie'],
    ]],
    ['Natuur en landbouw', 'natuur', [
      ['Natuur Netwerk Brabant', 'natuur'],
      ['Stikstof', 'natuur', [
        ['Gebiedsgerichte aanpak', 'natuur'],
        ['Extensivering', 'natuur'],
      ]],
      ['Toekomst van de landbouw', 'natuur'],
    ]],
    ['Wonen en verstedelijking', 'wonen', [
      ['Stedelijke concentratiegebieden', 'wonen'],
      ['Kernen in het landelijk gebied', 'wonen'],
    ]],
    ['Economie en werklocaties', 'economie', [
      ['Brainport en de economische clusters', 'economie'],
      ['Logistiek', 'economie'],
      ['Vrijetijdseconomie', 'erfgoed'],
    ]],
    ['Mobiliteit', 'mobiliteit', [
      ['Fiets', 'mobiliteit'],
      ['Openbaar vervoer', 'mobiliteit'],
      ['Wegen en goederenvervoer', 'mobiliteit'],
    ]],
    ['Gezondheid en veiligheid', 'gezondheid', [
      ['Luchtkwaliteit en geluid', 'gezondheid'],
      ['Externe veiligheid', 'gezondheid'],
    ]],
    ['Erfgoed en ruimtelijke kwaliteit', 'erfgoed'],
  ]],
  ['Regio\'s', 'landschap', [
    ['West-Brabant', 'landschap', [
      ['Delta en kleipolders', 'water'],
      ['Breda en de Baronie', 'wonen'],
    ]],
    ['Hart van Brabant', 'wonen', [
      ['Tilburg en omgeving', 'economie'],
      ['Het Groene Woud', 'natuur'],
    ]],
    ['Noordoost-Brabant', 'natuur', [
      ['Maasvallei', 'water'],
      ['Den Bosch en de Meierij', 'erfgoed'],
    ]],
    ['Zuidoost-Brabant', 'economie', [
      ['Brainport Eindhoven', 'economie'],
      ['De Peel', 'natuur'],
      ['Kempen', 'landschap'],
    ]],
  ]],
  ['Uitvoering', 'uitvoering', [
    ['Onze rollen', 'uitvoering'],
    ['Instrumenten', 'uitvoering', [
      ['Omgevingsverordening', 'uitvoering'],
      ['Programma\'s', 'uitvoering'],
      ['Projecten en subsidies', 'uitvoering'],
    ]],
    ['Monitoring en bijsturing', 'uitvoering'],
  ]],
]

const TABELLEN: Record<string, [string[], string[][]]> = {
  '2.3': [
    ['Hoofdopgave', 'Waar', 'Samenhang met'],
    [
      ['Klimaatbestendig water- en bodemsysteem', 'hele provincie, vooral hoge zandgronden', 'landbouw, natuur, wonen'],
      ['Duurzame energie', 'bij infrastructuur en bedrijventerreinen', 'landschap, netcapaciteit'],
      ['Vitaal landelijk gebied', 'rond kwetsbare natuur', 'stikstof, water, economie'],
      ['Woningbouw', 'stedelijke concentratiegebieden', 'mobiliteit, groen, water'],
    ],
  ],
  '3.2': [
    ['Indicator', '2030', '2050'],
    [
      ['Opgewekte duurzame energie (PJ)', '25', '90'],
      ['Windturbines op land (MW)', '900', '1.800'],
      ['Zon op daken (MWp)', '2.400', '6.000'],
    ],
  ],
  '3.4': [
    ['Regio', 'Woningbehoefte tot 2030', 'Waarvan betaalbaar'],
    [
      ['West-Brabant', '28.000', '2/3'],
      ['Hart van Brabant', '22.000', '2/3'],
      ['Noordoost-Brabant', '25.000', '2/3'],
      ['Zuidoost-Brabant', '45.000', '2/3'],
    ],
  ],
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="prov">Provincie Noord-Brabant</p>
<p class="btitel">Statenbesluit nr. 5/26</p>
<p class="onder">Besluit van Provinciale Staten van Noord-Brabant tot vaststelling van de Omgevingsvisie Noord-Brabant 2050</p>
<p>Provinciale Staten van Noord-Brabant,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 2 december 2025, nummer 5/26;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de omgevingsvisie met het milieueffectrapport ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;</p>
<p class="bs">besluiten:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Noord-Brabant 2050, zoals opgenomen in bijlage 1 bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel II</p>
<p>De Brabantse Omgevingsvisie van 14 december 2018 wordt ingetrokken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 april 2026.</p>
<p class="aldus">’s-Hertogenbosch, 6 februari 2026</p>
<p>Provinciale Staten van Noord-Brabant,</p>
<p>voorzitter,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;griffier,</p>
<p class="nm">ir. I.A. Adema&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;mr. drs. M.L. Vos</p>
</div>`)
  d.page('std').raw('<div class="intro"><p class="bij">Bijlage 1 bij Statenbesluit 5/26</p><p class="ttl">Omgevingsvisie<br>Noord-Brabant 2050</p><p class="sub">Koers voor een veilig, schoon, welvarend en gezond Brabant</p></div>')
  d.enter('visie')

  let k = 0
  const walk = (nodes: Node[], prefix: string, niveau: number): void => {
    nodes.forEach(([titel, thema, kids], i) => {
      const nummer = prefix ? `${prefix}.${i + 1}` : String(i + 1)
      d.kop(niveau, nummer, titel)
      k++
      const n = kids && kids.length > 0 ? 1 : k % 2 === 0 ? 3 : 2
      for (let j = 0; j < n; j++) d.p(alinea(thema, k + j, P, G))
      if (niveau >= 2 && k % 5 === 0) {
        const other = THEMAS[(k * 7) % THEMAS.length] ?? 'uitvoering'
        d.p(alinea(other, k, P, G))
      }
      if (k % 6 === 3) {
        d.list(
          [
            alinea(thema, k + 2, P, G).split('. ')[0] + '.',
            { text: 'Daarbij letten we in het bijzonder op:', sub: ['de samenhang met water en bodem;', 'de gevolgen voor het landschap;', 'de betaalbaarheid voor inwoners.'] },
            alinea(thema, k + 3, P, G).split('. ')[0] + '.',
          ],
          bul,
        )
      }
      const t = TABELLEN[nummer]
      if (t) d.table(t[0], t[1], 'tbl')
      if (kids) walk(kids, nummer, niveau + 1)
    })
  }
  walk(OUTLINE, '', 1)

  d.bijlage('A', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage A Geometrische informatieobjecten</h1><p>De begrenzingen waarnaar deze omgevingsvisie verwijst, zijn vastgelegd in de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['45%', '55%'])
  d.bijlage('B', 'Afkortingen', '<h1 class="bijl">Bijlage B Afkortingen</h1>')
  d.table(
    ['Afkorting', 'Betekenis'],
    [
      ['GIO', 'geometrisch informatieobject'],
      ['NNB', 'Natuur Netwerk Brabant'],
      ['PJ', 'petajoule'],
      ['RES', 'regionale energiestrategie'],
    ],
    'tbl',
  )

  const spec: DocSpec = {
    id: 'c09',
    set: 'dev', // held out in session 1, scored once, then developed on
    bron: 'Bewerkt naar de Brabantse Omgevingsvisie en provinciale omgevingsvisies, ingekort; eigen opmaak',
    bevoegdGezag: 'pv30',
    naam: 'Provincie Noord-Brabant',
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Noord-Brabant tot vaststelling van de Omgevingsvisie Noord-Brabant 2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Noord-Brabant 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-2050', regeling: 'omgevingsvisie-2050', doel: 'omgevingsvisie-2050' },
      datums: { vaststelling: '2026-02-06', ondertekening: '2026-02-06', bekendmaking: '2026-02-12', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV30',
      oin: '00000001000000300000',
      achtergrondActualiteit: '2025-12-01',
    },
    geo: { origin: [150000, 395000] },
    meubilair: ['^Versie 3 – 12 januari 2026', 'Pagina \\d+$', '^Omgevingsvisie Noord-Brabant 2050 \\(vastgesteld\\)$'],
    title: 'Omgevingsvisie Noord-Brabant 2050',
    css: `
@page { size: A4; margin: 25mm 25mm 25mm 25mm; }
@page std {
  @top-right { content: "Omgevingsvisie Noord-Brabant 2050 (vastgesteld)"; font: 8pt 'Liberation Sans'; color: #c0392b; }
  @bottom-left { content: "Versie 3 – 12 januari 2026"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-right { content: "Pagina " counter(page); font: 8pt 'Liberation Sans'; color: #666; } }
body { font: 11pt/1.6 'Liberation Sans', sans-serif; }
p { margin: 0 0 3mm; }
.prov { font: bold 12pt 'Liberation Sans'; color: #c0392b; }
.btitel { font-size: 14pt; font-weight: bold; }
.onder { font-style: italic; margin-bottom: 6mm; }
.bs { font-weight: bold; margin-top: 5mm; }
.art { font-weight: bold; margin-top: 4mm; }
.aldus { margin-top: 8mm; }
.nm { margin-top: 14mm; }
.intro { padding-top: 55mm; break-after: page; }
.intro .bij { font-size: 9pt; }
.intro .ttl { font: bold 28pt 'Liberation Sans'; color: #c0392b; margin: 6mm 0; }
.intro .sub { font-size: 13pt; }
h1 { font-size: 20pt; color: #c0392b; break-before: page; margin: 0 0 5mm; }
h2 { font-size: 14pt; color: #c0392b; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 1.5mm; break-after: avoid; }
h4 { font-size: 11pt; font-style: italic; font-weight: normal; text-decoration: underline; margin: 4mm 0 1mm; break-after: avoid; }
.nr { display: inline-block; min-width: 16mm; }
.lst { margin: 0 0 3mm 3mm; }
table.tbl { width: 100%; margin: 2mm 0 5mm; font-size: 9.5pt; border: 0.6pt solid #c0392b; }
table.tbl th { background: #f6dcd8; text-align: left; padding: 1.5mm; border: 0.6pt solid #c0392b; }
table.tbl td { padding: 1.5mm; border: 0.6pt solid #c0392b; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}
