/**
 * c08 — gemeente Edam-Volendam: justified text with hyphenated words (soft hyphens; Chromium has no Dutch
 * hyphenation dictionary offline), GIO identifiers broken across lines in a narrow table column, the visie
 * introduced as "Bijlage 1 bij het raadsbesluit", "Aldus vastgesteld in de openbare vergadering van …", page
 * numbers on the outer side (left/right pages).
 */
import { DocBuilder, hex32, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { alinea } from './tekst.js'

const P = 'Edam-Volendam'
const gio = (naam: string, at: [number, number], r = 0.8): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0385/2026/${hex32(`c08 ${naam}`)}/nld@2026-01-26;1`,
  at,
  r,
})
const GIOS: Gio[] = [
  gio('Historische binnenstad Edam', [0, 0], 0.5),
  gio('Dijkzone Volendam', [2.5, -1.5], 0.6),
  gio('Zeevang', [-4, 3], 2.2),
  gio('Markermeerkust', [3.5, 1.5], 1.5),
  gio('Bedrijventerrein Oosthuizen', [-6, 6], 0.4),
  gio('Kernen Zeevang', [-5, 2], 1),
]

const kop = (k: Kop): string => `<h${k.niveau}>${k.nummer}&#8194;${k.opschrift}</h${k.niveau}>`
const bul: Marker[] = [{ glyph: '›' }, { glyph: '·' }]

const DIGRAPH = /^(ch|ng|ij|ie|oe|ou|ui|eu|aa|ee|oo|uu|ei|au|sch)/
const V = /[aeiouyéëèï]/

/**
 * Soft hyphens in long words by a rough Dutch rule (break before a consonant that is followed by a vowel, keep
 * common digraphs together, at least 3 letters on each side). Not a real hyphenator; only where a line may break.
 */
function hy(word: string): string {
  if (word.length < 7 || !/^[a-zéëèï]+$/i.test(word)) return word
  const out: string[] = []
  let last = 0
  for (let i = 2; i <= word.length - 3; i++) {
    const a = word[i - 1] ?? ''
    const b = word[i] ?? ''
    const c = word[i + 1] ?? ''
    if (DIGRAPH.test(word.slice(i - 1, i + 1))) continue
    // V-CV (ve-ring) or VC-CV (kan-ten): break before the consonant that starts a syllable
    const brk = !V.test(b) && V.test(c) && (V.test(a) || (!V.test(a) && V.test(word[i - 2] ?? ''))) && i - last >= 2
    if (brk) {
      out.push(word.slice(last, i))
      last = i
    }
  }
  out.push(word.slice(last))
  return out.join('&shy;')
}
const shy = (text: string): string => text.replace(/[A-Za-zéëèï]+/g, hy)

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const ps = (...xs: string[]) => d.ps(...xs.map(shy))
  d.page('besluit').raw(`
<div class="besluit">
<p class="btitel">Raadsbesluit</p>
<p>Nummer: 2026/0007<br>Onderwerp: vaststelling Omgevingsvisie Edam-Volendam</p>
<p>De raad van de gemeente Edam-Volendam;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 6 januari 2026;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota zienswijzen Omgevingsvisie Edam-Volendam;</p>
<p>besluit:</p>
<p class="art">Artikel 1</p>
<p>Vast te stellen de Omgevingsvisie Edam-Volendam, opgenomen als bijlage 1 bij dit besluit.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na de bekendmaking ervan.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Edam-Volendam van 29 januari 2026.</p>
<p>De griffier,<br><br><br>mr. P.F. Keijzer</p>
<p>De voorzitter,<br><br><br>L.J. Sievers</p>
</div>`)
  d.page('std').raw(`<div class="intro"><p class="bij">Bijlage 1 bij het raadsbesluit</p><p class="ttl">Omgevingsvisie Edam-Volendam</p><p class="sub">Aan het water, tussen dijk en polder</p></div>`)
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Aanleiding')
  ps(alinea('inleiding', 0, P), alinea('inleiding', 1, P))
  d.kop(2, '1.2', 'Verhouding tot ander beleid')
  ps(
    'De omgevingsvisie vervangt de structuurvisie uit 2013 en integreert de sectorale beleidsnota\'s over wonen, verkeer, groen en water. Waar die nota\'s nog gelden, worden zij bij de eerstvolgende herziening in overeenstemming gebracht met deze visie. De provinciale omgevingsverordening en de regionale afspraken in de Metropoolregio Amsterdam vormen belangrijke randvoorwaarden.',
    alinea('inleiding', 2, P),
  )
  d.kop(1, '2', 'Kernkwaliteiten')
  d.kop(2, '2.1', 'Erfgoed en dijken')
  ps(
    'Edam is een van de best bewaarde historische stadjes van Noord-Holland. De grachten, pakhuizen en kaasmarkt trekken bezoekers uit de hele wereld. Volendam dankt zijn karakter aan de dijk en de haven, aan de visserijgeschiedenis en aan de dichte bebouwing in het Doolhof. De dijken zijn hier niet alleen waterkering, maar ook de plek waar het dorpsleven zich afspeelt.',
    alinea('erfgoed', 1, P),
  )
  d.kop(2, '2.2', 'Het veenweidelandschap van Zeevang')
  ps(alinea('landschap', 0, P), alinea('natuur', 2, P))
  d.kop(1, '3', 'Ambities')
  d.kop(2, '3.1', 'Wonen')
  ps(alinea('wonen', 0, P), alinea('wonen', 1, P))
  d.list(['woningbouw vooral binnen de bestaande kernen;', { text: 'aandacht voor doelgroepen:', sub: ['jongeren die in het dorp willen blijven;', 'ouderen die kleiner willen wonen.'] }, 'geen bebouwing in het open veenweidelandschap.'].map((x) => (typeof x === 'string' ? shy(x) : x)), bul)
  d.kop(2, '3.2', 'Toerisme en economie')
  ps(
    'Het toerisme is een belangrijke pijler onder de lokale economie, maar de drukte op de dijk in Volendam en in de binnenstad van Edam vraagt om sturing. We spreiden bezoekers over de dag en over de gemeente, verbeteren de bereikbaarheid per bus en boot en houden de balans tussen bezoekers en bewoners in het oog.',
    alinea('economie', 2, P),
  )
  d.kop(2, '3.3', 'Water, klimaat en energie')
  ps(alinea('klimaat', 2, P), alinea('water', 0, P), alinea('energie', 1, P))
  d.kop(2, '3.4', 'Bereikbaarheid')
  ps(alinea('mobiliteit', 1, P), alinea('mobiliteit', 2, P))
  d.kop(2, '3.5', 'Gezondheid en veiligheid')
  ps(alinea('gezondheid', 0, P), alinea('gezondheid', 2, P))
  d.kop(1, '4', 'Uitvoering')
  d.kop(2, '4.1', 'Samenwerking')
  ps(alinea('uitvoering', 2, P), alinea('uitvoering', 3, P))
  d.kop(2, '4.2', 'Evaluatie')
  ps(alinea('uitvoering', 1, P))

  d.bijlage('1', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage 1. Geometrische informatieobjecten</h1>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['62%', '38%'])

  const spec: DocSpec = {
    id: 'c08',
    set: 'dev',
    bron: 'Bewerkt naar de omgevingsvisie van de gemeente Edam-Volendam (proces en visie, stap 4), ingekort; eigen opmaak: DejaVu Serif 10 pt uitgevuld in een smalle zetspiegel met afgebroken woorden (zachte afbreekstreepjes), ›-lijsten, paginanummers buitenaan (links/rechts), kopregel gemeentenaam in kapitalen, visie als "Bijlage 1 bij het raadsbesluit", "Aldus vastgesteld in de openbare vergadering van …", GIO-tabel met smalle identificatiekolom waarin de identificaties over regels breken',
    bevoegdGezag: 'gm0385',
    naam: 'Gemeente Edam-Volendam',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Omgevingsvisie Edam-Volendam',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Edam-Volendam',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-01-29', ondertekening: '2026-01-29', bekendmaking: '2026-02-03', inwerkingtreding: '2026-02-04' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0385',
      oin: '00000001000000003850',
      achtergrondActualiteit: '2025-12-15',
    },
    geo: { origin: [129000, 501000] },
    meubilair: ['^GEMEENTE EDAM-VOLENDAM$', '^\\d{1,2}$'],
    title: 'Omgevingsvisie Edam-Volendam',
    hyphenate: true,
    css: `
@page { size: A4; margin: 25mm 45mm 25mm 45mm; }
@page std:left { @bottom-left { content: counter(page); font: 9pt 'DejaVu Serif'; } @top-center { content: "GEMEENTE EDAM-VOLENDAM"; font: 7pt 'DejaVu Sans'; letter-spacing: 0.5pt; color: #555; } }
@page std:right { @bottom-right { content: counter(page); font: 9pt 'DejaVu Serif'; } @top-center { content: "GEMEENTE EDAM-VOLENDAM"; font: 7pt 'DejaVu Sans'; letter-spacing: 0.5pt; color: #555; } }
body { font: 10pt/1.45 'DejaVu Serif', serif; }
p { margin: 0 0 2mm; text-align: justify; hyphens: manual; }
.besluit p { text-align: left; }
.btitel { font: bold 16pt 'DejaVu Sans'; margin-bottom: 5mm; }
.art { font-weight: bold; margin-top: 4mm; }
.aldus { margin: 7mm 0 4mm; }
.intro { padding-top: 60mm; break-after: page; }
.intro .bij { font: 9pt 'DejaVu Sans'; text-align: left; }
.intro .ttl { font: bold 22pt 'DejaVu Sans'; color: #00557f; text-align: left; margin: 6mm 0; }
.intro .sub { font-style: italic; text-align: left; }
h1 { font: bold 15pt 'DejaVu Sans'; color: #00557f; break-before: page; margin: 0 0 4mm; }
h2 { font: bold 10.5pt 'DejaVu Sans'; margin: 4mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 2mm; } .lst .t { text-align: justify; }
table.gio { width: 100%; font: 8.5pt 'DejaVu Sans'; } table.gio th { text-align: left; background: #dde9f0; padding: 1mm; } table.gio td { padding: 1mm; border-bottom: 0.3pt solid #00557f; vertical-align: top; }
table.gio .gid { word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
