import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { LAYER_NAMES } from '../../src/cli/commands/validate.js'
import { VERSION } from '../../src/cli/version.js'
import { layers } from '../../src/validate/index.js'
import pkg from '../../package.json' with { type: 'json' }
import { repoRoot } from '../support/shared.js'

function capture(): Io & { out: (s: string) => void; text: () => { out: string; err: string } } {
  const out: string[] = []
  const err: string[] = []
  return { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, cwd: repoRoot, env: {}, text: () => ({ out: out.join(''), err: err.join('') }) }
}

describe('visie (the command line itself)', () => {
  test('--version prints the package version', async () => {
    const io = capture()
    expect(await main(['node', 'visie', '--version'], io)).toBe(0)
    expect(io.text().out.trim()).toBe(pkg.version)
    expect(VERSION).toBe(pkg.version)
  })

  test('--help lists every command, in Dutch', async () => {
    const io = capture()
    expect(await main(['node', 'visie', '--help'], io)).toBe(0)
    const help = io.text().out
    expect(help).toMatch(/^Gebruik: visie \[opties\] \[opdracht\]/)
    for (const c of ['build', 'validate', 'parse', 'preview', 'schemas', 'init']) expect(help).toMatch(new RegExp(`^  ${c}\\b`, 'm'))
    expect(help).not.toMatch(/Usage:|Options:|Commands:|default:|choices:/)
  })

  test('validate --help names the layers in the order the runner has them', () => {
    expect(LAYER_NAMES).toEqual(layers.map((l) => l.name))
  })

  test('an unknown option or command is a usage error: exit 2 with a Dutch message', async () => {
    for (const argv of [['build', '--foo'], ['bouw'], ['validate', 'x.zip', '--format', 'xml']]) {
      const io = capture()
      expect(await main(['node', 'visie', ...argv], io)).toBe(2)
      expect(io.text().err).toMatch(/^visie: (onbekende optie '--foo'|onbekende opdracht 'bouw'|ongeldige waarde)/)
      expect(io.text().err).not.toContain('    at ')
    }
  })

  test("an unknown option of a subcommand points at that subcommand's --help", async () => {
    const io = capture()
    expect(await main(['node', 'visie', 'build', 'fixtures/assen', '--foo'], io)).toBe(2)
    expect(io.text().err).toBe("visie: onbekende optie '--foo'\nGebruik 'visie build --help' voor de opties van build.\n")
    const top = capture()
    expect(await main(['node', 'visie', '--foo'], top)).toBe(2)
    expect(top.text().err).toContain("Gebruik 'visie --help'")
  })

  test('with --format json a usage error is JSON on stdout as well', async () => {
    const io = capture()
    expect(await main(['node', 'visie', 'validate', '--format', 'json'], io)).toBe(2)
    const json = JSON.parse(io.text().out) as { fout: { soort: string; melding: string }; exitcode: number }
    expect(json.fout.soort).toBe('gebruik')
    expect(json.fout.melding).toContain('geef een pakket op')
    expect(json.exitcode).toBe(2)
    const bad = capture()
    expect(await main(['node', 'visie', 'build', 'fixtures/assen', '--format', 'json', '--opdracht', 'x'], bad)).toBe(2)
    expect((JSON.parse(bad.text().out) as { fout: { melding: string } }).fout.melding).toMatch(/^ongeldige waarde/)
  })

  test('bare `visie` prints the help and exits 1', async () => {
    const io = capture()
    expect(await main(['node', 'visie'], io)).toBe(1)
    expect(io.text().out).toMatch(/^Gebruik: visie \[opties\] \[opdracht\]/)
  })

  test('`visie … | head`: a closed pipe ends the process quietly (no EPIPE stack trace)', () => {
    const r = spawnSync('sh', ['-c', `${process.execPath} --import tsx test/support/run-cli.ts parse fixtures/assen/omgevingsvisie.txt --format md | head -c 10`], { cwd: repoRoot, encoding: 'utf8' })
    expect(r.stdout).toHaveLength(10)
    expect(r.stderr).not.toContain('EPIPE')
    expect(r.stderr).not.toContain('    at ')
  })
})
