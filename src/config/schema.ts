/**
 * visie.json: what the text does not say (product.md §3). Validated once, at the edge, with zod;
 * `scripts/export-config-schema.ts` writes the JSON Schema for editors to schemas/visie.schema.json.
 */
import { z } from 'zod'
import { owConfig } from './ow.js'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD')
const oin = z.string().regex(/^\d{20}$/, 'een OIN is precies 20 cijfers')
/** The naam part of an AKN/JOIN work: letters, digits, `_` and `-` (LVBB2020), never a dot (STOP1000). */
const werkNaam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'alleen letters, cijfers, _ en - (geen punt)')

export const visieConfig = z
  .object({
    $schema: z.string().optional(),
    /** Free text for people reading the file (placeholders, choices); ignored by the tool. */
    toelichting: z.string().optional(),
    /** Bevoegd gezag code, e.g. `gm0106`. */
    bevoegdGezag: z.string().regex(/^(gm\d{4}|pv\d{2}|ws\d{4}|mn\d{3}|mnre\d{4})$/, 'verwacht een code als gm0106'),
    /** Display name, e.g. `Gemeente Assen`. */
    naam: z.string().min(1),
    oin: z.strictObject({ bevoegdGezag: oin, aanleveraar: oin }),
    /** `[0-9A-z][0-9A-z_-]+`, max 80 (lvbb-transport.xsd). */
    idLevering: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{1,79}$/),
    tekst: z.string().default('omgevingsvisie.txt'),
    werk: z.strictObject({
      jaar: z.string().regex(/^\d{4}$/),
      besluit: werkNaam,
      regeling: werkNaam,
      doel: werkNaam,
      /** Version part of the expressions: `nld@<vaststelling>;<versie>`. */
      versie: z.string().regex(/^[0-9A-Za-z-]{1,32}$/).default('1'),
      componentnaam: z.string().regex(/^[0-9A-Za-z_]+$/).default('omgevingsvisie'),
    }),
    datums: z.strictObject({
      vaststelling: isoDate,
      ondertekening: isoDate,
      bekendmaking: isoDate,
      /** Must agree with Artikel II of the text; the text is leading. */
      inwerkingtreding: isoDate.optional(),
    }),
    metadata: z.strictObject({
      /** TOOI, e.g. `/tooi/def/thes/kern/c_2a7d8663` (gemeenteraad). */
      soortBestuursorgaan: z.string().regex(/^\/tooi\//, 'verwacht een TOOI-URI (/tooi/…)'),
      onderwerpen: z.array(z.string().regex(/^\/tooi\//, 'verwacht een TOOI-URI (/tooi/…)')).min(1),
      rechtsgebieden: z.array(z.string().regex(/^\/tooi\//, 'verwacht een TOOI-URI (/tooi/…)')).default([]),
    }),
    standaarden: z
      .strictObject({
        stop: z.literal('1.3.0').default('1.3.0'),
        lvbb: z.literal('1.2.0').default('1.2.0'),
        /** IMOW 3.0 = XSD set v2.0.0 (manifest-ow with DoelID); 3.1 = XSD set v3.1.0. */
        imow: z.enum(['3.0', '3.1']).default('3.0'),
      })
      .prefault({}),
    geo: z
      .strictObject({
        /** CRS of the project's GeoJSON sources when they do not say. */
        crs: z.enum(['EPSG:28992', 'EPSG:4258', 'EPSG:4326']).default('EPSG:28992'),
        achtergrondVerwijzing: z.string().default('TOP10NL'),
        achtergrondActualiteit: isoDate,
        /** Geometry sources (relative to the project): FeatureCollections tagged with `gio`, GML or GIO GML files. */
        bronnen: z.array(z.string()).default([]),
        /** Per GIO naam an explicit source file, for sources without `gio` tags (GML, an existing GIO). */
        perGio: z.record(z.string(), z.string()).default({}),
        /** True when the geometry is drawn for demonstration (labelled schematic in outputs and preview). */
        schematisch: z.boolean().default(false),
      }),
    /** Figure caption (as in the text) → image file relative to the project. */
    afbeeldingen: z.record(z.string(), z.string()).default({}),
    ow: owConfig.prefault({}),
  })
  .strict()

export type VisieConfig = z.infer<typeof visieConfig>
export type VisieConfigInput = z.input<typeof visieConfig>
