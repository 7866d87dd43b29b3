/**
 * c05 — gemeente Ede: two-column body pages (CSS columns) for some chapters, bare centred page numbers,
 * "Overwegende," with a comma, beslispunten "I." "II." "III." instead of Artikelen, the visie introduced as
 * "Bijlage bij raadsbesluit …".
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea, alineas } from './tekst.js'

const P = 'Ede'
const gio = (naam: string, at: [number, number], r = 1): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0228/2026/${hex32(`c05 ${naam}`)}/nld@2026-02-03;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Veluwe', [4, 6], 3),
  gio('Binnenveld', [-6, -5], 1.6),
  gio('Spoorzone Ede', [0, 0], 0.5),
  gio('World Food Center', [1.2, -0.8], 0.4),
  gio('Bedrijvenpark A12', [-2, -3], 0.9),
  gio('Gelderse Vallei', [-9, 2], 2.5),
  gio('Kern Bennekom', [-4, -7], 0.7),
]

const kop = (k: Kop): string => `<h${k.niveau} class="k${k.niveau}">${k.nummer}&#8195;${k.opschrift}</h${k.niveau}>`
const bullets: Marker[] = [{ glyph: '■' }, { glyph: '□' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gm">GEMEENTE EDE</p>
<p class="rb">RAADSBESLUIT</p>
<p class="btitel">Besluit van de raad van de gemeente Ede tot vaststelling van de Omgevingsvisie Ede 2040</p>
<p>De raad van de gemeente Ede,</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 13 januari 2026, nummer 2026/0012;</p>
<p class="ov">Overwegende,</p>
<p>dat de Omgevingswet de gemeenteraad opdraagt een omgevingsvisie vast te stellen voor het gehele grondgebied van de gemeente;</p>
<p>dat de ontwerp-Omgevingsvisie Ede 2040 met het omgevingseffectrapport van 18 september tot en met 30 oktober 2025 ter inzage heeft gelegen;</p>
<p>dat 41 zienswijzen zijn ingediend, die zijn beantwoord in de Nota van zienswijzen en ambtshalve wijzigingen;</p>
<p>gelet op artikel 3.1 en artikel 16.27 van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<table class="bp">
<tr><td>I.</td><td>de Nota van zienswijzen en ambtshalve wijzigingen vast te stellen;</td></tr>
<tr><td>II.</td><td>de Omgevingsvisie Ede 2040, zoals opgenomen in de bijlage bij dit besluit, met de daarin opgenomen wijzigingen ten opzichte van het ontwerp, vast te stellen;</td></tr>
<tr><td>III.</td><td>te bepalen dat dit besluit in werking treedt op 1 april 2026.</td></tr>
</table>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 12 februari 2026.</p>
<p>De griffier,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;De voorzitter,</p>
<p class="nm">J.W. Snijder&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;R.C. Verhoeve</p>
</div>`)
  d.page('std').raw(`<div class="intro"><p class="bij">Bijlage bij raadsbesluit 2026/0012</p><p class="ttl">Omgevingsvisie Ede 2040</p><p class="sub">Gezonde groei in het hart van de Food Valley</p></div>`)
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.ps(...alineas('inleiding', 0, 2, P))
  d.kop(2, '1.1', 'Een visie voor stad en dorpen')
  d.p('Ede is een gemeente met een stad en elf dorpen, gelegen tussen de Veluwe en de Gelderse Vallei. De Omgevingsvisie Ede 2040 geeft richting aan de ontwikkeling van al die kernen en van het landelijk gebied daartussen.')
  d.kop(2, '1.2', 'Proces')
  d.ps(...alineas('proces', 0, 3, P))

  d.kop(1, '2', 'Kernkwaliteiten en opgaven')
  d.raw('<div class="twee">')
  d.kop(2, '2.1', 'Tussen Veluwe en Vallei')
  d.ps(alinea('landschap', 0, P), alinea('natuur', 0, P))
  d.kop(2, '2.2', 'Groei van de stad')
  d.ps(alinea('wonen', 0, P), alinea('economie', 0, P))
  d.kop(2, '2.3', 'Opgaven tot 2040')
  d.list(
    [
      'ruimte voor circa 12.000 woningen, vooral binnen bestaand stedelijk gebied;',
      'een gezonde leefomgeving met minder geluid en een betere luchtkwaliteit;',
      { text: 'een robuust landschap dat bestand is tegen:', sub: ['hitte en droogte;', 'hevige neerslag.'] },
      'de energietransitie en een vol elektriciteitsnet.',
    ],
    bullets,
  )
  d.raw('</div>')

  d.kop(1, '3', 'Ambities')
  d.raw('<div class="twee">')
  d.kop(2, '3.1', 'Gezond en sociaal')
  d.ps(...alineas('gezondheid', 0, 2, P))
  d.kop(2, '3.2', 'Wonen')
  d.ps(alinea('wonen', 1, P), alinea('wonen', 2, P))
  d.kop(2, '3.3', 'Werken')
  d.ps(alinea('economie', 1, P), alinea('economie', 2, P))
  d.kop(2, '3.4', 'Energie')
  d.ps(alinea('energie', 0, P), alinea('energie', 1, P))
  d.kop(2, '3.5', 'Klimaat en water')
  d.ps(alinea('klimaat', 0, P), alinea('klimaat', 2, P))
  d.kop(2, '3.6', 'Bereikbaarheid')
  d.ps(alinea('mobiliteit', 0, P), alinea('mobiliteit', 2, P))
  d.raw('</div>')

  d.kop(1, '4', 'Gebieden')
  d.kop(2, '4.1', 'Spoorzone en centrum')
  d.p('Rond het station Ede-Wageningen groeit een nieuw stuk stad met woningen, werkplekken en de campus van het World Food Center. We verdichten hier met hoge kwaliteit en geven voetgangers en fietsers de ruimte.')
  d.kop(2, '4.2', 'Dorpen')
  d.p('De dorpen houden hun eigen karakter. We bouwen voor de lokale behoefte en zorgen samen met inwoners voor voorzieningen die bij de omvang van het dorp passen.')
  d.list(['Bennekom en Lunteren: versterken van de dorpscentra;', 'Harskamp en Otterlo: wonen en recreatie in balans met de Veluwe;', 'Ederveen en De Klomp: vitale agrarische dorpen.'], bullets)
  d.kop(2, '4.3', 'Landelijk gebied')
  d.ps(alinea('natuur', 2, P), alinea('landschap', 1, P))

  d.kop(1, '5', 'Uitvoering')
  d.ps(alinea('uitvoering', 0, P), alinea('uitvoering', 3, P), alinea('uitvoering', 1, P))

  d.bijlage('A', 'Informatieobjecten', '<h1 class="bijl">Bijlage A&#8195;Informatieobjecten</h1><p>Bij deze omgevingsvisie horen de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['30%', '70%'])

  const spec: DocSpec = {
    id: 'c05',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Ede (ontwerp en vaststelling, gemeente Ede), ingekort; eigen opmaak: Liberation Sans Narrow 10 pt, hoofdstukken 2 en 3 in twee kolommen, kale paginanummers gecentreerd, "Overwegende," met komma, beslispunten I./II./III. in plaats van artikelen, ■/□-lijsten, visie als "Bijlage bij raadsbesluit …", GIO-tabel in Bijlage A',
    bevoegdGezag: 'gm0228',
    naam: 'Gemeente Ede',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Ede tot vaststelling van de Omgevingsvisie Ede 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Ede 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-ede-2040', regeling: 'omgevingsvisie-ede-2040', doel: 'omgevingsvisie-ede-2040' },
      datums: { vaststelling: '2026-02-12', ondertekening: '2026-02-12', bekendmaking: '2026-02-18', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0228',
      oin: '00000001000000002280',
      achtergrondActualiteit: '2026-01-01',
    },
    geo: { origin: [174500, 450500] },
    meubilair: ['^\\d{1,2}$'],
    title: 'Omgevingsvisie Ede 2040',
    css: `
@page { size: A4; margin: 20mm 17mm 22mm 17mm;
  @bottom-center { content: counter(page); font: 9pt 'Liberation Sans Narrow'; } }
@page besluit { margin: 28mm 25mm; @bottom-center { content: none; } }
body { font: 10pt/1.4 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; }
p { margin: 0 0 2mm; text-align: justify; }
.gm { font: bold 14pt 'Liberation Sans'; letter-spacing: 1pt; color: #7a1f5c; margin: 0; }
.rb { font: 10pt 'Liberation Sans'; margin-bottom: 8mm; }
.btitel { font-weight: bold; font-size: 12pt; text-align: left; margin-bottom: 5mm; }
.ov { margin-top: 3mm; }
.bs { font-weight: bold; margin: 5mm 0 2mm; }
table.bp td { vertical-align: top; padding: 0 3mm 2mm 0; }
.aldus { margin-top: 7mm; }
.nm { margin-top: 16mm; }
.intro { padding-top: 50mm; break-after: page; }
.intro .bij { font-size: 9pt; color: #555; }
.intro .ttl { font: bold 28pt 'Liberation Sans'; color: #7a1f5c; margin: 8mm 0 3mm; }
.intro .sub { font-size: 14pt; }
h1 { font: bold 20pt 'Liberation Sans'; color: #7a1f5c; break-before: page; margin: 0 0 4mm; }
h2 { font: bold 11pt 'Liberation Sans'; color: #7a1f5c; margin: 3mm 0 1mm; break-after: avoid; }
.twee { columns: 2; column-gap: 8mm; }
.twee h2:first-child { margin-top: 0; }
.lst { margin: 0 0 3mm 0; } .li .m { font-size: 7pt; min-width: 1.5em; }
h1.bijl { }
table.gio { width: 100%; font-size: 9pt; } table.gio th { background: #7a1f5c; color: #fff; text-align: left; padding: 1.2mm; } table.gio td { padding: 1.2mm; border-bottom: 0.4pt solid #7a1f5c; vertical-align: top; }
`,
  }
  return { spec, doc: d }
}
