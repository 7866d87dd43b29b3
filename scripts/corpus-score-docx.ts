/**
 * Prints how the DOCX reader scores on the corpus documents that have a `bron.docx` and on test/corpus/word:
 * `npx tsx scripts/corpus-score-docx.ts [dev|holdout|all] [-v]`. Same figures as scripts/corpus-score.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDocument } from '../src/read/index.js'
import type { Document, Finding } from '../src/model/index.js'
import { corpusDir, corpusDocuments, scoreRead } from '../test/corpus/score.js'

const set = (process.argv.find((a) => a === 'dev' || a === 'holdout' || a === 'all') ?? 'dev') as 'dev' | 'holdout' | 'all'
const verbose = process.argv.includes('-v')
let koppen = 0
let koppenTotaal = 0
let gios = 0
let giosTotaal = 0
for (const d of [...corpusDocuments(set), ...corpusDocuments(set, join(corpusDir, 'word'))]) {
  const file = ['bron.docx', 'word.docx'].find((f) => existsSync(join(d.dir, f)))
  if (file === undefined) continue
  const s = scoreRead(d.id, d.truth, 'docx', ...unpack(await readDocument(readFileSync(join(d.dir, file)), { file })))
  koppen += s.koppen.goed
  koppenTotaal += s.koppen.totaal
  gios += s.gios.goed
  giosTotaal += s.gios.totaal
  const pct = s.koppen.totaal === 0 ? 100 : (100 * s.koppen.goed) / s.koppen.totaal
  console.log(
    `${d.id.padEnd(5)} docx   koppen ${String(s.koppen.goed).padStart(3)}/${String(s.koppen.totaal).padEnd(3)} ${pct.toFixed(0).padStart(3)}% (+${s.koppen.extra})` +
      `  gio ${s.gios.goed}/${s.gios.totaal}  meubilair ${s.meubilair.length}  items ${s.lijstitems.gevonden}/${s.lijstitems.verwacht}` +
      `  art ${s.artikelen.gevonden.join(',')}${s.artikelen.gevonden.join() === s.artikelen.verwacht.join() ? '' : ` (verwacht ${s.artikelen.verwacht.join(',')})`}` +
      `  bijl ${s.bijlagen.gevonden.length}/${s.bijlagen.verwacht.length}  blok ${s.blokkerend.length}`,
  )
  if (verbose) {
    for (const m of s.koppen.gemist) console.log(`      gemist: ${m}`)
    for (const m of s.gios.gemist) console.log(`      gio gemist: ${m}`)
    for (const m of s.meubilair) console.log(`      meubilair: ${m}`)
    for (const m of s.blokkerend) console.log(`      blokkerend: ${m}`)
    if (s.bijlagen.gevonden.join('|') !== s.bijlagen.verwacht.join('|')) console.log(`      bijlagen: ${s.bijlagen.gevonden.join(' | ')} — verwacht ${s.bijlagen.verwacht.join(' | ')}`)
  }
}
console.log(`totaal docx: koppen ${koppen}/${koppenTotaal} (${((100 * koppen) / Math.max(1, koppenTotaal)).toFixed(1)}%), gio ${gios}/${giosTotaal}`)

function unpack(r: { document: Document; findings: readonly Finding[] }): [Document, readonly Finding[]] {
  return [r.document, r.findings]
}
