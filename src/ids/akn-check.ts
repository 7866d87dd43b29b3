/**
 * Syntax checks of AKN/JOIN work and expression identifiers before they are written (stop-lvbb.md §3.1):
 * the STOP Schematron codes STOP1000–1014 and the LVBB's LVBB2019–2021. Returns one finding per broken rule.
 * Example of a valid pair: /akn/nl/bill/gm0106/2026/omgevingsvisie → …/nld@2026-02-19;1.
 */
import type { Finding } from '../model/index.js'

export type IdentifierRole = 'besluit' | 'regeling' | 'informatieobject' | 'doel'

const LANDEN = new Set(['nl', 'aw', 'cw', 'sx'])
const TALEN = new Set(['nld', 'eng', 'fry', 'pap', 'mul', 'und'])
const BG = /^(gm\d{4}|pv\d{2}|ws\d{4}|mn\d{3}|mnre\d{4})$/
const JAAR_OF_DATUM = /^\d{4}(-\d{2}-\d{2})?$/
const NAAM = /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$/

/** Checks a work and (optionally) its expression; `where` names the place for the message (`visie.json werk`). */
export function checkIdentifier(
  role: IdentifierRole, work: string, expression: string | undefined, where: string,
): Finding[] {
  const out: Finding[] = []
  const fail = (code: string, id: string, uitleg: string) =>
    out.push({
      code, severity: 'blokkerend', layer: code.startsWith('LVBB') ? 'lvbb' : 'stop',
      message: `De identificatie ${id} (${where}) is ongeldig: ${uitleg}.`, data: { id, rol: role },
    })
  for (const id of expression === undefined ? [work] : [work, expression]) {
    if (id.includes('.')) fail('STOP1000', id, 'een identificatie mag geen punt bevatten')
  }
  const parts = work.split('/')
  const [leeg, stelsel, deel2, deel3, bg, jaar, naam] = parts
  if (leeg !== '' || (stelsel !== 'akn' && stelsel !== 'join')) {
    fail('STOP1014', work, 'verwacht een begin met /akn/ of /join/')
    return out
  }
  if (parts.length !== 7) fail('LVBB2019', work, `verwacht 6 delen, gevonden ${parts.length - 1}`)
  if (stelsel === 'akn' && !LANDEN.has(deel2 ?? '')) fail('STOP1002', work, `landcode ${deel2 ?? ''} is niet nl, aw, cw of sx`)
  if (stelsel === 'join' && deel2 !== 'id') fail('STOP1003', work, 'het tweede deel moet "id" zijn')
  const soort = { besluit: 'bill', regeling: 'act', informatieobject: undefined, doel: 'proces' }[role]
  if (role === 'informatieobject' && !['regdata', 'pubdata', 'infodata'].includes(deel3 ?? '')) {
    fail('STOP1004', work, `${deel3 ?? ''} is geen regdata, pubdata of infodata`)
  } else if (soort !== undefined && deel3 !== soort) {
    const code = role === 'besluit' ? 'STOP1013' : role === 'regeling' ? 'STOP1012' : 'STOP1038'
    fail(code, work, `verwacht ${soort} als derde deel, gevonden ${deel3 ?? ''}`)
  }
  if (!BG.test(bg ?? '')) fail('STOP1010', work, `${bg ?? ''} is geen code van een bevoegd gezag (zoals gm0106)`)
  if (!JAAR_OF_DATUM.test(jaar ?? '')) fail('STOP1006', work, `${jaar ?? ''} is geen jaartal of datum`)
  if (!NAAM.test(naam ?? '')) fail('LVBB2020', work, 'de naam mag alleen letters, cijfers, _ en - bevatten')
  if ((naam ?? '').length > 128) fail('LVBB2021', work, 'de naam is langer dan 128 tekens')
  if (expression !== undefined) checkExpression(work, expression, stelsel === 'join' ? (jaar ?? '') : undefined, fail)
  return out
}

/** `joinJaar`: the work's year for the JOIN date rules STOP1007/1008 (AKN dates are free-form). */
function checkExpression(
  work: string, expression: string, joinJaar: string | undefined, fail: (c: string, id: string, u: string) => void,
): void {
  if (!expression.startsWith(`${work}/`)) {
    fail('STOP1001', expression, `de expressie begint niet met het werk ${work}/`)
    return
  }
  const rest = expression.slice(work.length + 1)
  const at = rest.indexOf('@')
  const taal = at < 0 ? rest : rest.slice(0, at)
  if (!TALEN.has(taal)) fail('STOP1009', expression, `taal ${taal} is niet nld, eng, fry, pap, mul of und`)
  if (joinJaar === undefined) return
  const datum = at < 0 ? '' : rest.slice(at + 1).split(/[;!]/)[0] ?? ''
  if (!JAAR_OF_DATUM.test(datum)) fail('STOP1007', expression, `na de @ staat geen jaartal of datum (${datum})`)
  else if (datum.slice(0, 4) < joinJaar.slice(0, 4)) fail('STOP1008', expression, `het jaartal na de @ ligt voor het jaar van het werk (${joinJaar})`)
}
