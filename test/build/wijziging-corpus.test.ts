/**
 * The wijzigingsbesluit on corpus documents (issue 17): a province (c11, pv21) and a gemeente (c13, gm0014), read
 * from their DOCX (headings numbered by Word's numbering, tables in the body). v1 is built by visie; v2 edits the DOCX
 * the way an editor would (word/document.xml rewritten here): a sentence changed, words inserted and removed in a
 * list item, a heading renamed, a section added, one moved to another chapter (Word renumbers it), one removed, a
 * list item removed, a table cell changed. Expected: 0 blocking findings from every layer (XSD, STOP and LVBB
 * Schematron, LVBB, OW), `validate --vorige` applies it (VISIE-914), and the mutation applied by an independent
 * applier (test/build/mutatie-applier.ts) gives exactly the text and eIds of v2 built as a first version, while its
 * renvooi gives back exactly v1. Then the same edits made in the text (raw.txt) give the same mutation as in the DOCX.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { isBlocking } from '../../src/model/index.js'
import { packageFromFiles, readPackage } from '../../src/package/read.js'
import { checkRenvooi } from '../../src/validate/renvooi.js'
import { corpusDir } from '../corpus/score.js'
import { schemasDir } from '../support/shared.js'
import { type DocxEdit, editDocx } from './docx-edit.js'
import { type Elem, type Node, apply, find, ids, isEl, oldSides, parse, text } from './mutatie-applier.js'

interface Corpus {
  readonly id: string
  readonly docx: readonly DocxEdit[]
  /** The same edits in raw.txt (without the table cell: the text reader has no tables), for the DOCX = text check. */
  readonly tekst?: (t: string) => string
}

const c13: Corpus = {
  id: 'c13',
  docx: [
    { zet: 'tienduizenden woningen', in: 'Tot 2040 bouwen we', wordt: 'ruim twintigduizend woningen' },
    { zet: 'we planten bomen langs de belangrijkste routes;', in: 'we planten bomen', wordt: 'we planten inheemse bomen langs alle routes;' },
    { zet: 'Werken', in: 'Werken', wordt: 'Werken en ondernemen' },
    { voegIn: [{ stijl: 'Heading2', tekst: 'Water' }, { stijl: 'TextBody', tekst: 'We geven water meer ruimte in de stad, met wadi’s, groene daken en open water in nieuwe wijken.' }], voor: 'Mobiliteit' },
    { verwijder: ['langs het Reitdiep naar het noordelijk landschap;'] },
    { verwijder: ['Van The Next City naar deze visie', 'Vijf opgaven'] },
    { verplaats: ['Uitwerking', 'Bijlage Geografische informatieobjecten'], voor: 'Vijf opgaven' },
    { zet: 'hoog fietsgebruik, drukke routes', in: 'hoog fietsgebruik, drukke routes', wordt: 'zeer hoog fietsgebruik, drukke routes' },
  ],
  tekst: (t) => {
    // An editor of the text leaves out the page headers and footers the PDF extraction left in (`pag. 3`): the reader
    // drops them from v1 as furniture, but among moved lines they would no longer repeat at page breaks.
    let out = t.split('\n').filter((l) => !/\bpag\. \d+\b/.test(l)).join('\n')
      .replace('tienduizenden woningen', 'ruim twintigduizend woningen')
      .replace(' we planten bomen langs de belangrijkste routes;', ' we planten inheemse bomen langs alle routes;')
      .replace('3.2 Werken\n', '3.2 Werken en ondernemen\n')
      .replace('4.2 Mobiliteit\n', '4.2 Water\nWe geven water meer ruimte in de stad, met wadi’s, groene daken en open water in nieuwe wijken.\n4.3 Mobiliteit\n')
      .replace('o langs het Reitdiep naar het noordelijk landschap;\n', '')
    out = cut(out, '1.2 Van The Next City naar deze visie\n', '2 Vijf opgaven\n').rest
    const moved = cut(out, '5.1 Uitwerking\n', 'Bijlage Geografische informatieobjecten\n')
    return moved.rest.replace('2 Vijf opgaven\n', `${moved.block.replace('5.1 Uitwerking', '1.2 Uitwerking')}2 Vijf opgaven\n`)
  },
}

const c11: Corpus = {
  id: 'c11',
  docx: [
    { zet: 'met ingang van 1 mei 2026.', in: 'Dit besluit treedt in werking', wordt: 'met ingang van 1 oktober 2026.' },
    { zet: 'door inbreiding.', in: 'Woningbouw vindt vooral plaats', wordt: 'door inbreiding en herstructurering.' },
    { zet: ': met kennis, subsidies en netwerken.', in: 'stimuleren:', wordt: ': met kennis en netwerken van de provincie.' },
    { zet: 'Recreatie en evenementen', in: 'Recreatie en evenementen', wordt: 'Recreatie, toerisme en evenementen' },
    { voegIn: [{ stijl: 'Heading2', tekst: 'Klimaatadaptatie' }, { stijl: 'TextBody', tekst: 'We bereiden Fryslân voor op meer neerslag, droogte en een stijgende zeespiegel.' }], voor: 'Landschappen' },
    { verwijder: ['de mienskip heeft kunnen meedenken en meedoen;'] },
    { verwijder: ['Waddengebied', 'Uitvoering'] },
    { verplaats: ['Monitoring', 'Bijlage A – Begrippen'], voor: 'Opgaven' },
    { zet: 'Open kleilandschap', in: 'Open kleilandschap', wordt: 'Weids open kleilandschap' },
  ],
}

function cut(t: string, start: string, end: string): { block: string; rest: string } {
  const a = t.indexOf(start)
  const b = t.indexOf(end, a + 1)
  if (a < 0 || b < 0) throw new Error(`niet gevonden: ${start} … ${end}`)
  return { block: t.slice(a, b), rest: t.slice(0, a) + t.slice(b) }
}

/** The corpus project as v1, or as the wijziging of `vorige` (undefined: the new text as a first version). */
async function project(dir: string, c: Corpus, bron: 'bron.docx' | 'raw.txt', stand: 'v1' | 'v2', vorige?: string): Promise<void> {
  await cp(join(corpusDir, c.id), dir, { recursive: true })
  const config = JSON.parse(await readFile(join(dir, 'visie.json'), 'utf8')) as Record<string, unknown> & { werk: Record<string, string> }
  config.tekst = bron
  if (stand === 'v2') {
    if (bron === 'bron.docx') await editDocx(join(dir, 'bron.docx'), c.docx)
    else await writeFile(join(dir, 'raw.txt'), (c.tekst as (t: string) => string)(await readFile(join(dir, 'raw.txt'), 'utf8')))
    config.werk = { ...config.werk, besluit: `${config.werk.besluit ?? 'omgevingsvisie'}-wijziging-1`, doel: 'wijziging-1', versie: '2' }
    config.datums = { vaststelling: '2026-09-17', ondertekening: '2026-09-17', bekendmaking: '2026-09-23', inwerkingtreding: '2026-10-01' }
    config.idLevering = `${c.id}-wijziging-1`
    if (vorige !== undefined) config.wijzigt = vorige
  }
  await writeFile(join(dir, 'visie.json'), JSON.stringify(config, null, 2))
}

/** An element as written, attributes sorted, whitespace between elements left out: to compare two mutations. */
function markup(n: Node): string {
  if (!isEl(n)) return n.text.replace(/\s+/g, ' ')
  const attrs = Object.entries(n.attrs).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => ` ${k}="${v}"`).join('')
  return `<${n.name}${attrs}>${n.children.map(markup).join('')}</${n.name}>`.replace(/>\s+</g, '><')
}

const besluitOf = (r: BuildResult): Elem => parse(r.files.find((f) => f.path === 'besluit.xml')?.bytes ?? new Uint8Array())
const regelingOf = (r: BuildResult): Elem => find(besluitOf(r), (e) => e.name === 'RegelingVrijetekst') as Elem
const mutatieOf = (r: BuildResult): Elem => find(besluitOf(r), (e) => e.name === 'RegelingMutatie') as Elem
const blocking = (r: BuildResult): string[] => r.findings.filter(isBlocking).map((f) => `${f.code} ${f.message.slice(0, 140)}`)

const work = await mkdtemp(join(tmpdir(), 'visie-wijziging-corpus-'))
afterAll(() => rm(work, { recursive: true, force: true }))

for (const c of [c11, c13]) {
  describe(`wijziging of corpus document ${c.id} (DOCX)`, () => {
    let v1: BuildResult
    let v2: BuildResult
    let v2Initieel: BuildResult
    beforeAll(async () => {
      const dir = join(work, c.id)
      await project(join(dir, 'v1'), c, 'bron.docx', 'v1')
      v1 = await buildPackage(join(dir, 'v1'), { schemasDir: schemasDir() })
      await writeFile(join(dir, 'v1.zip'), v1.zip as Buffer)
      await project(join(dir, 'v2'), c, 'bron.docx', 'v2', join(dir, 'v1.zip'))
      v2 = await buildPackage(join(dir, 'v2'), { schemasDir: schemasDir() })
      await project(join(dir, 'v2-initieel'), c, 'bron.docx', 'v2')
      v2Initieel = await buildPackage(join(dir, 'v2-initieel'), { schemasDir: schemasDir() })
    }, 300_000)

    test('v1 and v2 build with 0 blocking findings from every layer; v2 is a RegelingMutatie', () => {
      expect(blocking(v1)).toEqual([])
      expect(blocking(v2)).toEqual([])
      expect(v2.zip).toBeDefined()
      expect(mutatieOf(v2)).toBeDefined()
    })

    test('every kind of edit is in the mutation: VervangKop, Vervang in renvooi (text, list item, table cell), VoegToe, a move, Verwijder', () => {
      const acts = mutatieOf(v2).children.filter(isEl)
      const kinds = new Set(acts.map((a) => (a.name === 'Vervang' && a.attrs.context !== undefined ? 'verplaats' : a.name)))
      expect([...kinds].sort()).toEqual(['Vervang', 'VervangKop', 'Verwijder', 'VoegToe', 'verplaats'])
      const all = text(acts)
      expect(all).toMatch(/<entry><Al>(<VerwijderdeTekst>[^<]*<\/VerwijderdeTekst>)?<NieuweTekst>[^<]+<\/NieuweTekst>/)
      expect(find(mutatieOf(v2), (e) => e.name === 'Li' && e.attrs.wijzigactie === 'verwijder')).toBeDefined()
      expect(all).toMatch(/<Li>(<LiNummer>[^<]*<\/LiNummer>)?<Al>[^<]*(<VerwijderdeTekst>|<NieuweTekst>)/)
    })

    test('applied independently, the mutation gives exactly the text and the eIds of v2; the renvooi gives back exactly v1', () => {
      const old = regelingOf(v1)
      const result = apply(old, mutatieOf(v2))
      const expected = regelingOf(v2Initieel)
      const body = (r: Elem) => text(r.children.filter((x) => !isEl(x) || x.name !== 'RegelingOpschrift'))
      expect(body(result)).toBe(body(expected))
      const eIds = (r: Elem) => ids(r).map((x) => x.split('=')[1])
      expect(eIds(result)).toEqual(eIds(expected))
      for (const [recovered, original] of oldSides(old, mutatieOf(v2))) expect(recovered).toBe(original)
    })

    test('validate --vorige: the mutation applies to v1 (VISIE-914)', async () => {
      const vorige = await readPackage(join(work, c.id, 'v1.zip'))
      const pkg = packageFromFiles('v2.zip', v2.files.map((f) => ({ name: f.path, bytes: f.bytes })))
      expect(checkRenvooi(pkg, vorige).map((f) => f.code)).toEqual(['VISIE-914'])
    })
  })
}

describe('the same wijziging read from the text and from the DOCX (c13)', () => {
  test('gives the same RegelingMutatie (every edit but the table cell: the text reader reads no tables)', async () => {
    const dir = join(work, 'c13-tekst')
    const built: Record<string, BuildResult> = {}
    for (const bron of ['raw.txt', 'bron.docx'] as const) {
      const edits = bron === 'bron.docx' ? { ...c13, docx: c13.docx.filter((e) => !('zet' in e && e.zet.startsWith('hoog fietsgebruik'))) } : c13
      await project(join(dir, bron, 'v1'), edits, bron, 'v1')
      const v1 = await buildPackage(join(dir, bron, 'v1'), { schemasDir: schemasDir() })
      await writeFile(join(dir, bron, 'v1.zip'), v1.zip as Buffer)
      await project(join(dir, bron, 'v2'), edits, bron, 'v2', join(dir, bron, 'v1.zip'))
      built[bron] = await buildPackage(join(dir, bron, 'v2'), { schemasDir: schemasDir() })
      expect(blocking(built[bron] as BuildResult)).toEqual([])
    }
    const acts = (r: BuildResult) => mutatieOf(r).children.filter(isEl).map(markup)
    const tekst = acts(built['raw.txt'] as BuildResult)
    const docx = acts(built['bron.docx'] as BuildResult)
    expect(tekst.length).toBeGreaterThanOrEqual(7)
    expect(tekst).toEqual(docx)
  }, 300_000)
})
