/**
 * Prints how the PDF reader scores on the corpus: `npx tsx scripts/corpus-score-pdf.ts [dev|holdout|all] [-v] [ids…]`.
 * Each document's `document.pdf` read by `readDocument` (pdfjs-dist), with the same figures as
 * scripts/corpus-score.ts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDocument } from '../src/read/index.js'
import { corpusDocuments, scoreRead, type Score } from '../test/corpus/score.js'
import { printScore, printTotal, scoreArgs } from './corpus/print-score.js'

const { set, verbose, only } = scoreArgs(process.argv)
const scores: Score[] = []
for (const d of corpusDocuments(set)) {
  if (only.length > 0 && !only.includes(d.id)) continue
  const file = 'document.pdf'
  const { document, findings } = await readDocument(readFileSync(join(d.dir, file)), { file })
  const s = scoreRead(d.id, d.truth, 'pdf', document, findings)
  printScore(s, verbose)
  scores.push(s)
}
printTotal('totaal pdf', scores)
