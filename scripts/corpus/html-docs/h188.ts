/**
 * h188 — gemeente Kerkrade (gm0928), holdout (session 13): the Limburgse grensstad of some 45.000 inwoners in
 * Parkstad, with the stadsdelen Kerkrade-West, Kerkrade-Oost, Kerkrade-Noord and Eygelshoven. Set as a GEMEENTEBLAD
 * PUBLICATION after the real one, gmb-2025-484313 "Vaststelling Omgevingsvisie gemeente Kerkrade 2050" (its
 * preamble "De raad van de gemeente Kerkrade; overwegende," with bulleted considerations: the structuurvisie
 * Kerkrade 2010-2020 (2011) and the three stadsdeelvisies "zijn dienst heeft bewezen maar aan vervanging toe is", the
 * Omgevingswet, the ter-inzagelegging with the OER, the advice of the commissie MER), and after the public pages of
 * the visie "Verrassend Kerkrade, ’t sjunste óp de welt" (four verhaallijnen leefbare stad, werkende stad,
 * meergeneratiestad and klimaatbestendige stad; the themes gezondheid en brede welvaart, landschap en erfgoed and
 * energiezekerheid across them; "Van visie naar handelingsperspectief" with gebiedstypen; "De visie in uitvoering":
 * omgevingsprogramma’s, the omgevingsplan before 2032, the beleidscyclus), here as a besluit of 2028, shortened and
 * partly in our own words. Layout: A4, Liberation Sans 9.5 pt in the sober Gemeenteblad style ("GEMEENTEBLAD",
 * "Officiële uitgave van de gemeente Kerkrade", footer "Gemeenteblad 2028 nr. 512034 | 14 december 2028" with the
 * page number right); chapters "Hoofdstuk 1 Inleiding" on one line, sections with a PARAGRAPH SIGN "§ 1.1" (nummer
 * "1.1"), a third level "§ 4.1.1"; several section titles are QUESTIONS; no table of contents; lists "•" and "a.";
 * a table; Artikel 1–3 (in werking the day after publication: no date); the visie as "Bijlage 1", the GIO table
 * Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('gm0928', '2028', '2028-12-11', '1')
const GIOS: Gio[] = [
  gio('Gemeente Kerkrade', 'gemeente-kerkrade', [0, 0], 3.5),
  gio('Centrumgebied Kerkrade', 'centrumgebied-kerkrade', [0.5, 0.3], 0.6),
  gio('Anstelvallei', 'anstelvallei', [-1.5, 1], 1),
  gio('Werkgebied Avantis', 'werkgebied-avantis', [1.8, -1.6], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1 class="brk">Hoofdstuk ${k.nummer} ${k.opschrift}</h1>`
    : `<h${k.niveau}>§ ${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<div class="gmbkop"><p class="gmb">GEMEENTEBLAD</p><p class="off">Officiële uitgave van de gemeente Kerkrade</p><p class="nr">Nr. 512034<br>14 december 2028</p></div>
<p class="ttl">Vaststelling Omgevingsvisie gemeente Kerkrade 2050</p>
<p>De raad van de gemeente Kerkrade;</p>
<p>overwegende,</p>
<ul class="ov">
<li>dat iedere gemeente dient te beschikken over een Omgevingsvisie;</li>
<li>dat het geldende gemeentelijk strategisch ruimtelijk beleid, bestaande uit de structuurvisie Kerkrade 2010-2020 (2011) met een uitwerking in de drie stadsdeelvisies voor Kerkrade-West, Kerkrade-Oost I, Kerkrade-Noord en -Oost II (2011-2014), zijn dienst heeft bewezen maar aan vervanging toe is;</li>
<li>dat met de Omgevingswet de reikwijdte bij het afwegen van belangen bij nieuwe plannen en ontwikkelingen is verbreed en dat in samenhang naar de fysieke leefomgeving dient te worden gekeken;</li>
<li>dat de ontwerp-Omgevingsvisie met het participatieverslag en de Omgevingseffectrapportage (OER) van 5 juni tot en met 17 juli 2028 ter inzage heeft gelegen en dat de beantwoording van de zienswijzen is opgenomen in de Nota van zienswijzen;</li>
<li>dat de commissie MER een advies heeft uitgebracht op het OER en dat de aanbevelingen zijn verwerkt;</li>
</ul>
<p>gelet op artikel 3.1, eerste lid, en afdeling 16.5 van de Omgevingswet;</p>
<p>gezien het voorstel van burgemeester en wethouders van 31 oktober 2028;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De “Omgevingsvisie Kerkrade 2050: Verrassend Kerkrade, ’t sjunste óp de welt”, opgenomen in bijlage 1, met de geografische informatieobjecten in bijlage 2, vast te stellen.</p>
<p class="art">Artikel 2</p>
<p>De structuurvisie Kerkrade 2010-2020 en de stadsdeelvisies voor Kerkrade-West, Kerkrade-Oost I, Kerkrade-Noord en -Oost II in te trekken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op de dag na die van bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 11 december 2028.</p>
<p>de griffier,<br>mr. R.H.M. Wetzels</p>
<p>de voorzitter,<br>P.J.M. Dassen-Housen</p>`)

  d.page('std').raw('<p class="bijl brk">Bijlage 1 Omgevingsvisie Kerkrade 2050</p>')
  d.raw('<p class="vt">Verrassend Kerkrade, ’t sjunste óp de welt</p>')
  d.enter('visie')
  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie?')
  d.p('De Omgevingsvisie beschrijft de toekomst van onze gemeente: hoe moet Kerkrade er in 2050 uitzien? Al het gemeentelijke beleid over de leefomgeving komt hierin samen, over wonen, verkeer, natuur, water, bouwen en economie, en over leefbaarheid, veiligheid en gezondheid.')
  d.kop(2, '1.2', 'Wat is de status van deze visie?')
  d.p('De visie is zelfbindend voor de raad en het college. Zij vervangt de structuurvisie uit 2011 en de stadsdeelvisies.')
  d.kop(2, '1.3', 'Hoe is de visie tot stand gekomen?')
  d.p('Wij gingen de straat op met een gebiedssafari in Kerkrade-Noord, -West en -Oost, stuurden alle inwoners een postkaart en openden een online vragenlijst.')

  d.kop(1, '2', 'Kerkrade nu')
  d.kop(2, '2.1', 'Een stad van vele wijken')
  d.p('De vele stadsdelen en wijken met een eigen centrum zijn een van de kwaliteiten van Kerkrade. Een herkenbaar wijkcentrum met eigen voorzieningen schept identiteit en gemeenschapszin.')
  d.kop(2, '2.2', 'Landschap en erfgoed')
  d.p('De Anstelvallei, de Wormvallei en de mijnsteenbergen vertellen samen met Rolduc en de kastelen het verhaal van Kerkrade.')
  d.kop(2, '2.3', 'Gezondheid en brede welvaart')
  d.p('Met het programma Vie wil Kerkrade de ervaren gezondheid op het niveau van Zuid-Limburg brengen. Binnen het Zuid-Limburgse gezondheidsbeleid is het doel de achterstand op de rest van Nederland in 2030 met 25% te verkleinen.')

  d.kop(1, '3', 'De ambities langs vier verhaallijnen')
  d.p('De Omgevingsvisie zoekt oplossingen die verder gaan dan de problemen, om terug te keren naar de kernkwaliteiten die voor de gemeente zo belangrijk zijn. Daartoe zijn vier verhaallijnen uitgewerkt.')
  d.kop(2, '3.1', 'Leefbare stad')
  d.p('Wij werken aan veilige, schone en groene wijken:')
  d.list(['wijkcentra op loopafstand van elke woning;', { text: 'aanpak van leegstand', sub: ['in de winkelstraten;', 'in het vastgoed van de mijnbouwperiode.'] }, 'ruimte voor ontmoeting.'], bol)
  d.kop(2, '3.2', 'Werkende stad')
  d.p('Kerkrade versterkt zijn positie in de Euregio met werk op Avantis en in de zorg en logistiek.')
  d.kop(2, '3.3', 'Meergeneratiestad')
  d.p('Jong en oud wonen door elkaar. Wij bouwen levensloopbestendig en houden de stad aantrekkelijk voor jonge gezinnen.')
  d.kop(2, '3.4', 'Klimaatbestendige stad')
  d.p('Hitte, droogte en hevige buien vragen om meer groen en om water vasthouden op de plateaus.')
  d.table(['Verhaallijn', 'Kernbegrip', 'Voorbeeld'], [
    ['Leefbare stad', 'nabijheid', 'wijkcentrum Chevremont'],
    ['Werkende stad', 'Euregio', 'Avantis'],
    ['Meergeneratiestad', 'levensloop', 'woonzorgzone West'],
    ['Klimaatbestendige stad', 'sponswerking', 'Anstelvallei'],
  ], 'tbl', ['30%', '25%', '45%'])

  d.kop(1, '4', 'Van visie naar handelingsperspectief')
  d.p('Om de uitvoering te vergemakkelijken vertalen wij de verhaallijnen naar gebiedstypen, elk met een eigen aanpak.')
  d.kop(2, '4.1', 'Centrumgebieden')
  d.p('Wij zetten in op het intensiveren van alle bestaande centra.')
  d.kop(3, '4.1.1', 'Stadscentrum')
  d.p('Het Markt- en Hoofdstraatgebied krijgt meer wonen en groen.')
  d.kop(3, '4.1.2', 'Wijkcentra')
  d.p('In een wijkcentrum is naast winkels ruimte voor voorzieningen, een mobiliteitshub of een ontmoetingsplek.')
  d.kop(2, '4.2', 'Woongebieden')
  d.p('In de woongebieden vernieuwen wij de woningvoorraad en de openbare ruimte.')
  d.kop(2, '4.3', 'Werkgebieden')
  d.p('Bedrijventerreinen worden intensiever benut en beter ingepast.')
  d.kop(2, '4.4', 'Buitengebied')
  d.p('Het buitengebied blijft open en groen. Initiatieven moeten voldoen aan de volgende eisen:')
  d.list(['zij versterken het landschap;', 'zij passen bij de schaal van de omgeving;', 'zij dragen bij aan recreatie of natuur.'], let_)

  d.kop(1, '5', 'De visie in uitvoering')
  d.kop(2, '5.1', 'Wat zijn omgevingsprogramma’s?')
  d.p('Voor een gebied of vraagstuk kunnen wij een omgevingsprogramma opstellen: acties, een planning en de benodigde inzet.')
  d.kop(2, '5.2', 'Omgevingsplan en omgevingsvergunning')
  d.p('Na vaststelling van deze visie werken wij aan een gebiedsdekkend omgevingsplan, vast te stellen vóór 2032.')
  d.kop(2, '5.3', 'Beleidscyclus en monitoring')
  d.p('De visie wordt in iedere raadsperiode geactualiseerd op basis van de monitoring.')

  d.page('std').bijlage('2', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage 2 Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['32%', '68%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #333;"
  const spec: DocSpec = {
    id: 'h188',
    set: 'holdout',
    bron: 'Als GEMEENTEBLAD-PUBLICATIE naar de echte, gmb-2025-484313 "Vaststelling Omgevingsvisie gemeente Kerkrade 2050" (aanhef "De raad van de gemeente Kerkrade; overwegende," met overwegingen als opsomming: de structuurvisie Kerkrade 2010-2020 en drie stadsdeelvisies "zijn dienst heeft bewezen maar aan vervanging toe is", de Omgevingswet, de terinzagelegging met het OER, het advies van de commissie MER), en naar de openbare pagina\'s van de visie "Verrassend Kerkrade, ’t sjunste óp de welt" (vier verhaallijnen leefbare stad, werkende stad, meergeneratiestad en klimaatbestendige stad; gezondheid en brede welvaart met het programma Vie; "Van visie naar handelingsperspectief" met gebiedstypen; "De visie in uitvoering"), hier als besluit van 2028, ingekort en deels in eigen woorden; eigen opmaak: A4, Liberation Sans 9,5 pt in de sobere Gemeenteblad-stijl ("GEMEENTEBLAD", "Officiële uitgave van de gemeente Kerkrade", voettekst "Gemeenteblad 2028 nr. 512034 | 14 december 2028" met paginanummer rechts), hoofdstukken "Hoofdstuk 1 Inleiding" op één regel, paragrafen met PARAGRAAFTEKEN "§ 1.1" (nummer "1.1"), een derde niveau "§ 4.1.1", titels als VRAAG, geen inhoudsopgave, lijsten "•" en "a.", een tabel, Artikel 1–3 (in werking de dag na bekendmaking), de visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0928',
    naam: 'Gemeente Kerkrade',
    besluit: {
      opschrift: 'Vaststelling Omgevingsvisie gemeente Kerkrade 2050',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Kerkrade 2050',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-kerkrade-2050', regeling: 'omgevingsvisie-kerkrade-2050', doel: 'omgevingsvisie-kerkrade-2050' },
      datums: { vaststelling: '2028-12-11', ondertekening: '2028-12-11', bekendmaking: '2028-12-14' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0928',
      oin: '00000001000000009280',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [203000, 322000] },
    meubilair: ['^Gemeenteblad 2028 nr\\. 512034 \\| 14 december 2028$', '^\\d+$'],
    title: 'Gemeenteblad 2028 nr. 512034',
    css: `
@page { size: A4; margin: 22mm 20mm 20mm 20mm; @bottom-left { content: "Gemeenteblad 2028 nr. 512034 | 14 december 2028"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #000; }
p { margin: 0 0 2.2mm; }
.gmbkop { border-bottom: 1pt solid #154273; margin-bottom: 8mm; padding-bottom: 2mm; position: relative; }
.gmb { font: bold 20pt 'Liberation Sans'; color: #154273; margin: 0; letter-spacing: 0.04em; }
.off { font-size: 9pt; margin: 0; }
.nr { position: absolute; right: 0; top: 2mm; text-align: right; font-size: 9pt; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 0 0 5mm; }
ul.ov { margin: 0 0 2.2mm 5mm; padding-left: 4mm; }
ul.ov li { margin-bottom: 1.2mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.bijl { font: bold 12pt 'Liberation Sans'; margin: 0 0 4mm; }
.vt { font: italic 11pt 'Liberation Sans'; margin: 0 0 6mm; }
.brk { break-before: page; }
h1 { font: bold 12pt 'Liberation Sans'; margin: 7mm 0 3mm; }
h1.brk { margin-top: 0; }
h2 { font: bold 10pt 'Liberation Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #666; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #e8eef5; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #666; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
