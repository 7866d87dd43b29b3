/**
 * Reads a delivery package (a .zip or a folder of files) into memory, defensively: unsafe or invalid names,
 * duplicates, size limits (LVBB1040/1041), ZIP bombs and entry-count floods become pakket findings, never reads
 * outside the package. Entry point of the pakket layer (product.md §7.1); `packageFromFiles` wraps in-memory builds.
 */
import { lstat, open, readdir, stat as fsStat } from 'node:fs/promises'
import { join } from 'node:path'
import yauzl from 'yauzl'
import type { Finding } from '../model/index.js'
import { InputError } from '../model/errors.js'
import type { PackageContents, PackageEntry } from '../validate/layer.js'
import { zipEntryFindings, entryLimits as limits, type EntryProblem } from './read-limits.js'

/** Reads `path` (a .zip file or a folder). Throws InputError only when the path cannot be opened at all. */
export async function readPackage(path: string): Promise<PackageContents> {
  // The path the user gave is followed when it is a symbolic link (a link to a package is that package); links
  // inside a package folder stay a finding (VISIE-504).
  const stat = await fsStat(path).catch(() => {
    throw new InputError(`Pakket '${path}' bestaat niet of is niet leesbaar.`)
  })
  if (stat.isDirectory()) return readFolder(path)
  if (!stat.isFile()) throw new InputError(`'${path}' is geen ZIP-bestand en geen map.`)
  return readZip(path, stat.size)
}

/** A package built in memory (visie build): the same safety checks as for a ZIP, without the ZIP. */
export function packageFromFiles(source: string, files: readonly { name: string; bytes: Uint8Array }[]): PackageContents {
  const collector = new EntryCollector(source)
  for (const f of files) {
    if (collector.accept(f.name, f.bytes.length, source)) collector.add(f.name, f.bytes)
  }
  return collector.result()
}

/** Collects accepted entries and findings; enforces names, duplicates and per-file limits in one place. */
class EntryCollector {
  private readonly entries: PackageEntry[] = []
  private readonly findings: Finding[] = []
  private readonly skipped: string[] = []
  private readonly seen = new Map<string, string>()

  constructor(private readonly source: string) {}

  /** Checks a name and declared size; returns true when the entry may be read. */
  accept(name: string, size: number, file: string, compressedSize?: number): boolean {
    const problems: EntryProblem[] = zipEntryFindings(name, size, compressedSize)
    const folded = name.toLowerCase()
    const earlier = this.seen.get(folded)
    if (earlier !== undefined) problems.push({ kind: 'duplicate', earlier })
    for (const p of problems) this.findings.push(problemFinding(p, name, file))
    const fatal = problems.some((p) => p.kind !== 'empty')
    if (fatal) {
      if (problems.every((p) => p.kind !== 'unsafe')) this.skipped.push(name)
      return false
    }
    this.seen.set(folded, name)
    return true
  }

  add(name: string, bytes: Uint8Array): void {
    this.entries.push({ name, bytes })
  }

  problem(finding: Finding): void {
    this.findings.push(finding)
  }

  result(): PackageContents {
    const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    this.entries.sort(byName)
    this.skipped.sort()
    return { source: this.source, entries: this.entries, findings: this.findings, skipped: this.skipped }
  }
}

async function readFolder(dir: string): Promise<PackageContents> {
  const collector = new EntryCollector(dir)
  // Names as bytes: a name that is not UTF-8 (a latin-1 name from an old archive tool) is LVBB1004, as in a ZIP,
  // and is never opened through a lossy decoding of its name.
  const raw = await readdir(dir, { withFileTypes: true, encoding: 'buffer' })
  if (raw.length > limits.maxEntries) {
    collector.problem(pakketFinding('VISIE-503', dir, { aantal: raw.length, maximum: limits.maxEntries }))
    return collector.result()
  }
  const dirents: { name: string; isFile: () => boolean; isDirectory: () => boolean }[] = []
  for (const d of raw) {
    const name = utf8Name(d.name)
    if (name !== undefined) dirents.push({ name, isFile: () => d.isFile(), isDirectory: () => d.isDirectory() })
    else {
      const shown = new TextDecoder('utf-8').decode(d.name)
      collector.problem(pakketFinding('LVBB1004', shown, { bestand: shown, reden: 'de naam is geen geldige UTF-8' }))
    }
  }
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  let total = 0
  for (const d of dirents) {
    if (!d.isFile()) {
      // Symlinks could point outside the package; sub-folders are not allowed in a flat package.
      collector.problem(pakketFinding('VISIE-504', d.name, { bestand: d.name, soort: d.isDirectory() ? 'map' : 'geen gewoon bestand' }))
      continue
    }
    const path = join(dir, d.name)
    const size = (await lstat(path)).size
    total += size
    if (total > limits.maxPackageBytes) {
      collector.problem(pakketFinding('LVBB1040', d.name, { grootte: total, maximum: limits.maxPackageBytes }))
      break
    }
    if (collector.accept(d.name, size, d.name)) collector.add(d.name, await readBounded(path, size))
  }
  return collector.result()
}

/** Reads at most `size` bytes: a file that grows while we read cannot make us read more than we checked. */
async function readBounded(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(size)
    let offset = 0
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset)
      if (bytesRead === 0) break
      offset += bytesRead
    }
    return offset === size ? buffer : buffer.subarray(0, offset)
  } finally {
    await handle.close()
  }
}

async function readZip(path: string, zipSize: number): Promise<PackageContents> {
  const name = path.split(/[\\/]/).pop() ?? path
  const collector = new EntryCollector(path)
  if (zipSize > limits.maxPackageBytes) {
    collector.problem(pakketFinding('LVBB1040', name, { grootte: zipSize, maximum: limits.maxPackageBytes }))
    return collector.result()
  }
  let zip: yauzl.ZipFile
  try {
    zip = await openZip(path)
  } catch (e) {
    collector.problem(pakketFinding('LVBB1001', name, { reden: (e as Error).message }))
    return collector.result()
  }
  try {
    await walkZip(zip, collector, name)
  } catch (e) {
    collector.problem(pakketFinding('LVBB1001', name, { reden: (e as Error).message }))
  } finally {
    zip.close()
  }
  return collector.result()
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings false: yauzl would abort the whole ZIP on one unsafe name; we report it and go on.
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('onleesbaar')) : resolve(zip),
    )
  })
}

async function walkZip(zip: yauzl.ZipFile, collector: EntryCollector, zipName: string): Promise<void> {
  if (zip.entryCount > limits.maxEntries) {
    collector.problem(pakketFinding('VISIE-503', zipName, { aantal: zip.entryCount, maximum: limits.maxEntries }))
    return
  }
  let total = 0
  for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
    const name = decodeName(entry.fileName as unknown as Buffer)
    if (name.endsWith('/') && entry.uncompressedSize === 0) continue // a folder record: its files are judged themselves
    total += entry.uncompressedSize
    if (total > limits.maxTotalUncompressed) {
      collector.problem(pakketFinding('VISIE-502', zipName, { bestand: name, grootte: total, maximum: limits.maxTotalUncompressed }))
      return
    }
    if (!collector.accept(name, entry.uncompressedSize, zipName, entry.compressedSize)) continue
    try {
      collector.add(name, await readEntry(zip, entry))
    } catch (e) {
      collector.problem(pakketFinding('LVBB1001', zipName, { bestand: name, reden: (e as Error).message }))
    }
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry): void => done(() => resolve(e))
    const onEnd = (): void => done(() => resolve(undefined))
    const onError = (err: Error): void => done(() => reject(err))
    const done = (f: () => void): void => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError)
      f()
    }
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
    zip.readEntry()
  })
}

/** Reads one entry; yauzl's validateEntrySizes stops a stream that yields more than the declared size. */
function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('onleesbaar'))
      const buffer = new Uint8Array(entry.uncompressedSize)
      let offset = 0
      stream.on('data', (chunk: Buffer) => {
        if (offset + chunk.length > buffer.length) {
          stream.destroy(new Error('meer bytes dan opgegeven'))
          return
        }
        buffer.set(chunk, offset)
        offset += chunk.length
      })
      stream.on('error', reject)
      stream.on('end', () => resolve(buffer))
    })
  })
}

function utf8Name(raw: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return undefined
  }
}

function decodeName(raw: Buffer | string): string {
  if (typeof raw === 'string') return raw
  return new TextDecoder('utf-8').decode(raw)
}

const messages: Readonly<Record<string, (d: Readonly<Record<string, string | number>>) => string>> = {
  LVBB1001: (d) => `Het ZIP-bestand is niet leesbaar${d.bestand ? ` (bij '${d.bestand}')` : ''}: ${d.reden}.`,
  LVBB1004: (d) => `De bestandsnaam '${d.bestand}' is ongeldig: ${d.reden}. Verwacht: alleen letters, cijfers, '.', '_' en '-', zonder mappen.`,
  LVBB1040: (d) => `Het pakket is ${d.grootte} bytes; het mag niet groter zijn dan ${d.maximum} bytes (1 GB).`,
  LVBB1041: (d) => `Het bestand '${d.bestand}' is ${d.grootte} bytes; een bestand moet minstens 1 byte en hoogstens ${d.maximum} bytes (100 MB) zijn.`,
  LVBB1042: (d) => `De bestandsnaam '${d.bestand}' komt al voor als '${d.eerder}' (namen moeten uniek zijn, ook zonder onderscheid tussen hoofd- en kleine letters); het bestand is niet gelezen.`,
  'VISIE-502': (d) => `Het bestand '${d.bestand}' pakt uit tot ${d.grootte} bytes (verhouding ${d.verhouding ?? '-'}; maximum ${d.maximum}): mogelijk een ZIP-bom; het is niet uitgepakt.`,
  'VISIE-503': (d) => `Het pakket bevat ${d.aantal} bestanden; meer dan ${d.maximum} wordt niet gelezen.`,
  'VISIE-504': (d) => `'${d.bestand}' is een ${d.soort}; een pakket bevat alleen gewone bestanden zonder mappen. Het is overgeslagen.`,
}

function pakketFinding(code: string, file: string, data: Readonly<Record<string, string | number>>): Finding {
  const render = messages[code]
  return { code, severity: 'blokkerend', layer: 'pakket', message: render ? render(data) : code, data, at: { file } }
}

function problemFinding(p: EntryProblem, name: string, file: string): Finding {
  switch (p.kind) {
    case 'unsafe':
    case 'invalid':
      return pakketFinding('LVBB1004', p.kind === 'unsafe' ? file : name, { bestand: name, reden: p.reason })
    case 'empty':
    case 'tooLarge':
      return pakketFinding('LVBB1041', name, { bestand: name, grootte: p.size, maximum: limits.maxFileBytes })
    case 'bomb':
      return pakketFinding('VISIE-502', name, { bestand: name, grootte: p.size, verhouding: p.ratio, maximum: limits.maxRatio })
    case 'duplicate':
      return pakketFinding('LVBB1042', name, { bestand: name, eerder: p.earlier })
  }
}
