/**
 * A small hand-built Document in the shape the text reader gives for Assen (besluit, two hoofdstukken
 * with nested paragrafen, run-in headings, a list, a figure, Bijlage I with two GIOs, Bijlage II with
 * the visiekaart caption), and a BuildContext from the Assen visie.json. For unit tests of ids and writers.
 */
import { readFileSync } from 'node:fs'
import { parseConfig } from '../../src/config/index.js'
import { lineSpan, type Al, type Divisie, type Divisietekst, type Document, type Inline } from '../../src/model/index.js'
import { createContext, type BuildContext } from '../../src/build/context.js'
import { fixture } from '../support/shared.js'

export const GIO_BINNENSTAD = '/join/id/regdata/gm0106/2025/949d926c0e284b379d1c0a7b3d12a29c/nld@2026-01-05;12452657'
export const GIO_HAVEN = '/join/id/regdata/gm0106/2025/23cfc5881b0347258af6b8807ce76be1/nld@2026-01-05;12452657'

const t = (value: string): Inline => ({ type: 'text', value })
const al = (value: string, line?: number): Al => ({ type: 'al', children: [t(value)], ...(line ? { position: lineSpan(line) } : {}) })
const dt = (children: Divisietekst['children'], opschrift?: string): Divisietekst => ({
  type: 'divisietekst', children, ...(opschrift ? { kop: { opschrift } } : {}),
})
const div = (nummer: string, opschrift: string, children: Divisie['children'], line?: number): Divisie => ({
  type: 'divisie', kop: { nummer, opschrift }, children, ...(line ? { position: lineSpan(line) } : {}),
})

export function assenContext(overrides: Record<string, unknown> = {}): BuildContext {
  const json = JSON.parse(readFileSync(fixture('assen', 'visie.json'), 'utf8')) as Record<string, unknown>
  return createContext(parseConfig(JSON.stringify({ ...json, ...overrides })), fixture('assen'))
}

export function sampleDocument(): Document {
  return {
    type: 'document',
    file: 'omgevingsvisie.txt',
    besluit: {
      type: 'besluit',
      opschrift: 'Omgevingsvisie gemeente Assen',
      aanhef: {
        children: [al('De gemeenteraad van Gemeente Assen,'), al('gelezen het voorstel van burgemeester en wethouders ”Omgevingsvisie gemeente Assen” 19-02-2026')],
        considerans: {
          aanhef: [al('Overwegende dat:')],
          lijst: {
            type: 'lijst', lijsttype: 'ongemarkeerd',
            children: [1, 2].map((n) => ({ type: 'li' as const, children: [al(`overweging ${n} & ‘meer’`)] })),
          },
        },
        afkondiging: [al('Besluit vast te stellen;')],
      },
      artikelen: [
        {
          type: 'artikel', soort: 'wijzig', kop: { label: 'Artikel', nummer: 'I' }, position: lineSpan(21),
          children: [{ type: 'al', children: [t('De "Omgevingsvisie gemeente Assen" zoals opgenomen in '), { type: 'intRef', target: 'bijlage:A', value: 'Bijlage A' }, t('.')] }],
        },
        {
          type: 'artikel', soort: 'gewoon', kop: { label: 'Artikel', nummer: 'II' }, position: lineSpan(25),
          children: [al('Dit besluit treedt in werking per 26-02-2026')], inwerkingtreding: '2026-02-26',
        },
      ],
      sluiting: {
        children: [al('Aldus vastgesteld door Gemeente Assen,'), al('De raad voornoemd,')],
        ondertekening: [{ functie: 'Voorzitter', naam: 'M.L.J Out' }, { functie: 'Griffier', naam: 'J. de Jonge' }],
      },
      wijzigBijlage: {
        kop: { label: 'Bijlage', nummer: 'A', opschrift: 'Bijlage bij artikel I' },
        regeling: {
          type: 'regelingVrijetekst',
          opschrift: 'Omgevingsvisie gemeente Assen',
          lichaam: [
            div('1', 'Inleiding', [
              div('1.1', 'Inleiding', [
                dt([al('Voor u ligt de geactualiseerde omgevingsvisie.', 60)]),
                dt([al('De wereld verandert in hoog tempo.')], 'Assen in een veranderende wereld'),
              ], 58),
              div('1.2', 'Leeswijzer', [dt([al('In hoofdstuk 2 presenteren we onze centrale ambitie.')])]),
            ], 56),
            div('4', 'Koers', [
              div('4.4', 'Gebieden in ontwikkeling', [
                div('4.4.1', 'Binnenstad', [
                  dt([al('De binnenstad van Assen is het hart van de stad; de binnenstad groeit.'),
                    { type: 'lijst', lijsttype: 'ongemarkeerd', children: [{ type: 'li', children: [al('het versterken van de binnenstad')] }] }]),
                  dt([{ type: 'figuur', titel: 'Ruimtelijke schets: Groene stad van het Noorden', position: lineSpan(1316) }]),
                ]),
              ]),
            ]),
          ],
          bijlagen: [
            {
              type: 'bijlage', kop: { label: 'Bijlage', nummer: 'I', opschrift: 'Overzicht Informatieobjecten' },
              children: [dt([{
                type: 'begrippenlijst',
                children: [['binnenstad', GIO_BINNENSTAD], ['Havenkwartier', GIO_HAVEN]].map(([naam, ref]) => ({
                  type: 'begrip' as const, term: [t(naam ?? '')],
                  definitie: [{ type: 'al' as const, children: [{ type: 'extIoRef' as const, ref: ref ?? '' }] }],
                })),
              }])],
            },
            {
              type: 'bijlage', kop: { label: 'Bijlage', nummer: 'II', opschrift: 'Visiekaart omgevingsvisie Assen met straatnamen' },
              children: [dt([{ type: 'figuur', titel: 'Visiekaart omgevingsvisie Assen met straatnamen', position: lineSpan(2321) }])],
            },
          ],
        },
      },
    },
    informatieobjecten: [
      { naam: 'binnenstad', expression: GIO_BINNENSTAD, work: GIO_BINNENSTAD.split('/nld@')[0] ?? '' },
      { naam: 'Havenkwartier', expression: GIO_HAVEN, work: GIO_HAVEN.split('/nld@')[0] ?? '' },
    ],
  }
}
