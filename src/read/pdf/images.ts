/**
 * The raster images of a PDF page (pdfjs operator list: paintImageXObject, paintInlineImageXObject): their boxes on the
 * page and, when asked for, their pixels as 8-bit RGB (for figures that become Illustratie, issue 13); and which of
 * them are decoration rather than figures: too small to be one (an icon, a bullet), or standing at the same place in
 * the top or bottom margin zone of several pages (a logo in the header: furniture by position and repetition, as for
 * text in furniture.ts). A map at the same place on several pages of the body is a figure on each.
 */

/** A raster image painted on a page: its box in points (from the page's top left) and, when asked for, its pixels. */
export interface PdfFigure {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  /** 8-bit RGB, row by row, without alpha (a transparent pixel is painted on white). */
  readonly pixels?: { readonly width: number; readonly height: number; readonly rgb: Uint8Array }
}

type Matrix = [number, number, number, number, number, number]
interface ObjStore {
  has(id: string): boolean
  get(id: string): unknown
}

/**
 * The raster images of a page's operator list with their boxes: the current transformation matrix is followed through
 * save/restore, transforms and form XObjects; an image fills the unit square under it.
 */
export function paintedImages(
  operators: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  objs: ObjStore,
  commonObjs: ObjStore,
  top: number,
  left: number,
  withPixels: boolean,
): PdfFigure[] {
  const out: PdfFigure[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const concat = (m: Matrix): void => {
    const [a, b, c, d, e, f] = ctm
    ctm = [m[0] * a + m[1] * c, m[0] * b + m[1] * d, m[2] * a + m[3] * c, m[2] * b + m[3] * d, m[4] * a + m[5] * c + e, m[4] * b + m[5] * d + f]
  }
  operators.fnArray.forEach((op, k) => {
    const args = operators.argsArray[k] as unknown[] | null
    if (op === OPS.save) stack.push(ctm)
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm
    else if (op === OPS.transform) concat(args as unknown as Matrix)
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      if (Array.isArray(args?.[0])) concat(args[0] as Matrix)
    } else if (op === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject) {
      const [a, b, c, d, e, f] = ctm
      const xs = [e, a + e, c + e, a + c + e]
      const ys = [f, b + f, d + f, b + d + f]
      const box = { x: Math.min(...xs) - left, y: top - Math.max(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }
      let image: unknown = op === OPS.paintInlineImageXObject ? args?.[0] : undefined
      if (withPixels && image === undefined && typeof args?.[0] === 'string') {
        const id = args[0]
        const store = id.startsWith('g_') ? commonObjs : objs
        image = store.has(id) ? store.get(id) : undefined
      }
      const pixels = withPixels ? toRgb(image) : undefined
      out.push(pixels ? { ...box, pixels } : box)
    }
  })
  return out
}

/** pdfjs's decoded image (kind 1: 1 bit grey, 2: RGB, 3: RGBA) → 8-bit RGB; RGBA is painted on white. */
function toRgb(image: unknown): PdfFigure['pixels'] {
  const img = image as { width?: number; height?: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | undefined
  if (!img?.data || !img.width || !img.height) return undefined
  const { width, height, kind, data } = img
  const rgb = new Uint8Array(width * height * 3)
  if (kind === 2) rgb.set(data.subarray(0, rgb.length))
  else if (kind === 3) {
    for (let p = 0; p < width * height; p++) {
      const alpha = (data[p * 4 + 3] as number) / 255
      for (let c = 0; c < 3; c++) rgb[p * 3 + c] = Math.round((data[p * 4 + c] as number) * alpha + 255 * (1 - alpha))
    }
  } else if (kind === 1) {
    const rowBytes = (width + 7) >> 3
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0
        rgb.fill(v, (y * width + x) * 3, (y * width + x) * 3 + 3)
      }
    }
  } else return undefined
  return { width, height, rgb }
}

/**
 * Smaller than this share of the page's shorter side (either side of the image) an image is an icon or ornament, no
 * figure: 36 pt (half an inch) on A4, in proportion on A5 or a larger format.
 */
export const MIN_FIGURE = 0.06
/** An image at the same place in a margin zone on this many pages (or on every page of a shorter document) is furniture. */
const REPEATS = 3
/** The top and bottom zones of a page where furniture stands, as a share of its height (furniture.ts uses the same). */
const ZONE = 0.14

/**
 * The decorative images of a document: small ones, and those in a margin zone whose box (to the point) recurs on
 * several pages. Pages built by hand in tests have no boxes and so no decoration.
 */
export function decorativeImages(pages: readonly { readonly width: number; readonly height: number; readonly figures?: readonly PdfFigure[] }[]): Set<PdfFigure> {
  const key = (f: PdfFigure): string => [f.x, f.y, f.width, f.height].map((v) => Math.round(v)).join(' ')
  const onPages = new Map<string, number>()
  for (const p of pages) {
    const inZone = (f: PdfFigure): boolean => f.y + f.height <= p.height * ZONE || f.y >= p.height * (1 - ZONE)
    for (const k of new Set((p.figures ?? []).filter(inZone).map(key))) onPages.set(k, (onPages.get(k) ?? 0) + 1)
  }
  const repeats = Math.max(2, Math.min(REPEATS, pages.length))
  const out = new Set<PdfFigure>()
  for (const p of pages) {
    const least = MIN_FIGURE * Math.min(p.width, p.height)
    for (const f of p.figures ?? []) if (f.width < least || f.height < least || (onPages.get(key(f)) ?? 0) >= repeats) out.add(f)
  }
  return out
}
