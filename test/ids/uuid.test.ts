import { describe, expect, test } from 'vitest'
import { NAMESPACE_URL, isUuid, uuidV5 } from '../../src/ids/uuid.js'

// Expected values computed with Python's uuid.uuid5 (an independent implementation), not with this code.
describe('uuidV5', () => {
  test('matches the RFC/Python reference values', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    expect(uuidV5('/join/id/regdata/gm0106/2025/db3febaefb6c48c185860c479551942c#1', NAMESPACE_URL)).toBe('c7e8d913-31cc-5ab5-bc8a-aeee5b802eff')
  })

  test('encodes the name as UTF-8', () => {
    expect(uuidV5('Natura 2000 gebied – ë', NAMESPACE_URL)).toBe('d7cdae3e-73a4-56cd-9cf8-ecb0482f300a')
  })

  test('sets version 5 and the RFC variant', () => {
    const u = uuidV5('x', NAMESPACE_URL)
    expect(isUuid(u)).toBe(true)
    expect(u[14]).toBe('5')
    expect('89ab').toContain(u[19])
  })

  test('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow()
  })
})
