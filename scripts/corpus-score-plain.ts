/**
 * Scores the text reader on `pdftotext` without `-raw` or `-layout` (the extraction a user gets by default) of each
 * corpus `document.pdf`: `npx tsx scripts/corpus-score-plain.ts [dev|holdout|all] [-v] [ids…]`. Needs `pdftotext`
 * (poppler-utils). The extractions go to a temporary folder that is removed afterwards; five of them are kept in the
 * corpus as `plain.txt` for `test/corpus/corpus-plain.test.ts`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusDocuments, scoreDocument, type Score } from '../test/corpus/score.js'
import { printScore, printTotal, scoreArgs } from './corpus/print-score.js'

const { set, verbose, only } = scoreArgs(process.argv)
const work = mkdtempSync(join(tmpdir(), 'visie-plain-'))
try {
  const scores: Score[] = []
  for (const d of corpusDocuments(set)) {
    if (only.length > 0 && !only.includes(d.id)) continue
    const pdf = join(d.dir, 'document.pdf')
    if (!existsSync(pdf)) continue
    const dir = join(work, d.id)
    mkdirSync(dir)
    execFileSync('pdftotext', [pdf, join(dir, 'plain.txt')])
    const s = scoreDocument(d.id, dir, d.truth, 'plain')
    printScore(s, verbose)
    scores.push(s)
  }
  printTotal('totaal', scores)
} finally {
  rmSync(work, { recursive: true, force: true })
}
