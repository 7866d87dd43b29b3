/**
 * h125 — Waterschap Rijn en IJssel (ws0152), holdout (session 12): the waterschap of the Achterhoek,
 * Liemers and the Oost-Gelderse and Overijsselse beekdalen (Berkel, Slinge, Oude IJssel, Baakse Beek, Schipbeek),
 * seat in Doetinchem. Content after the public texts of Rijn en IJssel (the Waterbeheerprogramma and its
 * "waterbewust" werken; the Keur and the Waterschapsverordening replacing it under the Omgevingswet; zoetwater,
 * droogte, beekherstel, the Oude IJssel and the Berkel), here as an optional omgevingsvisie of the algemeen bestuur of
 * 2027, shortened and largely in our own words. Layout: A4 in Liberation Sans 10 pt; an unnumbered "Samenvatting" in
 * NUMBERED POINTS before chapter 1; chapters "1." … "6.", sections "2.1." WITH A FINAL DOT and titles ending in a
 * QUESTION MARK ("Waar staan we voor?"), a third level "3.2.1."; table of contents of two levels; footer
 * "Waterschap Rijn en IJssel · Omgevingsvisie Water 2050" + page; lists "•" with "–" nested; a table; besluit of the
 * algemeen bestuur with Artikel 1–3 (a date); visie as "Bijlage 1"; GIO table Nr. | Naam | Identificatie in
 * "Bijlage 2" with names holding a COMMA and a SLASH.
 */
import type { Doc } from '../writer-model.js'
import { decimalOutline, joinId } from '../writer-util.js'

const bg = 'ws0152'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-11-16', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'h125',
  set: 'holdout',
  bron:
    'Bewerkt naar de openbare teksten van Waterschap Rijn en IJssel (waterbeheerprogramma, "waterbewust" werken met inwoners en agrariërs, de Keur en de Waterschapsverordening onder de Omgevingswet, zoetwater en droogte in de Achterhoek, beekherstel van Berkel, Slinge en Baakse Beek, de Oude IJssel), hier als facultatieve omgevingsvisie van het algemeen bestuur van 2027, ingekort en grotendeels in eigen woorden; eigen opmaak: A4 in Liberation Sans 10 pt, een ongenummerde "Samenvatting" in GENUMMERDE PUNTEN vóór hoofdstuk 1, hoofdstukken "1." … "6.", paragrafen "2.1." MET SLOTPUNT en titels die op een VRAAGTEKEN eindigen, een derde niveau "3.2.1.", inhoudsopgave van twee niveaus, voettekst "Waterschap Rijn en IJssel · Omgevingsvisie Water 2050" + paginanummer, lijsten "•" met "–" genest, een tabel, besluit van het algemeen bestuur met Artikel 1–3 (een datum), visie als "Bijlage 1", GIO-tabel Nr. | Naam | Identificatie in "Bijlage 2" met namen met een KOMMA en een SCHUINE STREEP (holdout)',
  bevoegdGezag: bg,
  naam: 'Waterschap Rijn en IJssel',
  title: 'Omgevingsvisie Water 2050 Rijn en IJssel',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [16, 12, 10.5, 10],
    headingColor: '#005A8C',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.4, left: 2.4, right: 2.4 },
    outline: decimalOutline('.'),
    lists: {
      Punt: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Samen: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['Waterschap Rijn en IJssel · Omgevingsvisie Water 2050\t\t{page}'] },
    },
    tableBorder: '0.5pt solid #005A8C',
    tableHeaderBg: '#DCEBF5',
    tableFontSize: 8.5,
    tussenkop: { bold: true, size: 12 },
  },
  besluit: {
    opschrift: 'Besluit van het algemeen bestuur van Waterschap Rijn en IJssel tot vaststelling van de Omgevingsvisie Water 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Waterschap Rijn en IJssel · registratienummer AB-2027-1187' },
      { t: 'p', style: 'label', text: 'Besluit van het algemeen bestuur van Waterschap Rijn en IJssel tot vaststelling van de Omgevingsvisie Water 2050' },
      { t: 'p', text: 'Het algemeen bestuur van Waterschap Rijn en IJssel;' },
      { t: 'p', text: 'gelezen het voorstel van het dagelijks bestuur van 12 oktober 2027, nr. AB-2027-1187;' },
      { t: 'p', text: 'overwegende dat het waterschap met een omgevingsvisie zijn lange-termijnkoers voor het watersysteem, de waterketen en de waterveiligheid in samenhang met de andere belangen in de fysieke leefomgeving wil vastleggen;' },
      { t: 'p', text: 'gelet op artikel 3.1, derde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'b e s l u i t :' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Water 2050, opgenomen in bijlage 1, wordt vastgesteld met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'Dit besluit wordt aangehaald als: Omgevingsvisie Water 2050 Rijn en IJssel.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 1 januari 2028.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van het algemeen bestuur van 16 november 2027.' },
      { t: 'sign', left: ['de secretaris-directeur,', '', '', 'ir. M.G.J. Stegeman'], right: ['de dijkgraaf,', '', '', 'drs. J.H. Stroeve'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Water 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit van het algemeen bestuur van 16 november 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Water 2050' },
      { t: 'p', style: 'subtitle', text: 'Waterbewust samenwerken in Oost-Gelderland' },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      { t: 'tk', text: 'Samenvatting' },
      {
        t: 'ol',
        list: 'Samen',
        items: [
          'Het klimaat verandert sneller dan verwacht. Droge zomers en hevige buien wisselen elkaar af; ons watersysteem is daar nog niet op ingericht.',
          'Water en bodem worden sturend bij de inrichting van de ruimte. Wij geven vroeg in de planvorming aan wat het watersysteem kan dragen.',
          'Wij houden water langer vast op de hoge zandgronden en in de beekdalen, zodat er in droge perioden genoeg is voor natuur en landbouw.',
          'De dijken langs de IJssel en de Oude IJssel blijven op orde; ruimte voor toekomstige versterking houden wij vrij.',
          'Het afvalwater zuiveren wij steeds schoner en wij winnen er energie en grondstoffen uit terug.',
          'Wij werken waterbewust samen met inwoners, agrariërs, gemeenten en de provincies Gelderland en Overijssel.',
        ],
      },
      { t: 'h', l: 1, text: 'Inleiding' },
      { t: 'h', l: 2, text: 'Waarom een omgevingsvisie?' },
      { t: 'p', text: 'Een waterschap hoeft geen omgevingsvisie vast te stellen, maar het mag wel. Wij doen het omdat de opgaven voor water en bodem alleen in samenhang met wonen, landbouw, natuur en energie op te lossen zijn.' },
      { t: 'h', l: 2, text: 'Waar staan we voor?' },
      { t: 'p', text: 'Wij zorgen voor droge voeten, voldoende en schoon water en voor het zuiveren van afvalwater, in een gebied van ruim 200.000 hectare tussen de IJssel en de Duitse grens.' },
      { t: 'h', l: 2, text: 'Hoe is deze visie gemaakt?' },
      { t: 'p', text: 'In werkateliers met gemeenten, agrariërs en natuurorganisaties en in gesprekken in de dorpen hebben wij de koers besproken. De reacties zijn in de visie verwerkt.' },
      { t: 'h', l: 1, text: 'Ons werkgebied' },
      { t: 'h', l: 2, text: 'Wat maakt Oost-Gelderland bijzonder?' },
      { t: 'p', text: 'Het werkgebied loopt van het Oost-Nederlands Plateau bij Winterswijk naar het rivierengebied van de IJssel. De beken stromen van oost naar west en nemen het water van de hoge zandgronden mee.' },
      { t: 'h', l: 2, text: 'Welke trends zien we?' },
      { t: 'ul', list: 'Punt', items: ['langere droge perioden en dalende grondwaterstanden;', { text: 'meer en hevigere buien, met', sub: ['wateroverlast in de kernen;', 'afspoeling van meststoffen naar de beken.'] }, 'een landbouw die extensiveert of zich verbreedt;', 'woningbouw en energieprojecten die ruimte vragen.'] },
      { t: 'h', l: 1, text: 'Water en bodem sturend' },
      { t: 'p', text: 'Water en bodem sturend betekent dat de eigenschappen van het watersysteem en van de bodem het vertrekpunt zijn bij ruimtelijke keuzes.' },
      { t: 'h', l: 2, text: 'Wat vragen we bij nieuwe ontwikkelingen?' },
      { t: 'p', text: 'Bij nieuwbouw en herinrichting vragen wij dat regenwater in het gebied wordt vastgehouden en dat laaggelegen delen niet worden bebouwd.' },
      { t: 'h', l: 2, text: 'Hoe houden we water vast?' },
      { t: 'h', l: 3, text: 'Op de hoge zandgronden' },
      { t: 'p', text: 'Op de hoge zandgronden verhogen wij de drainagebasis en dempen wij sloten die het water te snel afvoeren.' },
      { t: 'h', l: 3, text: 'In de beekdalen' },
      { t: 'p', text: 'In de beekdalen geven wij de beek meer ruimte om te meanderen en buiten haar oevers te treden.' },
      { t: 'h', l: 1, text: 'Voldoende en schoon water' },
      { t: 'h', l: 2, text: 'Hoe gaan we om met droogte?' },
      { t: 'p', text: 'Bij watertekort geldt de landelijke verdringingsreeks. Wij beperken onttrekkingen uit beken die dreigen droog te vallen.' },
      { t: 'h', l: 2, text: 'Hoe worden de beken schoner?' },
      { t: 'p', text: 'De doelen van de Kaderrichtlijn Water halen wij alleen samen met de landbouw:' },
      {
        t: 'table',
        cols: [5, 3.5, 3.5, 4],
        header: ['Beek', 'Herstelde lengte 2027 (km)', 'Doel 2050 (km)', 'Belangrijkste maatregel'],
        rows: [
          ['Berkel', '38', '60', 'hermeandering'],
          ['Slinge', '21', '35', 'bufferstroken'],
          ['Baakse Beek', '17', '28', 'vispassages'],
          ['Oude IJssel', '12', '25', 'natuurvriendelijke oevers'],
        ],
      },
      { t: 'h', l: 1, text: 'Waterveiligheid' },
      { t: 'h', l: 2, text: 'Welke dijken beheren we?' },
      { t: 'p', text: 'Wij beheren de primaire keringen langs de IJssel bij Doesburg, Zutphen en Deventer en de regionale keringen langs de Oude IJssel.' },
      { t: 'h', l: 2, text: 'Waar houden we ruimte vrij?' },
      { t: 'p', text: 'Langs de keringen houden wij een beschermingszone vrij van nieuwe bebouwing, zodat een toekomstige versterking mogelijk blijft.' },
      { t: 'h', l: 1, text: 'Samen uitvoeren' },
      { t: 'h', l: 2, text: 'Met wie werken we samen?' },
      { t: 'ul', list: 'Punt', items: ['de Achterhoekse en Liemerse gemeenten en de gemeenten in Salland;', 'de provincies Gelderland en Overijssel;', { text: 'agrariërs, onder meer in', sub: ['het programma Boeren en Water;', 'gebiedsprocessen in de beekdalen.'] }] },
      { t: 'h', l: 2, text: 'Hoe volgen we de voortgang?' },
      { t: 'p', text: 'Elke vier jaar brengt het dagelijks bestuur verslag uit aan het algemeen bestuur over de doelen van deze visie.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 5.8, 9.2], header: ['Nr.', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Beheergebied Rijn en IJssel', 'beheergebied-rijn-en-ijssel', [0, 0], 30),
    gio('Beekdalen Berkel, Slinge', 'beekdalen-berkel-slinge', [8, 4], 8),
    gio('Oude IJssel / Aa-strang', 'oude-ijssel-aa-strang', [-6, -8], 6),
    gio('Beschermingszone IJsseldijken', 'beschermingszone-ijsseldijken', [-16, 10], 4),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-water-2050', regeling: 'omgevingsvisie-water-2050', doel: 'omgevingsvisie-water-2050' },
    datums: { vaststelling: '2027-11-16', ondertekening: '2027-11-16', bekendmaking: '2027-11-23', inwerkingtreding: '2028-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0152',
  },
  geo: { origin: [230000, 450000] },
  meubilair: ['^Waterschap Rijn en IJssel · Omgevingsvisie Water 2050 \\d+$'],
}
export default doc
