/**
 * Prints how the DOCX reader scores on the corpus documents that have a `bron.docx` and on test/corpus/word:
 * `npx tsx scripts/corpus-score-docx.ts [dev|holdout|all] [-v] [ids…]`. Same figures as scripts/corpus-score.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDocument } from '../src/read/index.js'
import { corpusDir, corpusDocuments, scoreRead, type Score } from '../test/corpus/score.js'
import { printScore, printTotal, scoreArgs } from './corpus/print-score.js'

const { set, verbose, only } = scoreArgs(process.argv)
const scores: Score[] = []
for (const d of [...corpusDocuments(set), ...corpusDocuments(set, join(corpusDir, 'word'))]) {
  if (only.length > 0 && !only.includes(d.id)) continue
  const file = ['bron.docx', 'word.docx'].find((f) => existsSync(join(d.dir, f)))
  if (file === undefined) continue
  const { document, findings } = await readDocument(readFileSync(join(d.dir, file)), { file })
  const s = scoreRead(d.id, d.truth, 'docx', document, findings)
  printScore(s, verbose)
  scores.push(s)
}
printTotal('totaal docx', scores)
