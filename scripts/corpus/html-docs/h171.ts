/**
 * h171 — gemeente Rheden (gm0275), holdout (session 13): the Gelderse gemeente of some 44.000 inwoners between the
 * stuwwal of the Veluwezoom and the IJssel, with Velp, Rheden, De Steeg, Dieren, Ellecom, Laag-Soeren and Spankeren,
 * the landgoederen and buitenplaatsen on the flank of the stuwwal and the Nationaal Park Veluwezoom. Content after
 * the public texts on Rheden's omgevingsvisies: the Omgevingsvisie buitengebied (ontwerp 2019, rhedensbuitengebied.nl:
 * a themagericht part with seven themes — doorbouwen aan de omgeving, samenhang tussen hoog en laag, beleving van
 * de kwaliteiten, duurzaam toegankelijk, klimaatadaptatie, energietransitie, omgaan met kwaliteiten — and a
 * gebiedsgericht part with four deelgebieden Velp-Rheden, De Steeg-Dieren, Spankeren-Laag-Soeren and
 * Veluweplateau) and the gemeentebrede omgevingsvisie after the dorpsgesprekken of 2023 and its "droombeeld" ("In
 * gemeente Rheden is het fijn wonen …"; the view from the stuwwal over the IJssel), here as one visie of 2028,
 * partly in our own words. Layout: A5 booklet in DejaVu Serif 8.5 pt; PART LINES "Deel A – Thema’s" and "Deel B –
 * Deelgebieden" (level 1, nummer "A"/"B") above chapters in ROMAN NUMERALS WITHOUT A DOT ("I Visie", "II …"),
 * numbered through the parts (level 2), sections in arabic "2.1" (level 3) with the number and title separated by a
 * WIDE GAP (a fixed number column); a caption "Kaart 2 …" set like a heading; a chapter "Droombeeld" that is one
 * quotation; no table of contents; footer "Omgevingsvisie Rheden · 2028" left and page number right; lists "■" and "a)";
 * a table; raadsbesluit "BESLUIT:" with Artikel 1–2; GIO list as lines "naam – identificatie" in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0275', '2028', '2028-04-19', '1')
const GIOS: Gio[] = [
  gio('Gemeente Rheden', 'gemeente-rheden', [0, 0], 5),
  gio('Buitengebied Rheden', 'buitengebied-rheden', [1, 2], 4),
  gio('Landgoederenzone Veluwezoom', 'landgoederenzone-veluwezoom', [-1, 1], 1.5),
  gio('Uiterwaarden IJssel', 'uiterwaarden-ijssel', [3, -1], 1.5),
  gio('Zoekgebied energie Havikerwaard', 'zoekgebied-energie-havikerwaard', [4, 2], 0.7),
]

const kop = (k: Kop): string => {
  if (k.niveau === 1) return `<div class="deel brk"><p class="dl">Deel ${k.nummer} – ${k.opschrift}</p></div>`
  if (k.niveau === 2) return `<h1 class="${k.nummer === 'I' ? '' : 'brk'}"><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h1>`
  return `<h2><span class="nr">${k.nummer}</span><span class="tt">${k.opschrift}</span></h2>`
}

const blok: Marker[] = [{ glyph: '■' }, { glyph: '□' }]
const haak: Marker[] = [{ counter: 'a', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)

  d.page('besluit').raw(`
<div class="besluit">
<p class="ttl">Besluit van de raad van de gemeente Rheden tot vaststelling van de Omgevingsvisie Rheden</p>
<p>De raad van de gemeente Rheden;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 7 maart 2028, nummer 28-0219;</p>
<p>gelet op artikel 3.1 van de Omgevingswet;</p>
<p>overwegende dat de Omgevingsvisie buitengebied en de visie voor de dorpen in één omgevingsvisie samenkomen;</p>
<p class="bs">B E S L U I T :</p>
<p class="art">Artikel 1</p>
<p>Vast te stellen de Omgevingsvisie Rheden, met de geografische informatieobjecten genoemd in bijlage I.</p>
<p class="art">Artikel 2</p>
<p>Dit besluit treedt in werking op de dag na die van de bekendmaking.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 19 april 2028.</p>
${handtekeningen(['De griffier,', 'mr. W. Hol'], ['De voorzitter,', 'C.M. Jansen'])}
</div>`)

  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Rheden</p>
<p class="t2">Van stuwwal tot IJssel</p>
<p class="t3">april 2028</p>
</div>`)

  d.enter('visie')
  d.page('std')
  d.kop(1, 'A', 'Thema’s')
  d.kop(2, 'I', 'Droombeeld')
  d.p('“In gemeente Rheden is het fijn wonen. Het is een plek waar we zorgen voor elkaar, waar ruimte is om te wonen, te werken en voor gezelligheid. Er is veel groen in de dorpen, dat water opvangt en een plek biedt voor vogels, vlinders en bijen. Wijkbewoners kunnen elkaar ontmoeten en blijven wonen, ook als zij ouder worden. Er is ruimte om te bewegen en bovenal is het een veilige leefomgeving.”', 'quote')
  d.p('Dit droombeeld is de samenvatting van de dorpsgesprekken, de gesprekken met partners en belangengroepen en het bestaande beleid.')

  d.kop(2, 'II', 'Kwaliteiten van de gemeente')
  d.kop(3, '2.1', 'Een rijke schakering')
  d.p('Een rijke schakering van kleuren, het zicht vanaf de stuwwal op de IJssel en een heldere ordening van de verschillende elementen: dat is de essentie van Rheden. De gemeente strekt zich uit van de bossen op de hoge stuwwal van de Veluwe tot het lage open landschap aan de IJssel.')
  d.kop(3, '2.2', 'Landgoederen en buitenplaatsen')
  d.p('Op de flank van de stuwwal ligt een snoer van landgoederen: Rhederoord, Middachten, Biljoen, Beekhuizen. Zij verbinden bos, beek en uiterwaard.')
  d.p('Kaart 2 Landgoederenzone Veluwezoom', 'kaart')
  d.kop(3, '2.3', 'De dorpen')
  d.p('Velp, Rheden, De Steeg, Dieren, Ellecom, Spankeren en Laag-Soeren hebben elk een eigen karakter.')

  d.kop(2, 'III', 'Zeven thema’s voor het buitengebied')
  d.p('Elk thema bevat gemeentebrede doelstellingen voor het hele buitengebied.')
  d.kop(3, '3.1', 'Doorbouwen aan de omgeving')
  d.p('Nieuwe ontwikkelingen bouwen voort op de landschappelijke en historische eigenheid van de plek.')
  d.kop(3, '3.2', 'Samenhang tussen hoog en laag')
  d.p('Beken, lanen en zichtlijnen verbinden de stuwwal met de IJssel. Wij herstellen die verbindingen.')
  d.kop(3, '3.3', 'Beleving van de kwaliteiten')
  d.p('Wandelaars en fietsers moeten de kwaliteiten kunnen beleven, zonder dat de rust verdwijnt.')
  d.kop(3, '3.4', 'Duurzaam toegankelijk')
  d.p('Recreatie spreiden wij over het gebied:')
  d.list(['drukte bij de Posbank opvangen in Rheden en Dieren;', 'nieuwe routes langs de IJssel;', { text: 'parkeren aan de rand', sub: ['met deelfietsen;', 'met een pendelbus in het seizoen.'] }], blok)
  d.kop(3, '3.5', 'Klimaatadaptatie')
  d.p('Regenwater van de stuwwal houden wij vast in het bos en de beekdalen.')
  d.kop(3, '3.6', 'Energietransitie')
  d.p('Voor duurzame energie kiezen wij deze volgorde:')
  d.list(['zon op daken en boven parkeerplaatsen;', 'zon langs infrastructuur;', 'zon en wind in de Havikerwaard, na een gebiedsproces.'], haak)
  d.kop(3, '3.7', 'Omgaan met kwaliteiten')
  d.p('Bij iedere ontwikkeling beschrijft de initiatiefnemer welke kwaliteiten hij behoudt of versterkt.')

  d.kop(1, 'B', 'Deelgebieden')
  d.kop(2, 'IV', 'Velp-Rheden')
  d.kop(3, '4.1', 'Landgoederenzone')
  d.p('De buitenplaatsen blijven openbaar toegankelijk waar dat kan.')
  d.kop(3, '4.2', 'Uiterwaarden bij Velp')
  d.p('De uiterwaarden worden natuurlijker, met ruimte voor de rivier.')
  d.kop(2, 'V', 'De Steeg-Dieren')
  d.kop(3, '5.1', 'Middachten en de Havikerwaard')
  d.p('Het landgoed Middachten en de Havikerwaard vormen samen een landschap van hoog naar laag.')
  d.kop(3, '5.2', 'Dieren-Zuid')
  d.p('Tussen het spoor en de IJssel is ruimte voor bedrijvigheid die past bij het dorp.')
  d.kop(2, 'VI', 'Spankeren-Laag-Soeren')
  d.p('Het kleinschalige landschap rond Spankeren en Laag-Soeren is kwetsbaar.')
  d.table(['Kwaliteit', 'Wat wij doen'], [
    ['Open essen', 'vrijhouden van bebouwing'],
    ['Beekdal van de Soerense Beek', 'herstellen, meer water vasthouden'],
    ['Boerenerven', 'ruimte voor nieuwe functies in bestaande gebouwen'],
  ], 'tbl', ['42%', '58%'])
  d.kop(2, 'VII', 'Veluweplateau')
  d.kop(3, '7.1', 'Nationaal Park Veluwezoom')
  d.p('Het nationaal park blijft het domein van natuur en stilte.')
  d.kop(3, '7.2', 'Posbank')
  d.p('De Posbank is het uitzichtpunt van de gemeente; wij beperken het autoverkeer in het park.')

  d.page('std').bijlage('I', 'Geografische informatieobjecten', '<p class="bijl brk">Bijlage I – Geografische informatieobjecten</p>')
  d.gioRegels(GIOS, ' – ')

  const ft = "font: 7pt 'DejaVu Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h171',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de omgevingsvisies van Rheden: de Omgevingsvisie buitengebied (ontwerp 2019, rhedensbuitengebied.nl; een themagericht deel met zeven thema\'s – doorbouwen aan de omgeving, samenhang tussen hoog en laag, beleving van de kwaliteiten, duurzaam toegankelijk, klimaatadaptatie, energietransitie, omgaan met kwaliteiten – en een gebiedsgericht deel met de deelgebieden Velp-Rheden, De Steeg-Dieren, Spankeren-Laag-Soeren en Veluweplateau) en de gemeentebrede omgevingsvisie na de dorpsgesprekken van 2023 met haar "droombeeld" en het zicht van de stuwwal op de IJssel, hier als één visie van 2028, deels in eigen woorden; eigen opmaak: A5-boekje in DejaVu Serif 8,5 pt, DEELREGELS "Deel A – Thema’s" en "Deel B – Deelgebieden" (niveau 1, nummer "A"/"B") boven hoofdstukken in ROMEINSE CIJFERS ZONDER PUNT ("I Droombeeld"), doorgenummerd over de delen (niveau 2), paragrafen in arabische cijfers "2.1" (niveau 3) met nummer en titel gescheiden door een BREDE TUSSENRUIMTE, een bijschrift "Kaart 2 …" opgemaakt als kop, een hoofdstuk "Droombeeld" dat één citaat is, geen inhoudsopgave, voettekst "Omgevingsvisie Rheden · 2028" links en paginanummer rechts, lijsten "■" en "a)", een tabel, raadsbesluit "B E S L U I T :" met Artikel 1–2, GIO-lijst als regels "naam – identificatie" in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0275',
    naam: 'Gemeente Rheden',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Rheden tot vaststelling van de Omgevingsvisie Rheden',
      artikelen: ['1', '2'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Rheden',
    gios: GIOS,
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-rheden', regeling: 'omgevingsvisie-rheden', doel: 'omgevingsvisie-rheden' },
      datums: { vaststelling: '2028-04-19', ondertekening: '2028-04-19', bekendmaking: '2028-04-26' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0275',
      oin: '00000001000000002750',
      achtergrondActualiteit: '2028-01-01',
    },
    geo: { origin: [198000, 446000] },
    meubilair: ['^Omgevingsvisie Rheden · 2028$', '^\\d+$'],
    title: 'Omgevingsvisie Rheden',
    css: `
@page { size: A5; margin: 16mm 14mm 17mm 16mm; }
@page std { @bottom-left { content: "Omgevingsvisie Rheden · 2028"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 8.5pt/1.45 'DejaVu Serif', serif; color: #1d1d1d; }
p { margin: 0 0 2mm; }
.ttl { font: bold 11pt 'DejaVu Sans'; margin: 0 0 5mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font: bold 8.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 55mm; break-after: page; }
.titel .t1 { font: bold 20pt 'DejaVu Sans'; color: #8A3B12; margin: 0 0 3mm; }
.titel .t2 { font: italic 12pt 'DejaVu Serif'; color: #444; margin: 0 0 2mm; }
.titel .t3 { font: 9pt 'DejaVu Sans'; color: #666; }
.deel { padding-top: 50mm; break-after: page; }
.deel .dl { font: bold 18pt 'DejaVu Sans'; color: #8A3B12; }
h1 { display: flex; font: bold 13pt 'DejaVu Sans'; color: #8A3B12; margin: 0 0 5mm; }
h2 { display: flex; font: bold 9.5pt 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
h1 .nr { flex: 0 0 16mm; }
h2 .nr { flex: 0 0 13mm; }
.quote { font: italic 10pt/1.5 'DejaVu Serif'; color: #8A3B12; margin: 2mm 6mm 4mm; }
.kaart { font: bold 9.5pt 'DejaVu Sans'; color: #555; margin: 2mm 0 3mm; padding-top: 20mm; border-top: 0.4pt solid #aaa; }
div.lst { margin: 0 0 2mm 2mm; }
.li .m { font-size: 7pt; }
table.tbl { width: 100%; font-size: 7.5pt; margin: 2mm 0 3mm; }
table.tbl th { border-bottom: 0.8pt solid #8A3B12; text-align: left; padding: 1mm; font-family: 'DejaVu Sans'; }
table.tbl td { border-bottom: 0.3pt solid #bbb; padding: 1mm; vertical-align: top; }
.bijl { font: bold 11pt 'DejaVu Sans'; color: #8A3B12; margin-bottom: 4mm; }
.gioregel { margin: 0 0 2.5mm; }
.gid { font: 6.8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
