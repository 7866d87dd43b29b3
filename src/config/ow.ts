/**
 * The OW part of visie.json: which OW objects annotate which parts of the text (product.md §6, imow-ow.md §6).
 * Section numbers are the Kop numbers of the visie (`4.4.1`); GIOs are named as in Bijlage I.
 */
import { z } from 'zod'

const uri = z.string().regex(/^http:\/\/standaarden\.omgevingswet\.overheid\.nl\//, 'verwacht een waardelijst-URI')

export const hoofdlijn = z.strictObject({
  /** Local key, used in annotaties and gerelateerd; becomes part of the OW id. */
  id: z.string().regex(/^[A-Za-z0-9]{1,32}$/),
  soort: z.string().min(1),
  naam: z.string().min(1),
  gerelateerd: z.array(z.string()).default([]),
})

export const gebiedsaanwijzing = z.strictObject({
  gio: z.string().min(1),
  /** Waardelijst typeGebiedsaanwijzing URI. */
  type: uri,
  /** Waardelijst <type>groep URI. */
  groep: uri,
  naam: z.string().min(1).optional(),
})

export const annotatie = z.strictObject({
  gios: z.array(z.string()).default([]),
  hoofdlijnen: z.array(z.string()).default([]),
  themas: z.array(uri).default([]),
  gebiedsaanwijzingen: z.array(z.string()).default([]),
})

export const owConfig = z.strictObject({
  /** Ambtsgebied code for the Regelingsgebied, e.g. `GM0106`. */
  ambtsgebied: z.string().regex(/^(GM\d{4}|PV\d{2}|WS\d{4}|MN\d{3})$/).optional(),
  /** Date the ambtsgebied boundary is valid (Ambtsgebied/geldigOp); default: vaststelling. */
  geldigOp: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  hoofdlijnen: z.array(hoofdlijn).default([]),
  /** Gebiedsaanwijzingen by local key. */
  gebiedsaanwijzingen: z.record(z.string(), gebiedsaanwijzing).default({}),
  /** Section number (`4.4.1`) → annotation of that Divisie. */
  annotaties: z.record(z.string(), annotatie).default({}),
})

export type OwConfig = z.infer<typeof owConfig>
