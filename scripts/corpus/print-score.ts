/**
 * The table the corpus-score scripts print: one line per document and reading, what was missed with `-v`, and
 * the totals. One place, so that the text, PDF and DOCX figures read alike.
 */
import type { Score } from '../../test/corpus/score.js'

export interface ScoreArgs {
  readonly set: 'dev' | 'holdout' | 'all'
  readonly verbose: boolean
  /** Document ids given on the command line (`c06 h04`); empty: all of the set. */
  readonly only: readonly string[]
}

export function scoreArgs(argv: readonly string[]): ScoreArgs {
  const args = argv.slice(2)
  return {
    set: (args.find((a) => a === 'dev' || a === 'holdout' || a === 'all') ?? 'dev') as ScoreArgs['set'],
    verbose: args.includes('-v'),
    only: args.filter((a) => /^[a-z]\d{2,3}$/u.test(a)),
  }
}

export function printScore(s: Score, verbose: boolean): void {
  const pct = s.koppen.totaal === 0 ? 100 : (100 * s.koppen.goed) / s.koppen.totaal
  const mark = (o: { gevonden: string; verwacht: string }): string => (o.gevonden === o.verwacht ? '✓' : '✗')
  console.log(
    `${s.id.padEnd(5)} ${s.extractie.padEnd(6)} koppen ${String(s.koppen.goed).padStart(3)}/${String(s.koppen.totaal).padEnd(3)} ${pct.toFixed(0).padStart(3)}% (+${s.koppen.extra})` +
      `  gio ${s.gios.goed}/${s.gios.totaal}  meubilair ${s.meubilair.length}  items ${s.lijstitems.gevonden}/${s.lijstitems.verwacht}  tab ${s.tabellen.gevonden}/${s.tabellen.verwacht}` +
      `  art ${s.artikelen.gevonden.join(',')}${s.artikelen.gevonden.join() === s.artikelen.verwacht.join() ? '' : ` (verwacht ${s.artikelen.verwacht.join(',')})`}` +
      `  bijl ${s.bijlagen.gevonden.length}/${s.bijlagen.verwacht.length}  blok ${s.blokkerend.length}` +
      `  opschrift ${mark(s.opschriften.besluit)}${mark(s.opschriften.visie)}`,
  )
  if (!verbose) return
  for (const m of s.koppen.gemist) console.log(`      gemist: ${m}`)
  for (const m of s.gios.gemist) console.log(`      gio gemist: ${m}`)
  for (const m of s.meubilair) console.log(`      meubilair: ${m}`)
  for (const m of s.blokkerend) console.log(`      blokkerend: ${m}`)
  for (const [wat, o] of Object.entries(s.opschriften)) if (o.gevonden !== o.verwacht) console.log(`      opschrift ${wat}: "${o.gevonden}" — verwacht "${o.verwacht}"`)
  if (s.bijlagen.gevonden.join('|') !== s.bijlagen.verwacht.join('|')) console.log(`      bijlagen: ${s.bijlagen.gevonden.join(' | ')} — verwacht ${s.bijlagen.verwacht.join(' | ')}`)
}

export function printTotal(label: string, scores: readonly Score[]): void {
  const sum = (f: (s: Score) => number): number => scores.reduce((n, s) => n + f(s), 0)
  const koppen = sum((s) => s.koppen.goed)
  const koppenTotaal = sum((s) => s.koppen.totaal)
  console.log(`${label}: koppen ${koppen}/${koppenTotaal} (${((100 * koppen) / Math.max(1, koppenTotaal)).toFixed(1)}%), gio ${sum((s) => s.gios.goed)}/${sum((s) => s.gios.totaal)}`)
}
