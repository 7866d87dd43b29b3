/**
 * Rules of the TypeScript layers (pakket, lvbb, geo, ow): `{code, layer, severity, title, message, check}`.
 * A rule reports data and a place; `ruleLayer` stamps code, layer, severity and the rendered message
 * (style.md §2 "Registration") and turns a throwing rule into an internal error.
 */
import type { Finding, Layer, Severity } from '../model/index.js'
import type { ValidationLayer } from './layer.js'
import { packageView, type FileRole, type PackageView } from './view.js'
import { placeCopy } from './xml.js'

export type FindingData = Readonly<Record<string, string | number | boolean>>

export interface RuleReport {
  readonly data: FindingData
  readonly at?: Finding['at']
  readonly source?: Finding['source']
  /** Only where the chain itself weighs a finding by context (a validatie- versus publicatieOpdracht). */
  readonly severity?: Severity
}

export interface Rule {
  /** The chain's code (LVBB3008, TPOD2230, OZON0022) or VISIE-<n> (500..799 for these layers). */
  readonly code: string
  readonly layer: Layer
  readonly severity: Severity
  /** One line, Dutch: what the rule checks (printed by `visie validate --regels`). */
  readonly title: string
  readonly message: (data: FindingData) => string
  readonly check: (view: PackageView, report: (r: RuleReport) => void) => void | Promise<void>
  /**
   * Files the verdict rests on besides what it reports: roles ('besluit') or 'eigen' (the reported file). When one of
   * them breaks its schema, the finding is a consequence of that schema error, grouped under it (one cause, one finding).
   */
  readonly dependsOn?: readonly (FileRole | 'eigen')[]
  /**
   * Findings of other rules that follow from this rule's finding (one cause, one finding): grouped under it as its
   * consequences. `scope` 'bestand': only those about the same package file; 'pakket': any in the package.
   */
  readonly explains?: Explains
}

export interface Explains {
  readonly codes: readonly string[]
  readonly scope: 'bestand' | 'pakket'
}

const dependencies = new WeakMap<Finding, readonly string[]>()
const explanations = new WeakMap<Finding, Explains>()

/** The package files a finding made by a rule rests on (see Rule.dependsOn); [] for other findings. */
export function dependsOnFiles(f: Finding): readonly string[] {
  return dependencies.get(f) ?? []
}

/** What a finding made by a rule explains (see Rule.explains); undefined for other findings. */
export function explainedBy(f: Finding): Explains | undefined {
  return explanations.get(f)
}

export function defineRule(rule: Rule): Rule {
  return rule
}

/** A layer that runs `rules` (sorted by code) over the shared package view. */
export function ruleLayer(name: Layer, rules: readonly Rule[]): ValidationLayer {
  return {
    name,
    async run(pkg, ctx) {
      const view = packageView(pkg, ctx)
      const findings: Finding[] = []
      for (const rule of rules) {
        const report = (r: RuleReport): void => {
          const f = stamp(rule, r)
          if (rule.dependsOn) dependencies.set(f, rule.dependsOn.flatMap((d) => (d === 'eigen' ? (r.at ? [r.at.file] : []) : view.withRole(d))))
          if (rule.explains) explanations.set(f, rule.explains)
          findings.push(f)
        }
        try {
          await rule.check(view, report)
        } catch (e) {
          throw new Error(`regel ${rule.code} faalde: ${(e as Error)?.message ?? String(e)}`, { cause: e })
        }
      }
      return findings
    },
  }
}

function stamp(rule: Rule, r: RuleReport): Finding {
  return {
    code: rule.code,
    severity: r.severity ?? rule.severity,
    layer: rule.layer,
    message: rule.message(r.data),
    data: r.data,
    // A copy taken now: places may compute their xpath lazily from a document that is disposed after the run.
    ...(r.at ? { at: placeCopy(r.at) } : {}),
    ...(r.source ? { source: r.source } : {}),
  }
}
