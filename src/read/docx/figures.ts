/**
 * DOCX figures (issue 13): a picture (DrawingML `a:blip r:embed`, VML `v:imagedata r:id`) with its caption beside it
 * becomes a figure whose image is the media file (word/media/…, found through document.xml.rels), when visie.json
 * says `illustraties`. A caption is the paragraph with the picture, or the next or previous one (an empty paragraph
 * between allowed), when its style is a caption style or its text starts `Figuur n`, `Kaart n`, `Afbeelding n`, `Foto n`.
 * PNG and JPEG are taken as they are, except that a transparent PNG is put on white (LVBB1013, png-alpha.ts); other
 * formats (EMF, WMF, SVG, GIF, TIFF …) and linked pictures are not taken.
 */
import type { BodyImage, BodyItem } from './body.js'
import { flattenPng } from './png-alpha.js'
import type { DocxZip } from './zip.js'

/** A figure the reader takes: the caption's paragraph, the picture's paragraph, its bytes and drawn width. */
export interface DocxFigure {
  readonly captionAlinea: number
  readonly alinea: number
  readonly bytes: Uint8Array
  readonly formaat: 'image/png' | 'image/jpeg'
  /** The width it is drawn at, in inches: with the file's pixels, the resolution it is printed at. */
  readonly inches?: number
}

/** A picture that is not taken for its format or because it is not in the document: the finding names it. */
export interface RefusedImage {
  readonly alinea: number
  readonly bestand: string
  /** `EMF`, `SVG` …, `gekoppeld` (linked, not embedded) or `ontbreekt` (no such part). */
  readonly soort: string
}

export interface DocxFigures {
  readonly taken: readonly DocxFigure[]
  readonly refused: readonly RefusedImage[]
  /** Paragraphs with pictures that became no figure (not asked for, or no caption beside them), in order. */
  readonly untaken: readonly number[]
  /** Taken PNGs whose transparency was put on white. */
  readonly flattened: readonly { readonly alinea: number; readonly bestand: string }[]
}

const NUMBERED_CAPTION = /^(?:Figuur|Kaart|Afbeelding|Foto)\s+\d{1,3}(?:[.-]\d{1,3})*\b/iu
/** A caption is a line, not a paragraph of running text. */
const MAX_CAPTION = 200
/** How many paragraphs a caption may stand from its picture (one empty paragraph between them is common). */
const NEAR = 2

export async function docxFigures(
  items: readonly BodyItem[],
  images: readonly BodyImage[],
  media: ReadonlyMap<string, string>,
  zip: DocxZip,
  illustraties: boolean,
): Promise<DocxFigures> {
  const alineas = (list: readonly BodyImage[]): number[] => [...new Set(list.map((i) => i.alinea))]
  if (!illustraties) return { taken: [], refused: [], untaken: alineas(images), flattened: [] }
  const paragraphs = items.filter((i): i is Extract<BodyItem, { kind: 'paragraph' }> => i.kind === 'paragraph')
  const claimed = new Set<number>()
  const taken: DocxFigure[] = []
  const refused: RefusedImage[] = []
  const untaken: BodyImage[] = []
  const flattened: { alinea: number; bestand: string }[] = []
  for (const image of images) {
    const path = media.get(image.rel)
    const bytes = path !== undefined && !image.linked ? await zip.read(path) : undefined
    const formaat = bytes ? rasterFormat(bytes) : undefined
    if (!bytes || !formaat) {
      const soort = image.linked ? 'gekoppeld' : !bytes ? 'ontbreekt' : otherFormat(bytes, path as string)
      refused.push({ alinea: image.alinea, bestand: path ?? image.rel, soort })
      continue
    }
    const caption = captionOf(image, paragraphs, images, claimed)
    if (caption === undefined) {
      untaken.push(image)
      continue
    }
    claimed.add(caption)
    const flat = formaat === 'image/png' ? flattenPng(bytes) : undefined
    if (flat) flattened.push({ alinea: image.alinea, bestand: path as string })
    taken.push({ captionAlinea: caption, alinea: image.alinea, bytes: flat ?? bytes, formaat, ...(image.inches ? { inches: image.inches.width } : {}) })
  }
  return { taken, refused, untaken: alineas(untaken), flattened }
}

type Paragraph = Extract<BodyItem, { kind: 'paragraph' }>

/** The caption's alinea: the picture's own paragraph, else the nearest one after it, else the nearest one before. */
function captionOf(image: BodyImage, paragraphs: readonly Paragraph[], images: readonly BodyImage[], claimed: ReadonlySet<number>): number | undefined {
  const free = (p: Paragraph | undefined): p is Paragraph => p !== undefined && !claimed.has(p.alinea) && isCaption(p)
  // Another picture between the two would have the caption for its own.
  const between = (a: number, b: number): boolean => images.some((i) => i !== image && i.alinea > Math.min(a, b) && i.alinea < Math.max(a, b))
  const own = paragraphs.find((p) => p.alinea === image.alinea)
  if (free(own)) return own.alinea
  const after = paragraphs.find((p) => p.alinea > image.alinea)
  if (free(after) && after.alinea - image.alinea <= NEAR && !between(image.alinea, after.alinea)) return after.alinea
  const before = paragraphs.findLast((p) => p.alinea < image.alinea)
  if (free(before) && image.alinea - before.alinea <= NEAR && !between(before.alinea, image.alinea)) return before.alinea
  return undefined
}

function isCaption(p: Paragraph): boolean {
  if (p.outlineLevel !== undefined || p.number !== undefined || p.text.length > MAX_CAPTION) return false
  return p.caption === true || NUMBERED_CAPTION.test(p.text)
}

/** PNG by its signature, JPEG by its SOI marker: the formats the LVBB takes (LVBB1017). */
function rasterFormat(bytes: Uint8Array): DocxFigure['formaat'] | undefined {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png'
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return undefined
}

/** The name of a format the LVBB does not take, by content where it tells, else by the part's extension. */
function otherFormat(bytes: Uint8Array, path: string): string {
  const head = Buffer.from(bytes.subarray(0, 64))
  if (head.length >= 44 && head.readUInt32LE(0) === 1 && head.toString('latin1', 40, 44) === ' EMF') return 'EMF'
  if (head.length >= 4 && (head.readUInt32LE(0) === 0x9ac6cdd7 || head.readUInt32LE(0) === 0x00090001)) return 'WMF'
  if (/<svg\b/u.test(Buffer.from(bytes.subarray(0, 1024)).toString('utf8'))) return 'SVG'
  if (head.toString('latin1', 0, 3) === 'GIF') return 'GIF'
  if (head.toString('latin1', 0, 2) === 'BM') return 'BMP'
  if (head.toString('latin1', 0, 4) === 'II*\u0000' || head.toString('latin1', 0, 4) === 'MM\u0000*') return 'TIFF'
  const ext = /\.([A-Za-z0-9]{1,5})$/u.exec(path)?.[1]
  return ext ? ext.toUpperCase() : 'onbekend'
}
