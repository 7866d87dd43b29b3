/**
 * h51 — gemeente Terschelling (gm0093), holdout (session 8): a small island gemeente. Content after the gemeente's
 * public pages about its omgevingsvisie process ("Denk mee over de toekomst van Terschelling", ateliers with
 * eilanders and young people) and the earlier toekomstvisie (a krachtige samenleving, a waardevolle omgeving and a
 * duurzame economie), the villages from West-Terschelling to Oosterend, the Boschplaat and the Noordsvaarder, the
 * Waddenzee as world heritage, the Brandaris, Oerol and the cranberries, shortened and in our own words. Layout: a
 * square 20 × 20 cm page, Liberation Serif 10 pt with Carlito headings in dune ochre, Word outline numbering
 * "Hoofdstuk 1:" + tab, "1.1" and "1.1.1" (numbers only as Word numbering), ■-lists with –-items, an "i)" list, a
 * table with multi-line cells, a header with the visie title left and the page number right, no footer, a
 * raadsvoorstel printed before the raadsbesluit, a raadsbesluit with "gelet op", "BESLUIT:" and beslispunten I–II (the
 * second names the inwerkingtreding the day after the uitgifte of the Gemeenteblad), "Aldus vastgesteld", signatures in
 * two columns, "Bijlage" line before the visie, one GIO in a two-column table.
 */
import type { Doc } from '../writer-model.js'
import { hex32, joinId } from '../writer-util.js'

const bg = 'gm0093'
const doc: Doc = {
  id: 'h51',
  set: 'dev',
  bron:
    'Bewerkt naar de openbare pagina\'s van de gemeente Terschelling over het maken van haar omgevingsvisie ("Denk mee over de toekomst van Terschelling", ateliers met eilanders en jongeren) en de eerdere toekomstvisie (krachtige samenleving, waardevolle omgeving, duurzame economie), de dorpen van West-Terschelling tot Oosterend, de Boschplaat en de Noordsvaarder, de Waddenzee als werelderfgoed, de Brandaris, Oerol en de cranberry\'s, ingekort en in eigen woorden; eigen opmaak: vierkante pagina van 20 × 20 cm, Liberation Serif 10 pt met Carlito-koppen in duinoker, Word-nummering "Hoofdstuk 1:" + tab, "1.1" en "1.1.1" (nummers alleen als Word-nummering), ■-lijsten met –-items, lijst "i)", tabel met meerregelige cellen, kopregel met visietitel links en paginanummer rechts, geen voettekst, raadsvoorstel voor het raadsbesluit, raadsbesluit met "gelet op", "BESLUIT:" en beslispunten I–II (de tweede met de inwerkingtreding de dag na die van de uitgifte van het Gemeenteblad), "Aldus vastgesteld", handtekeningen in twee kolommen, bijlageregel voor de visie, één GIO in een tweekoloms tabel (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Terschelling',
  title: 'Omgevingsvisie Terschelling',
  style: {
    font: 'Liberation Serif',
    size: 10,
    headingFont: 'Carlito',
    headingSizes: [16, 12.5, 11, 10],
    headingColor: '#9C6B1E',
    lineHeight: 115,
    spaceAfter: 0.2,
    page: { width: 20, height: 20, top: 1.6, bottom: 1.6, left: 2.0, right: 2.0 },
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', suffix: ':', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blok: { kind: 'bullet', levels: [{ char: '■', font: 'DejaVu Sans' }, { char: '–' }] },
      Romein: { kind: 'number', levels: [{ format: 'i', suffix: ')' }, { format: 'a', suffix: ')' }] },
    },
    masters: {
      Standard: { header: ['Omgevingsvisie Terschelling\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #C9A66B',
    tableHeaderBg: '#F4E9D3',
    tableFontSize: 9,
    tussenkop: { bold: true },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Terschelling tot vaststelling van de Omgevingsvisie Terschelling',
    artikelen: ['I', 'II'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsvoorstel' },
      { t: 'p', text: '**Onderwerp:** Vaststelling Omgevingsvisie Terschelling' },
      { t: 'p', text: '**Raadsvergadering:** 9 juni 2027, agendapunt 11' },
      { t: 'p', text: '**Portefeuillehouder:** wethouder ruimtelijke ordening' },
      { t: 'tk', text: 'Inleiding' },
      { t: 'p', text: 'In twee rondes van Denk mee-ateliers, een enquête en meedenklessen op de scholen hebben eilanders laten weten hoe zij Terschelling over vijfentwintig jaar zien. Het college heeft daarop een omgevingsvisie opgesteld. Het ontwerp heeft zes weken ter inzage gelegen; de zienswijzen hebben tot enkele aanpassingen geleid.' },
      { t: 'tk', text: 'Voorstel' },
      { t: 'p', text: 'Wij stellen u voor de Omgevingsvisie Terschelling vast te stellen. Met de visie voldoet de gemeente aan de verplichting uit de Omgevingswet en krijgt het omgevingsplan een richting.' },
      { t: 'p', text: 'Burgemeester en wethouders van Terschelling' },
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Terschelling tot vaststelling van de Omgevingsvisie Terschelling' },
      { t: 'p', text: 'De raad van de gemeente Terschelling;' },
      { t: 'p', text: 'gelezen het voorstel van burgemeester en wethouders van 11 mei 2027;' },
      { t: 'p', text: 'gelet op artikel 3.1, eerste lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', text: 'I.\tde Omgevingsvisie Terschelling met het bijbehorende werkingsgebied vast te stellen;' },
      { t: 'p', text: 'II.\tte bepalen dat dit besluit in werking treedt op de dag na die van de uitgifte van het Gemeenteblad waarin het wordt geplaatst.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Terschelling, gehouden op 9 juni 2027.' },
      { t: 'sign', left: ['De griffier,', '', '', 'J.W. Hoekstra-Smit'], right: ['De voorzitter,', '', '', 'drs. S. Cazemier'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Terschelling',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij het raadsbesluit van 9 juni 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Terschelling' },
      { t: 'p', style: 'subtitle', text: 'Een eiland om zuinig op te zijn' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Ons eiland' },
      { t: 'p', text: 'Terschelling is het op één na grootste Waddeneiland. Het eiland telt ruim 4.900 inwoners in West-Terschelling en de dorpen in het oosten, en ontvangt elk jaar honderdduizenden gasten. Ongeveer tachtig procent van het eiland is natuur.' },
      { t: 'h', l: 2, text: 'Waarom deze visie' },
      { t: 'p', text: 'De visie beschrijft hoe wij de rust, de ruimte en de natuur bewaren en tegelijk zorgen dat jonge eilanders hier kunnen blijven wonen en werken.' },
      { t: 'h', l: 2, text: 'Hoe de visie tot stand kwam' },
      { t: 'p', text: 'Eilanders dachten mee in ateliers in de dorpen, via een enquête en in meedenklessen op school. Drie pijlers uit de eerdere toekomstvisie kwamen daarin steeds terug:' },
      {
        t: 'ul',
        list: 'Blok',
        items: ['een krachtige samenleving;', 'een waardevolle omgeving;', { text: 'een duurzame economie, met:', sub: ['toerisme dat past bij het eiland;', 'ruimte voor landbouw en visserij.'] }],
      },
      { t: 'h', l: 1, text: 'Wat Terschelling waardevol maakt' },
      { t: 'h', l: 2, text: 'Natuur en landschap' },
      { t: 'p', text: 'De Boschplaat in het oosten is een van de grootste kwelders van Europa. In het westen groeit de Noordsvaarder, een zandplaat met stuivende duinen. De Waddenzee rondom is werelderfgoed.' },
      { t: 'h', l: 3, text: 'Duinen en bossen' },
      { t: 'p', text: 'De naaldbossen zijn ruim honderd jaar geleden aangeplant om het zand vast te leggen. Wij laten ze geleidelijk overgaan in gevarieerd loofbos en open duin.' },
      { t: 'h', l: 3, text: 'Polder en kwelder' },
      { t: 'p', text: 'Aan de wadkant ligt de polder met weilanden, waar boeren melkvee houden en cranberry\'s groeien. Wij houden de polder open.' },
      { t: 'h', l: 2, text: 'De dorpen' },
      {
        t: 'table',
        cols: [4.0, 12.0],
        header: ['Dorp', 'Karakter'],
        rows: [
          ['West-Terschelling', 'haven, Brandaris, voorzieningen\nen de veerboot naar Harlingen'],
          ['Midsland', 'centraal dorp met winkels\nen Oerol-terrein'],
          ['Hoorn en Oosterend', 'rustige dorpen aan de rand van de Boschplaat'],
          ['Formerum, Lies, Landerum', 'lintdorpen in de polder'],
        ],
      },
      { t: 'h', l: 1, text: 'Keuzes voor de toekomst' },
      { t: 'h', l: 2, text: 'Wonen voor eilanders' },
      { t: 'p', text: 'Woningen worden steeds vaker tweede huis of vakantieverblijf. Wij bouwen betaalbare woningen voor eilanders en houden die voor hen beschikbaar.' },
      { t: 'h', l: 2, text: 'Toerisme in balans' },
      { t: 'p', text: 'Toerisme is de belangrijkste bron van werk. Wij kiezen voor kwaliteit boven groei en houden vast aan een maximum aantal slaapplaatsen.' },
      { t: 'h', l: 2, text: 'Energie, water en afval' },
      { t: 'p', text: 'Het eiland wil zelf in zijn energie voorzien. Wij werken in deze volgorde:' },
      {
        t: 'ol',
        list: 'Romein',
        items: ['besparen in woningen en bedrijven;', 'zon op daken van bedrijven en recreatiebedrijven;', 'opslag van energie, zodat het eiland minder afhankelijk is van de kabel.'],
      },
      { t: 'h', l: 2, text: 'Bereikbaarheid' },
      { t: 'p', text: 'De veerverbinding met Harlingen is de levensader van het eiland. Op het eiland gaat de fiets voor.' },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'p', text: 'De visie werkt door in het omgevingsplan Terschelling en in programma\'s voor wonen en duurzaamheid. Wij werken samen met Staatsbosbeheer, het Wetterskip en de andere Waddeneilanden.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Werkingsgebied' },
      { t: 'p', text: 'De omgevingsvisie geldt voor het hele grondgebied van de gemeente, inclusief het deel van de Waddenzee en de Noordzee dat tot de gemeente behoort.' },
      { t: 'gio', layout: 'table', cols: [5.0, 11.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    {
      naam: 'Grondgebied gemeente Terschelling',
      identificatie: joinId(bg, '2027', hex32(bg, 'Grondgebied gemeente Terschelling'), '2027-06-09', '1'),
      at: [0, 0],
      size: 12,
    },
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-terschelling', regeling: 'omgevingsvisie-terschelling', doel: 'omgevingsvisie-terschelling' },
    datums: { vaststelling: '2027-06-09', ondertekening: '2027-06-09', bekendmaking: '2027-06-16' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0093',
  },
  geo: { origin: [145000, 600000] },
  meubilair: ['^Omgevingsvisie Terschelling \\d+$'],
}
export default doc
