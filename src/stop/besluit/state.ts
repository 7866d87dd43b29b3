/** What the besluit writer's parts share while writing: context, findings, image files and the wId trace. */
import type { Finding, PackageFile, Span } from '../../model/index.js'
import type { BuildContext } from '../../build/context.js'

export interface WriteState {
  readonly ctx: BuildContext
  readonly findings: Finding[]
  /** Image files by package name (one per file, however many figures use it). */
  readonly images: Map<string, PackageFile>
  /** wId → where the text said it (PackageFile.trace). */
  readonly trace: Map<string, Span>
}

/** The eId/wId attributes of an Identified node; records the trace. Missing ids mean the ids pass did not run. */
export function idAttrs(s: WriteState, node: { eId?: string; wId?: string; position?: Span }): { eId: string; wId: string } {
  if (node.eId === undefined || node.wId === undefined) {
    throw new Error('writeAanleveringBesluit: eId/wId ontbreken; voer eerst assignIds uit')
  }
  if (node.position) s.trace.set(node.wId, node.position)
  return { eId: node.eId, wId: node.wId }
}
