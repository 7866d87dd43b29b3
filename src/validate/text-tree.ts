/**
 * A light element tree of an XML text, for the rules that read many elements of one large file: the TypeScript forms
 * of the rule files (schematron/ported.ts, imop-geo.ts) and the OW objects (ow/objects.ts). Names resolved to
 * namespaces, the positions saxon-js's `path()` reports, the attributes without a namespace, and offsets to take string
 * values, namespaced attributes and lines from the text on demand (no text nodes held). Undefined for what it does not
 * read exactly (a DOCTYPE, an entity other than the predefined and character references, tags that do not nest, an
 * attribute twice, a `<` in an attribute value, a name that is not one, text outside the document element, characters
 * XML does not allow); the caller then reads the file through libxml2 or saxon-js, which decide whether it is XML.
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
const [BANG, SLASH, GT, QUESTION] = [0x21, 0x2f, 0x3e, 0x3f]
/** XML's white space: space, tab, LF, CR (not the other characters `\s` matches). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([] as XmlElement[])

/** An element as readXmlTree builds it: children collected while the element is open. */
type Building = { -readonly [K in keyof XmlElement]: XmlElement[K] }
/** Characters XML 1.0 does not allow: C0 controls but tab, LF, CR; U+FFFE/U+FFFF (lone surrogates: wellFormed). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed
/** No lone surrogate (String.prototype.isWellFormed, Node ≥ 20: instant on a one-byte string; a regex took 1.8 s on 100 MB). */
const wellFormed = (text: string): boolean => (isWellFormed === undefined ? !/\p{Cs}/u.test(text) : isWellFormed.call(text))

/**
 * A start tag as scanXml reads it: one object, filled anew for every tag (a handler copies what it keeps). Names are
 * resolved; `position` is 1 + the preceding siblings of the same namespace and local name (as in `path()`).
 */
export interface StartTag {
  /** One object per name as written under one set of namespace bindings (compare `name.expanded` for the same name). */
  name: QualifiedName
  qname: string
  ns: string
  local: string
  position: number
  /** Offset of its `<`, and after its start tag. */
  start: number
  contentStart: number
  /** Attributes without a namespace (unprefixed names), by name. */
  attributes: ReadonlyMap<string, string>
  /** Attributes with a prefix other than xmlns, as written: name, value, name, value, … (see namespacedAttribute). */
  qualified: readonly string[] | undefined
  namespaces: ReadonlyMap<string, string>
}

/** What scanXml calls for each element: `open` returns what the handler makes of it (given back as parent and to close). */
export interface XmlHandler<T> {
  open(tag: StartTag, parent: T | undefined): T
  /** After its end tag (for an empty element, right after open): where its content ends, and the offset after it. */
  close(el: T, contentEnd: number, end: number): void
}

/**
 * Reads `text` element by element, in document order, into `handler`; the deepest nesting of elements (the document
 * element alone: 1) and the document element's value, or undefined for what it does not read exactly (see above).
 */
export function scanXml<T>(text: string, handler: XmlHandler<T>): { readonly root: T; readonly depth: number } | undefined {
  if (/<!DOCTYPE/i.test(text) || NOT_XML.test(text) || !wellFormed(text)) return undefined
  const top = new Map<string, string>([['xml', XML_NS]])
  const stack: { el?: T; qname: string; counts?: SiblingCounts; namespaces: ReadonlyMap<string, string> }[] = [{ qname: '', namespaces: top }]
  // Each name once per text, not a string (or two: qname and local) per element: a GIO of 100 000 Locaties has a
  // million elements, and their names were a fifth of its tree. Resolved once per set of namespace bindings in scope
  // (a new set only where an element declares one), to the one object of its namespace and local name, which counts
  // the positions: a string of both made and hashed for each element was a quarter of reading a large GIO.
  const names = new Map<ReadonlyMap<string, string>, Map<string, QualifiedName | null>>()
  const expanded = new Map<string, ExpandedName>()
  let lastNamespaces: ReadonlyMap<string, string> | undefined
  let inScope: Map<string, QualifiedName | null> | undefined
  const tag: StartTag = { name: { qname: '', expanded: { ns: '', local: '' } }, qname: '', ns: '', local: '', position: 0, start: 0, contentStart: 0, attributes: NO_ATTRIBUTES, qualified: undefined, namespaces: top }
  let root: { value: T } | undefined
  let depth = 0
  let pos = 0
  const plainText = plainTextChecker(text)
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', pos)) {
    if (!plainText(pos, lt)) return undefined
    // Outside the document element only white space (and comments, processing instructions).
    if (stack.length === 1 && !/^[ \t\r\n]*$/.test(text.slice(pos, lt))) return undefined
    const next = text.charCodeAt(lt + 1)
    if (next === BANG) {
      if (text.startsWith('<!--', lt)) pos = after(text, lt, '-->')
      else if (text.startsWith('<![CDATA[', lt)) pos = after(text, lt, ']]>')
      else return undefined
      continue
    }
    if (next === QUESTION) {
      pos = after(text, lt, '?>')
      continue
    }
    const frame = stack[stack.length - 1] as (typeof stack)[number]
    if (next === SLASH) {
      // An end tag: the open element's name, white space, `>`.
      if (frame.el === undefined || !text.startsWith(frame.qname, lt + 2)) return undefined
      let end = lt + 2 + frame.qname.length
      while (isSpace(text.charCodeAt(end))) end++
      if (text.charCodeAt(end) !== GT) return undefined
      pos = end + 1
      handler.close(frame.el, lt, pos)
      stack.pop()
      continue
    }
    // A start tag. Most have no attributes: their name ends at `>` or `/>`, and only the others go through TAG.
    let end = lt + 1
    while (end < text.length) {
      const c = text.charCodeAt(end)
      if (c === GT || c === SLASH || isSpace(c)) break
      end++
    }
    let tagName: string
    let written: string
    let empty: boolean
    if (text.charCodeAt(end) === GT || (text.charCodeAt(end) === SLASH && text.charCodeAt(end + 1) === GT)) {
      tagName = text.slice(lt + 1, end)
      written = ''
      empty = text.charCodeAt(end) === SLASH
      pos = empty ? end + 2 : end + 1
    } else {
      TAG.lastIndex = lt
      const m = TAG.exec(text)
      if (m === null || m[1] === '/') return undefined
      tagName = m[2] as string
      written = m[3] ?? ''
      empty = m[4] === '/'
      pos = TAG.lastIndex
    }
    if (frame.el === undefined && root !== undefined) return undefined
    let namespaces = frame.namespaces
    let plain: ReadonlyMap<string, string> = NO_ATTRIBUTES
    let qualified: string[] | undefined
    if (written !== '') {
      const attributes = readAttributes(written)
      if (attributes === undefined) return undefined
      // Plain (unprefixed, not xmlns) attributes are most of them: the map itself unless a name needs leaving out.
      plain = attributes
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
        } else if (c > 0) (qualified ??= []).push(name, value)
        if (c >= 0 || name === 'xmlns') plain = NO_ATTRIBUTES
      }
      if (plain === NO_ATTRIBUTES && attributes.size > 0) {
        const kept = new Map<string, string>()
        for (const [name, value] of attributes) if (!name.includes(':') && name !== 'xmlns') kept.set(name, value)
        plain = kept.size === 0 ? NO_ATTRIBUTES : kept
        for (let i = 0; i < (qualified?.length ?? 0); i += 2) {
          const name = (qualified as string[])[i] as string
          if (!namespaces.has(name.slice(0, name.indexOf(':')))) return undefined
        }
      }
    }
    // Runs of elements under one set of bindings: the names of the last set at hand.
    if (namespaces !== lastNamespaces) {
      lastNamespaces = namespaces
      inScope = names.get(namespaces)
      if (inScope === undefined && names.size < MAX_SCOPES) {
        inScope = new Map()
        names.set(namespaces, inScope)
      }
    }
    let name = inScope?.get(tagName)
    if (name === undefined) {
      name = resolve(tagName, namespaces, expanded)
      inScope?.set(tagName, name)
    }
    if (name === null) return undefined
    tag.name = name
    tag.qname = name.qname
    tag.ns = name.expanded.ns
    tag.local = name.expanded.local
    tag.position = nextPosition(frame, name.expanded)
    tag.start = lt
    tag.contentStart = pos
    tag.attributes = plain
    tag.qualified = qualified
    tag.namespaces = namespaces
    const el = handler.open(tag, frame.el)
    if (frame.el === undefined) root = { value: el }
    if (stack.length > depth) depth = stack.length
    if (empty) handler.close(el, pos, pos)
    else stack.push({ el, qname: name.qname, namespaces })
  }
  if (stack.length !== 1 || root === undefined || !plainText(pos, text.length) || !/^[ \t\r\n]*$/.test(text.slice(pos))) return undefined
  return { root: root.value, depth }
}

export function readXmlTree(text: string): XmlTree | undefined {
  // The children of each open element, collected while it is open (its siblings' lists below it).
  const open: (XmlElement[] | undefined)[] = []
  const read = scanXml<Building>(text, {
    open(tag, parent) {
      const el: Building = {
        qname: tag.qname,
        ns: tag.ns,
        local: tag.local,
        parent,
        children: NO_CHILDREN,
        start: tag.start,
        contentStart: tag.contentStart,
        contentEnd: tag.contentStart,
        end: tag.contentStart,
        position: tag.position,
        attributes: tag.attributes,
        namespaces: tag.namespaces,
      }
      const srsName = tag.attributes.get('srsName')
      if (srsName !== undefined) el.srsName = srsName
      const wId = tag.attributes.get('wId')
      if (wId !== undefined) el.wId = wId
      if (open.length > 0) {
        const siblings = open[open.length - 1]
        if (siblings === undefined) open[open.length - 1] = [el]
        else siblings.push(el)
      }
      open.push(undefined)
      return el
    },
    close(el, contentEnd, end) {
      el.contentEnd = contentEnd
      el.end = end
      // An array of the exact length: a growing array keeps room for 17 after its first push.
      const children = open.pop()
      if (children !== undefined) el.children = children.length === 1 ? children : children.slice()
    },
  })
  return read && { text, root: read.root }
}

/** Sets of namespace bindings whose resolved names are kept (a text that binds prefixes anew on every element has more). */
const MAX_SCOPES = 256

/** A qualified name (NCName, or two joined by one colon), within ASCII and the letters of Latin-1 and beyond. */
const QNAME = /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\uFFFD][\w.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\uFFFD]*(?::[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\uFFFD][\w.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\uFFFD]*)?$/

/** A namespace and local name, one object per pair in a text (its positions are counted by it). */
export interface ExpandedName {
  readonly ns: string
  readonly local: string
}

/**
 * The children of one open element counted by name: a short list of name, count, name, count, … (most elements have
 * children of a few names, and a Map for each parent was a tenth of reading a large OW file), a Map beyond MAX_LISTED.
 */
type SiblingCounts = (ExpandedName | number)[] | Map<ExpandedName, number>
const MAX_LISTED = 16

/** 1 + the number of children named `key` that `frame` counted before; counts this one. */
function nextPosition(frame: { counts?: SiblingCounts }, key: ExpandedName): number {
  const counts = (frame.counts ??= [])
  if (counts instanceof Map) {
    const position = (counts.get(key) ?? 0) + 1
    counts.set(key, position)
    return position
  }
  for (let i = 0; i < counts.length; i += 2) {
    if (counts[i] === key) {
      const position = (counts[i + 1] as number) + 1
      counts[i + 1] = position
      return position
    }
  }
  if (counts.length < 2 * MAX_LISTED) {
    counts.push(key, 1)
    return 1
  }
  // Children of many names: counted in a Map from here on.
  const map = new Map<ExpandedName, number>()
  for (let i = 0; i < counts.length; i += 2) map.set(counts[i] as ExpandedName, counts[i + 1] as number)
  map.set(key, 1)
  frame.counts = map
  return 1
}

/** A qualified name as written, resolved in one set of namespace bindings; `expanded` is one object per text. */
export interface QualifiedName {
  readonly qname: string
  readonly expanded: ExpandedName
}

/** `qname` resolved in `namespaces`; null when its prefix is not bound. */
function resolve(qname: string, namespaces: ReadonlyMap<string, string>, expanded: Map<string, ExpandedName>): QualifiedName | null {
  if (!QNAME.test(qname)) return null
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
    if (value === undefined || attributes.has(a[1] as string) || !QNAME.test(a[1] as string)) return undefined
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
  return contentValue(tree.text, el.contentStart, el.contentEnd)
}

/** The string value of the content from `from` to `to` of a text scanXml read (stringValue). */
export function contentValue(text: string, from: number, to: number): string {
  const content = text.slice(from, to)
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

/** The value of the attribute `local` in namespace `ns` (`xlink:href`, under whatever prefix is bound to it), if any. */
export function namespacedAttribute(tag: StartTag, ns: string, local: string): string | undefined {
  const qualified = tag.qualified
  if (qualified === undefined) return undefined
  for (let i = 0; i < qualified.length; i += 2) {
    const name = qualified[i] as string
    const c = name.indexOf(':')
    if (name.length - c - 1 === local.length && name.endsWith(local) && tag.namespaces.get(name.slice(0, c)) === ns) return qualified[i + 1]
  }
  return undefined
}
