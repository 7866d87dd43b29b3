/**
 * c11 — provincie Overijssel (pv23). Statenbesluit (Provinciale Staten, voorstel van Gedeputeerde Staten) met
 * "BESLUITEN:" en Artikel I/II; visie als "Bijlage 1 bij het besluit" met eigen titelpagina; hoofdstukken met label
 * "Hoofdstuk n" uit de outline-nummering, paragrafen 1.1 en 1.1.1; serif-letter; kopregel met hoofdstuknaam via
 * veld, voettekst "Pagina X van Y" gecentreerd; ▪-opsommingen, a.-lijst, geneste lijst; een tabel die over een
 * pagina breekt (herhaalde kopregel); bijlagen A (begrippen) en B (GIO-tabel met smalle identificatiekolom).
 * Inhoud bewerkt naar de thema's van de Omgevingsvisie Overijssel (Provinciaal blad/Staatscourant 2017, 24586:
 * energietransitie, logistiek, agro & food, bestaand bebouwd gebied, ondergrond; zuinig en zorgvuldig ruimtegebruik).
 */
import type { Doc } from '../writer-model.js'
import { A4, hex32, joinId } from '../writer-util.js'

const bg = 'pv23'
const gio = (naam: string, at: [number, number], size = 3) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-04-08', '2'),
  at,
  size,
})

const lang = (tail: string): string =>
  `Provinciale Staten stellen hiervoor de kaders; Gedeputeerde Staten werken ze uit in ${tail}.`

const doc: Doc = {
  id: 'c11',
  set: 'dev',
  bron:
    'Bewerkt naar de Omgevingsvisie Overijssel (kennisgeving Staatscourant 2017, 24586; thema’s energietransitie, logistiek, agro & food, ondergrond), ingekort; eigen opmaak: Liberation Serif 11 pt, "Hoofdstuk n" uit de outline-nummering, kopregel met hoofdstuknaam via veld, voettekst "Pagina X van Y" gecentreerd, ▪-opsommingen, a.-lijst, tabel die over een pagina breekt, GIO-tabel met smalle identificatiekolom',
  bevoegdGezag: bg,
  naam: 'Provincie Overijssel',
  title: 'Omgevingsvisie Overijssel',
  style: {
    font: 'Liberation Serif',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [17, 13, 11.5, 11],
    headingColor: '#7A1F2B',
    lineHeight: 115,
    justify: true,
    page: A4(2.2, 2.2, 2.8, 2.4),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', display: 1 },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Blokjes: { kind: 'bullet', levels: [{ char: '▪', font: 'OpenSymbol' }, { char: '◦', font: 'OpenSymbol' }] },
      Letters: { kind: 'number', levels: [{ format: 'a', suffix: '.' }, { format: '1', suffix: ')' }] },
    },
    masters: {
      Besluit: { footer: ['\tPagina {page} van {pages}\t'] },
      Standard: { header: ['Omgevingsvisie Overijssel\t\t{chapter}'], footer: ['\tPagina {page} van {pages}\t'] },
    },
    tableHeaderBg: '#F2DCDB',
    tussenkop: { italic: true, bold: true },
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Overijssel tot vaststelling van de Omgevingsvisie Overijssel',
    artikelen: ['I', 'II'],
    inwerkingtreding: '2026-05-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'right', text: 'Kenmerk: PS/2026/31' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Overijssel tot vaststelling van de Omgevingsvisie Overijssel' },
      { t: 'p', text: 'Provinciale Staten van Overijssel,' },
      { t: 'p', text: 'gelezen het voorstel van Gedeputeerde Staten van 27 januari 2026, kenmerk 2026/0118745;' },
      {
        t: 'p',
        text: 'overwegende dat het wenselijk is het provinciale beleid voor de fysieke leefomgeving in één integrale omgevingsvisie vast te leggen, die de Omgevingsvisie Overijssel 2017 vervangt;',
      },
      {
        t: 'p',
        text: 'overwegende dat het ontwerp van de omgevingsvisie van 6 oktober tot en met 17 november 2025 ter inzage heeft gelegen, dat daarop 63 zienswijzen zijn ingediend en dat deze zijn beantwoord in de Nota van antwoord;',
      },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet;' },
      { t: 'p', style: 'bold', text: 'BESLUITEN:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      {
        t: 'p',
        text: 'De Omgevingsvisie Overijssel wordt vastgesteld overeenkomstig de bij dit besluit behorende bijlage 1.',
      },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 mei 2026.' },
      { t: 'p', text: 'Zwolle, 8 april 2026' },
      { t: 'p', text: 'Provinciale Staten van Overijssel,' },
      { t: 'sign', left: ['voorzitter,', '', '', 'drs. A.P. Heidema'], right: ['statengriffier,', '', '', 'mr. H.J. Vos'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Overijssel',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage 1 bij het besluit van Provinciale Staten van Overijssel van 8 april 2026, kenmerk PS/2026/31' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Overijssel' },
      { t: 'p', style: 'subtitle', text: 'Ruimte voor ontwikkeling met kwaliteit' },
      { t: 'p', text: 'Vastgesteld door Provinciale Staten op 8 april 2026' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Ambitie en sturingsfilosofie' },
      { t: 'h', l: 2, text: 'Onze ambitie' },
      {
        t: 'p',
        text: 'Overijssel wil een provincie zijn waar het goed wonen, werken en recreëren is, met een sterke economie en een hoogwaardige kwaliteit van de leefomgeving. De hoofdambitie is dat Overijssel zich in 2050 onderscheidt door de kwaliteit van zijn landschappen, steden en dorpen. Duurzaamheid en ruimtelijke kwaliteit zijn de leidende thema’s van deze visie.',
      },
      { t: 'tk', text: 'Duurzaamheid' },
      {
        t: 'p',
        text: 'Een duurzame ontwikkeling voorziet in de behoeften van de huidige generatie zonder de mogelijkheden van toekomstige generaties in gevaar te brengen. Dat vraagt een transparante afweging van ecologische, economische en sociaal-culturele belangen.',
      },
      { t: 'tk', text: 'Ruimtelijke kwaliteit' },
      {
        t: 'p',
        text: 'Ruimtelijke kwaliteit is het resultaat van menselijk handelen en natuurlijke processen dat de ruimte geschikt maakt en houdt voor mens, plant en dier. We willen die kwaliteit niet alleen beschermen, maar vooral versterken door nieuwe ontwikkelingen te verbinden met de kenmerken van het gebied.',
      },
      { t: 'h', l: 2, text: 'Sturingsfilosofie' },
      {
        t: 'p',
        text: 'De provincie gaat over de provinciale belangen en laat ruimte aan gemeenten, waterschappen en maatschappelijke partners. We sturen op drie niveaus:',
      },
      {
        t: 'ol',
        list: 'Letters',
        items: [
          '**generieke beleidskeuzes**: de vraag óf een ontwikkeling mogelijk is;',
          '**ontwikkelingsperspectieven**: de vraag wáár een ontwikkeling het beste past;',
          '**gebiedskenmerken**: de vraag hóé een ontwikkeling wordt ingepast.',
        ],
      },
      { t: 'p', text: lang('programma’s en in de omgevingsverordening') },
      { t: 'h', l: 1, text: 'Maatschappelijke opgaven' },
      { t: 'h', l: 2, text: 'Energietransitie' },
      {
        t: 'p',
        text: 'Overijssel wil in 2050 energieneutraal zijn. Dat vraagt besparing, opwekking van hernieuwbare energie en ruimte voor netten en opslag. We volgen de zonneladder: eerst daken en restgronden, dan pas het landelijk gebied.',
      },
      {
        t: 'ul',
        list: 'Blokjes',
        items: [
          'windenergie concentreren we in clusters die passen bij de schaal van het landschap;',
          {
            text: 'zonnevelden in het landelijk gebied zijn mogelijk als:',
            sub: ['zij bijdragen aan de kwaliteit van het landschap;', 'de omgeving heeft kunnen meedenken en meedoen;', 'de netcapaciteit dat toelaat.'],
          },
          'warmte uit water, bodem en restwarmte benutten we waar dat kan.',
        ],
      },
      { t: 'h', l: 2, text: 'Logistiek en bereikbaarheid' },
      {
        t: 'p',
        text: 'Overijssel ligt op de corridors tussen de Randstad, Duitsland en het noorden. We versterken de multimodale knooppunten langs het water en het spoor en houden de regio’s bereikbaar via een robuust netwerk van wegen, vaarwegen en spoorlijnen.',
      },
      { t: 'h', l: 2, text: 'Agro & food' },
      {
        t: 'p',
        text: 'De landbouw blijft een belangrijke economische drager van het landelijk gebied. We ondersteunen de omslag naar kringlooplandbouw en vragen bij uitbreiding van bedrijven een bijdrage aan de kwaliteit van het landschap.',
      },
      { t: 'h', l: 3, text: 'Schaalvergroting' },
      {
        t: 'p',
        text: 'Schaalvergroting is mogelijk binnen de grenzen die natuur, water en de leefkwaliteit stellen. Nieuwe bouwpercelen voor intensieve veehouderij staan we niet toe.',
      },
      { t: 'h', l: 3, text: 'Vrijkomende agrarische bebouwing' },
      {
        t: 'p',
        text: 'Bij het stoppen van agrarische bedrijven zoeken we naar passende nieuwe functies. Sloop van overtollige stallen is het uitgangspunt; hergebruik kan als dat bijdraagt aan de kwaliteit van het erf.',
      },
      { t: 'h', l: 2, text: 'Bestaand bebouwd gebied' },
      {
        t: 'p',
        text: 'Steden en dorpen blijven compact. Nieuwe woningen en voorzieningen komen eerst binnen bestaand bebouwd gebied, door herstructurering, transformatie en inbreiding. Uitleglocaties zijn pas aan de orde als de behoefte niet binnen de kern kan worden opgevangen.',
      },
      { t: 'h', l: 2, text: 'Ondergrond' },
      {
        t: 'p',
        text: 'De ondergrond levert drinkwater, warmte en ruimte voor opslag en transport. We beschermen de grondwatervoorraden voor de drinkwatervoorziening en stemmen het gebruik van de ondergrond af op het gebruik boven de grond.',
      },
      { t: 'h', l: 1, text: 'Ontwikkelingsperspectieven' },
      { t: 'h', l: 2, text: 'Groene omgeving' },
      {
        t: 'p',
        text: 'In de groene omgeving onderscheiden we ontwikkelingsperspectieven die aangeven welke ontwikkelingen waar passen. De tabel hieronder geeft een overzicht; de begrenzing staat in de informatieobjecten van bijlage B.',
      },
      {
        t: 'table',
        cols: [4.2, 5.6, 6.0],
        header: ['Perspectief', 'Kenmerken', 'Wat we willen'],
        rows: [
          ['Natuurnetwerk Nederland', 'Samenhangend netwerk van bestaande en nieuwe natuur, waaronder de Natura 2000-gebieden.', 'Behoud en ontwikkeling van natuurwaarden; andere functies alleen als die de wezenlijke kenmerken niet aantasten.'],
          ['Zone ondernemen met natuur en water', 'Gebieden rond het natuurnetwerk met hoge natuur- en waterwaarden.', 'Ruimte voor ondernemers die bijdragen aan natuur, water en landschap.'],
          ['Mozaïekgebied', 'Kleinschalig landschap met een mix van landbouw, wonen en natuur.', 'Gemengde plattelandseconomie met ruimte voor verbreding van landbouw.'],
          ['Landbouwgebied', 'Grootschalige open landbouwgebieden in onder meer Noordoost-Overijssel.', 'Ruimte voor een concurrerende, grondgebonden landbouw.'],
          ['Beekdalen', 'Natte laagten langs de Vecht, de Regge en de Dinkel.', 'Meer ruimte voor water en natuur; bebouwing blijft op de hogere delen.'],
          ['Essen en kampen', 'Hoger gelegen akkers met karakteristieke bolling en houtwallen.', 'Openheid en reliëf blijven behouden.'],
          ['Veenkoloniaal landschap', 'Rationele ontginningen met lange lijnen en wijken.', 'Versterken van de lijnstructuren; nieuwe functies sluiten aan op de verkaveling.'],
          ['Stuwwallen', 'Hoge, beboste ruggen zoals de Sallandse Heuvelrug en de Lemelerberg.', 'Bescherming van reliëf, bos en zichtlijnen; recreatie in balans met natuur.'],
        ],
      },
      { t: 'h', l: 2, text: 'Stedelijke omgeving' },
      {
        t: 'p',
        text: 'Zwolle, Deventer, Enschede, Hengelo en Almelo vormen het stedelijk netwerk van Overijssel. We zetten in op aantrekkelijke binnensteden, goede verbindingen tussen de steden en gemengde woon-werkmilieus rond de stations.',
      },
      { t: 'h', l: 2, text: 'Vechtdal en Zuidwest-Overijssel' },
      {
        t: 'p',
        text: 'In het Vechtdal werken we met Ruimte voor de Vecht aan een natuurlijker rivier, veilige dijken en recreatie. In Zuidwest-Overijssel staan bodemdaling, waterberging en de kwaliteit van de veenweidegebieden centraal.',
      },
      { t: 'h', l: 1, text: 'Uitvoering' },
      { t: 'h', l: 2, text: 'Instrumenten' },
      {
        t: 'p',
        text: 'De visie wordt uitgevoerd met de omgevingsverordening, programma’s, subsidies en samenwerking in gebiedsprocessen. Voor ieder instrument kiezen we de lichtste vorm die het provinciaal belang borgt.',
      },
      { t: 'h', l: 2, text: 'Monitoring' },
      {
        t: 'p',
        text: 'Gedeputeerde Staten rapporteren jaarlijks over de voortgang. Eens per vier jaar bezien Provinciale Staten of de visie moet worden geactualiseerd.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Begrippen', sep: ' – ' },
      {
        t: 'table',
        cols: [4.5, 11.3],
        header: ['Begrip', 'Omschrijving'],
        rows: [
          ['bestaand bebouwd gebied', 'het gebied dat bestaat uit bebouwing en de bijbehorende voorzieningen, inclusief vastgestelde maar nog niet gerealiseerde bouwlocaties'],
          ['gebiedskenmerk', 'kenmerk van een gebied dat bepaalt hoe een ontwikkeling wordt ingepast'],
          ['zonneladder', 'voorkeursvolgorde voor de plaatsing van zonnepanelen, van daken naar het landelijk gebied'],
        ],
      },
    ],
    [
      { t: 'bijlage', label: 'Bijlage B', nummer: 'B', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [8.5, 3.6], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Natuurnetwerk Nederland', [0, 0], 6),
    gio('Zone ondernemen met natuur en water', [14, 8], 4),
    gio('Landbouwgebied', [25, 20], 7),
    gio('Beekdalen', [-12, 18], 3),
    gio('Bestaand bebouwd gebied', [30, -6], 4),
    gio('Stuwwallen', [8, -14], 3.5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-overijssel', regeling: 'omgevingsvisie-overijssel', doel: 'omgevingsvisie-overijssel-2026' },
    datums: { vaststelling: '2026-04-08', ondertekening: '2026-04-08', bekendmaking: '2026-04-16', inwerkingtreding: '2026-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880', '/tooi/def/concept/c_f4f1867a'],
    ambtsgebied: 'PV23',
  },
  geo: { origin: [215000, 500000] },
  meubilair: ['^Pagina \\d+ van \\d+$', '^Omgevingsvisie Overijssel\\s+Hoofdstuk \\d+ '],
}
export default doc
