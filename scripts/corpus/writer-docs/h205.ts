/**
 * h205 — gemeente Borsele (gm0654), holdout (session 14): the Zeeuwse gemeente of some 23.000 inwoners on Zuid-Beveland
 * with Heinkenszand, 's-Heerenhoek, Borssele, Nieuwdorp, Lewedorp, Kwadendamme, Ovezande and smaller kernen, the
 * Sloegebied, the kerncentrale and the Westerschelde. Content after the public pages of the gemeente on its
 * omgevingsvisie (borsele.nl/omgevingsvisie: "één visie voor heel Borsele", replacing all structuurvisies and
 * beleidsvisies, the koers op hoofdlijnen along four questions — "Hoe houden we Borsele een fijne plek om te wonen?",
 * "Hoe maken we samen Borsele klimaatbestendig en duurzaam?", "Hoe zetten we Borsele economisch en recreatief op de
 * kaart?", "Hoe houden we Borsele mooi?" —, the publieksbijeenkomsten of 5 and 11 April 2022) and the chapter "Van
 * visie naar uitvoering" of omgevingsvisie.borsele.nl (the four kerninstrumenten, the beleidscyclus, "de winkel
 * tijdens de verbouwing"), here as a raadsbesluit of 2028, shortened and partly in our own words. Layout: LibreOffice,
 * A5, C059 8.5 pt with URW Gothic headings; chapters "Hoofdstuk 1:" … (nummer "1"), sections "1.1", a third level
 * "2.3.1"; table of contents of chapters only; footer "Omgevingsvisie Borsele | pagina n" centred, no header; lists
 * "•" and "1."; a table; raadsbesluit "BESLUIT:" with beslispunten 1.–3.; GIO table Nr | Naam | Identificatie in
 * "Bijlage 2" (the visie itself is "Bijlage 1").
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm0654'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-06-29', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h205',
  set: 'holdout',
  bron:
    'Naar de openbare pagina\'s van de gemeente Borsele over haar omgevingsvisie (borsele.nl/omgevingsvisie: één visie voor heel Borsele die alle structuurvisies en beleidsvisies vervangt, de koers op hoofdlijnen langs vier vragen "Hoe houden we Borsele een fijne plek om te wonen?", "Hoe maken we samen Borsele klimaatbestendig en duurzaam?", "Hoe zetten we Borsele economisch en recreatief op de kaart?", "Hoe houden we Borsele mooi?", de publieksbijeenkomsten van 5 en 11 april 2022) en het hoofdstuk "Van visie naar uitvoering" op omgevingsvisie.borsele.nl (de vier kerninstrumenten, de beleidscyclus, "de winkel tijdens de verbouwing"), hier als raadsbesluit van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A5, C059 8,5 pt met koppen in URW Gothic, hoofdstukken "Hoofdstuk 1:" (nummer "1"), paragrafen "1.1", een derde niveau "2.3.1", inhoudsopgave van hoofdstukken, voettekst "Omgevingsvisie Borsele | pagina n" gecentreerd, lijsten "•" en "1.", een tabel, raadsbesluit "BESLUIT:" met beslispunten 1.–3., GIO-tabel Nr | Naam | Identificatie in "Bijlage 2" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Borsele',
  title: 'Omgevingsvisie Borsele',
  style: {
    font: 'C059',
    size: 8.5,
    headingFont: 'URW Gothic',
    headingSizes: [13, 10.5, 9, 8.5],
    headingColor: '#0b4f6c',
    lineHeight: 125,
    spaceAfter: 0.18,
    justify: true,
    page: { width: 14.8, height: 21, top: 1.6, bottom: 1.6, left: 1.6, right: 1.6 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', suffix: ':' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie Borsele | pagina {page}'],
        align: 'center',
      },
    },
    tableBorder: '0.4pt solid #0b4f6c',
    tableHeaderBg: '#dbe9ef',
    tableFontSize: 7.5,
  },
  besluit: {
    opschrift: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Borsele',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-08-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Raadsbesluit tot vaststelling van de Omgevingsvisie Borsele' },
      p('De raad van de gemeente Borsele;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nummer 2028-23;'),
      p('overwegende dat de gemeente op grond van artikel 3.1 van de Omgevingswet voor haar hele grondgebied één omgevingsvisie vaststelt, dat inwoners, ondernemers en belangengroepen hebben meegedacht in publieksbijeenkomsten en dat het ontwerp van 6 april tot en met 17 mei 2028 ter inzage heeft gelegen;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'BESLUIT:' },
      p('1. de Omgevingsvisie Borsele, opgenomen in bijlage 1, met de geografische informatieobjecten van bijlage 2 vast te stellen;'),
      p('2. de Structuurvisie Borsele 2010-2025 en de Woonvisie Borsele in te trekken;'),
      p('3. te bepalen dat dit besluit in werking treedt op 1 augustus 2028.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Borsele van 29 juni 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'A.M. de Smit'], right: ['de voorzitter,', '', 'G.J. Dijkhuizen'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Borsele',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', text: 'Bijlage 1 bij het raadsbesluit van 29 juni 2028' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Borsele' },
      { t: 'p', style: 'subtitle', text: 'Eén visie voor heel Borsele' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoud', levels: 1 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('Borsele wil een aantrekkelijke gemeente zijn voor iedereen die hier woont, werkt en verblijft. Toekomstige ontwikkelingen vragen om zorgvuldig omgaan met de ruimte. We willen de omgeving waarin we wonen en werken en het landschap mooi houden. Daarom moeten we keuzes maken. Daar gaat de omgevingsvisie over.'),
      p('De omgevingsvisie vervangt alle structuurvisies, beleidsplannen en beleidsvisies op het gebied van de fysieke leefomgeving. Zij is geen optelsom van losse stukken, maar één visie voor heel Borsele.'),
      h(2, 'Vier vragen'),
      p('De omgevingsvisie geeft een koers op hoofdlijnen aan de hand van vier vragen:'),
      ol([
        'Hoe houden we Borsele een fijne plek om te wonen?',
        'Hoe maken we samen Borsele klimaatbestendig en duurzaam?',
        'Hoe zetten we Borsele economisch en recreatief op de kaart?',
        'Hoe houden we Borsele mooi?',
      ]),
      p('Elke vraag heeft een eigen hoofdstuk.'),
      h(2, 'Hoe is de visie tot stand gekomen?'),
      p('In april 2022 organiseerden wij publieksbijeenkomsten voor inwoners, ondernemers en belangengroepen. Hun inbreng is verwerkt in deze visie.'),
      h(1, 'Een fijne plek om te wonen'),
      h(2, 'Vitale kernen'),
      p('Borsele telt dertien kernen. Heinkenszand en ’s-Heerenhoek zijn de grootste; de kleinere kernen houden hun dorpse karakter.'),
      h(2, 'Wonen voor iedereen'),
      p('We bouwen voor starters, gezinnen en ouderen, in elke kern naar de eigen behoefte.'),
      h(2, 'Voorzieningen'),
      p('Scholen, sportvelden en dorpshuizen houden we bereikbaar. Niet elke kern hoeft alles te hebben:'),
      ul(['basisvoorzieningen blijven zo dicht mogelijk bij huis;', { text: 'grotere voorzieningen bundelen we', sub: ['in Heinkenszand;', 'in ’s-Heerenhoek.'] }]),
      h(3, 'Onderwijs en zorg'),
      p('Kindcentra combineren onderwijs, opvang en zorg onder één dak.'),
      h(3, 'Sport en ontmoeting'),
      p('Sportparken en dorpshuizen zijn de huiskamers van de kernen.'),
      h(1, 'Klimaatbestendig en duurzaam'),
      h(2, 'Water en klimaat'),
      p('Zuid-Beveland ligt grotendeels onder zeeniveau. Wij houden regenwater vast en maken de kernen bestand tegen hitte en hevige buien.'),
      h(2, 'Energie'),
      p('Borsele levert met de kerncentrale, de windparken in het Sloegebied en op zee al veel energie. Voor nieuwe opwek kiezen we voor zon op daken en op bedrijventerreinen.'),
      h(2, 'Landbouw in transitie'),
      p('De landbouw blijft de drager van het buitengebied. We bieden ruimte voor verbreding en voor nieuwe functies op vrijkomende erven.'),
      h(1, 'Economisch en recreatief op de kaart'),
      h(2, 'Het Sloegebied'),
      p('Het Sloegebied is een haven- en industriegebied van nationale betekenis. Samen met North Sea Port en de provincie werken we aan duurzame industrie en aan een goede scheiding met de woonkernen.'),
      h(2, 'Recreatie en toerisme'),
      p('Langs de Westerschelde en in de Zak van Zuid-Beveland bieden we ruimte aan kleinschalige recreatie die past bij het landschap.'),
      {
        t: 'table',
        cols: [3.4, 4.0, 4.2],
        header: ['Gebied', 'Accent', 'Schaal'],
        rows: [
          ['Sloegebied', 'haven en industrie', 'nationaal'],
          ['Westerschelde-oevers', 'natuur en recreatie', 'regionaal'],
          ['Zak van Zuid-Beveland', 'landschap en rust', 'kleinschalig'],
        ],
      },
      h(1, 'Borsele mooi houden'),
      h(2, 'Landschap'),
      p('De Zak van Zuid-Beveland is een oud, kleinschalig landschap met dijken, kreken en hoogstamboomgaarden. Het open poldergebied ten noorden daarvan houden we open.'),
      h(2, 'Cultureel erfgoed'),
      p('De ringdorpen, de molens en de dijken vertellen het verhaal van Borsele. We beschermen dat erfgoed en geven het een nieuwe functie waar dat kan.'),
      h(1, 'Van visie naar uitvoering'),
      h(2, 'De kerninstrumenten'),
      p('De Omgevingswet kent vier kerninstrumenten:'),
      ul([
        'omgevingsvisie: het gemeentelijk beleid;',
        'omgevingsprogramma: de uitwerking en uitvoering van beleid;',
        'omgevingsplan: de regels voor de fysieke leefomgeving;',
        'omgevingsvergunning: toestemming voor activiteiten, zoals bouwen.',
      ]),
      h(2, 'De beleidscyclus'),
      p('Het stelsel van de Omgevingswet is gebaseerd op de beleidscyclus. In de praktijk blijft de winkel tijdens de verbouwing gewoon open: nieuw beleid ontstaat terwijl bestaand beleid nog loopt. Daarom actualiseren we deze visie regelmatig.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 2', nummer: '2', text: 'Geografische informatieobjecten', sep: ': ' },
      { t: 'gio', layout: 'table', cols: [0.9, 3.7, 7.0], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Borsele', 'gemeente-borsele', [0, 0], 7),
    gio('Sloegebied', 'sloegebied', [-3, 1], 1.5),
    gio('Westerschelde-oevers', 'westerschelde-oevers', [1, -3], 2),
    gio('Zak van Zuid-Beveland', 'zak-van-zuid-beveland', [3, -1], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-borsele', regeling: 'omgevingsvisie-borsele', doel: 'omgevingsvisie-borsele' },
    datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-11', inwerkingtreding: '2028-08-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM0654',
  },
  geo: { origin: [45000, 385000] },
  meubilair: ['^Omgevingsvisie Borsele \\| pagina \\d+$'],
}
export default doc
