/**
 * An OW object's child element texts (OwValues) as both readers of OW files make them (objects.ts through libxml2,
 * objects-text.ts from the text): the places of the values made only when a rule asks for one.
 */
import type { Place } from '../xml.js'
import type { OwValues } from './objects.js'

/** Makes the places of one file's elements, however a reader identifies an element (N). */
export interface Places<N> {
  placeOf(node: N): Place
}

/**
 * The values of one object as one flat list (name, text, element, …): an object has a handful, and a Map of lists of
 * {value, place} for each was ~0.8 kB of the ~1.9 kB that each of 150 000 Locaties held.
 */
export class ValueList<N> implements OwValues {
  constructor(
    private readonly places: Places<N>,
    private readonly flat: readonly (string | N)[],
  ) {}

  get(name: string): readonly { readonly value: string; readonly at: Place }[] | undefined {
    let out: { value: string; at: Place }[] | undefined
    for (let i = 0; i < this.flat.length; i += 3) {
      if (this.flat[i] === name) (out ??= []).push({ value: this.flat[i + 1] as string, at: this.places.placeOf(this.flat[i + 2] as N) })
    }
    return out
  }

  has(name: string): boolean {
    for (let i = 0; i < this.flat.length; i += 3) if (this.flat[i] === name) return true
    return false
  }

  /** The first value named `name`, without its place. */
  first(name: string): string | undefined {
    for (let i = 0; i < this.flat.length; i += 3) if (this.flat[i] === name) return this.flat[i + 1] as string
    return undefined
  }

  names(): readonly string[] {
    const out = new Set<string>()
    for (let i = 0; i < this.flat.length; i += 3) out.add(this.flat[i] as string)
    return [...out]
  }
}
