/**
 * writeAanleveringBesluit: Document (after assignIds) + visie.json + GIOs → `besluit.xml`
 * (lvbba:AanleveringBesluit 1.2.0 with BesluitVersie and RegelingVersieInformatie, stop-lvbb.md §2.4, §4)
 * plus the image files its figures use. Blocking findings: bad identifiers (STOP1000–1014, LVBB2019–2021),
 * inwerkingtreding text ≠ visie.json (VISIE-310) or absent (VISIE-311), GIOs without ExtIoRef (LVBB3151),
 * WijzigArtikel without reference to the WijzigBijlage (LVBB4002), unusable images (LVBB1013, VISIE-303/304), in a
 * wijziging an image under the name of another one of the previous version (VISIE-917).
 * Not written: Toelichting/Motivering (the Assen text has none), tables, LiNummer (the model has no list
 * numbers, so a Lijst `expliciet` would fail STOP0002). Empty structure (a Divisie with only a Kop, like
 * Assen's 5.2) is written as the text has it; the Schematron layer reports it (STOP0058).
 */
import type { Document, Finding, Gio, PackageFile } from '../../model/index.js'
import { checkIdentifier } from '../../ids/akn-check.js'
import { workOf } from '../../ids/frbr.js'
import type { BuildContext } from '../../build/context.js'
import { writeBesluitCompact } from './besluit-compact.js'
import { findConsolidatie } from './consolidatie.js'
import {
  besluitMetadata, consolidatieInformatie, expressionIdentificatie, NS, procedureverloop, regelingVersieInformatie,
} from './metadata.js'
import { type MutatieResult, writeRegelingMutatie } from './mutatie.js'
export type { Wijziging as TekstWijziging } from './mutatie.js'
import { writeRegelingVrijetekst } from './regeling.js'
import type { WriteState } from './state.js'
import { el, inNs, serialize, type El } from './xml.js'

export const BESLUIT_BESTAND = 'besluit.xml'

/** A wijzigingsbesluit: the previous regeling as delivered, and the GIO works no longer used. */
export interface Wijziging {
  readonly vorige: El
  readonly was: string
  readonly vervallenGios: readonly string[]
  /** The previous version's images by file name (those the mutation shows on its old side are delivered again). */
  readonly afbeeldingen: ReadonlyMap<string, Uint8Array>
}

export function writeAanleveringBesluit(
  document: Document, ctx: BuildContext, gios: readonly Gio[], wijziging?: Wijziging,
): { files: PackageFile[]; findings: Finding[]; wijzigingen?: MutatieResult['wijzigingen'] } {
  const s: WriteState = { ctx, findings: [], images: new Map(), trace: new Map() }
  // A wijziging delivers (and names) only the GIO versions it brings; an unchanged GIO is only referenced.
  const expressions = wijziging ? gios.map((g) => g.expression) : informatieobjecten(document, gios)
  checkIdentifiers(ctx, expressions, s.findings)
  const b = document.besluit
  const regeling = b.wijzigBijlage.regeling
  const found = findConsolidatie(document, ctx, expressions, s.findings)
  let bijlage: El | undefined
  let wijzigingen: MutatieResult['wijzigingen'] | undefined
  let consolidatie = found
  if (wijziging) {
    const m = writeRegelingMutatie(wijziging.vorige, writeRegelingVrijetekst(regeling, s), {
      componentnaam: ctx.config.werk.componentnaam, was: wijziging.was, wordt: ctx.ids.regelingExpression,
    })
    s.findings.push(...m.findings)
    bijlage = m.mutatie
    wijzigingen = m.wijzigingen
    consolidatie = { ...found, intrekkingen: vervallen(m.mutatie, wijziging.vervallenGios, ctx.config.werk.componentnaam) }
  }
  const root = inNs(NS.lvbba, el('AanleveringBesluit', { schemaversie: ctx.config.standaarden.lvbb },
    el('BesluitVersie', {},
      expressionIdentificatie(ctx.ids.besluitWork, ctx.ids.besluitExpression, 'besluit'),
      besluitMetadata(ctx, b.opschrift, expressions),
      procedureverloop(ctx),
      consolidatieInformatie(ctx, consolidatie),
      inNs(NS.tekst, writeBesluitCompact(b, s, bijlage)),
    ),
    regelingVersieInformatie(ctx, regeling.opschrift, regeling.opschrift),
  ))
  const besluit: PackageFile = { path: BESLUIT_BESTAND, bytes: serialize(root), contentType: 'application/xml', trace: s.trace }
  const images = wijziging && bijlage ? mutatieImages(bijlage, s, wijziging.afbeeldingen) : [...s.images.values()]
  images.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
  return { files: [besluit, ...images], findings: s.findings, ...(wijzigingen ? { wijzigingen } : {}) }
}

/**
 * A wijziging delivers exactly the images its mutation shows (LVBB4038 "Subitems genoemd in de publicatie moeten
 * meegeleverd zijn en omgekeerd"): those of the new text, and those only the old side shows (a removed section's
 * figure, inside its Verwijder) again from the previous version. An image of the new text under a name the previous
 * version used for other bytes is VISIE-917: the LVBB would keep one file under one name.
 */
function mutatieImages(mutatie: El, s: WriteState, vorige: ReadonlyMap<string, Uint8Array>): PackageFile[] {
  const shown = illustraties(mutatie)
  const out: PackageFile[] = []
  for (const [naam, formaat] of shown) {
    const nieuw = s.images.get(naam)
    const oud = vorige.get(naam)
    if (nieuw) out.push(nieuw)
    else if (oud) out.push({ path: naam, bytes: oud, contentType: formaat })
  }
  for (const nieuw of s.images.values()) {
    const oud = vorige.get(nieuw.path)
    if (oud && !sameBytes(oud, nieuw.bytes)) {
      s.findings.push({
        code: 'VISIE-917', severity: 'blokkerend', layer: 'bron',
        message: `De afbeelding ${nieuw.path} heeft andere inhoud dan het bestand met die naam in de vorige versie; een wijziging kan een afbeelding niet onder dezelfde naam vervangen. Geef het nieuwe bestand een andere naam in visie.json "afbeeldingen".`,
        data: { bestand: nieuw.path },
      })
    }
  }
  return out
}

function illustraties(e: El, out = new Map<string, string>()): Map<string, string> {
  if (e.name === 'Illustratie' && e.attrs?.naam) out.set(e.attrs.naam, e.attrs.formaat ?? '')
  for (const c of e.children) if (typeof c !== 'string') illustraties(c, out)
  return out
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/**
 * Intrekking of each GIO work the new version no longer uses (BHKV1063): its eId is that of the ExtIoRef the mutation
 * removes (inside Verwijder, VerwijderdeTekst or an element with wijzigactie="verwijder").
 */
function vervallen(mutatie: El, works: readonly string[], componentnaam: string): { instrument: string; eId: string }[] {
  const removed = new Map<string, string>()
  const visit = (e: El, gone: boolean): void => {
    const weg = gone || e.name === 'Verwijder' || e.name === 'VerwijderdeTekst' || e.attrs?.wijzigactie === 'verwijder'
    if (weg && e.name === 'ExtIoRef' && e.attrs?.ref && e.attrs.eId) {
      const work = workOf(e.attrs.ref)
      if (!removed.has(work)) removed.set(work, e.attrs.eId)
    }
    for (const c of e.children) if (typeof c !== 'string') visit(c, weg)
  }
  visit(mutatie, false)
  return works.flatMap((w) => {
    const eId = removed.get(w)
    return eId ? [{ instrument: w, eId: `!${componentnaam}#${eId}` }] : []
  })
}

/**
 * The informatieobjecten of this besluit: the GIOs built (those are delivered: LVBB3504/3509) in the order of
 * Bijlage I; without GIOs (a text-only build) the expressions Bijlage I lists.
 */
function informatieobjecten(document: Document, gios: readonly Gio[]): string[] {
  const order = document.informatieobjecten.map((io) => io.expression)
  if (gios.length === 0) return [...new Set(order)]
  const built = new Set(gios.map((g) => g.expression))
  const inOrder = order.filter((e) => built.has(e))
  const rest = [...built].filter((e) => !order.includes(e)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  return [...new Set([...inOrder, ...rest])]
}

function checkIdentifiers(ctx: BuildContext, expressions: readonly string[], findings: Finding[]): void {
  const { ids } = ctx
  findings.push(
    ...checkIdentifier('besluit', ids.besluitWork, ids.besluitExpression, 'visie.json werk.besluit'),
    ...checkIdentifier('regeling', ids.regelingWork, ids.regelingExpression, 'visie.json werk.regeling'),
    ...checkIdentifier('doel', ids.doel, undefined, 'visie.json werk.doel'),
    ...expressions.flatMap((e) => checkIdentifier('informatieobject', workOf(e), e, 'Bijlage I')),
  )
}
