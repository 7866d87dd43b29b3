import { describe, expect, test } from 'vitest'
import type { Document } from '../../src/model/index.js'
import { writeOwBestanden } from '../../src/ow/index.js'
import { smallContext, smallDocument, smallGios } from './fixture.js'
import { readOwBestand } from './read.js'

const base = 'http://standaarden.omgevingswet.overheid.nl'
const ruimtelijk = { type: `${base}/typegebiedsaanwijzing/id/concept/RuimtelijkGebruik`, groep: `${base}/ruimtelijkgebruik/id/concept/Woonlocatie` }

function run(ow: Record<string, unknown>, document: Document = smallDocument()) {
  const result = writeOwBestanden(document, smallGios(), smallContext('3.0', ow))
  return { ...result, codes: result.findings.map((f) => [f.code, f.severity, f.data]) }
}

describe('OW findings from visie.json annotations', () => {
  test('an unknown section number: VISIE-400; a section of a bijlage: TPOD1110', () => {
    const { codes, findings } = run({ annotaties: { '9.9': { hoofdlijnen: [] }, '1': { gios: ['binnenstad'] } } })
    // in section order
    expect(codes).toEqual([
      ['TPOD1110', 'blokkerend', { nummer: '1', bijlage: 'Bijlage IV' }],
      ['VISIE-400', 'blokkerend', { nummer: '9.9' }],
    ])
    expect(findings.every((f) => f.layer === 'ow')).toBe(true)
    expect(findings[1]?.message).toContain('paragraaf 9.9')
  })

  test('an unknown GIO, hoofdlijn and gebiedsaanwijzing key: VISIE-401/403/404, and nothing dangling is written', () => {
    const { codes, files } = run({ annotaties: { '4.4.1': { gios: ['stationsgebied'], hoofdlijnen: ['nergens'], gebiedsaanwijzingen: ['geen'] } } })
    expect(codes).toEqual([
      ['VISIE-403', 'blokkerend', { sleutel: 'ow.annotaties.4.4.1', hoofdlijn: 'nergens' }],
      ['VISIE-401', 'blokkerend', { sleutel: 'ow.annotaties.4.4.1', gio: 'stationsgebied', reden: 'er is geen GIO met die naam (Bijlage I en geo-bronnen)' }],
      ['VISIE-404', 'blokkerend', { sleutel: 'ow.annotaties.4.4.1', gebiedsaanwijzing: 'geen' }],
    ])
    expect(files.map((f) => f.path)).toEqual(['owRegelingsgebied.xml', 'owLocaties.xml', 'owDivisies.xml', 'manifest-ow.xml'])
  })

  test('a deprecated thema is a warning (OZON0120)', () => {
    const thema = `${base}/thema/id/concept/CultureelErfgoed`
    const { codes } = run({ annotaties: { '4.4.2': { themas: [thema] } } })
    expect(codes).toEqual([['OZON0120', 'waarschuwing', { sleutel: 'ow.annotaties.4.4.2', thema }]])
  })

  test('a Gebiedsaanwijzing type not allowed in an omgevingsvisie (TPOD2504), a groep of another type (VISIE-408)', () => {
    const { codes, files } = run({
      gebiedsaanwijzingen: {
        bouwvlak: { gio: 'binnenstad', type: `${base}/typegebiedsaanwijzing/id/concept/Bouw`, groep: `${base}/bouw/id/concept/Bouwvlak` },
        verkeerd: { gio: 'Havenkwartier', type: ruimtelijk.type, groep: `${base}/natuur/id/concept/Natura2000Gebied` },
      },
      annotaties: { '4.4.1': { gebiedsaanwijzingen: ['bouwvlak', 'verkeerd'] } },
    })
    expect(codes.map((c) => c[0])).toEqual(['TPOD2504', 'VISIE-408'])
    expect(files.some((f) => f.path === 'owGebiedsaanwijzingen.xml')).toBe(false)
  })

  test('unused Hoofdlijnen and Gebiedsaanwijzingen are left out with a warning (VISIE-405/406)', () => {
    const { codes, files } = run({
      hoofdlijnen: [
        { id: 'principe', soort: 'richtinggevend principe', naam: 'Verbonden stad', gerelateerd: ['ambitie'] },
        { id: 'ambitie', soort: 'centrale ambitie', naam: 'Ontspannen stedelijkheid' },
        { id: 'los', soort: 'strategisch doel', naam: 'Niet gebruikt' },
      ],
      gebiedsaanwijzingen: { wonen: { gio: 'Havenkwartier', ...ruimtelijk } },
      annotaties: { '2.1': { hoofdlijnen: ['principe'] } },
    })
    expect(codes).toEqual([
      ['VISIE-405', 'waarschuwing', { hoofdlijn: 'los' }],
      ['VISIE-406', 'waarschuwing', { gebiedsaanwijzing: 'wonen' }],
    ])
    const hoofdlijnen = readOwBestand((files.find((f) => f.path === 'owHoofdlijnen.xml') as { bytes: Uint8Array }).bytes)
    // the ambitie is only reached through gerelateerdeHoofdlijn, and is kept
    expect(hoofdlijnen.objects.map((o) => o.id)).toEqual(['nl.imow-gm0106.hoofdlijn.principe', 'nl.imow-gm0106.hoofdlijn.ambitie'])
  })

  test('a Divisietekst without wId (ids pass missing) is reported with its text line (VISIE-402)', () => {
    const document = smallDocument()
    const [hoofdstuk2] = document.besluit.wijzigBijlage.regeling.lichaam
    if (hoofdstuk2?.type !== 'divisie' || hoofdstuk2.children[0]?.type !== 'divisie') throw new Error('fixture changed')
    const tekst = hoofdstuk2.children[0].children[0]
    if (tekst?.type !== 'divisietekst') throw new Error('fixture changed')
    const { wId: _dropped, ...withoutWId } = tekst
    const broken: Document = {
      ...document,
      besluit: {
        ...document.besluit,
        wijzigBijlage: {
          ...document.besluit.wijzigBijlage,
          regeling: {
            ...document.besluit.wijzigBijlage.regeling,
            lichaam: [{ ...hoofdstuk2, children: [{ ...hoofdstuk2.children[0], children: [withoutWId] }] }, ...document.besluit.wijzigBijlage.regeling.lichaam.slice(1)],
          },
        },
      },
    }
    const { findings } = run({}, broken)
    expect(findings.map((f) => [f.code, f.source])).toEqual([['VISIE-402', { file: 'omgevingsvisie.txt', line: 150 }]])
  })
})
