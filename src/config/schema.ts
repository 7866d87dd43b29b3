/**
 * visie.json: what the text does not say (product.md §3). Validated once, at the edge, with zod;
 * `scripts/export-config-schema.ts` writes the JSON Schema for editors to schemas/visie.schema.json. The Dutch
 * `describe` texts become the schema's `description`s, which editors show beside each key.
 */
import { z } from 'zod'
import { BEVOEGD_GEZAG_PATTERN } from './bevoegd-gezag.js'
import { owConfig } from './ow.js'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD')
const oin = z.string().regex(/^\d{20}$/, 'een OIN is precies 20 cijfers')
/** The naam part of an AKN/JOIN work: letters, digits, `_` and `-` (LVBB2020), never a dot (STOP1000). */
const werkNaam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, 'alleen letters, cijfers, _ en - (geen punt)')
const tooi = z.string().regex(/^\/tooi\//, 'verwacht een TOOI-URI (/tooi/…)')

/** One LVBB environment (pre-productie or productie): its OINs and how idLevering is formed there. */
const omgeving = z.strictObject({
  oin: z
    .strictObject({
      bevoegdGezag: oin.describe('OIN van het bevoegd gezag in deze omgeving.'),
      aanleveraar: oin.describe('OIN van de aanleveraar in deze omgeving.'),
    })
    .optional()
    .describe("De OIN's in deze omgeving; zonder deze sleutel gelden die van oin."),
  idLevering: z
    .string()
    .regex(/^[0-9A-Za-z_{}-]{1,80}$/, 'alleen letters, cijfers, _, - en de plaatshouders {idLevering} en {soort}')
    .default('{idLevering}')
    .describe('Schema van idLevering in deze omgeving, met de plaatshouders {idLevering} (de idLevering van visie.json) en {soort} (besluit, ontwerp, kennisgeving of procedure); bijvoorbeeld "{idLevering}-pre".'),
})

export const visieConfig = z
  .object({
    $schema: z.string().optional().describe('Het JSON-schema van dit bestand, voor editors.'),
    /** Free text for people reading the file (placeholders, choices); ignored by the tool. */
    toelichting: z.string().optional().describe('Vrije tekst voor wie dit bestand leest; visie doet er niets mee.'),
    bevoegdGezag: z
      .string()
      .regex(BEVOEGD_GEZAG_PATTERN, 'verwacht een code als gm0106, pv22, ws0155 of mnre1034')
      .describe(
        'Code van het bevoegd gezag: gm + 4 cijfers (gemeente), pv + 2 (provincie), ws + 4 (waterschap) of mnre + 4 (ministerie). Bepaalt de identificaties (AKN, JOIN, OW) en de TOOI-code van maker en eindverantwoordelijke.',
      ),
    naam: z.string().min(1).describe('Naam van het bevoegd gezag zoals die in het besluit staat, bijvoorbeeld "Gemeente Assen" of "Provincie Drenthe".'),
    oin: z
      .strictObject({
        bevoegdGezag: oin.describe('OIN (20 cijfers) van het bevoegd gezag, zoals in het register van Logius.'),
        aanleveraar: oin.describe('OIN (20 cijfers) van wie aanlevert; vaak gelijk aan dat van het bevoegd gezag.'),
      })
      .describe("De OIN's voor opdracht.xml."),
    idLevering: z
      .string()
      .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{1,79}$/)
      .describe('Kenmerk van deze levering (letters, cijfers, _ en -; hooguit 80 tekens); ook de naam van de ZIP.'),
    wijzigt: z
      .string()
      .min(1)
      .optional()
      .describe('De vorige versie die dit besluit wijzigt: het eerder aangeleverde pakket (ZIP of map) of een download van de regeling uit het DSO; hetzelfde als visie build --wijzigt.'),
    tekst: z.string().default('omgevingsvisie.txt').describe('Het tekstbestand met besluit en visie (.txt uit een PDF, of .md van visie parse).'),
    werk: z
      .strictObject({
        jaar: z.string().regex(/^\d{4}$/).describe('Jaar in de identificaties van besluit, regeling en doel.'),
        besluit: werkNaam.describe('Naamdeel van het besluit in /akn/nl/bill/<bevoegd gezag>/<jaar>/<besluit>.'),
        regeling: werkNaam.describe('Naamdeel van de regeling in /akn/nl/act/<bevoegd gezag>/<jaar>/<regeling>.'),
        doel: werkNaam.describe('Naamdeel van het doel in /join/id/proces/<bevoegd gezag>/<jaar>/<doel>.'),
        /** Version part of the expressions: `nld@<vaststelling>;<versie>`. */
        versie: z.string().regex(/^[0-9A-Za-z-]{1,32}$/).default('1').describe('Versiedeel van de expressies: nld@<vaststelling>;<versie>.'),
        componentnaam: z.string().regex(/^[0-9A-Za-z_]+$/).default('omgevingsvisie').describe('Componentnaam van de WijzigBijlage met de visie.'),
      })
      .describe('De delen van de AKN- en JOIN-identificaties.'),
    datums: z
      .strictObject({
        vaststelling: isoDate.describe('Datum waarop het besluit is vastgesteld (JJJJ-MM-DD).'),
        ondertekening: isoDate.describe('Datum van ondertekening (JJJJ-MM-DD).'),
        bekendmaking: isoDate.describe('Beoogde datum van bekendmaking (JJJJ-MM-DD): een werkdag, niet vóór de vaststelling; bij een publicatieopdracht in de toekomst.'),
        /** Must agree with Artikel II of the text; the text is leading. */
        inwerkingtreding: isoDate.optional().describe('Datum van inwerkingtreding; moet kloppen met het artikel in de tekst (de tekst gaat voor).'),
      })
      .describe('De datums van het besluit.'),
    fase: z
      .enum(['ontwerp', 'vaststelling'])
      .default('vaststelling')
      .describe('Welk besluit visie build bouwt: "ontwerp" (het ontwerpbesluit dat ter inzage gaat) of "vaststelling" (het vastgestelde besluit). visie build --ontwerp bouwt altijd het ontwerp.'),
    ontwerp: z
      .strictObject({
        besluit: werkNaam
          .optional()
          .describe('Naamdeel van het ontwerpbesluit in /akn/nl/bill/<bevoegd gezag>/<jaar>/<besluit>; standaard werk.besluit met "-ontwerp" erachter. Het ontwerpbesluit is een ander besluit dan het vastgestelde.'),
        datums: z
          .strictObject({
            vaststelling: isoDate.describe('Datum waarop het ontwerp is vastgesteld (vrijgegeven voor de terinzagelegging), JJJJ-MM-DD.'),
            ondertekening: isoDate.describe('Datum van ondertekening van het ontwerpbesluit (JJJJ-MM-DD).'),
            bekendmaking: isoDate.describe('Beoogde datum van publicatie van het ontwerp (JJJJ-MM-DD).'),
          })
          .describe('De datums van het ontwerpbesluit.'),
        terInzage: z
          .strictObject({
            begin: isoDate.describe('Eerste dag van de terinzagelegging (JJJJ-MM-DD); niet vóór de bekendmaking van de kennisgeving (LVBB4703).'),
            einde: isoDate.describe('Laatste dag van de terinzagelegging (JJJJ-MM-DD); niet vóór het begin (LVBB4758).'),
          })
          .optional()
          .describe('De inzagetermijn van het ontwerp, voor de kennisgeving (visie kennisgeving).'),
        pakket: z
          .string()
          .min(1)
          .optional()
          .describe("Het aangeleverde ontwerppakket (ZIP of map, ten opzichte van de projectmap). Bij de vaststelling worden GIO's die daarin ongewijzigd al zijn aangeleverd niet opnieuw aangeleverd."),
      })
      .optional()
      .describe('Het ontwerpbesluit: werk, datums, inzagetermijn en het aangeleverde ontwerppakket.'),
    kennisgeving: z
      .strictObject({
        werk: werkNaam.optional().describe('Naamdeel van de kennisgeving in /akn/nl/doc/<bevoegd gezag>/<jaar>/<werk>; standaard het besluit met "-kennisgeving" (of "-procedure") erachter.'),
        bekendmaking: isoDate.describe('Beoogde datum van bekendmaking van de kennisgeving (JJJJ-MM-DD).'),
        titel: z.string().min(1).optional().describe('Titel van de kennisgeving; zonder deze sleutel schrijft visie een standaardtitel.'),
        tekst: z.array(z.string().min(1)).default([]).describe('Alinea\'s van de kennisgeving; zonder deze sleutel schrijft visie een korte standaardtekst.'),
      })
      .optional()
      .describe('De kennisgeving (visie kennisgeving): datum van bekendmaking en eventueel de eigen tekst.'),
    procedure: z
      .strictObject({
        bekendmaking: isoDate.describe('Beoogde datum van bekendmaking van de procedurestappen (JJJJ-MM-DD).'),
        eindeBezwaartermijn: isoDate.optional().describe('Einde van de bezwaartermijn van het vastgestelde besluit (JJJJ-MM-DD).'),
        eindeBeroepstermijn: isoDate.optional().describe('Einde van de beroepstermijn van het vastgestelde besluit (JJJJ-MM-DD).'),
      })
      .optional()
      .describe('Procedurestappen na de bekendmaking van het vastgestelde besluit (visie procedure).'),
    omgevingen: z
      .strictObject({
        pre: omgeving.optional().describe('De pre-productieomgeving van de LVBB.'),
        prod: omgeving.optional().describe('De productieomgeving van de LVBB.'),
      })
      .optional()
      .describe("Per LVBB-omgeving de OIN's en het schema van idLevering (visie build --omgeving pre|prod)."),
    metadata: z
      .strictObject({
        soortBestuursorgaan: tooi
          .optional()
          .describe(
            'TOOI-code van het orgaan dat de visie vaststelt. Standaard volgt die uit het bevoegd gezag: gemeenteraad, Provinciale Staten, algemeen bestuur (waterschap) of minister.',
          ),
        onderwerpen: z.array(tooi).min(1).describe('TOOI-onderwerpen van het besluit en de regeling (minstens één).'),
        rechtsgebieden: z.array(tooi).default([]).describe('TOOI-rechtsgebieden (mag leeg).'),
      })
      .describe('Metadata van besluit en regeling (TOOI-waardelijsten).'),
    standaarden: z
      .strictObject({
        stop: z.literal('1.3.0').default('1.3.0').describe('STOP-versie.'),
        lvbb: z.literal('1.2.0').default('1.2.0').describe('Versie van het LVBB-bronhouderkoppelvlak.'),
        /** IMOW 3.0 = XSD set v2.0.0 (manifest-ow with DoelID); 3.1 = XSD set v3.1.0. */
        imow: z.enum(['3.0', '3.1']).default('3.0').describe('IMOW-versie van de OW-bestanden: 3.0 (schemaset v2.0.0) of 3.1 (v3.1.0).'),
      })
      .prefault({})
      .describe('De versies van de standaarden.'),
    geo: z
      .strictObject({
        /** CRS of the project's GeoJSON sources when they do not say. */
        crs: z
          .enum(['EPSG:28992', 'EPSG:4258', 'EPSG:4326'])
          .optional()
          .describe(
            'Coördinatenstelsel van GeoJSON-bronnen zonder "crs": EPSG:28992 (RD New, meters), EPSG:4258 (ETRS89) of EPSG:4326 (WGS84). Zonder deze sleutel geldt RFC 7946: WGS84.',
          ),
        achtergrondVerwijzing: z.string().default('TOP10NL').describe('De kaart waarop de geometrie is getekend (GIO achtergrondVerwijzing).'),
        achtergrondActualiteit: isoDate.describe('Datum van die achtergrondkaart (JJJJ-MM-DD).'),
        /** Geometry sources (relative to the project): FeatureCollections tagged with `gio`, GML or GIO GML files. */
        bronnen: z.array(z.string()).default([]).describe('Geometriebestanden (ten opzichte van de projectmap): GeoJSON met per feature de eigenschap "gio", GML of een bestaande GIO.'),
        /** Per GIO naam an explicit source file, for sources without `gio` tags (GML, an existing GIO). */
        perGio: z.record(z.string(), z.string()).default({}).describe('Per GIO-naam (zoals in Bijlage I) een eigen geometriebestand.'),
        /** True when the geometry is drawn for demonstration (labelled schematic in outputs and preview). */
        schematisch: z.boolean().default(false).describe('true als de geometrie alleen ter illustratie is getekend; de preview zegt dat dan.'),
      })
      .describe('De geometrie van de GIOs.'),
    /** Figure caption (as in the text) → image file relative to the project. */
    afbeeldingen: z.record(z.string(), z.string()).default({}).describe('Figuuronderschrift (zoals in de tekst) → afbeelding (PNG/JPEG) ten opzichte van de projectmap.'),
    /** Figures of a PDF or DOCX source: its raster images with their caption become Illustratie in the package. */
    illustraties: z
      .boolean()
      .default(false)
      .describe(
        'true om de afbeeldingen van een PDF of Word-document (een PNG- of JPEG-afbeelding met het onderschrift eronder of erboven) als Illustratie in het pakket op te nemen. Standaard meldt visie alleen op welke pagina\'s of in welke alinea\'s afbeeldingen staan.',
      ),
    bestandenBuitenProjectmap: z
      .boolean()
      .default(false)
      .describe(
        'true om tekst, afbeeldingen en geometrie ook buiten de projectmap te lezen (absolute paden, ../, symbolische links naar elders). Standaard weigert visie dat, zodat een projectmap van een ander geen bestanden van uw computer in een pakket brengt.',
      ),
    ow: owConfig.prefault({}).describe('De OW-annotaties: hoofdlijnen, gebiedsaanwijzingen en welke paragrafen waarover gaan.'),
  })
  .strict()

export type VisieConfig = z.infer<typeof visieConfig>
export type VisieConfigInput = z.input<typeof visieConfig>
