/**
 * What ConsolidatieInformatie points at, found on the model after the ids pass: the WijzigArtikel, the
 * ExtIoRef per GIO expression (BHKV1036, LVBB3151) and the inwerkingtreding from the text (VISIE-870: a date the text
 * gives but the reader cannot read is blocking, never replaced by visie.json's), checked against
 * visie.json (VISIE-310: they disagree; VISIE-311: no date anywhere; VISIE-312: only visie.json has one; VISIE-315: the
 * besluit is silent, so the day after the bekendmaking).
 * LVBB4002: no WijzigArtikel, or one whose text does not refer to the WijzigBijlage.
 */
import type { Artikel, Block, Document, Finding, Inline, Structuur } from '../../model/index.js'
import type { BuildContext } from '../../build/context.js'
import type { Consolidatie } from './metadata.js'

export function findConsolidatie(
  document: Document, ctx: BuildContext, expressions: readonly string[], findings: Finding[],
): Consolidatie {
  const b = document.besluit
  const extIoRefs = collectExtIoRefs(document, ctx.config.werk.componentnaam)
  const wijzig = b.artikelen.find((a) => a.soort === 'wijzig')
  const informatieobjecten = expressions.flatMap((expression) => {
    const extIoRefEId = extIoRefs.get(expression)
    if (extIoRefEId) return [{ expression, extIoRefEId }]
    findings.push({
      code: 'LVBB3151', severity: 'blokkerend', layer: 'lvbb',
      message: `Het informatieobject ${expression} staat niet als ExtIoRef in de tekst van het besluit of de omgevingsvisie (Bijlage I); verwacht een regel in het overzicht informatieobjecten.`,
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
  // The text is leading: a date it gives but that cannot be read is never replaced by visie.json's date.
  const unreadable = artikelen.find((a) =>
    a.inwerkingtreding === undefined ? namesUnreadDate(a) : !isCalendarDate(a.inwerkingtreding))
  if (unreadable) {
    const tekst = artikelText(unreadable)
    findings.push({
      code: 'VISIE-870', severity: 'blokkerend', layer: 'bron',
      message: `Artikel ${unreadable.kop.nummer ?? ''} noemt de inwerkingtreding met een datum die niet te lezen is ("${tekst.slice(0, 160)}")${config ? `; visie.json (datums.inwerkingtreding) zegt ${config}, maar de tekst gaat voor` : ''}. Schrijf de datum als 26-02-2026 of 26 februari 2026.`,
      data: { tekst: tekst.slice(0, 160), ...(config ? { config } : {}) },
      ...(unreadable.position ? { source: { file, line: unreadable.position.start.line } } : {}),
    })
    return undefined
  }
  // A Tijdstempel points at an Artikel of the besluit, never at the WijzigArtikel (BHKV1010): a besluit whose only
  // artikel adopts the visie (`Enig artikel`, also when it names the inwerkingtreding too) has no place for the date,
  // and is written without one; the LVBB's own check then says why it cannot be delivered (LVBB3519, VISIE-863).
  const plain = artikelen.find((a) => a.soort === 'gewoon')
  const bekendmaking = ctx.config.datums.bekendmaking
  if (plain === undefined) {
    const only = artikelen[0]
    const dagNaIn = artikelen.find((a) => DAG_NA_BEKENDMAKING.test(artikelText(a)))
    const date = artikel?.inwerkingtreding ?? config ?? (dagNaIn && bekendmaking !== undefined ? nextDay(bekendmaking) : undefined)
    const wanneer = date === undefined ? 'de inwerkingtreding' : `de inwerkingtreding op ${date}`
    findings.push({
      code: 'VISIE-313', severity: 'waarschuwing', layer: 'bron',
      message: `Het besluit heeft geen gewoon artikel naast het artikel dat de visie vaststelt; een tijdstempel mag alleen naar een gewoon Artikel verwijzen (BHKV1010), dus ${wanneer} gaat zonder tijdstempel mee. De visie treedt dan pas in werking met een later besluit; geef de inwerkingtreding een eigen artikel als dat niet de bedoeling is.`,
      data: { ...(date !== undefined ? { datum: date } : {}) },
      ...(only?.position ? { source: { file, line: only.position.start.line } } : {}),
    })
    return undefined
  }
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
  // `treedt in werking met ingang van de dag na die van de bekendmaking`: a date the text fixes through the
  // bekendmaking, which visie.json gives.
  const dagNa = artikelen.find((a) => a.soort === 'gewoon' && (DAG_NA_BEKENDMAKING.test(artikelText(a)) || DAG_VAN_BEKENDMAKING.test(artikelText(a))))
  if (config === undefined && dagNa?.eId !== undefined && bekendmaking !== undefined) {
    // `op de dag waarop dit bekend wordt gemaakt`: the day of the bekendmaking itself.
    const sameDay = !DAG_NA_BEKENDMAKING.test(artikelText(dagNa))
    const datum = sameDay ? bekendmaking : nextDay(bekendmaking)
    findings.push({
      code: 'VISIE-314', severity: 'informatie', layer: 'bron',
      message: sameDay
        ? `Artikel ${dagNa.kop.nummer ?? ''} laat het besluit in werking treden op de dag van de bekendmaking: ${datum}, datums.bekendmaking in visie.json.`
        : `Artikel ${dagNa.kop.nummer ?? ''} laat het besluit in werking treden op de dag na de bekendmaking: ${datum}, de dag na datums.bekendmaking (${bekendmaking}) in visie.json.`,
      data: { datum, bekendmaking }, ...(dagNa.position ? { source: { file, line: dagNa.position.start.line } } : {}),
    })
    return { datum, eId: dagNa.eId }
  }
  const fallback = artikelen.find((a) => a.soort === 'gewoon') ?? artikelen[artikelen.length - 1]
  // A besluit that says nothing about its inwerkingtreding takes effect with its bekendmaking (Awb 3:40): the day
  // after datums.bekendmaking, as the usual wording has it. A besluit that does speak of it without a date (`op een
  // later te bepalen tijdstip`) gets none.
  const silent = !artikelen.some((a) => IN_WERKING.test(artikelText(a)))
  if (config === undefined && silent && bekendmaking !== undefined && plain?.eId !== undefined) {
    const datum = nextDay(bekendmaking)
    findings.push({
      code: 'VISIE-315', severity: 'waarschuwing', layer: 'bron',
      message: `Het besluit zegt niets over de inwerkingtreding; aangenomen is de dag na de bekendmaking (artikel 3:40 Awb): ${datum}, de dag na datums.bekendmaking (${bekendmaking}) in visie.json, aan artikel ${plain.kop.nummer ?? ''}. Zet datums.inwerkingtreding in visie.json als de visie op een andere dag in werking treedt.`,
      data: { datum, bekendmaking }, ...(plain.position ? { source: { file, line: plain.position.start.line } } : {}),
    })
    return { datum, eId: plain.eId }
  }
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

/**
 * The besluit says when it takes effect: `treedt … in werking`, `in werking treedt op/per/met ingang van …`,
 * `inwerkingtreding op …`. A clause that only refers to it (`… met ingang van de dag waarop dit besluit in werking
 * treedt`) says nothing about when.
 */
const IN_WERKING = /\btreedt\b[^.;]{0,80}\bin\s?werking\b|\bin\s?werking(?:\s+(?:treedt|treden|te\s+laten\s+treden))?\s+(?:op|per|met\s+ingang\s+van|vanaf|na)\b|\binwerkingtreding\b[^.;]{0,40}\b(?:op|per|is|met\s+ingang\s+van)\b/iu
const DAG_NA_BEKENDMAKING =
  /in werking\b.{0,80}\bdag na (?:(?:die van )?(?:de |haar |zijn |het )?(?:bekendmaking|uitgifte|publicatie|plaatsing)|die waarop (?:dit |het )?(?:besluit )?(?:bekend is gemaakt|is bekendgemaakt|bekendgemaakt is|wordt bekendgemaakt|is gepubliceerd))/iu
/** `treedt in werking op de dag waarop dit (besluit) bekend wordt gemaakt`, `met ingang van de dag van bekendmaking`. */
const DAG_VAN_BEKENDMAKING = /in werking\b.{0,80}\bdag (?:waarop|van) (?:dit|het|de|haar|zijn)?\s*(?:besluit\s+)?(?:bekend(?:making| wordt gemaakt| is gemaakt)|wordt bekendgemaakt)/iu

/** The calendar day after an ISO date. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

function artikelText(a: Artikel): string {
  return a.children.flatMap((al) => al.children.map((c) => ('value' in c ? c.value : ''))).join(' ').replace(/\s+/g, ' ').trim()
}

const MAANDEN = /\b(jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+(19|20)\d{2}\b/iu

/** "treedt in werking op 31 febr. 2026" or "op 2026": the article gives a date (a year) that the reader did not read. */
function namesUnreadDate(a: Artikel): boolean {
  const text = artikelText(a)
  // A year counts where a date would stand (`op 2026`, `per 1-7-2026`), not in a name (`de Omgevingsvisie 2015–2030`).
  // Only the sentences that say when the besluit takes effect: another date of the artikel (`onder intrekking van
  // de visie van 26 september 2017.`) is not its inwerkingtreding.
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u).some((s) =>
    IN_WERKING.test(s) && (/\b(?:op|per|vanaf|van|na)\s+(?:\S+\s+){0,3}(?:\S*\D)?(19|20)\d{2}\b(?![–-]\d)/iu.test(s) || MAANDEN.test(s)))
}

/** `2026-02-31` is no date. */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** ExtIoRef expression → eId, from the regeling (first occurrence, document order). */
/**
 * Per GIO expression the eId of its first ExtIoRef as ConsolidatieInformatie names it: in an artikel of the besluit
 * as it is, in the regeling (its text or a bijlage) after `!<componentnaam>#`.
 */
function collectExtIoRefs(document: Document, componentnaam: string): Map<string, string> {
  const out = new Map<string, string>()
  let prefix = ''
  const inl = (list: readonly Inline[]) => {
    for (const i of list) if (i.type === 'extIoRef' && i.eId && !out.has(i.ref.trim())) out.set(i.ref.trim(), `${prefix}${i.eId}`)
  }
  for (const a of document.besluit.artikelen) for (const al of a.children) inl(al.children)
  prefix = `!${componentnaam}#`
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
