/**
 * h213 — gemeente Heeze-Leende (gm1658), holdout (session 14): the Kempengemeente of Heeze, Leende, Sterksel and
 * Leenderstrijp south-east of Eindhoven. Content after the public texts on the "Omgevingsvisie Heeze-Leende 2040"
 * (adopted by the raad on 26 June 2023; three thema's "Een verbonden samenleving" — hoe we wonen, werken en
 * samenleven —, "Een verweven landschap" — hoe we ons landschap beschermen en werken aan een duurzame toekomst — and
 * "Een gekoppelde regio" — de lokale economie, de verbinding met de Brainportregio en de mobiliteit van de toekomst;
 * a koers per deelgebied; grote doelen voor de lange termijn and kleinere acties voor de kortere termijn; the
 * omgevingsvisietour of 30 November 2019 and the enquête with 349 participants; regularly revised), here as a renewed
 * visie of 2028, shortened and partly in our own words. Layout: Chromium, A5, Nimbus Sans 8.5 pt; chapters "1 |
 * Titel" (nummer "1") with a rule below, sections "1.1", a third level "2.1.1"; no table of contents; footer
 * "Heeze-Leende · omgevingsvisie" left and the page number right; a framed KADER "Wat zeggen inwoners?" with a
 * list inside chapter 1; lists "•" with "–" and "1."; a table; raadsbesluit with titled artikelen "Artikel 1
 * Vaststelling" … "Artikel 3 Inwerkingtreding" (in werking the day after bekendmaking: no date); GIO table Naam |
 * Identificatie in "Bijlage A".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm1658', '2028', '2028-06-26', '1')
const GIOS: Gio[] = [
  gio('Gemeente Heeze-Leende', 'gemeente-heeze-leende', [0, 0], 6),
  gio('Strabrechtse Heide', 'strabrechtse-heide', [2, 1], 2),
  gio('Leenderbos en Groote Heide', 'leenderbos-groote-heide', [-2.5, -2], 2.5),
  gio('Kernen Heeze, Leende en Sterksel', 'kernen-heeze-leende-sterksel', [0.5, 0.5], 1.5),
]

const kop = (k: Kop): string =>
  k.niveau === 1 ? `<h1 class="brk">${k.nummer} | ${k.opschrift}</h1>` : `<h${k.niveau}>${k.nummer} ${k.opschrift}</h${k.niveau}>`

const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('eerste').raw(`
<p class="ttl">Besluit van de gemeenteraad van Heeze-Leende tot vaststelling van de Omgevingsvisie Heeze-Leende 2040</p>
<p>De raad van de gemeente Heeze-Leende;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 mei 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>gelet op de zienswijzen die zijn ingediend op de ontwerp-omgevingsvisie en de Reactienota zienswijzen;</p>
<p class="bs">BESLUIT:</p>
<p class="art">Artikel 1 Vaststelling</p>
<p>De Omgevingsvisie Heeze-Leende 2040 wordt vastgesteld, met de geografische informatieobjecten van bijlage A.</p>
<p class="art">Artikel 2 Intrekking</p>
<p>De Omgevingsvisie Heeze-Leende 2040 van 26 juni 2023 wordt ingetrokken.</p>
<p class="art">Artikel 3 Inwerkingtreding</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare raadsvergadering van 26 juni 2028.</p>
${handtekeningen(['De griffier,', 'mr. E.M. Verberne'], ['De voorzitter,', 'M.A.C. de Bruijn'])}`)

  d.page('titel').raw('<div class="titel"><p class="t1">Omgevingsvisie Heeze-Leende 2040</p><p class="t2">Verbonden, verweven, gekoppeld</p></div>')
  d.page('std')
  d.enter('visie')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Wat is deze omgevingsvisie?')
  d.p('In de omgevingsvisie beschrijven we wat voor een gemeente we in 2040 willen zijn. De visie kent grote doelen voor de lange termijn en kleinere acties voor de kortere termijn. Zij is een uitnodiging aan de samenleving: initiatiefnemers en beoordelaars van plannen zien welke ontwikkelingen de gemeente graag in Heeze-Leende ziet landen.')
  d.kop(2, '1.2', 'Hoe kwam de visie tot stand?')
  d.p('In de zomer van 2019 zijn we gestart met het verzamelen van de kwaliteiten en aandachtspunten. Tijdens de omgevingsvisietour van 30 november 2019 stonden we met pop-up kantoren in Heeze, Sterksel en Leende.')
  d.raw('<div class="kader"><p class="kt">Wat zeggen inwoners?</p><p>Aan de enquête deden 349 mensen mee. Zij vinden belangrijk:</p>')
  d.list(['groen en rust dichtbij huis;', 'woningen voor jongeren en ouderen;', 'veilige fietsroutes naar Eindhoven.'], bol)
  d.raw('</div>')
  d.kop(2, '1.3', 'Regelmatig herzien')
  d.p('Onze samenleving verandert snel en de doelen en ambities van de gemeente veranderen mee. Daarom herzien we de omgevingsvisie regelmatig.')

  d.kop(1, '2', 'Een verbonden samenleving')
  d.p('De manier waarop we wonen, werken en samenleven.')
  d.kop(2, '2.1', 'Wonen')
  d.kop(3, '2.1.1', 'Woningbouw in de kernen')
  d.p('We bouwen binnen en aansluitend aan Heeze, Leende en Sterksel, passend bij het karakter van elke kern.')
  d.kop(3, '2.1.2', 'Wonen met zorg')
  d.p('Ouderen kunnen langer thuis wonen, dicht bij voorzieningen.')
  d.kop(2, '2.2', 'Voorzieningen')
  d.p('Elke kern houdt een ontmoetingsplek, zoals dorpshuis ’t Perron in Heeze.')
  d.kop(2, '2.3', 'Gezondheid en veiligheid')
  d.p('We richten de openbare ruimte zo in dat zij uitnodigt tot bewegen en ontmoeten.')

  d.kop(1, '3', 'Een verweven landschap')
  d.p('De manier waarop we ons landschap beschermen en werken aan een duurzame toekomst.')
  d.kop(2, '3.1', 'Natuur en landschap')
  d.p('De Strabrechtse Heide, het Leenderbos en de Groote Heide zijn Natura 2000-gebied. Wij:')
  d.list(['beschermen de kernkwaliteiten;', { text: 'zoneren de recreatie', sub: ['rustige zones in het hart van de heide;', 'drukkere routes bij de entrees.'] }, 'verbinden de natuur langs de Kleine Dommel.'], bol)
  d.kop(2, '3.2', 'Water en klimaat')
  d.p('We houden water vast in de beekdalen van de Kleine Dommel en de Groote Aa.')
  d.kop(2, '3.3', 'Energie')
  d.p('We volgen de zonneladder:')
  d.list(['eerst op daken;', 'dan op onbenutte terreinen;', 'pas daarna in het landelijk gebied.'], num)
  d.kop(2, '3.4', 'Landbouw')
  d.p('De landbouw krijgt ruimte voor verbreding en extensivering rond de natuur.')

  d.kop(1, '4', 'Een gekoppelde regio')
  d.p('De manier waarop we de lokale economie versterken, de verbinding met de Brainportregio leggen en de mobiliteit van de toekomst vormgeven.')
  d.kop(2, '4.1', 'Economie')
  d.p('Lokale ondernemers vinden ruimte op bedrijventerrein Breedvennen in Leende.')
  d.kop(2, '4.2', 'Mobiliteit')
  d.p('De A2 en A67 en het station Heeze verbinden ons met de regio.')

  d.kop(1, '5', 'Koers per deelgebied')
  d.p('Wat we willen kan in het ene gebied een andere uitwerking hebben dan in het andere.')
  d.table(['Deelgebied', 'Koers'], [
    ['Kern Heeze', 'versterken centrum en stationsomgeving'],
    ['Kern Leende', 'dorps wonen, Breedvennen vernieuwen'],
    ['Sterksel', 'kleinschalig en groen'],
    ['Natuurgebieden', 'beschermen en zoneren'],
    ['Agrarisch gebied', 'verbreden en verweven'],
  ], 'tbl', ['38%', '62%'])
  d.kop(2, '5.1', 'De kernen')
  d.p('In de kernen ligt het accent op wonen, voorzieningen en ontmoeting.')
  d.kop(2, '5.2', 'Het buitengebied')
  d.p('In het buitengebied ligt het accent op natuur, water, landbouw en recreatie.')

  d.page('std').bijlage('A', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage A Geografische informatieobjecten</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['34%', '66%'])

  const ft = "font: 7pt 'Nimbus Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h213',
    set: 'holdout',
    bron: 'Naar de openbare teksten over de "Omgevingsvisie Heeze-Leende 2040" (op 26 juni 2023 door de raad vastgesteld; drie thema\'s "Een verbonden samenleving", "Een verweven landschap" en "Een gekoppelde regio" met de Brainportregio; een koers per deelgebied; grote doelen voor de lange termijn en kleinere acties voor de kortere termijn; de omgevingsvisietour van 30 november 2019 en de enquête met 349 deelnemers; regelmatig herzien), hier als vernieuwde visie van 2028, ingekort en deels in eigen woorden; eigen opmaak in Chromium: A5, Nimbus Sans 8,5 pt, hoofdstukken "1 | Titel" (nummer "1") met een lijn eronder, paragrafen "1.1", een derde niveau "2.1.1", geen inhoudsopgave, voettekst "Heeze-Leende · omgevingsvisie" links en paginanummer rechts, een KADER "Wat zeggen inwoners?" met een lijst in hoofdstuk 1, lijsten "•" met "–" en "1.", een tabel, raadsbesluit met artikelen met opschrift "Artikel 1 Vaststelling" … "Artikel 3 Inwerkingtreding" (in werking de dag na bekendmaking: geen datum), GIO-tabel Naam | Identificatie in "Bijlage A" (holdout)',
    bevoegdGezag: 'gm1658',
    naam: 'Gemeente Heeze-Leende',
    besluit: {
      opschrift: 'Besluit van de gemeenteraad van Heeze-Leende tot vaststelling van de Omgevingsvisie Heeze-Leende 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Heeze-Leende 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-heeze-leende-2040', regeling: 'omgevingsvisie-heeze-leende-2040', doel: 'omgevingsvisie-heeze-leende-2040' },
      datums: { vaststelling: '2028-06-26', ondertekening: '2028-06-26', bekendmaking: '2028-07-06' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1658',
      oin: '00000001000000016580',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [165000, 375000] },
    meubilair: ['^Heeze-Leende · omgevingsvisie$', '^\\d+$'],
    title: 'Omgevingsvisie Heeze-Leende 2040',
    css: `
@page { size: A5; margin: 16mm 14mm 16mm 16mm; @bottom-left { content: "Heeze-Leende · omgevingsvisie"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
@page eerste { @bottom-left { content: none; } }
@page titel { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font: 8.5pt/1.45 'Nimbus Sans', sans-serif; color: #1b1b1b; }
p { margin: 0 0 2mm; }
.ttl { font: bold 12pt 'Nimbus Sans'; margin: 0 0 5mm; }
.bs { margin-top: 3mm; font-weight: bold; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
.titel { break-before: page; padding-top: 60mm; }
.titel .t1 { font: bold 20pt 'Nimbus Sans'; color: #8c1d40; }
.titel .t2 { font: 11pt 'Nimbus Sans'; }
.brk { break-before: page; }
h1 { font: bold 15pt 'Nimbus Sans'; color: #8c1d40; border-bottom: 1pt solid #8c1d40; padding-bottom: 1.5mm; margin: 0 0 4mm; }
h2 { font: bold 10pt 'Nimbus Sans'; color: #8c1d40; margin: 4mm 0 1.2mm; break-after: avoid; }
h3 { font: bold 8.5pt 'Nimbus Sans'; margin: 2.5mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 2mm; }
.kader { border: 0.8pt solid #8c1d40; background: #f7ecef; padding: 2.5mm 3mm; margin: 3mm 0; break-inside: avoid; }
.kader .kt { font-weight: bold; color: #8c1d40; margin-bottom: 1mm; }
ul.kl { margin: 0; padding-left: 4mm; }
table.tbl { width: 100%; font-size: 7.5pt; border-collapse: collapse; margin: 2mm 0 4mm; }
table.tbl th, table.tbl td { border: 0.5pt solid #999; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; }
table.tbl th { background: #f0dde3; }
.bijl { font: bold 12pt 'Nimbus Sans'; color: #8c1d40; margin: 0 0 4mm; }
table.gio { width: 100%; font-size: 7.5pt; table-layout: fixed; border-collapse: collapse; }
table.gio th, table.gio td { border: 0.5pt solid #777; padding: 1mm; text-align: left; vertical-align: top; }
.gid { font: 7pt 'Liberation Mono'; word-break: break-all; }
${SIG_CSS}
`,
  }
  return { spec, doc: d }
}
