/**
 * Line numbers for the element paths saxon-js's `path()` reports (`/Q{uri}local[n]/…`), found by one scan of the
 * XML text: saxon-js keeps no source positions. Also the cheap facts the runner needs to pick rule files.
 */

export interface XmlFacts {
  /** Namespace URI and local name of the document element ('' when none was found). */
  readonly rootNs: string
  readonly rootName: string
  /** Every namespace URI declared anywhere in the text. */
  readonly declared: ReadonlySet<string>
  readonly hasDoctype: boolean
}

export function xmlFacts(xml: string): XmlFacts {
  const declared = new Set<string>()
  for (const m of xml.matchAll(/\bxmlns(?::[\w.-]+)?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) declared.add(m[1] ?? m[2] ?? '')
  let rootNs = ''
  let rootName = ''
  const first = firstStartTag(xml)
  if (first !== undefined) {
    const { prefix, local } = splitName(first.name)
    rootName = local
    rootNs = first.ns.get(prefix) ?? ''
  }
  return { rootNs, rootName, declared, hasDoctype: /<!DOCTYPE/i.test(xml) }
}

/** Maps each requested path to the line (from 1) of its element's start tag; attribute steps use their element. */
export function lineNumbers(xml: string, paths: Iterable<string>): Map<string, number> {
  const wanted = new Map<string, string[]>()
  for (const p of paths) {
    const element = p.replace(/\/(@[^/]*|text\(\)\[\d+\]|comment\(\)\[\d+\]|processing-instruction\([^)]*\)\[\d+\])$/, '')
    const list = wanted.get(element)
    if (list === undefined) wanted.set(element, [p])
    else list.push(p)
  }
  const found = new Map<string, number>()
  if (wanted.has('/')) for (const p of wanted.get('/') ?? []) found.set(p, 1)
  let remaining = [...wanted.keys()].filter((k) => k !== '/').length
  if (remaining === 0) return found

  interface Frame {
    readonly path: string
    readonly ns: Map<string, string>
    readonly counts: Map<string, number>
  }
  const stack: Frame[] = [{ path: '', ns: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), counts: new Map() }]
  let line = 1
  let pos = 0
  const advance = (to: number): void => {
    for (let i = pos; i < to; i++) if (xml.charCodeAt(i) === 10) line++
    pos = to
  }
  const tag = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y
  while (remaining > 0) {
    const lt = xml.indexOf('<', pos)
    if (lt < 0) break
    advance(lt)
    if (xml.startsWith('<!--', lt)) advance(skipTo(xml, lt, '-->'))
    else if (xml.startsWith('<![CDATA[', lt)) advance(skipTo(xml, lt, ']]>'))
    else if (xml.startsWith('<?', lt)) advance(skipTo(xml, lt, '?>'))
    else if (xml.startsWith('<!', lt)) advance(skipTo(xml, lt, '>'))
    else if (xml.startsWith('</', lt)) {
      if (stack.length > 1) stack.pop()
      advance(skipTo(xml, lt, '>'))
    } else {
      tag.lastIndex = lt
      const m = tag.exec(xml)
      if (m === null) {
        advance(lt + 1)
        continue
      }
      const parent = stack[stack.length - 1] as Frame
      const ns = new Map(parent.ns)
      for (const a of (m[2] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const name = a[1] ?? ''
        if (name === 'xmlns') ns.set('', a[2] ?? a[3] ?? '')
        else if (name.startsWith('xmlns:')) ns.set(name.slice(6), a[2] ?? a[3] ?? '')
      }
      const { prefix, local } = splitName(m[1] ?? '')
      const key = `Q{${ns.get(prefix) ?? ''}}${local}`
      const n = (parent.counts.get(key) ?? 0) + 1
      parent.counts.set(key, n)
      const path = `${parent.path}/${key}[${n}]`
      const hits = wanted.get(path)
      if (hits !== undefined) {
        for (const p of hits) found.set(p, line)
        remaining--
      }
      if (m[3] !== '/') stack.push({ path, ns, counts: new Map() })
      advance(lt + m[0].length)
    }
  }
  return found
}

function firstStartTag(xml: string): { name: string; ns: Map<string, string> } | undefined {
  const head = xml.slice(0, 65536)
  const m = /<([A-Za-z_][^\s/>]*)([^>]*)>/.exec(head.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, ''))
  if (m === null) return undefined
  const ns = new Map<string, string>()
  for (const a of (m[2] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = a[1] ?? ''
    if (name === 'xmlns') ns.set('', a[2] ?? a[3] ?? '')
    else if (name.startsWith('xmlns:')) ns.set(name.slice(6), a[2] ?? a[3] ?? '')
  }
  return { name: m[1] ?? '', ns }
}

function splitName(qname: string): { prefix: string; local: string } {
  const i = qname.indexOf(':')
  return i < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) }
}

function skipTo(xml: string, from: number, end: string): number {
  const i = xml.indexOf(end, from)
  return i < 0 ? xml.length : i + end.length
}
