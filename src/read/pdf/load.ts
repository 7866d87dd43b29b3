/**
 * PDF bytes → positioned text items per page, with pdfjs-dist (its Node "legacy" build; no canvas, no network):
 * fonts and CMaps that a PDF does not embed come from the package's own folders on disk, warnings are silenced, and a
 * PDF that needs a password or is no PDF at all is an input error in Dutch. pdfjs reads a page on one thread, most of
 * it parsing the content stream twice (operator list, text content); a long document is split into ranges of pages
 * read side by side by worker threads (pdf-worker.ts, bundled as dist/chunks/pdf-worker.js), the main thread reading
 * the first range. The pages come out the same whichever thread read them.
 */
import { existsSync } from 'node:fs'
import module, { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
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
type PdfJsDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

let pdfjsModule: Promise<PdfJs> | undefined

/** pdfjs-dist is loaded on the first PDF only: reading text or a DOCX does not pay for it. */
function pdfjs(): Promise<PdfJs> {
  pdfjsModule ??= withoutCanvas(() => import('pdfjs-dist/legacy/build/pdf.mjs'))
  return pdfjsModule
}

/** What `@napi-rs/canvas` resolves to while pdfjs loads (withoutCanvas). */
const NO_CANVAS = 'visie:pdfjs-zonder-canvas'
/**
 * The three classes pdfjs takes from the canvas package when Node lacks them: it only constructs them to render a
 * page (and one DOMMatrix when it loads), which the reader never does.
 */
const NO_CANVAS_SOURCE = 'class Inert {}\nmodule.exports = { DOMMatrix: Inert, ImageData: Inert, Path2D: Inert }\n'

/**
 * Runs `load` with `@napi-rs/canvas` resolved to three inert classes. pdfjs's Node build requires that native package
 * when it loads, only to polyfill what rendering needs; loading it took ~0.3 s per thread (of a 305-page read on
 * three threads, ~1 s of CPU). Through Node's module hooks (22.15+), removed again once pdfjs is in; where Node has
 * none, pdfjs loads the package as before.
 */
async function withoutCanvas<T>(load: () => Promise<T>): Promise<T> {
  const hooks = module.registerHooks?.({
    resolve: (specifier, context, next) => (specifier === '@napi-rs/canvas' ? { url: NO_CANVAS, format: 'commonjs', shortCircuit: true } : next(specifier, context)),
    load: (url, context, next) => (url === NO_CANVAS ? { format: 'commonjs', source: NO_CANVAS_SOURCE, shortCircuit: true } : next(url, context)),
  })
  try {
    return await load()
  } finally {
    hooks?.deregister()
  }
}

/** The package's folders of standard fonts and CMaps, as URLs ending in `/` (pdfjs reads them with `fs` in Node). */
function packageFolder(name: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return `${pathToFileURL(join(root, name)).href}/`
}

/** A font name that says bold: `ABCDEF+LiberationSans-Bold`, `Arial,Bold`, `DejaVuSans-BoldOblique`, `…Black`. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/iu

/** Documents with fewer pages are read on the main thread alone: a worker's start (~0.1 s) would not pay off. */
export const PAGES_PER_WORKER = 40
/** At most this many threads read one document (each holds its own copy of the PDF). */
const MAX_THREADS = 4

/** How `loadPdf` may spread the pages over worker threads (pdf-worker.ts). */
export interface PdfThreads {
  /** The worker module, or with `eval` code that imports it (how a test starts it from the sources). */
  readonly file: URL | string
  readonly eval?: boolean
  /** How many threads read, the main thread included (default: the cores, at most 4, with 40 pages or more each). */
  readonly threads?: number
}

/** A request to the PDF worker: read pages `from`–`to` (from 1, inclusive) of the document. */
export interface PdfWorkerRequest {
  readonly bytes: Uint8Array
  readonly file: string
  readonly from: number
  readonly to: number
  readonly pixels: boolean
}
export type PdfWorkerReply = { readonly pages: PdfPage[] } | { readonly error: string }

export interface LoadPdfOptions extends LoadOptions {
  /** Worker threads for a long document; null: the main thread reads every page (default: the bundled worker). */
  readonly threads?: PdfThreads | null
  /** Only these pages (from 1, inclusive), without the outline: a worker's share. */
  readonly range?: readonly [number, number]
}

export async function loadPdf(bytes: Uint8Array, file: string, options: LoadPdfOptions = {}): Promise<PdfDocument> {
  const lib = await pdfjs()
  const doc = await openPdf(lib, bytes, file)
  try {
    if (options.range !== undefined) return { pages: await readPages(lib, doc, file, options.range[0], Math.min(options.range[1], doc.numPages), options), outline: [] }
    const outline = outlineTitles(await doc.getOutline().catch(() => null))
    const threads = options.threads === undefined ? bundledThreads() : options.threads
    const parts = threads === null ? 1 : Math.max(1, Math.min(doc.numPages, threads.threads ?? Math.min(availableParallelism(), MAX_THREADS, Math.floor(doc.numPages / PAGES_PER_WORKER))))
    if (parts === 1 || threads === null) return { pages: await readPages(lib, doc, file, 1, doc.numPages, options), outline }
    // Contiguous ranges of pages: the main thread reads the first while each worker opens its own copy and reads its own.
    const size = Math.ceil(doc.numPages / parts)
    const ranges = Array.from({ length: parts }, (_, k) => [k * size + 1, Math.min(doc.numPages, (k + 1) * size)] as const).filter(([a, b]) => a <= b)
    const [first, ...rest] = ranges
    const read = await Promise.all([
      readPages(lib, doc, file, first![0], first![1], options),
      ...rest.map(([from, to]) => readInWorker(threads, { bytes, file, from, to, pixels: options.pixels === true })),
    ])
    return { pages: read.flat(), outline }
  } finally {
    await doc.destroy()
  }
}

/** The bundled worker beside the chunk this code is in (dist/chunks/) or below the entry (dist/visie.js), unless VISIE_WORKERS=0 or one core. */
function bundledThreads(): PdfThreads | null {
  if (process.env['VISIE_WORKERS'] === '0' || availableParallelism() < 2) return null
  for (const rel of ['./pdf-worker.js', './chunks/pdf-worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { file: url }
  }
  return null
}

/** One worker thread reads one range of pages and ends. */
function readInWorker(threads: PdfThreads, request: PdfWorkerRequest): Promise<PdfPage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(threads.file, { eval: threads.eval === true })
    let settled = false
    const settle = (f: () => void): void => {
      if (settled) return
      settled = true
      f()
      void worker.terminate()
    }
    worker.on('message', (reply: PdfWorkerReply) => settle(() => ('error' in reply ? reject(new InputError(reply.error)) : resolve(reply.pages))))
    worker.on('error', (e) => settle(() => reject(new InputError(`${request.file}: de PDF kon niet worden gelezen op pagina ${request.from}–${request.to} (${e.message}).`))))
    worker.on('exit', (code) => settle(() => reject(new InputError(`${request.file}: het lezen van pagina ${request.from}–${request.to} stopte onverwacht (exit ${code}).`))))
    // A copy: the main thread keeps reading its own pages from the original.
    worker.postMessage({ ...request, bytes: new Uint8Array(request.bytes) })
  })
}

/** The pdfjs document of the bytes; a PDF with a password or no PDF at all is an input error in Dutch. */
async function openPdf(lib: PdfJs, bytes: Uint8Array, file: string): Promise<PdfJsDocument> {
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
  try {
    return await task.promise
  } catch (e) {
    await task.destroy().catch(() => undefined)
    const name = e instanceof Error ? e.name : ''
    if (name === 'PasswordException') {
      throw new InputError(`${file} is een PDF met een wachtwoord (versleuteld); visie kan die niet lezen. Sla de PDF op zonder beveiliging en probeer het opnieuw.`)
    }
    const reason = e instanceof Error ? e.message : String(e)
    throw new InputError(`${file} is geen leesbare PDF (${reason}). Controleer of het bestand heel is, of exporteer de PDF opnieuw.`)
  }
}

/** Pages `from`–`to` (from 1, inclusive) of an open document: their text items, raster images and figures. */
async function readPages(lib: PdfJs, doc: PdfJsDocument, file: string, from: number, to: number, options: LoadOptions): Promise<PdfPage[]> {
  const { OPS } = lib
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat])
  const pages: PdfPage[] = []
  try {
    for (let n = from; n <= to; n++) {
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
    throw new InputError(`${file}: de PDF kon niet worden gelezen op pagina ${from + pages.length} (${reason}).`)
  }
  return pages
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
