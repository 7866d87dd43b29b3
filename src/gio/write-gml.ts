/**
 * GIO GML: `geo:GeoInformatieObjectVaststelling` (STOP 1.3.0 imop-geo.xsd, stop-lvbb.md §2.6), one geo:Locatie per
 * feature. Written with xmlbuilder2's callback builder, so a large GIO never exists as a DOM (it does not replace
 * XML-illegal characters itself: every text goes through xmlSafe). Single polygons are a
 * gml:Polygon, several a gml:MultiSurface; lines and points likewise (LineString/MultiCurve, Point/MultiPoint).
 */
import { createCB } from 'xmlbuilder2'
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js'
import { xmlSafe } from '../model/index.js'
import { RD_SRS_NAME } from './crs.js'
import { posList, type Geometrie } from './geometry.js'

export const GEO_NS = 'https://standaarden.overheid.nl/stop/imop/geo/'
export const GIO_NS = 'https://standaarden.overheid.nl/stop/imop/gio/'
export const BASISGEO_NS = 'http://www.geostandaarden.nl/basisgeometrie/1.0'
export const GML_NS = 'http://www.opengis.net/gml/3.2'

export interface GmlLocatie {
  readonly naam?: string
  readonly basisgeoId: string
  readonly geometrie: Geometrie
}

export interface GmlInput {
  readonly work: string
  readonly expression: string
  readonly achtergrondVerwijzing: string
  readonly achtergrondActualiteit: string
  readonly locaties: readonly GmlLocatie[]
  /** The expression this version follows up (geo:wasID): a changed GIO in a wijzigingsbesluit. */
  readonly wasID?: string
}

export function writeGioGml(input: GmlInput): Buffer {
  const out = new ChunkBuffer()
  const x = createCB({ data: (t: string) => out.push(t), prettyPrint: true, indent: '  ' })
  x.dec({ version: '1.0', encoding: 'UTF-8' })
  x.ele(GEO_NS, 'geo:GeoInformatieObjectVaststelling', {
    schemaversie: '1.3.0',
    'xmlns:geo': GEO_NS,
    'xmlns:gio': GIO_NS,
    'xmlns:basisgeo': BASISGEO_NS,
    'xmlns:gml': GML_NS,
  })
  x.ele(GEO_NS, 'geo:context').ele(GIO_NS, 'gio:GeografischeContext')
  x.ele(GIO_NS, 'gio:achtergrondVerwijzing').txt(xmlSafe(input.achtergrondVerwijzing)).up()
  x.ele(GIO_NS, 'gio:achtergrondActualiteit').txt(xmlSafe(input.achtergrondActualiteit)).up()
  x.up().up()
  x.ele(GEO_NS, 'geo:vastgesteldeVersie').ele(GEO_NS, 'geo:GeoInformatieObjectVersie')
  x.ele(GEO_NS, 'geo:FRBRWork').txt(xmlSafe(input.work)).up()
  x.ele(GEO_NS, 'geo:FRBRExpression').txt(xmlSafe(input.expression)).up()
  x.ele(GEO_NS, 'geo:locaties')
  for (const l of input.locaties) writeLocatie(x, l)
  x.up().up().up()
  if (input.wasID !== undefined) x.ele(GEO_NS, 'geo:wasID').txt(input.wasID).up()
  x.up()
  x.end()
  out.push('\n')
  return out.toBuffer()
}

/** Collects the builder's text as UTF-8 in ~1 MB pieces, so a large GML is never held as one string plus a copy. */
class ChunkBuffer {
  private readonly pieces: Buffer[] = []
  private pending: string[] = []
  private pendingLength = 0

  push(text: string): void {
    this.pending.push(text)
    this.pendingLength += text.length
    if (this.pendingLength >= 1 << 20) this.flush()
  }

  toBuffer(): Buffer {
    this.flush()
    return this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces)
  }

  private flush(): void {
    if (this.pending.length === 0) return
    this.pieces.push(Buffer.from(this.pending.join(''), 'utf8'))
    this.pending = []
    this.pendingLength = 0
  }
}

function writeLocatie(x: XMLBuilderCB, l: GmlLocatie): void {
  x.ele(GEO_NS, 'geo:Locatie')
  if (l.naam !== undefined) x.ele(GEO_NS, 'geo:naam').txt(xmlSafe(l.naam)).up()
  const id = `id-${l.basisgeoId}`
  x.ele(GEO_NS, 'geo:geometrie').ele(BASISGEO_NS, 'basisgeo:Geometrie', { 'gml:id': id })
  x.ele(BASISGEO_NS, 'basisgeo:id').txt(l.basisgeoId).up()
  x.ele(BASISGEO_NS, 'basisgeo:geometrie')
  writeGeometrie(x, l.geometrie, id)
  x.up().up().up().up()
}

/** gml:id values: `id-<uuid>-g` for the geometry, `-1`, `-2` … for its members (valid, unique NCNames). */
function writeGeometrie(x: XMLBuilderCB, g: Geometrie, id: string): void {
  const single = g.parts.length === 1
  const attrs = (suffix: string, top: boolean) => ({ 'gml:id': `${id}-${suffix}`, ...(top ? { srsName: RD_SRS_NAME } : {}) })
  const multi = { vlak: ['gml:MultiSurface', 'gml:surfaceMember'], lijn: ['gml:MultiCurve', 'gml:curveMember'], punt: ['gml:MultiPoint', 'gml:pointMember'] }[g.soort]
  if (!single) x.ele(GML_NS, multi[0] as string, attrs('g', true))
  g.parts.forEach((part, i) => {
    if (!single) x.ele(GML_NS, multi[1] as string)
    const a = single ? attrs('g', true) : attrs(String(i + 1), false)
    if (g.soort === 'vlak') writePolygon(x, part, a)
    else if (g.soort === 'lijn') x.ele(GML_NS, 'gml:LineString', a).ele(GML_NS, 'gml:posList').txt(posList(part[0] as Float64Array)).up().up()
    else x.ele(GML_NS, 'gml:Point', a).ele(GML_NS, 'gml:pos').txt(posList(part[0] as Float64Array)).up().up()
    if (!single) x.up()
  })
  if (!single) x.up()
}

function writePolygon(x: XMLBuilderCB, rings: readonly Float64Array[], attrs: Record<string, string>): void {
  x.ele(GML_NS, 'gml:Polygon', attrs)
  rings.forEach((ring, i) => {
    x.ele(GML_NS, i === 0 ? 'gml:exterior' : 'gml:interior').ele(GML_NS, 'gml:LinearRing')
    x.ele(GML_NS, 'gml:posList').txt(posList(ring)).up()
    x.up().up()
  })
  x.up()
}
