/**
 * The rule of STOP 1.3.0 imop-procedure.sch (the order of the steps of a Procedureverloop) in TypeScript (ported.ts
 * says how a port is used and why it reports what the official run reports). The rule builds its checks in XSLT
 * variables: the steps sorted (xsl:sort: code points; numbers with NaN first), each with the properties the rule file's
 * table gives its code, then JSON-like texts per finding. This module reads from the installed file what is data
 * there — the table of step properties, which steps require which, and every text the variables write — and does
 * what the instructions around them do; the comments quote them.
 */
import type { RawFailure } from './report.js'
import { compareCodepoints, constructorParts, Failures, fill, normalizeSpace, NotPorted, unported, type Message, type Parts, schemaOf } from './ported.js'
import { attr, childElements, requiredAttr, SCH_NS, XSL_NS, type Element } from './schema.js'
import { allElements, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { DATA } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-procedure.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_PROCEDURE = '94ef514a58f8c4ab9e212c1ac9af0e54810dc450cd83821767ed9f05c707852f'

export interface ProcedureRules {
  readonly messages: ReadonlyMap<string, Message>
  /** Step code → its properties (uniek, besluit_volgorde, …) as the xsl:choose of the let `stappen` writes them. */
  readonly table: ReadonlyMap<string, ReadonlyMap<string, string>>
  /** STOP1319: per let in the order of json_STOP1319's concat: the step that requires, and per required step the text. */
  readonly vereist: readonly { readonly als: string; readonly dan: readonly { readonly stap: string; readonly text: Parts }[] }[]
  /** The texts of the other variables (xsl:if or xsl:when content), by variable name. */
  readonly texts: ReadonlyMap<string, readonly Parts[]>
}

export function readProcedureRules(schText: string, messages: ReadonlyMap<string, Message>): ProcedureRules {
  const rules = childElements(schemaOf(schText), SCH_NS, 'pattern').flatMap((p) => childElements(p, SCH_NS, 'rule'))
  if (rules.length !== 1) throw new NotPorted('regels')
  const lets = childElements(rules[0] as Element, SCH_NS, 'let')
  const letNamed = (name: string): Element => {
    const l = lets.find((x) => requiredAttr(x, 'name') === name)
    if (l === undefined) throw new NotPorted(name)
    return l
  }
  const below = (el: Element, ...path: string[]): Element[] => path.reduce<Element[]>((els, local) => els.flatMap((e) => childElements(e, XSL_NS, local)), [el])
  // The table: <xsl:when test="$code = '…'"> with elements <uniek>1</uniek>, …
  const table = new Map<string, Map<string, string>>()
  const stap = below(letNamed('stappen'), 'for-each').flatMap((f) => childElements(f).filter((c) => c.namespaceURI === null && c.localName === 'stap'))
  if (stap.length !== 1) throw new NotPorted('stappen')
  for (const when of below(stap[0] as Element, 'choose', 'when')) {
    const m = /^\$code = '([^']+)'$/.exec(attr(when, 'test') ?? '')
    if (m === null) throw new NotPorted(attr(when, 'test') ?? '')
    table.set(m[1] as string, new Map(childElements(when).map((p) => [p.localName, Array.from(p.childNodes).map((t) => t.nodeValue ?? '').join('')])))
  }
  // STOP1319: concat($Begin_inzagetermijn, …) of lets <xsl:if test="$stappen/stap[code = 'A']"><xsl:if test="not($stappen/stap[code = 'B'])">text</xsl:if>…
  const order = /^concat\((.*)\)$/.exec(attr(letNamed('json_STOP1319'), 'value') ?? '')
  if (order === null) throw new NotPorted('json_STOP1319')
  const vereist = (order[1] as string).split(',').map((v) => {
    const outer = below(letNamed(v.trim().replace(/^\$/, '')), 'if')
    const als = /^\$stappen\/stap\[code = '([^']+)'\]$/.exec(attr(outer[0] as Element, 'test') ?? '')
    if (outer.length !== 1 || als === null) throw new NotPorted(v)
    return {
      als: als[1] as string,
      dan: below(outer[0] as Element, 'if').map((inner) => {
        const dan = /^not\(\$stappen\/stap\[code = '([^']+)'\]\)$/.exec(attr(inner, 'test') ?? '')
        if (dan === null) throw new NotPorted(attr(inner, 'test') ?? '')
        return { stap: dan[1] as string, text: constructorParts(inner) }
      }),
    }
  })
  const texts = new Map<string, Parts[]>()
  for (const name of ['json_STOP1302', 'json_STOP1303', 'json_STOP1304', 'json_STOP1305', 'STOP1300_exclusief_voor_ontwerp', 'STOP1300_exclusief_voor_definitief']) {
    texts.set(name, below(letNamed(name), 'for-each', 'if').map(constructorParts))
  }
  for (const name of ['json_STOP1310_tm_STOP1312', 'json_STOP1313_tm_STOP1315']) texts.set(name, below(letNamed(name), 'for-each', 'choose', 'when').map(constructorParts))
  return { messages, table, vereist, texts }
}

/** One step as the variables hold it: code, datum and the table's properties. */
interface Stap {
  readonly code: string
  readonly datum: string
  readonly p: ReadonlyMap<string, string>
}

/** XSLT's sort of doubles: NaN first, then by value. */
const byNumber = (a: number, b: number): number => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : Number.isNaN(b) ? 1 : a - b)
/** number() of a string as XPath reads it (white space around allowed; anything else NaN). */
const number = (s: string | undefined): number => (s === undefined || !/^[ \t\r\n]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\r\n]*$/.test(s) ? Number.NaN : Number(s))

/** The failures imop-procedure.sch reports on the document; throws NotPorted where the official file must run. */
export function procedureFailures(tree: XmlTree, rules: ProcedureRules): RawFailure[] {
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(rules.messages)
  const texts = (name: string): readonly Parts[] => rules.texts.get(name) ?? unported(name)
  for (const e of allElements(tree.root)) {
    if (!(e.ns === DATA && e.local === 'procedurestappen')) continue
    // The first let stappen: data:Procedurestap sorted by normalize-space(data:soortStap), then substring(data:voltooidOp, 1, 10).
    const eerste: Stap[] = e.children
      .filter((c) => c.ns === DATA && c.local === 'Procedurestap')
      .map((p) => {
        const one = (local: string): string => {
          const v = p.children.filter((c) => c.ns === DATA && c.local === local).map(str)
          if (v.length > 1) throw new NotPorted(local)
          return v[0] ?? ''
        }
        const voltooid = one('voltooidOp')
        if (/[\uD800-\uDFFF]/.test(voltooid.slice(0, 10))) throw new NotPorted('voltooidOp')
        const code = normalizeSpace(one('soortStap'))
        return { code, datum: voltooid.slice(0, 10), p: rules.table.get(code) ?? new Map<string, string>() }
      })
      .sort((a, b) => compareCodepoints(a.code, b.code) || compareCodepoints(a.datum, b.datum))
    const has = (code: string): boolean => eerste.some((s) => s.code === code)
    const value = (s: Stap | undefined, name: string): string => (s === undefined ? '' : name === 'code' ? s.code : name === 'datum' ? s.datum : (s.p.get(name) ?? ''))
    /** The texts of one step with the values of its selects (`code`, `datum`, `preceding-sibling::*[1]/…`). */
    const write = (parts: Parts, s: Stap, prev: Stap | undefined): string =>
      fill(parts, (sel) => {
        const m = /^(preceding-sibling::\*\[1\]\/)?(code|datum)$/.exec(sel)
        return m === null ? unported(sel) : value(m[1] === undefined ? s : prev, m[2] as string)
      })

    // STOP1319: concat of the lets; each writes, when its step is there, the text of every required step that is not.
    const json1319 = rules.vereist.map((v) => (has(v.als) ? v.dan.map((d) => (has(d.stap) ? '' : fill(d.text, unported))).join('') : '')).join('')
    out.check('STOP1319', e, normalizeSpace(json1319) !== '', (sel) => (sel === '$json_STOP1319' ? json1319 : unported(sel)))
    // STOP1302: uniek = '1' and preceding-sibling::*[1]/code = code (in the first order).
    const [dubbel] = texts('json_STOP1302')
    const json1302 = eerste.map((s, i) => (value(s, 'uniek') === '1' && i > 0 && eerste[i - 1]?.code === s.code ? write(dubbel as Parts, s, eerste[i - 1]) : '')).join('')
    out.check('STOP1302', e, normalizeSpace(json1302) !== '', (sel) => (sel === '$json_STOP1302/./string()' ? json1302 : unported(sel)))
    // The second let stappen: sorted by datum, then number(datum_sorteervolgorde); of a uniek step only the first of its code.
    const tweede = eerste
      .map((s, i) => ({ s, i }))
      .sort((a, b) => compareCodepoints(a.s.datum, b.s.datum) || byNumber(number(a.s.p.get('datum_sorteervolgorde')), number(b.s.p.get('datum_sorteervolgorde'))))
      .filter(({ s, i }) => value(s, 'uniek') !== '1' || i === 0 || eerste[i - 1]?.code !== s.code)
      .map(({ s }) => s)
    // STOP1300: steps only for an ontwerp and steps only for a definitief besluit in one procedure.
    const exclusief = (name: string, property: string): string => {
      const [text] = texts(name)
      return tweede.map((s) => (value(s, property) === '1' ? write(text as Parts, s, undefined) : '')).join('')
    }
    const ontwerp = exclusief('STOP1300_exclusief_voor_ontwerp', 'exclusief_voor_ontwerp')
    const definitief = exclusief('STOP1300_exclusief_voor_definitief', 'exclusief_voor_definitief')
    out.check('STOP1300_definitief_ontwerp', e, definitief !== '' && ontwerp !== '', (sel) => {
      if (sel === 'normalize-space($STOP1300_exclusief_voor_definitief)') return normalizeSpace(definitief)
      if (sel === 'normalize-space($STOP1300_exclusief_voor_ontwerp)') return normalizeSpace(ontwerp)
      return unported(sel)
    })
    // STOP1303–1305: the steps of one series in the second order; a step whose volgorde is lower than the one before,
    // or that must be later but has the same date.
    for (const [id, reeks] of [
      ['STOP1303', 'besluit'],
      ['STOP1304', 'reactie'],
      ['STOP1305', 'beroep'],
    ] as const) {
      const stappen = tweede.filter((s) => s.p.has(`${reeks}_volgorde`))
      const [text] = texts(`json_${id}`)
      const json = stappen
        .map((s, i) => {
          const prev = i > 0 ? stappen[i - 1] : undefined
          const lager = prev !== undefined && number(value(prev, `${reeks}_volgorde`)) > number(value(s, `${reeks}_volgorde`))
          const later = value(s, `${reeks}_lateredatum`) !== '' && prev !== undefined && s.datum === prev.datum
          return lager || later ? write(text as Parts, s, prev) : ''
        })
        .join('')
      out.check(id, e, normalizeSpace(json) !== '', (sel) => (sel === `$json_${id}/./string()` ? json : unported(sel)))
    }
    // STOP1310–1312 (in_beroep: start, in, einde) and STOP1313/1315 (geschorst: start, einde): the phase of each step
    // against the one before it.
    for (const [id, name, property, fasen] of [
      ['STOP1310_tm_STOP1312_beroep', 'json_STOP1310_tm_STOP1312', 'in_beroep', ['start', 'in', 'einde']],
      ['STOP1313_tm_STOP1315_beroep', 'json_STOP1313_tm_STOP1315', 'geschorst', ['start', 'einde']],
    ] as const) {
      const stappen = tweede.filter((s) => s.p.has(property))
      const whens = texts(name)
      const json = stappen
        .map((s, i) => {
          const fase = value(s, property)
          const prev = i > 0 ? value(stappen[i - 1], property) : undefined
          // fase = 'start' and preceding-sibling::*[1]/fase != '' and != 'einde' and != 'in'
          const start = fase === 'start' && prev !== undefined && prev !== '' && prev !== 'einde' && prev !== 'in'
          // fase = 'in' / 'einde' and ((preceding != 'start' and preceding != 'in') or not(preceding))
          const buiten = (f: string): boolean => fase === f && (prev === undefined || (prev !== 'start' && prev !== 'in'))
          const which = start ? 0 : (fasen as readonly string[]).slice(1).findIndex((f) => buiten(f)) + 1
          if (which === 0 && !start) return ''
          return write(whens[which] as Parts, s, undefined)
        })
        .join('')
      out.check(id, e, normalizeSpace(json) !== '', (sel) => (sel === `$${name}/./string()` ? json : unported(sel)))
    }
  }
  return out.list
}
