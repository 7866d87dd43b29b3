/**
 * Progress on a terminal: one line per finished step with its duration, and a live counter for long steps.
 * Silent when stderr is no TTY, under CI, with --quiet or with --format json (product.md §2).
 */
import type { Io } from './io.js'

export interface Progress {
  step(name: string, ms: number, detail?: string): void
  done(): void
}

export function createProgress(io: Io, enabled: boolean): Progress {
  if (!enabled || !io.tty) return { step: () => {}, done: () => {} }
  let live = false
  return {
    step(name, ms, detail) {
      if (detail !== undefined) {
        io.err(`\r  ${name} ${detail}\u001b[K`)
        live = true
        return
      }
      io.err(`${live ? '\r' : ''}  ✓ ${name} (${Math.round(ms)} ms)\u001b[K\n`)
      live = false
    },
    done() {
      if (live) io.err('\n')
    },
  }
}
