/**
 * Corpus generator, Chromium variant: builds a corpus document (scripts/corpus/html-docs/<id>.ts) as HTML + CSS
 * (bron.html), prints it with headless Chromium (CSS paged media: @page margin boxes for running headers and
 * footers, named pages for chapter headers), runs `pdftotext -raw` and `pdftotext -layout`, and writes
 * truth.json, visie.json and geo.geojson from the model the document was built with.
 *
 *   npx tsx scripts/corpus/render-html.ts c01 c02 …   (all documents when no id is given)
 *
 * Checks before it writes: no meubilair regex matches a text of the model, every meubilair regex matches a line
 * of raw.txt (the furniture really is in the extraction), GIO identifiers have the JOIN form.
 * Needs /usr/bin/chromium (or CHROMIUM=…) and pdftotext/pdfinfo (poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { DocBuilder, DocSpec, Gio } from './html-model.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

interface Built {
  spec: DocSpec
  doc: DocBuilder
}

/** A simple star-shaped ring around a centre: angles sorted, radii jittered, so it never self-intersects. */
function ring(cx: number, cy: number, r: number, seed: number): number[][] {
  let s = seed >>> 0
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  const n = 7 + Math.floor(rnd() * 5)
  const pts: number[][] = []
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * (i + 0.15 + rnd() * 0.7)) / n
    const rr = r * (0.65 + rnd() * 0.35)
    pts.push([Math.round((cx + rr * Math.cos(a)) * 1000) / 1000, Math.round((cy + rr * Math.sin(a)) * 1000) / 1000])
  }
  const first = pts[0]
  if (!first) throw new Error('empty ring')
  // counter-clockwise outer ring (angles increase), closed
  return [...pts, [first[0] ?? 0, first[1] ?? 0]]
}

function geojson(spec: DocSpec): unknown {
  const [ox, oy] = spec.geo.origin
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    toelichting: 'schematische geometrie, geen echte begrenzing',
    features: spec.gios.map((g: Gio, i: number) => ({
      type: 'Feature',
      properties: { gio: g.naam },
      geometry: { type: 'Polygon', coordinates: [ring(ox + g.at[0] * 1000, oy + g.at[1] * 1000, (g.r ?? 0.8) * 1000, 7919 * (i + 1) + spec.id.charCodeAt(2))] },
    })),
  }
}

function visieJson(spec: DocSpec): unknown {
  const c = spec.config
  return {
    $schema: '../../../schemas/visie.schema.json',
    toelichting: `Corpusdocument ${spec.id}: ${spec.naam}. De OIN's zijn plaatshouders; de geometrie in geo.geojson is schematisch getekend en geen echte begrenzing.`,
    bevoegdGezag: spec.bevoegdGezag,
    naam: spec.naam,
    oin: { bevoegdGezag: c.oin, aanleveraar: c.oin },
    idLevering: `${spec.bevoegdGezag}-${c.werk.besluit}-${c.werk.jaar}-1`,
    tekst: 'raw.txt',
    werk: c.werk,
    datums: c.datums,
    metadata: {
      soortBestuursorgaan: c.soortBestuursorgaan,
      onderwerpen: ['/tooi/def/concept/c_9af4b880'],
      rechtsgebieden: ['/tooi/def/concept/c_638d8062'],
    },
    standaarden: { stop: '1.3.0', lvbb: '1.2.0', imow: '3.0' },
    geo: {
      crs: 'EPSG:28992',
      achtergrondVerwijzing: 'TOP10NL',
      achtergrondActualiteit: c.achtergrondActualiteit,
      bronnen: ['geo.geojson'],
      schematisch: true,
    },
    afbeeldingen: {},
    ow: { ambtsgebied: c.ambtsgebied },
  }
}

function truthJson(spec: DocSpec, doc: DocBuilder): unknown {
  return {
    set: spec.set,
    bron: spec.bron,
    bevoegdGezag: spec.bevoegdGezag,
    besluit: spec.besluit,
    visie: {
      opschrift: spec.visieOpschrift,
      koppen: doc.koppen,
      lijstitems: doc.lijstitems,
      tabellen: doc.tabellen,
      bijlagen: doc.bijlagen,
    },
    gios: spec.gios.map((g) => ({ naam: g.naam, identificatie: g.identificatie })),
    meubilair: spec.meubilair,
  }
}

function check(spec: DocSpec, doc: DocBuilder, raw: string): string[] {
  const problems: string[] = []
  for (const m of spec.meubilair) {
    const re = new RegExp(m)
    const hit = doc.texts.find((t) => re.test(t) || t.split('\n').some((l) => re.test(l.trim())))
    if (hit !== undefined) problems.push(`meubilair /${m}/ matches model text: ${JSON.stringify(hit.slice(0, 120))}`)
    if (!raw.split(/\n|\f/).some((l) => re.test(l.trim()))) problems.push(`meubilair /${m}/ matches no line of raw.txt`)
  }
  const join = new RegExp(`^/join/id/regdata/${spec.bevoegdGezag}/\\d{4}/[A-Za-z0-9_-]+/nld@\\d{4}-\\d{2}-\\d{2};[0-9A-Za-z-]+$`)
  for (const g of spec.gios) if (!join.test(g.identificatie)) problems.push(`GIO identificatie has no JOIN form: ${g.identificatie}`)
  if (new Set(spec.gios.map((g) => g.naam)).size !== spec.gios.length) problems.push('GIO names are not unique')
  const d = spec.config.datums
  if (!(d.vaststelling <= d.ondertekening && d.ondertekening <= d.bekendmaking && (!d.inwerkingtreding || d.bekendmaking < d.inwerkingtreding)))
    problems.push('datums out of order')
  if ((d.inwerkingtreding ?? null) !== spec.besluit.inwerkingtreding && spec.besluit.inwerkingtreding !== null)
    problems.push('inwerkingtreding of visie.json differs from the besluit')
  return problems
}

const WORD = /[A-Za-zéëèïü\u00ad]+/g
const norm = (w: string): string => w.replace(/\u00ad/g, '').toLowerCase()

/**
 * The words that the first print broke at a soft hyphen (a layout line ending in U+2010 after U+00AD): per
 * normalised word and occurrence number, the length of the part before the break.
 */
function hyphenBreaks(layout: string): Map<string, number> {
  const lines = layout.split(/\n|\f/).map((l) => l.trimEnd())
  const seen = new Map<string, number>()
  const breaks = new Map<string, number>()
  let carry: string | undefined
  for (const line of lines) {
    if (!line.trim()) continue
    const tokens = [...line.matchAll(WORD)].map((m) => m[0])
    if (carry !== undefined && tokens.length > 0) {
      const first = tokens.shift() ?? ''
      const w = norm(carry + first)
      const n = seen.get(w) ?? 0
      seen.set(w, n + 1)
      breaks.set(`${w}#${n}`, norm(carry).length)
      carry = undefined
    }
    const hyphenated = /\u00ad?\u2010$/.test(line)
    const last = hyphenated ? tokens.pop() : undefined
    for (const t of tokens) seen.set(norm(t), (seen.get(norm(t)) ?? 0) + 1)
    if (last !== undefined) carry = last
  }
  return breaks
}

/** The HTML with soft hyphens removed, except the ones that ended a line: those become "-". */
function fixHyphens(html: string, breaks: Map<string, number>): { html: string; used: number } {
  const i = html.indexOf('<body>')
  const head = html.slice(0, i)
  const body = html.slice(i).replace(/&shy;/g, '\u00ad')
  const seen = new Map<string, number>()
  let used = 0
  // only text between tags
  const out = body.replace(/>([^<]*)</g, (_m, text: string) => {
    const t = text.replace(WORD, (tok) => {
      const w = norm(tok)
      const n = seen.get(w) ?? 0
      seen.set(w, n + 1)
      const k = breaks.get(`${w}#${n}`)
      const plainTok = tok.replace(/\u00ad/g, '')
      if (k === undefined || !tok.includes('\u00ad')) return plainTok
      used++
      return `${plainTok.slice(0, k)}-${plainTok.slice(k)}`
    })
    return `>${t}<`
  })
  return { html: head + out, used }
}

async function printPdf(htmlPath: string, pdfPath: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' })
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true, tagged: false, outline: false })
  } finally {
    await browser.close()
  }
}

/** Per page of raw.txt (form feeds), the trimmed lines. */
const rawPages = (raw: string): string[][] => raw.split('\f').map((p) => p.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()))

/**
 * Page numbers of a table of contents: every `<span class="tocpg" data-find="…">` holds a placeholder; the page is
 * the first page after the one showing the line `skip` where a line of raw.txt (or two joined lines) equals the
 * data-find text. The document is
 * printed again with the numbers filled in, and the numbers are checked against the second print.
 */
async function fillToc(toc: { skip: string }, htmlPath: string, pdfPath: string, dir: string, extract: () => void): Promise<string[]> {
  const find = (raw: string, key: string): number | undefined => {
    const pages = rawPages(raw)
    const after = pages.findIndex((p) => p.includes(toc.skip))
    // a heading may wrap onto a second line (narrow columns)
    const has = (ls: string[]) => ls.includes(key) || ls.some((l, j) => `${l} ${ls[j + 1] ?? ''}` === key)
    for (let i = after + 1; i < pages.length; i++) if (has(pages[i] ?? [])) return i + 1
    return undefined
  }
  const unesc = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
  const span = /<span class="tocpg" data-find="([^"]*)">[^<]*<\/span>/g
  const html = readFileSync(htmlPath, 'utf8')
  const raw1 = readFileSync(join(dir, 'raw.txt'), 'utf8')
  const problems: string[] = []
  const filled = html.replace(span, (_m, key: string) => {
    const n = find(raw1, unesc(key))
    if (n === undefined) problems.push(`toc: no page has the line ${JSON.stringify(unesc(key))}`)
    return `<span class="tocpg" data-find="${key}">${n ?? '?'}</span>`
  })
  writeFileSync(htmlPath, filled)
  await printPdf(htmlPath, pdfPath)
  extract()
  const raw2 = readFileSync(join(dir, 'raw.txt'), 'utf8')
  for (const m of filled.matchAll(/<span class="tocpg" data-find="([^"]*)">([^<]*)<\/span>/g)) {
    const n = find(raw2, unesc(m[1] ?? ''))
    if (String(n) !== m[2]) problems.push(`toc: ${JSON.stringify(m[1])} says page ${m[2]}, second print has it on ${n}`)
  }
  return problems
}

async function render(id: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(here, 'html-docs', `${id}.ts`)).href)) as { build: () => Built }
  const { spec, doc } = mod.build()
  const dir = join(root, 'test/corpus', id)
  mkdirSync(dir, { recursive: true })
  const html = doc.html(spec)
  const htmlPath = join(dir, 'bron.html')
  const pdfPath = join(dir, 'document.pdf')
  const extract = () => {
    execFileSync('pdftotext', ['-raw', pdfPath, join(dir, 'raw.txt')])
    execFileSync('pdftotext', ['-layout', pdfPath, join(dir, 'layout.txt')])
  }
  writeFileSync(htmlPath, html)
  await printPdf(htmlPath, pdfPath)
  extract()
  if (spec.hyphenate) {
    const breaks = hyphenBreaks(readFileSync(join(dir, 'layout.txt'), 'utf8'))
    const fixed = fixHyphens(html, breaks)
    writeFileSync(htmlPath, fixed.html)
    await printPdf(htmlPath, pdfPath)
    extract()
    const layout = readFileSync(join(dir, 'layout.txt'), 'utf8')
    const ends = layout.split('\n').filter((l) => /[a-zéëï]-$/.test(l.trimEnd())).length
    console.log(`  hyphenation: ${breaks.size} breaks found, ${fixed.used} placed, ${ends} lines end in a letter + "-"`)
    if (/\u00ad/.test(layout)) console.log('  PROBLEM soft hyphen left in the extraction')
  }
  const tocProblems = spec.toc ? await fillToc(spec.toc, htmlPath, pdfPath, dir, extract) : []
  const raw = readFileSync(join(dir, 'raw.txt'), 'utf8')
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'document.pdf')]).toString())?.[1]

  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truthJson(spec, doc), null, 2) + '\n')
  writeFileSync(join(dir, 'visie.json'), JSON.stringify(visieJson(spec), null, 2) + '\n')
  writeFileSync(join(dir, 'geo.geojson'), JSON.stringify(geojson(spec), null, 1) + '\n')

  const problems = [...tocProblems, ...check(spec, doc, raw)]
  const levels = [...new Set(doc.koppen.map((k) => k.niveau))].sort().join(',')
  console.log(
    `${id}: ${pages} pages, ${doc.koppen.length} koppen (levels ${levels}), ${doc.lijstitems} list items, ${doc.tabellen} tables, ${doc.bijlagen.length} bijlagen, ${spec.gios.length} GIOs`,
  )
  for (const p of problems) console.log(`  PROBLEM ${p}`)
  if (problems.length) process.exitCode = 1
}

const ids = process.argv.slice(2)
const all = existsSync(join(here, 'html-docs'))
  ? readdirSync(join(here, 'html-docs')).filter((f) => /^[ch]\d+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
  : []
for (const id of ids.length ? ids : all) await render(id)
