/**
 * The catalogue meta-test (issue 15 item 5; eslint's "every rule has a test and a doc"): every code spelled in src/
 * is in the catalogue (so `--regels` lists it), every code of the catalogue is asserted by some test, and a code is
 * emitted from one module only. Exceptions are named here with their reason, never silently skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { catalogue } from '../../src/validate/catalogue.js'
import { repoRoot } from '../support/shared.js'

const CODE = /'(VISIE-\d+|LVBB\d{4}|TPOD\d{4}|OZON\d{4}|STOP\d{4}|BHKV\d{4}|GEOMETRY\.\d+\.\d+|REFERENTIE\.\d+)'|^\s+(TPOD\d{4}|STOP\d{4}): \{/gm

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []))
}

/** Code → the files that spell it in code (comment lines left out). */
function spelled(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const f of files(dir).filter((x) => !x.endsWith('catalogue.test.ts'))) {
    const code = readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
      .join('\n')
    for (const m of code.matchAll(CODE)) {
      const c = (m[1] ?? m[2]) as string
      const list = out.get(c) ?? []
      const rel = relative(repoRoot, f)
      if (!list.includes(rel)) list.push(rel)
      out.set(c, list)
    }
  }
  return out
}

const inSrc = spelled(join(repoRoot, 'src'))
/** Where a code gets its severity and message: `code: 'X'` in a rule or finding literal, or a table key `'X': {`. */
const DECLARED = /code: '([A-Z][A-Z0-9.-]+)'|^\s+'?((?:VISIE-|LVBB|TPOD|OZON|STOP|BHKV)[0-9]+)'?: \{|\breport\('([A-Z][A-Z0-9.-]+)', '/gm
const declared = new Map<string, string[]>()
for (const f of files(join(repoRoot, 'src'))) {
  if (f.endsWith('catalogue.ts')) continue
  for (const m of readFileSync(f, 'utf8').matchAll(DECLARED)) {
    const c = (m[1] ?? m[2] ?? m[3]) as string
    const list = declared.get(c) ?? []
    const rel = relative(repoRoot, f)
    if (!list.includes(rel)) list.push(rel)
    declared.set(c, list)
  }
}
/** In tests a code counts wherever it is written as a word (in a string, a regex, a test name). */
const inTests = new Set(
  files(join(repoRoot, 'test'))
    .filter((f) => !f.endsWith('catalogue.test.ts'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(VISIE-\d+|LVBB\d{4}|TPOD\d{4}|OZON\d{4}|STOP\d{4}|BHKV\d{4}|GEOMETRY\.\d+\.\d+|REFERENTIE\.\d+|XSD)\b/g)].map((m) => m[1] as string)),
)
const codes = [...new Set(catalogue.map((e) => e.code))]

const noTestYet = 'no test asserts it yet (issue 15 follow-up)'
const wijziging = 'reported while building a wijzigingsbesluit (issue 17, another developer); no test asserts the code yet'
const regelObjecten = 'OW regel objects (RegelVoorIedereen, Instructieregel, Pons, Kaartlaag, groepen of Lijn/Punt) do not occur in an omgevingsvisie; no fixture has them yet'
/** Codes no test asserts yet, each with the reason. A code that gets a test must leave this list (checked below). */
const untested: Readonly<Record<string, string>> = {
  OZON0038: regelObjecten, OZON0040: regelObjecten, OZON0041: regelObjecten, OZON0045: regelObjecten, OZON0046: regelObjecten,
  OZON0047: regelObjecten, OZON0059: regelObjecten, OZON0065: regelObjecten, OZON0067: regelObjecten, OZON0068: regelObjecten,
  OZON0217: regelObjecten, OZON0349: regelObjecten, OZON0109: regelObjecten,
  OZON0076: noTestYet, OZON0203: noTestYet,
  TPOD2489: noTestYet, 'VISIE-108': noTestYet, 'VISIE-305': noTestYet,
  'VISIE-407': noTestYet, 'VISIE-852': noTestYet, 'VISIE-853': noTestYet,
  'VISIE-855': noTestYet, 'VISIE-901': wijziging, 'VISIE-902': wijziging, 'VISIE-903': wijziging, 'VISIE-904': wijziging,
  'VISIE-905': wijziging, 'VISIE-907': wijziging,
  'VISIE-910': wijziging, 'VISIE-913': wijziging, 'VISIE-920': wijziging,
}

/**
 * Codes reported from two modules, with the reason. The build-time writer checks (src/stop, src/ow, src/ids: other
 * developers' folders) report the chain's code for what the validator reports again on the written package. TPOD1110
 * was here too; the validator now reports OZON2041, OZON's code for it, and src/ow keeps TPOD1110 for visie.json.
 */
const twoPlaces: Readonly<Record<string, string>> = {
  LVBB1013: 'src/stop/besluit/figuur.ts refuses a transparent image while building; the pakket layer checks the ZIP',
  LVBB3151: 'src/stop/besluit/consolidatie.ts checks the model while building; the lvbb layer checks the package',
  LVBB4002: 'src/stop/besluit/consolidatie.ts checks the model while building; the lvbb layer checks the package',
  TPOD2504: 'src/ow/gebiedsaanwijzingen.ts refuses a type while building; the ow layer checks the package',
}

describe('one catalogue of findings', () => {
  test('every code spelled in src/ is in the catalogue', () => {
    const missing = [...inSrc.keys()].filter((c) => !codes.includes(c)).sort()
    expect(missing).toEqual([])
  })

  test('a code has one layer and one severity in the catalogue', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const e of catalogue) {
      const key = `${e.layer}/${e.severity}`
      if (seen.has(e.code) && seen.get(e.code) !== key && !(e.code in twoPlaces)) clashes.push(`${e.code}: ${seen.get(e.code)} en ${key}`)
      seen.set(e.code, key)
    }
    expect(clashes).toEqual([])
  })

  test('every code of the catalogue is asserted by a test', () => {
    const without = codes.filter((c) => !inTests.has(c) && !(c in untested)).sort()
    expect(without).toEqual([])
    expect(Object.keys(untested).filter((c) => inTests.has(c) || !codes.includes(c))).toEqual([])
  })

  test('a code is declared (severity and message) in one module; the named exceptions really are in two', () => {
    const many = [...declared].filter(([, fs]) => fs.length > 1)
    const unexplained = many.filter(([c]) => !(c in twoPlaces)).map(([c, fs]) => `${c}: ${fs.join(', ')}`)
    expect(unexplained).toEqual([])
    for (const c of Object.keys(twoPlaces)) expect(declared.get(c)?.length ?? 0).toBeGreaterThan(1)
  })
})
