/**
 * c16 — provincie Zeeland (pv29). Holdout. Inhoud bewerkt naar de thema's van het provinciale omgevingsbeleid van
 * Zeeland (water en klimaat in de Delta, haven en industrie, energie, natuur in Ooster- en Westerschelde, vitale
 * kernen en toerisme).
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, hex32, joinId } from '../writer-util.js'

const bg = 'pv29'
const gio = (naam: string, at: [number, number], size = 4) => ({
  naam,
  identificatie: joinId(bg, '2026', hex32(bg, naam), '2026-01-19', '1'),
  at,
  size,
})

const doc: Doc = {
  id: 'c16',
  set: 'dev', // held out in session 1, scored once, then developed on
  bron:
    'Bewerkt naar de thema’s van het provinciale omgevingsbeleid van Zeeland (water en klimaat in de Delta, haven en industrie, energie, natuur, vitale kernen), ingekort; eigen opmaak (holdout)',
  bevoegdGezag: bg,
  naam: 'Provincie Zeeland',
  title: 'Omgevingsvisie Zeeland 2045',
  style: {
    font: 'Liberation Sans Narrow',
    size: 11,
    headingFont: 'Liberation Sans',
    headingSizes: [15, 12.5, 11, 11],
    headingColor: '#00558C',
    lineHeight: 120,
    page: A4(2.3, 2.0, 2.3, 2.3),
    outline: decimalOutline(),
    lists: {
      Rond: { kind: 'bullet', levels: [{ char: '•', font: 'OpenSymbol' }, { char: '◦', font: 'OpenSymbol' }] },
      Nummer: { kind: 'number', levels: [{ format: '1', suffix: '.' }, { format: 'a', suffix: '.' }] },
    },
    masters: {
      Besluit: { footer: ['Statenbesluit PS-2026-12\t\t{page}'] },
      Standard: { header: ['\t{chapter}\t'], footer: ['Omgevingsvisie Zeeland 2045 – pagina {page}'] },
    },
    tableHeaderBg: '#DCE9F5',
  },
  besluit: {
    opschrift: 'Besluit van Provinciale Staten van Zeeland tot vaststelling van de Omgevingsvisie Zeeland 2045',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2026-03-01',
    blocks: [
      { t: 'break', master: 'Besluit' },
      { t: 'p', style: 'label', text: 'Besluit van Provinciale Staten van Zeeland tot vaststelling van de Omgevingsvisie Zeeland 2045' },
      { t: 'p', text: 'Provinciale Staten van Zeeland,' },
      { t: 'p', text: 'gelet op het voorstel van Gedeputeerde Staten van 25 november 2025, nr. 25-04117;' },
      {
        t: 'p',
        text: 'overwegende dat Zeeland voor grote opgaven staat op het gebied van klimaatadaptatie, energie, economie en leefbaarheid, en dat die opgaven om een samenhangende visie op de fysieke leefomgeving vragen;',
      },
      {
        t: 'p',
        text: 'overwegende dat het ontwerp van de Omgevingsvisie Zeeland 2045 met ingang van 22 september 2025 zes weken ter inzage heeft gelegen, en dat de zienswijzen zijn beantwoord in de Reactienota;',
      },
      { t: 'p', text: 'gelet op artikel 3.1, tweede lid, van de Omgevingswet en artikel 143 van de Provinciewet;' },
      { t: 'p', style: 'bold', text: 'besluiten:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      { t: 'p', text: 'De Omgevingsvisie Zeeland 2045, zoals opgenomen in de bijlage bij dit besluit, wordt vastgesteld.' },
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      { t: 'p', text: 'De Omgevingsvisie Zeeland 2018 wordt ingetrokken.' },
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      { t: 'p', text: 'Dit besluit treedt in werking met ingang van 1 maart 2026.' },
      { t: 'p', text: 'Aldus besloten in de openbare vergadering van Provinciale Staten van Zeeland van 30 januari 2026.' },
      { t: 'sign', left: ['De griffier,', '', '', 'drs. C.J. Polderman'], right: ['De voorzitter,', '', '', 'mr. drs. H.M. de Kort'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Zeeland 2045',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'small', text: 'Bijlage bij Statenbesluit PS-2026-12' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Zeeland 2045' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan een veilige, vitale en duurzame Delta' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      { t: 'h', l: 1, text: 'Zeeland in 2045' },
      { t: 'h', l: 2, text: 'Ons toekomstbeeld' },
      {
        t: 'p',
        text: 'In 2045 is Zeeland een provincie waar het veilig, gezond en prettig wonen, werken en recreëren is. De Delta is klimaatbestendig, de industrie is verduurzaamd en de kernen zijn vitaal. Land en water zijn in balans.',
      },
      { t: 'h', l: 2, text: 'Waarom een nieuwe visie' },
      {
        t: 'p',
        text: 'Sinds de vorige omgevingsvisie zijn de opgaven groter en urgenter geworden. Zeespiegelstijging, verzilting, de energietransitie en de woningvraag leggen beslag op dezelfde schaarse ruimte. Dat vraagt om keuzes.',
      },
      { t: 'h', l: 1, text: 'Water en klimaat' },
      { t: 'h', l: 2, text: 'Waterveiligheid' },
      {
        t: 'p',
        text: 'De Deltawerken beschermen Zeeland tegen de zee. Met de stijging van de zeespiegel blijft versterking nodig. We houden ruimte vrij rond de primaire keringen en kiezen bij nieuwe ontwikkelingen voor een klimaatbestendige inrichting.',
      },
      { t: 'h', l: 2, text: 'Zoetwater en verzilting' },
      {
        t: 'p',
        text: 'Zoet water is schaars in Zeeland. We zetten in op het vasthouden van regenwater, op zuinig gebruik en op innovaties in de landbouw.',
      },
      {
        t: 'ul',
        list: 'Rond',
        items: [
          'zoetwaterbellen in kreekruggen benutten voor de landbouw;',
          {
            text: 'zilte teelten ruimte geven waar verzilting onvermijdelijk is:',
            sub: ['in de polders langs de Oosterschelde;', 'op Schouwen-Duiveland en Tholen.'],
          },
          'de zoetwateraanvoer vanuit het Volkerak-Zoommeer robuust maken.',
        ],
      },
      { t: 'h', l: 1, text: 'Economie' },
      { t: 'h', l: 2, text: 'Haven en industrie' },
      {
        t: 'p',
        text: 'Het havengebied van North Sea Port in de Kanaalzone en het Sloegebied is de economische motor van Zeeland. We geven ruimte aan verduurzaming van de industrie, aan waterstof en aan circulaire ketens.',
      },
      { t: 'h', l: 2, text: 'Landbouw en visserij' },
      {
        t: 'p',
        text: 'Zeeland heeft vruchtbare kleigronden en een sterke agrarische sector. De schaal- en schelpdiersector in de Oosterschelde en de Grevelingen hoort bij de identiteit van de provincie.',
      },
      { t: 'h', l: 2, text: 'Toerisme' },
      {
        t: 'p',
        text: 'Kust, water en historische steden trekken jaarlijks miljoenen bezoekers. Groei van verblijfsrecreatie is alleen mogelijk als die de kwaliteit verbetert.',
      },
      {
        t: 'table',
        cols: [5.0, 5.5, 5.9],
        header: ['Gebied', 'Profiel', 'Ontwikkelruimte'],
        rows: [
          ['Kustzone Walcheren', 'intensief', 'kwaliteitsverbetering, geen uitbreiding van het aantal plaatsen'],
          ['Schouwen-Duiveland', 'gemengd', 'beperkte groei bij sanering elders'],
          ['Zeeuws-Vlaanderen', 'extensief', 'ruimte voor kleinschalige initiatieven'],
        ],
      },
      { t: 'h', l: 1, text: 'Energie' },
      {
        t: 'p',
        text: 'Zeeland is een energieprovincie. Windparken op zee komen aan land bij Borssele; de kerncentrale levert stroom zonder CO2-uitstoot. Op land kiezen we voor zon op daken en bedrijventerreinen en voor windturbines in clusters bij industrie en infrastructuur.',
      },
      { t: 'p', text: 'Bij nieuwe energie-infrastructuur wegen we de volgende belangen:' },
      {
        t: 'ol',
        list: 'Nummer',
        items: ['veiligheid en gezondheid van omwonenden;', 'landschappelijke inpassing;', 'meekoppelkansen voor natuur en recreatie.'],
      },
      { t: 'h', l: 1, text: 'Natuur en landschap' },
      { t: 'h', l: 2, text: 'Deltanatuur' },
      {
        t: 'p',
        text: 'De Oosterschelde, de Westerschelde, de Grevelingen en het Veerse Meer zijn natuurgebieden van internationale betekenis. We werken aan herstel van getijdennatuur en aan robuuste verbindingen op land.',
      },
      { t: 'h', l: 2, text: 'Cultuurhistorie' },
      {
        t: 'p',
        text: 'Kreekruggen, dijken, vestingsteden en ringdorpen vertellen de geschiedenis van het leven met water. Bij nieuwe ontwikkelingen gebruiken we die structuren als inspiratie.',
      },
      { t: 'h', l: 1, text: 'Wonen en leefbaarheid' },
      {
        t: 'p',
        text: 'We bouwen woningen waar de vraag is, vooral in en bij de steden en de grotere kernen. In kleine kernen is ruimte voor bouwen voor de eigen behoefte. Voorzieningen houden we bereikbaar, ook met het openbaar vervoer.',
      },
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' – ' },
      { t: 'gio', layout: 'table', cols: [10.5, 3.4], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Primaire waterkeringen en reserveringszones', [0, 0], 8),
    gio('Havengebied Kanaalzone en Sloegebied', [6, -12], 3),
    gio('Kustzone Walcheren', [-8, 4], 3),
    gio('Zoekgebieden windenergie op land', [10, 8], 5),
  ],
  config: {
    werk: { jaar: '2026', besluit: 'omgevingsvisie-2045', regeling: 'omgevingsvisie-2045', doel: 'omgevingsvisie-zeeland-2045' },
    datums: { vaststelling: '2026-01-30', ondertekening: '2026-01-30', bekendmaking: '2026-02-10', inwerkingtreding: '2026-03-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'PV29',
  },
  geo: { origin: [165000, 425000] },
  meubilair: ['^Statenbesluit PS-2026-12\\s+\\d+$', '^Omgevingsvisie Zeeland 2045 – pagina \\d+$'],
}
export default doc
