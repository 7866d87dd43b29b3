/**
 * `visie build --watch` (watch.ts, commands/build.ts): a burst of changes gives one run with every changed path, hidden
 * files and the build's own output do not count, a change during a run gives exactly one run after it; and on the
 * Assen project the CLI rebuilds after an edit of the text (the new ZIP holds the new wording), reports a visie.json
 * that no longer parses as the CLI reports it (exit 2) and goes on watching, and ends with the last round's code;
 * `visie validate --watch` on a package folder reports a file that appears in it (LVBB1010) and ends with exit 1.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { watchAndRun } from '../../src/cli/watch.js'
import { readPackage } from '../../src/package/read.js'
import { assenProject, editJson, tempDir } from '../hardening/support.js'
import { schemasDir } from '../support/shared.js'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/** Polls until `ready()` holds; fails after `ms`. */
async function until(ready: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!ready()) {
    if (Date.now() > end) throw new Error('gaf het op na wachten')
    await sleep(25)
  }
}

describe('watchAndRun', () => {
  test('one run per burst, with every changed path; hidden files do not count; a change during a run waits for it; a new folder is watched', async () => {
    const dir = tempDir('visie-watch-')
    mkdirSync(join(dir, 'geo'))
    const stop = new AbortController()
    const runs: string[][] = []
    // A run that waits until the test lets it end (release), so changes surely come while it is busy.
    let gate: Promise<void> | undefined
    let release = (): void => {}
    const watching = watchAndRun(
      { folders: [{ dir, recursive: true }], ignore: (p) => p.split(sep).some((part) => part.startsWith('.')), stop: stop.signal, quietMs: 60 },
      async (changed) => {
        runs.push(changed.map((p) => p.slice(dir.length + 1)))
        await gate
      },
    )
    await sleep(100)
    writeFileSync(join(dir, 'a.txt'), '1')
    writeFileSync(join(dir, 'geo', 'b.json'), '{}')
    writeFileSync(join(dir, 'a.txt'), '2')
    await until(() => runs.length === 1)
    expect(runs[0]).toEqual(['a.txt', 'geo/b.json'])

    writeFileSync(join(dir, '.verborgen'), 'x')
    await sleep(300)
    expect(runs).toHaveLength(1)

    gate = new Promise((ok) => (release = ok))
    writeFileSync(join(dir, 'a.txt'), '3')
    await until(() => runs.length === 2)
    // During the held run: two changes, apart, then one run after it.
    writeFileSync(join(dir, 'c.txt'), '1')
    await sleep(200)
    writeFileSync(join(dir, 'a.txt'), '4')
    await sleep(200)
    expect(runs).toHaveLength(2)
    gate = undefined
    release()
    await until(() => runs.length === 3)
    expect(runs[2]).toEqual(['a.txt', 'c.txt'])
    await sleep(300)
    expect(runs).toHaveLength(3)

    // A folder made while watching is watched too.
    mkdirSync(join(dir, 'nieuw'))
    await until(() => runs.length === 4)
    writeFileSync(join(dir, 'nieuw', 'x.txt'), '1')
    await until(() => runs.length === 5)
    expect(runs[4]).toEqual(['nieuw/x.txt'])

    stop.abort()
    await watching
  }, 30_000)
})

/**
 * `visie build --watch` on a copy of Assen, without schemas (quicker): what it printed so far, the ZIPs it wrote, stop.
 * `options` gives the arguments after the project (default: --out in a folder of its own), made from the copy's path.
 */
function watchAssen(options: (project: string) => string[] = () => ['--out', join(tempDir('visie-watch-out-'), 'dist')]): {
  project: string
  err: () => string
  written: () => number
  stop: () => Promise<number>
} {
  const project = assenProject()
  const noSchemas = join(tempDir('visie-no-schemas-'), 'absent')
  let out = ''
  let err = ''
  const stop = new AbortController()
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd: project, env: {}, stop: stop.signal }
  const running = main(['node', 'visie', 'build', project, '--watch', '--quiet', '--schemas', noSchemas, ...options(project)], io)
  return {
    project,
    err: () => err,
    written: () => out.split('Pakket geschreven').length - 1,
    stop: () => {
      stop.abort()
      return running
    },
  }
}

describe('visie build --watch', () => {
  test('rebuilds after an edit, reports a broken visie.json and goes on, ends with the last round', async () => {
    const outDir = join(tempDir('visie-watch-out-'), 'dist')
    const { project, err, written, stop } = watchAssen(() => ['--out', outDir])
    await until(() => written() === 1 && err().includes('Wacht op wijzigingen'))
    const zip = join(outDir, 'gm0106-omgevingsvisie-2026-1.zip')
    const besluit = async () => {
      const pkg = await readPackage(zip)
      return new TextDecoder().decode(pkg.entries.find((e) => e.name === 'besluit.xml')?.bytes)
    }
    expect(await besluit()).not.toContain('Nationaal Park Drentsche Aa-en-Hunze')

    // The text edited: the next ZIP has the new wording.
    const text = join(project, 'omgevingsvisie.txt')
    const seed = readFileSync(text, 'utf8')
    expect(seed).toContain('Het Nationaal Park Drentsche Aa springt')
    writeFileSync(text, seed.replace('Het Nationaal Park Drentsche Aa springt', 'Het Nationaal Park Drentsche Aa-en-Hunze springt'))
    await until(() => written() === 2)
    expect(err()).toMatch(/gewijzigd: omgevingsvisie\.txt; opnieuw bouwen/u)
    expect(await besluit()).toContain('Nationaal Park Drentsche Aa-en-Hunze springt')

    // A visie.json that does not parse: the CLI's error, and the watch goes on.
    const config = join(project, 'visie.json')
    const json = readFileSync(config, 'utf8')
    writeFileSync(config, json.slice(0, 40))
    await until(() => /visie: .*visie\.json/u.test(err()))
    writeFileSync(config, json)
    await until(() => written() === 3)

    expect(await stop()).toBe(0)
  }, 180_000)
})

describe('visie build --watch: its own output does not count', () => {
  /** After the first round: quiet for a while, then one round per edit of the text. */
  async function oneRoundPerEdit(watching: ReturnType<typeof watchAssen>): Promise<void> {
    const { project, err, written, stop } = watching
    await until(() => written() === 1 && err().includes('Wacht op wijzigingen'))
    await sleep(700)
    expect(written()).toBe(1)
    const text = join(project, 'omgevingsvisie.txt')
    writeFileSync(text, readFileSync(text, 'utf8').replace('Het Nationaal Park Drentsche Aa springt', 'Het Nationaal Park springt'))
    await until(() => written() === 2)
    await sleep(700)
    expect(written()).toBe(2)
    expect(err().match(/gewijzigd:/gu)).toHaveLength(1)
    expect(await stop()).toBe(0)
  }

  test('the ZIP in PROJECT/dist (the default) and a --cache folder inside the project', async () => {
    // With the schema set (a later --schemas wins): the xsd and Schematron layers run and fill the cache.
    const cache = (project: string) => join(project, 'cache')
    let project = ''
    await oneRoundPerEdit(
      watchAssen((p) => {
        project = p
        return ['--schemas', schemasDir(), '--cache', cache(p)]
      }),
    )
    expect(readdirSync(cache(project)).filter((n) => n.endsWith('.json')).length).toBeGreaterThan(0)
  }, 300_000)

  test('--out the project folder itself, named through a symbolic link', async () => {
    const links = tempDir('visie-watch-link-')
    await oneRoundPerEdit(
      watchAssen((project) => {
        symlinkSync(project, join(links, 'project'))
        return ['--out', join(links, 'project')]
      }),
    )
  }, 180_000)
})

describe('visie build --watch: files outside the project folder', () => {
  test('a text visie.json names outside the project (allowed there) is watched from the first round on', async () => {
    const elsewhere = tempDir('visie-watch-elders-')
    let project = ''
    const watching = watchAssen((p) => {
      project = p
      renameSync(join(p, 'omgevingsvisie.txt'), join(elsewhere, 'visie.txt'))
      editJson(join(p, 'visie.json'), (json) => {
        json.tekst = join(elsewhere, 'visie.txt')
        json.bestandenBuitenProjectmap = true
      })
      return ['--out', join(tempDir('visie-watch-out-'), 'dist')]
    })
    const { err, written, stop } = watching
    await until(() => written() === 1 && err().includes('Wacht op wijzigingen'))
    expect(project).not.toBe('')
    const text = join(elsewhere, 'visie.txt')
    writeFileSync(text, readFileSync(text, 'utf8').replace('Het Nationaal Park Drentsche Aa springt', 'Het Nationaal Park springt'))
    await until(() => written() === 2)
    expect(err()).toContain(`gewijzigd: ${relative(project, text)}; opnieuw bouwen`)
    expect(await stop()).toBe(0)
  }, 180_000)
})

describe('visie build --watch: the first round', () => {
  test('a change while the first build runs gives a second one', async () => {
    const { project, err, written, stop } = watchAssen()
    await sleep(50)
    const text = join(project, 'omgevingsvisie.txt')
    // Still in the first build (from the sources it takes seconds): the change must not be lost.
    expect(written()).toBe(0)
    writeFileSync(text, readFileSync(text, 'utf8').replace('Het Nationaal Park Drentsche Aa springt', 'Het Nationaal Park springt'))
    await until(() => written() === 2)
    expect(err()).toMatch(/gewijzigd: omgevingsvisie\.txt; opnieuw bouwen/u)
    expect(await stop()).toBe(0)
  }, 180_000)

  test('a usage error in the first round ends the watch with exit 2', async () => {
    const project = assenProject()
    let err = ''
    const io: Io = { out: () => {}, err: (s) => (err += s), tty: false, cwd: project, env: {}, stop: new AbortController().signal }
    expect(await main(['node', 'visie', 'build', project, '--watch', '--datum', 'morgen'], io)).toBe(2)
    expect(err).toMatch(/--datum 'morgen' is geen datum/u)
  })
})

describe('visie validate --watch', () => {
  test('validates the folder again when a file appears in it; a hidden file does not count; ends with the last code', async () => {
    const project = assenProject()
    const outDir = join(tempDir('visie-watch-out-'), 'dist')
    const noSchemas = join(tempDir('visie-no-schemas-'), 'absent')
    const built = await main(['node', 'visie', 'build', project, '--quiet', '--out', outDir, '--schemas', noSchemas], { out: () => {}, err: () => {}, tty: false, cwd: project, env: {} })
    expect(built).toBe(0)
    const folder = tempDir('visie-watch-pkg-')
    for (const e of (await readPackage(join(outDir, 'gm0106-omgevingsvisie-2026-1.zip'))).entries) writeFileSync(join(folder, e.name), e.bytes)

    let out = ''
    let err = ''
    const stop = new AbortController()
    const io: Io = { out: (s) => (out += s), err: (s) => (err += s), tty: false, cwd: folder, env: {}, stop: stop.signal }
    const reports = () => out.split('Samenvatting:').length - 1
    const running = main(['node', 'visie', 'validate', folder, '--watch', '--lagen', 'pakket', '--datum', '2026-01-10'], io)
    await until(() => reports() === 1 && err.includes('Wacht op wijzigingen'))
    expect(out).toMatch(/0 blokkerend/u)

    writeFileSync(join(folder, '.extra.xml.swp'), 'x')
    writeFileSync(join(folder, 'extra.xml'), '<a/>')
    await until(() => reports() === 2)
    expect(err).toMatch(/gewijzigd: extra\.xml; opnieuw valideren/u)
    expect(out.slice(out.lastIndexOf('Samenvatting:'))).toMatch(/LVBB1010.*extra\.xml/u)

    rmSync(join(folder, '.extra.xml.swp'))
    await sleep(400)
    expect(reports()).toBe(2)
    stop.abort()
    expect(await running).toBe(1)
  }, 180_000)
})
