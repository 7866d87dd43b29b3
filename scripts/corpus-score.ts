/**
 * Prints how the text reader scores on the corpus: `npx tsx scripts/corpus-score.ts [dev|holdout|all] [-v] [ids…]`.
 * Per document and extraction: headings exact (nummer, opschrift, level), GIO ids, furniture left, list items,
 * tables, artikelen, bijlagen, blocking findings, besluit and visie opschrift; `-v` lists what was missed.
 */
import { corpusDocuments, scoreDocument, type Score } from '../test/corpus/score.js'
import { printScore, printTotal, scoreArgs } from './corpus/print-score.js'

const { set, verbose, only } = scoreArgs(process.argv)
const scores: Score[] = []
for (const d of corpusDocuments(set)) {
  if (only.length > 0 && !only.includes(d.id)) continue
  for (const extractie of ['raw', 'layout'] as const) {
    const s = scoreDocument(d.id, d.dir, d.truth, extractie)
    printScore(s, verbose)
    scores.push(s)
  }
}
printTotal('totaal', scores)
