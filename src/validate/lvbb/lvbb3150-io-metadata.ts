/**
 * The LVBB's rules on an informatieobject's own metadata (Validaties-LVBB-STOP-BHKV.md):
 * LVBB3150 a TeConsolideren IO has a heeftGeboorteregeling and another IO has none; LVBB3510 that geboorteregeling is a
 * regeling of the besluit; LVBB3513 an IO of a new work has InformatieObjectMetadata (a new work: its GML has no
 * geo:wasID, so it does not continue an earlier version); LVBB3900 no two IOs of the delivery share an expression.
 */
import { entryHead } from '../layer.js'
import { defineRule } from '../rule.js'
import type { PackageView } from '../view.js'
import { elements } from '../xml.js'
import { placeOf, stopSide, type Place } from './besluit.js'

export const lvbb3150 = defineRule({
  code: 'LVBB3150',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'Geboorteregeling past niet bij de publicatieinstructie van het informatieobject',
  message: (d) =>
    d.teConsolideren
      ? `${d.io} is TeConsolideren maar heeft geen heeftGeboorteregeling; een te consolideren informatieobject noemt de regeling waarin het ontstaat.`
      : `${d.io} is ${d.instructie} maar heeft een heeftGeboorteregeling; alleen een te consolideren informatieobject heeft er een.`,
  check(view, report) {
    for (const io of ioMetadata(view)) {
      if (!io.instructie) continue
      const teConsolideren = io.instructie === 'TeConsolideren'
      if (teConsolideren === (io.geboorteregeling !== undefined)) continue
      report({ data: { io: io.file, instructie: io.instructie, teConsolideren }, at: io.geboorteregelingAt ?? io.instructieAt ?? io.at })
    }
  },
})

export const lvbb3510 = defineRule({
  code: 'LVBB3510',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['besluit', 'eigen'],
  title: 'Geboorteregeling van een informatieobject is geen regeling van het besluit',
  message: (d) => `${d.io} heeft geboorteregeling ${d.geboorteregeling}, maar het besluit stelt die regeling niet vast of wijzigt haar niet (regelingen: ${d.regelingen}).`,
  check(view, report) {
    const regelingen = besluitRegelingen(view)
    if (regelingen.size === 0) return
    for (const io of ioMetadata(view)) {
      if (io.geboorteregeling === undefined || regelingen.has(io.geboorteregeling)) continue
      report({ data: { io: io.file, geboorteregeling: io.geboorteregeling, regelingen: [...regelingen].join(', ') }, at: io.geboorteregelingAt ?? io.at })
    }
  },
})

export const lvbb3513 = defineRule({
  code: 'LVBB3513',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'Informatieobject van een nieuw werk zonder InformatieObjectMetadata',
  message: (d) => `${d.io} levert een nieuw werk (${d.werk}; de GML '${d.gml}' heeft geen geo:wasID) maar heeft geen InformatieObjectMetadata.`,
  check(view, report) {
    for (const io of ioMetadata(view)) {
      if (io.metadata || !io.work) continue
      const gml = io.gml ? view.file(io.gml) : undefined
      if (!gml || new TextDecoder().decode(entryHead(gml)).includes('wasID')) continue
      report({ data: { io: io.file, werk: io.work, gml: io.gml ?? '' }, at: io.at })
    }
  },
})

export const lvbb3900 = defineRule({
  code: 'LVBB3900',
  layer: 'lvbb',
  severity: 'blokkerend',
  dependsOn: ['eigen'],
  title: 'Twee informatieobjecten met dezelfde expressie',
  message: (d) => `${d.io} heeft expressie ${d.expressie}, net als ${d.eerder}; de expressie van een informatieobject is uniek.`,
  check(view, report) {
    const first = new Map<string, string>()
    for (const io of stopSide(view).informatieobjecten) {
      if (!io.expression) continue
      const eerder = first.get(io.expression)
      if (eerder === undefined) first.set(io.expression, io.file)
      else report({ data: { io: io.file, expressie: io.expression, eerder }, at: io.expressionAt })
    }
  },
})

interface IoMetadata {
  readonly file: string
  readonly work?: string
  readonly at: Place
  readonly instructie?: string
  readonly instructieAt?: Place
  readonly geboorteregeling?: string
  readonly geboorteregelingAt?: Place
  readonly metadata: boolean
  readonly gml?: string
}

function ioMetadata(view: PackageView): IoMetadata[] {
  return stopSide(view).informatieobjecten.flatMap((io) => {
    const doc = view.xml(io.file)
    if (!doc) return []
    const instructie = elements(doc, '//data:InformatieObjectMetadata/data:publicatieinstructie')[0]
    const geboorte = elements(doc, '//data:InformatieObjectVersieMetadata/data:heeftGeboorteregeling')[0]
    const gml = io.bestanden.find((b) => /\.gml$/i.test(b.naam))?.naam
    return [{
      file: io.file,
      ...(io.work ? { work: io.work } : {}),
      at: io.expressionAt,
      ...(instructie ? { instructie: instructie.content.trim(), instructieAt: placeOf(io.file, instructie) } : {}),
      ...(geboorte ? { geboorteregeling: geboorte.content.trim(), geboorteregelingAt: placeOf(io.file, geboorte) } : {}),
      metadata: elements(doc, '//data:InformatieObjectMetadata').length > 0,
      ...(gml ? { gml } : {}),
    }]
  })
}

/** The regeling works a package's besluit sets or changes: its RegelingVersieInformatie and the works of @wordt. */
export function besluitRegelingen(view: PackageView): ReadonlySet<string> {
  const out = new Set<string>()
  for (const file of view.withRole('besluit')) {
    const doc = view.xml(file)
    if (!doc) continue
    for (const w of elements(doc, '//lvbba:RegelingVersieInformatie/data:ExpressionIdentificatie/data:FRBRWork')) out.add(w.content.trim())
    for (const el of elements(doc, '//*[@wordt]')) {
      const wordt = el.attr('wordt')?.value.trim() ?? ''
      const at = wordt.indexOf('@')
      if (wordt.startsWith('/akn/') && at > 0) out.add(wordt.slice(0, wordt.lastIndexOf('/', at)))
    }
  }
  return out
}
