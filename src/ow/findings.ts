/**
 * The findings the OW writer reports, one entry per code (eslint `messages`): chain codes where the problem is the
 * chain's rule (TPOD/OZON), else VISIE-400..499. Layer `ow`; each message names the visie.json key or text line.
 */
import type { Finding, Severity } from '../model/index.js'

type Data = Readonly<Record<string, string | number>>

interface Rule {
  readonly severity: Severity
  readonly message: (d: Data) => string
}

const rules = {
  /** An annotated section number that the Lichaam does not have. */
  'VISIE-400': {
    severity: 'blokkerend',
    message: (d) => `ow.annotaties noemt paragraaf ${d.nummer}, maar het lichaam van de visie heeft geen Divisie of Divisietekst met dat nummer of die titel.`,
  },
  /** A GIO named in ow config that the GIO step did not produce (or that has no geometry). */
  'VISIE-401': {
    severity: 'blokkerend',
    message: (d) => `${d.sleutel} noemt GIO '${d.gio}', maar ${d.reden}.`,
  },
  /** The ids pass did not give a Divisie(tekst) a wId. */
  'VISIE-402': {
    severity: 'blokkerend',
    message: (d) => `${d.soort} ${d.nummer} heeft geen wId; zonder wId kan er geen OW-object naar verwijzen.`,
  },
  'VISIE-403': {
    severity: 'blokkerend',
    message: (d) => `${d.sleutel} verwijst naar hoofdlijn '${d.hoofdlijn}', die niet in ow.hoofdlijnen staat.`,
  },
  'VISIE-404': {
    severity: 'blokkerend',
    message: (d) => `${d.sleutel} verwijst naar gebiedsaanwijzing '${d.gebiedsaanwijzing}', die niet in ow.gebiedsaanwijzingen staat.`,
  },
  /** Would be an orphan (TPOD1900); left out. */
  'VISIE-405': {
    severity: 'waarschuwing',
    message: (d) => `Hoofdlijn '${d.hoofdlijn}' wordt door geen enkel tekstdeel gebruikt (ow.annotaties) en is weggelaten.`,
  },
  /** Would break OZON0022; left out. */
  'VISIE-406': {
    severity: 'waarschuwing',
    message: (d) => `Gebiedsaanwijzing '${d.gebiedsaanwijzing}' wordt door geen enkel tekstdeel gebruikt (ow.annotaties) en is weggelaten (OZON0022).`,
  },
  'VISIE-407': {
    severity: 'blokkerend',
    message: (d) => `Hoofdlijn-sleutel '${d.hoofdlijn}' komt meer dan eens voor in ow.hoofdlijnen.`,
  },
  'VISIE-408': {
    severity: 'blokkerend',
    message: (d) => `Gebiedsaanwijzing '${d.gebiedsaanwijzing}': groep ${d.groep} hoort niet bij type ${d.soort} (verwacht een waarde uit de waardelijst ${d.lijst}).`,
  },
  /** Annotation of a bijlage: only the Lichaam may be annotated. */
  TPOD1110: {
    severity: 'blokkerend',
    message: (d) => `ow.annotaties noemt paragraaf ${d.nummer}, die in ${d.bijlage} staat; alleen het lichaam van de regeling mag geannoteerd worden.`,
  },
  /** Thema value that is deprecated in the waardelijst. */
  OZON0120: {
    severity: 'waarschuwing',
    message: (d) => `${d.sleutel}: thema ${d.thema} is verouderd in de waardelijst Thema (vervalt 15-10-2026); kies een actuele waarde.`,
  },
  TPOD2504: {
    severity: 'blokkerend',
    message: (d) => `Gebiedsaanwijzing '${d.gebiedsaanwijzing}' heeft type ${d.soort}, dat in een omgevingsvisie niet is toegestaan.`,
  },
} satisfies Record<string, Rule>

export type OwCode = keyof typeof rules

export function owFinding(
  code: OwCode,
  data: Data,
  place: { readonly file?: string; readonly line?: number } = {},
): Finding {
  const rule: Rule = rules[code]
  return {
    code,
    severity: rule.severity,
    layer: 'ow',
    message: rule.message(data),
    data,
    ...(place.file !== undefined && place.line !== undefined ? { source: { file: place.file, line: place.line } } : {}),
  }
}
