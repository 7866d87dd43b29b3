/**
 * LVBB environments (issue 19): what was built for pre-productie, kept in `<project>/dist/pre-productie.json`, so a
 * productie build of a package that never went to pre-productie warns (VISIE-934). The record holds per delivery its
 * soort, idLevering and a digest of the package's content; no clock, sorted, so it is the same for the same builds.
 * The digest leaves out opdracht.xml and manifest.xml (OINs, idLevering, opdracht type differ per environment) and reads
 * the environment's idLevering in the OW files (sl:leveringsId) as a placeholder: pre and prod of the same content
 * give the same digest.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Finding, PackageFile } from '../model/index.js'
import type { Levering } from './context.js'

export const PRE_RECORD = 'pre-productie.json'

export interface PreLevering {
  readonly soort: Levering
  readonly idLevering: string
  /** SHA-256 (hex) of the package content, see inhoudDigest. */
  readonly inhoud: string
}

export interface PreRecord {
  readonly toelichting: string
  readonly leveringen: readonly PreLevering[]
}

const TOELICHTING =
  'Door visie bijgehouden: wat voor de pre-productieomgeving van de LVBB is gebouwd (soort, idLevering, SHA-256 van de inhoud zonder opdracht.xml en manifest.xml). Een productiebouw van een pakket dat hier niet staat, geeft een waarschuwing (VISIE-934).'

export function inhoudDigest(files: readonly PackageFile[], idLevering: string): string {
  const h = createHash('sha256')
  const sorted = files.filter((f) => f.path !== 'opdracht.xml' && f.path !== 'manifest.xml').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const marker = Buffer.from(idLevering, 'utf8')
  for (const f of sorted) {
    h.update(`${f.path}\n`)
    h.update(/^ow\w*\.xml$/.test(f.path) ? Buffer.from(f.bytes).toString('utf8').split(marker.toString('utf8')).join('{idLevering}') : f.bytes)
  }
  return h.digest('hex')
}

export async function readPreRecord(distDir: string): Promise<PreRecord> {
  try {
    const json = JSON.parse(await readFile(join(distDir, PRE_RECORD), 'utf8')) as PreRecord
    return { toelichting: TOELICHTING, leveringen: Array.isArray(json.leveringen) ? json.leveringen : [] }
  } catch {
    return { toelichting: TOELICHTING, leveringen: [] }
  }
}

/** The record with `l` added (an entry of the same soort and idLevering replaced), sorted by soort, then idLevering. */
export function withPre(record: PreRecord, l: PreLevering): PreRecord {
  const rest = record.leveringen.filter((x) => !(x.soort === l.soort && x.idLevering === l.idLevering))
  const key = (x: PreLevering) => `${x.soort}\u0000${x.idLevering}`
  return { toelichting: TOELICHTING, leveringen: [...rest, l].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) }
}

export function serializePreRecord(record: PreRecord): Buffer {
  return Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8')
}

/** VISIE-934: a productie build whose content no pre-productie build of the same soort had. */
export function preFinding(record: PreRecord, soort: Levering, inhoud: string, distDir: string): Finding | undefined {
  if (record.leveringen.some((l) => l.soort === soort && l.inhoud === inhoud)) return undefined
  const eerder = record.leveringen.filter((l) => l.soort === soort).map((l) => l.idLevering)
  return {
    code: 'VISIE-934', severity: 'waarschuwing', layer: 'pakket',
    message: `Dit pakket (${soort}) is nooit voor de pre-productieomgeving gebouwd${eerder.length > 0 ? `: ${join(distDir, PRE_RECORD)} kent alleen een andere inhoud (${eerder.join(', ')})` : ` (${join(distDir, PRE_RECORD)} noemt het niet)`}. Bouw en valideer het eerst met --omgeving pre.`,
    data: { soort, inhoud },
  }
}
