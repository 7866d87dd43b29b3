/**
 * The geometry checks' findings (layer `geo`): one entry per code with its severity and Dutch message.
 * Chain codes where the chain has one (STOP3019 empty geometry, from imop-geo.sch); else VISIE-200..VISIE-299.
 */
import type { Finding, Severity } from '../model/index.js'

type Data = Readonly<Record<string, string | number | boolean>>

interface GeoRule {
  readonly severity: Severity
  readonly message: (d: Data) => string
}

/** Where a feature came from: `bron` file as given, feature number from 1, line of the feature in the file. */
export interface FeaturePlace {
  readonly gio?: string
  readonly bron: string
  readonly feature: number
  readonly line?: number
}

const at = (d: Data) => `${d.bron}, feature ${d.feature}${d.gio === undefined ? '' : ` (GIO '${d.gio}')`}`
const xy = (d: Data) => (d.x === undefined ? '' : ` bij (${d.x} ${d.y})`)

/** Sorted by code. */
export const geoRules = {
  STOP3019: { severity: 'blokkerend', message: (d) => `${at(d)}: de geometrie is leeg; een locatie zonder geometrie is niet toegestaan.` },
  'VISIE-200': { severity: 'blokkerend', message: (d) => `GIO '${d.gio}' staat in Bijlage I (regel ${d.regel}) maar er is geen geometrie voor gevonden in ${d.bronnen}.` },
  'VISIE-201': { severity: 'blokkerend', message: (d) => `${at(d)}: geometrie voor GIO '${d.gio}', maar Bijlage I noemt geen GIO met die naam.` },
  'VISIE-202': { severity: 'blokkerend', message: (d) => `${at(d)}: ring ${d.ring} is niet gesloten: het eerste punt${xy(d)} is niet gelijk aan het laatste.` },
  'VISIE-203': { severity: 'blokkerend', message: (d) => `${at(d)}: ${d.onderdeel} heeft ${d.punten} punten, minimaal ${d.minimum} nodig${xy(d)}.` },
  'VISIE-204': { severity: 'blokkerend', message: (d) => `${at(d)}: ongeldige coördinaat (${d.reden}); verwacht x en y, in paren.` },
  'VISIE-205': { severity: 'blokkerend', message: (d) => `${at(d)}: coördinaat ${d.waarde} is geen eindig getal (NaN/Infinity).` },
  'VISIE-206': { severity: 'blokkerend', message: (d) => `${at(d)}: punt${xy(d)} ligt buiten het bereik van RD New (EPSG:28992).` },
  'VISIE-207': { severity: 'blokkerend', message: (d) => `${at(d)}: het coördinaatstelsel klopt niet: ${d.reden}.` },
  'VISIE-208': { severity: 'blokkerend', message: (d) => `${at(d)}: de geometrie is niet OGC-geldig: ${d.reden}${xy(d)}.` },
  'VISIE-209': { severity: 'blokkerend', message: (d) => `${at(d)}: afronden op millimeters (3 decimalen) maakt de geometrie ongeldig: ${d.reden}${xy(d)}.` },
  'VISIE-210': { severity: 'waarschuwing', message: (d) => `${at(d)}: dezelfde geometrie als feature ${d.gelijkAan} van ${d.gelijkAanBron} in GIO '${d.gio}'.` },
  'VISIE-211': { severity: 'blokkerend', message: (d) => `${at(d)}: feature zonder eigenschap 'gio'; verwacht de GIO-naam zoals in Bijlage I.` },
  'VISIE-212': { severity: 'blokkerend', message: (d) => `${at(d)}: geometrietype '${d.type}' wordt niet ondersteund (verwacht (Multi)Polygon, (Multi)LineString of (Multi)Point).` },
  'VISIE-213': { severity: 'blokkerend', message: (d) => `${d.bron}${d.line === undefined ? '' : ` regel ${d.line}`}: ${d.reden}.` },
  'VISIE-214': { severity: 'waarschuwing', message: (d) => `${at(d)}: de GIO-naam '${d.gegeven}' staat in Bijlage I als '${d.gio}' (verschil in hoofdletters, spaties, streepjes, aanhalingstekens of accenten); gekoppeld aan die GIO.` },
  'VISIE-215': { severity: 'waarschuwing', message: (d) => `${at(d)}: de GIO-naam '${d.gegeven}' staat niet in Bijlage I; de enige GIO zonder eigen geometrie waarvan de naam ermee begint of erin opgaat is '${d.gio}', gekoppeld aan die GIO. Controleer de naam in Bijlage I (een cel van de tabel kan bij de naam zijn gelezen).` },
} as const satisfies Record<string, GeoRule>

export type GeoCode = keyof typeof geoRules

/** Builds a finding for `code`; the place of the feature goes into `data` and `source` (the geometry file and line). */
export function geoFinding(code: GeoCode, place: FeaturePlace | { readonly bron: string; readonly line?: number }, extra: Data = {}): Finding {
  const data: Record<string, string | number | boolean> = { ...withoutUndefined(place), ...extra }
  const rule: GeoRule = geoRules[code]
  const line = place.line
  return {
    code,
    severity: rule.severity,
    layer: 'geo',
    message: rule.message(data),
    data,
    ...(line === undefined ? {} : { source: { file: place.bron, line } }),
  }
}

function withoutUndefined(o: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v as string | number | boolean
  return out
}
