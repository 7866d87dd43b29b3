/**
 * The Word corpus documents w13 … w18 (session 12, third round, all holdout), written by
 * scripts/corpus/render-docx-s12.ts. Each follows the structure and part of the wording of a real omgevingsvisie and
 * the besluit adopting it (public texts, Auteurswet art. 11), shortened, with prose from the shared pool where the
 * source gave none. Beside w07–w12 they add a province (Statenbesluit) and a waterschap (besluit algemeen bestuur),
 * and Word constructs w07–w12 lack: w:isLgl, a "§ %1.%2" prefix, "Artikel %1" numbering for the besluit, heading
 * levels linked to their styles (w:pStyle in the w:lvl), a level restarted by lvlOverride/startOverride, headings and
 * the title in table cells, text boxes, the inhoudsopgave in Word's TOC content control and as hyperlinks with
 * PAGEREF fields, soft and non-breaking hyphens, and a GIO table with the identifier in several runs in a hyperlink.
 */
import { alinea } from './html-docs/tekst.js'
import type { Block, DocS12 } from './render-docx-s12.js'
import { h1, h2, h3, p, tk, art, bullets, letters, paren, roman, gio, GEMEENTE, PS, AB, werk, GELET } from './word-parts-s12.js'

/** U+00AD soft hyphen (invisible unless the word breaks there), U+2011 non-breaking hyphen (shown as "-"). */
const SH = '\u00AD'
const NBH = '\u2011'


// w13 — Provincie Utrecht (Statenbesluit): English Heading1–3 with the numbering in the styles and each level linked
// to its style (w:pStyle in the w:lvl); chapters in upper-case Roman numerals ("%1."), sections and subsections legal
// style (w:isLgl: "%1.%2" shows 1.1, not I.1); the inhoudsopgave in Word's TOC content control, entries as hyperlinks
// to _Toc bookmarks with PAGEREF fields; "Artikel %1" numbering for the articles of the Statenbesluit; GIO table with
// the identifier in a run per path segment inside a hyperlink; soft hyphens; bullets nested; table with tblHeader.
const w13 = ((): DocS12 => {
  const G = gio('pv26', '2026-03-11')
  const P = 'de provincie Utrecht'
  return {
    id: 'w13',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie provincie Utrecht (Provinciale Staten van Utrecht, 10 maart 2021; provincie-utrecht.nl/omgevingsvisie), met de zeven beleidsthema\'s en de drie pijlers, ingekort; Word-opmaak: Engelse Heading 1–3 met nummering in de stijl en elk niveau aan zijn stijl gekoppeld (w:pStyle in w:lvl), hoofdstukken in Romeinse cijfers, paragrafen juridisch genummerd (w:isLgl: 1.1 onder hoofdstuk I), inhoudsopgave in een inhoudsopgave-besturingselement (w:sdt) met hyperlinks en PAGEREF-velden, artikelen van het Statenbesluit als "Artikel %1"-nummering, GIO-tabel met identificatie in losse runs binnen een hyperlink, zachte afbreekstreepjes, geneste opsomming, tabel met herhaalde kopregel',
    bevoegdGezag: 'pv26',
    naam: 'Provincie Utrecht',
    style: {
      font: 'Calibri',
      size: 10,
      via: 'style',
      lang: 'en',
      linkStyle: true,
      levels: [{ text: '%1.', format: 'upperRoman' }, { text: '%1.%2', format: 'decimal', isLgl: true }, { text: '%1.%2.%3', format: 'decimal', isLgl: true }],
      header: 'Omgevingsvisie provincie Utrecht',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van Provinciale Staten van Utrecht tot vaststelling van de Omgevingsvisie provincie Utrecht',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-01',
      blocks: [
        tk('Statenbesluit'),
        p('Besluit van Provinciale Staten van Utrecht tot vaststelling van de Omgevingsvisie provincie Utrecht'),
        p('Provinciale Staten van Utrecht;'),
        p('gelezen het voorstel van Gedeputeerde Staten van 19 januari 2026, nummer PS2026RGW03;'),
        p('gelet op artikel 3.1, eerste lid, en artikel 16.26 van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('overwegende dat de ontwerp-Omgevingsvisie van 28 september tot en met 8 november 2025 ter inzage heeft gelegen en dat een ieder in de gelegenheid is gesteld een zienswijze naar voren te brengen;'),
        p('besluiten:'),
        art('Vaststelling'),
        p('De Omgevingsvisie provincie Utrecht, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        art('Intrekking'),
        p('De Provinciale Ruimtelijke Structuurvisie 2013–2028 (herijking 2016) wordt ingetrokken.'),
        art('Inwerkingtreding'),
        p('Dit besluit treedt in werking op 1 april 2026.'),
        p('Aldus vastgesteld in de openbare vergadering van Provinciale Staten van Utrecht van 11 maart 2026.'),
        { t: 'sign', left: ['Griffier,', '', 'drs. M.A. Broekhuis'], right: ['Voorzitter,', '', 'ir. H.M.M. Oosters'] },
      ],
    },
    bijlageA: 'Bijlage bij het Statenbesluit van 11 maart 2026, nummer PS2026RGW03',
    visie: {
      opschrift: 'Omgevingsvisie provincie Utrecht',
      subtitel: 'Samen werken aan een gezonde en veilige leefomgeving',
      body: [
        { t: 'toc', title: 'Inhoud', sdt: true, links: true },
        h1('Inleiding'),
        h2('Waarom een omgevingsvisie'),
        p(`De provincie Utrecht is een aantrekkelijke provincie om in te wonen, te werken en te recreëren. Die aantrekkelijk${SH}heid staat onder druk: de provincie groeit, het klimaat verandert en de energie${SH}transitie vraagt ruimte. In deze omgevingsvisie geven we aan hoe we de kwaliteit van de fysieke leefomgeving willen behouden en versterken.`),
        h2('Status en reikwijdte'),
        p(alinea('inleiding', 0, P, 'provincie')),
        h2('Leeswijzer'),
        p('Hoofdstuk II beschrijft de drie pijlers waarop de visie rust; de hoofdstukken III tot en met V werken de zeven beleidsthema\'s uit.'),
        h1('Drie pijlers'),
        h2('Gezond en veilig'),
        p('Een gezonde en veilige leefomgeving is het uitgangspunt voor alle ruimtelijke keuzes. We streven naar een omgeving die uitnodigt tot bewegen en ontmoeten.'),
        h2('Sterke steden en dorpen'),
        p(alinea('wonen', 0, P, 'provincie')),
        h2('Landschap als basis'),
        p(alinea('landschap', 0, P, 'provincie')),
        h1('Leefomgeving en klimaat'),
        h2('Gezonde en veilige leefomgeving'),
        bullets('goede lucht-, water- en bodemkwaliteit;', { text: 'een omgeving die uitnodigt tot bewegen:', sub: ['fietsroutes tussen stad en land;', 'groen binnen tien minuten lopen.'] }, 'externe veiligheid bij nieuwe woonwijken.'),
        h2('Klimaatbestendig en waterrobuust'),
        p(alinea('klimaat', 0, P, 'provincie')),
        h3('Wateroverlast en overstromingen'),
        p(alinea('water', 0, P, 'provincie')),
        h3('Droogte en bodemdaling'),
        p(`In het veen${SH}weidegebied beperken we de bodemdaling door een hoger grondwaterpeil. Dat vraagt om een andere landbouw en om samenwerking met de water${SH}schappen.`),
        h2('Duurzame energie'),
        p(alinea('energie', 0, P, 'provincie')),
        {
          t: 'table',
          rows: [
            ['Regio', 'Opgave 2030 (TWh)', 'Zoekgebieden'],
            ['U16', '1,8', 'langs A12 en A27'],
            ['Amersfoort', '0,8', 'bedrijventerreinen'],
            ['Foodvalley (Utrechts deel)', '0,3', 'daken en parkeerterreinen'],
          ],
        },
        h1('Wonen, werken en bereikbaarheid'),
        h2('Vitale steden en dorpen'),
        p('Tot 2040 zijn in de provincie ongeveer 170.000 woningen nodig. We bouwen vooral binnen de bestaande steden en dorpen, nabij knooppunten van openbaar vervoer.'),
        h2('Bereikbaarheid'),
        p(alinea('mobiliteit', 0, P, 'provincie')),
        h3('Fiets en openbaar vervoer'),
        p(alinea('mobiliteit', 1, P, 'provincie')),
        h1('Landelijk gebied'),
        h2('Levend landschap, erfgoed en cultuur'),
        p(alinea('erfgoed', 0, P, 'provincie')),
        h2('Toekomstbestendige natuur en landbouw'),
        p(alinea('natuur', 0, P, 'provincie')),
        h2('Uitvoering'),
        p('De visie werken we uit in de Omgevingsverordening en in programma\'s, zoals het Programma Wonen en Binnenstedelijke Ontwikkeling en het Programma Landelijk Gebied.'),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [p('De kaarten van deze omgevingsvisie zijn vastgelegd in de volgende informatieobjecten.'), { t: 'gio', header: ['Werkingsgebied', 'Identificatie'], links: true }] },
    ],
    gios: [G('Stedelijk gebied', 'stedelijk-gebied', [0, 0], 3), G('Veenweidegebied', 'veenweidegebied', [-12, 3], 4), G('Natuurnetwerk Nederland', 'natuurnetwerk', [8, -5], 3), G('Zoekgebied windenergie', 'zoekgebied-wind', [14, 4], 2)],
    config: {
      werk,
      datums: { vaststelling: '2026-03-11', ondertekening: '2026-03-11', bekendmaking: '2026-03-19', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: PS,
      ambtsgebied: 'PV26',
    },
    geo: { origin: [140000, 455000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie provincie Utrecht$'],
  }
})()

// w14 — Waterschap De Dommel (besluit algemeen bestuur): Dutch Kop1–Kop3 with numPr on each heading paragraph; the
// sections numbered "§ %1.%2" and "§ %1.%2.%3"; level 2 never restarts by itself (w:lvlRestart 0), the first section
// of every chapter after the first has its own w:num with lvlOverride/startOverride 1; a quote in a text box; soft and
// non-breaking hyphens in headings; a vMerge table; a footnote; besluit "BESLUIT:" with beslispunten I.–III.
const w14 = ((): DocS12 => {
  const G = gio('ws0539', '2026-06-24')
  const P = 'het stroomgebied van de Dommel'
  return {
    id: 'w14',
    set: 'holdout',
    bron: 'Naar het Waterbeheerprogramma 2022–2027 van Waterschap De Dommel (algemeen bestuur, najaar 2021; dommel.nl/wbp: watertransitie, "elke druppel telt", een waterhuishouding die in 2050 robuust, wendbaar en in balans met de omgeving is), als omgevingsvisie van het waterschap, ingekort; Word-opmaak: Nederlandse Kop1–Kop3 met numPr op elke kop, paragrafen als "§ %1.%2" en "§ %1.%2.%3", niveau 2 zonder automatische herstart (w:lvlRestart 0) en per hoofdstuk herstart via lvlOverride/startOverride, citaat in een tekstvak, zachte en vaste afbreekstreepjes in koppen, tabel met vMerge, voetnoot, besluit met beslispunten I.–III.',
    bevoegdGezag: 'ws0539',
    naam: 'Waterschap De Dommel',
    style: {
      font: 'Segoe UI',
      size: 9,
      via: 'style',
      lang: 'nl',
      numberingOnParagraph: true,
      overrideRestart: true,
      levels: [{ text: '%1', format: 'decimal' }, { text: '§ %1.%2', format: 'decimal' }, { text: '§ %1.%2.%3', format: 'decimal' }],
      footer: 'Waterschap De Dommel – pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van het algemeen bestuur van Waterschap De Dommel tot vaststelling van de Watervisie De Dommel 2050',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2026-07-15',
      blocks: [
        tk('Besluit algemeen bestuur'),
        p('Het algemeen bestuur van Waterschap De Dommel;'),
        p('gelezen het voorstel van het dagelijks bestuur van 12 mei 2026, kenmerk DB-26-117;'),
        p('gelet op artikel 3.1, derde lid, en artikel 16.23 van de Omgevingswet, artikel 56 van de Waterschapswet en afdeling 3.4 van de Algemene wet bestuursrecht;'),
        p('BESLUIT:'),
        p('I. de Watervisie De Dommel 2050 als omgevingsvisie van het waterschap vast te stellen;'),
        p('II. de Nota van beantwoording zienswijzen vast te stellen;'),
        p('III. te bepalen dat dit besluit in werking treedt op 15 juli 2026.'),
        p('Aldus besloten in de openbare vergadering van het algemeen bestuur van 24 juni 2026 te Boxtel.'),
        { t: 'sign', left: ['de secretaris-directeur,', '', 'drs. J. Verhagen'], right: ['de dijkgraaf,', '', 'ir. E. de Ridder'] },
      ],
    },
    bijlageA: 'Bijlage bij het besluit van het algemeen bestuur van 24 juni 2026, kenmerk DB-26-117',
    visie: {
      opschrift: 'Watervisie De Dommel 2050',
      subtitel: 'Elke druppel telt',
      body: [
        h1('Inleiding'),
        h2('Een koerswijziging'),
        p('Deze visie is een echte koerswijziging van het waterschap. We zijn op een andere manier gaan denken over omgaan met water. Dat is nodig om in te spelen op veranderingen in ons klimaat en in onze omgeving.'),
        { t: 'quote', text: '„We willen dat de waterhuishouding in 2050 toekomstbestendig is: robuust, wendbaar en in balans met de omgeving.”', who: 'dijkgraaf' },
        h2('Status van deze visie'),
        p(alinea('inleiding', 1, P, 'waterschap')),
        h2(`Samen${SH}werking in het gebied`),
        p(alinea('proces', 1, P, 'waterschap')),
        h1('Watertransitie'),
        h2('Van beekdalgericht naar gebiedsgericht'),
        p('De aandacht gaat naast het beekdal ook uit naar de flanken, de hoge zandruggen en het bebouwde gebied.'),
        h2('Van sectoraal naar integraal'),
        p('Samen met overheden en gebiedspartners maken we keuzes over meer opgaven tegelijk in een gebied.'),
        h2('Van afvoeren naar vasthouden'),
        p('Elke druppel telt: we houden water maximaal vast, gebruiken minder grondwater en sturen slimmer.', { fn: 'De drie principes van de watertransitie zijn in 2020 door het algemeen bestuur vastgesteld.' }),
        h3('Vasthouden en infiltreren'),
        bullets('gezonde en vitale bodems, zodat water kan infiltreren;', 'in de beekdalen water vasthouden en vertraagd afvoeren;', 'natuurgebieden als spons.'),
        h3('Slim sturen'),
        p(alinea('water', 1, P, 'waterschap')),
        h1(`Droge voeten en voldoende water`),
        h2(`Water${NBH} en dijkveiligheid`),
        p(alinea('klimaat', 1, P, 'waterschap')),
        h2('Wateroverlast in stad en dorp'),
        p(alinea('water', 2, P, 'waterschap')),
        h2(`Grond${SH}water en droogte`),
        {
          t: 'table',
          rows: [
            ['Deelgebied', 'Opgave', 'Periode'],
            [{ text: 'Beerze en Reusel', merge: 'restart' }, 'beekherstel', '2026–2030'],
            [{ text: '', merge: 'continue' }, 'vernatting natuur', '2028–2035'],
            ['Kleine Dommel', 'stedelijk water Eindhoven', 'doorlopend'],
          ],
        },
        h1('Schoon en gezond water'),
        h2('Waterkwaliteit'),
        p(alinea('natuur', 1, P, 'waterschap')),
        h2('Zuiveren'),
        p('De rioolwaterzuiveringen van Eindhoven, Tilburg en Boxtel worden energieneutraal en halen meer medicijnresten uit het water.'),
        h1('Uitvoering'),
        h2('Programma en legger'),
        p(alinea('uitvoering', 0, P, 'waterschap')),
        h2('Monitoring'),
        p(alinea('uitvoering', 1, P, 'waterschap')),
      ],
    },
    bijlagen: [
      { nummer: 'A', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'] }] },
    ],
    gios: [G('Beheergebied De Dommel', 'beheergebied', [0, 0], 6), G('Beekdalen', 'beekdalen', [-3, 2], 2), G('Attentiegebied grondwater', 'attentiegebied-grondwater', [5, -4], 2.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-06-24', ondertekening: '2026-06-24', bekendmaking: '2026-07-02', inwerkingtreding: '2026-07-15' },
      soortBestuursorgaan: AB,
      ambtsgebied: 'WS0539',
    },
    geo: { origin: [155000, 395000] },
    meubilair: ['^Waterschap De Dommel – pagina \\d+$'],
  }
})()

// w15 — Gemeente Amstelveen: custom styles basedOn Dutch Kop1–Kop3 (numbering inherited), "Hoofdstuk %1" chapters
// whose headings sit in the first cell of a two-cell table (a shaded title block with a short text beside it); the
// visie's title in a title-block table; the inhoudsopgave as a TOC field with hyperlinks and PAGEREF (no content
// control); tracked changes; a comment; non-breaking hyphens; "a." list nested; a gridSpan table; besluit "besluit:"
// with Artikel 1/2 typed with titles.
const w15 = ((): DocS12 => {
  const G = gio('gm0362', '2026-02-11')
  const P = 'Amstelveen'
  const ch = (text: string, side: string): Block => ({ t: 'hcell', l: 1, text, side })
  return {
    id: 'w15',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Amstelveen 2040 "Amstelveen bloeit" (ontwerp vrijgegeven door het college op 16 juli 2024; gemeente Amstelveen: een groene, diverse en vitale stad met een compleet aanbod van voorzieningen, vijf ruimtelijke opdrachten: Stadshart, Nieuw Legmeer, De Scheg, Bovenkerkerwegzone), ingekort; Word-opmaak: eigen kopstijlen op basis van Kop 1–3 (nummering geërfd), hoofdstukkoppen "Hoofdstuk %1" in de eerste cel van een tabel met twee cellen, titel in een titelblok-tabel, inhoudsopgave als TOC-veld met hyperlinks en PAGEREF-velden, wijzigingen bijhouden, opmerking, vaste afbreekstreepjes, geneste "a."-lijst, tabel met gridSpan, besluit met Artikel 1 en 2 met titel',
    bevoegdGezag: 'gm0362',
    naam: 'Gemeente Amstelveen',
    comments: { c1: 'Aantal woningen gecontroleerd met de Woonvisie.' },
    style: {
      font: 'Arial',
      size: 10,
      via: 'custom',
      lang: 'nl',
      custom: ['AV Hoofdstuk', 'AV Paragraaf', 'AV Subparagraaf'],
      levels: [{ text: 'Hoofdstuk %1', format: 'decimal' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      titleBlock: 'Gemeente Amstelveen\nFebruari 2026\nVastgesteld door de raad',
      footer: 'Omgevingsvisie Amstelveen 2040 | {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Amstelveen tot vaststelling van de Omgevingsvisie Amstelveen 2040',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-03-01',
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Amstelveen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 9 december 2025, nummer 2025-1234;'),
        p(`gelet op ${GELET};`),
        p('besluit:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Amstelveen 2040 "Amstelveen bloeit", zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.'),
        tk('Artikel 2 Inwerkingtreding'),
        p('Dit besluit treedt in werking op 1 maart 2026.'),
        p('Aldus besloten in de openbare vergadering van 11 februari 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'mr. A. de Boer'], right: ['de voorzitter,', '', 'T. Bot'] },
      ],
    },
    bijlageA: 'Bijlage bij het raadsbesluit van 11 februari 2026, nummer 2025-1234',
    visie: {
      opschrift: 'Omgevingsvisie Amstelveen 2040',
      subtitel: 'Amstelveen bloeit',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', links: true },
        ch('Inleiding', 'Waarom een omgevingsvisie en hoe is zij tot stand gekomen.'),
        { t: 'h', l: 2, text: 'Een populaire gemeente' },
        p('Amstelveen staat steevast in de top 5 van prettigste woongemeenten van het land. Inwoners waarderen de voorzieningen, het vele groen in en om de stad, de bereikbaarheid, de veiligheid en de nabijheid van Amsterdam.'),
        h2('Participatie'),
        p('Inwoners, ondernemers en buurgemeenten dachten mee via ', { comment: 'c1', text: 'denkmee.amstelveen.nl' }, ' en de Babbelbox op verschillende plekken in de stad.'),
        h2('Leeswijzer'),
        p(alinea('inleiding', 2, P)),
        ch('Onze opgaven', 'Wonen, gezonde leefomgeving, voorzieningen, vestigingsklimaat, klimaat, water en energie.'),
        h2('Wonen'),
        p(`Tot 2040 bouwen we [-circa 10.000-][+ongeveer 11.000+] woningen, vooral in Nieuw Legmeer, het Stadshart en de Bovenkerkerwegzone en de A9${NBH}zone.`),
        h3('Nieuwbouw'),
        p(alinea('wonen', 3, P)),
        letters('woningen voor starters en jonge gezinnen;', { text: 'woningen met zorg:', sub: ['nabij voorzieningen;', 'gelijkvloers of met lift.'] }, 'middenhuur in het Stadshart.'),
        h2('Gezonde leefomgeving'),
        p(alinea('gezondheid', 2, P)),
        h2('Vestigingsklimaat'),
        p(alinea('economie', 1, P)),
        h2('Klimaat, water en energie'),
        p(alinea('energie', 1, P)),
        h3('Klimaatadaptatie'),
        p(alinea('klimaat', 2, P)),
        h3('Energietransitie'),
        p(alinea('energie', 2, P)),
        ch('Vijf ruimtelijke opdrachten', 'Waar de grote ontwikkelingen van de komende jaren landen.'),
        h2('Een bruisend Stadshart'),
        p(alinea('wonen', 1, P)),
        h2('Nieuw Legmeer'),
        p('Nieuw Legmeer wordt een nieuwe woon- en werkwijk met een groene en waterrijke inrichting.'),
        h2('De Scheg'),
        p('In De Scheg maken we plek voor gezinnen en onderwijs.'),
        h2(`Bovenkerkerweg${NBH} en A9${NBH}zone`),
        p('Aan de Bovenkerkerweg komen woningen met zorgvoorzieningen.'),
        {
          t: 'table',
          rows: [
            ['Opdracht', 'Woningen', 'Gereed'],
            ['Stadshart', '2.500', '2035'],
            ['Nieuw Legmeer', '3.000', '2040'],
            [{ text: 'De Scheg en Bovenkerkerwegzone samen', span: 2 }, '2038'],
          ],
        },
        ch('Uitvoering', 'Van visie naar programma en omgevingsplan.'),
        h2('Omgevingsprogramma’s'),
        p(alinea('uitvoering', 0, P)),
        h2('Omgevingsplan'),
        p(alinea('uitvoering', 1, P)),
        h2('Monitoring'),
        p('Elke twee jaar rapporteren we aan de raad over de voortgang van de vijf ruimtelijke opdrachten.'),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Werkingsgebieden', blocks: [{ t: 'gio', header: ['Werkingsgebied', 'Identificatie'] }] },
    ],
    gios: [G('Stadshart', 'stadshart', [0, 0], 0.8), G('Nieuw Legmeer', 'nieuw-legmeer', [-2, -3], 1.2), G('De Scheg', 'de-scheg', [2, -2], 0.8), G('Amstelscheg', 'amstelscheg', [3, 2], 1.5)],
    config: {
      werk,
      datums: { vaststelling: '2026-02-11', ondertekening: '2026-02-11', bekendmaking: '2026-02-18', inwerkingtreding: '2026-03-01' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0362',
    },
    geo: { origin: [118000, 478000] },
    meubilair: ['^Omgevingsvisie Amstelveen 2040 \\| \\d+$'],
  }
})()

// w16 — Gemeente Kampen: headings without a heading style (own outlineLvl and numPr on the paragraph, bold runs);
// lettered parts "Deel %1" (A, B, C) with sections "%1.%2" (A.1) and "%1.%2.%3" (A.1.1); a quote in a text box; a
// chapter in two columns; soft hyphens; the meeting date in a content control; "1)" list continuing after a
// paragraph; besluit "B E S L U I T :" with Artikel I–IV typed.
const w16 = ((): DocS12 => {
  const G = gio('gm0166', '2026-09-17')
  const P = 'Kampen'
  return {
    id: 'w16',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie gemeente Kampen (ontwerp, mei 2025, bureau RUIMTEVOLK; collegebesluit met Artikel I–IV, gmb-2025-245721; stip op de horizon voor 2050), ingekort; Word-opmaak: koppen zonder kopstijl met eigen outlineLvl en numPr op de alinea, delen met letters ("Deel %1": A, B, C) en paragrafen A.1 en A.1.1, citaat in een tekstvak, een hoofdstuk in twee kolommen, zachte afbreekstreepjes, vergaderdatum in een inhoudsbesturingselement (w:sdt), "1)"-lijst die na een alinea doorloopt, besluit "B E S L U I T :" met Artikel I–IV',
    bevoegdGezag: 'gm0166',
    naam: 'Gemeente Kampen',
    style: {
      font: 'Verdana',
      size: 9,
      via: 'outline',
      lang: 'nl',
      levels: [{ text: 'Deel %1', format: 'upperLetter' }, { text: '%1.%2', format: 'decimal' }, { text: '%1.%2.%3', format: 'decimal' }],
      header: 'Omgevingsvisie gemeente Kampen',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Kampen tot vaststelling van de Omgevingsvisie gemeente Kampen',
      artikelen: ['I', 'II', 'III', 'IV'],
      inwerkingtreding: '2026-10-08',
      blocks: [
        tk('Omgevingsvisie gemeente Kampen'),
        p('De raad van de gemeente Kampen;'),
        p('gelezen het voorstel van burgemeester en wethouders van 30 juni 2026;'),
        p('gelet op artikelen 3.1, lid 1 en 16.26 van de Omgevingswet, die bepalen dat:'),
        letters('de gemeenteraad voor het gehele grondgebied van de gemeente één omgevingsvisie vaststelt;', 'afdeling 3.4 van de Algemene wet bestuursrecht van toepassing is waarin staat dat iedereen een zienswijze mag indienen.'),
        p('B E S L U I T :'),
        tk('Artikel I'),
        p('De Omgevingsvisie gemeente Kampen vast te stellen zoals die is te lezen in bijlage A bij dit besluit.'),
        tk('Artikel II'),
        p('In te stemmen met de Omgevingseffectrapportage en de Nota van beantwoording zienswijzen, zoals te lezen in bijlage B.'),
        tk('Artikel III'),
        p('De Omgevingsvisie 1.0 van 2022 in te trekken.'),
        tk('Artikel IV'),
        p('Dit besluit treedt in werking op 8 oktober 2026.'),
        { t: 'date', before: 'Aldus vastgesteld in de openbare raadsvergadering van ', date: '17 september 2026', iso: '2026-09-17', after: '.' },
        { t: 'sign', left: ['De griffier,', '', 'drs. H. Wolters'], right: ['De voorzitter,', '', 'S. de Vries'] },
      ],
    },
    bijlageA: 'Bijlage A',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Kampen',
      subtitel: 'Stip op de horizon 2050',
      body: [
        p('Colofon: Omgevingsvisie Kampen is tot stand gekomen in samenwerking met de gemeente Kampen en opgesteld door bureau RUIMTEVOLK.'),
        h1('Voorwoord en aanleiding'),
        h2('Voorwoord'),
        p('Voor u ligt de nieuwe omgevingsvisie voor de gemeente Kampen voor 2050. Met dit document zetten we een heldere stip op de horizon: wat voor gemeente willen we in 2050 zijn en hoe gaan we om met onze belangrijkste opgaven?'),
        { t: 'quote', text: '„De expertise, verantwoordelijkheid en zelfredzaamheid van inwoners en ondernemers groeit.”', who: 'wethouder ruimtelijke ordening' },
        h2('Waarom een nieuwe visie'),
        p(`De Omgevingsvisie 1.0 was een samen${SH}voeging van bestaand beleid. Deze visie maakt keuzes: waar bouwen we, waar houden we ruimte voor water en landbouw, waar wekken we energie op?`),
        h2('Leeswijzer'),
        p('Deel B beschrijft Kampen in 2050, deel C de keuzes voor water, landbouw en natuur en deel D de uitvoering.'),
        h2('Proces'),
        p('In 2024 en 2025 spraken we met inwoners over drie toekomstbeelden, onder meer bij Theehuis Zalkerveer, en met een tour langs de kernen over de doelen per gebied.'),
        paren('drie toekomstbeelden op kaart;', 'gesprekken per gebied;'),
        p('Daarna volgden nog twee stappen:'),
        { t: 'list', kind: 'paren', items: ['ontwerpvisie en omgevingseffectrapport;', 'vaststelling door de raad.'], continues: true },
        h1('Kampen in 2050'),
        h2('Hanzestad aan de IJssel'),
        p(alinea('erfgoed', 1, P)),
        h2('Wonen in stad en kernen'),
        p(alinea('wonen', 2, P)),
        h3('IJsselmuiden en Wilsum'),
        p(alinea('wonen', 3, P)),
        h3(`Brunnepe en de Hanze${SH}lijnzone`),
        p('Rond het station Kampen Zuid groeit een nieuwe woon- en werkwijk aan de Hanzelijn.'),
        h2('Werken en economie'),
        p(alinea('economie', 2, P)),
        h3('Bedrijventerreinen'),
        p(alinea('economie', 3, P)),
        h3('Haven aan de IJssel'),
        p(alinea('mobiliteit', 2, P)),
        {
          t: 'cols2',
          blocks: [
            h1('Water, landbouw en natuur'),
            h2('Ruimte voor de rivier'),
            p(alinea('water', 0, P)),
            h2('Landbouw in het Kampereiland'),
            p(alinea('landschap', 1, P)),
            h2('Natuur in de IJsseldelta'),
            p(alinea('natuur', 2, P)),
          ],
        },
        h1('Uitvoering'),
        h2('Omgevingsplan'),
        p(alinea('uitvoering', 0, P)),
        h2('Programma’s'),
        p(alinea('uitvoering', 1, P)),
        h2('Monitoring en actualisatie'),
        p('We actualiseren de visie elke vier jaar, zodat zij een actueel kompas blijft.'),
        {
          t: 'table',
          rows: [
            ['Instrument', 'Wie', 'Wanneer'],
            ['Omgevingsplan', 'raad', '2027–2031'],
            ['Programma Wonen', 'college', '2027'],
          ],
        },
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [p('Tabel 1. Informatieobjecten van deze visie.'), { t: 'gio', header: ['Naam', 'Identificatie'] }] },
    ],
    gios: [G('Kampereiland', 'kampereiland', [-3, 4], 2.5), G('Hanzelijnzone', 'hanzelijnzone', [1, -1], 0.8), G('IJsseldelta', 'ijsseldelta', [-1, 1], 2)],
    config: {
      werk,
      datums: { vaststelling: '2026-09-17', ondertekening: '2026-09-17', bekendmaking: '2026-09-24', inwerkingtreding: '2026-10-08' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0166',
    },
    geo: { origin: [190000, 505000] },
    meubilair: ['^\\d+$', '^Omgevingsvisie gemeente Kampen$'],
  }
})()

// w17 — Gemeente Weert: Dutch Kop1–Kop3 with the numbering in the styles and each level linked to its style
// (w:pStyle in the w:lvl), "%1." / "%1.%2." / "%1.%2.%3."; Kop1 in capitals (w:caps) over titles typed in lower
// case; the inhoudsopgave in Word's TOC content control (no hyperlinks); a manual line break in a heading; "Artikel
// %1" numbering for the raadsbesluit's articles; footnotes; a hyperlink; nested bullets; "i." list; a tblHeader
// table with vMerge; GIO table with the identifier in runs inside a hyperlink.
const w17 = ((): DocS12 => {
  const G = gio('gm0988', '2026-05-19')
  const P = 'Weert'
  return {
    id: 'w17',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie gemeente Weert (ontwerp door de raad vrijgegeven op 21 november 2023; uitwerking van de strategische visie "Verwonder je in de groene thuishaven Weert", vijf waarden: goed wonen voor elke doelgroep, iedereen doet mee, aanwezigheid en functie van groen, duurzaam en innovatief ondernemen en leven, goede ontsluiting en verwevenheid met de regio; vijf deelgebieden), ingekort; Word-opmaak: Nederlandse Kop1–Kop3 met nummering in de stijl en elk niveau aan zijn stijl gekoppeld (w:pStyle in w:lvl), Kop1 in hoofdletters (w:caps) over titels in kleine letters, inhoudsopgave in een inhoudsopgave-besturingselement, handmatige regeleinde in een kop, artikelen als "Artikel %1"-nummering, voetnoten, hyperlink, geneste opsomming, "i."-lijst, tabel met herhaalde kopregel en vMerge, GIO-tabel met identificatie in losse runs binnen een hyperlink',
    bevoegdGezag: 'gm0988',
    naam: 'Gemeente Weert',
    style: {
      font: 'Calibri',
      size: 11,
      via: 'style',
      lang: 'nl',
      caps: true,
      linkStyle: true,
      levels: [{ text: '%1.', format: 'decimal' }, { text: '%1.%2.', format: 'decimal' }, { text: '%1.%2.%3.', format: 'decimal' }],
      footer: 'Pagina {page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Weert tot vaststelling van de Omgevingsvisie gemeente Weert',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-06-10',
      blocks: [
        tk('Raadsbesluit'),
        p('De raad van de gemeente Weert;'),
        p('gelezen het voorstel van burgemeester en wethouders van 7 april 2026, nummer DJ-1425087;'),
        p(`gelet op ${GELET};`),
        p('besluit:'),
        art('Vaststelling'),
        p('De Omgevingsvisie gemeente Weert, zoals opgenomen in de bijlage, wordt vastgesteld.'),
        art('Inwerkingtreding'),
        p('Dit besluit treedt in werking op 10 juni 2026.'),
        p('Aldus vastgesteld in de openbare vergadering van de raad van 19 mei 2026.'),
        { t: 'sign', left: ['De griffier,', '', 'mr. drs. C. Jacobs'], right: ['De voorzitter,', '', 'R. Heijmans'] },
      ],
    },
    bijlageA: 'Bijlage bij raadsbesluit DJ-1425087',
    visie: {
      opschrift: 'Omgevingsvisie gemeente Weert',
      subtitel: 'Verwonder je in de groene thuishaven',
      body: [
        { t: 'toc', title: 'Inhoudsopgave', sdt: true },
        h1('waarom een omgevingsvisie?'),
        h2('Omgevingswet en omgevingsvisie'),
        p('De Omgevingswet bundelt wetten voor onder meer bouwen, milieu, water, ruimtelijke ordening en natuur. De omgevingsvisie vervangt de Structuurvisie Weert 2025.', { fn: 'De raad stelde op 10 juni 2020 het ambitiedocument Omgevingswet vast.' }),
        h2('Participatie'),
        p(alinea('proces', 0, P)),
        h2('Het proces'),
        p('Voor vijf deelgebieden (binnenstad, buitengebied, dorpskernen, woonwijken Weert en werkgebieden) is gekeken naar de belangrijkste kansen en knelpunten.'),
        h1('werken aan weert'),
        h2('Weerter waarden'),
        roman('goed wonen voor elke doelgroep;', 'iedereen doet mee;', 'aanwezigheid en functie van groen;', 'duurzaam en innovatief ondernemen en leven;', 'goede ontsluiting en verwevenheid met de regio.'),
        h2('Trends en\nontwikkelingen'),
        p(alinea('proces', 2, P)),
        h1('de deelgebieden'),
        h2('Binnenstad'),
        p(alinea('wonen', 4, P)),
        h3('Aantrekkelijk centrum'),
        p(alinea('economie', 3, P)),
        h3('Wonen boven winkels'),
        p(alinea('wonen', 0, P)),
        h2('Woonwijken Weert'),
        bullets('levensloopbestendige woningen;', { text: 'groen in de wijk:', sub: ['schaduw bij hitte;', 'speelplekken.'] }, 'ruimte voor ontmoeting.'),
        h2('Dorpskernen'),
        p(alinea('gezondheid', 3, P)),
        h2('Buitengebied'),
        p(alinea('landschap', 2, P)),
        h3('Landbouw'),
        p(alinea('landschap', 3, P)),
        h3('Natuur en recreatie'),
        p(alinea('natuur', 3, P)),
        h2('Werkgebieden'),
        p(alinea('economie', 4, P)),
        {
          t: 'table',
          rows: [
            ['Werkgebied', 'Opgave', 'Fase'],
            [{ text: 'Kampershoek', merge: 'restart' }, 'uitbreiding Kampershoek-Noord', '2026–2029'],
            [{ text: '', merge: 'continue' }, 'zonnedaken', '2027'],
            ['Centrum-Noord', 'transformatie naar wonen', '2030'],
          ],
        },
        h1('van visie naar uitvoering'),
        h2('Omgevingsplan'),
        p('De visie is de basis voor het omgevingsplan, dat in 2032 de bestemmingsplannen vervangt. Meer informatie: ', { link: 'weert.nl/omgevingsvisie', url: 'https://www.weert.nl/omgevingsvisie' }, '.'),
        h2('Omgevingseffectrapport'),
        p('De Commissie m.e.r. toetste het omgevingseffectrapport (advies 3778).', { fn: 'commissiemer.nl/adviezen/3778.' }),
        h2('Monitoring'),
        p(alinea('uitvoering', 2, P)),
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Gebied', 'Identificatie'], links: true }] },
    ],
    gios: [G('Binnenstad Weert', 'binnenstad', [0, 0], 0.8), G('Kampershoek', 'kampershoek', [3, -2], 1.2), G('Buitengebied Weert', 'buitengebied', [-4, 3], 4)],
    config: {
      werk,
      datums: { vaststelling: '2026-05-19', ondertekening: '2026-05-19', bekendmaking: '2026-05-27', inwerkingtreding: '2026-06-10' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0988',
    },
    geo: { origin: [173000, 360000] },
    meubilair: ['^Pagina \\d+$'],
  }
})()

// w18 — Gemeente Middelburg: English Heading1–3 with numPr on each heading paragraph; sections "§ %1.%2" and level 2
// restarted per chapter only by lvlOverride/startOverride (w:lvlRestart 0); a level-2 heading in a table cell beside
// a text; a quote in a text box; tracked changes (a deletion in a heading); a comment; a chapter in two columns; soft
// and non-breaking hyphens; "1)" list nested; besluit "BESLUIT:" with Artikel 1/2 typed with titles.
const w18 = ((): DocS12 => {
  const G = gio('gm0687', '2026-10-29')
  const P = 'Middelburg'
  return {
    id: 'w18',
    set: 'holdout',
    bron: 'Naar de Omgevingsvisie Middelburg 2050 (ontwerp ter inzage 14 september–25 oktober 2023, 37 zienswijzen; "een gezonde, compacte en duurzame vooruitblik op de ruimtelijke wensen, ambities en ontwikkelingen in de gemeente Middelburg"; vijf gebieden: Arnemuiden, Sint Laurens, Nieuwland, Middelburg boven en onder het kanaal), ingekort; Word-opmaak: Engelse Heading 1–3 met numPr op elke kop, paragrafen als "§ %1.%2" en niveau 2 alleen per hoofdstuk herstart via lvlOverride/startOverride (w:lvlRestart 0), een paragraafkop in een tabelcel, citaat in een tekstvak, wijzigingen bijhouden (ook een verwijdering in een kop), opmerking, een hoofdstuk in twee kolommen, zachte en vaste afbreekstreepjes, geneste "1)"-lijst, besluit "BESLUIT:" met Artikel 1 en 2 met titel',
    bevoegdGezag: 'gm0687',
    naam: 'Gemeente Middelburg',
    comments: { c1: 'Aantal deelnemers volgens het participatieverslag.' },
    style: {
      font: 'Georgia',
      size: 10,
      via: 'style',
      lang: 'en',
      numberingOnParagraph: true,
      overrideRestart: true,
      levels: [{ text: '%1', format: 'decimal' }, { text: '§ %1.%2', format: 'decimal' }, { text: '§ %1.%2.%3', format: 'decimal' }],
      header: 'Gemeente Middelburg – Omgevingsvisie Middelburg 2050',
      footer: '{page}',
    },
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Middelburg tot vaststelling van de Omgevingsvisie Middelburg 2050',
      artikelen: ['1', '2'],
      inwerkingtreding: '2026-11-19',
      blocks: [
        tk('Besluit van de raad van de gemeente Middelburg tot vaststelling van de Omgevingsvisie Middelburg 2050'),
        p('De raad van de gemeente Middelburg;'),
        p('gelezen het voorstel van burgemeester en wethouders van 22 september 2026, nummer 26.0712;'),
        p(`gelet op ${GELET};`),
        p('BESLUIT:'),
        tk('Artikel 1 Vaststelling'),
        p('De Omgevingsvisie Middelburg 2050 met het Zienswijzenrapport wordt vastgesteld.'),
        tk('Artikel 2 Inwerkingtreding'),
        p('Dit besluit treedt in werking met ingang van 19 november 2026.'),
        p('Aldus vastgesteld in de openbare vergadering van 29 oktober 2026.'),
        { t: 'sign', left: ['de griffier,', '', 'drs. P. Dekker'], right: ['de voorzitter,', '', 'H. Bergmann'] },
      ],
    },
    bijlageA: 'Bijlage behorende bij raadsbesluit 26.0712',
    visie: {
      opschrift: 'Omgevingsvisie Middelburg 2050',
      subtitel: 'Gezond, compact en duurzaam',
      body: [
        h1('Voorwoord'),
        h2('Ons kompas'),
        p('Deze omgevingsvisie is niet zomaar een document; het is ons kompas, onze leidraad voor de beslissingen die we nemen over alles wat de stad, de dorpen en haar omgeving raakt.'),
        { t: 'quote', text: '„Wat voor stad willen we achterlaten voor onze (klein)kinderen?”', who: 'wethouder ruimtelijke ordening' },
        h2('Leeswijzer'),
        p(alinea('inleiding', 3, P)),
        h2('Gezond, compact en duurzaam'),
        p('Meer dan ', { comment: 'c1', text: '600 mensen' }, ' hebben bijgedragen: inwoners, vertegenwoordigers van organisaties en ondernemers.'),
        h1('Waarden en keuzes'),
        h2('Drie toekomstbeelden'),
        paren('Groen;', { text: 'Compleet:', sub: ['voorzieningen dichtbij;', 'een sterke binnenstad.'] }, 'Sterke wijken en dorpen.'),
        h2(`Gezond${SH}heid`),
        p(alinea('gezondheid', 4, P)),
        h2(`Compact bouwen [-binnen de singels-]`),
        p(alinea('wonen', 1, P)),
        { t: 'hcell', l: 2, text: 'Duurzaamheid', side: 'Energie, klimaat en circulair bouwen in één paragraaf.' },
        p(alinea('energie', 3, P)),
        h3('Klimaatadaptatie'),
        p(alinea('klimaat', 3, P)),
        h3('Energie'),
        p(alinea('energie', 4, P)),
        h1('Gebieden'),
        h2('Middelburg boven het kanaal'),
        p(alinea('erfgoed', 2, P)),
        h3('Binnenstad'),
        p(alinea('erfgoed', 3, P)),
        h3('Stationsgebied'),
        p(alinea('mobiliteit', 3, P)),
        h2('Middelburg onder het kanaal'),
        p(alinea('wonen', 2, P)),
        h2('Arnemuiden'),
        p(`Arnemuiden houdt zijn eigen karakter als voormalig vissers${SH}dorp aan het Arnekanaal, dicht bij de N57${NBH}aansluiting.`),
        h2('Sint Laurens en Nieuwland'),
        p(alinea('landschap', 3, P)),
        {
          t: 'cols2',
          blocks: [
            h1('Uitvoering'),
            h2('Omgevingsplan'),
            p(alinea('uitvoering', 0, P)),
            h2('Samenwerken'),
            p(alinea('proces', 3, P)),
          ],
        },
        {
          t: 'table',
          rows: [
            ['Gebied', 'Accent', 'Termijn'],
            ['Binnenstad', 'wonen en erfgoed', 'kort'],
            ['Arnemuiden', 'dorpskern', 'middellang'],
          ],
        },
      ],
    },
    bijlagen: [
      { nummer: '1', opschrift: 'Geografische informatieobjecten', blocks: [{ t: 'gio', header: ['Naam', 'Identificatie'] }] },
    ],
    gios: [G('Binnenstad Middelburg', 'binnenstad', [0, 0], 0.8), G('Arnemuiden', 'arnemuiden', [-4, 1], 0.7), G('Nieuwland', 'nieuwland', [4, -1], 0.8)],
    config: {
      werk,
      datums: { vaststelling: '2026-10-29', ondertekening: '2026-10-29', bekendmaking: '2026-11-05', inwerkingtreding: '2026-11-19' },
      soortBestuursorgaan: GEMEENTE,
      ambtsgebied: 'GM0687',
    },
    geo: { origin: [31000, 391000] },
    meubilair: ['^\\d+$', '^Gemeente Middelburg – Omgevingsvisie Middelburg 2050$'],
  }
})()

export const WORD_DOCS_S12B: readonly DocS12[] = [w13, w14, w15, w16, w17, w18]
