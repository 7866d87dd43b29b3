/**
 * h161 — provincie Drenthe (pv22), holdout (session 13): a revised Omgevingsvisie Drenthe after the structure of the
 * real Omgevingsvisie Drenthe 2018 (chapters from 0: "0 Essentie van de visie", "1 Drenthe nu", "2 Missie, ambities
 * en belangen", "3 Strategie, rol en instrumenten" with "3.1 Strategie: het combinatiemodel", the uitwerking of the
 * kernkwaliteiten landschap, natuur, oorspronkelijkheid and rust (stilte en duisternis), Sterke Steden,
 * Vrijetijdseconomie, Energieneutraal Drenthe, robuuste systemen), here as a visie of 2028, shortened. Layout: A4
 * in Liberation Serif 10.5 pt with Liberation Sans headings; chapters "0" … "8" (the outline starts at 0),
 * sections "2.1", a third level "4.2.1"; table of contents of two levels; header "Omgevingsvisie Drenthe · vastgesteld 9
 * februari 2028", footer "provincie Drenthe" + page; Statenbesluit "Provinciale Staten van Drenthe," with "Gelet op" and
 * "Besluiten:", Artikel 1–3, signatures in two columns; the GIO table Nr. | Naam | Identificatie in "Bijlage I"
 * of the besluit after the visie.
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'pv22'
const gio = (naam: string, werk: string, at: [number, number], size = 4) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-02-09', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })

const doc: Doc = {
  id: 'h161',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare Omgevingsvisie Drenthe 2018 van de provincie Drenthe (hoofdstukken vanaf 0 "Essentie van de visie", "Drenthe nu", "Missie, ambities en belangen", "Strategie, rol en instrumenten" met "Strategie: het combinatiemodel", de kernkwaliteiten landschap, natuur, oorspronkelijkheid en rust (stilte en duisternis), Sterke Steden, vrijetijdseconomie, Energieneutraal Drenthe, de robuuste systemen voor landbouw, natuur en water), hier als herziene visie van 2028, ingekort; eigen opmaak: A4 in Liberation Serif met koppen in Liberation Sans, hoofdstukken "0" … "8", paragrafen "2.1", een derde niveau "4.2.1", inhoudsopgave van twee niveaus, kopregel "Omgevingsvisie Drenthe · vastgesteld 9 februari 2028", voettekst "provincie Drenthe" + pagina, lijsten "–" en "a.", een tabel, Statenbesluit "Provinciale Staten van Drenthe," met "Gelet op" en "Besluiten:", Artikel 1–3, handtekeningen in twee kolommen, GIO-tabel Nr. | Naam | Identificatie in "Bijlage I" van het besluit na de visie (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Drenthe',
  title: 'Omgevingsvisie Drenthe 2028',
  style: {
    font: 'Liberation Serif',
    size: 10.5,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12.5, 11, 10.5],
    headingColor: '#006A3B',
    lineHeight: 120,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.3, bottom: 2.2, left: 2.6, right: 2.4 },
    outline: decimalOutline('', 0),
    lists: {
      Streep: { kind: 'bullet', levels: [{ char: '–' }, { char: '·' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: { header: ['\t\tOmgevingsvisie Drenthe · vastgesteld 9 februari 2028'], footer: ['provincie Drenthe\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #006A3B',
    tableHeaderBg: '#E2EFE6',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Drenthe tot vaststelling van de Omgevingsvisie Drenthe 2028',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-04-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Statenstuk 2028-112 · kenmerk 4/5.1/2027012345' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Drenthe tot vaststelling van de Omgevingsvisie Drenthe 2028' },
      p('Provinciale Staten van Drenthe,'),
      p('gelezen het voorstel van Gedeputeerde Staten van 5 december 2027, kenmerk 49/5.1/2027012345;'),
      p('overwegende dat de ontwerp-Omgevingsvisie Drenthe 2028 met het bijbehorende milieueffectrapport van 4 september tot en met 16 oktober 2027 ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;'),
      p('Gelet op artikel 3.1, eerste lid, van de Omgevingswet en artikel 16.24 van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'Besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Drenthe 2028 wordt vastgesteld, met de geografische informatieobjecten die zijn opgenomen in bijlage I bij dit besluit.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Omgevingsvisie Drenthe 2018, vastgesteld op 4 juli 2018 en laatstelijk geactualiseerd in 2022, wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 april 2028.'),
      p('Assen, 9 februari 2028'),
      p('Provinciale Staten voornoemd,'),
      { t: 'sign', left: ['voorzitter,', '', '', 'J. Tichelaar'], right: ['griffier,', '', '', 'mr. A. Bijl'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Drenthe 2028',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Drenthe 2028' },
      { t: 'p', style: 'subtitle', text: 'Koesteren en ontwikkelen' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'h', l: 1, text: 'Essentie van de visie' },
      p('Drenthe is geweldig! Drenthe wordt geroemd om zijn landschap met esdorpen, heide en bossen, om de hunebedden en de andere sporen van zijn rijke geschiedenis. Dat willen wij koesteren, zonder de provincie op slot te zetten: er moet ruimte blijven om te wonen, te werken en te ondernemen.'),
      p('De missie van deze visie is daarom tweeledig: het koesteren van de Drentse kernkwaliteiten en het ontwikkelen van een bruisende provincie die bij die kernkwaliteiten past.'),
      { t: 'h', l: 1, text: 'Drenthe nu' },
      p('Drenthe telt ruim 490.000 inwoners in twaalf gemeenten. Assen, Emmen, Hoogeveen en Meppel zijn de grotere kernen; daarnaast kent Drenthe een groot aantal dorpen en een uitgestrekt landelijk gebied.'),
      {
        t: 'table',
        cols: [5, 3.5, 7.5],
        header: ['Gebied', 'Inwoners', 'Kenmerk'],
        rows: [
          ['Assen', '69.000', 'hoofdstad, bestuur en zorg'],
          ['Emmen', '107.000', 'industrie, onderwijs, Wildlands'],
          ['Hoogeveen', '56.000', 'knooppunt A28/A37'],
          ['Meppel', '35.000', 'poort naar het noorden'],
        ],
      },
      { t: 'h', l: 1, text: 'Missie, ambities en belangen' },
      { t: 'h', l: 2, text: 'Aard van de omgevingsvisie' },
      p('De omgevingsvisie is het strategisch kader voor de fysieke leefomgeving van Drenthe. Zij is zelfbindend: zij bindt de provincie, niet de inwoners of de andere overheden.'),
      { t: 'h', l: 2, text: 'Missie' },
      p('Koesteren van de kernkwaliteiten en ontwikkelen van een bruisende provincie.'),
      { t: 'h', l: 2, text: 'Ambities en belangen' },
      p('Onze ambities zijn:'),
      { t: 'ul', list: 'Streep', items: ['een vitale en aantrekkelijke provincie om in te wonen en te werken;', { text: 'behoud en versterking van de kernkwaliteiten:', sub: ['landschap en natuur;', 'oorspronkelijkheid;', 'rust, stilte en duisternis.'] }, 'een energieneutraal Drenthe in 2040.'] },
      { t: 'h', l: 1, text: 'Strategie, rol en instrumenten' },
      { t: 'h', l: 2, text: 'Strategie: het combinatiemodel' },
      p('Wij combineren het denken in robuuste systemen met het denken in ruimtelijke kwaliteit. Waar systemen en kwaliteiten samenkomen, spreken wij van multifunctionele gebieden.'),
      { t: 'h', l: 2, text: 'Rol en sturing' },
      p('Onze rol verschilt per onderwerp: wij zijn regisseur, partner, stimulator of laten ruimte aan anderen.'),
      { t: 'h', l: 2, text: 'Instrumenten' },
      p('Wij werken de visie uit in de Omgevingsverordening Drenthe, in programma\'s en in afspraken met gemeenten en waterschappen.'),
      { t: 'h', l: 1, text: 'Uitwerking ruimtelijke kwaliteit' },
      { t: 'h', l: 2, text: 'Inleiding ruimtelijke kwaliteit' },
      p('Ruimtelijke kwaliteit ontstaat als gebruikswaarde, belevingswaarde en toekomstwaarde samengaan.'),
      { t: 'h', l: 2, text: 'Uitwerking kernkwaliteiten' },
      { t: 'h', l: 3, text: 'Landschap' },
      p('De landschapstypen van Drenthe, van esdorpenlandschap tot veenkoloniën, blijven herkenbaar.'),
      { t: 'h', l: 3, text: 'Natuur' },
      p('Het Natuurnetwerk Drenthe en de Natura 2000-gebieden zijn de basis van de Drentse natuur.'),
      { t: 'h', l: 3, text: 'Oorspronkelijkheid' },
      p('De hunebedden, de Hondsrug en het Geopark zijn onderdeel van de identiteit van de provincie.'),
      { t: 'h', l: 3, text: 'Rust (stilte en duisternis)' },
      p('In de stiltegebieden en de donkere gebieden beperken wij geluid en licht.'),
      { t: 'h', l: 2, text: 'Zorgvuldig ruimtegebruik' },
      p('Nieuwe functies komen eerst in bestaand bebouwd gebied; de ladder voor duurzame verstedelijking is het vertrekpunt.'),
      { t: 'h', l: 1, text: 'Uitwerking robuuste sociaal-economische structuur' },
      { t: 'h', l: 2, text: 'Sterke Steden' },
      p('Assen, Emmen, Hoogeveen en Meppel versterken hun positie als centrum voor de omliggende dorpen.'),
      { t: 'h', l: 2, text: 'Vrijetijdseconomie' },
      p('De vrijetijdseconomie geeft werk aan een op de negen Drenten; wij willen dat zij kwalitatief groeit.'),
      { t: 'h', l: 2, text: 'Energieneutraal Drenthe' },
      p('Voor nieuwe energieprojecten geldt het ja-mits-principe. Een project moet:'),
      { t: 'ol', list: 'Letter', items: ['ruimtelijk goed ingepast zijn;', 'maatschappelijk aanvaard zijn;', 'de omgeving laten meedelen in de opbrengst.'] },
      { t: 'h', l: 1, text: 'Uitwerking robuust landbouwsysteem' },
      { t: 'h', l: 2, text: 'Toekomstgerichte landbouw' },
      p('De landbouw is de grootste grondgebruiker van Drenthe en moet ruimte houden om duurzaam te ontwikkelen.'),
      { t: 'h', l: 1, text: 'Uitwerking robuust natuursysteem' },
      { t: 'h', l: 2, text: 'Natuur' },
      p('Wij ronden het Natuurnetwerk Drenthe af en verbinden de natuurgebieden met elkaar.'),
      { t: 'h', l: 1, text: 'Uitwerking robuust en klimaatbestendig watersysteem' },
      { t: 'h', l: 2, text: 'Klimaatbestendig watersysteem' },
      p('Met de waterschappen houden wij water vast in de beekdalen en op de hogere zandgronden.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage I', nummer: 'I', text: 'Overzicht geografische informatieobjecten', sep: ' ' },
      { t: 'p', style: 'small', text: 'behorende bij het besluit van Provinciale Staten van Drenthe van 9 februari 2028, statenstuk 2028-112' },
      { t: 'gio', layout: 'table', cols: [1.4, 5, 9.6], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Provincie Drenthe', 'provincie-drenthe', [0, 0], 30),
    gio('Nationaal Park Drentsche Aa', 'nationaal-park-drentsche-aa', [5, 22], 5),
    gio('Stiltegebieden', 'stiltegebieden', [-12, 8], 6),
    gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', [28, -6], 7),
    gio('Hondsrug', 'hondsrug', [18, 10], 5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-drenthe-2028', regeling: 'omgevingsvisie-drenthe-2028', doel: 'omgevingsvisie-drenthe-2028' },
    datums: { vaststelling: '2028-02-09', ondertekening: '2028-02-09', bekendmaking: '2028-02-16', inwerkingtreding: '2028-04-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV22',
  },
  geo: { origin: [235000, 545000] },
  meubilair: ['^Omgevingsvisie Drenthe · vastgesteld 9 februari 2028$', '^provincie Drenthe\\s+\\d+$'],
}
export default doc
