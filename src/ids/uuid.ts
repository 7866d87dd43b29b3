/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of namespace + name) with node:crypto, so identifiers such as
 * basisgeo:id follow from content and stay the same on every run (style.md "Determinism").
 */
import { createHash } from 'node:crypto'

/** RFC 9562 predefined namespace for URLs (and other URIs, such as JOIN identifiers). */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** UUIDv5 of `name` (UTF-8) in `namespace`, lowercase, e.g. `uuidV5('python.org', DNS)` → `886313e1-3b8a-5372-9b90-0c9aee199e5d`. */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`geen geldige UUID als namespace: ${namespace}`)
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const digest = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const bytes = digest.subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export function isUuid(value: string): boolean {
  return UUID.test(value)
}
