/**
 * h174 — gemeente Tynaarlo (gm1730), holdout (session 13): the Drentse gemeente of some 35.000 inwoners between
 * Groningen and Assen, with the kernen Vries, Zuidlaren, Eelde, Paterswolde and Tynaarlo and the smaller dorpen Yde,
 * De Punt, Zeegse, Donderen and Taarlo, the Zuidlaardermeer, the Drentsche Aa and Groningen Airport Eelde. Content
 * after the public texts on Tynaarlo's Omgevingsvisie 2023–2040 "Typisch Tynaarlo" (adopted on 14 November 2023: "een
 * aantrekkelijk woon- en leefklimaat", "de groene long van de Regio Groningen-Assen", the aandachtspunten from the
 * participatie — kwaliteit van voorzieningen, woonruimte voor ouderen en starters, energietransitie,
 * verkeersveiligheid, onderhoud van de openbare ruimte, het landschap rond de dorpen, dorpsommetjes, de toekomst van de
 * landbouw —, and the ways to take part: interactieve website, inwonersenquête, scholenproject, inloopbijeenkomsten,
 * dorpsbijeenkomsten, stakeholderbijeenkomst, adviesraad en raadswerkgroep), set as its actualisation of 2028; partly
 * in our own words. Layout: a brochure look in LibreOffice on A4 LANDSCAPE, DejaVu Sans: chapters "Hoofdstuk 1" …
 * "Hoofdstuk 4" (nummer "1" … "4") in 24 pt colour, sections "1.1" and a third level "3.1.1" in colour WITHOUT BOLD;
 * no table of contents; the CHAPTER NUMBER AND TITLE AS A FIELD in the header ("Hoofdstuk 3 Ambities tot 2040" at
 * the left), footer "Typisch Tynaarlo · Omgevingsvisie 2028–2040" and "pagina n" right; every chapter opens with an
 * intro in bold and a tussenkop "Wat vinden we belangrijk?" with a list; labels "Ambitie" and "Opgave"; TWO-COLUMN
 * sections; captions "Beeld n …"; quotes of inhabitants in italics; lists "•" and "a."; a table; raadsbesluit with
 * beslispunten 1.–2.; GIO list as lines "naam – identificatie" in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1730'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-14', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const cap = (text: string) => ({ t: 'p' as const, style: 'small' as const, text })
const lab = (text: string) => ({ t: 'p' as const, style: 'label' as const, text })
const tk = (text: string) => ({ t: 'tk' as const, text })
const h = (l: 1 | 2 | 3, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })

const doc: Doc = {
  id: 'h174',
  set: 'holdout',
  bron:
    'Naar de openbare teksten over de Omgevingsvisie 2023–2040 "Typisch Tynaarlo" (vastgesteld 14 november 2023: "een aantrekkelijk woon- en leefklimaat", "de groene long van de Regio Groningen-Assen", de aandachtspunten uit de participatie — kwaliteit van voorzieningen, woonruimte voor ouderen en starters, energietransitie, verkeersveiligheid, onderhoud van de openbare ruimte, het landschap rond de dorpen, dorpsommetjes, de toekomst van de landbouw — en de manieren van meedenken: interactieve website, inwonersenquête, scholenproject, inloopbijeenkomsten, dorpsbijeenkomsten, stakeholderbijeenkomst, adviesraad en raadswerkgroep), hier als actualisatie van 2028, deels in eigen woorden; eigen opmaak met een brochure-uiterlijk in LibreOffice: A4 LIGGEND, DejaVu Sans, hoofdstukken "Hoofdstuk 1" … "Hoofdstuk 4" (nummer "1" … "4") in 24 pt kleur, paragrafen "1.1" en een derde niveau "3.1.1" in kleur ZONDER VET, geen inhoudsopgave, HOOFDSTUKNUMMER EN -TITEL ALS VELD in de koptekst links, voettekst "Typisch Tynaarlo · Omgevingsvisie 2028–2040" en "pagina n" rechts, elk hoofdstuk opent met een vette inleiding en een tussenkop "Wat vinden we belangrijk?" met een lijst, labels "Ambitie" en "Opgave", secties in TWEE KOLOMMEN, bijschriften "Beeld n …", citaten van inwoners cursief, lijsten "•" en "a.", een tabel, raadsbesluit met beslispunten 1.–2., GIO-lijst als regels "naam – identificatie" in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Tynaarlo',
  title: 'Typisch Tynaarlo',
  style: {
    font: 'DejaVu Sans',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [24, 13, 10.5, 9.5],
    headingColor: '#a3195b',
    headingBold: [true, false, false, false],
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 29.7, height: 21, top: 1.8, bottom: 1.6, left: 2.4, right: 2.4 },
    outline: [
      { format: '1', display: 1, prefix: 'Hoofdstuk ', start: 1 },
      { format: '1', display: 2, start: 1 },
      { format: '1', display: 3, start: 1 },
      { format: '1', display: 4, start: 1 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Letter: { kind: 'number', levels: [{ format: 'a', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['{chapter}'],
        footer: ['Typisch Tynaarlo · Omgevingsvisie 2028–2040\t\tpagina {page}'],
        landscape: true,
      },
    },
    tableBorder: '0.5pt solid #a3195b',
    tableHeaderBg: '#f6dde9',
    tableFontSize: 8.5,
    tussenkop: { bold: true, color: '#a3195b', size: 10.5 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Tynaarlo tot vaststelling van de Omgevingsvisie Tynaarlo 2028–2040',
    artikelen: ['1', '2'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Tynaarlo tot vaststelling van de Omgevingsvisie Tynaarlo 2028–2040' },
      p('De raad van de gemeente Tynaarlo;'),
      p('gelezen het voorstel van burgemeester en wethouders van 26 september 2028, nummer RV28-061;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de Omgevingsvisie 2023–2040 na vijf jaar is geactualiseerd en dat inwoners, dorpsbelangen, de adviesraad en de raadswerkgroep omgevingsvisie daarover hebben meegedacht;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      p('1.\tde Omgevingsvisie Tynaarlo 2028–2040 met de geografische informatieobjecten van bijlage 1 vast te stellen en daarmee de Omgevingsvisie 2023–2040 te vervangen;'),
      p('2.\tte bepalen dat dit besluit in werking treedt op 1 januari 2029.'),
      p('Aldus besloten in de openbare vergadering van 14 november 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'J. Schuiling'], right: ['de voorzitter,', '', 'M.J.D. Berends'] },
    ],
  },
  visie: {
    opschrift: 'Typisch Tynaarlo',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Typisch Tynaarlo' },
      { t: 'p', style: 'subtitle', text: 'Omgevingsvisie Tynaarlo 2028–2040' },
      { t: 'break', master: 'Standard', restart: 1 },
    ],
    body: [
      h(1, 'Typisch Tynaarlo'),
      p('**Hoe zorgen we ervoor dat de inwoners van de gemeente ook over twintig jaar nog met veel plezier in Tynaarlo wonen? Deze visie geeft daar antwoord op.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['een aantrekkelijk woon- en leefklimaat;', 'de eigenheid van elk dorp;', 'een visie voor en door inwoners.']),
      {
        t: 'cols2',
        blocks: [
          h(2, 'Waarom deze visie'),
          p('In de omgevingsvisie staan de ambities en doelen voor de omgeving op de lange termijn tot 2040. Dat betekent niet dat alles al vastligt: de visie is een basis en het vertrekpunt voor concretere plannen.'),
          h(2, 'Hoe de visie tot stand kwam'),
          p('Meedenken kon op verschillende manieren:'),
          ul(['via een interactieve website en een inwonersenquête;', 'in een scholenproject;', 'op inloopbijeenkomsten in de grote kernen en dorpsbijeenkomsten in de kleine kernen;', 'in bijeenkomsten met de adviesraad en de raadswerkgroep omgevingsvisie.']),
          h(2, 'Wat we hoorden'),
          p('De belangrijkste aandachtspunten waren de kwaliteit van de voorzieningen, woonruimte voor ouderen en starters, verkeersveiligheid en de kwaliteit van het landschap rond de dorpen.'),
        ],
      },
      p('_“Zo wordt het niet alleen een visie van de gemeente, maar ook voor en door alle inwoners.”_'),
      { t: 'break' },
      h(1, 'Onze gemeente'),
      p('**Tynaarlo is de groene long van de Regio Groningen-Assen, met een geliefd woon- en leefmilieu, waardevolle natuur en veel mogelijkheden voor recreatie.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['rust, ruimte en groen;', 'de nabijheid van Groningen en Assen.']),
      h(2, 'Groene long van de regio'),
      p('Tussen de steden Groningen en Assen biedt Tynaarlo ruimte om te wonen in het groen, dichtbij werk en voorzieningen.'),
      h(2, 'Dorpen met een eigen gezicht'),
      {
        t: 'table',
        cols: [6, 9, 6.9],
        header: ['Dorp', 'Karakter', 'Voorzieningen'],
        rows: [
          ['Zuidlaren', 'esdorp aan het Zuidlaardermeer', 'winkelcentrum, scholen'],
          ['Eelde en Paterswolde', 'woondorpen aan de stadsrand', 'winkels, luchthaven'],
          ['Vries', 'esdorp met historische kern', 'winkels, sporthal'],
          ['Kleine dorpen', 'brinkdorpen en gehuchten', 'dorpshuis, basisschool'],
        ],
      },
      h(2, 'Landschap van de Drentsche Aa'),
      p('Het beekdal van de Drentsche Aa, de essen en de brinken zijn de dragers van het landschap.'),
      cap('Beeld 1 Het beekdal van de Drentsche Aa bij Taarlo'),
      { t: 'break' },
      h(1, 'Ambities tot 2040'),
      p('**Per thema beschrijven wij waar wij naartoe willen en welke opgave daarbij hoort.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['woningen voor jong en oud;', 'voorzieningen op loop- en fietsafstand;', 'een landschap dat mooier wordt.']),
      h(2, 'Wonen'),
      lab('Ambitie'),
      p('In 2040 kunnen starters en ouderen in hun eigen dorp een passende woning vinden.'),
      h(3, 'Starters'),
      p('Wij bouwen betaalbare woningen in alle grote kernen en helpen kleine dorpen met eigen initiatieven.'),
      h(3, 'Ouderen'),
      p('Wij zorgen voor levensloopbestendige woningen dichtbij voorzieningen.'),
      h(2, 'Leefbaarheid en voorzieningen'),
      lab('Opgave'),
      p('Leegstand, de kwaliteit van winkels en een gebrek aan ontmoetingsruimte vragen om keuzes:'),
      { t: 'ol', list: 'Letter', items: ['winkels concentreren in de centra van Zuidlaren, Eelde en Vries;', 'dorpshuizen ondersteunen als ontmoetingsplek;', 'de openbare ruimte beter onderhouden.'] },
      h(2, 'Natuur en landschap'),
      p('Wij versterken het landschap rond de dorpen met houtwallen, bloemrijke bermen en nieuwe bosjes.'),
      h(3, 'Dorpsommetjes'),
      p('Inwoners vroegen om wandelrondjes rond hun dorp. Samen met dorpsbelangen leggen wij dorpsommetjes aan.'),
      h(2, 'Landbouw'),
      p('De landbouw staat voor grote veranderingen. Wij ondersteunen boeren bij extensivering rond de Drentsche Aa en bij nieuwe verdienmodellen.'),
      h(2, 'Recreatie en economie'),
      p('Het Zuidlaardermeer, de Drentsche Aa en de Paterswoldsemeer trekken veel bezoekers. Wij zorgen voor goede routes en spreiden de drukte.'),
      h(2, 'Mobiliteit en verkeersveiligheid'),
      p('Wij maken de routes naar scholen veiliger en versterken de snelfietsroutes naar Groningen en Assen.'),
      h(2, 'Milieu en energietransitie'),
      p('Wij wekken duurzame energie op in de eerste plaats op daken en bij de luchthaven, en zorgen dat inwoners kunnen meedoen en meeprofiteren.'),
      p('_“Een zonnepark mag, maar dan wel met een haag eromheen en met opbrengst voor het dorp.” – inwoner van Yde_'),
      { t: 'break' },
      h(1, 'Werken met de visie'),
      p('**De visie is er voor inwoners, instellingen en bedrijven. Nieuwe plannen moeten aansluiten bij de omgevingsvisie.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['meedenken vanaf het begin;', 'elke vijf jaar een actualisatie.']),
      h(2, 'Initiatieven'),
      p('Wie een initiatief heeft, gaat eerst in gesprek met de omgeving. De gemeente toetst of het plan bijdraagt aan de ambities van deze visie.'),
      h(2, 'Evaluatie'),
      p('Elke vijf jaar bekijken wij met de raad en de inwoners of de visie nog actueel is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'lines', sep: ' – ' },
    ],
  ],
  gios: [
    gio('Gemeente Tynaarlo', 'gemeente-tynaarlo', [0, 0], 8),
    gio('Nationaal Park Drentsche Aa', 'nationaal-park-drentsche-aa', [3, -2], 3),
    gio('Zuidlaardermeergebied', 'zuidlaardermeergebied', [5, 3], 1.5),
    gio('Luchthavengebied Eelde', 'luchthavengebied-eelde', [-3, 4], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-tynaarlo-2028', regeling: 'omgevingsvisie-tynaarlo', doel: 'omgevingsvisie-tynaarlo-2028' },
    datums: { vaststelling: '2028-11-14', ondertekening: '2028-11-14', bekendmaking: '2028-11-28', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1730',
  },
  geo: { origin: [236000, 568000] },
  meubilair: ['^Typisch Tynaarlo · Omgevingsvisie 2028–2040 pagina \\d+$'],
}
export default doc
