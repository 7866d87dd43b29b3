/**
 * Preview benchmark: renders a large synthetic package (built in memory with xmlbuilder2: 40 Divisies × 50
 * Divisieteksten with OW Tekstdelen, 10 GIOs × 200 Locaties × 500 vertices) to HTML. Prints one bench/lib.ts
 * JSON line with the render time (median of 3 after a warm-up), peak RSS, package and HTML size.
 */
import { create } from 'xmlbuilder2'
import { writePreview } from '../src/preview/index.js'
import type { PackageEntry } from '../src/validate/layer.js'
import { emit, maxRssMb, medianMs } from './lib.js'

const TEKST = 'https://standaarden.overheid.nl/stop/imop/tekst/'
const DIVISIES = 40
const TEKSTEN = 50
const GIOS = 10
const LOCATIES = 200
const VERTICES = 500

const encode = (s: string) => new TextEncoder().encode(s)
const work = (g: number) => `/join/id/regdata/gm9999/2026/gio${g}`

function besluit(): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('https://standaarden.overheid.nl/lvbb/stop/aanlevering/', 'AanleveringBesluit')
  const tekst = doc.ele('BesluitVersie').ele(TEKST, 'BesluitCompact')
  tekst.ele('RegelingOpschrift', { eId: 'longTitle', wId: 'longTitle' }).ele('Al').txt('Besluit omgevingsvisie (synthetisch)')
  const regeling = tekst.ele('WijzigBijlage', { eId: 'cmp_A', wId: 'cmp_A' }).ele('RegelingVrijetekst')
  regeling.ele('RegelingOpschrift', { eId: 'longTitle', wId: 'r__longTitle' }).ele('Al').txt('Omgevingsvisie')
  const lichaam = regeling.ele('Lichaam', { eId: 'body', wId: 'r__body' })
  for (let d = 1; d <= DIVISIES; d++) {
    const div = lichaam.ele('Divisie', { eId: `div_${d}`, wId: `r__div_${d}` })
    div.ele('Kop').ele('Nummer').txt(String(d)).up().ele('Opschrift').txt(`Hoofdstuk ${d}`)
    for (let t = 1; t <= TEKSTEN; t++) {
      const dt = div.ele('Divisietekst', { eId: `div_${d}__content_${t}`, wId: `r__div_${d}__content_${t}` })
      dt.ele('Kop').ele('Nummer').txt(`${d}.${t}`).up().ele('Opschrift').txt(`Onderwerp ${d}.${t} & meer`)
      const inhoud = dt.ele('Inhoud')
      for (let a = 0; a < 4; a++) {
        const al = inhoud.ele('Al').txt('Een alinea met ‘typografie’ en een verwijzing naar ')
        al.ele('IntIoRef', { ref: `gio_${(d + t) % GIOS}`, eId: `div_${d}__content_${t}__ref_${a}`, wId: `r__div_${d}__content_${t}__ref_${a}` }).txt(`gebied ${(d + t) % GIOS}`)
        al.txt('. Verder staat hier gewone tekst over wonen, werken en <het> landschap.')
      }
    }
  }
  const bijlage = regeling.ele('Bijlage', { eId: 'cmp_I', wId: 'r__cmp_I' })
  bijlage.ele('Kop').ele('Label').txt('Bijlage').up().ele('Nummer').txt('I')
  const lijst = bijlage.ele('Divisietekst', { eId: 'cmp_I__content_1', wId: 'r__cmp_I__content_1' }).ele('Inhoud').ele('Begrippenlijst', { eId: 'cmp_I__list_1', wId: 'r__cmp_I__list_1' })
  for (let g = 0; g < GIOS; g++) {
    const begrip = lijst.ele('Begrip', { eId: `cmp_I__item_${g}`, wId: `r__cmp_I__item_${g}` })
    begrip.ele('Term').txt(`gebied ${g}`)
    begrip.ele('Definitie').ele('Al').ele('ExtIoRef', { ref: `${work(g)}/nld@2026-01-01;1`, eId: `gio_${g}`, wId: `gio_${g}` }).txt(`${work(g)}/nld@2026-01-01;1`)
  }
  return doc.end()
}

function gml(g: number): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('https://standaarden.overheid.nl/stop/imop/geo/', 'geo:GeoInformatieObjectVaststelling')
  const versie = doc.ele('geo:vastgesteldeVersie').ele('geo:GeoInformatieObjectVersie')
  versie.ele('geo:FRBRWork').txt(work(g)).up().ele('geo:FRBRExpression').txt(`${work(g)}/nld@2026-01-01;1`)
  const locaties = versie.ele('geo:locaties')
  for (let l = 0; l < LOCATIES; l++) {
    const cx = 230000 + g * 2000 + (l % 20) * 100
    const cy = 552000 + Math.floor(l / 20) * 100
    const coords: string[] = []
    for (let v = 0; v <= VERTICES; v++) {
      const a = (2 * Math.PI * (v % VERTICES)) / VERTICES
      coords.push(`${(cx + 45 * Math.cos(a)).toFixed(3)} ${(cy + 45 * Math.sin(a)).toFixed(3)}`)
    }
    const loc = locaties.ele('geo:Locatie')
    loc.ele('geo:naam').txt(`Locatie ${g}-${l}`)
    loc.ele('geo:geometrie').ele('http://www.opengis.net/gml/3.2', 'gml:Polygon').ele('gml:exterior').ele('gml:LinearRing').ele('gml:posList').txt(coords.join(' '))
  }
  return doc.end()
}

function io(g: number): string {
  return create({ version: '1.0', encoding: 'UTF-8' })
    .ele('https://standaarden.overheid.nl/lvbb/stop/aanlevering/', 'AanleveringInformatieObject')
    .ele('InformatieObjectVersie')
    .ele('ExpressionIdentificatie').ele('FRBRWork').txt(work(g)).up().ele('FRBRExpression').txt(`${work(g)}/nld@2026-01-01;1`).up().up()
    .ele('InformatieObjectVersieMetadata').ele('heeftBestanden').ele('heeftBestand').ele('Bestand').ele('bestandsnaam').txt(`gio${g}.gml`).up().up().up().up().up()
    .ele('InformatieObjectMetadata').ele('naamInformatieObject').txt(`gebied ${g}`)
    .doc()
    .end()
}

const entries: PackageEntry[] = [{ name: 'besluit.xml', bytes: encode(besluit()) }]
for (let g = 0; g < GIOS; g++) entries.push({ name: `gio${g}.gml`, bytes: encode(gml(g)) }, { name: `GIO_${g}.xml`, bytes: encode(io(g)) })
entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
const pkgBytes = entries.reduce((s, e) => s + e.bytes.length, 0)
const pkg = { source: 'synthetisch', entries, findings: [] }

let htmlBytes = 0
const ms = await medianMs(() => {
  htmlBytes = Buffer.byteLength(writePreview(pkg, []))
}, 3)
const mb = (n: number) => (n / 2 ** 20).toFixed(1)
emit({
  name: `preview synthetisch pakket ${mb(pkgBytes)} MB (${DIVISIES * TEKSTEN} Divisieteksten, ${GIOS} GIO's × ${LOCATIES} Locaties) → HTML ${mb(htmlBytes)} MB`,
  ms,
  maxRssMb: maxRssMb(),
})
