/**
 * An independent reader of a RegelingMutatie for the wijziging tests (issue 17): parses with fast-xml-parser and
 * applies the actions by wId, in document order, without any of visie's code. What it takes from STOP 1.3.0
 * (imop-tekst.xsd): Vervang replaces the element at `wat`, and with positie/context (agVerplaatsing) also moves it
 * there; VervangKop replaces the Kop and, with eId-wordt, renames the eId and (eIds being built from their parents')
 * the same prefix below it; VoegToe inserts at positie/context; Verwijder removes. `side` reads either side of a
 * renvooi.
 */
import { XMLParser } from 'fast-xml-parser'

export type Node = { name: string; attrs: Record<string, string>; children: Node[] } | { name: '#text'; text: string }
export type Elem = Extract<Node, { children: Node[] }>

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: false, parseTagValue: false })

function tree(raw: unknown[]): Node[] {
  return raw.flatMap((item) => {
    const o = item as Record<string, unknown>
    const name = Object.keys(o).find((k) => k !== ':@') as string
    if (name === '#text') return [{ name: '#text', text: String(o[name]) } as Node]
    if (name.startsWith('?')) return []
    return [{ name, attrs: (o[':@'] ?? {}) as Record<string, string>, children: tree(o[name] as unknown[]) }]
  })
}

export function parse(bytes: Uint8Array): Elem {
  return tree(parser.parse(Buffer.from(bytes).toString('utf8')) as unknown[]).find((n): n is Elem => n.name !== '#text') as Elem
}

export function find(e: Elem, pred: (x: Elem) => boolean): Elem | undefined {
  if (pred(e)) return e
  for (const c of e.children) if (c.name !== '#text') {
    const hit = find(c as Elem, pred)
    if (hit) return hit
  }
  return undefined
}

export const isEl = (n: Node): n is Elem => n.name !== '#text'

/** One side of a renvooi: 'wordt' keeps NieuweTekst and wijzigactie="voegtoe", 'was' keeps VerwijderdeTekst and "verwijder". */
export function side(nodes: readonly Node[], which: 'was' | 'wordt'): Node[] {
  const drop = which === 'wordt' ? ['VerwijderdeTekst', 'verwijder'] : ['NieuweTekst', 'voegtoe']
  const keep = which === 'wordt' ? 'NieuweTekst' : 'VerwijderdeTekst'
  return nodes.flatMap((n): Node[] => {
    if (!isEl(n)) return [n]
    if (n.name === drop[0] || n.attrs.wijzigactie === drop[1]) return []
    if (n.name === keep) return side(n.children, which)
    const { wijzigactie: _, ...attrs } = n.attrs
    return [{ ...n, attrs, children: side(n.children, which) }]
  })
}

/** What a reader sees: element names and text (whitespace normalised), no eIds and wIds. */
export function text(nodes: readonly Node[]): string {
  return nodes.map((n) => (isEl(n) ? `<${n.name}>${text(n.children)}</${n.name}>` : n.text)).join('').replace(/>\s+</g, '><').replace(/\s+/g, ' ')
}

/** Every element's `wId=eId`, in document order: the identities a consolidation carries. */
export function ids(e: Elem): string[] {
  const out: string[] = []
  const walk = (x: Elem): void => {
    for (const c of x.children.filter(isEl)) {
      if (c.attrs.wId || c.attrs.eId) out.push(`${c.attrs.wId ?? ''}=${c.attrs.eId ?? ''}`)
      walk(c)
    }
  }
  walk(e)
  return out
}

function renameEIds(e: Elem, was: string, wordt: string): void {
  const eId = e.attrs.eId
  if (eId === was) e.attrs.eId = wordt
  else if (eId?.startsWith(`${was}__`)) e.attrs.eId = wordt + eId.slice(was.length)
  for (const c of e.children.filter(isEl)) renameEIds(c, was, wordt)
}

/** Applies a RegelingMutatie to a RegelingVrijetekst, in document order, by wId. */
export function apply(regeling: Elem, mutatie: Elem): Elem {
  const root: Elem = JSON.parse(JSON.stringify(regeling)) as Elem
  const locate = (wId: string): { parent: Elem; at: number } => {
    const walk = (e: Elem): { parent: Elem; at: number } | undefined => {
      for (const [i, c] of e.children.entries()) {
        if (!isEl(c)) continue
        if (c.attrs.wId === wId) return { parent: e, at: i }
        const hit = walk(c)
        if (hit) return hit
      }
      return undefined
    }
    const hit = walk(root)
    if (!hit) throw new Error(`wId ${wId} niet gevonden`)
    return hit
  }
  const insert = (positie: string | undefined, context: string, nodes: Node[]): void => {
    const { parent, at } = locate(context)
    parent.children.splice(positie === 'volgtOp' ? at + 1 : at, 0, ...nodes)
  }
  for (const act of mutatie.children.filter(isEl)) {
    const content = act.children.filter(isEl)
    if (act.name === 'Verwijder') {
      const { parent, at } = locate(act.attrs.wat as string)
      parent.children.splice(at, 1)
    } else if (act.name === 'Vervang') {
      const { parent, at } = locate(act.attrs.wat as string)
      if (act.attrs.context !== undefined) {
        parent.children.splice(at, 1)
        insert(act.attrs.positie, act.attrs.context, side(content, 'wordt'))
      } else parent.children.splice(at, 1, ...side(content, 'wordt'))
    } else if (act.name === 'VervangKop') {
      const { parent, at } = locate(act.attrs.wat as string)
      const target = parent.children[at] as Elem
      target.children = target.children.map((c) => (isEl(c) && c.name === 'Kop' ? (side(content, 'wordt')[0] as Node) : c))
      if (act.attrs['eId-wordt'] && target.attrs.eId) renameEIds(target, target.attrs.eId, act.attrs['eId-wordt'])
    } else if (act.name === 'VoegToe') insert(act.attrs.positie, act.attrs.context as string, content)
    else throw new Error(`onbekende actie ${act.name}`)
  }
  return root
}

/**
 * The old text at each action's place, from the renvooi alone: for Vervang and VervangKop the 'was' side, for
 * Verwijder its content; a moved element shown whole as added (wijzigactie="voegtoe" on it) was there unchanged.
 * Pairs of [what the renvooi says was there, what the previous version has] as text.
 */
export function oldSides(old: Elem, mutatie: Elem): [string, string][] {
  return mutatie.children.filter(isEl).filter((a) => a.name !== 'VoegToe').map((act) => {
    const was = find(old, (e) => e.attrs.wId === act.attrs.wat) as Elem
    const content = act.children.filter(isEl)
    const whole = act.name === 'Verwijder' || act.attrs.revisie === '1'
      || (act.attrs.context !== undefined && content[0]?.attrs.wijzigactie === 'voegtoe')
    const recovered = whole ? content.map((c) => ({ ...c, attrs: { ...c.attrs, wijzigactie: '' } })).flatMap((c) => side([c], 'wordt')) : side(content, 'was')
    const original = act.name === 'VervangKop' ? was.children.filter((c) => isEl(c) && c.name === 'Kop') : [was]
    return [text(recovered), text(original)]
  })
}
