/**
 * A rebuilding walk over every inline run of a Document (Al, Begrip term, Tussenkop), for passes that
 * rewrite running text (IntRef resolution, GIO mentions). Structure and ids are copied unchanged.
 */
import type {
  Aanhef, Al, Begrip, Besluit, Bijlage, Block, Divisie, Divisietekst, Document, Inline, Kop, Li, Lijst,
  RegelingVrijetekst, Rij, Sluiting, Structuur,
} from '../model/index.js'

export interface InlineContext {
  /** `besluit` for the BesluitCompact part, `regeling` inside the WijzigBijlage's RegelingVrijetekst. */
  readonly scope: 'besluit' | 'regeling'
  /** The Koppen of the enclosing Divisies/Bijlage/Divisietekst, outermost first. */
  readonly koppen: readonly Kop[]
  /** Which run this is: a paragraph (Al, also in lists and definitions), a Begrip term or a Tussenkop. */
  readonly kind: 'al' | 'term' | 'tussenkop'
}

export type InlineMapper = (inlines: readonly Inline[], ctx: InlineContext) => readonly Inline[]

export function mapInlines(document: Document, fn: InlineMapper): Document {
  const b = document.besluit
  const top: InlineContext = { scope: 'besluit', koppen: [], kind: 'al' }
  const besluit: Besluit = {
    ...b,
    aanhef: aanhef(b.aanhef, fn, top),
    artikelen: b.artikelen.map((a) => ({ ...a, children: als(a.children, fn, { ...top, koppen: [a.kop] }) })),
    ...(b.sluiting ? { sluiting: sluiting(b.sluiting, fn, top) } : {}),
    wijzigBijlage: { ...b.wijzigBijlage, regeling: regeling(b.wijzigBijlage.regeling, fn) },
  }
  return { ...document, besluit }
}

function aanhef(a: Aanhef, fn: InlineMapper, ctx: InlineContext): Aanhef {
  const c = a.considerans
  return {
    ...a,
    children: als(a.children, fn, ctx),
    ...(c
      ? { considerans: { ...c, aanhef: als(c.aanhef, fn, ctx), ...(c.lijst ? { lijst: lijst(c.lijst, fn, ctx) } : {}) } }
      : {}),
    afkondiging: als(a.afkondiging, fn, ctx),
  }
}

function sluiting(s: Sluiting, fn: InlineMapper, ctx: InlineContext): Sluiting {
  return { ...s, children: als(s.children, fn, ctx) }
}

function regeling(r: RegelingVrijetekst, fn: InlineMapper): RegelingVrijetekst {
  const ctx: InlineContext = { scope: 'regeling', koppen: [], kind: 'al' }
  return {
    ...r,
    lichaam: r.lichaam.map((s) => structuur(s, fn, ctx)),
    bijlagen: r.bijlagen.map((b): Bijlage => {
      const inner = { ...ctx, koppen: [b.kop] }
      return { ...b, children: b.children.map((s) => structuur(s, fn, inner)) }
    }),
  }
}

function structuur(s: Structuur, fn: InlineMapper, ctx: InlineContext): Structuur {
  const inner = s.kop ? { ...ctx, koppen: [...ctx.koppen, s.kop] } : ctx
  if (s.type === 'divisie') {
    const d: Divisie = { ...s, children: s.children.map((c) => structuur(c, fn, inner) as Divisie | Divisietekst) }
    return d
  }
  return { ...s, children: s.children.map((b) => block(b, fn, inner)) }
}

function block(b: Block, fn: InlineMapper, ctx: InlineContext): Block {
  switch (b.type) {
    case 'al':
      return al(b, fn, ctx)
    case 'lijst':
      return lijst(b, fn, ctx)
    case 'begrippenlijst':
      return { ...b, children: b.children.map((g) => begrip(g, fn, ctx)) }
    case 'tussenkop':
      return { ...b, children: fn(b.children, { ...ctx, kind: 'tussenkop' }) }
    case 'figuur':
      return b
    case 'tabel': {
      const rows = (list: readonly Rij[]): Rij[] => list.map((r) => ({ ...r, cellen: r.cellen.map((c) => ({ ...c, children: als(c.children, fn, ctx) })) }))
      return { ...b, kop: rows(b.kop), rijen: rows(b.rijen) }
    }
  }
}

function begrip(g: Begrip, fn: InlineMapper, ctx: InlineContext): Begrip {
  return { ...g, term: fn(g.term, { ...ctx, kind: 'term' }), definitie: als(g.definitie, fn, ctx) }
}

function lijst(l: Lijst, fn: InlineMapper, ctx: InlineContext): Lijst {
  return {
    ...l,
    children: l.children.map((li): Li => ({
      ...li,
      children: li.children.map((c) => (c.type === 'al' ? al(c, fn, ctx) : lijst(c, fn, ctx))),
    })),
  }
}

function als(list: readonly Al[], fn: InlineMapper, ctx: InlineContext): Al[] {
  return list.map((a) => al(a, fn, ctx))
}

function al(a: Al, fn: InlineMapper, ctx: InlineContext): Al {
  return { ...a, children: fn(a.children, ctx) }
}
