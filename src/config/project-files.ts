/**
 * The files visie.json names (tekst, afbeeldingen, geo.bronnen, geo.perGio) are read from the project folder only:
 * a project received from someone else must not carry the recipient's own files (an absolute path, `../`, or a
 * symbolic link that leads out) into a package or a preview. Links inside the folder are followed. The user may
 * allow other places explicitly with `"bestandenBuitenProjectmap": true`. And reading never blocks or runs away: only
 * regular files are opened (non-blocking, so a FIFO cannot hang the build), up to a size cap (not /dev/zero).
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { InputError } from '../model/errors.js'
import type { VisieConfig } from './schema.js'

/**
 * Each file visie.json names whose content goes into the package, with the key that names it
 * (`afbeeldingen["Visiekaart"]`). `wijzigt` is not among them: the previous delivery lives elsewhere by nature.
 */
export function namedFiles(config: VisieConfig): { key: string; path: string }[] {
  return [
    { key: 'tekst', path: config.tekst },
    ...Object.entries(config.afbeeldingen).map(([k, path]) => ({ key: `afbeeldingen[${JSON.stringify(k)}]`, path })),
    ...config.geo.bronnen.map((path, i) => ({ key: `geo.bronnen[${i}]`, path })),
    ...Object.entries(config.geo.perGio).map(([k, path]) => ({ key: `geo.perGio[${JSON.stringify(k)}]`, path })),
  ]
}

/**
 * Refuses (InputError, exit 2) every named file that is not a regular file (a device, FIFO, socket or folder), and
 * every one that lies outside the project folder after following links unless visie.json allows it. A file that
 * does not exist is left to its reader, which says so.
 */
export function checkProjectFiles(config: VisieConfig, projectDir: string, file = 'visie.json'): void {
  const irregular = namedFiles(config).flatMap(({ key, path }) => {
    const real = realOrUndefined(resolve(projectDir, path))
    const stat = real === undefined ? undefined : statSync(real)
    return stat === undefined || stat.isFile() ? [] : [`  ${key}: ${path} is ${stat.isDirectory() ? 'een map' : 'een apparaat, pipe of socket'}`]
  })
  if (irregular.length > 0) {
    throw new InputError(`${file} noemt iets anders dan een gewoon bestand; alleen gewone bestanden worden gelezen:\n${irregular.join('\n')}`)
  }
  if (config.bestandenBuitenProjectmap) return
  const root = realpathSync(projectDir)
  const outside = namedFiles(config).filter(({ path }) => {
    const real = realOrUndefined(resolve(projectDir, path))
    return real !== undefined && !inside(root, real)
  })
  if (outside.length === 0) return
  const lines = outside.map(({ key, path }) => {
    const real = realOrUndefined(resolve(projectDir, path))
    return `  ${key}: ${path}${real === resolve(projectDir, path) ? '' : ` (→ ${real})`}`
  })
  throw new InputError(
    `${file} noemt bestanden buiten de projectmap ${root} (een absoluut pad, ../ of een symbolische link naar elders):\n${lines.join('\n')}\n` +
      'Een projectmap van een ander mag geen bestanden van deze computer in een pakket brengen. Zet de bestanden in de projectmap, of sta het uitdrukkelijk toe met "bestandenBuitenProjectmap": true in visie.json.',
  )
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/** Whether `path` is `root` or lies under it (both absolute). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** A path that is not a regular file within the cap; the message is the Dutch reason. */
export class NotRegularFile extends Error {
  override readonly name = 'NotRegularFile'
}

/**
 * The bytes of a regular file of at most `maxBytes`: opened with O_NONBLOCK (a FIFO does not wait for a writer),
 * checked with fstat on the open descriptor (no race with a swapped path), read no further than the cap.
 * Throws NotRegularFile with a Dutch reason for a device, FIFO, socket, folder or a file over the cap; ENOENT and
 * EACCES come through as they are.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new NotRegularFile('het is een map, geen bestand')
    if (!stat.isFile()) throw new NotRegularFile('het is geen gewoon bestand (een apparaat, pipe of socket)')
    if (stat.size > maxBytes) throw new NotRegularFile(`het is ${stat.size} bytes; hooguit ${maxBytes} bytes`)
    const out = Buffer.alloc(stat.size)
    let read = 0
    while (read < out.length) {
      const n = readSync(fd, out, read, out.length - read, read)
      if (n === 0) break
      read += n
    }
    return read === out.length ? out : out.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}
