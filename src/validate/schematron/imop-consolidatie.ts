/**
 * The rules of STOP 1.3.0 imop-consolidatie.sch in TypeScript (ported.ts says how a port is used and why it reports
 * what the official run reports). Each context, test and value-of is the rule file's, evaluated as XPath defines it;
 * where XPath would raise an error (matches() of two instrumentVersies) the port gives up and the official file runs.
 */
import type { RawFailure } from './report.js'
import { Failures, NotPorted, unported, type Message } from './ported.js'
import { allElements, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { DATA } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-consolidatie.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_CONSOLIDATIE = '22e93c174a6bf99d53663d58761287fe816970a10684e4f53e4685b4f4de7dc2'

const data = (e: XmlElement | undefined, ...locals: string[]): boolean => e !== undefined && e.ns === DATA && locals.includes(e.local)
const kids = (e: XmlElement | undefined, local: string): XmlElement[] => (e === undefined ? [] : e.children.filter((c) => data(c, local)))

function single(seq: readonly string[]): string {
  if (seq.length > 1) throw new NotPorted('meer dan één waarde')
  return seq[0] ?? ''
}

/** The failures imop-consolidatie.sch reports on the document; throws NotPorted where the official file must run. */
export function consolidatieFailures(tree: XmlTree, messages: ReadonlyMap<string, Message>): RawFailure[] {
  const all = [...allElements(tree.root)]
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(messages)
  const each = (match: (e: XmlElement) => boolean, body: (e: XmlElement) => void): void => {
    for (const e of all) if (match(e)) body(e)
  }
  const doubles = (values: readonly string[]): boolean => new Set(values).size !== values.length
  /** matches(./data:<local>/string(), re) and the value-of of ./data:<local>/string(). */
  const identifier = (e: XmlElement, local: string, id: string, ok: (s: string) => boolean): void => {
    const values = kids(e, local).map(str)
    out.check(id, e, !ok(single(values)), (sel) => (sel === `./data:${local}/string()` ? values.join(' ') : unported(sel)))
  }

  // sch_data_012: data:BeoogdeRegeling
  each(
    (e) => data(e, 'BeoogdeRegeling'),
    (e) => identifier(e, 'instrumentVersie', 'STOP1026', (s) => /^\/akn\/(nl|aw|cw|sx)\/act/u.test(s)),
  )
  // sch_data_013: data:BeoogdInformatieobject
  each(
    (e) => data(e, 'BeoogdInformatieobject'),
    (e) => identifier(e, 'instrumentVersie', 'STOP1027', (s) => /^\/join\/id\/regdata\//u.test(s) || /^\/join\/id\/pubdata\//u.test(s)),
  )
  // sch_data_014: data:Intrekking
  each(
    (e) => data(e, 'Intrekking'),
    (e) => identifier(e, 'instrument', 'STOP1028', (s) => /^\/akn\/(nl|aw|cw|sx)\/act|^\/join\/id\/regdata\//u.test(s)),
  )
  // sch_data_015: data:Tijdstempels; the doelen of the Tijdstempels juridischWerkendVanaf or geldigVanaf, each once.
  each(
    (e) => data(e, 'Tijdstempels'),
    (e) => {
      const doelen = kids(e, 'Tijdstempel')
        .filter((t) => kids(t, 'soortTijdstempel').some((s) => ['juridischWerkendVanaf', 'geldigVanaf'].includes(str(s))))
        .flatMap((t) => kids(t, 'doel'))
        .map(str)
      out.check('STOP1029', e, doubles(doelen), unported)
    },
  )
  // sch_data_016: data:gemaaktOpBasisVan; the doelen of data:*/data:doel each once.
  each(
    (e) => data(e, 'gemaaktOpBasisVan'),
    (e) => {
      const doelen = e.children.filter((c) => c.ns === DATA).flatMap((c) => kids(c, 'doel')).map(str)
      out.check('STOP2065', e, doubles(doelen), (sel) => (sel === '../data:instrumentVersie/string()' ? kids(e.parent, 'instrumentVersie').map(str).join(' ') : unported(sel)))
    },
  )
  // The last pattern (no id): data:VervlochtenVersie | data:OntvlochtenVersie; report ../../data:doelen[data:doel = $doel]
  each(
    (e) => data(e, 'VervlochtenVersie', 'OntvlochtenVersie'),
    (e) => {
      const doel = kids(e, 'doel').map(str)
      const grand = e.parent?.parent
      const fires = kids(grand, 'doelen').some((d) => kids(d, 'doel').some((x) => doel.includes(str(x))))
      out.check('STOP2066', e, fires, (sel) => {
        if (sel === 'data:doel/string()') return doel.join(' ')
        if (sel === '../../data:instrumentVersie/string()') return kids(grand, 'instrumentVersie').map(str).join(' ')
        return unported(sel)
      })
    },
  )
  return out.list
}
