/**
 * The one signature of the build pipeline (product.md §4): a writer reads the state so far and returns what it adds
 * (files, findings, or a new document/context/GIOs). An initial besluit, a wijzigingsbesluit and an intrekking are
 * lists of writers (index.ts); the runner adds opdracht, manifest, validation and the ZIP to each.
 */
import type { Document, Finding, Gio, PackageFile } from '../model/index.js'
import type { ReadSummary } from '../parse/summary.js'
import type { Verplaatsing } from '../ids/versies.js'
import type { TekstWijziging } from '../stop/besluit/index.js'
import type { OpdrachtSoort } from '../stop/opdracht.js'
import type { BuildContext, Omgeving } from './context.js'
import type { Vorige } from './vorige.js'

export type BuildStep = 'lezen' | 'vorige versie' | 'tekst' | 'identificaties' | "GIO's" | 'besluit' | 'OW' | 'pakket' | 'valideren' | 'zip'

export interface BuildOptions {
  /** Geometry override (`--geo FILE`), relative to the working directory. */
  readonly geo?: string
  readonly opdracht?: OpdrachtSoort
  /** Installed schema set; when absent the xsd and schematron layers are skipped (with a waarschuwing). */
  readonly schemasDir?: string
  /** Progress per step, with its duration in ms; `detail` for sub-progress (GIO i of n). */
  readonly onStep?: (step: BuildStep, ms: number, detail?: string) => void
  /**
   * Go on and zip the package despite blocking findings (`--force`): the ZIP shows what the text gives, it is not
   * deliverable. Only a source that was not read at all (not text, too large, empty) stops the build even then.
   */
  readonly force?: boolean
  /** Today (JJJJ-MM-DD) for the date rules, exactly as `visie validate` gets it; absent: only their format is checked. */
  readonly vandaag?: string
  /** The previous version (`--wijzigt VORIGE`, absolute): build a wijzigingsbesluit against it. */
  readonly wijzigt?: string
  /** With `wijzigt`: build the besluit that withdraws it (`visie intrek VORIGE`). */
  readonly intrek?: boolean
  /** Not a besluit: the kennisgeving (`visie kennisgeving`) or the procedure steps (`visie procedure`). */
  readonly levering?: 'kennisgeving' | 'procedure'
  /** Build the ontwerpbesluit (`visie build --ontwerp`), whatever visie.json's `fase` says. */
  readonly ontwerp?: boolean
  /** The LVBB environment (`--omgeving`): its OINs and idLevering scheme from visie.json `omgevingen`. */
  readonly omgeving?: Omgeving
  /** `--cache DIR`: validation findings of unchanged files kept by content hash (src/validate/cache.ts). */
  readonly cache?: string
}

export interface BuildState {
  readonly ctx: BuildContext
  readonly options: BuildOptions
  /** The text as model; after `identificeer` with eId/wId (kept from the previous version in a wijziging). */
  readonly document?: Document
  /** The GIOs this package delivers. */
  readonly gios: readonly Gio[]
  /** Every GIO the new version uses, delivered or not (OW Locaties refer to all of them). */
  readonly alleGios?: readonly Gio[]
  /** GIO works of the previous version that the new one no longer uses. */
  readonly vervallenGios?: readonly string[]
  readonly vorige?: Vorige
  /** The vastgestelde besluit after an ontwerp: the ontwerp package as delivered (visie.json ontwerp.pakket). */
  readonly ontwerp?: Vorige
  /** A wijziging: what the RegelingMutatie does, and the sections matched elsewhere (moved: removed and added). */
  readonly wijzigingen?: readonly TekstWijziging[]
  readonly verplaatst?: readonly Verplaatsing[]
  readonly files: readonly PackageFile[]
  readonly findings: readonly Finding[]
  /** What the reader understood of the source (printed after the report). */
  readonly gelezen?: ReadSummary
}

export type StepOutput = Partial<Omit<BuildState, 'options'>>

export interface Writer {
  readonly step: BuildStep
  /** Stop here (no package) when blocking findings exist after this step. */
  readonly haltOnBlocking?: boolean
  run(state: BuildState): Promise<StepOutput> | StepOutput
}
