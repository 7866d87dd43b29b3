/**
 * Source coordinate reference systems: recognising their names and reprojecting to RD New (EPSG:28992) with proj4.
 * The RD definition below is the EPSG:28992 proj string including the 7-parameter datum shift (towgs84).
 */
import proj4 from 'proj4'
import type { CrsRef } from './geometry.js'

/** EPSG:28992 Amersfoort / RD New, as published with the EPSG dataset (proj4 form, with towgs84). */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs'

export const RD_SRS_NAME = 'urn:ogc:def:crs:EPSG::28992'

/**
 * The RD grid's domain as the Kadaster gives it for the Netherlands (x -7000..300000, y 289000..629000 m);
 * points outside it cannot be Dutch locations.
 */
export const RD_EXTENT = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const

const RD: CrsRef = { epsg: 28992, latLon: false }

/**
 * A CRS name as found in GeoJSON `crs`, visie.json or GML `srsName`. URN/URL forms of EPSG:4258/4326 put latitude
 * first (EPSG axis order); the short `EPSG:4326` form and CRS84 are longitude first, as GeoJSON and most GIS exports.
 * Undefined when not supported.
 */
export function parseCrs(name: string): CrsRef | undefined {
  const n = name.trim()
  if (/^urn:ogc:def:crs:OGC:[^:]*:CRS84$/i.test(n) || /\/def\/crs\/OGC\/[^/]+\/CRS84$/i.test(n)) return { epsg: 4326, latLon: false }
  const short = /^EPSG:(\d+)$/i.exec(n)
  const long = /^urn:ogc:def:crs:EPSG:[^:]*:(\d+)$/i.exec(n) ?? /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[^/]+\/(\d+)$/i.exec(n)
  const code = Number((short ?? long)?.[1])
  if (code !== 28992 && code !== 4258 && code !== 4326) return undefined
  return { epsg: code, latLon: code !== 28992 && long !== null }
}

/** GeoJSON positions are always longitude, latitude (RFC 7946 §3.1.1), whatever the `crs` member says. */
export function forGeoJson(crs: CrsRef): CrsRef {
  return { epsg: crs.epsg, latLon: false }
}

export const rdCrs = RD

const toRdConverter = proj4('EPSG:4326', RD_NEW)

/**
 * Converts interleaved ordinates in `crs` to RD metres (unrounded). ETRS89 (EPSG:4258) is treated as WGS84:
 * the two differ by well under a metre in the Netherlands, which the datum shift cannot resolve either.
 */
export function toRd(coords: readonly number[], crs: CrsRef): Float64Array {
  const out = new Float64Array(coords.length)
  if (crs.epsg === 28992) {
    for (let i = 0; i < coords.length; i++) out[i] = coords[i] as number
    return out
  }
  for (let i = 0; i < coords.length; i += 2) {
    const a = coords[i] as number
    const b = coords[i + 1] as number
    const [x, y] = toRdConverter.forward([crs.latLon ? b : a, crs.latLon ? a : b])
    out[i] = x as number
    out[i + 1] = y as number
  }
  return out
}

/** Whether the source ordinates fit the CRS at all (degrees for 4258/4326); a reason in Dutch when not. */
export function crsMismatch(coords: readonly number[], crs: CrsRef): string | undefined {
  let degreesLike = true
  for (let i = 0; i < coords.length; i += 2) {
    const a = Math.abs(coords[i] as number)
    const b = Math.abs(coords[i + 1] as number)
    const [lon, lat] = crs.latLon ? [b, a] : [a, b]
    if (lon > 180 || lat > 90) degreesLike = false
  }
  if (crs.epsg === 28992 && degreesLike && coords.length > 0) {
    return 'de coördinaten lijken graden (WGS84/ETRS89), maar het stelsel is RD New (EPSG:28992). Zijn het graden, zet dan in visie.json "geo": { "crs": "EPSG:4326" } en haal een crs-lid met EPSG:28992 uit het GeoJSON-bestand'
  }
  if (crs.epsg !== 28992 && !degreesLike) {
    return `de coördinaten zijn geen graden, maar het stelsel is EPSG:${crs.epsg} (GeoJSON zonder crs-lid is volgens RFC 7946 WGS84). Zijn het RD-meters, zet dan in visie.json "geo": { "crs": "EPSG:28992" } of geef het GeoJSON-bestand een crs-lid met urn:ogc:def:crs:EPSG::28992`
  }
  return undefined
}
