/**
 * `visie init` makes a first project that builds and validates with 0 blocking findings for every kind of bevoegd
 * gezag (the official XSDs and Schematron run in build), fills in what follows from the code, and leaves placeholders
 * that block until they are filled in. Build and validate give one verdict on the same ZIP and day.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { fixture, schemasDir } from '../support/shared.js'

const work = mkdtempSync(join(tmpdir(), 'visie-init-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A day on which the skeleton's dates (made "today" by init) are all in the future or today. */
const DAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())

async function visie(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, cwd: work, env: { VISIE_SCHEMAS: schemasDir() } }
  const code = await main(['node', 'visie', ...argv], io)
  return { code, out: out.join(''), err: err.join('') }
}

interface JsonReport {
  pakket: string | null
  geschreven?: boolean
  samenvatting: { blokkerend: number }
  bevindingen: { code: string; ernst: string; melding: string }[]
}

function unzip(zip: string, name: string): string {
  return execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' })
}

const kinds = [
  { code: 'pv22', naam: 'Provincie Drenthe', soort: 'provincie', orgaan: 'c_411b4e4a', aanhef: 'Provinciale Staten van Drenthe,', ambtsgebied: 'PV22' },
  { code: 'ws0155', naam: 'Waterschap Vechtstromen', soort: 'waterschap', orgaan: 'c_70c87e3d', aanhef: 'Het algemeen bestuur van Waterschap Vechtstromen,', ambtsgebied: 'WS0155' },
  { code: 'gm0757', naam: 'Gemeente Boxtel', soort: 'gemeente', orgaan: 'c_2a7d8663', aanhef: 'De raad van de gemeente Boxtel,', ambtsgebied: 'GM0757' },
  { code: 'mnre1034', naam: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', soort: 'ministerie', orgaan: 'c_bcfb7b4e', aanhef: 'De minister van Binnenlandse Zaken en Koninkrijksrelaties,', ambtsgebied: 'LND6030.B' },
] as const

describe('visie init → build → validate, for every kind of bevoegd gezag', () => {
  for (const k of kinds) {
    test(`${k.soort} ${k.code}: 0 blocking findings in build and validate, metadata from the code`, async () => {
      const init = await visie('init', k.code, '--bevoegd-gezag', k.code, '--naam', k.naam)
      expect(init.code, init.err).toBe(0)
      const project = join(work, k.code)
      expect(readdirSync(project).sort()).toEqual(['afbeeldingen', 'geo', 'omgevingsvisie.txt', 'visie.json', 'visie.schema.json'])
      expect(readFileSync(join(project, 'omgevingsvisie.txt'), 'utf8')).toContain(`\n${k.aanhef}\n`)

      const build = await visie('build', k.code, '--quiet', '--format', 'json', '--datum', DAG)
      const report = JSON.parse(build.out) as JsonReport
      expect(report.bevindingen.filter((f) => f.ernst === 'blokkerend'), build.out).toEqual([])
      // The schema layers really ran: no "schemas missing" finding.
      expect(report.bevindingen.map((f) => f.code)).not.toContain('VISIE-001')
      expect(build.code).toBe(0)
      expect(report.geschreven).toBe(true)
      const zip = join(project, 'dist', `${k.code}-omgevingsvisie-${DAG.slice(0, 4)}-1.zip`)
      expect(report.pakket).toBe(zip)

      const validate = await visie('validate', zip, '--format', 'json', '--datum', DAG)
      expect(validate.code, validate.out).toBe(0)
      expect((JSON.parse(validate.out) as JsonReport).samenvatting.blokkerend).toBe(0)

      const besluit = unzip(zip, 'besluit.xml')
      expect(besluit).toContain(`maker>/tooi/id/${k.soort}/${k.code}</`)
      expect(besluit).toContain(`eindverantwoordelijke>/tooi/id/${k.soort}/${k.code}</`)
      expect(besluit).not.toMatch(/\/tooi\/id\/gemeente\/(?!gm)/)
      expect(besluit).toContain(`soortBestuursorgaan>/tooi/def/thes/kern/${k.orgaan}</`)
      expect(besluit).toContain(`/akn/nl/bill/${k.code}/`)
      expect(besluit).toContain(`wId="${k.code}_1__`)
      expect(unzip(zip, 'owLocaties.xml')).toContain(`<l:bestuurlijkeGrenzenID>${k.ambtsgebied}</l:bestuurlijkeGrenzenID>`)
    })
  }

  test('without a bevoegd gezag the placeholders block, naming the value to fill in; no ZIP is written', async () => {
    expect((await visie('init', 'leeg')).code).toBe(0)
    const build = await visie('build', 'leeg/visie.json', '--quiet', '--format', 'json', '--datum', DAG)
    const report = JSON.parse(build.out) as JsonReport
    expect(build.code).toBe(1)
    expect(report.geschreven).toBe(false)
    expect(report.pakket).toBeNull()
    const blocking = report.bevindingen.filter((f) => f.ernst === 'blokkerend')
    expect(blocking.map((f) => f.code)).toEqual(['VISIE-510'])
    expect(blocking[0]?.melding).toContain("'gm0000'")
    expect(blocking[0]?.melding).toContain('"bevoegdGezag"')
    expect(readdirSync(join(work, 'leeg'))).not.toContain('dist')
  })

  test('--bevoegd-gezag of an unknown form, or without --naam, is a usage error', async () => {
    expect((await visie('init', 'x1', '--bevoegd-gezag', 'gm12', '--naam', 'X')).code).toBe(2)
    expect((await visie('init', 'x2', '--bevoegd-gezag', 'pv22')).code).toBe(2)
  })

  test('a bekendmaking before the vaststelling blocks (VISIE-512)', async () => {
    await visie('init', 'vroeg', '--bevoegd-gezag', 'gm0757', '--naam', 'Gemeente Boxtel')
    const file = join(work, 'vroeg', 'visie.json')
    const config = JSON.parse(readFileSync(file, 'utf8'))
    config.datums.bekendmaking = '2020-01-06'
    writeFileSync(file, JSON.stringify(config))
    const report = JSON.parse((await visie('build', 'vroeg', '--quiet', '--format', 'json', '--datum', '2020-01-01')).out) as JsonReport
    expect(report.bevindingen.filter((f) => f.ernst === 'blokkerend').map((f) => f.code)).toContain('VISIE-512')
  })

  test('a GIO id in the text of another bevoegd gezag blocks (VISIE-511)', async () => {
    await visie('init', 'ander', '--bevoegd-gezag', 'pv22', '--naam', 'Provincie Drenthe')
    const file = join(work, 'ander', 'omgevingsvisie.txt')
    writeFileSync(file, readFileSync(file, 'utf8').replace('/join/id/regdata/pv22/', '/join/id/regdata/gm0106/'))
    const report = JSON.parse((await visie('build', 'ander', '--quiet', '--format', 'json', '--datum', DAG)).out) as JsonReport
    const f = report.bevindingen.filter((x) => x.code === 'VISIE-511')
    expect(f.length).toBeGreaterThan(0)
    expect(f.every((x) => x.ernst === 'blokkerend' && x.melding.includes("'gm0106'"))).toBe(true)
  })

  test('GeoJSON without crs is WGS84 (RFC 7946); RD metres without crs get VISIE-207 naming the visie.json fix', async () => {
    await visie('init', 'rd', '--bevoegd-gezag', 'gm0757', '--naam', 'Gemeente Boxtel')
    const file = join(work, 'rd', 'geo', 'visiegebied.geojson')
    const geo = JSON.parse(readFileSync(file, 'utf8'))
    geo.features[0].geometry.coordinates = [[[150000, 410000], [151000, 410000], [151000, 411000], [150000, 411000], [150000, 410000]]]
    writeFileSync(file, JSON.stringify(geo))
    const report = JSON.parse((await visie('build', 'rd', '--quiet', '--format', 'json', '--datum', DAG)).out) as JsonReport
    const f = report.bevindingen.find((x) => x.code === 'VISIE-207')
    expect(f?.ernst).toBe('blokkerend')
    expect(f?.melding).toContain('"crs": "EPSG:28992"')
  })
})

describe('one verdict: build and validate agree on the Assen fixture on the same day', () => {
  for (const [opdracht, blocking] of [['validatie', 0], ['publicatie', 1]] as const) {
    test(`${opdracht}Opdracht after its datumBekendmaking: ${blocking === 0 ? 'LVBB1501 is a warning' : 'LVBB1501 blocks'}`, async () => {
      const out = join(work, `assen-${opdracht}`)
      const build = await visie('build', fixture('assen'), '--quiet', '--format', 'json', '--datum', '2026-12-04', '--opdracht', opdracht, '--out', out, ...(blocking ? ['--force'] : []))
      const b = JSON.parse(build.out) as JsonReport
      expect(build.code).toBe(blocking)
      const zip = join(out, 'gm0106-omgevingsvisie-2026-1.zip')
      const validate = await visie('validate', zip, '--format', 'json', '--datum', '2026-12-04')
      const v = JSON.parse(validate.out) as JsonReport
      expect(validate.code).toBe(blocking)
      const lvbb1501 = (r: JsonReport) => r.bevindingen.filter((f) => f.code === 'LVBB1501').map((f) => f.ernst)
      expect(lvbb1501(b)).toEqual([blocking ? 'blokkerend' : 'waarschuwing'])
      expect(lvbb1501(v)).toEqual(lvbb1501(b))
      expect(v.samenvatting.blokkerend).toBe(b.samenvatting.blokkerend)
    })
  }
})
