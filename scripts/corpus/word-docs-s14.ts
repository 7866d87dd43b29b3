/**
 * The Word corpus documents w37 … w42 (session 14, holdout), written by scripts/corpus/render-docx-s13.ts. Each follows
 * the structure and part of the wording of a real omgevingsvisie and the besluit adopting it (public texts, Auteurswet
 * art. 11), shortened, with prose from the shared pool where the source gave none. As in w31–w36 no document stresses
 * one construct: each mixes what a publication officer's own document has — numbering from numbering.xml in several
 * forms, typed numbers, own styles, lists from numbering definitions, merged table cells, footnotes, fields, tracked
 * changes, content controls, two-column sections and a GIO table in one of several forms. Markers (⸨…⸩) are explained
 * in render-docx-s13.ts; no new marker or option is used, so w19–w36 stay byte-identical.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, PS, werk, typed, nonum, num, gioMiddle } from './word-parts-s12.js'


// w37 — Gemeente Tholen: Dutch Kop 1–3 with the numbering in the styles, "Hoofdstuk %1" / "%1.%2" / "%1.%2.%3" with an
// explicit restart per chapter (w:lvlRestart); the inhoudsopgave as a TOC field with its cached result; a tracked
// insertion and deletion in a paragraph; a footnote and a hyperlink; nested bullets and an "a." list; a table with a
// cell over two columns and one merged downwards; the GIO table in the plain two-column form; "besluit:" with
// Artikel 1 and 2 typed with a title, the date in a content control.
const w37 = ((): DocS13 => {
  const G = gio('gm0716', '2026-10-08')
  const P = 'Tholen'
  return {
    id: 'w37',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Tholen (tholen.nl/omgevingswet/omgevingsvisie: ontwerp ter inzage van 11 maart tot en met 21 april 2024, participatiebijeenkomst 20 maart, commissie Ruimte en besluitvorming in de gemeenteraad; "De wereld om ons heen verandert … Keuzes zijn noodzakelijk"; wethouder P. Hoek: "Wat willen we bereiken, wat kan en mag wel en wat kan en mag juist niet"; sociale doelen naast de fysieke leefomgeving; het eiland Tholen en Sint Philipsland met de kernen Tholen, Sint-Maartensdijk, Stavenisse, Oud-Vossemeer, Poortvliet, Scherpenisse, Sint-Annaland en Sint Philipsland), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met de nummering in de stijlen, "Hoofdstuk %1", "%1.%2", "%1.%2.%3" met expliciete herstart per hoofdstuk, inhoudsopgave als TOC-veld, bijgehouden invoeging en verwijdering, voetnoot, hyperlink, geneste opsomming, "a."-lijst, tabel met horizontaal en verticaal samengevoegde cellen, GIO-tabel, besluit "besluit:" met Artikel 1 en 2 getypt met titel, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm0716',
    naam: 'Gemeente Tholen',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'style',
      lang: 'nl',
      lvlRestart: true,
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Tholen',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Tholen tot vaststelling van de Omgevingsvisie Tholen',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Tholen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 25 augustus 2026, nummer 2026-04418;'),
        p('overwegende dat de ontwerp-omgevingsvisie van 11 maart tot en met 21 april 2026 ter inzage heeft gelegen en de ingediende zienswijzen zijn beantwoord in de Nota zienswijzen;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.23 van de Omgevingswet;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Tholen, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        tk('Artikel 2 Nota zienswijzen'),
        p('De Nota zienswijzen Omgevingsvisie Tholen wordt vastgesteld.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van ', date: '8 oktober 2026', iso: '2026-10-08', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'mr. A.M. Bakker'], right: ['De voorzitter,', '', 'J.G. van der Zwaag'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 8 oktober 2026',
    visie: {
      opschrift: 'Omgevingsvisie Tholen',
      subtitel: 'Zoeken naar oplossingen en ruimte',
      body: [
        { t: 'toc', title: 'Inhoud' },
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('De wereld om ons heen verandert. We krijgen elke dag te maken met allerlei ontwikkelingen, zoals de overgang naar duurzame energie, klimaatverandering, het beschermen van natuur en milieu en woningbouw. Veel is mogelijk op veel plaatsen, maar we kunnen niet alle veranderingen en ideeën tegelijk doen. Keuzes zijn noodzakelijk.'),
        h2('Wat is een omgevingsvisie'),
        p('In onze omgevingsvisie leggen wij onze doelen voor de lange termijn vast. Deze doelen gaan over de fysieke leefomgeving: natuur, milieu, lucht, water, bodem, gebouwen, woningen en wegen.', { fn: 'Artikel 3.2 van de Omgevingswet.' }, ' Daarnaast hebben we ook sociale doelen meegenomen.'),
        h2('Participatie'),
        p('In 2023 hebben wij uitgebreid gesproken met inwoners, ondernemers en maatschappelijke organisaties. [-Daarop kwamen veel reacties.-][+Daarop hebben wij veel inspraakreacties ontvangen; wij zien dit als een geschenk.+] Alle stukken staan op ', { link: 'de website van de gemeente', url: 'https://www.tholen.nl/omgevingswet/omgevingsvisie' }, '.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft Tholen nu, hoofdstuk 3 onze ambities, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('Tholen nu'),
        h2('Een eiland met acht kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Rol'],
            ['Tholen', 'Vestingstad aan de Eendracht', 'Hoofdkern met voorzieningen'],
            ['Sint-Maartensdijk', 'Ringdorp', { text: 'Kern met basisvoorzieningen', merge: 'restart' }],
            ['Sint-Annaland', 'Havenkern', { text: '', merge: 'continue' }],
            ['Oud-Vossemeer, Poortvliet, Scherpenisse, Stavenisse', 'Dorpen', { text: '', merge: 'continue' }],
            [{ text: 'Sint Philipsland: eigen kern over het water, verbonden met het eiland via de Philipsdam', span: 2 }, 'Woonkern'],
          ],
        },
        h2('Landschap en water'),
        p(alinea('landschap', 0, P)),
        h1('Ambities'),
        h2('Wonen in de kernen'),
        h3('Woningbouw'),
        p(alinea('wonen', 0, P)),
        letters('eerst bouwen binnen de bestaande kernen;', 'daarna aan de randen, in samenhang met het landschap;', 'woningen voor starters en ouderen voorop.'),
        h3('Leefbaarheid en voorzieningen'),
        p(alinea('gezondheid', 1, P)),
        h2('Werken'),
        h3('Bedrijventerreinen'),
        p(alinea('economie', 0, P)),
        h3('Landbouw en visserij'),
        p(alinea('landschap', 2, P)),
        h2('Energie en klimaat'),
        p(alinea('energie', 2, P)),
        bullets('zon op daken van woningen en bedrijven;', { text: 'windenergie:', sub: ['opschalen binnen bestaande windparken;', 'geen nieuwe solitaire turbines.'] }, 'warmte uit oppervlaktewater.'),
        h2('Recreatie en toerisme'),
        p(alinea('erfgoed', 2, P)),
        h1('Gebieden'),
        h2('Oosterschelde en Krammer-Volkerak'),
        p(alinea('natuur', 0, P)),
        h2('Polders'),
        p(alinea('water', 1, P)),
        h1('Uitvoering'),
        h2('Instrumenten'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring en actualisatie'),
        p('We volgen de ontwikkelingen en passen de visie aan als dat nodig is.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Oosterscheldekust', 'oosterscheldekust', [2, -2], 1.5), G('Zoekgebied woningbouw Tholen-stad', 'zoekgebied-woningbouw', [-1, 1], 0.6), G('Windpark Krammer', 'windpark-krammer', [-3, 3], 0.8)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-08', ondertekening: '2026-10-08', bekendmaking: '2026-10-21' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0716',
    },
    geo: { origin: [76000, 398000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Tholen$'],
    s13: {},
  }
})()

// w38 — Gemeente Staphorst: own styles "Staphorst Kop 1–3" basedOn English Heading 1–3 (numbering inherited), "%1.",
// "%1.%2.", "%1.%2.%3.", the chapter style in capitals over titles typed in lower case; the three themes in a two-column
// section; a manual line break in a heading; a comment; a "1)" list that continues after a paragraph in between; an
// endnote; the GIO table with the identifier in the middle inside a HYPERLINK field (fldChar); "BESLUIT:" with
// beslispunten I. and II. typed.
const w38 = ((): DocS13 => {
  const G = gio('gm0180', '2026-03-31')
  const P = 'Staphorst'
  const gios = [G('Reestdal', 'reestdal', [3, 1], 1.5), G('Lintdorp Staphorst-Rouveen', 'lintdorp', [0, 0], 1.2), G('Bedrijventerrein De Esch', 'de-esch', [-1, -2], 0.5)]
  return {
    id: 'w38',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie gemeente Staphorst 2.0 (gemeenteblad 2025, 551151: collegebesluit van 9 december 2025 over het ontwerp, ter inzage van 17 december 2025 tot en met 28 januari 2026, "Op 1 januari 2027 de gemeente verplicht is om een gebiedsdekkende omgevingsvisie te hebben", "Staphorst wil gericht werken aan een goede leefomgeving. Daarom maken we in deze visie duidelijk wat we willen behouden en beschermen, en welke ambities we hebben"; de eerste visie "Staphorst voor elkaar!" van 9 januari 2018 met de thema\'s innovatieve plattelandseconomie, gezonde en dynamische samenleving en de volgende slag), als raadsbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: eigen stijlen gebaseerd op Engelse Heading 1–3 met overgeërfde nummering "%1.", "%1.%2.", "%1.%2.%3.", hoofdstukstijl in hoofdletters over titels in kleine letters, thema\'s in twee kolommen, harde regeleinde in een kop, opmerking, "1)"-lijst die na een tussenalinea doorloopt, eindnoot, GIO-tabel met de identificatie in de middelste kolom in een HYPERLINK-veld, "BESLUIT:" met beslispunten I. en II. getypt',
    bevoegdGezag: 'gm0180',
    naam: 'Gemeente Staphorst',
    comments: { c1: 'Aantal inwoners per 1 januari 2026 nog bijwerken.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['Staphorst Kop 1', 'Staphorst Kop 2', 'Staphorst Kop 3'],
      caps: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Omgevingsvisie gemeente Staphorst 2.0 – {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Staphorst tot vaststelling van de Omgevingsvisie gemeente Staphorst 2.0',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('De raad van de gemeente Staphorst;'),
        p('gelezen het voorstel van burgemeester en wethouders van 3 maart 2026;'),
        p('overwegende dat:'),
        bullets('op 1 januari 2024 de Omgevingswet in werking is getreden;', 'de gemeente op 1 januari 2027 een gebiedsdekkende omgevingsvisie moet hebben gepubliceerd;', 'de ontwerp-omgevingsvisie van 17 december 2025 tot en met 28 januari 2026 ter inzage heeft gelegen;'),
        p('gelet op de artikelen 3.1 en 16.23 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        p('I. de "Omgevingsvisie gemeente Staphorst" 2.0, zoals weergegeven in de bijlage, vast te stellen;'),
        p('II. de Omgevingsvisie "Staphorst voor elkaar!" van 9 januari 2018 in te trekken.'),
        p('Aldus vastgesteld in de openbare raadsvergadering van 31 maart 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'H. Kroeze'], right: ['De voorzitter,', '', 'J. Kuiper'] },
      ],
    },
    bijlageA: 'Bijlage: Omgevingsvisie gemeente Staphorst 2.0',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Staphorst 2.0',
      body: [
        h1('inleiding'),
        h2('Waarom een nieuwe omgevingsvisie'),
        p('De Omgevingswet verplicht elke gemeente om een omgevingsvisie te hebben. Zo\'n visie bevat plannen en beleid voor het gebruik, beheer, behoud en de ontwikkeling van de leefomgeving. Staphorst wil gericht werken aan een goede leefomgeving.'),
        h2('Van "Staphorst voor elkaar!" naar\nversie 2.0'),
        p('In 2018 stelde de raad de eerste omgevingsvisie vast, als een van de eerste in Nederland die ook voor het sociale domein richtinggevend was.⸨en:1⸩ Deze versie bouwt daarop voort.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de gemeente, hoofdstuk 3 de thema\'s, hoofdstuk 4 de gebieden en hoofdstuk 5 de uitvoering.'),
        h1('staphorst in beeld'),
        h2('Kernen en buitengebied'),
        p('De gemeente telt ruim ', { comment: 'c1', text: '17.900 inwoners' }, ' in Staphorst, Rouveen, IJhorst en het buitengebied.'),
        h2('Kwaliteiten'),
        p(alinea('landschap', 1, P)),
        h1('thema\'s'),
        {
          t: 'cols2',
          blocks: [
            h2('Innovatieve plattelandseconomie'),
            p(alinea('economie', 1, P)),
            h2('Gezonde en dynamische samenleving'),
            p(alinea('gezondheid', 0, P)),
            h2('De volgende slag'),
            p(alinea('energie', 0, P)),
          ],
        },
        h1('gebieden'),
        h2('Het lintdorp'),
        h3('Staphorst en Rouveen'),
        p(alinea('erfgoed', 0, P)),
        p('Bij nieuwe woningen in het lint gelden de volgende uitgangspunten:'),
        paren('de kavelstructuur van het lint blijft herkenbaar;', 'nieuwe bebouwing volgt de richting van de boerderijen;'),
        p('Daarnaast vragen wij bij ieder plan aandacht voor:'),
        { t: 'list', kind: 'paren', items: ['de doorzichten naar het achterland;', 'de erfbeplanting.'], continues: true },
        h3('IJhorst'),
        p(alinea('wonen', 2, P)),
        h2('Het buitengebied'),
        h3('Reestdal'),
        p(alinea('natuur', 2, P)),
        h3('Landbouwgebied'),
        p(alinea('landschap', 3, P)),
        h2('Werklocaties'),
        p(alinea('economie', 2, P)),
        h1('uitvoering'),
        h2('Omgevingsplan'),
        p(alinea('uitvoering', 1, P)),
        h2('Jaarlijkse herijking'),
        p('De visie wordt jaarlijks herijkt; de herijkte versie wordt door de gemeenteraad vastgesteld.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Gebied', 'Identificatie', 'Paragraaf'], (n) => (n.startsWith('Reest') ? '4.2' : n.startsWith('Lint') ? '4.1' : '4.3'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-03-31', ondertekening: '2026-03-31', bekendmaking: '2026-04-09' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0180',
    },
    geo: { origin: [207000, 519000] },
    meubilair: ['^Omgevingsvisie gemeente Staphorst 2\\.0 – \\d+$'],
    s13: { gioField: 'char', endnotes: ['Pilot in de Tweede Tranche Pilots Omgevingsvisie van het ministerie van Infrastructuur en Milieu.'] },
  }
})()

// w39 — Gemeente Vught: headings as Normal paragraphs with their own outline level and numbering "%1" / "%1.%2" /
// "%1.%2.%3" and bold runs; a voorwoord with its number suppressed; the contents in Word's contents control; the four
// leidende principes in a "1)" list; a quote in a text box; an "i." list; a table with a header row repeated and a
// vertical merge; footnotes; GIO identifiers in a run per path segment inside a hyperlink; besluit with "Artikel %1"
// numbered by Word and titles.
const w39 = ((): DocS13 => {
  const G = gio('gm0865', '2026-12-17')
  const P = 'Vught'
  return {
    id: 'w39',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Vught 2040 (ontwerp ter inzage tot en met 28 juni, besluitvorming in december; de vier leidende principes "Bodem en water zijn de basis van de leefomgeving", "Iedereen … is gelijkwaardig en kan meedoen", "De leefomgeving moet gezond en veilig zijn", "We gaan de ruimte met steeds meer mensen delen"; de kerndoelen een toegankelijke, gezonde en veilige leefomgeving, een goede balans tussen wonen, werken en voorzieningen en tussen gebruik en bescherming van natuur, water, bodem en lucht; de deelgebieden de dorpskernen Vught, Helvoirt en Cromvoirt, de Gement, de Landgoederenzone, het agrarisch landschap en de beekdalen en de zone Loonse en Drunense Duinen), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: koppen als Standaard-alinea met eigen overzichtsniveau en nummering "%1", "%1.%2", "%1.%2.%3" en vette runs, voorwoord met onderdrukte nummering, inhoudsopgave in een inhoudsopgave-besturingselement, "1)"-lijst, citaat in een tekstvak, "i."-lijst, tabel met herhaalde kopregel en verticaal samengevoegde cel, voetnoten, GIO-identificaties per padsegment in een hyperlink, besluit met "Artikel %1"-nummering met titel',
    bevoegdGezag: 'gm0865',
    naam: 'Gemeente Vught',
    style: {
      font: 'Arial',
      size: 10,
      via: 'outline',
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Vught 2040',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Vught tot vaststelling van de Omgevingsvisie Vught 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Vught;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 10 november 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Vught 2040, opgenomen in de bijlage, wordt vastgesteld.'),
        art('Reactienota'),
        p('De Reactienota zienswijzen ontwerp-omgevingsvisie wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Vught van 2013 wordt ingetrokken.'),
        p('Aldus besloten in de openbare vergadering van 17 december 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'drs. M.J. Verhoeven'], right: ['de voorzitter,', '', 'R.G.M. van de Mortel'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 17 december 2026',
    visie: {
      opschrift: 'Omgevingsvisie Vught 2040',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', sdt: true },
        nonum(1, 'Voorwoord'),
        p('Vught is een gemeente van kwaliteit en dat willen we in de toekomst zo houden, ook met de uitdagingen op het gebied van wonen, klimaat, energie, milieu, gezondheid en demografie.'),
        h1('Inleiding'),
        h2('Waar gaat deze visie over'),
        p('De visie gaat over de mensen die in Vught, Helvoirt en Cromvoirt wonen, de dieren en planten die hier leven en groeien en de kwaliteit van lucht, bodem en water.', { fn: 'De fysieke leefomgeving, artikel 1.2 van de Omgevingswet.' }),
        h2('Totstandkoming'),
        p(alinea('proces', 1, P)),
        h2('Status'),
        p('De omgevingsvisie is zelfbindend: zij bindt de gemeente, niet de inwoners.'),
        h1('Leidende principes'),
        p('Voor een toekomstbestendige leefomgeving gaan we uit van vier leidende principes:'),
        paren('Bodem en water zijn de basis van de leefomgeving.', 'Iedereen die in de gemeente Vught woont, werkt en leeft is gelijkwaardig en kan meedoen.', 'De leefomgeving moet gezond en veilig zijn.', 'We gaan de ruimte met steeds meer mensen delen.'),
        h2('Bodem en water'),
        p('Beleid en plannen zijn alleen mogelijk en wenselijk als de bodem en het water gezond blijven of gezonder worden, en water voldoende wordt vastgehouden en opgevangen.'),
        h2('Gelijkwaardig meedoen'),
        p(alinea('gezondheid', 1, P)),
        h2('Gezond en veilig'),
        p(alinea('gezondheid', 2, P)),
        h2('Zuinig ruimtegebruik'),
        p('Plannen en beleid zijn gebaseerd op zuinig, efficiënt en waar mogelijk meervoudig gebruik van de ruimte.'),
        h1('Kerndoelen per deelgebied'),
        {
          t: 'table',
          rows: [
            ['Deelgebied', 'Kerndoel', 'Accent'],
            ['Vught', 'Eigen identiteit, basisvoorzieningen', { text: 'Woningen voor jong en oud', merge: 'restart' }],
            ['Helvoirt', 'Dorp in het groen', { text: '', merge: 'continue' }],
            ['Cromvoirt', 'Kleine kern', { text: '', merge: 'continue' }],
            ['Landgoederenzone', 'Groen rondom Vught', 'Bescherming'],
          ],
        },
        h2('De dorpskernen'),
        h3('Vught'),
        p(alinea('wonen', 1, P)),
        h3('Helvoirt en Cromvoirt'),
        p(alinea('wonen', 3, P)),
        h2('De Gement'),
        p(alinea('water', 0, P)),
        { t: 'quote', text: '„Laat de Dommel weer de ruimte krijgen die hij nodig heeft.”', who: 'inwoner tijdens de dialoogavond' },
        h2('Landgoederenzone'),
        p(alinea('erfgoed', 1, P)),
        h2('Agrarisch landschap en beekdalen'),
        p(alinea('landschap', 0, P)),
        roman('minder stikstof in de zone langs de Loonse en Drunense Duinen;', 'meer water vasthouden in de beekdalen;', 'ruimte voor verbreding van agrarische bedrijven.'),
        h2('Loonse en Drunense Duinen'),
        p(alinea('natuur', 0, P)),
        h1('Uitvoering'),
        h2('Programma\'s en omgevingsplan'),
        p(alinea('uitvoering', 2, P), { fn: 'Zie het programma Buitengebied, gestart in 2023.' }),
        h2('Monitoring'),
        p('We meten elke twee jaar of de kerndoelen dichterbij komen.'),
      ],
    },
    bijlagen: [{ nummer: 'A', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Landgoederenzone', 'landgoederenzone', [0, 1], 1.5), G('De Gement', 'de-gement', [2, 3], 1), G('Loonse en Drunense Duinen', 'duinen', [-4, -1], 2)],
    config: {
      werk,
      datums: { vaststelling: '2026-12-17', ondertekening: '2026-12-17', bekendmaking: '2026-12-23' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0865',
    },
    geo: { origin: [150000, 407000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Vught 2040$'],
    s13: {},
  }
})()

// w40 — Gemeente Uithoorn: Dutch Kop 1–3 whose numbering ("%1", "%1.%2", "%1.%2.%3") is reached through a numbering
// style (numStyleLink/styleLink); the contents as hyperlinks with PAGEREF fields; a tracked deletion and insertion in a
// heading; hidden text in a paragraph; the five pijlers as a two-level bullet list in a table cell; a footnote; a
// "1)" list; GIO identifiers inside a HYPERLINK field (fldSimple); "Besluit;" with Artikel I and II typed.
const w40 = ((): DocS13 => {
  const G = gio('gm0451', '2026-06-25')
  const P = 'Uithoorn'
  return {
    id: 'w40',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Uithoorn 2040 – actualisatie 2025 (gemeenteblad 2025, 423637: "De raad van gemeente Uithoorn, gelezen het voorstel van burgemeester en wethouders …, gelet op: a. artikel 3.1, eerste lid, van de Omgevingswet …; Besluit; Artikel I De Omgevingsvisie Uithoorn 2040 - actualisatie 2025, opgenomen in Bijlage A wordt vastgesteld. Artikel II De voorgaande versie … vastgesteld 27 november 2022, wordt ingetrokken", "Bijlage A Bijlage bij artikel I", 1 Inleiding in de Omgevingsvisie Uithoorn, 1.1 Voorwoord "Beste inwoners en ondernemers"; de vijf pijlers Sociaal en cultuur verbinden, Veerkrachtig ondernemen, Toekomstbestendig wonen en verplaatsen, Groen, blauw en duurzaam omarmen, Gezond en veilig leven; Uithoorn en De Kwakel, de Amstel en de Groene recreatieve verbindingszone), ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met nummering via een nummeringsstijl, inhoudsopgave met hyperlinks en PAGEREF-velden, bijgehouden wijziging in een kop, verborgen tekst, opsomming met twee niveaus in een tabelcel, voetnoot, "1)"-lijst, GIO-identificaties in een HYPERLINK-veld (fldSimple), "Besluit;" met Artikel I en II getypt',
    bevoegdGezag: 'gm0451',
    naam: 'Gemeente Uithoorn',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Uithoorn 2040',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Uithoorn tot vaststelling van de Omgevingsvisie Uithoorn 2040 - actualisatie 2026',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        p('De raad van de gemeente Uithoorn,'),
        p('gelezen het voorstel van burgemeester en wethouders van 19 mei 2026,'),
        p('gelet op:'),
        letters('artikel 3.1, eerste lid, van de Omgevingswet, dat bepaalt dat de gemeenteraad een gemeentelijke omgevingsvisie vaststelt;', 'artikel 16.26 van de Omgevingswet, dat bepaalt dat afdeling 3.4 van de Algemene wet bestuursrecht van toepassing is op de voorbereiding van een omgevingsvisie;', 'artikel 16.23 van de Omgevingswet, dat bepaalt dat zienswijzen naar voren kunnen worden gebracht door een ieder;'),
        p('Besluit;'),
        tk('Artikel I'),
        p('De Omgevingsvisie Uithoorn 2040 - actualisatie 2026, opgenomen in Bijlage A, wordt vastgesteld.'),
        tk('Artikel II'),
        p('De voorgaande versie van de Omgevingsvisie Uithoorn 2040, vastgesteld 27 november 2022, wordt ingetrokken.'),
        p('Dit besluit wordt aangehaald als Vaststellingsbesluit Omgevingsvisie Uithoorn 2040 - actualisatie 2026.'),
        p('Aldus vastgesteld door de gemeenteraad van Uithoorn in zijn openbare vergadering van 25 juni 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'W.J. Roos'], right: ['De voorzitter,', '', 'P.J.M. Heiliegers'] },
      ],
    },
    bijlageA: 'Bijlage A Bijlage bij artikel I',
    visie: {
      opschrift: 'Omgevingsvisie Uithoorn 2040',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        h1('Inleiding in de Omgevingsvisie Uithoorn'),
        h2('Voorwoord'),
        p('Beste inwoners en ondernemers, voor u ligt de Omgevingsvisie van de gemeente Uithoorn. Een lijvig stuk waarin we een beeld geven van hoe we de fysieke leefomgeving van onze gemeente de komende jaren zien ontwikkelen.⸨hide: [foto wethouder invoegen]⸩'),
        h2('Wat is de omgevingsvisie'),
        p('Alles wat je ziet, voelt, hoort en ruikt noemen we de fysieke leefomgeving: gebouwen, het verkeer, sloten, rivieren, weilanden en een schone lucht.', { fn: 'Zie ook de gebiedsvisie Groene recreatieve verbindingszone Uithoorn.' }),
        h2('Wat is er veranderd in de actualisatie'),
        p(alinea('inleiding', 2, P)),
        h1('Uithoorn en De Kwakel'),
        h2('Ligging'),
        p(alinea('landschap', 1, P)),
        h2('De vijf pijlers'),
        {
          t: 'table',
          rows: [
            ['Pijler', 'Waar gaat het om'],
            ['Sociaal en cultuur verbinden', 'Ontmoeten, verenigingsleven'],
            ['Duurzaam en veilig', '⸨cb:1⸩'],
            [{ text: 'Veerkrachtig ondernemen, toekomstbestendig wonen en verplaatsen', span: 2 }],
          ],
        },
        h1('Ambities per pijler'),
        h2('Sociaal en cultuur verbinden'),
        p(alinea('gezondheid', 0, P)),
        h2('Veerkrachtig ondernemen'),
        h3('Bedrijventerreinen'),
        p(alinea('economie', 1, P)),
        h3('Greenport Aalsmeer'),
        p(alinea('economie', 3, P)),
        h2('Toekomstbestendig wonen en verplaatsen'),
        h3('Wonen'),
        p(alinea('wonen', 0, P)),
        paren('bouwen voor starters en senioren;', 'transformatie van kantoren;', 'verdichting rond het busstation.'),
        p('Bij iedere woningbouwlocatie letten we op:'),
        bullets('een goede aansluiting op de Amstel en het groen;', { text: 'bereikbaarheid:', sub: ['met de Uithoornlijn;', 'met de fiets naar Amstelveen.'] }),
        h3('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h2('[-Groen en duurzaam-][+Groen, blauw en duurzaam omarmen+]'),
        p(alinea('klimaat', 2, P)),
        h2('Gezond en veilig leven'),
        p(alinea('gezondheid', 3, P)),
        h1('Uitvoering'),
        h2('Van visie naar omgevingsplan'),
        p(alinea('uitvoering', 0, P)),
        h2('Monitoring en actualisatie'),
        p('Elke raadsperiode bekijken we of de visie nog actueel is; deze actualisatie is daarvan de eerste.'),
      ],
    },
    bijlagen: [{ nummer: 'B', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] }],
    gios: [G('Groene recreatieve verbindingszone', 'grz', [-1, 0], 1.2), G('Amsteloever', 'amsteloever', [1, 1], 0.6), G('Polder De Kwakel', 'polder-de-kwakel', [-2, -2], 1)],
    config: {
      werk,
      datums: { vaststelling: '2026-06-25', ondertekening: '2026-06-25', bekendmaking: '2026-07-08' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0451',
    },
    geo: { origin: [118000, 470000] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Uithoorn 2040$'],
    s13: {
      styleLink: 'Koppen Uithoorn',
      gioField: 'simple',
      cellLists: [[{ text: 'groen, blauw en duurzaam omarmen:', sub: ['klimaatadaptatie', 'energietransitie'] }, { text: 'gezond en veilig leven' }]],
    },
  }
})()

// w41 — Gemeente Westerkwartier: deel 2 of a visie in two documents, chapters 5–9: level 1 in an own paragraph style
// "WK Hoofdstuk" (basedOn Normal, outline level 0) numbered "%1." from 5, sections in Heading 2/3 "%1.%2" / "%1.%2.%3";
// a chapter introduction with body-style numbered paragraphs; a table nested in a cell; a bookmark; a comment;
// an "i." list; a two-column section; the GIO table with the identifier in the middle column; besluit with
// "Artikel %1" numbered by Word and titles, the date in a content control.
const w41 = ((): DocS13 => {
  const G = gio('gm1969', '2026-02-18')
  const P = 'Westerkwartier'
  const gios = [G('Middag-Humsterland', 'middag-humsterland', [2, 3], 1.5), G('Reitdiepzone', 'reitdiepzone', [3, 4], 1), G('Nienoord', 'nienoord', [0, -2], 0.6), G('Zoekgebied zonneparken A7', 'zoekgebied-zon', [-3, -1], 1.2)]
  return {
    id: 'w41',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Westerkwartier (vastgesteld 16 februari 2022; omgevingsvisiewesterkwartier.nl: vijf delen Visie, Gebiedskompas, Idee, Uitvoering en Achtergrond, "We kijken in deze visie ver vooruit en beschrijven onze ambities voor 2040"; het Gebiedskompas Nienoord vastgesteld op 12 maart 2024; de ambities "Een toekomstbestendig Westerkwartier voor jong en oud", "Een bedrijvig Westerkwartier in een sterke regio", "Een gastvrije, aantrekkelijke niet-stedelijke woongemeente"; Nationaal Landschap Middag-Humsterland, de Reitdiepzone, wierden en kronkelende dijken, de groeikernen langs de A7 en de spoorlijn Groningen-Leeuwarden), als deel 2 "Gebiedskompas" met de hoofdstukken 5–9 van een visie in twee documenten, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: hoofdstukken in een eigen alineastijl "WK Hoofdstuk" (gebaseerd op Standaard, overzichtsniveau 1) genummerd "%1." vanaf 5, paragrafen in Engelse Heading 2 en 3, genummerde alinea\'s in Plattetekst, tabel in een tabelcel, bladwijzer, opmerking, "i."-lijst, twee kolommen, GIO-tabel met de identificatie in de middelste kolom, besluit met "Artikel %1"-nummering met titel, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'gm1969',
    naam: 'Gemeente Westerkwartier',
    comments: { c1: 'Kaart Gebiedskompas Nienoord toevoegen na amendement.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'custom',
      lang: 'en',
      custom: ['WK Hoofdstuk', 'WK Paragraaf', 'WK Subparagraaf'],
      levels: [{ text: '%1.', format: 'decimal', start: 5 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Westerkwartier – deel 2 Gebiedskompas',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Westerkwartier tot vaststelling van de Omgevingsvisie Westerkwartier',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Westerkwartier;'),
        p('gelezen het voorstel van burgemeester en wethouders van 13 januari 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Westerkwartier, bestaande uit deel 1 Visie en deel 2 Gebiedskompas, wordt vastgesteld.'),
        art('Gebiedskompas Nienoord'),
        p('Het Gebiedskompas Nienoord maakt deel uit van deel 2.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van ', date: '18 februari 2026', iso: '2026-02-18', after: ' te Zuidhorn.' },
        { t: 'sign', left: ['de griffier,', '', 'drs. M. Siebring'], right: ['de voorzitter,', '', 'A.M. van der Tuuk'] },
      ],
    },
    bijlageA: 'Bijlage 2 bij het raadsbesluit: deel 2 Gebiedskompas',
    visie: {
      opschrift: 'Omgevingsvisie Westerkwartier – Gebiedskompas',
      subtitel: 'Deel 2: hoofdstukken 5 tot en met 9',
      body: [
        h1('Gemeentebrede keuzes'),
        p('In dit deel leest u onze gemeentebrede ambities en keuzes. Die maken we vervolgens concreet voor de deelgebieden. Voor elk gebied beschrijven we:'),
        num('het karakter van het gebied;'),
        num('de bijzonderheden;'),
        num('de koers tot 2040.'),
        h2('Verbonden met de omgeving, verbonden met elkaar'),
        p(alinea('landschap', 0, P)),
        h2('Een toekomstbestendig Westerkwartier voor jong en oud'),
        p(alinea('wonen', 1, P)),
        h2('Een bedrijvig Westerkwartier in een sterke regio'),
        p(alinea('economie', 0, P)),
        h1('Het noordelijk kleigebied'),
        h2('Middag-Humsterland'),
        h3('Karakter'),
        p('Wierden, kronkelende dijken en een onregelmatige verkaveling maken dit Nationaal Landschap uniek.'),
        h3('Koers'),
        p(alinea('erfgoed', 0, P)),
        h2('Reitdiepzone'),
        h3('Karakter'),
        p('Het Reitdiep slingert van Groningen naar het Lauwersmeer, met oude kwelders en wierdedorpen langs de oevers.'),
        h3('Koers'),
        p(alinea('water', 2, P)),
        h1('De kernen langs de A7'),
        h2('Zuidhorn en Grijpskerk'),
        p(alinea('wonen', 0, P)),
        h2('Leek en Tolbert'),
        p(alinea('wonen', 2, P)),
        {
          t: 'table',
          rows: [
            ['Kern', 'Woningbouw tot 2030'],
            ['Zuidhorn', '⸨nest:1⸩'],
            ['Leek', 'circa 600 woningen'],
          ],
        },
        h1('Het zuidelijk woudengebied'),
        h2('Marum en omgeving'),
        p(alinea('natuur', 1, P)),
        h2('Nienoord'),
        p('Het Gebiedskompas Nienoord is op 12 maart 2024, geamendeerd, door de gemeenteraad vastgesteld en hier ', { comment: 'c1', text: 'integraal opgenomen' }, '.'),
        roman('landgoed en park in samenhang ontwikkelen;', 'het zwembad en de recreatievoorzieningen bereikbaar houden;', 'het landschap rond de borg versterken.'),
        h1('Energie en klimaat'),
        {
          t: 'cols2',
          blocks: [
            h2('Zon'),
            p(alinea('energie', 1, P)),
            h2('Water vasthouden'),
            p(alinea('klimaat', 0, P)),
          ],
        },
        h2('Samen met dorpsbelangen'),
        p('Energieprojecten ontwikkelen we samen met de ', { bookmark: 'gebiedscooperatie', text: 'Gebiedscoöperatie Westerkwartier' }, ' en dorpsbelangen.'),
      ],
    },
    bijlagen: [{ nummer: '2a', opschrift: 'Geografische informatieobjecten', blocks: [gioMiddle(gios, ['Naam', 'Identificatie', 'Hoofdstuk'], (n) => (n.startsWith('Middag') || n.startsWith('Reit') ? '6' : n.startsWith('Nien') ? '8' : '9'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-02-18', ondertekening: '2026-02-18', bekendmaking: '2026-03-04' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1969',
    },
    geo: { origin: [217000, 578000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Westerkwartier – deel 2 Gebiedskompas$'],
    s13: {
      chapterStyle: { id: 'WKHoofdstuk', name: 'WK Hoofdstuk' },
      nested: [[['Locatie', 'Woningen'], ['De Dijken', '250'], ['Oostergast', '180']]],
    },
  }
})()

// w42 — Provincie Drenthe: Dutch Kop 1–3 with the numbering on each heading paragraph, chapters from 0 ("%1" with start
// 0: "0 Essentie van de visie"), sections "%1.%2" restarted per chapter by Word's "restart at 1" (lvlOverride/
// startOverride); Kop 1 in capitals over titles typed in lower case; a section whose number "6.4" is typed by hand (no
// numbering on it) and a closing "Begrippen" chapter with its number suppressed; a two-column section; a quote in a text box; footnotes; a table with a header row repeated, a
// cell over two columns and a vertical merge; the GIO table with each identifier in runs inside a hyperlink;
// Statenbesluit "besluiten:" with Artikel I and II typed, the date in a content control.
const w42 = ((): DocS13 => {
  const G = gio('pv22', '2026-09-30')
  const P = 'Drenthe'
  return {
    id: 'w42',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Drenthe (versie 2018 ter vaststelling aan Provinciale Staten: 0 Essentie van de visie "Drenthe is geweldig! Drenthe wordt geroemd om haar prachtige landschap met esdorpen, heide en bossen", 1 Drenthe nu, 2 Missie, ambities en belangen met 2.1 Aard van de omgevingsvisie, 2.2 Missie, 2.3 Ambities en belangen, 3 Strategie, rol en instrumenten met 3.1 Strategie: het combinatiemodel, 4 Uitwerking ruimtelijke kwaliteit met de kernkwaliteiten en zorgvuldig ruimtegebruik, robuuste sociaal-economische structuur, landbouw-, natuur- en watersysteem; de Drentse Zuidas, de Hondsrug, het Nationaal beek- en esdorpenlandschap Drentsche Aa), als Statenbesluit, ingekort, met proza uit de gedeelde tekstpool; Word-opmaak: Nederlandse Kop 1–3 met nummering op iedere kopalinea, hoofdstukken vanaf 0, paragrafen met Word\'s "opnieuw beginnen bij 1" (lvlOverride/startOverride), Kop 1 in hoofdletters over titels in kleine letters, een paragraafnummer met de hand getypt, een hoofdstuk Begrippen met onderdrukte nummering, twee kolommen, citaat in een tekstvak, voetnoten, tabel met herhaalde kopregel, cel over twee kolommen en verticaal samengevoegde cel, GIO-identificaties per padsegment in een hyperlink, Statenbesluit "besluiten:" met Artikel I en II getypt, datum in een inhoudsbesturingselement',
    bevoegdGezag: 'pv22',
    naam: 'Provincie Drenthe',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      numberingOnParagraph: true,
      overrideRestart: true,
      lang: 'nl',
      caps: true,
      levels: [{ text: '%1', format: 'decimal', start: 0 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Drenthe',
      footer: 'Provincie Drenthe | {page}',
    },
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Drenthe tot vaststelling van de Omgevingsvisie Drenthe',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('Statenbesluit'),
        p('Provinciale Staten van Drenthe;'),
        p('gelezen het voorstel van Gedeputeerde Staten van 1 september 2026, kenmerk 35/5.1/2026012345;'),
        p('gelet op artikel 3.1, tweede lid, en artikel 16.23 van de Omgevingswet;'),
        p('besluiten:'),
        tk('Artikel I'),
        p('De Omgevingsvisie Drenthe, opgenomen in de bijlage bij dit besluit, vast te stellen.'),
        tk('Artikel II'),
        p('De Omgevingsvisie Drenthe 2018, vastgesteld op 4 juli 2018, in te trekken.'),
        { t: 'date', before: 'Assen, ', date: '30 september 2026', iso: '2026-09-30', after: '' },
        { t: 'sign', left: ['Provinciale Staten voornoemd,', '', 'griffier'], right: ['', '', 'voorzitter'] },
      ],
    },
    bijlageA: 'Bijlage bij het Statenbesluit van 30 september 2026',
    visie: {
      opschrift: 'Omgevingsvisie Drenthe',
      body: [
        h1('essentie van de visie'),
        p('Drenthe is geweldig! Drenthe wordt geroemd om haar prachtige landschap met esdorpen, heide en bossen. Daarnaast vind je er tal van tastbare sporen van de rijke geschiedenis, zoals de hunebedden.'),
        h1('drenthe nu'),
        p(alinea('inleiding', 0, P, 'provincie')),
        { t: 'quote', text: '„Koesteren wat goed is, ontwikkelen wat past.”', who: 'Gedeputeerde Staten' },
        h1('missie, ambities en belangen'),
        h2('Aard van de omgevingsvisie'),
        p('De omgevingsvisie is het provinciaal strategisch kader voor de fysieke leefomgeving van Drenthe.', { fn: 'Artikel 3.1, tweede lid, van de Omgevingswet.' }),
        h2('Missie'),
        p('Koestering van de Drentse kernkwaliteiten en de ontwikkeling van een bruisende provincie die daarbij past.'),
        h2('Ambities en belangen'),
        p(alinea('proces', 0, P, 'provincie')),
        h1('strategie, rol en instrumenten'),
        h2('Strategie: het combinatiemodel'),
        p(alinea('uitvoering', 1, P, 'provincie')),
        h2('Rol en sturing'),
        p(alinea('uitvoering', 2, P, 'provincie')),
        h2('Instrumenten'),
        p('Wij gebruiken de omgevingsverordening, programma\'s, subsidies en het gesprek.', { fn: 'Omgevingsverordening Drenthe en het programma Natuur.' }),
        h1('ruimtelijke kwaliteit'),
        h2('Kernkwaliteiten'),
        {
          t: 'table',
          rows: [
            ['Kernkwaliteit', 'Wat wij beschermen', 'Waar'],
            ['Landschap', 'Esdorpen, beekdalen, ontginningen', { text: 'Hele provincie', merge: 'restart' }],
            ['Natuur', 'Heide, bossen, venen', { text: '', merge: 'continue' }],
            ['Oorspronkelijkheid', 'Hunebedden, essen, wierden van zand', 'Hondsrug'],
            [{ text: 'Rust: stilte en duisternis in het landelijk gebied', span: 2 }, 'Buitengebied'],
          ],
        },
        h3('Landschap'),
        p(alinea('landschap', 2, P, 'provincie')),
        h3('Rust: stilte en duisternis'),
        p(alinea('natuur', 2, P, 'provincie')),
        h2('Zorgvuldig ruimtegebruik'),
        p(alinea('wonen', 3, P, 'provincie')),
        h1('sociaal-economische structuur'),
        {
          t: 'cols2',
          blocks: [
            h2('Economie en sterke steden'),
            p(alinea('economie', 2, P, 'provincie')),
            h2('Vrijetijdseconomie'),
            p(alinea('erfgoed', 2, P, 'provincie')),
          ],
        },
        h2('Energieneutraal Drenthe'),
        p(alinea('energie', 2, P, 'provincie')),
        bullets('ja, mits: ruimtelijk ingepast en maatschappelijk geaccepteerd;', 'lokaal eigendom van ten minste de helft;', 'zon eerst op daken.'),
        h1('robuuste systemen'),
        h2('Landbouw'),
        p(alinea('landschap', 3, P, 'provincie')),
        h2('Natuur'),
        p(alinea('natuur', 0, P, 'provincie')),
        h2('Water'),
        p(alinea('water', 1, P, 'provincie')),
        typed(2, '6.4 Bodem en ondergrond'),
        p('Drinkwater, bodemenergie en de opslag van stoffen in de diepe ondergrond vragen om een zorgvuldige afweging.'),
        nonum(1, 'Begrippen'),
        p('Kernkwaliteiten: de kwaliteiten landschap, natuur, oorspronkelijkheid, rust, cultuurhistorie en archeologie.'),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] }],
    gios: [G('Nationaal Park Drentsche Aa', 'drentsche-aa', [2, 4], 3), G('Hondsrug', 'hondsrug', [8, 0], 4), G('Drentse Zuidas', 'drentse-zuidas', [-4, -10], 5), G('Stiltegebieden', 'stiltegebieden', [-6, 2], 3)],
    config: {
      werk,
      datums: { vaststelling: '2026-09-30', ondertekening: '2026-09-30', bekendmaking: '2026-10-14' },
      soortBestuursorgaan: PS,
      ambtsgebied: 'PV22',
    },
    geo: { origin: [235000, 545000] },
    meubilair: ['^Provincie Drenthe \\| \\d+$', '^Omgevingsvisie Drenthe$'],
    s13: {},
  }
})()

export const WORD_DOCS_S14: DocS13[] = [w37, w38, w39, w40, w41, w42]
