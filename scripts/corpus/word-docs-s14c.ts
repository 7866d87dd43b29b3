/**
 * The Word corpus documents w49 … w54 (session 14, final holdout), written by scripts/corpus/render-docx-s13.ts. Each
 * follows the structure and part of the wording of a real omgevingsvisie and the besluit adopting it (public texts,
 * Auteurswet art. 11), shortened, with prose from the shared pool where the source gave none. As in w31–w42 no document
 * stresses one construct: each mixes what a publication officer's own document has — numbering from numbering.xml in
 * several forms (a word in the number, a chapter 0, a start at 5, restarts per chapter), typed numbers, own styles,
 * lists from numbering definitions, merged table cells, footnotes, fields, tracked changes, content controls,
 * two-column sections and a GIO table in one of several forms. Markers (⸨…⸩) are explained in render-docx-s13.ts; no
 * new marker or option is used, so w19–w42 stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block, Cell } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, PS, werk } from './word-parts-s12.js'

const typed = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨typed⸩${text}` })
const nonum = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨nonum⸩${text}` })
const olvl = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨olvl⸩${text}` })
const num = (text: string): Block => p(`⸨num⸩${text}`)
const tocLine = (nr: string, title: string, page: number): Block => p(`⸨toc⸩${nr}⸨tab⸩${title}⸨tab⸩${String(page)}`)
/** A GIO table of three columns with the identifier in the middle one (not counted in tabellen). */
const gioMiddle = (gios: { naam: string; identificatie: string }[], head: [string, string, string], last: (naam: string) => string): Block => ({
  t: 'table',
  widths: [2400, 3600, 2000],
  rows: [[`⸨gio3⸩${head[0]}`, head[1], head[2]], ...gios.map((g): Cell[] => [g.naam, g.identificatie, last(g.naam)])],
})

// w49 — Gemeente Teylingen: Dutch Kop 1–3 with the numbering in the styles, each level naming its style (w:pStyle),
// "Hoofdstuk %1" / "%1.%2" / "%1.%2.%3"; a voorwoord with its number suppressed; the inhoudsopgave as a TOC field whose
// entries are hyperlinks with PAGEREF fields; the three ambities in a "1)" list that continues after a paragraph; a
// tracked insertion and deletion; a comment; footnotes and a hyperlink; a table with a cell over two columns and one
// merged downwards; the GIO table in the plain two-column form with the identifiers in a HYPERLINK field (fldChar);
// "besluit:" with Artikel I and II typed, the date in a content control.
const w49 = ((): DocS13 => {
  const G = gio('gm1525', '2026-11-05')
  const P = 'Teylingen'
  return {
    id: 'w49',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie gemeente Teylingen "Een florerende toekomst voor Teylingen" (collegebesluit van 14 mei 2024 over het ontwerp, bekendmaking van 5 juni 2024 met Artikel I–III en Bijlage A; voorwoord "Teylingen is een prachtige gemeente om te wonen, werken en recreëren. Drie heel eigen kernen gelegen in een rijk divers landschap"; de drie ambities goed leven met verbinding tussen mensen, een beleefbaar en toekomstbestendig hart in de Duin- en Bollenstreek, een vitale en duurzame economie; de Bloem van Teylingen met negen thema\'s, de Teylingse koers op kaart en het afwegingskader per deelgebied; de kernen Voorhout, Sassenheim en Warmond, de Kagerplassen en het bollengebied), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met de nummering in de stijlen en aan de stijlen gekoppelde niveaus, "Hoofdstuk %1", "%1.%2", "%1.%2.%3", voorwoord met onderdrukte nummering, inhoudsopgave als TOC-veld met hyperlinks en PAGEREF-velden, "1)"-lijst die na een tussenalinea doorloopt, bijgehouden invoeging en verwijdering, opmerking, voetnoten, hyperlink, tabel met horizontaal en verticaal samengevoegde cellen, GIO-tabel met identificaties in een HYPERLINK-veld, besluit "besluit:" met Artikel I en II getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1525',
    naam: 'Gemeente Teylingen',
    comments: { c1: 'Kaartbeeld Bloem van Teylingen nog invoegen (DTP).' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'nl',
      linkStyle: true,
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Teylingen',
      footer: 'Een florerende toekomst voor Teylingen | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Teylingen tot vaststelling van de Omgevingsvisie gemeente Teylingen',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Teylingen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 22 september 2026, nummer Z-26-041873;'),
        p('overwegende dat het ontwerp van de omgevingsvisie zes weken ter inzage heeft gelegen en de zienswijzen zijn beantwoord in de Nota van beantwoording;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        tk('Artikel I'),
        p('De Omgevingsvisie gemeente Teylingen, met ondertitel "Een florerende toekomst voor Teylingen", zoals opgenomen in Bijlage A, vast te stellen.'),
        tk('Artikel II'),
        p('De Structuurvisie 2030 "Duurzaam bloeiend!" in te trekken.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van de raad van ', date: '5 november 2026', iso: '2026-11-05', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'mr. R.J. de Graaf'], right: ['de voorzitter,', '', 'A.M. van Leeuwen'] },
      ],
    },
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Teylingen',
      subtitel: 'Een florerende toekomst voor Teylingen',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        nonum(1, 'Voorwoord'),
        p('Voor u ligt de Omgevingsvisie Teylingen, \'Een florerende toekomst voor Teylingen\'. Het is een aantrekkelijk document geworden, dankzij de waardevolle input van inwoners, ondernemers, overheden en maatschappelijke organisaties. Hartelijk dank daarvoor!'),
        p('Teylingen is een prachtige gemeente om te wonen, werken en recreëren. Drie heel eigen kernen gelegen in een rijk divers landschap met een hoge recreatieve, toeristische en economische waarde.'),
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Gemeenten zijn verplicht een omgevingsvisie op te stellen op grond van de Omgevingswet, die op 1 januari 2024 in werking is getreden.', { fn: 'Artikel 3.1, eerste lid, van de Omgevingswet.' }, ' Naast een wettelijke verplichting is de omgevingsvisie vooral een kans om samen een visie te ontwikkelen op de fysieke leefomgeving van Teylingen.'),
        h2('Totstandkoming'),
        p('We hebben goede gesprekken gevoerd met inwoners tijdens (digitale) bijeenkomsten, maar ook [-in gesprekken op straat-][+in persoonlijke gesprekken met een kop koffie midden in de centra van Voorhout, Warmond en Sassenheim+]. Alle stukken staan op ', { link: 'de website van de gemeente', url: 'https://www.teylingen.nl/omgevingsvisie' }, '.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Teylingen nu, hoofdstuk 3 de kernboodschap en de ambities, hoofdstuk 4 de koers per deelgebied en hoofdstuk 5 de uitvoering.'),
        h1('Teylingen nu'),
        h2('Drie kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Voorhout', 'Dorp aan de spoorlijn', { text: 'Woningbouw voor starters en ouderen', merge: 'restart' }],
            ['Sassenheim', 'Dorp met een levendig centrum', { text: '', merge: 'continue' }],
            ['Warmond', 'Waterdorp aan de Kagerplassen', 'Behoud van het dorpse karakter'],
            [{ text: 'Het bollengebied tussen de kernen: open landschap van de Duin- en Bollenstreek', span: 2 }, 'Vitaal en open houden'],
          ],
        },
        h2('Landschap en water'),
        p(alinea('landschap', 0, P)),
        h2('Trends en ontwikkelingen'),
        p(alinea('klimaat', 0, P)),
        h1('Kernboodschap en ambities'),
        p('Met oog voor het unieke karakter van Teylingen en haar dorpen streven wij naar een evenwicht tussen drie ambities:'),
        paren('goed leven met verbinding tussen mensen;', 'een beleefbaar en toekomstbestendig hart in de Duin- en Bollenstreek zijn;'),
        p('De derde ambitie hangt met beide samen:'),
        { t: 'list', kind: 'paren', items: ['werken aan een vitale en duurzame economie.'], continues: true },
        h2('De Bloem van Teylingen'),
        p('De bloem geeft weer hoe Teylingen vanuit zijn ', { comment: 'c1', text: 'kernkwaliteiten' }, ' invulling geeft aan een florerende toekomst: negen thema\'s rond één hart.'),
        h3('Wonen'),
        p(alinea('wonen', 0, P)),
        bullets('bouwen binnen de bestaande kernen;', { text: 'betaalbare woningen:', sub: ['sociale huur;', 'middenhuur en betaalbare koop.'] }, 'woonvormen voor ouderen dicht bij voorzieningen.'),
        h3('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h3('Economie en bollenteelt'),
        p(alinea('economie', 1, P)),
        h3('Energie en klimaat'),
        p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Holland Rijnland 1.0.' }),
        h2('De Teylingse koers op kaart'),
        p('Het integrale visiebeeld brengt de thema\'s samen op één kaart met een legenda per deelgebied.'),
        h1('Koers per deelgebied'),
        h2('Voorhout'),
        p(alinea('wonen', 2, P)),
        h2('Sassenheim'),
        p(alinea('gezondheid', 0, P)),
        h2('Warmond en de Kagerplassen'),
        p(alinea('water', 0, P)),
        h2('Het bollengebied'),
        p(alinea('landschap', 2, P)),
        h1('Uitvoering'),
        h2('Rolverdeling'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('Elke vier jaar kijken we of de omgevingsvisie nog actueel is.'),
      ],
    },
    bijlagen: [{ nummer: 'B', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Kagerplassen', 'kagerplassen', [-3, 2], 1.2), G('Bollengebied', 'bollengebied', [1, -1], 2), G('Zoekgebied woningbouw Voorhout', 'zoekgebied-voorhout', [2, 3], 0.6)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-05', ondertekening: '2026-11-05', bekendmaking: '2026-11-18' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1525',
    },
    geo: { origin: [95000, 475000] },
    meubilair: ['^Een florerende toekomst voor Teylingen \\| \\d+$', '^Omgevingsvisie Teylingen$'],
    s13: { gioField: 'char' },
  }
})()

// w50 — Gemeente Voorst: own styles "Voorst Hoofdstuk/Paragraaf/Subparagraaf" basedOn English Heading 1–3 (numbering
// inherited), "%1." / "%1.%2." / "%1.%2.%3.", the chapter style in capitals over titles typed in lower case; the five
// bouwstenen in an "a." list; the four thema's partly in a two-column section; a manual line break in a heading; an
// endnote and a footnote; an "i." list; a table with a header row repeated and a vertical merge; the GIO table with the
// identifier in the middle; "BESLUIT:" with beslispunten I. and II. typed.
const w50 = ((): DocS13 => {
  const G = gio('gm0285', '2026-10-26')
  const P = 'Voorst'
  const gios = [G('IJsselzone', 'ijsselzone', [3, 0], 2), G('Landgoederenzone Twello', 'landgoederen-twello', [-1, 2], 1), G('Zoekgebied zonneveld A1', 'zoekgebied-zon-a1', [-2, -2], 0.7)]
  return {
    id: 'w50',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie van de gemeente Voorst "Kwaliteit, Verbinding en Duurzaamheid" (Ruimtelijke Toekomstvisie, raadsdebat december 2017, vastgesteld 17 december 2019; de identiteit van Voorst in vijf bouwstenen: de kwaliteit van het landschap, de bijzondere cultuurhistorie, de dorpse schaal van de kernen, de krachtige sociale samenhang en duurzaamheid; de vier thema\'s wonen, leefbaarheid en sociale cohesie; werken, innovatie en recreatie; omgeving en landschap; energie en klimaat; verbinding met provincie, Cleantech Regio, woningcorporatie en waterschap; de kernen Twello, Voorst, Wilp, Terwolde en Klarenbeek) en het programma Landelijk Gebied Voorst (water en bodem, het groene hart tussen de steden, perspectief voor de landbouw), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Engelse Heading 1–3 met overgeërfde nummering "%1.", "%1.%2.", "%1.%2.%3.", hoofdstukstijl in hoofdletters over titels in kleine letters, "a."-lijst, "i."-lijst, twee kolommen, harde regeleinde in een kop, eindnoot, voetnoot, tabel met herhaalde kopregel en verticaal samengevoegde cel, GIO-tabel met de identificatie in de middelste kolom, "BESLUIT:" met beslispunten I. en II. getypt',
    bevoegdGezag: 'gm0285',
    naam: 'Gemeente Voorst',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['Voorst Hoofdstuk', 'Voorst Paragraaf', 'Voorst Subparagraaf'],
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Omgevingsvisie Voorst – pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Voorst tot vaststelling van de Omgevingsvisie Voorst',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('De raad van de gemeente Voorst;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 15 september 2026;'),
        p('overwegende dat:'),
        bullets('de gemeente op grond van de Omgevingswet een omgevingsvisie voor het hele grondgebied vaststelt;', 'de Ruimtelijke Toekomstvisie "Kwaliteit, Verbinding en Duurzaamheid" en het programma Landelijk Gebied daarvoor de basis vormen;', 'het ontwerp zes weken ter inzage heeft gelegen;'),
        p('gelet op de artikelen 3.1 en 16.23 van de Omgevingswet;'),
        p('BESLUIT:'),
        p('I. de Omgevingsvisie Voorst "Kwaliteit, Verbinding en Duurzaamheid", zoals opgenomen in de bijlage, vast te stellen;'),
        p('II. de Ruimtelijke Toekomstvisie Voorst van 17 december 2019 in te trekken.'),
        p('Aldus vastgesteld in de openbare raadsvergadering van 26 oktober 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. E.M. Kuipers'], right: ['De voorzitter,', '', 'J.W. Meijer'] },
      ],
    },
    bijlageA: 'Bijlage: Omgevingsvisie Voorst',
    visie: {
      opschrift: 'Omgevingsvisie Voorst',
      subtitel: 'Kwaliteit, Verbinding en Duurzaamheid',
      body: [
        h1('inleiding'),
        h2('Een dubbele doelstelling'),
        p('De omgevingsvisie heeft een dubbele doelstelling. Enerzijds bepalen we ambities en willen we die ook behalen. Anderzijds is de visie een toetsingskader voor nieuwe ruimtelijke ontwikkelingen.⸨en:1⸩'),
        h2('Van toekomstvisie naar\nomgevingsvisie'),
        p('Ruim 50 professionele organisaties en instellingen leverden input; de participatie-app werd bijna 2000 keer gespeeld.', { fn: 'Participatieverslag Ruimtelijke Toekomstvisie Voorst, 2017.' }),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft onze identiteit, hoofdstuk 3 de vier thema\'s, hoofdstuk 4 het landelijk gebied en hoofdstuk 5 de uitvoering.'),
        h1('identiteit van voorst'),
        p('Leidend is de identiteit van Voorst. Die bestaat uit vijf bouwstenen:'),
        letters('de kwaliteit van het landschap;', 'de bijzondere cultuurhistorie;', 'de dorpse schaal van de kernen;', 'de krachtige sociale samenhang;', 'duurzaamheid: onze ruimtelijke, economische en sociale kwaliteiten toekomstbestendig maken.'),
        h2('Kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Inwoners (afgerond)', 'Rol'],
            ['Twello', '11.000', 'Hoofdkern'],
            ['Klarenbeek', '2.000', { text: 'Dorpskern', merge: 'restart' }],
            ['Wilp', '1.900', { text: '', merge: 'continue' }],
            ['Terwolde', '1.500', { text: '', merge: 'continue' }],
            ['Voorst', '1.300', 'Dorpskern aan de IJssel'],
          ],
        },
        h2('Landschap en cultuurhistorie'),
        p(alinea('erfgoed', 0, P)),
        h1('thema\'s'),
        {
          t: 'cols2',
          blocks: [
            h2('Wonen, leefbaarheid en sociale cohesie'),
            p(alinea('wonen', 1, P)),
            h2('Werken, innovatie en recreatie'),
            p(alinea('economie', 0, P)),
          ],
        },
        h2('Omgeving en landschap'),
        p(alinea('landschap', 1, P)),
        h2('Energie en klimaat'),
        h3('Energieneutraal in 2050'),
        p(alinea('energie', 1, P)),
        h3('Klimaatadaptatie'),
        p(alinea('klimaat', 1, P)),
        h1('landelijk gebied'),
        h2('Water en bodem'),
        p('We hebben vruchtbare grond, droge voeten en schoon drinkwater nodig om te leven. Omdat het klimaat verandert, houden we méér rekening met water en bodem.'),
        roman('water vasthouden waar het valt;', 'bodemdaling en verdroging tegengaan;', 'ruimte voor de IJssel en de beken.'),
        h2('Het groene hart tussen de steden'),
        p(alinea('natuur', 1, P)),
        h2('Perspectief voor de landbouw'),
        p(alinea('landschap', 3, P)),
        h1('uitvoering'),
        h2('Verbinden'),
        p('Wij zoeken krachtige verbindingen met de provincie, de Cleantech Regio, de woningcorporatie, het waterschap en zorginstellingen.'),
        h2('Instrumenten'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Naam', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Zoekgebied') ? '3.4' : n.startsWith('IJssel') ? '4.1' : '2.2'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-10-26', ondertekening: '2026-10-26', bekendmaking: '2026-11-09' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0285',
    },
    geo: { origin: [205000, 470000] },
    meubilair: ['^Omgevingsvisie Voorst – pagina \\d+$'],
    s13: { endnotes: ['De Omgevingswet vraagt een integrale visie voor het hele grondgebied; deze visie vervangt de Ruimtelijke Toekomstvisie.'] },
  }
})()

// w51 — Gemeente Waalre: chapters in an own paragraph style "Hoofdstukkop Waalre" (basedOn Normal, outlineLvl 0) and
// Heading 2–3, the numbering reached through a numbering style (numStyleLink/styleLink), a chapter 0 "Samenvatting"
// (start 0); the title in a title block; a quote in a text box; paragraphs numbered "1." in a body style (typed
// items); a table with a header row repeated; footnotes; the GIO table in the plain form with the identifiers in a
// w:fldSimple HYPERLINK; the besluit with "Artikel %1" numbered by Word and titles.
const w51 = ((): DocS13 => {
  const G = gio('gm0866', '2026-09-29')
  const P = 'Waalre'
  return {
    id: 'w51',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Waalre (opvolger van de Structuurvisie Waalre 2030; de kernen Waalre-dorp en Aalst, de landgoederen en bossen rond het Dommeldal, de Tongelreep en de Gagelbossen, de A2 en de Eindhovenseweg als verbindingen met Eindhoven en Valkenswaard; samenwerking in de Metropoolregio Eindhoven), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: hoofdstukken in een eigen alineastijl gebaseerd op Standaard met overzichtsniveau 1, paragrafen in Heading 2 en 3, kopnummering via een nummeringsstijl (numStyleLink/styleLink) met hoofdstuk 0, titelblok in een tabel, citaat in een tekstvak, genummerde alinea\'s in een tekststijl, tabel met herhaalde kopregel, voetnoten, GIO-identificaties in een HYPERLINK-veld (fldSimple), besluit met "Artikel %1"-nummering met titel',
    bevoegdGezag: 'gm0866',
    naam: 'Gemeente Waalre',
    style: {
      font: 'Segoe UI',
      size: 9,
      via: 'custom',
      lang: 'en',
      custom: ['Hoofdstukkop Waalre', 'Paragraafkop Waalre', 'Subparagraafkop Waalre'],
      titleBlock: 'Gemeente Waalre – september 2026',
      levels: [{ text: '%1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Waalre',
      footer: 'pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Waalre tot vaststelling van de Omgevingsvisie Waalre',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Waalre;'),
        p('gelezen het voorstel van burgemeester en wethouders van 25 augustus 2026, nummer 2026/118;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Waalre, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Waalre 2030 wordt ingetrokken.'),
        p('Aldus besloten door de raad van de gemeente Waalre in zijn openbare vergadering van 29 september 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. drs. H.A.M. Verhagen'], right: ['de voorzitter,', '', 'P.J.M. van Dongen'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 29 september 2026',
    visie: {
      opschrift: 'Omgevingsvisie Waalre',
      subtitel: 'Groen wonen tussen stad en Kempen',
      body: [
        h1('Samenvatting'),
        p('Waalre is een groene woongemeente aan de rand van Eindhoven. Wij willen die kwaliteit behouden en tegelijk ruimte bieden aan nieuwe woningen, energie en klimaatadaptatie.'),
        { t: 'quote', text: '„Waalre blijft een dorp in het groen, dicht bij de stad.”', who: 'Wethouder ruimtelijke ordening' },
        h1('Inleiding'),
        h2('Aanleiding'),
        p('Met de Omgevingswet vervangt deze visie de Structuurvisie Waalre 2030.', { fn: 'Vastgesteld door de raad in 2013.' }),
        h2('Status en reikwijdte'),
        p('De omgevingsvisie bindt alleen de gemeente zelf. Zij werkt door in het omgevingsplan en in programma\'s.'),
        h2('Participatie'),
        p(alinea('proces', 0, P)),
        h1('Waalre in de regio'),
        h2('Metropoolregio Eindhoven'),
        p(alinea('economie', 2, P)),
        h2('Verbindingen'),
        p(alinea('mobiliteit', 1, P)),
        h1('Opgaven'),
        p('Wij werken aan de volgende opgaven:'),
        num('Wonen: circa 800 woningen tot 2040, binnen de bestaande kernen.'),
        num('Klimaat: een hittebestendige en waterrobuuste inrichting van wijken.'),
        num('Energie: alle woningen aardgasvrij in 2050.'),
        h2('Wonen'),
        h3('Waalre-dorp'),
        p(alinea('wonen', 3, P)),
        h3('Aalst'),
        p(alinea('wonen', 0, P)),
        h2('Klimaat en water'),
        p(alinea('water', 2, P)),
        h2('Energietransitie'),
        p(alinea('energie', 3, P), { fn: 'Regionale Energiestrategie Metropoolregio Eindhoven.' }),
        h1('Gebieden'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Kwaliteit', 'Koers'],
            ['Dommeldal', 'Beekdal met landgoederen', 'Beschermen en beleefbaar maken'],
            ['Gagelbossen en Tongelreep', 'Bos en heide', 'Natuur versterken'],
            ['Centrum Aalst', 'Winkels en voorzieningen', 'Compact en levendig'],
            ['Bedrijventerrein Aalst-Zuid', 'Kleinschalige bedrijven', 'Verduurzamen'],
          ],
        },
        h2('Het Dommeldal'),
        p(alinea('natuur', 2, P)),
        h2('De kernen'),
        p(alinea('gezondheid', 2, P)),
        h1('Uitvoering'),
        h2('Omgevingsplan en programma\'s'),
        p(alinea('uitvoering', 2, P)),
        h2('Actualisatie'),
        p('Wij evalueren de visie iedere raadsperiode.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Dommeldal', 'dommeldal', [1, 0], 1.4), G('Gagelbossen', 'gagelbossen', [-2, 2], 1), G('Centrum Aalst', 'centrum-aalst', [2, 3], 0.4), G('Zoekgebied wonen Waalre-Noord', 'zoekgebied-waalre-noord', [-1, -2], 0.6)],
    config: {
      werk,
      datums: { vaststelling: '2026-09-29', ondertekening: '2026-09-29', bekendmaking: '2026-10-13' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0866',
    },
    geo: { origin: [158000, 378000] },
    meubilair: ['^pagina \\d+$', '^Omgevingsvisie Waalre$'],
    s13: { chapterStyle: { id: 'HoofdstukkopWaalre', name: 'Hoofdstukkop Waalre' }, styleLink: 'Koppen Waalre', gioField: 'simple', typedItems: 3 },
  }
})()

// w52 — Gemeente Twenterand: Dutch Kop 1–3 with the numbering on each heading paragraph, "%1." / "%1.%2" / "%1.%2.%3"
// with an explicit restart per chapter (w:lvlRestart); an empty Kop 2 paragraph (Enter pressed in a heading); hidden
// text in a paragraph; a bookmark; a two-level bullet list in a table cell and a table nested in a cell; a table with a
// cell over two columns; a tracked deletion in a heading; nested bullets; footnotes; the GIO table with the identifiers
// in a run per path segment inside a hyperlink; "besluit:" with Artikel 1 and 2 typed with a title, the date in a
// content control.
const w52 = ((): DocS13 => {
  const G = gio('gm1700', '2026-11-10')
  const P = 'Twenterand'
  return {
    id: 'w52',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Twenterand (de kernen Vriezenveen, Vroomshoop, Westerhaar-Vriezenveensewijk, Den Ham, Aadorp, Bruinehaar, Geesteren en Sibculo; het kanaal Almelo–De Haandrik, de venen en het Engbertsdijksveen als Natura 2000-gebied, het essen- en kampenlandschap rond Den Ham, de N36 en de lijn Zwolle–Almelo; samenwerking in de regio Twente en Twente Board), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met nummering op iedere kopalinea, "%1.", "%1.%2", "%1.%2.%3" met expliciete herstart per hoofdstuk, lege Kop 2-alinea, verborgen tekst, bladwijzer, opsomming in een tabelcel, tabel in een tabelcel, cel over twee kolommen, bijgehouden verwijdering in een kop, geneste opsomming, voetnoten, GIO-identificaties per padsegment in een hyperlink, besluit "besluit:" met Artikel 1 en 2 getypt met titel, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1700',
    naam: 'Gemeente Twenterand',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      numberingOnParagraph: true,
      lvlRestart: true,
      lang: 'nl',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Twenterand',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Twenterand tot vaststelling van de Omgevingsvisie Twenterand',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Twenterand;'),
        p('gelezen het voorstel van burgemeester en wethouders van 6 oktober 2026, zaaknummer 2026-0317;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Twenterand, zoals opgenomen in de bijlage, vast te stellen.'),
        tk('Artikel 2 Intrekking'),
        p('De Structuurvisie Twenterand 2011 en de Woonvisie Twenterand in te trekken, voor zover zij de fysieke leefomgeving betreffen.'),
        { t: 'date', before: 'Vastgesteld in de openbare vergadering van ', date: '10 november 2026', iso: '2026-11-10', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'J.H. Nijhuis'], right: ['De voorzitter,', '', 'G.J. Wolters'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 2026-0317',
    visie: {
      opschrift: 'Omgevingsvisie Twenterand',
      body: [
        h1('Inleiding'),
        h2('Waarom deze visie'),
        p(alinea('inleiding', 1, P)),
        { t: 'h', l: 2, text: '⸨empty⸩' },
        h2('Wat is een omgevingsvisie'),
        p('De omgevingsvisie beschrijft de hoofdlijnen van ons beleid voor de fysieke leefomgeving.', { fn: 'Artikel 3.2 van de Omgevingswet.' }, '⸨hide: [nog aanvullen met kaart 1]⸩'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Twenterand, hoofdstuk 3 de ', { bookmark: 'ambities', text: 'ambities' }, ', hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('Twenterand in beeld'),
        h2('Acht kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Voorzieningen', 'Opgave'],
            ['Vriezenveen en Vroomshoop', '⸨cb:1⸩', 'Centrum versterken'],
            ['Westerhaar, Den Ham, Aadorp', '⸨nest:1⸩', 'Leefbaarheid'],
            [{ text: 'Bruinehaar, Geesteren en Sibculo: kleine kernen in het buitengebied', span: 2 }, 'Maatwerk'],
          ],
        },
        h2('Landschap'),
        h3('Veenkoloniaal landschap'),
        p(alinea('landschap', 0, P)),
        h3('Essen en kampen'),
        p(alinea('erfgoed', 1, P)),
        h1('Ambities'),
        h2('Wonen[- en zorg-]'),
        p(alinea('wonen', 2, P)),
        bullets('bouwen naar behoefte in alle kernen;', { text: 'wonen met zorg:', sub: ['levensloopgeschikte woningen;', 'kleinschalige woonvormen.'] }, 'ruimte voor jonge gezinnen.'),
        h2('Werken'),
        p(alinea('economie', 3, P)),
        h2('Energie'),
        p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Twente.' }),
        h2('Klimaat en water'),
        p(alinea('klimaat', 2, P)),
        h1('Gebieden'),
        h2('Kanaalzone'),
        p(alinea('water', 0, P)),
        h2('Engbertsdijksveen'),
        p(alinea('natuur', 0, P)),
        h2('Buitengebied'),
        h3('Landbouw'),
        p(alinea('landschap', 1, P)),
        h3('Vrijkomende agrarische bebouwing'),
        p('Wij bieden ruimte voor hergebruik van vrijkomende erven, mits dat de kwaliteit van het erf en het landschap versterkt.'),
        h1('Uitvoering'),
        h2('Samenwerking in Twente'),
        p(alinea('uitvoering', 1, P)),
        h2('Monitoring'),
        p('Wij volgen de voortgang en rapporteren eens per twee jaar aan de raad.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Engbertsdijksveen', 'engbertsdijksveen', [2, 3], 1.5), G('Kanaalzone Almelo-De Haandrik', 'kanaalzone', [0, 0], 1), G('Essen- en kampenlandschap Den Ham', 'essen-den-ham', [-3, 1], 1.2)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-10', ondertekening: '2026-11-10', bekendmaking: '2026-11-25' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1700',
    },
    geo: { origin: [235000, 500000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Twenterand$'],
    s13: {
      nested: [[['Kern', 'Basisschool'], ['Westerhaar', 'ja'], ['Den Ham', 'ja'], ['Aadorp', 'ja']]],
      cellLists: [[{ text: 'winkelcentrum', sub: ['dagelijkse boodschappen', 'horeca'] }, { text: 'sporthal en zwembad' }]],
    },
  }
})()

// w53 — Provincie Noord-Brabant: the second of two documents of the visie, chapters 5–9 (the chapter numbering starts
// at 5); Dutch Kop 1–3 with the numbering in the styles, "%1" / "%1.%2" / "%1.%2.%3"; the contents in Word's contents
// control; the vier hoofdopgaven partly in a two-column section; footnotes; a "1)" list; a table with a header row
// repeated, a cell over two columns and a vertical merge; a tracked insertion; a comment; the GIO table with the
// identifiers in a run per path segment inside a hyperlink; Statenbesluit "besluiten:" with Artikel I and II typed.
const w53 = ((): DocS13 => {
  const G = gio('pv30', '2026-10-09')
  const P = 'Brabant'
  return {
    id: 'w53',
    set: 'holdout',
    bron: 'Naar de Brabantse Omgevingsvisie "De kwaliteit van Brabant" (Provinciale Staten van Noord-Brabant, vastgesteld 14 december 2018: vier hoofdopgaven — de Brabantse energietransitie, een klimaatproof Brabant, de slimme netwerkstad, een concurrerende, duurzame economie — en de basisopgave veiligheid en gezondheid; de werkwijze "samen met Brabant"; de Brabantse ruimtelijke principes; hier het tweede deel, hoofdstukken 5 tot en met 9 na deel 1 met de hoofdstukken 1–4), als Statenbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met de nummering in de stijlen en hoofdstukken vanaf 5, "%1", "%1.%2", "%1.%2.%3", inhoudsopgave in een inhoudsopgave-besturingselement, twee kolommen, voetnoten, "1)"-lijst, tabel met herhaalde kopregel, cel over twee kolommen en verticaal samengevoegde cel, bijgehouden invoeging, opmerking, GIO-identificaties per padsegment in een hyperlink, Statenbesluit "besluiten:" met Artikel I en II getypt',
    bevoegdGezag: 'pv30',
    naam: 'Provincie Noord-Brabant',
    comments: { c1: 'Cijfers warmtevraag nog afstemmen met de RES-regio\'s.' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal', start: 5 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Brabantse Omgevingsvisie – deel 2',
      footer: 'Provincie Noord-Brabant | {page}',
    },
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Noord-Brabant tot vaststelling van de Brabantse Omgevingsvisie',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('Statenbesluit nr. 62/26'),
        p('Provinciale Staten van Noord-Brabant,'),
        p('gelezen het voorstel van Gedeputeerde Staten van 8 september 2026;'),
        p('overwegende dat het ontwerp van de Brabantse Omgevingsvisie zes weken ter inzage heeft gelegen en de reacties zijn verwerkt in een Nota van beantwoording;'),
        p('gelet op artikel 3.1, tweede lid, en artikel 16.23 van de Omgevingswet;'),
        p('besluiten:'),
        tk('Artikel I'),
        p('De Brabantse Omgevingsvisie, deel 1 en deel 2, zoals opgenomen in de bijlage bij dit besluit, vast te stellen.'),
        tk('Artikel II'),
        p('De Brabantse Omgevingsvisie van 14 december 2018 in te trekken.'),
        p('\'s-Hertogenbosch, 9 oktober 2026'),
        { t: 'sign', left: ['Provinciale Staten van Noord-Brabant,', '', 'de griffier'], right: ['', '', 'de voorzitter'] },
      ],
    },
    bijlageA: 'Bijlage bij Statenbesluit 62/26 – Brabantse Omgevingsvisie, deel 2',
    visie: {
      opschrift: 'Brabantse Omgevingsvisie – deel 2',
      subtitel: 'De kwaliteit van Brabant: uitwerking',
      body: [
        { t: 'toc', title: 'Inhoud deel 2', sdt: true },
        p('Dit is het tweede deel van de Brabantse Omgevingsvisie. Deel 1 bevat de hoofdstukken 1 tot en met 4: de ambitie, de hoofdopgaven, de werkwijze en de ruimtelijke principes.'),
        h1('De Brabantse energietransitie'),
        h2('Opgave'),
        p(alinea('energie', 0, P, 'provincie'), { fn: 'Klimaatakkoord en de Regionale Energiestrategieën van de vier Brabantse RES-regio\'s.' }),
        h2('Koers'),
        h3('Besparen'),
        p(alinea('energie', 1, P, 'provincie')),
        h3('Duurzame warmte'),
        p('De ', { comment: 'c1', text: 'warmtevraag' }, ' van de gebouwde omgeving vullen wij in met bodemwarmte, restwarmte en groen gas.'),
        h3('Zon en wind'),
        p(alinea('energie', 2, P, 'provincie')),
        h1('Een klimaatproof Brabant'),
        h2('Water'),
        p(alinea('water', 0, P, 'provincie')),
        h2('Bodem en ondergrond'),
        p(alinea('water', 1, P, 'provincie')),
        h2('Hitte en droogte'),
        p(alinea('klimaat', 0, P, 'provincie')),
        paren('water vasthouden op de hoge zandgronden;', 'sponswerking van de bodem herstellen;', 'groen in de stad vergroten.'),
        h1('De slimme netwerkstad'),
        {
          t: 'cols2',
          blocks: [
            h2('Stedelijk netwerk'),
            p(alinea('wonen', 0, P, 'provincie')),
            h2('Bereikbaarheid'),
            p(alinea('mobiliteit', 0, P, 'provincie')),
          ],
        },
        h2('Wonen en werken'),
        {
          t: 'table',
          rows: [
            ['Stedelijk gebied', 'Opgave wonen', 'Opgave werken'],
            ['Breda', { text: 'Verdichten rond knooppunten', merge: 'restart' }, 'Logistiek'],
            ['Tilburg', { text: '', merge: 'continue' }, 'Logistiek en maakindustrie'],
            ['\'s-Hertogenbosch', { text: '', merge: 'continue' }, 'Zakelijke dienstverlening'],
            ['Eindhoven en Helmond', 'Brainport: snelle groei', 'Hightech'],
            [{ text: 'Kleine kernen: bouwen naar eigen behoefte', span: 2 }, 'Lokale bedrijvigheid'],
          ],
        },
        h1('Een concurrerende, duurzame economie'),
        h2('Brainport en de topsectoren'),
        p(alinea('economie', 0, P, 'provincie')),
        h2('Landbouw en voedsel'),
        p('Wij werken aan een landbouw die [+binnen de grenzen van natuur, water en gezondheid+] concurrerend blijft.', { fn: 'Verordening ruimte en de Transitie Zorgvuldige Veehouderij.' }),
        h2('Vrijetijdseconomie'),
        p(alinea('erfgoed', 0, P, 'provincie')),
        h1('Basisopgave: veiligheid en gezondheid'),
        h2('Gezonde leefomgeving'),
        p(alinea('gezondheid', 0, P, 'provincie')),
        h2('Externe veiligheid'),
        p(alinea('gezondheid', 1, P, 'provincie')),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Natuur Netwerk Brabant', 'natuur-netwerk-brabant', [0, 3], 5), G('Stedelijk netwerk BrabantStad', 'brabantstad', [4, -2], 6), G('Beekdalen', 'beekdalen', [-6, 0], 4), G('Zoekgebieden windenergie', 'zoekgebieden-wind', [8, 6], 3)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-09', ondertekening: '2026-10-09', bekendmaking: '2026-10-27' },
      soortBestuursorgaan: PS,
      ambtsgebied: 'PV30',
    },
    geo: { origin: [140000, 400000] },
    meubilair: ['^Provincie Noord-Brabant \\| \\d+$', '^Brabantse Omgevingsvisie – deel 2$'],
    s13: {},
  }
})()

// w54 — Gemeente Woudenberg: English Heading 1–3 with the numbering in the styles, chapters "%1", sections "§ %1.%2"
// (truth "1.2"), "%1.%2.%3"; the contents typed by hand (tab stops with a dot leader); an unnumbered heading by a Normal
// paragraph's own outlineLvl; a number typed by hand in one heading; Heading 1 in capitals over titles typed in lower
// case; an "a." list, a "1)" list and bullets; a table with a vertical merge; a footnote and an endnote; a tracked
// deletion; the GIO table of three columns with the identifier in the middle one; "besluit:" with beslispunten I.,
// II. and III. typed.
const w54 = ((): DocS13 => {
  const G = gio('gm0351', '2026-11-26')
  const P = 'Woudenberg'
  const gios = [G('Landgoed Geerestein', 'geerestein', [2, 2], 1), G('Valleikanaal', 'valleikanaal', [-2, 0], 1.5), G('Zoekgebied wonen Woudenberg-West', 'zoekgebied-woudenberg-west', [0, -2], 0.6)]
  return {
    id: 'w54',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Woudenberg (het dorp op de overgang van de Utrechtse Heuvelrug naar de Gelderse Vallei; landgoed Geerestein en de landgoederenzone, het Valleikanaal en de Lunterse beek, het agrarisch gebied in de Vallei, de N224 en N226; woningbouw aan de westkant van het dorp; samenwerking in de regio Amersfoort en Foodvalley), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Engelse Heading 1–3 met nummering in de stijlen, "%1", "§ %1.%2", "%1.%2.%3", met de hand getypte inhoudsopgave met tabstops en puntjes, ongenummerde kop als Standaard-alinea met eigen overzichtsniveau, één kopnummer met de hand getypt, Heading 1 in hoofdletters over titels in kleine letters, "a."-lijst, "1)"-lijst, opsomming, tabel met verticaal samengevoegde cel, voetnoot, eindnoot, bijgehouden verwijdering, GIO-tabel met de identificatie in de middelste kolom, besluit "besluit:" met beslispunten I., II. en III. getypt',
    bevoegdGezag: 'gm0351',
    naam: 'Gemeente Woudenberg',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'style',
      lang: 'en',
      caps: true,
      levels: [{ text: '%1', format: 'decimal' }, { text: '§ %1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Woudenberg',
      footer: 'Woudenberg – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Woudenberg tot vaststelling van de Omgevingsvisie Woudenberg',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Woudenberg,'),
        p('gelezen het voorstel van burgemeester en wethouders van 20 oktober 2026, nummer RV26-088;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet;'),
        p('overwegende dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord;'),
        p('besluit:'),
        p('I. de Nota van beantwoording zienswijzen vast te stellen;'),
        p('II. de Omgevingsvisie Woudenberg, zoals opgenomen in de bijlage, vast te stellen;'),
        p('III. de Structuurvisie Woudenberg 2030 in te trekken.'),
        p('Aldus besloten in de openbare vergadering van de raad van de gemeente Woudenberg, gehouden op 26 november 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. A. van Dam'], right: ['De voorzitter,', '', 'M.R. de Boer'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit RV26-088',
    visie: {
      opschrift: 'Omgevingsvisie Woudenberg',
      subtitel: 'Dorp tussen Heuvelrug en Vallei',
      body: [
        tk('Inhoud'),
        tocLine('1', 'Inleiding', 3),
        tocLine('2', 'Woudenberg nu', 5),
        tocLine('3', 'Ambities', 7),
        tocLine('4', 'Gebieden', 11),
        tocLine('5', 'Uitvoering', 14),
        h1('inleiding'),
        h2('Aanleiding'),
        p(alinea('inleiding', 0, P)),
        h2('Status'),
        p('De omgevingsvisie bindt alleen de gemeente.', { fn: 'Artikel 3.1 van de Omgevingswet; de visie is zelfbindend.' }),
        h2('Participatie'),
        p(alinea('proces', 2, P)),
        h1('woudenberg nu'),
        h2('Ligging'),
        p('Woudenberg ligt op de overgang van de Utrechtse Heuvelrug naar de Gelderse Vallei.⸨en:1⸩'),
        h2('Kwaliteiten'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Kwaliteit', 'Bescherming'],
            ['Landgoed Geerestein', 'Bos en lanen', { text: 'Natuurnetwerk Nederland', merge: 'restart' }],
            ['Heuvelrugflank', 'Overgang naar zandgrond', { text: '', merge: 'continue' }],
            ['Vallei', 'Open agrarisch landschap', 'Openheid behouden'],
          ],
        },
        olvl(2, 'Kansen en knelpunten'),
        p(alinea('klimaat', 3, P)),
        h1('ambities'),
        h2('Wonen'),
        p(alinea('wonen', 1, P)),
        letters('woningen voor jongeren en ouderen uit Woudenberg;', 'bouwen binnen en aan de rand van het dorp;', 'groen en water meenemen in elk plan.'),
        h2('Werken'),
        p(alinea('economie', 1, P)),
        h2('Energie'),
        p(alinea('energie', 3, P)),
        paren('zon op daken en boven parkeerplaatsen;', 'zonnevelden alleen in zoekgebieden;', 'geen windturbines op de Heuvelrug.'),
        h2('Mobiliteit'),
        h3('Verkeer door het dorp'),
        p('Het doorgaande verkeer op de N224 en de N226 [-blijft-][+moet+] zo veel mogelijk om het dorp heen.'),
        h3('Fiets en openbaar vervoer'),
        p(alinea('mobiliteit', 2, P)),
        h1('gebieden'),
        h2('Het dorp'),
        p(alinea('gezondheid', 0, P)),
        h2('Heuvelrug en landgoederen'),
        p(alinea('natuur', 1, P)),
        typed(2, '4.3 De Vallei'),
        p(alinea('landschap', 2, P)),
        bullets('ruimte voor grondgebonden landbouw;', 'herstel van houtwallen en erfbeplanting;', 'waterberging langs het Valleikanaal.'),
        h1('uitvoering'),
        h2('Rol van de gemeente'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('Wij rapporteren iedere twee jaar aan de raad over de voortgang.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [gioMiddle(gios, ['Werkingsgebied', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Landgoed') ? '4.2' : n.startsWith('Valleikanaal') ? '4.3' : '3.1'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-11-26', ondertekening: '2026-11-26', bekendmaking: '2026-12-08' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0351',
    },
    geo: { origin: [160000, 450000] },
    meubilair: ['^Woudenberg – \\d+$', '^Omgevingsvisie Woudenberg$'],
    s13: { endnotes: ['Het dorp ligt op de rand van het Natuurnetwerk Nederland en het Nationaal Park Utrechtse Heuvelrug.'] },
  }
})()

export const WORD_DOCS_S14C: DocS13[] = [w49, w50, w51, w52, w53, w54]
