/**
 * What writers and passes may know besides the model: the configuration and what is derived from it.
 * Nothing here reads the clock, randomness, the environment or the locale (style.md "Determinism").
 */
import type { VisieConfig } from '../config/index.js'
import { frbrIds, type FrbrIds } from '../ids/frbr.js'

export interface BuildContext {
  readonly config: VisieConfig
  /** Absolute path of the project folder; relative paths in visie.json resolve against it. */
  readonly projectDir: string
  readonly ids: FrbrIds
  /** The source text's file name as findings should show it (`omgevingsvisie.txt`). */
  readonly sourceFile: string
}

export function createContext(config: VisieConfig, projectDir: string): BuildContext {
  return { config, projectDir, ids: frbrIds(config), sourceFile: config.tekst }
}
