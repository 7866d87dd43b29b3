/**
 * reducedGml keeps one reduced GML for its second reader (the Schematron layer asks first, the xsd layer second):
 * the one of the largest file, on pv28, whose large GML (DeltaVisie, 215 kB) comes before its small one (Metropool, 80 kB).
 */
import { describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../../src/package/read.js'
import { reducedGml } from '../../../src/validate/geo/survey.js'
import { disposeView, packageView } from '../../../src/validate/view.js'
import { schemasDir } from '../../support/shared.js'
import { loadPv28 } from '../package-fixtures.js'

describe('reducedGml', () => {
  test('the largest GML reduced is kept for its second reader, not the last one made', async () => {
    const pkg = packageFromFiles('pv28', await loadPv28())
    const view = packageView(pkg, { schemasDir: schemasDir() })
    try {
      const large = reducedGml(view, 'DeltaVisie-v1.gml')
      const small = reducedGml(view, 'Metropool-v1.gml')
      expect(large).toBeDefined()
      expect(small).toBeDefined()
      // Second readers in entry order: the large one is the same object (not made again), the small one made anew.
      expect(reducedGml(view, 'DeltaVisie-v1.gml')).toBe(large)
      const again = reducedGml(view, 'Metropool-v1.gml')
      expect(again).not.toBe(small)
      expect(again).toEqual(small)
      // Kept for one more call only: a third reader gets the same bytes, made again.
      const third = reducedGml(view, 'DeltaVisie-v1.gml')
      expect(third).not.toBe(large)
      expect(Buffer.from(third?.bytes ?? []).equals(Buffer.from(large?.bytes ?? [1]))).toBe(true)
    } finally {
      disposeView(pkg)
    }
  })
})
