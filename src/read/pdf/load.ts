/**
 * PDF bytes → positioned text items per page, with pdfjs-dist (its Node "legacy" build; no canvas, no worker
 * thread, no network): fonts and CMaps that a PDF does not embed come from the package's own folders on disk,
 * warnings are silenced, and a PDF that needs a password or is no PDF at all is an input error in Dutch.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InputError } from '../../model/errors.js'
import { paintedImages, type PdfFigure } from './images.js'

export type { PdfFigure } from './images.js'

/** One run of text as the PDF places it. Coordinates in points, from the page's top left; `y` is the baseline. */
export interface PdfItem {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  /** The font size (the text matrix's vertical scale). */
  readonly size: number
  readonly bold: boolean
}

export interface PdfPage {
  /** From 1. */
  readonly number: number
  readonly width: number
  readonly height: number
  readonly items: readonly PdfItem[]
  /** Raster images painted on the page. */
  readonly images: number
  /** Where those images stand (absent on pages built by hand in tests). */
  readonly figures?: readonly PdfFigure[]
}

/** What `loadPdf` reads: the pages, and the titles of the document's outline (its bookmarks), depth first. */
export interface PdfDocument {
  readonly pages: PdfPage[]
  /** As the bookmarks spell them: a word processor writes a heading's own text there, also when its style prints it in capitals. */
  readonly outline: readonly string[]
}

export interface LoadOptions {
  /** Keep the pixels of raster images (for figures that become Illustratie); otherwise only their boxes. */
  readonly pixels?: boolean
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjsModule: Promise<PdfJs> | undefined

/** pdfjs-dist is loaded on the first PDF only: reading text or a DOCX does not pay for it. */
function pdfjs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjsModule
}

/** The package's folders of standard fonts and CMaps, as URLs ending in `/` (pdfjs reads them with `fs` in Node). */
function packageFolder(name: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return `${pathToFileURL(join(root, name)).href}/`
}

/** A font name that says bold: `ABCDEF+LiberationSans-Bold`, `Arial,Bold`, `DejaVuSans-BoldOblique`, `…Black`. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/iu

export async function loadPdf(bytes: Uint8Array, file: string, options: LoadOptions = {}): Promise<PdfDocument> {
  const lib = await pdfjs()
  const task = lib.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    standardFontDataUrl: packageFolder('standard_fonts'),
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (e) {
    await task.destroy().catch(() => undefined)
    const name = e instanceof Error ? e.name : ''
    if (name === 'PasswordException') {
      throw new InputError(`${file} is een PDF met een wachtwoord (versleuteld); visie kan die niet lezen. Sla de PDF op zonder beveiliging en probeer het opnieuw.`)
    }
    const reason = e instanceof Error ? e.message : String(e)
    throw new InputError(`${file} is geen leesbare PDF (${reason}). Controleer of het bestand heel is, of exporteer de PDF opnieuw.`)
  }
  const { OPS } = lib
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat])
  const pages: PdfPage[] = []
  let outline: string[] = []
  try {
    outline = outlineTitles(await doc.getOutline().catch(() => null))
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      // The operator list loads the fonts (their names tell bold) and shows the raster images.
      const operators = await page.getOperatorList()
      const images = operators.fnArray.filter((op) => imageOps.has(op)).length
      const figures = images > 0 ? paintedImages(operators, OPS, page.objs, page.commonObjs, y1, x0, options.pixels === true) : []
      const content = await page.getTextContent()
      const bold = new Map<string, boolean>()
      const isBold = (fontName: string): boolean => {
        let b = bold.get(fontName)
        if (b === undefined) {
          const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string } | null) : null
          b = BOLD_FONT.test(font?.name ?? '')
          bold.set(fontName, b)
        }
        return b
      }
      const items: PdfItem[] = []
      const spaced = letterSpacing(operators, OPS)
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number]
        // Rotated or vertical text (a stamp, a margin note) is no part of the reading text.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue
        items.push({ text: spaced(item.str), x: e - x0, y: y1 - f, width: item.width, size: d, bold: isBold(item.fontName) })
      }
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, items, images, figures })
      page.cleanup()
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    throw new InputError(`${file}: de PDF kon niet worden gelezen op pagina ${pages.length + 1} (${reason}).`)
  } finally {
    await doc.destroy()
  }
  return { pages, outline }
}

interface OutlineNode {
  readonly title: string
  readonly items: readonly OutlineNode[]
}

/** The outline's titles, depth first (a damaged or absent outline has none). */
function outlineTitles(nodes: readonly OutlineNode[] | null): string[] {
  const out: string[] = []
  const walk = (list: readonly OutlineNode[]): void => {
    for (const n of list) {
      if (typeof n.title === 'string' && n.title.trim() !== '') out.push(n.title.replace(/\s+/gu, ' ').trim())
      if (Array.isArray(n.items)) walk(n.items)
    }
  }
  walk(nodes ?? [])
  return out
}

/** Text that pdfjs gives letter by letter: `B i j l a g e`, `b i j` (single characters between spaces). */
const LETTER_BY_LETTER = /^(?:\S ){1,}\S$/u

/**
 * Letter-spaced text (tracking) comes from pdfjs with a space between every two letters, the gaps between its words
 * lost among them. The page's glyphs, in the order the content stream shows them, still hold the space glyphs that
 * stood between the words: such a run is given its words back (`Bijlage 1 bij het raadsbesluit …`, `Bijlage`). A
 * page without space glyphs (word gaps set by positioning only) keeps pdfjs's text.
 */
function letterSpacing(operators: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): (text: string) => string {
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
  // Text placed anew (a new text object, matrix or line) does not go on from the glyphs before it.
  const breaks = new Set([OPS.beginText, OPS.setTextMatrix, OPS.nextLine, OPS.setLeadingMoveText])
  let glyphs: string | undefined
  let from = 0
  const stream = (): string => {
    glyphs ??= operators.fnArray
      .map((op, k) => {
        const args = operators.argsArray[k] as unknown[] | null
        if (breaks.has(op) || (op === OPS.moveText && args?.[1] !== 0)) return '\n'
        if (!shows.has(op)) return ''
        const run = (args?.at(-1) as unknown[] | undefined) ?? []
        return run.map((g) => (typeof g === 'object' && g !== null && typeof (g as { unicode?: unknown }).unicode === 'string' ? (g as { unicode: string }).unicode.replace(/\s/gu, ' ') : '')).join('')
      })
      .join('')
    return glyphs
  }
  return (str) => {
    const text = str.trim()
    if (!LETTER_BY_LETTER.test(text)) return str
    const letters = [...text.replace(/ /gu, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
    // The run's letters as whole words of the stream, with or without spaces between them.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${letters.join(' *')}(?![\\p{L}\\p{N}])`, 'gu')
    const g = stream()
    pattern.lastIndex = from
    const m = pattern.exec(g) ?? ((pattern.lastIndex = 0), pattern.exec(g))
    // Without a space glyph on the page the stream cannot tell one word from several.
    if (!m || !g.includes(' ')) return str
    from = m.index + m[0].length
    return m[0].replace(/ +/gu, ' ')
  }
}
