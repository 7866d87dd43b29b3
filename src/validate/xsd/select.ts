/**
 * Which installed XSD validates a file, from its root element (stop-lvbb.md §2.1, imow-ow.md §1.2/§3.2), and which
 * chain code it reports for a schema error in it (Validaties-LVBB-STOP-BHKV.md: LVBB1006/1008/1032/2003/3501/3009;
 * Validaties-TPOD.md: TPOD1164 for an OW file).
 */
import { defaultRuleSet, type RuleSetVersions } from '../layer.js'

export interface RootInfo {
  readonly namespace: string
  readonly name: string
  /** Value of the root's `schemaversie` attribute, if any. */
  readonly schemaversie?: string
  /** Value of xsi:schemaLocation, if any. */
  readonly schemaLocation?: string
  /** Local names of the root's child elements (for manifest-ow: IMOWversie, DoelID, ExpressionIDRegeling). */
  readonly childNames: readonly string[]
  /** Text of the manifest-ow IMOWversie element, if any. */
  readonly imowVersie?: string
}

export interface SchemaChoice {
  /** Manifest path of the entry XSD. */
  readonly schema: string
  /** 'stop-lvbb': the STOP/LVBB family, whose version the package declares (the xsd layer skips it when not installed). */
  readonly familie: 'stop-lvbb' | 'imow'
  /** Chain code for a schema error in this kind of file, when the LVBB catalogue has one. */
  readonly ketencode?: string
}

export const ns = {
  lvbba: 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/',
  lvbb: 'http://www.overheid.nl/2017/lvbb',
  geo: 'https://standaarden.overheid.nl/stop/imop/geo/',
  manifestOw: 'http://www.geostandaarden.nl/bestanden-ow/manifest-ow',
  owDc: 'http://www.geostandaarden.nl/imow/bestanden/deelbestand',
} as const

const aanlevering = (v: RuleSetVersions) => `stop/schemas/lvbb-${v.lvbb}/lvbb-stop-aanlevering.xsd`
const transport = (v: RuleSetVersions) => `stop/schemas/lvbb-${v.lvbb}/lvbb-transport.xsd`
const imopGeo = (v: RuleSetVersions) => `stop/schemas/stop-${v.stop}/imop-geo.xsd`
const imow = (v: ImowXsd, file: string) => `imow/schemas/${v}/bestanden-ow/${file}`

export type ImowXsd = 'v2.0.0' | 'v3.1.0'

/**
 * The schema for a root element, or undefined for a root visie does not know. STOP/LVBB files get the schemas of
 * `versies` (the versions the package declares); OW files the IMOW XSD version they announce themselves.
 */
export function selectSchema(root: RootInfo, versies: RuleSetVersions = defaultRuleSet): SchemaChoice | undefined {
  const stop = (schema: string, ketencode?: string): SchemaChoice => ({ schema, familie: 'stop-lvbb', ...(ketencode ? { ketencode } : {}) })
  switch (root.namespace) {
    case ns.lvbba:
      return stop(aanlevering(versies), root.name === 'AanleveringInformatieObject' ? 'LVBB3501' : 'LVBB2003')
    case ns.lvbb:
      if (root.name === 'manifest') return stop(transport(versies), 'LVBB1008')
      return root.name.endsWith('Opdracht') ? stop(transport(versies), 'LVBB1006') : stop(transport(versies))
    case ns.geo:
      return root.name === 'GeoInformatieObjectVaststelling' ? stop(imopGeo(versies), 'LVBB3009') : undefined
    case ns.manifestOw:
      return root.name === 'Aanleveringen'
        ? { schema: imow(imowVersion(root), 'generiek/manifest-ow.xsd'), familie: 'imow', ketencode: 'LVBB1032' }
        : undefined
    case ns.owDc:
      return root.name === 'owBestand'
        ? { schema: imow(imowVersion(root), 'deelbestand-ow/IMOW_Deelbestand.xsd'), familie: 'imow', ketencode: 'TPOD1164' }
        : undefined
    default:
      return undefined
  }
}

/**
 * IMOW 3.1 (XSD v3.1.0) announces itself with `schemaversie` on the root, an IMOWversie ≥ 3.1 or ExpressionIDRegeling in
 * manifest-ow, or a v3.1.0 schemaLocation; everything else is IMOW 3.0 (XSD v2.0.0), which has none of these (imow-ow.md §3.2).
 */
export function imowVersion(root: RootInfo): ImowXsd {
  if (root.schemaversie !== undefined && !/^v?2\./.test(root.schemaversie.trim())) return 'v3.1.0'
  if (root.schemaLocation?.includes('/tpod/v3.1.0/')) return 'v3.1.0'
  if (root.childNames.includes('ExpressionIDRegeling')) return 'v3.1.0'
  const v = root.imowVersie?.trim()
  if (v && /^\d+\.\d+/.test(v) && Number.parseFloat(v) >= 3.1) return 'v3.1.0'
  return 'v2.0.0'
}
