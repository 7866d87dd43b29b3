/**
 * The document model the LibreOffice corpus generator typesets (scripts/corpus/render-writer.ts).
 * A corpus document (test/corpus/c10 … c18) is one `Doc`: a besluit, the visie it adopts, the visie's
 * bijlagen (one of them the GIO list) and a house style. truth.json is derived from this model, never from
 * what a reader makes of the PDF.
 */

/** A list item: text, or text with a nested list. */
export type Item = string | { text: string; sub: Item[] }

export type Block =
  /** Numbered heading (outline numbering from the house style), level 1–4. */
  | { t: 'h'; l: 1 | 2 | 3 | 4; text: string }
  /** Body paragraph; `**bold**` and `_italic_` inline. */
  | { t: 'p'; text: string; style?: ParaStyle }
  /** Unnumbered sub-heading inside a paragraph ("tussenkop"). */
  | { t: 'tk'; text: string }
  /** Bulleted (ul) or numbered (ol) list; `list` names a list style of the house style. */
  | { t: 'ul' | 'ol'; list: string; items: Item[] }
  /** A table with a header row; widths in cm. */
  | { t: 'table'; cols: number[]; header: string[]; rows: string[][] }
  /** Start a new page (optionally with another page style and a page number restart). */
  | { t: 'break'; master?: string; restart?: number }
  /** Two-column section. */
  | { t: 'cols2'; blocks: Block[] }
  /** Signatures side by side in a borderless two-column table. */
  | { t: 'sign'; left: string[]; right: string[] }
  /** The GIO list (from Doc.gios) as a table with a narrow identifier column, or as lines. */
  | {
      t: 'gio'
      layout: 'table' | 'lines'
      cols?: [number, number] | [number, number, number]
      header?: [string, string] | [string, string, string]
      sep?: string
      /** A third table column: a running number before the naam, or the GIO's toelichting after the identifier. */
      extra?: 'nr' | 'toelichting'
    }
  /** Heading of a bijlage of the visie (not outline-numbered). */
  | { t: 'bijlage'; label: string; nummer: string; text: string; sep?: string }
  /** Generated table of contents of the level-1 (and optionally level-2) headings, with page numbers. */
  | { t: 'toc'; title: string; levels: 1 | 2 }

export type ParaStyle = 'body' | 'title' | 'subtitle' | 'center' | 'bold' | 'label' | 'small' | 'artikel' | 'right'

export interface LevelFormat {
  /** ODF num-format: '1', 'a', 'A', 'i', 'I'. */
  format: string
  prefix?: string
  suffix?: string
  /** How many levels the number shows (1 for level 1; 2 for "1.1"; …). */
  display: number
  start?: number
}

export interface ListStyle {
  kind: 'bullet' | 'number'
  /** For bullets: per level the glyph and its font; for numbers: per level format and suffix. */
  levels: Array<{ char?: string; font?: string; format?: string; suffix?: string; prefix?: string }>
}

/** Header/footer content: a paragraph of pieces separated by tabs; fields in {braces}. */
export interface Furniture {
  /** Each string is one line; `\t` moves to the centre/right tab stop; fields: {page} {pages} {chapter} {chaptername} {title}. */
  header?: string[]
  footer?: string[]
  /** Different content on left (even) pages. */
  headerLeft?: string[]
  footerLeft?: string[]
  align?: 'left' | 'center' | 'right'
}

export interface HouseStyle {
  font: string
  size: number
  headingFont?: string
  headingColor?: string
  headingSizes: [number, number, number, number]
  headingUpper1?: boolean
  /**
   * Custom names for the outline heading paragraph styles of levels 1–4 (e.g. "VisieKop1"): styles based on the
   * default paragraph style that carry only an outline level and the outline numbering. Absent: Heading 1–4.
   */
  headingStyles?: [string, string, string, string]
  headingItalic3?: boolean
  /** Per level whether the heading is bold (a brochure sets section titles in colour without bold); absent: levels 1–3 bold. */
  headingBold?: [boolean, boolean, boolean, boolean]
  lineHeight?: number
  spaceAfter?: number
  justify?: boolean
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number }
  /** Outline numbering per level 1–4. */
  outline: [LevelFormat, LevelFormat, LevelFormat, LevelFormat]
  lists: Record<string, ListStyle>
  /** Page styles besides the title page: name → furniture (+ landscape). `Standard` is the main one. */
  masters: Record<string, Furniture & { landscape?: boolean }>
  tableBorder?: string
  tableHeaderBg?: string
  tableFontSize?: number
  tussenkop?: { bold?: boolean; italic?: boolean; color?: string; size?: number }
}

export interface Gio {
  naam: string
  identificatie: string
  /** What the GIO is for (a third GIO-table column with `extra: 'toelichting'`). */
  toelichting?: string
  /** Schematic polygon centre offset (km) from Doc.geo.origin and size (km). */
  at: [number, number]
  size?: number
}

export interface Doc {
  id: string
  set: 'dev' | 'holdout'
  bron: string
  bevoegdGezag: string
  naam: string
  title: string
  style: HouseStyle
  besluit: { opschrift: string; artikelen: string[]; inwerkingtreding: string | null; blocks: Block[] }
  visie: { opschrift: string; front: Block[]; body: Block[] }
  bijlagen: Block[][]
  gios: Gio[]
  config: {
    werk: { jaar: string; besluit: string; regeling: string; doel: string }
    datums: { vaststelling: string; ondertekening: string; bekendmaking: string; inwerkingtreding?: string }
    soortBestuursorgaan: string
    onderwerpen: string[]
    ambtsgebied: string
    toelichting?: string
  }
  /** RD New origin (m) for the schematic geometry. */
  geo: { origin: [number, number] }
  /** Regexes for the page furniture (headers, footers, page numbers). */
  meubilair: string[]
  /** Only for a document the LVBB cannot accept as it stands: the blocking codes a build must give, and why. */
  levering?: { blokkerend: string[]; reden: string }
}
