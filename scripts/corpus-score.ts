/**
 * Prints how the text reader scores on the corpus: `npx tsx scripts/corpus-score.ts [dev|holdout|all] [-v]`.
 * Per document and extraction: headings exact (nummer, opschrift, level), GIO ids, furniture left, list items,
 * artikelen, bijlagen; `-v` lists what was missed.
 */
import { corpusDocuments, scoreDocument } from '../test/corpus/score.js'

const set = (process.argv.find((a) => a === 'dev' || a === 'holdout' || a === 'all') ?? 'dev') as 'dev' | 'holdout' | 'all'
const verbose = process.argv.includes('-v')
let koppen = 0
let koppenTotaal = 0
let gios = 0
let giosTotaal = 0
for (const d of corpusDocuments(set)) {
  for (const extractie of ['raw', 'layout'] as const) {
    const s = scoreDocument(d.id, d.dir, d.truth, extractie)
    koppen += s.koppen.goed
    koppenTotaal += s.koppen.totaal
    gios += s.gios.goed
    giosTotaal += s.gios.totaal
    const pct = s.koppen.totaal === 0 ? 100 : (100 * s.koppen.goed) / s.koppen.totaal
    console.log(
      `${d.id.padEnd(5)} ${extractie.padEnd(6)} koppen ${String(s.koppen.goed).padStart(3)}/${String(s.koppen.totaal).padEnd(3)} ${pct.toFixed(0).padStart(3)}% (+${s.koppen.extra})` +
        `  gio ${s.gios.goed}/${s.gios.totaal}  meubilair ${s.meubilair.length}  items ${s.lijstitems.gevonden}/${s.lijstitems.verwacht}` +
        `  art ${s.artikelen.gevonden.join(',')}${s.artikelen.gevonden.join() === s.artikelen.verwacht.join() ? '' : ` (verwacht ${s.artikelen.verwacht.join(',')})`}` +
        `  bijl ${s.bijlagen.gevonden.length}/${s.bijlagen.verwacht.length}  blok ${s.blokkerend.length}` +
        `  opschrift ${s.opschriften.besluit.gevonden === s.opschriften.besluit.verwacht ? '✓' : '✗'}${s.opschriften.visie.gevonden === s.opschriften.visie.verwacht ? '✓' : '✗'}`,
    )
    if (verbose) {
      for (const m of s.koppen.gemist) console.log(`      gemist: ${m}`)
      for (const m of s.gios.gemist) console.log(`      gio gemist: ${m}`)
      for (const m of s.meubilair) console.log(`      meubilair: ${m}`)
      for (const m of s.blokkerend) console.log(`      blokkerend: ${m}`)
      for (const [wat, o] of Object.entries(s.opschriften)) if (o.gevonden !== o.verwacht) console.log(`      opschrift ${wat}: "${o.gevonden}" — verwacht "${o.verwacht}"`)
      if (s.bijlagen.gevonden.join('|') !== s.bijlagen.verwacht.join('|')) console.log(`      bijlagen: ${s.bijlagen.gevonden.join(' | ')} — verwacht ${s.bijlagen.verwacht.join(' | ')}`)
    }
  }
}
console.log(`totaal: koppen ${koppen}/${koppenTotaal} (${((100 * koppen) / Math.max(1, koppenTotaal)).toFixed(1)}%), gio ${gios}/${giosTotaal}`)
