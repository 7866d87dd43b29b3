/**
 * GIO GML: `geo:GeoInformatieObjectVaststelling` (STOP 1.3.0 imop-geo.xsd, stop-lvbb.md §2.6), one geo:Locatie per
 * feature. Written as text with one escaping function (`escape`), indented two spaces per level, so a large GIO
 * never exists as a DOM: xmlbuilder2's callback builder, used before, made a DOM fragment for every text (a third of
 * the time of a 2 000-feature GIO). The bytes are the same as that builder wrote (compared on every geometry kind,
 * special and empty texts, with and without wasID; the Assen ZIP is byte-identical).
 * Every text goes through xmlSafe. Single polygons are a gml:Polygon, several a gml:MultiSurface; lines and points
 * likewise (LineString/MultiCurve, Point/MultiPoint).
 */
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
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n')
  out.push(`<geo:GeoInformatieObjectVaststelling schemaversie="1.3.0" xmlns:geo="${GEO_NS}" xmlns:gio="${GIO_NS}" xmlns:basisgeo="${BASISGEO_NS}" xmlns:gml="${GML_NS}">\n`)
  out.push('  <geo:context>\n    <gio:GeografischeContext>\n')
  out.push(textElement(3, 'gio:achtergrondVerwijzing', xmlSafe(input.achtergrondVerwijzing)))
  out.push(textElement(3, 'gio:achtergrondActualiteit', xmlSafe(input.achtergrondActualiteit)))
  out.push('    </gio:GeografischeContext>\n  </geo:context>\n')
  out.push('  <geo:vastgesteldeVersie>\n    <geo:GeoInformatieObjectVersie>\n')
  out.push(textElement(3, 'geo:FRBRWork', xmlSafe(input.work)))
  out.push(textElement(3, 'geo:FRBRExpression', xmlSafe(input.expression)))
  if (input.locaties.length === 0) out.push(`${indent(3)}<geo:locaties/>\n`)
  else {
    out.push(`${indent(3)}<geo:locaties>\n`)
    for (const l of input.locaties) writeLocatie(out, l)
    out.push(`${indent(3)}</geo:locaties>\n`)
  }
  out.push('    </geo:GeoInformatieObjectVersie>\n  </geo:vastgesteldeVersie>\n')
  if (input.wasID !== undefined) out.push(textElement(1, 'geo:wasID', input.wasID))
  out.push('</geo:GeoInformatieObjectVaststelling>\n')
  return out.toBuffer()
}

/** Collects the text as UTF-8 in ~1 MB pieces, so a large GML is never held as one string plus a copy. */
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

const INDENTS: string[] = []
function indent(level: number): string {
  return (INDENTS[level] ??= '  '.repeat(level))
}

/**
 * Text and attribute values as xmlbuilder2 escaped them (so the bytes stay what they were): `&` unless it already
 * starts one of the five predefined entities, `<`, `>`, and in attributes `"`.
 */
function escape(value: string, attribute = false): string {
  if (!/[&<>"]/.test(value)) return value
  const text = value.replace(/(?!&(lt|gt|amp|apos|quot);)&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return attribute ? text.replace(/"/g, '&quot;') : text
}

/** `<name>text</name>` on its own line (an empty text too: `<name></name>`, as the builder wrote it). */
function textElement(level: number, name: string, text: string): string {
  return `${indent(level)}<${name}>${escape(text)}</${name}>\n`
}

function writeLocatie(out: ChunkBuffer, l: GmlLocatie): void {
  out.push(`${indent(4)}<geo:Locatie>\n`)
  if (l.naam !== undefined) out.push(textElement(5, 'geo:naam', xmlSafe(l.naam)))
  const id = `id-${l.basisgeoId}`
  out.push(`${indent(5)}<geo:geometrie>\n${indent(6)}<basisgeo:Geometrie gml:id="${escape(id, true)}">\n`)
  out.push(textElement(7, 'basisgeo:id', l.basisgeoId))
  out.push(`${indent(7)}<basisgeo:geometrie>\n`)
  writeGeometrie(out, l.geometrie, id, 8)
  out.push(`${indent(7)}</basisgeo:geometrie>\n${indent(6)}</basisgeo:Geometrie>\n${indent(5)}</geo:geometrie>\n${indent(4)}</geo:Locatie>\n`)
}

/** gml:id values: `id-<uuid>-g` for the geometry, `-1`, `-2` … for its members (valid, unique NCNames). */
function writeGeometrie(out: ChunkBuffer, g: Geometrie, id: string, level: number): void {
  const single = g.parts.length === 1
  const attrs = (suffix: string, top: boolean) => ` gml:id="${escape(`${id}-${suffix}`, true)}"${top ? ` srsName="${escape(RD_SRS_NAME, true)}"` : ''}`
  const multi = { vlak: ['gml:MultiSurface', 'gml:surfaceMember'], lijn: ['gml:MultiCurve', 'gml:curveMember'], punt: ['gml:MultiPoint', 'gml:pointMember'] }[g.soort]
  const [collection, member] = multi as [string, string]
  if (!single) out.push(`${indent(level)}<${collection}${attrs('g', true)}>\n`)
  const at = single ? level : level + 2
  g.parts.forEach((part, i) => {
    if (!single) out.push(`${indent(level + 1)}<${member}>\n`)
    const a = single ? attrs('g', true) : attrs(String(i + 1), false)
    if (g.soort === 'vlak') writePolygon(out, part, a, at)
    else {
      const [element, child] = g.soort === 'lijn' ? ['gml:LineString', 'gml:posList'] : ['gml:Point', 'gml:pos']
      out.push(`${indent(at)}<${element}${a}>\n${textElement(at + 1, child as string, posList(part[0] as Float64Array))}${indent(at)}</${element}>\n`)
    }
    if (!single) out.push(`${indent(level + 1)}</${member}>\n`)
  })
  if (!single) out.push(`${indent(level)}</${collection}>\n`)
}

function writePolygon(out: ChunkBuffer, rings: readonly Float64Array[], attrs: string, level: number): void {
  out.push(`${indent(level)}<gml:Polygon${attrs}>\n`)
  rings.forEach((ring, i) => {
    const side = i === 0 ? 'gml:exterior' : 'gml:interior'
    out.push(`${indent(level + 1)}<${side}>\n${indent(level + 2)}<gml:LinearRing>\n`)
    out.push(textElement(level + 3, 'gml:posList', posList(ring)))
    out.push(`${indent(level + 2)}</gml:LinearRing>\n${indent(level + 1)}</${side}>\n`)
  })
  out.push(`${indent(level)}</gml:Polygon>\n`)
}
