/**
 * The LVBB's rules on a besluit's regelingversies and ConsolidatieInformatie (Validaties-LVBB-STOP-BHKV.md):
 * LVBB4032 every AKN @wordt of a mutation is the instrumentVersie of a BeoogdeRegeling and the other way round;
 * LVBB4033 every @wordt is the FRBRExpression of a RegelingVersieInformatie and the other way round; LVBB4040 a new
 * regeling (a @wordt without @was) has RegelingMetadata; LVBB4005 the regeling's work has 'act' as its third part;
 * LVBB4500 no Terugtrekkingen; LVBB4803 one doel per besluit; LVBB3518/3519 a definitive besluit of a decentral
 * bevoegd gezag gives its informatieobjecten and regelingversies a juridischWerkendVanaf.
 */
import type { XmlElement } from 'libxml2-wasm'
import { defineRule, type FindingData, type Rule } from '../rule.js'
import type { PackageView } from '../view.js'
import { elements, text } from '../xml.js'
import { placeOf, type Place } from './besluit.js'

export interface Besluit {
  readonly file: string
  /** The Artikelen and WijzigArtikelen of the besluit's own Lichaam (not of a regeling in a WijzigBijlage). */
  readonly artikelen: readonly { readonly soort: 'Artikel' | 'WijzigArtikel'; readonly eId: string; readonly wId: string; readonly label: string; readonly at: Place }[]
  /** Elements with an AKN @wordt (RegelingVrijetekst, RegelingCompact, RegelingMutatie, …). */
  readonly wordt: readonly { readonly value: string; readonly was?: string; readonly at: Place }[]
  readonly beoogdeRegelingen: readonly { readonly value: string; readonly at: Place }[]
  readonly versies: readonly { readonly value: string; readonly work: string; readonly metadata: boolean; readonly at: Place; readonly workAt: Place }[]
  readonly doelen: readonly { readonly value: string; readonly at: Place }[]
  readonly terugtrekkingen: readonly Place[]
  readonly juridischWerkend: ReadonlySet<string>
  readonly definitief: boolean
  readonly decentraal: boolean
  readonly beoogd: readonly { readonly soort: 'regeling' | 'informatieobject'; readonly value: string; readonly doelen: readonly string[]; readonly at: Place }[]
}

export function besluiten(view: PackageView): Besluit[] {
  return view.withRole('besluit').flatMap((file) => {
    const doc = view.xml(file)
    if (!doc) return []
    const at = (el: XmlElement) => placeOf(file, el)
    const wordt = elements(doc, '//*[@wordt]')
      .filter((el) => (el.attr('wordt')?.value ?? '').trim().startsWith('/akn/'))
      .map((el) => {
        const was = el.attr('was')?.value.trim()
        return { value: (el.attr('wordt')?.value ?? '').trim(), ...(was ? { was } : {}), at: at(el) }
      })
    const beoogdeRegelingen = elements(doc, '//data:ConsolidatieInformatie/data:BeoogdeRegelgeving/data:BeoogdeRegeling/data:instrumentVersie').map((el) => ({
      value: el.content.trim(),
      at: at(el),
    }))
    const versies = elements(doc, '//lvbba:RegelingVersieInformatie').flatMap((rvi) => {
      const expr = elements(rvi, 'data:ExpressionIdentificatie/data:FRBRExpression')[0]
      const work = elements(rvi, 'data:ExpressionIdentificatie/data:FRBRWork')[0]
      if (!expr) return []
      return [{ value: expr.content.trim(), work: work?.content.trim() ?? '', metadata: elements(rvi, 'data:RegelingMetadata').length > 0, at: at(rvi), workAt: at(work ?? expr) }]
    })
    const doelen = elements(doc, '//data:ConsolidatieInformatie//data:doel').map((el) => ({ value: el.content.trim(), at: at(el) }))
    const terugtrekkingen = elements(doc, '//data:ConsolidatieInformatie/data:Terugtrekkingen').map(at)
    const juridischWerkend = new Set(
      elements(doc, '//data:ConsolidatieInformatie/data:Tijdstempels/data:Tijdstempel')
        .filter((ts) => text(ts, 'data:soortTijdstempel') === 'juridischWerkendVanaf')
        .map((ts) => text(ts, 'data:doel') ?? ''),
    )
    const beoogd = elements(doc, '//data:ConsolidatieInformatie/data:BeoogdeRegelgeving/*').flatMap((b) => {
      const iv = elements(b, 'data:instrumentVersie')[0]
      if (!iv) return []
      const soort = b.name === 'BeoogdeRegeling' ? ('regeling' as const) : b.name === 'BeoogdInformatieobject' ? ('informatieobject' as const) : undefined
      return soort ? [{ soort, value: iv.content.trim(), doelen: elements(b, 'data:doelen/data:doel').map((d) => d.content.trim()), at: at(iv) }] : []
    })
    const artikelen = elements(doc, '//tekst:BesluitCompact/tekst:Lichaam//*[self::tekst:Artikel or self::tekst:WijzigArtikel]').map((el) => ({
      soort: el.name === 'WijzigArtikel' ? ('WijzigArtikel' as const) : ('Artikel' as const),
      eId: el.attr('eId')?.value ?? '',
      wId: el.attr('wId')?.value ?? '',
      label: [text(el, 'tekst:Kop/tekst:Label'), text(el, 'tekst:Kop/tekst:Nummer')].filter(Boolean).join(' '),
      at: at(el),
    }))
    const procedure = text(doc, '//data:BesluitMetadata/data:soortProcedure') ?? ''
    const eindverantwoordelijke = text(doc, '//data:BesluitMetadata/data:eindverantwoordelijke') ?? ''
    return [{
      file, artikelen, wordt, beoogdeRegelingen, versies, doelen, terugtrekkingen, juridischWerkend, beoogd,
      definitief: procedure.endsWith('proceduretype_definitief'),
      decentraal: /^\/tooi\/id\/(gemeente|provincie|waterschap)\//.test(eindverantwoordelijke),
    }]
  })
}

function besluitRule(code: string, title: string, message: (d: FindingData) => string, check: (b: Besluit, report: (data: FindingData, at: Place) => void) => void): Rule {
  return defineRule({
    code,
    layer: 'lvbb',
    severity: 'blokkerend',
    dependsOn: ['besluit'],
    title,
    message,
    check(view, report) {
      for (const b of besluiten(view)) check(b, (data, at) => report({ data, at }))
    },
  })
}

export const lvbb4032 = besluitRule(
  'LVBB4032',
  'wordt-versie van een mutatie en instrumentVersie van een BeoogdeRegeling verschillen',
  (d) =>
    d.kant === 'wordt'
      ? `De regelingversie ${d.expressie} (@wordt) staat niet als instrumentVersie in een BeoogdeRegeling van de ConsolidatieInformatie.`
      : `BeoogdeRegeling ${d.expressie} is geen @wordt van een regeling of mutatie in het besluit.`,
  (b, report) => {
    const beoogd = new Set(b.beoogdeRegelingen.map((r) => r.value))
    const wordt = new Set(b.wordt.map((w) => w.value))
    for (const w of b.wordt) if (!beoogd.has(w.value)) report({ expressie: w.value, kant: 'wordt' }, w.at)
    for (const r of b.beoogdeRegelingen) if (r.value.startsWith('/akn/') && !wordt.has(r.value)) report({ expressie: r.value, kant: 'beoogd' }, r.at)
  },
)

export const lvbb4033 = besluitRule(
  'LVBB4033',
  'wordt-versie van een mutatie en FRBRExpression van een RegelingVersieInformatie verschillen',
  (d) =>
    d.kant === 'wordt'
      ? `De regelingversie ${d.expressie} (@wordt) heeft geen RegelingVersieInformatie met die FRBRExpression.`
      : `RegelingVersieInformatie ${d.expressie} is geen @wordt van een regeling of mutatie in het besluit.`,
  (b, report) => {
    const versies = new Set(b.versies.map((v) => v.value))
    const wordt = new Set(b.wordt.map((w) => w.value))
    for (const w of b.wordt) if (!versies.has(w.value)) report({ expressie: w.value, kant: 'wordt' }, w.at)
    for (const v of b.versies) if (!wordt.has(v.value)) report({ expressie: v.value, kant: 'versie' }, v.at)
  },
)

export const lvbb4040 = besluitRule(
  'LVBB4040',
  'Nieuwe regeling zonder RegelingMetadata',
  (d) => `Het besluit stelt regeling ${d.expressie} nieuw vast (@wordt zonder @was), maar haar RegelingVersieInformatie heeft geen RegelingMetadata.`,
  (b, report) => {
    const nieuw = new Set(b.wordt.filter((w) => w.was === undefined).map((w) => w.value))
    for (const v of b.versies) if (nieuw.has(v.value) && !v.metadata) report({ expressie: v.value }, v.at)
  },
)

export const lvbb4005 = besluitRule(
  'LVBB4005',
  "AKN van de regeling heeft niet 'act' als derde veld",
  (d) => `De regeling ${d.werk} heeft '${d.veld}' als derde veld; de AKN van een regeling heeft 'act' (/akn/nl/act/…).`,
  (b, report) => {
    for (const v of b.versies) {
      const veld = v.work.split('/')[3] ?? ''
      if (v.work.startsWith('/akn/') && veld !== 'act') report({ werk: v.work, veld }, v.workAt)
    }
  },
)

export const lvbb4500 = besluitRule(
  'LVBB4500',
  'Terugtrekkingen in de ConsolidatieInformatie',
  () => 'De ConsolidatieInformatie bevat Terugtrekkingen; de LVBB staat terugtrekkingen niet toe.',
  (b, report) => {
    for (const at of b.terugtrekkingen) report({}, at)
  },
)

export const lvbb4803 = besluitRule(
  'LVBB4803',
  'Besluit met meer dan één doel',
  (d) => `De ConsolidatieInformatie noemt doel ${d.doel} naast ${d.eerste}; een besluit heeft één doel.`,
  (b, report) => {
    const eerste = b.doelen[0]?.value
    const gemeld = new Set<string>()
    for (const d of b.doelen) {
      if (d.value === eerste || gemeld.has(d.value)) continue
      gemeld.add(d.value)
      report({ doel: d.value, eerste: eerste ?? '' }, d.at)
    }
  },
)

/** The regelingversies and informatieobjecten of a definitive decentral besluit without juridischWerkendVanaf (LVBB3518/3519). */
export function zonderJuridischWerkend(b: Besluit): Besluit['beoogd'] {
  if (!b.definitief || !b.decentraal) return []
  return b.beoogd.filter((x) => !x.doelen.some((d) => b.juridischWerkend.has(d)))
}

function juridischWerkendRule(code: string, soort: 'regeling' | 'informatieobject'): Rule {
  const wat = soort === 'regeling' ? 'regelingversie' : 'informatieobject'
  return besluitRule(
    code,
    `Definitief besluit: ${wat} zonder juridischWerkendVanaf`,
    (d) => `Het definitieve besluit stelt ${wat} ${d.expressie} vast, maar geen Tijdstempel juridischWerkendVanaf hoort bij zijn doel (${d.doelen}).`,
    (b, report) => {
      for (const x of zonderJuridischWerkend(b)) if (x.soort === soort) report({ expressie: x.value, doelen: x.doelen.join(', ') }, x.at)
    },
  )
}

export const lvbb3518 = juridischWerkendRule('LVBB3518', 'informatieobject')
export const lvbb3519 = juridischWerkendRule('LVBB3519', 'regeling')
