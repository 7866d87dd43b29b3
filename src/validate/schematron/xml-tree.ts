/**
 * A light element tree of an XML text for the TypeScript forms of rule files (ported.ts, imop-geo.ts): names resolved
 * to namespaces, the positions saxon-js's `path()` reports, the attributes without a namespace, and offsets to take
 * string values from the text on demand (no text nodes held). Undefined for what it does not read exactly (a DOCTYPE,
 * an entity other than the predefined and character references, tags that do not nest, an attribute twice, a `<` in
 * an attribute value, text outside the document element, characters XML does not allow); the caller then runs the
 * rule file itself, and saxon-js decides whether the text is XML.
 */

export interface XmlElement {
  /** The name as written (`gml:Polygon`), for `node-name()`. */
  readonly qname: string
  readonly ns: string
  readonly local: string
  readonly parent: XmlElement | undefined
  /** In document order; one shared empty array for every element without children (do not push to it). */
  readonly children: readonly XmlElement[]
  /** Offset of its `<`; its content runs from `contentStart` to `contentEnd` (equal when empty). */
  readonly start: number
  readonly contentStart: number
  contentEnd: number
  /** Offset after its end tag (or after `/>`). */
  end: number
  /** 1 + the number of preceding siblings with the same namespace and local name (as in `path()`). */
  readonly position: number
  readonly srsName?: string
  readonly wId?: string
  /** Attributes without a namespace (unprefixed names), by name. */
  readonly attributes: ReadonlyMap<string, string>
  readonly namespaces: ReadonlyMap<string, string>
}

export interface XmlTree {
  readonly text: string
  readonly root: XmlElement
}

const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const XML_NS = 'http://www.w3.org/XML/1998/namespace'

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map()
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([] as XmlElement[])

/** An element as readXmlTree builds it: children collected while the element is open. */
type Building = { -readonly [K in keyof XmlElement]: XmlElement[K] }
/** Characters XML 1.0 does not allow: C0 controls but tab, LF, CR; U+FFFE/U+FFFF (lone surrogates: wellFormed). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed
/** No lone surrogate (String.prototype.isWellFormed, Node ≥ 20: instant on a one-byte string; a regex took 1.8 s on 100 MB). */
const wellFormed = (text: string): boolean => (isWellFormed === undefined ? !/\p{Cs}/u.test(text) : isWellFormed.call(text))

export function readXmlTree(text: string): XmlTree | undefined {
  if (/<!DOCTYPE/i.test(text) || NOT_XML.test(text) || !wellFormed(text)) return undefined
  const top = new Map<string, string>([['xml', XML_NS]])
  const stack: { el?: Building; kids?: XmlElement[]; counts?: Map<ExpandedName, number>; namespaces: ReadonlyMap<string, string> }[] = [{ namespaces: top }]
  // Each name once per tree, not a string (or two: qname and local) per element: a GIO of 100 000 Locaties has a
  // million elements, and their names were a fifth of the tree. Resolved once per set of namespace bindings in scope
  // (a new set only where an element declares one), to the one object of its namespace and local name, which counts
  // the positions: a string of both made and hashed for each element was a quarter of reading a large GIO.
  const names = new Map<ReadonlyMap<string, string>, Map<string, ResolvedName | null>>()
  const expanded = new Map<string, ExpandedName>()
  let root: XmlElement | undefined
  let pos = 0
  const plainText = plainTextChecker(text)
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', pos)) {
    if (!plainText(pos, lt)) return undefined
    // Outside the document element only white space (and comments, processing instructions).
    if (stack.length === 1 && !/^[ \t\r\n]*$/.test(text.slice(pos, lt))) return undefined
    if (text.startsWith('<!--', lt)) pos = after(text, lt, '-->')
    else if (text.startsWith('<![CDATA[', lt)) pos = after(text, lt, ']]>')
    else if (text.startsWith('<?', lt)) pos = after(text, lt, '?>')
    else {
      TAG.lastIndex = lt
      const m = TAG.exec(text)
      if (m === null || text.startsWith('<!', lt)) return undefined
      pos = TAG.lastIndex
      const frame = stack[stack.length - 1] as (typeof stack)[number]
      if (m[1] === '/') {
        if (frame.el === undefined || frame.el.qname !== m[2] || m[3] !== '' || m[4] !== '') return undefined
        frame.el.contentEnd = lt
        frame.el.end = pos
        // An array of the exact length: a growing array keeps room for 17 after its first push.
        if (frame.kids !== undefined) frame.el.children = frame.kids.slice()
        stack.pop()
        continue
      }
      if (frame.el === undefined && root !== undefined) return undefined
      const attributes = readAttributes(m[3] ?? '')
      if (attributes === undefined) return undefined
      let namespaces = frame.namespaces
      // Plain (unprefixed, not xmlns) attributes are most of them: the map itself unless a name needs leaving out.
      let plain: ReadonlyMap<string, string> = attributes
      for (const [name, value] of attributes) {
        const c = name.indexOf(':')
        if (name === 'xmlns' || (c > 0 && name.slice(0, c) === 'xmlns')) {
          // A declaration that repeats a binding in scope (as some GIOs write on every Geometrie) changes nothing:
          // the element keeps its parent's set, and with it the names resolved in it.
          const prefix = name === 'xmlns' ? '' : name.slice(6)
          if (namespaces.get(prefix) !== value) {
            if (namespaces === frame.namespaces) namespaces = new Map(namespaces)
            ;(namespaces as Map<string, string>).set(prefix, value)
          }
        }
        if (c >= 0 || name === 'xmlns') plain = NO_ATTRIBUTES
      }
      if (plain === NO_ATTRIBUTES && attributes.size > 0) {
        const kept = new Map<string, string>()
        for (const [name, value] of attributes) if (!name.includes(':') && name !== 'xmlns') kept.set(name, value)
        plain = kept.size === 0 ? NO_ATTRIBUTES : kept
        for (const name of attributes.keys()) {
          const c = name.indexOf(':')
          if (c > 0 && name.slice(0, c) !== 'xmlns' && !namespaces.has(name.slice(0, c))) return undefined
        }
      }
      let inScope = names.get(namespaces)
      if (inScope === undefined && names.size < MAX_SCOPES) {
        inScope = new Map()
        names.set(namespaces, inScope)
      }
      let name = inScope?.get(m[2] as string)
      if (name === undefined) {
        name = resolve(m[2] as string, namespaces, expanded)
        inScope?.set(m[2] as string, name)
      }
      if (name === null) return undefined
      const { qname, expanded: key } = name
      frame.counts ??= new Map()
      const position = (frame.counts.get(key) ?? 0) + 1
      frame.counts.set(key, position)
      const el: Building = {
        qname,
        ns: key.ns,
        local: key.local,
        parent: frame.el,
        children: NO_CHILDREN,
        start: lt,
        contentStart: pos,
        contentEnd: pos,
        end: pos,
        position,
        attributes: plain,
        namespaces,
      }
      const srsName = plain.get('srsName')
      if (srsName !== undefined) el.srsName = srsName
      const wId = plain.get('wId')
      if (wId !== undefined) el.wId = wId
      if (frame.el === undefined) root = el
      else (frame.kids ??= []).push(el)
      if (m[4] !== '/') stack.push({ el, namespaces })
    }
  }
  if (stack.length !== 1 || root === undefined || !plainText(pos, text.length) || !/^[ \t\r\n]*$/.test(text.slice(pos))) return undefined
  return { text, root }
}

/** Sets of namespace bindings whose resolved names are kept (a text that binds prefixes anew on every element has more). */
const MAX_SCOPES = 256

/** A namespace and local name, one object per pair in a tree (its positions are counted by it). */
interface ExpandedName {
  readonly ns: string
  readonly local: string
}

/** A qualified name as written, resolved in one set of namespace bindings. */
interface ResolvedName {
  readonly qname: string
  readonly expanded: ExpandedName
}

/** `qname` resolved in `namespaces`; null when its prefix is not bound. */
function resolve(qname: string, namespaces: ReadonlyMap<string, string>, expanded: Map<string, ExpandedName>): ResolvedName | null {
  const colon = qname.indexOf(':')
  const prefix = colon < 0 ? '' : qname.slice(0, colon)
  const local = colon < 0 ? qname : qname.slice(colon + 1)
  const ns = namespaces.get(prefix)
  if (ns === undefined && prefix !== '') return null
  const key = `${ns ?? ''} ${local}`
  let name = expanded.get(key)
  if (name === undefined) {
    name = { ns: ns ?? '', local }
    expanded.set(key, name)
  }
  return { qname, expanded: name }
}

/** The attributes of a start tag by name (undefined: a name twice, a `<` or a bad reference in a value). */
export function readAttributes(source: string): ReadonlyMap<string, string> | undefined {
  if (source === '') return NO_ATTRIBUTES
  const attributes = new Map<string, string>()
  for (const a of source.matchAll(ATTRIBUTE)) {
    const raw = a[2] ?? a[3] ?? ''
    const value = raw.includes('<') ? undefined : attributeValue(raw)
    if (value === undefined || attributes.has(a[1] as string)) return undefined
    attributes.set(a[1] as string, value)
  }
  return attributes
}

/**
 * Whether character data has only the predefined entities and character references. `next` is the offset of the
 * next `&` at or after a point (one forward pass over the text: the calls come in text order).
 */
function plainTextChecker(text: string): (from: number, to: number) => boolean {
  let amp = text.indexOf('&')
  return (from, to) => {
    while (amp >= 0 && amp < from) amp = text.indexOf('&', amp + 1)
    for (; amp >= 0 && amp < to; amp = text.indexOf('&', amp + 1)) {
      if (!/^&(?:lt|gt|amp|apos|quot|#\d+|#x[0-9A-Fa-f]+);/.test(text.slice(amp, amp + 12))) return false
    }
    return true
  }
}

function after(text: string, from: number, end: string): number {
  const i = text.indexOf(end, from)
  return i < 0 ? text.length : i + end.length
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }
const SPECIAL_IN_VALUE = /[\t\n\r&]/

/** Character data with its predefined entities and character references replaced; undefined for any other `&`. */
export function decode(s: string): string | undefined {
  let bad = false
  const out = s.replace(/&([^;]*);?/g, (all, name: string) => {
    if (!all.endsWith(';')) bad = true
    else if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    else if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    else if (ENTITIES[name] !== undefined) return ENTITIES[name]
    else bad = true
    return all
  })
  return bad ? undefined : out
}

/** An attribute value as XML reads it: white space characters become spaces, then references are replaced. */
function attributeValue(raw: string): string | undefined {
  // Most values (ids, srsNames) have neither: as written.
  if (!SPECIAL_IN_VALUE.test(raw)) return raw
  return decode(raw.replace(/[\t\n\r]/g, ' '))
}

/** The string value of an element (all its text, CDATA included, in document order); line ends as XML reads them. */
export function stringValue(tree: XmlTree, el: XmlElement): string {
  const content = tree.text.slice(el.contentStart, el.contentEnd)
  if (!content.includes('<') && !content.includes('&') && !content.includes('\r')) return content
  let out = ''
  let pos = 0
  for (let lt = content.indexOf('<'); ; lt = content.indexOf('<', pos)) {
    const end = lt < 0 ? content.length : lt
    out += decode(content.slice(pos, end).replace(/\r\n?/g, '\n')) ?? ''
    if (lt < 0) break
    if (content.startsWith('<![CDATA[', lt)) {
      const close = content.indexOf(']]>', lt)
      out += content.slice(lt + 9, close < 0 ? content.length : close).replace(/\r\n?/g, '\n')
      pos = close < 0 ? content.length : close + 3
    } else if (content.startsWith('<!--', lt)) pos = after(content, lt, '-->')
    else if (content.startsWith('<?', lt)) pos = after(content, lt, '?>')
    else pos = after(content, lt, '>')
  }
  return out
}

/** saxon-js's `path()` of an element: `/Q{uri}local[n]/…`. */
export function pathOf(el: XmlElement): string {
  const steps: string[] = []
  for (let e: XmlElement | undefined = el; e !== undefined; e = e.parent) steps.push(`/Q{${e.ns}}${e.local}[${e.position}]`)
  return steps.reverse().join('')
}

/** Every element of the tree in document order. */
export function* allElements(el: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [el]
  while (stack.length > 0) {
    const e = stack.pop() as XmlElement
    yield e
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i] as XmlElement)
  }
}

/** The ancestors of an element, nearest first (the order of XPath's reverse axis `ancestor::`). */
export function ancestorsOf(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  for (let a = el.parent; a !== undefined; a = a.parent) out.push(a)
  return out
}

/** The descendants of an element (not itself), in document order. */
export function descendantsOf(el: XmlElement): XmlElement[] {
  const out = [...allElements(el)]
  out.shift()
  return out
}

/** The following siblings of an element, in document order. */
export function followingSiblingsOf(el: XmlElement): XmlElement[] {
  const siblings = el.parent?.children ?? []
  return siblings.slice(siblings.indexOf(el) + 1)
}
