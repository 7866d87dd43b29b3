/**
 * h202 — provincie Overijssel (pv23), holdout (session 13), with a visie not yet in the corpus (c02 and h49 follow
 * the older Omgevingsvisie Overijssel): the new Omgevingsvisie "Overijssel voor en met elkaar!". Set as a
 * PROVINCIAAL BLAD publication after the real one of the ontwerp (prb-2025-8484: "Gedeputeerde Staten van Overijssel
 * besluiten: Artikel I Het ontwerp Omgevingsvisie 'Overijssel voor en met elkaar!' vast te stellen …, zoals is
 * aangegeven in Bijlage A. Artikel II [Gereserveerd]", the Voorwoord "De ruimte in Overijssel is schaars …", a
 * toekomstbeeld of Overijssel in 2035 with a doorkijk naar 2050, "Als één overheid") and after the provincial pages on
 * the road to it (the perspectief "Zelfbewust Overijssel"; the four leidende principes water en bodem als basis,
 * zuinig en meervoudig ruimtegebruik, krachtige en complementaire DUS-regio’s, voortbouwen op onze sterke netwerken;
 * the four Rode Draden sociale kwaliteit, gezondheid, ruimtelijke kwaliteit en duurzaamheid; the Fundament of 21 June
 * 2022), here as the Statenbesluit of 2028 that adopts it, shortened and partly in our own words. Layout: Chromium,
 * A4, Nimbus Sans 9.5 pt in the sober Provinciaal-blad style ("PROVINCIAAL BLAD", "Officiële uitgave van de provincie
 * Overijssel", footer "Provinciaal blad 2028 nr. 10452 | 7 juli 2028" left and the page number right); the visie as
 * "Bijlage A" with an unnumbered "Voorwoord"; chapters "1 Inleiding" (no dot), sections "1.1", a third level
 * "5.3.1" in italics; no table of contents; lists "•" and "a."; a table; Artikel I–III (III: inwerkingtreding);
 * GIO table Naam | Identificatie in "Bijlage B".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug } from './h-util.js'

const gio = gioSlug('pv23', '2028', '2028-07-01', '1')
const GIOS: Gio[] = [
  gio('Provincie Overijssel', 'provincie-overijssel', [0, 0], 25),
  gio('Natuurnetwerk Nederland Overijssel', 'natuurnetwerk-nederland-overijssel', [-10, 8], 6),
  gio('Beekdalen', 'beekdalen', [12, -6], 5),
  gio('Zoekgebieden windenergie', 'zoekgebieden-windenergie', [5, 12], 4),
  gio('Stedelijke netwerken Zwolle en Twente', 'stedelijke-netwerken-zwolle-twente', [-12, -4], 6),
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1>${k.nummer} ${k.opschrift}</h1>` : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const let_: Marker[] = [{ counter: 'a', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<div class="prbkop"><p class="prb">PROVINCIAAL BLAD</p><p class="off">Officiële uitgave van de provincie Overijssel</p><p class="nr">Nr. 10452<br>7 juli 2028</p></div>
<p class="ttl">Vaststelling Omgevingsvisie Overijssel ‘Overijssel voor en met elkaar!’</p>
<p>Provinciale Staten van Overijssel,</p>
<p>gelezen het voorstel van Gedeputeerde Staten van 18 april 2028, kenmerk PS/2028/311;</p>
<p>gelet op artikel 3.1, tweede lid, van de Omgevingswet;</p>
<p>overwegende dat het ontwerp van de Omgevingsvisie met het omgevingseffectrapport ter inzage heeft gelegen en dat de zienswijzen zijn betrokken bij de vaststelling;</p>
<p class="bs">besluiten:</p>
<p class="art">Artikel I</p>
<p>De Omgevingsvisie Overijssel ‘Overijssel voor en met elkaar!’ vast te stellen, zoals is aangegeven in Bijlage A, met de geografische informatieobjecten van Bijlage B.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie Overijssel 2017 ‘Beken kleur’ in te trekken.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking met ingang van 1 oktober 2028.</p>
<p class="aldus">Aldus vastgesteld in de vergadering van Provinciale Staten van Overijssel van 1 juli 2028.</p>
<p>J.W. Brinkhuis, voorzitter</p>
<p>E.M. Dijkstra, griffier</p>`)

  d.page('std').raw('<p class="bijl brk">Bijlage A</p><p class="vt">Omgevingsvisie Overijssel ‘Overijssel voor en met elkaar!’</p>')
  d.enter('visie')
  d.raw('<p class="vw">Voorwoord</p>')
  d.p('Voor u ligt ‘Overijssel voor en met elkaar!’: de nieuwe Omgevingsvisie van de Provincie Overijssel. De ruimte in Overijssel is schaars. Hoe en waar maken we de keuzes als het gaat om klimaat, energie, natuur, landbouw, woningbouw, economie en mobiliteit? We beschrijven op hoofdlijnen welke ontwikkelingen we graag waar zien en hoe we dit in overleg met onze inwoners, ondernemers, medeoverheden en partners voor elkaar willen krijgen.')
  d.p('Een rijke diversiteit aan landschappen, van het coulisselandschap van Twente tot aan de waterrijke Kop van Overijssel, een ijzersterke economie, sterke steden en hechte dorpen: dat willen we zo houden.')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een nieuwe omgevingsvisie?')
  d.p('De opgaven in de leefomgeving zijn groot en grijpen in elkaar: klimaat, energie, natuur, landbouw en woningbouw vragen allemaal ruimte. Met deze visie zetten we een toekomstbeeld neer van het Overijssel in 2035, met een doorkijk naar 2050.')
  d.kop(2, '1.2', 'Van Fundament naar Omgevingsvisie')
  d.p('Gedeputeerde Staten kozen het perspectief ‘Zelfbewust Overijssel’ als voorkeursrichting. Het Fundament van 21 juni 2022 bevatte samenhangende beleidskeuzes; deze visie werkt dat Fundament uit.')
  d.kop(2, '1.3', 'Status en doorwerking')
  d.p('De Omgevingsvisie bindt de provincie. Doorwerking naar gemeenten en waterschappen loopt via de Omgevingsverordening en de Catalogus Gebiedskenmerken.')

  d.kop(1, '2', 'Toekomstbeeld Overijssel 2035')
  d.kop(2, '2.1', 'Overijssel in 2035')
  d.p('Overijssel is in 2035 een provincie met sterke steden, hechte dorpen, een leefbaar platteland en een economie die draait op ondernemerschap.')
  d.kop(2, '2.2', 'Doorkijk naar 2050')
  d.p('In 2050 is Overijssel klimaatneutraal en klimaatbestendig en is de natuur in een goede staat.')

  d.kop(1, '3', 'Leidende principes')
  d.p('Onze beleidskeuzes volgen vier leidende principes:')
  d.kop(2, '3.1', 'Water en bodem als basis')
  d.p('We gaan uit van het natuurlijke systeem. Waar water en bodem grenzen stellen, passen functies zich aan.')
  d.kop(2, '3.2', 'Zuinig en meervoudig ruimtegebruik')
  d.p('We combineren functies op één plek en gaan zuinig om met de schaarse ruimte.')
  d.kop(2, '3.3', 'Krachtige en complementaire DUS-regio’s')
  d.p('De Daily Urban Systems zijn grotere en kleinere steden en dorpen waar dagelijks gewoond, gewerkt en geleefd wordt, in regio’s die elkaar aanvullen en versterken.')
  d.kop(2, '3.4', 'Voortbouwen op onze sterke netwerken')
  d.p('We bouwen voort op de netwerken van wegen, spoor, vaarwegen, energie en samenwerking.')

  d.kop(1, '4', 'Rode draden')
  d.p('Vier waarden lopen als rode draden door het omgevingsbeleid.')
  d.table(['Rode draad', 'Wat betekent het?'], [
    ['Sociale kwaliteit', 'iedereen kan meedoen; voorzieningen zijn bereikbaar'],
    ['Gezondheid', 'een leefomgeving die uitnodigt tot bewegen en gezond leven'],
    ['Ruimtelijke kwaliteit', 'ontwikkelingen passen bij de gebiedskenmerken'],
    ['Duurzaamheid', 'de behoeften van nu zonder die van later tekort te doen'],
  ], 'tbl', ['30%', '70%'])
  d.kop(2, '4.1', 'Sociale kwaliteit')
  d.p('We zorgen voor leefbare kernen en wijken.')
  d.kop(2, '4.2', 'Gezondheid')
  d.p('Gezondheid weegt mee in elke ruimtelijke keuze.')
  d.kop(2, '4.3', 'Ruimtelijke kwaliteit')
  d.p('De Catalogus Gebiedskenmerken beschrijft wat per gebied van waarde is.')
  d.kop(2, '4.4', 'Duurzaamheid')
  d.p('Duurzame ontwikkeling voorziet in de behoeften van de huidige generatie, zonder voor toekomstige generaties de mogelijkheden in gevaar te brengen.')

  d.kop(1, '5', 'Beleidskeuzes per thema')
  d.kop(2, '5.1', 'Klimaat en water')
  d.p('We houden water langer vast in de beekdalen en op de hogere zandgronden.')
  d.kop(2, '5.2', 'Energie')
  d.p('Voor windenergie wijzen we zoekgebieden aan; zon komt eerst op daken en langs infrastructuur.')
  d.kop(2, '5.3', 'Natuur en landbouw')
  d.kop(3, '5.3.1', 'Natuurnetwerk Nederland')
  d.p('We maken het Natuurnetwerk Nederland af en verbeteren de kwaliteit van de Natura 2000-gebieden.')
  d.kop(3, '5.3.2', 'Toekomst voor de landbouw')
  d.p('We bieden de landbouw perspectief, met aandacht voor:')
  d.list(['extensivering rond kwetsbare natuur;', 'kringlooplandbouw en korte ketens;', { text: 'verbreding', sub: ['recreatie op het erf;', 'zorg en energie.'] }], let_)
  d.kop(2, '5.4', 'Wonen')
  d.p('We bouwen de woningen die nodig zijn, vooral in en bij de steden en kernen van de DUS-regio’s.')
  d.kop(2, '5.5', 'Economie en mobiliteit')
  d.list(['sterke regionale economieën in Twente, Zwolle en de Kop van Overijssel;', 'goede verbindingen over spoor, weg en water.'], bol)

  d.kop(1, '6', 'Samenwerken als één overheid')
  d.kop(2, '6.1', 'Samen met gemeenten, waterschappen en Rijk')
  d.p('Als één overheid werken we in en met de regio’s aan de opgaven.')
  d.kop(2, '6.2', 'Monitoring en actualisatie')
  d.p('We houden de Omgevingsvisie actueel met een jaarlijkse actualisatieronde.')

  d.page('std').bijlage('B', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage B Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 7.5pt 'Nimbus Sans'; color: #333;"
  const spec: DocSpec = {
    id: 'h202',
    set: 'holdout',
    bron: 'Als PROVINCIAAL-BLAD-PUBLICATIE naar die van het ontwerp, prb-2025-8484 ("Gedeputeerde Staten van Overijssel besluiten: Artikel I Het ontwerp Omgevingsvisie \'Overijssel voor en met elkaar!\' vast te stellen …, zoals is aangegeven in Bijlage A", het Voorwoord "De ruimte in Overijssel is schaars …", een toekomstbeeld van Overijssel in 2035 met een doorkijk naar 2050, "als één overheid"), en naar de provinciale pagina\'s over de weg ernaartoe (het perspectief "Zelfbewust Overijssel"; vier leidende principes water en bodem als basis, zuinig en meervoudig ruimtegebruik, krachtige en complementaire DUS-regio\'s, voortbouwen op onze sterke netwerken; vier Rode Draden sociale kwaliteit, gezondheid, ruimtelijke kwaliteit en duurzaamheid; het Fundament van 21 juni 2022), hier als Statenbesluit van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A4, Nimbus Sans 9,5 pt in de sobere stijl van het Provinciaal blad ("PROVINCIAAL BLAD", "Officiële uitgave van de provincie Overijssel", voettekst "Provinciaal blad 2028 nr. 10452 | 7 juli 2028" links en paginanummer rechts), de visie als "Bijlage A" met een ongenummerd "Voorwoord", hoofdstukken "1 Inleiding" (zonder punt), paragrafen "1.1", een derde niveau "5.3.1" cursief, geen inhoudsopgave, lijsten "•" en "a.", een tabel, Artikel I–III (III: inwerkingtreding), GIO-tabel Naam | Identificatie in "Bijlage B" (holdout)',
    bevoegdGezag: 'pv23',
    naam: 'Provincie Overijssel',
    besluit: {
      opschrift: 'Vaststelling Omgevingsvisie Overijssel ‘Overijssel voor en met elkaar!’',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-10-01',
    },
    visieOpschrift: 'Omgevingsvisie Overijssel ‘Overijssel voor en met elkaar!’',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-overijssel-voor-en-met-elkaar', regeling: 'omgevingsvisie-overijssel-voor-en-met-elkaar', doel: 'omgevingsvisie-overijssel-voor-en-met-elkaar' },
      datums: { vaststelling: '2028-07-01', ondertekening: '2028-07-01', bekendmaking: '2028-07-07', inwerkingtreding: '2028-10-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_411b4e4a',
      ambtsgebied: 'PV23',
      oin: '00000001000000230000',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [220000, 500000] },
    meubilair: ['^Provinciaal blad 2028 nr\\. 10452 \\| 7 juli 2028$', '^\\d+$'],
    title: 'Provinciaal blad 2028 nr. 10452',
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 22mm; @bottom-left { content: "Provinciaal blad 2028 nr. 10452 | 7 juli 2028"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #000; }
p { margin: 0 0 2.2mm; }
.prbkop { border-bottom: 1pt solid #ad1457; margin-bottom: 8mm; padding-bottom: 2mm; position: relative; }
.prb { font: bold 19pt 'Nimbus Sans'; color: #ad1457; margin: 0; letter-spacing: 0.04em; }
.off { font-size: 9pt; margin: 0; }
.nr { position: absolute; right: 0; top: 2mm; text-align: right; font-size: 9pt; }
.ttl { font: bold 13pt 'Nimbus Sans'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 5mm; }
.bijl { font: bold 12pt 'Nimbus Sans'; margin: 0 0 2mm; }
.vt { font: bold 14pt 'Nimbus Sans'; margin: 0 0 6mm; }
.vw { font: bold 12pt 'Nimbus Sans'; margin: 4mm 0 2mm; }
.brk { break-before: page; }
h1 { font: bold 13pt 'Nimbus Sans'; margin: 8mm 0 3mm; }
h2 { font: bold 10.5pt 'Nimbus Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 9.5pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #666; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.tbl th { background: #f6e3ea; }
table.gio { width: 100%; font-size: 8.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #666; padding: 1.2mm; text-align: left; vertical-align: top; }
.gid { font: 8pt 'Liberation Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
