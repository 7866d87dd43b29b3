/**
 * h14 — Waterschap Limburg (ws0665), holdout (session 4). Content after the waterbeheerprogramma and the
 * kernopgaven of the Limburgse waterschap (regenrivier Maas, beekdalen, hoogwaterbescherming, assetmanagement,
 * zuivering), in our own words. Layout: Word heading styles with outline numbering "Hoofdstuk 3 –" + tab + title,
 * sections "3.1" and "3.1.1", the chapter title in the running header (chapter field), footer "Pagina n van N",
 * run-in tussenkoppen, Symbol-bullets with nested "o", a column-aligned table, "BESLUIT:" with Artikel 1–2.
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'ws0665'
const gio = (naam: string, at: [number, number], size = 3) => ({ naam, identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-06-24', '1'), at, size })

const doc: Doc = {
  id: 'h14',
  set: 'dev',
  bron:
    'Bewerkt naar het waterbeheerprogramma en de kernopgaven van Waterschap Limburg (regenrivier Maas, beekdalen, hoogwaterbescherming, assetmanagement, zuivering), in eigen woorden; eigen opmaak: DejaVu Sans Condensed 10 pt, koppen "Hoofdstuk 3 – Titel" uit Word-nummering, paragrafen "3.1" en "3.1.1", hoofdstuktitel in de kopregel (veld), voettekst "Pagina n van N", run-in tussenkoppen, Symbol-opsommingen met "o", uitgelijnde tabel, "BESLUIT:" met Artikel 1–2 (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Limburg',
  title: 'Omgevingsvisie Waterschap Limburg',
  style: {
    font: 'DejaVu Sans Condensed',
    size: 10,
    headingFont: 'DejaVu Sans Condensed',
    headingSizes: [16, 12.5, 10.5, 10],
    headingColor: '#00587C',
    lineHeight: 135,
    spaceAfter: 0.22,
    page: A4(2.2, 2.0, 2.6, 2.2),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', suffix: ' –', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Symbool: { kind: 'bullet', levels: [{ char: '\uF0B7', font: 'Symbol' }, { char: 'o', font: 'Liberation Sans' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie WL ·\t\t{chaptername}'],
        footer: ['\t\tPagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #00587C',
    tableHeaderBg: '#D9EEF5',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#00587C' },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Limburg tot vaststelling van de Omgevingsvisie Waterschap Limburg',
    artikelen: ['1', '2'],
    inwerkingtreding: '2026-07-15',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'AB-besluit 2026-041 · Roermond, 24 juni 2026' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Limburg tot vaststelling van de Omgevingsvisie Waterschap Limburg' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Limburg;' },
      { t: 'p', text: 'gezien het voorstel van het dagelijks bestuur van 26 mei 2026, nummer 2026-D-118;' },
      { t: 'p', text: 'gelet op artikel 56 van de Waterschapswet en artikel 3.1 van de Omgevingswet;' },
      { t: 'p', text: 'overwegende dat het waterschap zijn koers voor veilig, schoon en voldoende water in een veranderend klimaat in samenhang met de fysieke leefomgeving wil vastleggen;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Waterschap Limburg, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit treedt in werking op 15 juli 2026.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van het algemeen bestuur van 24 juni 2026.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. J.M.H. Dassen'], right: ['de dijkgraaf,', '', '', 'drs. P.J.M. Gorissen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Waterschap Limburg',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage bij AB-besluit 2026-041' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Waterschap Limburg' },
      { t: 'p', style: 'subtitle', text: 'Limburgs water in een veranderend klimaat' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Ons werkgebied' },
      { t: 'p', text: 'Ons Limburgse werkgebied is zeer gevarieerd. We hebben met de Maas een typische regenrivier, met een groot verschil tussen hoge en lage afvoeren. In de Peel liggen natte hoogveenrestanten, in de Maasduinen droge stuifzanden en in Zuid-Limburg lössplateaus met diep ingesneden beekdalen.' },
      { t: 'p', text: '**Grensoverschrijdend.** Veel Limburgse beken ontspringen in Duitsland of België. Wat daar gebeurt, merken wij stroomafwaarts. We werken daarom nauw samen met de waterbeheerders aan de andere kant van de grens.' },
      { t: 'h', l: 2, text: 'Een unieke provincie' },
      { t: 'p', text: 'Met ruim 1,1 miljoen inwoners is Limburg redelijk dichtbevolkt. Ongeveer 19 procent van het landoppervlak is bebouwd; de rest is landbouw of natuur.' },
      { t: 'h', l: 2, text: 'De lessen van juli 2021' },
      { t: 'p', text: 'De overstromingen in juli 2021 lieten zien hoe kwetsbaar het gebied is bij extreme neerslag. Het beleidsprogramma Water in Balans, dat daarna is opgesteld, werkt door in deze visie.' },
      { t: 'h', l: 1, text: 'Veilig wonen langs de Maas' },
      { t: 'h', l: 2, text: 'Hoogwaterbescherming' },
      { t: 'p', text: 'We brengen de keringen langs de Maas op de wettelijke norm. Waar het kan, combineren we dijkversterking met rivierverruiming en natuur.' },
      { t: 'h', l: 3, text: 'Dijkversterking' },
      { t: 'p', text: '**Prioriteit.** De trajecten met de grootste overstromingskans pakken we als eerste aan. De tabel geeft de stand van zaken per dijkring.' },
      {
        t: 'table',
        cols: [5.2, 3.2, 3.2, 4.6],
        header: ['Traject', 'Lengte', 'Gereed', 'Maatregel'],
        rows: [
          ['Venlo-Velden', '± 9 km', '2028', 'dijkversterking en kade'],
          ['Roermond-Oost', '± 6 km', '2030', 'verlegging en verhoging'],
          ['Arcen', '± 4 km', '2027', 'kwelscherm'],
          ['Thorn-Wessem', '± 7 km', '2032', 'rivierverruiming'],
        ],
      },
      { t: 'h', l: 3, text: 'Ruimte voor de rivier' },
      { t: 'p', text: 'Buiten de dijken houden we ruimte vrij voor de afvoer van de Maas. Nieuwe bebouwing in het rivierbed wijzen we af.' },
      { t: 'h', l: 2, text: 'Wateroverlast in beekdalen' },
      { t: 'p', text: 'In de heuvels van Zuid-Limburg stroomt regenwater snel af. Regenwaterbuffers, graften en erosiebestrijding op akkers vangen het water op voordat het de dorpen bereikt.' },
      { t: 'h', l: 1, text: 'Voldoende en schoon water' },
      { t: 'h', l: 2, text: 'Water vasthouden' },
      { t: 'p', text: 'We respecteren het bestaande grondgebruik in ons peilbeheer en onderzoeken ontwikkelingsmogelijkheden. Om droogte tegen te gaan:' },
      {
        t: 'ul',
        list: 'Symbool',
        items: [
          { text: 'houden we water vast in de haarvaten van het systeem:', sub: ['stuwen flexibel beheren;', 'sloten verondiepen in de Peel.'] },
          'herstellen we hoogveen in de Peelvenen;',
          'beperken we grondwateronttrekkingen in kwetsbare gebieden.',
        ],
      },
      { t: 'h', l: 2, text: 'Waterkwaliteit' },
      { t: 'p', text: 'De Kaderrichtlijn Water vraagt om een goede chemische en ecologische toestand in 2027. Dat lukt niet overal; we werken met de landbouw en de gemeenten aan minder meststoffen, gewasbeschermingsmiddelen en medicijnresten in het water.' },
      { t: 'h', l: 1, text: 'Zuiveren en beheren' },
      { t: 'h', l: 2, text: 'Zuivering' },
      { t: 'p', text: 'Het Waterschapsbedrijf Limburg zuivert het afvalwater van de Limburgse huishoudens en bedrijven. Op het verwijderen van medicijnresten, microplastics en opkomende stoffen ligt de komende jaren de nadruk.' },
      { t: 'h', l: 2, text: 'Assetmanagement' },
      { t: 'p', text: 'Keringen, watergangen, regenwaterbuffers, gemalen, stuwen en zuiveringsinstallaties noemen we onze assets. Via inspecties en metingen brengen we hun staat in beeld en beslissen we over onderhoud, reparatie of vervanging.' },
      { t: 'h', l: 1, text: 'Water in de ruimtelijke afweging' },
      { t: 'p', text: 'We adviseren en denken mee over ruimtelijke plannen. Voor activiteiten die het Rijk in hoofdstuk 4 van de Omgevingswet regelt, volgen we de rijksregels; onze eigen regels staan in de waterschapsverordening.' },
      { t: 'tk', text: 'Watertoets' },
      { t: 'p', text: 'In de watertoets geven we aan hoe een plan rekening houdt met veiligheid, wateroverlast, droogte en waterkwaliteit. De gebieden waar we bijzondere aandacht vragen, staan in de bijlage.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Werkingsgebieden', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [7.0, 9.2], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [gio('Rivierbed Maas', [0, 0], 4), gio('Regenwaterbuffers Heuvelland', [5, -35], 5), gio('Peelvenen', [-8, 40], 4)],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie', regeling: 'omgevingsvisie', doel: 'omgevingsvisie-2026' },
    datums: { vaststelling: '2026-06-24', ondertekening: '2026-06-24', bekendmaking: '2026-07-01', inwerkingtreding: '2026-07-15' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_a71dc533'],
    ambtsgebied: 'WS0665',
  },
  geo: { origin: [195000, 360000] },
  meubilair: ['^Omgevingsvisie WL · ', '^Pagina \\d+ van \\d+$'],
}
export default doc
