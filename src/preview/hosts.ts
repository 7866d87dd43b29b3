/**
 * Which STOP elements show findings at their top (hosts) and how an element's wId maps to its host: inline
 * elements (ExtIoRef, IntIoRef, …) and lists hand their findings to the nearest host above them.
 */
import type { XmlElement } from '../package/xml-tree.js'

export const SECTIONS_AND_BLOCK_HOSTS = new Set([
  'Divisie', 'Divisietekst', 'Boek', 'Deel', 'Hoofdstuk', 'Titel', 'Afdeling', 'Paragraaf', 'Subparagraaf',
  'Subsubparagraaf', 'Artikel', 'WijzigArtikel', 'Bijlage', 'Toelichting', 'AlgemeneToelichting',
  'ArtikelgewijzeToelichting', 'Motivering', 'WijzigBijlage', 'Li', 'Begrip', 'Figuur', 'table', 'Aanhef',
  'Sluiting', 'Lid', 'Kadertekst', 'RegelingOpschrift',
])

export interface HostIndex {
  readonly hostOf: Map<string, string>
  readonly wIdOfEId: Map<string, string>
}

/** Walks the besluit once: wId → host wId, and eId → wId (first occurrence wins; eIds repeat across components). */
export function indexHosts(root: XmlElement | undefined): HostIndex {
  const hostOf = new Map<string, string>()
  const wIdOfEId = new Map<string, string>()
  const walk = (el: XmlElement, host: string | undefined): void => {
    const wId = el.attrs.wId
    let here = host
    if (wId) {
      if (SECTIONS_AND_BLOCK_HOSTS.has(el.name) || host === undefined) here = wId
      hostOf.set(wId, here as string)
      if (el.attrs.eId && !wIdOfEId.has(el.attrs.eId)) wIdOfEId.set(el.attrs.eId, wId)
    }
    for (const c of el.children) if (c.kind === 'element') walk(c, here)
  }
  if (root) walk(root, undefined)
  return { hostOf, wIdOfEId }
}
