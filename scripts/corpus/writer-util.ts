/** Small helpers shared by the corpus documents in scripts/corpus/writer-docs/. */
import { createHash } from 'node:crypto'
import type { LevelFormat } from './writer-model.js'

/** A GIO work name of 32 hex characters, derived from the bevoegd gezag and the GIO naam (stable). */
export const hex32 = (code: string, naam: string): string => createHash('sha256').update(`${code}:${naam}`).digest('hex').slice(0, 32)

/** `/join/id/regdata/<code>/<jaar>/<werk>/nld@<datum>;<versie>` */
export const joinId = (code: string, jaar: string, werk: string, datum: string, versie = '1'): string =>
  `/join/id/regdata/${code}/${jaar}/${werk}/nld@${datum};${versie}`

/** Outline "1", "1.1", "1.1.1", "1.1.1.1" (suffix per level optional). */
export const decimalOutline = (suffix = '', start = 1): [LevelFormat, LevelFormat, LevelFormat, LevelFormat] => [
  { format: '1', display: 1, suffix, start },
  { format: '1', display: 2, suffix, start: 1 },
  { format: '1', display: 3, suffix, start: 1 },
  { format: '1', display: 4, suffix, start: 1 },
]

export const A4 = (top: number, bottom: number, left: number, right: number) => ({ width: 21, height: 29.7, top, bottom, left, right })
