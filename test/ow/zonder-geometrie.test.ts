/** One cause, one finding: a GIO of Bijlage I without geometry is the GIO step's VISIE-200, never also an OW finding. */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseConfig } from '../../src/config/index.js'
import { buildGios } from '../../src/gio/index.js'
import { assignIds } from '../../src/ids/index.js'
import { writeOwBestanden } from '../../src/ow/index.js'
import { createContext } from '../../src/build/context.js'
import { readText } from '../../src/parse/index.js'
import { fixture } from '../support/shared.js'

test('binnenstad without geometry: VISIE-200 from the GIO step, no VISIE-401 from OW, the other GIOs still annotated', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'visie-ow-'))
  try {
    const geo = JSON.parse(readFileSync(fixture('assen', 'geo', 'gio-schematisch.geojson'), 'utf8'))
    geo.features = geo.features.filter((f: { properties: { gio: string } }) => f.properties.gio !== 'binnenstad')
    const geoFile = join(dir, 'zonder-binnenstad.geojson')
    await writeFile(geoFile, JSON.stringify(geo))
    const ctx = createContext(parseConfig(readFileSync(fixture('assen', 'visie.json'), 'utf8')), fixture('assen'))
    const parsed = readText(readFileSync(fixture('assen', 'omgevingsvisie.txt'), 'utf8'), { file: 'omgevingsvisie.txt' })
    const { document } = assignIds(parsed.document, ctx)
    const gio = await buildGios(document, ctx, { geoOverride: geoFile })
    expect(gio.findings.map((f) => `${f.code}:${f.data.gio}`)).toEqual(['VISIE-200:binnenstad'])
    expect(gio.gios.map((g) => g.naam)).not.toContain('binnenstad')
    const ow = writeOwBestanden(document, gio.gios, ctx)
    expect(ow.findings.filter((f) => f.severity === 'blokkerend')).toEqual([])
    const locaties = Buffer.from(ow.files.find((f) => f.path === 'owLocaties.xml')?.bytes ?? []).toString('utf8')
    expect(locaties).toContain('<l:noemer>Havenkwartier</l:noemer>')
    expect(locaties).not.toContain('<l:noemer>binnenstad</l:noemer>')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
