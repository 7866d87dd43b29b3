/**
 * Checks of a delivery's own values that the chain only finds at the counter (or never): placeholders left from
 * `visie init` (VISIE-510), a bevoegd gezag whose AKN/JOIN identifications name another one (VISIE-511) and a
 * bekendmaking before the vaststelling (VISIE-512). They read the package, so `build` and `validate` agree.
 */
import type { XmlDocument, XmlElement } from 'libxml2-wasm'
import { OPDRACHT } from '../manifests.js'
import { defineRule } from '../rule.js'
import type { PackageView } from '../view.js'
import { elements } from '../xml.js'
import { placeOf } from './besluit.js'
import { dayNumber } from './dates.js'
import { datumBekendmaking } from './lvbb1501-datum-bekendmaking.js'

/** An all-zero code (`gm0000`, `pv00`, `ws0000`, `mnre0000`) is what `visie init` writes without a bevoegd gezag. */
const PLACEHOLDER_CODE = /^(gm|pv|ws|mnre|mn)0+$/
const PLACEHOLDER_OIN = /^0{20}$/
/** The bevoegd gezag part of an AKN work (`/akn/nl/bill/gm0106/…`) or JOIN work (`/join/id/regdata/gm0106/…`). */
const WORK = /^\/(?:akn\/nl\/(?:bill|act|doc)|join\/id\/(?:regdata|proces|pubdata))\/([^/]+)\//

function opdracht(view: PackageView): XmlDocument | undefined {
  return view.role(OPDRACHT) === 'opdracht' ? view.xml(OPDRACHT) : undefined
}

/** A publicatieOpdracht publishes; a validatieOpdracht only asks the LVBB to check. */
export function isPublicatie(view: PackageView): boolean {
  return opdracht(view)?.root.name === 'publicatieOpdracht'
}

/** Every FRBRWork and instrumentVersie/doel of the STOP files, with its place. */
function works(view: PackageView): { value: string; el: XmlElement; file: string }[] {
  const out: { value: string; el: XmlElement; file: string }[] = []
  for (const file of [...view.withRole('besluit'), ...view.withRole('io')]) {
    const doc = view.xml(file)
    if (!doc) continue
    for (const el of elements(doc, '//data:FRBRWork | //data:doel')) out.push({ value: el.content.trim(), el, file })
  }
  return out
}

export const visie510 = defineRule({
  code: 'VISIE-510',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Een plaatshouder van visie init is niet ingevuld (bevoegd gezag, OIN)',
  message: (d) => `${d.veld} is nog de plaatshouder '${d.waarde}' van visie init: vul in visie.json "${d.sleutel}" in met ${d.wat}.`,
  check(view, report) {
    const seen = new Set<string>()
    for (const w of works(view)) {
      const code = WORK.exec(w.value)?.[1]
      if (!code || !PLACEHOLDER_CODE.test(code) || seen.has(code)) continue
      seen.add(code)
      report({ data: { veld: 'De code van het bevoegd gezag', waarde: code, sleutel: 'bevoegdGezag', wat: 'de echte code (bijvoorbeeld gm0757, pv22, ws0155)' }, at: placeOf(w.file, w.el) })
    }
    const doc = opdracht(view)
    if (!doc) return
    for (const [veld, sleutel] of [['idBevoegdGezag', 'oin.bevoegdGezag'], ['idAanleveraar', 'oin.aanleveraar']] as const) {
      const el = elements(doc, `/*/lvbb:${veld}`)[0]
      const waarde = el?.content.trim() ?? ''
      if (!el || !PLACEHOLDER_OIN.test(waarde)) continue
      // A validatieOpdracht is a trial run: the OIN only has to be real when the besluit is published.
      report({
        data: { veld: `${veld} in opdracht.xml`, waarde, sleutel, wat: 'het OIN (20 cijfers) uit het register van Logius' },
        at: placeOf(OPDRACHT, el),
        ...(isPublicatie(view) ? {} : { severity: 'waarschuwing' as const }),
      })
    }
  },
})

export const visie511 = defineRule({
  code: 'VISIE-511',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'Een AKN- of JOIN-identificatie noemt een ander bevoegd gezag dan maker/eindverantwoordelijke',
  message: (d) =>
    `${d.identificatie} noemt bevoegd gezag '${d.code}', maar het besluit is van ${d.eindverantwoordelijke}; ` +
    `maak de identificatie (in de tekst of visie.json "bevoegdGezag") gelijk aan '${d.verwacht}'.`,
  check(view, report) {
    let expected: string | undefined
    let owner = ''
    for (const file of view.withRole('besluit')) {
      const el = view.xml(file) ? elements(view.xml(file) as XmlDocument, '//data:BesluitMetadata/data:eindverantwoordelijke')[0] : undefined
      const tooi = el?.content.trim()
      if (tooi) {
        owner = tooi
        expected = tooi.split('/').pop()
        break
      }
    }
    if (!expected) return
    for (const w of works(view)) {
      const code = WORK.exec(w.value)?.[1]
      if (!code || code === expected) continue
      report({ data: { identificatie: w.value, code, eindverantwoordelijke: owner, verwacht: expected }, at: placeOf(w.file, w.el) })
    }
  },
})

export const visie512 = defineRule({
  code: 'VISIE-512',
  layer: 'lvbb',
  severity: 'blokkerend',
  title: 'datumBekendmaking ligt vóór de vaststelling van het besluit',
  message: (d) => `datumBekendmaking ${d.bekendmaking} (opdracht.xml) ligt vóór de vaststelling op ${d.vaststelling}; een besluit wordt pas na vaststelling bekendgemaakt.`,
  check(view, report) {
    const bekendmaking = datumBekendmaking(view)
    const day = bekendmaking ? dayNumber(bekendmaking.waarde) : undefined
    if (!bekendmaking || day === undefined) return
    for (const file of view.withRole('besluit')) {
      const doc = view.xml(file)
      if (!doc) continue
      for (const stap of elements(doc, '//data:Procedureverloop/data:procedurestappen/data:Procedurestap')) {
        if (elements(stap, 'data:soortStap')[0]?.content.trim() !== '/join/id/stop/procedure/stap_002') continue
        const el = elements(stap, 'data:voltooidOp')[0]
        const vaststelling = el?.content.trim() ?? ''
        const v = dayNumber(vaststelling)
        if (el && v !== undefined && day < v) report({ data: { bekendmaking: bekendmaking.waarde, vaststelling }, at: placeOf(file, el) })
      }
    }
  },
})
