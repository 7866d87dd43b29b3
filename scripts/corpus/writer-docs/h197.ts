/**
 * h197 — gemeente Rijssen-Holten (gm1742), holdout (session 13): the Twentse/Sallandse gemeente of some 38.000
 * inwoners with the kernen Rijssen and Holten, the Sallandse Heuvelrug (Holterberg) and the A1 and the Regge. Content
 * after the public text of the "Omgevingsvisie gemeente Rijssen-Holten" as published on lokaleregelgeving.overheid.nl
 * (CVDR726629, geldend van 21-11-2024: "1 Omgevingsvisie deel 1", "1.1 Inleiding", "1.1.1 Een visie op de leefomgeving
 * voor de lange termijn", the four perspectieven beschermen, bevorderen, faciliteren and benutten after the PBL model)
 * and after the college's ontwerp of the eerste wijziging (gmb-2025-28794: "Deel 2", "2.1 t/m 2.11" deelgebied
 * buitengebied, "2.2.5 Ontwikkelgebieden" with "2.2.5.1 Ontwikkelgebied de Banis", "2.9 Recreatie en Toerisme"; its
 * besluit with Artikel I, II, III), here as a raadsbesluit of 2028, shortened and partly in our own words. Layout:
 * LibreOffice, A4, DejaVu Serif 9.5 pt with DejaVu Sans headings; the CVDR-like outline "1 Omgevingsvisie deel 1" /
 * "1.1" / "1.1.1" and a FOURTH LEVEL "2.2.5.1"; table of contents "Inhoudsopgave" of two levels; footer
 * "Omgevingsvisie gemeente Rijssen-Holten" left and "pagina n van m" right; numbered perspectieven "1." … "4.";
 * bullets "•"; one table; raadsbesluit with ROMAN ARTIKELEN I–III; GIO table Nr | Naam | Identificatie in
 * "Bijlage A".
 */
import type { Doc } from '../writer-model.js'
import { A4, decimalOutline, joinId } from '../writer-util.js'

const bg = 'gm1742'
const gio = (naam: string, werk: string, at: [number, number], size = 1) => ({
  naam,
  identificatie: joinId(bg, '2028', werk, '2028-11-23', '1'),
  at,
  size,
})
const p = (text: string) => ({ t: 'p' as const, text })
const h = (l: 1 | 2 | 3 | 4, text: string) => ({ t: 'h' as const, l, text })
const ul = (items: Array<string | { text: string; sub: string[] }>) => ({ t: 'ul' as const, list: 'Bol', items })
const ol = (items: string[]) => ({ t: 'ol' as const, list: 'Num', items })

const doc: Doc = {
  id: 'h197',
  set: 'holdout',
  bron:
    'Naar de openbare tekst van de "Omgevingsvisie gemeente Rijssen-Holten" op lokaleregelgeving.overheid.nl (CVDR726629, geldend van 21-11-2024: "1 Omgevingsvisie deel 1", "1.1 Inleiding", "1.1.1 Een visie op de leefomgeving voor de lange termijn", de vier perspectieven beschermen, bevorderen, faciliteren en benutten naar het model van het PBL) en het ontwerp van de eerste wijziging (gmb-2025-28794: "Deel 2", "2.1 t/m 2.11" deelgebied buitengebied, "2.2.5 Ontwikkelgebieden" met "2.2.5.1 Ontwikkelgebied de Banis", "2.9 Recreatie en Toerisme"; besluit met Artikel I, II, III), hier als raadsbesluit van 2028, ingekort en deels in eigen woorden; eigen opmaak in LibreOffice: A4, DejaVu Serif 9,5 pt met koppen in DejaVu Sans, CVDR-achtige indeling "1 Omgevingsvisie deel 1" / "1.1" / "1.1.1" en een VIERDE NIVEAU "2.2.5.1", inhoudsopgave "Inhoudsopgave" van twee niveaus, voettekst "Omgevingsvisie gemeente Rijssen-Holten" links en "pagina n van m" rechts, genummerde perspectieven "1." … "4.", opsommingen "•", een tabel, raadsbesluit met ROMEINSE ARTIKELEN I–III, GIO-tabel Nr | Naam | Identificatie in "Bijlage A" (holdout)',
  bevoegdGezag: bg,
  naam: 'Gemeente Rijssen-Holten',
  title: 'Omgevingsvisie gemeente Rijssen-Holten',
  style: {
    font: 'DejaVu Serif',
    size: 9.5,
    headingFont: 'DejaVu Sans',
    headingSizes: [15, 12, 10.5, 9.5],
    headingColor: '#7a1f2b',
    lineHeight: 125,
    spaceAfter: 0.2,
    justify: true,
    page: A4(2.0, 2.2, 2.4, 2.2),
    outline: decimalOutline('', 1),
    lists: {
      Bol: { kind: 'bullet', levels: [{ char: '•' }, { char: '◦' }] },
      Num: { kind: 'number', levels: [{ format: '1', suffix: '.' }] },
    },
    masters: {
      Standard: {
        footer: ['Omgevingsvisie gemeente Rijssen-Holten\t\tpagina {page} van {pages}'],
      },
    },
    tableBorder: '0.5pt solid #7a1f2b',
    tableHeaderBg: '#f1e3e5',
    tableFontSize: 8.5,
  },
  besluit: {
    opschrift: 'Besluit van de raad van de gemeente Rijssen-Holten tot vaststelling van de Omgevingsvisie gemeente Rijssen-Holten',
    artikelen: ['I', 'II', 'III'],
    inwerkingtreding: '2029-01-01',
    blocks: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'label', text: 'Besluit van de raad van de gemeente Rijssen-Holten tot vaststelling van de Omgevingsvisie gemeente Rijssen-Holten' },
      p('De raad van de gemeente Rijssen-Holten;'),
      p('gelezen het voorstel van het college van burgemeester en wethouders van 17 oktober 2028, nummer 2028/0412;'),
      p('gelezen de tekstinhoud van de "Omgevingsvisie gemeente Rijssen-Holten";'),
      p('overwegende dat:'),
      ul([
        'de commissie grondgebied de thema’s en de deelgebieden kernen en buitengebied opiniërend heeft besproken;',
        'het ontwerp van de omgevingsvisie van 6 juli tot en met 16 augustus 2028 ter inzage heeft gelegen en dat de zienswijzen zijn beantwoord in de Nota van zienswijzen;',
      ]),
      p('gelet op artikel 3.1, eerste lid, van de Omgevingswet;'),
      { t: 'p', style: 'bold', text: 'Besluit:' },
      { t: 'p', style: 'artikel', text: 'Artikel I' },
      p('De "Omgevingsvisie gemeente Rijssen-Holten", met de geografische informatieobjecten van bijlage A, wordt vastgesteld.'),
      { t: 'p', style: 'artikel', text: 'Artikel II' },
      p('De Structuurvisie Rijssen-Holten 2030 en de Omgevingsvisie gemeente Rijssen-Holten van 21 november 2024 worden ingetrokken.'),
      { t: 'p', style: 'artikel', text: 'Artikel III' },
      p('Dit besluit treedt in werking op 1 januari 2029.'),
      p('Aldus vastgesteld in de openbare vergadering van de raad van 23 november 2028.'),
      { t: 'sign', left: ['De griffier,', '', 'drs. H.J. Kleinsman'], right: ['De voorzitter,', '', 'M.G. Wolters'] },
    ],
  },
  visie: {
    opschrift: 'Omgevingsvisie gemeente Rijssen-Holten',
    front: [
      { t: 'break', master: 'Titel' },
      { t: 'p', style: 'title', text: 'Omgevingsvisie gemeente Rijssen-Holten' },
      { t: 'p', style: 'subtitle', text: 'Samen werken aan een toekomstbestendig Rijssen-Holten' },
      { t: 'break', master: 'Standard', restart: 1 },
      { t: 'toc', title: 'Inhoudsopgave', levels: 2 },
      { t: 'break' },
    ],
    body: [
      h(1, 'Omgevingsvisie deel 1'),
      h(2, 'Inleiding'),
      h(3, 'Een visie op de leefomgeving voor de lange termijn'),
      p('Met de omgevingsvisie Rijssen-Holten geven we een toekomstbeeld waarmee we laten zien hoe onze gemeente er over tien jaar uit kan zien en waar onze doelen en ambities liggen. Dit toekomstbeeld gaat over de fysieke leefomgeving: alles wat we buiten zien en nodig hebben om te kunnen leven, wonen, werken en ontspannen. Zowel binnen de kernen als in ons buitengebied.'),
      p('Met de omgevingsvisie geven we richting, sturing en duidelijkheid over de wijze waarop we Rijssen-Holten willen ontwikkelen. We zoeken een balans tussen het beschermen en benutten van onze leefomgeving.'),
      h(3, 'Vier perspectieven'),
      p('Beschermen, bevorderen en faciliteren zijn drie perspectieven op een gezonde leefomgeving van het Planbureau voor de Leefomgeving (PBL). Wij hebben benutten als vierde perspectief toegevoegd, omdat wij dit perspectief vonden ontbreken. Elk perspectief zegt iets over de rol die wij als gemeente innemen:'),
      ol([
        'Het beschermen gaat over het zorgen dat de schade aan de leefomgeving zo laag mogelijk is, bijvoorbeeld met normen of milieuzoneringen.',
        'Het bevorderen gaat over het stimuleren van een gezonde leefstijl en een gezonde leefomgeving.',
        'Het faciliteren gaat over het mogelijk maken van initiatieven van inwoners en ondernemers.',
        'Het benutten gaat over het inzetten van de kwaliteiten die er al zijn.',
      ]),
      h(3, 'Leeswijzer'),
      p('Deel 1 beschrijft de gemeentebrede koers. Deel 2 werkt die koers uit per thema en per deelgebied.'),
      h(2, 'Rijssen-Holten in beeld'),
      h(3, 'Twee kernen met een eigen karakter'),
      p('Rijssen is een ondernemende kern met veel bedrijvigheid langs de Regge en de A35. Holten ligt aan de voet van de Holterberg en is sterk in recreatie en toerisme.'),
      h(3, 'Landschap van de Sallandse Heuvelrug tot de Regge'),
      p('Het landschap loopt van de stuwwal van de Sallandse Heuvelrug via de essen en kampen naar de beekdalen van de Regge en de Schipbeek.'),
      h(2, 'Ambities'),
      p('Onze ambities voor 2040 zijn samengevat in de tabel hieronder.'),
      {
        t: 'table',
        cols: [4.2, 6.0, 5.8],
        header: ['Ambitie', 'Wat willen we bereiken?', 'Perspectief'],
        rows: [
          ['Vitale kernen', 'voldoende woningen voor alle doelgroepen', 'faciliteren'],
          ['Sterke economie', 'ruimte voor de groei van eigen bedrijven', 'benutten'],
          ['Gezonde leefomgeving', 'schone lucht, weinig geluidshinder', 'beschermen'],
          ['Duurzaam buitengebied', 'een toekomst voor de agrariër en de natuur', 'bevorderen'],
        ],
      },
      h(2, 'Samen werken aan de leefomgeving'),
      p('Wij werken samen met inwoners, ondernemers, het waterschap Vechtstromen, de provincie Overijssel en de buurgemeenten in Twente en Salland.'),
      { t: 'break' },
      h(1, 'Omgevingsvisie deel 2'),
      h(2, 'Wonen'),
      p('We bouwen naar behoefte in beide kernen, met aandacht voor starters, senioren en mensen met een zorgvraag.'),
      ul(['inbreiding gaat voor uitbreiding;', 'nieuwe wijken sluiten aan op bestaande groene structuren;', 'in het buitengebied bieden we ruimte voor nieuwe functies in vrijkomende erven.']),
      h(2, 'Economie'),
      h(3, 'Bedrijventerreinen'),
      p('Rijssen-Holten heeft veel maakindustrie. Bestaande bedrijventerreinen benutten we eerst beter; daarna zoeken we ruimte in regionaal verband.'),
      h(3, 'Winkelgebieden'),
      p('De centra van Rijssen en Holten blijven compact en aantrekkelijk.'),
      h(3, 'Duurzaamheid en energie'),
      p('Wij wekken duurzame energie op waar het landschap dat toelaat en stimuleren zon op daken.'),
      h(3, 'Mobiliteit'),
      p('De fiets en het openbaar vervoer krijgen voorrang in de kernen; het station Rijssen en het station Holten worden mobiliteitsknooppunten.'),
      h(3, 'Ontwikkelgebieden'),
      p('Op enkele plekken voorzien wij een grotere ontwikkeling.'),
      h(4, 'Ontwikkelgebied de Banis'),
      p('De Banis in Rijssen ontwikkelen wij tot een woon-werkgebied met groen en water langs de Regge.'),
      h(4, 'Stationsomgeving Holten'),
      p('Rond het station Holten is ruimte voor wonen, een bezoekerscentrum en parkeren voor de Holterberg.'),
      h(2, 'Natuur en landschap'),
      p('De Sallandse Heuvelrug is Natura 2000-gebied en Nationaal Park. Wij beschermen de heide en de bossen en benutten ze voor rustige recreatie.'),
      h(2, 'Water en klimaat'),
      p('Wij houden water vast in de beekdalen en maken de kernen hittebestendig.'),
      h(2, 'Recreatie en Toerisme'),
      p('Holten is de toeristische poort van de Sallandse Heuvelrug. We kiezen voor kwaliteit boven kwantiteit:'),
      ul(['vernieuwing van verblijfsrecreatie op bestaande locaties;', { text: 'spreiding van bezoekers', sub: ['over het jaar;', 'over de gemeente.'] }, 'goede fiets- en wandelroutes.']),
      h(2, 'Buitengebied'),
      p('Het buitengebied is van de agrariër, de natuur en de recreant samen. Wij kiezen per deelgebied.'),
      h(3, 'Essen en kampen'),
      p('De open essen houden wij open; de kampen behouden hun houtwallen.'),
      h(3, 'Beekdalen'),
      p('In de beekdalen van de Regge en de Schipbeek gaan natuur en waterberging voor.'),
      { t: 'break' },
      h(1, 'Uitvoering'),
      h(2, 'Omgevingsplan en programma’s'),
      p('Wij vertalen deze visie naar het omgevingsplan en naar programma’s voor wonen, mobiliteit en energie.'),
      h(2, 'Monitoring en actualisatie'),
      p('Wij actualiseren de visie in delen: een wijziging per thema of deelgebied, zoals de eerste wijziging voor het buitengebied en de Banis.'),
    ],
  },
  bijlagen: [
    [
      { t: 'break' },
      { t: 'bijlage', label: 'Bijlage A', nummer: 'A', text: 'Geografische informatieobjecten', sep: ' ' },
      { t: 'gio', layout: 'table', cols: [1.2, 4.6, 10.2], header: ['Nr', 'Naam', 'Identificatie'], extra: 'nr' },
    ],
  ],
  gios: [
    gio('Gemeente Rijssen-Holten', 'gemeente-rijssen-holten', [0, 0], 9),
    gio('Ontwikkelgebied de Banis', 'ontwikkelgebied-de-banis', [-3, 1], 0.8),
    gio('Sallandse Heuvelrug', 'sallandse-heuvelrug', [4, -1], 3),
    gio('Beekdal van de Regge', 'beekdal-regge', [-1, 3], 1.5),
  ],
  config: {
    werk: { jaar: '2028', besluit: 'omgevingsvisie-rijssen-holten', regeling: 'omgevingsvisie-rijssen-holten', doel: 'omgevingsvisie-rijssen-holten' },
    datums: { vaststelling: '2028-11-23', ondertekening: '2028-11-23', bekendmaking: '2028-12-05', inwerkingtreding: '2029-01-01' },
    soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
    onderwerpen: ['/tooi/def/concept/c_9af4b880'],
    ambtsgebied: 'GM1742',
  },
  geo: { origin: [227000, 480000] },
  meubilair: ['^Omgevingsvisie gemeente Rijssen-Holten pagina \\d+ van \\d+$'],
}
export default doc
