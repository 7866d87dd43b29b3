/**
 * h80 — gemeente Emmen (gm0114), holdout (session 11), the UNUSUAL CASE of this set: a raad that adopts its visie
 * "gewijzigd" — the raadsbesluit first adopts the Nota van beantwoording zienswijzen, then adopts the visie changed
 * from the ontwerp "overeenkomstig de Staat van wijzigingen" that is printed in the besluit itself (a table of six
 * changes, part of the besluit, not of the visie), withdraws the Structuurvisie Emmen 2020 and names the date of
 * inwerkingtreding: beslispunten 1–4. Emmen has about 108.000 inwoners: a stad and more than twenty dorpen in the
 * Veenkoloniën and on the Hondsrug. Content after the gemeente's public notice on the ontwerp (gmb-2025-429709: the
 * "Ontwerp Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’" with a Plan-MER, zaak
 * 189461-2023; what an omgevingsvisie is — water, lucht, bodem, natuur, wegen en gebouwen; gezondheid, veiligheid,
 * mobiliteit, duurzaamheid, voorzieningen, ruimte voor werk en ondernemen, landschap en natuur; "we kunnen niet alles
 * doen"), the adviser's public page on the route to the visie (regionale en gemeentelijke opgaven woven with lokale
 * gebiedsagenda's) and the public summary of the Structuurvisie "Emmen 2020, Veelzijdigheid troef" (landschappelijke
 * openheid, herkenbaarheid van de kanalenstructuur, kwaliteit voor kwantiteit, the lagenbenadering), here as a visie
 * of 2027, shortened and partly in our own words. Layout: US LETTER portrait in Nimbus Sans 9.5 pt; chapter numbers in
 * a filled circle LEFT of the title on the same line, one chapter title long enough to wrap over two lines, sections
 * "2.1", sub-sections "2.1.1"; an unnumbered "Samenvatting" before chapter 1; header "Omgevingsvisie Emmen 2040 · versie vastgesteld 16 december
 * 2027" on the left, footer "gemeente Emmen" on the left and "pagina n" on the right; ●-lists and a list "A." with "–" items;
 * a table; raadsbesluit "De raad van de gemeente Emmen;", "gelezen", "overwegende dat", "gelet op", "besluit:" with
 * beslispunten 1.–4. and the Staat van wijzigingen; visie as "Bijlage 1"; GIO table Nr. | Naam | Hoofdstuk |
 * Identificatie in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0114', '2027', '2027-12-16', '1')
const GIOS = [
  { ...gio('Gemeente Emmen', 'gemeente-emmen', [0, 0], 12), hst: '1' },
  { ...gio('Stedelijk gebied Emmen', 'stedelijk-gebied-emmen', [0, 1], 3), hst: '2' },
  { ...gio('Dorpen van de gemeente Emmen', 'dorpen-gemeente-emmen', [2, 0], 9), hst: '3' },
  { ...gio('Hondsrug (UNESCO Global Geopark)', 'hondsrug-geopark', [-4, 4], 4), hst: '4.2' },
  { ...gio('Bargerveen (Natura 2000)', 'bargerveen-natura-2000', [8, -8], 3), hst: '4.3' },
  { ...gio('Zoekgebied grootschalige zonne-energie', 'zoekgebied-grootschalige-zonne-energie', [5, 3], 3), hst: '5.1' },
  { ...gio('Bedrijventerrein Bargermeer', 'bedrijventerrein-bargermeer', [1.5, 2], 1), hst: '2.3' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span><span class="t">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer} ${k.opschrift}</h2>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '●', font: 'DejaVu Sans' }, { glyph: '–' }]
const letter: Marker[] = [{ counter: 'A', suffix: '.' }, { glyph: '–' }]

const WIJZIGINGEN = `<table class="sw">
<thead><tr><th>Nr.</th><th>Onderdeel van het ontwerp</th><th>Wijziging</th><th>Aanleiding</th></tr></thead>
<tbody>
<tr><td>1</td><td>paragraaf 2.2</td><td>woningbouwprogramma tot 2040 geactualiseerd</td><td>zienswijze 4</td></tr>
<tr><td>2</td><td>paragraaf 3.1</td><td>tekst over voorzieningen in de dorpen aangevuld</td><td>zienswijzen 7 en 12</td></tr>
<tr><td>3</td><td>paragraaf 4.2</td><td>naam UNESCO Global Geopark De Hondsrug verbeterd</td><td>ambtshalve</td></tr>
<tr><td>4</td><td>paragraaf 5.1</td><td>zoekgebied zonne-energie verkleind</td><td>zienswijze 15, Plan-MER</td></tr>
<tr><td>5</td><td>hoofdstuk 6</td><td>paragraaf over monitoring toegevoegd</td><td>advies Commissie m.e.r.</td></tr>
<tr><td>6</td><td>bijlage 2</td><td>werkingsgebied Bedrijventerrein Bargermeer toegevoegd</td><td>ambtshalve</td></tr>
</tbody></table>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeenteblad van Emmen · raadsbesluit zaak 189461-2023</p>
<p class="ttl">Besluit van de raad van de gemeente Emmen tot gewijzigde vaststelling van de Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’</p>
<p>De raad van de gemeente Emmen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 2 november 2027, zaak 189461-2023;</p>
<p>overwegende dat de ontwerp-omgevingsvisie en de bijbehorende Plan-milieueffectrapportage vanaf 1 juni 2027 gedurende zes weken voor iedereen ter inzage hebben gelegen en dat daarover zienswijzen naar voren zijn gebracht;</p>
<p>overwegende dat de zienswijzen, het advies van de Commissie voor de milieueffectrapportage en enkele ambtshalve aanpassingen aanleiding geven de visie gewijzigd vast te stellen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en afdeling 3.4 van de Algemene wet bestuursrecht;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>1.</span> de Nota van beantwoording zienswijzen Omgevingsvisie Emmen 2040 vast te stellen;</p>
<p class="bp"><span>2.</span> de Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’, opgenomen in bijlage 1, gewijzigd ten opzichte van het ontwerp vast te stellen, overeenkomstig de hierna opgenomen Staat van wijzigingen;</p>
<p class="bp"><span>3.</span> de Structuurvisie Emmen 2020 ‘Veelzijdigheid troef’, vastgesteld op 24 september 2009, in te trekken;</p>
<p class="bp"><span>4.</span> te bepalen dat dit besluit in werking treedt op 1 februari 2028.</p>
<p class="swk">Staat van wijzigingen</p>
${WIJZIGINGEN}
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van de gemeente Emmen van 16 december 2027.</p>
${handtekeningen(['de griffier,', 'mr. H. Kuipers'], ['de voorzitter,', 'E. Bouwmeester'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit zaak 189461-2023</p>
<p class="t1">Omgevingsvisie Emmen 2040</p>
<p class="t2">Sterke stad, vitale dorpen, veelzijdig buitengebied</p>
</div>`)

  d.page('std').enter('visie')
  d.tk('Samenvatting', 'tk0')
  d.p('Vanaf 1 januari 2024 geldt de Omgevingswet. Daarin is bepaald dat alle gemeenten een omgevingsvisie maken. In deze visie beschrijven we hoe we nu én in de toekomst omgaan met de fysieke leefomgeving: water, lucht, bodem, natuur, wegen en gebouwen. We beschrijven ook hoe en waarom we keuzes maken, want we kunnen niet alles doen.')

  d.kop(1, '1', 'Inleiding')
  d.kop(2, '1.1', 'Waarom een omgevingsvisie')
  d.p('De visie gaat over alles wat nodig is om hier te kunnen leven, wonen, werken, studeren en recreëren: gezondheid, veiligheid, mobiliteit, duurzaamheid, voorzieningen, ruimte voor werk en ondernemen, en landschap en natuur.')
  d.kop(2, '1.2', 'Hoe de visie tot stand kwam')
  d.p('Regionale en gemeentelijke opgaven en ambities zijn verweven met lokale gebiedsagenda’s. Inwoners, dorpsbelangen, ondernemers en ketenpartners dachten mee. Bij de visie hoort een Plan-milieueffectrapportage, die kansen en risico’s van de keuzes voor milieu, natuur en welzijn in beeld brengt.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 gaat over de stad, hoofdstuk 3 over de dorpen en hoofdstuk 4 over het buitengebied. Hoofdstuk 5 bevat de thema’s die overal spelen, hoofdstuk 6 de uitvoering.')

  d.kop(1, '2', 'Sterke stad')
  d.p('Emmen is de centrumstad van Zuidoost-Drenthe. Een sterke stad is goed voor de hele gemeente en de regio.')
  d.kop(2, '2.1', 'Het centrum van Emmen')
  d.p('Met de herontwikkeling van het centrum en de komst van Wildlands is het zwaartepunt van het centrum naar de westzijde verschoven. We houden het kernwinkelgebied compact en geven vrijkomende plekken een nieuwe functie.')
  d.kop(2, '2.2', 'Wonen in de stad')
  d.kop(3, '2.2.1', 'Inbreiding voor uitbreiding')
  d.p('We bouwen eerst op vrijkomende locaties in de stad, zoals het voormalige dierentuinterrein, en pas daarna aan de randen.')
  d.kop(3, '2.2.2', 'Woningen voor ouderen en jongeren')
  d.p('De bevolking vergrijst. We bouwen levensloopbestendige woningen dicht bij voorzieningen en betaalbare woningen voor starters.')
  d.kop(2, '2.3', 'Werken in de stad')
  d.p('Bedrijventerrein Bargermeer blijft het belangrijkste werkgebied van de gemeente. We verduurzamen het terrein en benutten de ruimte beter.')

  d.kop(1, '3', 'Vitale dorpen')
  d.p('De dorpen van Emmen verschillen sterk: esdorpen op de Hondsrug, lintdorpen langs de kanalen in de Veenkoloniën en dorpen in het Schoonebeker gebied.')
  d.kop(2, '3.1', 'Voorzieningen in de dorpen')
  d.p('We houden voorzieningen bereikbaar. Waar een dorp zijn eigen school of winkel niet kan houden, zoeken we samen met dorpsbelangen naar oplossingen:')
  d.list(['een multifunctioneel dorpshuis;', { text: 'slimme verbindingen met de stad en de grotere dorpen, zoals:', sub: ['een buurtbus;', 'veilige fietsroutes.'] }, 'ruimte voor initiatieven van inwoners.'], letter)
  d.kop(2, '3.2', 'Wonen in de dorpen')
  d.p('In de dorpen bouwen we naar behoefte, in en aansluitend aan het dorp, passend bij het karakter van het lint of de es.')

  d.kop(1, '4', 'Veelzijdig buitengebied: landbouw, natuur, landschap en erfgoed in samenhang')
  d.p('Het buitengebied is groot en afwisselend. We versterken het landschap door de landschappelijke openheid te koesteren en de kanalenstructuur herkenbaar te houden.')
  d.kop(2, '4.1', 'Landbouw')
  d.p('De landbouw is een belangrijke drager van het buitengebied. We bieden ruimte voor schaalvergroting in de landbouwgebieden als die past in het landschap, en voor verbreding en omschakeling.')
  d.kop(2, '4.2', 'De Hondsrug')
  d.p('De Hondsrug is erkend als UNESCO Global Geopark. De essen, de hunebedden en de beekdalen beschermen we, en we maken ze beleefbaar voor bezoekers.')
  d.kop(2, '4.3', 'Natuur')
  d.p('Het Bargerveen is een van de laatste hoogveengebieden van West-Europa. Rond het gebied zetten we in op herstel van de waterhuishouding.')
  d.table(['Gebied', 'Waarde', 'Richting'], [['Hondsrug', 'aardkundig en cultuurhistorisch', 'beschermen en beleven'], ['Veenkoloniën', 'kanalen en openheid', 'openheid koesteren'], ['Bargerveen', 'hoogveen, Natura 2000', 'herstel van de waterhuishouding']], 'tbl t')

  d.kop(1, '5', 'Thema’s die overal spelen')
  d.kop(2, '5.1', 'Energie')
  d.p('We wekken duurzame energie op, eerst op daken en op restgronden, daarna in het zoekgebied voor grootschalige zonne-energie. Bij elk project vragen we om lokaal eigendom.')
  d.kop(2, '5.2', 'Klimaat en water')
  d.p('We maken de gemeente bestand tegen hevige buien, hitte en droogte. In de Veenkoloniën houden we water vast.')
  d.kop(2, '5.3', 'Gezondheid en veiligheid')
  d.p('Een gezonde leefomgeving nodigt uit tot bewegen en ontmoeten. Bij nieuwe ontwikkelingen kijken we naar geluid, luchtkwaliteit en externe veiligheid.')

  d.kop(1, '6', 'Uitvoering')
  d.kop(2, '6.1', 'Van visie naar plan')
  d.p('We werken de visie uit in programma’s en in het omgevingsplan. Initiatieven toetsen we aan de kernwaarden van deze visie.')
  d.kop(2, '6.2', 'Monitoring')
  d.p('We volgen de effecten van de visie met de indicatoren uit de Plan-MER en rapporteren daarover elke twee jaar aan de raad.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Nr.', 'Naam', 'Hoofdstuk', 'Identificatie'], (g, i) => [String(i + 1), g.naam, g.hst, gidCell(g.identificatie, true)], 'gio', ['7%', '33%', '12%', '48%'])

  const hd = "font: 7.5pt 'Nimbus Sans'; color: #6b2d5c;"
  const spec: DocSpec = {
    id: 'h80',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare kennisgeving van de gemeente Emmen over de ontwerp-omgevingsvisie (gmb-2025-429709: "Ontwerp Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’" met Plan-MER, zaak 189461-2023; wat een omgevingsvisie is; "we kunnen niet alles doen"), de openbare pagina van de adviseur over de route naar de visie (regionale en gemeentelijke opgaven verweven met lokale gebiedsagenda’s) en de openbare samenvatting van de Structuurvisie "Emmen 2020, Veelzijdigheid troef" (landschappelijke openheid, kanalenstructuur, kwaliteit voor kwantiteit), hier als visie van 2027, ingekort en deels in eigen woorden; bijzonder geval: de raad stelt de visie GEWIJZIGD vast, met beslispunten 1–4 (Nota van beantwoording, gewijzigde vaststelling overeenkomstig een Staat van wijzigingen die in het besluit zelf staat, intrekking van de structuurvisie, inwerkingtreding op een datum); eigen opmaak: US Letter staand in Nimbus Sans 9,5 pt, hoofdstuknummers in een gevulde cirkel links van de titel, een hoofdstuktitel over twee regels, paragrafen "2.1" en "2.2.1", ongenummerde "Samenvatting" vóór hoofdstuk 1, kopregel "Omgevingsvisie Emmen 2040 · versie vastgesteld 16 december 2027", voettekst "gemeente Emmen" en "pagina n", ●-lijsten en lijst "A." met streepjes, een tabel, visie als "Bijlage 1", GIO-tabel Nr. | Naam | Hoofdstuk | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0114',
    naam: 'Gemeente Emmen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Emmen tot gewijzigde vaststelling van de Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’',
      artikelen: ['1', '2', '3', '4'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Emmen 2040 ‘Sterke stad, vitale dorpen, veelzijdig buitengebied’',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-emmen-2040', regeling: 'omgevingsvisie-emmen-2040', doel: 'omgevingsvisie-emmen-2040' },
      datums: { vaststelling: '2027-12-16', ondertekening: '2027-12-16', bekendmaking: '2028-01-11', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0114',
      oin: '00000001000000114000',
      achtergrondActualiteit: '2027-10-01',
    },
    geo: { origin: [257000, 532000] },
    meubilair: ['^Omgevingsvisie Emmen 2040 · versie vastgesteld 16 december 2027$', '^pagina \\d+$', '^gemeente Emmen$'],
    title: 'Omgevingsvisie Emmen 2040',
    css: `
@page { size: letter; margin: 22mm 22mm 22mm 22mm; }
@page std { @top-left { content: "Omgevingsvisie Emmen 2040 · versie vastgesteld 16 december 2027"; ${hd} } @bottom-left { content: "gemeente Emmen"; ${hd} } @bottom-right { content: "pagina " counter(page); ${hd} } }
@page bijl { @top-left { content: "Omgevingsvisie Emmen 2040 · versie vastgesteld 16 december 2027"; ${hd} } @bottom-left { content: "gemeente Emmen"; ${hd} } @bottom-right { content: "pagina " counter(page); ${hd} } }
body { font: 9.5pt/1.45 'Nimbus Sans', sans-serif; color: #1d1d1d; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #6b2d5c; }
.ttl { font: bold 13pt 'Nimbus Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.bp { display: flex; } .bp span { flex: 0 0 7mm; }
.swk { font-weight: bold; margin: 4mm 0 1mm; }
table.sw { width: 100%; font-size: 8pt; margin-bottom: 3mm; }
table.sw th { text-align: left; border-bottom: 0.8pt solid #6b2d5c; padding: 0.8mm; }
table.sw td { border-bottom: 0.3pt solid #bbb; padding: 0.8mm; vertical-align: top; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 75mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 26pt 'Nimbus Sans'; color: #6b2d5c; margin: 4mm 0 2mm; }
.titel .t2 { font: 15pt 'Nimbus Sans'; }
.tk0 { font: bold 15pt 'Nimbus Sans'; color: #6b2d5c; margin: 0 0 3mm; }
h1 { display: flex; align-items: center; margin: 9mm 0 4mm; break-after: avoid; }
h1 .n { flex: 0 0 11mm; height: 11mm; border-radius: 50%; background: #6b2d5c; color: #fff; font: bold 15pt/11mm 'Nimbus Sans'; text-align: center; margin-right: 4mm; }
h1 .t { font: bold 16pt/1.2 'Nimbus Sans'; color: #6b2d5c; max-width: 120mm; }
h2 { font: bold 11pt 'Nimbus Sans'; color: #6b2d5c; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold italic 9.5pt 'Nimbus Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.5mm 3mm; }
.li .m { color: #6b2d5c; }
table.t { width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; }
table.t th { background: #efe1ec; padding: 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { font: bold 13pt 'Nimbus Sans'; color: #6b2d5c; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #6b2d5c; padding: 1mm; }
table.gio td { padding: 1.5mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
