/**
 * How much the table of contents carries the outline (src/text/toc-headings.ts): each document whose text has a
 * contents is read again with the numbers of its chapter headings taken out of the body (test/corpus/mutate.ts), and
 * its headings are scored as corpus-score.ts does.
 * Run: npx tsx scripts/corpus-mutate-toc.ts [dev|holdout|all] [ids…]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSourceBytes } from '../src/parse/read-source.js'
import { hasContents, withoutChapterNumbers } from '../test/corpus/mutate.js'
import { corpusDocuments, scoreRead } from '../test/corpus/score.js'

const [set = 'dev', ...ids] = process.argv.slice(2)
let goed = 0
let totaal = 0
for (const d of corpusDocuments(set as 'dev' | 'holdout' | 'all').filter((d) => ids.length === 0 || ids.includes(d.id))) {
  for (const extractie of ['raw', 'layout'] as const) {
    const original = readFileSync(join(d.dir, `${extractie}.txt`), 'utf8')
    const { text, changed } = withoutChapterNumbers(original, d.truth)
    if (changed === 0 || !hasContents(original)) continue
    const { document, findings } = readSourceBytes(new TextEncoder().encode(text), { file: `${extractie}.txt` })
    const s = scoreRead(d.id, d.truth, extractie, document, findings)
    goed += s.koppen.goed
    totaal += s.koppen.totaal
    console.log(`${d.id.padEnd(5)} ${extractie.padEnd(6)} ${changed} hoofdstuknummers weg  koppen ${s.koppen.goed}/${s.koppen.totaal}  blok ${s.blokkerend.length}`)
  }
}
console.log(`totaal: koppen ${goed}/${totaal}`)
