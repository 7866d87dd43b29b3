/**
 * Writes small DOCX files for the reader's tests: the OOXML parts a test gives (document body, styles, numbering,
 * footnotes …) in a ZIP with the content types and relationships Word writes. The parts are written by hand in each
 * test, so what the reader must compute (numbers, levels) is never in the text.
 */
import yazl from 'yazl'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface DocxParts {
  /** The children of w:body. */
  readonly body: string
  /** The children of w:styles. */
  readonly styles?: string
  /** The children of w:numbering. */
  readonly numbering?: string
  /** The children of w:footnotes. */
  readonly footnotes?: string
  /** Extra relationships of document.xml: id → [type (last path segment), target, `External` for a link out]. */
  readonly rels?: Readonly<Record<string, readonly [string, string] | readonly [string, string, 'External']>>
  /** Extra entries (media …): name → bytes. */
  readonly extra?: Readonly<Record<string, Uint8Array | string>>
}

export async function makeDocx(parts: DocxParts): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  const mtime = new Date(Date.UTC(2026, 0, 1))
  const add = (name: string, data: string | Uint8Array): void => zip.addBuffer(Buffer.from(data), name, { mtime })
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  )
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`)
  const rels: string[] = []
  const relate = (id: string, type: string, target: string, mode?: string): void => {
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`)
  }
  if (parts.styles !== undefined) {
    relate('rIdStyles', 'styles', 'styles.xml')
    add('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`)
  }
  if (parts.numbering !== undefined) {
    relate('rIdNumbering', 'numbering', 'numbering.xml')
    add('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`)
  }
  if (parts.footnotes !== undefined) {
    relate('rIdFootnotes', 'footnotes', 'footnotes.xml')
    add('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`)
  }
  for (const [id, [type, target, mode]] of Object.entries(parts.rels ?? {})) relate(id, type, target, mode)
  add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`)
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${parts.body}</w:body></w:document>`,
  )
  for (const [name, data] of Object.entries(parts.extra ?? {})) add(name, data)
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** `<w:p>` with a style, optional numbering and plain text runs. */
export function p(text: string, options: { style?: string; numId?: number; ilvl?: number; bold?: boolean } = {}): string {
  const numPr = options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : ''
  const pPr = options.style !== undefined || numPr ? `<w:pPr>${options.style !== undefined ? `<w:pStyle w:val="${options.style}"/>` : ''}${numPr}</w:pPr>` : ''
  const rPr = options.bold ? '<w:rPr><w:b/></w:rPr>' : ''
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
}
