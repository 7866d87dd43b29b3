/**
 * The Word corpus documents w31 … w36 (session 13, third and final round, all holdout), written by
 * scripts/corpus/render-docx-s13.ts. Each follows the structure and part of the wording of a real omgevingsvisie and
 * the raadsbesluit adopting it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where the
 * source gave none. Unlike w19–w30, none of them stresses one construct: each mixes, as a publication officer's own
 * document would, automatic and typed numbering, own styles, lists from numbering definitions, tables with merged
 * cells, footnotes, fields, tracked changes, content controls, two-column sections and a GIO table in one of several
 * forms. Markers (⸨…⸩) are explained in render-docx-s13.ts; no new marker is used, so w19–w30 stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block, Cell } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, werk, typed, nonum } from './word-parts-s12.js'

/** A GIO table whose first column names the chapter, the identifier in the last, narrow column (not counted in tabellen). */
const gioLast = (gios: { naam: string; identificatie: string }[], head: [string, string, string], first: (naam: string) => string): Block => ({
  t: 'table',
  widths: [1600, 2600, 3400],
  rows: [[`⸨gio3⸩${head[0]}`, head[1], head[2]], ...gios.map((g): Cell[] => [first(g.naam), g.naam, g.identificatie])],
})

// w31 — Gemeente Heemstede: the gemeente's Dutch template (Kop 1–3) with the numbering "%1", "%1.%2", "%1.%2.%3" on
// each heading paragraph (as the publication's "1 Inleiding", "1.1 Algemeen", "1.1.1 Voorwoord"); the inhoudsopgave in
// Word's contents control; a table with a cell spanning two columns and one merged downwards; a footnote and a
// hyperlink; a nested bullet list and an "a." list; the GIO table with the identifier in runs inside a hyperlink;
// besluit with "Artikel I" and "Artikel II" typed, the date in a content control.
const w31 = ((): DocS13 => {
  const G = gio('gm0397', '2026-11-06')
  const P = 'Heemstede'
  return {
    id: 'w31',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Heemstede 2040 (gemeenteblad 2025, 534033: door de gemeenteraad vastgesteld op 6 november 2025, "Artikel I \\"Omgevingsvisie Heemstede 2040\\" opgenomen in Bijlage A wordt vastgesteld", hoofdstuk 1 Inleiding, 1.1 Algemeen, 1.1.1 Voorwoord; motto "Duurzaam ontwikkelen, kwaliteit behouden"; de basis Heemstede van A tot Z van 20 juni 2019), ingekort; Word-opmaak: sjabloon met Nederlandse Kop 1–3, nummering "%1", "%1.%2", "%1.%2.%3" op iedere kopalinea, inhoudsopgave in een inhoudsopgave-besturingselement, tabel met horizontaal en verticaal samengevoegde cellen, voetnoot, hyperlink, geneste opsomming, "a."-lijst, GIO-tabel met de identificatie in losse runs binnen een hyperlink, besluit met Artikel I en II getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0397',
    naam: 'Gemeente Heemstede',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      numberingOnParagraph: true,
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Heemstede 2040',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Heemstede tot vaststelling van de Omgevingsvisie Heemstede 2040',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-11-20',
      blocks: [
        p('De gemeenteraad van Heemstede;'),
        p('gelezen het voorstel van burgemeester en wethouders van 22 september 2026, nummer 1067240;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('besluit:'),
        tk('Artikel I'),
        p('"Omgevingsvisie Heemstede 2040", opgenomen in Bijlage A, wordt vastgesteld.'),
        tk('Artikel II'),
        p('Dit besluit treedt in werking met ingang van 20 november 2026.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van ', date: '6 november 2026', iso: '2026-11-06', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'K. Millenaar'], right: ['De voorzitter,', '', 'F. Binnendijk'] },
      ],
    },
    bijlageA: 'Bijlage A Bijlage bij artikel I',
    visie: {
      opschrift: 'Omgevingsvisie Heemstede 2040',
      subtitel: 'Duurzaam ontwikkelen, kwaliteit behouden',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', sdt: true },
        h1('Inleiding'),
        h2('Algemeen'),
        h3('Voorwoord'),
        p('Heemstede is een gemoedelijk, harmonieus en levendig dorp waar het goed wonen, werken en verblijven is en dat willen we graag ook voor de volgende generaties zo houden. Dat gaat alleen niet vanzelf. Er komen veel opgaven op ons af, zoals die voor woningbouw, energietransitie en klimaatadaptatie.'),
        h3('Wat is een omgevingsvisie'),
        p('De Omgevingsvisie gaat over de ruimte om ons heen: de gebouwen waarin we wonen, werken, winkelen of naar school gaan, de wegen waarover we rijden, de velden waarop we sporten en het landschap waar we doorheen lopen.', { fn: 'Artikel 3.1 en 3.2 van de Omgevingswet.' }),
        h3('Totstandkoming'),
        p('Op 20 juni 2019 stelde de gemeenteraad de basis voor de Omgevingsvisie vast: ', { link: 'Heemstede van A tot Z', url: 'https://www.heemstede.nl/bestuur-en-organisatie/omgevingsvisie' }, '. Daarna volgden een visie op hoofdlijnen en het ontwerp.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Heemstede nu, hoofdstuk 3 de kernwaarden en opgaven, hoofdstuk 4 de ontwikkelrichting per gebied en hoofdstuk 5 de uitvoering.'),
        h1('Heemstede nu'),
        h2('Ligging en karakter'),
        p('Heemstede ligt tussen Haarlem en de binnenduinrand. Ongeveer de helft van de ruimte is groen, er zijn veel monumenten en historische buitenplaatsen.'),
        h2('Bevolking en woningvoorraad'),
        p(alinea('wonen', 0, P)),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Karakter', 'Opgave'],
            ['Binnenweg en Raadhuisstraat', 'Winkelhart met stadse allure', { text: 'Levendig centrum, verblijfskwaliteit', merge: 'restart' }],
            ['Station en Javalaan', 'Knooppunt', { text: '', merge: 'continue' }],
            [{ text: 'Buitenplaatsen Groenendaal, Meermond en Huis te Manpad: hoogste bescherming', span: 2 }, 'Behoud en beleefbaarheid'],
          ],
        },
        h1('Kernwaarden en opgaven'),
        h2('Kernwaarden'),
        p('De keuzes in deze visie gaan uit van drie kernwaarden:'),
        letters('een groen dorp met een gemoedelijke sfeer;', 'een rijke cultuurhistorie van landgoederen en lanen;', 'goede voorzieningen dicht bij huis.'),
        h2('Opgaven'),
        h3('Wonen'),
        p(alinea('wonen', 1, P)),
        h3('Energietransitie'),
        p(alinea('energie', 0, P)),
        bullets('zon op daken;', { text: 'warmte:', sub: ['aardgasvrije wijken vanaf 2030;', 'warmtenet in de Indische buurt.'] }, 'besparing in bestaande woningen.'),
        h3('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        h1('Ontwikkelrichting'),
        h2('Centrum'),
        p(alinea('economie', 1, P)),
        h2('Woonwijken'),
        p(alinea('wonen', 2, P)),
        h2('Landgoederenzone'),
        p(alinea('erfgoed', 0, P)),
        h1('Uitvoering'),
        h2('Omgevingsplan en programma\'s'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('We volgen de ontwikkelingen en actualiseren de visie elke vier jaar.'),
      ],
    },
    bijlagen: [{ nummer: 'B', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Landgoederenzone', 'landgoederenzone', [-2, 1], 1.2), G('Centrumgebied Binnenweg', 'centrumgebied', [1, 0], 0.5), G('Zoekgebied warmtenet', 'zoekgebied-warmtenet', [2, -2], 0.8)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-06', ondertekening: '2026-11-06', bekendmaking: '2026-11-13', inwerkingtreding: '2026-11-20' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0397',
    },
    geo: { origin: [102000, 486000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Heemstede 2040$'],
    s13: {},
  }
})()

// w32 — Gemeente Ridderkerk: own English-template styles "RK Hoofdstuk" … basedOn Heading 1–3 with "Hoofdstuk %1"
// chapters and "%1.%2." / "%1.%2.%3." sections restarted per chapter (w:lvlRestart); the three kernwaarden in a
// two-column section; a tracked insertion and deletion in a paragraph and in a heading; a comment; a "1)" list that
// continues after a paragraph in between; a table with a header row repeated and a cell spanning two columns; besluit
// with "Artikel %1" numbered by Word and titles, "Besluit;".
const w32 = ((): DocS13 => {
  const G = gio('gm0597', '2026-10-01')
  const P = 'Ridderkerk'
  return {
    id: 'w32',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Ridderkerk (ontwerp gemeenteblad 2025, 177698: collegebesluit van 15 april 2025 met Artikel I–IV, "Bijlage A Bijlage bij artikel I", 1 Voorwoord "Goed voorbereid op de toekomst"; de eerste omgevingsvisie van 14 september 2017 met de kernwaarden "Sterke wijken – Goed verbonden", "Groenblauwe oase" en "Kloppend hart"; kernen Bolnes, Slikkerveer, Oostendam, Rijsoord, Donkersloot), als raadsbesluit, ingekort; Word-opmaak: eigen stijlen gebaseerd op Engelse Heading 1–3 met "Hoofdstuk %1" en "%1.%2." met herstart per hoofdstuk (w:lvlRestart), kernwaarden in twee kolommen, bijgehouden wijzigingen in een alinea en een kop, opmerking, "1)"-lijst die na een tussenalinea doorloopt, tabel met herhaalde kopregel en een cel over twee kolommen, artikelen als "Artikel %1"-nummering met titel',
    bevoegdGezag: 'gm0597',
    naam: 'Gemeente Ridderkerk',
    comments: { c1: 'Datum vaststelling NRD nog navragen.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['RK Hoofdstuk', 'RK Paragraaf', 'RK Subparagraaf'],
      lvlRestart: true,
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Ridderkerk',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Ridderkerk tot vaststelling van de Omgevingsvisie Ridderkerk',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Ridderkerk;'),
        p('gelezen het voorstel van burgemeester en wethouders van 18 augustus 2026;'),
        p('overwegende dat:'),
        bullets('uit de artikelen 3.1 en 3.2 Omgevingswet volgt dat de gemeente een omgevingsvisie vaststelt;', 'voor de omgevingsvisie een omgevingseffectrapport is opgesteld (artikel 16.36, eerste lid, Omgevingswet);', 'het ontwerp zes weken ter inzage heeft gelegen en de zienswijzen in de Nota van beantwoording zijn betrokken;'),
        p('Besluit;'),
        art('Vaststelling omgevingsvisie'),
        p('De "Omgevingsvisie Ridderkerk" (Bijlage A) vast te stellen.'),
        art('Omgevingseffectrapport'),
        p('Het "Omgevingseffectrapport Omgevingsvisie Ridderkerk" vast te stellen.'),
        art('Intrekking'),
        p('De Omgevingsvisie Ridderkerk 2035 van 14 september 2017 in te trekken.'),
        p('Aldus vastgesteld in de openbare vergadering van 1 oktober 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mw. H.M. van Houwelingen'], right: ['de voorzitter,', '', 'dhr. C.A. Oosterwijk'] },
      ],
    },
    bijlageA: 'Bijlage A Bijlage bij artikel 1',
    visie: {
      opschrift: 'Omgevingsvisie Ridderkerk',
      body: [
        h1('Voorwoord'),
        h2('Goed voorbereid op de toekomst'),
        p('In 2017 stelden we onze eerste omgevingsvisie op. De omgevingsvisie is in de achterliggende jaren waardevol gebleken. Zij heeft ons en onze partners, inwoners en ondernemers geholpen gedegen en weloverwogen besluiten te nemen.'),
        h2('Waarom een nieuwe visie'),
        p('Sinds 2017 is nieuw beleid vastgesteld en zijn er ', '[+nieuwe +]', 'trends en ontwikkelingen. Ook kijken we naar de ', { comment: 'c1', text: '\'witte vlekken\'' }, ' in de visie.'),
        h1('Ridderkerk in 2040'),
        h2('Onze kernwaarden'),
        {
          t: 'cols2',
          blocks: [
            h3('Sterke wijken – goed verbonden'),
            p('Ridderkerk heeft veel wijken met elk een eigen karakter: Bolnes, Slikkerveer, Rijsoord, Oostendam en het centrum.'),
            h3('Groenblauwe oase'),
            p('De dijklinten, de Waal, de Noord, de Crezeepolder en de Donckse Velden zijn de natuurlijke parels van Ridderkerk.'),
            h3('Kloppend hart'),
            p(alinea('economie', 0, P)),
          ],
        },
        h2('Trends en ontwikkelingen'),
        p(alinea('inleiding', 1, P)),
        h1('Wonen en leefbaarheid'),
        h2('Woningbouw'),
        p('De beschikbare ruimte wordt steeds kleiner terwijl de behoefte aan woningen toeneemt. Bij nieuwe woningbouw letten we op:'),
        paren('de hoogte, die past bij de omgeving;', 'de doelgroep: starters, senioren en gezinnen;'),
        p('Voor locaties langs de rivier geldt daarnaast:'),
        { t: 'list', kind: 'paren', items: ['ruimte voor de dijkversterking;', 'een doorgaande route langs het water.'], continues: true },
        h2('[-Hoogbouwvisie-][+Hoogbouw+]'),
        p(alinea('wonen', 3, P)),
        h2('Voorzieningen in de wijk'),
        p(alinea('gezondheid', 2, P)),
        h1('Groen en water'),
        h2('Groenvisie'),
        p('Onze ambitie is om de groenste gemeente van het eiland IJsselmonde te worden.'),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 1, P)),
        h3('Wateroverlast en hitte'),
        p(alinea('water', 0, P)),
        h2('Agrarische gronden'),
        p(alinea('landschap', 0, P)),
        h1('Werken en bereikbaarheid'),
        h2('Donkersloot en de rivieroevers'),
        p(alinea('economie', 2, P)),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 1, P)),
        {
          t: 'table',
          rows: [
            ['Verbinding', 'Nu', 'Ambitie 2040'],
            ['A15 / A16 / A38', 'Dagelijks congestie', 'Betere doorstroming'],
            ['Waterbus', 'Lijn 20 en 21', 'Hogere frequentie'],
            [{ text: 'Fietsroutes naar Rotterdam en Barendrecht', span: 2 }, 'Snelfietsroute'],
          ],
        },
        h1('Uitvoering'),
        h2('Uitvoeringsprogramma'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [{ nummer: 'B', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Donckse Velden', 'donckse-velden', [3, -2], 1), G('Rivieroevers', 'rivieroevers', [-2, 2], 1.5), G('Bedrijventerrein Donkersloot', 'donkersloot', [0, -1], 0.6)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-01', ondertekening: '2026-10-01', bekendmaking: '2026-10-08' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0597',
    },
    geo: { origin: [98000, 434000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Ridderkerk$'],
    s13: {},
  }
})()

// w33 — Gemeente Hellendoorn: headings as Normal paragraphs with their own outline level and numbering ("%1.",
// "%1.%2.", "%1.%2.%3.") and bold runs; one unnumbered heading (numbering suppressed) for the voorwoord; a quote in a
// text box; an "i." list and nested bullets; a table with a vertical merge; an endnote; the GIO table with the
// chapter in the first column and the identifier in the last; "BESLUIT:" with beslispunten I. and II. typed.
const w33 = ((): DocS13 => {
  const G = gio('gm0163', '2026-06-25')
  const P = 'Hellendoorn'
  const gios = [G('Sallandse Heuvelrug', 'sallandse-heuvelrug', [-3, -2], 2.5), G('Reggedal', 'reggedal', [1, 2], 1.5), G('Centrum Nijverdal', 'centrum-nijverdal', [0, 0], 0.6)]
  return {
    id: 'w33',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Hellendoorn (gemeente Hellendoorn in Twente, met de kernen Nijverdal, Hellendoorn, Daarle, Daarlerveen en Haarle, de Sallandse Heuvelrug en het dal van de Regge), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: koppen als Standaard-alinea met eigen overzichtsniveau en nummering "%1.", "%1.%2.", "%1.%2.%3." en vette runs, één kop zonder nummer (nummering onderdrukt), citaat in een tekstvak, "i."-lijst, geneste opsomming, tabel met verticaal samengevoegde cel, eindnoot, GIO-tabel met het hoofdstuk in de eerste en de identificatie in de laatste kolom, "BESLUIT:" met beslispunten I. en II. getypt',
    bevoegdGezag: 'gm0163',
    naam: 'Gemeente Hellendoorn',
    style: {
      font: 'Segoe UI',
      size: 10,
      via: 'outline',
      lang: 'nl',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Omgevingsvisie Hellendoorn | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Hellendoorn tot vaststelling van de Omgevingsvisie Hellendoorn',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('De raad der gemeente Hellendoorn;'),
        p('gelezen het voorstel van burgemeester en wethouders van 19 mei 2026, nr. 26INT01544;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('BESLUIT:'),
        p('I. de Omgevingsvisie Hellendoorn "Ruimte voor Hellendoorn" met de bijbehorende kaarten vast te stellen;'),
        p('II. de reactienota zienswijzen vast te stellen en de indieners daarvan in kennis te stellen.'),
        p('Aldus besloten in de openbare raadsvergadering van 25 juni 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. J.A. Veldhuis'], right: ['De voorzitter,', '', 'A.H. Gerritsen'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 25 juni 2026',
    visie: {
      opschrift: 'Omgevingsvisie Hellendoorn',
      subtitel: 'Ruimte voor Hellendoorn',
      body: [
        nonum(1, 'Voorwoord'),
        p('Hellendoorn is een gemeente met vijf kernen in een groen landschap. Met deze visie leggen we vast hoe we dat willen houden en waar we ruimte maken voor wonen, werken en recreëren.⸨en:1⸩'),
        h1('Inleiding'),
        h2('Aanleiding'),
        p(alinea('inleiding', 0, P)),
        h2('Status van de visie'),
        p('De omgevingsvisie bindt alleen de gemeente zelf. Zij is de basis voor het omgevingsplan en voor programma\'s.'),
        h2('Proces'),
        p(alinea('proces', 0, P)),
        h1('Hellendoorn in beeld'),
        h2('Vijf kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Ontwikkeling'],
            ['Nijverdal', 'Grootste kern, centrumfunctie', 'Inbreiding en centrum'],
            ['Hellendoorn', 'Dorp met toeristische functie', { text: 'Kleinschalig wonen naar behoefte', merge: 'restart' }],
            ['Daarle en Daarlerveen', 'Kerkdorpen', { text: '', merge: 'continue' }],
            ['Haarle', 'Esdorp', { text: '', merge: 'continue' }],
          ],
        },
        h2('Landschap'),
        p(alinea('landschap', 1, P)),
        { t: 'quote', text: '„De Sallandse Heuvelrug en de Regge maken Hellendoorn tot wat het is.”', who: 'deelnemer dorpsavond Haarle' },
        h1('Ambities'),
        h2('Wonen'),
        h3('Woningbouw in de kernen'),
        p(alinea('wonen', 0, P)),
        h3('Wonen in het buitengebied'),
        p(alinea('wonen', 2, P)),
        h2('Werken'),
        p(alinea('economie', 0, P)),
        roman('bedrijventerrein Bedrijvenpark Nijverdal voor lokale bedrijven;', 'ruimte voor vrijetijdseconomie rond Hellendoorn;', 'verbreding van agrarische bedrijven.'),
        h2('Recreatie en toerisme'),
        p(alinea('erfgoed', 1, P)),
        h2('Energie'),
        p(alinea('energie', 1, P)),
        bullets('zon op daken eerst;', { text: 'zon in het landschap:', sub: ['alleen met landschappelijke inpassing;', 'niet op de Sallandse Heuvelrug.'] }),
        h1('Leefomgeving'),
        h2('Natuur en water'),
        h3('Reggedal'),
        p(alinea('water', 2, P)),
        h3('Sallandse Heuvelrug'),
        p(alinea('natuur', 1, P)),
        h2('Gezondheid'),
        p(alinea('gezondheid', 0, P)),
        h1('Uitvoering'),
        h2('Instrumenten'),
        p(alinea('uitvoering', 2, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioLast(gios, ['Hoofdstuk', 'Naam', 'Identificatie'], (n) => (n.startsWith('Centrum') ? '3' : '4'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-06-25', ondertekening: '2026-06-25', bekendmaking: '2026-07-02' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0163',
    },
    geo: { origin: [236000, 490000] },
    meubilair: ['^Omgevingsvisie Hellendoorn \\| \\d+$'],
    s13: { endnotes: ['De visie vervangt de Structuurvisie Hellendoorn en de Landschapsvisie.'] },
  }
})()

// w34 — Gemeente Valkenswaard: English Heading 1–3 with the numbering on each heading paragraph, chapters from 0
// ("%1." with start 0: "0. Samenvatting"), sections "%1.%2" restarted per chapter by Word's "restart at 1" (a w:num with
// lvlOverride/startOverride), Heading 1 in capitals over titles typed in lower case, a manual line break in a heading;
// the contents as hyperlinks with PAGEREF fields; an "a." list, a table with a header row repeated; a footnote; a GIO
// table in the plain two-column form; besluit with beslispunten in a "1)" list.
const w34 = ((): DocS13 => {
  const G = gio('gm0858', '2026-07-02')
  const P = 'Valkenswaard'
  return {
    id: 'w34',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie 1.0 Valkenswaard (valkenswaard.nl: ontwerp ter inzage 8 februari t/m 20 maart 2024, vaststelling door de gemeenteraad juni 2024; "Hoe blijft Valkenswaard ook in 2040 een fijne en leefbare plek om te wonen, werken en ontspannen?", de kernen Borkel en Schaft, Dommelen en Valkenswaard; "Met als doel een mooier, gezonder en veiliger Valkenswaard"; het Koersdocument Omgevingsvisie van december 2020), ingekort; Word-opmaak: Engelse Heading 1–3 met nummering op iedere kopalinea, hoofdstukken vanaf 0, paragrafen met Word\'s "opnieuw beginnen bij 1" (lvlOverride/startOverride), Heading 1 in hoofdletters over titels in kleine letters, harde regeleinde in een kop, inhoudsopgave met hyperlinks en PAGEREF-velden, "a."-lijst, tabel met herhaalde kopregel, voetnoot, GIO-tabel, beslispunten als "1)"-lijst',
    bevoegdGezag: 'gm0858',
    naam: 'Gemeente Valkenswaard',
    style: {
      font: 'Tahoma',
      size: 10,
      via: 'style',
      numberingOnParagraph: true,
      overrideRestart: true,
      lang: 'en',
      caps: true,
      levels: [{ text: '%1.', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie 1.0 Valkenswaard',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Valkenswaard tot vaststelling van de Omgevingsvisie 1.0 Valkenswaard',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Valkenswaard;'),
        p('gelezen het voorstel van burgemeester en wethouders van 12 mei 2026;'),
        p('gelet op artikel 3.1 van de Omgevingswet;'),
        p('besluit:'),
        paren('de Omgevingsvisie 1.0 Valkenswaard vast te stellen;', 'de Nota van zienswijzen en wijzigingen vast te stellen.'),
        p('Aldus besloten in de openbare vergadering van 2 juli 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'M.J.H. Bosch'], right: ['de voorzitter,', '', 'drs. P.W.J. van Dongen'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 2 juli 2026',
    visie: {
      opschrift: 'Omgevingsvisie 1.0 Valkenswaard',
      subtitel: 'Mooier, gezonder en veiliger',
      body: [
        { t: 'toc', title: 'Inhoud', links: true },
        h1('samenvatting'),
        h2('De visie in het kort'),
        p('Valkenswaard heeft ambities en staat voor grote opgaven. De omgevingsvisie beschrijft met welke opgaven we de komende jaren aan de slag gaan, samen met onze inwoners, ondernemers en partners.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 1 gaat over de rol van de visie, hoofdstuk 2 over Valkenswaard nu, de hoofdstukken 3 en 4 over de opgaven en hoofdstuk 5 over de uitvoering.'),
        h1('waarom een omgevingsvisie'),
        h2('De Omgevingswet'),
        p('Elke gemeente maakt een omgevingsvisie in verband met de Omgevingswet. Dat geldt ook voor alle provincies en het Rijk.', { fn: 'Artikel 3.1 van de Omgevingswet.' }),
        h2('Visie 1.0 en de volgende versies'),
        p('In een volgende versie van de omgevingsvisie komen gebiedsgerichte keuzes. Ook daarvoor worden inwoners, ondernemers en organisaties betrokken.'),
        h1('valkenswaard nu'),
        h2('Drie kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Inwoners', 'Kenmerk'],
            ['Valkenswaard', '27.000', 'Centrum en Markt'],
            ['Dommelen', '5.500', 'Dorp aan de Dommel'],
            ['Borkel en Schaft', '1.000', 'Dorpen in het buitengebied'],
          ],
        },
        h2('Landschap van beekdalen en heide'),
        p(alinea('landschap', 2, P)),
        h1('opgaven voor\nde leefomgeving'),
        h2('Wonen'),
        p(alinea('wonen', 1, P)),
        h3('Woningbouwlocaties'),
        p('Nieuwe woningen bouwen we eerst binnen de kernen, zoals in Lage Heide in Dommelen.'),
        h2('Klimaat en water'),
        p(alinea('klimaat', 3, P)),
        h3('Beekdal van de Dommel'),
        p(alinea('water', 1, P)),
        h2('Gezondheid en veiligheid'),
        p(alinea('gezondheid', 3, P)),
        h1('economie en vrije tijd'),
        h2('Centrum en Markt'),
        p(alinea('economie', 3, P)),
        h2('Dommelland'),
        p('Het programma Dommelland verbindt recreatie en natuur in het buitengebied. We letten daarbij op:'),
        letters('de leefbaarheid in het buitengebied;', 'de ruimte voor agrarische ondernemingen;', 'de bereikbaarheid van de recreatiegebieden.'),
        h1('uitvoering'),
        h2('Programma\'s'),
        p(alinea('uitvoering', 3, P)),
        h2('Evaluatie'),
        p('We evalueren de visie elke twee jaar.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Kaarten', blocks: [{ t: 'gio', header: ['Kaart', 'Identificatie'] }] }],
    gios: [G('Beekdal Dommel', 'beekdal-dommel', [1, 2], 1.5), G('Dommelland', 'dommelland', [-2, -3], 2), G('Woningbouwlocatie Lage Heide', 'lage-heide', [2, 0], 0.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-07-02', ondertekening: '2026-07-02', bekendmaking: '2026-07-09' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0858',
    },
    geo: { origin: [159000, 370000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie 1\\.0 Valkenswaard$'],
    s13: {},
  }
})()

// w35 — Gemeente Waadhoeke: Dutch Kop 1–3 linked to the numbering levels (w:pStyle in each w:lvl), chapters in Roman
// numerals "%1." and sections legal-style (w:isLgl: "2.1" under chapter II); the heading numbering reached through a
// numbering style (numStyleLink/styleLink); a heading with a tracked insertion; an empty Kop 2 (Enter pressed); the GIO
// identifiers inside HYPERLINK fields (fldChar); a table with merged cells; nested bullets; a "1)" list; besluit with
// "Artikel %1" numbered by Word.
const w35 = ((): DocS13 => {
  const G = gio('gm1949', '2026-12-10')
  const P = 'Waadhoeke'
  return {
    id: 'w35',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Waadhoeke (gemeente Waadhoeke, ontstaan in 2018, met Franeker, Sint Annaparochie, Dronrijp en de dorpen van het Bildt, aan de Waddenzee met kwelders, terpen en het kleilandschap), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 gekoppeld aan de nummeringsniveaus (w:pStyle in w:lvl), hoofdstukken in Romeinse cijfers en paragrafen juridisch genummerd (w:isLgl), kopnummering via een nummeringsstijl (numStyleLink/styleLink), kop met bijgehouden invoeging, lege Kop 2, GIO-identificaties in HYPERLINK-velden (fldChar), tabel met samengevoegde cellen, geneste opsomming, "1)"-lijst, artikelen als "Artikel %1"-nummering',
    bevoegdGezag: 'gm1949',
    naam: 'Gemeente Waadhoeke',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'nl',
      linkStyle: true,
      levels: [{ text: '%1.', format: 'upperRoman' }, { text: '%1.%2', format: 'decimal', isLgl: true }, { text: '%1.%2.%3', format: 'decimal', isLgl: true }],
      header: 'Omgevingsvisie Waadhoeke',
      footer: 'pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Waadhoeke tot vaststelling van de Omgevingsvisie Waadhoeke',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Waadhoeke;'),
        p('gelezen het voorstel van burgemeester en wethouders van 27 oktober 2026;'),
        p('gelet op artikel 3.1 van de Omgevingswet en artikel 147 van de Gemeentewet;'),
        p('BESLUIT:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Waadhoeke vast te stellen.'),
        art('Reactienota'),
        p('De Reactienota zienswijzen vast te stellen.'),
        p('Aldus vastgesteld in de openbare vergadering van 10 december 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'T. Dijkstra'], right: ['de voorzitter,', '', 'mr. H.J. Oosterbaan'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit van 10 december 2026',
    visie: {
      opschrift: 'Omgevingsvisie Waadhoeke',
      subtitel: 'Tusken Waad en Klaai',
      body: [
        h1('Inleiding'),
        h2('Een jonge gemeente'),
        p('Waadhoeke ontstond in 2018 uit Franekeradeel, het Bildt, delen van Menameradiel en Littenseradiel. De gemeente ligt aan de Waddenzee en telt ruim veertig dorpen en de stad Franeker.'),
        h2('Doel van de visie'),
        p(alinea('inleiding', 2, P)),
        h2('Samenhang met ander beleid'),
        p(alinea('proces', 1, P)),
        h1('Kernkwaliteiten'),
        h2('Wadden en kwelders'),
        p(alinea('natuur', 2, P)),
        h2('Terpen en kleilandschap'),
        p(alinea('erfgoed', 2, P)),
        { t: 'h', l: 2, text: '⸨empty⸩' },
        h2('Stad en dorpen'),
        {
          t: 'table',
          rows: [
            ['Type', 'Kernen', 'Rol'],
            ['Stad', 'Franeker', 'Regionale voorzieningen'],
            [{ text: 'Hoofddorpen', merge: 'restart' }, 'Sint Annaparochie', { text: 'Voorzieningen voor omliggende dorpen', merge: 'restart' }],
            [{ text: '', merge: 'continue' }, 'Dronrijp', { text: '', merge: 'continue' }],
            [{ text: 'Dorpen: ruimte voor wonen naar behoefte', span: 3 }],
          ],
        },
        h1('Opgaven'),
        h2('Wonen en leefbaarheid'),
        p(alinea('wonen', 3, P)),
        h3('Dorpsvoorzieningen'),
        p(alinea('gezondheid', 1, P)),
        h2('Landbouw'),
        p(alinea('landschap', 3, P)),
        paren('schaalvergroting binnen het bouwblok;', 'verbreding met recreatie en zorg;', 'ruimte voor natuurinclusieve landbouw.'),
        h2('[+Energie en +]klimaat'),
        p(alinea('energie', 3, P)),
        bullets({ text: 'opwekking:', sub: ['zon op daken van agrarische bedrijven;', 'kleine windmolens bij boerderijen.'] }, 'besparing in de dorpen.'),
        h3('Zoetwater en zoutverzilting'),
        p(alinea('water', 3, P)),
        h1('Gebieden'),
        h2('Kustzone'),
        p(alinea('klimaat', 2, P)),
        h3('Dijkversterking'),
        p('De Waddenzeedijk wordt de komende jaren versterkt. We zoeken daarbij naar meekoppelkansen voor natuur en recreatie.'),
        h2('Franeker'),
        p(alinea('economie', 1, P)),
        h1('Uitvoering'),
        h2('Werkwijze'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring'),
        p('We volgen de uitvoering en actualiseren de visie als dat nodig is.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'] }] }],
    gios: [G('Kustzone Waddenzee', 'kustzone', [0, 5], 3), G('Terpenlandschap', 'terpenlandschap', [-2, 0], 2), G('Binnenstad Franeker', 'binnenstad-franeker', [3, -3], 0.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-12-10', ondertekening: '2026-12-10', bekendmaking: '2026-12-17' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1949',
    },
    geo: { origin: [168000, 578000] },
    meubilair: ['^pagina \\d+$', '^Omgevingsvisie Waadhoeke$'],
    s13: { styleLink: 'Koppen Waadhoeke', gioField: 'char' },
  }
})()

// w36 — Gemeente Echt-Susteren: Dutch Kop 1–3 without numbering, every heading number typed by hand ("1 Inleiding",
// "3.1.1 …"), a bookmark and proofing marks between number and title; a chapter in two columns; a TOC field; a
// footnote and an endnote; a table with a cell spanning two columns; the GIO table with the chapter first and the
// identifier last; besluit "besluit:" with "Artikel 1 Vaststelling" and "Artikel 2 Intrekking" typed, the date in a
// content control.
const w36 = ((): DocS13 => {
  const G = gio('gm1711', '2026-04-23')
  const P = 'Echt-Susteren'
  const gios = [G('Maasplassen', 'maasplassen', [4, 0], 2.5), G('Bedrijventerrein Holtum-Noord', 'holtum-noord', [-2, -4], 1.2), G('Beekdal van de Roode Beek', 'roode-beek', [-4, 1], 1)]
  return {
    id: 'w36',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Echt-Susteren (gemeente Echt-Susteren in Midden-Limburg, tussen de Maas en de Duitse grens, met de kernen Echt, Susteren, Pey, Maria Hoop, Koningsbosch, Roosteren, Dieteren en Nieuwstadt, de Maasplassen en het bedrijventerrein Holtum-Noord), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 zonder nummering met de nummers met de hand getypt, een bladwijzer en spellingsmarkeringen tussen nummer en titel, inhoudsopgave als TOC-veld, een hoofdstuk in twee kolommen, voetnoot en eindnoot, tabel met een cel over twee kolommen, GIO-tabel met het hoofdstuk in de eerste en de identificatie in de laatste kolom, besluit "besluit:" met Artikel 1 en 2 met titel getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1711',
    naam: 'Gemeente Echt-Susteren',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      numberingOnParagraph: true,
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Echt-Susteren',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Echt-Susteren tot vaststelling van de Omgevingsvisie Echt-Susteren',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Echt-Susteren;'),
        p('gelezen het voorstel van burgemeester en wethouders van 10 maart 2026, nummer 2026/0193;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Echt-Susteren vast te stellen.'),
        tk('Artikel 2 Intrekking'),
        p('De Structuurvisie Echt-Susteren 2030 in te trekken.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare raadsvergadering van ', date: '23 april 2026', iso: '2026-04-23', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'drs. R.M.J. Bongers'], right: ['de voorzitter,', '', 'J.M.L. Rinkens'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 2026/0193',
    visie: {
      opschrift: 'Omgevingsvisie Echt-Susteren',
      body: [
        { t: 'toc', title: 'Inhoudsopgave' },
        typed(1, '1 Inleiding'),
        typed(2, '1.1⸨bm⸩ Aanleiding'),
        p(alinea('inleiding', 3, P), { fn: 'Artikel 3.1 van de Omgevingswet.' }),
        typed(2, '1.2 Reikwijdte'),
        p('De visie gaat over het hele grondgebied van de gemeente, van de Maas tot de Duitse grens.'),
        typed(2, '1.3 Participatie'),
        p(alinea('proces', 2, P)),
        typed(1, '2 Echt-Susteren in 2040'),
        typed(2, '2.1 ⸨proof⸩Kernenstructuur⸨/proof⸩'),
        p('Echt en Susteren zijn de hoofdkernen; Pey, Maria Hoop, Koningsbosch, Roosteren, Dieteren en Nieuwstadt zijn dorpen met een eigen identiteit.'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Functie', 'Opgave'],
            ['Echt', 'Centrumkern', 'Versterken centrum'],
            ['Susteren', 'Centrumkern', 'Herstructurering en wonen'],
            [{ text: 'Pey, Maria Hoop, Koningsbosch, Roosteren, Dieteren, Nieuwstadt', span: 2 }, 'Leefbaarheid en voorzieningen'],
          ],
        },
        typed(2, '2.2 Ambities'),
        bullets('een vitale en gezonde gemeente;', 'een klimaatbestendige leefomgeving;', 'een sterke regionale economie.'),
        typed(1, '3 Thema\'s'),
        typed(2, '3.1 Wonen'),
        p(alinea('wonen', 2, P)),
        typed(3, '3.1.1 Woningbouw in de kernen'),
        p(alinea('wonen', 3, P)),
        typed(2, '3.2 Economie'),
        p(alinea('economie', 2, P)),
        typed(3, '3.2.1 Holtum-Noord'),
        p('Het bedrijventerrein Holtum-Noord biedt ruimte aan grote logistieke en industriële bedrijven.⸨en:1⸩'),
        typed(2, '3.3 Energie'),
        p(alinea('energie', 2, P)),
        typed(3, '3.3.1 Zonneparken'),
        p('Zonneparken passen we in het landschap in, bij voorkeur op bedrijventerreinen en langs infrastructuur.'),
        typed(2, '3.4 Mobiliteit'),
        p(alinea('mobiliteit', 2, P)),
        {
          t: 'cols2',
          blocks: [
            typed(1, '4 Landschap en water'),
            typed(2, '4.1 Maasplassen'),
            p(alinea('water', 0, P)),
            typed(2, '4.2 Beekdalen'),
            p(alinea('natuur', 3, P)),
          ],
        },
        typed(1, '5 Uitvoering'),
        typed(2, '5.1 Instrumenten'),
        p(alinea('uitvoering', 1, P)),
        letters('het omgevingsplan;', 'programma\'s;', 'samenwerking met partners in de regio.'),
        typed(2, '5.2 Monitoring'),
        p('We volgen de uitvoering en actualiseren de visie elke vier jaar.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioLast(gios, ['Hoofdstuk', 'Naam', 'Identificatie'], (n) => (n.startsWith('Bedrijven') ? '3' : '4'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-04-23', ondertekening: '2026-04-23', bekendmaking: '2026-04-30' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1711',
    },
    geo: { origin: [189000, 344000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Echt-Susteren$'],
    s13: { endnotes: ['Provinciaal inpassingsplan Holtum-Noord, 2011.'] },
  }
})()

export const WORD_DOCS_S13C: DocS13[] = [w31, w32, w33, w34, w35, w36]
