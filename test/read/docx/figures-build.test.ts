/**
 * Word figures through a whole build (issue 13): the corpus document w01 with two captioned PNGs (one DrawingML below
 * its caption-style caption, one legacy VML under a "Figuur 2 …" caption) and an EMF put into its document.xml. With
 * `"illustraties": true` the package holds two Figuur/Illustratie, the two media files unchanged under their
 * deterministic names with manifest entries, and `visie validate` (all layers) finds nothing blocking.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/index.js'
import type { Io } from '../../../src/cli/io.js'
import { openZipBuffer } from '../../../src/package/zip-read.js'
import { encodePng } from '../../../src/read/pdf/png.js'
import { repoRoot, schemasDir } from '../../support/shared.js'
import { zipBytes } from '../../support/zip-patch.js'

const work = mkdtempSync(join(tmpdir(), 'visie-docx-figures-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const corpus = join(repoRoot, 'test', 'corpus', 'word', 'w01')

async function visie(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, cwd: work, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...argv], io)
  return { code, out: out.join(''), err: err.join('') }
}

async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await openZipBuffer(bytes)
  const out = new Map<string, Buffer>()
  try {
    for (let e = await zip.next(); e; e = await zip.next()) out.set(e.name, Buffer.from(await zip.read(e)))
  } finally {
    zip.close()
  }
  return out
}

function solid(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const pixels = new Uint8Array(w * h * 3)
  for (let i = 0; i < w * h; i++) pixels.set(rgb, i * 3)
  return encodePng(w, h, pixels, 96)
}

const KAART = solid(40, 20, [20, 120, 60])
const GROEN = solid(30, 30, [200, 220, 120])
const EMF = (() => {
  const b = Buffer.alloc(88)
  b.writeUInt32LE(1, 0)
  b.write(' EMF', 40, 'latin1')
  return b
})()

const NS = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
const picture = (rel: string, cx: number, cy: number): string =>
  `<w:p><w:r><w:drawing><wp:inline ${NS}><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="9${rel.length}" name="Afbeelding"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
const text = (t: string, style?: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`

/** w01's DOCX with the figures after the paragraph that starts `at`; the alinea of the first inserted paragraph. */
async function withFigures(at: string): Promise<{ docx: Buffer; first: number }> {
  const parts = await unzip(readFileSync(join(corpus, 'word.docx')))
  const document = (parts.get('word/document.xml') as Buffer).toString('utf8')
  const end = document.indexOf('</w:p>', document.indexOf(at)) + '</w:p>'.length
  const first = (document.slice(0, end).match(/<w:p[ >]/gu) ?? []).length + 1
  const figures = [
    picture('rIdFig1', 2 * 914_400, 914_400), // first: drawn 2 in wide → 20 dpi
    text('Kaart van Zwolle in 2040', 'Bijschrift'), // first + 1
    text('Figuur 2 Groene verbindingen langs de IJssel'), // first + 2
    `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:108pt;height:108pt"><v:imagedata r:id="rIdFig2"/></v:shape></w:pict></w:r></w:p>`, // first + 3: 1.5 in → 20 dpi
    picture('rIdFig3', 914_400, 914_400), // first + 4: an EMF
    text('Figuur 3 De oude structuurvisiekaart', 'Bijschrift'),
  ].join('')
  parts.set('word/document.xml', Buffer.from(document.slice(0, end) + figures + document.slice(end)))
  const styles = (parts.get('word/styles.xml') as Buffer).toString('utf8')
  parts.set('word/styles.xml', Buffer.from(styles.replace('</w:styles>', '<w:style w:type="paragraph" w:styleId="Bijschrift"><w:name w:val="caption"/></w:style></w:styles>')))
  const rels = (parts.get('word/_rels/document.xml.rels') as Buffer).toString('utf8')
  const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
  const more = [['rIdFig1', 'media/image1.png'], ['rIdFig2', 'media/image2.png'], ['rIdFig3', 'media/image3.emf']].map(([id, target]) => `<Relationship Id="${id}" Type="${image}" Target="${target}"/>`)
  parts.set('word/_rels/document.xml.rels', Buffer.from(rels.replace('</Relationships>', `${more.join('')}</Relationships>`)))
  parts.set('word/media/image1.png', Buffer.from(KAART))
  parts.set('word/media/image2.png', Buffer.from(GROEN))
  parts.set('word/media/image3.emf', EMF)
  return { docx: await zipBytes(Object.fromEntries(parts), false), first }
}

describe('DOCX figures in the package', () => {
  test('two captioned PNGs become two Illustraties with their files and manifest entries; validate finds nothing blocking', async () => {
    const { docx, first } = await withFigures('De Omgevingswet verplicht')
    const project = join(work, 'zwolle')
    rmSync(project, { recursive: true, force: true })
    const config = JSON.parse(readFileSync(join(corpus, 'visie.json'), 'utf8')) as Record<string, unknown>
    mkdirSync(project)
    writeFileSync(join(project, 'word.docx'), docx)
    writeFileSync(join(project, 'w01.geojson'), readFileSync(join(corpus, 'geo.geojson')))
    writeFileSync(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: 'word.docx', illustraties: true, geo: { ...(config['geo'] as object), bronnen: ['w01.geojson'] } }))

    const build = await visie('build', project, '--quiet', '--format', 'json')
    const report = JSON.parse(build.out) as { bevindingen: { code: string; ernst: string; bron?: { regel: number } }[] }
    expect(report.bevindingen.filter((f) => f.ernst === 'blokkerend'), build.out).toEqual([])
    expect(build.code).toBe(0)
    expect(report.bevindingen.filter((f) => f.code === 'VISIE-187').map((f) => f.ernst)).toEqual(['waarschuwing'])
    expect(report.bevindingen.filter((f) => ['VISIE-183', 'VISIE-302', 'LVBB1013'].includes(f.code))).toEqual([])

    const [zipName] = readdirSync(join(project, 'dist')).filter((n) => n.endsWith('.zip'))
    const zipPath = join(project, 'dist', zipName as string)
    const files = await unzip(readFileSync(zipPath))
    const names = [`illustratie-a${first}-1.png`, `illustratie-a${first + 3}-1.png`]
    expect([...files.keys()].filter((n) => /\.(?:png|jpe?g|emf)$/u.test(n)).sort()).toEqual(names)
    expect(files.get(names[0] as string)?.equals(KAART)).toBe(true)
    expect(files.get(names[1] as string)?.equals(GROEN)).toBe(true)
    const manifest = (files.get('manifest.xml') as Buffer).toString('utf8')
    for (const n of names) expect(manifest).toMatch(new RegExp(`<bestandsnaam>${n}</bestandsnaam>\\s*<contentType>image/png</contentType>`, 'u'))

    const besluit = [...files.entries()].find(([n, b]) => n.endsWith('.xml') && b.includes('<AanleveringBesluit'))?.[1].toString('utf8') ?? ''
    const illustraties = [...besluit.matchAll(/<Figuur [^>]*>\s*<Titel>([^<]*)<\/Titel>\s*<Illustratie ([^>]*)\/>/gu)].map((m) => [m[1], m[2]])
    expect(illustraties.map(([titel]) => titel)).toEqual(['Kaart van Zwolle in 2040', 'Figuur 2 Groene verbindingen langs de IJssel'])
    const attrs = (s: string): Record<string, string> => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/gu)].map((m) => [m[1], m[2]]))
    expect(attrs(illustraties[0]?.[1] as string)).toMatchObject({ naam: names[0], breedte: '40', hoogte: '20', dpi: '20', formaat: 'image/png' })
    expect(attrs(illustraties[1]?.[1] as string)).toMatchObject({ naam: names[1], breedte: '30', hoogte: '30', dpi: '20', formaat: 'image/png' })

    const validate = await visie('validate', zipPath, '--format', 'json')
    const checked = JSON.parse(validate.out) as { bevindingen: { code: string; ernst: string }[] }
    expect(checked.bevindingen.filter((f) => f.ernst === 'blokkerend'), validate.out).toEqual([])
    expect(validate.code).toBe(0)
  }, 180_000)
})
