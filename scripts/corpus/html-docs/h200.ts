/**
 * h200 — gemeente Westerveld (gm1701), holdout (session 13): the Drentse gemeente of some 20.000 inwoners with the
 * dorpen Diever, Dwingeloo, Havelte, Vledder, Uffelte, Wapse and Frederiksoord-Wilhelminaoord (Koloniën van
 * Weldadigheid, werelderfgoed) between the Nationale Parken Drents-Friese Wold and Dwingelderveld. Content after the
 * public pages of the "Omgevingsvisie gemeente Westerveld" (adopted by the raad on 1 February 2022; its leeswijzer
 * with five onderdelen Visie, Gebiedskompassen, Idee, Uitvoering en monitoring and Achtergrond; "Visie op de
 * Omgevingswet: anders werken"; "Visie op de invulling van onze rol": "minder regels, meer maatwerk"; gemeentebrede
 * ambities made concrete for 9 deelgebieden; the campaign "Westerveld Natuurlijk" with its two questions "Ik ben trots
 * op mijn dorp/omgeving omdat ..." and "Mijn dorp/omgeving zou nog beter zijn als ...", dorpenavonden, a jongerendag,
 * the Samenlevingsagenda), here as a renewed visie of 2028, shortened and partly in our own words. Layout: Chromium,
 * A4, Liberation Serif 10.5 pt with Liberation Sans headings; chapters IN CAPITALS with a dot after the number
 * ("1. VISIE", nummer "1"), sections "1.1", a third level "2.2.1"; no table of contents; a framed KADER
 * ("Samenlevingsagenda") beside the text; footer "Omgevingsvisie Westerveld 2028 — blz. n"; lists "•" and "–";
 * a table; raadsbesluit with Artikel 1–3 and "Aldus besloten"; GIO table Naam | Identificatie in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1701', '2028', '2028-06-27', '1')
const GIOS: Gio[] = [
  gio('Gemeente Westerveld', 'gemeente-westerveld', [0, 0], 4),
  gio('Nationaal Park Drents-Friese Wold', 'nationaal-park-drents-friese-wold', [-2.5, 1.5], 1.5),
  gio('Nationaal Park Dwingelderveld', 'nationaal-park-dwingelderveld', [2.5, -0.5], 1.2),
  gio('Koloniën van Weldadigheid', 'kolonien-van-weldadigheid', [-3, -1], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">${k.nummer}. ${k.opschrift}</h1>`
    : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="gem">Gemeente Westerveld</p>
<p class="ttl">Raadsbesluit vaststelling Omgevingsvisie gemeente Westerveld</p>
<p>De raad van de gemeente Westerveld;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 mei 2028, nr. 2028-0093;</p>
<p>overwegende dat de Omgevingsvisie is ontstaan met inbreng van inwoners, ondernemers, belangenorganisaties, verenigingen, ketenpartners en medeoverheden, en dat het ontwerp van 6 april tot en met 3 mei 2028 ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie gemeente Westerveld met de geografische informatieobjecten van bijlage I vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De Omgevingsvisie gemeente Westerveld van 1 februari 2022 in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 september 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Westerveld op 27 juni 2028.</p>
${handtekeningen(['de griffier,', 'mr. A. Hoekstra'], ['de voorzitter,', 'R.L. Vos'])}`)

  d.page('std').raw('<p class="vtitel brk">Omgevingsvisie gemeente Westerveld</p><p class="vsub">Westerveld Natuurlijk — koers tot 2040</p>')
  d.enter('visie')
  d.p('Deze Omgevingsvisie bevat het toekomstbeeld van en voor de gemeente Westerveld. De visie geeft richting aan wat we in 2040 bereikt willen hebben. Deze Omgevingsvisie bestaat uit vijf onderdelen:', 'intro')
  d.list([
    '<b>Visie</b>: ons toekomstbeeld voor 2040 en de manier waarop we onder de Omgevingswet willen (samen)werken;',
    '<b>Gebiedskompassen</b>: onze gemeentebrede ambities en keuzes, concreet gemaakt voor negen deelgebieden;',
    '<b>Idee</b>: wat u kunt doen en wat wij doen als u een plan heeft;',
    '<b>Uitvoering en monitoring</b>: de beleidscyclus en de juridische aspecten;',
    '<b>Achtergrond</b>: de informatie die we hebben gebruikt.',
  ], bol)

  d.kop(1, '1', 'VISIE')
  d.kop(2, '1.1', 'Het toekomstbeeld voor de gemeente')
  d.p('Westerveld is in 2040 een groene gemeente met vitale dorpen, waar het goed wonen, werken en recreëren is, in een landschap van bossen, heide, beekdalen en esdorpen.')
  d.kop(2, '1.2', 'Visie op de Omgevingswet: anders werken')
  d.raw('<div class="kader"><p class="kk">Samenlevingsagenda</p><p>De Samenlevingsagenda is opgesteld voor de korte termijn (circa vijf jaar) en bestaat uit concrete ideeën en ambities uit de campagne ‘Westerveld Natuurlijk’.</p></div>')
  d.p('De samenleving is continu in beweging. Initiatieven en ontwikkelingen komen meer en meer vanuit de samenleving. We willen samen met dorpsraden, inwoners en ondernemers komen tot oplossingen voor knelpunten. We scheppen als gemeente randvoorwaarden, bieden kansen en nemen obstakels weg.')
  d.kop(2, '1.3', 'Visie op de invulling van onze rol')
  d.p('We streven ernaar dat Westerveld een actieve, gastvrije en saamhorige samenleving is, gekenmerkt door sociale veerkracht en leefbaarheid. Geen overheid die vooral controleert en stuurt, maar een overheid die samenwerkt en faciliteert: minder regels, meer maatwerk.')
  d.kop(2, '1.4', 'Onze kernwaarden')
  d.list(['de rust, de ruimte en het donker;', { text: 'het landschap', sub: ['de esdorpen en de beekdalen;', 'de Koloniën van Weldadigheid.'] }, 'de saamhorigheid in de dorpen.'], bol)

  d.kop(1, '2', 'GEBIEDSKOMPASSEN')
  d.kop(2, '2.1', 'Gemeentebrede ambities en keuzes')
  d.p('In dit deel leest u eerst onze gemeentebrede ambities en keuzes. Die maken we vervolgens concreet voor negen deelgebieden.')
  d.table(['Thema', 'Ambitie 2040', 'Keuze'], [
    ['Wonen', 'woningen voor jong en oud in elk dorp', 'bouwen naar behoefte'],
    ['Bereikbaarheid', 'goede verbindingen met Meppel en Assen', 'fiets en openbaar vervoer'],
    ['Klimaat', 'energieneutraal in 2040', 'zon op daken eerst'],
    ['Economie', 'een sterke vrijetijdseconomie', 'kwaliteit boven kwantiteit'],
  ], 'tbl', ['24%', '42%', '34%'])
  d.kop(2, '2.2', 'Deelgebieden')
  d.p('Voor elk gebied beschrijven we wat het karakter is, wat er bijzonder is en welke koers we voor het gebied zien.')
  d.kop(3, '2.2.1', 'Diever en omgeving')
  d.p('Diever is het hart van de gemeente met het gemeentehuis en het Shakespearetheater.')
  d.kop(3, '2.2.2', 'Dwingeloo en het Dwingelderveld')
  d.p('Dwingeloo ligt aan de rand van het Nationaal Park Dwingelderveld, de grootste natte heide van West-Europa.')
  d.kop(3, '2.2.3', 'Havelte en Uffelte')
  d.p('De esdorpen Havelte en Uffelte liggen op de rand van het Drents Plateau.')
  d.kop(3, '2.2.4', 'Vledder en Wapse')
  d.p('Rond Vledder en Wapse liggen de bossen en heide van het Drents-Friese Wold.')
  d.kop(3, '2.2.5', 'Frederiksoord-Wilhelminaoord')
  d.p('De Koloniën van Weldadigheid zijn werelderfgoed. Ontwikkelingen versterken de herkenbaarheid van de koloniestructuur.')
  d.kop(3, '2.2.6', 'Het buitengebied')
  d.p('In het buitengebied werken landbouw, natuur en recreatie samen aan een vitaal platteland.')

  d.kop(1, '3', 'IDEE')
  d.kop(2, '3.1', 'Wat kunt u doen?')
  d.p('Heeft u een plan? Ga vroeg in gesprek met uw buren, de dorpsraad en de gemeente.')
  d.kop(2, '3.2', 'Wat doen wij?')
  d.p('Wij denken mee, geven een eerste reactie binnen vier weken en wegen uw plan af aan deze visie.')

  d.kop(1, '4', 'UITVOERING EN MONITORING')
  d.kop(2, '4.1', 'De beleidscyclus')
  d.p('De visie werkt door in programma’s en in het omgevingsplan. Elke vier jaar evalueren we de visie.')
  d.kop(2, '4.2', 'Juridische aspecten')
  d.p('De Omgevingsvisie bindt alleen de gemeente. Regels voor burgers en bedrijven staan in het omgevingsplan.')

  d.kop(1, '5', 'ACHTERGROND')
  d.kop(2, '5.1', 'Het proces')
  d.p('Het proces is in mei 2019 gestart met een brede campagne onder de naam ‘Westerveld Natuurlijk’, aan de hand van twee vragen:')
  d.list(['Ik ben trots op mijn dorp/omgeving omdat ...', 'Mijn dorp/omgeving zou nog beter zijn als ...'], bol)
  d.kop(2, '5.2', 'Dorpenavonden en jongerendag')
  d.p('Tijdens vier dorpenavonden is samen met inwoners gezocht naar opgaven en concrete ideeën. Voor de scholieren van Stad &amp; Esch in Diever is een jongerendag georganiseerd.')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage I — Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 8pt 'Liberation Sans'; color: #444;"
  const spec: DocSpec = {
    id: 'h200',
    set: 'holdout',
    bron: 'Naar de openbare pagina\'s van de "Omgevingsvisie gemeente Westerveld" (op 1 februari 2022 door de raad vastgesteld; leeswijzer met vijf onderdelen Visie, Gebiedskompassen, Idee, Uitvoering en monitoring en Achtergrond; "Visie op de Omgevingswet: anders werken"; "Visie op de invulling van onze rol": "minder regels, meer maatwerk"; gemeentebrede ambities concreet gemaakt voor 9 deelgebieden; de campagne "Westerveld Natuurlijk" met haar twee vragen, dorpenavonden, een jongerendag, de Samenlevingsagenda), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Liberation Serif 10,5 pt met koppen in Liberation Sans, hoofdstukken IN HOOFDLETTERS met een punt na het nummer ("1. VISIE", nummer "1"), paragrafen "1.1", een derde niveau "2.2.1", geen inhoudsopgave, een KADER "Samenlevingsagenda" naast de tekst, voettekst "Omgevingsvisie Westerveld 2028 — blz. n", lijsten "•" en "–", een tabel, raadsbesluit met Artikel 1–3 en "Aldus besloten", GIO-tabel Naam | Identificatie in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm1701',
    naam: 'Gemeente Westerveld',
    besluit: {
      opschrift: 'Raadsbesluit vaststelling Omgevingsvisie gemeente Westerveld',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-09-01',
    },
    visieOpschrift: 'Omgevingsvisie gemeente Westerveld',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-westerveld', regeling: 'omgevingsvisie-westerveld', doel: 'omgevingsvisie-westerveld' },
      datums: { vaststelling: '2028-06-27', ondertekening: '2028-06-27', bekendmaking: '2028-07-06', inwerkingtreding: '2028-09-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1701',
      oin: '00000001000000017010',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [215000, 540000] },
    meubilair: ['^Omgevingsvisie Westerveld 2028 — blz\\. \\d+$'],
    title: 'Omgevingsvisie gemeente Westerveld',
    css: `
@page { size: A4; margin: 20mm 22mm 22mm 22mm; @bottom-right { content: "Omgevingsvisie Westerveld 2028 — blz. " counter(page); ${ft} } }
@page eerste { @bottom-right { content: none; } }
body { font: 10.5pt/1.42 'Liberation Serif', serif; color: #111; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 11pt 'Liberation Sans'; color: #3c6e2f; margin-bottom: 6mm; }
.ttl { font: bold 14pt 'Liberation Sans'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; }
.art { font: bold 10.5pt 'Liberation Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.vtitel { font: bold 22pt 'Liberation Sans'; color: #3c6e2f; margin: 30mm 0 3mm; }
.vsub { font: italic 13pt 'Liberation Serif'; margin-bottom: 12mm; }
.intro { font-style: italic; }
.brk { break-before: page; }
h1 { font: bold 16pt 'Liberation Sans'; color: #3c6e2f; letter-spacing: 0.03em; margin: 0 0 5mm; }
h2 { font: bold 12pt 'Liberation Sans'; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font: bold 10.5pt 'Liberation Sans'; color: #555; margin: 4mm 0 1mm; break-after: avoid; }
.kader { float: right; width: 55mm; margin: 0 0 3mm 5mm; padding: 2.5mm 3mm; border: 0.8pt solid #3c6e2f; background: #eef4ea; font: 9pt/1.35 'Liberation Sans'; }
.kader .kk { font-weight: bold; margin-bottom: 1.5mm; }
div.lst { margin: 0 0 2.4mm 2mm; }
div.lst .li .row { display: flex; } div.lst .m { width: 5mm; flex: none; } div.lst .d1 { margin-left: 5mm; }
table.tbl { width: 100%; font: 9pt 'Liberation Sans'; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border-bottom: 0.5pt solid #3c6e2f; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #dfeadb; }
.bijl { font: bold 14pt 'Liberation Sans'; margin: 0 0 5mm; }
table.gio { width: 100%; font: 9pt 'Liberation Sans'; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
