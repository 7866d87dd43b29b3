/**
 * Benchmark of the DOCX reader: a Word visie of about 300 pages, generated here with the corpus generator
 * (scripts/corpus/render-docx.ts: the w01 document's visie repeated, real numbering.xml headings, lists and tables),
 * read with `readDocument` (ZIP, styles, numbering, body, structurer), median of 3, and peak RSS. The yardstick is
 * reading the same content as plain text (`readText` of the text the DOCX holds, headings with their numbers), so the
 * ratio is what reading Word's own structure costs on top of reading its text.
 * Run: node --import tsx bench/docx.ts
 */
import { readDocxLines } from '../src/read/docx/index.js'
import { readDocument } from '../src/read/index.js'
import { readText } from '../src/parse/index.js'
import { renderDocx } from '../scripts/corpus/render-docx.js'
import { WORD_DOCS } from '../scripts/corpus/word-docs.js'
import { emit, maxRssMb, medianMs } from './lib.js'

/** Characters of body text on a printed A4 page of a visie (11 pt, some headings and white space). */
const CHARS_PER_PAGE = 2800
const base = WORD_DOCS[0]
if (!base) throw new Error('no Word corpus document')
const copies = 230
const big = { ...base, visie: { ...base.visie, body: Array.from({ length: copies }, () => base.visie.body).flat() } }
const bytes = await renderDocx(big)
const lines = await readDocxLines(bytes, 'bench.docx')
const text = lines.lines.map((l) => l.text).join('\n\n')
const pages = Math.round(text.length / CHARS_PER_PAGE)

const docxMs = await medianMs(() => readDocument(bytes, { file: 'bench.docx' }), 3)
const rss = maxRssMb()
const textMs = await medianMs(() => readText(text, { file: 'bench.txt' }), 3)
emit({ name: `read text of the same visie (~${pages} pages)`, ms: textMs })
emit({ name: `read docx ~${pages} pages (${(bytes.length / 1024).toFixed(0)} kB, ${lines.lines.length} alinea's)`, ms: docxMs, maxRssMb: rss, compare: `read text of the same visie (~${pages} pages)` })
