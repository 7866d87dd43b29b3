/**
 * VISIE-603: the geometry is not OGC simple-feature valid (jsts IsValidOp: self-intersection, hole outside shell,
 * nested shells, …), with the reason and the coordinate. The chain refuses such GIOs (GEOMETRY.03.x in the LVBB).
 * Only judged when the rings are well-formed (closed, ≥ 4 points, numeric): those causes have their own rules.
 */
import { geoRule } from './rule-helpers.js'

export const visie603 = geoRule({
  code: 'VISIE-603',
  title: 'Geometrie is niet OGC-geldig (zelfdoorsnijding e.d.)',
  message: (d) => `Geometrie ${d.id} in ${d.bestand} is ongeldig: ${d.reden}${d.x !== undefined ? ` bij (${d.x} ${d.y})` : ''}.`,
  find: (g) =>
    g.invalid
      ? { data: { fout: g.invalid.fout, reden: g.invalid.reden, ...(g.invalid.x !== undefined ? { x: g.invalid.x, y: g.invalid.y ?? 0 } : {}) }, line: g.line }
      : undefined,
})
