/**
 * The rules of STOP 1.3.0 imop-tekst.sch (text structure, references, identifiers) in TypeScript (ported.ts says how a
 * port is used and why it reports what the official run reports). Each context, let, test and value-of is the rule
 * file's, evaluated as XPath and XSLT define them; the comments quote them.
 * Not ported: the CALS table rules (sch_tekst_003's first rule, 004, 014, 016, 017 and the two patterns without an id:
 * spans computed with number() and xs:integer casts of the table's own attributes). A document with any table element
 * (tekst:table, tgroup, colspec, thead, tbody, row, entry) is left to the official file (NotPorted); without one those
 * rules have no context node and the rest is what this module computes.
 */
import type { RawFailure } from './report.js'
import { Failures, normalizeSpace, NotPorted, ruleLet, tokenize, unported, type Message } from './ported.js'
import { attr, childElements, XSL_NS } from './schema.js'
import { allElements, ancestorsOf, followingSiblingsOf, stringValue, type XmlElement, type XmlTree } from '../text-tree.js'
import { TEKST } from './namespaces.js'

/** SHA-256 of the STOP 1.3.0 imop-tekst.sch this module implements (the official distribution's file). */
export const PORTED_IMOP_TEKST = 'b2dfd5249c84bc991eb2b87cc04aec0e3cd384ad934dec5bd24c15b564f65b8e'

const TABLE = new Set(['table', 'tgroup', 'colspec', 'thead', 'tbody', 'row', 'entry'])

export interface TekstRules {
  readonly messages: ReadonlyMap<string, Message>
  /** The xsl:when's of the let `AKNnaam` (sch_tekst_020): the local-name pattern and the name, in order; and the otherwise. */
  readonly aknNamen: readonly { readonly pattern: RegExp; readonly naam: string }[]
  readonly aknOnbekend: string
}

export function readTekstRules(schText: string, messages: ReadonlyMap<string, Message>): TekstRules {
  const named = ruleLet(schText, 'AKNnaam')
  const choose = childElements(named, XSL_NS, 'choose')
  if (choose.length !== 1) throw new NotPorted('AKNnaam')
  const text = (e: (typeof choose)[number]): string => Array.from(e.childNodes).map((n) => (n.nodeType === 3 || n.nodeType === 4 ? (n.nodeValue ?? '') : '')).join('')
  const aknNamen = childElements(choose[0]!, XSL_NS, 'when').map((w) => {
    const m = /^matches\(local-name\(\), '([\^$A-Za-z|]+)'\)$/.exec(attr(w, 'test') ?? '')
    if (m === null) throw new NotPorted(attr(w, 'test') ?? '')
    return { pattern: new RegExp(m[1] as string, 'u'), naam: text(w) }
  })
  const otherwise = childElements(choose[0]!, XSL_NS, 'otherwise')
  if (otherwise.length !== 1) throw new NotPorted('AKNnaam')
  return { messages, aknNamen, aknOnbekend: text(otherwise[0]!) }
}

const tekst = (e: XmlElement | undefined, ...locals: string[]): boolean => e !== undefined && e.ns === TEKST && (locals.length === 0 || locals.includes(e.local))
const att = (e: XmlElement | undefined, name: string): string | undefined => e?.attributes.get(name)
const hasAncestor = (e: XmlElement, ...locals: string[]): boolean => ancestorsOf(e).some((a) => tekst(a, ...locals))
const hasChild = (e: XmlElement, ...locals: string[]): boolean => e.children.some((c) => tekst(c, ...locals))
/** `ancestor::tekst:*[@eId][1]` */
const eIdAncestor = (e: XmlElement): XmlElement | undefined => ancestorsOf(e).find((a) => tekst(a) && att(a, 'eId') !== undefined)
const orEmpty = (s: string | undefined): string => s ?? ''
/** A value-of of the attribute (or '' without it), for selects `@name`. */
const attributeSelect = (e: XmlElement, sel: string): string | undefined => (/^@[\w-]+$/.test(sel) ? orEmpty(att(e, sel.slice(1))) : undefined)
const before = (s: string, sep: string): string => {
  const i = s.indexOf(sep)
  return i < 0 ? '' : s.slice(0, i)
}
const after = (s: string, sep: string): string => {
  const i = s.indexOf(sep)
  return i < 0 ? '' : s.slice(i + sep.length)
}

/** `[^@]+@[^\.]+\..+` as XPath reads it (`.`: any character but a newline or carriage return), unanchored. */
const EMAIL = /[^@]+@[^.]+\.[^\n\r]+/u

/** The failures imop-tekst.sch reports on the document; throws NotPorted where the official file must run. */
export function tekstFailures(tree: XmlTree, rules: TekstRules): RawFailure[] {
  const all = [...allElements(tree.root)]
  if (all.some((e) => tekst(e) && TABLE.has(e.local))) throw new NotPorted('tabel')
  const str = (e: XmlElement): string => stringValue(tree, e)
  const out = new Failures(rules.messages)
  /** Values of selects every rule may use on its context node `e`. */
  const common = (e: XmlElement) => {
    const eIdA = eIdAncestor(e)
    return (sel: string): string => {
      const a = attributeSelect(e, sel)
      if (a !== undefined) return a
      switch (sel) {
        case 'name()':
          return e.qname
        case 'local-name()':
        case 'local-name(.)':
          return e.local
        case 'ancestor::tekst:*[@eId][1]/@eId':
          return orEmpty(att(eIdA, 'eId'))
        case 'ancestor::tekst:*[@eId][1]/local-name()':
          return eIdA?.local ?? ''
        case 'local-name(parent::tekst:*)':
          return tekst(e.parent) ? (e.parent as XmlElement).local : ''
        case 'parent::tekst:*/@eId':
          return tekst(e.parent) ? orEmpty(att(e.parent, 'eId')) : ''
        case 'ancestor-or-self::tekst:*[@eId][1]/@eId':
          return orEmpty(att([e, ...ancestorsOf(e)].find((x) => tekst(x) && att(x, 'eId') !== undefined), 'eId'))
        default:
          return unported(sel)
      }
    }
  }
  const each = (match: (e: XmlElement) => boolean, body: (e: XmlElement) => void): void => {
    for (const e of all) if (match(e)) body(e)
  }

  // sch_tekst_001: tekst:Lijst[@type = 'ongemarkeerd'], then tekst:Lijst[@type = 'expliciet']
  each(
    (e) => tekst(e, 'Lijst'),
    (e) => {
      const li = e.children.filter((c) => tekst(c, 'Li'))
      if (att(e, 'type') === 'ongemarkeerd') out.check('STOP0001', e, li.some((l) => hasChild(l, 'LiNummer')), common(e))
      else if (att(e, 'type') === 'expliciet') out.check('STOP0002', e, !li.every((l) => hasChild(l, 'LiNummer')), common(e))
    },
  )
  // sch_tekst_022: tekst:Al, normalize-space(./string()) = '' and not(tekst:InlineTekstAfbeelding | tekst:Nootref)
  each(
    (e) => tekst(e, 'Al'),
    (e) => out.check('STOP0005', e, normalizeSpace(str(e)) === '' && !hasChild(e, 'InlineTekstAfbeelding', 'Nootref'), common(e)),
  )
  // sch_tekst_027: tekst:Kop
  each(
    (e) => tekst(e, 'Kop'),
    (e) => out.check('STOP0006', e, normalizeSpace(str(e)) === '', common(e)),
  )
  // sch_tekst_003: tekst:table//tekst:Nootref (no table here), then tekst:Nootref: assert ancestor::tekst:table
  each(
    (e) => tekst(e, 'Nootref'),
    (e) => out.check('STOP0007', e, !hasAncestor(e, 'table'), common(e)),
  )
  // sch_tekst_004: tekst:Li[tekst:table]: no table here.
  // sch_tekst_032: tekst:Illustratie | tekst:InlineTekstAfbeelding; ancestor::*[@eId][1] of any namespace
  each(
    (e) => tekst(e, 'Illustratie', 'InlineTekstAfbeelding'),
    (e) => {
      const a = ancestorsOf(e).find((x) => att(x, 'eId') !== undefined)
      const values = (sel: string): string =>
        sel === 'local-name(ancestor::*[@eId][1])' ? (a?.local ?? '') : sel === 'ancestor::*[@eId][1]/@eId' ? orEmpty(att(a, 'eId')) : common(e)(sel)
      out.check('STOP0045', e, att(e, 'schaal') !== undefined, values)
      out.check('STOP0046', e, att(e, 'kleur') !== undefined, values)
    },
  )
  // sch_tekst_006: tekst:IntRef[not(ancestor::tekst:RegelingMutatie | ancestor::tekst:BesluitMutatie)]
  const byEId = new Map<string, XmlElement[]>()
  for (const e of all) {
    const id = tekst(e) ? att(e, 'eId') : undefined
    if (id === undefined) continue
    const list = byEId.get(id)
    if (list === undefined) byEId.set(id, [e])
    else list.push(e)
  }
  /** `ancestor::tekst:*[@componentnaam][1]/@componentnaam` */
  const nearestComponent = (e: XmlElement): string | undefined => att(ancestorsOf(e).find((a) => tekst(a) && att(a, 'componentnaam') !== undefined), 'componentnaam')
  each(
    (e) => tekst(e, 'IntRef') && !hasAncestor(e, 'RegelingMutatie', 'BesluitMutatie'),
    (e) => {
      const ref = att(e, 'ref')
      const bang = (ref ?? '').startsWith('!')
      const doelwit = bang ? after(ref as string, '#') : orEmpty(ref)
      const components = ancestorsOf(e)
        .filter((a) => tekst(a) && att(a, 'componentnaam') !== undefined)
        .reverse()
      const component = bang
        ? before((ref as string).replaceAll('!', ''), '#')
        : components.length > 0
          ? components.map((a) => att(a, 'componentnaam') as string).join(' ')
          : '[is_geen_component]'
      const scopeNaam = att(e, 'scope') ?? '[geen-scope]'
      const candidates = byEId.get(doelwit) ?? []
      const found = candidates.some((t) => (component === '[is_geen_component]' || nearestComponent(t) === component) && !hasAncestor(t, 'RegelingMutatie', 'BesluitMutatie'))
      let localName = ''
      if (found) {
        const named = component === '[is_geen_component]' ? candidates.filter((t) => nearestComponent(t) === undefined) : candidates.filter((t) => nearestComponent(t) === component)
        localName = named.map((t) => t.local).join(' ')
      }
      const values = (sel: string): string => (sel === '$doelwit' ? doelwit : sel === '$scopeNaam' ? scopeNaam : sel === '$localName' ? localName : common(e)(sel))
      out.check('STOP0010', e, !found, values)
      out.check('STOP0053', e, !(scopeNaam === '[geen-scope]' || scopeNaam === localName), values)
    },
  )
  // sch_tekst_028: tekst:IntIoRef[not(ancestor::tekst:RegelingMutatie | ancestor::BesluitMutatie)] (the latter without namespace)
  const extIoWIds = new Set(all.flatMap((e) => (tekst(e, 'ExtIoRef') && att(e, 'wId') !== undefined ? [att(e, 'wId') as string] : [])))
  each(
    (e) => tekst(e, 'IntIoRef') && !hasAncestor(e, 'RegelingMutatie') && !ancestorsOf(e).some((a) => a.ns === '' && a.local === 'BesluitMutatie'),
    (e) => {
      const ref = att(e, 'ref')
      out.check('STOP0011', e, !(ref !== undefined && extIoWIds.has(ref)), (sel) => (sel === '$doelwit' ? orEmpty(ref) : common(e)(sel)))
    },
  )
  // sch_tekst_007: tekst:ExtIoRef; normalize-space(.) = normalize-space(@ref)
  each(
    (e) => tekst(e, 'ExtIoRef'),
    (e) => out.check('STOP0012', e, normalizeSpace(str(e)) !== normalizeSpace(orEmpty(att(e, 'ref'))), common(e)),
  )
  // sch_tekst_008: //*[@eId] (any namespace)
  each(
    (e) => att(e, 'eId') !== undefined,
    (e) => {
      const eId = att(e, 'eId') as string
      const wId = att(e, 'wId')
      out.check('STOP0013', e, eId.endsWith('.'), common(e))
      out.check('STOP0043', e, eId.includes('.__'), common(e))
      out.check('STOP0014', e, wId !== undefined && wId.endsWith('.'), common(e))
      out.check('STOP0044', e, wId !== undefined && wId.includes('.__'), common(e))
    },
  )
  // sch_tekst_023, sch_tekst_026: tekst:RegelingTijdelijkdeel//tekst:WijzigArtikel, tekst:RegelingCompact//tekst:WijzigArtikel
  each(
    (e) => tekst(e, 'WijzigArtikel') && hasAncestor(e, 'RegelingTijdelijkdeel'),
    (e) => out.check('STOP0015', e, true, common(e)),
  )
  each(
    (e) => tekst(e, 'WijzigArtikel') && hasAncestor(e, 'RegelingCompact'),
    (e) => out.check('STOP0016', e, true, common(e)),
  )
  // sch_tekst_009: tekst:NieuweTekst | tekst:VerwijderdeTekst
  each(
    (e) => tekst(e, 'NieuweTekst', 'VerwijderdeTekst'),
    (e) => out.check('STOP0017', e, !hasAncestor(e, 'RegelingMutatie', 'BesluitMutatie'), common(e)),
  )
  // sch_tekst_010: tekst:*[@wijzigactie]
  each(
    (e) => tekst(e) && att(e, 'wijzigactie') !== undefined,
    (e) => out.check('STOP0018', e, !hasAncestor(e, 'RegelingMutatie', 'BesluitMutatie'), common(e)),
  )
  // sch_tekst_011: the keys alleEIDs, alleWIDs, alleNootIDs over the elements outside components and WijzigInstructies.
  const outside = (e: XmlElement): boolean => ![e, ...ancestorsOf(e)].some((a) => tekst(a) && (att(a, 'componentnaam') !== undefined || a.local === 'WijzigInstructies'))
  const keyCounts = (match: (e: XmlElement) => boolean, use: string): Map<string, number> => {
    const n = new Map<string, number>()
    for (const e of all) {
      const v = att(e, use)
      if (v !== undefined && match(e)) n.set(v, (n.get(v) ?? 0) + 1)
    }
    return n
  }
  const alleEIDs = keyCounts((e) => tekst(e) && outside(e), 'eId')
  const alleWIDs = keyCounts((e) => tekst(e) && outside(e), 'wId')
  const alleNootIDs = keyCounts((e) => tekst(e, 'Noot') && outside(e), 'id')
  const count = (keys: Map<string, number>, v: string | undefined): number => (v === undefined ? 0 : (keys.get(v) ?? 0))
  each(
    (e) => tekst(e) && outside(e),
    (e) => {
      if (att(e, 'eId') !== undefined) {
        out.check('STOP0020', e, count(alleEIDs, att(e, 'eId')) !== 1, common(e))
        out.check('STOP0021', e, count(alleWIDs, att(e, 'wId')) !== 1, common(e))
      } else if (e.local === 'Noot') out.check('STOP0068', e, !(count(alleNootIDs, att(e, 'id')) <= 1), common(e))
    },
  )
  // sch_tekst_020: *[@eId]; the AKN name of the element, the last part of its eId and wId.
  each(
    (e) => att(e, 'eId') !== undefined,
    (e) => {
      const aknNaam = rules.aknNamen.find((w) => w.pattern.test(e.local))?.naam ?? rules.aknOnbekend
      const eId = att(e, 'eId') as string
      const mijnEID = eId.includes('__') ? (tokenize(eId, '__').at(-1) ?? '') : eId
      const mijnWID = tokenize(att(e, 'wId'), '__').at(-1) ?? ''
      const values = (sel: string): string => (sel === '$mijnEID' ? mijnEID : sel === '$mijnWID' ? mijnWID : sel === '$AKNnaam' ? aknNaam : common(e)(sel))
      out.check('STOP0022', e, !mijnEID.startsWith(aknNaam), values)
      out.check('STOP0023', e, !mijnWID.startsWith(aknNaam), values)
    },
  )
  // sch_tekst_014, sch_tekst_016, the two patterns without an id, sch_tekst_017: table elements only (none here).
  // sch_tekst_033: tekst:ExtRef; starts-with(@ref, $notatie)
  const NOTATIE: Readonly<Record<string, string>> = { AKN: '/akn/', JCI: 'jci1', URL: 'http', JOIN: '/join/', document: '' }
  each(
    (e) => tekst(e, 'ExtRef'),
    (e) => {
      const notatie = NOTATIE[att(e, 'soort') ?? ''] ?? ''
      out.check('STOP0050', e, !orEmpty(att(e, 'ref')).startsWith(notatie), common(e))
    },
  )
  // sch_tekst_037: tekst:Gereserveerd[not(ancestor::tekst:Vervang)][not(ancestor::tekst:Artikel)]
  each(
    (e) => tekst(e, 'Gereserveerd') && !hasAncestor(e, 'Vervang', 'Artikel'),
    (e) => {
      const next = followingSiblingsOf(e).filter((s) => tekst(s))
      out.check('STOP0055', e, next.length > 0, (sel) => (sel === 'local-name(following-sibling::tekst:*[1])' ? (next[0]?.local ?? '') : common(e)(sel)))
    },
  )
  // sch_tekst_070: tekst:Artikel[not(ancestor::tekst:Vervang)]
  each(
    (e) => tekst(e, 'Artikel') && !hasAncestor(e, 'Vervang'),
    (e) =>
      out.check(
        'STOP0070',
        e,
        (hasChild(e, 'Lid') && hasChild(e, 'Inhoud', 'Vervallen', 'Gereserveerd')) || (hasChild(e, 'Inhoud') && hasChild(e, 'Vervallen', 'Gereserveerd')),
        common(e),
      ),
  )
  // sch_tekst_039: the structure elements (tekst:Titel not in a tekst:Figuur): a child other than tekst:Kop.
  const STRUCTUUR = ['Afdeling', 'Bijlage', 'Boek', 'Deel', 'Divisie', 'Hoofdstuk', 'Paragraaf', 'Subparagraaf', 'Subsubparagraaf']
  each(
    (e) => tekst(e, ...STRUCTUUR) || (tekst(e, 'Titel') && !tekst(e.parent, 'Figuur')),
    (e) => out.check('STOP0058', e, !e.children.some((c) => tekst(c) && c.local !== 'Kop'), common(e)),
  )
  // sch_tekst_041: tekst:Divisietekst
  each(
    (e) => tekst(e, 'Divisietekst'),
    (e) => out.check('STOP0060', e, !e.children.some((c) => tekst(c) && c.local !== 'Kop'), common(e)),
  )
  // sch_tekst_043: tekst:Divisie[ancestor::tekst:Kennisgeving], report `.`
  each(
    (e) => tekst(e, 'Divisie') && hasAncestor(e, 'Kennisgeving'),
    (e) => out.check('STOP0061', e, true, common(e)),
  )
  // sch_tekst_044: tekst:Vervallen[not(ancestor::tekst:Vervang)][not(parent::tekst:Artikel)][not(parent::tekst:Divisietekst)]
  each(
    (e) => tekst(e, 'Vervallen') && !hasAncestor(e, 'Vervang') && !tekst(e.parent, 'Artikel', 'Divisietekst'),
    (e) => {
      const levend = followingSiblingsOf(e).filter((s) => tekst(s) && !hasChild(s, 'Vervallen'))
      out.check('STOP0062', e, levend.length > 0, (sel) => {
        if (sel === 'local-name(following-sibling::tekst:*[not(child::tekst:Vervallen)][1])') return levend[0]?.local ?? ''
        if (sel === 'following-sibling::tekst:*[not(child::tekst:Vervallen)][1]/@eId') return orEmpty(att(levend[0], 'eId'))
        return common(e)(sel)
      })
    },
  )
  // sch_tekst_045: tekst:Contact; matches(@adres, $pattern), the pattern of @soort 'e-mail' (another soort: its pattern
  // is no valid regular expression, the official file reports that error).
  each(
    (e) => tekst(e, 'Contact'),
    (e) => {
      if (att(e, 'soort') !== 'e-mail') throw new NotPorted('Contact zonder soort e-mail')
      out.check('STOP0064', e, !EMAIL.test(orEmpty(att(e, 'adres'))), (sel) => (sel === './string()' ? str(e) : common(e)(sel)))
    },
  )
  // sch_tekst_046: tekst:Motivering[@schemaversie]
  each(
    (e) => tekst(e, 'Motivering') && att(e, 'schemaversie') !== undefined,
    (e) => out.check('STOP0075', e, hasAncestor(e, 'BesluitCompact', 'BesluitKlassiek'), common(e)),
  )
  // sch_tekst_081: tekst:Toelichting
  each(
    (e) => tekst(e, 'Toelichting'),
    (e) => {
      const kinderen = e.children.filter((c) => tekst(c, 'ArtikelgewijzeToelichting', 'AlgemeneToelichting')).length
      const tweede = e.children.filter((c) => tekst(c))[1]
      const values = (sel: string): string => (sel === 'local-name(child::tekst:*[2])' ? (tweede?.local ?? '') : common(e)(sel))
      out.check('STOP0081', e, hasChild(e, 'Divisie', 'Divisietekst'), values)
      out.check('STOP0084', e, kinderen > 1 && !hasChild(e, 'Kop'), values)
      out.check('STOP0085', e, kinderen === 1 && hasChild(e, 'Kop'), values)
    },
  )
  // sch_tekst_082: tekst:ArtikelgewijzeToelichting; parent::tekst:Toelichting
  each(
    (e) => tekst(e, 'ArtikelgewijzeToelichting'),
    (e) => out.check('STOP0082', e, !tekst(e.parent, 'Toelichting'), common(e)),
  )
  // sch_tekst_083: tekst:AlgemeneToelichting | tekst:ArtikelgewijzeToelichting | tekst:Toelichting
  each(
    (e) => tekst(e, 'AlgemeneToelichting', 'ArtikelgewijzeToelichting', 'Toelichting'),
    (e) => out.check('STOP0083', e, hasChild(e, 'InleidendeTekst'), common(e)),
  )
  return out.list
}
