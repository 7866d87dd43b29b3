/**
 * writeAanleveringBesluit: Document (after assignIds) + visie.json + GIOs → `besluit.xml`
 * (lvbba:AanleveringBesluit 1.2.0 with BesluitVersie and RegelingVersieInformatie, stop-lvbb.md §2.4, §4)
 * plus the image files its figures use. Blocking findings: bad identifiers (STOP1000–1014, LVBB2019–2021),
 * inwerkingtreding text ≠ visie.json (VISIE-310) or absent (VISIE-311), GIOs without ExtIoRef (LVBB3151),
 * WijzigArtikel without reference to the WijzigBijlage (LVBB4002), unusable images (LVBB1013, VISIE-303/304).
 * Not written: Toelichting/Motivering (the Assen text has none), tables, LiNummer (the model has no list
 * numbers, so a Lijst `expliciet` would fail STOP0002). Empty structure (a Divisie with only a Kop, like
 * Assen's 5.2) is written as the text has it; the Schematron layer reports it (STOP0058).
 */
import type { Document, Finding, Gio, PackageFile } from '../../model/index.js'
import { checkIdentifier } from '../../ids/akn-check.js'
import { workOf } from '../../ids/frbr.js'
import type { BuildContext } from '../../package/context.js'
import { writeBesluitCompact } from './besluit-compact.js'
import { findConsolidatie } from './consolidatie.js'
import {
  besluitMetadata, consolidatieInformatie, expressionIdentificatie, NS, procedureverloop, regelingVersieInformatie,
} from './metadata.js'
import type { WriteState } from './state.js'
import { el, inNs, serialize } from './xml.js'

export const BESLUIT_BESTAND = 'besluit.xml'

export function writeAanleveringBesluit(
  document: Document, ctx: BuildContext, gios: readonly Gio[],
): { files: PackageFile[]; findings: Finding[] } {
  const s: WriteState = { ctx, findings: [], images: new Map(), trace: new Map() }
  const expressions = informatieobjecten(document, gios)
  checkIdentifiers(ctx, expressions, s.findings)
  const b = document.besluit
  const regeling = b.wijzigBijlage.regeling
  const consolidatie = findConsolidatie(document, ctx, expressions, s.findings)
  const root = inNs(NS.lvbba, el('AanleveringBesluit', { schemaversie: ctx.config.standaarden.lvbb },
    el('BesluitVersie', {},
      expressionIdentificatie(ctx.ids.besluitWork, ctx.ids.besluitExpression, 'besluit'),
      besluitMetadata(ctx, b.opschrift, expressions),
      procedureverloop(ctx),
      consolidatieInformatie(ctx, consolidatie),
      inNs(NS.tekst, writeBesluitCompact(b, s)),
    ),
    regelingVersieInformatie(ctx, regeling.opschrift, regeling.opschrift),
  ))
  const besluit: PackageFile = { path: BESLUIT_BESTAND, bytes: serialize(root), contentType: 'application/xml', trace: s.trace }
  const images = [...s.images.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
  return { files: [besluit, ...images], findings: s.findings }
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
