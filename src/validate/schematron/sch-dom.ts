/**
 * A Schematron file as the small DOM that schema.ts describes (elements with namespaces and prefixes, attributes, text
 * and CDATA nodes), built on the element tree that readXmlTree gives of the documents the rules run on. It replaced
 * xmlbuilder2's DOM parser here, which took ~140 ms of every validation to read the eleven official rule files; this
 * takes ~30 ms, cold (issue 18).
 * XML 1.0 as rule files need it: line ends normalised (§2.11), attribute values normalised (§3.3.3), the predefined
 * entities and character references decoded, namespaces with their scope; comments and processing instructions are
 * left out (no reader of this DOM looks at them). A text readXmlTree does not read exactly (not well-formed, a
 * DOCTYPE, an entity of its own) is refused, with fast-xml-parser's line and reason where it is not well-formed.
 */
import { XMLValidator } from 'fast-xml-parser'
import { SchematronCompileError, XMLNS_NS, type Attr, type Element, type Node } from './schema.js'
import { decode, readAttributes, readXmlTree, type XmlElement } from '../text-tree.js'

const NO_NODES: readonly Node[] = Object.freeze([])

class TextNode implements Node {
  readonly childNodes = NO_NODES
  constructor(
    readonly nodeType: 3 | 4,
    readonly nodeValue: string,
  ) {}
}

class SchAttr implements Attr {
  constructor(
    readonly namespaceURI: string | null,
    readonly prefix: string | null,
    readonly localName: string,
    readonly name: string,
    readonly value: string,
  ) {}
}

class SchElement implements Element {
  readonly nodeType = 1
  readonly nodeValue = null
  constructor(
    readonly namespaceURI: string | null,
    readonly prefix: string | null,
    readonly localName: string,
    readonly attributes: readonly SchAttr[],
    readonly childNodes: readonly Node[],
  ) {}

  hasAttribute(name: string): boolean {
    return this.attributes.some((a) => a.name === name)
  }

  getAttribute(name: string): string | null {
    return this.attributes.find((a) => a.name === name)?.value ?? null
  }

  getElementsByTagNameNS(ns: string, localName: string): readonly Element[] {
    const out: Element[] = []
    const walk = (el: SchElement): void => {
      for (const n of el.childNodes) {
        if (!(n instanceof SchElement)) continue
        if ((ns === '*' || n.namespaceURI === ns) && (localName === '*' || n.localName === localName)) out.push(n)
        walk(n)
      }
    }
    walk(this)
    return out
  }
}

/** The document element of a rule file; SchematronCompileError for a text that is not read (see the module comment). */
export function readSchDom(text: string): Element {
  const normalised = text.replace(/\r\n?/g, '\n')
  const tree = readXmlTree(normalised)
  if (tree === undefined) {
    const check = XMLValidator.validate(normalised)
    throw new SchematronCompileError(
      check === true
        ? 'Schematron met een DOCTYPE, een eigen entiteit of tekens buiten XML wordt niet gelezen.'
        : `Schematron is geen goed gevormde XML: regel ${check.err.line}: ${check.err.msg}`,
    )
  }
  return element(normalised, tree.root)
}

function element(text: string, el: XmlElement): SchElement {
  // readXmlTree keeps only the unprefixed attributes; the start tag has them all (it read them once already).
  const attributes: SchAttr[] = []
  for (const [name, value] of readAttributes(text.slice(el.start + 1 + el.qname.length, el.contentStart)) ?? []) {
    const colon = name.indexOf(':')
    if (name === 'xmlns') attributes.push(new SchAttr(XMLNS_NS, null, 'xmlns', name, value))
    else if (colon < 0) attributes.push(new SchAttr(null, null, name, name, value))
    else {
      const prefix = name.slice(0, colon)
      const ns = prefix === 'xmlns' ? XMLNS_NS : (el.namespaces.get(prefix) as string)
      attributes.push(new SchAttr(ns, prefix, name.slice(colon + 1), name, value))
    }
  }
  const children: Node[] = []
  let pos = el.contentStart
  for (const child of el.children) {
    characterData(text, pos, child.start, children)
    children.push(element(text, child))
    pos = child.end
  }
  characterData(text, pos, el.contentEnd, children)
  const colon = el.qname.indexOf(':')
  return new SchElement(el.ns === '' ? null : el.ns, colon < 0 ? null : el.qname.slice(0, colon), el.local, attributes, children)
}

/** The text and CDATA nodes of the character data between `from` and `to` (comments and PIs left out). */
function characterData(text: string, from: number, to: number, out: Node[]): void {
  let pos = from
  let pending = ''
  const flush = () => {
    if (pending !== '') out.push(new TextNode(3, decode(pending) as string))
    pending = ''
  }
  while (pos < to) {
    const lt = text.indexOf('<', pos)
    const end = lt < 0 || lt >= to ? to : lt
    pending += text.slice(pos, end)
    if (end === to) break
    if (text.startsWith('<![CDATA[', lt)) {
      flush()
      const close = text.indexOf(']]>', lt)
      out.push(new TextNode(4, text.slice(lt + 9, close)))
      pos = close + 3
    } else {
      const close = text.startsWith('<!--', lt) ? '-->' : '?>'
      pos = text.indexOf(close, lt) + close.length
    }
  }
  flush()
}
