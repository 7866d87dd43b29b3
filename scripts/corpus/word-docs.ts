/**
 * The Word corpus documents (test/corpus/word/w01 … w06), written by scripts/corpus/render-docx.ts. Each is a besluit
 * and the visie it adopts in a house style of its own; the prose comes from the shared pool (html-docs/tekst.ts),
 * the structure, numbering and Word constructs differ per document. w03 and w05 are holdout.
 */
import { alinea } from './html-docs/tekst.js'
import type { Block, Gio, WordDoc } from './word-model.js'

const h1 = (text: string): Block => ({ t: 'h', l: 1, text })
const h2 = (text: string): Block => ({ t: 'h', l: 2, text })
const h3 = (text: string): Block => ({ t: 'h', l: 3, text })
const para = (text: string, footnote?: string): Block => ({ t: 'p', text, ...(footnote ? { footnote } : {}) })
const tk = (text: string): Block => ({ t: 'tk', text })

const gio = (bg: string, datum: string) => (naam: string, werk: string, at: [number, number], size = 1.5): Gio => ({
  naam,
  identificatie: `/join/id/regdata/${bg}/2026/${werk}/nld@${datum};1`,
  at,
  size,
})

/** The besluit of a raad, Provinciale Staten or an algemeen bestuur, in the wording of its kind. */
function besluit(o: { orgaan: string; van: string; visie: string; voorstel: string; gelet: string; datum: string; inwerking: string; inwerkingIso: string; marker: string; romeins?: boolean; ondertekening: [string, string] }): WordDoc['besluit'] {
  const art = o.romeins ? ['I', 'II', 'III'] : ['1', '2', '3']
  return {
    opschrift: `Besluit van ${o.orgaan} van ${o.van} tot vaststelling van de ${o.visie}`,
    artikelen: art,
    inwerkingtreding: o.inwerkingIso,
    paragraphs: [
      para(`Besluit van ${o.orgaan} van ${o.van} tot vaststelling van de ${o.visie}`),
      para(`${o.orgaan.charAt(0).toUpperCase()}${o.orgaan.slice(1)} van ${o.van};`),
      para(`gelezen het voorstel ${o.voorstel};`),
      para(`gelet op ${o.gelet};`),
      para('besluit:'),
      tk(`Artikel ${art[0]}`),
      para(`De ${o.visie}, zoals opgenomen in ${o.marker.charAt(0).toLowerCase()}${o.marker.slice(1)}, wordt vastgesteld.`),
      tk(`Artikel ${art[1]}`),
      para(`Dit besluit treedt in werking op ${o.inwerking}.`),
      tk(`Artikel ${art[2]}`),
      para(`Dit besluit wordt aangehaald als: Besluit ${o.visie}.`),
      para(`Aldus vastgesteld in de openbare vergadering van ${o.datum}.`),
      { t: 'table', header: [o.ondertekening[0], o.ondertekening[1]], rows: [['', '']] },
    ],
  }
}

const GEMEENTE_BESLUIT_GELET = 'artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht'

function gemeente(o: { id: string; set: 'dev' | 'holdout'; bg: string; naam: string; plaats: string; origin: [number, number] }) {
  return { ...o, g: 'gemeente' }
}

// w01 — Gemeente Zwolle: built-in Heading 1–3 with numbering linked in the styles ("%1", "%1.%2", "%1.%2.%3"),
// header with the title, footer "Pagina {page} van {pages}", a footnote, a chapter in two columns.
const w01 = ((): WordDoc => {
  const o = gemeente({ id: 'w01', set: 'dev', bg: 'gm0193', naam: 'Gemeente Zwolle', plaats: 'Zwolle', origin: [203000, 502000] })
  const G = gio(o.bg, '2026-03-02')
  const gios = [G('Binnenstad', 'binnenstad-zwolle', [0, 0], 0.8), G('Spoorzone', 'spoorzone-zwolle', [1, -1.5], 0.6), G('Stadshagen', 'stadshagen', [-3, 2], 1.2)]
  const P = o.plaats
  return {
    id: o.id,
    set: o.set,
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: ingebouwde stijlen Kop 1–3 met automatische nummering in de stijl (numbering.xml), kopregel met titel, voettekst "Pagina N van M", voetnoot, een hoofdstuk in twee kolommen',
    bevoegdGezag: o.bg,
    naam: o.naam,
    style: {
      font: 'Calibri',
      size: 11,
      headings: 'builtin',
      numberingIn: 'style',
      outline: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      bullet: ['•', '–'],
      ordered: ['decimal', '%1.', 'lowerLetter', '%2)'],
      header: 'Omgevingsvisie Zwolle 2040 | gemeente Zwolle',
      footer: 'Pagina {page} van {pages}',
    },
    besluit: besluit({
      orgaan: 'de raad',
      van: 'de gemeente Zwolle',
      visie: 'Omgevingsvisie Zwolle 2040',
      voorstel: 'van burgemeester en wethouders van 20 januari 2026',
      gelet: GEMEENTE_BESLUIT_GELET,
      datum: '12 maart 2026',
      inwerking: '1 april 2026',
      inwerkingIso: '2026-04-01',
      marker: 'Bijlage A bij dit besluit',
      ondertekening: ['De griffier,', 'De voorzitter,'],
    }),
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie Zwolle 2040',
      subtitel: 'Ruimte voor een groeiende stad',
      body: [
        h1('Inleiding'),
        h2('Waarom deze visie'),
        para(alinea('inleiding', 0, P), 'Artikel 3.1 van de Omgevingswet.'),
        para(alinea('inleiding', 1, P)),
        h2('Hoe de visie tot stand kwam'),
        para(alinea('proces', 0, P)),
        { t: 'ul', items: ['werksessies in alle wijken;', 'een digitaal panel;', { text: 'gesprekken met partners:', sub: ['de provincie;', 'het waterschap.'] }] },
        h1('Zwolle in 2040'),
        h2('Wonen'),
        para(alinea('wonen', 0, P)),
        h3('Binnenstedelijk bouwen'),
        para(alinea('wonen', 1, P)),
        h3('Betaalbaarheid'),
        para(alinea('wonen', 2, P)),
        { t: 'ol', items: ['een derde sociale huur;', 'een derde middenhuur;', 'een derde vrije sector.'] },
        h2('Werken'),
        para(alinea('economie', 0, P)),
        { t: 'table', header: ['Thema', 'Opgave', 'Termijn'], rows: [['Wonen', '10.000 woningen', '2040'], ['Werken', 'Herstructurering van drie terreinen', '2035'], ['Samen met de regio', '', '']], spanFirst: 2 },
        { t: 'cols2', blocks: [h1('Klimaat en energie'), h2('Klimaatadaptatie'), para(alinea('klimaat', 0, P)), h2('Energietransitie'), para(alinea('energie', 0, P))] },
        h1('Gebieden'),
        h2('Binnenstad'),
        para(alinea('erfgoed', 0, P)),
        h2('Spoorzone'),
        para(alinea('mobiliteit', 0, P)),
        h2('Stadshagen'),
        para(alinea('natuur', 0, P)),
        h1('Uitvoering'),
        para(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: 'I', opschrift: 'Begrippen', blocks: [{ t: 'table', header: ['Begrip', 'Betekenis'], rows: [['omgevingsplan', 'het gemeentelijke plan met regels over de fysieke leefomgeving'], ['programma', 'uitwerking van beleid met maatregelen']] }] },
      { nummer: 'II', opschrift: 'Geografische informatieobjecten', blocks: [para('De gebieden uit hoofdstuk 4 zijn vastgelegd in de volgende informatieobjecten.'), { t: 'gio', header: ['Naam', 'Identificatie'] }] },
    ],
    gios,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-03-12', ondertekening: '2026-03-12', bekendmaking: '2026-03-19', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0193',
    },
    geo: { origin: o.origin },
    meubilair: ['^Pagina \\d+ van \\d+$', 'Zwolle 2040 \\| gemeente Zwolle'],
  }
})()

// w02 — Provincie Gelderland: custom heading styles with an outline level ("Hoofdstuktitel" …), numbering set on each
// heading paragraph, chapters "Hoofdstuk %1", besluit of Provinciale Staten with Artikel I–III, bijlagen A and B.
const w02 = ((): WordDoc => {
  const G = gio('pv25', '2026-02-16')
  const P = 'Gelderland'
  const g = 'provincie'
  return {
    id: 'w02',
    set: 'dev',
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: eigen kopstijlen met overzichtsniveau, nummering per kopalinea ("Hoofdstuk %1", "%1.%2"), Statenbesluit met Artikel I–III, bijlagen A en B, voettekst met paginanummer',
    bevoegdGezag: 'pv25',
    naam: 'Provincie Gelderland',
    style: {
      font: 'Arial',
      size: 10,
      headings: 'custom',
      numberingIn: 'paragraph',
      outline: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      bullet: ['▪', '–'],
      ordered: ['lowerLetter', '%1.', 'bullet', '–'],
      footer: 'Omgevingsvisie Gelderland — {page}',
    },
    besluit: besluit({
      orgaan: 'Provinciale Staten',
      van: 'Gelderland',
      visie: 'Omgevingsvisie Gelderland',
      voorstel: 'van Gedeputeerde Staten van 9 december 2025, nummer PS2025-812',
      gelet: 'artikel 3.1, tweede lid, van de Omgevingswet',
      datum: '28 januari 2026',
      inwerking: '1 maart 2026',
      inwerkingIso: '2026-03-01',
      marker: 'Bijlage bij dit besluit',
      romeins: true,
      ondertekening: ['De griffier,', 'De voorzitter,'],
    }),
    bijlageA: 'Bijlage bij het besluit van Provinciale Staten van Gelderland van 28 januari 2026',
    visie: {
      opschrift: 'Omgevingsvisie Gelderland',
      body: [
        h1('Gelderland in beweging'),
        para(alinea('inleiding', 2, P, g)),
        h2('Onze rol als provincie'),
        para(alinea('inleiding', 3, P, g)),
        h2('Samenwerken'),
        para(alinea('proces', 1, P, g)),
        h1('Ambities'),
        h2('Een gezonde leefomgeving'),
        para(alinea('gezondheid', 0, P, g)),
        { t: 'ol', items: ['schone lucht;', { text: 'minder geluid:', sub: ['langs provinciale wegen;', 'rond bedrijventerreinen.'] }, 'voldoende groen.'] },
        h2('Een sterk landschap'),
        para(alinea('landschap', 0, P, g)),
        h3('Veluwe'),
        para(alinea('natuur', 1, P, g)),
        h3('Rivierengebied'),
        para(alinea('water', 0, P, g)),
        h2('Bereikbaarheid'),
        para(alinea('mobiliteit', 1, P, g)),
        h1('Uitvoering en monitoring'),
        para(alinea('uitvoering', 1, P, g)),
        { t: 'ul', items: ['programma’s;', 'de omgevingsverordening;', 'subsidies.'] },
      ],
    },
    bijlagen: [
      { nummer: 'A', opschrift: 'Begrippen', blocks: [{ t: 'table', header: ['Begrip', 'Betekenis'], rows: [['omgevingsverordening', 'de provinciale regels over de fysieke leefomgeving']] }] },
      { nummer: 'B', opschrift: 'Overzicht informatieobjecten', blocks: [{ t: 'gio', header: ['Naam informatieobject', 'JOIN-identificatie'] }] },
    ],
    gios: [G('Veluwe', 'veluwe', [0, 0], 4), G('Rivierengebied', 'rivierengebied', [-10, -25], 5), G('Achterhoek', 'achterhoek', [30, -15], 5)],
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-01-28', ondertekening: '2026-01-28', bekendmaking: '2026-02-04', inwerkingtreding: '2026-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV25',
    },
    geo: { origin: [190000, 455000] },
    meubilair: ['^Omgevingsvisie Gelderland — \\d+$'],
  }
})()

// w03 (holdout) — Waterschap Zuiderzeeland: custom heading styles linked to numbering in the style, numbers with a
// final dot ("%1.", "%1.%2."), letter lists, besluit of the algemeen bestuur.
const w03 = ((): WordDoc => {
  const G = gio('ws0664', '2026-05-04')
  const P = 'Zuiderzeeland'
  const g = 'beheergebied'
  return {
    id: 'w03',
    set: 'holdout',
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: eigen kopstijlen met overzichtsniveau en nummering in de stijl ("%1.", "%1.%2."), letterlijsten, besluit van het algemeen bestuur, kop- en voettekst',
    bevoegdGezag: 'ws0664',
    naam: 'Waterschap Zuiderzeeland',
    style: {
      font: 'Verdana',
      size: 9,
      headings: 'custom',
      numberingIn: 'style',
      outline: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      bullet: ['●', '○'],
      ordered: ['lowerLetter', '%1)', 'bullet', '-'],
      header: 'Waterschap Zuiderzeeland',
      footer: '{page}',
    },
    besluit: besluit({
      orgaan: 'het algemeen bestuur',
      van: 'Waterschap Zuiderzeeland',
      visie: 'Omgevingsvisie Zuiderzeeland 2050',
      voorstel: 'van het dagelijks bestuur van 3 maart 2026',
      gelet: 'artikel 56 van de Waterschapswet en artikel 3.1 van de Omgevingswet',
      datum: '14 april 2026',
      inwerking: '20 mei 2026',
      inwerkingIso: '2026-05-20',
      marker: 'Bijlage A bij dit besluit',
      ondertekening: ['De secretaris-directeur,', 'De dijkgraaf,'],
    }),
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie Zuiderzeeland 2050',
      body: [
        h1('Inleiding'),
        para(alinea('inleiding', 1, P, g)),
        h2('Ons beheergebied'),
        para(alinea('water', 1, P, g)),
        h1('Veilig water'),
        h2('Dijken en kaden'),
        para(alinea('water', 2, P, g)),
        { t: 'ol', items: ['versterken waar nodig;', 'meekoppelen met natuur;', 'ruimte reserveren.'] },
        h2('Calamiteiten'),
        para(alinea('klimaat', 2, P, g)),
        h1('Voldoende en schoon water'),
        h2('Droogte'),
        para(alinea('klimaat', 1, P, g)),
        h3('Grondwater'),
        para(alinea('water', 0, P, g)),
        h2('Waterkwaliteit'),
        para(alinea('natuur', 2, P, g)),
        { t: 'ul', items: ['minder nutriënten;', { text: 'vispasseerbare gemalen:', sub: ['Lely;', 'Colijn.'] }] },
        h1('Samenwerking'),
        para(alinea('proces', 2, P, g)),
      ],
    },
    bijlagen: [{ nummer: 'I', opschrift: 'Informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Waterkeringen', 'waterkeringen', [0, 0], 3), G('Beschermingszone grondwater', 'grondwaterzone', [8, 6], 2)],
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-04-14', ondertekening: '2026-04-14', bekendmaking: '2026-04-21', inwerkingtreding: '2026-05-20' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_b6d4b9d4',
      ambtsgebied: 'WS0664',
    },
    geo: { origin: [165000, 505000] },
    meubilair: ['^Waterschap Zuiderzeeland$'],
  }
})()

// w04 — Gemeente Apeldoorn: built-in headings with the numbering on each paragraph (not in the style), three levels,
// "%1)" lists. (Chapters from 0 cannot be written with the docx package: every w:num it writes has a startOverride
// of 1 for level 1, which Word follows.)
const w04 = ((): WordDoc => {
  const G = gio('gm0200', '2026-06-01')
  const P = 'Apeldoorn'
  return {
    id: 'w04',
    set: 'dev',
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: ingebouwde kopstijlen, nummering per kopalinea (niet in de stijl), "%1)"-lijsten, voettekst met paginanummer',
    bevoegdGezag: 'gm0200',
    naam: 'Gemeente Apeldoorn',
    style: {
      font: 'Georgia',
      size: 11,
      headings: 'builtin',
      numberingIn: 'paragraph',
      outline: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      bullet: ['•', '◦'],
      ordered: ['decimal', '%1)', 'lowerLetter', '%2.'],
      footer: 'Omgevingsvisie Apeldoorn | {page}',
    },
    besluit: besluit({
      orgaan: 'de raad',
      van: 'de gemeente Apeldoorn',
      visie: 'Omgevingsvisie Apeldoorn',
      voorstel: 'van het college van burgemeester en wethouders van 14 april 2026',
      gelet: GEMEENTE_BESLUIT_GELET,
      datum: '28 mei 2026',
      inwerking: '1 juli 2026',
      inwerkingIso: '2026-07-01',
      marker: 'Bijlage A bij dit besluit',
      ondertekening: ['De griffier,', 'De burgemeester,'],
    }),
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie Apeldoorn',
      body: [
        h1('Leeswijzer'),
        para(alinea('inleiding', 3, P)),
        h1('Kern van de visie'),
        h2('Groen en gezond'),
        para(alinea('gezondheid', 1, P)),
        h2('Wonen en werken'),
        para(alinea('wonen', 3, P)),
        h3('Kanaalzone'),
        para(alinea('economie', 1, P)),
        h3('Zuidbroek'),
        para(alinea('wonen', 0, P)),
        { t: 'ol', items: ['eerst binnen de stad;', { text: 'dan aan de randen:', sub: ['Zuidbroek;', 'Ugchelen.'] }] },
        h1('Opgaven'),
        h2('Energie'),
        para(alinea('energie', 1, P)),
        h2('Landschap'),
        para(alinea('landschap', 1, P)),
        { t: 'ul', items: ['de Veluwe;', 'de IJsselvallei;', 'de beken.'] },
        h1('Uitvoering'),
        para(alinea('uitvoering', 2, P)),
      ],
    },
    bijlagen: [{ nummer: 'I', opschrift: 'Overzicht geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Kanaalzone', 'kanaalzone', [0, 0], 1), G('Zuidbroek', 'zuidbroek', [3, -3], 1)],
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-05-28', ondertekening: '2026-05-28', bekendmaking: '2026-06-04', inwerkingtreding: '2026-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0200',
    },
    geo: { origin: [194000, 469000] },
    meubilair: ['^Omgevingsvisie Apeldoorn \\| \\d+$'],
  }
})()

// w05 (holdout) — Provincie Zeeland: built-in headings linked in the style, "%1." and "%1.%2", a two-column chapter,
// a table with a merged cell, footnotes.
const w05 = ((): WordDoc => {
  const G = gio('pv29', '2026-01-12')
  const P = 'Zeeland'
  const g = 'provincie'
  return {
    id: 'w05',
    set: 'holdout',
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: ingebouwde kopstijlen met nummering in de stijl ("%1." en "%1.%2"), een hoofdstuk in twee kolommen, tabel met samengevoegde cel, voetnoten, Statenbesluit',
    bevoegdGezag: 'pv29',
    naam: 'Provincie Zeeland',
    style: {
      font: 'Times New Roman',
      size: 12,
      headings: 'builtin',
      numberingIn: 'style',
      outline: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      bullet: ['–', '•'],
      ordered: ['decimal', '%1.', 'lowerLetter', '%2.'],
      header: 'Provincie Zeeland — Omgevingsvisie',
      footer: 'blad {page}',
    },
    besluit: besluit({
      orgaan: 'Provinciale Staten',
      van: 'Zeeland',
      visie: 'Omgevingsvisie Zeeland 2045',
      voorstel: 'van Gedeputeerde Staten van 25 november 2025',
      gelet: 'artikel 3.1, tweede lid, van de Omgevingswet',
      datum: '19 december 2025',
      inwerking: '1 februari 2026',
      inwerkingIso: '2026-02-01',
      marker: 'Bijlage A bij dit besluit',
      ondertekening: ['De griffier,', 'De voorzitter,'],
    }),
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie Zeeland 2045',
      body: [
        h1('Inleiding'),
        para(alinea('inleiding', 0, P, g), 'Zie ook de Omgevingsverordening Zeeland.'),
        h2('Leeswijzer'),
        para(alinea('inleiding', 2, P, g)),
        h1('Zeeland aan zee'),
        h2('Kust en delta'),
        para(alinea('water', 1, P, g), 'Deltaprogramma 2026.'),
        h2('Natuur'),
        para(alinea('natuur', 0, P, g)),
        { t: 'cols2', blocks: [h1('Economie en energie'), h2('Haven en industrie'), para(alinea('economie', 2, P, g)), h2('Energie'), para(alinea('energie', 2, P, g))] },
        h1('Leefbaarheid'),
        h2('Kernen'),
        para(alinea('wonen', 1, P, g)),
        { t: 'table', header: ['Regio', 'Opgave'], rows: [['Walcheren', 'wonen en zorg'], ['Zeeuws-Vlaanderen', 'bereikbaarheid'], ['Alle regio’s', '']], spanFirst: 2 },
        h2('Erfgoed'),
        para(alinea('erfgoed', 1, P, g)),
        { t: 'ul', items: ['forten;', 'dijken;', { text: 'kerken:', sub: ['in de kernen;', 'in het buitengebied.'] }] },
      ],
    },
    bijlagen: [{ nummer: 'I', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Kustzone', 'kustzone', [0, 0], 4), G('Kanaalzone Gent-Terneuzen', 'kanaalzone-gent-terneuzen', [5, -20], 3)],
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2025-12-19', ondertekening: '2025-12-19', bekendmaking: '2026-01-08', inwerkingtreding: '2026-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV29',
    },
    geo: { origin: [40000, 390000] },
    meubilair: ['^blad \\d+$', '^Provincie Zeeland — Omgevingsvisie$'],
  }
})()

// w06 — Gemeente Leeuwarden: Heading styles with numbering in the style, four-level-deep content at level 3 only,
// a long outline (6 chapters), ordered lists restarting per list.
const w06 = ((): WordDoc => {
  const G = gio('gm0080', '2026-09-07')
  const P = 'Leeuwarden'
  const themes = ['wonen', 'economie', 'mobiliteit', 'klimaat', 'natuur', 'gezondheid'] as const
  const body: Block[] = []
  themes.forEach((th, k) => {
    body.push(h1(`${th.charAt(0).toUpperCase()}${th.slice(1)}`), para(alinea(th, k, P)))
    for (let s = 0; s < 2; s++) {
      body.push(h2(`${th.charAt(0).toUpperCase()}${th.slice(1)}: opgave ${s + 1}`), para(alinea(th, k + s + 1, P)))
      if (s === 1) body.push({ t: 'ol', items: ['eerste stap;', 'tweede stap.'] }, h3('Uitwerking'), para(alinea('uitvoering', k, P)))
    }
  })
  return {
    id: 'w06',
    set: 'dev',
    bron: 'Geschreven voor het corpus (proza uit de gedeelde pool); Word-opmaak: ingebouwde kopstijlen met nummering in de stijl, zes hoofdstukken, genummerde lijsten die per lijst opnieuw beginnen',
    bevoegdGezag: 'gm0080',
    naam: 'Gemeente Leeuwarden',
    style: {
      font: 'Calibri',
      size: 11,
      headings: 'builtin',
      numberingIn: 'style',
      outline: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      bullet: ['•', '–'],
      ordered: ['decimal', '%1.', 'lowerLetter', '%2.'],
      footer: 'Omgevingsvisie Leeuwarden 2040 – pagina {page}',
    },
    besluit: besluit({
      orgaan: 'de raad',
      van: 'de gemeente Leeuwarden',
      visie: 'Omgevingsvisie Leeuwarden 2040',
      voorstel: 'van burgemeester en wethouders van 7 juli 2026',
      gelet: GEMEENTE_BESLUIT_GELET,
      datum: '27 augustus 2026',
      inwerking: '1 oktober 2026',
      inwerkingIso: '2026-10-01',
      marker: 'Bijlage A bij dit besluit',
      ondertekening: ['De griffier,', 'De voorzitter,'],
    }),
    bijlageA: 'Bijlage A',
    visie: { opschrift: 'Omgevingsvisie Leeuwarden 2040', body },
    bijlagen: [{ nummer: 'I', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Binnenstad Leeuwarden', 'binnenstad-leeuwarden', [0, 0], 1), G('De Zuidlanden', 'zuidlanden', [-2, -4], 1.5), G('Werpsterhoek', 'werpsterhoek', [4, -3], 1)],
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' },
      datums: { vaststelling: '2026-08-27', ondertekening: '2026-08-27', bekendmaking: '2026-09-03', inwerkingtreding: '2026-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0080',
    },
    geo: { origin: [182000, 579000] },
    meubilair: ['^Omgevingsvisie Leeuwarden 2040 – pagina \\d+$'],
  }
})()

export const WORD_DOCS: readonly WordDoc[] = [w01, w02, w03, w04, w05, w06]
