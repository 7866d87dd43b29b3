/**
 * The Word corpus documents w25 … w30 (session 13, second round, all holdout), written by
 * scripts/corpus/render-docx-s13.ts. Each follows the structure and part of the wording of a real omgevingsvisie (or a
 * waterschap's programma as its visie) and the besluit adopting it (public texts, Auteurswet art. 11), shortened, with
 * prose from the shared pool where the source gave none. Beside w07–w24 they add the documents' origins and constructs
 * a publication officer meets: a Google Docs export (Title/Subtitle, Heading 1–3 with the numbers typed, bookmarks
 * and proofing marks between a typed number and its title, every list its own numbering definition), a LibreOffice
 * export (style ids "Heading1" named "heading 1", the outline numbering in one abstractNum linked to the heading styles
 * by w:pStyle in each level), a gemeente's Dutch "Kop 1" template with "Hoofdstuk %1:" chapters and "%1.%2" sections, a
 * heading made by a Normal paragraph's own outline level with a bold run among ordinary headings, paragraphs in a body
 * style numbered "1.", "2." by a numbering definition (list items), a contents typed by hand with tab leaders and page
 * numbers, a GIO table of three columns with the identifier in the middle one, smart tags, and besluiten with the
 * articles in a numbered list ("Artikel %1") or beslispunten typed "1." "2." "3.". Markers (⸨…⸩) are explained in
 * render-docx-s13.ts.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block, Cell } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, PS, AB, werk, typed, olvl, num, tocLine } from './word-parts-s12.js'

/** A heading by a Normal paragraph's own outline level (bold run, no number). */
/** A body-style paragraph numbered "1.", "2." by a numbering definition (a list item). */
/** A contents line typed by hand: number, tab, title, tab (dot leader), page. */
/** A GIO table of three columns, the identifier in the middle one (narrow, so it wraps). */
const gio3 = (doc: { gios: { naam: string; identificatie: string }[] }, head: [string, string, string], third: (naam: string) => string): Block => ({
  t: 'table',
  widths: [2200, 3000, 2400],
  rows: [[`⸨gio3⸩${head[0]}`, head[1], head[2]], ...doc.gios.map((g): Cell[] => [g.naam, g.identificatie, third(g.naam)])],
})

// w25 — Gemeente Lansingerland, as Google Docs exports a document to DOCX: the visie's title and subtitle in the
// styles Title/Subtitle, English Heading 1–3 without numbering, every heading number typed by hand ("3.2.1 …") with
// Google's bookmark (_heading=h.…) and a proofing mark between the number and the title, a contents typed by hand with
// tab leaders and page numbers, each list its own numbering definition; the besluit's articles in a numbered list
// ("Artikel %1"), a comment.
const w25 = ((): DocS13 => {
  const G = gio('gm1621', '2026-03-26')
  const P = 'Lansingerland'
  const T = (l: 1 | 2 | 3, nr: string, title: string): Block => typed(l, `${nr}⸨bm⸩ ${title}`)
  return {
    id: 'w25',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Lansingerland 1.0 "Verbonden, vindingrijk en gezond" (ontwerp ter inzage 2021, 18 reacties, door de gemeenteraad vastgesteld op 24 februari 2022; lansingerland.nl: drie pijlers Verbonden in de metropool, Vindingrijk en ondernemend, Gezond samen leven, elk met drie ambities, waaronder Home of Horti Science en slimme verduurzaming; de Omgevingsvisie 2.0 tot 2050 met zes thema\'s volgde in 2025), ingekort; Word-opmaak zoals Google Docs exporteert: titel en ondertitel in de stijlen Title en Subtitle, koppen in Heading 1–3 zonder nummering met het nummer met de hand getypt, een bladwijzer en een spellingsmarkering tussen nummer en titel, inhoudsopgave met de hand getypt met tabs met puntjes en paginanummers, iedere lijst een eigen nummeringsdefinitie, artikelen als genummerde lijst ("Artikel %1"), opmerking',
    bevoegdGezag: 'gm1621',
    naam: 'Gemeente Lansingerland',
    comments: { c1: 'Aantal reacties checken bij projectleider.' },
    style: {
      font: 'Arial',
      size: 11,
      via: 'style',
      numberingOnParagraph: true,
      lang: 'en',
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Lansingerland tot vaststelling van de Omgevingsvisie Lansingerland',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Lansingerland;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 3 februari 2026, nummer 1882109;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('overwegende dat de ontwerp-omgevingsvisie zes weken ter inzage heeft gelegen, dat ', { comment: 'c1', text: '18 reacties' }, ' zijn ontvangen en dat deze in de Nota van beantwoording zijn betrokken;'),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie Lansingerland "Verbonden, vindingrijk en gezond", zoals opgenomen in de bijlage, wordt vastgesteld.'),
        art('Nota van beantwoording'),
        p('De Nota van beantwoording zienswijzen wordt vastgesteld.'),
        art('Intrekking'),
        p('De Structuurvisie Lansingerland 2013 wordt ingetrokken.'),
        p('Aldus besloten in de openbare raadsvergadering van 26 maart 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'M. de Groot'], right: ['de voorzitter,', '', 'P.G. van Ool'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 1882109',
    visie: {
      opschrift: 'Omgevingsvisie Lansingerland',
      subtitel: 'Verbonden, vindingrijk en gezond in 2040',
      body: [
        tk('Inhoud'),
        tocLine('1.', 'Inleiding', 3),
        tocLine('2.', 'Lansingerland nu', 5),
        tocLine('3.', 'Verbonden in de metropool', 8),
        tocLine('4.', 'Vindingrijk en ondernemend', 12),
        tocLine('5.', 'Gezond samen leven', 15),
        tocLine('6.', 'Uitvoering', 18),
        T(1, '1.', 'Inleiding'),
        T(2, '1.1', 'Waarom een omgevingsvisie'),
        p('Lansingerland is een fijne plek om te wonen, werken en recreëren midden in de Metropoolregio Rotterdam Den Haag. Dat willen we graag zo houden, tot in de verre toekomst. De omgevingsvisie geeft antwoord op de vraag wat de uitdagingen zijn en welke keuzes we maken.'),
        T(2, '1.2', 'Samen met de samenleving'),
        p('Via enquêtes, dialoogavonden en deelname aan evenementen zijn bijna 1.000 mensen betrokken geweest bij het maken van deze visie.'),
        T(2, '1.3', 'Functies van de visie'),
        p('De omgevingsvisie heeft meerdere functies:'),
        bullets('afwegingskader voor initiatieven die niet passen in het omgevingsplan;', 'aanjager voor initiatieven van inwoners en organisaties;', 'basis voor de omgevingsprogramma\'s.'),
        T(1, '2.', 'Lansingerland nu'),
        T(2, '2.1', 'Drie kernen'),
        p('Berkel en Rodenrijs, Bergschenhoek en Bleiswijk hebben elk een eigen karakter. Tussen de kernen liggen de Rotte, de Rottemeren en het glastuinbouwgebied.'),
        T(2, '2.2', 'Ligging in de metropool'),
        p(alinea('mobiliteit', 0, P)),
        {
          t: 'table',
          rows: [
            ['Kern', 'Inwoners (2025)', 'Karakter'],
            ['Berkel en Rodenrijs', '32.000', 'Lintdorp met nieuwe wijken'],
            ['Bergschenhoek', '20.000', 'Groen wonen aan de Rotte'],
            ['Bleiswijk', '12.000', 'Dorp tussen de kassen'],
          ],
        },
        T(1, '3.', 'Verbonden in de metropool'),
        T(2, '3.1', 'Goed bereikbaar'),
        p('We zetten in op moderne, duurzame en schone vervoersmogelijkheden: de Randstadrail, snelle fietsroutes en deelmobiliteit.'),
        T(2, '3.2', 'Toekomstbestendige omgeving'),
        p(alinea('klimaat', 0, P)),
        T(3, '3.2.1', 'Klimaatadaptief inrichten'),
        p(alinea('water', 1, P)),
        T(3, '3.2.2', '⸨proof⸩Natuurinclusief⸨/proof⸩ bouwen'),
        p(alinea('natuur', 0, P)),
        T(2, '3.3', 'Sterke ruimtelijke structuren'),
        p('We beschermen de groengebieden, het water en de historische linten. Voor de linten geldt:'),
        letters('nieuwe bebouwing volgt de maat en schaal van het lint;', 'doorzichten naar het achterland blijven open;', 'monumentale bomen blijven staan.'),
        T(1, '4.', 'Vindingrijk en ondernemend'),
        T(2, '4.1', 'Home of Horti Science'),
        p('We maken kennisontwikkeling en innovatie in de glastuinbouw mogelijk en bieden ruimte voor nieuwe teelten en onderzoek.'),
        T(2, '4.2', 'Slimme verduurzaming'),
        p(alinea('energie', 0, P)),
        bullets('elektriciteitsopwekking op daken en kassen;', 'duurzame warmte uit aardwarmte en restwarmte;', 'nieuwe materiaalstromen in een circulaire economie.'),
        T(2, '4.3', 'Lokaal en regionaal werken en ondernemen'),
        p(alinea('economie', 0, P)),
        T(1, '5.', 'Gezond samen leven'),
        T(2, '5.1', 'Wonen voor iedereen'),
        p(alinea('wonen', 0, P)),
        T(2, '5.2', 'Een gezonde leefomgeving'),
        p(alinea('gezondheid', 0, P)),
        T(2, '5.3', 'Leefbare kernen'),
        p('Voorzieningen blijven in de kernen: scholen, sportvelden, winkels en ontmoetingsplekken.'),
        T(1, '6.', 'Uitvoering'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'] }] }],
    gios: [G('Glastuinbouwgebied', 'glastuinbouwgebied', [2, -1], 2), G('Rottemeren', 'rottemeren', [4, 3], 1.5), G('Historische linten', 'historische-linten', [-2, 1], 1)],
    config: {
      werk,
      datums: { vaststelling: '2026-03-26', ondertekening: '2026-03-26', bekendmaking: '2026-04-02' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1621',
    },
    geo: { origin: [93000, 446000] },
    meubilair: ['^\\d+$'],
    s13: {},
  }
})()

// w26 — Gemeente Oegstgeest, written against the gemeente's Dutch template: Kop 1–3 numbered in the styles with
// "Hoofdstuk %1:" chapters (truth nummer "1"), "%1.%2" sections and "%1.%2.%3" subsections, Kop 1 in capitals over
// titles typed in lower case; a heading made by a Normal paragraph's own outline level (bold, no number) among the
// sections; paragraphs in the body style "Plattetekst" numbered "1.", "2." by a numbering definition inside a
// section (list items); a TOC field; besluit "besluit" with beslispunten typed "1." "2." "3." and an "a." list.
const w26 = ((): DocS13 => {
  const G = gio('gm0579', '2026-05-28')
  const P = 'Oegstgeest'
  return {
    id: 'w26',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Oegstgeest "Oog voor historie, zicht op ontwikkeling" (ontwerp ter inzage 15 september tot en met 26 oktober 2022, door de gemeenteraad vastgesteld op 23 maart 2023, bekendgemaakt 14 april 2023; het raadsbesluit met beslispunt 1 "De Omgevingsvisie vast te stellen, en daarmee de volgende uitgangspunten en leidende principes" en de uitgangspunten a–f, o.a. de landgoederenzones Endegeest en Oud-Poelgeest met het hoogste beschermingsniveau en \'bouwen in balans\'), ingekort; Word-opmaak: sjabloon met Nederlandse Kop 1–3, nummering in de stijlen met "Hoofdstuk %1:" en "%1.%2", Kop 1 in hoofdletters over titels in kleine letters, een kop als Standaard-alinea met eigen overzichtsniveau en vette run, in de stijl Plattetekst genummerde alinea\'s "1.", "2.", inhoudsopgave als TOC-veld, besluit met beslispunten "1." "2." "3." getypt en een "a."-lijst',
    bevoegdGezag: 'gm0579',
    naam: 'Gemeente Oegstgeest',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'style',
      lang: 'nl',
      caps: true,
      levels: [{ text: 'Hoofdstuk %1:', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Oegstgeest',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Oegstgeest tot vaststelling van de Omgevingsvisie Oegstgeest',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
      blocks: [
        tk('Omgevingsvisie'),
        p('De gemeenteraad van Oegstgeest;'),
        p('gelezen het voorstel van burgemeester en wethouders van 14 april 2026;'),
        p('gelet op artikel 108 van de Gemeentewet en artikel 3.1 van de Omgevingswet;'),
        p('besluit'),
        p('1. De Omgevingsvisie vast te stellen, en daarmee de volgende uitgangspunten en leidende principes:'),
        letters(
          'De gemeente heeft een proactieve houding bij ruimtelijke ontwikkelingen in ons dorp, en neemt daarbij de regie.',
          'De Omgevingsvisie versterkt het groene en dorpse karakter van Oegstgeest en biedt tegelijkertijd ruimte voor maatschappelijke opgaven, zoals de energietransitie, klimaatadaptatie en woningbouw.',
          'Wat extra waardevol is wordt extra beschermd. De landgoederenzones Endegeest en Oud-Poelgeest kennen de hoogste beschermingsniveaus.',
          'Levensvatbare voorzieningen worden gekoesterd en mogen niet wijken voor woningbouw.',
        ),
        p('2. De Nota van zienswijzen vast te stellen.'),
        p('3. De Structuurvisie Oegstgeest 2005–2020 in te trekken.'),
        p('Aldus vastgesteld in de openbare vergadering van 28 mei 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. E. de Vries'], right: ['De voorzitter,', '', 'drs. E.H.J. Ruigrok'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 28 mei 2026',
    visie: {
      opschrift: 'Omgevingsvisie Oegstgeest',
      subtitel: 'Oog voor historie, zicht op ontwikkeling',
      body: [
        { t: 'toc', title: 'Inhoudsopgave' },
        h1('inleiding'),
        h2('Omgaan met schaarse ruimte'),
        p('Oegstgeest heeft met allerlei ontwikkelingen te maken. Het aantal inwoners groeit, mensen wonen langer zelfstandig thuis, het klimaat verandert en de gemeente zoekt naar duurzamer manieren om energie op te wekken. Voor al die opgaven is maar zeer beperkt ruimte.'),
        h2('De werking van deze visie'),
        p('De omgevingsvisie laat in één document alle gemaakte keuzes zien. Op welke plekken in het dorp krijgt het behoud van groen en erfgoed voorrang? Waar is juist ruimte voor sociale ontmoetingen of woningen?'),
        h2('Betrokkenheid uit het dorp'),
        p('Het traject is gestart in 2020 met een dorpsatlas. In 2021 volgde het Ambitiedocument Omgevingsvisie, met 177 reacties en ideeën op het Doe Mee-platform.'),
        h1('oegstgeest in de regio'),
        h2('Tussen Leiden en de kust'),
        p(alinea('mobiliteit', 1, P)),
        h2('Het dorpse karakter'),
        p(alinea('erfgoed', 0, P)),
        h1('uitgangspunten en leidende principes'),
        h2('Uitgangspunten'),
        p('De uitgangspunten van de gemeenteraad zijn:'),
        num('De gemeente heeft een proactieve houding bij ruimtelijke ontwikkelingen en neemt daarbij de regie.'),
        num('Wat extra waardevol is, wordt extra beschermd.'),
        num('Met het accommoderen van de regionale woningbehoefte zijn de grenzen aan de groei min of meer bereikt.'),
        h2('Leidende principes'),
        p('Een ontwikkeling speelt in op bestaande landschappelijke, erfgoed- en stedenbouwkundige waarden. Ontwikkelingen worden getoetst door de commissie ruimtelijke kwaliteit.'),
        olvl(3, 'Spelregels voor initiatiefnemers'),
        p('Initiatiefnemers kunnen aan de hand van de spelregels inschatten wat er op welke plek mogelijk is.'),
        bullets('kom vroeg met een idee naar de gemeente;', 'betrek de buren voordat een aanvraag wordt ingediend;', { text: 'laat zien hoe het plan bijdraagt aan:', sub: ['het groene en dorpse karakter;', 'de energietransitie en klimaatadaptatie.'] }),
        h1('thema\'s'),
        h2('Wonen'),
        p(alinea('wonen', 1, P)),
        h3('Bouwen in balans'),
        p('Oegstgeest voorziet in zijn aandeel in de regionale woningbehoefte, met bouwen in balans in plaats van maximaal volbouwen.'),
        h3('Wonen voor ouderen en starters'),
        p(alinea('wonen', 2, P)),
        h2('Groen en landgoederen'),
        p(alinea('landschap', 0, P)),
        {
          t: 'table',
          rows: [
            ['Zone', 'Beschermingsniveau', 'Ruimte voor ontwikkeling'],
            ['Landgoed Endegeest', { text: 'Hoogste', merge: 'restart' }, 'Geen'],
            ['Landgoed Oud-Poelgeest', { text: '', merge: 'continue' }, 'Geen'],
            ['Groene dorpsranden', 'Hoog', 'Alleen kleinschalig en landschappelijk ingepast'],
          ],
        },
        h2('Energie en klimaat'),
        p(alinea('energie', 1, P)),
        h1('deelgebieden'),
        h2('Nieuw Rhijngeest en Poelgeest'),
        p(alinea('wonen', 3, P)),
        h2('Het dorpscentrum'),
        p(alinea('economie', 1, P)),
        h1('uitvoering'),
        p(alinea('uitvoering', 1, P)),
      ],
    },
    bijlagen: [{ nummer: 'I', opschrift: 'Werkingsgebieden', blocks: [p('De volgende gebieden zijn vastgelegd als geografisch informatieobject.'), { t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] }],
    gios: [G('Landgoederenzone Endegeest', 'landgoederenzone-endegeest', [-1, 1], 0.8), G('Landgoederenzone Oud-Poelgeest', 'landgoederenzone-oud-poelgeest', [1, 2], 0.8), G('Dorpscentrum', 'dorpscentrum', [0, -1], 0.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-05-28', ondertekening: '2026-05-28', bekendmaking: '2026-06-04' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0579',
    },
    geo: { origin: [93500, 465500] },
    meubilair: ['^Pagina \\d+$', '^Omgevingsvisie Oegstgeest$'],
    s13: {},
  }
})()

// w27 — Provincie Gelderland (Statenbesluit), as LibreOffice Writer saves DOCX: English style ids Heading1–3 named
// "heading 1" …, the outline numbering in one abstractNum whose levels name the heading styles (w:pStyle in each
// w:lvl), chapters "hoofdstuk %1" in lower case as the source has them, sections "%1.%2", "%1.%2.%3"; a proofing mark
// pair inside a heading's title, a smart tag in a paragraph; the GIO table with three columns, the identifier in the
// middle one; "BESLUITEN:" with Artikel I and II typed, the points of Artikel I a "1)" list.
const w27 = ((): DocS13 => {
  const G = gio('pv25', '2026-07-08')
  const P = 'Gelderland'
  const gios = [G('Gelders Natuurnetwerk', 'gelders-natuurnetwerk', [0, 10], 8), G('Groene Ontwikkelingszone', 'groene-ontwikkelingszone', [-14, -4], 6), G('Intrekgebied drinkwater', 'intrekgebied-drinkwater', [12, -8], 4)]
  return {
    id: 'w27',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Gelderland (geconsolideerde versie december 2017, NL.IMRO.9925.SVOmgvisieGC: hoofdstuk 1 Toekomstbestendig Gelderland met twee provinciale hoofddoelen, hoofdstuk 2 Divers Gelderland met de regio\'s, hoofdstuk 3 Dynamisch Gelderland, hoofdstuk 4 Mooi Gelderland, hoofdstuk 5 Uitvoering) en het Statenbesluit PS2014-51 van 9 juli 2014 ("BESLUITEN: Artikel I 1. De Omgevingsvisie Gelderland … vast te stellen; 2. Te bepalen dat …; 3. De navolgende strategische plannen in te trekken"), ingekort en naar de Omgevingswet gezet; Word-opmaak zoals LibreOffice DOCX opslaat: stijl-id\'s Heading1–3 met namen "heading 1" enz., de hoofdstuknummering in één abstractNum met de kopstijlen per niveau gekoppeld (w:pStyle in w:lvl), "hoofdstuk %1" in kleine letters, spellingsmarkeringen in een kop, smart tag, GIO-tabel met drie kolommen en de identificatie in de middelste, "BESLUITEN:" met Artikel I en II getypt en een "1)"-lijst',
    bevoegdGezag: 'pv25',
    naam: 'Provincie Gelderland',
    style: {
      font: 'Liberation Sans',
      size: 10,
      via: 'style',
      lang: 'en',
      linkStyle: true,
      levels: [{ text: 'hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: 'Omgevingsvisie Gelderland {page}',
    },
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Gelderland tot vaststelling van de Omgevingsvisie Gelderland',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-08-01',
      blocks: [
        tk('PROVINCIALE STATEN VAN GELDERLAND'),
        p('Gelet op het voorstel van Gedeputeerde Staten, PS2026-41, inzake de Omgevingsvisie Gelderland;'),
        p('gezien artikel 3.1, tweede lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUITEN:'),
        tk('Artikel I'),
        paren(
          'De Omgevingsvisie Gelderland, met inachtneming van de aangenomen amendementen, vast te stellen;',
          'te bepalen dat de Omgevingsvisie Gelderland in de plaats treedt van de Omgevingsvisie Gaaf Gelderland;',
          { text: 'de navolgende strategische plannen in te trekken:', sub: ['Regionaal Waterprogramma 2021–2027, voor zover het de visie op het watersysteem betreft;', 'Gelders Programma Wonen 2022–2030, voor zover het ruimtelijke keuzes bevat.'] },
        ),
        tk('Artikel II'),
        p('Dit besluit treedt in werking op 1 augustus 2026.'),
        p('Arnhem, 8 juli 2026'),
        p('Provinciale Staten van Gelderland,'),
        { t: 'sign', left: ['griffier,', '', 'drs. M. Verbeek'], right: ['voorzitter,', '', 'J.C. Berends'] },
      ],
    },
    bijlageA: 'Bijlage bij besluit PS2026-41',
    visie: {
      opschrift: 'Omgevingsvisie Gelderland',
      subtitel: 'Gezond, veilig, schoon en welvarend',
      body: [
        h1('Toekomstbestendig Gelderland'),
        h2('Opgaven in deze Omgevingsvisie'),
        p('Er zijn grote, grensoverschrijdende ontwikkelingen die ook Gelderland raken: het energievraagstuk, kwetsbare biodiversiteit, verdere verstedelijking in combinatie met krimp, toenemende mobiliteit, digitalisering en internationalisering.'),
        h2('Twee provinciale hoofddoelen'),
        p('Wij streven naar een duurzaam, verbonden en economisch krachtig Gelderland. Dat doen we met hulp van zeven onderwerpen:'),
        bullets('energietransitie;', 'klimaatadaptatie;', 'circulaire economie;', 'biodiversiteit;', 'bereikbaarheid;', 'economisch vestigingsklimaat;', 'woon- en leefklimaat.'),
        h2('Uitwerking provinciale hoofddoelen'),
        p(alinea('inleiding', 1, P, 'provincie')),
        h2('Leeswijzer en ⸨proof⸩begrippenlijst⸨/proof⸩'),
        p('Hoofdstuk 2 beschrijft de regio\'s, de hoofdstukken 3 en 4 de thema\'s en hoofdstuk 5 de uitvoering.'),
        h1('Divers Gelderland'),
        h2('Achterhoek'),
        p(alinea('economie', 2, P, 'provincie')),
        h2('Arnhem-Nijmegen'),
        p(alinea('wonen', 0, P, 'provincie')),
        h2('Rivierenland'),
        p(alinea('water', 0, P, 'provincie')),
        h2('FoodValley'),
        p('De regio FoodValley groeit. Rond Wageningen, Ede en Veenendaal ontwikkelt zich een kenniscluster voor landbouw en voedsel van wereldniveau, op een afstand van ⸨smart:25 km⸩ van Utrecht.'),
        h1('Dynamisch Gelderland'),
        h2('Krachtige steden en vitale dorpen'),
        p(alinea('wonen', 1, P, 'provincie')),
        h2('Energietransitie'),
        p(alinea('energie', 0, P, 'provincie')),
        h3('Wind en zon'),
        p(alinea('energie', 2, P, 'provincie')),
        h3('Warmte'),
        p(alinea('energie', 3, P, 'provincie')),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P, 'provincie')),
        h1('Mooi Gelderland'),
        h2('Ruimtelijke kwaliteit'),
        p(alinea('landschap', 1, P, 'provincie')),
        h2('Natuur en landschap'),
        p(alinea('natuur', 1, P, 'provincie')),
        {
          t: 'table',
          rows: [
            ['Onderdeel', 'Doel', 'Instrument'],
            ['Gelders Natuurnetwerk', { text: 'Behoud en versterking van natuur', span: 2 }],
            ['Groene Ontwikkelingszone', 'Samenhang natuur en landschap', 'Omgevingsverordening'],
          ],
        },
        h2('Water en ondergrond'),
        p(alinea('water', 2, P, 'provincie')),
        h1('Uitvoering'),
        p(alinea('uitvoering', 0, P, 'provincie')),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gio3({ gios }, ['Gebied', 'Identificatie', 'Uitwerking in'], (n) => (n === 'Intrekgebied drinkwater' ? 'Regionaal Waterprogramma' : 'Omgevingsverordening Gelderland'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-07-08', ondertekening: '2026-07-08', bekendmaking: '2026-07-15', inwerkingtreding: '2026-08-01' },
      soortBestuursorgaan: PS,
      ambtsgebied: 'PV25',
    },
    geo: { origin: [190000, 450000] },
    meubilair: ['^Omgevingsvisie Gelderland \\d+$'],
    s13: {},
  }
})()


// w28 — Gemeente Gorinchem: English Heading 1–3 numbered in the styles, chapters "%1." counted from 0 ("0. Samenvatting"),
// sections "%1.%2." and "%1.%2.%3." restarted per chapter (explicit w:lvlRestart); a heading by a Normal paragraph's
// own outline level between two sections; body-style paragraphs numbered "1.", "2." (list items) inside a section; a
// tracked insertion and deletion in a heading and in the text, a manual line break in a heading, a comment, a chapter
// in two columns, a footnote, a hyperlink, the meeting date in a content control; "besluit:" with Artikel 1/2 typed
// with titles.
const w28 = ((): DocS13 => {
  const G = gio('gm0512', '2026-06-30')
  const P = 'Gorinchem'
  return {
    id: 'w28',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Gorinchem 2050 "Stad in Balans" (door de gemeenteraad unaniem vastgesteld op 19 december 2023; drie strategische ruimtelijke ambities gezonde groei, gezonde inwoners en een groene stad, uit het Gorcums DNA en erfgoed; compact en duurzaam groeien binnen de stadsgrenzen, transformatie van oude bedrijventerreinen, vernieuwing van naoorlogse wijken, in 2050 een wandel- en fietsstad; Gorinchem als Waterstad, Woonstad, Werkstad en Regiostad; uitwerking in gebiedspaspoorten), ingekort; Word-opmaak: Engelse Heading 1–3 met nummering in de stijlen, hoofdstukken vanaf 0 ("0. Samenvatting"), paragrafen "%1.%2." en "%1.%2.%3." met expliciete herstart per hoofdstuk (w:lvlRestart), een kop als Standaard-alinea met eigen overzichtsniveau, in de stijl Body Text genummerde alinea\'s, bijgehouden wijzigingen in een kop en in de tekst, regeleinde in een kop, opmerking, hoofdstuk in twee kolommen, voetnoot, hyperlink, vergaderdatum in een inhoudsbesturingselement, besluit "besluit:" met Artikel 1 en 2 getypt met titel',
    bevoegdGezag: 'gm0512',
    naam: 'Gemeente Gorinchem',
    comments: { c1: 'Fietsstad: formulering afgestemd met wethouder Mobiliteit.' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'en',
      lvlRestart: true,
      levels: [{ text: '%1.', format: 'decimal', start: 0 }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      header: 'Omgevingsvisie Gorinchem 2050',
      footer: 'Stad in Balans | pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Gorinchem tot vaststelling van de Omgevingsvisie Gorinchem 2050',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Gorinchem;'),
        p('gelezen het voorstel van burgemeester en wethouders van 26 mei 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Gorinchem 2050 "Stad in Balans" wordt vastgesteld.'),
        tk('Artikel 2 Intrekking'),
        p('De Structuurvisie Gorinchem 2030 en de Visie van de stad GO2032 worden ingetrokken voor zover zij ruimtelijk beleid bevatten.'),
        { t: 'date', before: 'Aldus besloten in de openbare raadsvergadering van ', date: '30 juni 2026', iso: '2026-06-30', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'drs. A.M. Ruijs'], right: ['de voorzitter,', '', 'R.P. Melissant'] },
      ],
    },
    bijlageA: 'Bijlage behorend bij het raadsbesluit van 30 juni 2026',
    visie: {
      opschrift: 'Omgevingsvisie Gorinchem 2050',
      subtitel: 'Stad in Balans',
      body: [
        h1('Samenvatting'),
        p('De omgevingsvisie geeft een beeld van wat de stad tot 2050 wil bereiken in de fysieke leefomgeving. Zij dient als kompas voor de besluitvorming en stippelt de koers uit naar een stad waarin iedereen zich thuis blijft voelen.'),
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Met de Omgevingswet stelt iedere gemeente één omgevingsvisie vast.', { fn: 'Artikel 3.1, eerste lid, van de Omgevingswet.' }, ' Deze visie vervangt de Structuurvisie Gorinchem 2030.'),
        h2('Hoe de visie tot stand kwam'),
        p('Stakeholders en bewoners zijn betrokken via participatiemomenten, werkateliers, een stadsbrede enquête, de omgevingstour en de stadstafel.'),
        h2('Leeswijzer'),
        p(alinea('inleiding', 2, P)),
        h1('Het Gorcums DNA'),
        h2('Vestingstad aan de rivieren'),
        p(alinea('erfgoed', 1, P)),
        h2('Waterstad, Woonstad, Werkstad en Regiostad'),
        p('Gorinchem is de schakel tussen de Randstad en Brabant. De stad ontwikkelt zich als:'),
        bullets('Waterstad, aan Merwede, Linge en Boven-Merwede;', 'Woonstad, met wijken voor iedere levensfase;', 'Werkstad, met bedrijventerreinen langs de A15;', 'Regiostad, met voorzieningen voor de Alblasserwaard en de Vijfheerenlanden.'),
        h1('Drie strategische ambities'),
        h2('Gezonde groei'),
        p('Gorinchem kiest door gericht te groeien voor een compacte en duurzame manier van ontwikkelen, met het accent binnen de huidige stadsgrenzen. [-Uitbreiding buiten de stad is niet uitgesloten.-][+Groei is geen doel op zich, maar een kans om ontbrekende schakels toe te voegen.+]'),
        h3('Transformatie van\noude bedrijventerreinen'),
        p(alinea('economie', 3, P)),
        h3('Vernieuwing van naoorlogse wijken'),
        p(alinea('wonen', 2, P)),
        olvl(2, 'Tussenbalans'),
        p('Voor de groei gelden drie randvoorwaarden. We toetsen elk plan daaraan:'),
        num('het plan voegt een ontbrekende schakel toe in wonen, werken of voorzieningen;'),
        num('het plan draagt bij aan verduurzaming van de wijk;'),
        num('het plan beschermt het erfgoed en de vestingwerken.'),
        h2('Gezonde [+en actieve +]inwoners'),
        p('Met gezond bewegen, zonder excuses geeft Gorinchem ruim baan aan lopen, fietsen en openbaar vervoer. In 2050 is Gorinchem een ', { comment: 'c1', text: 'wandel- en fietsstad' }, '.'),
        h2('Een groene stad'),
        p('Minder auto\'s in de stad biedt ruimte voor vergroenen. Meer over de aanpak staat op ', { link: 'gorinchem.nl/omgevingsvisie', url: 'https://www.gorinchem.nl/omgevingsvisie' }, '.'),
        {
          t: 'cols2',
          blocks: [
            h1('Gebieden'),
            h2('Binnenstad en vesting'),
            p(alinea('erfgoed', 2, P)),
            h2('Oost en Lingewijk'),
            p(alinea('wonen', 3, P)),
            h2('Bedrijventerreinen'),
            p(alinea('economie', 0, P)),
          ],
        },
        h1('Uitvoering'),
        h2('Gebiedspaspoorten'),
        p('De ambities krijgen per wijk of gebied een andere invulling. Dat werken we de komende jaren per gebied uit in gebiedspaspoorten.'),
        {
          t: 'table',
          rows: [
            ['Gebied', 'Gebiedspaspoort', 'Gereed'],
            ['Binnenstad', 'Vesting en Lingehaven', { text: '2027', merge: 'restart' }],
            ['Oost', 'Naoorlogse wijken', { text: '', merge: 'continue' }],
            ['Avelingen', 'Transformatie bedrijventerrein', '2028'],
          ],
        },
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'], links: true }] }],
    gios: [G('Vesting Gorinchem', 'vesting', [0, 0], 0.6), G('Transformatiegebied Avelingen', 'avelingen', [-2, 1], 0.8), G('Naoorlogse wijken Oost', 'wijken-oost', [2, 1], 1)],
    config: {
      werk,
      datums: { vaststelling: '2026-06-30', ondertekening: '2026-06-30', bekendmaking: '2026-07-07' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0512',
    },
    geo: { origin: [126000, 427000] },
    meubilair: ['^Stad in Balans \\| pagina \\d+$', '^Omgevingsvisie Gorinchem 2050$'],
    s13: {},
  }
})()

// w29 — Waterschap Brabantse Delta (besluit algemeen bestuur): part 2 of a programma in two documents, chapters 5–9
// ("Hoofdstuk %1." with the start value 5, truth nummer "5"), sections "%1.%2" and "%1.%2.%3" restarted per chapter
// (w:lvlRestart), in own styles basedOn Kop 1–3; a "1)" list continuing after a paragraph in between, an "i." list,
// nested bullets; the GIO table with three columns and the identifier in the middle; an endnote; a comment; the
// meeting date in a content control; "BESLUIT:" with beslispunten I. and II.
const w29 = ((): DocS13 => {
  const G = gio('ws0652', '2026-12-17')
  const P = 'Midden- en West-Brabant'
  const gios = [G('Beheergebied Brabantse Delta', 'beheergebied', [0, 0], 12), G('Zoetwaterbuffer West-Brabant', 'zoetwaterbuffer', [-10, 2], 4), G('Vaarwegen Mark en Dintel', 'vaarwegen-mark-dintel', [-4, 6], 3)]
  return {
    id: 'w29',
    set: 'holdout',
    bron: 'Naar het Waterbeheerprogramma 2022–2027 van waterschap Brabantse Delta "Klimaatbestendig en veerkrachtig waterlandschap" (geldend vanaf 22 december 2021, CVDR666825: hoofdstukken 1 Over het Waterbeheerprogramma, 2 Trends & ontwikkelingen, 3 Water voor duurzame ontwikkeling, 4 Waterveiligheid, 5 Gezond water, 6 Voldoende water, 7 Vaarwegen, 8 Waterketen, 9 Uitvoeringsstrategie; "dé waterpartner voor inwoners, bedrijven, natuur en milieu in Midden- en West-Brabant"), als omgevingsvisie van het waterschap in twee documenten, dit deel met de hoofdstukken 5–9, ingekort; Word-opmaak: eigen stijlen gebaseerd op Kop 1–3, "Hoofdstuk %1." met beginwaarde 5, paragrafen "%1.%2" en "%1.%2.%3" met herstart per hoofdstuk (w:lvlRestart), een "1)"-lijst die na een tussenalinea doorloopt, "i."-lijst, geneste opsomming, GIO-tabel met drie kolommen en de identificatie in de middelste, eindnoot, opmerking, vergaderdatum in een inhoudsbesturingselement, besluit "BESLUIT:" met beslispunten I. en II.',
    bevoegdGezag: 'ws0652',
    naam: 'Waterschap Brabantse Delta',
    comments: { c1: 'Aantal zuiveringen controleren (jaarverslag 2025).' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'nl',
      custom: ['WBP Hoofdstuk', 'WBP Paragraaf', 'WBP Subparagraaf'],
      lvlRestart: true,
      levels: [{ text: 'Hoofdstuk %1.', format: 'decimal', start: 5 }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Waterbeheerprogramma 2028–2033 – deel 2',
      footer: 'Brabantse Delta – {page}',
    },
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van waterschap Brabantse Delta tot vaststelling van het Waterbeheerprogramma 2028–2033 als omgevingsvisie van het waterschap',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-01-01',
      blocks: [
        tk('Besluit algemeen bestuur'),
        p('Het algemeen bestuur van waterschap Brabantse Delta;'),
        p('gelezen het voorstel van het dagelijks bestuur van 10 november 2026, kenmerk 26IT041;'),
        p('gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;'),
        p('overwegende dat op het ontwerp zienswijzen zijn ingediend, die zijn betrokken bij de vaststelling;'),
        p('BESLUIT:'),
        p('I. het Waterbeheerprogramma 2028–2033 "Klimaatbestendig en veerkrachtig waterlandschap", deel 1 en deel 2, vast te stellen als omgevingsvisie van het waterschap;'),
        p('II. te bepalen dat dit besluit in werking treedt op 1 januari 2027.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van ', date: '17 december 2026', iso: '2026-12-17', after: ' te Breda.' },
        { t: 'sign', left: ['de secretaris-directeur,', '', 'ir. M.J. Kolff'], right: ['de dijkgraaf,', '', 'K.J.L. Ruijs'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van het algemeen bestuur van 17 december 2026, kenmerk 26IT041 – deel 2',
    visie: {
      opschrift: 'Waterbeheerprogramma 2028–2033, deel 2',
      subtitel: 'Klimaatbestendig en veerkrachtig waterlandschap',
      body: [
        p('Dit is deel 2 van het programma. Deel 1 bevat de hoofdstukken 1 tot en met 4: over het programma, trends en ontwikkelingen, water voor duurzame ontwikkeling en waterveiligheid.'),
        h1('Gezond water'),
        h2('Doelen voor de waterkwaliteit'),
        p(alinea('water', 2, P, 'waterschap')),
        h2('Maatregelen in de beken'),
        p('De maatregelen volgen uit de stroomgebiedbeheerplannen:⸨en:1⸩'),
        paren('hermeandering van de Mark en de Aa of Weerijs;', 'aanleg van natuurvriendelijke oevers;'),
        p('Daarnaast werken we samen met de agrarische sector:'),
        { t: 'list', kind: 'paren', items: ['bufferstroken langs beken;', 'minder gewasbeschermingsmiddelen in het oppervlaktewater.'], continues: true },
        h3('Vispassages'),
        p(alinea('natuur', 2, P, 'waterschap')),
        h2('Opkomende stoffen'),
        p('Medicijnresten, microplastics en PFAS komen steeds vaker in het water voor. We meten ze in het oppervlaktewater en in het effluent van de zuiveringen.'),
        h1('Voldoende water'),
        h2('Water vasthouden'),
        p(alinea('water', 1, P, 'waterschap')),
        h2('Zoetwatervoorziening West-Brabant'),
        p('In West-Brabant is zoet water in droge zomers schaars. We werken aan een zoetwaterbuffer en aan aanvoer vanuit het Volkerak-Zoommeer.'),
        h3('Peilbeheer'),
        p('Het peil volgt de functie, maar het watersysteem is mede sturend voor de functies.'),
        h2('Grondwater'),
        p(alinea('water', 3, P, 'waterschap')),
        h1('Vaarwegen'),
        h2('Beheer van de vaarwegen'),
        p('We beheren de vaarwegen Mark, Dintel en Vliet en de Roosendaalse en Steenbergse Vliet voor beroeps- en recreatievaart.'),
        h2('Vaarwegen en klimaat'),
        p(alinea('klimaat', 2, P, 'waterschap')),
        h1('Waterketen'),
        h2('Zuiveren van afvalwater'),
        p('Met ', { comment: 'c1', text: '17 rioolwaterzuiveringen' }, ' zuiveren we het afvalwater van ruim een miljoen inwoners.'),
        h3('Van afvalwater naar grondstof'),
        roman('energie terugwinnen uit slib;', 'fosfaat terugwinnen als grondstof;', 'medicijnresten verwijderen met een extra zuiveringsstap.'),
        h2('Samenwerken in de afvalwaterketen'),
        p(alinea('uitvoering', 2, P, 'waterschap')),
        h1('Uitvoeringsstrategie'),
        h2('Programmering'),
        p(alinea('uitvoering', 3, P, 'waterschap')),
        h3('Gebiedsprogramma\'s'),
        bullets('gebiedsprogramma\'s:', { text: 'werkwijze:', sub: ['samen met partners;', 'eerst vasthouden, dan bergen, dan afvoeren.'] }),
        h2('Monitoring en bijsturing'),
        p('We volgen jaarlijks de voortgang en rapporteren over de doelen in de bestuursrapportage.'),
      ],
    },
    bijlagen: [{ nummer: '3', opschrift: 'Kaarten', blocks: [p('De werkingsgebieden van dit programma zijn de volgende informatieobjecten.'), gio3({ gios }, ['Naam', 'Identificatie', 'Hoofdstuk'], (n) => (n.startsWith('Vaarwegen') ? '7' : n.startsWith('Zoet') ? '6' : '5–9'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-12-17', ondertekening: '2026-12-17', bekendmaking: '2026-12-22', inwerkingtreding: '2027-01-01' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0652',
    },
    geo: { origin: [105000, 395000] },
    meubilair: ['^Brabantse Delta – \\d+$', '^Waterbeheerprogramma 2028–2033 – deel 2$'],
    s13: { endnotes: ['Stroomgebiedbeheerplannen Maas en Schelde 2028–2033.'] },
  }
})()

// w30 — Gemeente Heusden, a document whose numbering was turned off and typed by hand in Dutch Kop 1–3: "1 Inleiding",
// "2.3 …", "3.2.1 …"; a smart tag around a typed number, proofing marks and a bookmark between a number and its title,
// a section renumbered by hand with tracked changes ("[-4.3-][+4.2+]": the truth is the number Word shows with the
// changes accepted); a contents typed by hand with tab leaders and page numbers; the GIO table with three columns and
// the identifier in the middle; a chapter in two columns; a footnote; "BESLUIT:" with Artikel I and II typed.
const w30 = ((): DocS13 => {
  const G = gio('gm0797', '2026-09-29')
  const P = 'Heusden'
  const gios = [G('Loonse en Drunense Duinen', 'loonse-drunense-duinen', [4, -4], 2.5), G('Vestingstad Heusden', 'vestingstad', [-3, 5], 0.6), G('Zoekgebied windenergie', 'zoekgebied-wind', [0, 3], 2)]
  return {
    id: 'w30',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Heusden (opgesteld met STIPO na de Startnotitie van 12 mei 2020, ontwerp ter inzage 29 september tot en met 9 november 2022 met 39 zienswijzen, vooral over windenergie, de balans tussen toerisme en natuur en locaties voor woningbouw; door de gemeenteraad vastgesteld op 28 maart 2023; thema\'s nieuwe woningen, klimaat en energie, waardevolle natuur, recreatie, mobiliteit en verkeer, gezondheid en ondernemen; de kernen Drunen, Vlijmen, Heusden, Nieuwkuijk, Haarsteeg, Elshout en de dorpen), ingekort; Word-opmaak: Nederlandse Kop 1–3 zonder nummering met de nummers met de hand getypt, een smart tag om een getypt nummer, spellingsmarkeringen en een bladwijzer tussen nummer en titel, een met bijgehouden wijzigingen hernummerde paragraaf, inhoudsopgave met de hand getypt met tabs met puntjes en paginanummers, GIO-tabel met drie kolommen en de identificatie in de middelste, hoofdstuk in twee kolommen, voetnoot, "BESLUIT:" met Artikel I en II getypt',
    bevoegdGezag: 'gm0797',
    naam: 'Gemeente Heusden',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      numberingOnParagraph: true,
      lang: 'nl',
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie Heusden',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Heusden tot vaststelling van de Omgevingsvisie Heusden',
      artikelen: ['I', 'II'],
      inwerkingtreding: null,
      blocks: [
        tk('De raad van de gemeente Heusden;'),
        p('gelezen het voorstel van burgemeester en wethouders van 25 augustus 2026, nummer 2026-0412;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
        p('gezien de nota van wijzigingen met de beantwoording van de zienswijzen;'),
        p('BESLUIT:'),
        tk('Artikel I'),
        p('De Omgevingsvisie Heusden, met de daarbij behorende nota van wijzigingen, vast te stellen.'),
        tk('Artikel II'),
        p('De Structuurvisie Heusden 2020 in te trekken.'),
        p('Aldus vastgesteld in de openbare vergadering van 29 september 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. drs. S. Hoekstra'], right: ['de voorzitter,', '', 'W.F.J. Willems'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit 2026-0412',
    visie: {
      opschrift: 'Omgevingsvisie Heusden',
      subtitel: 'Samen bouwen we aan de toekomst van Heusden',
      body: [
        tk('Inhoudsopgave'),
        tocLine('1', 'Inleiding', 3),
        tocLine('2', 'Heusden in 2040', 6),
        tocLine('3', 'Thema\'s', 9),
        tocLine('4', 'Kernen en landschap', 16),
        tocLine('5', 'Uitvoering', 21),
        typed(1, '1 Inleiding'),
        typed(2, '1.1⸨bm⸩ Wat is een omgevingsvisie'),
        p('De Omgevingsvisie laat zien waar we in Heusden heen willen met onze fysieke leefomgeving. Zij is zelfbindend: zij geeft de koers voor het gemeentelijk beleid van de komende twintig jaar, maar legt geen verplichtingen of verboden op aan inwoners.', { fn: 'Artikel 3.1 en 3.2 van de Omgevingswet.' }),
        typed(2, '1.2 Hoe de visie tot stand kwam'),
        p('Heusdenaren dachten mee in thematische bijeenkomsten, gesprekken tijdens de campertour, met de toekomstkoffer langs basisscholen en verpleeghuizen en via het online formulier.'),
        typed(2, '1.3 Zienswijzen'),
        p('Op het ontwerp ontvingen we reacties van 39 inwoners en organisaties. De meeste gingen over:'),
        bullets('windenergie;', 'de balans tussen toerisme en natuur;', 'mogelijke locaties voor toekomstige woningbouw.'),
        typed(1, '2 Heusden in 2040'),
        typed(2, '2.1 ⸨proof⸩Heusdenaren⸨/proof⸩ aan het woord'),
        p(alinea('inleiding', 3, P)),
        typed(2, '2.2 Ambities'),
        p('Wie wil er nou niet prettig wonen, leven, werken en recreëren in een gemeente die met je meedenkt? Onze ambities zijn:'),
        letters('voldoende en passende woningen in alle kernen;', 'een klimaatbestendige en energieneutrale gemeente;', 'waardevolle natuur die we beschermen en beleefbaar maken.'),
        typed(1, '3 Thema\'s'),
        typed(2, '3.1 Wonen'),
        p(alinea('wonen', 0, P)),
        typed(3, '⸨smart:3.1.1⸩ Woningbouwlocaties'),
        p(alinea('wonen', 1, P)),
        typed(2, '3.2 Klimaat en energie'),
        p(alinea('energie', 2, P)),
        typed(3, '3.2.1 Windenergie'),
        p('Voor windenergie wijzen we een zoekgebied aan langs de A59, op afstand van de kernen en buiten de Loonse en Drunense Duinen.'),
        typed(2, '3.3 Recreatie en toerisme'),
        p(alinea('erfgoed', 3, P)),
        typed(2, '3.4 Gezondheid'),
        p(alinea('gezondheid', 1, P)),
        {
          t: 'table',
          rows: [
            ['Thema', 'Ambitie 2040', 'Uitwerking'],
            ['Wonen', 'Passende woningen in alle kernen', 'Woonvisie'],
            ['Energie', 'Energieneutraal', { text: 'Programma Klimaat en energie', merge: 'restart' }],
            ['Klimaat', 'Klimaatbestendig ingericht', { text: '', merge: 'continue' }],
          ],
        },
        {
          t: 'cols2',
          blocks: [
            typed(1, '4 Kernen en landschap'),
            typed(2, '4.1 Drunen en Vlijmen'),
            p(alinea('wonen', 2, P)),
            typed(2, '[-4.3-][+4.2+] De vesting Heusden'),
            p(alinea('erfgoed', 0, P)),
            typed(2, '[-4.4-][+4.3+] Loonse en Drunense Duinen'),
            p(alinea('natuur', 3, P)),
          ],
        },
        typed(1, '5 Uitvoering'),
        typed(2, '5.1 Omgevingsplan'),
        p('Nu de raad de Omgevingsvisie heeft vastgesteld, gebruiken we haar als basis bij het maken van het omgevingsplan, dat in de plaats komt van de bestemmingsplannen.'),
        typed(2, '5.2 Initiatieven beoordelen'),
        p(alinea('uitvoering', 2, P)),
      ],
    },
    bijlagen: [{ nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [gio3({ gios }, ['Gebied', 'Identificatie', 'Thema'], (n) => (n.startsWith('Zoek') ? 'Klimaat en energie' : n.startsWith('Vesting') ? 'Recreatie en toerisme' : 'Natuur'))] }],
    gios,
    config: {
      werk,
      datums: { vaststelling: '2026-09-29', ondertekening: '2026-09-29', bekendmaking: '2026-10-06' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0797',
    },
    geo: { origin: [142000, 411000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie Heusden$'],
    s13: {},
  }
})()

export const WORD_DOCS_S13B: DocS13[] = [w25, w26, w27, w28, w29, w30]
