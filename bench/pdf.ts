/**
 * Benchmark of the PDF reader: a ~300-page PDF made at bench time (the corpus document c01's HTML with its body
 * repeated, printed by Chromium through playwright-core; nothing large is committed), read by `readDocument` (pdfjs-dist,
 * lines, typography, the structurer) and, as the yardstick, by `pdftotext -layout` on the same PDF. Prints one JSON
 * line per measurement: the reader's wall time (one warm-up, then the median of 3) with the process's peak RSS, and
 * pdftotext's with its own.
 * Run: node --import tsx bench/pdf.ts [pages]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { readDocument } from '../src/read/index.js'
import { emit, maxRssMb, medianMs, timeCommand } from './lib.js'

const targetPages = Number(process.argv[2] ?? 300)
const source = new URL('../test/corpus/c01/bron.html', import.meta.url)
const browserPath = process.env['CHROMIUM'] ?? '/usr/bin/chromium'
const yardstick = `pdftotext -layout, dezelfde PDF`

if (!existsSync(source) || !existsSync(browserPath)) {
  emit({ name: `PDF lezen ${targetPages} pagina's`, ms: Number.NaN, note: `niet gemeten: ${existsSync(source) ? browserPath : 'test/corpus/c01'} ontbreekt` })
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), 'visie-bench-pdf-'))
try {
  const html = readFileSync(source, 'utf8')
  const open = html.indexOf('>', html.indexOf('<body')) + 1
  const close = html.lastIndexOf('</body>')
  // c01 is 10 pages: its body repeated gives the page count (the besluit and bijlagen repeat too; reading is the same work).
  const copies = Math.max(1, Math.round(targetPages / 10))
  const body = html.slice(open, close)
  writeFileSync(join(dir, 'lang.html'), html.slice(0, open) + Array.from({ length: copies }, () => body).join('\n') + html.slice(close))
  const pdfPath = join(dir, 'lang.pdf')
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu', '--headless'] })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(join(dir, 'lang.html')).href, { waitUntil: 'load' })
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true, tagged: false, outline: false })
  } finally {
    await browser.close()
  }
  const bytes = readFileSync(pdfPath)
  const pages = /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? '?'
  const ms = await medianMs(() => readDocument(bytes, { file: 'lang.pdf' }), 3)
  emit({ name: `PDF lezen, ${pages} pagina's (${(bytes.length / 2 ** 20).toFixed(1)} MB, pdfjs-dist + structuur)`, ms, maxRssMb: maxRssMb(), compare: yardstick })
  emit({ ...timeCommand(yardstick, 'pdftotext', ['-layout', pdfPath, join(dir, 'lang.txt')]) })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
