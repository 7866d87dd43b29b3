/**
 * h03 — waterschap Vechtstromen (holdout): "Deel A/B/C" parts above chapters "Hoofdstuk 3 – Titel" (numbering runs
 * on across the parts), sections "3.1 Titel", the body in two columns with part and chapter titles across both,
 * "-"-lists with nested "o"-items, the document title as a running header on every page, footer "Pagina n van N",
 * a besluit of the algemeen bestuur with "gelet op", "besluit:", beslispunten I.–II. and two signature columns.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('ws0664', '2026', '2026-02-25', '1', 'h03')
const GIOS: Gio[] = [
  gio('Beekdal Regge', [0, 0], 3),
  gio('Beekdal Dinkel', [18, -6], 3),
  gio('Vechtdal', [-12, 14], 4),
  gio('Regionale waterkering Almelo-De Haandrik', [-6, 6], 2),
  gio('Grondwaterafhankelijke natuur Drentse Veenkoloniën', [-6, 45], 5),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p>Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<h2 class="hfd">Hoofdstuk ${k.nummer} – ${k.opschrift}</h2>`
      : `<h3>${k.nummer}&#8194;${k.opschrift}</h3>`
const dash: Marker[] = [{ glyph: '-' }, { glyph: 'o', font: 'Liberation Sans' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="org">Waterschap Vechtstromen</p>
<p class="ttl">Besluit van het algemeen bestuur van waterschap Vechtstromen tot vaststelling van de Watervisie Vechtstromen 2050</p>
<p>Het algemeen bestuur van waterschap Vechtstromen;</p>
<p>gelezen het voorstel van het dagelijks bestuur van 13 januari 2026, kenmerk 2026-00412;</p>
<p>gelet op artikel 56 van de Waterschapswet en de artikelen 2.1 en 3.1 van de Omgevingswet;</p>
<p>overwegende dat het waterschap zijn koers voor de lange termijn in samenhang met de fysieke leefomgeving wil vastleggen en dat gemeenten, provincies en inwoners daarover zijn geraadpleegd;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>I.</span>de Watervisie Vechtstromen 2050 vast te stellen, zoals die als bijlage bij dit besluit is gevoegd;</p>
<p class="bp"><span>II.</span>dit besluit in werking te laten treden op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van het algemeen bestuur van 25 februari 2026.</p>
${handtekeningen(['de secretaris-directeur,', 'ir. M.A. Bosch'], ['de dijkgraaf,', 'drs. J.A. Spijkerman'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Watervisie Vechtstromen 2050</p>
<p class="t2">Water en bodem sturend in Twente en Zuidoost-Drenthe</p>
</div>`)
  d.page('std').enter('visie')
  d.raw('<div class="cols">')

  d.kop(1, 'A', 'Koers')
  d.kop(2, '1', 'Inleiding')
  d.kop(3, '1.1', 'Aanleiding')
  d.ps(
    'Sinds 2023 is ‘water en bodem sturend’ een bekend begrip geworden. Het gaat eigenlijk over twee dingen tegelijk: het natuurlijk functionerende watersysteem moet weer centraal komen te staan, en het bodem- en watersysteem moet veel meer dan voorheen leidend zijn bij ruimtelijke afwegingen.',
    'In deze watervisie beschrijven we wat dat betekent voor ons beheergebied, van de stuwwallen in Twente tot de veenkoloniën in Zuidoost-Drenthe.',
  )
  d.kop(3, '1.2', 'Status van deze visie')
  d.p('De watervisie is een beleidsdocument van het algemeen bestuur. Zij geeft richting aan het waterbeheerprogramma, aan onze inbreng in omgevingsvisies en omgevingsplannen van gemeenten en provincies, en aan de waterschapsverordening.')

  d.kop(2, '2', 'Water en bodem sturend')
  d.kop(3, '2.1', 'Wat we ermee bedoelen')
  d.p('Met alle aandacht voor de ruimtelijke ordening wordt bijna vergeten dat het vooral gaat om het zo natuurlijk mogelijk laten functioneren van het bodem- en watersysteem. Dat betekent voor ons:')
  d.list(
    [
      'water vasthouden waar het valt, in de bodem en in de haarvaten van het systeem;',
      { text: 'ruimte reserveren voor water, in het bijzonder', sub: ['in de beekdalen van Regge, Dinkel en Vecht;', 'rond de stedelijke gebieden van Enschede, Hengelo en Almelo.'] },
      'functies laten volgen waar het systeem dat toelaat.',
    ],
    dash,
  )
  d.kop(3, '2.2', 'Het watersysteem in onbalans')
  d.p('Het systeem is in onbalans geraakt. Na eeuwen van ontwatering zakken de grondwaterstanden op de zandgronden, terwijl pieken in de afvoer de beken en de stad overbelasten. Daardoor is het systeem niet goed bestand tegen klimaatverandering.')
  d.kop(3, '2.3', 'Stap voor stap')
  d.p('We werken stap voor stap: eerst kennis van het systeem, dan afspraken met partners, dan maatregelen in het veld. Waar we twijfelen, kiezen we voor het natuurlijke systeem.')

  d.kop(1, 'B', 'Opgaven')
  d.kop(2, '3', 'Veilig')
  d.kop(3, '3.1', 'Keringen langs Vecht en Regge')
  d.p('Onze regionale keringen beschermen dorpen en steden tegen hoog water. We toetsen ze periodiek en versterken waar dat nodig is, bij voorkeur in combinatie met natuur en recreatie.')
  d.kop(3, '3.2', 'Ruimte voor de rivier')
  d.p('Waar het kan, geven we de rivier meer ruimte in plaats van de dijk te verhogen. Nevengeulen en retentiegebieden verlagen de waterstand bij piekafvoer.')

  d.kop(2, '4', 'Voldoende water')
  d.kop(3, '4.1', 'Droogte op de zandgronden')
  d.p('In droge zomers ontstaat schade aan natuur en landbouw. We zetten in op:')
  d.list(
    [
      'het verhogen van de grondwaterstand in en rond natuurgebieden;',
      { text: 'slimme stuwen en peilbeheer, met', sub: ['flexibel peil in het voorjaar;', 'afspraken over beregening;', 'meetnetten die het effect volgen.'] },
      'het afkoppelen van verhard oppervlak in de kernen.',
    ],
    dash,
  )
  d.kop(3, '4.2', 'Wateroverlast in de stad')
  d.p('Hevige buien zetten straten en kelders blank. Samen met de gemeenten maken we de stad klimaatbestendig met wadi’s, groene daken en ruimere afvoer naar de beken.')

  d.kop(2, '5', 'Schoon en gezond water')
  d.kop(3, '5.1', 'Kaderrichtlijn Water')
  d.p('In 2027 moeten de doelen van de Kaderrichtlijn Water zijn gehaald. We herstellen beken, leggen natuurvriendelijke oevers aan en spreken af met de landbouw hoe de uitspoeling van nutriënten afneemt.')
  d.table(
    ['Waterlichaam', 'Toestand 2025', 'Doel 2027'],
    [
      ['Regge', 'matig', 'goed'],
      ['Dinkel', 'ontoereikend', 'matig'],
      ['Vecht', 'matig', 'goed'],
      ['Drentse kanalen', 'matig', 'matig'],
    ],
    'tbl',
    ['44%', '28%', '28%'],
  )
  d.kop(3, '5.2', 'Zuiveren en terugwinnen')
  d.p('Onze rioolwaterzuiveringen worden fabrieken voor energie en grondstoffen. We winnen fosfaat en cellulose terug en verwijderen medicijnresten.')

  d.kop(1, 'C', 'Uitvoering')
  d.kop(2, '6', 'Samenwerken en uitvoeren')
  d.kop(3, '6.1', 'Rollen')
  d.p('Het waterschap is beheerder van het watersysteem, maar de ruimte is niet van ons. Wij adviseren gemeenten en provincies vroeg in het proces en gebruiken de watertoets als gesprek, niet als sluitstuk.')
  d.kop(3, '6.2', 'Financiën en monitoring')
  d.p('Het grootste deel van ons werk betalen inwoners, grondeigenaren en bedrijven via de waterschapsbelastingen. We streven naar een gelijkmatige ontwikkeling van de lasten en rapporteren jaarlijks over de voortgang.')
  d.raw('</div>')

  d.page('bijl')
  d.bijlage('I', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage I – Geometrische informatieobjecten</h1><p>Deze bijlage noemt de geometrische informatieobjecten waarnaar de watervisie verwijst.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['38%', '62%'])

  const spec: DocSpec = {
    id: 'h03',
    set: 'dev',
    bron: 'Bewerkt naar het handelingsperspectief ‘water en bodem sturend’ en waterbeheerprogramma’s van waterschappen, toegespitst op het gebied van Vechtstromen, ingekort; eigen opmaak: Liberation Sans 9,5 pt in twee kolommen, Deel A–C boven "Hoofdstuk n – Titel" (doornummerend), paragrafen "3.1 Titel", -lijsten met o-items, documenttitel als kopregel op elke pagina, voettekst "Pagina n van N", beslispunten I.–II., handtekeningen in twee kolommen (holdout)',
    bevoegdGezag: 'ws0664',
    naam: 'Waterschap Vechtstromen',
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van waterschap Vechtstromen tot vaststelling van de Watervisie Vechtstromen 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Watervisie Vechtstromen 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'watervisie-2050', regeling: 'watervisie-2050', doel: 'watervisie-2050' },
      datums: { vaststelling: '2026-02-25', ondertekening: '2026-02-25', bekendmaking: '2026-03-04' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
      ambtsgebied: 'WS0664',
      oin: '00000001000000006640',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [250000, 485000] },
    meubilair: ['^Pagina \\d+ van \\d+$', '^WATERVISIE VECHTSTROMEN 2050$'],
    title: 'Watervisie Vechtstromen 2050',
    css: `
@page { size: A4; margin: 25mm 18mm 22mm 18mm;
  @top-center { content: "WATERVISIE VECHTSTROMEN 2050"; font: bold 7.5pt 'Liberation Sans'; letter-spacing: 1pt; color: #1d6f8c; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt 'Liberation Sans'; color: #333; } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; }
p { margin: 0 0 2mm; }
.org { font: bold 13pt 'Liberation Sans'; color: #1d6f8c; }
.ttl { font-weight: bold; margin: 5mm 0 6mm; font-size: 11pt; }
.bs { margin-top: 5mm; }
.bp { display: flex; } .bp span { flex: 0 0 9mm; }
.aldus { margin-top: 7mm; }
.titel { padding-top: 65mm; break-after: page; }
.titel .t1 { font: bold 26pt 'Liberation Sans'; color: #1d6f8c; }
.titel .t2 { font: 13pt 'Liberation Sans'; }
.cols { columns: 2; column-gap: 8mm; }
.deel { column-span: all; break-before: page; border-bottom: 1pt solid #1d6f8c; margin-bottom: 5mm; }
.deel p { font: 11pt 'Liberation Sans'; color: #1d6f8c; margin: 0; text-transform: uppercase; letter-spacing: 1pt; }
.deel h1 { font: bold 22pt 'Liberation Sans'; margin: 0 0 2mm; color: #1d6f8c; }
h2.hfd { column-span: all; font: bold 14pt 'Liberation Sans'; margin: 4mm 0 3mm; color: #0f3f50; }
h3 { font: bold 10.5pt 'Liberation Sans'; margin: 3mm 0 1.2mm; break-after: avoid; color: #1d6f8c; }
.lst { margin: 0 0 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 1mm 0 3mm; border-collapse: collapse; break-inside: avoid; }
table.tbl th { text-align: left; background: #d9edf3; padding: 1mm; }
table.tbl td { padding: 1mm; border-bottom: 0.4pt solid #aac; }
h1.bijl { font: bold 15pt 'Liberation Sans'; color: #1d6f8c; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
