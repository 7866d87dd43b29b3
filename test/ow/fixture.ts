/**
 * A small hand-built document (with eId/wId as the ids pass gives them) and GIOs for the OW unit tests, plus the
 * Assen visie.json with an `ow` override. Shapes follow src/model; values follow the Assen text.
 */
import { readFileSync } from 'node:fs'
import { type VisieConfig, parseConfig } from '../../src/config/index.js'
import type { Divisie, Divisietekst, Document, Gio, Structuur } from '../../src/model/index.js'
import { lineSpan } from '../../src/model/index.js'
import { type BuildContext, createContext } from '../../src/build/context.js'
import { fixture } from '../support/shared.js'

const al = (value: string) => ({ type: 'al', children: [{ type: 'text', value }] }) as const

function tekst(wId: string, line: number, nummer?: string): Divisietekst {
  return {
    type: 'divisietekst',
    ...(nummer ? { kop: { nummer, opschrift: `Paragraaf ${nummer}` } } : {}),
    children: [al('Tekst.')],
    eId: wId.replace(/^gm0106_1__/, ''),
    wId,
    position: lineSpan(line),
  }
}

function divisie(nummer: string, line: number, children: Structuur[]): Divisie {
  const eId = `div_${nummer.replace(/\./g, '_')}`
  return { type: 'divisie', kop: { nummer, opschrift: `Hoofdstuk ${nummer}` }, children, eId, wId: `gm0106_1__${eId}`, position: lineSpan(line) }
}

/** Lichaam: 2 (2.1 with one text), 4 (4.4 → 4.4.1 with two texts, 4.4.2 as a numbered Divisietekst); Bijlage I. */
export function smallDocument(): Document {
  const lichaam: Structuur[] = [
    divisie('2', 146, [divisie('2.1', 148, [tekst('gm0106_1__div_2_1__content_1', 150)])]),
    divisie('4', 1215, [
      divisie('4.4', 1550, [
        divisie('4.4.1', 1552, [tekst('gm0106_1__div_4_4_1__content_1', 1554), tekst('gm0106_1__div_4_4_1__content_2', 1570)]),
        tekst('gm0106_1__div_4_4_2', 1588, '4.4.2'),
      ]),
    ]),
  ]
  return {
    type: 'document',
    file: 'omgevingsvisie.txt',
    informatieobjecten: [],
    besluit: {
      type: 'besluit',
      opschrift: 'Besluit omgevingsvisie',
      aanhef: { children: [], afkondiging: [] },
      artikelen: [],
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: 'A' },
        regeling: {
          type: 'regelingVrijetekst',
          opschrift: 'Omgevingsvisie gemeente Assen',
          lichaam,
          bijlagen: [
            {
              type: 'bijlage',
              kop: { label: 'Bijlage', nummer: 'IV' },
              children: [tekst('gm0106_1__bijlage_IV__content_1', 2400, '1')],
              eId: 'bijlage_IV',
              wId: 'gm0106_1__bijlage_IV',
            },
          ],
        },
      },
    },
  }
}

/** Two GIOs as the GIO step describes them: binnenstad with two polygons, Havenkwartier with one. */
export function smallGios(): Gio[] {
  const gio = (naam: string, hash: string, ids: string[]): Gio => ({
    naam,
    work: `/join/id/regdata/gm0106/2025/${hash}`,
    expression: `/join/id/regdata/gm0106/2025/${hash}/nld@2026-01-05;12452657`,
    gmlBestand: `GIO-${naam}.gml`,
    ioBestand: `GIO-${naam}.xml`,
    locaties: ids.map((basisgeoId) => ({ basisgeoId, geometrie: 'vlak' as const })),
  })
  return [
    gio('binnenstad', '949d926c0e284b379d1c0a7b3d12a29c', ['0f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9', '1f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9']),
    gio('Havenkwartier', '23cfc5881b0347258af6b8807ce76be1', ['2f1e2d3c-4b5a-5978-8695-a4b3c2d1e0f9']),
  ]
}

const thema = (t: string) => `http://standaarden.omgevingswet.overheid.nl/thema/id/concept/${t}`

/** The Assen visie.json with a small `ow` section for the small document; `imow` selects the flavour. */
export function smallContext(imow: '3.0' | '3.1' = '3.0', ow?: Record<string, unknown>): BuildContext {
  const json = JSON.parse(readFileSync(fixture('assen', 'visie.json'), 'utf8'))
  json.standaarden.imow = imow
  json.ow = ow ?? {
    ambtsgebied: 'GM0106',
    hoofdlijnen: [
      { id: 'ontspannenstedelijkheid', soort: 'centrale ambitie', naam: 'Ontspannen stedelijkheid' },
      { id: 'dynamischehoofdstad', soort: 'richtinggevend principe', naam: 'Dynamische hoofdstad', gerelateerd: ['ontspannenstedelijkheid'] },
    ],
    gebiedsaanwijzingen: {
      binnenstad: {
        gio: 'binnenstad',
        type: 'http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/RuimtelijkGebruik',
        groep: 'http://standaarden.omgevingswet.overheid.nl/ruimtelijkgebruik/id/concept/StedelijkGebiedCentrumStedelijk',
      },
    },
    annotaties: {
      '2.1': { hoofdlijnen: ['ontspannenstedelijkheid'] },
      '4.4': { hoofdlijnen: ['dynamischehoofdstad'], themas: [thema('Wonen')] },
      '4.4.1': { gios: ['binnenstad'], gebiedsaanwijzingen: ['binnenstad'] },
      '4.4.2': { gios: ['Havenkwartier'], themas: [thema('Economie')] },
    },
  }
  const config: VisieConfig = parseConfig(JSON.stringify(json))
  return createContext(config, fixture('assen'))
}
