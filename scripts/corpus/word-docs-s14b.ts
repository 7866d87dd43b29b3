/**
 * The Word corpus documents w43 … w48 (session 14, final holdout), written by scripts/corpus/render-docx-s13.ts. Each
 * follows the structure and part of the wording of a real omgevingsvisie (or waterschapsvisie) and the besluit adopting
 * it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where the source gave none. As in
 * w31–w42 no document stresses one construct: each mixes what a publication officer's own document has — numbering
 * from numbering.xml in several forms, typed numbers, own styles, lists from numbering definitions, merged table cells,
 * footnotes, fields, tracked changes, content controls, two-column sections and a GIO table in one of several forms.
 * Markers (⸨…⸩) are explained in render-docx-s13.ts; no new marker or option is used, so w19–w42 stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, AB, werk, typed, nonum, num, gioMiddle } from './word-parts-s12.js'


// w43 — Gemeente Oisterwijk: English Heading 1–3 with the numbering on each heading paragraph and each level linked to
// its style (w:pStyle in the w:lvl), "Hoofdstuk %1" / "%1.%2." / "%1.%2.%3."; the contents in Word's TOC content
// control; thema's, waarden and ambities per gebied in a table with a cell over two columns; body-style numbered
// paragraphs for the doelen; footnotes and a hyperlink; an "a." list and nested bullets; a tracked insertion and
// deletion; the GIO table with each identifier inside a HYPERLINK field (fldSimple); "BESLUIT:" with "Artikel %1"
// numbered by Word with titles, the date in a content control.
const w43 = ((): DocS13 => {
  const G = gio('gm0824', '2026-11-12')
  const P = 'Oisterwijk'
  return {
    id: 'w43',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Oisterwijk (omgevingsvisie.oisterwijk.nl, "Het proces": startnotitie van 22 mei 2014, enquête eind 2014, avonden van 20 april en 11 mei 2015 met inwoners, ondernemers en raadsleden, koplopers; vastgesteld 22 december 2016 als digitale visie die per gebied thema\'s, waarden en ambities geeft, gmb-2017-818; de kernen Oisterwijk, Moergestel en Heukelom en sinds 2021 Haaren; de Visie Buitengebied van 2022 met natuur, landbouw, toerisme en wonen in balans; ambities "gezonde wijken", "koploper in actief genieten" en "landschapspark Oisterwijk"), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Engelse Heading 1–3 met nummering op iedere kopalinea en ieder niveau aan zijn stijl gekoppeld, "Hoofdstuk %1", "%1.%2.", "%1.%2.%3.", inhoudsopgave in een inhoudsopgave-besturingselement, tabel met een cel over twee kolommen, genummerde alinea\'s in Plattetekst, voetnoten, hyperlink, "a."-lijst, geneste opsomming, bijgehouden invoeging en verwijdering, GIO-tabel met de identificaties in een HYPERLINK-veld (fldSimple), "BESLUIT:" met "Artikel %1"-nummering en titels, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0824',
    naam: 'Gemeente Oisterwijk',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      numberingOnParagraph: true,
      linkStyle: true,
      lang: 'en',
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Oisterwijk 2040',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Oisterwijk tot vaststelling van de Omgevingsvisie Oisterwijk 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Oisterwijk;'),
        p('gelezen het voorstel van burgemeester en wethouders van 6 oktober 2026, nummer 2026/0871;'),
        p('overwegende dat de ontwerp-omgevingsvisie met ingang van 2 juli 2026 zes weken ter inzage heeft gelegen en dat de zienswijzen zijn samengevat en beantwoord in de Nota van zienswijzen;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet;'),
        p('BESLUIT:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Oisterwijk 2040, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Nota van zienswijzen'),
        p('De Nota van zienswijzen ontwerp-Omgevingsvisie Oisterwijk 2040 wordt vastgesteld.'),
        art('Intrekking'),
        p('De Omgevingsvisie Oisterwijk, vastgesteld op 22 december 2016, en de Visie Buitengebied worden ingetrokken.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van de raad van ', date: '12 november 2026', iso: '2026-11-12', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'mr. drs. E.H.M. van Gils'], right: ['De voorzitter,', '', 'H.J.M. Janssen'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 12 november 2026, nummer 2026/0871',
    visie: {
      opschrift: 'Omgevingsvisie Oisterwijk 2040',
      subtitel: 'Samen werken aan een gezond en gastvrij Oisterwijk',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', sdt: true },
        h1('Inleiding'),
        h2('Aanleiding'),
        p('Met de Omgevingswet moet iedere gemeente één omgevingsvisie hebben voor haar hele grondgebied. Sinds 1 januari 2021 hoort de kern Haaren met het bijbehorende buitengebied bij Oisterwijk; de visie uit 2016 en de Visie Buitengebied gaan op in deze nieuwe visie.', { fn: 'Omgevingsvisie Oisterwijk, vastgesteld op 22 december 2016 (NL.IMRO.0824.Omgevingsvisie-VA01).' }),
        h2('Hoe de visie tot stand kwam'),
        p('Bij het opstellen zijn op verschillende momenten inwoners en ondernemers betrokken. [-Er werd een enquête gehouden.-][+Een enquête gaf een goede afspiegeling van de Oisterwijkse bevolking, naar leeftijd en woongebied.+] Alle verslagen staan op ', { link: 'omgevingsvisie.oisterwijk.nl', url: 'https://omgevingsvisie.oisterwijk.nl/home/het-proces' }, '.'),
        h2('Leeswijzer'),
        p('Per gebied beschrijven we welke thema\'s spelen, welke waarden daarbij horen en welke ambities gelden. Past een initiatief binnen deze kaders, dan kan een initiatiefnemer rekenen op een positieve houding van de gemeente.'),
        h1('Oisterwijk in 2040'),
        h2('Onze doelen'),
        p('De visie heeft de volgende doelen:'),
        num('een richtinggevend kader voor het beleid voor de fysieke leefomgeving;'),
        num('een toetsingskader voor initiatieven die niet passen in het omgevingsplan;'),
        num('inspiratie voor ondernemers, bestuurders en inwoners.'),
        h2('Integrale ambities'),
        h3('Gezonde wijken'),
        p(alinea('gezondheid', 0, P)),
        h3('Koploper in actief genieten'),
        p('Geen groei in intensieve parken, maar in actieve functies, luxe faciliteiten en horeca.'),
        h3('Landschapspark Oisterwijk'),
        p(alinea('landschap', 0, P)),
        h1('Gebieden'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Waarden', 'Ambities'],
            ['Centrum Oisterwijk', 'Lindeboom, Lind en vennen', 'Levendig en gastvrij'],
            ['Villawijken', 'Specifieke kwaliteit en identiteit', 'Behoud van groen'],
            ['Moergestel en Haaren', 'Dorpse maat en schaal', 'Voorzieningen op peil'],
            [{ text: 'Buitengebied: overgangszone naar bos- en natuurgebieden, landbouw en recreatie', span: 2 }, 'Landschapspark'],
          ],
        },
        h2('De kernen'),
        h3('Oisterwijk'),
        p(alinea('wonen', 1, P)),
        letters('eerst binnen de kernen bouwen;', 'woningen voor jongeren en ouderen voorop;', 'de dorpse maat behouden.'),
        h3('Moergestel'),
        h3('Haaren en Heukelom'),
        h2('Het buitengebied'),
        p(alinea('natuur', 1, P)),
        bullets('natuur: de Oisterwijkse Bossen en Vennen en de Kampina;', { text: 'landbouw:', sub: ['ruimte voor verbreding;', 'vrijkomende agrarische bebouwing hergebruiken.'] }, 'toerisme en recreatie in balans met de natuur.'),
        h1('Thema\'s'),
        h2('Energie en klimaat'),
        p(alinea('energie', 1, P), { fn: 'Regionale Energiestrategie Hart van Brabant.' }),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h1('Uitvoering'),
        h2('Van visie naar omgevingsplan'),
        p(alinea('uitvoering', 1, P)),
        h2('Monitoring'),
        p('Elke raadsperiode bekijken we of de visie nog actueel is.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Landschapspark Oisterwijk', 'landschapspark', [0, -2], 2), G('Centrum Oisterwijk', 'centrum', [0, 0], 0.4), G('Kampina en Oisterwijkse Vennen', 'kampina', [2, -3], 1.2)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-12', ondertekening: '2026-11-12', bekendmaking: '2026-11-25' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0824',
    },
    geo: { origin: [141000, 400000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Oisterwijk 2040$'],
    s13: { gioField: 'simple' },
  }
})()

// w44 — Gemeente Rijswijk: Dutch Kop 1–3 whose numbering ("%1.", "%1.%2", "%1.%2.%3") is reached through a numbering
// style (numStyleLink/styleLink), Kop 1 in capitals over titles typed in lower case; a Voorwoord with its number
// suppressed; the contents as a TOC field with its cached result; a two-column section; a comment; an "i." list; a
// table with a header row repeated and a vertical merge; an endnote; the GIO table of three columns with the
// identifier in the middle; "BESLUIT:" with Artikel I and II typed.
const w44 = ((): DocS13 => {
  const G = gio('gm0603', '2026-07-07')
  const P = 'Rijswijk'
  const gios = [G('Stadsas', 'stadsas', [0, 0], 0.8), G('Landgoederenzone Rijswijk', 'landgoederenzone', [-1, 2], 1), G('Rijswijk-Buiten en Sion', 'rijswijk-buiten', [1, -2], 0.9)]
  return {
    id: 'w44',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie "Rijswijk; gezonde buitenplaats in de metropool" (CVDR743400, geldend vanaf 15 augustus 2025: Voorwoord "Voor u ligt de omgevingsvisie … onze visie op de toekomst van de leefomgeving van Rijswijk. Daarbij gaat het om de lange termijn (2050) en om de fysieke leefomgeving", "Omdat de ruimte beperkt is, moeten we scherpe keuzes maken: niet alles kan overal", brede welvaart in 2050; de Stadsvisie 2030 met de pijlers "Betrokken inwoners pakken kansen", "Groene buitenplaats voor stedelijk wonen" en "Innovatieve katalysator van de regionale economie"; Bogaard stadscentrum, Havenkwartier, Kessler Park, Rijswijk-Buiten; raadsbesluiten met "BESLUIT:"), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 genummerd via een nummeringsstijl (numStyleLink/styleLink), Kop 1 in hoofdletters over titels in kleine letters, Voorwoord met onderdrukte nummering, TOC-veld, twee kolommen, opmerking, "i."-lijst, tabel met herhaalde kopregel en verticaal samengevoegde cel, eindnoot, GIO-tabel van drie kolommen met de identificatie in het midden, "BESLUIT:" met Artikel I en II getypt',
    bevoegdGezag: 'gm0603',
    naam: 'Gemeente Rijswijk',
    comments: { c1: 'Jaartal brede-welvaartsmonitor nog controleren (CBS).' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'nl',
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Rijswijk; gezonde buitenplaats in de metropool',
      footer: 'Omgevingsvisie Rijswijk | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Rijswijk tot vaststelling van de omgevingsvisie Rijswijk; gezonde buitenplaats in de metropool',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De gemeenteraad van Rijswijk,'),
        p('bijeen in openbare vergadering op 7 juli 2026,'),
        p('gelezen het voorstel van burgemeester en wethouders d.d. 2 juni 2026, nr. 2026-RV-044;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        tk('Artikel I'),
        p('De omgevingsvisie "Rijswijk; gezonde buitenplaats in de metropool", zoals opgenomen in de bijlage, vast te stellen.'),
        tk('Artikel II'),
        p('De Stadsvisie Rijswijk 2030 en de Structuurvisie Rijswijk 2030 in te trekken.'),
        p('Aldus vastgesteld in de openbare vergadering van 7 juli 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. L.M. de Jong'], right: ['De voorzitter,', '', 'M.J. Bezuijen'] },
      ],
    },
    bijlageA: 'Bijlage: Rijswijk; gezonde buitenplaats in de metropool',
    visie: {
      opschrift: 'Rijswijk; gezonde buitenplaats in de metropool',
      subtitel: 'Omgevingsvisie Rijswijk 2050',
      body: [
        { t: 'toc', title: 'Inhoud' },
        nonum(1, 'Voorwoord'),
        p('Voor u ligt de omgevingsvisie "Rijswijk; gezonde buitenplaats in de metropool". Daarbij gaat het om de lange termijn (2050) en om de fysieke leefomgeving: ruimte voor wonen, werken, infrastructuur en natuur, maar ook voor gezondheid en cultureel erfgoed.'),
        h1('inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('De wereld is continu in verandering: er komen allerlei trends en ontwikkelingen op ons af. Omdat de ruimte beperkt is, moeten we scherpe keuzes maken: niet alles kan overal.⸨en:1⸩'),
        h2('Status en reikwijdte'),
        h2('Totstandkoming'),
        p('Inwoners, ondernemers, maatschappelijke organisaties en andere overheden hebben meerdere malen intensief meegedacht, onder meer over de verschillende ontwikkelrichtingen.'),
        h1('brede welvaart als kompas'),
        h2('Wat verstaan we onder brede welvaart'),
        p('In 2050 heeft de hele samenleving van Rijswijk een ', { comment: 'c1', text: 'brede welvaart' }, '. Naast materiële welvaart zijn gezondheid, onderwijs, milieu en leefomgeving, sociale samenhang, persoonlijke ontplooiing en veiligheid minstens even belangrijk.'),
        h2('Drie pijlers'),
        roman('betrokken inwoners pakken kansen;', 'groene buitenplaats voor stedelijk wonen;', 'innovatieve katalysator van de regionale economie.'),
        h1('keuzes voor de stad'),
        {
          t: 'cols2',
          blocks: [
            h2('Groen en gezond'),
            p(alinea('gezondheid', 2, P)),
            h2('Wonen en werken'),
            p(alinea('wonen', 2, P)),
          ],
        },
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 1, P)),
        h2('Energie en klimaatadaptatie'),
        h3('Warmtetransitie'),
        p(alinea('energie', 0, P)),
        h3('Hitte en wateroverlast'),
        p(alinea('klimaat', 1, P)),
        h1('gebieden'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Opgave', 'Fase'],
            ['Bogaard stadscentrum', 'Transformatie winkels en kantoren tot woningen', { text: 'In uitvoering', merge: 'restart' }],
            ['Havenkwartier', 'Gemengd woon-, werk- en verblijfsgebied', { text: '', merge: 'continue' }],
            ['Kessler Park', 'Campus voor wonen, werken en leren', { text: '', merge: 'continue' }],
            ['Te Werve Oost', 'Groene en leefbare wijk', 'Voorbereiding'],
          ],
        },
        h2('De stadsas'),
        h2('De landgoederenzone'),
        p(alinea('erfgoed', 0, P)),
        h2('Rijswijk-Buiten en Sion'),
        h1('uitvoering'),
        h2('Programma\'s en omgevingsplan'),
        p(alinea('uitvoering', 2, P)),
        h2('Monitoring'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Gebied', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Stads') ? '4.1' : n.startsWith('Land') ? '4.2' : '4.3'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-07-07', ondertekening: '2026-07-07', bekendmaking: '2026-07-15' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0603',
    },
    geo: { origin: [82000, 451000] },
    meubilair: ['^Omgevingsvisie Rijswijk \\| \\d+$', '^Rijswijk; gezonde buitenplaats in de metropool$'],
    s13: {
      styleLink: 'Koppen Rijswijk',
      endnotes: ['De Stadsvisie Rijswijk 2030 "Samen maken we de stad" gaat op in deze omgevingsvisie.'],
    },
  }
})()

// w45 — Gemeente Schagen: headings as Normal paragraphs with their own outline level and numbering "%1." / "%1.%2." /
// "%1.%2.%3." in bold runs (an English document); a manual line break in a heading; the acht speerpunten in a "1)"
// list that continues after a paragraph in between; a quote in a text box; a bookmark; footnotes; a table with a cell
// over two columns; contents as hyperlinks with PAGEREF fields; GIO identifiers in a run per path segment inside a
// hyperlink; "besluit:" with beslispunten 1. and 2. typed, the date in a content control.
const w45 = ((): DocS13 => {
  const G = gio('gm0441', '2026-12-15')
  const P = 'Schagen'
  return {
    id: 'w45',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Schagen (vastgesteld 14 december 2021; omgevingsvisieschagen.nl en schagen.nl/omgevingsvisie: "Schagen is een gemeente waar het goed wonen, leven en recreëren is. Om in de toekomst dit zo te houden, moeten we nu al belangrijke keuzes maken", de acht speerpunten "In 2040 is gemeente Schagen: een gezinsvriendelijke gemeente met een stad die belangrijk is voor de regio …", waarden per stad, grotere dorpen, kleine dorpen en landschappen, visiekaart, MER met 14 reacties; Greenport Noord-Holland Noord; regio Kop van Noord-Holland; de Omgevingsvisie Stad Schagen 2040 met Schagen Oost), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: koppen als alinea\'s met eigen overzichtsniveau en nummering "%1.", "%1.%2.", "%1.%2.%3." in vette runs (Engelse stijlnamen), harde regeleinde in een kop, "1)"-lijst die na een tussenalinea doorloopt, citaat in een tekstvak, bladwijzer, voetnoten, tabel met een cel over twee kolommen, inhoudsopgave als hyperlinks met PAGEREF-velden, GIO-identificaties per padsegment in een hyperlink, "besluit:" met beslispunten 1 en 2 getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0441',
    naam: 'Gemeente Schagen',
    style: {
      font: 'Open Sans',
      size: 10,
      via: 'outline',
      lang: 'en',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Schagen 2040',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Schagen tot vaststelling van de Omgevingsvisie Schagen 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Schagen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 10 november 2026, zaaknummer 2026-114208;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('besluit:'),
        p('1. de Omgevingsvisie Schagen 2040 met de visiekaart, zoals opgenomen in de bijlage, vast te stellen;'),
        p('2. de Omgevingsvisie Schagen van 14 december 2021 en de Omgevingsvisie Stad Schagen 2040 in te trekken.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare raadsvergadering van ', date: '15 december 2026', iso: '2026-12-15', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'M.C. Ruiter'], right: ['De voorzitter,', '', 'M.J.G. Sijtsma'] },
      ],
    },
    bijlageA: 'Bijlage behorende bij het raadsbesluit van 15 december 2026',
    visie: {
      opschrift: 'Omgevingsvisie Schagen 2040',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        h1('Inleiding'),
        h2('Waarom een visie'),
        p('Schagen is een gemeente waar het goed wonen, leven en recreëren is. Om dit in de toekomst zo te houden, moeten we nu al belangrijke keuzes maken. Die keuzes noemen we de speerpunten van de omgevingsvisie.'),
        h2('Wanneer krijgt u te maken met de visie'),
        p('Heeft u een plan dat niet in het omgevingsplan past, bijvoorbeeld een veld met zonnepanelen voor uw dorp of een groter recreatiebedrijf? Dan geeft de visie aan wat voor uw plan belangrijk is.', { fn: 'Artikel 3.2 van de Omgevingswet: de visie bevat de hoofdzaken van het beleid.' }),
        h2('Hoe de visie tot stand kwam'),
        { t: 'quote', text: '„Wat vindt u nu écht belangrijk voor de toekomst van onze gemeente?”', who: 'vraag aan inwoners, voorjaar 2020' },
        h1('Gemeente Schagen nu'),
        h2('Stad, dorpen en\nlandschappen'),
        p('De gemeente telt naast de stad Schagen 29 plaatsen en 29 buurtschappen, in de voormalige gemeenten Schagen, Zijpe en Harenkarspel.'),
        {
          t: 'table',
          rows: [
            ['Deelgebied', 'Waarden', 'Voorbeelden'],
            ['Stad Schagen', 'Regionale marktstad', 'Markt, Slotkerk'],
            ['Grotere dorpen', 'Voorzieningen en verenigingsleven', 'Schagerbrug, Sint Maarten, Warmenhuizen'],
            [{ text: 'Landschappen: het oude land, de Zijpe- en Hazepolder, de kust en de duinen', span: 2 }, 'Stolpboerderijen, molens'],
          ],
        },
        h2('Waarden per deelgebied'),
        h3('De stad Schagen'),
        p(alinea('economie', 1, P)),
        h3('De dorpen'),
        p('Het verenigingsleven, de school en de dorpshuizen maken de dorpen sterk; waardevolle molens, stolpboerderijen en kerken geven ze hun gezicht.'),
        h3('De landschappen'),
        p(alinea('landschap', 0, P)),
        h2('De regio'),
        p('Met Den Helder, Texel en Hollands Kroon vormt Schagen de regio Kop van Noord-Holland.'),
        h1('Speerpunten'),
        p('In 2040 is gemeente Schagen:'),
        paren('een gezinsvriendelijke gemeente met een stad die belangrijk is voor de regio, met sterke dorpen;', 'een gemeente die nationaal en internationaal meedoet op het gebied van toerisme en recreatie, wetenschap en nieuwe vormen van landbouw;', 'een gemeente die steeds aansluit bij de groeiende behoefte aan woningen;', 'een gemeente waar iedereen mee kan doen;'),
        p('Daarnaast is Schagen in 2040:'),
        { t: 'list', kind: 'paren', items: ['een gemeente waar kernen, voorzieningen, onderwijs en werk goed bereikbaar zijn;', 'een veilige, gezonde en sportieve gemeente;', 'een duurzame gemeente;', 'een gemeente waarin bewoners en bezoekers de omgeving waardevol vinden.'], continues: true },
        h2('Gezinsvriendelijk en sterke dorpen'),
        p(alinea('wonen', 0, P)),
        h2('Toerisme, wetenschap en landbouw'),
        h3('Greenport Noord-Holland Noord'),
        p('We steunen het platform ', { bookmark: 'greenport', text: 'Greenport Noord-Holland Noord' }, ', een plek voor samenwerking tussen bedrijven, onderwijs, kennisinstellingen en overheden.'),
        h3('Kust en recreatie'),
        p(alinea('erfgoed', 1, P)),
        h2('Bereikbaar'),
        p(alinea('mobiliteit', 2, P)),
        h2('Duurzaam'),
        p(alinea('energie', 2, P), { fn: 'Regionale Energiestrategie Noord-Holland Noord.' }),
        h1('Uitvoering'),
        h2('Visiekaart en acties'),
        p('Bij ieder speerpunt horen acties; welke acties op welke plek gelden, is te zien op de visiekaart.'),
        h2('Milieueffectrapport'),
      ],
    },
    bijlagen: [{ nummer: 'II', opschrift: 'Werkingsgebieden visiekaart', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Schagen Oost', 'schagen-oost', [1, 0], 0.7), G('Kustzone Petten-Callantsoog', 'kustzone', [-5, 1], 2), G('Zoekgebied zonnevelden', 'zoekgebied-zon', [3, 4], 1.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-12-15', ondertekening: '2026-12-15', bekendmaking: '2026-12-23' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0441',
    },
    geo: { origin: [113000, 537000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Schagen 2040$'],
    s13: {},
  }
})()

// w46 — Gemeente Sliedrecht: level 1 in an own paragraph style "SL Hoofdstuk" (basedOn Normal, outline level 0) numbered
// "%1" from 0 ("0 Samenvatting"), sections in Dutch Kop 2/3 "%1.%2" / "%1.%2.%3"; the three kernopgaven
// in a table with a two-level bullet list in a cell; a table nested in a cell; hidden text; a tracked deletion and
// insertion in a heading; a footnote; an "a." list; GIO identifiers inside a HYPERLINK field (fldChar) in the plain
// table; "Besluit:" with Artikel 1 and 2 typed with a title, the date in a content control.
const w46 = ((): DocS13 => {
  const G = gio('gm0610', '2026-09-22')
  const P = 'Sliedrecht'
  return {
    id: 'w46',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Sliedrecht (vastgesteld door de raad op 14 december 2021 met het Omgevingseffectrapport, NL.IMRO.0610.OVSliedrecht2021; sliedrecht.nl: "Het is nu fijn wonen, werken en recreëren in Sliedrecht. Maar hoe zorgen we dat dat zo blijft? Hoe houden we droge voeten?", fasen "Bepalen uitgangspunten", "Koers bepalen", kernwaarden, kernkwaliteiten en kernopgaven, "We willen 2500 woningen bouwen, maar ook meer groen en bomen", energie- en klimaatneutraal in 2050; de drie kernopgaven ruimtelijke vernieuwing, veilige, gezonde en inclusieve samenleving, ondernemend en betrokken; vervangt de Structuurvisie 2018), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: hoofdstukken in een eigen stijl gebaseerd op Standaard met overzichtsniveau 0, genummerd "%1" vanaf 0, paragrafen in Kop 2/3, opsomming in twee niveaus in een tabelcel, tabel in een cel, verborgen tekst, bijgehouden verwijdering en invoeging in een kop, voetnoot, "a."-lijst, GIO-identificaties in een HYPERLINK-veld, "Besluit:" met Artikel 1 en 2 getypt met titel, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0610',
    naam: 'Gemeente Sliedrecht',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'custom',
      lang: 'nl',
      custom: ['SL Hoofdstuk', 'SL Paragraaf', 'SL Subparagraaf'],
      levels: [{ text: '%1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Sliedrecht',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Sliedrecht tot vaststelling van de herziene Omgevingsvisie Sliedrecht',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Sliedrecht,'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 25 augustus 2026, nummer RV-2026-061,'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet,'),
        p('Besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De herziene Omgevingsvisie Sliedrecht, zoals opgenomen in de bijlage, wordt vastgesteld.'),
        tk('Artikel 2 Intrekking'),
        p('De Omgevingsvisie Sliedrecht, vastgesteld op 14 december 2021, wordt ingetrokken.'),
        { t: 'date', before: 'Aldus besloten in de openbare raadsvergadering van ', date: '22 september 2026', iso: '2026-09-22', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'drs. P.H. de Vries'], right: ['de voorzitter,', '', 'R.J. Hoogvliet'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 22 september 2026',
    visie: {
      opschrift: 'Omgevingsvisie Sliedrecht',
      subtitel: 'Herziening 2026',
      body: [
        h1('Samenvatting'),
        p('Welke richting willen we op met Sliedrecht? Ambities volop! We willen 2500 woningen bouwen, maar ook meer groen en bomen. We zetten in op energie- en klimaatneutraal in 2050 en we willen de ruimtelijke kwaliteit verbeteren.⸨hide: [kaart samenvatting invoegen]⸩ Maar de ruimte in Sliedrecht is beperkt.'),
        h1('Inleiding'),
        h2('Wat is de omgevingsvisie'),
        p('De omgevingsvisie is een strategische visie voor de lange termijn. We schrijven erin op hoe we onze leefomgeving willen inrichten.', { fn: 'De visie is zelfbindend: zij bindt de gemeente, niet de inwoners.' }),
        h2('Stap voor stap'),
        letters('bepalen uitgangspunten: kernwaarden, kernkwaliteiten en kernopgaven;', 'koers bepalen: keuzes voor de toekomst van Sliedrecht;', 'de visie opstellen en vaststellen.'),
        h2('Waarom een herziening'),
        h1('Sliedrecht nu'),
        h2('Kernwaarden'),
        p(alinea('erfgoed', 1, P)),
        h2('Kernkwaliteiten'),
        h3('Het dijklint'),
        p(alinea('landschap', 1, P)),
        h3('De rivier'),
        p(alinea('water', 0, P)),
        bullets('droge voeten: de Merwededijk op hoogte;', 'toegankelijke rivieroevers;', 'groene verbindingen tussen dijk en polder.'),
        h1('Kernopgaven'),
        {
          t: 'table',
          rows: [
            ['Kernopgave', 'Onderdelen'],
            ['Ruimtelijke vernieuwing', '⸨cb:1⸩'],
            ['Veilige, gezonde en inclusieve samenleving', 'Milieu en gezondheid, sociaal, veilig'],
            ['Ondernemend en betrokken', 'Sport, cultuur, recreatie, vitale bedrijventerreinen en een levendig centrum'],
          ],
        },
        h2('Ruimtelijke vernieuwing'),
        h3('Woningbouw'),
        {
          t: 'table',
          rows: [
            ['Locatie', 'Programma'],
            ['Binnenstedelijk', '⸨nest:1⸩'],
            ['Baanhoek-West', 'circa 600 woningen'],
          ],
        },
        h3('Groen en bomen'),
        p(alinea('natuur', 2, P)),
        h2('[-Veilig en gezond-][+Veilige, gezonde en inclusieve samenleving+]'),
        p(alinea('gezondheid', 1, P)),
        h2('Ondernemend en betrokken'),
        p(alinea('economie', 2, P)),
        h1('Koers per deelgebied'),
        h2('Centrum en dijklint'),
        h2('Woonwijken'),
        h2('Bedrijventerreinen en rivieroevers'),
        h1('Uitvoering'),
        h2('Omgevingsplan en programma\'s'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Dijklint Sliedrecht', 'dijklint', [0, 1], 0.5), G('Baanhoek-West', 'baanhoek-west', [2, 0], 0.6), G('Rivieroevers Merwede', 'rivieroevers', [-1, 2], 1)],
    config: {
      werk,
      datums: { vaststelling: '2026-09-22', ondertekening: '2026-09-22', bekendmaking: '2026-10-06' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0610',
    },
    geo: { origin: [110000, 425000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Sliedrecht$'],
    s13: {
      chapterStyle: { id: 'SLHoofdstuk', name: 'SL Hoofdstuk' },
      gioField: 'char',
      cellLists: [[{ text: 'woningbouw:', sub: ['binnenstedelijk', 'Baanhoek-West'] }, { text: 'ruimtelijke kwaliteit, duurzaamheid en bereikbaarheid' }]],
      nested: [[['Deellocatie', 'Woningen'], ['Stationsgebied', '450'], ['Dijklint', '150']]],
    },
  }
})()

// w47 — Gemeente Son en Breugel: deel 2 of a visie in two documents, chapters 5–8: English Heading 1–3 with the
// numbering on each heading paragraph, "Hoofdstuk %1" from 5, sections "%1.%2" restarted per chapter by Word's
// "restart at 1" (lvlOverride/startOverride); a heading whose number is typed by hand; a comment; a "1)" list; a table
// with a header row repeated, a cell over two columns and a vertical merge; footnotes; a two-column section; the GIO
// table with the identifier in the middle column; "besluit:" with "Artikel %1" numbered by Word with titles.
const w47 = ((): DocS13 => {
  const G = gio('gm0848', '2026-05-28')
  const P = 'Son en Breugel'
  const gios = [G('Dommeldal', 'dommeldal', [0, 1], 1.2), G('Science Park Best-Son', 'science-park', [-2, -1], 0.7), G('Zoekgebied zonneweiden Breugel-Noord', 'zoekgebied-zon', [2, 3], 0.9)]
  return {
    id: 'w47',
    set: 'holdout',
    bron: 'Naar de omgevingsvisie Son en Breugel "OOg op een zonnige toekomst!" (sonenbreugel.nl: "In de periode 2019 - 2021 zijn we samen met inwoners op zoek gegaan naar de toekomst voor Son en Breugel. Over de vraag waar we in Son en Breugel bijvoorbeeld nieuwe woningen gaan bouwen, hoe we omgaan met natuur, gezondheid, duurzaamheid en klimaat en de inrichting van ons bedrijventerrein en het buitengebied", vooruitkijken naar 2050, ontwerp ter inzage van 4 november tot en met 16 december 2021, dialoogavond in café-restaurant De Zwaan; Rijk van Dommel en Aa en "Verslingerd aan de Dommel"), deel 2 (hoofdstukken 5 tot en met 8), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Engelse Heading 1–3 met nummering op iedere kopalinea, "Hoofdstuk %1" vanaf 5, paragrafen met Word\'s "opnieuw beginnen bij 1" (lvlOverride/startOverride), een met de hand getypt paragraafnummer, opmerking, "1)"-lijst, tabel met herhaalde kopregel, een cel over twee kolommen en verticaal samengevoegde cel, voetnoten, twee kolommen, GIO-tabel met de identificatie in de middelste kolom, "besluit:" met "Artikel %1"-nummering en titels',
    bevoegdGezag: 'gm0848',
    naam: 'Gemeente Son en Breugel',
    comments: { c1: 'Aantal woningen afstemmen met de Woonvisie 2026.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      numberingOnParagraph: true,
      overrideRestart: true,
      lang: 'en',
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal', start: 5 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'OOg op een zonnige toekomst! – deel 2',
      footer: 'Omgevingsvisie Son en Breugel – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Son en Breugel tot vaststelling van de omgevingsvisie Son en Breugel "OOg op een zonnige toekomst!"',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Son en Breugel;'),
        p('gelezen het voorstel van burgemeester en wethouders van 21 april 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De omgevingsvisie Son en Breugel "OOg op een zonnige toekomst!", bestaande uit deel 1 (hoofdstukken 1 tot en met 4) en deel 2 (hoofdstukken 5 tot en met 8), wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Son en Breugel "een ruimtelijke uitnodiging voor 2020/2030" wordt ingetrokken.'),
        p('Aldus vastgesteld in de openbare vergadering van 28 mei 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. S.M. van der Heijden'], right: ['De voorzitter,', '', 'J.N.J. Gerritsen'] },
      ],
    },
    bijlageA: 'Bijlage 2 bij het raadsbesluit van 28 mei 2026: deel 2',
    visie: {
      opschrift: 'OOg op een zonnige toekomst!',
      subtitel: 'Omgevingsvisie Son en Breugel, deel 2: de gebieden',
      body: [
        h1('Het dorp Son'),
        p('In dit deel maken we de koers uit deel 1 concreet per gebied. We kijken vooruit naar 2050.'),
        h2('Centrum en Markt'),
        p(alinea('economie', 0, P)),
        h2('Voorzieningen'),
        p(alinea('gezondheid', 2, P)),
        h2('Woonwijken'),
        p('Tot 2035 bouwen we ', { comment: 'c1', text: 'circa 1.200 woningen' }, ', vooral voor starters en ouderen.', { fn: 'Woonvisie Son en Breugel; de aantallen volgen de regionale woningbouwafspraken.' }),
        paren('eerst inbreiden in de bestaande wijken;', 'daarna Sonniuswijk en Breugel-Noord;', 'altijd met aandacht voor groen en klimaat.'),
        h2('Het Dommeldal'),
        h3('Natuur en recreatie'),
        p(alinea('natuur', 0, P)),
        h3('Water'),
        p(alinea('water', 2, P)),
        h1('Het dorp Breugel'),
        h2('Dorpskern'),
        h2('Wonen in Breugel'),
        p(alinea('wonen', 1, P)),
        h2('De Breugelse Dommelbeemden'),
        p(alinea('erfgoed', 0, P)),
        h1('Werken en bedrijventerreinen'),
        {
          t: 'table',
          rows: [
            ['Terrein', 'Profiel', 'Ruimte'],
            ['Ekkersrijt', 'Regionaal bedrijventerrein', { text: 'Intensiveren', merge: 'restart' }],
            ['Science Park Best-Son', 'Kennisintensieve bedrijven', { text: '', merge: 'continue' }],
            [{ text: 'Lokale bedrijvigheid in de dorpskernen: kleinschalig en gemengd met wonen', span: 2 }, 'Behouden'],
          ],
        },
        h2('Ekkersrijt'),
        h2('Science Park'),
        typed(2, '7.3 Werken aan huis en in het buitengebied'),
        p('Kleinschalige bedrijvigheid aan huis en in vrijkomende agrarische bebouwing is welkom als zij past bij de omgeving.'),
        h1('Het buitengebied'),
        {
          t: 'cols2',
          blocks: [
            h2('Landbouw'),
            p(alinea('landschap', 2, P)),
            h2('Energie'),
            p(alinea('energie', 0, P), { fn: 'Regionale Energiestrategie Metropoolregio Eindhoven.' }),
          ],
        },
        h2('Rijk van Dommel en Aa'),
        h3('Natuurnetwerk Brabant'),
        h3('Recreatieve verbindingen'),
        p('Samen met Nuenen, Eindhoven, Geldrop-Mierlo, waterschap De Dommel, Staatsbosbeheer en Brabants Landschap werken we aan de ontbrekende schakels.'),
      ],
    },
    bijlagen: [{ nummer: '2a', opschrift: 'Geografische informatieobjecten deel 2', blocks: [gioMiddle(gios, ['Naam', 'Identificatie', 'Hoofdstuk'], (n) => (n.startsWith('Dommel') ? '5' : n.startsWith('Science') ? '7' : '8'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-05-28', ondertekening: '2026-05-28', bekendmaking: '2026-06-10' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0848',
    },
    geo: { origin: [162000, 392000] },
    meubilair: ['^Omgevingsvisie Son en Breugel – \\d+$', '^OOg op een zonnige toekomst! – deel 2$'],
    s13: {},
  }
})()

// w48 — Waterschap Vallei en Veluwe (ws0662, used before with another visie): own Dutch styles "VV Kop 1–3" basedOn Kop
// 1–3 (numbering inherited), chapters "%1." in capitals (upperRoman), sections "%1.%2" and "%1.%2.%3" with w:isLgl
// (1.1 under chapter I); the zes hoofdthema's in a table with a vertical merge; a tracked insertion in a heading; a
// quote in a text box; a "i." list and nested bullets; a footnote and a hyperlink; a two-column section; a TOC field;
// the GIO table with the identifier inside a HYPERLINK field (fldChar); besluit of the algemeen bestuur "besluit:"
// with beslispunten I. and II. typed, the date in a content control.
const w48 = ((): DocS13 => {
  const G = gio('ws0662', '2026-04-16')
  const P = 'Vallei en Veluwe'
  return {
    id: 'w48',
    set: 'holdout',
    bron: 'Naar de langetermijnvisie en het Waterbeheerprogramma van Waterschap Vallei en Veluwe ("Partnerschap als watermerk": "Op basis van de strategische doelstellingen uit onze Langetermijnvisie, de Deltabeslissingen, de aanbevelingen uit het … OESO-rapport en de Kaderrichtlijn Water", "onze ruim 1 miljoen inwoners", de zes hoofdthema\'s bescherming tegen overstromingen, voorkomen watertekort en wateroverlast, schoon water in een natuurlijke omgeving, scheiden van regenwater en rioolwater, opnieuw gebruiken van waardevolle stoffen en samenhang in het beheer van waterstromen; het gebied tussen IJssel, Nederrijn, Utrechtse Heuvelrug en Randmeren; de toekomstbeelden "We sturen de waterhuishouding aan als één systeem", "We winnen grondstoffen en energie", "We zijn integraal grondwaterbeheerder"), als besluit van het algemeen bestuur, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Kop 1–3 met overgeërfde nummering, hoofdstukken in Romeinse cijfers, paragrafen juridisch genummerd (w:isLgl), hoofdstukstijl in hoofdletters, tabel met verticaal samengevoegde cel, bijgehouden invoeging in een kop, citaat in een tekstvak, "i."-lijst, geneste opsomming, voetnoot, hyperlink, twee kolommen, TOC-veld, GIO-identificaties in een HYPERLINK-veld, "besluit:" met beslispunten I en II getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'ws0662',
    naam: 'Waterschap Vallei en Veluwe',
    style: {
      font: 'Segoe UI',
      size: 9,
      via: 'custom',
      lang: 'nl',
      custom: ['VV Kop 1', 'VV Kop 2', 'VV Kop 3'],
      caps: true,
      levels: [{ text: '%1.', format: 'upperRoman' }, { text: '%1.%2', format: 'decimal', isLgl: true }, { text: '%1.%2.%3', format: 'decimal', isLgl: true }],
      header: 'Watervisie Vallei en Veluwe 2050',
      footer: 'Waterschap Vallei en Veluwe – pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Vallei en Veluwe tot vaststelling van de Watervisie Vallei en Veluwe 2050',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('Het algemeen bestuur van Waterschap Vallei en Veluwe;'),
        p('gelezen het voorstel van het dagelijks bestuur van 10 maart 2026, kenmerk 2026-AB-012;'),
        p('gelet op artikel 3.1, derde lid, en artikel 16.23 van de Omgevingswet en artikel 56 van de Waterschapswet;'),
        p('besluit:'),
        p('I. de Watervisie Vallei en Veluwe 2050, opgenomen in de bijlage, als omgevingsvisie van het waterschap vast te stellen;'),
        p('II. de bestuurlijke langetermijnvisie "Toekomstbeelden van ons waterschap" van 2014 in te trekken.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van ', date: '16 april 2026', iso: '2026-04-16', after: ' te Apeldoorn.' },
        { t: 'sign', left: ['De secretaris-directeur,', '', 'ir. M.A. Schoonderbeek'], right: ['De dijkgraaf,', '', 'drs. H.C. Brouwer'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van het algemeen bestuur van 16 april 2026, kenmerk 2026-AB-012',
    visie: {
      opschrift: 'Watervisie Vallei en Veluwe 2050',
      body: [
        { t: 'toc', title: 'Inhoud' },
        h1('inleiding'),
        h2('Waarom een watervisie'),
        p('Water vraagt permanente aandacht. Wij zorgen voor veilige dijken, schoon en voldoende oppervlaktewater en gezuiverd afvalwater in het gebied tussen IJssel, Nederrijn, Utrechtse Heuvelrug en Randmeren.', { fn: 'Een waterschap is niet verplicht een omgevingsvisie vast te stellen; het algemeen bestuur kiest hier bewust voor.' }),
        h2('Onze kerntaken'),
        bullets('veiligheid van waterkeringen;', { text: 'watersysteem:', sub: ['voldoende water;', 'schoon water.'] }, 'zuivering van afvalwater.'),
        h2('Samen met onze partners'),
        { t: 'quote', text: '„Samenwerking is echt nodig om alle doelen te halen.”', who: 'de dijkgraaf' },
        h1('ontwikkelingen'),
        h2('Klimaatverandering'),
        p(alinea('klimaat', 2, P, 'waterschap')),
        h2('Deltabeslissingen en Kaderrichtlijn Water'),
        p('De Deltabeslissingen vormen samen met de uitvoeringskracht van de waterschappen een belangrijke watergarantie. Zie ook ', { link: 'vallei-veluwe.nl', url: 'https://www.vallei-veluwe.nl' }, '.'),
        h2('Een netwerksamenleving'),
        h1('toekomstbeelden'),
        {
          t: 'table',
          rows: [
            ['Hoofdthema', 'Toekomstbeeld', 'Taak'],
            ['Bescherming tegen overstromingen', 'De risicobenadering is ons uitgangspunt', 'Veiligheid'],
            ['Voorkomen watertekort en wateroverlast', 'Eén watersysteem', { text: 'Watersysteem', merge: 'restart' }],
            ['Schoon water in een natuurlijke omgeving', 'Integraal grondwaterbeheer', { text: '', merge: 'continue' }],
            ['Scheiden van regenwater en rioolwater', 'Focus op stedelijk gebied', { text: 'Waterketen', merge: 'restart' }],
            ['Opnieuw gebruiken van waardevolle stoffen', 'Grondstoffen en energie winnen', { text: '', merge: 'continue' }],
          ],
        },
        h2('Eén watersysteem'),
        h3('Vallei'),
        p(alinea('water', 1, P, 'waterschap')),
        h3('Veluwe en Veluwerandmeren'),
        h2('[+Focus op het stedelijk gebied+]'),
        roman('regenwater afkoppelen van het riool;', 'ruimte voor water in de wijk;', 'hittebestendig inrichten samen met gemeenten.'),
        h2('Grondstoffen en energie'),
        {
          t: 'cols2',
          blocks: [
            h3('Energiefabrieken'),
            p(alinea('energie', 1, P, 'waterschap')),
            h3('Fosfaat en cellulose'),
            p('Uit afvalwater winnen we fosfaat, cellulose en biogas.'),
          ],
        },
        h2('Integraal grondwaterbeheer'),
        h1('zo werken wij'),
        h2('Waterbeheerprogramma en jaarplannen'),
        p(alinea('uitvoering', 1, P, 'waterschap')),
        h2('Onze rol in de omgevingsvisies van gemeenten en provincies'),
        p('Wij brengen het waterbelang vroeg in bij de omgevingsvisies en omgevingsplannen van gemeenten en bij de provincies Gelderland en Utrecht.'),
        h2('Evaluatie'),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Gelderse Vallei', 'gelderse-vallei', [-6, -2], 5), G('Veluwerandmeren', 'veluwerandmeren', [2, 12], 3), G('Stedelijk gebied Apeldoorn', 'apeldoorn', [10, 0], 2.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-04-16', ondertekening: '2026-04-16', bekendmaking: '2026-04-29' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0662',
    },
    geo: { origin: [175000, 465000] },
    meubilair: ['^Waterschap Vallei en Veluwe – pagina \\d+$', '^Watervisie Vallei en Veluwe 2050$'],
    s13: { gioField: 'char' },
  }
})()

export const WORD_DOCS_S14B: DocS13[] = [w43, w44, w45, w46, w47, w48]
