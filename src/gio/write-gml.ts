/**
 * GIO GML: `geo:GeoInformatieObjectVaststelling` (STOP 1.3.0 imop-geo.xsd, stop-lvbb.md §2.6), one geo:Locatie per
 * feature. Written as text with one escaping function (xmlText, src/model/xml-text.ts), indented two spaces per level, so a large GIO
 * never exists as a DOM: xmlbuilder2's callback builder, used before, made a DOM fragment for every text (a third of
 * the time of a 2 000-feature GIO). The bytes are the same as that builder wrote (compared on every geometry kind,
 * special and empty texts, with and without wasID; the Assen ZIP is byte-identical).
 * Every text and attribute value goes through xmlText/xmlAttribute, which replace XML-illegal characters. Single polygons are a gml:Polygon, several a gml:MultiSurface; lines and points
 * likewise (LineString/MultiCurve, Point/MultiPoint).
 */
import { Utf8Chunks, xmlAttribute, xmlIndent, xmlText } from '../model/index.js'
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
  const out = new Utf8Chunks()
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n')
  out.push(`<geo:GeoInformatieObjectVaststelling schemaversie="1.3.0" xmlns:geo="${GEO_NS}" xmlns:gio="${GIO_NS}" xmlns:basisgeo="${BASISGEO_NS}" xmlns:gml="${GML_NS}">\n`)
  out.push('  <geo:context>\n    <gio:GeografischeContext>\n')
  out.push(textElement(3, 'gio:achtergrondVerwijzing', input.achtergrondVerwijzing))
  out.push(textElement(3, 'gio:achtergrondActualiteit', input.achtergrondActualiteit))
  out.push('    </gio:GeografischeContext>\n  </geo:context>\n')
  out.push('  <geo:vastgesteldeVersie>\n    <geo:GeoInformatieObjectVersie>\n')
  out.push(textElement(3, 'geo:FRBRWork', input.work))
  out.push(textElement(3, 'geo:FRBRExpression', input.expression))
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

const indent = xmlIndent

/** `<name>text</name>` on its own line (an empty text too: `<name></name>`, as the builder wrote it). */
function textElement(level: number, name: string, text: string): string {
  return `${indent(level)}<${name}>${xmlText(text)}</${name}>\n`
}

function writeLocatie(out: Utf8Chunks, l: GmlLocatie): void {
  out.push(`${indent(4)}<geo:Locatie>\n`)
  if (l.naam !== undefined) out.push(textElement(5, 'geo:naam', l.naam))
  const id = `id-${l.basisgeoId}`
  out.push(`${indent(5)}<geo:geometrie>\n${indent(6)}<basisgeo:Geometrie gml:id="${xmlAttribute(id)}">\n`)
  out.push(textElement(7, 'basisgeo:id', l.basisgeoId))
  out.push(`${indent(7)}<basisgeo:geometrie>\n`)
  writeGeometrie(out, l.geometrie, id, 8)
  out.push(`${indent(7)}</basisgeo:geometrie>\n${indent(6)}</basisgeo:Geometrie>\n${indent(5)}</geo:geometrie>\n${indent(4)}</geo:Locatie>\n`)
}

/** gml:id values: `id-<uuid>-g` for the geometry, `-1`, `-2` … for its members (valid, unique NCNames). */
function writeGeometrie(out: Utf8Chunks, g: Geometrie, id: string, level: number): void {
  const single = g.parts.length === 1
  const attrs = (suffix: string, top: boolean) => ` gml:id="${xmlAttribute(`${id}-${suffix}`)}"${top ? ` srsName="${xmlAttribute(RD_SRS_NAME)}"` : ''}`
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
      out.push(`${indent(at)}<${element}${a}>\n`)
      writePosList(out, child as string, part[0] as Float64Array, at + 1)
      out.push(`${indent(at)}</${element}>\n`)
    }
    if (!single) out.push(`${indent(level + 1)}</${member}>\n`)
  })
  if (!single) out.push(`${indent(level)}</${collection}>\n`)
}

/**
 * `<gml:posList>x y x y …</gml:posList>` on its own line, the same text as posList(coords), written a slice of
 * ordinates at a time: a ring of 2 000 000 vertices as one string went through an array of 4 000 000 number strings
 * and three copies of 43 MB (~250 MB of the peak of its build). Numbers need no escaping.
 */
function writePosList(out: Utf8Chunks, name: string, coords: Float64Array, level: number): void {
  out.push(`${indent(level)}<${name}>`)
  for (let i = 0; i < coords.length; i += POSLIST_SLICE) {
    const slice = posList(coords.subarray(i, Math.min(i + POSLIST_SLICE, coords.length)))
    out.push(i === 0 ? slice : ` ${slice}`)
  }
  out.push(`</${name}>\n`)
}

/** Ordinates per piece of a posList (an even number: a piece ends after a y). */
const POSLIST_SLICE = 8192

function writePolygon(out: Utf8Chunks, rings: readonly Float64Array[], attrs: string, level: number): void {
  out.push(`${indent(level)}<gml:Polygon${attrs}>\n`)
  rings.forEach((ring, i) => {
    const side = i === 0 ? 'gml:exterior' : 'gml:interior'
    out.push(`${indent(level + 1)}<${side}>\n${indent(level + 2)}<gml:LinearRing>\n`)
    writePosList(out, 'gml:posList', ring, level + 3)
    out.push(`${indent(level + 2)}</gml:LinearRing>\n${indent(level + 1)}</${side}>\n`)
  })
  out.push(`${indent(level)}</gml:Polygon>\n`)
}
