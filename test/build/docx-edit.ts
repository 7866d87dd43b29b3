/**
 * Edits of a DOCX the way an editor makes them, for the wijziging tests (issue 17): word/document.xml's body as a list
 * of top-level paragraphs and tables (w:p, w:tbl), found by their text; the ZIP is read with the DOCX reader's guarded
 * reader and written again with the package writer.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { zipPackage } from '../../src/package/zip.js'
import { openDocxZip } from '../../src/read/docx/zip.js'

/** One edit of word/document.xml, on the body's paragraphs and tables (w:p, w:tbl) found by their text. */
export type DocxEdit =
  | { readonly zet: string; readonly in: string; readonly wordt: string } // text inside one w:t of the paragraph or cell that has `in`
  | { readonly verwijder: readonly [string, string?] } // paragraphs from the one starting with [0] up to (not including) [1]
  | { readonly verplaats: readonly [string, string]; readonly voor: string } // paragraphs [0] up to [1] put before the one starting with `voor`
  | { readonly voegIn: readonly { readonly stijl: string; readonly tekst: string }[]; readonly voor: string }

const plainText = (x: string): string => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

/** Applies the edits to word/document.xml: its body as a list of top-level w:p and w:tbl blocks. */
export function editDocument(xml: string, edits: readonly DocxEdit[]): string {
  const open = xml.indexOf('<w:body>') + '<w:body>'.length
  const close = xml.lastIndexOf('<w:sectPr')
  let blocks = [...xml.slice(open, close).matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => m[0])
  const at = (start: string): number => {
    const i = blocks.findIndex((b) => b.startsWith('<w:p') && plainText(b).startsWith(start))
    if (i < 0) throw new Error(`geen alinea die begint met '${start}'`)
    return i
  }
  for (const e of edits) {
    if ('zet' in e) {
      const i = blocks.findIndex((b) => plainText(b).includes(e.in) && b.includes(e.zet))
      if (i < 0) throw new Error(`'${e.zet}' niet in één w:t bij '${e.in}'`)
      const b = blocks[i] as string
      blocks[i] = b.includes(`>${e.zet}<`) ? b.replace(`>${e.zet}<`, `>${e.wordt}<`) : b.replace(e.zet, e.wordt)
    } else if ('verwijder' in e) {
      const a = at(e.verwijder[0])
      const b = e.verwijder[1] === undefined ? a + 1 : at(e.verwijder[1])
      blocks = [...blocks.slice(0, a), ...blocks.slice(b)]
    } else if ('verplaats' in e) {
      const a = at(e.verplaats[0])
      const b = at(e.verplaats[1])
      const moved = blocks.slice(a, b)
      blocks = [...blocks.slice(0, a), ...blocks.slice(b)]
      const v = at(e.voor)
      blocks = [...blocks.slice(0, v), ...moved, ...blocks.slice(v)]
    } else {
      const v = at(e.voor)
      const like = (stijl: string): string => {
        const model = blocks.find((b) => b.includes(`<w:pStyle w:val="${stijl}"/>`))
        if (!model) throw new Error(`geen alinea met stijl ${stijl}`)
        return model
      }
      const added = e.voegIn.map((p) => like(p.stijl).replace(/(<\/w:pPr>)[\s\S]*(<\/w:p>)$/, `$1<w:r><w:t xml:space="preserve">${p.tekst}</w:t></w:r>$2`))
      blocks = [...blocks.slice(0, v), ...added, ...blocks.slice(v)]
    }
  }
  return xml.slice(0, open) + blocks.join('') + xml.slice(close)
}

export async function editDocx(path: string, edits: readonly DocxEdit[]): Promise<void> {
  const zip = await openDocxZip(await readFile(path), path)
  const files = []
  for (const name of zip.names) {
    const bytes = (await zip.read(name)) as Uint8Array
    files.push({
      path: name,
      contentType: 'application/octet-stream',
      bytes: name === 'word/document.xml' ? Buffer.from(editDocument(Buffer.from(bytes).toString('utf8'), edits)) : bytes,
    })
  }
  zip.close()
  await writeFile(path, await zipPackage(files))
}

