/**
 * `visie validate PAKKET --vorige VORIGE` (issue 17): applies the RegelingMutatie of a wijzigingsbesluit to the
 * previous version's RegelingVrijetekst, the check a reviewer of a renvooi cannot do by eye. Reads only packages
 * (never a writer). Blocking findings (layer stop):
 * - VISIE-910: `was` of the RegelingMutatie is not the expression of the previous version;
 * - VISIE-911: an action names a wId (`wat`, `context`) that the version it applies to does not have;
 * - VISIE-912: the old side of the renvooi (text without NieuweTekst, with VerwijderdeTekst; elements without
 *   wijzigactie="voegtoe") is not the text the previous version has at that wId;
 * - VISIE-913: the result has a wId twice;
 * - VISIE-916: an element whose eId was built on its parent's eId in the previous version no longer is after the
 *   mutation (a renumbered Divisie whose children kept the old eIds).
 * A VervangKop with eId-wordt renames the eId of its element and the same prefix of every eId below it (eIds are built
 * from their parents'); a Vervang with positie/context moves the element (same wId) to that place.
 * Informatie VISIE-914: the mutation applies cleanly, with how many elements it touches.
 */
import type { Finding } from '../model/index.js'
import { type XmlElement, type XmlNode, elements, findFirst, parseXml } from '../package/xml-tree.js'
import type { PackageContents } from './layer.js'

type Mutable = { name: string; attrs: Record<string, string>; children: (Mutable | string)[] }

export function checkRenvooi(pkg: PackageContents, vorige: PackageContents): Finding[] {
  const mutatie = firstIn(pkg, 'RegelingMutatie')
  const regeling = firstIn(vorige, 'RegelingVrijetekst')
  if (!mutatie) return [finding('VISIE-910', 'Het pakket bevat geen RegelingMutatie; --vorige is alleen zinvol bij een wijzigingsbesluit.', {}, mutatie)]
  if (!regeling) return [finding('VISIE-910', `In ${vorige.source} staat geen RegelingVrijetekst om de mutatie op toe te passen.`, {}, mutatie)]
  const was = mutatie.el.attrs.was ?? ''
  const expression = regeling.el.attrs.wordt ?? ''
  const out: Finding[] = []
  if (was !== expression) {
    out.push(finding('VISIE-910', `De RegelingMutatie wijzigt ${was}, maar de vorige versie is ${expression}; verwacht was="${expression}".`, { was, vorige: expression }, mutatie))
  }
  const root = copy(regeling.el)
  let applied = 0
  for (const act of elements(mutatie.el)) {
    const problem = applyAction(root, act)
    if (problem) out.push(finding(problem.code, problem.message, problem.data, mutatie))
    else applied++
  }
  const seen = new Set<string>()
  for (const wId of wIds(root)) {
    if (seen.has(wId)) out.push(finding('VISIE-913', `Na toepassen van de mutatie komt wId ${wId} twee keer voor.`, { wId }, mutatie))
    seen.add(wId)
  }
  const nested = nestedEIds(copy(regeling.el))
  for (const [wId, eId, parent] of eIdsUnder(root)) {
    if (nested.has(wId) && !eId.startsWith(`${parent}__`)) {
      out.push(finding('VISIE-916', `Na toepassen van de mutatie heeft ${wId} de eId ${eId}, die niet meer begint met de eId ${parent} van het element erboven (in de vorige versie wel): een hernummering is niet doorgevoerd in de onderliggende eIds.`, { wId, eId, ouder: parent }, mutatie))
    }
  }
  if (out.length === 0) {
    out.push({
      code: 'VISIE-914', severity: 'informatie', layer: 'stop',
      message: `De RegelingMutatie past op ${expression}: ${applied} wijzigingen toegepast, de oude kant van de renvooi is precies de vorige tekst.`,
      data: { acties: applied }, at: { file: mutatie.file },
    })
  }
  return out
}

function firstIn(pkg: PackageContents, name: string): { el: XmlElement; file: string } | undefined {
  for (const e of pkg.entries) {
    if (!/\.xml$/i.test(e.name)) continue
    const root = parseXml(e.bytes)
    const el = root ? findFirst(root, name) : undefined
    if (el) return { el, file: e.name }
  }
  return undefined
}

function finding(code: string, message: string, data: Record<string, string | number>, at?: { file: string }): Finding {
  return { code, severity: code === 'VISIE-914' ? 'informatie' : 'blokkerend', layer: 'stop', message, data, ...(at ? { at: { file: at.file } } : {}) }
}

function copy(e: XmlElement): Mutable {
  return { name: e.name, attrs: { ...e.attrs }, children: e.children.map((c) => (c.kind === 'text' ? c.text : copy(c))) }
}

type Problem = { code: string; message: string; data: Record<string, string> }

function applyAction(root: Mutable, act: XmlElement): Problem | undefined {
  const content = elements(act)
  const target = act.name === 'VoegToe' ? act.attrs.context ?? '' : act.attrs.wat ?? ''
  const place = locate(root, target)
  if (!place) {
    return { code: 'VISIE-911', message: `${act.name} noemt ${target}, maar dat element bestaat niet in de versie waarop de mutatie wordt toegepast.`, data: { actie: act.name, wId: target } }
  }
  const { parent, at } = place
  const current = parent.children[at] as Mutable
  const move = act.name === 'Vervang' && act.attrs.positie !== undefined && act.attrs.context !== undefined
  if (move && !locate(root, act.attrs.context ?? '')) {
    return { code: 'VISIE-911', message: `Vervang ${target} verplaatst naar ${act.attrs.context}, maar dat element bestaat niet in de versie waarop de mutatie wordt toegepast.`, data: { actie: act.name, wId: act.attrs.context ?? '' } }
  }
  if (act.name === 'VoegToe') {
    parent.children.splice(act.attrs.positie === 'volgtOp' ? at + 1 : at, 0, ...content.map((c) => side(c, 'wordt')).flat())
    return undefined
  }
  const old = act.name === 'VervangKop' ? current.children.filter((c): c is Mutable => typeof c !== 'string' && c.name === 'Kop') : [current]
  // A moved element shown whole as added at its new place: its old side is the element itself, without the mark.
  const oldSide = act.name === 'Verwijder' || act.attrs.revisie === '1' ? content.map(copy)
    : content.flatMap((c) => (move && c.attrs.wijzigactie === 'voegtoe' ? side({ ...c, attrs: withoutMark(c.attrs) }, 'was') : side(c, 'was')))
  if (text(oldSide) !== text(old)) {
    return {
      code: 'VISIE-912',
      message: `De oude kant van ${act.name} ${target} is niet de tekst van de vorige versie: de renvooi toont iets anders dan wat er stond.`,
      data: { actie: act.name, wId: target },
    }
  }
  const newSide = content.flatMap((c) => side(c, 'wordt'))
  if (act.name === 'Verwijder') parent.children.splice(at, 1)
  else if (move) {
    parent.children.splice(at, 1)
    const to = locate(root, act.attrs.context ?? '') as { parent: Mutable; at: number }
    to.parent.children.splice(act.attrs.positie === 'volgtOp' ? to.at + 1 : to.at, 0, ...newSide)
  } else if (act.name === 'Vervang') parent.children.splice(at, 1, ...newSide)
  else if (act.name === 'VervangKop') {
    current.children = current.children.map((c) => (typeof c !== 'string' && c.name === 'Kop' ? (newSide[0] ?? c) : c))
    const wordt = act.attrs['eId-wordt']
    if (wordt && current.attrs.eId) renameEIds(current, current.attrs.eId, wordt)
  }
  return undefined
}

function withoutMark(attrs: Readonly<Record<string, string>>): Record<string, string> {
  const { wijzigactie: _, ...rest } = attrs
  return rest
}

/** eId `was` becomes `wordt`, on the element and as the prefix of every eId below it. */
function renameEIds(e: Mutable, was: string, wordt: string): void {
  const eId = e.attrs.eId
  if (eId === was) e.attrs.eId = wordt
  else if (eId?.startsWith(`${was}__`)) e.attrs.eId = wordt + eId.slice(was.length)
  for (const c of e.children) if (typeof c !== 'string') renameEIds(c, was, wordt)
}

/** [wId, eId, eId of the nearest ancestor with one] for every element with both ids. */
function eIdsUnder(e: Mutable, parent = '', out: [string, string, string][] = []): [string, string, string][] {
  for (const c of e.children) {
    if (typeof c === 'string') continue
    const eId = c.attrs.eId
    if (eId && c.attrs.wId && parent !== '') out.push([c.attrs.wId, eId, parent])
    eIdsUnder(c, eId ?? parent, out)
  }
  return out
}

/** The wIds whose eId is built on their parent's eId in this version. */
function nestedEIds(e: Mutable): Set<string> {
  return new Set(eIdsUnder(e).filter(([, eId, parent]) => eId.startsWith(`${parent}__`)).map(([wId]) => wId))
}

/** One side of a renvooi: `wordt` keeps NieuweTekst and wijzigactie="voegtoe"; `was` keeps VerwijderdeTekst and "verwijder". */
function side(e: XmlElement, which: 'was' | 'wordt'): Mutable[] {
  const dropEl = which === 'wordt' ? 'VerwijderdeTekst' : 'NieuweTekst'
  const dropActie = which === 'wordt' ? 'verwijder' : 'voegtoe'
  if (e.name === dropEl || e.attrs.wijzigactie === dropActie) return []
  const { wijzigactie: _, ...attrs } = e.attrs
  const children = e.children.flatMap((c: XmlNode): (Mutable | string)[] => {
    if (c.kind === 'text') return [c.text]
    if (c.name === 'NieuweTekst' || c.name === 'VerwijderdeTekst') {
      return c.name === dropEl ? [] : c.children.flatMap((x): (Mutable | string)[] => (x.kind === 'text' ? [x.text] : side(x, which)))
    }
    return side(c, which)
  })
  return [{ name: e.name, attrs, children }]
}

function locate(root: Mutable, wId: string): { parent: Mutable; at: number } | undefined {
  for (const [i, c] of root.children.entries()) {
    if (typeof c === 'string') continue
    if (c.attrs.wId === wId) return { parent: root, at: i }
    const hit = locate(c, wId)
    if (hit) return hit
  }
  return undefined
}

/** What a reader sees: element names and text, whitespace normalised; eIds and wIds left out. */
function text(nodes: readonly (Mutable | string)[]): string {
  return nodes
    .map((n) => (typeof n === 'string' ? n : `<${n.name}>${text(n.children)}</${n.name}>`))
    .join('')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim()
}

function wIds(e: Mutable, out: string[] = []): string[] {
  for (const c of e.children) {
    if (typeof c === 'string') continue
    if (c.attrs.wId) out.push(c.attrs.wId)
    wIds(c, out)
  }
  return out
}
