/**
 * owRegelingsgebied + owLocaties content: the Regelingsgebied → Ambtsgebied, and per GIO one Gebiedengroep
 * (Lijnengroep, Puntengroep) with one Gebied (Lijn, Punt) per geometry, GeometrieRef = basisgeo:id
 * (imow-ow.md §5, TPOD2230/OZON0370: every geometry exactly one OW Locatie).
 */
import { bevoegdGezagInfo } from '../config/bevoegd-gezag.js'
import type { Gio, GioLocatie } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { hashLocal, owId, workLocal } from './ids.js'
import type { Ambtsgebied, Geometrielocatie, Locatiegroep, OwObject, Regelingsgebied } from './objects.js'

export interface Locaties {
  readonly regelingsgebied: readonly OwObject[]
  /** Ambtsgebied first, then per GIO (in the given order) its Gebieden and then its group(s). */
  readonly locaties: readonly OwObject[]
  readonly ambtsgebied: string
  /** GIO naam → the ids of its group(s); absent for a GIO without geometry. */
  readonly perGio: ReadonlyMap<string, readonly string[]>
}

const perGeometrie = {
  vlak: { type: 'Gebied', groep: 'Gebiedengroep' },
  lijn: { type: 'Lijn', groep: 'Lijnengroep' },
  punt: { type: 'Punt', groep: 'Puntengroep' },
} as const

export function buildLocaties(gios: readonly Gio[], ctx: BuildContext): Locaties {
  const { config, ids } = ctx
  const bg = config.bevoegdGezag
  const code = config.ow.ambtsgebied ?? bevoegdGezagInfo(bg)?.ambtsgebied ?? bg.toUpperCase()
  const ambtsgebied: Ambtsgebied = {
    type: 'Ambtsgebied',
    // Example: nl.imow-gm0106.ambtsgebied.<hash of regeling work + code>; unique per regeling (OZON0310).
    id: owId(bg, 'Ambtsgebied', hashLocal(`${ids.regelingWork}#ambtsgebied#${code}`)),
    noemer: config.naam,
    code,
    geldigOp: config.ow.geldigOp ?? config.datums.vaststelling,
  }
  const regelingsgebied: Regelingsgebied = {
    type: 'Regelingsgebied',
    id: owId(bg, 'Regelingsgebied', hashLocal(`${ids.regelingWork}#regelingsgebied`)),
    locatie: ambtsgebied.id,
  }

  const locaties: OwObject[] = [ambtsgebied]
  const perGio = new Map<string, string[]>()
  const emitted = new Set<string>()
  for (const gio of gios) {
    const groepen: string[] = []
    for (const soort of ['vlak', 'lijn', 'punt'] as const) {
      const members = gio.locaties.filter((l) => l.geometrie === soort)
      if (members.length === 0) continue
      const kind = perGeometrie[soort]
      const leden: string[] = []
      const inGroep = new Set<string>()
      for (const locatie of members) {
        const object = geometrielocatie(bg, kind.type, gio, locatie)
        // A geometry shared by two GIOs keeps one OW Locatie (OZON0370): the second group reuses it.
        if (!emitted.has(object.id)) {
          emitted.add(object.id)
          locaties.push(object)
        }
        if (!inGroep.has(object.id)) {
          inGroep.add(object.id)
          leden.push(object.id)
        }
      }
      const groep: Locatiegroep = { type: kind.groep, id: owId(bg, kind.groep, workLocal(gio.work)), noemer: gio.naam, leden }
      locaties.push(groep)
      groepen.push(groep.id)
    }
    if (groepen.length > 0) perGio.set(gio.naam, groepen)
  }
  return { regelingsgebied: [regelingsgebied], locaties, ambtsgebied: ambtsgebied.id, perGio }
}

function geometrielocatie(bg: string, type: Geometrielocatie['type'], gio: Gio, locatie: GioLocatie): Geometrielocatie {
  // Example: basisgeo:id 0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9 → nl.imow-gm0106.gebied.0f1e2d3c4b5a49788695a4b3c2d1e0f9
  const compact = locatie.basisgeoId.replace(/-/g, '')
  const local = /^[A-Za-z0-9]{1,32}$/.test(compact) ? compact : hashLocal(locatie.basisgeoId)
  return { type, id: owId(bg, type, local), noemer: locatie.naam ?? gio.naam, geometrie: locatie.basisgeoId }
}
