/**
 * The image rules on gm9920 (one JPEG, named by an Illustratie: no findings) and on copies whose image is swapped
 * for other bytes: LVBB1013/1017/1018 (pakket) and LVBB4038/4039 (lvbb). The PNG is the Assen fixture image
 * (640×480, colour type 2); transparent variants patch its IHDR colour type or add a tRNS chunk by hand.
 */
import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { imageFormat, pngTransparency } from '../../../src/validate/pakket/image.js'
import { edit, gm9920, loadFolder, validateFiles, withCode, withFile, without, type File } from '../package-fixtures.js'

const JPG = 'jpg-plaatje-1.jpg'
let files: File[]
let png: Uint8Array
beforeAll(async () => {
  files = await loadFolder(gm9920())
  png = new Uint8Array(await readFile('fixtures/assen/afbeeldingen/visiekaart-schematisch.png'))
})
const layers = async (f: readonly File[]) => validateFiles(f, ['pakket', 'lvbb'])
const imageCodes = ['LVBB1013', 'LVBB1017', 'LVBB1018', 'LVBB1021', 'LVBB4038', 'LVBB4039']
const imageFindings = async (f: readonly File[]) => (await layers(f)).findings.filter((x) => imageCodes.includes(x.code))

function withColourType(bytes: Uint8Array, colourType: number): Uint8Array {
  const copy = bytes.slice()
  copy[25] = colourType
  return copy
}

/** The PNG with a 6-byte tRNS chunk (CRC left zero: the rule does not check CRCs) right after IHDR. */
function withTrns(bytes: Uint8Array): Uint8Array {
  const chunk = new Uint8Array([0, 0, 0, 6, 0x74, 0x52, 0x4e, 0x53, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  return new Uint8Array([...bytes.subarray(0, 33), ...chunk, ...bytes.subarray(33)])
}

describe('image bytes', () => {
  test('formats by magic number; PNG transparency by colour type and tRNS', () => {
    expect(imageFormat(png)).toBe('image/png')
    expect(imageFormat(files.find((f) => f.name === JPG)!.bytes)).toBe('image/jpeg')
    expect(imageFormat(new TextEncoder().encode('GIF89a\x01\x00'))).toBe('image/gif')
    expect(imageFormat(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml')
    expect(imageFormat(new TextEncoder().encode('<AanleveringBesluit/>'))).toBeUndefined()
    expect([png, withColourType(png, 4), withColourType(png, 6), withTrns(png)].map(pngTransparency)).toEqual([undefined, 'kleurtype 4', 'kleurtype 6', 'tRNS'])
  })
})

describe('image rules', () => {
  test('gm9920 as delivered: no image findings', async () => {
    expect(await imageFindings(files)).toEqual([])
  })

  test('LVBB1013: an RGBA PNG and a PNG with tRNS, declared image/png', async () => {
    let asPng = withFile(without(files, JPG), 'plaatje.png', withColourType(png, 6))
    asPng = edit(asPng, 'manifest.xml', (t) => t.replace(`>${JPG}<`, '>plaatje.png<').replace('image/jpeg', 'image/png'))
    asPng = edit(asPng, 'besluit.xml', (t) => t.replace(`naam="${JPG}"`, 'naam="plaatje.png"').replace('formaat="image/jpeg"', 'formaat="image/png"'))
    const found = await imageFindings(asPng)
    expect(found.map((f) => [f.code, f.data, f.at])).toEqual([['LVBB1013', { bestand: 'plaatje.png', reden: 'kleurtype 6' }, { file: 'plaatje.png' }]])
    expect(found[0]?.message).toBe("Afbeelding 'plaatje.png' heeft transparantie: RGB met alfakanaal (kleurtype 6); sla haar op zonder alfakanaal.")
    const trns = withFile(asPng, 'plaatje.png', withTrns(png))
    expect((await imageFindings(trns)).map((f) => [f.code, f.data.reden])).toEqual([['LVBB1013', 'tRNS']])
  })

  test('LVBB1017: a GIF declared image/jpeg is an unsupported format (not also LVBB1021 or LVBB1018)', async () => {
    const gif = withFile(files, JPG, new TextEncoder().encode('GIF89a\x0c\x00\x0c\x00'))
    expect((await imageFindings(gif)).map((f) => [f.code, f.data, f.at])).toEqual([['LVBB1017', { bestand: JPG, formaat: 'image/gif' }, { file: JPG }]])
  })

  test('LVBB1018: a PNG declared image/jpeg (in manifest.xml and in the Illustratie: no LVBB4039)', async () => {
    const found = await imageFindings(withFile(files, JPG, png))
    expect(found.map((f) => [f.code, f.data, f.at?.file, f.at?.line])).toEqual([
      ['LVBB1018', { bestand: JPG, contentType: 'image/jpeg', werkelijk: 'image/png' }, 'manifest.xml', 24],
    ])
  })

  test('LVBB4038: an Illustratie naming an image the package lacks, and an image nobody names', async () => {
    const renamed = edit(files, 'besluit.xml', (t) => t.replace(`naam="${JPG}"`, 'naam="kaart.jpg"'))
    const found = await imageFindings(renamed)
    expect(found.map((f) => [f.code, f.data, f.at?.file, f.at?.line])).toEqual([
      ['LVBB4038', { bestand: 'kaart.jpg', richting: 'ontbreekt' }, 'besluit.xml', 157],
      ['LVBB4038', { bestand: JPG, richting: 'niet gebruikt' }, 'manifest.xml', 24],
    ])
  })

  test('LVBB4038 leaves an image listed in manifest.xml but missing from the ZIP to LVBB1009', async () => {
    const report = await layers(without(files, JPG))
    expect(withCode(report, 'LVBB4038')).toEqual([])
    expect(withCode(report, 'LVBB1009').map((f) => f.data)).toEqual([{ bestand: JPG }])
  })

  test('LVBB4039: Illustratie formaat image/png for a file manifest.xml declares image/jpeg', async () => {
    const found = await imageFindings(edit(files, 'besluit.xml', (t) => t.replace('formaat="image/jpeg"', 'formaat="image/png"')))
    expect(found.map((f) => [f.code, f.data, f.at?.line])).toEqual([['LVBB4039', { bestand: JPG, formaat: 'image/png', contentType: 'image/jpeg' }, 157]])
  })
})
