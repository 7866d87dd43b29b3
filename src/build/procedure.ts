/**
 * The procedure around the besluit (issue 19) as a writer of the build pipeline: the kennisgeving of the ontwerp
 * (terinzagelegging: begin and einde inzagetermijn), of the vastgestelde besluit, and the procedure steps afterwards
 * (einde bezwaar-/beroepstermijn), each an AanleveringKennisgeving (stop/kennisgeving.ts) that the runner gives its
 * opdracht, manifest, validation and ZIP like any besluit. Codes: VISIE-932 (ontwerp without inzagetermijn),
 * VISIE-933 (no procedure steps to deliver), and the chain's LVBB4703, LVBB4758 and LVBB4759 on the dates.
 */
import { frbrIds } from '../ids/frbr.js'
import type { Finding } from '../model/index.js'
import { type Kennisgeving, STAP, datumInWoorden, writeAanleveringKennisgeving } from '../stop/kennisgeving.js'
import { type BuildContext, leveringConfig } from './context.js'
import type { Writer } from './writer.js'

export const schrijfKennisgeving: Writer = {
  step: 'besluit',
  run({ ctx }) {
    const findings: Finding[] = []
    const k = ctx.config.fase === 'ontwerp' && ctx.levering === 'kennisgeving' ? ontwerpKennisgeving(ctx, findings) : naVaststelling(ctx, findings)
    return k ? { files: [writeAanleveringKennisgeving(ctx, k)], findings } : { findings }
  },
}

function ontwerpKennisgeving(ctx: BuildContext, findings: Finding[]): Kennisgeving | undefined {
  const { config } = ctx
  const inzage = config.ontwerp?.terInzage
  const ontwerp = leveringConfig(ctx.visie, 'ontwerp')
  const over = frbrIds(ontwerp).besluitExpression
  if (!inzage) {
    findings.push({
      code: 'VISIE-932', severity: 'blokkerend', layer: 'bron', data: {},
      message: 'De kennisgeving van het ontwerp noemt de inzagetermijn; zet ontwerp.terInzage.begin en ontwerp.terInzage.einde in visie.json (JJJJ-MM-DD).',
    })
    return undefined
  }
  const bekendmaking = config.datums.bekendmaking
  datumFindings(findings, inzage, bekendmaking, ontwerp.datums.bekendmaking)
  const naam = config.naam
  return {
    ...werk(ctx, config.kennisgeving?.werk ?? `${ontwerp.werk.besluit}-kennisgeving`),
    mededelingOver: over,
    titel: config.kennisgeving?.titel ?? `Kennisgeving terinzagelegging ontwerp-omgevingsvisie ${naam}`,
    alineas: eigenTekst(ctx) ?? [
      `${naam} legt het ontwerp van de omgevingsvisie ter inzage van ${datumInWoorden(inzage.begin)} tot en met ${datumInWoorden(inzage.einde)}.`,
      `Gedurende die termijn kan iedereen over het ontwerp een zienswijze naar voren brengen bij ${naam}.`,
    ],
    bekendOp: bekendmaking,
    stappen: [{ soort: STAP.beginInzagetermijn, datum: inzage.begin }, { soort: STAP.eindeInzagetermijn, datum: inzage.einde }],
  }
}

/** The kennisgeving of the vastgestelde besluit (`visie kennisgeving`) or its later procedure steps (`visie procedure`). */
function naVaststelling(ctx: BuildContext, findings: Finding[]): Kennisgeving | undefined {
  const { config } = ctx
  const p = config.procedure
  const stappen = [
    ...(p?.eindeBezwaartermijn ? [{ soort: STAP.eindeBezwaartermijn, datum: p.eindeBezwaartermijn, tekst: 'De bezwaartermijn eindigt op' }] : []),
    ...(p?.eindeBeroepstermijn ? [{ soort: STAP.eindeBeroepstermijn, datum: p.eindeBeroepstermijn, tekst: 'De beroepstermijn eindigt op' }] : []),
  ]
  if (stappen.length === 0) {
    findings.push({
      code: 'VISIE-933', severity: 'blokkerend', layer: 'bron', data: {},
      message: 'Er zijn geen procedurestappen om aan te leveren: tegen een omgevingsvisie staat geen bezwaar of beroep open, dus de procedure vraagt na de vaststelling geen kennisgeving. Zet procedure.eindeBezwaartermijn of procedure.eindeBeroepstermijn in visie.json alleen als het besluit die termijnen wel kent.',
    })
    return undefined
  }
  const besluit = frbrIds(ctx.visie)
  const bekendmaking = config.datums.bekendmaking
  const besluitBekend = ctx.visie.datums.bekendmaking
  if (bekendmaking < besluitBekend) {
    findings.push({
      code: 'LVBB4759', severity: 'blokkerend', layer: 'lvbb', at: { file: 'visie.json' }, data: { bekendmaking, besluit: besluitBekend },
      message: `De kennisgeving wordt bekendgemaakt (${bekendmaking}) vóór het besluit waarover zij gaat (${besluitBekend}); verwacht een latere datum van bekendmaking.`,
    })
  }
  const procedure = ctx.levering === 'procedure'
  const naam = config.naam
  return {
    ...werk(ctx, (procedure ? undefined : config.kennisgeving?.werk) ?? `${config.werk.besluit}-${procedure ? 'procedure' : 'kennisgeving'}`),
    mededelingOver: besluit.besluitExpression,
    titel: (procedure ? undefined : config.kennisgeving?.titel) ?? `${procedure ? 'Procedureverloop' : 'Kennisgeving'} vaststelling omgevingsvisie ${naam}`,
    alineas: (procedure ? undefined : eigenTekst(ctx)) ?? [
      `${naam} heeft de omgevingsvisie vastgesteld op ${datumInWoorden(config.datums.vaststelling)} (${besluit.besluitExpression}).`,
      ...stappen.map((s) => `${s.tekst} ${datumInWoorden(s.datum)}.`),
    ],
    bekendOp: bekendmaking,
    stappen: stappen.map(({ soort, datum }) => ({ soort, datum })),
  }
}

/** `/akn/nl/doc/<bg>/<jaar of the bekendmaking>/<naam>` and its expression `nld@<bekendmaking>;1`. */
function werk(ctx: BuildContext, naam: string): { work: string; expression: string } {
  const d = ctx.config.datums.bekendmaking
  const work = `/akn/nl/doc/${ctx.config.bevoegdGezag}/${d.slice(0, 4)}/${naam}`
  return { work, expression: `${work}/nld@${d};1` }
}

function eigenTekst(ctx: BuildContext): readonly string[] | undefined {
  const t = ctx.config.kennisgeving?.tekst ?? []
  return t.length > 0 ? t : undefined
}

/** LVBB4758: einde before begin; LVBB4703: begin before the kennisgeving's bekendmaking; LVBB4759: kennisgeving before the besluit. */
function datumFindings(findings: Finding[], inzage: { begin: string; einde: string }, bekendmaking: string, besluit: string): void {
  const at = { file: 'visie.json' }
  if (inzage.einde < inzage.begin) {
    findings.push({
      code: 'LVBB4758', severity: 'blokkerend', layer: 'lvbb', at, data: { begin: inzage.begin, einde: inzage.einde },
      message: `De inzagetermijn eindigt (${inzage.einde}) vóór hij begint (${inzage.begin}); verwacht ontwerp.terInzage.einde op of na het begin.`,
    })
  }
  if (inzage.begin < bekendmaking) {
    findings.push({
      code: 'LVBB4703', severity: 'blokkerend', layer: 'lvbb', at, data: { begin: inzage.begin, bekendmaking },
      message: `De inzagetermijn begint (${inzage.begin}) vóór de bekendmaking van de kennisgeving (${bekendmaking}); verwacht ontwerp.terInzage.begin op of na kennisgeving.bekendmaking.`,
    })
  }
  if (bekendmaking < besluit) {
    findings.push({
      code: 'LVBB4759', severity: 'blokkerend', layer: 'lvbb', at, data: { bekendmaking, besluit },
      message: `De kennisgeving wordt bekendgemaakt (${bekendmaking}) vóór het ontwerpbesluit (${besluit}); verwacht kennisgeving.bekendmaking op of na ontwerp.datums.bekendmaking.`,
    })
  }
}
