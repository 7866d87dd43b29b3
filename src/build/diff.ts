/**
 * `visie diff VORIGE PROJECT`: what a wijziging changes, without building the package: the wijziging's writers run up
 * to the OW files and their results are summarised (headings changed, added, removed; paragraphs; GIOs; OW files).
 */
import { resolve } from 'node:path'
import { loadConfig } from '../config/index.js'
import type { Verplaatsing } from '../ids/versies.js'
import type { Finding } from '../model/index.js'
import type { TekstWijziging } from '../stop/besluit/index.js'
import { createContext } from './context.js'
import { runSteps, wijziging } from './index.js'

export interface VersieVerschil {
  readonly tekst: readonly TekstWijziging[]
  readonly verplaatst: readonly Verplaatsing[]
  readonly gios: {
    readonly nieuw: readonly string[]
    readonly gewijzigd: readonly { readonly naam: string; readonly was: string; readonly wordt: string }[]
    readonly ongewijzigd: readonly string[]
    readonly vervallen: readonly string[]
  }
  /** OW files the wijziging delivers, with the object types in each. */
  readonly ow: readonly { readonly bestand: string; readonly objecttypen: readonly string[] }[]
  readonly findings: readonly Finding[]
}

export async function diffVersies(vorige: string, projectDir: string, options: { geo?: string } = {}): Promise<VersieVerschil> {
  const config = await loadConfig(projectDir)
  const ctx = createContext(config, resolve(projectDir))
  const { state } = await runSteps(wijziging, ctx, { wijzigt: vorige, ...(options.geo ? { geo: options.geo } : {}) })
  const oud = new Map((state.vorige?.gios ?? []).map((g) => [g.work, g]))
  const delivered = new Set(state.gios.map((g) => g.work))
  return {
    tekst: state.wijzigingen ?? [],
    verplaatst: state.verplaatst ?? [],
    gios: {
      nieuw: state.gios.filter((g) => !oud.has(g.work)).map((g) => g.naam),
      gewijzigd: state.gios.flatMap((g) => {
        const o = oud.get(g.work)
        return o ? [{ naam: g.naam, was: o.expression, wordt: g.expression }] : []
      }),
      ongewijzigd: (state.alleGios ?? []).filter((g) => !delivered.has(g.work)).map((g) => g.naam),
      vervallen: (state.vervallenGios ?? []).map((w) => oud.get(w)?.naam ?? w),
    },
    ow: state.files.flatMap((f) => (f.ow ? [{ bestand: f.path, objecttypen: f.ow.objecttypen }] : [])),
    findings: state.findings,
  }
}
