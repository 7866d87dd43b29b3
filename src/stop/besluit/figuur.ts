/**
 * Figures: a Figuur whose caption visie.json maps to an image (`afbeeldingen`), or whose image the reader took from
 * the PDF or DOCX (`illustraties`), becomes Figuur/Illustratie with size and dpi from the file's header, and the image joins the package (stop-lvbb.md §2.7). Without
 * a usable image the caption stays as a paragraph (no broken element) and a finding says why.
 * Codes: LVBB1013 (transparency), VISIE-302 (no image mapped), VISIE-303 (unreadable), VISIE-304 (not PNG/JPEG),
 * VISIE-305 (no dpi in the file; 96 assumed).
 */
import { basename, resolve } from 'node:path'
import type { Figuur, Finding, PackageFile } from '../../model/index.js'
import type { BuildContext } from '../../build/context.js'
import { NotRegularFile, readRegularFile } from '../../config/project-files.js'
import { readImageHeader } from './image-header.js'
import { el, type El } from './xml.js'

const DEFAULT_DPI = 96
/** LVBB1041: no file in a package exceeds 100 MB. */
const MAX_IMAGE_BYTES = 100 * 1024 * 1024

export interface FiguurResult {
  readonly element: El
  readonly file?: PackageFile
}

export function writeFiguur(f: Figuur, ctx: BuildContext, findings: Finding[]): FiguurResult {
  const fallback = { element: el('Al', {}, f.titel) }
  const report = (code: string, severity: Finding['severity'], message: string, data: Record<string, string>) =>
    findings.push({
      code, severity, layer: code.startsWith('LVBB') ? 'lvbb' : 'bron', message, data: { titel: f.titel, ...data },
      ...(f.position ? { source: { file: ctx.sourceFile, line: f.position.start.line } } : {}),
    })
  const mapped = ctx.config.afbeeldingen[f.afbeelding ?? f.titel]
  const taken = mapped === undefined && f.position ? ctx.illustraties?.get(f.position.start.line) : undefined
  if (taken) return illustratie(f, taken.naam, taken.bytes, taken.naam, report, taken.inches) ?? fallback
  if (mapped === undefined) {
    report('VISIE-302', 'waarschuwing',
      `Voor de figuur "${f.titel}" is geen afbeelding opgegeven; het bijschrift staat als gewone alinea in de tekst. Voeg het bestand toe onder "afbeeldingen" in visie.json.`, {})
    return fallback
  }
  let bytes: Uint8Array
  try {
    // A regular file of at most the LVBB's 100 MB per file: never a device (/dev/zero) or a FIFO that hangs.
    bytes = readRegularFile(resolve(ctx.projectDir, mapped), MAX_IMAGE_BYTES)
  } catch (e) {
    const reason = e instanceof NotRegularFile ? `: ${e.message}` : ''
    report('VISIE-303', 'blokkerend', `De afbeelding ${mapped} voor de figuur "${f.titel}" kan niet worden gelezen${reason}.`, { bestand: mapped })
    return fallback
  }
  return illustratie(f, mapped, bytes, packageName(mapped), report) ?? fallback
}

type Report = (code: string, severity: Finding['severity'], message: string, data: Record<string, string>) => void

/**
 * The image's bytes (from visie.json `afbeeldingen`, or taken from the PDF or DOCX) → Figuur/Illustratie and the package
 * file. `inches`: the width the source draws it at (a DOCX drawing's extent); its pixels over that width are the
 * resolution it is printed at, which wins over the file's own (Word keeps a picture's pixels and scales it).
 */
function illustratie(f: Figuur, mapped: string, bytes: Uint8Array, naam: string, report: Report, inches?: number): FiguurResult | undefined {
  const info = readImageHeader(bytes)
  if (!info) {
    report('VISIE-304', 'blokkerend', `De afbeelding ${mapped} voor de figuur "${f.titel}" is geen leesbare PNG of JPEG.`, { bestand: mapped })
    return undefined
  }
  if (info.alpha) {
    report('LVBB1013', 'blokkerend', `De afbeelding ${mapped} heeft transparantie (alfakanaal); de LVBB accepteert alleen afbeeldingen zonder transparantie.`, { bestand: naam })
  }
  const dpi = inches !== undefined && inches > 0 ? Math.max(1, Math.round(info.breedte / inches)) : info.dpi
  if (dpi === undefined) {
    report('VISIE-305', 'informatie', `De afbeelding ${mapped} vermeldt geen resolutie; ${DEFAULT_DPI} dpi aangenomen.`, { bestand: naam })
  }
  const illustratie = el('Illustratie', {
    naam, breedte: String(info.breedte), hoogte: String(info.hoogte), dpi: String(dpi ?? DEFAULT_DPI),
    formaat: info.formaat, uitlijning: 'center', alt: f.titel,
  })
  return {
    element: el('Figuur', { eId: f.eId, wId: f.wId }, el('Titel', {}, f.titel), illustratie),
    file: { path: naam, bytes, contentType: info.formaat },
  }
}

/** The file name in the flat ZIP: `afbeeldingen/Visiekaart Assen.png` → `Visiekaart-Assen.png` (LVBB1004). */
function packageName(path: string): string {
  return basename(path).replace(/[^0-9A-Za-z._-]+/g, '-')
}
