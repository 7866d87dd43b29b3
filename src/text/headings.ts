/**
 * Numbered headings (`1`, `1.1`, `4.5.10`) and their sequence: a line is a heading when its number is one the
 * document can continue with (next sibling, first child, or the next number of an ancestor), product.md §5.
 */

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3}) (\p{Lu}.*)$/u
const MAX_HEADING_LENGTH = 100

export interface NumberedCandidate {
  readonly nummer: string
  readonly opschrift: string
}

/** The line's number and title when it has the shape of a numbered heading (not yet checked for sequence). */
export function numberedCandidate(text: string): NumberedCandidate | undefined {
  const m = NUMBERED.exec(text)
  if (!m || text.length > MAX_HEADING_LENGTH || /[.,;]$/.test(text)) return undefined
  return { nummer: m[1] as string, opschrift: (m[2] as string).trim() }
}

/** Tracks where the numbering stands; `expected()` lists the numbers that may come next. */
export class HeadingSequence {
  private path: number[] = []

  expected(): string[] {
    const p = this.path
    if (p.length === 0) return ['1']
    const out: string[] = []
    if (p.length < 4) out.push([...p, 1].join('.'))
    for (let depth = p.length; depth >= 1; depth--) {
      const prefix = p.slice(0, depth - 1)
      out.push([...prefix, (p[depth - 1] as number) + 1].join('.'))
    }
    return out
  }

  isExpected(nummer: string): boolean {
    return this.expected().includes(nummer)
  }

  /** Moves the sequence to `nummer` (also when it was out of sequence, so one slip gives one finding). */
  accept(nummer: string): void {
    this.path = nummer.split('.').map((n) => Number(n))
  }

  get depth(): number {
    return this.path.length
  }
}
