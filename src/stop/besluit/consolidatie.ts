/**
 * What ConsolidatieInformatie points at, found on the model after the ids pass: the WijzigArtikel, the
 * ExtIoRef per GIO expression (BHKV1036, LVBB3151) and the inwerkingtreding from the text, checked against
 * visie.json (VISIE-310: they disagree; VISIE-311: no date anywhere; VISIE-312: only visie.json has one).
 * LVBB4002: no WijzigArtikel, or one whose text does not refer to the WijzigBijlage.
 */
import type { Artikel, Block, Document, Finding, Inline, Structuur } from '../../model/index.js'
import type { BuildContext } from '../../build/context.js'
import type { Consolidatie } from './metadata.js'

export function findConsolidatie(
  document: Document, ctx: BuildContext, expressions: readonly string[], findings: Finding[],
): Consolidatie {
  const b = document.besluit
  const extIoRefs = collectExtIoRefs(document)
  const wijzig = b.artikelen.find((a) => a.soort === 'wijzig')
  const informatieobjecten = expressions.flatMap((expression) => {
    const extIoRefEId = extIoRefs.get(expression)
    if (extIoRefEId) return [{ expression, extIoRefEId }]
    findings.push({
      code: 'LVBB3151', severity: 'blokkerend', layer: 'lvbb',
      message: `Het informatieobject ${expression} staat niet als ExtIoRef in de tekst van de omgevingsvisie (Bijlage I); verwacht een regel in het overzicht informatieobjecten.`,
      data: { expression },
    })
    return []
  })
  const refersToBijlage = wijzig?.children.some((al) =>
    al.children.some((i) => i.type === 'intRef' && i.ref === b.wijzigBijlage.eId))
  if (!refersToBijlage) {
    findings.push({
      code: 'LVBB4002', severity: 'blokkerend', layer: 'lvbb',
      message: wijzig
        ? `Artikel ${wijzig.kop.nummer ?? ''} verwijst niet naar Bijlage ${b.wijzigBijlage.kop.nummer ?? ''}; verwacht een verwijzing als "zoals opgenomen in Bijlage ${b.wijzigBijlage.kop.nummer ?? 'A'}".`
        : 'Het besluit heeft geen artikel dat de omgevingsvisie vaststelt (WijzigArtikel met een verwijzing naar Bijlage A).',
      data: { artikel: wijzig?.kop.nummer ?? '' },
      ...(wijzig?.position ? { source: { file: document.file, line: wijzig.position.start.line } } : {}),
    })
  }
  const inwerkingtreding = findInwerkingtreding(b.artikelen, ctx, document.file, findings)
  return {
    ...(wijzig?.eId ? { wijzigArtikel: wijzig.eId } : {}),
    informatieobjecten,
    ...(inwerkingtreding ? { inwerkingtreding } : {}),
  }
}

function findInwerkingtreding(
  artikelen: readonly Artikel[], ctx: BuildContext, file: string, findings: Finding[],
): { datum: string; eId: string } | undefined {
  const artikel = artikelen.find((a) => a.inwerkingtreding !== undefined)
  const config = ctx.config.datums.inwerkingtreding
  const source = artikel?.position ? { source: { file, line: artikel.position.start.line } } : {}
  if (artikel?.inwerkingtreding !== undefined && artikel.eId !== undefined) {
    if (config !== undefined && config !== artikel.inwerkingtreding) {
      findings.push({
        code: 'VISIE-310', severity: 'blokkerend', layer: 'bron',
        message: `Artikel ${artikel.kop.nummer ?? ''} noemt inwerkingtreding op ${artikel.inwerkingtreding}, maar visie.json (datums.inwerkingtreding) zegt ${config}; verwacht dezelfde datum.`,
        data: { tekst: artikel.inwerkingtreding, config }, ...source,
      })
    }
    return { datum: artikel.inwerkingtreding, eId: artikel.eId }
  }
  const fallback = artikelen.find((a) => a.soort === 'gewoon') ?? artikelen[artikelen.length - 1]
  if (config === undefined || fallback?.eId === undefined) {
    findings.push({
      code: 'VISIE-311', severity: 'blokkerend', layer: 'bron',
      message: 'Geen datum van inwerkingtreding gevonden: het besluit noemt er geen in een artikel en visie.json (datums.inwerkingtreding) ook niet.',
      data: {},
    })
    return undefined
  }
  findings.push({
    code: 'VISIE-312', severity: 'waarschuwing', layer: 'bron',
    message: `Geen artikel noemt de inwerkingtreding; de datum ${config} uit visie.json is gebruikt met artikel ${fallback.kop.nummer ?? ''}.`,
    data: { config }, ...(fallback.position ? { source: { file, line: fallback.position.start.line } } : {}),
  })
  return { datum: config, eId: fallback.eId }
}

/** ExtIoRef expression → eId, from the regeling (first occurrence, document order). */
function collectExtIoRefs(document: Document): Map<string, string> {
  const out = new Map<string, string>()
  const inl = (list: readonly Inline[]) => {
    for (const i of list) if (i.type === 'extIoRef' && i.eId && !out.has(i.ref.trim())) out.set(i.ref.trim(), i.eId)
  }
  const block = (b: Block): void => {
    if (b.type === 'al' || b.type === 'tussenkop') inl(b.children)
    else if (b.type === 'lijst') {
      for (const li of b.children) for (const c of li.children) if (c.type === 'al') inl(c.children); else block(c)
    } else if (b.type === 'begrippenlijst') {
      for (const g of b.children) {
        inl(g.term)
        for (const a of g.definitie) inl(a.children)
      }
    }
  }
  const structuur = (s: Structuur): void => {
    if (s.type === 'divisie') s.children.forEach(structuur)
    else s.children.forEach(block)
  }
  const r = document.besluit.wijzigBijlage.regeling
  r.lichaam.forEach(structuur)
  r.bijlagen.forEach((b) => b.children.forEach(structuur))
  return out
}
