import { describe, expect, test } from 'vitest'
import { checkIdentifier } from '../../src/ids/akn-check.js'

const codes = (...args: Parameters<typeof checkIdentifier>) => checkIdentifier(...args).map((f) => f.code)

describe('checkIdentifier (STOP1000–1014, LVBB2019–2021)', () => {
  test('the Assen identifiers of stop-lvbb.md §3.1 and §6 pass', () => {
    expect(codes('besluit', '/akn/nl/bill/gm0106/2026/omgevingsvisie', '/akn/nl/bill/gm0106/2026/omgevingsvisie/nld@2026-02-19;1', 'x')).toEqual([])
    expect(codes('regeling', '/akn/nl/act/gm0106/2026/omgevingsvisie', '/akn/nl/act/gm0106/2026/omgevingsvisie/nld@2026-02-19;1', 'x')).toEqual([])
    expect(codes('doel', '/join/id/proces/gm0106/2026/omgevingsvisie', undefined, 'x')).toEqual([])
    expect(codes('informatieobject', '/join/id/regdata/gm0106/2025/db3febaefb6c48c185860c479551942c',
      '/join/id/regdata/gm0106/2025/db3febaefb6c48c185860c479551942c/nld@2026-01-05;12452657', 'x')).toEqual([])
  })

  test('the gm9920 example besluit work (undashed expression date) passes', () => {
    expect(codes('besluit', '/akn/nl/bill/gm9920/2025/OTSTgegenereerd20251016102316',
      '/akn/nl/bill/gm9920/2025/OTSTgegenereerd20251016102316/nld@20251016;1', 'x')).toEqual([])
  })

  test('each broken rule gives its code, blocking', () => {
    const dot = checkIdentifier('regeling', '/akn/nl/act/gm0106/2026/omgevings.visie', undefined, 'visie.json werk.regeling')
    expect(dot.map((f) => f.code)).toEqual(['STOP1000', 'LVBB2020'])
    expect(dot[0]).toMatchObject({ severity: 'blokkerend', layer: 'stop', data: { id: '/akn/nl/act/gm0106/2026/omgevings.visie' } })
    expect(codes('regeling', '/akn/nl/act/gm0106/omgevingsvisie', undefined, 'x')).toEqual(['LVBB2019', 'STOP1006', 'LVBB2020'])
    expect(codes('regeling', '/akn/be/act/gm0106/2026/x', undefined, 'x')).toEqual(['STOP1002'])
    expect(codes('regeling', '/akn/nl/bill/gm0106/2026/x', undefined, 'x')).toEqual(['STOP1012'])
    expect(codes('besluit', '/akn/nl/act/gm0106/2026/x', undefined, 'x')).toEqual(['STOP1013'])
    expect(codes('regeling', '/akn/nl/act/gemeente/2026/x', undefined, 'x')).toEqual(['STOP1010'])
    expect(codes('regeling', 'akn/nl/act/gm0106/2026/x', undefined, 'x')).toEqual(['STOP1014'])
    expect(codes('informatieobject', '/join/x/regdata/gm0106/2025/a', undefined, 'x')).toEqual(['STOP1003'])
    expect(codes('informatieobject', '/join/id/proces/gm0106/2025/a', undefined, 'x')).toEqual(['STOP1004'])
    expect(codes('regeling', '/akn/nl/act/gm0106/2026/x', '/akn/nl/act/gm0106/2026/y/nld@2026', 'x')).toEqual(['STOP1001'])
    expect(codes('regeling', '/akn/nl/act/gm0106/2026/x', '/akn/nl/act/gm0106/2026/x/nl@2026', 'x')).toEqual(['STOP1009'])
    expect(codes('informatieobject', '/join/id/regdata/gm0106/2025/a', '/join/id/regdata/gm0106/2025/a/nld@2024-01-05', 'x')).toEqual(['STOP1008'])
    expect(codes('informatieobject', '/join/id/regdata/gm0106/2025/a', '/join/id/regdata/gm0106/2025/a/nld@gisteren', 'x')).toEqual(['STOP1007'])
    expect(codes('regeling', `/akn/nl/act/gm0106/2026/${'a'.repeat(129)}`, undefined, 'x')).toEqual(['LVBB2021'])
  })
})
