/**
 * Builds every corpus document through the whole pipeline, as a user would with `visie build`, once per source form:
 * `npx tsx scripts/corpus-build.ts [dev|holdout|all] [ids…] [--vormen raw,layout,pdf,docx]`. Per document and form
 * it prints whether a ZIP came out and the blocking findings of every validation layer (build runs them all), then
 * the count of forms that give a ZIP with 0 blocking findings. Needs the schemas (VISIE_SCHEMAS or the installed set).
 */
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPackage } from '../src/build/index.js'
import { isBlocking } from '../src/model/index.js'
import { corpusDocuments } from '../test/corpus/score.js'
import { scoreArgs } from './corpus/print-score.js'

const FORMS = { raw: 'raw.txt', layout: 'layout.txt', pdf: 'document.pdf', docx: 'bron.docx' } as const
type Form = keyof typeof FORMS

const { set, only } = scoreArgs(process.argv)
const at = process.argv.indexOf('--vormen')
const forms = (at > 0 ? (process.argv[at + 1] ?? '').split(',') : Object.keys(FORMS)).filter((f): f is Form => f in FORMS)
const schemasDir = process.env.VISIE_SCHEMAS
const work = await mkdtemp(join(tmpdir(), 'visie-corpus-build-'))
let good = 0
let total = 0
try {
  for (const d of corpusDocuments(set)) {
    if (only.length > 0 && !only.includes(d.id)) continue
    for (const form of forms) {
      const file = FORMS[form]
      if (!existsSync(join(d.dir, file))) continue
      const project = join(work, `${d.id}-${form}`)
      await cp(d.dir, project, { recursive: true })
      const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8')) as Record<string, unknown>
      await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: file }))
      let line: string
      try {
        const result = await buildPackage(project, schemasDir ? { schemasDir } : {})
        const blocking = result.findings.filter(isBlocking)
        // A document the LVBB cannot accept as it stands (truth `levering`) is right when it blocks with exactly its codes.
        const expected = d.truth.levering?.blokkerend
        const ok = expected
          ? result.zip === undefined && [...new Set(blocking.map((f) => f.code))].sort().join() === [...expected].sort().join()
          : result.zip !== undefined && blocking.length === 0
        if (ok) good++
        line = `${ok ? 'ok ' : 'NEE'}${expected ? ` (verwacht ${expected.join(', ')})` : ''} zip ${result.zip ? 'ja ' : 'nee'} blokkerend ${blocking.length}${blocking.length ? `: ${[...new Set(blocking.map((f) => `${f.code}${f.source?.line ? `@${f.source.line}` : ''}`))].slice(0, 8).join(' ')}` : ''}`
      } catch (e) {
        line = `NEE fout: ${(e as Error).message.slice(0, 160)}`
      }
      total++
      console.log(`${d.id.padEnd(5)} ${form.padEnd(6)} ${line}`)
      await rm(project, { recursive: true, force: true })
    }
  }
} finally {
  await rm(work, { recursive: true, force: true })
}
console.log(`totaal: ${good}/${total} vormen zoals verwacht (een ZIP met 0 blokkerende bevindingen, of de blokkerende codes van truth.levering)`)
