/**
 * The LVBB's syntax rules for AKN/JOIN identifiers (Validaties-LVBB-STOP-BHKV.md LVBB2008–2021), on every element and
 * attribute of a besluit or informatieobject that holds one: FRBRWork/FRBRExpression, doel, instrumentVersie,
 * informatieobjectRef, heeftGeboorteregeling, ExtIoRef/@ref and the @wordt/@was of a mutation. Values like soortWork
 * (/join/id/stop/…) are waardelijst entries, not identifiers, and are left alone. One finding per rule per value.
 * LVBB2017 (a point) has its own module; the STOP Schematron's STOP10xx say some of the same in its own words.
 */
import { XmlAttribute, type XmlElement } from 'libxml2-wasm'
import { defineRule, type FindingData, type Rule } from '../rule.js'
import { perView, type PackageView } from '../view.js'
import { ns, placeOf, type Place } from '../xml.js'

const LANDEN = ['nl', 'aw', 'cw', 'sx']
const AKN_TYPEN = ['bill', 'act', 'doc', 'officialGazette']
const JOIN_DEEL2 = ['id', 'set']
const JOIN_TYPEN = ['regdata', 'pubdata', 'infodata', 'proces', 'stop']
const TALEN = ['nld', 'eng', 'fry', 'pap', 'mul', 'und']
const JAAR_OF_DATUM = /^\d{4}(-\d{2}-\d{2})?$/
const NAAM = /^[A-Za-z0-9_-]+$/

const ELEMENTS = ['FRBRWork', 'FRBRExpression', 'doel', 'instrumentVersie', 'informatieobjectRef', 'heeftGeboorteregeling', 'opvolgerVan']
const XPATH =
  ELEMENTS.map((n) => `//data:${n}`).join(' | ') + ' | //tekst:ExtIoRef/@ref | //*[@wordt]/@wordt | //*[@was]/@was'

interface Identifier {
  readonly value: string
  readonly at: Place
}

/** Read once per package for the eleven rules below (each used to run the XPath and walk the tree again). */
const identifiers: (view: PackageView) => readonly Identifier[] = perView(readIdentifiers)

function readIdentifiers(view: PackageView): Identifier[] {
  const out: Identifier[] = []
  for (const file of [...view.withRole('besluit'), ...view.withRole('io')]) {
    const doc = view.xml(file)
    if (!doc) continue
    for (const node of doc.root.find(XPATH, ns)) {
      const attribute = node instanceof XmlAttribute
      const el = (attribute ? node.parent : node) as XmlElement
      const value = node.content.trim()
      if (value === '' || /^\/join\/id\/stop\//.test(value)) continue
      out.push({ value, at: placeOf(file, el, attribute ? `/@${node.name}` : '') })
    }
  }
  return out
}

/** `problem` returns an explanation when the identifier breaks the rule, else undefined. */
function identifierRule(code: string, title: string, problem: (parts: Parts) => string | undefined): Rule {
  return defineRule({
    code,
    layer: 'lvbb',
    severity: 'blokkerend',
    dependsOn: ['eigen'],
    title,
    message: (d: FindingData) => `De identificatie ${d.identificatie} is ongeldig: ${d.uitleg}.`,
    check(view, report) {
      for (const id of identifiers(view)) {
        const uitleg = problem(split(id.value))
        if (uitleg) report({ data: { identificatie: id.value, uitleg }, at: id.at })
      }
    },
  })
}

interface Parts {
  readonly stelsel: string
  /** The work's parts after the leading '/': [stelsel, deel2, type, bevoegd gezag, jaar, naam]. */
  readonly work: readonly string[]
  /** The expression's language (before '@'), undefined for a work. */
  readonly taal?: string
  /** The expression's first part after '@' (before ';' or '!'). */
  readonly datum?: string
}

function split(value: string): Parts {
  const at = value.indexOf('@')
  const head = at < 0 ? value : value.slice(0, at)
  const segments = head.split('/').slice(1)
  const expression = at >= 0 || segments.length === 7
  const work = expression ? segments.slice(0, -1) : segments
  const taal = expression ? segments[segments.length - 1] : undefined
  const datum = at < 0 ? undefined : (value.slice(at + 1).split(/[;!]/)[0] ?? '')
  return { stelsel: segments[0] ?? '', work, ...(taal !== undefined ? { taal } : {}), ...(datum !== undefined ? { datum } : {}) }
}

const isAkn = (p: Parts) => p.stelsel === 'akn'
const isJoin = (p: Parts) => p.stelsel === 'join'
const known = (p: Parts) => isAkn(p) || isJoin(p)

export const lvbb2008 = identifierRule('LVBB2008', 'AKN- of JOIN-identificatie begint niet met akn of join', (p) =>
  known(p) ? undefined : `verwacht een begin met /akn/ of /join/, gevonden /${p.stelsel}/`,
)
export const lvbb2009 = identifierRule('LVBB2009', 'AKN-identificatie met een ongeldig land', (p) =>
  isAkn(p) && !LANDEN.includes(p.work[1] ?? '') ? `het tweede deel '${p.work[1] ?? ''}' is geen land (${LANDEN.join(', ')})` : undefined,
)
export const lvbb2010 = identifierRule('LVBB2010', 'AKN-identificatie met een ongeldig type', (p) =>
  isAkn(p) && !AKN_TYPEN.includes(p.work[2] ?? '') ? `het derde deel '${p.work[2] ?? ''}' is geen type (${AKN_TYPEN.join(', ')})` : undefined,
)
export const lvbb2011 = identifierRule('LVBB2011', "JOIN-identificatie met een tweede deel anders dan 'id' of 'set'", (p) =>
  isJoin(p) && !JOIN_DEEL2.includes(p.work[1] ?? '') ? `het tweede deel '${p.work[1] ?? ''}' is niet 'id' of 'set'` : undefined,
)
export const lvbb2012 = identifierRule('LVBB2012', 'JOIN-identificatie met een ongeldig type', (p) =>
  isJoin(p) && !JOIN_TYPEN.includes(p.work[2] ?? '') ? `het derde deel '${p.work[2] ?? ''}' is geen type (${JOIN_TYPEN.join(', ')})` : undefined,
)
export const lvbb2013 = identifierRule('LVBB2013', 'Vijfde deel van een AKN- of JOIN-identificatie is geen jaartal of datum', (p) =>
  known(p) && p.work.length >= 5 && !JAAR_OF_DATUM.test(p.work[4] ?? '') ? `het vijfde deel '${p.work[4] ?? ''}' is geen jaartal of datum` : undefined,
)
export const lvbb2015 = identifierRule('LVBB2015', 'Jaartal na de @ van een JOIN-expressie ligt voor het jaar van het werk', (p) => {
  const jaar = /^\d{4}/.exec(p.datum ?? '')?.[0]
  const werkJaar = /^\d{4}/.exec(p.work[4] ?? '')?.[0]
  return isJoin(p) && jaar && werkJaar && jaar < werkJaar ? `het jaartal ${jaar} na de @ ligt voor het jaar van het werk (${werkJaar})` : undefined
})
export const lvbb2016 = identifierRule('LVBB2016', 'Taal van een AKN- of JOIN-expressie is ongeldig', (p) =>
  known(p) && p.taal !== undefined && !TALEN.includes(p.taal) ? `de taal '${p.taal}' voor de @ is niet ${TALEN.join(', ')}` : undefined,
)
export const lvbb2019 = identifierRule('LVBB2019', 'AKN- of JOIN-identificatie bestaat niet uit 7 delen', (p) =>
  known(p) && p.work.length !== 6 ? `verwacht 7 delen tot de @ (6 voor het werk en de taal), gevonden ${p.work.length} voor het werk` : undefined,
)
export const lvbb2020 = identifierRule('LVBB2020', 'Naam (zevende deel) van een AKN- of JOIN-identificatie met ongeldige tekens', (p) =>
  known(p) && p.work.length === 6 && !NAAM.test(p.work[5] ?? '') ? `de naam '${p.work[5] ?? ''}' mag alleen letters, cijfers, _ en - bevatten` : undefined,
)
export const lvbb2021 = identifierRule('LVBB2021', 'Naam (zevende deel) van een AKN- of JOIN-identificatie langer dan 128 tekens', (p) =>
  known(p) && (p.work[5] ?? '').length > 128 ? `de naam is ${(p.work[5] ?? '').length} tekens lang (hoogstens 128)` : undefined,
)
