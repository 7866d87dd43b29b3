/**
 * What a wijziging contains when only the format of the text changes (issue 17): `npx tsx scripts/wijziging-formaten.ts
 * [dev|holdout|all] [ids…]`. Per corpus document v1 is built from raw.txt and v2 from the same document's document.pdf
 * as a wijziging of v1 (no edit at all): every action in its RegelingMutatie is a place where the two readers differ.
 * Prints per document the blocking findings, the GIO files delivered again and each action with a short reason:
 * `alinea` (paragraph boundaries differ), `tabel` (a table read differently), `structuur` (the same text as another
 * element: an unnumbered heading as Divisie in one, run-in Divisietekst kop in the other), `tekst` (words differ),
 * `weg`/`nieuw` (a whole element only the text / only the PDF has).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPackage } from '../src/build/index.js'
import { isBlocking } from '../src/model/index.js'
import { schemasBase } from '../test/support/material.js'
import { corpusDocuments } from '../test/corpus/score.js'

const args = process.argv.slice(2)
const set = (['dev', 'holdout', 'all'] as const).find((s) => args.includes(s)) ?? 'dev'
const only = args.filter((a) => !['dev', 'holdout', 'all'].includes(a))
const work = await mkdtemp(join(tmpdir(), 'visie-formaten-'))
try {
  for (const d of corpusDocuments(set)) {
    if (only.length > 0 && !only.includes(d.id)) continue
    const project = async (name: string, tekst: string, wijzigt?: string): Promise<string> => {
      const dir = join(work, d.id, name)
      await cp(d.dir, dir, { recursive: true })
      const config = JSON.parse(await readFile(join(dir, 'visie.json'), 'utf8')) as Record<string, unknown> & { werk: Record<string, string>; datums: Record<string, string> }
      config.tekst = tekst
      if (wijzigt !== undefined) {
        config.werk = { ...config.werk, besluit: `${config.werk.besluit ?? 'omgevingsvisie'}-wijziging-1`, doel: 'wijziging-1', versie: '2' }
        config.datums = { ...config.datums, vaststelling: '2026-09-17', ondertekening: '2026-09-17', bekendmaking: '2026-09-23' }
        config.idLevering = `${d.id}-wijziging-1`
        config.wijzigt = wijzigt
      }
      await writeFile(join(dir, 'visie.json'), JSON.stringify(config, null, 2))
      return dir
    }
    const v1 = await buildPackage(await project('v1', 'raw.txt'), { schemasDir: schemasBase() })
    if (!v1.zip) {
      console.log(`${d.id}\tv1 uit raw.txt blokkeert: ${[...new Set(v1.findings.filter(isBlocking).map((f) => f.code))].join(' ')}`)
      continue
    }
    await writeFile(join(work, d.id, 'v1.zip'), v1.zip)
    const v2 = await buildPackage(await project('v2', 'document.pdf', join(work, d.id, 'v1.zip')), { schemasDir: schemasBase(), force: true })
    const xml = Buffer.from(v2.files.find((f) => f.path === 'besluit.xml')?.bytes ?? []).toString('utf8')
    const found = [...xml.matchAll(/<(VervangKop|Vervang|VoegToe|Verwijder)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({ name: m[1] ?? '', content: m[3] ?? '' }))
    const plain = (c: string) => c.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
    const added = found.filter((a) => a.name === 'VoegToe').map((a) => plain(a.content))
    const removed = found.filter((a) => a.name === 'Verwijder').map((a) => plain(a.content))
    const acts = found.map((a) => {
      // A whole element removed or added: the same text on the other side is structure, otherwise text one reader lacks.
      if (a.name === 'Verwijder') return `${a.name}:${added.some((t) => t.includes(plain(a.content))) ? 'structuur' : reason(a.content, 'weg')}`
      if (a.name === 'VoegToe') return `${a.name}:${removed.some((t) => t.includes(plain(a.content))) ? 'structuur' : reason(a.content, 'nieuw')}`
      return `${a.name}:${reason(a.content, 'structuur')}`
    })
    const blocking = [...new Set(v2.findings.filter(isBlocking).map((f) => f.code))]
    const gios = v2.files.filter((f) => f.path.startsWith('GIO')).length
    console.log(`${d.id}\tacties ${acts.length}\tblokkerend ${blocking.join(' ') || '-'}\tGIO-bestanden ${gios}\t${acts.join(' ')}`)
  }
} finally {
  await rm(work, { recursive: true, force: true })
}

function reason(content: string, whole: string): string {
  if (/<(table|entry|Tabel)\b/.test(content)) return 'tabel'
  const words = (re: RegExp) => [...content.matchAll(re)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ' ')).join(' ').split(/\s+/).filter(Boolean)
  const weg = words(/<VerwijderdeTekst>([\s\S]*?)<\/VerwijderdeTekst>/g)
  const bij = [...words(/<NieuweTekst>([\s\S]*?)<\/NieuweTekst>/g), ...words(/wijzigactie="voegtoe"[^>]*>([\s\S]*?)<\/Al>/g)]
  if (weg.length + bij.length === 0) return whole
  return weg.join(' ') === bij.join(' ') ? 'alinea' : 'tekst'
}
