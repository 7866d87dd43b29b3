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
})
