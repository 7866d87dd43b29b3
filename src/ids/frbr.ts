/**
 * AKN/JOIN work and expression identifiers of the besluit, regeling and doel, from visie.json
 * (stop-lvbb.md §3.1). Examples for Assen:
 *   besluit  /akn/nl/bill/gm0106/2026/omgevingsvisie  →  …/nld@2026-02-19;1
 *   regeling /akn/nl/act/gm0106/2026/omgevingsvisie   →  …/nld@2026-02-19;1
 *   doel     /join/id/proces/gm0106/2026/omgevingsvisie
 */
import type { VisieConfig } from '../config/index.js'

export interface FrbrIds {
  readonly besluitWork: string
  readonly besluitExpression: string
  readonly regelingWork: string
  readonly regelingExpression: string
  readonly doel: string
}

export function frbrIds(config: VisieConfig): FrbrIds {
  const { bevoegdGezag: bg, werk, datums } = config
  const besluitWork = `/akn/nl/bill/${bg}/${werk.jaar}/${werk.besluit}`
  const regelingWork = `/akn/nl/act/${bg}/${werk.jaar}/${werk.regeling}`
  const expression = (work: string) => `${work}/nld@${datums.vaststelling};${werk.versie}`
  return {
    besluitWork,
    besluitExpression: expression(besluitWork),
    regelingWork,
    regelingExpression: expression(regelingWork),
    doel: `/join/id/proces/${bg}/${werk.jaar}/${werk.doel}`,
  }
}

/** The work of an expression: everything before the language part (`/nld@…`). */
export function workOf(expression: string): string {
  const at = expression.lastIndexOf('/')
  return at > 0 && expression.slice(at).includes('@') ? expression.slice(0, at) : expression
}
