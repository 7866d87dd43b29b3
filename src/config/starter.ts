/**
 * What `visie init` writes: a first project that builds. visie.json (every required field, with $schema), a short
 * omgevingsvisie.txt in the shape of fixtures/assen (besluit, Bijlage A with two chapters, Bijlage I with one GIO and
 * its JOIN id) and a schematic GeoJSON for that GIO. With a bevoegd gezag everything that follows from its code is
 * filled in (ids, wording of the besluit, TOOI metadata, ambtsgebied); without one the placeholders stay, and
 * `visie build` blocks on them (VISIE-510) until they are filled in.
 */
import { dayNumber, isoOf, nonWorkingReason } from '../validate/lvbb/dates.js'
import { bevoegdGezagInfo, besluitOrgaan, type SoortBestuur } from './bevoegd-gezag.js'
import type { VisieConfigInput } from './schema.js'

/** The placeholder values of a project made without a bevoegd gezag; VISIE-510 names them when they reach a package. */
export const PLACEHOLDER = {
  bevoegdGezag: 'gm0000',
  naam: 'Gemeente …',
  oin: '00000000000000000000',
} as const

export interface StarterOptions {
  /** Bevoegd gezag code (gm0757, pv22, ws0155, mnre1034); absent: placeholders. */
  readonly bevoegdGezag?: string
  /** Display name, e.g. `Gemeente Boxtel`; required with a bevoegd gezag. */
  readonly naam?: string
  /** OIN of the bevoegd gezag (and aanleveraar), 20 digits; absent: all zeros (a placeholder). */
  readonly oin?: string
  /** Today (JJJJ-MM-DD): vaststelling; the bekendmaking is the first werkdag a week later. */
  readonly vandaag: string
  /** Path of the JSON Schema relative to the project folder. */
  readonly schema: string
}

export interface StarterProject {
  readonly config: VisieConfigInput
  readonly tekst: string
  readonly geojson: string
}

export const GIO_NAAM = 'visiegebied'
export const GEO_BESTAND = 'geo/visiegebied.geojson'

export function starterProject(options: StarterOptions): StarterProject {
  const code = options.bevoegdGezag ?? PLACEHOLDER.bevoegdGezag
  const info = bevoegdGezagInfo(code)
  const soort: SoortBestuur = info?.soort ?? 'gemeente'
  const naam = options.naam ?? PLACEHOLDER.naam
  const oin = options.oin ?? PLACEHOLDER.oin
  const jaar = options.vandaag.slice(0, 4)
  const vaststelling = options.vandaag
  const bekendmaking = werkdagVanaf(addDays(vaststelling, 7))
  const inwerkingtreding = addDays(bekendmaking, 1)
  const config: VisieConfigInput = {
    $schema: options.schema,
    toelichting: options.bevoegdGezag
      ? `Gemaakt met visie init. Vervang de tekst in omgevingsvisie.txt en de schematische geometrie in ${GEO_BESTAND}, en controleer de OIN's en de datums.`
      : `Gemaakt met visie init, zonder bevoegd gezag: vul bevoegdGezag, naam, de OIN's en idLevering in (of begin opnieuw met visie init MAP --bevoegd-gezag CODE --naam NAAM). Zolang ${PLACEHOLDER.bevoegdGezag} en de nul-OIN's er staan, schrijft visie build geen pakket.`,
    bevoegdGezag: code,
    naam,
    oin: { bevoegdGezag: oin, aanleveraar: oin },
    idLevering: `${code}-omgevingsvisie-${jaar}-1`,
    tekst: 'omgevingsvisie.txt',
    werk: { jaar, besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
    datums: { vaststelling, ondertekening: vaststelling, bekendmaking, inwerkingtreding },
    metadata: {
      ...(info ? { soortBestuursorgaan: info.soortBestuursorgaan } : {}),
      onderwerpen: ['/tooi/def/concept/c_9af4b880'],
      rechtsgebieden: ['/tooi/def/concept/c_638d8062'],
    },
    geo: { achtergrondVerwijzing: 'TOP10NL', achtergrondActualiteit: vaststelling, bronnen: [GEO_BESTAND], schematisch: true },
  }
  return { config, tekst: skeletonText({ soort, naam, code, jaar, vaststelling, inwerkingtreding }), geojson: schematicGeoJson() }
}

interface Wording {
  readonly soort: SoortBestuur
  readonly naam: string
  readonly code: string
  readonly jaar: string
  readonly vaststelling: string
  readonly inwerkingtreding: string
}

/** Voorstel and signatures per kind of bevoegd gezag. */
const perSoort: Readonly<Record<SoortBestuur, { readonly voorstel: string; readonly vergadering: string; readonly ondertekening: readonly string[] }>> = {
  gemeente: { voorstel: 'gelezen het voorstel van burgemeester en wethouders;', vergadering: 'in de openbare vergadering van de raad van', ondertekening: ['De griffier,', 'De voorzitter,'] },
  provincie: { voorstel: 'gelezen het voorstel van Gedeputeerde Staten;', vergadering: 'in de openbare vergadering van Provinciale Staten van', ondertekening: ['De griffier,', 'De voorzitter,'] },
  waterschap: { voorstel: 'gelezen het voorstel van het dagelijks bestuur;', vergadering: 'in de openbare vergadering van het algemeen bestuur van', ondertekening: ['De secretaris-directeur,', 'De dijkgraaf,'] },
  ministerie: { voorstel: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;', vergadering: 'op', ondertekening: ['De minister,'] },
}

/** The skeleton in the shape of the Assen text: besluit, Bijlage A (two chapters), Bijlage I (one GIO). */
function skeletonText(w: Wording): string {
  const titel = `Omgevingsvisie ${w.naam}`
  const s = perSoort[w.soort]
  const lines = [
    titel,
    '',
    `${besluitOrgaan(w.soort, w.naam)},`,
    '',
    s.voorstel,
    '',
    ...(w.soort === 'ministerie' ? [] : ['gelet op artikel 3.1 van de Omgevingswet;', '']),
    'Besluit:',
    '',
    'Artikel I',
    '',
    `De "${titel}" wordt vastgesteld zoals opgenomen in Bijlage A.`,
    '',
    'Artikel II',
    '',
    `Dit besluit treedt in werking op ${dutchDate(w.inwerkingtreding)}.`,
    '',
    `Aldus vastgesteld ${s.vergadering} ${dutchDate(w.vaststelling)}.`,
    '',
    ...s.ondertekening.flatMap((l) => [l, '']),
    'Bijlage A Bijlage bij artikel I',
    '',
    titel,
    '',
    '1 Inleiding',
    '',
    '1.1 Waarom een omgevingsvisie',
    '',
    'Vervang deze tekst door de inleiding van uw omgevingsvisie. Een kop is een regel met een nummer en een titel;',
    'de alinea eronder loopt door tot een witregel.',
    '',
    '1.2 Leeswijzer',
    '',
    'Hoofdstuk 2 beschrijft de ambities. De ambities gelden in het visiegebied, het informatieobject in Bijlage I.',
    '',
    '2 Ambities',
    '',
    '2.1 Een gezonde en veilige fysieke leefomgeving',
    '',
    'Beschrijf hier de eerste ambitie en waar die geldt.',
    '',
    '2.2 Een goede omgevingskwaliteit',
    '',
    'Beschrijf hier de tweede ambitie.',
    '',
    'Bijlage I Overzicht Informatieobjecten',
    '',
    `${GIO_NAAM} /join/id/regdata/${w.code}/${w.jaar}/${GIO_NAAM}/nld@${w.vaststelling};1`,
    '',
  ]
  return lines.join('\n')
}

/**
 * A schematic square of about 2 by 2 km in the middle of the Netherlands, in WGS84 without a `crs` member (RFC 7946):
 * replace it with the real boundary.
 */
function schematicGeoJson(): string {
  const [x0, y0, x1, y1] = [5.37, 52.145, 5.4, 52.163]
  const ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
  const feature = {
    type: 'Feature',
    properties: { gio: GIO_NAAM, naam: 'Visiegebied (schematisch)', schematisch: true },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }
  return `${JSON.stringify({ type: 'FeatureCollection', name: GIO_NAAM, features: [feature] }, null, 2)}\n`
}

function addDays(iso: string, days: number): string {
  return isoOf((dayNumber(iso) as number) + days)
}

/** The first werkdag (no weekend, no feestdag) on or after `iso`. */
function werkdagVanaf(iso: string): string {
  let day = iso
  while (nonWorkingReason(day)) day = addDays(day, 1)
  return day
}

/** `2026-02-26` → `26-02-2026`, as the besluit's inwerkingtreding artikel writes it (the reader's isoDate). */
function dutchDate(iso: string): string {
  return iso.split('-').reverse().join('-')
}
