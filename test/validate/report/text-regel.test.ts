/** The text report prints a finding's line once: XSD messages already say "<bestand>, regel N", other layers' do not. */
import { describe, expect, test } from 'vitest'
import { formatText } from '../../../src/validate/report/index.js'
import { edit, loadFolder, loadPv28, pv28, validateFiles } from '../package-fixtures.js'

describe('formatText and the line of a finding', () => {
  test('a schema finding in opdracht.xml (LVBB1006) shows "regel 7" once; an lvbb finding keeps its "regel N:" prefix', async () => {
    const files = edit(await loadPv28(), 'opdracht.xml', (t) => t.replace('<datumBekendmaking>2021-11-19<', '<datumBekendmaking>19-11-2021<'))
    const report = await validateFiles(files, ['xsd', 'lvbb'])
    const lines = formatText(report).split('\n')
    const xsd = lines.filter((l) => l.startsWith('    LVBB1006 '))
    expect(xsd).toHaveLength(1)
    expect(xsd[0]).toMatch(/^ {4}LVBB1006 \(blokkerend\) opdracht\.xml, regel 7: voldoet niet aan het schema/)
    expect(xsd[0]?.match(/regel 7/g)).toHaveLength(1)
    expect(lines.filter((l) => l.startsWith('    LVBB1501 '))).toEqual([
      "    LVBB1501 (blokkerend) regel 7: datumBekendmaking '19-11-2021' in opdracht.xml is geen datum in de vorm JJJJ-MM-DD.",
    ])
  })
})
