/**
 * JUnit XML for CI: one testsuite per layer, one failing testcase per blocking finding, one passing testcase with
 * system-out per warning; a layer without blocking findings gets one passing testcase, a layer that did not run one
 * skipped testcase. `time`/`timestamp` come from the report's `tijd` (set by the CLI). Built with xmlbuilder2 (escaping once).
 */
import { create } from 'xmlbuilder2'
import { describeSource, type Finding, type Layer, visibleControls } from '../../model/index.js'
import type { Report } from '../index.js'
import { layerTitles, oneLine } from './text.js'

const order: readonly Layer[] = ['pakket', 'xsd', 'stop', 'lvbb', 'geo', 'ow', 'bron']

export function formatJunit(report: Report): string {
  const blocking = report.findings.map(oneLine).filter((f) => f.severity === 'blokkerend')
  const warnings = report.findings.map(oneLine).filter((f) => f.severity === 'waarschuwing')
  const skipped = new Set(report.overgeslagen ?? [])
  const seconds = report.tijd ? (report.tijd.ms / 1000).toFixed(3) : '0'
  // JUnit's timestamp is local ISO 8601 without a zone; ours is UTC, written without the Z.
  const timestamp = report.tijd ? report.tijd.start.replace(/\.\d+Z$|Z$/, '') : undefined
  const count = (l: Layer) => (skipped.has(l) ? 1 : Math.max(1, blocking.filter((f) => f.layer === l).length) + warnings.filter((f) => f.layer === l).length)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: `visie validate ${report.pakket}`,
    tests: String(order.reduce((n, l) => n + count(l), 0)),
    failures: String(blocking.length),
    skipped: String(order.filter((l) => skipped.has(l)).length),
    time: seconds,
  })
  for (const layer of order) {
    const own = blocking.filter((f) => f.layer === layer)
    const ownWarnings = warnings.filter((f) => f.layer === layer)
    const suite = root.ele('testsuite', {
      name: layer,
      tests: String(count(layer)),
      failures: String(own.length),
      errors: '0',
      skipped: skipped.has(layer) ? '1' : '0',
      ...(timestamp ? { timestamp } : {}),
      time: layer === order[0] ? seconds : '0',
    })
    properties(suite, report)
    if (skipped.has(layer)) {
      suite.ele('testcase', { classname: layer, name: `${layerTitles[layer]}: niet uitgevoerd` }).ele('skipped', { message: skippedReason(layer, report) })
      continue
    }
    if (own.length === 0) suite.ele('testcase', { classname: layer, name: `${layerTitles[layer]}: geen blokkerende bevindingen` })
    for (const f of own) {
      suite
        .ele('testcase', { classname: `${layer}.${f.at?.file ?? '(pakket)'}`, name: `${f.code} ${place(f)}` })
        .ele('failure', { message: f.message, type: f.code })
        .txt(details(f))
    }
    // A warning does not fail the build: a passing testcase whose output CI systems show beside it.
    for (const f of ownWarnings) {
      suite
        .ele('testcase', { classname: `${layer}.${f.at?.file ?? '(pakket)'}`, name: `${f.code} (waarschuwing) ${place(f)}` })
        .ele('system-out')
        .txt(details(f))
    }
  }
  // Entry names with control characters: visible text, so the report stays well-formed XML.
  return visibleControls(root.end({ prettyPrint: true })) + '\n'
}

/** The standard versions validated with, as JUnit properties (`stop`, `lvbb`, `imow`, `niet-ondersteund`). */
function properties(suite: ReturnType<ReturnType<typeof create>['ele']>, report: Report): void {
  const props = suite.ele('properties')
  const s = report.standaarden
  for (const [name, value] of [['stop', s.stop], ['lvbb', s.lvbb], ['imow', s.imow]] as const) props.ele('property', { name, value })
  if (s.nietOndersteund?.length) props.ele('property', { name: 'niet-ondersteund', value: s.nietOndersteund.join(',') })
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
