/**
 * Shows what the PDF reader makes of a PDF before the structurer: one line per reader line with its page, size,
 * bold, indent and hints. `npx tsx scripts/pdf-lines.ts FILE.pdf [--items]` (`--items`: pdfjs's text items too).
 */
import { readFileSync } from 'node:fs'
import { loadPdf } from '../src/read/pdf/load.js'
import { pdfLines } from '../src/read/pdf/index.js'

const file = process.argv[2]
if (!file) throw new Error('usage: scripts/pdf-lines.ts FILE.pdf [--items]')
const { pages, outline } = await loadPdf(readFileSync(file), file)
if (process.argv.includes('--items')) {
  for (const p of pages) for (const it of p.items) console.log(`p${p.number} y${it.y.toFixed(1)} x${it.x.toFixed(1)} w${it.width.toFixed(1)} s${it.size.toFixed(1)}${it.bold ? ' B' : ''} ${JSON.stringify(it.text)}`)
}
const read = pdfLines(pages, file, {}, outline)
for (const l of read.lines) {
  const h = l.hints ?? {}
  const tags = [h.heading ? `H${h.heading.level}` : '', h.listItem ? `L${h.listItem.depth}` : '', h.paragraphEnd === true ? '¶' : h.paragraphEnd === false ? '→' : '', h.table ? 'T' : ''].filter(Boolean).join(' ')
  console.log(`${String(l.line).padStart(4)} p${l.page + 1} ${tags.padEnd(6)} ${l.raw}`)
}
for (const f of read.findings) console.log(`finding ${f.code}: ${f.message}`)
