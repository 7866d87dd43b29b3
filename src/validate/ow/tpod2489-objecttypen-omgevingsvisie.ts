/**
 * TPOD2489 "Als soortRegeling = 'Omgevingsvisie' dan mogen alleen objecttypen uit de volgende lijst voorkomen"
 * (list copied by hand from Validaties-TPOD.md) and TPOD2504, the allowed Gebiedsaanwijzing types for an
 * omgevingsvisie (all of TypeGebiedsaanwijzing except beperkingengebied, bouw and functie).
 */
import { defineRule } from '../rule.js'
import { owSide } from './objects.js'

/** STOP soortRegeling of an omgevingsvisie (stop-lvbb.md §0.3). */
export const OMGEVINGSVISIE = '/join/id/stop/regelingtype_006'

const allowedTypes = new Set([
  'Regelingsgebied', 'Ambtsgebied', 'Divisie', 'Divisietekst', 'Tekstdeel', 'Gebiedsaanwijzing', 'Hoofdlijn', 'Punt', 'Lijn', 'Gebied',
  'Puntengroep', 'Lijnengroep', 'Gebiedengroep', 'Geometrie', 'Kaart', 'Kaartlaag', 'SymbolisatieItem',
])

const TYPE_PREFIX = 'http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/'
const notForVisie = new Set(['Beperkingengebied', 'Bouw', 'Functie'])

export const tpod2489 = defineRule({
  code: 'TPOD2489',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'OW-objecttype dat een omgevingsvisie niet mag hebben',
  message: (d) => `${d.type} ${d.identificatie} is in een omgevingsvisie niet toegestaan (TPOD2489 staat alleen vrijetekst-, locatie-, kaart- en gebiedsaanwijzingobjecten toe).`,
  check(view, report) {
    const side = owSide(view)
    if (side.stop.soortRegeling !== OMGEVINGSVISIE) return
    for (const o of side.objects) if (!allowedTypes.has(o.type)) report({ data: { type: o.type, identificatie: o.identificatie }, at: o.at })
  },
})

export const tpod2504 = defineRule({
  code: 'TPOD2504',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Type Gebiedsaanwijzing dat een omgevingsvisie niet mag gebruiken',
  message: (d) => `Gebiedsaanwijzing ${d.identificatie} heeft type ${d.typeTerm}; een omgevingsvisie mag beperkingengebied, bouw en functie niet gebruiken.`,
  check(view, report) {
    const side = owSide(view)
    if (side.stop.soortRegeling !== OMGEVINGSVISIE) return
    for (const o of side.objects) {
      const type = o.type === 'Gebiedsaanwijzing' ? o.values.get('type')?.[0] : undefined
      const term = type?.value.startsWith(TYPE_PREFIX) ? type.value.slice(TYPE_PREFIX.length) : undefined
      if (type && term && notForVisie.has(term)) report({ data: { identificatie: o.identificatie, typeTerm: term }, at: type.at })
    }
  },
})
