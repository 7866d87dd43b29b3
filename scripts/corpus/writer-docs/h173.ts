/**
 * h173 — gemeente Steenwijkerland (gm1708), holdout (session 13): the Overijsselse gemeente of some 45.000 inwoners
 * in the Kop van Overijssel, with the vestingstad Steenwijk, the kernen Giethoorn, Blokzijl, Oldemarkt and Vollenhove,
 * many smaller buurtschappen and the Nationaal Park Weerribben-Wieden. Content after the public texts of
 * Steenwijkerland's omgevingsvisie "Waardevast landschap" (its contents "1 Inleiding", "1.1 Toelichting op de
 * Omgevingsvisie", "1.2 Omgevingskwaliteit", "1.3 Functie Omgevingsvisie", "1.4 Proces totstandkoming Omgevingsvisie",
 * "1.5 Ontwikkelingen en risico’s", "2 Identiteit", "3 Kwaliteiten benutten om ambitie te realiseren", "4 Visie en
 * opgaven", "4.1 Landelijk gebied: authentiek in het hier en nu"; "Hoe zien vestingstad Steenwijk, de kernen en het
 * landelijk gebied van Steenwijkerland er in 2030 uit?"; made with ondernemers, plaatselijk belangen,
 * wijkorganisaties, buurgemeenten, waterschap en provincie; identiteit and sturen op kwaliteit as its bouwstenen) and
 * of the gemeente's page on renewing it, set as the renewed visie of 2028; partly in our own words. Layout: a brochure
 * look in LibreOffice on A4, Liberation Sans: chapters "1" … "5" in 26 pt colour, sections "1.1" and a third level
 * "2.3.1" in colour WITHOUT BOLD; table of contents "INHOUD" of two levels; the CHAPTER TITLE AS A FIELD in the header
 * (right) on every page, footer "Waardevast landschap" + page number; per chapter a tussenkop "Wat vinden we
 * belangrijk?" with a list, labels "Ambitie" above a paragraph, captions "Foto n …" and a quote of an inhabitant in
 * italics; a two-column section; lists "•" with "–" and "1."; a table; raadsbesluit with Artikel 1–3; GIO table Naam
 * | Identificatie in "Bijlage 1".
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1708'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-02-27', '1'),
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
  id: 'h173',
  set: 'holdout',
  bron:
    'Naar de openbare teksten van de omgevingsvisie "Waardevast landschap" van Steenwijkerland (de inhoud "1 Inleiding", "1.1 Toelichting op de Omgevingsvisie", "1.2 Omgevingskwaliteit", "1.3 Functie Omgevingsvisie", "1.4 Proces totstandkoming Omgevingsvisie", "1.5 Ontwikkelingen en risico’s", "2 Identiteit", "3 Kwaliteiten benutten om ambitie te realiseren", "4 Visie en opgaven", "4.1 Landelijk gebied: authentiek in het hier en nu"; "Hoe zien vestingstad Steenwijk, de kernen en het landelijk gebied van Steenwijkerland er in 2030 uit?"; overleg met ondernemers, plaatselijk belangen, wijkorganisaties, buurgemeenten, waterschap en provincie; identiteit en sturen op kwaliteit als bouwstenen) en de pagina van de gemeente over de vernieuwing ervan, hier als vernieuwde visie van 2028, deels in eigen woorden; eigen opmaak met een brochure-uiterlijk in LibreOffice: A4, Liberation Sans, hoofdstukken "1" … "5" in 26 pt kleur, paragrafen "1.1" en een derde niveau "2.3.1" in kleur ZONDER VET, inhoudsopgave "INHOUD" van twee niveaus, de HOOFDSTUKTITEL ALS VELD in de koptekst rechts op elke pagina, voettekst "Waardevast landschap" + paginanummer, per hoofdstuk een tussenkop "Wat vinden we belangrijk?" met een lijst, labels "Ambitie" boven een alinea, bijschriften "Foto n …", een citaat van een inwoner cursief, een sectie in twee kolommen, lijsten "•" met "–" en "1.", een tabel, raadsbesluit met Artikel 1–3, GIO-tabel Naam | Identificatie in "Bijlage 1" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Steenwijkerland',
  title: 'Omgevingsvisie Steenwijkerland',
  style: {
    font: 'Liberation Sans',
    size: 10,
    headingFont: 'Liberation Sans',
    headingSizes: [26, 14, 11.5, 10],
    headingColor: '#0b6e4f',
    headingBold: [true, false, false, false],
    lineHeight: 130,
    spaceAfter: 0.22,
    page: A4(2.2, 2.0, 2.5, 2.5),
    outline: decimalOutline('', 1),
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '–' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        header: ['\t\t{chaptername}'],
        footer: ['Waardevast landschap\t\t{page}'],
      },
    },
    tableBorder: '0.5pt solid #0b6e4f',
    tableHeaderBg: '#d8efe6',
    tableFontSize: 9,
    tussenkop: { bold: true, color: '#c0561b', size: 11 },
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Steenwijkerland tot vaststelling van de Omgevingsvisie Steenwijkerland',
    artikelen: ['1', '2', '3'],
    inwerkingtreding: '2028-04-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Steenwijkerland tot vaststelling van de Omgevingsvisie Steenwijkerland' },
      p('De raad van de gemeente Steenwijkerland;'),
      p('gelezen het voorstel van burgemeester en wethouders van 16 januari 2028, nummer 2028-RV-003;'),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      p('overwegende dat de omgevingsvisie Waardevast landschap uit 2017 is vernieuwd in overleg met ondernemers, plaatselijk belangen, wijkorganisaties, buurgemeenten, waterschap en provincie;'),
      { t: 'p', style: 'bold', text: 'besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel 1' },
      p('De Omgevingsvisie Steenwijkerland, met de geografische informatieobjecten van bijlage 1, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel 2' },
      p('De omgevingsvisie Waardevast landschap van 2017 wordt ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel 3' },
      p('Dit besluit treedt in werking op 1 april 2028.'),
      p('Aldus vastgesteld in de openbare raadsvergadering van 27 februari 2028.'),
      { t: 'sign', left: ['de griffier,', '', 'E. Wolters'], right: ['de voorzitter,', '', 'A.J. Ronde'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie Steenwijkerland',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie Steenwijkerland' },
      { t: 'p', style: 'subtitle', text: 'Waardevast landschap – vernieuwde visie 2028' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'INHOUD', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Inleiding'),
      p('**Hoe zien vestingstad Steenwijk, de kernen en het landelijk gebied van Steenwijkerland er in 2040 uit? Die vraag staat centraal in deze omgevingsvisie.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['een waardevast landschap;', 'vitale kernen en buurtschappen;', 'samenwerking met inwoners en partners.']),
      h(2, 'Toelichting op de Omgevingsvisie'),
      p('Deze visie vernieuwt de omgevingsvisie Waardevast landschap uit 2017. Die visie was een van de eerste omgevingsvisies van Nederland. Om ervoor te zorgen dat onze plannen goed passen bij wat we nu willen en nodig hebben, hebben wij haar vernieuwd.'),
      h(2, 'Omgevingskwaliteit'),
      p('Omgevingskwaliteit is de kwaliteit van het landschap, de kernen en het water samen. Zij is de basis van onze economie en ons woonklimaat.'),
      h(2, 'Functie Omgevingsvisie'),
      p('De visie geeft de richting aan voor ruimtelijke plannen en alles wat daarmee te maken heeft. Zij bindt de gemeente; regels staan in het omgevingsplan.'),
      h(2, 'Proces totstandkoming Omgevingsvisie'),
      p('Wij voerden overleg met een vertegenwoordiging van diverse partijen, zoals ondernemers, plaatselijk belangen en wijkorganisaties, maar ook buurgemeenten, waterschap en provincie.'),
      cap('Foto 1 Inloopavond in Oldemarkt'),
      h(2, 'Ontwikkelingen en risico’s'),
      p('De belangrijkste ontwikkelingen zijn:'),
      ul(['vergrijzing en een kleinere groep jongeren;', { text: 'klimaatverandering', sub: ['wateroverlast in de lage delen;', 'droogte in de hogere delen.'] }, 'de energietransitie;', 'veranderingen in de landbouw.']),
      { t: 'break' },
      h(1, 'Identiteit'),
      p('**De identiteit van Steenwijkerland is de basis voor elke keuze: water, riet, veen en de oude stadjes.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['het historische karakter van Steenwijk, Blokzijl en Vollenhove;', 'de rust en ruimte van het landelijk gebied.']),
      h(2, 'Vestingstad Steenwijk'),
      p('Steenwijk is de vestingstad met de wallen, de Grote Kerk en het station. Het is het centrum voor zorg, onderwijs en winkels.'),
      h(2, 'Kernen en buurtschappen'),
      p('Giethoorn, Blokzijl, Oldemarkt en Vollenhove hebben elk een eigen karakter, net als de kleinere buurtschappen.'),
      h(2, 'Landschap'),
      {
        t: 'cols2',
        blocks: [
          h(3, 'Het laagveengebied'),
          p('De Weerribben en De Wieden vormen samen het grootste laagveenmoeras van Noordwest-Europa.'),
          h(3, 'De hogere gronden'),
          p('Rond Steenwijk en Oldemarkt liggen de hogere zandgronden met essen en houtwallen.'),
        ],
      },
      p('_“Je woont hier omdat je het water en de rust wilt. Dat moeten we niet kwijtraken.” – inwoner van Sint Jansklooster_'),
      { t: 'break' },
      h(1, 'Kwaliteiten benutten om ambitie te realiseren'),
      p('**Onze kwaliteiten zijn het vertrekpunt. Wij zetten ze in om onze ambitie waar te maken.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['kwaliteit gaat voor kwantiteit;', 'ruimte voor initiatief dat bijdraagt aan het landschap.']),
      h(2, 'Ambitie'),
      p('Steenwijkerland is in 2040 een gemeente met een waardevast landschap, vitale kernen en een sterke economie van recreatie, landbouw en maakindustrie.'),
      h(2, 'Sturen op kwaliteit'),
      p('In plaats van alles vooraf te regelen, sturen wij op kwaliteit. Een initiatief toetsen wij aan drie vragen:'),
      { t: 'ol', list: 'Num', items: ['Past het bij de identiteit van de plek?', 'Versterkt het de omgevingskwaliteit?', 'Is het afgestemd met de omgeving?'] },
      { t: 'break' },
      h(1, 'Visie en opgaven'),
      p('**Per gebied beschrijven wij onze visie en de opgaven die daarbij horen.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['het landelijk gebied authentiek houden;', 'wonen naar behoefte in elke kern;', 'een klimaatbestendige gemeente.']),
      h(2, 'Landelijk gebied: authentiek in het hier en nu'),
      p('Het landelijk gebied blijft authentiek, maar niet bevroren. Er is ruimte voor vernieuwing die past.'),
      h(3, 'Landbouw'),
      p('De landbouw blijft de drager van het landschap. Wij helpen boeren bij de overgang naar natuurinclusieve landbouw rond het Nationaal Park.'),
      h(3, 'Recreatie en toerisme'),
      p('Giethoorn trekt veel bezoekers. Wij spreiden de drukte over de gemeente en over het jaar.'),
      h(2, 'Kernen'),
      p('Wij bouwen naar behoefte in elke kern:'),
      {
        t: 'table',
        cols: [5.5, 4, 6.5],
        header: ['Kern', 'Woningen tot 2035', 'Accent'],
        rows: [
          ['Steenwijk', 'ca. 1.400', 'binnenstedelijk en Woldmeenthe'],
          ['Vollenhove en Blokzijl', 'ca. 350', 'starters en senioren'],
          ['Giethoorn en Oldemarkt', 'ca. 300', 'eigen behoefte'],
        ],
      },
      h(2, 'Vestingstad Steenwijk'),
      lab('Ambitie'),
      p('De binnenstad binnen de wallen wordt compacter, groener en levendiger.'),
      h(2, 'Energie en klimaat'),
      p('Wij wekken energie op daken en op bedrijventerreinen op en houden het open veenlandschap vrij van grootschalige opwekking.'),
      cap('Foto 2 Rietlanden in De Weerribben'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      p('**Deze visie voeren wij samen uit.**'),
      tk('Wat vinden we belangrijk?'),
      ul(['de plaatselijk belangen als gesprekspartner;', 'elke vier jaar een evaluatie.']),
      h(2, 'Samenwerking'),
      p('Wij werken samen met de provincie Overijssel, het waterschap Drents Overijsselse Delta en Natuurmonumenten.'),
      h(2, 'Monitoring'),
      p('Elke vier jaar evalueren wij de visie met de raad en passen wij haar zo nodig aan.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage 1', nummer: '1', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [5, 11.0], header: ['Naam', 'Identificatie'] },
    ],
  ],
  gios: [
    gio('Gemeente Steenwijkerland', 'gemeente-steenwijkerland', [0, 0], 10),
    gio('Nationaal Park Weerribben-Wieden', 'nationaal-park-weerribben-wieden', [-3, -2], 4),
    gio('Vestingstad Steenwijk', 'vestingstad-steenwijk', [2, 3], 1),
    gio('Dorpsgebied Giethoorn', 'dorpsgebied-giethoorn', [-2, 0], 1),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-steenwijkerland', regeling: 'omgevingsvisie-steenwijkerland', doel: 'omgevingsvisie-steenwijkerland' },
    datums: { vaststelling: '2028-02-27', ondertekening: '2028-02-27', bekendmaking: '2028-03-08', inwerkingtreding: '2028-04-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1708',
  },
  geo: { origin: [200000, 525000] },
  meubilair: ['^Waardevast landschap \\d+$'],
}
export default doc
