/**
 * writeAanleveringKennisgeving (issue 19): `kennisgeving.xml`, an lvbba:AanleveringKennisgeving 1.2.0 with one
 * KennisgevingVersie: ExpressionIdentificatie (`/akn/nl/doc/…`, work_023: LVBB4707), KennisgevingMetadata
 * (mededelingOver = the expression of the besluit it is about, a bill: LVBB4708; soortKennisgeving
 * KennisgevingBesluittermijnen), Procedureverloopmutatie with voegStappenToe (LVBB4762: begin/einde inzagetermijn for
 * an ontwerp, LVBB4760; einde bezwaar-/beroepstermijn for a vastgesteld besluit, LVBB4761) and the tekst:Kennisgeving
 * (RegelingOpschrift + Lichaam with one Divisietekst of Al's). A kennisgeving has no OW part (LVBB1028).
 */
import type { PackageFile } from '../model/index.js'
import type { BuildContext } from '../build/context.js'
import { tooiOrganisatie } from '../config/bevoegd-gezag.js'
import { fixedIds } from '../ids/index.js'
import { wIdPrefix } from '../ids/ewid.js'
import { NS } from './besluit/metadata.js'
import { el, inNs, serialize } from './besluit/xml.js'

export const KENNISGEVING_BESTAND = 'kennisgeving.xml'

const SOORT_WORK_KENNISGEVING = '/join/id/stop/work_023'

/** Procedure steps a kennisgeving may add (STOP waardelijst procedurestap; LVBB4760/4761). */
export const STAP = {
  beginInzagetermijn: '/join/id/stop/procedure/stap_014',
  eindeInzagetermijn: '/join/id/stop/procedure/stap_005',
  eindeBezwaartermijn: '/join/id/stop/procedure/stap_015',
  eindeBeroepstermijn: '/join/id/stop/procedure/stap_016',
} as const

export interface Kennisgeving {
  /** `/akn/nl/doc/gm0106/2025/omgevingsvisie-ontwerp-kennisgeving` */
  readonly work: string
  /** `…/nld@2025-10-15;1` */
  readonly expression: string
  /** The expression of the besluit it is about: `/akn/nl/bill/gm0106/2026/omgevingsvisie-ontwerp/nld@2025-10-07;1`. */
  readonly mededelingOver: string
  readonly titel: string
  readonly alineas: readonly string[]
  /** Known on (the kennisgeving's bekendmaking) and the steps it adds, in order. */
  readonly bekendOp: string
  readonly stappen: readonly { readonly soort: string; readonly datum: string }[]
}

export function writeAanleveringKennisgeving(ctx: BuildContext, k: Kennisgeving): PackageFile {
  const bg = ctx.config.bevoegdGezag
  const fixed = fixedIds(bg)
  const stap = (s: { soort: string; datum: string }) => el('Procedurestap', {}, el('soortStap', {}, s.soort), el('voltooidOp', {}, s.datum))
  const tekst = el('Kennisgeving', { schemaversie: ctx.config.standaarden.stop },
    el('RegelingOpschrift', fixed.longTitle, el('Al', {}, k.titel)),
    el('Lichaam', fixed.body,
      el('Divisietekst', { eId: 'content_o_1', wId: `${wIdPrefix(bg)}content_o_1` },
        el('Inhoud', {}, k.alineas.map((a) => el('Al', {}, a))))),
  )
  const root = inNs(NS.lvbba, el('AanleveringKennisgeving', { schemaversie: ctx.config.standaarden.lvbb },
    el('KennisgevingVersie', {},
      inNs(NS.data, el('ExpressionIdentificatie', {},
        el('FRBRWork', {}, k.work), el('FRBRExpression', {}, k.expression), el('soortWork', {}, SOORT_WORK_KENNISGEVING))),
      inNs(NS.data, el('KennisgevingMetadata', {},
        el('eindverantwoordelijke', {}, tooiOrganisatie(bg)),
        el('maker', {}, tooiOrganisatie(bg)),
        el('officieleTitel', {}, k.titel),
        el('onderwerpen', {}, ctx.config.metadata.onderwerpen.map((o) => el('onderwerp', {}, o))),
        el('mededelingOver', {}, k.mededelingOver),
        el('soortKennisgeving', {}, 'KennisgevingBesluittermijnen'))),
      inNs(NS.data, el('Procedureverloopmutatie', {},
        el('bekendOp', {}, k.bekendOp),
        el('voegStappenToe', {}, k.stappen.map(stap)))),
      inNs(NS.tekst, tekst),
    ),
  ))
  return { path: KENNISGEVING_BESTAND, bytes: serialize(root), contentType: 'application/xml' }
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** `2025-10-16` → `16 oktober 2025` (no locale: the same on every machine). */
export function datumInWoorden(iso: string): string {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d} ${MAANDEN[m - 1] ?? ''} ${j}`
}
