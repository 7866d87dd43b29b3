/**
 * h169 — gemeente Nissewaard (gm1930), holdout (session 13): the gemeente of some 85.000 inwoners on Voorne-Putten
 * formed in 2015 from Spijkenisse and Bernisse, with the centrumgebied of Spijkenisse on the Oude Maas, the dorpen
 * Hekelingen, Geervliet, Heenvliet, Abbenbroek, Simonshaven, Zuidland and Oudenhoorn, the Bernisse and the
 * Uitslag van Putten. Content after the public pages of Nissewaard on its omgevingsvisie (a first omgevingsvisie for
 * the centrumgebied Spijkenisse, then one for the whole of Nissewaard; several sectoral visies brought together into
 * one integral story about the leefomgeving — cultureel erfgoed, water, wonen, milieu, landschap, gezondheid, bodem,
 * mobiliteit, economie en vestigingskwaliteit —; made with participation; "meer focus en samenhang"), here as a visie
 * of 2028; the rest of the text is IN OUR OWN WORDS (no published visie text of Nissewaard was retrieved). Layout: A4
 * in DejaVu Sans 9.5 pt; chapters FROM 0 with TRAILING DOTS "0." … "4.", sections "2.1." with ELEVEN themes in
 * chapter 2 ("2.10.", "2.11."), a third level "3.1.1."; captions "Figuur 2.1 …" and "Kaart 1 …"; numbered
 * ambitions "1. Wij willen …"; a two-column chapter; no table of contents; footer "Omgevingsvisie Nissewaard —
 * pagina n van m"; lists "•" and "1."; two tables; raadsbesluit "BESLUIT:" with beslispunten I–III; GIO list as
 * lines "naam: identificatie" in "Bijlage 2" after a "Bijlage 1 Begrippen".
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1930'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-03-15', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const fig = (text: string) => ({ t: 'p' as const, style: 'small' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })

const doc: Doc = {
  id: 'h169',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s van de gemeente Nissewaard over haar omgevingsvisie (eerst een omgevingsvisie voor het centrumgebied Spijkenisse, daarna een voor heel Nissewaard; meerdere sectorale visies samengebracht tot één integraal verhaal over de leefomgeving – cultureel erfgoed, water, wonen, milieu, landschap, gezondheid, bodem, mobiliteit, economie en vestigingskwaliteit –, tot stand gekomen met participatie, "meer focus en samenhang"), hier als visie van 2028, verder IN EIGEN WOORDEN (geen gepubliceerde visietekst van Nissewaard gevonden); eigen opmaak: A4 in DejaVu Sans 9,5 pt, hoofdstukken VANAF 0 met PUNT "0." … "4.", paragrafen "2.1." met ELF thema\'s in hoofdstuk 2 ("2.10.", "2.11."), een derde niveau "3.1.1.", bijschriften "Figuur 2.1 …" en "Kaart 1 …", genummerde ambities "1. Wij willen …", een hoofdstuk in twee kolommen, geen inhoudsopgave, voettekst "Omgevingsvisie Nissewaard — pagina n van m", lijsten "•" en "1.", twee tabellen, raadsbesluit "BESLUIT:" met beslispunten I–III, GIO-lijst als regels "naam: identificatie" in "Bijlage 2" na "Bijlage 1 Begrippen" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Nissewaard',
  title: 'Omgevingsvisie Nissewaard',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [17, 12, 10, 9.5],
    headingColor: '#005B8C',
    lineHeight: 125,
    spaceAfter: 0.2,
    page: A4(2.0, 2.2, 2.2, 2.2),
    outline: decimalOutline('.', 0),
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦' }] },
      Ambitie: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Nissewaard — pagina {page} van {pages}'],
        align: 'right',
      },
    },
    tableBorder: '0.5pt solid #005B8C',
    tableHeaderBg: '#D9EAF4',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Nissewaard tot vaststelling van de Omgevingsvisie Nissewaard',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2028-05-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Nissewaard tot vaststelling van de Omgevingsvisie Nissewaard' },
      p('De raad van de gemeente Nissewaard;'),
      p('gelezen het voorstel van burgemeester en wethouders van 25 januari 2028, registratienummer 1870442;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de omgevingsvisie meerdere sectorale visies samenbrengt tot één integraal verhaal over de fysieke leefomgeving en met inwoners, ondernemers en partners tot stand is gekomen;'),
      { t: 'p', style: 'center', text: 'BESLUIT:' },
      p('I.\tde Omgevingsvisie Nissewaard met de geografische informatieobjecten uit bijlage 2 vast te stellen;'),
      p('II.\tde Omgevingsvisie centrumgebied Spijkenisse van 2021 in te trekken;'),
      p('III.\tte bepalen dat dit besluit in werking treedt op 1 mei 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van 15 maart 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'M. Pronk'], right: ['de voorzitter,', '', 'F. Verhoeven'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Nissewaard',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Nissewaard' },
      { t: 'p', style: 'subtitle', text: 'Eén verhaal over onze leefomgeving' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Leeswijzer'),
      p('Deze visie begint met dit hoofdstuk 0. Hoofdstuk 1 vertelt waarom Nissewaard een omgevingsvisie maakt, hoofdstuk 2 beschrijft per thema onze koers, hoofdstuk 3 de gebieden en hoofdstuk 4 de uitvoering. De begrippen staan in bijlage 1.'),
      { t: 'break' },
      h(1, 'Waarom een omgevingsvisie'),
      h(2, 'De Omgevingswet'),
      p('De omgevingsvisie vervangt de structuurvisie. Zij lijkt daarop, maar er zijn twee belangrijke verschillen: meerdere visies komen samen in één overkoepelend verhaal over de leefomgeving, en de visie komt tot stand met participatie.'),
      h(2, 'Van centrum naar heel Nissewaard'),
      p('Wij begonnen met een omgevingsvisie voor het centrumgebied van Spijkenisse. Deze visie gaat over heel Nissewaard en neemt die eerste visie op.'),
      h(2, 'Onze ambities'),
      p('Voor de lange termijn formuleren wij vijf ambities:'),
      { t: 'ol', list: 'Ambitie', items: ['Wij willen dat Nissewaard een gemeente is waar je je hele leven prettig kunt wonen.', 'Wij willen een levendig centrum van Spijkenisse aan de Oude Maas.', 'Wij willen de dorpen en het open landschap van Bernisse beschermen.', 'Wij willen een gezonde en veilige leefomgeving voor iedereen.', 'Wij willen in 2050 energieneutraal zijn.'] },
      { t: 'break' },
      h(1, 'Thema’s'),
      p('Per thema beschrijven wij waar wij staan en waar wij naartoe willen.'),
      fig('Figuur 2.1 Samenhang tussen de thema’s van de visie'),
      h(2, 'Cultureel erfgoed'),
      p('De vestingstad Geervliet, het kasteel van Heenvliet en de dijkdorpen vertellen de geschiedenis van Putten. Wij beschermen die en maken haar zichtbaar.'),
      h(2, 'Water'),
      p('De Bernisse, het Brielse Meer en de Oude Maas bepalen het landschap. Wij werken met het waterschap Hollandse Delta aan veilige dijken en schoon water.'),
      h(2, 'Wonen'),
      p('Tot 2040 bouwen wij ongeveer 6.000 woningen, vooral in en rond het centrum van Spijkenisse:'),
      {
        t: 'table',
        cols: [6, 4, 6.6],
        header: ['Gebied', 'Woningen tot 2040', 'Accent'],
        rows: [
          ['Centrum Spijkenisse', '3.000', 'appartementen, hoogte aan de Oude Maas'],
          ['Overige wijken Spijkenisse', '1.800', 'vernieuwing en verdichting'],
          ['Dorpen', '1.200', 'grondgebonden, voor eigen inwoners'],
        ],
      },
      h(2, 'Milieu'),
      p('Geluid van de A15 en de Groene Kruisweg en de nabijheid van de haven vragen om zorgvuldige keuzes bij nieuwe woningen.'),
      h(2, 'Landschap'),
      p('Het open landschap tussen de dorpen blijft open. Nieuwe bebouwing komt binnen de kernen.'),
      h(2, 'Gezondheid'),
      p('Groen dichtbij, schone lucht en uitnodigende routes om te wandelen en te fietsen dragen bij aan de gezondheid van onze inwoners.'),
      h(2, 'Bodem'),
      p('De klei- en veenbodem daalt. Wij houden daar rekening mee bij de inrichting van de openbare ruimte.'),
      h(2, 'Mobiliteit'),
      p('De metro naar Rotterdam is de ruggengraat. Wij versterken de fietsroutes naar de stations en de oeververbindingen.'),
      h(2, 'Economie'),
      p('Winkels, horeca en dienstverlening concentreren wij in het centrum; bedrijven vinden plek op Halfweg en Spijkenisse Noord.'),
      h(2, 'Vestigingskwaliteit'),
      p('Een goed woonklimaat, bereikbaarheid en een aantrekkelijk centrum maken Nissewaard aantrekkelijk voor ondernemers.'),
      h(2, 'Energie'),
      p('Zon op daken en een warmtenet voor de hoogbouw in Spijkenisse zijn de eerste stappen.'),
      { t: 'break' },
      h(1, 'Gebieden'),
      fig('Kaart 1 Gebieden van de gemeente Nissewaard'),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Centrumgebied Spijkenisse'),
          p('Het centrum groeit naar de Oude Maas toe. Wonen, winkelen en uitgaan komen samen rond de Markt en de Kaden.'),
          h(3, 'De Kaden'),
          p('Langs de rivier ontstaat een nieuw woonmilieu met een openbare kade.'),
          h(3, 'Winkelhart'),
          p('Het winkelhart wordt compacter en groener.'),
          h(2, 'Wijken van Spijkenisse'),
          p('In de wijken vernieuwen wij woningen en openbare ruimte, wijk voor wijk.'),
          h(2, 'Dorpen en buitengebied'),
          p('Geervliet, Heenvliet, Abbenbroek, Simonshaven, Zuidland, Oudenhoorn en Hekelingen houden hun dorpse karakter.'),
          h(2, 'Bernisse en Brielse Meer'),
          p('Dit is het recreatiegebied van de regio, met ruimte voor natuur en rust.'),
        ],
      },
      {
        t: 'table',
        cols: [5.5, 11.1],
        header: ['Gebied', 'Hoofdkoers'],
        rows: [
          ['Centrumgebied', 'verdichten en verlevendigen'],
          ['Wijken', 'vernieuwen en vergroenen'],
          ['Dorpen en buitengebied', 'koesteren en beschermen'],
          ['Bernisse en Brielse Meer', 'recreëren en natuur versterken'],
        ],
      },
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Programma’s'),
      p('Wij werken de visie uit in programma’s voor wonen, mobiliteit en energie.'),
      h(2, 'Omgevingsplan'),
      p('Het omgevingsplan legt de regels vast die uit deze visie volgen.'),
      h(2, 'Evaluatie'),
      p('Wij evalueren de visie elke vier jaar, samen met inwoners en partners.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Begrippen', sep: ' ' },
      p('Integraal – in samenhang, over de grenzen van beleidsvelden heen.'),
      p('Participatie – het betrekken van inwoners, ondernemers en organisaties bij de besluitvorming.'),
    ],
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ': ' },
    ],
  ],
  gios: [
    gio('Gemeentegrens Nissewaard', 'gemeentegrens-nissewaard', [0, 0], 10),
    gio('Centrumgebied Spijkenisse', 'centrumgebied-spijkenisse', [3, 2], 1),
    gio('Bernisse en Brielse Meer', 'bernisse-brielse-meer', [-5, 1], 3),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-nissewaard', regeling: 'omgevingsvisie-nissewaard', doel: 'omgevingsvisie-nissewaard' },
    datums: { vaststelling: '2028-03-15', ondertekening: '2028-03-15', bekendmaking: '2028-03-22', inwerkingtreding: '2028-05-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1930',
  },
  geo: { origin: [80000, 430000] },
  meubilair: ['^Omgevingsvisie Nissewaard — pagina \\d+ van \\d+$'],
}
export default doc
