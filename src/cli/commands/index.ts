/** The commands, in the order --help lists them. One file per command; each registers itself on the program. */
import type { CommandRegistration } from '../io.js'
import { registerBuild, registerIntrek, registerKennisgeving, registerProcedure } from './build.js'
import { registerDiff } from './diff.js'
import { registerInit } from './init.js'
import { registerParse } from './parse.js'
import { registerPreview } from './preview.js'
import { registerSchemas } from './schemas.js'
import { registerValidate } from './validate.js'
import { registerVerslag } from './verslag.js'

export const commands: readonly CommandRegistration[] = [
  registerBuild,
  registerValidate,
  registerDiff,
  registerIntrek,
  registerKennisgeving,
  registerProcedure,
  registerVerslag,
  registerParse,
  registerPreview,
  registerSchemas,
  registerInit,
]
