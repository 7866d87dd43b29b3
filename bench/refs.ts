/**
 * Issue 18 / issue 15 item 6: a package with 1 000 cross-references validates in ≤ 10 s. The Assen package (built in
 * memory, unpacked into a temp folder) gets 500 IntRefs to eIds of its visie and 500 IntIoRefs to its ExtIoRefs, all
 * correct, in the paragraph that holds the first IntIoRef; `visie validate` (the compiled CLI, all layers) runs on
 * it and on the unchanged package, side by side. The report of the two must have the same blocking findings (the
 * references are correct), else the row says so.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPackage } from '../src/build/index.js'
import { emit, timeCommand, type Goal } from './lib.js'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const schemas = process.env.VISIE_SCHEMAS ?? resolve(repo, '.cache', 'schemas')
const cli = join(repo, 'bin', 'visie')
const N = 500

/** besluit.xml with `n` IntRefs and `n` IntIoRefs more, after the first IntIoRef (which must exist). */
export function withReferences(besluit: string, n: number): string {
  const first = /<IntIoRef [^>]*>[^<]*<\/IntIoRef>/.exec(besluit)
  if (!first) throw new Error('besluit.xml heeft geen IntIoRef om naast te zetten')
  const targets = [...besluit.matchAll(/ eId="(div_[^"]*)"/g)].map((m) => m[1] as string)
  if (targets.length === 0) throw new Error('besluit.xml heeft geen eId in de visie')
  const refs: string[] = []
  for (let i = 0; i < n; i++) {
    refs.push(` <IntRef ref="${targets[i % targets.length]}">verwijzing ${i + 1}</IntRef>`)
    refs.push(` ${first[0].replace(/(e|w)Id="([^"]*)ref_o_\d+"/g, (_, k: string, stem: string) => `${k}Id="${stem}ref_o_${i + 1000}"`)}`)
  }
  return besluit.replace(first[0], `${first[0]}${refs.join('')}`)
}

function validate(dir: string, name: string, compare?: string, goal?: Goal) {
  const row = timeCommand(name, process.execPath, [cli, 'validate', dir, '--format', 'json', '--datum', '2026-01-10'], { VISIE_SCHEMAS: schemas }, 180_000)
  return { ...row, ...(compare ? { compare } : {}), ...(goal ? { goal } : {}) }
}

function blocking(dir: string): string[] {
  const r = spawnSync(process.execPath, [cli, 'validate', dir, '--format', 'json', '--datum', '2026-01-10'], { encoding: 'utf8', env: { ...process.env, VISIE_SCHEMAS: schemas }, maxBuffer: 1 << 26 })
  const report = JSON.parse(r.stdout) as { bevindingen: { code: string; ernst: string }[] }
  return report.bevindingen.filter((f) => f.ernst === 'blokkerend').map((f) => f.code).sort()
}

const tmp = mkdtempSync(join(tmpdir(), 'visie-bench-refs-'))
try {
  const built = await buildPackage(join(repo, 'fixtures', 'assen'), { schemasDir: schemas })
  const plain = join(tmp, 'assen')
  const many = join(tmp, 'assen-1000-refs')
  for (const dir of [plain, many]) {
    mkdirSync(dir)
    for (const f of built.files) writeFileSync(join(dir, f.path), f.bytes)
  }
  const besluit = join(many, 'besluit.xml')
  writeFileSync(besluit, withReferences(readFileSync(besluit, 'utf8'), N))
  const same = blocking(plain).join(',') === blocking(many).join(',')
  const reference = validate(plain, 'validate Assen (map, referentie voor 1 000 verwijzingen)')
  const measured = validate(many, `validate Assen + ${N} IntRefs + ${N} IntIoRefs`, reference.name, { ms: 10_000, ratio: 2 })
  emit({ ...measured, note: same ? 'zelfde blokkerende bevindingen als zonder' : 'ANDERE blokkerende bevindingen dan zonder: de generator klopt niet' })
  emit(reference)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
