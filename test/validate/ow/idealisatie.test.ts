/**
 * TPOD2111/TPOD2112 on pv28 (every Tekstdeel has its own Divisietekst: no finding) and on copies where two Tekstdelen
 * share a Divisie(tekst) with different idealisatie.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { edit, type File, loadFolder, loadPv28, pv28, validateFiles, withCode } from '../package-fixtures.js'

const TD = 'nl.imow-pv28.tekstdeel.0100000700000100000000'
const DT = 'nl.imow-pv28.divisietekst.0100000700000100000000'
const EXACT = 'http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact'
const INDICATIEF = 'http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Indicatief'
let files: File[]
beforeAll(async () => {
  files = await loadPv28()
})
const ow = async (f: readonly File[]) => validateFiles(f, ['ow'])

/** Tekstdeel 03 points at Divisietekst 02 (like Tekstdeel 02) and is Indicatief; `kind` turns both refs into DivisieRef. */
function shareDivisietekst(kind: 'DivisietekstRef' | 'DivisieRef', idealisatie: string): File[] {
  return edit(files, 'owDivisie.xml', (t) => {
    let s = t.replace(`<vt:DivisietekstRef xlink:href="${DT}03"/>`, `<vt:${kind} xlink:href="${DT}02"/>`)
    s = s.replace(`<vt:DivisietekstRef xlink:href="${DT}02"/>`, `<vt:${kind} xlink:href="${DT}02"/>`)
    return s.replace(`<vt:identificatie>${TD}03</vt:identificatie>\n\t\t\t\t\t<vt:idealisatie>${EXACT}<`, `<vt:identificatie>${TD}03</vt:identificatie>\n\t\t\t\t\t<vt:idealisatie>${idealisatie}<`)
  })
}

describe('TPOD2111/TPOD2112: one idealisatie per Divisie(tekst)', () => {
  test('pv28 as delivered: no finding', async () => {
    const report = await ow(files)
    expect([...withCode(report, 'TPOD2111'), ...withCode(report, 'TPOD2112')]).toEqual([])
  })

  test('TPOD2112: two Tekstdelen of one Divisietekst, Exact and Indicatief', async () => {
    const report = await ow(shareDivisietekst('DivisietekstRef', INDICATIEF))
    expect(withCode(report, 'TPOD2111')).toEqual([])
    const found = withCode(report, 'TPOD2112')
    expect(found.map((f) => [f.data, f.at?.file, f.at?.line, f.severity])).toEqual([
      [{ identificatie: `${TD}03`, doel: `${DT}02`, idealisatie: INDICATIEF, eerste: `${TD}02`, eersteIdealisatie: EXACT }, 'owDivisie.xml', 48, 'blokkerend'],
    ])
    expect(found[0]?.message).toContain(`Tekstdeel ${TD}03 verwijst naar Divisietekst ${DT}02`)
  })

  test('TPOD2111: the same through DivisieRef', async () => {
    const report = await ow(shareDivisietekst('DivisieRef', INDICATIEF))
    expect(withCode(report, 'TPOD2112')).toEqual([])
    expect(withCode(report, 'TPOD2111').map((f) => [f.data.identificatie, f.data.eerste, f.at?.line])).toEqual([[`${TD}03`, `${TD}02`, 48]])
  })

  test('a shared Divisietekst with equal idealisatie is fine', async () => {
    expect(withCode(await ow(shareDivisietekst('DivisietekstRef', EXACT)), 'TPOD2112')).toEqual([])
  })
})
