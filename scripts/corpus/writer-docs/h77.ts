/**
 * h77 — Hoogheemraadschap van Delfland (ws0372), holdout (session 11): an optional omgevingsvisie of the algemeen
 * bestuur, which at Delfland is called the "verenigde vergadering" (the dagelijks bestuur is the "college van dijkgraaf
 * en hoogheemraden"). Content after the public strategic part of Delfland's Waterbeheerplan 5 ("Geef kleur aan de
 * toekomst van Delfland": leven in Delfland is leven met water; geen blauwdruk maar een palet van kansen en ambities;
 * the visie opens with dromen, "Zou het niet fantastisch zijn als ...?"; the zorgplichten droge voeten, stevige dijken
 * and schoon water; a sterk verstedelijkt gebied with about 1,4 miljoen inwoners; the gebied as a proeftuin for
 * innovation), its public history page (founded on 8 September 1289 by graaf Floris V from the Geestambachten and the
 * Zeven Ambachten; the Maasdijk) and its newsletter on recreatief medegebruik (varen, vissen, zwemmen, schaatsen), here
 * as a visie of 2027, shortened and partly in our own words. Layout: A4 in DejaVu Serif 9.5 pt with DejaVu Sans
 * headings; chapters "Katern 1" … "Katern 5" (the word "Katern" is the prefix of the Word numbering, title after a
 * tab), sections "1.1", sub-sections "1.2.1"; an unnumbered "Onze dromen" before Katern 1; header "Omgevingsvisie
 * Delfland" with the chapter as a field (number and name); footer "versie vastgesteld verenigde vergadering 24 juni
 * 2027" with "pagina n" at the right; table of contents of katernen and sections; ○-lists and a list "(1)"; a table;
 * real footnotes; besluit of the verenigde vergadering ("gelezen het voorstel van het college van dijkgraaf en
 * hoogheemraden", "BESLUIT:", Artikel 1–3 with the inwerkingtreding on a date), signatures in two columns; visie as
 * "Bijlage 1"; GIO table Naam | Identificatie | Katern in "Bijlage 2".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'ws0372'
const gio = (naam: string, werk: string, toelichting: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2027', werk, '2027-06-24', '1'),
  toelichting,
  at,
  size,
})

const doc: Doc = {
  id: 'h77',
  set: 'holdout',
  bron:
    'Bewerkt naar het openbare strategische deel van het Waterbeheerplan 5 van het Hoogheemraadschap van Delfland ("Geef kleur aan de toekomst van Delfland": leven in Delfland is leven met water, geen blauwdruk maar een palet van kansen en ambities, dromen "Zou het niet fantastisch zijn als ...?", de zorgplichten droge voeten, stevige dijken en schoon water, een sterk verstedelijkt gebied met ongeveer 1,4 miljoen inwoners, het gebied als proeftuin voor innovatie), de openbare geschiedenispagina (8 september 1289, graaf Floris V, Geestambachten en Zeven Ambachten, de Maasdijk) en de nieuwsbrief over recreatief medegebruik (varen, vissen, zwemmen, schaatsen), hier als omgevingsvisie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 in DejaVu Serif 9,5 pt met DejaVu Sans-koppen, hoofdstukken "Katern 1" … "Katern 5" (voorvoegsel in de Word-nummering), paragrafen "1.1" en "1.2.1", een ongenummerd "Onze dromen" vóór Katern 1, kopregel "Omgevingsvisie Delfland" met het hoofdstuk als veld, voettekst "versie vastgesteld verenigde vergadering 24 juni 2027" met "pagina n", inhoudsopgave, ○-lijsten en lijst "(1)", een tabel, echte voetnoten, besluit van de verenigde vergadering met "gelezen het voorstel van het college van dijkgraaf en hoogheemraden", "BESLUIT:" en Artikel 1–3 (inwerkingtreding op een datum), handtekeningen in twee kolommen, visie als "Bijlage 1", GIO-tabel Naam | Identificatie | Katern in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Hoogheemraadschap van Delfland',
  title: 'Omgevingsvisie Delfland 2050',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [16, 11.5, 10, 9.5],
    headingColor: '#1F5C99',
    lineHeight: 120,
    spaceAfter: 0.22,
    page: { width: 21, height: 29.7, top: 2.4, bottom: 2.2, left: 2.6, right: 2.2 },
    outline: [
      { format: '1', display: 1, prefix: 'Katern ' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Rondje: { kind: 'bullet', levels: [{ char: '○' }, { char: '–' }] },
      Haakjes: { kind: 'number', levels: [{ format: '1', prefix: '(', suffix: ')' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['Omgevingsvisie Delfland\t\t{chapter}'],
        footer: ['versie vastgesteld verenigde vergadering 24 juni 2027\t\tpagina {page}'],
      },
    },
    tableBorder: '0.5pt solid #1F5C99',
    tableHeaderBg: '#DCE8F5',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#1F5C99', size: 12 },
  },
  besluit: {
    opschrift: 'Besluit van de verenigde vergadering van het Hoogheemraadschap van Delfland tot vaststelling van de Omgevingsvisie Delfland 2050',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2027-07-20',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Hoogheemraadschap van Delfland · Waterschapsblad · kenmerk VV 2027-0624-03' },
      { t: 'p', style: 'label', text: 'Besluit van de verenigde vergadering van het Hoogheemraadschap van Delfland tot vaststelling van de Omgevingsvisie Delfland 2050' },
      { t: 'p', text: 'De verenigde vergadering van het Hoogheemraadschap van Delfland;' },
      { t: 'p', text: 'gelezen het voorstel van het college van dijkgraaf en hoogheemraden van 11 mei 2027, nr. 2027-DH-0412;' },
      { t: 'p', text: 'overwegende dat het hoogheemraadschap zijn visie op het waterbeheer voor de lange termijn wil vastleggen in een omgevingsvisie die richting geeft aan het Waterbeheerprogramma en aan de samenwerking met gemeenten, provincie en gebiedspartners;' },
      { t: 'p', text: 'gelet op artikel 3.1, vierde lid, van de Omgevingswet en artikel 56 van de Waterschapswet;' },
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Delfland 2050 ‘Geef kleur aan de toekomst van Delfland’, opgenomen in bijlage 1, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De gebieden waarop de omgevingsvisie betrekking heeft, zijn vastgelegd in de informatieobjecten die zijn opgenomen in bijlage 2.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking op 20 juli 2027.' },
      { t: 'p', text: 'Aldus vastgesteld in de openbare vergadering van de verenigde vergadering van 24 juni 2027.' },
      { t: 'sign', left: ['de secretaris-algemeen directeur,', '', '', 'ir. M.C. van der Laan'], right: ['de dijkgraaf,', '', '', 'drs. P.J. Bakker'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Delfland 2050',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het besluit van de verenigde vergadering van 24 juni 2027' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Delfland 2050' },
      { t: 'p', style: 'subtitle', text: 'Geef kleur aan de toekomst van Delfland' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'tk', text: 'Onze dromen' },
      { t: 'p', text: 'Deze visie begint met onze dromen. De vraag die we onszelf hebben gesteld is: zou het niet fantastisch zijn als …? Onze dromen zijn Delflandse vergezichten. Ze zijn nog vloeibaar en transparant, want we weten niet wat de toekomst brengt, maar ze geven richting.' },
      { t: 'ul', list: 'Rondje', items: ['iedereen in Delfland weet waar zijn water vandaan komt en waar het naartoe gaat;', 'het afvalwater van de stad een bron van energie en grondstoffen is;', 'je overal in Delfland veilig kunt zwemmen en schaatsen.'] },
      { t: 'h', l: 1, text: 'Leven met water' },
      { t: 'p', text: 'Leven in Delfland is leven met water. Onze wereld verandert, en dat geldt ook voor het waterbeheer. Met elkaar geven we onze toekomst vorm en zoeken we naar oplossingen die bij die toekomst passen.' },
      { t: 'h', l: 2, text: 'Ons gebied' },
      { t: 'p', text: 'Delfland ligt tussen Den Haag, Delft, Rotterdam en de kust. Het is een sterk verstedelijkt gebied met ongeveer 1,4 miljoen inwoners, met het glas van het Westland en het Oostland en het open veenweidegebied van Midden-Delfland.[^Het hoogheemraadschap ontstond op 8 september 1289, toen graaf Floris V de oorkonde tekende die de Geestambachten en de Zeven Ambachten samenbracht.]' },
      { t: 'h', l: 2, text: 'Wat op ons afkomt' },
      { t: 'h', l: 3, text: 'Klimaatverandering en zeespiegelstijging' },
      { t: 'p', text: 'Zwaardere buien, langere droge perioden en een stijgende zeespiegel veranderen het waterbeheer de komende decennia ingrijpend. Ook de verzilting van het grond- en oppervlaktewater neemt toe.' },
      { t: 'h', l: 3, text: 'Druk op de ruimte' },
      { t: 'p', text: 'In dit stukje Randstad maken steeds meer mensen aanspraak op dezelfde schaarse grond. Water moet daarom de ruimte krijgen die het verdient, vroeg in de planvorming.' },
      { t: 'h', l: 2, text: 'Geen blauwdruk' },
      { t: 'p', text: 'Voor Delfland past hier geen blauwdruk, maar een manier van denken en werken die uitgaat van kansen, samenwerken en het zoeken naar nieuwe wegen: een palet van kansen en ambities.' },
      { t: 'h', l: 1, text: 'Droge voeten' },
      { t: 'p', text: 'Wij zorgen ervoor dat het water in ons gebied op het juiste peil blijft, bij hevige regen en in droge zomers.' },
      { t: 'h', l: 2, text: 'Het watersysteem op orde' },
      { t: 'p', text: 'Boezem, polders en gemalen vormen samen het watersysteem. We toetsen het systeem aan de normen voor wateroverlast en nemen maatregelen waar het niet voldoet.' },
      { t: 'h', l: 2, text: 'Ruimte voor water in de stad' },
      { t: 'h', l: 3, text: 'Wateropgave bij nieuwbouw' },
      { t: 'p', text: 'Bij nieuwe wijken en bij verdichting vragen we om berging van regenwater in de wijk zelf. We gebruiken daarvoor de watertoets als gesprek aan het begin van de planvorming.' },
      { t: 'h', l: 3, text: 'Klimaatadaptatie in bestaand gebied' },
      { t: 'p', text: 'In bestaande wijken werken we met de gemeenten aan groene daken, wadi’s en het afkoppelen van regenwater. Daarbij kijken we eerst naar:' },
      { t: 'ol', list: 'Haakjes', items: ['vasthouden van water waar het valt;', 'bergen in de openbare ruimte;', { text: 'afvoeren, en alleen als het niet anders kan:', sub: ['via de boezem;', 'via de gemalen naar zee.'] }] },
      { t: 'h', l: 2, text: 'Glastuinbouw in het Westland' },
      { t: 'p', text: 'De glastuinbouw vraagt veel zoet water van goede kwaliteit en voert veel water af bij hevige buien. We werken met de sector aan gietwaterberging en aan het zuiveren van spuiwater.' },
      { t: 'h', l: 1, text: 'Stevige dijken' },
      { t: 'p', text: 'Zonder duinen en dijken zou een groot deel van ons gebied onder water staan. Het onderhoud ervan is de oudste taak van het hoogheemraadschap.' },
      { t: 'h', l: 2, text: 'Duinen en Maasdijk' },
      { t: 'p', text: 'De duinen langs de kust en de Maasdijk langs de Nieuwe Waterweg beschermen ons gebied tegen de zee en de rivier. We houden ze op sterkte, ook bij een stijgende zeespiegel.' },
      { t: 'h', l: 2, text: 'Regionale keringen' },
      { t: 'p', text: 'Langs de boezem liggen honderden kilometers kaden. We versterken ze waar dat nodig is en zoeken daarbij naar werk met werk.' },
      {
        t: 'table',
        cols: [4.6, 3.6, 4.2, 3.8],
        header: ['Kering', 'Beheerder', 'Opgave tot 2050', 'Medegebruik'],
        rows: [
          ['Duinen Hoek van Holland–Scheveningen', 'Delfland', 'zandsuppleties volgen', 'strand en natuur'],
          ['Maasdijk', 'Delfland', 'versterken bij zeespiegelstijging', 'fietsroute'],
          ['Boezemkaden', 'Delfland', 'versterken waar nodig', 'wandelen en vissen'],
        ],
      },
      { t: 'h', l: 2, text: 'Medegebruik van waterkeringen' },
      { t: 'p', text: 'Kabels, leidingen, fietspaden en bebouwing op en langs de keringen zijn mogelijk als de veiligheid niet in het geding komt.' },
      { t: 'h', l: 1, text: 'Schoon en gezond water' },
      { t: 'p', text: 'Schoon water is goed voor de natuur, voor de glastuinbouw en voor iedereen die van het water geniet.' },
      { t: 'h', l: 2, text: 'Ecologische waterkwaliteit' },
      { t: 'p', text: 'We verbeteren de waterkwaliteit met natuurvriendelijke oevers, vispassages en minder emissies van gewasbeschermingsmiddelen.' },
      { t: 'h', l: 2, text: 'Zuiveren van afvalwater' },
      { t: 'p', text: 'Onze zuiveringen behandelen het afvalwater van de hele regio.' },
      { t: 'h', l: 3, text: 'Energie en grondstoffen uit afvalwater' },
      { t: 'p', text: 'Afvalwater is een bron van energie, fosfaat en cellulose. We winnen die terug waar dat kan en werken toe naar energieneutrale zuiveringen.[^Zie ook het Klimaatakkoord voor de waterschappen.]' },
      { t: 'h', l: 2, text: 'Recreatief medegebruik' },
      { t: 'p', text: 'In ons verstedelijkte gebied zijn goede plekken om te recreëren heel belangrijk. Mensen zoeken het water graag op om te varen, te vissen, te zwemmen of te schaatsen. We staan daar positief tegenover, zolang het watersysteem het toelaat.' },
      { t: 'h', l: 1, text: 'Samen werken aan Delfland' },
      { t: 'p', text: 'Dit kunnen we niet alleen. Samen met andere overheden, belangengroepen en inwoners zoeken we naar maatwerk.' },
      { t: 'h', l: 2, text: 'Proeftuin voor innovatie' },
      { t: 'p', text: 'Ons gebied is een ideale proeftuin voor nieuwe concepten in het waterbeheer. Veel technologische vernieuwingen hebben hun oorsprong in de Delftse kennisinstellingen.' },
      { t: 'h', l: 2, text: 'Van visie naar programma' },
      { t: 'p', text: 'We werken deze visie uit in het Waterbeheerprogramma en in de jaarlijkse kadernota. Zo geven we samen kleur aan de toekomst van Delfland.' },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Overzicht informatieobjecten', sep: '  ' },
      { t: 'p', text: 'De gebieden van de omgevingsvisie zijn vastgelegd als geografische informatieobjecten.' },
      { t: 'gio', layout: 'table', cols: [5.2, 8.4, 2.6], header: ['Naam', 'Identificatie', 'Katern'], extra: 'toelichting' },
    ],
  ],
  gios: [
    gio('Beheergebied Hoogheemraadschap van Delfland', 'beheergebied-delfland', '1', [0, 0], 14),
    gio('Glastuinbouwgebied Westland en Oostland', 'glastuinbouw-westland-oostland', '2', [-6, -2], 5),
    gio('Kustduinen en Maasdijk', 'kustduinen-maasdijk', '3', [-9, 1], 3),
    gio('Veenweidegebied Midden-Delfland', 'veenweide-midden-delfland', '2, 4', [2, -3], 3),
    gio('Zwemwaterlocaties Delfland', 'zwemwaterlocaties-delfland', '4', [4, 5], 1.5),
  ],
  config: {
    werk: { jaar: '2027', besluit: 'omgevingsvisie-delfland-2050', regeling: 'omgevingsvisie-delfland-2050', doel: 'omgevingsvisie-delfland-2050' },
    datums: { vaststelling: '2027-06-24', ondertekening: '2027-06-24', bekendmaking: '2027-07-06', inwerkingtreding: '2027-07-20' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_70c87e3d',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'WS0372',
  },
  geo: { origin: [84000, 447000] },
  meubilair: [
    '^Omgevingsvisie Delfland( Katern \\d+ .+)?$',
    '^versie vastgesteld verenigde vergadering 24 juni 2027 pagina \\d+$',
  ],
}
export default doc
