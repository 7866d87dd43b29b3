/**
 * Which geometry files to read (visie.json `geo.bronnen` + `geo.perGio`, or the `--geo FILE` override) and the
 * reader for each: GeoJSON (.geojson/.json, streamed) or GML (.gml/.xml: plain GML or an existing GIO to re-wrap).
 */
import { stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { InputError, type Finding } from '../model/index.js'
import type { BuildContext } from '../package/context.js'
import type { BronFeature, CrsRef } from './geometry.js'
import { readGeoJson } from './read-geojson.js'
import { readGml } from './read-gml.js'

export interface Bron {
  /** As given (visie.json or the command line): how findings name the file. */
  readonly bron: string
  readonly path: string
  readonly bytes: number
  /** Set for `perGio` sources: every feature in the file belongs to this GIO. */
  readonly gio?: string
}

export async function resolveBronnen(ctx: BuildContext, geoOverride?: string): Promise<Bron[]> {
  const geo = ctx.config.geo
  const wanted: { bron: string; path: string; gio?: string }[] =
    geoOverride !== undefined
      ? [{ bron: geoOverride, path: resolve(geoOverride) }]
      : [
          ...geo.bronnen.map((b) => ({ bron: b, path: resolve(ctx.projectDir, b) })),
          ...Object.entries(geo.perGio).map(([gio, b]) => ({ bron: b, path: resolve(ctx.projectDir, b), gio })),
        ]
  const out: Bron[] = []
  for (const w of wanted) {
    let bytes: number
    try {
      const s = await stat(w.path)
      if (!s.isFile()) throw new Error('geen bestand')
      bytes = s.size
    } catch {
      throw new InputError(`Kan geometriebestand ${w.bron} niet lezen (${w.path}).`)
    }
    out.push({ ...w, bytes })
  }
  return out
}

export function readBron(b: Bron, defaultCrs: CrsRef, findings: Finding[], onBytes: (n: number) => void): AsyncGenerator<BronFeature> {
  const ext = extname(b.path).toLowerCase()
  const options = { bron: b.bron, defaultCrs, onBytes, ...(b.gio === undefined ? {} : { gio: b.gio }) }
  return ext === '.gml' || ext === '.xml' ? readGml(b.path, options, findings) : readGeoJson(b.path, options, findings)
}
