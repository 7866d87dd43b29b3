/**
 * The OW objects of a file read from its text (text-tree.ts scanXml) instead of through libxml2, where that reads the
 * file exactly as libxml2 does for the rules. Through libxml2 each node and name is a call into WebAssembly and a
 * wrapper object: the objects of an owLocaties.xml of 90 000 Locaties took 2.0 s. Here each element is read once,
 * objects are made as their elements close, and no tree is kept: what a place needs later (its XPath and line) is an
 * index of four numbers per element. Both ways give the same objects and places (test/validate/ow/objects.test.ts);
 * from the text, lines past 65 535 are exact (libxml2 keeps an element's line in 16 bits).
 */
import { isUtf8 } from 'node:buffer'
import { entryHead } from '../layer.js'
import { contentValue, namespacedAttribute, scanXml, type ExpandedName, type QualifiedName, type StartTag, type XmlHandler } from '../text-tree.js'
import type { PackageView } from '../view.js'
import { ns, type Place } from '../xml.js'
import type { OwFile, OwObject, OwRef } from './objects.js'
import { ValueList, type Places } from './values.js'

/**
 * The objects of OW file `file` appended to `objects`, and the file's object types; undefined (nothing appended)
 * where the text is not read here as libxml2 reads it for the rules: not UTF-8, a construct scanXml leaves to a real
 * parser, nesting deeper than libxml2 reads, `xml:space` (which changes which white space libxml2's NOBLANKS keeps), or
 * an object child with text or a comment before its first element (a value libxml2 reads with white space left out).
 */
export function readText(view: PackageView, file: string, objects: OwObject[]): OwFile | undefined {
  const entry = view.file(file)
  if (entry === undefined || !utf8Declared(entryHead(entry))) return undefined
  const bytes = entry.bytes
  if (!isUtf8(bytes)) return undefined
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  if (source.includes('xml:space')) return undefined
  // A byte order mark as a space: white space before the XML declaration, and every offset as in the file.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source
  const reader = new ObjectReader(file, text)
  const read = scanXml(text, reader)
  if (read === undefined || read.depth > LIBXML2_MAX_DEPTH || reader.otherwise) return undefined
  for (const o of reader.objects) objects.push(o as OwObject)
  return { file, objectTypen: reader.objectTypen, at: reader.index.placeOf(reader.typen ?? read.root) }
}

/** Deeper nesting libxml2 does not read without XML_PARSE_HUGE (xml.ts parseXml): such a file is read by neither. */
const LIBXML2_MAX_DEPTH = 256

/** Whether an XML declaration, if any, names UTF-8. */
function utf8Declared(head: Uint8Array): boolean {
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 200)).toString('latin1')
  const declared = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(start)?.[1]
  return declared === undefined || /^utf-?8$/i.test(declared)
}

/** What an open element is to the reader (bits). */
const OW_OBJECT = 1
const OBJECT = 2
const VALUE = 4
const INHOUD = 8
const TYPEN = 16
const TYPE = 32

/** An object while its element is open: its values and references collected as its descendants are read. */
interface Building {
  readonly id: number
  readonly slot: number
  readonly type: string
  readonly wId: string | undefined
  readonly flat: (string | number)[]
  readonly refs: OwRef[]
}

/**
 * Reads the objects as readObject (objects.ts) does: every element child of an ow-dc:owObject is an object, its
 * element children without element children its values (trimmed string values), every descendant with an
 * xlink:href a reference; the first sl:objectTypen in an sl:inhoud lists the object types.
 */
class ObjectReader implements XmlHandler<number> {
  readonly index: ElementIndex
  /** In document order (a slot taken when an object's element opens); filled when it closes. */
  readonly objects: (OwObject | undefined)[] = []
  readonly objectTypen: string[] = []
  typen: number | undefined
  /** Set when the file has something libxml2 reads otherwise (readText). */
  otherwise = false
  /** Open elements: content start, what it is (bits), whether an element child opened. */
  private readonly openStarts: number[] = []
  private readonly openRoles: number[] = []
  private readonly openHasChildren: boolean[] = []
  private readonly building: Building[] = []

  constructor(
    file: string,
    private readonly text: string,
  ) {
    this.index = new ElementIndex(file, text)
  }

  open(tag: StartTag, parent: number | undefined): number {
    const id = this.index.add(parent ?? -1, tag)
    const depth = this.openRoles.length
    const parentRole = depth > 0 ? (this.openRoles[depth - 1] as number) : 0
    if (depth > 0 && !this.openHasChildren[depth - 1]) {
      this.openHasChildren[depth - 1] = true
      // An object child's first element: libxml2 (NOBLANKS) drops only white space before it.
      if ((parentRole & VALUE) !== 0 && !/^[ \t\r\n]*$/.test(this.text.slice(this.openStarts[depth - 1], tag.start))) this.otherwise = true
    }
    const href = this.building.length > 0 ? namespacedAttribute(tag, ns.xlink, 'href') : undefined
    if (href !== undefined) {
      const via = this.index.localOf(parent ?? -1)
      for (const b of this.building) b.refs.push({ kind: tag.local, via, href, at: this.index.placeOf(id) })
    }
    let role = 0
    if (tag.local === 'owObject' && tag.ns === ns.owdc) role |= OW_OBJECT
    if ((parentRole & OW_OBJECT) !== 0) {
      role |= OBJECT
      this.building.push({ id, slot: this.objects.length, type: tag.local, wId: tag.attributes.get('wId'), flat: [], refs: [] })
      this.objects.push(undefined)
    }
    if ((parentRole & OBJECT) !== 0) role |= VALUE
    if (tag.ns === ns.sl) {
      if (tag.local === 'inhoud') role |= INHOUD
      else if (tag.local === 'objectTypen' && (parentRole & INHOUD) !== 0 && this.typen === undefined) {
        role |= TYPEN
        this.typen = id
      } else if (tag.local === 'objectType' && (parentRole & TYPEN) !== 0) role |= TYPE
    }
    this.openStarts.push(tag.contentStart)
    this.openRoles.push(role)
    this.openHasChildren.push(false)
    return id
  }

  close(id: number, contentEnd: number): void {
    const role = this.openRoles.pop() as number
    const start = this.openStarts.pop() as number
    const hasChildren = this.openHasChildren.pop() as boolean
    if ((role & VALUE) !== 0 && !hasChildren) {
      // A value of the object that encloses this element directly: the innermost one being built.
      const b = this.building[this.building.length - 1] as Building
      b.flat.push(this.index.localOf(id), contentValue(this.text, start, contentEnd).trim(), id)
    }
    if ((role & TYPE) !== 0) this.objectTypen.push(contentValue(this.text, start, contentEnd).trim())
    if ((role & OBJECT) !== 0) {
      const b = this.building.pop() as Building
      const values = new ValueList(this.index, b.flat)
      const identificatie = values.first('identificatie') ?? ''
      const at = this.index.placeOf(id)
      this.objects[b.slot] =
        b.wId !== undefined ? { type: b.type, identificatie, wId: b.wId, refs: b.refs, values, at } : { type: b.type, identificatie, refs: b.refs, values, at }
    }
  }
}

/**
 * Per element of a text, in document order: parent, name, position among the siblings of its name, line. The XPath
 * and line of a place (xml.ts xpathOf: names as written, a position only among siblings of the same namespace and
 * local name; libxml2's line: that of the `>` ending the start tag) are made from it when a finding asks.
 */
class ElementIndex implements Places<number> {
  private parents = new Int32Array(1024)
  private names = new Int32Array(1024)
  private positions = new Int32Array(1024)
  private lines = new Int32Array(1024)
  private count = 0
  private readonly nameIds = new Map<QualifiedName, number>()
  private readonly qnames: string[] = []
  private readonly expanded: ExpandedName[] = []
  /** Elements of position 1 with a later sibling of their name (found when an XPath is first asked). */
  private repeated: Uint8Array | undefined
  private line = 1
  private nextNewline: number

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    this.nextNewline = text.indexOf('\n')
  }

  add(parent: number, tag: StartTag): number {
    if (this.count === this.parents.length) this.grow()
    const id = this.count++
    let name = this.nameIds.get(tag.name)
    if (name === undefined) {
      name = this.qnames.length
      this.nameIds.set(tag.name, name)
      this.qnames.push(tag.qname)
      this.expanded.push(tag.name.expanded)
    }
    this.parents[id] = parent
    this.names[id] = name
    this.positions[id] = tag.position
    // Elements come in text order: the line count only moves forward.
    const gt = tag.contentStart - 1
    while (this.nextNewline >= 0 && this.nextNewline < gt) {
      this.line++
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1)
    }
    this.lines[id] = this.line
    return id
  }

  localOf(id: number): string {
    return id < 0 ? '' : (this.expanded[this.names[id] as number] as ExpandedName).local
  }

  placeOf(id: number): Place {
    return new IndexPlace(this, id)
  }

  xpathOf(id: number): string {
    const repeated = (this.repeated ??= this.findRepeated())
    const steps: string[] = []
    for (let e = id; e >= 0; e = this.parents[e] as number) {
      const qname = this.qnames[this.names[e] as number] as string
      const position = this.positions[e] as number
      steps.push(position === 1 && repeated[e] === 0 ? qname : `${qname}[${position}]`)
    }
    return `/${steps.reverse().join('/')}`
  }

  lineOf(id: number): number {
    return this.lines[id] as number
  }

  private findRepeated(): Uint8Array {
    const repeated = new Uint8Array(this.count)
    for (let e = 0; e < this.count; e++) {
      if (this.positions[e] !== 2) continue
      // The first sibling of its name lies before it, after their parent.
      const parent = this.parents[e] as number
      const name = this.expanded[this.names[e] as number]
      for (let j = e - 1; j > parent; j--) {
        if (this.parents[j] === parent && this.positions[j] === 1 && this.expanded[this.names[j] as number] === name) {
          repeated[j] = 1
          break
        }
      }
    }
    return repeated
  }

  private grow(): void {
    const size = this.parents.length * 2
    const grown = (from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const to = new Int32Array(size)
      to.set(from)
      return to
    }
    this.parents = grown(this.parents)
    this.names = grown(this.names)
    this.positions = grown(this.positions)
    this.lines = grown(this.lines)
  }
}

class IndexPlace implements Place {
  constructor(
    private readonly index: ElementIndex,
    private readonly id: number,
  ) {}

  get file(): string {
    return this.index.file
  }

  get xpath(): string {
    return this.index.xpathOf(this.id)
  }

  get line(): number {
    return this.index.lineOf(this.id)
  }
}
