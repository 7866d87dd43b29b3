/**
 * The data modules of the besluit (stop-lvbb.md §2.4, §3.3): ExpressionIdentificatie, BesluitMetadata,
 * Procedureverloop, ConsolidatieInformatie of the BesluitVersie, and the RegelingVersieInformatie.
 * Values: work_003/work_019, proceduretype_definitief (proceduretype_ontwerp for an ontwerp), stap_002 Vaststelling + stap_003 Ondertekening,
 * regelingtype_006 (omgevingsvisie) — from the STOP waardelijsten as quoted in stop-lvbb.md §3.3.
 */
import { bevoegdGezagInfo, tooiOrganisatie } from '../../config/bevoegd-gezag.js'
import type { BuildContext } from '../../build/context.js'
import { el, inNs, type El } from './xml.js'

export const NS = {
  lvbba: 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/',
  data: 'https://standaarden.overheid.nl/stop/imop/data/',
  tekst: 'https://standaarden.overheid.nl/stop/imop/tekst/',
} as const

const SOORT_WORK = { besluit: '/join/id/stop/work_003', regeling: '/join/id/stop/work_019' } as const
const PROCEDURE_DEFINITIEF = '/join/id/stop/proceduretype_definitief'
const PROCEDURE_ONTWERP = '/join/id/stop/proceduretype_ontwerp'
const STAP_VASTSTELLING = '/join/id/stop/procedure/stap_002'
const STAP_ONDERTEKENING = '/join/id/stop/procedure/stap_003'
const REGELINGTYPE_OMGEVINGSVISIE = '/join/id/stop/regelingtype_006'

export function expressionIdentificatie(work: string, expression: string, soort: keyof typeof SOORT_WORK): El {
  return inNs(NS.data, el('ExpressionIdentificatie', {},
    el('FRBRWork', {}, work), el('FRBRExpression', {}, expression), el('soortWork', {}, SOORT_WORK[soort])))
}

/** maker and eindverantwoordelijke: the TOOI id of the bevoegd gezag (gemeente, provincie, waterschap, ministerie). */
function bg(ctx: BuildContext): string {
  return tooiOrganisatie(ctx.config.bevoegdGezag)
}

/** visie.json's soortBestuursorgaan, else the body that adopts an omgevingsvisie for this kind of bevoegd gezag. */
function soortBestuursorgaan(ctx: BuildContext): string {
  return ctx.config.metadata.soortBestuursorgaan ?? bevoegdGezagInfo(ctx.config.bevoegdGezag)?.soortBestuursorgaan ?? ''
}

function onderwerpen(ctx: BuildContext): El[] {
  const { onderwerpen: o, rechtsgebieden: r } = ctx.config.metadata
  return [
    el('onderwerpen', {}, o.map((x) => el('onderwerp', {}, x))),
    r.length > 0 ? el('rechtsgebieden', {}, r.map((x) => el('rechtsgebied', {}, x))) : [],
  ].flat()
}

export function besluitMetadata(ctx: BuildContext, officieleTitel: string, informatieobjecten: readonly string[]): El {
  return inNs(NS.data, el('BesluitMetadata', {},
    el('eindverantwoordelijke', {}, bg(ctx)),
    el('maker', {}, bg(ctx)),
    el('soortBestuursorgaan', {}, soortBestuursorgaan(ctx)),
    el('officieleTitel', {}, officieleTitel),
    onderwerpen(ctx),
    el('soortProcedure', {}, ctx.fase === 'ontwerp' ? PROCEDURE_ONTWERP : PROCEDURE_DEFINITIEF),
    informatieobjecten.length > 0
      ? el('informatieobjectRefs', {}, informatieobjecten.map((e) => el('informatieobjectRef', {}, e)))
      : [],
  ))
}

export function procedureverloop(ctx: BuildContext): El {
  const d = ctx.config.datums
  const stap = (soort: string, datum: string) => el('Procedurestap', {}, el('soortStap', {}, soort), el('voltooidOp', {}, datum))
  return inNs(NS.data, el('Procedureverloop', {},
    el('bekendOp', {}, d.bekendmaking),
    el('procedurestappen', {}, stap(STAP_VASTSTELLING, d.vaststelling), stap(STAP_ONDERTEKENING, d.ondertekening)),
  ))
}

export interface Consolidatie {
  /** eId of the WijzigArtikel (`art_I`); absent when the besluit has none (LVBB4002 is reported). */
  readonly wijzigArtikel?: string
  /** Per GIO expression the eId of its ExtIoRef: `!<componentnaam>#cmp_I__…__ref_o_1` in the regeling, `art_2__…__ref_o_1` in the besluit. */
  readonly informatieobjecten: readonly { readonly expression: string; readonly extIoRefEId: string }[]
  /** Juridisch werkend vanaf, and the eId of the article that says so (`art_II`). */
  readonly inwerkingtreding?: { readonly datum: string; readonly eId: string }
  /** False for an intrekking: no new regeling version. */
  readonly regeling?: false
  /** Instruments withdrawn (the regeling work, GIO works), each with the eId of what the besluit says about it. */
  readonly intrekkingen?: readonly { readonly instrument: string; readonly eId: string }[]
}

export function consolidatieInformatie(ctx: BuildContext, c: Consolidatie): El {
  const { ids } = ctx
  const intrekkingen = c.intrekkingen ?? []
  const doelen = () => el('doelen', {}, el('doel', {}, ids.doel))
  return inNs(NS.data, el('ConsolidatieInformatie', {},
    c.regeling === false && c.informatieobjecten.length === 0 ? [] : beoogd(ctx, c),
    intrekkingen.length > 0
      ? el('Intrekkingen', {}, intrekkingen.map((i) => el('Intrekking', {}, doelen(), el('instrument', {}, i.instrument), el('eId', {}, i.eId))))
      : [],
    tijdstempels(ctx, c),
  ))
}

function beoogd(ctx: BuildContext, c: Consolidatie): El {
  const { ids, config } = ctx
  const doelen = () => el('doelen', {}, el('doel', {}, ids.doel))
  return el('BeoogdeRegelgeving', {},
    c.regeling === false ? [] : el('BeoogdeRegeling', {}, doelen(), el('instrumentVersie', {}, ids.regelingExpression),
      c.wijzigArtikel !== undefined ? el('eId', {}, c.wijzigArtikel) : []),
    c.informatieobjecten.map((io) => el('BeoogdInformatieobject', {},
      doelen(), el('instrumentVersie', {}, io.expression), el('eId', {}, io.extIoRefEId))),
  )
}

/** An ontwerpbesluit has no Tijdstempels (BHKV1004): the ontwerp does not enter into force. */
function tijdstempels(ctx: BuildContext, c: Consolidatie): El[] {
  const t = c.inwerkingtreding
  return t && ctx.fase !== 'ontwerp'
    ? [el('Tijdstempels', {}, el('Tijdstempel', {},
        el('doel', {}, ctx.ids.doel), el('soortTijdstempel', {}, 'juridischWerkendVanaf'), el('datum', {}, t.datum), el('eId', {}, t.eId)))]
    : []
}

export function regelingVersieInformatie(ctx: BuildContext, officieleTitel: string, citeertitel: string): El {
  const { ids, config } = ctx
  return el('RegelingVersieInformatie', {},
    expressionIdentificatie(ids.regelingWork, ids.regelingExpression, 'regeling'),
    inNs(NS.data, el('RegelingVersieMetadata', {}, el('versienummer', {}, config.werk.versie))),
    inNs(NS.data, el('RegelingMetadata', {},
      el('soortRegeling', {}, REGELINGTYPE_OMGEVINGSVISIE),
      el('eindverantwoordelijke', {}, bg(ctx)),
      el('maker', {}, bg(ctx)),
      el('soortBestuursorgaan', {}, soortBestuursorgaan(ctx)),
      el('officieleTitel', {}, officieleTitel),
      el('heeftCiteertitelInformatie', {}, el('CiteertitelInformatie', {},
        el('citeertitel', {}, citeertitel), el('isOfficieel', {}, 'true'))),
      onderwerpen(ctx),
    )),
  )
}
