/**
 * What writers and passes may know besides the model: the configuration and what is derived from it.
 * Nothing here reads the clock, randomness, the environment or the locale (style.md "Determinism").
 * An ontwerp, a kennisgeving or a delivery to another LVBB environment is the same configuration seen differently
 * (`leveringConfig`): its own besluit work, dates, idLevering and OINs, so the writers need not know the procedure.
 */
import type { VisieConfig } from '../config/index.js'
import { frbrIds, type FrbrIds } from '../ids/frbr.js'
import { InputError } from '../model/index.js'

/** Which delivery of the procedure is built (product.md §2): each gets its own idLevering. */
export type Levering = 'besluit' | 'ontwerp' | 'kennisgeving' | 'procedure'

/** The LVBB environment the package is for (`--omgeving`); absent: visie.json's own OINs and idLevering. */
export type Omgeving = 'pre' | 'prod'

export interface BuildContext {
  /** How this delivery sees visie.json (leveringConfig): its besluit work, dates, idLevering, OINs. */
  readonly config: VisieConfig
  /** visie.json as written, for a delivery that names another (a kennisgeving names its besluit). */
  readonly visie: VisieConfig
  /** Absolute path of the project folder; relative paths in visie.json resolve against it. */
  readonly projectDir: string
  readonly ids: FrbrIds
  /** The source text's file name as findings should show it (`omgevingsvisie.txt`). */
  readonly sourceFile: string
  /** 'ontwerp': an ontwerpbesluit (proceduretype_ontwerp, no Tijdstempels, OW procedurestatus ontwerp). */
  readonly fase: 'ontwerp' | 'vaststelling'
  readonly levering: Levering
  readonly omgeving?: Omgeving
  /**
   * Images the reader took from the source (a PDF's or DOCX's figures, visie.json `illustraties`), keyed by their
   * caption's line: a Figuur there without an image in `afbeeldingen` gets this one; `inches`: the width the source draws it at,
   * when it says so. Set by the step that reads the text.
   */
  readonly illustraties?: ReadonlyMap<number, { readonly naam: string; readonly bytes: Uint8Array; readonly inches?: number }>
}

export interface ContextOptions {
  readonly levering?: Levering
  readonly omgeving?: Omgeving
}

export function createContext(config: VisieConfig, projectDir: string, options: ContextOptions = {}): BuildContext {
  const levering = options.levering ?? (config.fase === 'ontwerp' ? 'ontwerp' : 'besluit')
  const seen = leveringConfig(config, levering, options.omgeving)
  return {
    config: seen,
    visie: config,
    projectDir,
    ids: frbrIds(seen),
    sourceFile: config.tekst,
    fase: levering === 'ontwerp' ? 'ontwerp' : 'vaststelling',
    levering,
    ...(options.omgeving ? { omgeving: options.omgeving } : {}),
  }
}

/**
 * visie.json as one delivery sees it. An ontwerp: besluit work `<besluit>-ontwerp` (or ontwerp.besluit) and the
 * ontwerp's dates; the regeling work and the doel stay those of the vastgestelde besluit (the ontwerp proposes a
 * version of the same regeling). idLevering: `<idLevering>-<levering>` except for the besluit itself, then the
 * environment's scheme (`{idLevering}`, `{soort}`) and OINs.
 */
export function leveringConfig(config: VisieConfig, levering: Levering, omgeving?: Omgeving): VisieConfig {
  let seen = config
  if (levering === 'ontwerp') {
    const o = config.ontwerp
    if (!o) throw new InputError('Voor het ontwerpbesluit is in visie.json de sleutel "ontwerp" nodig met datums.vaststelling, datums.ondertekening en datums.bekendmaking.')
    seen = {
      ...seen,
      werk: { ...seen.werk, besluit: o.besluit ?? `${seen.werk.besluit}-ontwerp` },
      datums: { ...seen.datums, vaststelling: o.datums.vaststelling, ondertekening: o.datums.ondertekening, bekendmaking: o.datums.bekendmaking },
    }
  }
  if (levering === 'kennisgeving' || levering === 'procedure') {
    const bekendmaking = levering === 'kennisgeving' ? config.kennisgeving?.bekendmaking : config.procedure?.bekendmaking
    if (!bekendmaking) {
      throw new InputError(`Voor ${levering === 'kennisgeving' ? 'de kennisgeving' : 'de procedurestappen'} is in visie.json ${levering}.bekendmaking nodig (JJJJ-MM-DD).`)
    }
    seen = { ...seen, datums: { ...seen.datums, bekendmaking } }
  }
  const eigen = levering === 'besluit' ? config.idLevering : `${config.idLevering}-${levering}`
  const env = omgeving ? config.omgevingen?.[omgeving] : undefined
  if (omgeving && !env) {
    throw new InputError(`visie.json heeft geen omgevingen.${omgeving}; voeg die toe (OIN's en idLevering) of laat --omgeving weg.`)
  }
  const idLevering = env ? env.idLevering.split('{idLevering}').join(eigen).split('{soort}').join(levering) : eigen
  if (!/^[0-9A-Za-z][0-9A-Za-z_-]{1,79}$/.test(idLevering)) {
    throw new InputError(`De idLevering '${idLevering}' (uit omgevingen.${omgeving ?? ''}.idLevering) is ongeldig: alleen letters, cijfers, _ en -, hooguit 80 tekens.`)
  }
  return { ...seen, idLevering, ...(env?.oin ? { oin: env.oin } : {}) }
}
