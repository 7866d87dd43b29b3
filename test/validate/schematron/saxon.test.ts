import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileSchematron, loadRuleFile, stylesheetOf } from '../../../src/validate/schematron/index.js'
import { compilerFingerprint } from '../../../src/validate/schematron/compile.js'
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

describe('loadRuleFile with a cache dir', () => {
  it('keys the translation by the source of every compiler module (compile, schema, candidates, text-scan)', () => {
    const fingerprint = compilerFingerprint() ?? ''
    for (const marker of ['export function compileSchematron(', 'export function parseSchema(', 'export function candidateSelect(', 'export function splitTopLevel(']) {
      expect(fingerprint).toContain(marker)
    }
  })

  it('keeps what the runner needs of a translation in <key>.rule.json and uses it instead of translating', () => {
    const cacheDir = mkdtempSync(join(dir, 'regels-'))
    const text = sch('index')
    for (const name of ['a.sch', 'b.sch', 'c.sch']) writeFileSync(join(dir, name), text)
    const first = loadRuleFile(join(dir, 'a.sch'), 'a.sch', 'stop', { cacheDir })
    const [index] = readdirSync(cacheDir).filter((n) => n.endsWith('.rule.json'))
    expect(JSON.parse(readFileSync(join(cacheDir, index ?? ''), 'utf8'))).toEqual({
      xslt: stylesheetKey(compileSchematron(text)),
      namespaces: [...first.info.namespaces],
      contextNamespaces: [],
      documentIndependent: true,
      patternNames: [['a']],
    })
    // A stand-in entry under the same key (same .sch text, same compiler) proves the entry is read.
    const entry = JSON.parse(readFileSync(join(cacheDir, index ?? ''), 'utf8')) as Record<string, unknown>
    writeFileSync(join(cacheDir, index ?? ''), JSON.stringify({ ...entry, contextNamespaces: ['urn:stand-in'] }))
    const second = loadRuleFile(join(dir, 'b.sch'), 'b.sch', 'stop', { cacheDir })
    expect([...second.info.contextNamespaces]).toEqual(['urn:stand-in'])
    expect(second.xslt).toBe(first.xslt)
    expect(readReport(transform(stylesheetOf(second, { cacheDir }), '<a x="1"/>')).map((f) => f.text)).toEqual(['index'])
    // A damaged entry is ignored and rewritten.
    writeFileSync(join(cacheDir, index ?? ''), '{"xslt": ')
    expect([...loadRuleFile(join(dir, 'c.sch'), 'c.sch', 'stop', { cacheDir }).info.contextNamespaces]).toEqual([])
    expect(JSON.parse(readFileSync(join(cacheDir, index ?? ''), 'utf8'))).toMatchObject({ contextNamespaces: [] })
  })
})

describe('loading saxon-js', () => {
  it('leaves out its HTTP client (axios and what it pulls in): nothing is fetched, and it loads faster', async () => {
    const require = createRequire(import.meta.url)
    const axios = createRequire(require.resolve('saxon-js')).resolve('axios')
    expect(transform(compileXslt(compileSchematron(sch('loaded'))), '<a x="1"/>')).toContain('loaded')
    const loaded = Object.keys(require.cache)
    expect(loaded.some((k) => /[\\/]node_modules[\\/]saxon-js[\\/]/.test(k))).toBe(true)
    expect(loaded.filter((k) => /[\\/]node_modules[\\/](follow-redirects|form-data|proxy-from-env)[\\/]/.test(k))).toEqual([])
    const client = require.cache[axios]?.exports as { get: (url: string) => Promise<unknown> }
    await expect(client.get('https://repository.officiele-overheidspublicaties.nl/')).rejects.toThrow('visie haalt niets van het netwerk')
  })
})
