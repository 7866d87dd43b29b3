import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readImageHeader } from '../../../src/stop/besluit/image-header.js'
import { fixture, sharedDir } from '../../support/shared.js'
import { tinyPng } from './png.js'

describe('readImageHeader', () => {
  test('the Assen schematic visiekaart: 640×480 RGB PNG at 96 dpi, no alpha', () => {
    const info = readImageHeader(readFileSync(fixture('assen', 'afbeeldingen', 'visiekaart-schematisch.png')))
    expect(info).toEqual({ formaat: 'image/png', breedte: 640, hoogte: 480, dpi: 96, alpha: false })
  })

  test('the JPEG of the gm9920 example: 12×12, JFIF density 96 (as `file` reports it)', () => {
    const info = readImageHeader(readFileSync(sharedDir('stop', 'examples', 'otst-gm9920-initieel-lvbb120', 'jpg-plaatje-1.jpg')))
    expect(info).toEqual({ formaat: 'image/jpeg', breedte: 12, hoogte: 12, dpi: 96, alpha: false })
  })

  test('alpha: colour type 6 (RGBA) and a tRNS chunk both count; no pHYs means no dpi', () => {
    expect(readImageHeader(tinyPng({ colourType: 6 }))).toEqual({ formaat: 'image/png', breedte: 3, hoogte: 2, alpha: true })
    expect(readImageHeader(tinyPng({ colourType: 2, trns: true }))?.alpha).toBe(true)
    expect(readImageHeader(tinyPng({ colourType: 2 }))?.alpha).toBe(false)
  })

  test('anything else is not an image', () => {
    expect(readImageHeader(new TextEncoder().encode('<svg/>'))).toBeUndefined()
    expect(readImageHeader(tinyPng({ colourType: 2 }).subarray(0, 20))).toBeUndefined()
  })
})
