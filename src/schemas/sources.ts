/**
 * Where `visie schemas install` reads the official files: a folder laid out like the shared reference folder
 * (or one of its set folders such as `stop/`), a ZIP of such a folder, a base URL mirroring it, or the official URLs.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../model/errors.js'
import { visibleControls } from '../model/xml-chars.js'
import { openZipFile, ZipGuard, type ZipArchive, type ZipEntry, type ZipLimits, type ZipProblem } from '../package/zip-read.js'
import type { SchemaManifestFile } from './manifest.js'

/** Largest single schema file we accept from any source (the biggest official XSD is ~100 kB). */
const maxFileBytes = 16 * 1024 * 1024

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
 * The limits of a schema ZIP for the shared ZIP reader's guards (src/package/zip-read.ts). The official set is 188
 * files, some 7 MB; a ZIP of a whole standards repository with its examples may hold a few thousand files and a few
 * hundred MB, of which only the manifest's files are ever unpacked.
 */
export const schemaZipLimits: ZipLimits = {
  maxEntries: 50_000,
  maxEntryBytes: maxFileBytes,
  /** What the entries together declare, unpacked or not: more is no schema set (and a flood of bombs). */
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  /** XSD and Schematron compress 5–20×; a file above 1 MB that inflates more than 200× is a bomb. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** A repository's paths are some 100 characters; 16 M characters of names is no schema set (issue 16 D11). */
  maxNameChars: 16 * 1024 * 1024,
}

/** Most bytes unpacked from one schema ZIP in total (the manifest's files are some 7 MB). */
const maxUnpackedBytes = 256 * 1024 * 1024

/**
 * A ZIP of a folder as for dirSource; one common top folder in the ZIP (e.g. `shared/`) is allowed. Read through the
 * shared ZIP reader with its guards: too many entries, an unsafe or duplicate name, or entries that together declare
 * too much refuse the archive before anything is unpacked; an entry is unpacked only when the manifest asks for it, and
 * then refused when encrypted, too large or a bomb; the unpacked total is capped. So memory stays bounded whatever the
 * archive holds (issue 16 D11: every entry used to be unpacked, 1.8 MB of ZIP → 1.96 GB).
 */
export async function zipSource(zipFile: string): Promise<SchemaSource> {
  const refuse = (why: string): never => {
    throw new InputError(`${zipFile} wordt niet gebruikt als bron voor de schema's: ${why}`)
  }
  const zip = await openZipFile(zipFile).catch((e: Error) => refuse(`het is geen leesbare ZIP (${e.message}).`))
  let entries: Map<string, { entry: ZipEntry; problems: readonly ZipProblem[] }>
  try {
    entries = await indexZip(zip, refuse)
  } catch (e) {
    zip.close()
    throw e instanceof InputError ? e : new InputError(`${zipFile} wordt niet gebruikt als bron voor de schema's: de ZIP is beschadigd (${(e as Error).message}).`)
  }
  const names = [...entries.keys()]
  const first = names[0]?.split('/')[0]
  const prefix = first !== undefined && names.every((n) => n.startsWith(`${first}/`)) ? `${first}/` : ''
  let unpacked = 0
  return {
    label: zipFile,
    read: async (file) => {
      for (const c of candidates(file.path)) {
        const name = entries.has(c) ? c : prefix + c
        const found = entries.get(name)
        if (!found) continue
        refuseEntry(name, found.entry, found.problems, refuse)
        unpacked += found.entry.size
        if (unpacked > maxUnpackedBytes) refuse(`de gevraagde bestanden pakken samen uit tot meer dan ${maxUnpackedBytes} bytes.`)
        return zip.read(found.entry).catch((e: Error) => refuse(`${name} is beschadigd (${e.message}).`))
      }
      return undefined
    },
    close: () => zip.close(),
  }
}

/** The file entries by name with their guard problems; what makes the whole archive unusable is refused here. */
async function indexZip(zip: ZipArchive, refuse: (why: string) => never): Promise<Map<string, { entry: ZipEntry; problems: readonly ZipProblem[] }>> {
  const guard = new ZipGuard(schemaZipLimits)
  if (guard.tooManyEntries(zip.entryCount)) refuse(`de ZIP heeft ${zip.entryCount} bestanden, meer dan ${schemaZipLimits.maxEntries}.`)
  const out = new Map<string, { entry: ZipEntry; problems: readonly ZipProblem[] }>()
  for (let entry = await zip.next(); entry; entry = await zip.next()) {
    const problems = guard.check(entry)
    for (const p of problems) {
      if (p.kind === 'names') refuse(`de namen van de bestanden in de ZIP zijn samen langer dan ${schemaZipLimits.maxNameChars} tekens; dat is geen schemaset.`)
      if (p.kind === 'total') refuse(`de bestanden in de ZIP pakken samen uit tot meer dan ${schemaZipLimits.maxTotalBytes} bytes; dat is geen schemaset.`)
      if (p.kind === 'unsafe') refuse(`de ZIP heeft een bestand met een onveilige naam '${visibleControls(entry.name)}' (${p.reason}).`)
      if (p.kind === 'duplicate') refuse(`de ZIP heeft '${visibleControls(entry.name)}' twee keer (ook als '${visibleControls(p.earlier)}').`)
    }
    if (!entry.folder) out.set(entry.name, { entry, problems })
  }
  return out
}

/** An entry the manifest asks for that may not be unpacked: encrypted, larger than a schema file, or a bomb. */
function refuseEntry(name: string, entry: ZipEntry, problems: readonly ZipProblem[], refuse: (why: string) => never): void {
  if (problems.some((p) => p.kind === 'encrypted')) refuse(`${name} is versleuteld.`)
  if (problems.some((p) => p.kind === 'tooLarge' || p.kind === 'bomb'))
    refuse(`${name} pakt uit tot ${entry.size} bytes uit ${entry.compressedSize} bytes; dat is te groot voor een schemabestand of een zip-bom.`)
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

/** Picks the source type of one `--from` value. */
export async function sourceFor(from: string, fetcher: typeof fetch = fetch): Promise<SchemaSource> {
  if (/^https?:\/\//i.test(from)) return urlSource(from, fetcher)
  const s = await stat(from).catch(() => undefined)
  if (!s) throw new InputError(`--from ${from} bestaat niet.`)
  if (s.isDirectory()) return dirSource(from)
  // Only a regular file is opened as a ZIP: a FIFO would wait for a writer for ever, a device never ends (issue 16 D2).
  if (!s.isFile()) throw new InputError(`--from ${from} is geen map, ZIP of URL: het is een apparaat, pipe of socket.`)
  return zipSource(from)
}
