/**
 * h209 — gemeente Gemert-Bakel (gm1652), holdout (session 14): the Oost-Brabantse gemeente of seven kernen (Gemert,
 * Bakel, De Mortel, Elsendorp, Handel, De Rips en Milheeze). Content after the public text of the "Omgevingsvisie
 * Gemert-Bakel 2040" on lokaleregelgeving.overheid.nl (CVDR741235: a "VOORWOORD WETHOUDER" in capitals, "Onze
 * gemeente is een prachtige plek om trots op te zijn", two integrale kernopgaven "Het vitaal houden van onze kernen"
 * and "Het toekomstbestendig maken van het buitengebied") and the gemeente's pages on the road to it (Koersdocument,
 * Bouwstenennotitie, gebiedsgerichte uitwerking; the zomertour with the ijscokar), here as a renewed visie of 2028,
 * shortened and partly in our own words. Layout: LibreOffice, A4 portrait, Liberation Sans 10 pt; an unnumbered
 * "VOORWOORD WETHOUDER"; chapters "1." with sections "1.1" and a third level "3.2.1"; table of contents
 * "Inhoudsopgave" of two levels; footer "Omgevingsvisie Gemert-Bakel 2040" left and "pagina n van m" right; lists
 * "•" and "1."; a table; raadsbesluit with a bulleted "overwegende dat", Artikel 1–3; GIO table Nr | Naam |
 * Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { joinId } from '../writer-util.js'

const bg = 'gm1652'
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
  id: 'h209',
  set: 'holdout',
  bron:
    'Naar de openbare tekst van de "Omgevingsvisie Gemert-Bakel 2040" op lokaleregelgeving.overheid.nl (CVDR741235: een "VOORWOORD WETHOUDER" in hoofdletters, twee integrale kernopgaven "Het vitaal houden van onze kernen" en "Het toekomstbestendig maken van het buitengebied") en de gemeentelijke pagina\'s over de weg ernaartoe (Koersdocument, Bouwstenennotitie, gebiedsgerichte uitwerking, de zomertour langs de zeven kernen), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4 staand, Liberation Sans 10 pt, ongenummerd "VOORWOORD WETHOUDER", hoofdstukken "1." met paragrafen "1.1" en een derde niveau "3.2.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, voettekst "Omgevingsvisie Gemert-Bakel 2040" links en "pagina n van m" rechts, lijsten "•" en "1.", een tabel, raadsbesluit met "overwegende dat" als opsomming en Artikel 1–3, GIO-tabel Nr | Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Gemert-Bakel',
  title: 'Omgevingsvisie Gemert-Bakel 2040',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingSizes: [16, 12.5, 10.5, 10],
    headingColor: '#00607a',
    lineHeight: 130,
    spaceAfter: 0.2,
    page: { width: 21, height: 29.7, top: 2.2, bottom: 2.2, left: 2.5, right: 2.2 },
    outline: [
      { format: '1', display: 1, suffix: '.' },
      { format: '1', display: 2 },
      { format: '1', display: 3 },
      { format: '1', display: 4 },
    ],
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: { footer: ['Omgevingsvisie Gemert-Bakel 2040\t\tpagina {page} van {pages}'] },
    },
    tableBorder: '0.5pt solid #00607a',
    tableHeaderBg: '#d9ecf1',
    tableFontSize: 9,
  },
  besluit: {
    opschrift: 'Besluit van de gemeenteraad van Gemert-Bakel tot vaststelling van de Omgevingsvisie Gemert-Bakel 2040',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-07-13',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de gemeenteraad van Gemert-Bakel tot vaststelling van de Omgevingsvisie Gemert-Bakel 2040' },
      p('De raad van de gemeente Gemert-Bakel;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, zaaknummer 2028-04512;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat:'),
      ul([
        'het Koersdocument en de Bouwstenennotitie de basis vormen voor deze omgevingsvisie;',
        'inwoners, dorpsraden, ondernemers en partners in alle zeven kernen hebben meegedacht;',
        'het ontwerp van de omgevingsvisie zes weken ter inzage heeft gelegen en de zienswijzen in de Nota van beantwoording zijn betrokken;',
      ]),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Gemert-Bakel 2040 vast te stellen, met de geografische informatieobjecten genoemd in bijlage 1.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De Structuurvisie+ Duurzaam Verbinden Gemert-Bakel 2011-2021 en de Omgevingsvisie Gemert-Bakel 2040 van 2025 in te trekken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 13 juli 2028.'),
      p('Aldus besloten in de openbare vergadering van de raad van de gemeente Gemert-Bakel op 29 juni 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'drs. A.M.J. Verhoeven'], right: ['de voorzitter,', '', 'M.C.J. van Veghel'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Gemert-Bakel 2040',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Gemert-Bakel 2040' },
      { t: 'p', style: 'subtitle', text: 'Vitale kernen, een toekomstbestendig buitengebied' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
      { t: 'p', style: 'label', text: 'VOORWOORD WETHOUDER' },
      p('Onze gemeente is een prachtige plek om trots op te zijn. Samen werken we eraan om te behouden wat goed is en dit waar mogelijk te versterken. De wereld om ons heen verandert en Gemert-Bakel verandert mee, door bevolkingsgroei, de veranderende vraag naar woonruimte en voorzieningen en de transitie van het buitengebied.'),
      p('Onze leefomgeving is van ons allemaal en die vormen we samen. Waar bouwen we woningen? Hoe gaan we om met het buitengebied? Blijven de dorpen herkenbaar? Dit alles staat beschreven in deze omgevingsvisie.'),
      p('Wethouder ruimtelijke ordening'),
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      h(2, 'Waarom een omgevingsvisie?'),
      p('De Omgevingswet schrijft voor dat elke gemeente een omgevingsvisie heeft. In deze strategische visie staan de ambities en beleidsdoelen voor de fysieke leefomgeving van de hele gemeente.'),
      h(2, 'Hoe is de visie tot stand gekomen?'),
      p('Stapsgewijs ontwikkelden we de visie samen met inwoners, dorpsraden, ondernemers, organisaties, de provincie en het waterschap:'),
      ol(['het Koersdocument;', 'de Bouwstenennotitie;', 'de gebiedsgerichte uitwerking.']),
      h(2, 'Leeswijzer'),
      p('Hoofdstuk 2 schetst Gemert-Bakel nu; hoofdstuk 3 en 4 werken de twee kernopgaven uit; hoofdstuk 5 beschrijft de uitvoering.'),
      h(1, 'Gemert-Bakel in beeld'),
      h(2, 'Zeven kernen'),
      p('Gemert-Bakel bestaat uit zeven kernen met een sterke gemeenschapszin: Gemert, Bakel, De Mortel, Elsendorp, Handel, De Rips en Milheeze.'),
      {
        t: 'table',
        cols: [4, 3.5, 8.5],
        header: ['Kern', 'Karakter', 'Opgave tot 2040'],
        rows: [
          ['Gemert', 'hoofdkern', 'wonen en voorzieningen in het centrum'],
          ['Bakel', 'middelgrote kern', 'woningbouw voor jong en oud'],
          ['De Mortel en Handel', 'kleine kernen', 'behoud van ontmoetingsplekken'],
          ['Elsendorp, De Rips, Milheeze', 'Peelkernen', 'leefbaarheid en bereikbaarheid'],
        ],
      },
      h(2, 'Een groot buitengebied'),
      p('Het buitengebied heeft een overwegend agrarische functie, met de Peelrandbreuk, de Groote Peel en de beekdalen van de Aa en de Snelle Loop.'),
      h(1, 'Kernopgave: het vitaal houden van onze kernen'),
      h(2, 'Wonen'),
      p('We bouwen woningen voor starters, gezinnen en ouderen in alle kernen, naar behoefte en passend bij het dorp.'),
      h(3, 'Inbreiding voor uitbreiding'),
      p('Eerst benutten we open plekken en vrijkomende gebouwen binnen de kernen.'),
      h(3, 'Nieuwe woonwijken'),
      p('Uitbreiding vindt plaats aan de randen van Gemert en Bakel, met veel groen en ruimte voor water.'),
      h(2, 'Voorzieningen en ontmoeting'),
      p('Vitaal betekent voor inwoners: voldoende groen en (sport)voorzieningen in de directe leefomgeving en plekken om elkaar te ontmoeten.'),
      h(3, 'Centrum Gemert'),
      p('Het centrum van Gemert is het winkel- en ontmoetingshart van de gemeente.'),
      h(3, 'Dorpshuizen en scholen'),
      p('In de kleine kernen houden we het dorpshuis en de basisschool zo lang mogelijk open.'),
      h(2, 'Werken'),
      p('Lokale bedrijven krijgen ruimte op de bedrijventerreinen Wolfsveld en Hooghout.'),
      h(1, 'Kernopgave: het toekomstbestendig maken van het buitengebied'),
      h(2, 'Transitie van de landbouw'),
      p('Bedrijven moeten voldoen aan steeds strengere milieumaatregelen, en bedrijven die stoppen laten gebouwen achter. We zetten in op:'),
      ul(['extensivering rond de Natura 2000-gebieden;', { text: 'nieuwe functies in vrijkomende agrarische bebouwing', sub: ['wonen;', 'kleinschalige bedrijvigheid en recreatie.'] }, 'sloop van overtollige stallen.']),
      h(2, 'Natuur, landschap en water'),
      h(3, 'De Peelrandbreuk'),
      p('De wijstgronden langs de Peelrandbreuk zijn uniek; we herstellen ze en houden water vast.'),
      h(3, 'Beekdalen'),
      p('De beekdalen van de Aa en de Snelle Loop ontwikkelen we tot groenblauwe verbindingen.'),
      h(2, 'Energie'),
      p('Zonnepanelen komen eerst op daken; grootschalige opwek alleen in de zoekgebieden.'),
      h(1, 'Uitvoering'),
      h(2, 'Van visie naar omgevingsplan'),
      p('We werken de visie uit in het omgevingsplan en in programma’s.'),
      h(2, 'Herziening'),
      p('De omgevingsvisie is een levend document; elke raadsperiode kijken we of herziening nodig is.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.5, 10.3], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Gemert-Bakel', 'gemeente-gemert-bakel', [0, 0], 9),
    gio('Kernen Gemert-Bakel', 'kernen', [0.5, 1], 2),
    gio('Peelrandbreuk', 'peelrandbreuk', [-2, 0], 1.5),
    gio('Zoekgebieden zonne-energie', 'zoekgebieden-zonne-energie', [3, -2], 2),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-gemert-bakel-2040', regeling: 'omgevingsvisie-gemert-bakel-2040', doel: 'omgevingsvisie-gemert-bakel-2040' },
    datums: { vaststelling: '2028-06-29', ondertekening: '2028-06-29', bekendmaking: '2028-07-12', inwerkingtreding: '2028-07-13' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1652',
  },
  geo: { origin: [175000, 397000] },
  meubilair: ['^Omgevingsvisie Gemert-Bakel 2040\\s+pagina \\d+ van \\d+$', 'pagina \\d+ van \\d+'],
}
export default doc
