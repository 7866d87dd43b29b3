/**
 * The Word corpus documents of session 12 (test/corpus/word/w07 … w12, all holdout), written by
 * scripts/corpus/render-docx-s12.ts. Each follows the structure and part of the wording of a real omgevingsvisie
 * and the besluit adopting it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where
 * the source gave none; the Word constructs differ per document (listed above each).
 */
import { alinea } from './html-docs/tekst.js'
import type { Block, DocS12, Item, Run } from './render-docx-s12.js'

const h1 = (text: string): Block => ({ t: 'h', l: 1, text })
const h2 = (text: string): Block => ({ t: 'h', l: 2, text })
const h3 = (text: string): Block => ({ t: 'h', l: 3, text })
const p = (...runs: Run[]): Block => ({ t: 'p', runs })
const tk = (text: string): Block => ({ t: 'tk', text })
const bullets = (...items: Item[]): Block => ({ t: 'list', kind: 'bullet', items })
const letters = (...items: Item[]): Block => ({ t: 'list', kind: 'letter', items })

const gio = (bg: string, datum: string) => (naam: string, werk: string, at: [number, number], size = 1.5) => ({
  naam,
  identificatie: `/join/id/regdata/${bg}/2026/${werk}/nld@${datum};1`,
  at,
  size,
})

const GEMEENTE = '/tooi/def/thes/kern/c_2a7d8663'
const werk = { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie' }
const GELET = 'artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht'

// w07 — Gemeente Westland: Dutch built-in style ids Kop1–Kop3 (numPr in the styles), levels "%1.", "%1.%2.",
// "%1.%2.%3."; a TOC field with its cached result as inhoudsopgave; Symbol bullets (U+F0B7) nested two levels;
// "a." list; a table with gridSpan and vMerge and a repeated header row; footnote; hyperlink; footer "Pagina {page}";
// besluit "besluit:" with Artikel 1/2 with titles; signatures in a two-column table.
const w07 = ((): DocS12 => {
  const G = gio('gm1783', '2026-04-14')
  const P = 'Westland'
  return {
    id: 'w07',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Westland 2030, met een doorkijk naar 2040 (gemeenteraad Westland, 8 december 2020; gemeentewestland.nl/ruimtelijke-plannen/omgevingsvisie), ingekort; Word-opmaak: Nederlandse stijl-id\'s Kop1–Kop3 met nummering in de stijl ("%1.", "%1.%2.", "%1.%2.%3."), inhoudsopgave als TOC-veld met opgeslagen resultaat, Symbol-opsommingstekens in twee niveaus, "a."-lijst, tabel met samengevoegde cellen (gridSpan, vMerge) en herhaalde kopregel, voetnoot, hyperlink, voettekst "Pagina N", besluit met Artikel 1 en 2 met titel, ondertekening in een tabel van twee kolommen',
    bevoegdGezag: 'gm1783',
    naam: 'Gemeente Westland',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'style',
      lang: 'nl',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Westland tot vaststelling van de Omgevingsvisie Westland 2030',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-05-01',
      blocks: [
        tk('Besluit van de raad van de gemeente Westland tot vaststelling van de Omgevingsvisie Westland 2030'),
        p('De raad van de gemeente Westland;'),
        p('gelezen het voorstel van burgemeester en wethouders van 3 februari 2026, nummer RV-26-0142;'),
        p(`gelet op ${GELET};`),
        p('overwegende dat de ontwerp-Omgevingsvisie van 2 maart 2026 tot en met 13 april 2026 ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Westland 2030, met een doorkijk naar 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        tk('Artikel 2 Inwerkingtreding'),
        p('Dit besluit treedt in werking op 1 mei 2026.'),
        p('Aldus vastgesteld in de openbare vergadering van de raad van 14 april 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. M. van der Hoeven'], right: ['De voorzitter,', '', 'B. Arends'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 14 april 2026, nummer RV-26-0142',
    visie: {
      opschrift: 'Omgevingsvisie Westland 2030',
      subtitel: 'met een doorkijk naar 2040',
      body: [
        { t: 'toc', title: 'Inhoudsopgave' },
        h1('Inleiding'),
        h2('In balans'),
        p('De komende tientallen jaren komen er ingrijpende ontwikkelingen op ons af. Denk aan klimaatverandering, bevolkingsgroei en de energietransitie. Om ervoor te zorgen dat Westland een sterke samenleving en een welvarende gemeente blijft, maken we ruimtelijke plannen die rekening houden met al die ontwikkelingen.'),
        h2('10x focus in de Omgevingsvisie'),
        bullets(
          'Gezonde en aantrekkelijke leefomgeving',
          'Meer groen in de wijken',
          'Heldere keuzes voor beperkte ruimte',
          { text: 'Balans tussen ‘people, planet, profit’', sub: ['people: een sterke samenleving', 'planet: duurzaamheid in alle plannen', 'profit: een innovatieve tuinbouwsector'] },
          'Bouwen binnen bebouwd gebied',
          'Maatregelen tegen hitte- en wateroverlast',
        ),
        h2('Samen met u'),
        p('Een omgevingsvisie maak je als gemeente niet alleen. Daarom hebben we inwoners, ondernemers, het Hoogheemraadschap van Delfland en de Veiligheidsregio Haaglanden gevraagd mee te denken.', { fn: 'Het verslag van de participatie staat op www.gemeentewestland.nl/omgevingsvisie.' }),
        h1('Sterke samenleving'),
        h2('Iedereen doet mee'),
        p('Westland heeft een betrokken bevolking. We zijn saamhorig en kennen een sterk verenigingsleven. Bijvoorbeeld door meer mogelijkheden voor ontmoeting en zorg te creëren in alle dorpen.'),
        h2('Groen = gezond'),
        p(alinea('gezondheid', 0, P)),
        h3('Groen in de wijken'),
        p(alinea('natuur', 0, P)),
        h3('Bewegen en spelen'),
        p(alinea('gezondheid', 1, P)),
        h1('Gezonde woonomgeving'),
        h2('Wonen in de dorpen'),
        p(alinea('wonen', 0, P)),
        letters('bouwen binnen bebouwd gebied gaat voor;', 'nieuwbouw past bij de maat van het dorp;', 'we bouwen voor starters en senioren.'),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        { t: 'table', rows: [['Opgave', 'Kern', 'Periode'], [{ text: 'Woningbouw', merge: 'restart' }, 'Naaldwijk', '2026–2030'], [{ text: '', merge: 'continue' }, 'Wateringen', '2028–2035'], [{ text: 'Groen en water in alle kernen', span: 2 }, 'doorlopend']] },
        h1('Welvarende gemeente'),
        h2('Greenport Westland'),
        p('Het glastuinbouwcluster blijft de basis van Westland. We zetten in op bereikbaarheid en willen internationaal een toonaangevende rol spelen op het gebied van kennis, innovatie, duurzaamheid en gezondheid in onze Greenport.'),
        h3('Herstructurering glas'),
        p(alinea('economie', 0, P)),
        h3('Bodemwarmte'),
        p(alinea('energie', 0, P)),
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        h1('Van visie naar uitvoering'),
        p('De Omgevingsvisie is een beeld voor de toekomst zonder dat het eindbeeld vastligt. Zodra de visie is vastgesteld, maken we programma’s en werken we de keuzes uit in het omgevingsplan. Meer informatie staat op ', { link: 'de website van de gemeente', url: 'https://www.gemeentewestland.nl/omgevingsvisie' }, '.'),
        h2('Omgevingsprogramma'),
        p(alinea('uitvoering', 0, P)),
        h2('Omgevingsplan'),
        p(alinea('uitvoering', 1, P)),
        h1('Proces'),
        p('De ontwerp-Omgevingsvisie lag ter inzage. De zienswijzen die binnen zijn gekomen zijn verwerkt in deze eindversie.'),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [p('De gebieden van deze visie zijn vastgelegd in de volgende informatieobjecten.'), { t: 'gio', header: ['Gebied', 'Identificatie'] }] },
    ],
    gios: [G('Greenport Westland', 'greenport-westland', [0, 0], 2.5), G('Kustzone Westland', 'kustzone', [-4, 2], 1.2), G('Woningbouw Naaldwijk', 'woningbouw-naaldwijk', [2, -1], 0.7)],
    config: {
      werk,
      datums: { vaststelling: '2026-04-14', ondertekening: '2026-04-14', bekendmaking: '2026-04-21', inwerkingtreding: '2026-05-01' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1783',
    },
    geo: { origin: [77000, 444000] },
    meubilair: ['^Pagina \\d+$'],
  }
})()

// w08 — Gemeente Oss: custom heading styles basedOn English built-in Heading1–3 (numbering inherited from the base
// styles), the chapter style in capitals (w:caps) over titles typed in lower case, chapters from 0
// ("Hoofdstuk %1" starting at 0), explicit lvlRestart; tracked changes (also in a heading); a comment; "1)" list and
// a bullet list that continues after a paragraph; besluit "BESLUIT:" with beslispunten I./II.
const w08 = ((): DocS12 => {
  const G = gio('gm0828', '2026-06-25')
  const P = 'Oss'
  return {
    id: 'w08',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Oss en haar bouwstenen (het fundament en de gebiedsvisies Vitaal buitengebied, Stedelijk gebied Oss-Berghem en Stadjes en kernen; gemeente Oss, oss.nl), ingekort; Word-opmaak: eigen kopstijlen op basis van Heading 1–3 (nummering geërfd), hoofdstukstijl in hoofdletters (w:caps), hoofdstukken vanaf 0 ("Hoofdstuk %1"), expliciete lvlRestart, wijzigingen bijhouden (w:ins, w:del, ook in een kop), opmerking, "1)"-lijst, opsomming die na een alinea doorloopt, besluit met beslispunten I. en II.',
    bevoegdGezag: 'gm0828',
    naam: 'Gemeente Oss',
    comments: { c1: 'Tekst afgestemd met het waterschap Aa en Maas.' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'en',
      custom: ['OV Hoofdstuk', 'OV Paragraaf', 'OV Subparagraaf'],
      caps: true,
      lvlRestart: true,
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Oss | gemeente Oss',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Oss tot vaststelling van de Omgevingsvisie Oss',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('Besluit van de raad van de gemeente Oss tot vaststelling van de Omgevingsvisie Oss'),
        p('De raad van de gemeente Oss;'),
        p('gezien het voorstel van burgemeester en wethouders van 12 mei 2026, nummer 26-0388;'),
        p(`gelet op ${GELET};`),
        p('BESLUIT:'),
        p('I. de Omgevingsvisie Oss, bestaande uit het fundament en de gebiedsvisies Vitaal buitengebied, Stedelijk gebied Oss-Berghem en Stadjes en kernen, vast te stellen;'),
        p('II. de Nota van zienswijzen Omgevingsvisie Oss vast te stellen.'),
        p('Aldus besloten in de openbare vergadering van 25 juni 2026.'),
        { t: 'sign', left: ['de griffier,', 'mr. L. Verhoeven'], right: ['de voorzitter,', 'W. Hermans'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 26-0388',
    visie: {
      opschrift: 'Omgevingsvisie Oss',
      body: [
        h1('leeswijzer'),
        p('Deze omgevingsvisie bestaat uit het fundament en drie gebiedsvisies. Hoofdstuk 1 beschrijft het fundament; de hoofdstukken 2 tot en met 4 bevatten de gebiedsvisies.'),
        h2('Opbouw van de visie'),
        p('In de omgevingsvisie geven we voor het hele grondgebied van de gemeente Oss de beleidsdoelen voor de fysieke leefomgeving aan. Het gaat om alles wat je kunt zien, horen en ruiken.'),
        h2('Status'),
        p(alinea('inleiding', 0, P)),
        h1('het fundament'),
        h2('Identiteit en kwaliteiten'),
        p('Oss is een veelzijdige gemeente met een grote diversiteit: een mozaïek aan landschappen, een middelgrote stad en kleine kernen, veel bedrijvigheid en voorzieningen, en rustieke vestingstadjes.'),
        h2('Trends en ontwikkelingen'),
        p(alinea('proces', 0, P)),
        bullets('vergrijzing en kleinere huishoudens;', 'klimaatverandering;'),
        p('Daarnaast spelen twee transities die vooral in het buitengebied landen:'),
        { t: 'list', kind: 'bullet', continues: true, items: ['de energietransitie;', 'de transitie van de landbouw.'] },
        h1('vitaal [-en multifunctioneel -]buitengebied'),
        h2('Landbouw in transitie'),
        p('Om een vitaal en multifunctioneel buitengebied te kunnen behouden en versterken, zullen we een nieuw en duurzamer evenwicht moeten creëren[+, met een passende verbinding tussen stad en ommeland+].'),
        h3('Vrijkomende agrarische bebouwing'),
        p(alinea('landschap', 0, P)),
        h3('Schone lucht'),
        p(alinea('gezondheid', 0, P)),
        h2('Water en Maas'),
        p({ comment: 'c1', text: 'Met het project Meanderende Maas werken we aan waterveiligheid en ruimte voor natuur langs de rivier.' }),
        { t: 'list', kind: 'paren', items: ['dijkversterking;', 'ruimte voor de rivier;', { text: 'nieuwe natuur:', sub: ['uiterwaarden;', 'oude Maasarmen.'] }] },
        h2('De Maashorst'),
        p(alinea('natuur', 1, P)),
        h1('stedelijk gebied [+Oss-Berghem+]'),
        h2('Wonen in de stad'),
        p(alinea('wonen', 0, P)),
        h3('Centrum'),
        p(alinea('erfgoed', 0, P)),
        h3('Nieuwe woonwijken'),
        p(alinea('wonen', 1, P)),
        h2('Werken'),
        p(alinea('economie', 0, P)),
        { t: 'table', rows: [['Gebied', 'Opgave', 'Rol gemeente'], ['Centrum Oss', 'transformatie en verdichting', 'regie'], ['Berghem', 'woningbouw op inbreidingslocaties', 'faciliteren'], [{ text: 'Bedrijventerreinen', span: 2 }, 'samenwerken']] },
        h1('stadjes en kernen'),
        h2('Vestingstadjes'),
        p(alinea('erfgoed', 1, P)),
        h2('Kerkdorpen aan de Maas'),
        p(alinea('landschap', 1, P)),
        h1('uitvoering'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: 'A', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie GIO'] }] },
      { nummer: 'B', opschrift: 'Begrippen', blocks: [{ t: 'table', rows: [['Begrip', 'Omschrijving'], ['fundament', 'beschrijving van de huidige situatie en de opgaven'], ['gebiedsvisie', 'bouwsteen van de omgevingsvisie voor een deel van de gemeente']] }] },
    ],
    gios: [G('Buitengebied Oss', 'buitengebied-oss', [0, 2], 3), G('Stedelijk gebied Oss-Berghem', 'stedelijk-gebied', [1, -1], 1.2), G('Maasoever', 'maasoever', [-2, 5], 0.8), G('De Maashorst', 'de-maashorst', [4, -4], 1.4)],
    config: {
      werk,
      datums: { vaststelling: '2026-06-25', ondertekening: '2026-06-25', bekendmaking: '2026-07-02' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0828',
    },
    geo: { origin: [163000, 420000] },
    meubilair: ['^\\d+$', 'Omgevingsvisie Oss \\| gemeente Oss'],
  }
})()

// w09 — Gemeente Súdwest-Fryslân: headings without a heading style (ListParagraph paragraphs, bold runs) with their
// own outlineLvl and numPr, levels "%1", "%1.%2", "%1.%2.%3"; lists "1)" and "i.", a numbered list that continues after a
// paragraph in between; a chapter in two columns; a bookmark; the besluit's date in a content control (w:sdt);
// footer "{page} | Omgevingsvisie Súdwest-Fryslân"; besluit "besluit:" with Artikel 1–3.
const w09 = ((): DocS12 => {
  const G = gio('gm1900', '2026-03-26')
  const P = 'Súdwest-Fryslân'
  return {
    id: 'w09',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Súdwest-Fryslân (gemeente Súdwest-Fryslân; thema’s van samensudwestfryslan.nl, o.a. Vitaal en aantrekkelijk landschap, gezondheid als rode draad), ingekort; Word-opmaak: koppen zonder kopstijl (alinea’s in de stijl Lijstalinea, vet) met eigen overzichtsniveau (outlineLvl) en nummering op de alinea ("%1", "%1.%2", "%1.%2.%3"), lijsten "1)" en "i.", genummerde lijst die na een tussenalinea doorloopt, hoofdstuk in twee kolommen, bladwijzer, vergaderdatum in een inhoudsbesturingselement (w:sdt), besluit met Artikel 1–3',
    bevoegdGezag: 'gm1900',
    naam: 'Gemeente Súdwest-Fryslân',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'outline',
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: '{page} | Omgevingsvisie Súdwest-Fryslân',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Súdwest-Fryslân tot vaststelling van de Omgevingsvisie Súdwest-Fryslân',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-09',
      blocks: [
        tk('Besluit van de raad van de gemeente Súdwest-Fryslân tot vaststelling van de Omgevingsvisie Súdwest-Fryslân'),
        p('De raad van de gemeente Súdwest-Fryslân;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 10 februari 2026;'),
        p(`gelet op ${GELET};`),
        p('besluit:'),
        tk('Artikel 1'),
        p('De Omgevingsvisie Súdwest-Fryslân, zoals opgenomen in de bijlage, wordt vastgesteld.'),
        tk('Artikel 2'),
        p('Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.'),
        tk('Artikel 3'),
        p('Dit besluit wordt aangehaald als: Omgevingsvisie Súdwest-Fryslân.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van de raad van ', date: '26 maart 2026', iso: '2026-03-26', after: '.' },
        { t: 'sign', left: ['De griffier,', 'J. Hoekstra'], right: ['De voorzitter,', 'T. de Boer'] },
      ],
    },
    bijlageA: 'Bijlage',
    visie: {
      opschrift: 'Omgevingsvisie Súdwest-Fryslân',
      subtitel: 'Samen thuis in 2040',
      body: [
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Súdwest-Fryslân heeft alles wat je maar kunt wensen: prachtige steden, fijne dorpen, agrarische landschappen, veel water en een hechte mienskip. Hoe zorgen we ervoor dat we in 2040 nog steeds een gezonde en fijne gemeente zijn?'),
        h2('Rondje Súdwest'),
        p('We hebben veel gesprekken gevoerd met onze inwoners, onder meer in Koudum, Heeg, Scharnegoutum, Sneek en Bolsward. Met twee doelgroepen zijn we nog verder in gesprek gegaan:'),
        { t: 'list', kind: 'paren', items: ['ondernemers, via een klankbordgroep;', 'agrariërs, in een eigen dialoog.'] },
        h2('Aansluiting bij andere visies'),
        p('We sluiten aan bij de Nationale Omgevingsvisie en de Omgevingsvisie Fryslân. De NOVI richt zich op vier prioriteiten:'),
        { t: 'list', kind: 'roman', items: ['ruimte voor klimaatadaptatie en energietransitie;', 'een duurzaam economisch groeipotentieel;'] },
        p('en daarnaast, voor de regio’s en het landelijk gebied:'),
        { t: 'list', kind: 'roman', continues: true, items: ['sterke en gezonde steden en regio’s;', 'een toekomstbestendige ontwikkeling van het landelijk gebied.'] },
        h1('Gezondheid als rode draad'),
        h2('Een gezonde leefomgeving'),
        p('De manier waarop we de ruimte inrichten heeft grote invloed op onze gezondheid. Een groene omgeving bevordert de gezondheid, maar de omgeving moet ook uitdagen om elkaar te ontmoeten en om te bewegen.'),
        h2('Lucht en geluid'),
        p(alinea('gezondheid', 1, P)),
        h1('Vitaal en aantrekkelijk landschap'),
        h2('Landbouwtransitie'),
        p('Súdwest-Fryslân streeft met haar partners naar een circulaire en natuurinclusieve vorm van landbouw. Dat gebeurt veelal op gebiedsniveau, in samenhang met energie, klimaat, waterbeheer en biodiversiteit.'),
        h3('Experimenteergemeente'),
        p(alinea('landschap', 0, P)),
        h3('Natura 2000 en Natuurnetwerk'),
        p(alinea('natuur', 0, P)),
        h2('Cultureel erfgoed'),
        p(alinea('erfgoed', 0, P)),
        { t: 'cols2', blocks: [h1('Wonen en mienskip'), h2('Steden'), p(alinea('wonen', 0, P)), h2('Dorpen'), p(alinea('wonen', 2, P)), h2('Voorzieningen'), p(alinea('inleiding', 1, P))] },
        h1('Water en klimaat'),
        h2('Waterrecreatie'),
        p(alinea('water', 0, P)),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        h1('Uitvoering'),
        p('De keuzes uit ', { bookmark: 'hoofdstuk_landschap', text: 'hoofdstuk 3' }, ' werken we uit in het omgevingsplan en in programma’s.'),
        h2('Monitoring'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: 'I', opschrift: 'Informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] },
    ],
    gios: [G('Nationaal Landschap Zuidwest-Friesland', 'nationaal-landschap', [0, 0], 4), G('Binnenstad Sneek', 'binnenstad-sneek', [6, 8], 0.6), G('Binnenstad Bolsward', 'binnenstad-bolsward', [-4, 9], 0.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-03-26', ondertekening: '2026-03-26', bekendmaking: '2026-04-08', inwerkingtreding: '2026-04-09' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1900',
    },
    geo: { origin: [170000, 560000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Súdwest-Fryslân$'],
  }
})()

// w10 — Gemeente Purmerend: English built-in Heading1–3 with numbering linked in the styles, "%1." / "%1.%2." /
// "%1.%2.%3."; a heading with a manual line break; a comment; footnotes; a table with a vertical merge over three
// rows and a repeated header; GIO table narrow; header text; footer "Omgevingsvisie Purmerend 1.0 – pagina {page}";
// besluit "BESLUIT:" with Artikel 1/2 with titles.
const w10 = ((): DocS12 => {
  const G = gio('gm0439', '2026-11-19')
  const P = 'Purmerend'
  return {
    id: 'w10',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Purmerend 1.0 (gemeente Purmerend, purmerend.nl/home/omgevingsvisie-purmerend: de Koers, thematisch beleid en gebiedsbeleid; De Purmer met Edam-Volendam en Waterland), ingekort; Word-opmaak: ingebouwde Heading 1–3 met nummering in de stijl ("%1.", "%1.%2.", "%1.%2.%3."), handmatig regeleinde in een kop, opmerking, voetnoten, tabel met verticaal samengevoegde cellen en herhaalde kopregel, smalle GIO-tabel, kop- en voettekst met paginanummer, besluit met "BESLUIT:" en Artikel 1 en 2 met titel',
    bevoegdGezag: 'gm0439',
    naam: 'Gemeente Purmerend',
    comments: { c1: 'Planning nog afstemmen met Edam-Volendam en Waterland.' },
    style: {
      font: 'Segoe UI',
      size: 10,
      via: 'style',
      lang: 'en',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Gemeente Purmerend',
      footer: 'Omgevingsvisie Purmerend 1.0 – pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Purmerend tot vaststelling van de Omgevingsvisie Purmerend 1.0',
      artikelen: ['1', '2'],
      inwerkingtreding: '2027-01-01',
      blocks: [
        tk('Besluit van de raad van de gemeente Purmerend tot vaststelling van de Omgevingsvisie Purmerend 1.0'),
        p('De raad van de gemeente Purmerend,'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 29 september 2026;'),
        p(`gelet op ${GELET};`),
        p('BESLUIT:'),
        tk('Artikel 1 – Vaststelling'),
        p('De Omgevingsvisie Purmerend 1.0, bestaande uit de Koers, het thematisch beleid en het gebiedsbeleid, wordt vastgesteld zoals opgenomen in de bijlage.'),
        tk('Artikel 2 – Inwerkingtreding'),
        p('Dit besluit treedt in werking op 1 januari 2027.'),
        p('Aldus vastgesteld in de openbare raadsvergadering van 19 november 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'S. Bakker'], right: ['De voorzitter,', '', 'M. Dekker'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 19 november 2026',
    visie: {
      opschrift: 'Omgevingsvisie Purmerend 1.0',
      subtitel: 'Gebundelde krachten',
      body: [
        h1('Inleiding'),
        p('Purmerend verandert zichtbaar. Woningen worden gebouwd, parken aangepakt en wegen opnieuw ingericht. Daarnaast spelen thema’s zoals klimaat, energie, zorg, vergrijzing en gezondheid.'),
        h2('Wat is de Omgevingsvisie Purmerend 1.0'),
        p('Een verzameling van al het gemeentelijke beleid op het gebied van de leefomgeving is vastgelegd als Omgevingsvisie Purmerend 1.0.', { fn: 'Zie het Startdocument Omgevingsvisie Purmerend – gebundelde krachten.' }, ' Dit beleid vormt het startpunt voor een Omgevingsvisie Purmerend 2.0.'),
        h2('Drie onderdelen'),
        bullets('De Koers: de stip op de horizon voor de langere termijn.', 'Thematisch beleid: beleid over een onderwerp voor de hele gemeente.', 'Gebiedsbeleid: beleid voor een bepaald gebied.'),
        h2('Leeswijzer'),
        p('Staat een onderwerp niet in het gebiedsbeleid, dan geldt het thematisch beleid over dit onderwerp.'),
        h1('De Koers'),
        h2('Purmerend 2040'),
        p(alinea('inleiding', 2, P)),
        h2('Stad, dorpen en\nagrarisch gebied'),
        p('Het gaat om de hoofdlijnen van de voorgenomen ontwikkeling: hoe we de kwaliteiten van de stad, onze dorpen en het agrarisch gebied willen verbeteren, en wat we juist willen beschermen.'),
        h1('Thematisch beleid'),
        h2('Wonen'),
        p(alinea('wonen', 1, P)),
        h3('Woningbouwprogramma'),
        p(alinea('wonen', 2, P)),
        h3('Wonen en zorg'),
        p(alinea('gezondheid', 0, P)),
        h2('Groen en parken'),
        p(alinea('natuur', 2, P)),
        h2('Parkeren'),
        p(alinea('mobiliteit', 1, P), { fn: 'Nota Parkeernormen Purmerend.' }),
        h2('Energie'),
        p(alinea('energie', 1, P)),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 1, P)),
        h1('Gebiedsbeleid'),
        h2('Werelderfgoed Beemster'),
        p('In werelderfgoed Beemster worden de kernwaarden bewaakt en beschermd.'),
        h2('De Purmer'),
        p({ comment: 'c1', text: 'Samen met Edam-Volendam en Waterland werken we aan een gebiedsvisie voor De Purmer.' }, ' Belangrijke thema’s zijn:'),
        bullets('bedrijvigheid', 'woningbouw', 'het Purmerbos', 'bereikbaarheid', 'het agrarisch hart', 'energie'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Thema', 'Samenwerking'],
            [{ text: 'De Purmer', merge: 'restart' }, 'bedrijvigheid', { text: 'Edam-Volendam, Waterland', merge: 'restart' }],
            [{ text: '', merge: 'continue' }, 'woningbouw', { text: '', merge: 'continue' }],
            [{ text: '', merge: 'continue' }, 'Purmerbos', { text: '', merge: 'continue' }],
            ['Oostflank', 'woningbouw', 'eigen gebiedsvisie'],
          ],
        },
        h2('Oostflank'),
        p(alinea('wonen', 0, P)),
        h1('Uitvoering'),
        p(alinea('uitvoering', 1, P)),
        h2('Naar een Omgevingsvisie 2.0'),
        p('We onderzoeken eerst welke opgaven een plek krijgen in de Omgevingsvisie 2.0, door kansen en tegenstrijdigheden in het beleid te analyseren.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Overzicht geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Werelderfgoed Beemster', 'werelderfgoed-beemster', [0, 4], 3), G('De Purmer', 'de-purmer', [2, -1], 1.8), G('Oostflank Purmerend', 'oostflank', [3, -3], 0.7)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-19', ondertekening: '2026-11-19', bekendmaking: '2026-11-26', inwerkingtreding: '2027-01-01' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0439',
    },
    geo: { origin: [125000, 502000] },
    meubilair: ['^Omgevingsvisie Purmerend 1\\.0 – pagina \\d+$', '^Gemeente Purmerend$'],
  }
})()

// w11 — Gemeente Katwijk: deel 2 of a visie in two documents, chapters 5–9 (level 1 starts at 5); custom styles
// "Hoofdstuk"/"Paragraaf"/"Subparagraaf" basedOn Dutch Kop1–Kop3 (ids Kop1…); level formats "%1", "%1.%2.",
// "%1.%2.%3"; tracked changes in body and in a heading; a manual line break in a heading; the besluit's date in a
// content control; besluit "besluit:" with beslispunten I./II./III.
const w11 = ((): DocS12 => {
  const G = gio('gm0537', '2026-09-24')
  const P = 'Katwijk'
  return {
    id: 'w11',
    set: 'holdout',
    bron: 'Naar de geactualiseerde Omgevingsvisie gemeente Katwijk, ‘Zelfverzekerd in de regio. Sociaal, innovatief en duurzaam’ (gemeente Katwijk; ontwikkelstrategieën Sterke kust, Florerende onderneming, Katwijkse kernen, Gezonde en aantrekkelijke leefomgeving, beoordelingskader), ingekort, als deel 2 van een visie in twee documenten; Word-opmaak: hoofdstukken 5–9 (nummering begint bij 5), eigen stijlen op basis van Kop 1–3, "%1.%2."-paragrafen, wijzigingen bijhouden in tekst en kop, handmatig regeleinde in een kop, vergaderdatum in een inhoudsbesturingselement, beslispunten I.–III.',
    bevoegdGezag: 'gm0537',
    naam: 'Gemeente Katwijk',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'nl',
      custom: ['Hoofdstuk', 'Paragraaf', 'Subparagraaf'],
      levels: [{ text: '%1', format: 'decimal', start: 5 }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: 'Omgevingsvisie Katwijk – deel 2 – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Katwijk tot vaststelling van de geactualiseerde Omgevingsvisie gemeente Katwijk',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: null,
      blocks: [
        tk('Besluit van de raad van de gemeente Katwijk tot vaststelling van de geactualiseerde Omgevingsvisie gemeente Katwijk'),
        p('De raad van de gemeente Katwijk;'),
        p('gelezen het voorstel van burgemeester en wethouders van 30 juni 2026;'),
        p(`gelet op ${GELET};`),
        p('besluit:'),
        p('I. de geactualiseerde Omgevingsvisie gemeente Katwijk, deel 1 (Visie) en deel 2 (Ontwikkelstrategieën), vast te stellen;'),
        p('II. de Nota van zienswijzen vast te stellen;'),
        p('III. de omgevingsvisie jaarlijks op actualiteit te toetsen.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van ', date: '24 september 2026', iso: '2026-09-24', after: '.' },
        { t: 'sign', left: ['De griffier,', 'drs. K. Haasnoot'], right: ['De voorzitter,', 'C. van der Plas'] },
      ],
    },
    bijlageA: 'Bijlage 2 bij het raadsbesluit: Omgevingsvisie gemeente Katwijk, deel 2',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Katwijk – deel 2',
      subtitel: 'Ontwikkelstrategieën en beoordelingskader',
      body: [
        p('Dit is deel 2 van de omgevingsvisie. Deel 1 bevat de hoofdstukken 1 tot en met 4: de droom van Katwijk, de opgaven en de acht hoofddoelstellingen.'),
        h1('Sterke kust'),
        h2('Kust en boulevard'),
        p(alinea('landschap', 0, P)),
        h2('Badplaats Katwijk aan Zee'),
        p(alinea('economie', 1, P)),
        h3('Toerisme en recreatie'),
        p(alinea('economie', 2, P)),
        h3('Kustveiligheid'),
        p(alinea('water', 0, P)),
        h2('Duinen en strand'),
        p(alinea('natuur', 1, P)),
        h1('Florerende onderneming'),
        h2('Sierteelt en greenport'),
        p('Katwijk biedt ruimte aan trends en ontwikkelingen in de van oudsher aanwezige bedrijvigheid, zoals de sierteelt[-, en aan nieuwe initiatieven-][+. Ook nieuwe initiatieven krijgen de ruimte+].'),
        h2('Space Business Park'),
        p(alinea('economie', 0, P)),
        h1('Katwijkse kernen'),
        h2('Katwijk aan Zee,\nRijnsburg en Valkenburg'),
        p('Sociaal, omdat de sterke gemeenschappen in Katwijk de basis vormen voor het woon- en leefklimaat.'),
        h2('Valkenburg'),
        p('Valkenburg is de grootste ontwikkellocatie van Zuid-Holland.'),
        h3('Woningbouw'),
        p(alinea('wonen', 0, P)),
        h3('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        h1('Gezonde en [-groene -][+aantrekkelijke +]leefomgeving'),
        h2('Groen'),
        p(alinea('natuur', 0, P)),
        h2('Energie en klimaat'),
        p(alinea('energie', 0, P)),
        { t: 'list', kind: 'letter', items: ['energie uit de zee en de bodem;', 'klimaatadaptief inrichten;', 'circulair bouwen.'] },
        h1('Beoordelingskader'),
        p('Met het beoordelingskader toetsen we of nieuw beleid en initiatieven voldoen aan de omgevingsvisie.'),
        {
          t: 'table',
          rows: [
            ['Hoofddoelstelling', 'Vraag', 'Weging'],
            ['1 Sterke kust', 'Versterkt het initiatief de kust?', { text: 'zwaarwegend', merge: 'restart' }],
            ['2 Florerende onderneming', 'Draagt het bij aan werkgelegenheid?', { text: '', merge: 'continue' }],
            [{ text: '3–8 Overige doelstellingen', span: 2 }, 'per geval'],
          ],
        },
        h2('Toepassing'),
        p(alinea('uitvoering', 0, P)),
        h2('Jaarlijkse toets op actualiteit'),
        p('Ieder jaar toetsen we de omgevingsvisie op actualiteit. Hieruit kunnen aanpassingen volgen.'),
        h3('Monitoring'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Gebieden', blocks: [p('De ontwikkelstrategieën gelden voor de volgende gebieden.'), { t: 'gio', header: ['Gebied', 'GIO'] }] }],
    gios: [G('Kustzone Katwijk', 'kustzone-katwijk', [-2, 1], 1.2), G('Valkenburg', 'valkenburg', [2, -1], 1), G('Rijnsburg', 'rijnsburg', [1, 2], 0.8)],
    config: {
      werk,
      datums: { vaststelling: '2026-09-24', ondertekening: '2026-09-24', bekendmaking: '2026-10-01' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0537',
    },
    geo: { origin: [89000, 467000] },
    meubilair: ['^Omgevingsvisie Katwijk – deel 2 – \\d+$'],
  }
})()

// w12 — Gemeente Bergen op Zoom: Dutch built-in Kop1–Kop3 with the numbering on each heading paragraph (not in the
// style) and Kop1 in capitals; "%1.", "%1.%2.", "%1.%2.%3."; TOC field; a chapter in two columns; footnote,
// hyperlink, bookmark, comment, tracked changes; nested "a." list; table with gridSpan; besluit "BESLUIT:" with
// Artikel 1/2.
const w12 = ((): DocS12 => {
  const G = gio('gm0748', '2026-10-11')
  const P = 'Bergen op Zoom'
  return {
    id: 'w12',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Bergen op Zoom 2035 (gemeente Bergen op Zoom, bergenopzoom.nl/omgevingsvisie-bergen-op-zoom-2035; kernwaarden, sleutelgebieden, ruimtelijke kaders) en de Visie buitengebied, ingekort; Word-opmaak: Nederlandse Kop 1–3 met nummering per kopalinea, Kop 1 in hoofdletters (w:caps), inhoudsopgave als TOC-veld, hoofdstuk in twee kolommen, voetnoot, hyperlink, bladwijzer, opmerking, wijzigingen bijhouden, geneste "a."-lijst, tabel met gridSpan, besluit met "BESLUIT:" en Artikel 1 en 2',
    bevoegdGezag: 'gm0748',
    naam: 'Gemeente Bergen op Zoom',
    comments: { c1: 'Amendement PvdA/GroenLinks ingetrokken; tekst ongewijzigd.' },
    style: {
      font: 'Georgia',
      size: 10,
      via: 'style',
      numberingOnParagraph: true,
      lang: 'nl',
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Gemeente Bergen op Zoom – Omgevingsvisie 2035',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Bergen op Zoom tot vaststelling van de Omgevingsvisie Bergen op Zoom 2035',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-11-01',
      blocks: [
        tk('Besluit van de raad van de gemeente Bergen op Zoom tot vaststelling van de Omgevingsvisie Bergen op Zoom 2035'),
        p('De raad van de gemeente Bergen op Zoom;'),
        p('gelezen het voorstel van burgemeester en wethouders van 1 september 2026;'),
        p(`gelet op ${GELET};`),
        p('BESLUIT:'),
        tk('Artikel 1'),
        p('De Omgevingsvisie Bergen op Zoom 2035, zoals opgenomen in de bijlage bij dit besluit, vast te stellen.'),
        tk('Artikel 2'),
        p('Dit besluit treedt in werking op 1 november 2026.'),
        p('Aldus vastgesteld in de openbare vergadering van de raad van 11 oktober 2026.'),
        { t: 'sign', left: ['De griffier,', 'R. Verbeek'], right: ['De voorzitter,', 'F. Janssen'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit van 11 oktober 2026',
    visie: {
      opschrift: 'Omgevingsvisie Bergen op Zoom 2035',
      subtitel: 'Kader en kompas voor een betekenisvolle plek',
      body: [
        { t: 'toc', title: 'Inhoud' },
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('De samenleving verandert. Er zijn demografische, technologische en ecologische ontwikkelingen. De veranderingen gaan snel en de maatschappelijke uitdagingen zijn ingewikkelder en groter dan ooit.'),
        h2('Samen Bergen verzetten'),
        p('In de Omgevingsvisie legt Bergen op Zoom sámen met de gemeenschap haar ambities voor de fysieke leefomgeving voor de lange termijn vast.', { fn: 'Bestuursakkoord Samen Bergen Verzetten.' }),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de kernwaarden, hoofdstuk 3 de ', { bookmark: 'sleutelgebieden', text: 'sleutelgebieden' }, ' en hoofdstuk 4 de ruimtelijke kaders.'),
        h1('Kernwaarden'),
        h2('Historie en cultuur'),
        p('Bergen op Zoom is een plek met een rijke historie en cultuur, goede infrastructuur, omringd door natuur, het spoor en het water.'),
        h2('Op de grens van klei en zand'),
        p('Aan de Zeeuwse Delta op de grens van klei en zand en in de luwte van de steden Antwerpen en Rotterdam.'),
        h2('Gezond en veilig'),
        p(alinea('gezondheid', 0, P)),
        letters('schone lucht;', { text: 'voldoende groen:', sub: ['in de binnenstad;', 'in de wijken.'] }, 'veilige routes.'),
        h1('Sleutelgebieden'),
        h2('Binnenstad'),
        p(alinea('erfgoed', 0, P)),
        h3('Markiezenhof'),
        p(alinea('erfgoed', 1, P)),
        h3('Zoomweg en stationsomgeving'),
        p(alinea('mobiliteit', 0, P)),
        h2('Bedrijventerreinen'),
        p(alinea('economie', 0, P)),
        { t: 'table', rows: [['Sleutelgebied', 'Ontwikkelrichting', 'Termijn'], ['Binnenstad', 'verdichten en vergroenen', '2030'], ['Theodorushaven', 'herstructureren', '2035'], [{ text: 'Buitengebied: zie de Visie buitengebied', span: 3 }]] },
        { t: 'cols2', blocks: [h1('Buitengebied'), h2('Landbouw'), p(alinea('landschap', 0, P)), h2('Natuur en recreatie'), p({ comment: 'c1', text: 'De natuurwaarden wegen we mee bij iedere gebiedsontwikkeling.' }), h2('Vrijkomende agrarische bebouwing'), p(alinea('landschap', 1, P))] },
        h1('Ruimtelijke kaders'),
        h2('Ontwikkelrichtlijnen'),
        p('De visie bevat ontwikkelrichtlijnen voor de omgeving[+ en brengt een omgevingsdialoog op gang+].'),
        h2('Omgevingsdialoog'),
        p(alinea('proces', 0, P)),
        h1('Uitvoering'),
        p('Meer over de visie staat op ', { link: 'bozontwikkelt.nl', url: 'https://bozontwikkelt.nl/' }, '.'),
        h2('Monitoring en actualisatie'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] },
      { nummer: '2', opschrift: 'Begrippenlijst', blocks: [{ t: 'table', rows: [['Begrip', 'Betekenis'], ['sleutelgebied', 'gebied waar de grootste veranderingen worden verwacht'], ['kernwaarde', 'kwaliteit die bij ontwikkelingen richtinggevend is']] }] },
    ],
    gios: [G('Binnenstad Bergen op Zoom', 'binnenstad-boz', [0, 0], 0.7), G('Theodorushaven', 'theodorushaven', [-2, 1], 0.6), G('Buitengebied Bergen op Zoom', 'buitengebied-boz', [3, -3], 3), G('Brabantse Wal', 'brabantse-wal', [4, 2], 1.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-11', ondertekening: '2026-10-11', bekendmaking: '2026-10-19', inwerkingtreding: '2026-11-01' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0748',
    },
    geo: { origin: [81000, 386000] },
    meubilair: ['^Pagina \\d+$', '^Gemeente Bergen op Zoom – Omgevingsvisie 2035$'],
  }
})()

export const WORD_DOCS_S12: readonly DocS12[] = [w07, w08, w09, w10, w11, w12]
