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

export interface SchemaSource {
  /** Shown in messages: the folder, ZIP or URL as given. */
  readonly label: string
  /** The file's bytes, or undefined when this source does not have it. */
  readonly read: (file: SchemaManifestFile) => Promise<Uint8Array | undefined>
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

/** A ZIP of a folder as for dirSource; one common top folder in the ZIP (e.g. `shared/`) is allowed. */
export async function zipSource(zipFile: string): Promise<SchemaSource> {
  const entries = await readZip(zipFile)
  const names = [...entries.keys()]
  const first = names[0]?.split('/')[0]
  const prefix = first !== undefined && names.every((n) => n.startsWith(`${first}/`)) ? `${first}/` : ''
  return {
    label: zipFile,
    read: async (file) => {
      for (const c of candidates(file.path)) {
        const bytes = entries.get(c) ?? entries.get(prefix + c)
        if (bytes) return bytes
      }
      return undefined
    },
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

/** Reads the file entries of a ZIP into memory, refusing unsafe names and oversized entries. */
function readZip(zipFile: string): Promise<Map<string, Uint8Array>> {
  return new Promise((resolvePromise, reject) => {
    const fail = (e: unknown) => reject(new InputError(`Kan ${zipFile} niet lezen als ZIP: ${(e as Error).message ?? String(e)}`))
    yauzl.open(zipFile, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return fail(err)
      const out = new Map<string, Uint8Array>()
      zip.on('error', fail)
      zip.on('end', () => resolvePromise(out))
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        if (name.endsWith('/') || name.startsWith('/') || name.split('/').includes('..')) return zip.readEntry()
        if (entry.uncompressedSize > maxFileBytes) return fail(new Error(`${name} is te groot`))
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return fail(e2)
          const chunks: Buffer[] = []
          let size = 0
          stream.on('data', (c: Buffer) => {
            size += c.length
            if (size > maxFileBytes) stream.destroy(new Error(`${name} is te groot`))
            else chunks.push(c)
          })
          stream.on('error', fail)
          stream.on('end', () => {
            out.set(name, new Uint8Array(Buffer.concat(chunks)))
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
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
