/**
 * Which geometry files to read (visie.json `geo.bronnen` + `geo.perGio`, or the `--geo FILE` override) and the
 * reader for each: GeoJSON (.geojson/.json, streamed) or GML (.gml/.xml: plain GML or an existing GIO to re-wrap).
 */
import { stat } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { InputError, type Finding } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
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
    const s = await stat(w.path).catch((e: NodeJS.ErrnoException) => e)
    if (s instanceof Error || !s.isFile()) {
      const why = s instanceof Error
        ? s.code === 'ENOENT' ? 'het bestaat niet' : `${s.code ?? s.message}`
        : s.isDirectory() ? 'het is een map, geen bestand' : 'het is geen gewoon bestand (een apparaat, pipe of socket)'
      throw new InputError(`Kan geometriebestand ${w.bron} niet lezen (${w.path}): ${why}.`)
    }
    const bytes = s.size
    if (bytes > GML_MAX_BYTES && isGml(w.path)) {
      throw new InputError(
        `Geometriebestand ${w.bron} is ${bytes} bytes; een GML-bron wordt in één keer gelezen en mag hooguit ${GML_MAX_BYTES} bytes (500 MB) zijn. Splits het bestand of lever GeoJSON aan (dat wordt in delen gelezen).`,
      )
    }
    out.push({ ...w, bytes })
  }
  return out
}

/** GML sources are read whole, as one string: V8 cannot hold a string of 2^29 (~537 million) characters or more. */
export const GML_MAX_BYTES = 500 * 1024 * 1024

function isGml(path: string): boolean {
  const ext = extname(path).toLowerCase()
  return ext === '.gml' || ext === '.xml'
}

export function readBron(b: Bron, defaultCrs: CrsRef, findings: Finding[], onBytes: (n: number) => void): AsyncGenerator<BronFeature> {
  const options = { bron: b.bron, defaultCrs, onBytes, ...(b.gio === undefined ? {} : { gio: b.gio }) }
  return isGml(b.path) ? readGml(b.path, options, findings) : readGeoJson(b.path, options, findings)
}
