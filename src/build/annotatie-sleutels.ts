/**
 * In a wijziging, an ow.annotaties key that is only a number (`3.2`) may now name another section than it named in the
 * previous version: sections were added, removed or moved and the numbers shifted. Whether visie.json was updated
 * for that or not, the annotation moves without a word — so VISIE-922 says which section the number named before
 * and which it names now. A key with its title (`3.2 Wonen en woonomgeving`) says what it means and is left alone.
 */
import {
  type Document, type Finding, type RegelingVrijetekst, type Structuur, kopTekst, matchKop, parseKopSleutel,
} from '../model/index.js'

export function annotatieVerschuivingen(
  annotaties: Readonly<Record<string, unknown>>, vorige: RegelingVrijetekst, document: Document, file: string,
): Finding[] {
  const oud = vorige.lichaam.flatMap(all)
  const nieuw = document.besluit.wijzigBijlage.regeling.lichaam.flatMap(all)
  return Object.keys(annotaties).sort().flatMap((key): Finding[] => {
    const sleutel = parseKopSleutel(key)
    if (!sleutel || sleutel.opschrift !== undefined) return []
    const was = matchKop(sleutel, oud)
    const wordt = matchKop(sleutel, nieuw)
    if (!('node' in was) || !('node' in wordt) || was.node.wId === undefined || was.node.wId === wordt.node.wId) return []
    const nu = nieuw.find((n) => n.wId === was.node.wId)
    const line = (wordt.node.kop?.position ?? wordt.node.position)?.start.line
    const data = { sleutel: key, was: kopTekst(was.node.kop), wordt: kopTekst(wordt.node.kop), ...(nu ? { nu: kopTekst(nu.kop) } : {}) }
    const elders = nu ? ` Die paragraaf heet nu "${data.nu}".` : ' Die paragraaf bestaat niet meer.'
    return [{
      code: 'VISIE-922', severity: 'waarschuwing', layer: 'bron',
      message: `ow.annotaties["${key}"] noemde in de vorige versie "${data.was}", maar nu "${data.wordt}".${elders} Schrijf nummer en titel als sleutel ("${data.wordt}" of de paragraaf die bedoeld is), dan is duidelijk welke paragraaf de annotatie krijgt.`,
      data,
      ...(line !== undefined ? { source: { file, line } } : {}),
    }]
  })
}

function all(s: Structuur): Structuur[] {
  return s.type === 'divisie' ? [s, ...s.children.flatMap(all)] : [s]
}
