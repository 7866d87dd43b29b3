/**
 * Surveys every GML file of the package once (scan-gml) and keeps, per basisgeo:Geometrie, only the facts the geo
 * rules report on — never the coordinates — so a 100 MB GML costs one geometry's memory at a time. The same pass
 * plans which coordinate texts the xsd and Schematron layers may read reduced (reducedGml): one read of each GML for
 * all layers instead of one per layer.
 */
import type { ValidityProblem } from '../../gio/validity.js'
import { entryChunks, entrySize } from '../layer.js'
import { perView, type PackageView } from '../view.js'
import { applyPlan, scanGml, type CoordinateIssue, type ReductionPlan, type ScannedGeometrie } from './scan-gml.js'
import { polygonsValidity } from './validity.js'

/** EPSG:28992 projected bounds (epsg.io, area of use of RD New). */
export const rdExtent = { minX: -7000, minY: 289000, maxX: 300000, maxY: 629000 } as const
export const RD = 'urn:ogc:def:crs:EPSG::28992'
export const ETRS89 = 'urn:ogc:def:crs:EPSG::4258'

export interface GeometrieFacts {
  readonly file: string
  readonly id?: string
  readonly line: number
  readonly xpath: string
  readonly srsName?: string
  /** vlak (Polygon/Surface), lijn (LineString/Curve), punt (Point), or onbekend (none of those read). */
  readonly soort: 'vlak' | 'lijn' | 'punt' | 'onbekend'
  readonly tooPrecise?: CoordinateIssue & { readonly decimals: number }
  readonly notANumber?: CoordinateIssue
  readonly oddCount?: { readonly count: number; readonly line: number }
  readonly unclosed: readonly { readonly line: number; readonly first: string; readonly last: string }[]
  readonly tooFew: readonly { readonly line: number; readonly points: number }[]
  readonly invalid?: ValidityProblem
  readonly outside?: { readonly x: number; readonly y: number }
}

export interface GeoSurvey {
  readonly geometrieen: readonly GeometrieFacts[]
  /** GML files that hold no basisgeo:Geometrie at all. */
  readonly empty: readonly string[]
}

export const geoSurvey: (view: PackageView) => GeoSurvey = perView(survey)

/** The survey's geometries by basisgeo:id (of an id that occurs twice, the last), made once for the rules that look ids up. */
export const geometrieById: (view: PackageView) => ReadonlyMap<string, GeometrieFacts> = perView(
  (view) => new Map(geoSurvey(view).geometrieen.flatMap((g) => (g.id !== undefined ? [[g.id, g] as const] : []))),
)

/**
 * The one pass over every GML file: per file the reduction plan, and per geometry its facts or, while their
 * coordinates together stay within RETAINED_COORDINATES, the scanned geometry itself, whose facts (OGC validity: the
 * larger part of the work) geoSurvey works out later. So the Schematron worker, which needs only the plans, can start
 * on a large GIO while the main thread checks its geometries.
 */
interface GmlScan {
  readonly plans: ReadonlyMap<string, FilePlan>
  readonly files: { readonly file: string; readonly items: (GeometrieFacts | ScannedGeometrie)[] }[]
}

interface FilePlan {
  readonly plan: ReductionPlan
  readonly allCoordinates: boolean
  readonly noStray: boolean
  readonly witnessesOnly: boolean
}

/**
 * Coordinates (values, 8 bytes each) of scanned geometries kept for later: 128 MB, more than a 100 MB GML of plain
 * coordinates holds (~9 million for a 99 MB GML of 40-gons); beyond it, facts are made during the scan as before.
 */
const RETAINED_COORDINATES = 16 * 1024 * 1024

// Kept for the whole run: the xsd layer, after the rule layers, reads the reduction plans.
const gmlScan: (view: PackageView) => GmlScan = perView((view) => {
  const plans = new Map<string, FilePlan>()
  const files: GmlScan['files'] = []
  let retained = 0
  for (const file of view.withRole('gml')) {
    const entry = view.file(file)
    if (!entry || entrySize(entry) === 0) continue
    const items: (GeometrieFacts | ScannedGeometrie)[] = []
    const { plan, coordinateTexts, stray } = scanGml(entryChunks(entry), (g) => {
      const size = coordinateCount(g)
      if (retained + size > RETAINED_COORDINATES) items.push(facts(file, g))
      else {
        retained += size
        items.push(g)
      }
    })
    if (plan) plans.set(file, { plan, allCoordinates: plan.texts.count === coordinateTexts, noStray: !stray, witnessesOnly: coordinateTexts <= items.length })
    files.push({ file, items })
  }
  return { plans, files }
}, { wholeRun: true })

function survey(view: PackageView): GeoSurvey {
  const geometrieen: GeometrieFacts[] = []
  const empty: string[] = []
  for (const { file, items } of gmlScan(view).files) {
    if (items.length === 0) empty.push(file)
    // The scanned geometries are let go as their facts are made.
    items.forEach((item, i) => {
      const made = 'polygons' in item ? facts(file, item) : item
      items[i] = made
      geometrieen.push(made)
    })
  }
  return { geometrieen, empty }
}

function coordinateCount(g: ScannedGeometrie): number {
  let n = g.other.length
  for (const p of g.polygons) for (const r of p.rings) n += r.coords.length
  return n
}

/** A GML file as the xsd and Schematron layers read it (reducedGml). */
export interface ReducedGml {
  /** The file with the coordinate texts the schema reads only as "a list of doubles" replaced by `0`, lines kept. */
  readonly bytes: Uint8Array
  /** Every coordinate text of the file was replaced: a further reduction of them has nothing to do. */
  readonly allCoordinates: boolean
  /** No coordinate element stands outside a `geometrie` element. */
  readonly noStray: boolean
  /**
   * No more coordinate elements than geometries (one ring, line or point each, as in a GIO of many small Locaties):
   * pruning the geometries for imop-geo down to one coordinate witness each (prune-gml.ts) has nothing to take away.
   */
  readonly witnessesOnly: boolean
}

/**
 * A GML file reduced as the survey planned it; undefined when the file is no GML of the package or has nothing to
 * reduce. Made from the file chunk by chunk; unless `keep` is false, the one made of the largest file so far is kept
 * for one more call for the same file (the Schematron and xsd layers each ask for every GML once, in entry order), so
 * at most one reduced file is held beyond its use, and it is the one that costs most to make again: a package with
 * one 100 MB GIO among twelve small ones kept the last small one and reduced the large one twice. A caller that turns
 * the bytes into something else at once (the in-process Schematron layer decodes them to text) passes false: a GIO of
 * 100 000 Locaties is 75 MB reduced.
 */
export function reducedGml(view: PackageView, file: string, keep = true): ReducedGml | undefined {
  const kept = keptReduced.get(view)
  if (kept?.file === file) {
    keptReduced.delete(view)
    return kept.reduced
  }
  const entry = view.file(file)
  const planned = entry === undefined || view.role(file) !== 'gml' ? undefined : gmlScan(view).plans.get(file)
  if (planned === undefined || entry === undefined) return undefined
  const reduced = { bytes: applyPlan(planned.plan, entryChunks(entry)), allCoordinates: planned.allCoordinates, noStray: planned.noStray, witnessesOnly: planned.witnessesOnly }
  const size = entrySize(entry)
  if (keep && (kept === undefined || size > kept.size)) keptReduced.set(view, { file, size, reduced })
  return reduced
}

const keptReduced = new WeakMap<PackageView, { readonly file: string; readonly size: number; readonly reduced: ReducedGml }>()

/** The size reducedGml gives for `file`, or its own size when it has nothing to reduce (without making it). */
export function reducedGmlSize(view: PackageView, file: string): number | undefined {
  const entry = view.file(file)
  if (entry === undefined) return undefined
  const planned = view.role(file) !== 'gml' ? undefined : gmlScan(view).plans.get(file)
  return planned?.plan.reducedSize ?? entrySize(entry)
}

function facts(file: string, g: ScannedGeometrie): GeometrieFacts {
  const unclosed: { line: number; first: string; last: string }[] = []
  const tooFew: { line: number; points: number }[] = []
  for (const polygon of g.polygons) {
    for (const ring of polygon.rings) {
      const c = ring.coords
      const n = c.length / 2
      if (n < 4) tooFew.push({ line: ring.line, points: n })
      else if (c[0] !== c[c.length - 2] || c[1] !== c[c.length - 1]) {
        unclosed.push({ line: ring.line, first: `${c[0]} ${c[1]}`, last: `${c[c.length - 2]} ${c[c.length - 1]}` })
      }
    }
  }
  const clean = !g.notANumber && !g.oddCount && unclosed.length === 0 && tooFew.length === 0
  const invalid = clean && g.soort === 'vlak' && g.polygons.length > 0 ? polygonsValidity(g.polygons.map((p) => p.rings.map((r) => r.coords))) : undefined
  const outside = g.srsName === RD && !g.notANumber ? firstOutside(g) : undefined
  return {
    file,
    ...(g.id !== undefined ? { id: g.id } : {}),
    line: g.line,
    xpath: g.id !== undefined ? `//basisgeo:Geometrie[basisgeo:id='${g.id}']` : '//basisgeo:Geometrie',
    ...(g.srsName !== undefined ? { srsName: g.srsName } : {}),
    soort: g.soort,
    ...(g.tooPrecise ? { tooPrecise: { ...g.tooPrecise, decimals: g.maxDecimals } } : {}),
    ...(g.notANumber ? { notANumber: g.notANumber } : {}),
    ...(g.oddCount ? { oddCount: g.oddCount } : {}),
    unclosed,
    tooFew,
    ...(invalid ? { invalid } : {}),
    ...(outside ? { outside } : {}),
  }
}

function firstOutside(g: ScannedGeometrie): { x: number; y: number } | undefined {
  const check = (c: Float64Array): { x: number; y: number } | undefined => {
    for (let i = 0; i + 1 < c.length; i += 2) {
      const x = c[i]!
      const y = c[i + 1]!
      if (x < rdExtent.minX || x > rdExtent.maxX || y < rdExtent.minY || y > rdExtent.maxY) return { x, y }
    }
    return undefined
  }
  for (const p of g.polygons) for (const r of p.rings) {
    const hit = check(r.coords)
    if (hit) return hit
  }
  return check(g.other)
}
