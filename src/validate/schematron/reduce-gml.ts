/**
 * GML coordinates shrunk to what the official rules read of them, before saxon-js parses a GIO: of all STOP 1.3.0 /
 * LVBB 1.2.0 rules only STOP3019 (imop-geo.sch, sch_basisgeo_001) reads coordinate text, and only whether the
 * concatenated gml:posList / gml:pos / gml:coordinates values contain a digit. So each such text with a digit becomes
 * `0` (keeping its line breaks, so line numbers stay exact); texts without one, or with markup or entity references
 * inside, are left as they are. A 100 MB GIO then costs saxon-js kilobytes instead of a 100 MB tree.
 */
import { COORDINATE_ELEMENTS, countNewlines, escape, GML_NS, prefixesOf, qualified } from './text-scan.js'

export function reduceCoordinates(xml: string): string {
  const prefixes = prefixesOf(xml, GML_NS)
  if (prefixes.length === 0) return xml
  const names = qualified(prefixes, COORDINATE_ELEMENTS)
  const open = new RegExp(`<(${names.map(escape).join('|')})(?=[\\s>/])[^>]*>`, 'g')
  const parts: string[] = []
  let last = 0
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    if (m[0].endsWith('/>')) continue
    const start = m.index + m[0].length
    const end = xml.indexOf('<', start)
    if (end < 0 || !xml.startsWith(`</${m[1]}>`, end)) continue
    const text = xml.slice(start, end)
    if (text.includes('&') || !/\d/.test(text)) continue
    parts.push(xml.slice(last, start), '0', '\n'.repeat(countNewlines(text)))
    last = end
    open.lastIndex = end
  }
  if (parts.length === 0) return xml
  parts.push(xml.slice(last))
  return parts.join('')
}
