/**
 * The OW objects read from a file's text (objects-text.ts readText) against the same file read through
 * libxml2 (readParsed): the same objects, values, references, object types and places (XPath and line) for every OW
 * file of the shared examples and of the Assen build, and for those files written otherwise; and the text left to
 * libxml2 where the text tree would not read it as libxml2 does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildPackage } from '../../../src/build/index.js'
import { packageFromFiles } from '../../../src/package/read.js'
import { readParsed, type OwFile, type OwObject, type Place } from '../../../src/validate/ow/objects.js'
import { readText } from '../../../src/validate/ow/objects-text.js'
import { disposeView, packageView } from '../../../src/validate/view.js'
import { fixture, schemasDir, sharedDir } from '../../support/shared.js'

interface OwSource {
  readonly name: string
  readonly text: string
}

/** Every file under `dir` whose document element is an ow-dc:owBestand. */
function owFilesUnder(dir: string): OwSource[] {
  const out: OwSource[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...owFilesUnder(path))
    else if (name.endsWith('.xml')) {
      const text = readFileSync(path, 'utf8')
      if (/<([\w-]+:)?owBestand\b/.test(text.slice(0, 2000))) out.push({ name: path.slice(sharedDir().length + 1), text })
    }
  }
  return out
}

const pv28Locaties = (): string => readFileSync(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'owLocaties.xml'), 'utf8')
const pv28Aanwijzingen = (): string => readFileSync(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28', 'owGebiedsaanwijzingen.xml'), 'utf8')

const at = (p: Place): unknown[] => [p.file, p.xpath, p.line]

function plain(file: OwFile | undefined, objects: readonly OwObject[]): unknown {
  return {
    file: file && { file: file.file, objectTypen: file.objectTypen, at: at(file.at) },
    objects: objects.map((o) => ({
      type: o.type,
      identificatie: o.identificatie,
      wId: o.wId,
      at: at(o.at),
      refs: o.refs.map((r) => [r.kind, r.via, r.href, ...at(r.at)]),
      values: o.values.names().map((n) => [n, (o.values.get(n) ?? []).map((v) => [v.value, ...at(v.at)])]),
    })),
  }
}

/** Both readings of `text` as file `name` of a package. */
function bothWays(name: string, text: string | Uint8Array): { fromText: unknown; parsed: unknown; tookText: boolean } {
  const pkg = packageFromFiles('t', [{ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text }])
  const view = packageView(pkg, { schemasDir: schemasDir() })
  try {
    const textObjects: OwObject[] = []
    const textFile = readText(view, name, textObjects)
    const parsedObjects: OwObject[] = []
    const parsedFile = readParsed(view, name, parsedObjects)
    return { fromText: plain(textFile, textObjects), parsed: plain(parsedFile, parsedObjects), tookText: textFile !== undefined }
  } finally {
    disposeView(pkg)
  }
}

let assen: OwSource[] = []
beforeAll(async () => {
  const build = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  assen = build.files.filter((f) => /^ow.*\.xml$/.test(f.path)).map((f) => ({ name: `assen/${f.path}`, text: Buffer.from(f.bytes).toString('utf8') }))
})
afterAll(() => {
  assen = []
})

describe('OW objects from the text, as libxml2 reads them', () => {
  test('every OW file of the shared examples and of the Assen build: read from the text, same objects and places', () => {
    const sources = [...owFilesUnder(sharedDir('stop', 'examples')), ...owFilesUnder(sharedDir('imow', 'examples')), ...assen]
    expect(sources.length).toBeGreaterThanOrEqual(23)
    let objects = 0
    for (const s of sources) {
      const name = s.name.split('/').pop() as string
      const { fromText, parsed, tookText } = bothWays(name, s.text)
      expect({ file: s.name, tookText }).toEqual({ file: s.name, tookText: true })
      expect(fromText, s.name).toEqual(parsed)
      objects += (parsed as { objects: unknown[] }).objects.length
    }
    expect(objects).toBeGreaterThan(100)
  })

  const written: readonly [string, (t: string) => string][] = [
    ['other prefixes, the locatie namespace as default', (t) => t.replace('<ow-dc:owBestand ', '<ow-dc:owBestand xmlns="http://www.geostandaarden.nl/imow/locatie" ').replaceAll(/(<\/?)l:/g, '$1').replaceAll(/(<\/?)sl:/g, '$1x:').replace('xmlns:sl=', 'xmlns:x=')],
    ['start tags over several lines, attributes in single quotes', (t) => t.replaceAll(/<(\w+:GeometrieRef) xlink:href="([^"]*)"\/>/g, "<$1\n   xlink:href='$2'\n   />").replaceAll('<sl:stand>', '<sl:stand\n>')],
    ['CR LF line ends', (t) => t.replaceAll('\n', '\r\n')],
    ['XLink under another prefix, declared again on each reference', (t) => t.replaceAll(/xlink:href="/g, 'xl:href="').replaceAll(/<(\w+:\w+Ref) xl:href/g, '<$1 xmlns:xl="http://www.w3.org/1999/xlink" xl:href')],
    ['references and entities in values, CDATA, a byte order mark', (t) => `\uFEFF${t.replace(/<l:noemer>([^<]*)<\/l:noemer>/, '<l:noemer>  &#65;&amp;<![CDATA[ <b> ]]>&lt;$1  </l:noemer>')}`],
    ['an object inside another (not IMOW, but read as libxml2 reads it: both objects, the inner reference also the outer one\'s)', (t) => t.replace(/(<(\w+):identificatie>[^<]*<\/\2:identificatie>)/, '$1<$2:extra><ow-dc:owObject><$2:Gebied><$2:identificatie>binnen</$2:identificatie><$2:geometrie><$2:GeometrieRef xlink:href="binnen-ref"/></$2:geometrie></$2:Gebied></ow-dc:owObject></$2:extra>')],
    ['a repeated sibling name: positions among the stands, whitespace-only value', (t) => t.replace(/(<(\w+):identificatie>[^<]*<\/\2:identificatie>)/, '$1<$2:noemer>   </$2:noemer><$2:noemer/>')],
  ]
  for (const [what, change] of written) {
    test(`written otherwise: ${what}`, () => {
      for (const [name, source] of [['owLocaties.xml', pv28Locaties()], ['owGebiedsaanwijzingen.xml', pv28Aanwijzingen()]] as const) {
        const text = change(source)
        expect(text).not.toBe(source)
        const { fromText, parsed, tookText } = bothWays(name, text)
        expect(tookText).toBe(true)
        expect(fromText).toEqual(parsed)
      }
    })
  }

  test('where libxml2 would read values otherwise, or the text is not what the tree reads, libxml2 reads the file', () => {
    const source = pv28Locaties()
    const leftToLibxml2 = [
      source.replace('<sl:stand>', '<sl:stand xml:space="preserve">'),
      source.replace(/<l:geometrie>/, '<l:geometrie><!-- ref -->'),
      source.replace(/<l:geometrie>/, '<l:geometrie>tekst'),
      source.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
      source.replace('?>', '?><!DOCTYPE x>'),
      source.replace(/<l:noemer>/, '<l:noemer>&nbsp;'),
      // deeper than libxml2 reads (256 levels): neither reads it
      source.replace(/<l:noemer>/, `<l:noemer>${'<x>'.repeat(260)}${'</x>'.repeat(260)}`),
    ]
    for (const text of leftToLibxml2) {
      expect(text).not.toBe(source)
      const { fromText, parsed, tookText } = bothWays('owLocaties.xml', text)
      expect(tookText).toBe(false)
      expect(fromText).toEqual({ file: undefined, objects: [] })
      expect(parsed).not.toBeUndefined()
    }
    expect(bothWays('owLocaties.xml', leftToLibxml2.at(-1) as string).parsed).toEqual({ file: undefined, objects: [] })
    // not UTF-8 at all: the bytes of a Latin-1 é
    const latin1 = Buffer.from(source.replace(/<l:noemer>/, '<l:noemer>\u00e9'), 'latin1')
    expect(bothWays('owLocaties.xml', latin1).tookText).toBe(false)
  })
})
