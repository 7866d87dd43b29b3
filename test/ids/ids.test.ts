import { describe, expect, test } from 'vitest'
import { assignIds, relativeNummer, sanitizeNummer } from '../../src/ids/index.js'
import type { Divisie, Divisietekst, Document, Inline, IntIoRef, IntRef } from '../../src/model/index.js'
import { assenContext, GIO_BINNENSTAD, sampleDocument } from './sample-document.js'

const ctx = assenContext()

/** Every (eId, wId) in the document, with the scope it belongs to. */
function collectIds(doc: Document): { scope: string; eId: string; wId: string }[] {
  const out: { scope: string; eId: string; wId: string }[] = []
  const visit = (node: unknown, scope: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, scope))
    if (node === null || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (typeof o.eId === 'string' && typeof o.wId === 'string') out.push({ scope, eId: o.eId, wId: o.wId })
    for (const [k, v] of Object.entries(o)) visit(v, k === 'regeling' ? 'regeling' : scope)
  }
  visit(doc, 'besluit')
  return out
}

function inlinesOf(doc: Document): Inline[] {
  const out: Inline[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node === null || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (['text', 'intRef', 'extIoRef', 'intIoRef'].includes(o.type as string)) out.push(o as unknown as Inline)
    Object.values(o).forEach(visit)
  }
  visit(doc)
  return out
}

describe('assignIds on a hand-built Assen-shaped document', () => {
  const { document, findings } = assignIds(sampleDocument(), ctx)
  const b = document.besluit
  const r = b.wijzigBijlage.regeling

  test('besluit part: fixed and numbered eIds, wIds with the gm0106_1__ prefix', () => {
    expect(findings).toEqual([])
    expect(b.aanhef.eId).toBe('formula_1')
    expect(b.aanhef.considerans?.lijst?.eId).toBe('formula_1__list_o_1')
    expect(b.aanhef.considerans?.lijst?.children[1]?.wId).toBe('gm0106_1__formula_1__list_o_1__item_o_2')
    expect(b.artikelen.map((a) => a.eId)).toEqual(['art_I', 'art_II'])
    expect(b.sluiting?.eId).toBe('formula_2')
    expect(b.wijzigBijlage.eId).toBe('cmp_A')
    expect(b.wijzigBijlage.wId).toBe('gm0106_1__cmp_A')
  })

  test('regeling: nested Divisies use the part below the parent number, Divisieteksten ordinals', () => {
    const h1 = r.lichaam[0] as Divisie
    const p11 = h1.children[0] as Divisie
    expect(h1.eId).toBe('div_1')
    expect(p11.eId).toBe('div_1__div_1')
    expect(p11.children.map((c) => c.eId)).toEqual(['div_1__div_1__content_o_1', 'div_1__div_1__content_o_2'])
    const p441 = ((r.lichaam[1] as Divisie).children[0] as Divisie).children[0] as Divisie
    expect(p441.eId).toBe('div_4__div_4__div_1')
    expect(p441.wId).toBe('gm0106_1__div_4__div_4__div_1')
    const figuur = (p441.children[1] as Divisietekst).children[0]
    expect(figuur).toMatchObject({ type: 'figuur', eId: 'div_4__div_4__div_1__content_o_2__img_o_1' })
  })

  test('Bijlage I: Begrippenlijst of ExtIoRefs with the brief\'s ids (stop-lvbb.md §4.4)', () => {
    const bijlageI = r.bijlagen[0]
    expect(bijlageI?.eId).toBe('cmp_I')
    const extIoRefs = inlinesOf(document).filter((i) => i.type === 'extIoRef')
    expect(extIoRefs.map((i) => i.eId)).toEqual([
      'cmp_I__content_o_1__list_o_1__item_o_1__ref_o_1',
      'cmp_I__content_o_1__list_o_1__item_o_2__ref_o_1',
    ])
    expect(r.bijlagen[1]?.eId).toBe('cmp_II')
  })

  test('IntRef bijlage:A resolves to the WijzigBijlage eId', () => {
    const intRef = inlinesOf(document).find((i): i is IntRef => i.type === 'intRef')
    expect(intRef?.ref).toBe('cmp_A')
  })

  test('the GIO named by the heading 4.4.1 Binnenstad is linked once as IntIoRef to its ExtIoRef wId', () => {
    const refs = inlinesOf(document).filter((i): i is IntIoRef => i.type === 'intIoRef')
    expect(refs).toHaveLength(1)
    expect(refs[0]).toMatchObject({
      gio: 'binnenstad', value: 'binnenstad',
      eId: 'div_4__div_4__div_1__content_o_1__ref_o_1',
      ref: 'gm0106_1__cmp_I__content_o_1__list_o_1__item_o_1__ref_o_1',
    })
    // the text around it is kept exactly
    const p441 = ((r.lichaam[1] as Divisie).children[0] as Divisie).children[0] as Divisie
    const al = (p441.children[0] as Divisietekst).children[0]
    expect(al?.type === 'al' && al.children.map((i) => (i.type === 'extIoRef' ? i.ref : 'value' in i ? i.value : '')).join('')).toBe(
      'De binnenstad van Assen is het hart van de stad; de binnenstad groeit.',
    )
    expect(document.informatieobjecten[0]?.expression).toBe(GIO_BINNENSTAD)
  })

  test('no duplicate eId or wId within a scope; every eId part starts with its AKN prefix', () => {
    const all = collectIds(document)
    for (const scope of ['besluit', 'regeling']) {
      const ids = all.filter((x) => x.scope === scope)
      expect(new Set(ids.map((x) => x.eId)).size).toBe(ids.length)
      expect(new Set(ids.map((x) => x.wId)).size).toBe(ids.length)
    }
    for (const { eId, wId } of all) {
      expect(wId).toBe(`gm0106_1__${eId}`)
      expect(eId).not.toContain('.')
      expect(eId).toMatch(/^[A-Za-z0-9_-]+$/)
    }
  })
})

describe('GIO mentions', () => {
  const links = (opschrift: string) => {
    const doc = JSON.parse(JSON.stringify(sampleDocument()).replace('"opschrift":"Binnenstad"', `"opschrift":${JSON.stringify(opschrift)}`)) as Document
    return inlinesOf(assignIds(doc, ctx).document).filter((i): i is IntIoRef => i.type === 'intIoRef').map((i) => i.value)
  }
  test('a heading that is the naam, or names it in parentheses, links the first mention', () => {
    expect(links('Binnenstad')).toEqual(['binnenstad'])
    expect(links('Centrum (binnenstad)')).toEqual(['binnenstad'])
  })
  test('a heading that merely contains the word does not', () => {
    expect(links('Levendige binnenstad: groeien in kwaliteit')).toEqual([])
    expect(links('Binnenstad en omgeving')).toEqual([])
  })
})

describe('stability', () => {
  const before = collectIds(assignIds(sampleDocument(), ctx).document)

  test('the same text gives the same ids; editing a paragraph changes none', () => {
    const doc = sampleDocument()
    const edited = JSON.parse(JSON.stringify(doc).replace('De wereld verandert in hoog tempo.', 'De wereld verandert snel.')) as Document
    expect(collectIds(assignIds(doc, ctx).document)).toEqual(before)
    expect(collectIds(assignIds(edited, ctx).document)).toEqual(before)
  })

  test('inserting a Divisietekst in 1.1 renumbers only its later siblings in 1.1', () => {
    const doc = sampleDocument()
    const p11 = (doc.besluit.wijzigBijlage.regeling.lichaam[0] as Divisie).children[0] as Divisie
    const extra: Divisietekst = { type: 'divisietekst', children: [{ type: 'al', children: [{ type: 'text', value: 'Nieuw.' }] }] }
    ;(p11.children as (Divisie | Divisietekst)[]).unshift(extra)
    const after = collectIds(assignIds(doc, ctx).document)
    const outside11 = (ids: typeof before) => ids.filter((x) => !x.eId.startsWith('div_1__div_1__'))
    expect(outside11(after)).toEqual(outside11(before))
    expect(after.filter((x) => x.eId.startsWith('div_1__div_1__')).map((x) => x.eId)).toEqual([
      'div_1__div_1__content_o_1', 'div_1__div_1__content_o_2', 'div_1__div_1__content_o_3',
    ])
  })
})

describe('problems become findings', () => {
  test('an IntRef to a bijlage that does not exist: STOP0010, blocking, at its line', () => {
    const doc = JSON.parse(JSON.stringify(sampleDocument()).replace('"bijlage:A"', '"bijlage:Z"')) as Document
    const artikel = doc.besluit.artikelen[0]
    const intRef = artikel?.children[0]?.children[1] as { position?: unknown }
    intRef.position = { start: { line: 22, column: 5 }, end: { line: 22, column: 14 } }
    const { document, findings } = assignIds(doc, ctx)
    expect(findings).toMatchObject([{ code: 'STOP0010', severity: 'blokkerend', data: { target: 'bijlage:Z' }, source: { line: 22 } }])
    expect(inlinesOf(document).find((i) => i.type === 'intRef')).not.toHaveProperty('ref')
  })

  test('two sibling Divisies with the same number get distinct eIds and a VISIE-301 warning', () => {
    const doc = sampleDocument()
    const h1 = doc.besluit.wijzigBijlage.regeling.lichaam[0] as Divisie
    const twin = { ...(h1.children[1] as Divisie), kop: { nummer: '1.1', opschrift: 'Nog eens' } }
    ;(h1.children as Divisie[])[1] = twin
    const { document, findings } = assignIds(doc, ctx)
    const ids = (document.besluit.wijzigBijlage.regeling.lichaam[0] as Divisie).children.map((c) => c.eId)
    expect(ids).toEqual(['div_1__div_1', 'div_1__div_1-2'])
    expect(findings).toMatchObject([{ code: 'VISIE-301', severity: 'waarschuwing', data: { nummer: '1', eId: 'div_1__div_1-2' } }])
  })
})

describe('eId parts', () => {
  test('numbers become eId parts without dots', () => {
    expect(sanitizeNummer('4.2')).toBe('4-2')
    expect(sanitizeNummer('IV')).toBe('IV')
    expect(sanitizeNummer('1:')).toBe('1')
    expect(sanitizeNummer('.')).toBe('')
  })
  test('nested numbers are taken relative to the parent', () => {
    expect(relativeNummer('4.5.10', '4.5')).toBe('10')
    expect(relativeNummer('4.5', '4')).toBe('5')
    expect(relativeNummer('3', undefined)).toBe('3')
    expect(relativeNummer('5.1', '4')).toBe('5.1')
    expect(relativeNummer('2.', undefined)).toBe('2')
  })
})
