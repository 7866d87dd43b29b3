/**
 * The Word corpus documents w67 … w70 (session 14, final holdout), written by scripts/corpus/render-docx-s13.ts. Each
 * follows the structure and part of the wording of a real omgevingsvisie and the besluit adopting it (public texts,
 * Auteurswet art. 11), shortened, with prose from the shared pool where the source gave none. As in w61–w66 each mixes
 * what a publication officer's own document has, in other combinations. No new marker or option is used, so w19–w66
 * stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block, Cell } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, AB, werk } from './word-parts-s12.js'

const typed = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨typed⸩${text}` })
const nonum = (l: 1 | 2 | 3, text: string): Block => ({ t: 'h', l, text: `⸨nonum⸩${text}` })
/** A GIO table of three columns with the identifier in the middle one (not counted in tabellen). */
const gioMiddle = (gios: { naam: string; identificatie: string }[], head: [string, string, string], last: (naam: string) => string): Block => ({
  t: 'table',
  widths: [2400, 3600, 2000],
  rows: [[`⸨gio3⸩${head[0]}`, head[1], head[2]], ...gios.map((g): Cell[] => [g.naam, g.identificatie, last(g.naam)])],
})
const gemeenteConfig = (datums: { vaststelling: string; bekendmaking: string }, ambtsgebied: string) => ({
  werk,
  datums: { vaststelling: datums.vaststelling, ondertekening: datums.vaststelling, bekendmaking: datums.bekendmaking },
  soortBestuursorgaan: GEMEENTE,
  ambtsgebied,
})

// w67 — Gemeente Midden-Delfland: English Heading 1–3 with the numbering in the styles, "Hoofdstuk %1" / "%1.%2." /
// "%1.%2.%3"; the inhoudsopgave as a TOC field with hyperlinks; a tracked insertion and deletion; a comment; footnotes
// and a hyperlink; a bullet list nested two levels; a table with a vertical merge and a cell over two columns; the GIO
// table in the plain form; "besluit:" with Artikel 1 and 2 numbered by Word with titles, the date in a content control.
const w67 = ((): DocS13 => {
  const G = gio('gm1842', '2026-10-27')
  const P = 'Midden-Delfland'
  return {
    id: 'w67',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Midden-Delfland (Omgevingsvisie 1.0, vastgesteld 26 oktober 2021: vooruitblik op de fysieke leefomgeving tot 2040; de gemeente ontstaan in 2004 uit Maasland en Schipluiden, de dorpen Den Hoorn, Maasland en Schipluiden en de buurtschappen \'t Woudt, De Zweth en De Kapel; Cittaslow sinds 2008; "behoud door duurzame ontwikkeling"; deelgebieden dorpen, buitengebied en Harnaschpolder; opgaven in de categorieën omgevingskwaliteit en leefbaarheid, duurzaamheid en gebruikswaarde; het laatste open veenweidegebied tussen Rotterdam en Den Haag), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Engelse Heading 1–3 met nummering in de stijlen, "Hoofdstuk %1", "%1.%2.", "%1.%2.%3", inhoudsopgave als TOC-veld met hyperlinks, bijgehouden invoeging en verwijdering, opmerking, voetnoten, hyperlink, geneste opsomming, tabel met verticaal en horizontaal samengevoegde cellen, GIO-tabel, besluit "besluit:" met "Artikel %1"-nummering met titels, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1842',
    naam: 'Gemeente Midden-Delfland',
    comments: { c1: 'Inwonertal bijwerken naar peildatum 1 januari 2026.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'en',
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Midden-Delfland 2.0',
      footer: 'Behoud door duurzame ontwikkeling – pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Midden-Delfland tot vaststelling van de Omgevingsvisie Midden-Delfland 2.0',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Midden-Delfland;'),
        p('gelezen het voorstel van burgemeester en wethouders van 8 september 2026, zaaknummer 2026-004517;'),
        p('overwegende dat het ontwerp van de omgevingsvisie zes weken ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Midden-Delfland 2.0, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Intrekking'),
        p('De Omgevingsvisie 1.0 Midden-Delfland, vastgesteld op 26 oktober 2021, wordt ingetrokken.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van de raad van ', date: '27 oktober 2026', iso: '2026-10-27', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'mr. A.M. Hoogendoorn'], right: ['De voorzitter,', '', 'drs. J.P. van der Kooij'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 27 oktober 2026',
    visie: {
      opschrift: 'Omgevingsvisie Midden-Delfland 2.0',
      subtitel: 'Behoud door duurzame ontwikkeling',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        h1('Inleiding'),
        h2('Aanleiding'),
        p('De Omgevingsvisie Midden-Delfland 2.0 biedt een vooruitblik op de fysieke leefomgeving tot het jaar 2040.', { fn: 'Onder de fysieke leefomgeving verstaan wij ruimte, water, milieu, natuur, landschap, verkeer en vervoer, infrastructuur en cultureel erfgoed.' }, ' Zij bouwt voort op de Omgevingsvisie 1.0 uit 2021.'),
        h2('Cittaslow'),
        p('Midden-Delfland draagt sinds 2008 als eerste Nederlandse gemeente het keurmerk Cittaslow. Meer daarover staat op ', { link: 'de website van Cittaslow Nederland', url: 'https://www.cittaslow.nl' }, '.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de identiteit van de gemeente, hoofdstuk 3 de opgaven, hoofdstuk 4 de deelgebieden en hoofdstuk 5 de uitvoering.'),
        h1('Identiteit en kwaliteiten'),
        h2('Dorpen en buurtschappen'),
        p('Midden-Delfland telt ', { comment: 'c1', text: 'ruim 19.500 inwoners' }, ' in de dorpen Den Hoorn, Maasland en Schipluiden en de buurtschappen \'t Woudt, De Zweth en De Kapel.'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Den Hoorn', 'Dorp aan de rand van Delft', { text: 'Woningbouw voor eigen inwoners en behoud van voorzieningen', merge: 'restart' }],
            ['Maasland', 'Historisch dorp met haven', { text: '', merge: 'continue' }],
            ['Schipluiden', 'Dorp aan de Gaag', 'Versterking van het centrum'],
            [{ text: 'De buurtschappen \'t Woudt, De Zweth en De Kapel', span: 2 }, 'Behoud van het historische karakter'],
          ],
        },
        h2('Het open veenweidelandschap'),
        p(alinea('landschap', 0, P)),
        h1('Opgaven'),
        p('De opgaven werken we uit in drie categorieën:'),
        bullets('omgevingskwaliteit en leefbaarheid;', { text: 'duurzaamheid:', sub: ['energietransitie;', 'klimaatadaptatie.'] }, 'gebruikswaarde.'),
        h2('Omgevingskwaliteit en leefbaarheid'),
        h3('Wonen in de dorpen'),
        p(alinea('wonen', 0, P)),
        h3('Erfgoed'),
        p(alinea('erfgoed', 0, P)),
        h2('Duurzaamheid'),
        h3('Energie'),
        p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Rotterdam Den Haag.' }),
        h3('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        h2('Gebruikswaarde'),
        p('De gebruikswaarde van het landschap voor recreatie[- en toerisme-][+, toerisme en de agrarische sector+] staat voorop.'),
        h1('Deelgebieden'),
        h2('De dorpen'),
        p(alinea('wonen', 1, P)),
        h2('Het buitengebied'),
        p(alinea('natuur', 0, P)),
        h2('De Harnaschpolder'),
        p(alinea('economie', 0, P)),
        h1('Uitvoering'),
        h2('Samenwerking in de regio'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('We volgen de ontwikkelingen jaarlijks en actualiseren de visie elke raadsperiode.'),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Open veenweidegebied Midden-Delfland', 'veenweidegebied', [0, 1], 1.8), G('Bedrijventerrein Harnaschpolder', 'harnaschpolder', [2, -1], 0.7), G('Woningbouwlocatie Den Hoorn-Noord', 'den-hoorn-noord', [-2, -2], 0.6)],
    config: gemeenteConfig({ vaststelling: '2026-10-27', bekendmaking: '2026-11-10' }, 'GM1842'),
    geo: { origin: [82000, 444000] },
    meubilair: ['^Behoud door duurzame ontwikkeling – pagina \\d+$', '^Omgevingsvisie Midden-Delfland 2\\.0$'],
    s13: {},
  }
})()

// w68 — Gemeente Oudewater: own styles "OW Hoofdstuk/Paragraaf/Subparagraaf" basedOn Dutch Kop 1–3 (numbering
// inherited), "%1." / "%1.%2" / "%1.%2.%3", the chapter style in capitals over titles typed in lower case; a manual
// line break in a heading; part of a chapter in two columns; an "a." list and a "1)" list continuing after a paragraph;
// a footnote; a table with a vertical merge; the GIO table with the identifier in the middle column; "BESLUIT:" with
// beslispunten I. and II. typed.
const w68 = ((): DocS13 => {
  const G = gio('gm0589', '2026-10-15')
  const P = 'Oudewater'
  const gios = [G('Woningbouwlocatie Hekendorp', 'hekendorp', [-2, 0], 0.6), G('Bedrijventerrein Tappersheul 3', 'tappersheul-3', [1, 1], 0.7), G('Stads- en dorpsranden', 'stadsranden', [0, -1], 1.4)]
  return {
    id: 'w68',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Oudewater "NU: De Toekomst van Oudewater" (vastgesteld door de raad op 9 juni 2022: gezonde leefomgeving en vitaliteit voor het behoud van scholen en voorzieningen; "hoe gaan we onze schaarse ruimte gebruiken?"; woningbouwkansen bij Hekendorp en Kerkwetering; uitbreiding Tappersheul 3 en een mogelijk regionaal bedrijventerrein aan de A12; overgangsgebieden tussen stad en platteland en de kwaliteit van het landschap in de linten; landbouwtransitie, duurzaamheid en klimaat; uitwerking in programma\'s), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Nederlandse Kop 1–3 met overgeërfde nummering "%1.", "%1.%2", "%1.%2.%3", hoofdstukstijl in hoofdletters over titels in kleine letters, harde regeleinde in een kop, twee kolommen, "a."-lijst, "1)"-lijst die na een tussenalinea doorloopt, voetnoot, tabel met verticaal samengevoegde cel, GIO-tabel met de identificatie in de middelste kolom, "BESLUIT:" met beslispunten I. en II. getypt',
    bevoegdGezag: 'gm0589',
    naam: 'Gemeente Oudewater',
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'nl',
      custom: ['OW Hoofdstuk', 'OW Paragraaf', 'OW Subparagraaf'],
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: 'NU: De Toekomst van Oudewater | {page}',
    },
    besluit: {
      opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Oudewater',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Oudewater,'),
        p('gelezen het voorstel van burgemeester en wethouders van 1 september 2026, nummer Z-26-08813;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        tk('I.'),
        p('de Omgevingsvisie Oudewater "NU: De Toekomst van Oudewater" vast te stellen, zoals opgenomen in de bijlage bij dit besluit;'),
        tk('II.'),
        p('de Structuurvisie Oudewater 2030 in te trekken.'),
        p('Vastgesteld in de openbare vergadering van de raad van 15 oktober 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'W.F. Verweij'], right: ['De voorzitter,', '', 'P.J. Verhoeve'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit Z-26-08813',
    visie: {
      opschrift: 'Omgevingsvisie Oudewater',
      subtitel: 'NU: De Toekomst van Oudewater',
      body: [
        h1('inleiding'),
        h2('Eén samenhangend toekomstbeeld'),
        p('In deze visie komen alle onderwerpen samen die gaan over onze leefruimte: gebouwen, wegen, parken, een schone lucht en rivieren, maar ook gezondheid en veiligheid.', { fn: 'Artikel 3.2 van de Omgevingswet.' }),
        h2('Keuzes maken'),
        p('Een gebied kan niet volledig groen blijven én ruimte bieden aan een nieuwe woonwijk. In deze visie wegen we de belangen af:'),
        letters('waar willen we bedrijvigheid;', 'waar woningbouw;', 'waar groen, water of recreatie.'),
        h2('Hoe de visie tot stand kwam'),
        p(alinea('proces', 0, P)),
        h1('oudewater nu'),
        h2('Stad aan de\nHollandse IJssel'),
        p(alinea('erfgoed', 0, P)),
        h2('Erfgoed en binnenstad'),
        p(alinea('erfgoed', 1, P)),
        h2('Kernen en linten'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Oudewater', 'Historische binnenstad', 'Westerwal en binnenstad'],
            ['Hekendorp', 'Lintdorp langs de Lange Linschoten', { text: 'Woningbouw voor jongeren en ouderen', merge: 'restart' }],
            ['Papekop', 'Buurtschap in het veenweidegebied', { text: '', merge: 'continue' }],
          ],
        },
        h1('opgaven'),
        {
          t: 'cols2',
          blocks: [
            h2('Wonen'),
            p(alinea('wonen', 0, P)),
            h2('Werken'),
            p(alinea('economie', 0, P)),
          ],
        },
        h2('Landschap en landbouw'),
        p('Voor het landelijk gebied gelden drie opgaven:'),
        paren('de landbouwtransitie in het veenweidegebied;', 'de overgangsgebieden tussen stad en platteland;'),
        p('en daarnaast:'),
        { t: 'list', kind: 'paren', items: ['de kwaliteit van het landschap in de linten.'], continues: true },
        h3('Veenweide'),
        p(alinea('landschap', 0, P)),
        h3('Stads- en dorpsranden'),
        p(alinea('landschap', 1, P)),
        h2('Duurzaamheid en klimaat'),
        p(alinea('klimaat', 0, P)),
        h2('Gezonde leefomgeving'),
        p(alinea('gezondheid', 0, P)),
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        h1('uitvoering'),
        h2('Programma\'s'),
        p(alinea('uitvoering', 0, P)),
        h2('Participatie'),
        p('Op elk programma kunnen inwoners, ondernemers en organisaties opnieuw meepraten en meedenken.'),
        h2('Evaluatie'),
        p('Wij evalueren de omgevingsvisie iedere raadsperiode.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Naam', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Woning') ? '3.1' : n.startsWith('Bedrijven') ? '3.2' : '3.3'))] }],
    gios,
    config: gemeenteConfig({ vaststelling: '2026-10-15', bekendmaking: '2026-11-03' }, 'GM0589'),
    geo: { origin: [118000, 448000] },
    meubilair: ['^NU: De Toekomst van Oudewater \\| \\d+$'],
    s13: {},
  }
})()

// w69 — Gemeente Reimerswaal: Dutch Kop 1–3 with the numbering on each heading paragraph, "%1" / "%1.%2" / "%1.%2.%3"
// with chapter 0 "Koers in het kort" (start 0) and Word's "restart at 1" for the sections of each chapter
// (lvlOverride/startOverride); the inhoudsopgave as a plain TOC field; an "i." list; a table with a header row and a cell over two columns; footnotes; a tracked deletion; the GIO table with the
// identifiers in a HYPERLINK field (fldChar); "Besluit:" with a./b. and Artikel I and II typed, the date in a content
// control.
const w69 = ((): DocS13 => {
  const G = gio('gm0703', '2026-10-29')
  const P = 'Reimerswaal'
  return {
    id: 'w69',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie "Koers 2040" van de gemeente Reimerswaal (ontwerp vrijgegeven door burgemeester en wethouders op 14 oktober 2025, gmb-2025-460869: "Besluit: a. In te stemmen met de ontwerp-omgevingsvisie Koers 2040 … b. De ontwerp omgevingsvisie zes weken ter inzage te leggen", Artikel I en II, Bijlage A; 1 Inleiding met 1.1 Voorwoord "We leven in bijzondere tijden … Daarom is een duidelijke \'koers\' noodzakelijk"; een wereldwijde positie in de aardappel- en uienteelt en de schaal- en schelpdierensector, een bloeiende fruitteeltsector; dorpen en gemeenschappen die zich kenmerken door betrokkenheid en onderlinge zorg; uitdagingen in wonen, economie, zorg, duurzaamheid, energie en mobiliteit; de balans tussen ontwikkeling en behoud; Yerseke, Kruiningen, Krabbendijke, Rilland, Hansweert, Waarde, Oostdijk en Bath; de Oosterschelde en de Westerschelde, het Kanaal door Zuid-Beveland en de A58), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met nummering op iedere kopalinea, hoofdstukken vanaf 0, herstart per hoofdstuk via lvlOverride/startOverride, inhoudsopgave als TOC-veld, "i."-lijst, tabel met een cel over twee kolommen, voetnoten, bijgehouden verwijdering, GIO-identificaties in een HYPERLINK-veld (fldChar), besluit "Besluit:" met a./b. en Artikel I en II getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0703',
    naam: 'Gemeente Reimerswaal',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'nl',
      numberingOnParagraph: true,
      overrideRestart: true,
      levels: [{ text: '%1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Koers 2040',
      footer: 'Gemeente Reimerswaal – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Reimerswaal tot vaststelling van de omgevingsvisie Koers 2040',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Reimerswaal;'),
        p('gelezen het voorstel van burgemeester en wethouders van 22 september 2026, nummer 2026/1187;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('Besluit:'),
        letters('de omgevingsvisie Koers 2040 vast te stellen;', 'de structuurvisies Kernen en Bedrijventerreinen, Buitengebied en Aquacultuur in te trekken.'),
        tk('Artikel I'),
        p('De omgevingsvisie "Koers 2040", opgenomen in Bijlage A, wordt vastgesteld.'),
        tk('Artikel II'),
        p('Van de vaststelling wordt kennisgegeven in het gemeenteblad.'),
        { t: 'date', before: 'Aldus besloten in de openbare raadsvergadering van ', date: '29 oktober 2026', iso: '2026-10-29', after: ' te Kruiningen.' },
        { t: 'sign', left: ['De griffier,', '', 'J.L. Dorst'], right: ['De voorzitter,', '', 'C.A. Harinck'] },
      ],
    },
    bijlageA: 'Bijlage A Bijlage bij artikel I',
    visie: {
      opschrift: 'Omgevingsvisie Reimerswaal',
      subtitel: 'Koers 2040',
      body: [
        { t: 'toc', title: 'Inhoud' },
        h1('Koers in het kort'),
        p('We leven in bijzondere tijden, in een wereld die snel en onvoorspelbaar verandert. Daarom is een duidelijke koers noodzakelijk. Met de Koers 2040 geven we sturing aan de toekomst van Reimerswaal en blijven we tegelijk wendbaar.'),
        p('We koesteren en versterken waar we goed in zijn: de aardappel- en uienteelt, de schaal- en schelpdierensector en de fruitteelt. Tegelijk staan we voor uitdagingen op het gebied van wonen, economie, zorg, duurzaamheid, energie en mobiliteit.'),
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Gemeenten hebben de wettelijke taak om een omgevingsvisie vast te stellen.', { fn: 'Artikel 3.1, eerste lid, van de Omgevingswet.' }, ' De Koers 2040 is tegelijk onze strategische visie.'),
        h2('Voor en door Reimerswaal'),
        p(alinea('proces', 0, P)),
        h1('Reimerswaal in beeld'),
        h2('Dorpen en gemeenschappen'),
        {
          t: 'table',
          rows: [
            ['Dorp', 'Kenmerk', 'Opgave'],
            ['Yerseke', 'Mossel- en oesterdorp aan de Oosterschelde', 'Ruimte voor de schelpdiersector'],
            ['Kruiningen', 'Centrumdorp aan de A58', 'Voorzieningen en woningbouw'],
            ['Krabbendijke en Rilland', 'Dorpen aan het spoor', 'Woningbouw voor starters'],
            [{ text: 'Hansweert, Waarde, Oostdijk en Bath', span: 2 }, 'Leefbaarheid'],
          ],
        },
        h2('Tussen Oosterschelde en Westerschelde'),
        p(alinea('water', 0, P)),
        h1('Ambities'),
        h2('Wonen'),
        h3('Starters en jonge gezinnen'),
        p(alinea('wonen', 0, P)),
        h3('Wonen met zorg'),
        p(alinea('wonen', 1, P)),
        h2('Economie'),
        h3('Landbouw en fruitteelt'),
        p(alinea('economie', 0, P)),
        h3('Schaal- en schelpdierensector'),
        p(alinea('economie', 1, P), { fn: 'Structuurvisie Aquacultuur Reimerswaal.' }),
        h2('Zorg en gezondheid'),
        p(alinea('gezondheid', 0, P)),
        h2('Energie'),
        p(alinea('energie', 0, P)),
        h2('Mobiliteit'),
        p('De A58, het spoor en het Kanaal door Zuid-Beveland [-ontsluiten de gemeente maar -]verdelen de gemeente in tweeën. We zetten in op:'),
        roman('veilige oversteken;', 'goede fietsverbindingen tussen de dorpen;', 'openbaar vervoer naar Goes en Bergen op Zoom.'),
        h1('Uitvoering'),
        h2('Wendbaar blijven'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('Onderweg beoordelen we of de Koers moet worden bijgesteld.'),
      ],
    },
    bijlagen: [{ nummer: 'B', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Schelpdierencluster Yerseke', 'schelpdiercluster-yerseke', [1, 1], 0.6), G('Fruitteeltgebied Reimerswaal', 'fruitteelt', [0, -1], 1.6), G('Zoekgebied energie Rilland', 'zoekgebied-energie-rilland', [3, -1], 0.8)],
    config: gemeenteConfig({ vaststelling: '2026-10-29', bekendmaking: '2026-11-17' }, 'GM0703'),
    geo: { origin: [63000, 385000] },
    meubilair: ['^Gemeente Reimerswaal – \\d+$', '^Koers 2040$'],
    s13: { gioField: 'char' },
  }
})()

// w70 — Waterschap Scheldestromen: chapters in an own paragraph style basedOn Normal with outline level 1 and the
// numbering, sections in English Heading 2 and 3, "Hoofdstuk %1" / "%1.%2" / "%1.%2.%3"; the inhoudsopgave as a TOC
// field in a contents control; a nested bullet list and a "1)" list; an endnote and a footnote; a comment; a table with
// a vertical merge; a heading number typed by hand; the GIO table in the plain form; "besluit:" with beslispunten 1.
// and 2. typed, the date in a content control.
const w70 = ((): DocS13 => {
  const G = gio('ws0661', '2026-11-05')
  const P = 'Scheldestromen'
  const g = 'waterschap'
  return {
    id: 'w70',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie van Waterschap Scheldestromen "Water verbindt Zeeland" (het waterschap voor heel Zeeland, ontstaan in 2011 uit Zeeuwse Eilanden en Zeeuws-Vlaanderen; de taken waterveiligheid met de primaire waterkeringen langs Westerschelde, Oosterschelde en Noordzee, voldoende en schoon water in een zoute omgeving met verzilting, zuivering van afvalwater en het beheer van wegen in het buitengebied; zoetwatervoorziening, klimaatadaptatie en samenwerking met de provincie Zeeland en de Zeeuwse gemeenten), als besluit van het algemeen bestuur, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: hoofdstukken in een eigen alineastijl gebaseerd op Normal met overzichtsniveau 1 en nummering, paragrafen in Heading 2 en 3, "Hoofdstuk %1", "%1.%2", "%1.%2.%3", inhoudsopgave als TOC-veld in een inhoudsopgave-besturingselement, geneste opsomming, "1)"-lijst, eindnoot, voetnoot, opmerking, tabel met verticaal samengevoegde cel, één kopnummer met de hand getypt, GIO-tabel, besluit "besluit:" met beslispunten 1. en 2. getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'ws0661',
    naam: 'Waterschap Scheldestromen',
    comments: { c1: 'Lengte keringen afstemmen met het beheerregister.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['SCH Hoofdstuk', 'SCH Paragraaf', 'SCH Subparagraaf'],
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Water verbindt Zeeland',
      footer: 'Waterschap Scheldestromen | {page}',
    },
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Scheldestromen tot vaststelling van de omgevingsvisie Water verbindt Zeeland',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('Het algemeen bestuur van Waterschap Scheldestromen;'),
        p('gelezen het voorstel van het dagelijks bestuur van 29 september 2026, kenmerk AB-2026-0611;'),
        p('gelet op artikel 3.1, derde lid, en artikel 16.23 van de Omgevingswet en artikel 56 van de Waterschapswet;'),
        p('besluit:'),
        p('1. de omgevingsvisie "Water verbindt Zeeland", opgenomen in de bijlage, vast te stellen;'),
        p('2. de Waterbeheervisie Scheldestromen 2016 in te trekken.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van ', date: '5 november 2026', iso: '2026-11-05', after: ' te Middelburg.' },
        { t: 'sign', left: ['De secretaris-directeur,', '', 'ir. H.W. Kooiman'], right: ['De dijkgraaf,', '', 'drs. M.L. de Vos'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van het algemeen bestuur van 5 november 2026, kenmerk AB-2026-0611',
    visie: {
      opschrift: 'Water verbindt Zeeland',
      subtitel: 'Omgevingsvisie Waterschap Scheldestromen',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', sdt: true },
        h1('Inleiding'),
        h2('Waarom deze visie'),
        p('Zeeland is een delta: land en water zijn er onlosmakelijk met elkaar verbonden.⸨en:1⸩ Deze visie beschrijft hoe het waterschap tot 2050 zorgt voor veiligheid, voldoende en schoon water.'),
        h2('Relatie met andere plannen'),
        p('De visie is de basis voor het waterbeheerprogramma en de waterschapsverordening.', { fn: 'Artikel 3.8 van de Omgevingswet.' }),
        h1('Het gebied'),
        h2('Eilanden en Zeeuws-Vlaanderen'),
        p(alinea('landschap', 0, P, g)),
        h2('Keringen en watersysteem'),
        {
          t: 'table',
          rows: [
            ['Onderdeel', 'Omvang', 'Beheer'],
            ['Primaire keringen', 'ruim 450 km', { text: 'Toetsing en versterking', merge: 'restart' }],
            ['Regionale keringen', 'ruim 200 km', { text: '', merge: 'continue' }],
            ['Watergangen', 'ruim 10.000 km', 'Onderhoud en peilbeheer'],
          ],
        },
        p('De keringen hebben ', { comment: 'c1', text: 'een lengte van ruim 450 kilometer' }, '.'),
        h2('Bodem en zout grondwater'),
        p(alinea('landschap', 1, P, g)),
        h1('Opgaven'),
        p('We zien vier opgaven:'),
        paren('veilige keringen bij zeespiegelstijging;', 'voldoende zoet water bij verzilting;', 'schoon water;', 'duurzame zuivering.'),
        h2('Waterveiligheid'),
        h3('Westerschelde en Oosterschelde'),
        p(alinea('water', 0, P, g)),
        h3('De Noordzeekust'),
        p(alinea('water', 1, P, g)),
        h2('Zoetwater en verzilting'),
        p(alinea('klimaat', 0, P, g)),
        bullets('zoetwaterbuffers in kreekruggen;', { text: 'aanvoer van zoet water:', sub: ['uit het Volkerak-Zoommeer;', 'via de Kanaalzone.'] }, 'peilbeheer dat water vasthoudt.'),
        h2('Schoon water'),
        p(alinea('natuur', 0, P, g)),
        h2('Zuiveren en energie'),
        p(alinea('energie', 0, P, g)),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 1, P, g)),
        h2('Wegen in het buitengebied'),
        p(alinea('mobiliteit', 0, P, g)),
        h1('Samenwerken'),
        h2('Met provincie en gemeenten'),
        p(alinea('uitvoering', 0, P, g)),
        h2('Met inwoners en bedrijven'),
        p(alinea('proces', 0, P, g)),
        typed(2, '4.3 Actualisatie'),
        p('Het waterschap actualiseert deze visie uiterlijk in 2032.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Primaire waterkeringen Zeeland', 'primaire-keringen', [0, 2], 1.8), G('Zoetwatergebied Zeeuws-Vlaanderen', 'zoetwater-zvl', [-1, -2], 1.4), G('Kreekruggen Schouwen-Duiveland', 'kreekruggen-schouwen', [1, 3], 0.9)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-05', ondertekening: '2026-11-05', bekendmaking: '2026-11-24' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0661',
    },
    geo: { origin: [40000, 385000] },
    meubilair: ['^Waterschap Scheldestromen \\| \\d+$', '^Water verbindt Zeeland$'],
    s13: { chapterStyle: { id: 'SCHHoofdstuk', name: 'SCH Hoofdstuk' }, endnotes: ['Het beheergebied van Scheldestromen omvat heel Zeeland, ruim 2.900 km² land en water.'] },
  }
})()

// w71 — Gemeente Medemblik: Dutch Kop 1–3 numbered through a numbering style (numStyleLink/styleLink), "%1." /
// "%1.%2." / "%1.%2.%3."; no inhoudsopgave; a Samenvatting with its number suppressed;
// part of a chapter in two columns; a comment; a tracked insertion; a bullet list and an "a." list; a table with a
// header row, a vertical merge and a two-level list in a cell; a footnote and a hyperlink; the GIO table in the plain
// form with the identifiers in a HYPERLINK field (w:fldSimple); "besluit:" with Artikel 1, 2 and 3 numbered by Word.
const w71 = ((): DocS13 => {
  const G = gio('gm0420', '2026-10-22')
  const P = 'Medemblik'
  return {
    id: 'w71',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Medemblik (opgesteld vanaf 2023 met een peiling onder inwoners, gesprekken met de dorpsraden en een reflectiegroep, "het toekomstbeeld van de gemeente", de maatschappelijke opgaven en de kernkwaliteiten die beschermd moeten worden; een plattelandsgemeente met open groene ruimten, rust en weidse vergezichten, ruimte voor vollegrondsteelt en veeteelt; de kernen Medemblik, Wervershoof, Andijk, Abbekerk, Opperdoes, Twisk, Nibbixwoud, Midwoud-Oostwoud en Zwaagdijk; het IJsselmeer en de Westfriese Omringdijk; de woonwijk Molenblik in de Brakepolder; samenwerking in Westfriesland), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 genummerd via een nummeringsstijl (numStyleLink/styleLink), "%1.", "%1.%2.", "%1.%2.%3.", samenvatting met onderdrukte nummering, twee kolommen, opmerking, bijgehouden invoeging, opsomming, "a."-lijst, tabel met kopregel, verticaal samengevoegde cel en een lijst van twee niveaus in een cel, voetnoot, hyperlink, GIO-identificaties in een HYPERLINK-veld (fldSimple), besluit "besluit:" met "Artikel %1"-nummering met titels',
    bevoegdGezag: 'gm0420',
    naam: 'Gemeente Medemblik',
    comments: { c1: 'Aantal woningen Molenblik nog bevestigen.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'nl',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Medemblik',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Medemblik tot vaststelling van de Omgevingsvisie Medemblik',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Medemblik;'),
        p('gelezen het voorstel van burgemeester en wethouders van 8 september 2026, nummer 2026-1304;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Medemblik, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Intrekking'),
        p('De structuurvisies en kernvisies die in de bijlage bij de visie zijn genoemd, worden ingetrokken.'),
        art('Citeertitel'),
        p('Dit besluit wordt aangehaald als: Omgevingsvisie Medemblik.'),
        p('Aldus vastgesteld in de openbare vergadering van de raad van 22 oktober 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. R.S. Kuiper'], right: ['De voorzitter,', '', 'M. Pijl'] },
      ],
    },
    bijlageA: 'Bijlage',
    visie: {
      opschrift: 'Omgevingsvisie Medemblik',
      subtitel: 'Ruimte, rust en weidse vergezichten',
      body: [
        nonum(1, 'Samenvatting'),
        p('Medemblik is een plattelandsgemeente met open groene ruimten, rust en weidse vergezichten. Deze omgevingsvisie beschrijft het toekomstbeeld van de gemeente, de maatschappelijke opgaven en de kernkwaliteiten die we beschermen.'),
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('De omgevingsvisie geeft richting en duidelijkheid aan de ontwikkelingen in Medemblik in de komende jaren.', { fn: 'Artikel 3.2 van de Omgevingswet.' }),
        h2('Hoe de visie tot stand kwam'),
        p('In 2023 hielden we een peiling onder inwoners, spraken we met de dorpsraden en besprak een reflectiegroep de uitwerking. Het verslag staat op ', { link: 'samen.medemblik.nl', url: 'https://samen.medemblik.nl' }, '.'),
        h1('Medemblik nu'),
        h2('Kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Medemblik', 'Historische havenstad aan het IJsselmeer', { text: 'Woningbouw, waaronder de wijk Molenblik', merge: 'restart' }],
            ['Wervershoof en Andijk', 'Dorpen aan de dijk', { text: '', merge: 'continue' }],
            ['Overige kernen', '⸨cb:1⸩', 'Leefbaarheid en voorzieningen'],
          ],
        },
        h2('Landschap'),
        p(alinea('landschap', 0, P)),
        h2('Erfgoed'),
        p(alinea('erfgoed', 0, P)),
        h1('Opgaven'),
        p('Uit de peiling kwamen vier thema\'s naar voren:'),
        bullets('wonen voor alle generaties;', 'een sterke agrarische sector;', 'energie en klimaat;', 'bereikbaarheid.'),
        {
          t: 'cols2',
          blocks: [
            h2('Wonen'),
            p('We bouwen tot 2035 ', { comment: 'c1', text: 'ongeveer 1.800 woningen' }, '[+, waarvan een derde sociale huur+].'),
            h3('Molenblik'),
            p(alinea('wonen', 0, P)),
            h3('Kleine kernen'),
            p(alinea('wonen', 1, P)),
          ],
        },
        h2('Landbouw'),
        p(alinea('economie', 0, P)),
        h2('Energie en klimaat'),
        p('Bij energieprojecten wegen we af:'),
        letters('de invloed op het open landschap;', 'de opbrengst voor de lokale gemeenschap;', 'de netcapaciteit.'),
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        h1('Gebieden'),
        h2('De IJsselmeerkust'),
        p(alinea('water', 0, P)),
        h2('Het agrarisch gebied'),
        p(alinea('natuur', 0, P)),
        h1('Uitvoering'),
        h2('Samenwerking in Westfriesland'),
        p(alinea('uitvoering', 0, P)),
        h2('Actualisatie'),
        p('We bezien elke vier jaar of de visie moet worden bijgesteld.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('IJsselmeerkust Medemblik', 'ijsselmeerkust', [-1, 2], 1.4), G('Woonwijk Molenblik', 'molenblik', [0, 0], 0.5), G('Agrarisch gebied Westfriesland-Oost', 'agrarisch-gebied', [1, -2], 1.8)],
    config: gemeenteConfig({ vaststelling: '2026-10-22', bekendmaking: '2026-11-12' }, 'GM0420'),
    geo: { origin: [136000, 528000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Medemblik$'],
    s13: {
      styleLink: 'Koppen Medemblik',
      gioField: 'simple',
      cellLists: [[{ text: 'Abbekerk, Opperdoes, Twisk:', sub: ['voorzieningen behouden', 'woningbouw op maat'] }, { text: 'Nibbixwoud, Midwoud-Oostwoud en Zwaagdijk' }]],
    },
  }
})()

// w72 — Gemeente Rucphen: no heading styles at all: each heading a Normal paragraph with its own outline level and
// numbering, "%1." / "%1.%2." / "%1.%2.%3"; the title in a title block; a tracked deletion and insertion; a "1)" list
// continuing after a paragraph and an "i." list; a table with a cell over two columns; footnotes; the GIO table with the
// identifier in the middle column; "BESLUIT:" with Artikel I and II typed.
const w72 = ((): DocS13 => {
  const G = gio('gm0840', '2026-11-19')
  const P = 'Rucphen'
  const gios = [G('Landgoederenzone', 'landgoederenzone', [0, 1], 1.3), G('Bedrijventerrein Zwartenberg', 'zwartenberg', [2, -1], 0.6), G('Zoekgebied zonneveld Sint Willebrord', 'zonneveld-willebrord', [-2, -1], 0.8)]
  return {
    id: 'w72',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Rucphen (de dorpen Rucphen, Sint Willebrord, Schijf, Sprundel en Zegge in West-Brabant; het landschap van bossen, landgoederen en het beekdal van de Turfvaart; de A58 en de Rucphense bossen; wonen voor eigen inwoners en arbeidsmigranten; samenwerking in de regio West-Brabant), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: koppen zonder kopstijl als gewone alinea met eigen overzichtsniveau en nummering, "%1.", "%1.%2.", "%1.%2.%3", titel in een titelblok, bijgehouden verwijdering en invoeging, "1)"-lijst die na een tussenalinea doorloopt, "i."-lijst, tabel met een cel over twee kolommen, voetnoten, GIO-tabel met de identificatie in de middelste kolom, "BESLUIT:" met Artikel I en II getypt',
    bevoegdGezag: 'gm0840',
    naam: 'Gemeente Rucphen',
    style: {
      font: 'Arial',
      size: 10,
      via: 'outline',
      lang: 'nl',
      titleBlock: 'Gemeente Rucphen – oktober 2026',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Rucphen',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Rucphen tot vaststelling van de Omgevingsvisie Rucphen',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Rucphen,'),
        p('gelezen het voorstel van burgemeester en wethouders van 6 oktober 2026, nummer RB-2026-088;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        tk('Artikel I'),
        p('De Omgevingsvisie Rucphen, zoals opgenomen in de bijlage, vast te stellen.'),
        tk('Artikel II'),
        p('De Structuurvisie Rucphen 2025 in te trekken.'),
        p('Aldus besloten in de openbare vergadering van de raad van 19 november 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. E.M. Dekkers'], right: ['De voorzitter,', '', 'F.A. Kerstens'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit RB-2026-088',
    visie: {
      opschrift: 'Omgevingsvisie Rucphen',
      subtitel: 'Vijf dorpen, één gemeente',
      body: [
        h1('Inleiding'),
        h2('Aanleiding'),
        p('Rucphen bestaat uit vijf dorpen met elk een eigen identiteit: Rucphen, Sint Willebrord, Schijf, Sprundel en Zegge.', { fn: 'Peildatum 1 januari 2026.' }),
        h2('Status'),
        p('De omgevingsvisie bindt alleen de gemeente zelf.', { fn: 'Artikel 3.2 van de Omgevingswet.' }),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Rucphen nu, hoofdstuk 3 de ambities, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('Rucphen nu'),
        h2('De dorpen'),
        {
          t: 'table',
          rows: [
            ['Dorp', 'Karakter', 'Opgave'],
            ['Sint Willebrord', 'Grootste kern, levendig centrum', 'Woningbouw en herstructurering'],
            ['Rucphen', 'Hoofdkern met gemeentehuis', 'Versterking van het centrum'],
            [{ text: 'Schijf, Sprundel en Zegge: kleine dorpen in het buitengebied', span: 2 }, 'Leefbaarheid'],
          ],
        },
        h2('Landschap'),
        p(alinea('landschap', 0, P)),
        h1('Ambities'),
        p('We hebben drie ambities:'),
        paren('vitale dorpen;', 'een groen en duurzaam buitengebied;'),
        p('en, als voorwaarde voor beide:'),
        { t: 'list', kind: 'paren', items: ['een goede bereikbaarheid.'], continues: true },
        h2('Wonen'),
        h3('Woningbouw voor eigen inwoners'),
        p(alinea('wonen', 0, P)),
        h3('Huisvesting van arbeidsmigranten'),
        p('Arbeidsmigranten huisvesten we [-bij voorkeur -]op locaties die passen bij de dorpen[+ en in overleg met de buurt+].'),
        h2('Economie'),
        p(alinea('economie', 0, P)),
        h2('Energie'),
        p(alinea('energie', 0, P)),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h1('Gebieden'),
        h2('De dorpskernen'),
        p(alinea('erfgoed', 0, P)),
        h2('De landgoederenzone'),
        p(alinea('natuur', 0, P)),
        h2('Het agrarisch gebied'),
        p(alinea('landschap', 1, P)),
        h1('Uitvoering'),
        h2('Rollen'),
        p('De gemeente neemt per opgave een van deze rollen:'),
        roman('regisseren;', 'stimuleren;', 'faciliteren.'),
        h2('Monitoring'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [gioMiddle(gios, ['Werkingsgebied', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Landgoed') ? '4.2' : n.startsWith('Bedrijven') ? '3.2' : '3.3'))] }],
    gios,
    config: gemeenteConfig({ vaststelling: '2026-11-19', bekendmaking: '2026-12-01' }, 'GM0840'),
    geo: { origin: [96000, 392000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Rucphen$'],
    s13: {},
  }
})()
export const WORD_DOCS_S14F: DocS13[] = [w67, w68, w69, w70, w71, w72]
