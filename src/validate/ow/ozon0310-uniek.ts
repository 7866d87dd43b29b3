/**
 * OZON's checks on what one delivery holds (imow-ow.md §4, the OZON validatiematrix):
 * OZON0010 an sl:objectType that is no OW object type; OZON0090 every Divisie/Divisietekst has a Tekstdeel;
 * OZON0225 a LocatieRef names a Locatie (gebied, gebiedengroep, lijn, lijnengroep, punt, puntengroep, ambtsgebied);
 * OZON0310 identificaties are unique; OZON0331 a Gebiedsaanwijzing names a Locatie once; OZON0340/0341/0342/0346 a
 * Tekstdeel names a Hoofdlijn / Locatie / Gebiedsaanwijzing / Kaart once; OZON0372 a Gebiedengroep names a Gebied once.
 */
import { defineRule, type Rule } from '../rule.js'
import { owObjectTypes } from './lvbb1025-manifest-ow-objecttype.js'
import { isMutatie, owSide } from './objects.js'

export const ozon0010 = defineRule({
  code: 'OZON0010',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'sl:objectType is geen OW-objecttype',
  message: (d) => `${d.bestand} noemt in sl:objectTypen '${d.type}', maar dat is geen OW-objecttype.`,
  check(view, report) {
    for (const f of owSide(view).files) {
      for (const type of f.objectTypen) if (!owObjectTypes.includes(type)) report({ data: { bestand: f.file, type }, at: f.at })
    }
  },
})

export const ozon0090 = defineRule({
  code: 'OZON0090',
  layer: 'ow',
  severity: 'blokkerend',
  dependsOn: ['ow'],
  title: 'Divisie of Divisietekst zonder Tekstdeel',
  message: (d) => `${d.type} ${d.identificatie} heeft geen Tekstdeel dat ernaar verwijst; elke Divisie en Divisietekst heeft er minstens één.`,
  check(view, report) {
    // A wijziging delivers only what changes: the Tekstdeel may stay with the earlier version.
    if (isMutatie(view)) return
    const side = owSide(view)
    const used = new Set(side.objects.filter((o) => o.type === 'Tekstdeel').flatMap((o) => o.refs.filter((r) => r.kind === 'DivisieRef' || r.kind === 'DivisietekstRef').map((r) => r.href)))
    for (const o of side.objects) {
      if ((o.type === 'Divisie' || o.type === 'Divisietekst') && o.values.get('status')?.[0]?.value !== 'beëindigen' && !used.has(o.identificatie)) {
        report({ data: { type: o.type, identificatie: o.identificatie }, at: o.at })
      }
    }
  },
})

const LOCATIES = ['gebied', 'gebiedengroep', 'lijn', 'lijnengroep', 'punt', 'puntengroep', 'ambtsgebied']

export const ozon0225 = defineRule({
  code: 'OZON0225',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'LocatieRef verwijst naar iets anders dan een Locatie',
  message: (d) => `${d.type} ${d.identificatie} verwijst met LocatieRef naar '${d.doel}', een ${d.doeltype}; een LocatieRef wijst naar een ${LOCATIES.join(', ')}.`,
  check(view, report) {
    for (const o of owSide(view).objects) {
      for (const r of o.refs) {
        if (r.kind !== 'LocatieRef') continue
        const doeltype = /^nl\.imow-[a-z]+\d+\.([a-z]+)\./.exec(r.href)?.[1]
        if (doeltype && !LOCATIES.includes(doeltype)) report({ data: { type: o.type, identificatie: o.identificatie, doel: r.href, doeltype }, at: r.at })
      }
    }
  },
})

export const ozon0310 = defineRule({
  code: 'OZON0310',
  layer: 'ow',
  severity: 'blokkerend',
  title: 'Twee OW-objecten met dezelfde identificatie',
  message: (d) => `${d.type} ${d.identificatie} heeft dezelfde identificatie als een ${d.eerderType} in ${d.eerderBestand} (regel ${d.eerderRegel}); een identificatie is uniek.`,
  check(view, report) {
    const side = owSide(view)
    for (const o of side.objects) {
      const first = side.byId.get(o.identificatie)
      if (!first || first === o || o.identificatie === '') continue
      report({ data: { type: o.type, identificatie: o.identificatie, eerderType: first.type, eerderBestand: first.at.file, eerderRegel: first.at.line }, at: o.at })
    }
  },
})

function onceRule(code: string, from: string, kind: string, label: string): Rule {
  return defineRule({
    code,
    layer: 'ow',
    severity: 'blokkerend',
    title: `${from} noemt dezelfde ${label} meer dan eens`,
    message: (d) => `${from} ${d.identificatie} noemt ${label} '${d.doel}' meer dan eens; elke ${label} staat er één keer in.`,
    check(view, report) {
      for (const o of owSide(view).objects) {
        if (o.type !== from) continue
        const seen = new Set<string>()
        for (const r of o.refs) {
          if (r.kind !== kind) continue
          if (seen.has(r.href)) report({ data: { identificatie: o.identificatie, doel: r.href }, at: r.at })
          seen.add(r.href)
        }
      }
    },
  })
}

export const ozon0331 = onceRule('OZON0331', 'Gebiedsaanwijzing', 'LocatieRef', 'Locatie')
export const ozon0340 = onceRule('OZON0340', 'Tekstdeel', 'HoofdlijnRef', 'Hoofdlijn')
export const ozon0341 = onceRule('OZON0341', 'Tekstdeel', 'LocatieRef', 'Locatie')
export const ozon0342 = onceRule('OZON0342', 'Tekstdeel', 'GebiedsaanwijzingRef', 'Gebiedsaanwijzing')
export const ozon0346 = onceRule('OZON0346', 'Tekstdeel', 'KaartRef', 'Kaart')
export const ozon0372 = onceRule('OZON0372', 'Gebiedengroep', 'GebiedRef', 'Gebied')
