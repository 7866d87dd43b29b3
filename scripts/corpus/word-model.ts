/**
 * The document model of the Word corpus generator (scripts/corpus/render-docx.ts): a besluit, the visie it adopts
 * and its bijlagen, with the Word constructs a house style uses — heading styles (built-in "Heading n" or custom
 * styles with an outline level) numbered automatically from numbering.xml, bullet and numbered lists from numbering
 * definitions, tables with merged cells, headers/footers with page fields, footnotes, a two-column section.
 * truth.json is derived from this model (headings numbered by the generator's own counters), never from a reader.
 */

/** A list item: text, or text with a nested list. */
export type Item = string | { text: string; sub: Item[] }

export type Block =
  /** A heading of the visie, level 1–3; its number comes only from Word's automatic numbering. */
  | { t: 'h'; l: 1 | 2 | 3; text: string }
  | { t: 'p'; text: string; footnote?: string }
  /** An unnumbered kop: a bold body-size paragraph. */
  | { t: 'tk'; text: string }
  | { t: 'ul' | 'ol'; items: Item[] }
  /** A table with a header row; `span` merges the first cell of a row over two columns. */
  | { t: 'table'; header: string[]; rows: string[][]; spanFirst?: number }
  /** The following blocks in a continuous section of two columns, then back to one. */
  | { t: 'cols2'; blocks: Block[] }

export interface Gio {
  naam: string
  identificatie: string
  /** Schematic polygon centre offset (km) from the origin and its size (km). */
  at: [number, number]
  size?: number
}

/** One level of the heading numbering: Word's lvlText ("%1.%2.") and numFmt. */
export interface OutlineLevel {
  text: string
  format: 'decimal' | 'upperRoman' | 'upperLetter'
  start?: number
}

export interface WordDoc {
  id: string
  set: 'dev' | 'holdout'
  bron: string
  bevoegdGezag: string
  naam: string
  style: {
    font: string
    size: number
    /** Heading style names: Word's built-in ("Heading1" …) or custom ones with an outline level. */
    headings: 'builtin' | 'custom'
    /** Numbering linked in the heading styles (w:pStyle/w:numPr) or set on each heading paragraph. */
    numberingIn: 'style' | 'paragraph'
    outline: [OutlineLevel, OutlineLevel, OutlineLevel]
    bullet: [string, string]
    ordered: ['decimal' | 'lowerLetter', string, 'lowerLetter' | 'bullet', string]
    header?: string
    /** Footer text; `{page}` is Word's PAGE field, `{pages}` NUMPAGES. */
    footer: string
  }
  besluit: { opschrift: string; artikelen: string[]; inwerkingtreding: string | null; paragraphs: Block[] }
  /** The line that introduces the visie ("Bijlage A", "Bijlage bij het besluit …"). */
  bijlageA: string
  visie: { opschrift: string; subtitel?: string; body: Block[] }
  bijlagen: { nummer: string; opschrift: string; blocks: (Block | { t: 'gio'; header: [string, string] })[] }[]
  gios: Gio[]
  config: {
    werk: { jaar: string; besluit: string; regeling: string; doel: string }
    datums: { vaststelling: string; ondertekening: string; bekendmaking: string; inwerkingtreding?: string }
    soortBestuursorgaan: string
    ambtsgebied: string
  }
  geo: { origin: [number, number] }
  meubilair: string[]
}
