/**
 * The GIO step (issue 4): geometry sources → checked RD geometry → per Bijlage I entry a `GIO-<slug>.gml`
 * (geo:GeoInformatieObjectVaststelling) and `GIO-<slug>.xml` (lvbba:AanleveringInformatieObject) + the `Gio` model.
 * GIOs whose features all failed a check get no files; their findings are blocking.
 */
import { createHash } from 'node:crypto'
import { type Document, type Finding, type Gio, type GioLocatie, type PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { NAMESPACE_URL, uuidV5 } from '../ids/uuid.js'
import { writeInformatieObject } from '../stop/informatieobject.js'
import { checkFeature } from './check.js'
import { parseCrs, rdCrs } from './crs.js'
import { geoFinding, type FeaturePlace } from './findings.js'
import type { Geometrie } from './geometry.js'
import { readBron, resolveBronnen } from './sources.js'
import { uniqueSlugs } from './slug.js'
import { writeGioGml, type GmlLocatie } from './write-gml.js'

export interface BuildGiosOptions {
  /** A geometry file (absolute, or relative to the working directory) replacing visie.json's sources (`--geo`). */
  readonly geoOverride?: string
  /** Progress in bytes of geometry source read so far, of the total. */
  readonly onProgress?: (done: number, total: number) => void
  /**
   * A wijziging: the previous version's GIOs by work. An unchanged one (the same GML apart from its expression) is not
   * delivered again; a changed one becomes a new version of the same work with geo:wasID, under the expression of
   * Bijlage I or, when that still names the old version, `nieuweExpressie(work)`.
   */
  readonly vorige?: ReadonlyMap<string, { readonly expression: string; readonly gml: Uint8Array }>
  readonly nieuweExpressie?: (work: string) => string
  /**
   * `vorige` is an ontwerp: every GIO is delivered (the vastgestelde regeling's OW Gebieden are new objects, TPOD1940,
   * whose geometry must be in the delivery, OZON0066), under a new expression when Bijlage I still names the ontwerp's
   * (LVBB3900), and without geo:wasID (an ontwerp version never became juridisch werkend: LVBB3516).
   */
  readonly naOntwerp?: boolean
}

export interface BuildGiosResult {
  /** The GIOs delivered in this package. */
  readonly gios: Gio[]
  /** Every GIO the text uses (in a wijziging also the unchanged ones, not delivered again). */
  readonly alle: Gio[]
  /** Old expression → new expression where a changed GIO still had its old expression in Bijlage I. */
  readonly hernoemd: ReadonlyMap<string, string>
  /** With naOntwerp: the works whose geometry is the same as in the ontwerp. */
  readonly alsOntwerp: ReadonlySet<string>
  readonly files: PackageFile[]
  readonly findings: Finding[]
}

interface Accepted {
  readonly naam?: string
  readonly place: FeaturePlace
  readonly geometrie: Geometrie
  readonly digest: string
}

/** Only `document.informatieobjecten` is read; a `Document` from readText fits. */
export async function buildGios(
  document: Pick<Document, 'informatieobjecten'>,
  ctx: BuildContext,
  options: BuildGiosOptions = {},
): Promise<BuildGiosResult> {
  const findings: Finding[] = []
  const bronnen = await resolveBronnen(ctx, options.geoOverride)
  const total = bronnen.reduce((s, b) => s + b.bytes, 0)
  const ios = document.informatieobjecten
  const byNaam = new Map(ios.map((io) => [io.naam.normalize('NFC'), io]))
  // A name spelled a little differently in the geometry (`Natura 2000-gebied` for `Natura 2000 gebied`): the one GIO
  // whose name reads the same without case, spacing, dashes, quotes and accents (VISIE-214); never a guess between two.
  const loose = new Map<string, string | null>()
  for (const io of ios) {
    const key = looseName(io.naam)
    loose.set(key, loose.has(key) ? null : io.naam)
  }
  const byWork = new Map(ios.map((io) => [io.work, io.naam]))
  const accepted = new Map<string, Accepted[]>()
  const firstByDigest = new Map<string, Map<string, Accepted>>()
  const tagged = new Set<string>()
  // visie.json geo.crs, else RFC 7946: GeoJSON without a crs member is WGS84 (longitude, latitude).
  const defaultCrs = parseCrs(ctx.config.geo.crs ?? 'EPSG:4326') ?? rdCrs
  let done = 0
  const unmatched: { f: FeatureOf<typeof readBron>; place: FeaturePlace; given: string }[] = []
  /** A feature of `gio` checked and kept (the first feature with each geometry; a repeat is VISIE-210). */
  const take = (gio: string, f: FeatureOf<typeof readBron>, place: FeaturePlace): void => {
    if (!f.geometrie) return
    const geometrie = checkFeature({ ...f, geometrie: f.geometrie, place }, findings)
    if (!geometrie) return
    const list = accepted.get(gio) ?? []
    const digest = geometryDigest(geometrie)
    // The first feature with each geometry, per GIO: a map, not a search through the list (20 000 Locaties).
    const firstOf = firstByDigest.get(gio) ?? new Map<string, Accepted>()
    const same = firstOf.get(digest)
    if (same) findings.push(geoFinding('VISIE-210', place, { gelijkAan: same.place.feature, gelijkAanBron: same.place.bron }))
    const entry = { ...(f.naam === undefined ? {} : { naam: f.naam }), place, geometrie, digest }
    list.push(entry)
    if (!same) firstOf.set(digest, entry)
    firstByDigest.set(gio, firstOf)
    accepted.set(gio, list)
  }
  for (const b of bronnen) {
    const onBytes = (n: number) => options.onProgress?.(done + n, total)
    for await (const f of readBron(b, defaultCrs, findings, onBytes)) {
      // Names compare in NFC (the text reader's form): an NFD spelling of the same name is the same GIO.
      const given = f.gio === undefined ? undefined : f.gio.normalize('NFC')
      const near = given === undefined || byNaam.has(given) ? undefined : (loose.get(looseName(given)) ?? undefined)
      const gio = given === undefined ? (f.work === undefined ? undefined : byWork.get(f.work)) : (byNaam.get(given)?.naam ?? near ?? given)
      const place: FeaturePlace = { ...f.place, ...(gio === undefined ? {} : { gio }) }
      if (near !== undefined && given !== undefined) findings.push(geoFinding('VISIE-214', place, { gegeven: given }))
      if (gio === undefined) {
        findings.push(geoFinding(f.work === undefined ? 'VISIE-211' : 'VISIE-201', place, f.work === undefined ? {} : { gio: f.work }))
        continue
      }
      if (!byNaam.has(gio)) {
        // Decided once every feature is read (wordPrefixMatches); a package with many such features reports at once.
        if (unmatched.length < MAX_UNMATCHED) unmatched.push({ f, place, given: gio })
        else findings.push(geoFinding('VISIE-201', place))
        continue
      }
      tagged.add(gio)
      take(gio, f, place)
    }
    done += b.bytes
  }
  // A GIO name that differs by words (`Gemeente Zeist` in the geometry, `Gemeente Zeist alle kernen` read from a table
  // whose next cell ran into the naam): the one GIO without geometry of its own whose name begins with the other's
  // words, or whose words begin the other's (VISIE-215, a warning); never a guess between two.
  const matched = wordPrefixMatches([...new Set(unmatched.map((u) => u.given))], ios.map((io) => io.naam).filter((naam) => !tagged.has(naam)))
  for (const u of unmatched) {
    const gio = matched.get(u.given)
    if (gio === undefined) {
      findings.push(geoFinding('VISIE-201', u.place))
      continue
    }
    const place: FeaturePlace = { ...u.place, gio }
    if (!tagged.has(gio)) findings.push(geoFinding('VISIE-215', place, { gegeven: u.given }))
    tagged.add(gio)
    take(gio, u.f, place)
  }
  options.onProgress?.(total, total)
  const bronnenText = bronnen.map((b) => b.bron).join(', ') || '(geen geometriebronnen)'
  for (const io of ios) {
    if (!tagged.has(io.naam)) findings.push(geoFinding('VISIE-200', { bron: bronnenText }, { gio: io.naam, regel: io.position?.start.line ?? '?', bronnen: bronnenText }))
  }
  const slugs = uniqueSlugs(ios.map((io) => io.naam))
  const gios: Gio[] = []
  const alle: Gio[] = []
  const hernoemd = new Map<string, string>()
  const alsOntwerp = new Set<string>()
  const files: PackageFile[] = []
  ios.forEach((io, i) => {
    const list = accepted.get(io.naam)
    if (!list || list.length === 0) return
    const slug = slugs[i] as string
    const locaties = withIds(io.work, list)
    const gmlFor = (expression: string, wasID?: string) => writeGioGml({
      work: io.work,
      expression,
      achtergrondVerwijzing: ctx.config.geo.achtergrondVerwijzing,
      achtergrondActualiteit: ctx.config.geo.achtergrondActualiteit,
      locaties,
      ...(wasID ? { wasID } : {}),
    })
    const oud = options.vorige?.get(io.work)
    let expression = io.expression
    let gml = gmlFor(expression)
    if (oud && options.naOntwerp) {
      if (sameGml(gml, expression, oud)) alsOntwerp.add(io.work)
      if (expression === oud.expression) {
        expression = options.nieuweExpressie?.(io.work) ?? expression
        hernoemd.set(oud.expression, expression)
        gml = gmlFor(expression)
      }
    } else if (oud) {
      if (sameGml(gml, expression, oud)) {
        alle.push({ naam: io.naam, work: io.work, expression: oud.expression, gmlBestand: `GIO-${slug}.gml`, ioBestand: `GIO-${slug}.xml`, locaties: locaties.map(toModel) })
        if (oud.expression !== io.expression) hernoemd.set(io.expression, oud.expression)
        return
      }
      if (expression === oud.expression) {
        expression = options.nieuweExpressie?.(io.work) ?? expression
        hernoemd.set(oud.expression, expression)
      }
      gml = gmlFor(expression, oud.expression)
    }
    const gio = { naam: io.naam, work: io.work, expression, gmlBestand: `GIO-${slug}.gml`, ioBestand: `GIO-${slug}.xml` }
    files.push({ path: gio.gmlBestand, bytes: gml, contentType: 'application/gml+xml' }, writeInformatieObject(gio, gml, ctx))
    gios.push({ ...gio, locaties: locaties.map(toModel) })
    alle.push({ ...gio, locaties: locaties.map(toModel) })
  })
  return { gios, alle, hernoemd, alsOntwerp, files, findings }
}

/** The same GIO content: the new GML, with the old expression in place of its own, is byte for byte the old one. */
function sameGml(gml: Uint8Array, expression: string, oud: { readonly expression: string; readonly gml: Uint8Array }): boolean {
  const text = Buffer.from(gml).toString('utf8').split(expression).join(oud.expression)
  return text === Buffer.from(oud.gml).toString('utf8')
}

/**
 * basisgeo:id = UUIDv5 with the GIO work as namespace (itself UUIDv5 of the work in the URL namespace) and the
 * feature key as name. The key is the digest of the rounded geometry (plus `#<n>` for the n-th identical copy), so
 * an unchanged geometry keeps its id whatever happens to the other features or the source order.
 */
function withIds(work: string, list: readonly Accepted[]): GmlLocatie[] {
  const ns = uuidV5(work, NAMESPACE_URL)
  const seen = new Map<string, number>()
  return list.map((a) => {
    const n = (seen.get(a.digest) ?? 0) + 1
    seen.set(a.digest, n)
    const key = n === 1 ? a.digest : `${a.digest}#${n}`
    return { ...(a.naam === undefined ? {} : { naam: a.naam }), basisgeoId: uuidV5(key, ns), geometrie: a.geometrie }
  })
}

function toModel(l: GmlLocatie): GioLocatie {
  return { ...(l.naam === undefined ? {} : { naam: l.naam }), basisgeoId: l.basisgeoId, geometrie: l.geometrie.soort }
}

/**
 * SHA-256 over the kind and every ring/line/point's ordinates (IEEE doubles), with the structure in between. Rings
 * (already oriented) are read from their smallest vertex, so the same polygon drawn from another corner is the same.
 */
function geometryDigest(g: Geometrie): string {
  const h = createHash('sha256').update(g.soort)
  for (const part of g.parts) {
    h.update('|')
    for (const arr of part) {
      h.update(';')
      // A ring without its closing point (a copy of its first); a line or a point whole: without its last position,
      // every point hashed alike (each point of a GIO of points was VISIE-210 of the first, and its basisgeo:id
      // depended on its place in the list).
      const ring = g.soort === 'vlak'
      const start = ring ? smallestVertex(arr) : 0
      h.update(bytes(arr.subarray(start, ring ? arr.length - 2 : arr.length))).update(bytes(arr.subarray(0, start)))
    }
  }
  return h.digest('hex')
}

/** Index (in ordinates) of the lexicographically smallest (x, y) vertex of a closed ring, its closing point excluded. */
function smallestVertex(ring: Float64Array): number {
  let best = 0
  for (let i = 2; i < ring.length - 2; i += 2) {
    const x = ring[i] as number
    const bx = ring[best] as number
    if (x < bx || (x === bx && (ring[i + 1] as number) < (ring[best + 1] as number))) best = i
  }
  return best
}

function bytes(a: Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

/** A GIO name without what a spelling may vary in: case, accents, quotes, dashes and spacing. */
/** Features whose GIO name matches no GIO of the text are held until all are read, up to this many. */
const MAX_UNMATCHED = 1000

type FeatureOf<F extends (...args: never[]) => AsyncIterable<unknown>> = F extends (...args: never[]) => AsyncIterable<infer T> ? T : never

/**
 * Per geometry name, the one text name (of those without geometry) that begins with its words or whose words begin it,
 * compared loosely (looseName); a name that two could match, or one claimed by two, gets none.
 */
function wordPrefixMatches(given: readonly string[], free: readonly string[]): Map<string, string> {
  const prefix = (a: string, b: string): boolean => a.startsWith(`${b} `) || b.startsWith(`${a} `)
  const out = new Map<string, string>()
  const claimed = new Map<string, number>()
  for (const g of given) {
    const candidates = free.filter((naam) => prefix(looseName(naam), looseName(g)))
    if (candidates.length !== 1) continue
    out.set(g, candidates[0] as string)
    claimed.set(candidates[0] as string, (claimed.get(candidates[0] as string) ?? 0) + 1)
  }
  for (const [g, naam] of out) if ((claimed.get(naam) ?? 0) > 1) out.delete(g)
  return out
}

function looseName(naam: string): string {
  return naam.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’'“”"`´]/gu, '').replace(/[\s\-–—_/.,]+/gu, ' ').trim()
}
