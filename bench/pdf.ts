/**
 * Benchmark of the PDF reader: a ~300-page PDF made at bench time (the corpus document c01's HTML with its visie
 * chapters repeated, printed by Chromium through playwright-core; nothing large is committed), read as a user reads
 * it, `visie parse lang.pdf` (its default outline) of the bundled CLI (pdfjs-dist on the cores, lines, typography,
 * the structurer), and, as the yardstick, by `pdftotext -layout` on the same PDF. Prints one JSON line per
 * measurement: wall time (one warm-up, then the median of 3 runs) with the peak RSS and CPU time of that run; the CLI
 * also on one thread (VISIE_WORKERS=0), which shows what the worker threads of a long PDF give on this machine.
 * Each copy of the chapters is numbered on (chapters 6–10, 11–15, …) and opened by a paragraph of 1–7 sentences, so
 * its pages do not repeat the previous copy's lines at the same places: repeating the whole document page for page made
 * every line page furniture (VISIE-110) and left the structurer nothing to do (VISIE-102, no visie read).
 * Run: node --import tsx bench/pdf.ts [pages]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { emit, medianRun } from './lib.js'

const targetPages = Number(process.argv[2] ?? 300)
const source = new URL('../test/corpus/c01/bron.html', import.meta.url)
const browserPath = process.env['CHROMIUM'] ?? '/usr/bin/chromium'
const yardstick = `pdftotext -layout, dezelfde PDF`
const cli = fileURLToPath(new URL('../bin/visie', import.meta.url))

if (!existsSync(source) || !existsSync(browserPath)) {
  emit({ name: `PDF lezen ${targetPages} pagina's`, ms: Number.NaN, note: `niet gemeten: ${existsSync(source) ? browserPath : 'test/corpus/c01'} ontbreekt` })
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), 'visie-bench-pdf-'))
try {
  const html = readFileSync(source, 'utf8')
  // c01: the besluit, Bijlage A with five chapters (~7 printed pages), Bijlage 1 (the GIOs); the chapters are repeated.
  const from = html.indexOf('<h1 class="k1">')
  const to = html.indexOf('<h2 class="bijlkop">')
  if (from < 0 || to < from) throw new Error('test/corpus/c01/bron.html: hoofdstukken of bijlage 1 niet gevonden')
  const chapters = html.slice(from, to)
  const perCopy = (chapters.match(/<h1 class="k1">/g) ?? []).length
  const copies = Math.max(1, Math.ceil((targetPages - 3) / 7))
  const opening = 'Dit deel herhaalt de hoofdstukken van de visie voor de meting van de leessnelheid.'
  const body = Array.from({ length: copies }, (_, k) =>
    `<p>${Array.from({ length: 1 + (k % 7) }, () => opening).join(' ')}</p>\n` +
    chapters.replace(/<span class="nr">(\d+)((?:\.\d+)*)<\/span>/g, (_m, n: string, rest: string) => `<span class="nr">${Number(n) + k * perCopy}${rest}</span>`),
  ).join('\n')
  writeFileSync(join(dir, 'lang.html'), html.slice(0, from) + body + html.slice(to))
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
  const what = `${pages} pagina's (${(bytes.length / 2 ** 20).toFixed(1)} MB)`
  const parse = ['parse', pdfPath]
  emit({ ...medianRun(`PDF lezen, ${what}: visie parse`, process.execPath, [cli, ...parse]), compare: yardstick })
  emit({ ...medianRun(`PDF lezen, ${what}: visie parse op één thread (VISIE_WORKERS=0)`, process.execPath, [cli, ...parse], { VISIE_WORKERS: '0' }), compare: yardstick })
  emit(medianRun(yardstick, 'pdftotext', ['-layout', pdfPath, join(dir, 'lang.txt')]))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
