import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileSchematron } from '../../../src/validate/schematron/index.js'
import { readReport } from '../../../src/validate/schematron/report.js'
import { compileXslt, stylesheetKey, transform } from '../../../src/validate/schematron/saxon.js'

const dir = mkdtempSync(join(tmpdir(), 'visie-schematron-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A schema only this file compiles, so the per-process memory cache does not hide the disk cache. */
const sch = (marker: string): string =>
  `<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><sch:pattern id="${marker}"><sch:rule context="a"><sch:report id="R" test="@x">${marker}</sch:report></sch:rule></sch:pattern></sch:schema>`

describe('compileXslt', () => {
  it('writes the SEF to the cache dir under the SHA-256 key of the XSLT, and that SEF runs', () => {
    const xslt = compileSchematron(sch('cache-write'))
    const compiled = compileXslt(xslt, dir)
    expect(compiled.kind).toBe('sef')
    const file = `${stylesheetKey(xslt)}.sef.json`
    expect(readdirSync(dir)).toContain(file)
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8'))).toMatchObject({ N: 'package', target: 'JS' })
    expect(readReport(transform(compiled, '<a x="1"/>')).map((f) => f.text)).toEqual(['cache-write'])
  })

  it('reads a cached SEF instead of compiling, and ignores a damaged cache file', () => {
    const good = compileSchematron(sch('cache-read'))
    const damaged = compileSchematron(sch('cache-damaged'))
    // A valid SEF of another stylesheet under this key proves the file was used and not recompiled.
    writeFileSync(join(dir, `${stylesheetKey(good)}.sef.json`), compileXslt(compileSchematron(sch('stand-in')), undefined).text)
    writeFileSync(join(dir, `${stylesheetKey(damaged)}.sef.json`), '{"N": "package", "C": [')
    expect(readReport(transform(compileXslt(good, dir), '<a x="1"/>')).map((f) => f.text)).toEqual(['stand-in'])
    expect(readReport(transform(compileXslt(damaged, dir), '<a x="1"/>')).map((f) => f.text)).toEqual(['cache-damaged'])
  })
})
