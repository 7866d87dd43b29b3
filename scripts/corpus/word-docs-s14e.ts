/**
 * The Word corpus documents w61 … w66 (session 14, final holdout of this round), written by
 * scripts/corpus/render-docx-s13.ts. Each follows the structure and part of the wording of a real omgevingsvisie and
 * the besluit adopting it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where the
 * source gave none. As in w49–w54 each mixes what a publication officer's own document has: numbering from
 * numbering.xml in several forms, typed numbers, own styles, lists from numbering definitions, merged table cells,
 * footnotes, fields, tracked changes, content controls, two-column sections and a GIO table in one of several forms.
 * No new marker or option is used, so w19–w54 stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, AB, werk, typed, nonum, gioMiddle, gemeenteConfig } from './word-parts-s12.js'


// w61 — Gemeente Kaag en Braassem: Dutch Kop 1–3 with the numbering in the styles, "Hoofdstuk %1" / "%1.%2." /
// "%1.%2.%3."; the inhoudsopgave as a TOC field in Word's contents control; a voorwoord with its number suppressed; a
// tracked insertion and deletion; a comment; footnotes, a hyperlink; a "1)" list continuing after a paragraph; a table
// with a cell over two columns and a vertical merge; the GIO table in the plain form with the identifiers wrapped;
// "besluit:" with Artikel 1 and 2 numbered by Word with titles, the date in a content control.
const w61 = ((): DocS13 => {
  const G = gio('gm1884', '2026-10-29')
  const P = 'Kaag en Braassem'
  return {
    id: 'w61',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Kaag en Braassem (eerste visie vastgesteld op 26 oktober 2020, bijgesteld in 2024 op wonen, land- en tuinbouw en recreatie en toerisme; de gemeente ontstaan in 2009 uit Alkemade en Jacobswoude, tien dorpen — Hoogmade, Kaag, Leimuiden, Nieuwe Wetering, Oud Ade, Oude Wetering, Rijnsaterwoude, Rijpwetering, Roelofarendsveen, Woubrugge — en vier buurtschappen; thema\'s recreatie, natuur, onderwijs, mobiliteit, gezondheid, wonen, landbouw, economie en duurzaamheid, met per thema de rol van gemeente en inwoners; gebiedstypen kernen, buitengebied, bedrijventerreinen en glastuinbouwgebied; het veenweidegebied, de Braassemermeer, de Wijde Aa en de Kagerplassen; de A4, de N207 en de N446; glastuinbouw rond Roelofarendsveen; samenwerking in Holland Rijnland), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met nummering in de stijlen, "Hoofdstuk %1", "%1.%2.", "%1.%2.%3.", inhoudsopgave als TOC-veld in een inhoudsopgave-besturingselement, voorwoord met onderdrukte nummering, bijgehouden invoeging en verwijdering, opmerking, voetnoten, hyperlink, "1)"-lijst die na een tussenalinea doorloopt, tabel met horizontaal en verticaal samengevoegde cellen, GIO-tabel met afgebroken identificaties, besluit "besluit:" met "Artikel %1"-nummering met titels, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1884',
    naam: 'Gemeente Kaag en Braassem',
    comments: { c1: 'Cijfers woningbouwprogramma controleren met afdeling Wonen.' },
    style: {
      font: 'Verdana',
      size: 9,
      via: 'style',
      lang: 'nl',
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Kaag en Braassem',
      footer: 'Ruimte voor de toekomst – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Kaag en Braassem tot vaststelling van de Omgevingsvisie Kaag en Braassem',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Kaag en Braassem;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 15 september 2026, nummer 2026-0871;'),
        p('overwegende dat het ontwerp van de omgevingsvisie van 4 juni tot en met 15 juli 2026 ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Kaag en Braassem "Ruimte voor de toekomst", zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Kaag en Braassem 2030 wordt ingetrokken.'),
        { t: 'date', before: 'Aldus besloten in de openbare raadsvergadering van ', date: '29 oktober 2026', iso: '2026-10-29', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'drs. M.C. Stolk'], right: ['De voorzitter,', '', 'W.J. Bosman'] },
      ],
    },
    bijlageA: 'Bijlage',
    visie: {
      opschrift: 'Omgevingsvisie Kaag en Braassem',
      subtitel: 'Ruimte voor de toekomst',
      body: [
        { t: 'toc', title: 'Inhoud', sdt: true },
        nonum(1, 'Voorwoord'),
        p('Kaag en Braassem is een gemeente van tien dorpen en vier buurtschappen, elk met een eigen karakter, verbonden door water en open veenweide. Met deze omgevingsvisie leggen we vast hoe we die kwaliteiten willen behouden en tegelijk ruimte bieden aan wonen, werken en recreëren.'),
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Op grond van de Omgevingswet stelt iedere gemeente één integrale omgevingsvisie vast voor het hele grondgebied.', { fn: 'Artikel 3.1, eerste lid, van de Omgevingswet.' }, ' Deze visie vervangt de structuurvisie en de gebiedsvisies van de afgelopen jaren.'),
        h2('Hoe de visie tot stand kwam'),
        p('In 2025 hebben we in alle kernen gesprekken gevoerd met inwoners, ondernemers en verenigingen, [-en een enquête gehouden-][+een digitale enquête gehouden die ruim 1.400 keer is ingevuld+]. Het verslag staat op ', { link: 'de website van de gemeente', url: 'https://www.kaagenbraassem.nl/omgevingsvisie' }, '.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de gemeente nu, hoofdstuk 3 de ambities, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('Kaag en Braassem nu'),
        h2('Tien dorpen en vier buurtschappen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Roelofarendsveen', 'Grootste kern, centrum met voorzieningen', { text: 'Woningbouw en versterking van het centrum', merge: 'restart' }],
            ['Leimuiden', 'Kern aan de Drecht en de Braassemermeer', { text: '', merge: 'continue' }],
            ['Woubrugge', 'Waterdorp aan de Woudwetering', 'Behoud van het dorpse karakter'],
            [{ text: 'De overige dorpen (Hoogmade, Kaag, Nieuwe Wetering, Oud Ade, Oude Wetering, Rijnsaterwoude, Rijpwetering) en de buurtschappen Bilderdam, Ofwegen, Vriezekoop en Zevenhuizen', span: 2 }, 'Leefbaarheid en voorzieningen'],
          ],
        },
        h2('Water en veenweide'),
        p(alinea('water', 0, P)),
        h2('Trends en ontwikkelingen'),
        p(alinea('klimaat', 0, P)),
        h1('Ambities'),
        p('Voor Kaag en Braassem staan drie ambities centraal:'),
        paren('vitale kernen waarin het goed wonen is voor alle generaties;', 'een open en beleefbaar landschap van water en veenweide;'),
        p('Daarnaast geldt een ambitie die beide versterkt:'),
        { t: 'list', kind: 'paren', items: ['een duurzame economie met ruimte voor glastuinbouw, recreatie en lokale bedrijven.'], continues: true },
        h2('Wonen'),
        p('Tot 2040 willen we ', { comment: 'c1', text: 'ongeveer 2.000 woningen' }, ' toevoegen, vooral binnen de kernen.'),
        h3('Woningbouw binnen de kernen'),
        p(alinea('wonen', 0, P)),
        h3('Woonvormen voor ouderen'),
        p(alinea('wonen', 1, P)),
        h2('Economie en glastuinbouw'),
        p(alinea('economie', 0, P)),
        h2('Energie en klimaatadaptatie'),
        p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Holland Rijnland.' }),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h1('Gebieden'),
        h2('De Braassemermeer en de Wijde Aa'),
        p(alinea('natuur', 0, P)),
        h2('Het veenweidegebied'),
        p(alinea('landschap', 0, P)),
        h2('Het glastuinbouwgebied'),
        p(alinea('economie', 1, P)),
        h1('Uitvoering'),
        h2('Samenwerking'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring en actualisatie'),
        p('We volgen de ontwikkelingen jaarlijks en bezien elke vier jaar of de visie moet worden aangepast.'),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Braassemermeer', 'braassemermeer', [-1, 1], 1.2), G('Veenweidegebied', 'veenweidegebied', [2, -1], 2), G('Glastuinbouwgebied Roelofarendsveen', 'glastuinbouw-veen', [-2, -2], 0.8)],
    config: gemeenteConfig({ vaststelling: '2026-10-29', bekendmaking: '2026-11-12' }, 'GM1884'),
    geo: { origin: [100000, 468000] },
    meubilair: ['^Ruimte voor de toekomst – \\d+$', '^Omgevingsvisie Kaag en Braassem$'],
    s13: {},
  }
})()

// w62 — Gemeente Maassluis: own styles "MSL Hoofdstuk/Paragraaf/Subparagraaf" basedOn English Heading 1–3 (numbering
// inherited), "%1." / "%1.%2." / "%1.%2.%3.", the chapter style in capitals over titles typed in lower case; a manual
// line break in a heading; part of a chapter in two columns; an "a." list and an "i." list; an endnote and a footnote; a
// table with a header row repeated and a vertical merge; the GIO table with the identifier in the middle column;
// "BESLUIT:" with beslispunten I. and II. typed.
const w62 = ((): DocS13 => {
  const G = gio('gm0556', '2026-10-08')
  const P = 'Maassluis'
  const gios = [G('Oude Haven en historische binnenstad', 'oude-haven', [0, 0], 0.8), G('Balkon aan de Nieuwe Waterweg', 'waterweg-balkon', [-2, -1], 1.2), G('Zoekgebied Dijkpolder-Noord', 'zoekgebied-dijkpolder', [2, 2], 0.9)]
  return {
    id: 'w62',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Maassluis "Maassluis aan zee, stad aan de Waterweg" (de historische binnenstad met de Oude Haven, de Monstersche Sluis en de Groote Kerk; de Nieuwe Waterweg en de Maeslantkering; de wijken Koningshoek, Sluispolder, Steendijkpolder en de Dijkpolder; de Vlietlanden en het Midden-Delfland-gebied; Maassluis in de Metropoolregio Rotterdam Den Haag), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Engelse Heading 1–3 met overgeërfde nummering "%1.", "%1.%2.", "%1.%2.%3.", hoofdstukstijl in hoofdletters over titels in kleine letters, harde regeleinde in een kop, twee kolommen, "a."-lijst, "i."-lijst, eindnoot, voetnoot, tabel met herhaalde kopregel en verticaal samengevoegde cel, GIO-tabel met de identificatie in de middelste kolom, "BESLUIT:" met beslispunten I. en II. getypt',
    bevoegdGezag: 'gm0556',
    naam: 'Gemeente Maassluis',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['MSL Hoofdstuk', 'MSL Paragraaf', 'MSL Subparagraaf'],
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Omgevingsvisie Maassluis | {page}',
    },
    besluit: {
      opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Maassluis',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Maassluis,'),
        p('gelezen het voorstel van burgemeester en wethouders van 1 september 2026, registratienummer RV26.0412;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        tk('I.'),
        p('de Omgevingsvisie Maassluis "Maassluis aan zee, stad aan de Waterweg" vast te stellen, zoals opgenomen in de bijlage bij dit besluit;'),
        tk('II.'),
        p('de Structuurvisie Maassluis 2025 en de Ontwikkelingsvisie Binnenstad in te trekken.'),
        p('Vastgesteld in de openbare vergadering van de raad van 8 oktober 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. C.A. van der Knaap'], right: ['De voorzitter,', '', 'E.J. Haan'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit RV26.0412',
    visie: {
      opschrift: 'Omgevingsvisie Maassluis',
      subtitel: 'Maassluis aan zee, stad aan de Waterweg',
      body: [
        h1('inleiding'),
        h2('Aanleiding'),
        p('Maassluis is een compacte stad aan de Nieuwe Waterweg met een historische binnenstad, groene wijken en een directe verbinding met zee.⸨en:1⸩ Deze omgevingsvisie beschrijft hoe we de stad tot 2040 willen ontwikkelen.'),
        h2('Status en reikwijdte'),
        p('De omgevingsvisie is zelfbindend: zij bindt de gemeente, niet inwoners en bedrijven.', { fn: 'Artikel 3.2 van de Omgevingswet.' }),
        h2('Opbouw van dit document'),
        p('Na deze inleiding volgen het profiel van de stad, de opgaven, de gebiedsgerichte uitwerking en de uitvoering.'),
        h1('profiel van maassluis'),
        h2('Stad aan de Waterweg'),
        p(alinea('erfgoed', 0, P)),
        h2('Wijken'),
        {
          t: 'table',
          rows: [
            ['Wijk', 'Woningen', 'Karakter'],
            ['Binnenstad', '2.100', 'Historisch, gemengd'],
            ['Koningshoek', '3.400', { text: 'Naoorlogse wijk', merge: 'restart' }],
            ['Sluispolder', '2.900', { text: '', merge: 'continue' }],
            ['Steendijkpolder', '3.800', 'Groene woonwijk'],
          ],
        },
        h1('opgaven'),
        p('De raad heeft vier kernopgaven benoemd:'),
        letters('voldoende en passende woningen;', 'een klimaatbestendige en groene stad;', 'een aantrekkelijke binnenstad en haven;', 'goede verbindingen in de regio.'),
        h2('Wonen en\nleefbaarheid'),
        p(alinea('wonen', 0, P)),
        h2('Klimaat en energie'),
        {
          t: 'cols2',
          blocks: [
            h3('Klimaatadaptatie'),
            p(alinea('klimaat', 0, P)),
            h3('Energietransitie'),
            p(alinea('energie', 0, P)),
          ],
        },
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        p('Wij zetten in op:'),
        roman('de Hoekse Lijn als ruggengraat van het openbaar vervoer;', 'snelfietsroutes naar Delft en Vlaardingen;', 'een autoluwe binnenstad.'),
        h2('Gezondheid'),
        p(alinea('gezondheid', 0, P)),
        h1('gebiedsgerichte uitwerking'),
        h2('Binnenstad en Oude Haven'),
        p(alinea('erfgoed', 1, P)),
        h2('Balkon aan de Nieuwe Waterweg'),
        p(alinea('water', 0, P)),
        h2('Dijkpolder en Vlietlanden'),
        p(alinea('natuur', 0, P)),
        h1('uitvoering'),
        h2('Instrumenten'),
        p(alinea('uitvoering', 0, P)),
        h2('Evaluatie'),
        p('Wij evalueren de omgevingsvisie iedere raadsperiode.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Naam', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Oude') ? '4.1' : n.startsWith('Balkon') ? '4.2' : '4.3'))] }],
    gios,
    config: gemeenteConfig({ vaststelling: '2026-10-08', bekendmaking: '2026-10-27' }, 'GM0556'),
    geo: { origin: [76000, 436000] },
    meubilair: ['^Omgevingsvisie Maassluis \\| \\d+$'],
    s13: { endnotes: ['De Maeslantkering sluit bij een verwachte waterstand van 3 meter boven NAP.'] },
  }
})()

// w63 — Gemeente Oldebroek: English Heading 1–3 with the numbering on each heading paragraph, "%1" / "%1.%2" /
// "%1.%2.%3" with chapter 0 "Samenvatting" (start 0) and Word's "restart at 1" for the sections of each chapter
// (lvlOverride/startOverride); the inhoudsopgave as a TOC field with hyperlinks and PAGEREF fields; a heading number
// typed by hand; a nested bullet list and an "a." list; a table with a cell over two columns; footnotes; a tracked
// deletion; the GIO table in the plain form with the identifiers in a HYPERLINK field (fldChar); "besluit:" with
// Artikel 1 and 2 typed with titles, the date in a content control.
const w63 = ((): DocS13 => {
  const G = gio('gm0269', '2026-11-19')
  const P = 'Oldebroek'
  return {
    id: 'w63',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Oldebroek (vastgesteld 13 december 2018, gestart met Nunspeet en Elburg in de Gebiedsagenda NEO; missie "Natuurlijk dynamisch", zes koerslijnen en vijf leidende thema\'s; de zones open polderlandschap en Drontermeerzone, kleinschalige gemengde overgangszone en Natura 2000-gebied Veluwe; de dorpen Hattemerbroek, \'t Loo, Noordeinde, Oldebroek, Oosterwolde en Wezep; de Veluwe met de Oldebroekse Heide en het militair oefenterrein, de overgang naar het polderlandschap langs de Zuiderzeestraatweg en het Drontermeer; de A28, de N309 en de Hanzelijn; bedrijventerrein Hattemerbroek met Logistiek Park; samenwerking in de regio Zwolle en Noord-Veluwe), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Engelse Heading 1–3 met nummering op iedere kopalinea, "%1", "%1.%2", "%1.%2.%3", hoofdstuk 0 "Samenvatting" (start 0), herstart per hoofdstuk via lvlOverride/startOverride, inhoudsopgave als TOC-veld met hyperlinks en PAGEREF-velden, één kopnummer met de hand getypt, geneste opsomming, "a."-lijst, tabel met een cel over twee kolommen, voetnoten, bijgehouden verwijdering, GIO-identificaties in een HYPERLINK-veld (fldChar), besluit "besluit:" met Artikel 1 en 2 getypt met titel, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0269',
    naam: 'Gemeente Oldebroek',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'en',
      numberingOnParagraph: true,
      overrideRestart: true,
      levels: [{ text: '%1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Oldebroek',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Oldebroek tot vaststelling van de Omgevingsvisie Oldebroek',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Oldebroek;'),
        p('gelezen het voorstel van burgemeester en wethouders van 13 oktober 2026, zaaknummer 2026-03317;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Oldebroek, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        tk('Artikel 2 Citeertitel'),
        p('Dit besluit wordt aangehaald als: Omgevingsvisie Oldebroek.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van ', date: '19 november 2026', iso: '2026-11-19', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'G.J. van Werven'], right: ['de voorzitter,', '', 'A. Schaap'] },
      ],
    },
    bijlageA: 'Bijlage: Omgevingsvisie Oldebroek',
    visie: {
      opschrift: 'Omgevingsvisie Oldebroek',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        h1('Samenvatting'),
        p('Oldebroek ligt op de overgang van de Veluwe naar het polderland aan het Drontermeer. In deze visie kiezen we voor groei van Wezep en Oldebroek binnen de kernen, voor een sterk buitengebied en voor een goede bereikbaarheid via de A28 en de Hanzelijn.'),
        h1('Inleiding'),
        h2('Aanleiding'),
        p(alinea('inleiding', 0, P)),
        h2('Proces'),
        p('Het ontwerp is besproken in vier dorpsavonden en met de dorpsbelangenverenigingen. [-Daarnaast is een klankbordgroep van agrariërs geraadpleegd.-]', { fn: 'Het participatieverslag is als bijlage bij het raadsvoorstel gevoegd.' }),
        h1('Oldebroek in beeld'),
        h2('Kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Inwoners', 'Rol'],
            ['Wezep', '12.600', 'Woonkern met station'],
            ['Oldebroek', '9.100', 'Hoofdkern met gemeentehuis'],
            ['Hattemerbroek, \'t Loo en Oosterwolde', { text: 'Kleine kernen met een eigen gemeenschap en voorzieningen aan huis', span: 2 }],
          ],
        },
        h2('Landschap'),
        p(alinea('landschap', 0, P)),
        p('We onderscheiden drie landschappen:'),
        bullets('Natura 2000-gebied Veluwe;', { text: 'de kleinschalige, gemengde overgangszone:', sub: ['de engen rond Oldebroek;', 'de beekdalen naar de polder.'] }, 'het open polderlandschap en de Drontermeerzone.'),
        h1('Ambities'),
        p('Onze missie is "Natuurlijk dynamisch". Vijf leidende thema\'s geven daar richting aan:'),
        bullets('leefbare dorpen met een actieve samenleving;', 'aantrekkelijke omgevingskwaliteit en identiteit;', 'een vitaal economisch klimaat;', 'duurzaam, energieneutraal en klimaatbestendig;', 'bereikbaar, nabij en toegankelijk.'),
        h2('Wonen'),
        p(alinea('wonen', 0, P)),
        h2('Werken'),
        p(alinea('economie', 0, P)),
        h3('Bedrijventerrein Hattemerbroek'),
        p(alinea('economie', 2, P)),
        h3('Landbouw'),
        p(alinea('landschap', 1, P)),
        h2('Energie'),
        p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Regio Noord-Veluwe.' }),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h1('Gebieden'),
        h2('Veluwe en heide'),
        p(alinea('natuur', 0, P)),
        h2('Polder en Drontermeer'),
        p(alinea('water', 0, P)),
        h1('Uitvoering'),
        h2('Rol van de gemeente'),
        p('De gemeente kiest per opgave een rol:'),
        letters('regisserend bij woningbouw en bedrijventerreinen;', 'faciliterend bij initiatieven van inwoners;', 'samenwerkend in de regio.'),
        typed(2, '5.2 Monitoring'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'] }] }],
    gios: [G('Oldebroekse Heide', 'oldebroekse-heide', [2, 1], 1.6), G('Polder Oldebroek', 'polder-oldebroek', [-2, 2], 1.5), G('Bedrijventerrein Hattemerbroek', 'bt-hattemerbroek', [1, -2], 0.6)],
    config: gemeenteConfig({ vaststelling: '2026-11-19', bekendmaking: '2026-12-01' }, 'GM0269'),
    geo: { origin: [190000, 500000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Oldebroek$'],
    s13: { gioField: 'char' },
  }
})()

// w64 — Gemeente Noordwijk: no heading styles at all: each heading a Normal paragraph with its own outline level and
// numbering (w:outlineLvl, w:numPr, bold runs), "%1." / "%1.%2" / "%1.%2.%3", Dutch style names; the title in a title
// block; a quote in a text box; a "1)" list and a nested bullet list; a table with a header row repeated, a cell over
// two columns and a vertical merge; a footnote and a hyperlink; a tracked insertion; a comment; the GIO table with the
// identifiers in a run per path segment inside a hyperlink; "besluit:" with beslispunten 1. to 3. typed.
const w64 = ((): DocS13 => {
  const G = gio('gm0575', '2026-09-24')
  const P = 'Noordwijk'
  return {
    id: 'w64',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie "Samen maken we de toekomst voor Noordwijk!" (ontwerp ter inzage tot 10 november 2020, opgebouwd uit meer dan dertig visies van inwoners, ondernemers en scholieren; vijf thema\'s vrijheid om te ondernemen, fijn wonen, prettig samenleven, bereikbaarheid en duurzaamheid, naast de identiteit van de dorpen; eerder de Omgevingsvisie Noordwijk 2030 "Energieke 7-sterren kustplaats"; de kernen Noordwijk aan Zee, Noordwijk-Binnen, Noordwijkerhout en De Zilk; de kust met boulevard en duinen, Natura 2000-gebied Coepelduynen en Amsterdamse Waterleidingduinen, het bollengebied; ESA ESTEC en Space Business Park; toerisme en congressen; samenwerking in Holland Rijnland en de Duin- en Bollenstreek), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: koppen als Standaard-alinea\'s met eigen overzichtsniveau en nummering en vette tekst, "%1.", "%1.%2", "%1.%2.%3", Nederlandse stijlnamen, titelblok in een tabel, citaat in een tekstvak, "1)"-lijst, geneste opsomming, tabel met herhaalde kopregel, cel over twee kolommen en verticaal samengevoegde cel, voetnoot, hyperlink, bijgehouden invoeging, opmerking, GIO-identificaties per padsegment in een hyperlink, besluit "besluit:" met beslispunten 1. tot en met 3. getypt',
    bevoegdGezag: 'gm0575',
    naam: 'Gemeente Noordwijk',
    comments: { c1: 'Aantal overnachtingen 2025 nog bevestigen (toeristenbelasting).' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'outline',
      lang: 'nl',
      titleBlock: 'Gemeente Noordwijk – september 2026',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Noordwijk',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Noordwijk tot vaststelling van de Omgevingsvisie Noordwijk',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Noordwijk;'),
        p('gelezen het voorstel van burgemeester en wethouders van 18 augustus 2026, nummer 2026-RV-061;'),
        p('overwegende dat het ontwerp van de omgevingsvisie van 15 april tot en met 26 mei 2026 ter inzage heeft gelegen;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        p('1. de Omgevingsvisie Noordwijk vast te stellen, zoals opgenomen in de bijlage bij dit besluit;'),
        p('2. de Nota van beantwoording zienswijzen vast te stellen;'),
        p('3. de Structuurvisie Noordwijk 2030 en de Toekomstvisie Noordwijkerhout in te trekken.'),
        p('Aldus vastgesteld in de openbare vergadering van de raad van 24 september 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. J.M. Overdevest'], right: ['de voorzitter,', '', 'W.L. Verkleij'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 2026-RV-061',
    visie: {
      opschrift: 'Omgevingsvisie Noordwijk',
      subtitel: 'Samen maken we de toekomst voor Noordwijk!',
      body: [
        h1('Inleiding'),
        h2('Aanleiding'),
        p('Sinds de fusie met Noordwijkerhout in 2019 is Noordwijk een gemeente van Noordwijk-Binnen, Noordwijk aan Zee, Noordwijkerhout, De Zilk en het buurtschap De Klei, tussen zee, duinen en bollenvelden. Aan deze visie liggen meer dan dertig visies ten grondslag, opgesteld door inwoners, ondernemers en scholieren.', { fn: 'De herindeling van Noordwijk en Noordwijkerhout ging in op 1 januari 2019.' }),
        { t: 'quote', text: '„Noordwijk moet een plek blijven waar je wilt wonen, niet alleen waar je op vakantie gaat.”', who: 'Deelnemer aan de dorpsavond in De Zilk' },
        h2('Totstandkoming'),
        p('Inwoners, ondernemers en organisaties hebben meegedacht via ', { link: 'het participatieplatform', url: 'https://www.noordwijk.nl/omgevingsvisie' }, '[+, in vier dorpsavonden en in gesprekken met jongeren op scholen+].'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Noordwijk nu, hoofdstuk 3 de ambities, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('Noordwijk nu'),
        h2('Vier kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgave'],
            ['Noordwijk aan Zee', 'Badplaats met boulevard', { text: 'Balans tussen toerisme en wonen', merge: 'restart' }],
            ['Noordwijk-Binnen', 'Historische kern', { text: '', merge: 'continue' }],
            ['Noordwijkerhout', 'Dorp in het bollengebied', 'Woningbouw voor eigen inwoners'],
            [{ text: 'De Zilk en het buitengebied met bollenvelden en landgoederen', span: 2 }, 'Open houden'],
          ],
        },
        h2('Toerisme en economie'),
        p('Noordwijk telt jaarlijks ', { comment: 'c1', text: 'ruim twee miljoen overnachtingen' }, '. ', alinea('economie', 0, P)),
        h1('Ambities'),
        p('De gewenste koers is beschreven in vijf thema\'s:'),
        paren('vrijheid om te ondernemen;', 'fijn wonen;', 'prettig samenleven;', 'bereikbaarheid;', 'duurzaamheid.'),
        h2('Wonen'),
        p(alinea('wonen', 0, P)),
        bullets('woningbouw binnen bestaand stedelijk gebied;', { text: 'betaalbare woningen:', sub: ['sociale huur;', 'middeldure huur.'] }, 'woningen voor arbeidsmigranten in het bollengebied.'),
        h2('Kust en natuur'),
        p(alinea('natuur', 0, P)),
        h3('Duinen en Natura 2000'),
        p(alinea('natuur', 1, P)),
        h3('Strand en boulevard'),
        p(alinea('landschap', 0, P)),
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P)),
        h2('Klimaat en energie'),
        p(alinea('klimaat', 0, P)),
        h1('Gebieden'),
        h2('Space Business Park'),
        p(alinea('economie', 1, P)),
        h2('Bollengebied'),
        p(alinea('landschap', 1, P)),
        h1('Uitvoering'),
        h2('Programma\'s'),
        p(alinea('uitvoering', 0, P)),
        h2('Actualisatie'),
        p('De visie wordt elke raadsperiode geëvalueerd en zo nodig aangepast.'),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'], links: true }] }],
    gios: [G('Kustzone Noordwijk', 'kustzone', [-2, 0], 1.4), G('Space Business Park', 'space-business-park', [1, -1], 0.6), G('Bollengebied Noordwijkerhout', 'bollengebied', [2, 2], 1.8)],
    config: gemeenteConfig({ vaststelling: '2026-09-24', bekendmaking: '2026-10-14' }, 'GM0575'),
    geo: { origin: [93000, 474000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Noordwijk$'],
    s13: {},
  }
})()

// w65 — Gemeente Krimpen aan den IJssel: the second of two documents of the visie, chapters 5–9 (the chapter numbering
// starts at 5); own Dutch styles "Krimpen kop 1–3" basedOn Kop 1–3 (numbering inherited), "%1" / "%1.%2" /
// "%1.%2.%3"; the thema's partly in a two-column section; a bookmark; a tracked insertion and deletion; a comment; an
// "a." list and an "i." list; a table with a header row repeated and a vertical merge; footnotes; the GIO table with
// the identifiers in a HYPERLINK field (fldSimple); "BESLUIT:" with "Artikel %1" numbered by Word with titles.
const w65 = ((): DocS13 => {
  const G = gio('gm0542', '2026-11-03')
  const P = 'Krimpen aan den IJssel'
  return {
    id: 'w65',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Krimpen aan den IJssel "Krimpen aan den IJssel 2040" (de Krimpenerwaard-rand met de wijken Oud-Krimpen, Langeland, Lansingh-Zuid, Boven-Rijvers, Kortland en Stormpolder; de Hollandse IJssel en de Algerakering, de Lekdijk en de Nieuwe Maas; bedrijventerrein Stormpolder met scheepsbouw; de Algeracorridor en de N210; samenwerking in de Metropoolregio Rotterdam Den Haag en met Capelle aan den IJssel), hier het tweede deel met de thema\'s en de uitvoering (hoofdstukken 5 tot en met 9), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Nederlandse Kop 1–3 met overgeërfde nummering en hoofdstukken vanaf 5, "%1", "%1.%2", "%1.%2.%3", twee kolommen, bladwijzer, bijgehouden invoeging en verwijdering, opmerking, "a."-lijst, "i."-lijst, tabel met herhaalde kopregel en verticaal samengevoegde cel, voetnoten, GIO-identificaties in een HYPERLINK-veld (fldSimple), "BESLUIT:" met "Artikel %1"-nummering met titels',
    bevoegdGezag: 'gm0542',
    naam: 'Gemeente Krimpen aan den IJssel',
    comments: { c1: 'Planning Algeracorridor afstemmen met de provincie.' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'nl',
      custom: ['Krimpen kop 1', 'Krimpen kop 2', 'Krimpen kop 3'],
      levels: [{ text: '%1', format: 'decimal', start: 5 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Krimpen aan den IJssel – deel 2',
      footer: 'Krimpen aan den IJssel 2040 | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Krimpen aan den IJssel tot vaststelling van de Omgevingsvisie Krimpen aan den IJssel',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Krimpen aan den IJssel;'),
        p('gelezen het voorstel van burgemeester en wethouders van 22 september 2026, nummer 1873546;'),
        p('overwegende dat de omgevingsvisie uit twee delen bestaat, deel 1 met de hoofdstukken 1 tot en met 4 en deel 2 met de hoofdstukken 5 tot en met 9, die samen als één visie worden vastgesteld;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Krimpen aan den IJssel "Krimpen aan den IJssel 2040", deel 1 en deel 2, zoals opgenomen in de bijlage, wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Krimpen aan den IJssel 2030 wordt ingetrokken.'),
        p('Aldus besloten in de openbare vergadering van de raad van 3 november 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'W.G. Blom'], right: ['De voorzitter,', '', 'J.A. Schot'] },
      ],
    },
    bijlageA: 'Bijlage: Omgevingsvisie Krimpen aan den IJssel, deel 2',
    visie: {
      opschrift: 'Omgevingsvisie Krimpen aan den IJssel – deel 2',
      subtitel: 'Thema\'s en uitvoering',
      body: [
        h1('Wonen en leefomgeving'),
        p('Dit deel volgt op deel 1, dat de ', { bookmark: 'deel1', text: 'kernwaarden en de ruimtelijke hoofdstructuur' }, ' van Krimpen aan den IJssel beschrijft.'),
        h2('Woningbouw'),
        p(alinea('wonen', 0, P)),
        h2('Vernieuwing van de wijken'),
        {
          t: 'table',
          rows: [
            ['Wijk', 'Bouwjaar', 'Opgave'],
            ['Oud-Krimpen', 'voor 1940', 'Behoud van het dijklint'],
            ['Langeland', '1965–1975', { text: 'Verduurzaming en herstructurering', merge: 'restart' }],
            ['Boven-Rijvers', '1970–1980', { text: '', merge: 'continue' }],
            ['Kortland', '1975–1985', 'Groen en spelen'],
          ],
        },
        h2('Groen en openbare ruimte'),
        p(alinea('natuur', 0, P)),
        h1('Klimaat en water'),
        h2('Waterveiligheid'),
        p(alinea('water', 0, P), { fn: 'De Algerakering sluit de Hollandse IJssel af bij hoogwater op zee.' }),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        p('Wij richten ons op:'),
        letters('minder verharding in tuinen en straten;', 'meer bomen tegen hittestress;', 'waterberging in de wijken.'),
        h2('Buitendijks gebied'),
        p(alinea('water', 1, P)),
        h1('Economie en bereikbaarheid'),
        {
          t: 'cols2',
          blocks: [
            h2('Stormpolder'),
            p(alinea('economie', 0, P)),
            h2('Algeracorridor'),
            p('De ', { comment: 'c1', text: 'Algeracorridor' }, ' is de belangrijkste verbinding met Rotterdam. ', alinea('mobiliteit', 0, P)),
          ],
        },
        h2('Fiets en openbaar vervoer'),
        p('We versterken de waterbus[-verbinding-][+ en de snelfietsroute langs de Hollandse IJssel+].'),
        h1('Energie en gezondheid'),
        h2('Energietransitie'),
        p(alinea('energie', 0, P)),
        h3('Warmtenet'),
        p(alinea('energie', 1, P)),
        h3('Zon op daken'),
        p(alinea('energie', 2, P)),
        h2('Gezonde leefomgeving'),
        p(alinea('gezondheid', 0, P)),
        h1('Uitvoering'),
        h2('Rollen'),
        p('De gemeente neemt per opgave een van deze rollen:'),
        roman('regisseren;', 'stimuleren;', 'loslaten.'),
        h2('Monitoring'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Bedrijventerrein Stormpolder', 'stormpolder', [-1, -1], 0.7), G('Buitendijks gebied Hollandse IJssel', 'buitendijks-ijssel', [1, 1], 1.2), G('Herstructurering Langeland', 'herstructurering-langeland', [2, -2], 0.6)],
    config: gemeenteConfig({ vaststelling: '2026-11-03', bekendmaking: '2026-11-25' }, 'GM0542'),
    geo: { origin: [98000, 436000] },
    meubilair: ['^Krimpen aan den IJssel 2040 \\| \\d+$', '^Omgevingsvisie Krimpen aan den IJssel – deel 2$'],
    s13: { gioField: 'simple' },
  }
})()

// w66 — Hoogheemraadschap van Delfland: chapters in an own paragraph style basedOn Normal with outline level 1 and the
// numbering, sections in Dutch Kop 2 and 3, "Hoofdstuk %1" / "%1.%2" / "%1.%2.%3"; the inhoudsopgave as a plain TOC field; a manual line break in a heading; a heading
// number typed by hand; a nested bullet list and a "1)" list; a table with a cell over two columns; an endnote and a
// footnote; a tracked deletion; the GIO table with the identifier in the middle column; "besluit:" with beslispunten
// I. and II. typed, the date in a content control.
const w66 = ((): DocS13 => {
  const G = gio('ws0372', '2026-10-20')
  const P = 'Delfland'
  const gios = [G('Boezemstelsel Delfland', 'boezemstelsel', [0, 1], 1.6), G('Primaire waterkering Delflandse kust', 'kustwaterkering', [-3, 0], 1.2), G('Glastuinbouwgebied Westland', 'glastuinbouw-westland', [-1, -2], 1)]
  return {
    id: 'w66',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie van het Hoogheemraadschap van Delfland "Delfland 2050: waterbewust leven in een stedelijke delta", in de lijn van het strategisch deel van Waterbeheerplan 5 "Geef kleur aan de toekomst van Delfland" (2016–2021: "Leven in Delfland is leven met water"; de zorgplichten droge voeten, stevige dijken en schoon water; opgericht in 1289; ruim 1,4 miljoen inwoners; waterveiligheid van de Delflandse kust en de Maasdijk, het boezemstelsel met de Delftse Schie en de Vliet, schoon water in het glastuinbouwgebied van het Westland en de Oostland, zuivering van afvalwater met Harnaschpolder en Houtrust, klimaatadaptatie in Den Haag, Delft en Rotterdam-West, samenwerking met gemeenten en de provincie Zuid-Holland), als besluit van de verenigde vergadering (algemeen bestuur), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: hoofdstukken in een eigen alineastijl gebaseerd op Standaard met overzichtsniveau 1 en nummering, paragrafen in Kop 2 en 3, "Hoofdstuk %1", "%1.%2", "%1.%2.%3", inhoudsopgave als TOC-veld, harde regeleinde in een kop, één kopnummer met de hand getypt, geneste opsomming, "1)"-lijst, tabel met een cel over twee kolommen, eindnoot, voetnoot, bijgehouden verwijdering, GIO-tabel met de identificatie in de middelste kolom, besluit "besluit:" met beslispunten I. en II. getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'ws0372',
    naam: 'Hoogheemraadschap van Delfland',
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'nl',
      custom: ['Delfland Hoofdstuk', 'Delfland Paragraaf', 'Delfland Subparagraaf'],
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Delfland 2050',
      footer: 'Hoogheemraadschap van Delfland – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de verenigde vergadering van het Hoogheemraadschap van Delfland tot vaststelling van de omgevingsvisie Delfland 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De verenigde vergadering van het Hoogheemraadschap van Delfland;'),
        p('gelezen het voorstel van het college van dijkgraaf en hoogheemraden van 15 september 2026, kenmerk 2026-VV-034;'),
        p('gelet op artikel 3.1, derde lid, en artikel 16.23 van de Omgevingswet en artikel 56 van de Waterschapswet;'),
        p('besluit:'),
        p('I. de omgevingsvisie "Delfland 2050: waterbewust leven in een stedelijke delta", opgenomen in de bijlage, vast te stellen;'),
        p('II. de Koers 2030 en de waterbeheervisie van 2016 in te trekken.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van de verenigde vergadering van ', date: '20 oktober 2026', iso: '2026-10-20', after: ' te Delft.' },
        { t: 'sign', left: ['De secretaris-algemeen directeur,', '', 'ir. P.C. Hoekstra'], right: ['De dijkgraaf,', '', 'M.J. van der Zwaag'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van de verenigde vergadering van 20 oktober 2026, kenmerk 2026-VV-034',
    visie: {
      opschrift: 'Delfland 2050',
      subtitel: 'Waterbewust leven in een stedelijke delta',
      body: [
        { t: 'toc', title: 'Inhoudsopgave' },
        h1('Inleiding'),
        h2('Waarom deze visie'),
        p('Leven in Delfland is leven met water. Delfland is een van de dichtstbevolkte en laagst gelegen gebieden van Nederland.⸨en:1⸩ Deze visie beschrijft hoe het hoogheemraadschap tot 2050 zorgt voor veiligheid, voldoende en schoon water.'),
        h2('Relatie met andere plannen'),
        p('De visie is de basis voor het waterbeheerprogramma en de waterschapsverordening.', { fn: 'Artikel 3.8 van de Omgevingswet.' }),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft het gebied, hoofdstuk 3 de opgaven en hoofdstuk 4 de samenwerking.'),
        h1('Het gebied van Delfland'),
        h2('Stad, kassen en\npolders'),
        p(alinea('landschap', 0, P, 'hoogheemraadschap')),
        h2('Het watersysteem'),
        {
          t: 'table',
          rows: [
            ['Onderdeel', 'Omvang', 'Beheer'],
            ['Boezemwater', '58 km²', 'Peilbeheer door gemalen'],
            ['Polders', '180 polders', 'Eigen peilbesluiten'],
            [{ text: 'Kust: duinen van Hoek van Holland tot Scheveningen en de Maasdijk', span: 2 }, 'Primaire waterkering'],
          ],
        },
        h2('Bodemdaling en ondergrond'),
        p(alinea('landschap', 1, P, 'hoogheemraadschap')),
        h1('Opgaven'),
        p('We zien vier opgaven:'),
        paren('stevige dijken bij zeespiegelstijging;', 'droge voeten bij hevige buien en voldoende water bij droogte;', 'schoon en gezond water;', 'duurzame zuivering en energie.'),
        h2('Waterveiligheid'),
        p(alinea('water', 0, P, 'hoogheemraadschap')),
        h3('De kust'),
        p(alinea('water', 1, P, 'hoogheemraadschap')),
        h3('De Maasdijk'),
        p('De Maasdijk wordt versterkt[- in twee fasen-] waar de toetsing dat vraagt.'),
        h2('Voldoende water'),
        p(alinea('klimaat', 0, P, 'hoogheemraadschap')),
        h2('Schoon water'),
        p(alinea('natuur', 0, P, 'hoogheemraadschap')),
        bullets('emissies uit de glastuinbouw terugdringen;', { text: 'gewasbeschermingsmiddelen:', sub: ['zuivering van bedrijfswater;', 'toezicht en handhaving.'] }, 'natuurvriendelijke oevers aanleggen.'),
        h2('Zuiveren en energie'),
        p(alinea('energie', 0, P, 'hoogheemraadschap')),
        h1('Samenwerken'),
        h2('Met gemeenten en provincie'),
        p(alinea('uitvoering', 0, P, 'hoogheemraadschap')),
        h2('Met inwoners en bedrijven'),
        p(alinea('proces', 0, P, 'hoogheemraadschap')),
        h2('Financiering'),
        p('De opgaven worden betaald uit de watersysteemheffing, de zuiveringsheffing en bijdragen van partners.'),
        typed(2, '4.4 Actualisatie'),
        p('Het hoogheemraadschap actualiseert deze visie uiterlijk in 2032.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [gioMiddle(gios, ['Werkingsgebied', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Boezem') ? '2.2' : n.startsWith('Primaire') ? '3.1' : '3.3'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-10-20', ondertekening: '2026-10-20', bekendmaking: '2026-11-10' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0372',
    },
    geo: { origin: [82000, 448000] },
    meubilair: ['^Hoogheemraadschap van Delfland – \\d+$', '^Delfland 2050$'],
    s13: { chapterStyle: { id: 'DelflandHoofdstuk', name: 'Delfland Hoofdstuk' }, endnotes: ['Ruim 1,4 miljoen mensen wonen en werken in het beheergebied van Delfland.'] },
  }
})()
export const WORD_DOCS_S14E: DocS13[] = [w61, w62, w63, w64, w65, w66]
