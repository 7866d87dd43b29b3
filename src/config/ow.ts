/**
 * The OW part of visie.json: which OW objects annotate which parts of the text (product.md §6, imow-ow.md §6).
 * Section numbers are the Kop numbers of the visie (`4.4.1`); GIOs are named as in Bijlage I.
 */
import { z } from 'zod'

const uri = z.string().regex(/^http:\/\/standaarden\.omgevingswet\.overheid\.nl\//, 'verwacht een waardelijst-URI')
/** Local part of an OW id: 1–32 letters or digits (da:NEN3610ID). */
const localId = z.string().regex(/^[A-Za-z0-9]{1,32}$/, 'alleen letters en cijfers, 1 tot 32 tekens')
/** Waardelijst Idealisatie: `exact` or `indicatief`. */
const idealisatie = z.enum(['exact', 'indicatief'])

export const hoofdlijn = z.strictObject({
  /** Local key, used in annotaties and gerelateerd; the OW id is `nl.imow-<bg>.hoofdlijn.<id>`. */
  id: localId,
  /** Free text (no waardelijst), e.g. `centrale ambitie`, `richtinggevend principe`, `strategisch doel`. */
  soort: z.string().regex(/^\S/).max(80),
  naam: z.string().regex(/^\S/).max(255),
  /** Keys of related Hoofdlijnen (vt:gerelateerdeHoofdlijn), e.g. a doel → its principe. */
  gerelateerd: z.array(localId).default([]),
})

export const gebiedsaanwijzing = z.strictObject({
  /** The GIO naam as in Bijlage I; its OW Locatie becomes the Gebiedsaanwijzing's locatie. */
  gio: z.string().min(1),
  /** Waardelijst TypeGebiedsaanwijzing URI (allowed in an omgevingsvisie: TPOD2504). */
  type: uri,
  /** URI from the waardelijst `<Type>groep` that belongs to `type`. */
  groep: uri,
  /** ga:naam; default the GIO naam. */
  naam: z.string().regex(/^\S/).optional(),
})

export const annotatie = z.strictObject({
  /** GIOs whose Locaties become the locatie of the Tekstdelen of this section's Divisieteksten. */
  gios: z.array(z.string().min(1)).default([]),
  /** Hoofdlijn keys, referenced from the section's own Tekstdeel. */
  hoofdlijnen: z.array(localId).default([]),
  /** Waardelijst Thema URIs on the section's own Tekstdeel (never a deprecated one). */
  themas: z.array(uri).default([]),
  /** Gebiedsaanwijzing keys, referenced from the Tekstdelen of this section's Divisieteksten. */
  gebiedsaanwijzingen: z.array(z.string().min(1)).default([]),
  /** Idealisatie of the GIO locaties in this section; default `ow.idealisatie`. */
  idealisatie: idealisatie.optional(),
})

export const owConfig = z.strictObject({
  /**
   * bestuurlijkeGrenzenID of the Ambtsgebied for the Regelingsgebied (IMOW_Locatie.xsd `(GM|PV|WS|LND)[A-Z0-9.]{1,7}`),
   * e.g. `GM0106`; default the bevoegd gezag in capitals, for the Rijk `LND6030.B` (bevoegd-gezag.ts).
   */
  ambtsgebied: z
    .string()
    .regex(/^(GM|PV|WS|LND)[A-Z0-9.]{1,7}$/, 'verwacht een code als GM0106, PV22, WS0155 of LND6030.B')
    .optional()
    .describe('Code van het ambtsgebied in de bestuurlijke grenzen (GM0106, PV22, WS0155, LND6030.B); standaard volgt die uit het bevoegd gezag.'),
  /** Date the ambtsgebied boundary is valid (Ambtsgebied/geldigOp); default: vaststelling. */
  geldigOp: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * Locatie of a Divisietekst's Tekstdeel when no annotation gives it GIOs: the Ambtsgebied (idealisatie exact,
   * pv28 practice) or none.
   */
  tekstdeelLocatie: z.enum(['ambtsgebied', 'geen']).default('ambtsgebied'),
  /** Idealisatie of GIO locaties unless an annotatie says otherwise. */
  idealisatie: idealisatie.default('indicatief'),
  hoofdlijnen: z.array(hoofdlijn).default([]),
  /** Gebiedsaanwijzingen by local key. */
  gebiedsaanwijzingen: z.record(z.string(), gebiedsaanwijzing).default({}),
  /**
   * Section number (`4.4.1`), or number and title as the text has them (`4.4.1 Binnenstad`: after a wijziging
   * renumbered it, the title still finds the section — model/kop-sleutel) → annotation of that Divisie or
   * Divisietekst in the Lichaam.
   * Hoofdlijnen and themas go on that section's Tekstdeel; GIOs and Gebiedsaanwijzingen on the Tekstdelen of the
   * Divisieteksten in it (TPOD: Gebiedsaanwijzing fits best on Divisietekst level).
   */
  annotaties: z
    .record(z.string().regex(/^\d+(\.\d+)*( \S.*)?$/, 'verwacht een paragraafnummer als 4.4.1, eventueel met de titel erachter: 4.4.1 Binnenstad'), annotatie)
    .default({}),
})

export type OwConfig = z.infer<typeof owConfig>
export type OwAnnotatie = z.infer<typeof annotatie>
