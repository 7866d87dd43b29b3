/** Loading visie.json: read, parse, validate with zod; errors become an InputError with Dutch messages. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { InputError } from '../model/errors.js'
import { visieConfig, type VisieConfig } from './schema.js'

export { visieConfig, type VisieConfig, type VisieConfigInput } from './schema.js'
export type { OwConfig } from './ow.js'

export async function loadConfig(projectDir: string): Promise<VisieConfig> {
  const file = join(projectDir, 'visie.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new InputError(`Kan ${file} niet lezen: een projectmap heeft een visie.json nodig (zie 'visie init').`)
  }
  return parseConfig(text, file)
}

export function parseConfig(text: string, file = 'visie.json'): VisieConfig {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError(`${file} is geen geldige JSON: ${(e as Error).message}`)
  }
  const result = visieConfig.safeParse(json)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(hoofdniveau)'}: ${dutchIssue(i)}`)
    throw new InputError(`${file} klopt niet:\n${lines.join('\n')}`)
  }
  return result.data
}

function dutchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${issue.keys.join(', ')}`
    case 'invalid_type':
      return `verwacht ${issue.expected}`
    default:
      return issue.message
  }
}

/** The JSON Schema for editors (draft 2020-12), from the same zod schema. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(visieConfig, { io: 'input' })
}
