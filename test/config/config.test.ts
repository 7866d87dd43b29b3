import { readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { configJsonSchema, parseConfig } from '../../src/config/index.js'
import { InputError } from '../../src/model/errors.js'
import { fixture, repoRoot } from '../support/shared.js'

describe('visie.json', () => {
  test('the Assen fixture parses and gets defaults', async () => {
    const config = parseConfig(await readFile(fixture('assen', 'visie.json'), 'utf8'))
    expect(config.bevoegdGezag).toBe('gm0106')
    expect(config.werk.versie).toBe('1')
    expect(config.werk.componentnaam).toBe('omgevingsvisie')
    expect(config.standaarden.imow).toBe('3.0')
  })

  test('unknown keys and wrong types are reported in Dutch with their path', () => {
    const base = JSON.parse(JSON.stringify({ bevoegdGezag: 'gm0106', onbekend: 1 }))
    expect(() => parseConfig(JSON.stringify(base))).toThrow(InputError)
    expect(() => parseConfig(JSON.stringify({ ...base, naam: 3 }))).toThrow(/onbekende sleutel\(s\): onbekend/)
    expect(() => parseConfig(JSON.stringify({ ...base, naam: 3 }))).toThrow(/naam: verwacht string/)
  })

  test('a dotted werk naam is refused (STOP1000)', async () => {
    const json = JSON.parse(await readFile(fixture('assen', 'visie.json'), 'utf8'))
    json.werk.regeling = 'omgevings.visie'
    expect(() => parseConfig(JSON.stringify(json))).toThrow(/werk\.regeling: alleen letters/)
  })

  test('the committed editor schema is current and accepts the fixture', async () => {
    const committed = JSON.parse(await readFile(`${repoRoot}/schemas/visie.schema.json`, 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(configJsonSchema())))
    const ajv = new Ajv2020.default({ strict: false })
    const validate = ajv.compile(committed)
    const ok = validate(JSON.parse(await readFile(fixture('assen', 'visie.json'), 'utf8')))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('every key of visie.json outside the OW annotations has a Dutch description for editors', () => {
    const missing: string[] = []
    const walk = (node: { properties?: Record<string, { description?: string }> }, path: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description?.trim()) missing.push(`${path}${key}`)
        if (path === '' && key === 'ow') continue
        walk(child as typeof node, `${path}${key}.`)
      }
    }
    walk(configJsonSchema() as Parameters<typeof walk>[0], '')
    expect(missing).toEqual([])
  })
})
