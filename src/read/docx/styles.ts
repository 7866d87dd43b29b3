/**
 * styles.xml → the paragraph styles the reader needs, resolved along `basedOn`: the outline level (w:outlineLvl, or
 * the built-in names "heading n" / "Kop n"), the numbering a style links to (w:numPr), bold, and whether the style is a
 * table-of-contents entry or a caption. ECMA-376 Part 1 §17.7.
 */
import { child, childrenNamed, onOff, val, type XmlElement } from './xml.js'

export interface ParagraphStyle {
  readonly id: string
  readonly name: string
  /** 0 for the top level; undefined for body text (w:outlineLvl 9 or none). */
  readonly outlineLevel?: number
  readonly numId?: string
  readonly ilvl?: number
  readonly bold?: boolean
  /** A table-of-contents entry or its title ("toc 1", "Contents 2", "TOC Heading"): not text of the document. */
  readonly toc: boolean
  /** A figure's caption ("caption", "Bijschrift", or a style based on one). */
  readonly caption: boolean
}

export interface Styles {
  paragraph(id: string | undefined): ParagraphStyle | undefined
  /** Bold of a character style (w:rStyle), resolved along basedOn. */
  characterBold(id: string | undefined): boolean | undefined
  /** The w:num of a numbering style (a list style), resolved along basedOn. */
  numberingStyle(id: string): string | undefined
}

interface RawStyle {
  readonly id: string
  readonly type: string
  readonly name: string
  readonly basedOn?: string
  readonly outlineLevel?: number
  readonly numId?: string
  readonly ilvl?: number
  readonly bold?: boolean
}

const BUILT_IN_HEADING = /^(?:heading|kop|überschrift|titre)\s*([1-9])$/iu
const TOC = /^(?:toc|contents|inhoudsopgave|inhoud)\s*(?:\d|heading|title|kop)/iu
const CAPTION = /^(?:caption|bijschrift|beschriftung|l[ée]gende)$/iu

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>()
  let defaultParagraph: string | undefined
  for (const s of childrenNamed(root, 'style')) {
    const id = s.attributes['styleId']
    if (id === undefined) continue
    const pPr = child(s, 'pPr')
    const numPr = child(pPr, 'numPr')
    const outline = val(pPr, 'outlineLvl')
    const ilvl = val(numPr, 'ilvl')
    const numId = val(numPr, 'numId')
    const bold = onOff(child(s, 'rPr'), 'b')
    const type = s.attributes['type'] ?? 'paragraph'
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(s.attributes['default'] ?? '')) defaultParagraph = id
    raw.set(`${type}:${id}`, {
      id,
      type,
      name: val(s, 'name') ?? id,
      ...(val(s, 'basedOn') !== undefined ? { basedOn: val(s, 'basedOn') as string } : {}),
      ...(outline !== undefined && /^\d$/u.test(outline) ? { outlineLevel: Number(outline) } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined && /^\d$/u.test(ilvl) ? { ilvl: Number(ilvl) } : {}),
      ...(bold !== undefined ? { bold } : {}),
    })
  }
  const resolved = new Map<string, ParagraphStyle>()
  const resolve = (id: string): ParagraphStyle | undefined => {
    const done = resolved.get(id)
    if (done) return done
    const chain: RawStyle[] = []
    const seen = new Set<string>()
    for (let s = raw.get(`paragraph:${id}`); s && !seen.has(s.id); s = s.basedOn ? raw.get(`paragraph:${s.basedOn}`) : undefined) {
      seen.add(s.id)
      chain.push(s)
    }
    const own = chain[0]
    if (!own) return undefined
    const first = <K extends keyof RawStyle>(k: K): RawStyle[K] | undefined => chain.find((s) => s[k] !== undefined)?.[k]
    const builtIn = BUILT_IN_HEADING.exec(own.name)
    let outlineLevel = first('outlineLevel')
    if (outlineLevel === undefined && builtIn) outlineLevel = Number(builtIn[1]) - 1
    const numId = first('numId')
    const ilvl = first('ilvl')
    const bold = first('bold')
    const style: ParagraphStyle = {
      id,
      name: own.name,
      ...(outlineLevel !== undefined && outlineLevel < 9 ? { outlineLevel } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl } : {}),
      ...(bold !== undefined ? { bold } : {}),
      toc: chain.some((s) => TOC.test(s.name) || TOC.test(s.id)),
      caption: chain.some((s) => CAPTION.test(s.name) || CAPTION.test(s.id)),
    }
    resolved.set(id, style)
    return style
  }
  return {
    paragraph: (id) => resolve(id ?? defaultParagraph ?? 'Normal') ?? (id !== undefined ? resolve(defaultParagraph ?? 'Normal') : undefined),
    numberingStyle: (id) => {
      const seen = new Set<string>()
      for (let s = raw.get(`numbering:${id}`); s && !seen.has(s.id); s = s.basedOn ? raw.get(`numbering:${s.basedOn}`) : undefined) {
        seen.add(s.id)
        if (s.numId !== undefined) return s.numId
      }
      return undefined
    },
    characterBold: (id) => {
      const seen = new Set<string>()
      for (let s = id ? raw.get(`character:${id}`) : undefined; s && !seen.has(s.id); s = s.basedOn ? raw.get(`character:${s.basedOn}`) : undefined) {
        seen.add(s.id)
        if (s.bold !== undefined) return s.bold
      }
      return undefined
    },
  }
}
