/**
 * The one ZIP reader for every ZIP visie opens: delivery packages (src/package/read.ts) and Word documents
 * (src/read/docx). In: a file path or bytes. Out: the entries in ZIP order with raw names decoded, each read bounded by
 * its declared size (yauzl's validateEntrySizes), and `ZipGuard`, the guards every ZIP gets: entry count, unsafe names,
 * duplicate names (case-insensitive), encrypted entries, size per entry, total inflated size and the compression ratio.
 * Callers turn the problems into their own findings (pakket layer) or errors (readers). Imports nothing from its users.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import { Inflate } from 'fflate'
import yauzl from 'yauzl'

export interface ZipLimits {
  readonly maxEntries: number
  /** Largest inflated size of one entry. */
  readonly maxEntryBytes: number
  /** Stop when the entries together claim more than this (a flood of small bombs). */
  readonly maxTotalBytes: number
  /** Inflated/compressed ratio above which a large entry is a ZIP bomb. */
  readonly maxRatio: number
  /** Entries smaller than this are never bombs, whatever their ratio. */
  readonly ratioFloorBytes: number
  /**
   * Stop when the entry names together are longer than this (characters): the names are held while the archive is read,
   * and the entry count alone does not bound them (50 000 names of 64 kB each are 3 GB).
   */
  readonly maxNameChars: number
}

export type ZipProblem =
  | { readonly kind: 'unsafe'; readonly reason: string }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'tooLarge'; readonly size: number }
  | { readonly kind: 'bomb'; readonly size: number; readonly ratio: number }
  | { readonly kind: 'duplicate'; readonly earlier: string }
  | { readonly kind: 'total'; readonly total: number }
  | { readonly kind: 'names'; readonly total: number }

export interface ZipEntry {
  /** The name as UTF-8 (invalid bytes as U+FFFD, which no caller accepts in a name). */
  readonly name: string
  readonly size: number
  readonly compressedSize: number
  readonly encrypted: boolean
  /** A folder record (name ending in '/', nothing inside). */
  readonly folder: boolean
}

export interface ZipArchive {
  /** The entry count the central directory declares. */
  readonly entryCount: number
  /** The next entry in ZIP order, or undefined at the end; rejects on a broken central directory. */
  next(): Promise<ZipEntry | undefined>
  /** The inflated bytes of an entry returned by next(); never more than its declared size. */
  read(entry: ZipEntry): Promise<Uint8Array>
  /**
   * For an archive opened from a file: a function that reads the entry again, synchronously, from the file (local
   * header, then stored or deflated data, checked against the declared size). Lets a caller hold a large entry as a
   * way to read it instead of its bytes. Undefined for an archive in memory.
   */
  reader(entry: ZipEntry): (() => Uint8Array) | undefined
  /**
   * As `reader`, but the entry comes in chunks of about CHUNK_BYTES, inflated as they are asked for, so an entry of
   * 95 MB is never held whole (each chunk is valid until the next is asked for). Undefined for an archive in memory.
   */
  chunks(entry: ZipEntry): (() => Iterable<Uint8Array>) | undefined
  /**
   * As `reader`, for an entry that `chunks` inflates whole anyway (deflated at an ordinary ratio, up to 128 MB; see
   * entryChunksSync): then the caller may as well take it whole. Undefined for any other entry and in memory.
   */
  whole(entry: ZipEntry): (() => Uint8Array) | undefined
  close(): void
}

/** The guards, with the state they need across entries (names seen, total so far). */
export class ZipGuard {
  private readonly seen = new Map<string, string>()
  private total = 0
  private nameChars = 0

  constructor(readonly limits: ZipLimits) {}

  /** True when the archive declares more entries than allowed (nothing should be read then). */
  tooManyEntries(count: number): boolean {
    return count > this.limits.maxEntries
  }

  /** The problems of one entry; 'total' and 'names' mean: stop reading this archive. Sizes are as declared. */
  check(entry: { readonly name: string; readonly size: number; readonly compressedSize?: number; readonly encrypted?: boolean }): ZipProblem[] {
    this.total += entry.size
    if (this.total > this.limits.maxTotalBytes) return [{ kind: 'total', total: this.total }]
    this.nameChars += entry.name.length
    if (this.nameChars > this.limits.maxNameChars) return [{ kind: 'names', total: this.nameChars }]
    const unsafe = unsafeReason(entry.name)
    if (unsafe) return [{ kind: 'unsafe', reason: unsafe }]
    const problems: ZipProblem[] = []
    if (entry.encrypted) problems.push({ kind: 'encrypted' })
    if (entry.size > this.limits.maxEntryBytes) problems.push({ kind: 'tooLarge', size: entry.size })
    else if (entry.compressedSize !== undefined && entry.size >= this.limits.ratioFloorBytes) {
      const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1))
      if (ratio > this.limits.maxRatio) problems.push({ kind: 'bomb', size: entry.size, ratio })
    }
    const folded = entry.name.toLowerCase()
    const earlier = this.seen.get(folded)
    if (earlier !== undefined) problems.push({ kind: 'duplicate', earlier })
    else this.seen.set(folded, entry.name)
    return problems
  }
}

/** Names that would point outside the archive's folder if anyone wrote them to disk. */
export function unsafeReason(name: string): string | undefined {
  if (name === '') return 'lege naam'
  if (name.includes('\0')) return 'NUL-teken in de naam'
  if (/^([\\/]|[A-Za-z]:)/.test(name)) return 'absoluut pad'
  if (name.split(/[\\/]/).some((part) => part === '..')) return "pad met '..' (buiten het pakket)"
  return undefined
}

// decodeStrings false: yauzl would abort the whole ZIP on one unsafe name; the guard reports it and reading goes on.
const options: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }

export function openZipFile(path: string): Promise<ZipArchive> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, options, (err, zip) => (err || !zip ? reject(err ?? new Error('onleesbaar')) : resolve(archive(zip, path))))
  })
}

export function openZipBuffer(bytes: Uint8Array): Promise<ZipArchive> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, options, (err, zip) => (err || !zip ? reject(err ?? new Error('onleesbaar')) : resolve(archive(zip))))
  })
}

function archive(zip: yauzl.ZipFile, path?: string): ZipArchive {
  const raw = new WeakMap<ZipEntry, yauzl.Entry>()
  return {
    entryCount: zip.entryCount,
    next: async () => {
      const e = await nextEntry(zip)
      if (!e) return undefined
      const name = decodeName(e.fileName as unknown as Buffer | string)
      const entry: ZipEntry = {
        name,
        size: e.uncompressedSize,
        compressedSize: e.compressedSize,
        encrypted: e.isEncrypted(),
        folder: name.endsWith('/') && e.uncompressedSize === 0,
      }
      raw.set(entry, e)
      return entry
    },
    read: (entry) => {
      const e = raw.get(entry)
      return e ? readEntry(zip, e) : Promise.reject(new Error(`${entry.name} komt niet uit dit archief`))
    },
    reader: (entry) => {
      const at = dataAt(raw.get(entry))
      return path === undefined || at === undefined ? undefined : () => readEntrySync(path, at)
    },
    chunks: (entry) => {
      const at = dataAt(raw.get(entry))
      return path === undefined || at === undefined ? undefined : () => entryChunksSync(path, at)
    },
    whole: (entry) => {
      const at = dataAt(raw.get(entry))
      return path === undefined || at === undefined || !inflatedWhole(at) ? undefined : () => readEntrySync(path, at)
    },
    close: () => zip.close(),
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

/** Reads one entry into a buffer of its declared size; a stream that yields more is stopped (validateEntrySizes too). */
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
      stream.on('end', () => resolve(offset === buffer.length ? buffer : buffer.subarray(0, offset)))
    })
  })
}

const LOCAL_HEADER = 0x04034b50

/** Where an entry's data is in the ZIP file, as its central directory record says. */
interface DataAt {
  readonly offset: number
  readonly compressedSize: number
  readonly size: number
  readonly method: number
}

function dataAt(e: yauzl.Entry | undefined): DataAt | undefined {
  return e && { offset: e.relativeOffsetOfLocalHeader, compressedSize: e.compressedSize, size: e.uncompressedSize, method: e.compressionMethod }
}

/** Where the data of an entry starts: after its local header, whose name and extra field lengths may differ. */
function dataStart(fd: number, at: DataAt): number {
  const header = Buffer.alloc(30)
  if (readSync(fd, header, 0, 30, at.offset) !== 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error('lokale kop ontbreekt')
  return at.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
}

/** One entry read again from the ZIP file, synchronously: the local header gives where its data starts. */
function readEntrySync(path: string, at: DataAt): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const start = dataStart(fd, at)
    const data = Buffer.alloc(at.compressedSize)
    for (let done = 0; done < data.length; ) {
      const n = readSync(fd, data, done, data.length - done, start + done)
      if (n === 0) throw new Error('het bestand is korter dan de ZIP-index zegt')
      done += n
    }
    // maxOutputLength: a deflate stream that would give more than declared stops (as validateEntrySizes does).
    // chunkSize one byte over the declared size: zlib inflates into one buffer, where its default 16 kB chunks were
    // joined at the end (a second copy of a 95 MB entry, alive until the next garbage collection).
    const inflate = { maxOutputLength: Math.max(at.size, 1), chunkSize: Math.max(at.size + 1, 64) }
    const bytes = at.method === 0 ? data : at.method === 8 ? inflateRawSync(data, inflate) : undefined
    if (bytes === undefined) throw new Error(`compressiemethode ${at.method} wordt niet ondersteund`)
    if (bytes.length !== at.size) throw new Error(`${bytes.length} bytes in plaats van de opgegeven ${at.size}`)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } finally {
    closeSync(fd)
  }
}

/** Bytes per chunk of a stored entry, and what a step of compressed bytes should inflate to. */
const CHUNK_BYTES = 1 << 20
/**
 * Compressed bytes per step: from 1 kB up to 16 kB as the ratio so far allows, so a chunk stays near CHUNK_BYTES and
 * never passes 16 MB even where the data inflates at deflate's largest ratio (1032:1).
 */
const MIN_STEP = 1024
const MAX_STEP = 16 * 1024
/** Entries inflated whole by Node's zlib for reading in chunks: up to this size (the LVBB's limit is 100 MB) … */
const WHOLE_MAX_BYTES = 128 * 1024 * 1024
/** … and this ratio of inflated to compressed size (GML of real coordinates deflates 3–12:1). */
const WHOLE_MAX_RATIO = 20

/** Whether entryChunksSync inflates the entry whole (with Node's zlib) before handing it out in chunks. */
function inflatedWhole(at: DataAt): boolean {
  return at.method === 8 && at.size <= WHOLE_MAX_BYTES && at.size <= WHOLE_MAX_RATIO * Math.max(at.compressedSize, 1)
}

/**
 * One entry read again from the ZIP file in chunks, synchronously; the declared size bounds the output as in
 * readEntrySync. Node's zlib has no synchronous streaming inflate (inflateRawSync needs the whole input and gives the
 * whole output). A deflated entry of ordinary compression is inflated whole by it and handed out in chunks: ~4× the
 * speed of fflate's JavaScript, in one allocation instead of many (a GIO of 92 MB: validate 3.6 → 2.6 s, peak 528 →
 * 447 MB). An entry that inflates more than WHOLE_MAX_RATIO times its compressed size (the ten 95 MB GMLs in a 10 MB
 * ZIP of issue 16 D11: whole, they peaked at 625 MB against 409 MB) or beyond WHOLE_MAX_BYTES goes through fflate's
 * streaming Inflate a step of compressed bytes at a time, so its memory stays bounded by a chunk.
 */
function* entryChunksSync(path: string, at: DataAt): Generator<Uint8Array> {
  if (at.method !== 0 && at.method !== 8) throw new Error(`compressiemethode ${at.method} wordt niet ondersteund`)
  if (inflatedWhole(at)) {
    const whole = readEntrySync(path, at)
    for (let i = 0; i < whole.length; i += CHUNK_BYTES) yield whole.subarray(i, i + CHUNK_BYTES)
    return
  }
  const fd = openSync(path, 'r')
  try {
    const start = dataStart(fd, at)
    const input = new Uint8Array(Math.max(1, Math.min(at.compressedSize, at.method === 0 ? CHUNK_BYTES : MAX_STEP)))
    const ready: Uint8Array[] = []
    let total = 0
    const inflate = new Inflate((chunk) => {
      total += chunk.length
      if (total > at.size) throw new Error(`meer bytes dan de opgegeven ${at.size}`)
      ready.push(chunk)
    })
    let step = at.method === 0 ? input.length : MIN_STEP
    for (let done = 0; done < at.compressedSize; ) {
      const n = readSync(fd, input, 0, Math.min(step, at.compressedSize - done), start + done)
      if (n === 0) throw new Error('het bestand is korter dan de ZIP-index zegt')
      done += n
      if (at.method === 0) {
        total += n
        yield input.subarray(0, n)
        continue
      }
      const before = total
      inflate.push(input.subarray(0, n), done === at.compressedSize)
      step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor((CHUNK_BYTES * n) / Math.max(total - before, 1))))
      while (ready.length > 0) yield ready.shift() as Uint8Array
    }
    if (total !== at.size) throw new Error(`${total} bytes in plaats van de opgegeven ${at.size}`)
  } finally {
    closeSync(fd)
  }
}

function decodeName(raw: Buffer | string): string {
  return typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw)
}
