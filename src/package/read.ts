/**
 * Reads a delivery package (a .zip or a folder of files) into memory, defensively: unsafe or invalid names,
 * duplicates, size limits (LVBB1040/1041), ZIP bombs and entry-count floods become pakket findings, never reads
 * outside the package. Entry point of the pakket layer (product.md §7.1); `packageFromFiles` wraps in-memory builds.
 * Memory stays bounded by a chunk, not by an entry or the package (issue 16 D11): an entry of LARGE_ENTRY_BYTES or
 * more is read chunk by chunk once while reading (checked, hashed, its head kept) and afterwards again from the file on
 * each use: in chunks by the scanners (`chunks`), whole only where a layer asks for `bytes`. One exception: a deflated
 * entry that is inflated whole anyway (an ordinary ratio, up to 128 MB: zip-read.ts) is, if it is the largest of those,
 * kept from reading to its second use (HeldBytes): the first two readers of a GIO, the geo survey's scan and the
 * reduction of its coordinates for the Schematron layer, come right after reading, and inflating 100 MB again took
 * ~0.1 s each time. At most one entry is held, and only until then.
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { lstat, open, readdir, stat as fsStat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Finding } from '../model/index.js'
import { InputError } from '../model/errors.js'
import { CHUNK_BYTES, HEAD_BYTES, inChunks, LARGE_ENTRY_BYTES, type PackageContents, type PackageEntry } from '../validate/layer.js'
import { entryLimits as limits, packageEntryProblems, packageZipLimits, type EntryProblem } from './read-limits.js'
import { openZipFile, ZipGuard, type ZipArchive } from './zip-read.js'

export { LARGE_ENTRY_BYTES }

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
  private readonly guard = new ZipGuard(packageZipLimits)
  /** The entry's bytes kept for its first use (addLarge): at most one. */
  private held: HeldBytes | undefined
  /** Set when the entries together claim more than the total limit: stop reading. */
  stopped = false

  constructor(private readonly source: string) {}

  /** Checks a name and declared size; returns true when the entry may be read. */
  accept(name: string, size: number, file: string, zip?: { readonly compressedSize: number; readonly encrypted: boolean }): boolean {
    const problems = packageEntryProblems(this.guard, zip ? { name, size, ...zip } : { name, size })
    for (const p of problems) this.findings.push(problemFinding(p, name, file))
    if (problems.some((p) => p.kind === 'total' || p.kind === 'names')) this.stopped = true
    const fatal = problems.some((p) => p.kind !== 'empty')
    if (fatal) {
      if (problems.every((p) => p.kind !== 'unsafe' && p.kind !== 'total' && p.kind !== 'names')) this.skipped.push(name)
      return false
    }
    return true
  }

  add(name: string, bytes: Uint8Array): void {
    this.entries.push({ name, bytes })
  }

  /**
   * An entry that is read again on every access to `bytes` or `chunks` (see largeEntry); `inflated`, its bytes as just
   * read, are kept for the first access when they are the largest so far (the one held before is let go).
   */
  addLarge(name: string, facts: LargeFacts, load: () => Uint8Array, chunks?: () => Iterable<Uint8Array>, inflated?: Uint8Array): void {
    let held: HeldBytes | undefined
    if (inflated !== undefined && (this.held?.bytes === undefined || this.held.bytes.length < inflated.length)) {
      if (this.held) this.held.bytes = undefined
      held = { bytes: inflated, uses: 0 }
      this.held = held
    }
    this.entries.push(largeEntry(name, facts, load, chunks, held))
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

/** What streaming a large entry once tells: its size, first bytes and SHA-512. */
interface LargeFacts {
  readonly size: number
  readonly head: Uint8Array
  readonly sha512: string
}

/** A large entry's bytes kept from reading for its first USES_HELD uses (undefined from then on). */
interface HeldBytes {
  bytes: Uint8Array | undefined
  uses: number
}

/**
 * A GIO is read whole twice right after reading: by the geo survey's scan, and for the Schematron layer, which reads
 * it with its coordinate texts reduced (geo/survey.ts reducedGml); each was an inflate of up to 100 MB (~0.1 s).
 */
const USES_HELD = 2

function largeEntry(name: string, facts: LargeFacts, load: () => Uint8Array, chunks?: () => Iterable<Uint8Array>, held?: HeldBytes): PackageEntry {
  const take = (): Uint8Array | undefined => {
    const bytes = held?.bytes
    if (held && ++held.uses >= USES_HELD) held.bytes = undefined
    return bytes
  }
  return {
    name,
    size: facts.size,
    head: facts.head,
    sha512: facts.sha512,
    get bytes(): Uint8Array {
      return take() ?? load()
    },
    ...(chunks
      ? {
          chunks: () => {
            const bytes = take()
            return bytes === undefined ? chunks() : inChunks(bytes)
          },
        }
      : {}),
  }
}

/** Hashes chunks and keeps the first HEAD_BYTES of them. */
class ChunkFacts {
  private readonly hash = createHash('sha512')
  private readonly head = new Uint8Array(HEAD_BYTES)
  private size = 0

  add(chunk: Uint8Array): void {
    if (this.size < HEAD_BYTES) this.head.set(chunk.subarray(0, HEAD_BYTES - this.size), this.size)
    this.size += chunk.length
    this.hash.update(chunk)
  }

  facts(): LargeFacts {
    return { size: this.size, head: this.head.slice(0, Math.min(this.size, HEAD_BYTES)), sha512: this.hash.digest('hex') }
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
    if (!collector.accept(d.name, size, d.name)) continue
    if (size < LARGE_ENTRY_BYTES) collector.add(d.name, await readBounded(path, size))
    else collector.addLarge(d.name, await streamBounded(path, size), () => readBoundedSync(path, size), () => chunksBoundedSync(path, size))
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

/** Streams at most `size` bytes of a file through ChunkFacts. */
async function streamBounded(path: string, size: number): Promise<LargeFacts> {
  const handle = await open(path, 'r')
  try {
    const facts = new ChunkFacts()
    const buffer = new Uint8Array(Math.min(size, 1 << 20))
    for (let offset = 0; offset < size; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - offset), offset)
      if (bytesRead === 0) break
      facts.add(buffer.subarray(0, bytesRead))
      offset += bytesRead
    }
    return facts.facts()
  } finally {
    await handle.close()
  }
}

/** readBounded, synchronously: how a large entry of a folder is read again on use. */
function readBoundedSync(path: string, size: number): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(size)
    let offset = 0
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset)
      if (n === 0) break
      offset += n
    }
    return offset === size ? buffer : buffer.subarray(0, offset)
  } finally {
    closeSync(fd)
  }
}

/**
 * At most `size` bytes of a file in chunks of CHUNK_BYTES through one reused buffer: on some machines touching a fresh
 * 100 MB buffer costs ten times reading the file.
 */
function* chunksBoundedSync(path: string, size: number): Generator<Uint8Array> {
  const fd = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(Math.min(size, CHUNK_BYTES))
    for (let offset = 0; offset < size; ) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - offset), offset)
      if (n === 0) break
      offset += n
      yield buffer.subarray(0, n)
    }
  } finally {
    closeSync(fd)
  }
}

async function readZip(path: string, zipSize: number): Promise<PackageContents> {
  const name = path.split(/[\\/]/).pop() ?? path
  const collector = new EntryCollector(path)
  if (zipSize > limits.maxPackageBytes) {
    collector.problem(pakketFinding('LVBB1040', name, { grootte: zipSize, maximum: limits.maxPackageBytes }))
    return collector.result()
  }
  let zip: ZipArchive
  try {
    zip = await openZipFile(path)
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

async function walkZip(zip: ZipArchive, collector: EntryCollector, zipName: string): Promise<void> {
  if (zip.entryCount > limits.maxEntries) {
    collector.problem(pakketFinding('VISIE-503', zipName, { aantal: zip.entryCount, maximum: limits.maxEntries }))
    return
  }
  for (let entry = await zip.next(); entry; entry = await zip.next()) {
    if (entry.folder) continue // a folder record: its files are judged themselves
    const accepted = collector.accept(entry.name, entry.size, zipName, entry)
    if (collector.stopped) return
    if (!accepted) continue
    try {
      const reader = zip.reader(entry)
      const chunks = entry.size >= LARGE_ENTRY_BYTES ? reader && zip.chunks(entry) : undefined
      const whole = chunks ? zip.whole(entry) : undefined
      if (reader && chunks && whole) {
        // Inflated whole (as `chunks` would do too), perhaps kept for its first use (addLarge).
        const bytes = whole()
        const facts = new ChunkFacts()
        facts.add(bytes)
        collector.addLarge(entry.name, facts.facts(), reader, chunks, bytes)
      } else if (reader && chunks) {
        // Inflated chunk by chunk, here and on every later use: never held whole.
        const facts = new ChunkFacts()
        for (const chunk of chunks()) facts.add(chunk)
        collector.addLarge(entry.name, facts.facts(), reader, chunks)
      } else if (reader) {
        // A small entry read at once, synchronously: a stream per entry cost two round trips through libuv's thread pool
        // each (64 ms for the 37 files of the Assen package, against ~5 ms).
        collector.add(entry.name, reader())
      } else collector.add(entry.name, await zip.read(entry))
    } catch (e) {
      collector.problem(pakketFinding('LVBB1001', zipName, { bestand: entry.name, reden: (e as Error).message }))
    }
  }
}

function utf8Name(raw: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return undefined
  }
}

const messages: Readonly<Record<string, (d: Readonly<Record<string, string | number>>) => string>> = {
  LVBB1001: (d) => `Het ZIP-bestand is niet leesbaar${d.bestand ? ` (bij '${d.bestand}')` : ''}: ${d.reden}.`,
  LVBB1004: (d) => `De bestandsnaam '${d.bestand}' is ongeldig: ${d.reden}. Verwacht: alleen letters, cijfers, '.', '_' en '-', zonder mappen.`,
  LVBB1040: (d) => `Het pakket is ${d.grootte} bytes; het mag niet groter zijn dan ${d.maximum} bytes (1 GB).`,
  LVBB1041: (d) => `Het bestand '${d.bestand}' is ${d.grootte} bytes; een bestand moet minstens 1 byte en hoogstens ${d.maximum} bytes (100 MB) zijn.`,
  LVBB1042: (d) => `De bestandsnaam '${d.bestand}' komt al voor als '${d.eerder}' (namen moeten uniek zijn, ook zonder onderscheid tussen hoofd- en kleine letters); het bestand is niet gelezen.`,
  'VISIE-502': (d) => `Het bestand '${d.bestand}' pakt uit tot ${d.grootte} bytes (verhouding ${d.verhouding ?? '-'}; maximum ${d.maximum}): mogelijk een ZIP-bom; het is niet uitgepakt.`,
  'VISIE-503': (d) =>
    d.namen === undefined
      ? `Het pakket bevat ${d.aantal} bestanden; meer dan ${d.maximum} wordt niet gelezen.`
      : `De bestandsnamen in het pakket zijn samen langer dan ${d.maximum} tekens; de bestanden daarna worden niet gelezen.`,
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
    case 'encrypted':
      return pakketFinding('LVBB1001', file, { bestand: name, reden: 'het bestand is versleuteld (met een wachtwoord beveiligd)' })
    case 'total':
      return pakketFinding('VISIE-502', file, { bestand: name, grootte: p.total, maximum: limits.maxTotalUncompressed })
    case 'names':
      return pakketFinding('VISIE-503', file, { namen: p.total, maximum: limits.maxNameChars })
  }
}
