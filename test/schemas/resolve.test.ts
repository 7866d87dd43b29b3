import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { defaultSchemasDir, dirSource, installSchemas, loadManifest, openSchemaSet, type SchemaSet } from '../../src/schemas/index.js'
import { sharedDir } from '../support/shared.js'

let dir: string
let set: SchemaSet

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'visie-resolve-'))
  await installSchemas(await loadManifest(), [dirSource(sharedDir('stop')), dirSource(sharedDir('imow'))], dir)
  set = await openSchemaSet(dir)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('every absolute schemaLocation in the installed XSDs resolves to an installed file', async () => {
  const manifest = await loadManifest()
  const seen = new Set<string>()
  for (const f of manifest.files.filter((x) => x.path.endsWith('.xsd'))) {
    const text = await readFile(join(dir, f.path), 'utf8')
    for (const m of text.matchAll(/<(?:\w+:)?(?:import|include|redefine)\b[^>]*?schemaLocation="(https?:[^"]+)"/g)) seen.add(m[1] as string)
  }
  expect(seen.size).toBeGreaterThan(10)
  for (const url of seen) {
    const path = set.resolve(url)
    expect(path, url).toBeDefined()
    expect(existsSync(path as string), url).toBe(true)
  }
})

test('resolves official URLs, normalises dot segments, and refuses anything else', () => {
  expect(set.resolve('https://standaarden.overheid.nl/stop/1.3.0/imop-tekst.xsd')).toBe(join(dir, 'stop/schemas/stop-1.3.0/imop-tekst.xsd'))
  expect(set.resolve('https://standaarden.overheid.nl/stop/1.3.0/imop-tekst.sch')).toBe(join(dir, 'stop/schematron/stop-1.3.0/imop-tekst.sch'))
  expect(set.resolve('http://schemas.opengis.net/iso/19139/20070417/gmd/../gco/gco.xsd')).toBe(
    join(dir, 'stop/schemas/extern/opengis/gml/20070417/gco/gco.xsd'),
  )
  expect(set.resolve('file:///etc/passwd')).toBeUndefined()
  expect(set.resolve('https://example.org/imop-tekst.xsd')).toBeUndefined()
  expect(set.resolve('/etc/passwd')).toBeUndefined()
})

test('default install dir follows XDG_CACHE_HOME, else ~/.cache', () => {
  expect(defaultSchemasDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u')).toBe('/x/cache/visie/schemas')
  expect(defaultSchemasDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe('/home/u/.cache/visie/schemas')
  expect(defaultSchemasDir({}, '/home/u')).toBe('/home/u/.cache/visie/schemas')
})
