/**
 * The STOP text rules of stop-lvbb.md §3.2–§4 checked directly on a written besluit, for the tests until the
 * Schematron layer runs everywhere: AKN prefixes (STOP0022/0023), uniqueness per scope (STOP0020/0021/0028),
 * IntRef (STOP0010), IntIoRef (STOP0011), ExtIoRef text = @ref (STOP0012), no dots (STOP0013/0014),
 * ongemarkeerde lists without LiNummer (STOP0001), no empty Al or Kop (STOP0005/0006). Returns violations.
 */
import { XmlDocument, type XmlElement } from 'libxml2-wasm'
import { ns } from './xpath.js'

/** By hand from stop-lvbb.md §3.2 (the table of imop-tekst.sch sch_tekst_020). */
const PREFIX: Readonly<Record<string, string>> = {
  Lichaam: 'body', RegelingOpschrift: 'longTitle', Aanhef: 'formula_1', Sluiting: 'formula_2',
  Artikel: 'art', WijzigArtikel: 'art', Divisie: 'div', Divisietekst: 'content', Bijlage: 'cmp', WijzigBijlage: 'cmp',
  Lijst: 'list', Begrippenlijst: 'list', Li: 'item', Begrip: 'item', Figuur: 'img', ExtIoRef: 'ref', IntIoRef: 'ref',
}

export function stopRuleViolations(bytes: Uint8Array): string[] {
  const doc = XmlDocument.fromBuffer(bytes)
  const out: string[] = []
  try {
    const els = (path: string) => doc.find(path, ns) as XmlElement[]
    const attr = (e: XmlElement, n: string) => e.attr(n)?.value ?? ''
    const scopes = {
      besluit: els('//t:*[@eId][not(ancestor::t:RegelingVrijetekst)]'),
      component: els('//t:RegelingVrijetekst//t:*[@eId]'),
    }
    for (const [scope, list] of Object.entries(scopes)) {
      const eIds = new Set<string>()
      const wIds = new Set<string>()
      for (const e of list) {
        const eId = attr(e, 'eId')
        const wId = attr(e, 'wId')
        const expected = PREFIX[e.name]
        const last = eId.split('__').pop() ?? ''
        if (!expected || !last.startsWith(expected)) out.push(`STOP0022 ${e.name} ${eId}`)
        if (!(wId.split('__').pop() ?? '').startsWith(expected ?? '?')) out.push(`STOP0023 ${e.name} ${wId}`)
        if (eId.includes('.') || wId.includes('.')) out.push(`STOP0013 ${eId} ${wId}`)
        if (eIds.has(eId)) out.push(`STOP0020 ${scope} ${eId}`)
        if (wIds.has(wId)) out.push(`STOP0021 ${scope} ${wId}`)
        eIds.add(eId)
        wIds.add(wId)
      }
      const refs = scope === 'besluit' ? els('//t:IntRef[not(ancestor::t:RegelingVrijetekst)]') : els('//t:RegelingVrijetekst//t:IntRef')
      for (const r of refs) if (!eIds.has(attr(r, 'ref'))) out.push(`STOP0010 ${attr(r, 'ref')}`)
    }
    const extWIds = new Set(els('//t:ExtIoRef').map((e) => attr(e, 'wId')))
    for (const r of els('//t:IntIoRef')) if (!extWIds.has(attr(r, 'ref'))) out.push(`STOP0011 ${attr(r, 'ref')}`)
    for (const e of els('//t:ExtIoRef')) if (e.content !== attr(e, 'ref')) out.push(`STOP0012 ${attr(e, 'eId')}`)
    if (els('//t:Lijst[@type="ongemarkeerd"]/t:Li/t:LiNummer').length > 0) out.push('STOP0001')
    for (const a of els('//t:Al')) if (a.content.trim() === '') out.push(`STOP0005 ${a.line}`)
    for (const k of els('//t:Kop')) if (k.content.trim() === '') out.push(`STOP0006 ${k.line}`)
  } finally {
    doc.dispose()
  }
  return out
}
