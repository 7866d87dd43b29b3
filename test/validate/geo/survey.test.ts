/**
 * reducedGml keeps one reduced GML for its second reader (the Schematron layer asks first, the xsd layer second):
 * the one of the largest file, on pv28, whose large GML (DeltaVisie, 215 kB) comes before its small one (Metropool, 80 kB).
 * And it says where every geometry has one coordinate element at most (imop-geo then reads the GIO unpruned).
 */
import { describe, expect, test } from 'vitest'
import { packageFromFiles } from '../../../src/package/read.js'
import { reducedGml } from '../../../src/validate/geo/survey.js'
import { disposeView, packageView } from '../../../src/validate/view.js'
import { schemasDir } from '../../support/shared.js'
import { loadPv28 } from '../package-fixtures.js'
import { buildPackage } from '../../../src/build/index.js'
import { fixture } from '../../support/shared.js'

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

  test('witnessesOnly: one coordinate element per geometry, not where a geometry has a hole', async () => {
    const built = await buildPackage(fixture('assen'), {})
    const pkg = packageFromFiles('assen', built.files.map((f) => ({ name: f.path, bytes: f.bytes })))
    const view = packageView(pkg, { schemasDir: schemasDir() })
    try {
      // Three Gebieden, three rings; one Gebied with a hole (two rings); one polygon and its hole (Natura 2000).
      expect(reducedGml(view, 'GIO-wijkaanpak.gml')?.witnessesOnly).toBe(true)
      expect(reducedGml(view, 'GIO-wonen.gml')?.witnessesOnly).toBe(false)
      expect(reducedGml(view, 'GIO-natura-2000-gebied.gml')?.witnessesOnly).toBe(false)
    } finally {
      disposeView(pkg)
    }
  })
})
