/**
 * Surveys every GML file of the package once (scan-gml) and keeps, per basisgeo:Geometrie, only the facts the geo
 * rules report on — never the coordinates — so a 100 MB GML costs one geometry's memory at a time.
 */
import type { ValidityProblem } from '../../gio/validity.js'
import { entrySize } from '../layer.js'
import { perView, type PackageView } from '../view.js'
import { scanGml, type CoordinateIssue, type ScannedGeometrie } from './scan-gml.js'
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

function survey(view: PackageView): GeoSurvey {
  const geometrieen: GeometrieFacts[] = []
  const empty: string[] = []
  for (const file of view.withRole('gml')) {
    const entry = view.file(file)
    if (!entry || entrySize(entry) === 0) continue
    const before = geometrieen.length
    scanGml(entry.bytes, (g) => geometrieen.push(facts(file, g)))
    if (geometrieen.length === before) empty.push(file)
  }
  return { geometrieen, empty }
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
