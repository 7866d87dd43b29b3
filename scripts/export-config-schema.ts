/** Writes schemas/visie.schema.json (the editor schema for visie.json) from the zod schema in src/config. */
import { writeFile } from 'node:fs/promises'
import { configJsonSchema } from '../src/config/index.js'

await writeFile(new URL('../schemas/visie.schema.json', import.meta.url), `${JSON.stringify(configJsonSchema(), null, 2)}\n`)
