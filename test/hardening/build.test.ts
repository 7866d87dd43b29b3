/**
 * Hostile and broken projects through `visie build` (main() with a capturing Io): each case asserts the exit code,
 * the exact blocking findings (code@line of the text or geometry file) or the Dutch input error, and that --out
 * stays empty: no ZIP and no temporary file. XSD/Schematron are skipped (--schemas points nowhere): fast, and
 * none of these cases needs them.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { zipSizeFinding } from '../../src/build/index.js'
import { packageFromFiles } from '../../src/package/read.js'
import { assenProject, cli, edited, editJson, encodeWindows1252, leftBehind, reportCodes, seed, tempDir } from './support.js'

const NO_SCHEMAS = join(tempDir('visie-no-schemas-'), 'absent')

async function build(project: string): Promise<{ code: number; out: string; err: string; outDir: string }> {
  const outDir = join(tempDir('visie-out-'), 'dist')
  const r = await cli(project, 'build', project, '--out', outDir, '--quiet', '--format', 'json', '--schemas', NO_SCHEMAS)
  return { ...r, outDir }
}

/** Blocking findings only: the Assen text's waarschuwingen (VISIE-104/105/302) are the same in every case. */
function blocking(out: string): string[] {
  const report = JSON.parse(out) as { bevindingen: { code: string; ernst: string; bron?: { regel: number } }[] }
  return report.bevindingen.filter((b) => b.ernst === 'blokkerend').map((b) => (b.bron ? `${b.code}@${b.bron.regel}` : b.code))
}

const withText = (text: string | Uint8Array) => assenProject((d) => writeFileSync(join(d, 'omgevingsvisie.txt'), text))
const geoFile = (d: string) => join(d, 'geo', 'gio-schematisch.geojson')

const baseline = await build(assenProject())

describe('the unmodified project (the harness can see a written package)', () => {
  test('exit 0 and exactly one ZIP in --out', () => {
    expect(baseline.code).toBe(0)
    expect(leftBehind(baseline.outDir)).toEqual(['gm0106-omgevingsvisie-2026-1.zip'])
  })
})

describe('the text', () => {
  test('empty: VISIE-101, exit 1, nothing written', async () => {
    const r = await build(withText(''))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-101@1']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('binary: VISIE-100, exit 1, nothing written', async () => {
    const r = await build(withText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0, 0, 0, 8, 0])))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-100@1']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a broken ZIP is read as a Word file and refused in Dutch: exit 2, nothing written', async () => {
    const r = await build(withText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/omgevingsvisie\.txt .*(Word|DOCX)/u)
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('over 20 MB (a sparse file: only its size is looked at): VISIE-151, exit 1, nothing written', async () => {
    const project = assenProject((d) => truncateSync(join(d, 'omgevingsvisie.txt'), 21 * 1024 * 1024))
    const r = await build(project)
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-151@1']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('windows-1252: a waarschuwing VISIE-150 at line 6, and the very same ZIP as from the UTF-8 text', async () => {
    const r = await build(withText(encodeWindows1252(seed)))
    expect(r.code).toBe(0)
    expect(reportCodes(r.out)).toContain('VISIE-150@6')
    const zip = 'gm0106-omgevingsvisie-2026-1.zip'
    expect(readFileSync(join(r.outDir, zip)).equals(readFileSync(join(baseline.outDir, zip)))).toBe(true)
  })

  test('a besluit without a visie after it: VISIE-102 at the last line, exit 1, nothing written', async () => {
    const text = seed.slice(0, seed.indexOf(' Bijlage A Bijlage bij artikel I')).replace('Aldus vastgesteld door', 'Getekend door')
    const last = text.split('\n').findLastIndex((l) => l.trim() !== '') + 1
    const r = await build(withText(text))
    expect([r.code, blocking(r.out)]).toEqual([1, [`VISIE-102@${last}`]])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a duplicated heading number: VISIE-103 at line 293, exit 1, nothing written', async () => {
    const r = await build(withText(edited(' 2.4 Verbonden stad', ' 2.3 Verbonden stad')))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-103@293']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a skipped heading number: VISIE-103 at line 1172', async () => {
    const r = await build(withText(edited('3.13 Assen in de regio', '3.14 Assen in de regio')))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-103@1172']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('the text file named in visie.json does not exist: input error, exit 2', async () => {
    const r = await build(assenProject((d) => rmSync(join(d, 'omgevingsvisie.txt'))))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^visie: Kan de tekst .*omgevingsvisie\.txt niet lezen \(visie\.json "tekst"\)\.\n$/u)
    expect(leftBehind(r.outDir)).toEqual([])
  })
})

describe('Bijlage I', () => {
  const first = '/join/id/regdata/gm0106/2025/db3fe-'

  test('a dot in the naam: LVBB2020 and STOP1000 (work and expression), nothing written', async () => {
    const r = await build(withText(edited(first, '/join/id/regdata/gm0106/2025/db.3fe-')))
    expect([r.code, blocking(r.out).sort()]).toEqual([1, ['LVBB2020', 'STOP1000', 'STOP1000']])
    expect(r.out).toContain('/join/id/regdata/gm0106/2025/db.3febaefb6c48c185860c479551942c (Bijlage I) is ongeldig: een identificatie mag geen punt bevatten')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('the year left out (5 parts): LVBB2019 with the count, the naam where the year belongs (STOP1006)', async () => {
    const r = await build(withText(edited(first, '/join/id/regdata/gm0106/db3fe-')))
    expect(r.code).toBe(1)
    expect(blocking(r.out).sort()).toEqual(['LVBB2019', 'LVBB2020', 'STOP1006', 'STOP1008'])
    expect(r.out).toContain('/join/id/regdata/gm0106/db3febaefb6c48c185860c479551942c (Bijlage I) is ongeldig: verwacht 6 delen, gevonden 5.')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a duplicated identification: VISIE-154 at the second naam, nothing written', async () => {
    const text = edited('ta/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-', 'ta/gm0106/2025/db3febaefb6c48c185860c479551942c/nld@2026-01-')
    const r = await build(withText(text))
    expect([r.code, blocking(r.out)]).toEqual([1, [`VISIE-154@${text.split('\n').findIndex((l) => l.startsWith('binnenstad /join')) + 1}`]])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  // A naam of non-hex letters is a valid STOP naam (letters, digits, _ and -): no chain rule asks for a GUID.
  test('a naam that is not hex builds, with the identifier exactly as written', async () => {
    const r = await build(withText(edited(first, '/join/id/regdata/gm0106/2025/dbxzq-')))
    expect([r.code, blocking(r.out)]).toEqual([0, []])
    expect(leftBehind(r.outDir)).toEqual(['gm0106-omgevingsvisie-2026-1.zip'])
  })
})

describe('visie.json', () => {
  test('wrong types: input error naming each key, exit 2, nothing written', async () => {
    const project = assenProject((d) =>
      editJson(join(d, 'visie.json'), (j) => {
        j.naam = 42
        ;(j.datums as Record<string, unknown>).vaststelling = 20260219
        ;(j.geo as Record<string, unknown>).bronnen = 'geo/gio-schematisch.geojson'
      }),
    )
    const r = await build(project)
    expect(r.code).toBe(2)
    expect(r.err).toContain('visie.json klopt niet:\n')
    for (const key of ['naam: verwacht string', 'datums.vaststelling: verwacht string', 'geo.bronnen: verwacht array']) expect(r.err).toContain(`  ${key}\n`)
    // --format json: the same error as JSON on stdout, and no report of a package.
    const json = JSON.parse(r.out) as { fout: { soort: string; melding: string }; exitcode: number }
    expect([json.fout.soort, json.exitcode]).toEqual(['invoer', 2])
    expect(json.fout.melding).toContain('naam: verwacht string')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('unknown keys (a typo at the top level and inside geo): input error, exit 2', async () => {
    const project = assenProject((d) =>
      editJson(join(d, 'visie.json'), (j) => {
        j.bevoegdgezag = 'gm0106'
        ;(j.geo as Record<string, unknown>).bron = ['x.geojson']
      }),
    )
    const r = await build(project)
    expect(r.code).toBe(2)
    expect(r.err).toContain('  (hoofdniveau): onbekende sleutel(s): bevoegdgezag\n')
    expect(r.err).toContain('  geo: onbekende sleutel(s): bron\n')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('not JSON at all: input error, exit 2', async () => {
    const r = await build(assenProject((d) => writeFileSync(join(d, 'visie.json'), '{ "naam": "Assen", }')))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^visie: .*visie\.json is geen geldige JSON: /u)
    expect(leftBehind(r.outDir)).toEqual([])
  })
})

describe('geometry', () => {
  test('a missing geometry file: input error naming it, exit 2', async () => {
    const r = await build(assenProject((d) => rmSync(geoFile(d))))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^visie: Kan geometriebestand geo\/gio-schematisch\.geojson niet lezen \(.*\): het bestaat niet\.\n$/u)
    expect(leftBehind(r.outDir)).toEqual([])
  })

  /** The project's features with their RD coordinates mapped to rough WGS84 degrees around Assen (6.5 E, 53.0 N). */
  function inDegrees(d: string, crs: string | undefined): void {
    const geo = JSON.parse(readFileSync(geoFile(d), 'utf8')) as { crs?: unknown; features: { geometry: { coordinates: unknown } }[] }
    const toDegrees = (c: unknown): unknown =>
      typeof (c as number[])[0] === 'number'
        ? [5.3876 + ((c as number[])[0] as number - 155000) / 67800, 52.1562 + ((c as number[])[1] as number - 463000) / 111200]
        : (c as unknown[]).map(toDegrees)
    for (const f of geo.features) f.geometry.coordinates = toDegrees(f.geometry.coordinates)
    if (crs === undefined) delete geo.crs
    else geo.crs = { type: 'name', properties: { name: crs } }
    writeFileSync(geoFile(d), `${JSON.stringify(geo, null, 1)}\n`)
  }

  function geoCodes(out: string): string[] {
    return [...new Set(blocking(out).filter((c) => c.startsWith('VISIE-2')).map((c) => c.replace(/@\d+$/u, '')))]
  }

  test('WGS84 degrees declared RD in the file: VISIE-207 per feature, nothing written', async () => {
    const r = await build(assenProject((d) => inDegrees(d, 'urn:ogc:def:crs:EPSG::28992')))
    expect(r.code).toBe(1)
    expect(geoCodes(r.out)).toEqual(['VISIE-207'])
    expect(r.out).toContain("feature 1 (GIO 'bedrijventerreinen'): het coördinaatstelsel klopt niet: de coördinaten lijken graden (WGS84/ETRS89), maar het stelsel is RD New (EPSG:28992)")
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('WGS84 degrees without crs member, RD assumed from visie.json: VISIE-207, nothing written', async () => {
    const r = await build(assenProject((d) => inDegrees(d, undefined)))
    expect(r.code).toBe(1)
    expect(geoCodes(r.out)).toEqual(['VISIE-207'])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('the same degrees with visie.json geo.crs EPSG:4326 build (the control for the two cases above)', async () => {
    const r = await build(assenProject((d) => {
      inDegrees(d, undefined)
      editJson(join(d, 'visie.json'), (j) => ((j.geo as Record<string, unknown>).crs = 'EPSG:4326'))
    }))
    expect([r.code, blocking(r.out)]).toEqual([0, []])
  })

  test('RD metres declared CRS84: VISIE-207 naming the visie.json fix, nothing written', async () => {
    const r = await build(assenProject((d) => {
      const geo = JSON.parse(readFileSync(geoFile(d), 'utf8')) as Record<string, unknown>
      geo.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }
      writeFileSync(geoFile(d), JSON.stringify(geo))
    }))
    expect(r.code).toBe(1)
    expect(geoCodes(r.out)).toEqual(['VISIE-207'])
    expect(r.out).toContain('de coördinaten zijn geen graden, maar het stelsel is EPSG:4326')
    expect(r.out).toMatch(/Zijn het RD-meters, zet dan in visie.json \\?"geo\\?": { \\?"crs\\?": \\?"EPSG:28992/)
    expect(leftBehind(r.outDir)).toEqual([])
  })
})

describe('other project files', () => {
  test('the image for the visiekaart is missing: VISIE-303 at the figure line, nothing written', async () => {
    const r = await build(assenProject((d) => rmSync(join(d, 'afbeeldingen', 'visiekaart-schematisch.png'))))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-303@2321']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('the image is not a PNG: VISIE-304 at the figure line, nothing written', async () => {
    const r = await build(assenProject((d) => writeFileSync(join(d, 'afbeeldingen', 'visiekaart-schematisch.png'), 'geen png')))
    expect([r.code, blocking(r.out)]).toEqual([1, ['VISIE-304@2321']])
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('an empty geometry file: VISIE-213 for the file, VISIE-200 for each of the 13 GIOs of Bijlage I, nothing written', async () => {
    const r = await build(assenProject((d) => writeFileSync(geoFile(d), '')))
    expect(r.code).toBe(1)
    const codes = blocking(r.out)
    expect(codes.filter((c) => c === 'VISIE-213')).toHaveLength(1)
    expect(codes.filter((c) => c === 'VISIE-200')).toHaveLength(13)
    expect(r.out).toContain('geo/gio-schematisch.geojson: geen features gevonden; verwacht een GeoJSON FeatureCollection met een array \\"features\\".')
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('no visie.json, an empty one, or an array: input errors, exit 2', async () => {
    const none = await build(assenProject((d) => rmSync(join(d, 'visie.json'))))
    expect([none.code, none.err]).toEqual([2, expect.stringMatching(/^visie: Kan .*visie\.json niet lezen: een projectmap heeft een visie\.json nodig \(zie 'visie init'\)\.\n$/u)])
    const empty = await build(assenProject((d) => writeFileSync(join(d, 'visie.json'), '')))
    expect([empty.code, empty.err]).toEqual([2, expect.stringMatching(/visie\.json is geen geldige JSON: /u)])
    const array = await build(assenProject((d) => writeFileSync(join(d, 'visie.json'), '[]')))
    expect([array.code, array.err]).toEqual([2, expect.stringMatching(/visie\.json klopt niet:\n {2}\(hoofdniveau\): verwacht object\n$/u)])
    for (const r of [none, empty, array]) expect(leftBehind(r.outDir)).toEqual([])
  })
})

describe('geometry nesting', () => {
  test('GeoJSON coordinates nested 200 000 deep: VISIE-204 for that feature (no stack overflow), nothing written', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`
    const r = await build(assenProject((d) => {
      const geo = JSON.parse(readFileSync(geoFile(d), 'utf8')) as { features: { properties: { gio: string }; geometry: { coordinates: unknown } }[] }
      const json = JSON.stringify(geo, null, 0).replace(/\n/gu, '')
      const first = geo.features[0]?.properties.gio
      expect(first).toBe('bedrijventerreinen')
      const marker = JSON.stringify(geo.features[0]?.geometry.coordinates)
      writeFileSync(geoFile(d), json.replace(marker, deep))
    }))
    expect(r.code).toBe(1)
    expect(blocking(r.out)).toContain('VISIE-204@1')
    expect(r.out).toContain("feature 1 (GIO 'bedrijventerreinen'): ongeldige coördinaat (positie […] heeft geen x en y)")
    expect(leftBehind(r.outDir)).toEqual([])
  })

  test('a GML source nested 100 000 elements deep: VISIE-213 (the nesting limit of the XML parser), nothing written', async () => {
    const r = await build(assenProject((d) => {
      const n = 100_000
      writeFileSync(join(d, 'diep.gml'), `<?xml version="1.0"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2">${'<a>'.repeat(n)}${'</a>'.repeat(n)}</gml:FeatureCollection>\n`)
      editJson(join(d, 'visie.json'), (j) => ((j.geo as Record<string, unknown>).perGio = { binnenstad: 'diep.gml' }))
    }))
    expect(r.code).toBe(1)
    expect(blocking(r.out)).toContain('VISIE-213')
    expect(r.out).toContain('diep.gml: geen leesbare XML: Maximum nested tags exceeded.')
    expect(leftBehind(r.outDir)).toEqual([])
  })
})

describe('package sizes (LVBB1040 1 GB per ZIP, LVBB1041 100 MB per file)', () => {
  test('a ZIP over 1 GB is LVBB1040 and not written; exactly 1 GB is allowed', () => {
    expect(zipSizeFinding('p.zip', 1024 * 1024 * 1024)).toBeUndefined()
    expect(zipSizeFinding('p.zip', 1024 * 1024 * 1024 + 1)).toMatchObject({
      code: 'LVBB1040',
      severity: 'blokkerend',
      layer: 'pakket',
      data: { grootte: 1073741825, maximum: 1073741824 },
      at: { file: 'p.zip' },
    })
  })

  test('a built file over 100 MB is LVBB1041 in the check build runs on its own files (packageFromFiles)', () => {
    const big = new Uint8Array(100 * 1024 * 1024 + 1)
    const pkg = packageFromFiles('p.zip', [{ name: 'GIO-groot.gml', bytes: big }])
    expect(pkg.findings.map((f) => [f.code, f.at?.file])).toEqual([['LVBB1041', 'GIO-groot.gml']])
  })
})
