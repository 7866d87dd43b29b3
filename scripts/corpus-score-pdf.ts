/**
 * Prints how the PDF reader scores on the corpus: `npx tsx scripts/corpus-score-pdf.ts [dev|holdout|all] [-v] [ids…]`.
 * Each document's `document.pdf` read by `readDocument` (pdfjs-dist), with the same figures as
 * scripts/corpus-score.ts: headings exact (nummer, opschrift, level), GIO ids, furniture left, list items, tables,
 * artikelen, bijlagen and blocking findings; `-v` lists what was missed. Extra arguments (`c06 h04`) select documents.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Document, Finding } from '../src/model/index.js'
import { readDocument } from '../src/read/index.js'
import { corpusDocuments, scoreRead } from '../test/corpus/score.js'

const args = process.argv.slice(2)
const set = (args.find((a) => a === 'dev' || a === 'holdout' || a === 'all') ?? 'dev') as 'dev' | 'holdout' | 'all'
const verbose = args.includes('-v')
const only = args.filter((a) => /^[a-z]\d\d$/u.test(a))
let koppen = 0
let koppenTotaal = 0
let gios = 0
let giosTotaal = 0
for (const d of corpusDocuments(set)) {
  if (only.length > 0 && !only.includes(d.id)) continue
  const file = 'document.pdf'
  const s = scoreRead(d.id, d.truth, 'pdf', ...unpack(await readDocument(readFileSync(join(d.dir, file)), { file })))
  koppen += s.koppen.goed
  koppenTotaal += s.koppen.totaal
  gios += s.gios.goed
  giosTotaal += s.gios.totaal
  const pct = s.koppen.totaal === 0 ? 100 : (100 * s.koppen.goed) / s.koppen.totaal
  console.log(
    `${d.id.padEnd(5)} pdf    koppen ${String(s.koppen.goed).padStart(3)}/${String(s.koppen.totaal).padEnd(3)} ${pct.toFixed(0).padStart(3)}% (+${s.koppen.extra})` +
      `  gio ${s.gios.goed}/${s.gios.totaal}  meubilair ${s.meubilair.length}  items ${s.lijstitems.gevonden}/${s.lijstitems.verwacht}  tab ${s.tabellen.gevonden}/${s.tabellen.verwacht}` +
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
console.log(`totaal pdf: koppen ${koppen}/${koppenTotaal} (${((100 * koppen) / Math.max(1, koppenTotaal)).toFixed(1)}%), gio ${gios}/${giosTotaal}`)

function unpack(r: { document: Document; findings: readonly Finding[] }): [Document, readonly Finding[]] {
  return [r.document, r.findings]
}
