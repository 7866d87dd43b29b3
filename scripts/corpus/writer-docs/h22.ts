/**
 * h22 — Hoogheemraadschap De Stichtse Rijnlanden (ws0636), holdout (session 5). Content after the waterbeheer
 * visions of HDSR (Kromme Rijn, Lek, Hollandse IJssel, veenweide in de Lopikerwaard, Sterke Lekdijk, rwzi’s), in our
 * own words. Layout: Word outline numbering "Hoofdstuk 3:" + tab + title, sections "3.1." and "3.1.1." (three
 * levels), a two-column section, •-lists with o-items, a footer with date and version on the left and the page on the
 * right, a besluit of the algemeen bestuur with "BESLUIT:", Artikel I–III and "Aldus besloten door het algemeen
 * bestuur …", and a GIO table of fourteen objects with long identifiers that continues over a page break with a
 * repeated header row.
 */
import type { Doc } from '../writer-model.js'
import { A4, joinId } from '../writer-util.js'

const bg = 'ws0636'
const gio = (naam: string, slug: string, at: [number, number], size = 1.2) => ({
  naam,
  identificatie: joinId(bg, '2026', slug, '2026-03-18', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h22',
  set: 'dev',
  bron:
    'Bewerkt naar de watervisies en het waterbeheerprogramma van Hoogheemraadschap De Stichtse Rijnlanden (Kromme Rijn, Lek, Hollandse IJssel, veenweide, Sterke Lekdijk, rwzi’s), in eigen woorden; eigen opmaak: Liberation Serif 10,5 pt met Liberation Sans Narrow-koppen, Word-nummering "Hoofdstuk 3:" + tab, paragrafen "3.1." en "3.1.1.", tweekolommensectie, •-lijsten met o-items, voettekst met datum en versie links en paginanummer rechts, besluit van het algemeen bestuur met "BESLUIT:", Artikel I–III en "Aldus besloten door het algemeen bestuur …", GIO-tabel van veertien objecten met lange identificaties die over een pagina doorloopt met herhaalde kopregel (holdout)',
  bevoegdGezag: bg,
  naam: 'Hoogheemraadschap De Stichtse Rijnlanden',
  title: 'Watervisie De Stichtse Rijnlanden 2050',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans Narrow',
    headingSizes: [16, 12.5, 11, 10.5],
    headingColor: '#005A70',
    lineHeight: 118,
    spaceAfter: 0.18,
    justify: true,
    page: A4(2.2, 2.4, 2.5, 2.5),
    outline: [
      { format: '1', prefix: 'Hoofdstuk ', suffix: ':', display: 1 },
      { format: '1', suffix: '.', display: 2 },
      { format: '1', suffix: '.', display: 3 },
      { format: '1', suffix: '.', display: 4 },
    ],
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: 'o', font: 'Liberation Sans' }] },
    },
    masters: {
      Standard: {
        footer: ['Watervisie HDSR 2050 – versie 1.0 – 18 maart 2026\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #7F7F7F',
    tableHeaderBg: '#D9EEF2',
    tableFontSize: 8.5,
    tussenkop: { italic: true },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden tot vaststelling van de Watervisie De Stichtse Rijnlanden 2050',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: null,
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Hoogheemraadschap De Stichtse Rijnlanden · Houten · zaaknummer D26.0117' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden tot vaststelling van de Watervisie De Stichtse Rijnlanden 2050' },
      { t: 'p', text: 'Het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden,' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 10 februari 2026;' },
      { t: 'p', text: 'gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', text: 'gezien het advies van de commissie Watersysteem en Waterketen van 25 februari 2026;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      { t: 'p', text: 'De Watervisie De Stichtse Rijnlanden 2050, zoals opgenomen in de bijlage bij dit besluit, vast te stellen als omgevingsvisie van het hoogheemraadschap.' },
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      { t: 'p', text: 'De Koers Waterbeheer 2016–2021 in te trekken.' },
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      { t: 'p', text: 'Dit besluit treedt in werking op de dag na die van de bekendmaking.' },
      { t: 'p', text: 'Aldus besloten door het algemeen bestuur van Hoogheemraadschap De Stichtse Rijnlanden in zijn openbare vergadering van 18 maart 2026.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.C. Boersma'], right: ['de dijkgraaf,', '', '', 'drs. R.F. Haverkamp'] },
    ],
  },
  visie: {
    opschrift: 'Watervisie De Stichtse Rijnlanden 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage bij het besluit van het algemeen bestuur van 18 maart 2026' },
      { t: 'p', style: 'title', text: 'Watervisie De Stichtse Rijnlanden 2050' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan veilig, voldoende en schoon water' },
      { t: 'break', master: 'Standard' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Ons gebied en onze taak' },
      { t: 'p', text: 'Het beheergebied van De Stichtse Rijnlanden ligt in het hart van Nederland, tussen de Lek, de Hollandse IJssel, de Utrechtse Heuvelrug en het Groene Hart. Er wonen ruim 900.000 mensen, een groot deel daarvan in Utrecht, Amersfoort-Zuid, Nieuwegein en Woerden.' },
      { t: 'h', l: 2, text: 'Waarom een watervisie' },
      { t: 'p', text: 'Een waterschap hoeft onder de Omgevingswet geen omgevingsvisie vast te stellen, maar mag dat wel. Wij kiezen ervoor, omdat water en bodem sturend worden bij ruimtelijke keuzes en gemeenten en provincie moeten kunnen weten waar wij staan. De visie bindt alleen ons eigen bestuur.' },
      { t: 'h', l: 2, text: 'Onze taken' },
      { t: 'p', text: 'Wij zorgen voor:' },
      {
        t: 'ul',
        list: 'Punt',
        items: [
          { text: 'waterveiligheid:', sub: ['de Lekdijk en de regionale keringen langs de Hollandse IJssel en de Leidsche Rijn;', 'de kaden in het veenweidegebied.'] },
          { text: 'voldoende water:', sub: ['peilbeheer in polders en boezems;', 'wateraanvoer vanuit de Lek in droge zomers.'] },
          'schoon en gezond water in sloten, weteringen en plassen;',
          'het zuiveren van afvalwater in elf rioolwaterzuiveringen.',
        ],
      },
      { t: 'h', l: 1, text: 'Veranderingen op ons af' },
      {
        t: 'cols2',
        blocks: [
          { t: 'h', l: 2, text: 'Klimaat' },
          { t: 'p', text: 'Zomers worden droger en heter, buien heviger. In de stad leidt dat tot wateroverlast en hittestress, in het veenweidegebied tot bodemdaling en verzilting van de inlaatpunten.' },
          { t: 'h', l: 2, text: 'Verstedelijking' },
          { t: 'p', text: 'In de regio Utrecht komen tot 2040 ruim 100.000 woningen bij. Iedere nieuwe wijk vraagt om ruimte voor waterberging en om capaciteit van riolering en zuivering.' },
          { t: 'h', l: 2, text: 'Bodemdaling' },
          { t: 'p', text: 'De veenbodem in de Lopikerwaard en rond Woerden daalt ieder jaar enkele millimeters. Een lager peil versnelt die daling en de uitstoot van broeikasgassen.' },
          { t: 'h', l: 2, text: 'Waterkwaliteit' },
          { t: 'p', text: 'De doelen van de Kaderrichtlijn Water zijn in 2027 nog niet overal gehaald. Meststoffen, medicijnresten en microplastics vragen om aanpak bij de bron.' },
        ],
      },
      { t: 'h', l: 1, text: 'Onze koers tot 2050' },
      { t: 'h', l: 2, text: 'Water en bodem sturend' },
      { t: 'p', text: 'Wij vragen gemeenten en provincie om bij iedere ruimtelijke keuze eerst naar water en bodem te kijken. Op de laagste en natste plekken wordt niet gebouwd.' },
      { t: 'h', l: 3, text: 'Bouwen in de stad' },
      { t: 'p', text: 'Nieuwe wijken zijn klimaatbestendig: zij kunnen een bui van 80 millimeter in een uur verwerken zonder schade aan gebouwen en vitale voorzieningen. De begrippen uit Bijlage I bij het Besluit bouwwerken leefomgeving gebruiken we in dezelfde betekenis.' },
      { t: 'h', l: 3, text: 'Bouwen in het veenweidegebied' },
      { t: 'p', text: 'In het veenweidegebied houden we het peil zo hoog mogelijk. Nieuwe bebouwing komt alleen op plekken waar de bodem dat toelaat.' },
      { t: 'h', l: 2, text: 'Sterke dijken' },
      { t: 'p', text: 'Met het project Sterke Lekdijk versterken we de Lekdijk tussen Amerongen en Schoonhoven over ruim 55 kilometer. We combineren de versterking waar mogelijk met natuur, recreatie en cultuurhistorie.' },
      { t: 'p', text: '**Meekoppelen.** Waar de dijk breder wordt, leggen we fietspaden op de kruin en natuurvriendelijke oevers in de uiterwaarden aan, samen met de gemeenten langs de Lek.' },
      { t: 'h', l: 2, text: 'Schoon water' },
      { t: 'p', text: 'We werken met agrariërs aan het terugdringen van uit- en afspoeling van nutriënten. Bij de rwzi’s Utrecht en Nieuwegein bouwen we een extra zuiveringsstap voor medicijnresten.' },
      { t: 'h', l: 3, text: 'Kromme Rijn' },
      { t: 'p', text: 'De Kromme Rijn krijgt meer ruimte om te meanderen, met natuurvriendelijke oevers en vispassages bij de stuwen.' },
      { t: 'h', l: 1, text: 'Samenwerking en uitvoering' },
      { t: 'p', text: 'Wij werken de visie uit in het waterbeheerprogramma en in de waterschapsverordening. Met gemeenten maken we afspraken in de watertoets; met de provincie Utrecht in het regionaal waterprogramma.' },
      { t: 'p', text: 'Iedere zes jaar, gelijk met het waterbeheerprogramma, bezien we of de visie nog actueel is. Tussentijds kan het algemeen bestuur de visie op onderdelen aanpassen.' },
    ],
  },
  bijlagen: [
    [
      { t: 'bijlage', label: 'Bijlage', nummer: '', text: 'Geometrische informatieobjecten', sep: ' – ' },
      { t: 'p', text: 'In deze watervisie wordt verwezen naar de volgende geometrische informatieobjecten. De begrenzing is te raadplegen in het Omgevingsloket.' },
      { t: 'gio', layout: 'table', cols: [5.2, 10.8], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Beheergebied HDSR', 'beheergebied-hoogheemraadschap-de-stichtse-rijnlanden', [0, 0], 6),
    gio('Lekdijk Amerongen–Schoonhoven', 'sterke-lekdijk-amerongen-schoonhoven-dijkversterking', [-2, -9], 1.2),
    gio('Regionale kering Hollandse IJssel', 'regionale-waterkering-hollandse-ijssel-oostzijde', [-14, 0], 1),
    gio('Kromme Rijn', 'kromme-rijn-herinrichting-natuurvriendelijke-oevers', [8, -2], 1),
    gio('Leidsche Rijn', 'leidsche-rijn-regionale-kering-en-boezem', [-4, 3], 0.9),
    gio('Veenweidegebied Lopikerwaard', 'veenweidegebied-lopikerwaard-peilbeheer-bodemdaling', [-10, -5], 2),
    gio('Veenweidegebied rond Woerden', 'veenweidegebied-woerden-kamerik-zegveld-peilbeheer', [-16, 6], 2),
    gio('Infiltratiegebied Utrechtse Heuvelrug', 'infiltratiegebied-utrechtse-heuvelrug-grondwater', [14, 2], 2.5),
    gio('Langbroekerwetering', 'langbroekerwetering-beekherstel-en-waterberging', [12, -5], 1),
    gio('Rwzi Utrecht', 'rwzi-utrecht-overvecht-uitbreiding-vierde-zuiveringsstap', [1, 4], 0.4),
    gio('Rwzi Nieuwegein', 'rwzi-nieuwegein-vierde-zuiveringsstap-medicijnresten', [0, -3], 0.4),
    gio('Rwzi Woerden', 'rwzi-woerden-renovatie-en-energiefabriek', [-15, 4], 0.4),
    gio('Inlaatpunt Lek bij Wijk bij Duurstede', 'inlaatpunt-lek-wijk-bij-duurstede-wateraanvoer', [16, -8], 0.3),
    gio('Stedelijk gebied Utrecht', 'stedelijk-gebied-utrecht-klimaatbestendig-bouwen-waterberging', [1, 1], 3),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'watervisie-hdsr-2050', regeling: 'watervisie-hdsr-2050', doel: 'watervisie-hdsr-2050' },
    datums: { vaststelling: '2026-03-18', ondertekening: '2026-03-18', bekendmaking: '2026-03-25' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0636',
  },
  geo: { origin: [136000, 448000] },
  meubilair: ['^Watervisie HDSR 2050 – versie 1\\.0 – 18 maart 2026\\s+\\d+$'],
}
export default doc
