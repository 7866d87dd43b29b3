/**
 * Small PDFs written by hand for the PDF reader's tests: pages of text in the standard Helvetica fonts (not
 * embedded: pdfjs reads their metrics from its own folder), a raster figure beside the text, a page that is only an
 * image (a scan), and a PDF that asks for a password. Each has a correct cross-reference table.
 */

export interface TextRun {
  readonly text: string
  readonly x: number
  /** Baseline from the page's top, in points. */
  readonly y: number
  readonly size?: number
  readonly bold?: boolean
  /** Letter spacing (the `Tc` operator) in points: tracked type such as `B i j l a g e`. */
  readonly charSpacing?: number
}

/** A raster image (an XObject of 4 × 4 RGB pixels) drawn at a box in points, from the page's top left. */
export interface TestFigure {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** `figure` and `figures` draw the same image at each box (a figure, a logo, an icon). */
/** `width` and `height` in points give another page size than A4 portrait (landscape, A5). */
export type TestPage =
  | { readonly runs: readonly TextRun[]; readonly figure?: TestFigure; readonly figures?: readonly TestFigure[]; readonly width?: number; readonly height?: number }
  | { readonly image: true }

const WIDTH = 595
const HEIGHT = 842

/** `outline`: bookmarks (a flat list, each to the first page), as a word processor writes its headings' own text. */
export function makePdf(pages: readonly TestPage[], options: { encrypt?: boolean; outline?: readonly string[] } = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const pagesObj = add('')
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const page of pages) {
    const width = ('runs' in page && page.width) || WIDTH
    const height = ('runs' in page && page.height) || HEIGHT
    let content = 'runs' in page ? textContent(page.runs, height) : 'q 400 0 0 500 100 200 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q'
    let xobject = ''
    const boxes = 'runs' in page ? [...(page.figure ? [page.figure] : []), ...(page.figures ?? [])] : []
    if (boxes.length > 0) {
      const pixels = Array.from({ length: 16 }, (_, k) => (k % 2 === 0 ? '\xc8\x32\x32' : '\x32\x64\xc8')).join('')
      const image = add(`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`)
      xobject = ` /XObject << /Im1 ${image} 0 R >>`
      for (const f of boxes) content += `\nq ${f.width} 0 0 ${f.height} ${f.x} ${height - f.y - f.height} cm /Im1 Do Q`
    }
    const stream = add(`<< /Length ${Buffer.from(content, 'latin1').length} >>\nstream\n${content}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >>${xobject} >> /Contents ${stream} 0 R >>`))
  }
  let outlines = ''
  const titles = options.outline ?? []
  if (titles.length > 0) {
    const root = add('')
    const first = objects.length + 1
    titles.forEach((title, k) => {
      const links = `${k > 0 ? ` /Prev ${first + k - 1} 0 R` : ''}${k + 1 < titles.length ? ` /Next ${first + k + 1} 0 R` : ''}`
      add(`<< /Title (${title.replace(/[\\()]/gu, (c) => `\\${c}`)}) /Parent ${root} 0 R${links} /Dest [${kids[0]} 0 R /Fit] >>`)
    })
    objects[root - 1] = `<< /Type /Outlines /First ${first} 0 R /Last ${first + titles.length - 1} 0 R /Count ${titles.length} >>`
    outlines = ` /Outlines ${root} 0 R`
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${outlines} >>`
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const encrypt = options.encrypt ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -4 >>`) : undefined
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${k + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  const id = '0123456789abcdef0123456789abcdef'
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id}> <${id}>]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** The characters beyond Latin-1 that WinAnsiEncoding has, at their codes. */
const WIN_ANSI: Readonly<Record<string, string>> = { '\u2022': '\x95', '\u2013': '\x96', '\u2014': '\x97', '\u2018': '\x91', '\u2019': '\x92' }

function textContent(runs: readonly TextRun[], height: number): string {
  return runs
    .map((r) => {
      const text = [...r.text].map((c) => WIN_ANSI[c] ?? c).join('').replace(/[\\()]/gu, (c) => `\\${c}`)
      return `BT /${r.bold ? 'F2' : 'F1'} ${r.size ?? 10} Tf ${r.charSpacing ? `${r.charSpacing} Tc ` : ''}1 0 0 1 ${r.x} ${height - r.y} Tm (${text}) Tj${r.charSpacing ? ' 0 Tc' : ''} ET`
    })
    .join('\n')
}
