/**
 * The document model: what the text reader understood of a raadsbesluit + omgevingsvisie.
 * Readers produce it (src/parse), passes enrich it (src/ids), writers consume it (src/stop, src/ow, src/preview).
 * Plain readonly JSON-serialisable nodes with a `type` discriminant; names follow STOP (imop-tekst.xsd).
 * This module imports nothing.
 */

export * from './finding.js'
export * from './position.js'
export * from './errors.js'
export * from './gio.js'
export * from './package-file.js'
export * from './xml-chars.js'
export * from './kop-sleutel.js'
export * from './xml-text.js'
import type { Span } from './position.js'
import type { Finding } from './finding.js'

/** Fields every node may carry. `position` is absent for generated nodes (from visie.json or a pass). */
export interface NodeBase {
  readonly position?: Span
}

/** Set by the ids pass (src/ids), never by a reader. */
export interface Identified {
  readonly eId?: string
  readonly wId?: string
}

// ---------------------------------------------------------------------------------------------- inline

export interface Text extends NodeBase {
  readonly type: 'text'
  readonly value: string
}

/** Reference to another place in the same text (STOP IntRef); `ref` is an eId once the ids pass ran. */
export interface IntRef extends NodeBase {
  readonly type: 'intRef'
  /** What the text points at, e.g. `bijlage:A`; resolved to an eId by the ids pass (`ref`). */
  readonly target: string
  readonly ref?: string
  readonly value: string
}

/** The identifier of an informatieobject as written in the text (STOP ExtIoRef). */
export interface ExtIoRef extends NodeBase, Identified {
  readonly type: 'extIoRef'
  /** The expression identifier, e.g. `/join/id/regdata/gm0106/2025/949d…/nld@2026-01-05;12452657`. */
  readonly ref: string
}

/** A mention of a GIO in running text (STOP IntIoRef); `ref` = the wId of its ExtIoRef, set by a pass. */
export interface IntIoRef extends NodeBase, Identified {
  readonly type: 'intIoRef'
  /** The GIO naam as in Bijlage I. */
  readonly gio: string
  readonly ref?: string
  readonly value: string
}

/** Emphasis as the source shows it (STOP `b`, `i`, `u`, `sup`, `sub`), around other inline content. */
export interface Opmaak extends NodeBase {
  readonly type: 'opmaak'
  readonly element: 'b' | 'i' | 'u' | 'sup' | 'sub'
  readonly children: readonly Inline[]
}

/**
 * A footnote at its mark in the text (STOP Noot, `type="voet"`): the number the source prints (NootNummer) and its
 * paragraphs. Read from a PDF's page foot, a DOCX's footnotes.xml, or the notes at a page's foot in extracted text.
 */
export interface Noot extends NodeBase {
  readonly type: 'noot'
  /** STOP's `id`, unique in the document (`noot-1`, in document order: STOP0067). */
  readonly id: string
  readonly nummer: string
  readonly children: readonly Al[]
}

export type Inline = Text | IntRef | ExtIoRef | IntIoRef | Opmaak | Noot

// ---------------------------------------------------------------------------------------------- blocks

/** A paragraph (STOP Al). */
export interface Al extends NodeBase {
  readonly type: 'al'
  readonly children: readonly Inline[]
}

/** A list item (STOP Li); `nummer` is the source's own marker of an `expliciet` list (`a.`, `1)`, `•`: STOP LiNummer). */
export interface Li extends NodeBase, Identified {
  readonly type: 'li'
  readonly nummer?: string
  readonly children: readonly (Al | Lijst)[]
}

/**
 * A list (STOP Lijst): `ongemarkeerd` for bullets, `expliciet` when the source numbers its items (`1.`, `a)`, `i.`),
 * whose Li then carry `nummer`. A nested list is the last child of the Li it belongs to.
 */
export interface Lijst extends NodeBase, Identified {
  readonly type: 'lijst'
  readonly lijsttype: 'ongemarkeerd' | 'expliciet'
  readonly children: readonly Li[]
}

/** A table cell (CALS entry): paragraphs; `kolommen` > 1 when it spans columns. */
export interface Cel extends NodeBase {
  readonly children: readonly Al[]
  readonly kolommen?: number
}

export interface Rij extends NodeBase {
  readonly cellen: readonly Cel[]
}

/**
 * A table (STOP Tabel, CALS): `kolommen` columns, header rows (`kop`, thead) and body rows (`rijen`, tbody).
 * Read from aligned columns of extracted text, a Markdown (GFM) table or a Word table.
 */
export interface Tabel extends NodeBase, Identified {
  readonly type: 'tabel'
  readonly titel?: string
  readonly kolommen: number
  readonly kop: readonly Rij[]
  readonly rijen: readonly Rij[]
}

/** A term with its definition (STOP Begrip). Bijlage I uses it for naam → ExtIoRef. */
export interface Begrip extends NodeBase, Identified {
  readonly type: 'begrip'
  readonly term: readonly Inline[]
  readonly definitie: readonly Al[]
}

export interface Begrippenlijst extends NodeBase, Identified {
  readonly type: 'begrippenlijst'
  readonly children: readonly Begrip[]
}

/**
 * A figure (STOP Figuur). The text gives only the caption; the image file comes from visie.json
 * (`afbeeldingen`) and is resolved by a pass (`illustratie`).
 */
export interface Figuur extends NodeBase, Identified {
  readonly type: 'figuur'
  readonly titel: string
  /** The visie.json `afbeeldingen` key of its image when that is not `titel` (a heading key with an older number). */
  readonly afbeelding?: string
  readonly illustratie?: Illustratie
}

export interface Illustratie {
  /** File name in the package, e.g. `ruimtelijke-schets-binnenstad.png`. */
  readonly naam: string
  readonly formaat: 'image/png' | 'image/jpeg'
  readonly breedte: number
  readonly hoogte: number
  readonly dpi: number
  readonly alt?: string
}

/** A heading inside running text that is not a structure heading (STOP Tussenkop). */
export interface Tussenkop extends NodeBase {
  readonly type: 'tussenkop'
  readonly children: readonly Inline[]
}

export type Block = Al | Lijst | Begrippenlijst | Figuur | Tussenkop | Tabel

// ---------------------------------------------------------------------------------------------- structure

/** A heading (STOP Kop): `4.2.2 Levendige binnenstad: groeien in kwaliteit` → nummer 4.2.2 + opschrift. */
export interface Kop extends NodeBase {
  readonly label?: string
  readonly nummer?: string
  readonly opschrift?: string
  /** Footnotes whose mark stood in the heading (`1.1 Waarom een omgevingsvisie¹`): Noot at the opschrift's end. */
  readonly noten?: readonly Noot[]
}

/** A text block, optionally with a (run-in) heading (STOP Divisietekst). */
export interface Divisietekst extends NodeBase, Identified {
  readonly type: 'divisietekst'
  readonly kop?: Kop
  readonly children: readonly Block[]
}

/** A numbered section: hoofdstuk, paragraaf, subparagraaf (STOP Divisie). */
export interface Divisie extends NodeBase, Identified {
  readonly type: 'divisie'
  readonly kop: Kop
  readonly children: readonly (Divisie | Divisietekst)[]
}

export type Structuur = Divisie | Divisietekst

/** A bijlage of the visie (`Bijlage I Overzicht Informatieobjecten`) (STOP Bijlage). */
export interface Bijlage extends NodeBase, Identified {
  readonly type: 'bijlage'
  readonly kop: Kop
  readonly children: readonly Structuur[]
}

/** The omgevingsvisie itself (STOP RegelingVrijetekst inside the WijzigBijlage). */
export interface RegelingVrijetekst extends NodeBase {
  readonly type: 'regelingVrijetekst'
  readonly opschrift: string
  readonly lichaam: readonly Structuur[]
  readonly bijlagen: readonly Bijlage[]
}

// ---------------------------------------------------------------------------------------------- besluit

export interface Considerans extends NodeBase {
  /** `Overwegende dat:` */
  readonly aanhef: readonly Al[]
  readonly lijst?: Lijst
}

export interface Aanhef extends NodeBase, Identified {
  /** `De gemeenteraad van Gemeente Assen,` / `gelezen het voorstel …` */
  readonly children: readonly Al[]
  readonly considerans?: Considerans
  /** `Besluit vast te stellen;` */
  readonly afkondiging: readonly Al[]
}

/**
 * An article of the besluit. `wijzig`: Artikel I, which points at the WijzigBijlage (STOP WijzigArtikel);
 * otherwise a plain Artikel (Artikel II with the inwerkingtreding).
 */
export interface Artikel extends NodeBase, Identified {
  readonly type: 'artikel'
  readonly soort: 'wijzig' | 'gewoon'
  readonly kop: Kop
  readonly children: readonly Al[]
  /** ISO date read from the text when the article says when the besluit takes effect (`26-02-2026` → `2026-02-26`). */
  readonly inwerkingtreding?: string
}

export interface Ondertekenaar extends NodeBase {
  /** `Voorzitter`, `Griffier` */
  readonly functie: string
  readonly naam: string
}

export interface Sluiting extends NodeBase, Identified {
  /** `Aldus vastgesteld door Gemeente Assen,` / `De raad voornoemd,` */
  readonly children: readonly Al[]
  readonly ondertekening: readonly Ondertekenaar[]
}

/** `Bijlage A Bijlage bij artikel I`, holding the visie (STOP WijzigBijlage). */
export interface WijzigBijlage extends NodeBase, Identified {
  readonly kop: Kop
  readonly regeling: RegelingVrijetekst
}

/** The raadsbesluit (STOP BesluitCompact). */
export interface Besluit extends NodeBase {
  readonly type: 'besluit'
  readonly opschrift: string
  readonly aanhef: Aanhef
  readonly artikelen: readonly Artikel[]
  readonly sluiting?: Sluiting
  readonly wijzigBijlage: WijzigBijlage
}

/** One row of Bijlage I: a GIO naam and its expression identifier, re-joined from the text. */
export interface InformatieobjectVermelding extends NodeBase {
  /** `Natura 2000 gebied` */
  readonly naam: string
  /** `/join/id/regdata/gm0106/2025/22029825387249dcaa39bd679666af57/nld@2026-01-05;12452657` */
  readonly expression: string
  /** The expression before `/nld@`. */
  readonly work: string
}

/** The root: a besluit and the informatieobjecten its Bijlage I lists. */
export interface Document extends NodeBase {
  readonly type: 'document'
  /** The path of the source as given to the reader (used in findings). */
  readonly file: string
  readonly besluit: Besluit
  readonly informatieobjecten: readonly InformatieobjectVermelding[]
  /**
   * For a PDF or DOCX source, whose positions count the reader's own lines: where each line is for a person
   * (`origins[line]`, page or paragraph and a quote). Absent for text and Markdown, whose lines are the file's.
   */
  readonly origins?: readonly (SourceOrigin | undefined)[]
}

/** Where a reader's line is in a PDF (page from 1) or DOCX (paragraph from 1), with the start of its text. */
export interface SourceOrigin {
  readonly page?: number
  readonly alinea?: number
  readonly quote: string
}

/** The finding with its source place stamped from the document's origins (page/alinea and a quote). */
export function locateFinding(f: Finding, origins: Document['origins']): Finding {
  const origin = f.source && origins?.[f.source.line]
  if (!f.source || !origin) return f
  return {
    ...f,
    source: {
      ...f.source,
      ...(origin.page !== undefined ? { page: origin.page } : {}),
      ...(origin.alinea !== undefined ? { alinea: origin.alinea } : {}),
      quote: origin.quote,
    },
  }
}
