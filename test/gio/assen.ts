/**
 * Test inputs for the GIO step: the Assen project context and the 13 Bijlage I entries, typed by hand from
 * stop-lvbb.md §3.1 (the text reader's output must agree; the integration test checks that once it has landed).
 */
import { loadConfig } from '../../src/config/index.js'
import type { InformatieobjectVermelding } from '../../src/model/index.js'
import { createContext, type BuildContext } from '../../src/package/context.js'
import { fixture } from '../support/shared.js'

const PAIRS: readonly (readonly [string, string])[] = [
  ['bedrijventerreinen', 'db3febaefb6c48c185860c479551942c'],
  ['binnenstad', '949d926c0e284b379d1c0a7b3d12a29c'],
  ['doorontwikkeling van Kloosterveen', '98eface9498841bb9b28e246b431da71'],
  ['Havenkwartier', '23cfc5881b0347258af6b8807ce76be1'],
  ['Kazerneterrein', '1935ffb3a9d1424f80e4403fe1921d26'],
  ['Natura 2000 gebied', '22029825387249dcaa39bd679666af57'],
  ['sportverenigingen', '00ad72af69234629b1211dc366b76c40'],
  ['TRZ', '6d9724bfd9024d16b4b978eb1c9a710f'],
  ['Werklandschap Assen Zuid', '576f1454169e4c67a41b9f4b167a7bc5'],
  ['wijkaanpak', 'c2bcea7c55494eb194e61786b7dd69ee'],
  ['wijkwinkelcentra', '931b567b66f04d0b8cfa12e957cd8384'],
  ['wonen', 'c1f754a9a0bd4d1f9c3fd3430387d18a'],
  ['Zuidoost Assen', 'e78b18391e8d4b6f9503ac29dc09a9e3'],
]

export const assenInformatieobjecten: readonly InformatieobjectVermelding[] = PAIRS.map(([naam, hex]) => {
  const work = `/join/id/regdata/gm0106/2025/${hex}`
  return { naam, work, expression: `${work}/nld@2026-01-05;12452657` }
})

export const assenDocument = { informatieobjecten: assenInformatieobjecten }

export async function assenContext(): Promise<BuildContext> {
  const dir = fixture('assen')
  return createContext(await loadConfig(dir), dir)
}
