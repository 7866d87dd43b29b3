/** Shared helpers for the reader tests: the seed, the model walked as plain text, positions stripped. */
import { readFileSync } from 'node:fs'
import type { Document, Structuur } from '../../src/model/index.js'
import { fixture } from '../support/shared.js'

export const seedPath = fixture('assen', 'omgevingsvisie.txt')
export const seed = readFileSync(seedPath, 'utf8')

/** A deep copy without `position` (Markdown positions point into the Markdown file) and without `file`. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (k !== 'position' && k !== 'file') out[k] = withoutPositions(v)
  return out
}

/** Every string value in the model (texts, titles, koppen). */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out)
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out)
  return out
}

/** Divisies of the lichaam in document order with their depth. */
export function divisies(nodes: readonly Structuur[], depth = 1): { nummer: string; opschrift: string; depth: number }[] {
  return nodes.flatMap((n) =>
    n.type === 'divisie' ? [{ nummer: n.kop.nummer ?? '', opschrift: n.kop.opschrift ?? '', depth }, ...divisies(n.children, depth + 1)] : [],
  )
}

export function lichaam(d: Document): readonly Structuur[] {
  return d.besluit.wijzigBijlage.regeling.lichaam
}

/** The text the reader produced: inline text values, kop titles and figure titles (not numbers or identifiers). */
export function textValues(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) textValues(v, out)
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (o.type === 'text' && typeof o.value === 'string') out.push(o.value)
    if (typeof o.opschrift === 'string') out.push(o.opschrift)
    if (o.type === 'figuur' && typeof o.titel === 'string') out.push(o.titel)
    for (const [k, v] of Object.entries(o)) if (k !== 'position') textValues(v, out)
  }
  return out
}
