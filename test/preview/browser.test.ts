/**
 * The preview in a real browser (Debian chromium via playwright-core): headings, one map per GIO plus the overview,
 * GIO links scrolling to their map, Locatie names on hover, and not a single request besides the file itself.
 * Screenshots go to test-output/preview/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Finding, Span } from '../../src/model/index.js'
import { buildPackage } from '../../src/build/index.js'
import { packageFromFiles } from '../../src/package/read.js'
import { writePreview } from '../../src/preview/index.js'
import { fixture, repoRoot, sharedDir } from '../support/shared.js'
import { folderPackage } from './package.js'

const outDir = join(repoRoot, 'test-output', 'preview')
let browser: BrowserContext
let profile: string

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true })
  profile = mkdtempSync(join(tmpdir(), 'visie-preview-'))
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
})

afterAll(async () => {
  await browser?.close()
  rmSync(profile, { recursive: true, force: true })
})

/** Writes the preview, opens it, and records every request; anything but the file itself is aborted and counted. */
async function open(name: string, html: string): Promise<{ page: Page; foreign: string[] }> {
  const file = join(outDir, `${name}.html`)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const page = await browser.newPage()
  const foreign: string[] = []
  await page.route('**/*', (route) => {
    const u = route.request().url()
    if (u === url || u.startsWith(`${url}#`)) return route.continue()
    foreign.push(u)
    return route.abort()
  })
  page.on('request', (r) => {
    const u = r.url()
    if (u !== url && !u.startsWith('data:') && !foreign.includes(u)) foreign.push(u)
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setViewportSize({ width: 1200, height: 900 })
  await page.goto(url)
  expect(errors).toEqual([])
  return { page, foreign }
}

/** The page's getComputedStyle, typed without the DOM lib (page.evaluate callbacks run in the browser). */
type Styled = { getComputedStyle(e: unknown): Record<'display' | 'breakBefore', string> }

/** HTML ids that occur more than once (links and aria references need unique ids). */
async function duplicateIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => (e as unknown as { id: string }).id))
  return ids.filter((id, i) => ids.indexOf(id) !== i)
}

/** Heading levels in document order (h1–h6 and role=heading with aria-level). */
function headingLevels(page: Page): Promise<number[]> {
  return page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((els) =>
    els.map((e) => Number((e as unknown as { getAttribute(n: string): string | null; tagName: string }).getAttribute('aria-level') ?? (e as unknown as { tagName: string }).tagName.slice(1))),
  )
}

/** Where a heading is more than one level deeper than the one before it (the outline skips a level). */
function skips(levels: readonly number[]): number[] {
  return levels.flatMap((l, i) => (i > 0 && l > (levels[i - 1] as number) + 1 ? [i] : []))
}

/** Locatie elements in a GML file, counted on the raw text (independent of the preview's reader). */
function locatieCount(path: string): number {
  return (readFileSync(path, 'utf8').match(/<geo:Locatie>/g) ?? []).length
}

describe('pv28 example (RegelingVrijetekst, 2 GIOs, OW)', () => {
  const dir = sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')
  const findings: Finding[] = [
    { code: 'VISIE-900', severity: 'waarschuwing', layer: 'stop', message: 'Proefbevinding <script>&amp;', data: { wId: 'pv28_1__div_1__content_3__ref_1' }, at: { file: 'akn_nl_bill_pv28-1-7.xml' } },
    { code: 'LVBB3008', severity: 'blokkerend', layer: 'lvbb', message: 'Hash klopt niet', data: {}, at: { file: 'GIO_Metropool-v1.xml', line: 12 } },
  ]
  let page: Page
  let foreign: string[]

  beforeAll(async () => {
    ;({ page, foreign } = await open('pv28', writePreview(folderPackage(dir), findings)))
  })

  test('shows the besluit and regeling headings', async () => {
    expect(await page.locator('h1').textContent()).toBe('Ambitienotitie')
    const h2 = await page.locator('h2').allTextContents()
    expect(h2).toEqual(['Inhoud', 'Bevindingen', 'Besluit', 'Bijlage A Bijlage bij Artikel I', 'Informatieobjecten', 'OW-objecten'])
    expect(await page.locator('#besluit h3').allTextContents()).toEqual(['Artikel I', 'Artikel II', 'Artikel III'])
    // Divisie 5 "Ambities" with its Divisieteksten one level deeper.
    await expect(page.locator('#w-pv28_1__div_1 > h3').textContent()).resolves.toBe('5 Ambities')
    await expect(page.locator('#w-pv28_1__div_1__content_3 > h4').textContent()).resolves.toBe('Naar levendige meerkernige metropool')
    expect(skips(await headingLevels(page))).toEqual([])
    // The nav lists the same headings.
    expect(await page.locator('nav.toc a[href="#w-pv28_1__div_1"]').textContent()).toBe('5 Ambities')
  })

  test('draws one map per GIO plus the overview, with every Locatie', async () => {
    expect(await page.locator('figure.map-figure').count()).toBe(3)
    expect(await page.locator('#kaart-gio-1 .loc').count()).toBe(locatieCount(join(dir, 'DeltaVisie-v1.gml')))
    expect(await page.locator('#kaart-gio-2 .loc').count()).toBe(locatieCount(join(dir, 'Metropool-v1.gml')))
    expect(await page.locator('#kaart-overzicht .loc').count()).toBe(20)
    for (const id of ['kaart-overzicht', 'kaart-gio-1', 'kaart-gio-2']) {
      await expect(page.locator(`#${id} .map-scale text`).textContent()).resolves.toMatch(/^\d+ (k?m)$/)
      await expect(page.locator(`#${id} .map-north text`).textContent()).resolves.toBe('N')
    }
  })

  test('keeps the aspect ratio of the RD coordinates', async () => {
    const text = readFileSync(join(dir, 'Metropool-v1.gml'), 'utf8')
    const xs: number[] = []
    const ys: number[] = []
    for (const m of text.matchAll(/<gml:posList[^>]*>([^<]*)</g)) {
      const v = (m[1] ?? '').trim().split(/\s+/).map(Number)
      for (let i = 0; i + 1 < v.length; i += 2) {
        xs.push(v[i] as number)
        ys.push(v[i + 1] as number)
      }
    }
    const expected = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys))
    const box = await page.locator('#kaart-gio-2 .map-layer').evaluate((g) => {
      const b = (g as unknown as { getBBox(): { width: number; height: number } }).getBBox()
      return { w: b.width, h: b.height }
    })
    expect(box.w / box.h).toBeCloseTo(expected, 2)
  })

  test('an IntIoRef in the text scrolls to its GIO map', async () => {
    const link = page.locator('a.intioref', { hasText: 'Metropool' })
    expect(await link.getAttribute('href')).toBe('#gio-2')
    await link.click()
    await page.waitForFunction(() => (globalThis as unknown as { location: { hash: string } }).location.hash === '#gio-2')
    expect(await page.locator('#gio-2 h3').textContent()).toBe('metropool')
    const top = await page.locator('#gio-2').evaluate((el) => el.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(5)
    // ExtIoRefs in Bijlage II link the same way.
    expect(await page.locator('a.extioref').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#gio-1', '#gio-2'])
  })

  test('shows a Locatie name on hover and keyboard focus', async () => {
    const out = page.locator('#kaart-gio-1 .map-info output')
    // Hover a point on the first Locatie's outline (its bounding-box centre may lie outside the shape).
    const loc = page.locator('#kaart-gio-1 .loc path').first()
    await loc.scrollIntoViewIfNeeded()
    const point = await loc.evaluate((p) => {
      type Path = { getPointAtLength(l: number): { x: number; y: number }; getScreenCTM(): Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number> }
      const path = p as unknown as Path
      const at = path.getPointAtLength(0)
      const m = path.getScreenCTM()
      return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f }
    })
    await page.mouse.move(point.x, point.y)
    await expect(out.textContent()).resolves.toBe('delta (visie)')
    await page.locator('#kaart-overzicht .loc').last().focus()
    await expect(page.locator('#kaart-overzicht .map-info output').textContent()).resolves.toBe('metropool')
  })

  test('has one Tab stop per map; the arrow keys move through its Locaties', async () => {
    expect(await page.locator('#kaart-gio-2 .loc[tabindex="0"]').count()).toBe(1)
    const locs = page.locator('#kaart-gio-2 .loc')
    await locs.first().focus()
    const focused = () =>
      locs.evaluateAll((els) => els.indexOf((globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement as (typeof els)[number]))
    await page.keyboard.press('ArrowRight')
    expect(await focused()).toBe(1)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    expect(await focused()).toBe((await locs.count()) - 1)
    expect(await page.locator('#kaart-gio-2 .loc[tabindex="0"]').count()).toBe(1)
  })

  test('shows OW annotations beside the Divisietekst they annotate', async () => {
    const aside = page.locator('#w-pv28_1__div_1__content_3 > aside.ow')
    await expect(aside.textContent()).resolves.toContain('TEKST-vrije annotatie1: B')
    expect(await aside.locator('a').getAttribute('href')).toBe('#gio-2')
  })

  test('shows findings inline and in the summary, escaped once', async () => {
    await expect(page.locator('#bevindingen').textContent()).resolves.toContain('1 blokkerend, 1 waarschuwing, 0 informatie')
    const inline = page.locator('#w-pv28_1__div_1__content_3 .findings-inline')
    await expect(inline.textContent()).resolves.toContain('Proefbevinding <script>&amp;')
    await expect(page.locator('#gio-2 .findings-inline').textContent()).resolves.toContain('LVBB3008')
    await page.screenshot({ path: join(outDir, 'pv28.png'), fullPage: false })
  })

  test('prints without the screen-only parts', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.skip').evaluate((e) => (globalThis as unknown as Styled).getComputedStyle(e).display)).toBe('none')
    expect(await page.locator('#kaart-gio-1 .map-info').evaluate((e) => (globalThis as unknown as Styled).getComputedStyle(e).display)).toBe('none')
    expect(await page.locator('section.gio').first().evaluate((e) => (globalThis as unknown as Styled).getComputedStyle(e).breakBefore)).toBe('page')
    await page.emulateMedia({ media: 'screen' })
  })

  test('makes no request besides the file itself, and has unique ids', async () => {
    expect(foreign).toEqual([])
    expect(await duplicateIds(page)).toEqual([])
  })
})

describe('gm9920 example (RegelingCompact, image, PDF informatieobject)', () => {
  const dir = sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120')
  let page: Page
  let foreign: string[]

  beforeAll(async () => {
    ;({ page, foreign } = await open('gm9920', writePreview(folderPackage(dir), [])))
  })

  test('renders the text, the image and the maps without requests', async () => {
    expect(await page.locator('#besluit h3').first().textContent()).toMatch(/^Artikel/)
    expect(skips(await headingLevels(page))).toEqual([])
    expect(await duplicateIds(page)).toEqual([])
    const img = page.locator('figure.figuur img')
    expect(await img.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/)
    expect(await img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
    // One GIO (gio-1.gml) and one PDF informatieobject: overview + one map.
    expect(await page.locator('figure.map-figure').count()).toBe(2)
    expect(await page.locator('section.gio').count()).toBe(2)
    await page.screenshot({ path: join(outDir, 'gm9920.png'), fullPage: true })
    expect(foreign).toEqual([])
  })
})

describe('Assen project (built by visie, 13 GIOs, schematic geometry)', () => {
  let page: Page
  let foreign: string[]
  let gmlCount = 0

  beforeAll(async () => {
    const result = await buildPackage(fixture('assen'))
    const trace = new Map<string, Span>()
    for (const f of result.files) for (const [id, span] of f.trace ?? []) trace.set(id, span)
    gmlCount = result.files.filter((f) => f.path.endsWith('.gml')).length
    const pkg = packageFromFiles(result.zipName, result.files.map((f) => ({ name: f.path, bytes: f.bytes })))
    ;({ page, foreign } = await open('assen', writePreview(pkg, result.findings, { trace, schematisch: true })))
  })

  test('shows the visie with its numbered headings', async () => {
    expect(await page.locator('h1').textContent()).toBe('Omgevingsvisie gemeente Assen')
    const levels = await headingLevels(page)
    expect(skips(levels)).toEqual([])
    expect(Math.max(...levels)).toBeGreaterThan(5) // Assen nests deeper than h6: aria-level carries on
    await expect(page.locator('h5', { hasText: 'Levendige binnenstad: groeien in kwaliteit' }).textContent()).resolves.toBe(
      '4.2.2 Levendige binnenstad: groeien in kwaliteit',
    )
    // Every figure (the visiekaart of Bijlage II at least) shows its image from the package.
    const widths = await page.locator('figure.figuur img').evaluateAll((is) => is.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth))
    expect(widths.length).toBeGreaterThan(0)
    expect(widths.filter((w) => w === 0)).toEqual([])
  })

  test('draws all 13 GIOs, each on its own map and on the overview, marked as schematic', async () => {
    expect(gmlCount).toBe(13)
    expect(await page.locator('figure.map-figure').count()).toBe(14)
    expect(await page.locator('#kaart-overzicht .map-layer').count()).toBe(13)
    expect(await page.locator('.map-note').count()).toBe(14)
  })

  test('links a GIO named in the text to its map', async () => {
    const link = page.locator('a.intioref', { hasText: /^binnenstad$/ }).first()
    const href = (await link.getAttribute('href')) ?? ''
    await link.click()
    await page.waitForFunction((h) => (globalThis as unknown as { location: { hash: string } }).location.hash === h, href)
    expect(await page.locator(`${href} h3`).textContent()).toBe('binnenstad')
    await page.screenshot({ path: join(outDir, 'assen-binnenstad.png') })
  })

  test('shows a finding that only knows its source line at the heading it is about', async () => {
    const section = page.locator('section', { has: page.locator('> h4', { hasText: 'Strategisch gemeentelijk beleid verwerkt in omgevingsvisie' }) })
    await expect(section.locator('> .findings-inline').textContent()).resolves.toContain('VISIE-104')
    await section.scrollIntoViewIfNeeded()
    // Even where a besluit repeats a wId (this one did for the two Lichaam elements), each HTML id occurs once.
    expect(await duplicateIds(page)).toEqual([])
    await page.screenshot({ path: join(outDir, 'assen.png'), fullPage: false })
    expect(foreign).toEqual([])
  })
})
