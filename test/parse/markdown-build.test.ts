/**
 * The Markdown repair route end to end: a project made by `visie init` whose text is the hand-written
 * fixtures/opmaak.md (emphasis, nested and numbered lists, tables) builds through the real pipeline, passes every
 * validation layer (XSD and the official STOP/LVBB Schematron included) with 0 blocking findings, writes the
 * constructs as STOP expects them, gives every Divisietekst (also one holding a table) its OW Tekstdeel, and the
 * preview renders them.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main } from '../../src/cli/index.js'
import type { Io } from '../../src/cli/io.js'
import { isBlocking } from '../../src/model/index.js'
import { type BuildResult, buildPackage } from '../../src/build/index.js'
import { writePreview } from '../../src/preview/index.js'
import { runSchematron } from '../../src/validate/schematron/index.js'
import { schemasDir, sharedDir } from '../support/shared.js'

const fixture = readFileSync(new URL('./fixtures/opmaak.md', import.meta.url), 'utf8')
let work: string
let result: BuildResult

const file = (name: string): string => Buffer.from(result.files.find((f) => f.path === name)?.bytes ?? []).toString('utf8')
/** The innermost element `name` (with its nested namesakes) whose XML contains `text`; '' when none does. */
function elementWith(xml: string, name: string, text: string): string {
  let found = ''
  const open = new RegExp(`<${name}[ >/]`, 'gu')
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const tags = new RegExp(`<(/?)${name}[ >/]`, 'gu')
    tags.lastIndex = m.index + 1
    let depth = 1
    let end = xml.length
    for (let t = tags.exec(xml); t; t = tags.exec(xml)) {
      depth += t[1] === '/' ? -1 : 1
      if (depth === 0) {
        end = xml.indexOf('>', t.index) + 1
        break
      }
    }
    const element = xml.slice(m.index, end)
    if (element.includes(text)) found = element
  }
  return found
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'visie-md-build-'))
  const io: Io = { out: () => {}, err: () => {}, tty: false, cwd: work, env: {} }
  expect(await main(['node', 'visie', 'init', 'proef', '--bevoegd-gezag', 'gm0757', '--naam', 'Gemeente Boxtel'], io)).toBe(0)
  const project = join(work, 'proef')
  // the fixture names the GIO and the inwerkingtreding as of one day; init writes today's
  const expression = /\/join\/id\/regdata\/\S+/u.exec(await readFile(join(project, 'omgevingsvisie.txt'), 'utf8'))?.[0] as string
  const config = JSON.parse(await readFile(join(project, 'visie.json'), 'utf8'))
  const [jaar, maand, dag] = (config.datums.inwerkingtreding as string).split('-')
  const text = fixture.replace(/\/join\/id\/regdata\/[^`]+/u, expression).replace('12-12-2026', `${dag}-${maand}-${jaar}`)
  await writeFile(join(project, 'omgevingsvisie.md'), text)
  await writeFile(join(project, 'visie.json'), JSON.stringify({ ...config, tekst: 'omgevingsvisie.md' }))
  result = await buildPackage(project, { schemasDir: schemasDir() })
}, 120_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('a package built from the Markdown fixture', () => {
  test('passes every layer (XSD, STOP/LVBB Schematron, LVBB, OW) without blocking findings', () => {
    expect(result.findings.filter(isBlocking)).toEqual([])
    expect(result.zip).toBeDefined()
    // the schema layers ran: no "schemas missing"
    expect(result.findings.map((f) => f.code)).not.toContain('VISIE-001')
  })

  test('the official Schematron reads what we wrote: without LiNummer STOP0002, a wrong column count STOP0037/38', () => {
    const besluit = file('besluit.xml')
    const codes = (text: string) => runSchematron([{ name: 'besluit.xml', text }], { schemasDir: sharedDir() }).map((f) => f.code)
    expect(codes(besluit)).toEqual([])
    expect(new Set(codes(besluit.replace(/<LiNummer>[^<]*<\/LiNummer>/gu, '')))).toEqual(new Set(['STOP0002']))
    expect(new Set(codes(besluit.replace('cols="3"', 'cols="4"')))).toEqual(new Set(['STOP0037', 'STOP0038']))
  })

  test('emphasis is b/i/sub/sup/u inside Al, and no Markdown syntax reaches the besluit', () => {
    const besluit = file('besluit.xml')
    expect(elementWith(besluit, 'Al', 'Een alinea met')).toBe(
      '<Al>Een alinea met <b>vette tekst</b>, <i>cursieve tekst</i>, <b>ook vet</b>, <i>ook cursief</i> en <b>vet met <i>cursief</i> erin</b>.</Al>',
    )
    expect(elementWith(besluit, 'Al', 'water is')).toContain('water is H<sub>2</sub>O, een plein van 400 m<sup>2</sup> en <u>onderstreept</u> mag ook.')
    // the GIO link is an IntIoRef to the ExtIoRef of Bijlage I
    const extIoRef = /<ExtIoRef [^>]*wId="([^"]+)"/u.exec(besluit)?.[1]
    expect(elementWith(besluit, 'Al', 'water is')).toMatch(new RegExp(`^<Al>Het <IntIoRef [^>]*ref="${extIoRef}"[^>]*>visiegebied</IntIoRef> staat in <IntRef ref="[^"]+">Bijlage I</IntRef>; water is`, 'u'))
    expect(elementWith(besluit, 'Al', 'geen opmaak')).toBe('<Al>Tekens die hier geen opmaak zijn: 5 * 3, een _losse_ underscore, [haken], `backticks` en &lt;b&gt;.</Al>')
    expect(besluit).toContain('<Al><b>Een alinea die helemaal vet is.</b></Al>')
    expect(besluit).toContain('<Opschrift>Een kop binnen de tekst</Opschrift>')
    const text = (elementWith(besluit, 'Lichaam', 'Opmaak') + elementWith(besluit, 'Aanhef', 'Boxtel')).replace(/<[^>]*>/gu, '')
    expect(text).toContain('vette tekst')
    expect(text).not.toMatch(/\*\*|__|\| ?---|\]\(#|<\/?(?:sup|u)>/u)
  })

  test('numbered items are Lijst expliciet with LiNummer, bullets ongemarkeerd without, nesting inside the Li', () => {
    const besluit = file('besluit.xml')
    const stappen = elementWith(besluit, 'Lijst', 'stap een')
    expect(stappen).toMatch(/^<Lijst [^>]*type="expliciet"/u)
    expect([...stappen.matchAll(/<LiNummer>([^<]*)<\/LiNummer>/gu)].map((m) => m[1])).toEqual(['1.', '2.', 'a)', 'b)', '3.'])
    // the a)/b) list sits in the Li of "stap twee", after its Al
    expect(stappen.replace(/ (?:eId|wId)="[^"]*"/gu, '').replace(/>\s+</gu, '><')).toContain(
      '<Li><LiNummer>2.</LiNummer><Al>stap twee</Al><Lijst type="expliciet"><Li><LiNummer>a)</LiNummer><Al>deelstap a</Al></Li>',
    )
    const punten = elementWith(besluit, 'Lijst', 'eerste punt')
    expect(punten).toMatch(/^<Lijst [^>]*type="ongemarkeerd"/u)
    expect(punten.split('<Lijst').length - 1).toBe(3) // itself, the nested bullets, the deep numbered list
    expect(punten.slice(0, punten.indexOf('diep genummerd'))).not.toContain('<LiNummer>a')
    expect(punten).toContain('<LiNummer>1.</LiNummer>')
    expect(elementWith(besluit, 'Lijst', 'vierde')).toContain('<LiNummer>4)</LiNummer>')
    expect(elementWith(besluit, 'Lijst', 'gewoon punt')).not.toContain('LiNummer')
    expect(elementWith(besluit, 'Considerans', 'Overwegende')).toContain('<LiNummer>b)</LiNummer>')
  })

  test('GFM tables are CALS tables: colspecs, thead from the header row, entries with Al and emphasis', () => {
    const table = elementWith(file('besluit.xml'), 'table', 'Thema').replace(/>\s+</gu, '><')
    expect(table).toMatch(/^<table eId="[^"]+" wId="[^"]+" frame="all" colsep="1" rowsep="1"><tgroup cols="3" align="left">/u)
    expect(table.match(/<colspec /gu)).toHaveLength(3)
    expect(table).toContain('<thead valign="top"><row><entry colname="col1"><Al>Thema</Al></entry><entry colname="col2"><Al>Ambitie</Al></entry>')
    expect(table).toContain('<entry colname="col2"><Al><b>1.000</b> woningen erbij</Al></entry>')
    expect(table).toContain('<entry colname="col1"><Al>Mobiliteit | OV</Al></entry><entry colname="col2"><Al>snelle lijnen</Al></entry><entry colname="col3"/></row>')
    expect(table.match(/<row>/gu)).toHaveLength(4)
    const zonderKop = elementWith(file('besluit.xml'), 'table', 'Tabel zonder kop')
    expect(zonderKop).not.toContain('<thead')
  })

  test('every Divisietekst of the lichaam, also one holding a table, has its OW Tekstdeel', () => {
    const besluit = elementWith(file('besluit.xml'), 'Lichaam', 'Opmaak')
    const divisieteksten = [...besluit.matchAll(/<Divisietekst [^>]*wId="([^"]+)"/gu)].map((m) => m[1] as string)
    const withTable = [...besluit.matchAll(/<Divisietekst [^>]*wId="([^"]+)"[^>]*>(?:(?!<\/Divisietekst>)[\s\S])*<table /gu)].map((m) => m[1])
    expect(withTable).toHaveLength(2)
    const ow = file('owDivisies.xml')
    for (const wId of divisieteksten) {
      const identificatie = new RegExp(`<vt:Divisietekst wId="${wId}">\\s*<vt:identificatie>([^<]+)<`, 'u').exec(ow)?.[1]
      expect(identificatie, wId).toBeDefined()
      expect(ow, wId).toMatch(new RegExp(`<vt:Tekstdeel>(?:(?!</vt:Tekstdeel>)[\\s\\S])*<vt:DivisietekstRef xlink:href="${identificatie}"/>`, 'u'))
    }
  })

  test('the preview shows the tables, the emphasis and the numbered and nested lists', () => {
    const html = writePreview({ source: 'proef.zip', entries: result.files.map((f) => ({ name: f.path, bytes: f.bytes })), findings: [] }, [])
    expect(html).toContain('<b>1.000</b> woningen erbij')
    expect(html).toMatch(/<th scope="col"><p>Thema<\/p><\/th>|<th scope="col">Thema<\/th>/u)
    expect(html).toContain('<i>cursief</i>')
    expect(html).toMatch(/<ol [^>]*class="lijst lijst-expliciet"/u)
    expect(html).toContain('<span class="linummer">a)</span>')
    expect(html).toMatch(/<ul [^>]*class="lijst lijst-ongemarkeerd"(?:(?!<\/ul>)[\s\S])*<ul /u)
  })
})
