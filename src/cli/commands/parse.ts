/**
 * `visie parse SOURCE`: shows what the text reader understood (--format outline|json|md). Findings go to stderr in
 * Dutch with their line. Exit 0 nothing blocking, 1 blocking findings, 2 missing or non-text input.
 */
import { resolve } from 'node:path'
import { Option } from 'commander'
import { InputError } from '../../model/errors.js'
import { compareFindings, describeSource, isBlocking, type Document, type Finding } from '../../model/index.js'
import { NotRegularFile } from '../../config/project-files.js'
import type { CommandRegistration } from '../io.js'

type Format = 'outline' | 'json' | 'md'

/** The writer per format; loaded on use, so `visie --help` and the other commands start without the readers. */
async function writer(format: Format): Promise<(d: Document) => string> {
  const { writeMarkdown, writeOutline } = await import('../../parse/index.js')
  return { outline: writeOutline, json: (d: Document) => `${JSON.stringify(d, null, 2)}\n`, md: writeMarkdown }[format]
}

export const registerParse: CommandRegistration = (program, io, exit) => {
  program
    .command('parse')
    .description('toon wat visie las uit een omgevingsvisie met het besluit ervoor: een PDF, een Word-bestand (.docx), uit een PDF gehaalde tekst of de Markdown van --format md')
    .argument('<bron>', 'het document (.pdf, .docx, .txt of .md; het formaat volgt uit de inhoud): het besluit gevolgd door de bijlage met de visie')
    .addOption(new Option('--format <formaat>', 'uitvoer').choices(['outline', 'json', 'md']).default('outline'))
    .action(async (bron: string, options: { format: Format }) => {
      const source = await readSource(resolve(io.cwd, bron), bron)
      const { readDocument } = await import('../../read/index.js')
      const { formatSummary, summarize } = await import('../../parse/index.js')
      const { document, findings } = await readDocument(source.bytes, { file: bron, size: source.size })
      const sorted = [...findings].sort(compareFindings)
      for (const f of sorted) io.err(`${formatFinding(f)}\n`)
      if (sorted.some((f) => UNREAD.has(f.code))) {
        exit(2)
        return
      }
      io.out((await writer(options.format))(document))
      if (!findings.some((f) => f.code === 'VISIE-101')) io.err(formatSummary(summarize(document, findings), bron))
      exit(sorted.some(isBlocking) ? 1 : 0)
    })
}

/** Codes for a source that was not read at all (binary, too large, a line too long): exit 2 and no output. */
const UNREAD: ReadonlySet<string> = new Set(['VISIE-100', 'VISIE-151', 'VISIE-152'])

/** The file's bytes; never more than the size limit (readSourceFile). */
async function readSource(path: string, given: string): Promise<{ bytes: Uint8Array; size: number }> {
  const { readSourceFile } = await import('../../parse/index.js')
  try {
    return await readSourceFile(path)
  } catch (e) {
    if (e instanceof NotRegularFile) throw new InputError(`'${given}' is niet te lezen: ${e.message}.`)
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`bestand '${given}' bestaat niet.`)
    if (code === 'EISDIR') throw new InputError(`'${given}' is een map; geef een tekstbestand op.`)
    throw new InputError(`bestand '${given}' is niet te lezen (${code ?? 'onbekende fout'}).`)
  }
}

function formatFinding(f: Finding): string {
  const where = !f.source ? '' : f.source.page !== undefined || f.source.alinea !== undefined ? `${describeSource(f.source)}: ` : `${f.source.file}:${f.source.line}: `
  return `${where}${f.severity} ${f.code}: ${f.message}`
}
