/**
 * The ids pass: Document → Document with eId/wId on every Identified node, IntRef/IntIoRef resolved and
 * GIO mentions linked (stop-lvbb.md §3.2). The scheme, final because OW and later wijzigingsbesluiten use it:
 * - eId = `__`-joined parts from the nearest eId-carrying ancestor; numbered elements use their number,
 *   nested Divisies the part below the parent's number (`4.2.2` → `div_4__div_2__div_2`), unnumbered ones
 *   `<prefix>_o_<n>` counted per prefix among their unnumbered siblings: an edit stays inside its parent.
 * - wId = `<bg>_1__` + eId for every element, fixed ones too (`gm0106_1__formula_1`, `gm0106_1__body`).
 * - Besluit: `formula_1`, `formula_1__list_o_1__item_o_3`, `art_I`, `art_II`, `formula_2`, `cmp_A`.
 * - Regeling (component, own scope): `div_1`, `div_1__div_1__content_o_2`, `div_4__div_4__div_1__content_o_1__ref_o_1`
 *   (an IntIoRef), `cmp_I__content_o_1__list_o_1__item_o_1__ref_o_1` (ExtIoRef), `cmp_II__content_o_1__img_o_1`,
 *   `cmp_IV__content_3` (a numbered Divisietekst: Bijlage IV `3: Familiestad`).
 *   Lichaam/RegelingOpschrift are `body`/`longTitle` in both scopes (see `fixedIds`).
 */
import type { BuildContext } from '../build/context.js'
import type { Document, Finding, Inline } from '../model/index.js'
import { assignAll, type IdIndex } from './assign.js'
import { wIdPrefix } from './ewid.js'
import { linkGioMentions } from './gio-mentions.js'
import { mapInlines } from './walk.js'

export { aknPrefix, sanitizeNummer, relativeNummer, wIdPrefix } from './ewid.js'

/** eId/wId of the elements whose ids are fixed by STOP (not stored on model nodes). */
export function fixedIds(bevoegdGezag: string): Readonly<Record<'body' | 'longTitle', { eId: string; wId: string }>> {
  const p = wIdPrefix(bevoegdGezag)
  return { body: { eId: 'body', wId: `${p}body` }, longTitle: { eId: 'longTitle', wId: `${p}longTitle` } }
}

export function assignIds(document: Document, ctx: BuildContext): { document: Document; findings: Finding[] } {
  const linked = linkGioMentions(document)
  const { document: withIds, index, findings } = assignAll(linked, wIdPrefix(ctx.config.bevoegdGezag))
  const expressionOf = new Map(document.informatieobjecten.map((io) => [io.naam, io.expression] as const))
  const resolved = mapInlines(withIds, (inlines, c) =>
    inlines.map((i) => resolve(i, c.scope, index, expressionOf, document.file, findings)),
  )
  return { document: resolved, findings }
}

/** `bijlage:A` → `bijlage:A`; `hoofdstuk:3` / `paragraaf:4.4.1` → `divisie:…` (one kind of numbered section). */
function targetKey(target: string): string {
  const [kind = '', ...rest] = target.split(':')
  const nummer = rest.join(':').trim().replace(/\.+$/, '')
  const k = kind.trim().toLowerCase()
  return `${k === 'hoofdstuk' || k === 'paragraaf' || k === 'afdeling' ? 'divisie' : k}:${nummer}`
}

function resolve(
  i: Inline, scope: 'besluit' | 'regeling', index: IdIndex, expressionOf: ReadonlyMap<string, string>,
  file: string, findings: Finding[],
): Inline {
  const source = i.position ? { source: { file, line: i.position.start.line } } : {}
  if (i.type === 'intRef') {
    const ref = index.targets[scope].get(targetKey(i.target))
    if (ref) return { ...i, ref }
    findings.push({
      code: 'STOP0010', severity: 'blokkerend', layer: 'stop',
      message: `De verwijzing "${i.value}" (${i.target}) wijst naar geen element in dezelfde tekst; verwacht een bestaande bijlage, artikel of paragraaf.`,
      data: { target: i.target, value: i.value }, ...source,
    })
    return i
  }
  if (i.type === 'intIoRef') {
    const expression = expressionOf.get(i.gio)
    const ref = expression === undefined ? undefined : index.extIoRefWId.get(expression)
    if (ref) return { ...i, ref }
    findings.push({
      code: 'STOP0011', severity: 'blokkerend', layer: 'stop',
      message: `De verwijzing naar informatieobject "${i.gio}" heeft geen ExtIoRef in Bijlage I; verwacht een naam uit het overzicht informatieobjecten.`,
      data: { gio: i.gio, value: i.value }, ...source,
    })
  }
  return i
}
