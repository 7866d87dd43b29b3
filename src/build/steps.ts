/**
 * The shared writers of the build pipeline (writer.ts): read the previous version, read the text, assign ids (kept
 * across versions), build the GIOs (new versions only, in a wijziging), write the besluit (whole regeling or
 * RegelingMutatie) and the OW files (all objects, or only what changes). Codes here: VISIE-902 (the regeling of
 * visie.json is not the one VORIGE holds), VISIE-905 (the new regeling version equals the previous one), VISIE-906
 * (a changed GIO got a new expression), VISIE-907 (a GIO is no longer used and is withdrawn).
 */
import { buildGios } from '../gio/index.js'
import { assignIds } from '../ids/index.js'
import { keepIds } from '../ids/versies.js'
import { type Document, type Finding, type Gio, InputError } from '../model/index.js'
import { writeOwBeeindiging, writeOwBestanden } from '../ow/index.js'
import { NotRegularFile } from '../config/project-files.js'
import { fillFigureSlots, readSourceFile, summarize } from '../parse/index.js'
import { readDocument } from '../read/index.js'
import { writeAanleveringBesluit } from '../stop/besluit/index.js'
import { writeIntrekkingsbesluit } from '../stop/besluit/intrekking.js'
import { fromXmlTree } from '../stop/besluit/xml.js'
import { resolve } from 'node:path'
import type { BuildContext } from './context.js'
import { readVorige, type Vorige } from './vorige.js'
import { annotatieVerschuivingen } from './annotatie-sleutels.js'
import type { Writer } from './writer.js'

export const leesVorige: Writer = {
  step: 'vorige versie',
  haltOnBlocking: true,
  async run({ ctx, options }) {
    if (!options.wijzigt) return {}
    const vorige = await readVorige(options.wijzigt)
    const findings = options.intrek ? [] : vorigeFindings(ctx, vorige.regelingWork, vorige.regelingExpression)
    return { vorige, ctx: wijzigContext(ctx, vorige.regelingWork), findings }
  },
}

/** The regeling work stays that of the previous version; the expression is new (`…/nld@<vaststelling>;<versie>`). */
export function wijzigContext(ctx: BuildContext, regelingWork: string): BuildContext {
  const { datums, werk } = ctx.config
  return { ...ctx, ids: { ...ctx.ids, regelingWork, regelingExpression: `${regelingWork}/nld@${datums.vaststelling};${werk.versie}` } }
}

function vorigeFindings(ctx: BuildContext, work: string, was: string): Finding[] {
  const out: Finding[] = []
  const configured = `/akn/nl/act/${ctx.config.bevoegdGezag}/${ctx.config.werk.jaar}/${ctx.config.werk.regeling}`
  if (configured !== work) {
    out.push({
      code: 'VISIE-902', severity: 'waarschuwing', layer: 'bron',
      message: `visie.json noemt de regeling ${configured}, maar de vorige versie is ${work}; een wijziging houdt het work van de regeling, dus ${work} is gebruikt.`,
      data: { config: configured, vorige: work },
    })
  }
  const wordt = wijzigContext(ctx, work).ids.regelingExpression
  if (wordt === was) {
    out.push({
      code: 'VISIE-905', severity: 'blokkerend', layer: 'bron',
      message: `De nieuwe versie van de regeling krijgt dezelfde expressie als de vorige (${was}); verwacht een andere vaststellingsdatum of een hoger werk.versie in visie.json.`,
      data: { expressie: was },
    })
  }
  return out
}

/**
 * The vastgestelde besluit after an ontwerp (visie.json ontwerp.pakket): the ontwerp package as delivered, read like a
 * previous version. Its GIOs decide which GIOs are delivered again (bouwGios); nothing else of it is used.
 */
export const leesOntwerp: Writer = {
  step: 'vorige versie',
  haltOnBlocking: true,
  async run({ ctx, vorige }) {
    const pakket = ctx.config.ontwerp?.pakket
    if (ctx.fase === 'ontwerp' || vorige || !pakket) return {}
    return { ontwerp: await readVorige(resolve(ctx.projectDir, pakket)) }
  },
}

export const leesTekst: Writer = {
  step: 'tekst',
  haltOnBlocking: true,
  async run({ ctx }) {
    const source = await readSource(resolve(ctx.projectDir, ctx.config.tekst))
    const parsed = await readDocument(source.bytes, { file: ctx.config.tekst, size: source.size, illustraties: ctx.config.illustraties })
    const slots = fillFigureSlots(parsed.document, ctx.config.afbeeldingen, ctx.config.tekst)
    const findings = [...parsed.findings]
    settleFilledSlots(findings, slots.gevuld, ctx.config.afbeeldingen)
    findings.push(...slots.findings)
    const gelezen = summarize(parsed.document, parsed.findings)
    const document = slots.document
    if (!parsed.images || parsed.images.length === 0) return { document, findings, gelezen }
    // `illustratie-p<pagina>-<n>.png` (PDF), `illustratie-a<alinea>-<n>.jpg` (DOCX): the name tells a person where the
    // figure came from; n counts on the page or in the paragraph.
    const perPlace = new Map<string, number>()
    const illustraties = new Map(
      parsed.images.map((img) => {
        const plaats = img.page !== undefined ? `p${img.page}` : `a${img.alinea ?? 0}`
        const n = (perPlace.get(plaats) ?? 0) + 1
        perPlace.set(plaats, n)
        const naam = `illustratie-${plaats}-${n}.${img.formaat === 'image/jpeg' ? 'jpg' : 'png'}`
        return [img.line, { naam, bytes: img.bytes, ...(img.inches !== undefined ? { inches: img.inches } : {}) }] as const
      }),
    )
    return { ctx: { ...ctx, illustraties }, document, findings, gelezen }
  },
}

export const identificeer: Writer = {
  step: 'identificaties',
  run({ ctx, document, vorige }) {
    if (!document) return {}
    const identified = assignIds(document, ctx)
    if (!vorige) return identified
    const kept = keepIds(vorige.regeling, identified.document, ctx.config.bevoegdGezag)
    return { document: kept.document, verplaatst: kept.verplaatst, findings: [...identified.findings, ...kept.findings] }
  },
}

export const bouwGios: Writer = {
  step: "GIO's",
  async run({ ctx, options, document, vorige, ontwerp }) {
    if (!document) return {}
    const { datums, werk } = ctx.config
    const eerder = vorige ?? ontwerp
    const gio = await buildGios(document, ctx, {
      ...(options.geo ? { geoOverride: options.geo } : {}),
      // The GIO builder counts bytes of geometry source read.
      onProgress: (done, total) => options.onStep?.("GIO's", 0, total > 0 ? `${Math.floor((done / total) * 100)}%` : ''),
      ...(eerder ? {
        vorige: new Map(eerder.gios.map((g) => [g.work, g])),
        nieuweExpressie: (work: string) => `${work}/nld@${datums.vaststelling};${werk.versie}`,
        ...(vorige ? {} : { naOntwerp: true }),
      } : {}),
    })
    const findings: Finding[] = [...gio.findings]
    if (ontwerp && !vorige) {
      findings.push(...ontwerpGioFindings(gio.hernoemd, gio.gios, gio.alsOntwerp))
      return { document: renameExpressions(document, gio.hernoemd), gios: gio.gios, alleGios: gio.alle, files: gio.files, findings }
    }
    for (const [oud, nieuw] of gio.hernoemd) {
      findings.push({
        code: 'VISIE-906', severity: 'informatie', layer: 'geo',
        message: `De geometrie van ${workOf(oud)} is gewijzigd; Bijlage I noemde nog de vorige versie ${oud}, de nieuwe versie is ${nieuw} (met geo:wasID ${oud}).`,
        data: { oud, nieuw },
      })
    }
    const used = new Set(document.informatieobjecten.map((io) => io.work))
    const vervallenGios = (vorige?.gios ?? []).map((g) => g.work).filter((w) => !used.has(w))
    for (const work of vervallenGios) {
      findings.push({
        code: 'VISIE-907', severity: 'informatie', layer: 'geo',
        message: `Het informatieobject ${work} staat niet meer in Bijlage I; het besluit trekt het in (Intrekking).`,
        data: { work },
      })
    }
    return {
      document: renameExpressions(document, gio.hernoemd),
      gios: gio.gios, alleGios: gio.alle, vervallenGios, files: gio.files, findings,
    }
  },
}

/**
 * After an ontwerp, for each GIO whose Bijlage I expression the ontwerp already delivered: VISIE-930 (same geometry)
 * or VISIE-931 (changed geometry). Either way it is delivered again under the vastgestelde expression: see naOntwerp.
 */
function ontwerpGioFindings(hernoemd: ReadonlyMap<string, string>, gios: readonly Gio[], alsOntwerp: ReadonlySet<string>): Finding[] {
  const naam = new Map(gios.map((g) => [g.expression, g.naam]))
  return [...hernoemd].map(([oud, nieuw]): Finding => {
    const work = workOf(oud)
    const data = { oud, nieuw, naam: naam.get(nieuw) ?? work }
    return alsOntwerp.has(work)
      ? {
          code: 'VISIE-930', severity: 'informatie', layer: 'geo', data,
          message: `Het informatieobject ${data.naam} is met het ontwerp al aangeleverd als ${oud}; de vastgestelde versie (dezelfde geometrie) wordt opnieuw aangeleverd als ${nieuw}, want dezelfde expressie mag maar één keer worden aangeleverd (LVBB3900) en de nieuwe Gebieden hebben hun geometrie in de levering nodig (OZON0066). Bijlage I verwijst nu naar ${nieuw}.`,
        }
      : {
          code: 'VISIE-931', severity: 'informatie', layer: 'geo', data,
          message: `De geometrie van ${data.naam} is gewijzigd sinds het ontwerp (${oud}); de vastgestelde versie wordt ${nieuw} (zonder geo:wasID: een ontwerpversie is geen voorganger). Bijlage I verwijst nu naar ${nieuw}.`,
        }
  })
}

function workOf(expression: string): string {
  return expression.slice(0, expression.lastIndexOf('/'))
}

/** Bijlage I's ExtIoRefs and informatieobjecten follow the GIO version actually used. */
function renameExpressions(document: Document, hernoemd: ReadonlyMap<string, string>): Document {
  if (hernoemd.size === 0) return document
  const rename = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(rename)
    if (x === null || typeof x !== 'object') return x
    const o = x as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(o)) {
      const hit = typeof v === 'string' ? hernoemd.get(v.trim()) : undefined
      out[k] = hit !== undefined && ((k === 'ref' && o.type === 'extIoRef') || k === 'expression') ? hit : k === 'position' ? v : rename(v)
    }
    return out
  }
  return rename(document) as Document
}

export const schrijfBesluit: Writer = {
  step: 'besluit',
  run({ ctx, document, gios, vorige, vervallenGios }) {
    if (!document) return {}
    const wijziging = vorige
      ? { vorige: fromXmlTree(vorige.regelingXml), was: vorige.regelingExpression, vervallenGios: vervallenGios ?? [], afbeeldingen: vorige.afbeeldingen }
      : undefined
    return writeAanleveringBesluit(document, ctx, gios, wijziging)
  },
}

export const schrijfOw: Writer = {
  step: 'OW',
  run({ ctx, document, gios, alleGios, vorige }) {
    if (!document) return {}
    if (!vorige) return writeOwBestanden(document, alleGios ?? gios, ctx)
    const oud = new Map(vorige.ow.map((o) => [o.identificatie, o]))
    const out = writeOwBestanden(document, alleGios ?? gios, ctx, oud)
    const verschoven = annotatieVerschuivingen(ctx.config.ow.annotaties, vorige.regeling, document, ctx.config.tekst)
    return { ...out, findings: [...out.findings, ...verschoven] }
  },
}

/**
 * A heading without text (VISIE-104) or a bijlage that is only an image (VISIE-105) whose place visie.json fills with
 * an image is no longer a problem to fix: it stays in the report as information, so the reader still learns that
 * this part of the text came from an image.
 */
function settleFilledSlots(findings: Finding[], gevuld: ReadonlyMap<string, string>, afbeeldingen: Readonly<Record<string, string>>): void {
  findings.forEach((f, i) => {
    if (f.code === 'VISIE-104') {
      const kop = `${f.data.nummer} ${f.data.opschrift}`
      const file = gevuld.get(kop)
      if (file === undefined) return
      findings[i] = { ...f, severity: 'informatie', message: `Onder kop "${kop}" staat in de bron geen tekst; visie.json vult die plaats met de afbeelding ${file}.` }
    } else if (f.code === 'VISIE-105') {
      const file = afbeeldingen[String(f.data.opschrift)]
      if (file === undefined) return
      findings[i] = { ...f, severity: 'informatie', message: `In bijlage ${f.data.nummer} "${f.data.opschrift}" staat in de bron geen tekst; visie.json vult die plaats met de afbeelding ${file}.` }
    }
  })
}

/** The text's bytes, never more than the size limit (readSourceBytes reports a larger file from its size). */
async function readSource(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  try {
    return await readSourceFile(path)
  } catch (e) {
    const reason = e instanceof NotRegularFile ? `: ${e.message}` : ''
    throw new InputError(`Kan de tekst ${path} niet lezen (visie.json "tekst")${reason}.`)
  }
}

/** The intrekking's besluit: withdraws the regeling of the previous version. */
export const schrijfIntrekking: Writer = {
  step: 'besluit',
  run({ ctx, vorige }) {
    if (!vorige) return {}
    return writeIntrekkingsbesluit(ctx, { regelingWork: vorige.regelingWork, citeertitel: vorige.regeling.opschrift || ctx.config.naam })
  },
}

/** The intrekking's OW part: every object of the previous version ended. */
export const beeindigOw: Writer = {
  step: 'OW',
  run({ ctx, vorige }) {
    if (!vorige) return {}
    return writeOwBeeindiging(vorige.ow, vorige.regeling.opschrift || ctx.config.naam, ctx)
  },
}
