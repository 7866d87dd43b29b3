/** The Dutch text report: summary first, then findings grouped by layer and by file (findings already sorted). */
import { describeSource, type Finding, type Layer, visibleControls, visibleLineBreaks } from '../../model/index.js'
import type { Report } from '../index.js'

export const layerTitles: Readonly<Record<Layer, string>> = {
  pakket: 'Pakket (ZIP, manifest, bestanden)',
  xsd: 'XML-schema (XSD)',
  stop: 'Schematron (STOP/LVBB)',
  lvbb: 'LVBB-bedrijfsregels',
  geo: 'Geometrie (GML)',
  ow: 'Omgevingswetobjecten (OW)',
  bron: 'Brontekst',
}

/** `STOP 1.3.0, LVBB 1.2.0, IMOW 3.0`; a declared version visie has no schemas and rules for says so. */
export function standaarden(report: Report): string {
  const s = report.standaarden
  const naam = (standaard: string, versie: string) =>
    `${standaard} ${versie}${s.nietOndersteund?.includes(standaard) ? ' (verklaard, niet ondersteund: alleen versie-onafhankelijke controles)' : ''}`
  return [naam('STOP', s.stop), naam('LVBB', s.lvbb), naam('IMOW', s.imow)].join(', ')
}

export function formatText(report: Report): string {
  const s = report.samenvatting
  const lines = [
    `visie ${report.versie} — validatie van ${report.pakket}`,
    `Standaarden: ${standaarden(report)}`,
    `Samenvatting: ${s.blokkerend} blokkerend, ${s.waarschuwing} waarschuwing${s.waarschuwing === 1 ? '' : 'en'}, ${s.informatie} informatie`,
    s.blokkerend === 0 ? 'Resultaat: geen blokkerende bevindingen.' : 'Resultaat: het pakket wordt afgekeurd (blokkerende bevindingen).',
  ]
  let layer: string | undefined
  let file: string | undefined
  const where = (f: Finding) => f.at?.file ?? f.source?.file ?? '(pakket)'
  const key = (f: Finding) => `${f.layer}\u0000${where(f)}\u0000${f.code}`
  const total = new Map<string, number>()
  for (const f of report.findings) total.set(key(f), (total.get(key(f)) ?? 0) + 1)
  const seen = new Map<string, number>()
  for (const f of report.findings) {
    const k = key(f)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    const collapsed = (total.get(k) ?? 0) > ALL_UP_TO
    if (collapsed && n > MAX_PER_CODE + 1) continue
    if (f.layer !== layer) {
      layer = f.layer
      file = undefined
      lines.push('', `== ${layerTitles[f.layer]} ==`)
    }
    if (where(f) !== file) {
      file = where(f)
      lines.push(`  ${visibleLineBreaks(file)}`)
    }
    if (collapsed && n === MAX_PER_CODE + 1) {
      lines.push(`    … en nog ${(total.get(k) ?? 0) - MAX_PER_CODE} keer ${f.code} in dit bestand (alle bevindingen staan in --format json)`)
    } else {
      lines.push(...findingLines(oneLine(f)))
    }
  }
  // Names from a package (ZIP entries) may hold ESC/OSC/BEL: shown, never sent to the terminal.
  return visibleControls(`${lines.join('\n')}\n`)
}

/**
 * Findings of one code in one file: up to ALL_UP_TO all are shown (each may name another GIO, another element), more
 * are the same mistake repeated, e.g. a GeoJSON in degrees declared as RD gives one finding per feature (90 000
 * features: 180 000 lines), so the text report shows the first MAX_PER_CODE and counts the rest in one line. The
 * summary, JSON and JUnit keep every finding.
 */
const ALL_UP_TO = 50
const MAX_PER_CODE = 20

/** The finding with each field on one line (visibleLineBreaks): what a package names never breaks a report line. */
export function oneLine(f: Finding): Finding {
  return {
    ...f,
    message: visibleLineBreaks(f.message),
    ...(f.at ? { at: { ...f.at, file: visibleLineBreaks(f.at.file), ...(f.at.xpath === undefined ? {} : { xpath: visibleLineBreaks(f.at.xpath) }) } } : {}),
    ...(f.source ? { source: { ...f.source, file: visibleLineBreaks(f.source.file) } } : {}),
  }
}

function findingLines(f: Finding): string[] {
  // XSD messages name their line themselves ("opdracht.xml, regel 7: …"): print it once.
  const line = f.at?.line
  const place = line && !new RegExp(`\\bregel ${line}\\b`).test(f.message) ? `regel ${line}: ` : ''
  const out = [`    ${f.code} (${f.severity}) ${place}${f.message}`]
  if (f.at?.xpath) out.push(`      pad: ${f.at.xpath}`)
  if (f.source) out.push(`      bron: ${describeSource(f.source)}`)
  return out
}
