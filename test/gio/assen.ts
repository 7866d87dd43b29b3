/**
 * Test inputs for the GIO step: the Assen project context and the 13 Bijlage I entries, typed by hand from
 * stop-lvbb.md §3.1 (the text reader's output must agree; the integration test checks that once it has landed).
 */
import { loadConfig } from '../../src/config/index.js'
import type { InformatieobjectVermelding } from '../../src/model/index.js'
import { createContext, type BuildContext } from '../../src/build/context.js'
import { GIO_HEX } from '../support/assen.js'
import { fixture } from '../support/shared.js'

const PAIRS = GIO_HEX

export const assenInformatieobjecten: readonly InformatieobjectVermelding[] = PAIRS.map(([naam, hex]) => {
  const work = `/join/id/regdata/gm0106/2025/${hex}`
  return { naam, work, expression: `${work}/nld@2026-01-05;12452657` }
})

export const assenDocument = { informatieobjecten: assenInformatieobjecten }

export async function assenContext(): Promise<BuildContext> {
  const dir = fixture('assen')
  return createContext(await loadConfig(dir), dir)
}
