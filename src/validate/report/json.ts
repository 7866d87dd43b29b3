/** The JSON report of product.md §2: the only place where the Dutch keys (ernst, laag, bestand, …) are spelled. */
import { type Finding, type FindingSource, jsonEscapeInvisible } from '../../model/index.js'
import type { Report } from '../index.js'

export function formatJson(report: Report): string {
  const out = {
    tool: report.tool,
    versie: report.versie,
    pakket: report.geschreven === false ? null : report.pakket,
    ...(report.geschreven === undefined ? {} : { geschreven: report.geschreven }),
    standaarden: report.standaarden,
    samenvatting: {
      blokkerend: report.samenvatting.blokkerend,
      waarschuwing: report.samenvatting.waarschuwing,
      informatie: report.samenvatting.informatie,
    },
    ...(report.gelezen ? { gelezen: report.gelezen } : {}),
    bevindingen: report.findings.map(bevinding),
  }
  return `${jsonEscapeInvisible(JSON.stringify(out, null, 2))}\n`
}

function bevinding(f: Finding): Record<string, unknown> {
  return {
    code: f.code,
    ernst: f.severity,
    laag: f.layer,
    ...(f.at ? { bestand: f.at.file } : {}),
    ...(f.at?.xpath ? { pad: f.at.xpath } : {}),
    ...(f.at?.line ? { regel: f.at.line } : {}),
    ...(f.source ? { bron: bron(f.source) } : {}),
    melding: f.message,
    ...(f.consequences?.length ? { gevolgen: f.consequences.map(bevinding) } : {}),
  }
}

function bron(s: FindingSource): Record<string, unknown> {
  return {
    bestand: s.file,
    regel: s.line,
    ...(s.page !== undefined ? { pagina: s.page } : {}),
    ...(s.alinea !== undefined ? { alinea: s.alinea } : {}),
    ...(s.quote ? { citaat: s.quote } : {}),
  }
}
