/**
 * Where `visie schemas install` reads the official files: a folder laid out like the shared reference folder
 * (or one of its set folders such as `stop/`), a ZIP of such a folder, a base URL mirroring it, or the official URLs.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import yauzl from 'yauzl'
import { InputError } from '../model/errors.js'
import type { SchemaManifestFile } from './manifest.js'

/** Largest single schema file we accept from any source (the biggest official XSD is ~100 kB). */
const maxFileBytes = 16 * 1024 * 1024

/** Most entries a schema ZIP may list (the official set has a few hundred files); more is refused before reading. */
const maxZipEntries = 50_000

export interface SchemaSource {
  /** Shown in messages: the folder, ZIP or URL as given. */
  readonly label: string
  /** The file's bytes, or undefined when this source does not have it. */
  readonly read: (file: SchemaManifestFile) => Promise<Uint8Array | undefined>
  /** Releases what the source holds open (a ZIP); the source is not read after it. */
  readonly close?: () => void
}

/** Candidate paths of a manifest file inside a source: the full path, or without its top folder (`stop/`, `imow/`). */
function candidates(path: string): string[] {
  const slash = path.indexOf('/')
  return slash < 0 ? [path] : [path, path.slice(slash + 1)]
}

export function dirSource(dir: string): SchemaSource {
  return {
    label: dir,
    read: async (file) => {
      for (const c of candidates(file.path)) {
        const p = join(dir, c)
        const s = await stat(p).catch(() => undefined)
        if (!s?.isFile()) continue
        if (s.size > maxFileBytes) throw new InputError(`${p} is te groot voor een schemabestand (${s.size} bytes).`)
        return new Uint8Array(await readFile(p))
      }
      return undefined
    },
  }
}

/**
 * A ZIP of a folder as for dirSource; one common top folder in the ZIP (e.g. `shared/`) is allowed. Only the
 * central directory is read up front; an entry is unpacked when the manifest asks for it (each at most
 * maxFileBytes), so memory stays bounded by the manifest's files whatever else the archive holds (issue 16 D11:
 * every entry used to be unpacked into memory, 1.8 MB of ZIP → 1.96 GB).
 */
export async function zipSource(zipFile: string): Promise<SchemaSource> {
  const fail = (e: unknown): never => {
    throw new InputError(`Kan ${zipFile} niet lezen als ZIP: ${(e as Error).message ?? String(e)}`)
  }
  const zip = await openZip(zipFile).catch(fail)
  let entries: Map<string, yauzl.Entry>
  try {
    entries = await indexZip(zip)
  } catch (e) {
    zip.close()
    return fail(e)
  }
  const names = [...entries.keys()]
  const first = names[0]?.split('/')[0]
  const prefix = first !== undefined && names.every((n) => n.startsWith(`${first}/`)) ? `${first}/` : ''
  return {
    label: zipFile,
    read: async (file) => {
      for (const c of candidates(file.path)) {
        const name = entries.has(c) ? c : prefix + c
        const entry = entries.get(name)
        if (entry) return readZipEntry(zip, entry, name).catch(fail)
      }
      return undefined
    },
    close: () => zip.close(),
  }
}

/** A base URL that mirrors the shared layout (`<base>/stop/schemas/...`). */
export function urlSource(base: string, fetcher: typeof fetch = fetch): SchemaSource {
  const root = base.endsWith('/') ? base : `${base}/`
  return {
    label: base,
    read: async (file) => {
      for (const c of candidates(file.path)) {
        const bytes = await download(new URL(c, root).href, fetcher)
        if (bytes) return bytes
      }
      return undefined
    },
  }
}

/** Each file from its official URL in the manifest. */
export function officialSource(fetcher: typeof fetch = fetch): SchemaSource {
  return { label: 'officiële URL’s', read: (file) => download(file.url, fetcher) }
}

async function download(url: string, fetcher: typeof fetch): Promise<Uint8Array | undefined> {
  let res: Response
  try {
    res = await fetcher(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000) })
  } catch (e) {
    throw new InputError(`Kan ${url} niet downloaden: ${(e as Error).message}`)
  }
  if (res.status === 404) return undefined
  if (!res.ok) throw new InputError(`Kan ${url} niet downloaden: HTTP ${res.status}.`)
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (bytes.byteLength > maxFileBytes) throw new InputError(`${url} is te groot voor een schemabestand.`)
  return bytes
}

function openZip(zipFile: string): Promise<yauzl.ZipFile> {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(zipFile, { lazyEntries: true, autoClose: false }, (err, zip) => (err || !zip ? reject(err ?? new Error('onleesbaar')) : resolvePromise(zip)))
  })
}

/** The file entries of a ZIP by name (metadata only), refusing unsafe names, oversized entries and entry floods. */
function indexZip(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolvePromise, reject) => {
    if (zip.entryCount > maxZipEntries) return reject(new Error(`${zip.entryCount} bestanden, meer dan ${maxZipEntries}`))
    const out = new Map<string, yauzl.Entry>()
    zip.on('error', reject)
    zip.on('end', () => resolvePromise(out))
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName
      if (name.endsWith('/') || name.startsWith('/') || name.split('/').includes('..')) return zip.readEntry()
      if (entry.uncompressedSize > maxFileBytes) return reject(new Error(`${name} is te groot`))
      out.set(name, entry)
      zip.readEntry()
    })
    zip.readEntry()
  })
}

/** One entry's bytes; a stream that yields more than maxFileBytes (whatever the header claimed) is stopped. */
function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error(`${name} is onleesbaar`))
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (c: Buffer) => {
        size += c.length
        if (size > maxFileBytes) stream.destroy(new Error(`${name} is te groot`))
        else chunks.push(c)
      })
      stream.on('error', reject)
      stream.on('end', () => resolvePromise(new Uint8Array(Buffer.concat(chunks))))
    })
  })
}

/** Picks the source type of one `--from` value. */
export async function sourceFor(from: string, fetcher: typeof fetch = fetch): Promise<SchemaSource> {
  if (/^https?:\/\//i.test(from)) return urlSource(from, fetcher)
  const s = await stat(from).catch(() => undefined)
  if (!s) throw new InputError(`--from ${from} bestaat niet.`)
  if (s.isDirectory()) return dirSource(from)
  return zipSource(from)
}
