/**
 * The Word corpus documents w19 … w24 (session 13, all holdout), written by scripts/corpus/render-docx-s13.ts. Each
 * follows the structure and part of the wording of a real omgevingsvisie (or a waterschap's programma as its visie)
 * and the besluit adopting it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where the
 * source gave none. Beside w07–w18 they add: heading numbers typed by hand in heading styles without numbering (and a
 * document mixing typed and automatic numbers), headings whose number is suppressed (numId 0) inside a numbered
 * outline, empty heading paragraphs, chapters in an own style with outlineLvl 0 (not basedOn a heading style) over
 * sections in Kop 2, the heading numbering through a numbering style (w:numStyleLink / w:styleLink), lettered and
 * Roman chapters, hidden text (w:vanish), a manual page break inside a heading, nested tables, a two-level bullet list
 * in a table cell, GIO identifiers inside a HYPERLINK field (w:fldSimple, fldChar), list items numbered by hand in a
 * body style, and endnotes. Markers (⸨…⸩) are explained in render-docx-s13.ts.
 */
import { alinea } from './html-docs/tekst.js'
import type { DocS13 } from './render-docx-s13.js'
import type { Block } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, bullets, letters, paren, roman, gio, GEMEENTE, PS, AB, werk, typed, nonum } from './word-parts-s12.js'

const empty = (l: 1 | 2 | 3): Block => ({ t: 'h', l, text: '⸨empty⸩' })

// w19 — Provincie Limburg (Statenbesluit): chapters in an own paragraph style "Hoofdstuktitel" (basedOn Normal,
// outlineLvl 0, page break before) numbered in upper-case Roman numerals, sections in Dutch Kop 2/Kop 3 ("%1.%2",
// "%1.%2.%3": I.1, I.1.1); the heading numbering reached through a numbering style (numStyleLink/styleLink); endnotes;
// hidden text in a heading and in a paragraph; GIO identifiers in a w:fldSimple HYPERLINK; "besluiten:" with
// Artikel 1/2 typed in bold with titles.
const w19 = ((): DocS13 => {
  const G = gio('pv31', '2026-04-17')
  const P = 'Limburg'
  return {
    id: 'w19',
    set: 'holdout',
    bron: 'Naar de Provinciale Omgevingsvisie Limburg (POVI; Statenvoorstel G-20-086, vastgesteld door Provinciale Staten van Limburg op 1 oktober 2021, in werking 25 oktober 2021; limburg.nl/omgevingsvisie: visie voor 2030–2050 op wonen, bodem, infrastructuur, milieu, ruimtelijke economie, water, natuur, luchtkwaliteit, landschap, cultureel erfgoed en gezondheid, opvolger van het Provinciaal Omgevingsplan Limburg 2014 met zijn regionale uitwerkingen voor Noord-, Midden- en Zuid-Limburg; de beslispunten trekken POL-aanvullingen in; de zeven zones naar het ontwerp van 2025), ingekort; Word-opmaak: hoofdstukken in een eigen alineastijl "Hoofdstuktitel" (gebaseerd op Standaard, overzichtsniveau 1) met Romeinse nummers, paragrafen in Kop 2 en Kop 3, kopnummering via een nummeringsstijl (numStyleLink/styleLink), eindnoten, verborgen tekst in een kop en een alinea, GIO-identificaties in een HYPERLINK-veld (fldSimple), besluit "besluiten:" met Artikel 1 en 2 getypt met titel',
    bevoegdGezag: 'pv31',
    naam: 'Provincie Limburg',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'custom',
      lang: 'nl',
      custom: ['Hoofdstuktitel', 'Visie paragraaf', 'Visie subparagraaf'],
      levels: [{ text: '%1.', format: 'upperRoman' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Provinciale Omgevingsvisie Limburg',
      footer: 'POVI Limburg – {page}',
    },
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Limburg tot vaststelling van de Provinciale Omgevingsvisie Limburg',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-05-01',
      blocks: [
        tk('Statenbesluit nr. G-26-014'),
        p('Besluit van Provinciale Staten van Limburg tot vaststelling van de Provinciale Omgevingsvisie Limburg'),
        p('Provinciale Staten van Limburg;'),
        p('gelezen het voorstel van Gedeputeerde Staten van 3 februari 2026, nummer G-26-014;'),
        p('gelet op artikel 3.1, tweede lid, en artikel 16.26 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('overwegende dat het ontwerp van de omgevingsvisie zes weken ter inzage heeft gelegen en dat de ingediende zienswijzen zijn betrokken bij de vaststelling;'),
        p('besluiten:'),
        tk('Artikel 1 Vaststelling'),
        p('De Provinciale Omgevingsvisie Limburg, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        tk('Artikel 2 Intrekking POL-aanvullingen'),
        p('De volgende aanvullingen op het Provinciaal Omgevingsplan Limburg worden ingetrokken: Zandmaas, uitbreiding Groeve ’t Rooth en beëindiging kalksteenwinning St. Pietersberg. De POL-aanvulling Grensmaas blijft in stand als programma onder de omgevingsvisie.'),
        tk('Artikel 3 Inwerkingtreding'),
        p('Dit besluit treedt in werking op 1 mei 2026.'),
        p('Aldus besloten in de openbare vergadering van Provinciale Staten van Limburg van 17 april 2026 te Maastricht.'),
        { t: 'sign', left: ['de griffier,', '', 'drs. M.H.J. Grooten'], right: ['de voorzitter,', '', 'mr. E.J.A. Roemer'] },
      ],
    },
    bijlageA: 'Bijlage bij Statenbesluit nr. G-26-014 van 17 april 2026',
    visie: {
      opschrift: 'Provinciale Omgevingsvisie Limburg',
      subtitel: 'Limburg, een provincie om trots op te zijn',
      body: [
        h1('Inleiding'),
        h2('Waarom een nieuwe omgevingsvisie'),
        p('Limburg verandert. De bevolking krimpt en vergrijst, het klimaat verandert en de energietransitie vraagt om ruimte.⸨en:1⸩ Met deze omgevingsvisie geven we richting aan de ontwikkeling van de fysieke leefomgeving tot 2030 en verder.'),
        h2('Reikwijdte en status'),
        p(alinea('inleiding', 0, P, 'provincie')),
        h2('Leeswijzer⸨hide: (concept, niet publiceren)⸩'),
        p('Deze omgevingsvisie volgt het Provinciaal Omgevingsplan Limburg 2014 (POL) op. Het POL en zijn regionale uitwerkingen voor Noord-, Midden- en Zuid-Limburg zijn het vertrekpunt geweest.'),
        p('Hoofdstuk II schetst de opgaven, hoofdstuk III de ruimtelijke principes en de hoofdstukken IV tot en met VI de gebiedsgerichte uitwerking.⸨hide: [Nog afstemmen met team Ruimte.]⸩'),
        h1('Opgaven voor Limburg'),
        h2('Demografische ontwikkeling'),
        p('In Zuid-Limburg neemt het aantal inwoners af, in Noord-Limburg groeit het nog licht. Dat vraagt om een andere aanpak per regio.⸨en:2⸩'),
        bullets('kwaliteit boven kwantiteit bij de woningbouw;', { text: 'sloop en herstructurering waar het aanbod te groot is:', sub: ['in Parkstad Limburg;', 'in de Westelijke Mijnstreek.'] }, 'voorzieningen bereikbaar houden in kleine kernen.'),
        h2('Klimaatverandering'),
        p(alinea('klimaat', 0, P, 'provincie')),
        h3('Wateroverlast in de heuvels'),
        p('De overstromingen van juli 2021 in de Geul, de Geleenbeek en de Roer hebben laten zien hoe kwetsbaar de beekdalen zijn.'),
        h3('Droogte op de zandgronden'),
        p(alinea('water', 0, P, 'provincie')),
        h2('Energietransitie'),
        p(alinea('energie', 0, P, 'provincie')),
        h1('Ruimtelijke principes'),
        h2('Zuinig en zorgvuldig ruimtegebruik'),
        p('We gaan uit van de ladder voor duurzame verstedelijking: eerst bestaande gebouwen en terreinen benutten, dan pas nieuwe ruimte.'),
        h2('Meervoudig ruimtegebruik'),
        p(alinea('landschap', 0, P, 'provincie')),
        h2('Zeven zones'),
        p('Om sturing te geven aan onze ambities delen we de provincie gebiedsdekkend in zeven zones in:'),
        bullets('Natuurnetwerk Limburg (NNL);', 'groenblauwe landbouwzone;', 'primair landbouwgebied;', 'verwevingsgebied;', 'stedelijk gebied;', 'landelijke kernen;', 'werklocaties.'),
        {
          t: 'table',
          rows: [
            ['Principe', 'Toelichting', 'Uitwerking'],
            ['Water en bodem sturend', 'Het watersysteem en de bodem bepalen mede de plek van functies', 'Provinciaal Waterprogramma'],
            ['Gebiedseigen kwaliteit', 'Nieuwe ontwikkelingen passen bij het landschap', 'Omgevingsverordening Limburg'],
            ['Grensoverschrijdend denken', 'Voorzieningen in België en Duitsland tellen mee', 'Regionale samenwerking'],
          ],
        },
        h1('Noord-Limburg'),
        h2('Venlo en de Maasvallei'),
        p(alinea('economie', 0, P, 'provincie')),
        h2('Landbouw en natuur in de Peel'),
        p(alinea('natuur', 0, P, 'provincie')),
        h1('Midden-Limburg'),
        h2('Het Maasplassengebied'),
        p('Het Maasplassengebied ontwikkelen we als een samenhangend gebied voor recreatie, natuur en waterberging.'),
        h2('Roermond en Weert'),
        p(alinea('wonen', 0, P, 'provincie')),
        h1('Zuid-Limburg'),
        h2('Het Heuvelland'),
        p(alinea('erfgoed', 0, P, 'provincie')),
        h2('Stedelijk gebied Zuid-Limburg'),
        p(alinea('mobiliteit', 0, P, 'provincie')),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [p('De gebieden van deze omgevingsvisie zijn vastgelegd in de volgende informatieobjecten.'), { t: 'gio', header: ['Gebied', 'Identificatie'] }] },
    ],
    gios: [G('Heuvelland', 'heuvelland', [0, -20], 6), G('Maasplassen', 'maasplassen', [-4, 18], 4), G('Stedelijk gebied Zuid-Limburg', 'stedelijk-gebied-zl', [6, -12], 5)],
    config: {
      werk,
      datums: { vaststelling: '2026-04-17', ondertekening: '2026-04-17', bekendmaking: '2026-04-22', inwerkingtreding: '2026-05-01' },
      soortBestuursorgaan: PS,
      ambtsgebied: 'PV31',
    },
    geo: { origin: [190000, 345000] },
    meubilair: ['^POVI Limburg – \\d+$', '^Provinciale Omgevingsvisie Limburg$'],
    s13: {
      chapterStyle: { id: 'Hoofdstuktitel', name: 'Hoofdstuktitel' },
      styleLink: 'Koppen POVI',
      gioField: 'simple',
      endnotes: ['Provincie Limburg, Bevolkingsprognose 2024–2050, Maastricht 2024.', 'Etil, Limburgse bevolkingsmonitor, editie 2025.'],
    },
  }
})()

// w20 — Waterschap Noorderzijlvest (besluit algemeen bestuur): Dutch Kop1–Kop3 with the numbering in the styles,
// chapters lettered ("%1." upperLetter: A, B …), sections "%1.%2" (A.1), subsections "%1.%2.%3"; a foreword and a
// summary as Kop 1 with the number suppressed (numId 0) inside the numbered outline; empty Kop 1/Kop 2 paragraphs;
// a table nested in a cell; a two-level bullet list in a table cell; the meeting date in a content control; a
// comment; "BESLUIT:" with beslispunten I./II.
const w20 = ((): DocS13 => {
  const G = gio('ws0647', '2026-06-18')
  const P = 'het beheergebied van Noorderzijlvest'
  return {
    id: 'w20',
    set: 'holdout',
    bron: 'Naar de Blauwe Omgevingsvisie en het Waterbeheerprogramma 2022–2027 van Waterschap Noorderzijlvest (ontwerp ter inzage van 8 juli tot en met 26 augustus 2021; noorderzijlvest.nl: "klimaatklaar" blijven, een toekomstbestendig watersysteem dat meer gebruikmaakt van de kracht van de natuur; programma\'s veilig leven met water, voldoende en gezond water, gezuiverd water; uitdagingen klimaatklaar blijven, natuurlijker watersysteem, ruimtelijke ontwikkelingen, duurzaamheid en anders werken; gebieden van noordelijke kuststrook tot Drents plateau), als omgevingsvisie van het waterschap, ingekort; Word-opmaak: Kop 1–3 met nummering in de stijl, hoofdstukken met letters (A., B.), paragrafen A.1 en A.1.1, voorwoord en samenvatting als Kop 1 zonder nummer (numId 0), lege kopalinea\'s, een tabel in een tabelcel, een opsomming met twee niveaus in een tabelcel, vergaderdatum in een inhoudsbesturingselement, opmerking, besluit "BESLUIT:" met beslispunten I. en II.',
    bevoegdGezag: 'ws0647',
    naam: 'Waterschap Noorderzijlvest',
    comments: { c1: 'Lengte primaire keringen nagekeken bij team Veiligheid.' },
    style: {
      font: 'Calibri',
      size: 10,
      via: 'style',
      lang: 'nl',
      levels: [{ text: '%1.', format: 'upperLetter' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: 'Blauwe Omgevingsvisie | {page}',
    },
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap Noorderzijlvest tot vaststelling van de Blauwe Omgevingsvisie Noorderzijlvest',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-07-01',
      blocks: [
        tk('Besluit van het algemeen bestuur'),
        p('Het algemeen bestuur van Waterschap Noorderzijlvest;'),
        p('gelezen het voorstel van het dagelijks bestuur van 19 mei 2026, nummer 2026-AB-31;'),
        p('gelet op artikel 3.1, derde lid, en artikel 16.23 van de Omgevingswet, artikel 56 van de Waterschapswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        p('I. de Blauwe Omgevingsvisie Noorderzijlvest vast te stellen als omgevingsvisie van het waterschap;'),
        p('II. te bepalen dat dit besluit in werking treedt op 1 juli 2026.'),
        { t: 'date', before: 'Aldus besloten in de openbare vergadering van ', date: '18 juni 2026', iso: '2026-06-18', after: ' te Groningen.' },
        { t: 'sign', left: ['de secretaris-directeur,', '', 'ir. J.H. Boersma'], right: ['de dijkgraaf,', '', 'mr. J.M. Stoffer'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van het algemeen bestuur van 18 juni 2026, nummer 2026-AB-31',
    visie: {
      opschrift: 'Blauwe Omgevingsvisie Noorderzijlvest',
      subtitel: 'Veilig, voldoende en schoon water in Groningen en Noord-Drenthe',
      body: [
        nonum(1, 'Voorwoord'),
        p('Klimaatklaar blijven doen we al eeuwenlang, maar het klimaat verandert nu sneller. Met deze visie kiezen we voor een toekomstbestendig watersysteem dat meer gebruikmaakt van de kracht van de natuur, en dat soms een handje wordt geholpen met techniek.'),
        empty(1),
        nonum(1, 'Samenvatting'),
        p(alinea('inleiding', 0, P, 'waterschap')),
        h1('Ons gebied'),
        h2('Van Lauwersmeer tot Drentsche Aa'),
        p('Het beheergebied ligt in het noorden van Groningen en Drenthe. Het water stroomt via boezemkanalen naar de gemalen De Waterwolf en Cleveringsluizen en zo naar de Waddenzee. We onderscheiden zes gebieden:'),
        bullets('de noordelijke kuststrook;', 'het Marengebied;', 'het Lauwersmeer;', 'het Zuidelijk Westerkwartier en de benedenlopen van de beken;', 'het Drents plateau met de beekdalen;', 'onze steden en dorpen.'),
        h2('Het watersysteem'),
        p(alinea('water', 0, P, 'waterschap')),
        h3('Boezem en polders'),
        p('Het gebied bestaat uit ruim tweehonderd polders die op de boezem uitslaan.'),
        h3('Gemalen en sluizen'),
        p({ comment: 'c1', text: 'Wij beheren circa 140 kilometer primaire waterkering' }, ' langs de Waddenzee en het Lauwersmeer.'),
        h1('Veilig leven met water'),
        h2('Waterkeringen'),
        p(alinea('klimaat', 0, P, 'waterschap')),
        empty(2),
        h3('Dijkversterking Lauwersoog–Eemshaven'),
        p('Tot 2030 versterken we samen met het Hoogwaterbeschermingsprogramma de zeedijk tussen Lauwersoog en de Eemshaven.'),
        h2('Bodemdaling en aardbevingen'),
        p('Door gaswinning daalt de bodem in een deel van het gebied. Dat vraagt om aanpassing van gemalen en kunstwerken.'),
        h1('Voldoende en gezond water'),
        h2('Wateroverlast'),
        p(alinea('water', 1, P, 'waterschap')),
        h2('Droogte'),
        p('We houden water langer vast in het gebied, in beekdalen en in de bodem.'),
        h2('Zoetwatervoorziening'),
        p('In droge zomers laten we IJsselmeerwater in via het Drentsche Hoofdvaart- en Winschoterdiep-systeem.'),
        {
          t: 'table',
          rows: [
            ['Maatregel', 'Gebied', 'Aanpak'],
            ['Peilbeheer flexibel maken', 'Hunsingo en Westerkwartier', '⸨cb:1⸩'],
            ['Normen wateroverlast', 'hele beheergebied', '⸨nest:1⸩'],
          ],
          widths: [3000, 2600, 3400],
        },
        h1('Gezuiverd water'),
        h2('Kaderrichtlijn Water'),
        p(alinea('natuur', 0, P, 'waterschap')),
        h2('Zuiveren van afvalwater'),
        p('Onze rioolwaterzuiveringen halen ook medicijnresten en microplastics uit het afvalwater.'),
        h2('Zwemwater'),
        p('We bewaken de kwaliteit van de officiële zwemlocaties, zoals het Paterswoldsemeer en het Zuidlaardermeer.'),
        bullets('uitbreiding van de zuivering in Garmerwolde;', 'energieneutraal zuiveren in 2030;', 'terugwinnen van fosfaat.'),
        h1('Uitdagingen'),
        h2('Klimaatklaar blijven'),
        p(alinea('proces', 0, P, 'waterschap')),
        h2('Anders werken'),
        p(alinea('uitvoering', 0, P, 'waterschap')),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] },
    ],
    gios: [G('Primaire waterkering Waddenkust', 'primaire-kering', [0, 12], 3), G('Boezemgebied', 'boezem', [-6, 2], 5), G('Beekdal Drentsche Aa', 'beekdal-drentsche-aa', [8, -14], 3)],
    config: {
      werk,
      datums: { vaststelling: '2026-06-18', ondertekening: '2026-06-18', bekendmaking: '2026-06-24', inwerkingtreding: '2026-07-01' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0647',
    },
    geo: { origin: [230000, 585000] },
    meubilair: ['^Blauwe Omgevingsvisie \\| \\d+$'],
    s13: {
      nested: [[['Situatie', 'Norm (1 keer per … jaar)'], ['grasland', '10'], ['akkerbouw', '25'], ['bebouwd gebied', '100']]],
      cellLists: [[{ text: 'meer water vasthouden:', sub: ['in het voorjaar hoger peil', 'stuwen automatiseren'] }, { text: 'afspraken met agrariërs' }]],
    },
  }
})()

// w21 — Gemeente Vlaardingen: typed and automatic numbers in one document: the besluit's articles as Heading 2
// paragraphs with "Artikel 1 Vaststelling" typed (the heading styles have no numbering), the visie's headings
// numbered automatically by numPr on each paragraph ("Hoofdstuk %1", "%1.%2.", "%1.%2.%3."); a chapter heading
// split over two pages by a manual page break; a manual line break in a heading; tracked changes; list items with
// "1." typed in the Normal style; GIO identifiers in a fldChar HYPERLINK field; footnote; hyperlink.
const w21 = ((): DocS13 => {
  const G = gio('gm0622', '2026-03-26')
  const P = 'Vlaardingen'
  return {
    id: 'w21',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Vlaardingen (participatie najaar 2023, vaststelling door de gemeenteraad voorzien begin 2024; vlaardingen.nl: "Hoe gaat Vlaardingen er in 2050 uit zien?", wonen, water, milieu, natuur, landschap, verkeer en vervoer, cultureel erfgoed; de Rivierzone, Holy, de Broekpolder en Midden-Delfland), ingekort; Word-opmaak: artikelen van het raadsbesluit als Heading 2 met het nummer getypt ("Artikel 1 Vaststelling", de kopstijlen zonder nummering), visiekoppen automatisch genummerd met numPr op elke alinea ("Hoofdstuk %1", "%1.%2.", "%1.%2.%3."), een hoofdstukkop over twee pagina\'s verdeeld door een handmatig pagina-einde, regeleinde in een kop, wijzigingen bijhouden, lijstitems met "1." getypt in de stijl Standaard, GIO-identificaties in een HYPERLINK-veld (fldChar), voetnoot, hyperlink',
    bevoegdGezag: 'gm0622',
    naam: 'Gemeente Vlaardingen',
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'en',
      numberingOnParagraph: true,
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Omgevingsvisie Vlaardingen 2050 - {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Vlaardingen tot vaststelling van de Omgevingsvisie Vlaardingen 2050',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-04-09',
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Vlaardingen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 27 januari 2026, nummer RV-2026-08;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        typed(2, 'Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Vlaardingen 2050, zoals opgenomen in de bijlage, wordt vastgesteld.'),
        typed(2, 'Artikel 2 Inwerkingtreding'),
        p('Dit besluit treedt in werking op 9 april 2026.'),
        p('Aldus besloten in de openbare vergadering van de raad van 26 maart 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. P. van der Velden'], right: ['de voorzitter,', '', 'B. Sjoerdsma'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 26 maart 2026, nummer RV-2026-08',
    visie: {
      opschrift: 'Omgevingsvisie Vlaardingen 2050',
      subtitel: 'Stad aan de Maas',
      body: [
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p('Hoe ziet Vlaardingen er in 2050 uit? Vlaardingen groeit naar ruim 80.000 inwoners.', { fn: 'Gemeente Vlaardingen, Woonvisie 2021–2030.' }, ' Die groei vangen we op binnen de bestaande stad.'),
        h2('Hoe we tot deze visie kwamen'),
        p(alinea('proces', 0, P)),
        p('We hebben de inbreng op drie manieren verzameld:'),
        p('1.\tmet een digitale enquête;'),
        p('2.\tmet een kraam op de weekmarkt aan het Veerplein en op de Stadskaravaan in winkelcentrum De Loper;'),
        p('3.\tin gesprekken met organisaties waarmee de gemeente samenwerkt.'),
        h2('Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de stad nu, hoofdstuk 3 de ambities en hoofdstuk 4 de gebieden.'),
        h1('Vlaardingen nu'),
        h2('Een stad aan de Maas'),
        p(alinea('erfgoed', 0, P)),
        h2('Wonen en [+de +]wijken'),
        p(alinea('wonen', 0, P)),
        h2('Werken in [-de -]haven en stad'),
        p(alinea('economie', 0, P)),
        h1('Ambities voor\n2050'),
        h2('Een gezonde stad'),
        p(alinea('gezondheid', 0, P)),
        h3('Groen in de wijk'),
        p('Iedere inwoner heeft binnen driehonderd meter een groene plek om te spelen, te sporten of te ontmoeten.'),
        h3('Bewegen en ontmoeten'),
        p('We richten de openbare ruimte zo in dat lopen en fietsen de vanzelfsprekende keuze worden.'),
        h2('Een klimaatbestendige stad'),
        p(alinea('klimaat', 0, P)),
        h2('Een bereikbare stad'),
        p(alinea('mobiliteit', 0, P), ' Zie ook ', { link: 'de Mobiliteitsvisie Vlaardingen', url: 'https://www.vlaardingen.nl/mobiliteitsvisie' }, '.'),
        h1('Gebieden in⸨pb⸩ontwikkeling'),
        h2('Rivierzone en Oude Haven'),
        p(alinea('erfgoed', 1, P)),
        h3('De Oude Haven als verblijfsgebied'),
        p('De kades van de Oude Haven worden autoluw, met ruimte voor terrassen en de historische vloot.'),
        h2('Stationsomgeving Vlaardingen Centrum'),
        p('Rond het station bouwen we tot 2040 circa 2.500 woningen.'),
        h2('Holy en Babberspolder'),
        p(alinea('wonen', 1, P)),
        h2('Broekpolder en Midden-Delfland'),
        p(alinea('landschap', 0, P)),
        h1('Uitvoering'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Kaarten', blocks: [{ t: 'gio', header: ['Kaart', 'Identificatie'] }] },
    ],
    gios: [G('Binnenstad en Oude Haven', 'binnenstad', [0, 0], 1.2), G('Stationsomgeving', 'stationsomgeving', [1.5, 1], 0.8), G('Broekpolder', 'broekpolder', [-2, 3], 1.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-03-26', ondertekening: '2026-03-26', bekendmaking: '2026-04-02', inwerkingtreding: '2026-04-09' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0622',
    },
    geo: { origin: [82000, 436000] },
    meubilair: ['^Omgevingsvisie Vlaardingen 2050 - \\d+$'],
    s13: { gioField: 'char', typedItems: 3 },
  }
})()

// w22 — Gemeente Waalwijk: every heading number typed by hand in English Heading 1–3 styles that carry no numbering
// ("1. Inleiding", "2.3 Werken", "2.3.1 …"); an empty Heading 2 paragraph; hidden text in a paragraph and a heading; a
// chapter in two columns; footnotes; a bookmark; a "1)" list continuing after a paragraph; an "i." list; a vMerge
// table with a repeated header row; a comment; "BESLUIT:" with Artikel I/II typed in bold.
const w22 = ((): DocS13 => {
  const G = gio('gm0867', '2026-05-28')
  const P = 'Waalwijk'
  return {
    id: 'w22',
    set: 'holdout',
    bron: 'Naar de Ontwerp-omgevingsvisie gemeente Waalwijk (college 12 augustus 2025, Gemeenteblad 2025, 356680: passende en betaalbare woningen, openbaar vervoer en maatschappelijke voorzieningen, levendige centra, een toekomstbestendige economie, een klimaatadaptieve leefomgeving), voorafgegaan door Omgevingsvisie 1.0 (2 februari 2021) en 1.5 (bouwsteen gezonde fysieke leefomgeving, 12 november 2021); de kernen Waalwijk, Sprang-Capelle en Waspik, ingekort; Word-opmaak: alle kopnummers met de hand getypt in Heading 1–3 zonder nummering, een lege Heading 2-alinea, verborgen tekst in een alinea en een kop, een hoofdstuk in twee kolommen, voetnoten, bladwijzer, "1)"-lijst die na een alinea doorloopt, "i."-lijst, tabel met vMerge en herhaalde kopregel, opmerking, besluit "BESLUIT:" met Artikel I en II getypt',
    bevoegdGezag: 'gm0867',
    naam: 'Gemeente Waalwijk',
    comments: { c1: 'Cijfers logistiek nog actualiseren (bron: REWIN).' },
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'en',
      numberingOnParagraph: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Gemeente Waalwijk',
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Waalwijk tot vaststelling van de Omgevingsvisie gemeente Waalwijk',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2026-06-11',
      blocks: [
        tk('Raadsbesluit nr. 2026-041'),
        p('De raad van de gemeente Waalwijk;'),
        p('gelezen het voorstel van het college van burgemeester en wethouders van 14 april 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        tk('Artikel I'),
        p('De Omgevingsvisie gemeente Waalwijk vast te stellen, zoals opgenomen in de bijlage bij dit besluit.'),
        tk('Artikel II'),
        p('Dit besluit treedt in werking op 11 juni 2026.'),
        p('Aldus vastgesteld in de openbare raadsvergadering van 28 mei 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'drs. W.J.M. van Dongen'], right: ['De voorzitter,', '', 'S.P.J. Bergman'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit nr. 2026-041',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Waalwijk',
      body: [
        typed(1, '1. Inleiding'),
        typed(2, '1.1 Aanleiding'),
        p('Met de Omgevingswet stelt iedere gemeente één omgevingsvisie vast.', { fn: 'Artikel 3.1, eerste lid, van de Omgevingswet.' }, ' Deze visie vervangt de Structuurvisie Waalwijk 2025 en bouwt voort op de Strategische Visie Waalwijk 2025.'),
        typed(2, '1.2 Proces'),
        p('We werkten in stappen naar deze visie toe. Omgevingsvisie 1.0 (2021) bundelde het bestaande beleid voor de fysieke leefomgeving; met de bouwsteen gezonde fysieke leefomgeving ontstond Omgevingsvisie 1.5. Deze visie is de volgende stap.'),
        p(alinea('proces', 0, P)),
        empty(2),
        typed(2, '1.3 Leeswijzer'),
        p('Hoofdstuk 2 beschrijft de kwaliteiten van Waalwijk, hoofdstuk 3 de ambities en hoofdstuk 4 de uitwerking per gebied.⸨hide: Tekst nog afstemmen met de raadswerkgroep.⸩'),
        typed(1, '2. Waalwijk in 2026'),
        typed(2, '2.1 Drie kernen'),
        p('Waalwijk bestaat uit de kernen Waalwijk, Sprang-Capelle en Waspik, samen ruim 49.000 inwoners.'),
        typed(2, '2.2 Landschap tussen duin en rivier'),
        p(alinea('landschap', 0, P)),
        typed(2, '2.3 Werken'),
        p({ comment: 'c1', text: 'Waalwijk is een van de grootste logistieke knooppunten van Brabant' }, '; de schoen- en lederindustrie is nog altijd zichtbaar in de Langstraat.'),
        typed(3, '2.3.1 Logistiek en bedrijventerreinen'),
        p(alinea('economie', 0, P)),
        typed(3, '2.3.2 Binnenstad en detailhandel'),
        p(alinea('economie', 1, P)),
        typed(1, '3. Ambities'),
        typed(2, '3.1 Een vitale gemeente'),
        p('Onze ambities voor 2040:'),
        paren('voldoende en betaalbare woningen in alle kernen;', 'een levendige binnenstad;'),
        p('Daarnaast willen we:'),
        { t: 'list', kind: 'paren', items: ['dat iedereen binnen tien minuten fietsen een park bereikt;', 'een energieneutrale gemeente in 2050.'], continues: true },
        typed(2, '3.2 Een klimaatbestendige gemeente'),
        p(alinea('klimaat', 0, P)),
        typed(2, '3.3 Een verbonden gemeente⸨hide: (was: bereikbaar)⸩'),
        p(alinea('mobiliteit', 0, P)),
        {
          t: 'cols2',
          blocks: [
            typed(1, '4. Gebieden'),
            typed(2, '4.1 Waalwijk-centrum'),
            p(alinea('wonen', 0, P)),
            typed(2, '4.2 Sprang-Capelle en Waspik'),
            p('In de dorpen bouwen we vooral voor starters en ouderen, aansluitend op de bestaande linten.'),
            typed(2, '4.3 Het buitengebied'),
            typed(2, '4.4 Bedrijventerreinen'),
            p('Nieuwe bedrijventerreinen leggen we alleen aan als bestaande terreinen vol zijn; Haven 9 wordt het laatste grote terrein.'),
            roman('de Loonse en Drunense Duinen;', 'de Maasuiterwaarden en de Biesbosch;', 'het open polderlandschap tussen de kernen.'),
          ],
        },
        typed(1, '5. Uitvoering'),
        typed(2, '5.1 Samenwerking'),
        p(alinea('proces', 1, P)),
        typed(2, '5.2 Instrumenten'),
        p(alinea('uitvoering', 0, P), ' De uitvoering staat in het ', { bookmark: 'uitvoeringsagenda', text: 'uitvoeringsprogramma' }, '.'),
        {
          t: 'table',
          rows: [
            ['Thema', 'Instrument', 'Termijn'],
            [{ text: 'Wonen', merge: 'restart' }, 'Woonvisie', '2027'],
            [{ text: '', merge: 'continue' }, 'Omgevingsplan', '2029'],
            ['Klimaat', 'Programma klimaatadaptatie', '2028'],
          ],
        },
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Kaarten', blocks: [{ t: 'gio', header: ['Kaart', 'Identificatie'] }] },
    ],
    gios: [G('Centrum Waalwijk', 'centrum', [0, 0], 1.2), G('Haven 8 en 9', 'havens', [-3, 2], 1.6), G('Loonse en Drunense Duinen', 'duinen', [3, -4], 2.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-05-28', ondertekening: '2026-05-28', bekendmaking: '2026-06-03', inwerkingtreding: '2026-06-11' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0867',
    },
    geo: { origin: [133000, 411000] },
    meubilair: ['^Pagina \\d+$', '^Gemeente Waalwijk$'],
    s13: {},
  }
})()

// w23 — Gemeente Velsen: chapters in an own style "Hoofdstukkop" (basedOn Normal, outlineLvl 0) numbered
// "Hoofdstuk %1", sections in English Heading 2/Heading 3 ("%1.%2.", "%1.%2.%3."); a section without number (numId 0)
// inside chapter 1; a chapter heading split over two pages by a manual page break; endnotes; a two-level bullet list
// in a table cell; a table nested in a cell; GIO identifiers in a w:fldSimple HYPERLINK; "besluit:" with I.–III.
const w23 = ((): DocS13 => {
  const G = gio('gm0453', '2026-10-08')
  const P = 'Velsen'
  return {
    id: 'w23',
    set: 'holdout',
    bron: 'Naar de bouwstenen van de Omgevingsvisie Velsen: de Visie op Velsen 2050 "Duurzaam Verbonden" (velsen.nl: een richtinggevend kompas met waarden, kracht, omslagen en bestemming; zeven kernen), het Koersdocument omgevingsvisie en de Atlas van Velsen (een gemeente van uitersten: strand, duinen en Nationaal Park Zuid-Kennemerland, buitenplaatsen, de zeehaven en de staalindustrie), ingekort; Word-opmaak: hoofdstukken in een eigen alineastijl "Hoofdstukkop" (gebaseerd op Standaard, overzichtsniveau 1) genummerd "Hoofdstuk %1", paragrafen in Heading 2 en 3, een paragraaf zonder nummer (numId 0), een hoofdstukkop over twee pagina\'s verdeeld door een handmatig pagina-einde, eindnoten, opsomming met twee niveaus in een tabelcel, tabel in een tabelcel, GIO-identificaties in een HYPERLINK-veld (fldSimple), besluit "besluit:" met beslispunten I.–III.',
    bevoegdGezag: 'gm0453',
    naam: 'Gemeente Velsen',
    style: {
      font: 'Tahoma',
      size: 9,
      via: 'custom',
      lang: 'en',
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Velsen tot vaststelling van de Omgevingsvisie Velsen',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-10-22',
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Velsen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 1 september 2026, registratienummer Z26.012345;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        p('I. de Omgevingsvisie Velsen vast te stellen;'),
        p('II. de Structuurvisie Velsen in te trekken;'),
        p('III. te bepalen dat dit besluit in werking treedt op 22 oktober 2026.'),
        p('Aldus besloten in de openbare vergadering van 8 oktober 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. R.J. Hoogendoorn'], right: ['de burgemeester,', '', 'F.M. Dales'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 8 oktober 2026, registratienummer Z26.012345',
    visie: {
      opschrift: 'Omgevingsvisie Velsen',
      subtitel: 'Duurzaam verbonden',
      body: [
        h1('Inleiding'),
        nonum(2, 'Kernboodschap'),
        p('Velsen is een gemeente van uitersten: strand, duinen en buitenplaatsen naast de zeehaven en de staalindustrie. We willen Velsen beter achterlaten voor toekomstige generaties, in balans en verbinding.'),
        h2('Waarom een omgevingsvisie'),
        p(alinea('inleiding', 0, P)),
        h2('Samenhang met andere plannen'),
        p('Deze visie bouwt voort op de Visie op Velsen 2050, het Koersdocument omgevingsvisie en de Atlas van Velsen.⸨en:1⸩'),
        h1('Velsen in⸨pb⸩de regio'),
        h2('Het Noordzeekanaalgebied'),
        p(alinea('economie', 0, P)),
        h2('Zeven kernen'),
        {
          t: 'table',
          rows: [
            ['Kern', 'Karakter', 'Opgaven'],
            ['IJmuiden', 'havenstad aan zee', '⸨cb:1⸩'],
            ['Velserbroek', 'jonge uitbreidingswijk', '⸨nest:1⸩'],
            ['Santpoort en Driehuis', 'groene dorpen bij de landgoederen', 'behoud van het dorpse karakter'],
          ],
          widths: [2400, 2800, 3800],
        },
        h1('Gezondheid en leefbaarheid'),
        h2('Luchtkwaliteit en geluid'),
        p('De uitstoot van de zware industrie heeft invloed op de gezondheid van inwoners van Velsen-Noord en IJmuiden.⸨en:2⸩'),
        h3('Monitoring'),
        p(alinea('gezondheid', 0, P)),
        h3('Gezondheidsmaatregelen'),
        p(alinea('gezondheid', 1, P)),
        h2('Groen en recreatie'),
        p(alinea('natuur', 0, P)),
        h2('Klimaatadaptatie'),
        p(alinea('klimaat', 0, P)),
        bullets('Zuid-Kennemerland als nationaal park;', 'de landgoederen Beeckestijn en Velserbeek;', 'het strand van IJmuiden aan Zee.'),
        h1('Wonen en werken'),
        h2('Woningbouw'),
        p(alinea('wonen', 0, P)),
        h2('Haven en industrie'),
        p(alinea('economie', 1, P)),
        h2('Energie'),
        p(alinea('energie', 0, P)),
        h1('Bereikbaarheid'),
        h2('De Velsertunnel en de Wijkertunnel'),
        p(alinea('mobiliteit', 0, P)),
        h2('Openbaar vervoer en fiets'),
        p(alinea('mobiliteit', 1, P)),
        h2('Parkeren'),
        p('In IJmuiden-centrum en bij het strand reguleren we het parkeren.'),
        h1('Uitvoering'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: 'A', opschrift: 'Informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] },
    ],
    gios: [G('Zeehaven IJmuiden', 'zeehaven', [0, 0], 1.5), G('Landgoederenzone', 'landgoederen', [3, -3], 1.5), G('Kustzone', 'kustzone', [-3, -1], 2)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-08', ondertekening: '2026-10-08', bekendmaking: '2026-10-14', inwerkingtreding: '2026-10-22' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0453',
    },
    geo: { origin: [102000, 496000] },
    meubilair: ['^\\d+$'],
    s13: {
      chapterStyle: { id: 'Hoofdstukkop', name: 'Hoofdstukkop' },
      gioField: 'simple',
      endnotes: ['Visie op Velsen 2050 Duurzaam Verbonden, vastgesteld door de gemeenteraad van Velsen in 2021.', 'GGD Kennemerland, Gezondheidsonderzoek IJmond 2025.'],
      nested: [[['Jaar', 'Woningen'], ['2027', '350'], ['2030', '900']]],
      cellLists: [[{ text: 'vernieuwing van het Kennemerplein', sub: ['meer woningen', 'minder verharding'] }, { text: 'een zeehaven die verduurzaamt' }]],
    },
  }
})()

// w24 — Gemeente Stichtse Vecht: English Heading 1–3 with the numbering in the styles, reached through a numbering
// style (numStyleLink/styleLink); Heading 1 in capitals (w:caps) over titles typed in lower case; explicit
// lvlRestart; a heading with a tracked deletion and one with a manual line break; empty Heading 1 and Heading 3
// paragraphs; hidden text; a table nested in a cell; a comment; the meeting date in a content control; "besluit:"
// with Artikel 1–3 typed with titles.
const w24 = ((): DocS13 => {
  const G = gio('gm1904', '2026-11-26')
  const P = 'Stichtse Vecht'
  return {
    id: 'w24',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Stichtse Vecht (vastgesteld door de gemeenteraad op 12 januari 2022 na 97 zienswijzen en met amendementen; ontwerp ter inzage vanaf 4 juni 2021, ruim 4.000 reacties; persberichten.stichtsevecht.nl: meer ruimte voor groen, ontmoeten en bewegen, versterken van cultuurhistorie, landschap en natuur; de Vecht met haar buitenplaatsen, de plassen van Loosdrecht en Maarsseveen, het veenweidegebied, de kernen Maarssen, Breukelen, Loenen, Nieuwer Ter Aa en Kockengen), ingekort; Word-opmaak: Heading 1–3 met nummering in de stijl via een nummeringsstijl (numStyleLink/styleLink), Heading 1 in hoofdletters (w:caps) over titels in kleine letters, expliciete lvlRestart, een kop met bijgehouden verwijdering en een met regeleinde, lege Heading 1- en Heading 3-alinea\'s, verborgen tekst, tabel in een tabelcel, opmerking, vergaderdatum in een inhoudsbesturingselement, besluit "besluit:" met Artikel 1–3 getypt met titel',
    bevoegdGezag: 'gm1904',
    naam: 'Gemeente Stichtse Vecht',
    comments: { c1: 'Aantal buitenplaatsen volgens het Buitenplaatsenbeleid 2022.' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'style',
      lang: 'en',
      caps: true,
      lvlRestart: true,
      levels: [{ text: '%1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      footer: 'Omgevingsvisie Stichtse Vecht | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Stichtse Vecht tot vaststelling van de Omgevingsvisie Stichtse Vecht',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-12-10',
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Stichtse Vecht;'),
        p('gelezen het voorstel van burgemeester en wethouders van 13 oktober 2026;'),
        p('gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Stichtse Vecht wordt vastgesteld zoals opgenomen in de bijlage.'),
        tk('Artikel 2 Uitwerking'),
        p('De ambities en doelen van de omgevingsvisie worden uitgewerkt in programma\'s die aan de raad worden voorgelegd.'),
        tk('Artikel 3 Inwerkingtreding'),
        p('Dit besluit treedt in werking op 10 december 2026.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare vergadering van ', date: '26 november 2026', iso: '2026-11-26', after: '.' },
        { t: 'sign', left: ['de griffier,', '', 'mr. C.M. van Rooij'], right: ['de voorzitter,', '', 'A.J.M. van Dijk'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 26 november 2026',
    visie: {
      opschrift: 'Omgevingsvisie Stichtse Vecht',
      subtitel: 'Gezond en fijn leven en wonen in 2040',
      body: [
        h1('inleiding'),
        h2('Een visie voor de hele gemeente'),
        p(alinea('inleiding', 0, P)),
        h2('Opbouw van de visie'),
        p('Ruim 4.000 inwoners, ondernemers en organisaties dachten mee, in digitale enquêtes, online bijeenkomsten en gesprekken met dorpsraden, ondernemersverenigingen en natuur- en milieuorganisaties.'),
        p('De visie kent drie delen: de kernkwaliteiten, de opgaven en de gebiedsuitwerking.⸨hide: [Opmerking redactie: figuur 1 toevoegen.]⸩'),
        empty(1),
        h1('kernkwaliteiten'),
        h2('De Vecht en haar buitenplaatsen'),
        p('Langs de Vecht liggen ', { comment: 'c1', text: 'ruim veertig buitenplaatsen' }, ', met tuinen, theekoepels en zichtlijnen over het water.'),
        h2('Plassen en veenweide'),
        p(alinea('landschap', 0, P)),
        h3('Loosdrechtse Plassen'),
        p(alinea('water', 0, P)),
        empty(3),
        h3('Maarsseveense Plassen'),
        p('De Maarsseveense Plassen zijn een recreatiegebied voor de hele regio Utrecht.'),
        h2('Forten van de Hollandse Waterlinies'),
        p(alinea('erfgoed', 0, P)),
        h1('opgaven [-voor 2040-]'),
        h2('Wonen in\nelf kernen'),
        p(alinea('wonen', 0, P)),
        {
          t: 'table',
          rows: [
            ['Kern', 'Woningbouw tot 2035'],
            ['Maarssen', '⸨nest:1⸩'],
            ['Breukelen', 'circa 600 woningen bij het station'],
            ['Loenen en Nieuwersluis', 'circa 250 woningen'],
          ],
          widths: [3000, 6000],
        },
        h2('Energie en klimaat'),
        p(alinea('energie', 0, P)),
        h3('Zon en wind'),
        p(alinea('energie', 1, P)),
        h3('Bodemdaling in het veen'),
        p(alinea('klimaat', 0, P)),
        h2('Mobiliteit'),
        p(alinea('mobiliteit', 0, P)),
        h1('gebieden'),
        h2('Maarssen en Maarssenbroek'),
        p(alinea('wonen', 1, P)),
        h2('Vechtdorpen'),
        p(alinea('erfgoed', 1, P)),
        h3('Breukelen en Nieuwersluis'),
        p('Breukelen groeit rond het station; Nieuwersluis behoudt zijn karakter van sluisdorp aan de Vecht.'),
        h2('Het landelijk gebied'),
        letters('agrarisch natuurbeheer in het veenweidegebied;', 'recreatieve routes langs de Vecht;', 'ruimte voor waterberging.'),
        h2('Uitvoering en monitoring'),
        p(alinea('uitvoering', 0, P)),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Kaarten', blocks: [{ t: 'gio', header: ['Kaart', 'Identificatie'] }] },
    ],
    gios: [G('Vechtzone met buitenplaatsen', 'vechtzone', [0, 0], 1.5), G('Loosdrechtse Plassen', 'loosdrechtse-plassen', [3, -4], 2.5), G('Veenweidegebied Kockengen', 'veenweide-kockengen', [-5, -2], 2.5), G('Stationsomgeving Breukelen', 'station-breukelen', [0.5, -2], 0.6)],
    config: {
      werk,
      datums: { vaststelling: '2026-11-26', ondertekening: '2026-11-26', bekendmaking: '2026-12-02', inwerkingtreding: '2026-12-10' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM1904',
    },
    geo: { origin: [128000, 462000] },
    meubilair: ['^Omgevingsvisie Stichtse Vecht \\| \\d+$'],
    s13: {
      styleLink: 'Koppen omgevingsvisie',
      nested: [[['Locatie', 'Woningen'], ['Planetenbaan', '400'], ['Bisonspoor', '300']]],
    },
  }
})()

export const WORD_DOCS_S13: DocS13[] = [w19, w20, w21, w22, w23, w24]
