/**
 * Property-based tests (fast-check) of the de-hyphenator and the id generators: joining never loses or adds a
 * character other than one break hyphen and one space, the linear joiner agrees with the pairwise definition,
 * PDF-broken identifiers come back exactly; eIds/wIds and OW ids always match the STOP/IMOW patterns, never
 * collide within a scope and are deterministic.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { assignIds, sanitizeNummer } from '../../src/ids/index.js'
import { PartAllocator, aknPrefix, type AknPrefix } from '../../src/ids/ewid.js'
import type { Block, Divisie, Divisietekst, Document, Structuur } from '../../src/model/index.js'
import { hashLocal, localFor, owId, owIdPattern, workLocal } from '../../src/ow/ids.js'
import { buildVocabulary, joinLines, joinPair, joinWithOffsets } from '../../src/text/dehyphenate.js'
import { toSourceLines } from '../../src/text/lines.js'
import { assenContext, sampleDocument } from '../ids/sample-document.js'

const RUNS = { numRuns: 300 }

/** Text made of the characters that matter at a break: letters (vowels for the hyphen rule), digits, hyphens. */
const piece = fc.string({ unit: fc.constantFrom('a', 'e', 'o', 'n', 'r', 'Z', 'Q', 'é', '1', '-', ' ', '-', ',', '/', '@', '\u00AD'), minLength: 1, maxLength: 12 })
const lineText = piece.map((s) => s.trim()).filter((s) => s !== '')
/** Half the lines end in a break hyphen, so joins follow joins (where a stale view of the text would show). */
const lines = fc.array(
  fc.tuple(lineText, fc.boolean()).map(([t, broken]) => (broken && !t.endsWith('-') ? `${t}-` : t)),
  { minLength: 1, maxLength: 8 },
)
const vocabOf = (ls: readonly string[]) => buildVocabulary(toSourceLines(ls.join('\n')))

describe('de-hyphenator', () => {
  test('joinPair only drops one break mark (- or soft hyphen) at the end of the first line and adds at most one space', () => {
    fc.assert(
      fc.property(lineText, lineText, lines, (prev, next, context) => {
        const out = joinPair(prev, next, vocabOf([...context, prev, next]))
        const candidates = [prev + next, `${prev} ${next}`]
        if (prev.endsWith('-') || prev.endsWith('\u00AD')) candidates.push(prev.slice(0, -1) + next)
        expect(candidates).toContain(out)
        if (!prev.endsWith('-') && !prev.endsWith('\u00AD')) expect(out).toBe(`${prev} ${next}`)
      }),
      RUNS,
    )
  })

  test('joinLines loses no character: without break marks and spaces it is the concatenation of the lines', () => {
    const strip = (s: string) => s.replace(/[\s\u00AD-]/gu, '')
    fc.assert(
      fc.property(lines, (ls) => {
        const out = joinLines(ls, vocabOf(ls))
        expect(strip(out)).toBe(strip(ls.join('')))
        // only hyphens may go: every non-hyphen character of the input survives in order
        expect(out.replace(/[\u00AD-]/gu, '').replace(/ /gu, '')).toBe(ls.join('').replace(/[\u00AD-]/gu, '').replace(/ /gu, ''))
      }),
      RUNS,
    )
  })

  test('the linear joiner equals folding joinPair line by line, and its offsets point at each line', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const vocab = vocabOf(ls)
        let folded = ls[0] as string
        for (const l of ls.slice(1)) folded = joinPair(folded, l, vocab)
        const joined = joinWithOffsets(ls, vocab)
        expect(joined.text).toBe(folded)
        // each line's text starts at its offset (but for the break mark that joining may have cut from its end)
        joined.starts.forEach((start, i) => expect(joined.text.startsWith((ls[i] as string).slice(0, -1), start)).toBe(true))
      }),
      RUNS,
    )
  })

  test('idempotent where nothing is broken: lines without a break mark join with one space, a single line is itself', () => {
    const plain = fc.array(lineText.filter((s) => !s.endsWith('-') && !s.endsWith('\u00AD')), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(plain, lineText, (ls, one) => {
        expect(joinLines(ls, vocabOf(ls))).toBe(ls.join(' '))
        expect(joinLines([one], vocabOf([one]))).toBe(one)
        const once = joinLines(ls, vocabOf(ls))
        expect(joinLines([once], vocabOf(ls))).toBe(once)
      }),
      RUNS,
    )
  })

  /** `/join/id/regdata/gm0106/2025/<32 hex>/nld@2026-01-05;<digits>` as the Assen Bijlage I writes them. */
  const identifier = fc
    .record({
      bg: fc.constantFrom('gm0106', 'pv28', 'ws0155'),
      jaar: fc.integer({ min: 2020, max: 2030 }),
      hex: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }),
      datum: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
      versie: fc.integer({ min: 1, max: 99_999_999 }),
    })
    .map(({ bg, jaar, hex, datum, versie }) => `/join/id/regdata/${bg}/${jaar}/${hex}/nld@${datum.toISOString().slice(0, 10)};${versie}`)

  /**
   * Breaks an identifier the way the PDF extraction does: before the `@` a break adds a hyphen (`regda-|ta`,
   * `db3fe-|baef…`); after it, lines break only at the date's own hyphens (`nld@2026-01-|05`), which stay.
   */
  function breakLikePdf(naam: string, id: string, cuts: readonly number[]): string[] {
    const at = id.indexOf('@')
    const dateHyphens = [...id.matchAll(/-/gu)].map((m) => m.index + 1).filter((i) => i > at)
    const positions = [...new Set(cuts.map((c) => (c % 2 === 0 ? 6 + (c % (at - 6)) : (dateHyphens[c % dateHyphens.length] as number))))].sort((a, b) => a - b)
    const out: string[] = []
    let from = 0
    for (const p of positions) {
      out.push(id.slice(from, p) + (p <= at ? '-' : ''))
      from = p
    }
    out.push(id.slice(from))
    out[0] = `${naam} ${out[0] as string}`
    return out
  }

  test('an identifier broken over lines is re-joined exactly, whatever the document around it', () => {
    const naam = fc.constantFrom('bedrijventerreinen', 'Natura 2000 gebied', 'doorontwikkeling van Kloosterveen')
    fc.assert(
      fc.property(naam, identifier, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), lines, (n, id, cuts, context) => {
        const broken = breakLikePdf(n, id, cuts)
        expect(joinLines(broken, vocabOf([...context, ...broken]))).toBe(`${n} ${id}`)
      }),
      RUNS,
    )
  })
})

describe('eId/wId', () => {
  /** NMTOKEN (the XSD type of eId/wId) without dots (STOP0013/0043 never want one in a generated id). */
  const TOKEN = /^[A-Za-z0-9_-]+$/u
  const nummer = fc.oneof(
    fc.constantFrom('1', '1.1', '4.2.2', '4.2.2.', 'IV', 'A', '3:', '§ 2', 'x.y', '', '..', 'é', '1-1', '01'),
    fc.string({ maxLength: 6 }),
  )

  test('sanitizeNummer gives [A-Za-z0-9] runs joined by single hyphens, or nothing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (n) => {
      expect(sanitizeNummer(n)).toMatch(/^(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)?$/u)
    }), RUNS)
  })

  test('PartAllocator: unique, valid, last part starts with the prefix, deterministic', () => {
    const prefix = fc.constantFrom(...(Object.values(aknPrefix) as AknPrefix[]))
    const calls = fc.array(fc.tuple(prefix, fc.option(nummer, { nil: undefined })), { maxLength: 40 })
    fc.assert(
      fc.property(fc.constantFrom('', 'div_4', 'cmp_I__content_o_1'), calls, (path, cs) => {
        const run = () => {
          const a = new PartAllocator(path)
          return cs.map(([p, n]) => a.next(p, n).eId)
        }
        const ids = run()
        expect(new Set(ids).size).toBe(ids.length)
        ids.forEach((id, i) => {
          expect(id).toMatch(TOKEN)
          const last = id.split('__').pop() as string
          expect(last === cs[i]?.[0] || last.startsWith(`${cs[i]?.[0] as string}_`)).toBe(true)
        })
        expect(run()).toEqual(ids)
      }),
      RUNS,
    )
  })

  /** A lichaam of nested Divisies/Divisieteksten with arbitrary (also repeated, dotted, empty) numbers. */
  const { structuur } = fc.letrec<{ structuur: Structuur; block: Block }>((tie) => ({
    structuur: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ nummer, children: fc.array(tie('block'), { maxLength: 3 }), kop: fc.boolean() }).map(
        ({ nummer: n, children, kop }): Divisietekst => ({ type: 'divisietekst', ...(kop ? { kop: { nummer: n, opschrift: 'Kop' } } : {}), children }),
      ),
      fc.record({ nummer, children: fc.array(tie('structuur'), { maxLength: 3 }) }).map(
        ({ nummer: n, children }): Divisie => ({ type: 'divisie', kop: { nummer: n, opschrift: 'Titel' }, children }),
      ),
    ),
    block: fc.oneof(
      fc.constant<Block>({ type: 'al', children: [{ type: 'text', value: 'tekst' }] }),
      fc.constant<Block>({ type: 'figuur', titel: 'Figuur' }),
      fc.integer({ min: 1, max: 3 }).map(
        (n): Block => ({ type: 'lijst', lijsttype: 'ongemarkeerd', children: Array.from({ length: n }, () => ({ type: 'li', children: [{ type: 'al', children: [{ type: 'text', value: 'punt' }] }] })) }),
      ),
    ),
  }))

  function withLichaam(lichaam: Structuur[]): Document {
    const d = sampleDocument()
    const regeling = d.besluit.wijzigBijlage.regeling
    return { ...d, besluit: { ...d.besluit, wijzigBijlage: { ...d.besluit.wijzigBijlage, regeling: { ...regeling, lichaam } } } }
  }

  /** Every identified node as [scope, kind, eId, wId]; kinds without `type` are named by their key. */
  function identified(value: unknown, scope: string, key: string, out: [string, string, string, string][]): [string, string, string, string][] {
    if (Array.isArray(value)) for (const v of value) identified(v, scope, key, out)
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (typeof o.eId === 'string') out.push([scope, (o.type as string | undefined) ?? key, o.eId, String(o.wId)])
      for (const [k, v] of Object.entries(o)) identified(v, k === 'regeling' ? 'regeling' : scope, k, out)
    }
    return out
  }

  const PREFIX: Readonly<Record<string, string>> = {
    aanhef: 'formula_1', sluiting: 'formula_2', wijzigBijlage: 'cmp', artikel: 'art', bijlage: 'cmp', divisie: 'div',
    divisietekst: 'content', lijst: 'list', begrippenlijst: 'list', li: 'item', begrip: 'item', figuur: 'img', extIoRef: 'ref', intIoRef: 'ref',
  }

  test('assignIds on arbitrary structures: valid, unique per scope, prefix per element, wId = prefix + eId, deterministic', () => {
    const ctx = assenContext()
    fc.assert(
      fc.property(fc.array(structuur, { minLength: 1, maxLength: 6 }), (lichaam) => {
        const doc = withLichaam(lichaam)
        const ids = identified(assignIds(doc, ctx).document, 'besluit', 'document', [])
        expect(ids.length).toBeGreaterThan(0)
        for (const [scope, kind, eId, wId] of ids) {
          expect(eId).toMatch(TOKEN)
          expect(wId).toBe(`gm0106_1__${eId}`)
          const last = eId.split('__').pop() as string
          expect(PREFIX[kind], `${kind} ${eId}`).toBeDefined()
          expect(last === PREFIX[kind] || last.startsWith(`${PREFIX[kind] as string}_`), `${scope} ${kind} ${eId}`).toBe(true)
        }
        for (const scope of ['besluit', 'regeling']) {
          const eIds = ids.filter(([s]) => s === scope).map(([, , e]) => e)
          expect(new Set(eIds).size, scope).toBe(eIds.length)
        }
        expect(identified(assignIds(doc, ctx).document, 'besluit', 'document', [])).toEqual(ids)
      }),
      { numRuns: 150 },
    )
  })
})

describe('OW ids', () => {
  const bg = fc.constantFrom('gm0106', 'pv28', 'ws0155', 'mnre1034')
  const type = fc.constantFrom('Divisie', 'Divisietekst', 'Tekstdeel', 'Hoofdlijn', 'Gebied', 'Gebiedengroep', 'Gebiedsaanwijzing', 'Regelingsgebied', 'Ambtsgebied')
  const key = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABC'), minLength: 1, maxLength: 40 }))

  test('every id matches the NEN3610ID pattern of the IMOW XSD, and is deterministic', () => {
    fc.assert(
      fc.property(bg, type, key, (b, t, k) => {
        const id = owId(b, t as never, localFor(k))
        expect(id).toMatch(owIdPattern)
        expect(owId(b, t as never, localFor(k))).toBe(id)
        expect(owId(b, t as never, workLocal(`/join/id/regdata/${b}/2025/${k}`))).toMatch(owIdPattern)
      }),
      RUNS,
    )
  })

  test('distinct keys give distinct local parts (within one component)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 50 }), (keys) => {
        const locals = keys.map(localFor)
        expect(new Set(locals).size).toBe(keys.length)
      }),
      RUNS,
    )
  })

  test('a wId-derived key is hashed, never used as-is (wIds hold "_", which the local part may not)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }), (s) => {
      expect(localFor(`gm0106_1__${s}`)).toBe(hashLocal(`gm0106_1__${s}`))
    }), RUNS)
  })
})
