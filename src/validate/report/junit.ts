/**
 * JUnit XML for CI: one testsuite per layer, one failing testcase per blocking finding; a layer without blocking
 * findings gets one passing testcase. Built with xmlbuilder2 (escaping once).
 */
import { create } from 'xmlbuilder2'
import type { Finding, Layer } from '../../model/index.js'
import type { Report } from '../index.js'
import { layerTitles } from './text.js'

const order: readonly Layer[] = ['pakket', 'xsd', 'stop', 'lvbb', 'geo', 'ow', 'bron']

export function formatJunit(report: Report): string {
  const blocking = report.findings.filter((f) => f.severity === 'blokkerend')
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: `visie validate ${report.pakket}`,
    tests: String(order.reduce((n, l) => n + Math.max(1, blocking.filter((f) => f.layer === l).length), 0)),
    failures: String(blocking.length),
  })
  for (const layer of order) {
    const own = blocking.filter((f) => f.layer === layer)
    const suite = root.ele('testsuite', { name: layer, tests: String(Math.max(1, own.length)), failures: String(own.length), errors: '0' })
    if (own.length === 0) suite.ele('testcase', { classname: layer, name: `${layerTitles[layer]}: geen blokkerende bevindingen` })
    for (const f of own) {
      suite
        .ele('testcase', { classname: `${layer}.${f.at?.file ?? '(pakket)'}`, name: `${f.code} ${place(f)}` })
        .ele('failure', { message: f.message, type: f.code })
        .txt(details(f))
    }
  }
  return root.end({ prettyPrint: true }) + '\n'
}

function place(f: Finding): string {
  return [f.at?.file, f.at?.line ? `regel ${f.at.line}` : undefined, f.at?.xpath].filter(Boolean).join(' ')
}

function details(f: Finding): string {
  const lines = [f.message]
  if (f.at) lines.push(`bestand: ${f.at.file}`)
  if (f.at?.xpath) lines.push(`pad: ${f.at.xpath}`)
  if (f.at?.line) lines.push(`regel: ${f.at.line}`)
  if (f.source) lines.push(`bron: ${f.source.file}, regel ${f.source.line}`)
  return lines.join('\n')
}
