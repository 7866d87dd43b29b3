/**
 * Done-when of issue 8: the Assen package from `visie build` validates with zero blocking findings through all
 * layers, official Schematron included — read back from its ZIP as anyone's package, and the layers really saw it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { readPackage } from '../../../src/package/read.js'
import { geoSurvey } from '../../../src/validate/geo/survey.js'
import { layers, validatePackage } from '../../../src/validate/index.js'
import { stopSide } from '../../../src/validate/lvbb/besluit.js'
import { owSide } from '../../../src/validate/ow/objects.js'
import { packageView } from '../../../src/validate/view.js'
import { fixture, schemasDir } from '../../support/shared.js'

test('the Assen ZIP passes pakket, stop, xsd, lvbb, geo and ow without blocking findings', async () => {
  const built = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  expect(built.zip).toBeDefined()
  const zip = join(await mkdtemp(join(tmpdir(), 'visie-assen-')), built.zipName)
  await writeFile(zip, built.zip as Buffer)
  const pkg = await readPackage(zip)

  const view = packageView(pkg, { schemasDir: schemasDir() })
  expect(stopSide(view).informatieobjecten).toHaveLength(13) // the 13 GIOs of Bijlage I
  expect(geoSurvey(view).geometrieen.length).toBeGreaterThanOrEqual(13)
  expect(owSide(view).stop.soortRegeling).toBe('/join/id/stop/regelingtype_006')

  const report = await validatePackage(pkg, { schemasDir: schemasDir() })
  expect(layers.map((l) => l.name)).toEqual(['pakket', 'stop', 'xsd', 'lvbb', 'geo', 'ow'])
  expect(report.findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
})
