/**
 * GML coordinates shrunk to what the official rules read of them, before saxon-js parses a GIO: of all STOP 1.3.0 /
 * LVBB 1.2.0 rules only STOP3019 (imop-geo.sch, sch_basisgeo_001) reads coordinate text, and only whether the
 * concatenated gml:posList / gml:pos / gml:coordinates values contain a digit. So each such text with a digit becomes
 * `0` (keeping its line breaks, so line numbers stay exact); texts without one, or with markup or entity references
 * inside, are left as they are. A 100 MB GIO then costs saxon-js kilobytes instead of a 100 MB tree.
 */
import { COORDINATE_ELEMENTS, countNewlines, GML_NS, prefixesOf, qualified, rewriteContents } from './text-scan.js'

export function reduceCoordinates(xml: string): string {
  const names = qualified(prefixesOf(xml, GML_NS), COORDINATE_ELEMENTS)
  return rewriteContents(xml, names, (text) =>
    text.includes('<') || text.includes('&') || !/\d/.test(text) ? undefined : `0${'\n'.repeat(countNewlines(text))}`,
  )
}
