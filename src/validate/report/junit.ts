/**
 * JUnit XML for CI: one testsuite per layer, one failing testcase per blocking finding, one passing testcase with
 * system-out per warning; a layer without blocking findings gets one passing testcase, a layer that did not run one
 * skipped testcase. `time`/`timestamp` come from the report's `tijd` (set by the CLI). Written line by line (XmlLines,
 * the layout and escaping xmlbuilder2 gave it before): 90 000 blocking findings took 1.5 GB as a DOM.
 */
import { describeSource, type Finding, type Layer, visibleControls, XmlLines } from '../../model/index.js'
import type { Report } from '../index.js'
import { layerTitles, oneLine } from './text.js'

const order: readonly Layer[] = ['pakket', 'xsd', 'stop', 'lvbb', 'geo', 'ow', 'bron']

export function formatJunit(report: Report): string {
  // Entry names with control characters: visible text (`\u{1}`), so the report stays well-formed XML.
  const v = visibleControls
  const blocking = report.findings.map(oneLine).filter((f) => f.severity === 'blokkerend')
  const warnings = report.findings.map(oneLine).filter((f) => f.severity === 'waarschuwing')
  const skipped = new Set(report.overgeslagen ?? [])
  const seconds = report.tijd ? (report.tijd.ms / 1000).toFixed(3) : '0'
  // JUnit's timestamp is local ISO 8601 without a zone; ours is UTC, written without the Z.
  const timestamp = report.tijd ? report.tijd.start.replace(/\.\d+Z$|Z$/, '') : undefined
  const byLayer = (list: readonly Finding[]) => new Map(order.map((l) => [l, list.filter((f) => f.layer === l)]))
  const ownBlocking = byLayer(blocking)
  const ownWarnings = byLayer(warnings)
  const count = (l: Layer) => (skipped.has(l) ? 1 : Math.max(1, ownBlocking.get(l)?.length ?? 0) + (ownWarnings.get(l)?.length ?? 0))
  const xml = new XmlLines().start('testsuites', [
    ['name', v(`visie validate ${report.pakket}`)],
    ['tests', String(order.reduce((n, l) => n + count(l), 0))],
    ['failures', String(blocking.length)],
    ['skipped', String(order.filter((l) => skipped.has(l)).length)],
    ['time', seconds],
  ])
  for (const layer of order) {
    const own = ownBlocking.get(layer) ?? []
    xml.start('testsuite', [
      ['name', layer],
      ['tests', String(count(layer))],
      ['failures', String(own.length)],
      ['errors', '0'],
      ['skipped', skipped.has(layer) ? '1' : '0'],
      ...(timestamp ? [['timestamp', timestamp] as const] : []),
      ['time', layer === order[0] ? seconds : '0'],
    ])
    properties(xml, report)
    if (skipped.has(layer)) {
      xml.start('testcase', [['classname', layer], ['name', `${layerTitles[layer]}: niet uitgevoerd`]]).empty('skipped', [['message', v(skippedReason(layer, report))]]).end().end()
      continue
    }
    if (own.length === 0) xml.empty('testcase', [['classname', layer], ['name', `${layerTitles[layer]}: geen blokkerende bevindingen`]])
    for (const f of own) {
      xml.start('testcase', [['classname', v(`${layer}.${f.at?.file ?? '(pakket)'}`)], ['name', v(`${f.code} ${place(f)}`)]])
      xml.text('failure', v(details(f)), [['message', v(f.message)], ['type', v(f.code)]]).end()
    }
    // A warning does not fail the build: a passing testcase whose output CI systems show beside it.
    for (const f of ownWarnings.get(layer) ?? []) {
      xml.start('testcase', [['classname', v(`${layer}.${f.at?.file ?? '(pakket)'}`)], ['name', v(`${f.code} (waarschuwing) ${place(f)}`)]])
      xml.text('system-out', v(details(f))).end()
    }
    xml.end()
  }
  return xml.toBuffer().toString('utf8')
}

/** The standard versions validated with, as JUnit properties (`stop`, `lvbb`, `imow`, `niet-ondersteund`). */
function properties(xml: XmlLines, report: Report): void {
  const s = report.standaarden
  xml.start('properties')
  for (const [name, value] of [['stop', s.stop], ['lvbb', s.lvbb], ['imow', s.imow]] as const) xml.empty('property', [['name', name], ['value', visibleControls(value)]])
  if (s.nietOndersteund?.length) xml.empty('property', [['name', 'niet-ondersteund'], ['value', visibleControls(s.nietOndersteund.join(','))]])
  xml.end()
}

function skippedReason(layer: Layer, report: Report): string {
  const noSchemas = report.findings.some((f) => f.code === 'VISIE-001')
  if (noSchemas && (layer === 'xsd' || layer === 'stop')) return "De officiële schema's zijn niet geïnstalleerd (visie schemas install)."
  if (report.standaarden.nietOndersteund?.length && (layer === 'stop' || layer === 'lvbb' || layer === 'ow'))
    return `Het pakket verklaart een niet ondersteunde versie (${report.standaarden.nietOndersteund.join(', ')}); deze laag hoort bij die versie (VISIE-860).`
  return 'Niet gekozen met --lagen.'
}

function place(f: Finding): string {
  return [f.at?.file, f.at?.line ? `regel ${f.at.line}` : undefined, f.at?.xpath].filter(Boolean).join(' ')
}

function details(f: Finding): string {
  const lines = [f.message]
  if (f.at) lines.push(`bestand: ${f.at.file}`)
  if (f.at?.xpath) lines.push(`pad: ${f.at.xpath}`)
  if (f.at?.line) lines.push(`regel: ${f.at.line}`)
  if (f.source) lines.push(`bron: ${describeSource(f.source)}`)
  return lines.join('\n')
}
