/**
 * The subitems a besluit names (tekst:Illustratie and tekst:InlineTekstAfbeelding, by @naam and @formaat) with their
 * place, for LVBB4038/4039. Computed once per view.
 */
import { perView, type PackageView } from '../view.js'
import { elements } from '../xml.js'
import { placeOf, type Place } from './besluit.js'

export interface Subitem {
  readonly naam: string
  readonly formaat?: string
  readonly at: Place
}

export const subitems: (view: PackageView) => readonly Subitem[] = perView((view) =>
  view.withRole('besluit').flatMap((file) => {
    const doc = view.xml(file)
    if (!doc) return []
    return elements(doc, '//tekst:Illustratie | //tekst:InlineTekstAfbeelding').map((el) => {
      const formaat = el.attr('formaat')?.value
      return { naam: el.attr('naam')?.value ?? '', ...(formaat ? { formaat } : {}), at: placeOf(file, el) }
    })
  }),
)
