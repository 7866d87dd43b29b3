/**
 * h204 — Hoogheemraadschap van Schieland en de Krimpenerwaard (ws0656), holdout (session 14): the waterschap between
 * Rotterdam, Zoetermeer, Gouda and Schoonhoven (ruim 35.000 hectare, ruim 600.000 inwoners), with an optional
 * omgevingsvisie of its algemeen bestuur. Content after the public pages of its Waterbeheerprogramma 2022-2027
 * (waterbeheerprogramma.hhsk.nl: the leeswijzer and its Uitgangspunten — maatregelen, Omgevingswet, taalgebruik —, the
 * missie "Droge voeten en schoon water", the ontwikkelingen klimaatverandering, bodemdaling, woningbouw, the taken
 * "Veilige dijken", "Voldoende, schoon water", "Afvalwater zuiveren", "Veilige wegen" and "Regels en toezicht", and
 * the three onderwerpen voor de toekomst as in its notice wsb-2021-12389), here as a Watervisie of 2028, shortened
 * and partly in our own words. Layout: LibreOffice, A4 LANDSCAPE, DejaVu Sans 9 pt with DejaVu Serif headings;
 * chapters "1." … "5." (a dot after the chapter number only), sections "1.1", a third level "3.2.1"; header
 * "Hoogheemraadschap van Schieland en de Krimpenerwaard" with the chapter as a field, footer "Watervisie HHSK 2050"
 * + page; no table of contents; footnotes; lists "•" and "1)"; a two-column section; a table; besluit of the
 * algemeen bestuur with Artikel 1–3; visie as "Bijlage I"; GIO list as lines "naam — identificatie" in "Bijlage II".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0656'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-01-26', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Haak', items })

const doc: Doc = {
  id: 'h204',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s van het Waterbeheerprogramma 2022-2027 van het Hoogheemraadschap van Schieland en de Krimpenerwaard (waterbeheerprogramma.hhsk.nl: leeswijzer met de Uitgangspunten maatregelen, Omgevingswet en taalgebruik, de missie "Droge voeten en schoon water", de ontwikkelingen, de taken "Veilige dijken", "Voldoende, schoon water", "Afvalwater zuiveren", "Veilige wegen" en "Regels en toezicht" en de drie onderwerpen voor de toekomst uit de kennisgeving wsb-2021-12389), hier als Watervisie van 2028 van het algemeen bestuur, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 LIGGEND, DejaVu Sans 9 pt met koppen in DejaVu Serif, hoofdstukken "1." … "5." (punt alleen na het hoofdstuknummer), paragrafen "1.1", een derde niveau "3.2.1", kopregel met het hoofdstuk als veld, voettekst "Watervisie HHSK 2050" met paginanummer, geen inhoudsopgave, voetnoten, lijsten "•" en "1)", een tweekoloms sectie, een tabel, besluit van het algemeen bestuur met Artikel 1–3, visie als "Bijlage I", GIO-lijst als regels "naam — identificatie" in "Bijlage II" (holdout)',
  bevoegdGezag: bg,
  naam: 'Hoogheemraadschap van Schieland en de Krimpenerwaard',
  title: 'Watervisie HHSK 2050',
  style: {
    font: 'DejaVu Sans',
    size: 9,
    headingFont: 'DejaVu Serif',
    headingSizes: [16, 12, 10, 9],
    headingColor: '#005a87',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.7, left: 2.4, right: 2.4 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Haak: { kind: 'number', levels: [{ format: '1', suffix: ')' }] },
    },
    masters: {
      Standard: {
        header: ['Hoogheemraadschap van Schieland en de Krimpenerwaard\t\t{chapter}'],
        footer: ['Watervisie HHSK 2050\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #005a87',
    tableHeaderBg: '#dcebf4',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van het Hoogheemraadschap van Schieland en de Krimpenerwaard tot vaststelling van de Watervisie HHSK 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-03-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Hoogheemraadschap van Schieland en de Krimpenerwaard · Maasboulevard 123, Rotterdam · documentnummer 2028-0031' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van het Hoogheemraadschap van Schieland en de Krimpenerwaard tot vaststelling van de Watervisie HHSK 2050' },
      p('Het algemeen bestuur van het Hoogheemraadschap van Schieland en de Krimpenerwaard;'),
      p('gelezen het voorstel van het dagelijks bestuur van 28 november 2027;'),
      p('overwegende dat het hoogheemraadschap zijn strategische koers voor het waterbeheer op de lange termijn wil vastleggen in een omgevingsvisie als bedoeld in artikel 3.1, derde lid, van de Omgevingswet, en dat het ontwerp van 9 oktober tot en met 19 november 2027 ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Watervisie HHSK 2050, opgenomen in bijlage I bij dit besluit, vast te stellen als omgevingsvisie van het hoogheemraadschap.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De werkingsgebieden van de visie zijn vastgelegd in de geografische informatieobjecten genoemd in bijlage II.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 maart 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van 26 januari 2028.'),
      { t: 'sign', left: ['de secretaris-directeur,', '', 'ir. A.J. Dekker'], right: ['de dijkgraaf,', '', 'drs. R.P. van Leeuwen'] },
    ],
  },
  visie: {
    opschrift: 'Watervisie HHSK 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage I bij het besluit van het algemeen bestuur van 26 januari 2028' },
      { t: 'p', style: 'title', text: 'Watervisie HHSK 2050' },
      { t: 'p', style: 'subtitle', text: 'Droge voeten en schoon water in het laagste deel van Nederland' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Leeswijzer'),
      p('In deze watervisie beschrijft het hoogheemraadschap van Schieland en de Krimpenerwaard zijn visie en ambities voor het waterbeheer in ons gebied voor de jaren die voor ons liggen. De visie bindt en is sturend voor de eigen organisatie, maar schept geen rechten of verplichtingen voor derden.'),
      h(2, 'Uitgangspunten'),
      p('Voor deze visie zijn de volgende keuzes gemaakt:'),
      ol([
        'Maatregelen. We noemen geen maatregelen in dit visiedocument; die volgen uit nota’s en beleidsuitwerkingen en komen in de jaarlijkse programmabegroting.',
        'Omgevingswet. We werken intensief samen met de andere overheden en stemmen deze visie af op hun omgevingsvisies.',
        'Taalgebruik. We kiezen voor een direct woord- en taalgebruik dat begrijpelijk is voor de goed geïnformeerde inwoner en ondernemer.',
      ]),
      h(2, 'Opbouw van deze visie'),
      p('Hoofdstuk 2 beschrijft onze missie en de ontwikkelingen. Hoofdstuk 3 gaat over onze taken, hoofdstuk 4 over de onderwerpen voor de toekomst en hoofdstuk 5 over de doorwerking.'),
      h(1, 'Missie en ontwikkelingen'),
      h(2, 'Droge voeten en schoon water'),
      p('Het hoogheemraadschap is verantwoordelijk voor het waterbeheer in het gebied tussen Zoetermeer, Gouda, Schoonhoven en Rotterdam: ruim 35.000 hectare. Rotterdam, Capelle aan den IJssel en Zoetermeer zijn dicht stedelijk; Lansingerland en Zuidplas hebben diepe polders met glastuinbouw en akkerbouw; de Krimpenerwaard is grotendeels veenweide.[^De Zuidplaspolder ligt tot bijna zeven meter onder NAP en is daarmee het laagste punt van Nederland.]'),
      p('Wij werken voor ruim 600.000 inwoners, ruim 20.000 bedrijven en de natuur aan de doelen waarvoor waterschappen zijn opgericht:'),
      ul([
        'het voorkomen en waar mogelijk beperken van overstromingen, wateroverlast en waterschaarste;',
        'het beschermen en verbeteren van de chemische en ecologische kwaliteit van watersystemen;',
        'de vervulling van maatschappelijke functies door watersystemen;',
        'het zuiveren van afvalwater.',
      ]),
      h(2, 'Ontwikkelingen'),
      p('Het waterbeheer staat voor een grote veranderopgave:'),
      ul([
        'klimaatverandering en de daarmee samenhangende duurzaamheidsvraagstukken;',
        { text: 'de forse woningbouwopgave', sub: ['in de stad Rotterdam;', 'in de Zuidplaspolder.'] },
        'bodemdaling in het veenweidegebied;',
        'de technologische en digitale ontwikkelingen en de zorg voor cyberveiligheid.',
      ]),
      h(1, 'Onze taken'),
      p('Veel taken zijn niet nieuw. Die doen we al jaren, soms al eeuwen, en zullen we blijven doen.'),
      h(2, 'Veilige dijken'),
      p('Wij beheren de Hollandse IJsseldijk, de Lekdijk en de regionale keringen langs de boezems.'),
      h(3, 'Primaire waterkeringen'),
      p('De primaire keringen voldoen in 2050 aan de wettelijke normen.[^Normen uit de Omgevingswet (Besluit kwaliteit leefomgeving, bijlage II), ontleend aan de Waterwet van 2017.]'),
      h(3, 'Regionale waterkeringen'),
      p('De regionale keringen toetsen we periodiek en versterken we waar dat nodig is.'),
      h(2, 'Voldoende, schoon water'),
      h(3, 'Peilbeheer'),
      p('In het veenweidegebied zoeken we een peil dat de bodemdaling remt en de landbouw ruimte laat.'),
      h(3, 'Waterkwaliteit'),
      p('We verbeteren de ecologische kwaliteit van de plassen en de boezems.'),
      h(2, 'Afvalwater zuiveren'),
      p('Onze zuiveringen, waaronder Kralingseveer en Nieuwe Waterweg, winnen energie en grondstoffen terug.'),
      h(2, 'Veilige wegen'),
      p('In de Krimpenerwaard zijn wij wegbeheerder. De wegen op de dijken zijn smal; veiligheid gaat voor snelheid.'),
      h(2, 'Regels en toezicht'),
      p('Met de waterschapsverordening en het toezicht daarop beschermen we dijken en watergangen.'),
      { t: 'break' },
      h(1, 'Onderwerpen voor de toekomst'),
      p('Bij deze onderwerpen kunnen we niet blijven doen wat we al deden. De tabel geeft ze in het kort.'),
      {
        t: 'table',
        cols: [7, 9, 8.9],
        header: ['Onderwerp', 'Wat vraagt het van ons?', 'Samen met'],
        rows: [
          ['Klimaatbestendige leefomgeving', 'ruimte voor water in stad en polder', 'gemeenten en provincie'],
          ['Duurzaam waterschap', 'energieneutraal en circulair werken', 'bedrijven en kennisinstellingen'],
          ['Water in de samenleving', 'meer betrokkenheid van inwoners', 'inwoners en organisaties'],
        ],
      },
      h(2, 'Een veilige en aantrekkelijke leef- en werkomgeving voorbereid op de verandering van het klimaat'),
      {
        t: 'cols2',
        blocks: [
          h(3, 'Bodemdaling'),
          p('In de Krimpenerwaard en de Zuidplaspolder daalt de bodem. We zoeken samen met de provincie en de gemeenten naar een duurzaam perspectief voor het veenweidegebied.'),
          h(3, 'Wateroverlast en hitte'),
          p('In de stad werken we met de gemeenten aan groene daken, waterpleinen en ruimte voor opvang van piekbuien.'),
        ],
      },
      h(2, 'Een duurzaam waterschap voor de wereld van morgen'),
      p('Wij willen in 2040 energieneutraal zijn en werken circulair, met aandacht voor de kosten voor inwoners en bedrijven.'),
      h(2, 'Water en waterschap als onderdeel van de samenleving'),
      p('We gaan actief in gesprek met de omgeving en staan open voor initiatieven van inwoners, bedrijven en organisaties.'),
      h(1, 'Doorwerking'),
      h(2, 'Waterbeheerprogramma en verordening'),
      p('De watervisie werkt door in het waterbeheerprogramma en in de waterschapsverordening.'),
      h(2, 'Omgevingsvisies van gemeenten en provincie'),
      p('Wij brengen onze belangen in bij de omgevingsvisies en omgevingsplannen van de gemeenten in ons gebied.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage II', nummer: 'II', text: 'Geografische informatieobjecten', sep: ' – ' },
      p('De werkingsgebieden van deze watervisie zijn:'),
      { t: 'gio', layout: 'lines', sep: ' — ' },
    ],
  ],
  gios: [
    gio('Beheergebied Schieland en de Krimpenerwaard', 'beheergebied-hhsk', [0, 0], 8),
    gio('Veenweidegebied Krimpenerwaard', 'veenweide-krimpenerwaard', [5, -2], 3),
    gio('Zuidplaspolder', 'zuidplaspolder', [1, 2], 2),
    gio('Rotte en Rottemeren', 'rotte-rottemeren', [-2, 3], 1.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'watervisie-hhsk-2050', regeling: 'watervisie-hhsk-2050', doel: 'watervisie-hhsk-2050' },
    datums: { vaststelling: '2028-01-26', ondertekening: '2028-01-26', bekendmaking: '2028-02-08', inwerkingtreding: '2028-03-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0656',
  },
  geo: { origin: [100000, 440000] },
  meubilair: ['^Watervisie HHSK 2050 \\d+$', '^Hoogheemraadschap van Schieland en de Krimpenerwaard \\d+\\. '],
}
export default doc
