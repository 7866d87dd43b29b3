/**
 * Corpus generator, Word variant of session 13 (test/corpus/word/w19 … w24, holdout). The documents are written by
 * render-docx-s12.ts (renderDocxS12, unchanged, so w07–w18 stay byte-identical); what session 13 adds is put into the
 * OOXML afterwards, at markers the model leaves in the text (⸨…⸩, a character pair no corpus text uses):
 *
 * - `⸨typed⸩` at the start of a heading: the number is typed by hand in the title, the paragraph has no numbering
 *   (the heading styles carry none: `numberingOnParagraph`), so it does not count in Word's numbering;
 * - `⸨nonum⸩`: a heading in a numbered outline whose number is suppressed (w:numId 0), it does not count either;
 * - `⸨empty⸩`: an empty paragraph in a heading style (Enter pressed in a heading), numbering suppressed;
 * - `⸨hide:…⸩`: hidden text (w:vanish), which Word does not show;
 * - `⸨pb⸩`: a manual page break (w:br w:type="page") inside a heading, the title going on on the next page;
 * - `⸨en:…⸩`: an endnote (word/endnotes.xml, a part the package does not write);
 * - `⸨nest:k⸩` as a table cell's text: a table nested in that cell (the document's `nested[k]`);
 * - `⸨cb:k⸩` as a table cell's text: a two-level bullet list in that cell (the document's `cellLists[k]`).
 *
 * Added for w25–w30 (word-docs-s13b.ts; none of them occurs in w19–w24, whose files stay byte-identical):
 * - `⸨olvl⸩` at the start of a heading: a Normal paragraph with its own w:outlineLvl and bold runs, no number;
 * - `⸨num⸩` at the start of a paragraph: a body-style ("Plattetekst") paragraph numbered "1.", "2." by a numbering
 *   definition of its own (a list item, not a heading; counted in `lijstitems`);
 * - `⸨toc⸩` at the start of a paragraph: a contents line typed by hand (tab stops with a dot leader), `⸨tab⸩` a tab;
 * - `⸨bm⸩`, `⸨proof⸩`/`⸨/proof⸩`, `⸨smart:…⸩`: a bookmark, a proofing mark pair and a smart tag between the runs
 *   (of a typed heading number and its title, as Word and Google Docs leave them);
 * - `⸨gio3⸩` before the first header cell of a table: a GIO table of three columns (not counted in `tabellen`).
 *
 * Options beside the markers: `chapterStyle` (level 1 in an own paragraph style basedOn Normal with outlineLvl 0 and
 * the numbering, levels 2–3 in Kop2/Kop3 or Heading2/3), `styleLink` (the heading numbering reached through a
 * numbering style: an abstractNum with w:numStyleLink to the style, whose numPr points at the abstractNum with
 * w:styleLink and the levels), `gioField` (each GIO identifier inside a HYPERLINK field: w:fldSimple or fldChar).
 *
 * w31–w36 (word-docs-s13c.ts) use no new marker or option: they mix the constructs above as a real document would;
 * so do w37–w42 (word-docs-s14.ts, session 14), w43–w48 (word-docs-s14b.ts) and w49–w54 (word-docs-s14c.ts), session
 * 14's final holdout; w61–w66 (word-docs-s14e.ts) and w67–w72 (word-docs-s14f.ts) likewise.
 *
 *   npx tsx scripts/corpus/render-docx-s13.ts [w19 … w54, w61 … w72]
 *
 * truth.json comes from the model: numbers by the generator's own counters (typed, suppressed and empty headings do
 * not count), typed numbers as typed, titles as shown (hidden text out, a page or line break as a space).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import yazl from 'yazl'
import { deterministic, geojson, visieJson } from './render-docx.js'
import { headingCounter, renderDocxS12, shown, truth as truthS12, type Block, type DocS12 } from './render-docx-s12.js'
import { WORD_DOCS_S13 } from './word-docs-s13.js'
import { WORD_DOCS_S13B } from './word-docs-s13b.js'
import { WORD_DOCS_S13C } from './word-docs-s13c.js'
import { WORD_DOCS_S14 } from './word-docs-s14.js'
import { WORD_DOCS_S14B } from './word-docs-s14b.js'
import { WORD_DOCS_S14C } from './word-docs-s14c.js'
import { WORD_DOCS_S14D } from './word-docs-s14d.js'
import { WORD_DOCS_S14E } from './word-docs-s14e.js'
import { WORD_DOCS_S14F } from './word-docs-s14f.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

export interface DocS13 extends DocS12 {
  s13: {
    /** Level 1 in an own paragraph style (id, name) basedOn Normal with outlineLvl 0; needs style.via 'custom'. */
    chapterStyle?: { id: string; name: string }
    /** The heading numbering reached through a numbering style of this name (w:numStyleLink / w:styleLink). */
    styleLink?: string
    /** GIO identifiers inside a HYPERLINK field. */
    gioField?: 'simple' | 'char'
    /** Endnote texts, referred to by `⸨en:k⸩` (k from 1). */
    endnotes?: string[]
    /** Tables nested in a cell (`⸨nest:k⸩`): rows of plain cells, row 0 the header. */
    nested?: string[][][]
    /** Two-level bullet lists in a cell (`⸨cb:k⸩`): items, an item with `sub` has a second level. */
    cellLists?: { text: string; sub?: string[] }[][]
    /** List items a reader counts beside the numbering lists: paragraphs with a number typed in a body style. */
    typedItems?: number
  }
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
const run = (text: string, rPr = ''): string => `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`

/** What a reader sees of a text with s13 markers. */
export function shownS13(text: string): string {
  return shown(
    text
      .replace(/⸨(?:typed|nonum|empty|olvl|num|toc|bm|proof|\/proof|gio3)⸩/gu, '')
      .replace(/⸨tab⸩/gu, '\t')
      .replace(/⸨smart:([^⸩]*)⸩/gu, '$1')
      .replace(/⸨hide:[^⸩]*⸩/gu, '')
      .replace(/⸨pb⸩/gu, '\n')
      .replace(/⸨en:\d+⸩/gu, ''),
  )
}

/** The headings as a careful reader finds them: automatic numbers by counters, typed ones as typed, unnumbered ''. */
export function koppenS13(doc: DocS13): { nummer: string; opschrift: string; niveau: number }[] {
  const next = headingCounter(doc.style)
  const out: { nummer: string; opschrift: string; niveau: number }[] = []
  const walk = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks)
      if (b.t !== 'h' && b.t !== 'hcell') continue
      if (b.text.startsWith('⸨empty⸩')) continue
      if (b.text.startsWith('⸨nonum⸩') || b.text.startsWith('⸨olvl⸩')) {
        out.push({ nummer: '', opschrift: shownS13(b.text), niveau: b.l })
        continue
      }
      if (b.text.startsWith('⸨typed⸩')) {
        const m = /^(?:\p{L}+\s+)?([0-9A-Z]+(?:\.[0-9]+)*)\.?\s+(.*)$/su.exec(shownS13(b.text))
        if (!m) throw new Error(`${doc.id}: typed heading without a number: ${b.text}`)
        out.push({ nummer: m[1] as string, opschrift: m[2] as string, niveau: b.l })
        continue
      }
      const display = next(b.l)
      out.push({ nummer: display.replace(/^(?:\p{L}+\s+(?=[0-9IVXLC]+\b|\p{Lu}\b)|§\s*)/u, '').replace(/[.:]$/u, ''), opschrift: shownS13(b.text), niveau: b.l })
    }
  }
  walk(doc.visie.body)
  return out
}

export function truth(doc: DocS13): unknown {
  // The session-12 truth, with the headings and list items as session 13's markers make them.
  const base = truthS12(doc) as { visie: { lijstitems: number; tabellen: number } & Record<string, unknown> } & Record<string, unknown>
  // Paragraphs numbered by ⸨num⸩ are list items; a ⸨gio3⸩ table is the GIO table, not one of the visie's tables.
  let numbered = 0
  let gio3 = 0
  const walk = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.t === 'cols2') walk(b.blocks)
      if (b.t === 'p' && typeof b.runs[0] === 'string' && b.runs[0].startsWith('⸨num⸩')) numbered++
      if (b.t === 'table' && JSON.stringify(b.rows[0]?.[0] ?? '').includes('⸨gio3⸩')) gio3++
    }
  }
  walk(doc.visie.body)
  for (const bl of doc.bijlagen) walk(bl.blocks)
  const visie = { ...base.visie, koppen: koppenS13(doc), lijstitems: base.visie.lijstitems + (doc.s13.typedItems ?? 0) + numbered }
  return { ...base, visie: gio3 === 0 ? visie : { ...visie, tabellen: base.visie.tabellen - gio3 } }
}

/** A paragraph (no nested paragraphs: a w:p never holds a w:p) containing `marker`. */
const PARA = /<w:p>(?:(?!<w:p>|<\/w:p>).)*?<\/w:p>/gsu

function patchDocument(doc: DocS13, xml: string, bulletNum: string, kopNum: string): string {
  let marks = 0
  let out = xml.replace(PARA, (p) => {
    if (!p.includes('⸨')) return p
    let q = p
    const cell = /⸨(nest|cb):(\d+)⸩/u.exec(q)
    if (cell) {
      const k = Number(cell[2]) - 1
      if (cell[1] === 'nest') {
        const rows = doc.s13.nested?.[k]
        if (!rows) throw new Error(`${doc.id}: no nested table ${cell[2]}`)
        const w = Math.floor(3600 / (rows[0]?.length ?? 1))
        const grid = (rows[0] ?? []).map(() => `<w:gridCol w:w="${w}"/>`).join('')
        const trs = rows
          .map((r, i) => `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr><w:p>${run(c, i === 0 ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '')}</w:p></w:tc>`).join('')}</w:tr>`)
          .join('')
        return `<w:tbl><w:tblPr><w:tblW w:w="${w * (rows[0]?.length ?? 1)}" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl><w:p/>`
      }
      const items = doc.s13.cellLists?.[k]
      if (!items) throw new Error(`${doc.id}: no cell list ${cell[2]}`)
      const li = (text: string, l: number): string => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${l}"/><w:numId w:val="${bulletNum}"/></w:numPr></w:pPr>${run(text)}</w:p>`
      return items.map((it) => li(it.text, 0) + (it.sub ?? []).map((s) => li(s, 1)).join('')).join('')
    }
    const suppress = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    if (q.includes('⸨empty⸩')) return q.replace(/<w:numPr>.*?<\/w:numPr>/su, '').replace(/(<w:pStyle w:val="[^"]*"\/>)/u, `$1${suppress}`).replace(/<w:r>.*<\/w:r>/su, '')
    if (q.includes('⸨nonum⸩')) q = q.replace(/<w:numPr>.*?<\/w:numPr>/su, '').replace(/(<w:pStyle w:val="[^"]*"\/>)/u, `$1${suppress}`).replace('⸨nonum⸩', '')
    if (q.includes('⸨typed⸩')) q = q.replace(/<w:numPr>.*?<\/w:numPr>/su, '').replace('⸨typed⸩', '')
    if (q.includes('⸨olvl⸩')) {
      // A Normal paragraph made a heading by its own outline level, bold by direct formatting.
      const l = Number(/<w:pStyle w:val="(?:Kop|Heading|Visie)(\d)"\/>/u.exec(q)?.[1] ?? '1') - 1
      q = q
        .replace(/<w:numPr>.*?<\/w:numPr>/su, '')
        .replace(/<w:pStyle w:val="[^"]*"\/>/u, '')
        .replace(/<w:pPr>(.*?)<\/w:pPr>/su, `<w:pPr>$1<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${l}"/></w:pPr>`)
        .replace(/<w:r>(?!<w:rPr>)/gu, '<w:r><w:rPr><w:b/><w:bCs/></w:rPr>')
        .replace('⸨olvl⸩', '')
    }
    if (q.includes('⸨num⸩')) {
      const numPr = '<w:pStyle w:val="Plattetekst"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="98"/></w:numPr>'
      q = (q.includes('<w:pPr>') ? q.replace(/<w:pPr>(?:<w:pStyle w:val="[^"]*"\/>)?/u, `<w:pPr>${numPr}`) : q.replace('<w:p>', `<w:p><w:pPr>${numPr}</w:pPr>`)).replace('⸨num⸩', '')
    }
    if (q.includes('⸨toc⸩')) {
      const tabs = '<w:tabs><w:tab w:val="left" w:pos="567"/><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs><w:spacing w:after="60"/>'
      q = (q.includes('<w:pPr>') ? q.replace(/<w:pPr>((?:<w:pStyle w:val="[^"]*"\/>)?)/u, `<w:pPr>$1${tabs}`) : q.replace('<w:p>', `<w:p><w:pPr>${tabs}</w:pPr>`)).replace('⸨toc⸩', '')
    }
    q = q.replace(/⸨gio3⸩/gu, '')
    // Inline markers split their run: the run's own properties stay on both sides.
    q = q.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/gsu, (r, rPr: string | undefined, text: string) => {
      if (!text.includes('⸨')) return r
      const props = rPr ?? ''
      return text
        .split(/(⸨(?:hide:[^⸩]*|pb|en:\d+|tab|bm|proof|\/proof|smart:[^⸩]*)⸩)/u)
        .map((part) => {
          if (part === '') return ''
          const hide = /^⸨hide:([^⸩]*)⸩$/u.exec(part)
          if (hide) return `<w:r>${props === '' ? '<w:rPr><w:vanish/></w:rPr>' : props.replace('</w:rPr>', '<w:vanish/></w:rPr>')}<w:t xml:space="preserve">${hide[1] as string}</w:t></w:r>`
          if (part === '⸨pb⸩') return '<w:r><w:br w:type="page"/></w:r>'
          if (part === '⸨tab⸩') return `<w:r>${props}<w:tab/></w:r>`
          if (part === '⸨bm⸩') {
            marks++
            return `<w:bookmarkStart w:id="${String(700 + marks)}" w:name="_heading=h.${(0x3a2f + marks * 977).toString(36)}"/><w:bookmarkEnd w:id="${String(700 + marks)}"/>`
          }
          if (part === '⸨proof⸩') return '<w:proofErr w:type="spellStart"/>'
          if (part === '⸨/proof⸩') return '<w:proofErr w:type="spellEnd"/>'
          const smart = /^⸨smart:([^⸩]*)⸩$/u.exec(part)
          if (smart) return `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="metricconverter"><w:smartTagPr><w:attr w:name="ProductID" w:val="${smart[1] as string}"/></w:smartTagPr><w:r>${props}<w:t xml:space="preserve">${smart[1] as string}</w:t></w:r></w:smartTag>`
          const en = /^⸨en:(\d+)⸩$/u.exec(part)
          if (en) return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="${en[1] as string}"/></w:r>`
          return `<w:r>${props}<w:t xml:space="preserve">${part}</w:t></w:r>`
        })
        .join('')
    })
    return q
  })
  if (doc.s13.chapterStyle) {
    const s = doc.style.lang === 'nl' ? ['Kop2', 'Kop3'] : ['Heading2', 'Heading3']
    out = out.replace(/<w:pStyle w:val="Visie1"\/>/gu, `<w:pStyle w:val="${doc.s13.chapterStyle.id}"/>`).replace(/<w:pStyle w:val="Visie2"\/>/gu, `<w:pStyle w:val="${s[0]}"/>`).replace(/<w:pStyle w:val="Visie3"\/>/gu, `<w:pStyle w:val="${s[1]}"/>`)
  }
  if (doc.s13.gioField) {
    // The two runs of each identifier (before and from "/nld@") go inside a HYPERLINK field.
    out = out.replace(/(<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">(\/join\/id\/[^<]*)<\/w:t><\/w:r><w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">(\/nld@[^<]*)<\/w:t><\/w:r>)/gu, (_, runs: string, a: string, b: string) => {
      const url = `https://identifier.overheid.nl${a}${b}`
      return doc.s13.gioField === 'simple'
        ? `<w:fldSimple w:instr=" HYPERLINK &quot;${url}&quot; ">${runs}</w:fldSimple>`
        : `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "${url}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    })
  }
  if (out.includes('⸨')) throw new Error(`${doc.id}: a marker was not replaced`)
  if (kopNum !== '' && doc.s13.styleLink) out = out.replace(new RegExp(`<w:numId w:val="${kopNum}"/>`, 'gu'), '<w:numId w:val="99"/>')
  return out
}

/** The heading numbering's abstractNum id and w:num id (the one whose lvlTexts are the heading levels'). */
function kopNumbering(doc: DocS13, numbering: string): { abs: string; num: string } {
  const texts = doc.style.levels.map((l) => `<w:lvlText w:val="${esc(l.text)}"/>`)
  const abs = [...numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)".*?<\/w:abstractNum>/gsu)].find((m) => texts.every((x) => m[0].includes(x)))?.[1]
  if (!abs) throw new Error(`${doc.id}: no heading numbering`)
  const num = new RegExp(`<w:num w:numId="(\\d+)"><w:abstractNumId w:val="${abs}"/>`, 'u').exec(numbering)?.[1] ?? ''
  return { abs, num }
}

export async function renderDocxS13(doc: DocS13): Promise<Buffer> {
  const parts = new Map<string, string>()
  const names: string[] = []
  await deterministic(await renderDocxS12(doc), (name, xml) => {
    names.push(name)
    parts.set(name, xml)
    return xml
  })
  const get = (n: string): string => {
    const x = parts.get(n)
    if (x === undefined) throw new Error(`${doc.id}: no part ${n}`)
    return x
  }
  let numbering = get('word/numbering.xml')
  let styles = get('word/styles.xml')
  const kop = kopNumbering(doc, numbering)
  const bulletAbs = /<w:abstractNum w:abstractNumId="(\d+)"(?:(?!<\/w:abstractNum>).)*?<w:lvlText w:val="\uF0B7"\/>/su.exec(numbering)?.[1]
  const bulletNum = bulletAbs ? (new RegExp(`<w:num w:numId="(\\d+)"><w:abstractNumId w:val="${bulletAbs}"/>`, 'u').exec(numbering)?.[1] ?? '') : ''
  if (doc.s13.cellLists && bulletNum === '') throw new Error(`${doc.id}: a cell list needs a bullet list in the document`)
  if (doc.s13.styleLink) {
    if (kop.num === '') throw new Error(`${doc.id}: the heading numbering has no w:num`)
    const link = doc.s13.styleLink
    const id = link.replace(/\s+/gu, '')
    numbering = numbering
      .replace(new RegExp(`(<w:abstractNum w:abstractNumId="${kop.abs}"[^>]*>(?:<w:nsid [^>]*/>)?<w:multiLevelType [^>]*/>)`, 'u'), `$1<w:styleLink w:val="${id}"/>`)
      .replace(/<w:num /u, `<w:abstractNum w:abstractNumId="99"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="${id}"/></w:abstractNum><w:num `)
      .replace('</w:numbering>', '<w:num w:numId="99"><w:abstractNumId w:val="99"/></w:num></w:numbering>')
    if (!numbering.includes('<w:styleLink ')) throw new Error(`${doc.id}: styleLink not placed`)
    styles = styles
      .replace(new RegExp(`<w:numId w:val="${kop.num}"/>`, 'gu'), '<w:numId w:val="99"/>')
      .replace('</w:styles>', `<w:style w:type="numbering" w:customStyle="1" w:styleId="${id}"><w:name w:val="${esc(link)}"/><w:uiPriority w:val="99"/><w:pPr><w:numPr><w:numId w:val="${kop.num}"/></w:numPr></w:pPr></w:style></w:styles>`)
  }
  if (doc.s13.chapterStyle) {
    // Level 1 gets its own style: basedOn Normal, outlineLvl 0 and the numbering of level 0 of its own.
    const cs = doc.s13.chapterStyle
    const numPr = /<w:style w:type="paragraph" w:styleId="(?:Kop1|Heading1)">.*?(<w:numPr>.*?<\/w:numPr>)/su.exec(styles)?.[1]
    if (!numPr) throw new Error(`${doc.id}: no numbering in the level-1 heading style`)
    styles = styles.replace(/<w:style w:type="paragraph" w:styleId="Visie1">.*?<\/w:style>/su, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${cs.id}"><w:name w:val="${esc(cs.name)}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/>${numPr}<w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>`)
  }
  if (get('word/document.xml').includes('⸨num⸩')) {
    // The body-style numbered paragraphs: a numbering definition "%1." of their own and the style "Plattetekst".
    numbering = numbering
      .replace(/<w:num /u, '<w:abstractNum w:abstractNumId="98"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num ')
      .replace('</w:numbering>', '<w:num w:numId="98"><w:abstractNumId w:val="98"/></w:num></w:numbering>')
    styles = styles.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="Plattetekst"><w:name w:val="${doc.style.lang === 'nl' ? 'Plattetekst' : 'Body Text'}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style></w:styles>`)
  }
  parts.set('word/numbering.xml', numbering)
  parts.set('word/styles.xml', styles)
  parts.set('word/document.xml', patchDocument(doc, get('word/document.xml'), bulletNum, kop.num))
  if (doc.s13.endnotes?.length) {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    const notes = doc.s13.endnotes
      .map((n, i) => `<w:endnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>${run(` ${n}`)}</w:p></w:endnote>`)
      .join('')
    parts.set('word/endnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes ${W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>${notes}</w:endnotes>`)
    names.splice(names.indexOf('word/document.xml') + 1, 0, 'word/endnotes.xml')
    parts.set('word/_rels/document.xml.rels', get('word/_rels/document.xml.rels').replace('</Relationships>', '<Relationship Id="rIdEndnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>'))
    parts.set('[Content_Types].xml', get('[Content_Types].xml').replace('</Types>', '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml" PartName="/word/endnotes.xml"/></Types>'))
  }
  const zip = new yazl.ZipFile()
  const mtime = new Date(Date.UTC(2026, 0, 1))
  for (const n of names) zip.addBuffer(Buffer.from(get(n)), n, { mtime })
  zip.end()
  const chunks: Buffer[] = []
  for await (const c of zip.outputStream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

const ids = process.argv.slice(2)
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const doc of [...WORD_DOCS_S13, ...WORD_DOCS_S13B, ...WORD_DOCS_S13C, ...WORD_DOCS_S14, ...WORD_DOCS_S14B, ...WORD_DOCS_S14C, ...WORD_DOCS_S14D, ...WORD_DOCS_S14E, ...WORD_DOCS_S14F].filter((d) => ids.length === 0 || ids.includes(d.id))) {
    const dir = join(root, 'test', 'corpus', 'word', doc.id)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'word.docx'), await renderDocxS13(doc))
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'visie.json'), `${JSON.stringify(visieJson(doc), null, 2)}\n`)
    writeFileSync(join(dir, 'geo.geojson'), `${JSON.stringify(geojson(doc))}\n`)
    console.log(`${doc.id}: ${koppenS13(doc).length} koppen, ${doc.gios.length} GIOs → ${dir}`)
  }
}
