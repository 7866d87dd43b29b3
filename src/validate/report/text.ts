/** The Dutch text report: summary first, then findings grouped by layer and by file (findings already sorted). */
import { describeSource, type Finding, type Layer, visibleControls, visibleLineBreaks } from '../../model/index.js'
import type { Report } from '../index.js'
import { listedUnder, shownFindings } from './repeats.js'

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
  for (const { finding: f, rest } of shownFindings(report.findings)) {
    if (f.layer !== layer) {
      layer = f.layer
      file = undefined
      lines.push('', `== ${layerTitles[f.layer]} ==`)
    }
    if (listedUnder(f) !== file) {
      file = listedUnder(f)
      lines.push(`  ${visibleLineBreaks(file)}`)
    }
    if (rest !== undefined) lines.push(`    … en nog ${rest} keer ${f.code} in dit bestand (alle bevindingen staan in --format json)`)
    else lines.push(...findingLines(oneLine(f)))
  }
  // Names from a package (ZIP entries) may hold ESC/OSC/BEL: shown, never sent to the terminal.
  return visibleControls(`${lines.join('\n')}\n`)
}

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
