/**
 * h98 — gemeente Apeldoorn (gm0200), holdout (session 11, fourth set): a large gemeente (about 166.000 inwoners; the
 * stad Apeldoorn with the dorpen Beekbergen, Hoenderloo, Hoog Soeren, Klarenbeek, Loenen, Radio Kootwijk, Uddel,
 * Ugchelen, Wenum-Wiesel and others, on the Veluwe). Content after the public texts on the Omgevingsvisie "Woest
 * aantrekkelijk Apeldoorn" (horizon 2040; built on the Koersdocument 2030 with its richtinggevende principes; four
 * samenhangende opgaven: stadmaken, vitale dorpen en buitengebied, het fysieke fundament uitbouwen, het sociale
 * fundament versterken; the groenste stad van Nederland; gebiedsprofielen; "de stad is af maar nooit klaar"), and on
 * the real house style of its table of contents: chapters "H0 Samenvatting", "H1 Omgevingsvisie | uitleg en
 * achtergrond", "H2 Over Apeldoorn | wie we zijn" (the letter H before the number, a bar inside the title), sections
 * "2.1", unnumbered "Intermezzo" pieces between the chapters; the besluit after the real wording of its partiële
 * herziening ("De raad van de gemeente Apeldoorn, besluit: Artikel I … vast te stellen"), here as a visie of 2027,
 * shortened and partly in our own words. Layout: 240 × 170 mm LANDSCAPE in Liberation Sans 9 pt; chapters "H0" …
 * "H6" in large type, each on a new page, sections "2.1", "4.1.1"; one-page "Intermezzo" pieces in a coloured box;
 * no header, a footer "Omgevingsvisie Apeldoorn 2040" left and the page number right; Artikel I–III (inwerkingtreding on a date); visie as
 * "Bijlage A"; GIO table Naam | Identificatie | Gebiedsprofiel in "Bijlage B".
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0200', '2027', '2027-11-25', '1')
const GIOS = [
  { ...gio('Gemeente Apeldoorn', 'gemeente-apeldoorn', [0, 0], 8), profiel: 'alle' },
  { ...gio('Binnenstad Apeldoorn', 'binnenstad-apeldoorn', [0.2, 0.1], 0.5), profiel: 'Binnenstad' },
  { ...gio('Kanaalzone centrum', 'kanaalzone-centrum', [1, 0.3], 0.6), profiel: 'Kanaalzone' },
  { ...gio('Zoekgebieden woningbouw Apeldoorn-Oost', 'zoekgebieden-woningbouw-oost', [3, 0.5], 1.2), profiel: 'Stad' },
  { ...gio('Veluwe en Veluwerand', 'veluwe-en-veluwerand', [-5, 2], 4), profiel: 'Veluwe' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">H${k.nummer}</span> ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&ensp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]
const intermezzo = (titel: string, tekst: string): string =>
  `<div class="intermezzo"><p class="il">Intermezzo</p><p class="it">${titel}</p><p>${tekst}</p></div>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Apeldoorn · raadsvoorstel 118-2027</p>
<p class="ttl">Besluit van de raad van de gemeente Apeldoorn tot vaststelling van de Omgevingsvisie ‘Woest aantrekkelijk Apeldoorn’</p>
<p>De raad van de gemeente Apeldoorn,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 12 oktober 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>De Antwoordnota zienswijzen ontwerp-Omgevingsvisie Apeldoorn vast te stellen.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie ‘Woest aantrekkelijk Apeldoorn’ vast te stellen zoals weergegeven in bijlage A, met de werkingsgebieden van bijlage B.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 25 november 2027.</p>
${handtekeningen(['raadsgriffier,', 'S.M. Stam'], ['voorzitter,', 'A.J.M. Heerts'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage A</p>
<p class="t1">Woest aantrekkelijk Apeldoorn</p>
<p class="t2">Omgevingsvisie 2040 · gemeente Apeldoorn</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '0', 'Samenvatting')
  d.p('Apeldoorn is een stad met veertien dorpen en buurtschappen in een landschap met indrukwekkende natuur en erfgoed: de groenste stad van Nederland. Met vier samenhangende opgaven gaan we de toekomst tegemoet:')
  d.list(['stadmaken;', 'vitale dorpen en buitengebied;', 'het fysieke fundament uitbouwen;', 'het sociale fundament versterken.'], num)
  d.raw(intermezzo('Participatie', 'Inwoners, ondernemers en organisaties dachten mee in werkateliers, online en op straat. Hun reacties hebben de visie verbeterd.'))
  d.kop(1, '1', 'Omgevingsvisie | uitleg en achtergrond')
  d.p('De Omgevingsvisie beschrijft hoe Apeldoorn, met stad, dorpen en natuur, zich de komende jaren ontwikkelt. De horizon is 2040.')
  d.kop(2, '1.1', 'Wat is een omgevingsvisie')
  d.p('Een toekomstvisie, geen blauwdruk: ze geeft de kaders voor toekomstige ontwikkelingen.')
  d.kop(2, '1.2', 'Een bijzondere gemeente blijven')
  d.p('Wat is nodig om een bijzondere gemeente met unieke kwaliteiten te blijven? Die vraag staat centraal.')
  d.raw(intermezzo('Royale woonstad', 'Apeldoorn is een comfortabele gezinsstad in het groen, met ruime wijken en veel groen om de hoek.'))
  d.kop(1, '2', 'Over Apeldoorn | wie we zijn')
  d.kop(2, '2.1', 'Het ontstaan')
  d.p('Tot laat in de negentiende eeuw een dorp, is Apeldoorn in bijna honderdvijftig jaar enorm gegroeid.')
  d.kop(2, '2.2', 'Apeldoorn nu')
  d.p('Een ondernemende gezinsstad, banenmotor van Gelderland en toegangspoort tot de Veluwe.')
  d.kop(2, '2.3', 'Identiteit – de Apeldoornse waarden')
  d.list(['groen en ruim;', 'royaal en gastvrij;', { text: 'ondernemend, met', sub: ['een veelzijdige economie;', 'veel toerisme.'] }], bol)
  d.kop(1, '3', 'Context | van landelijk naar lokaal')
  d.kop(2, '3.1', 'De landelijke agenda')
  d.p('Woningnood, klimaat en biodiversiteit zijn urgente landelijke opgaven die ook in Apeldoorn spelen.')
  d.kop(2, '3.2', 'Koersdocument 2030')
  d.p('In het Koersdocument gaf de raad vier richtinggevende principes mee; deze visie werkt ze uit.')
  d.raw(intermezzo('Klimaat', 'Hitte en droogte raken de Veluwe: de bossen, de beken en de landbouw.'))
  d.kop(1, '4', 'Visie | waar gaan we heen?')
  d.kop(2, '4.1', 'Stadmaken')
  d.p('We bouwen duizenden woningen, eerst binnen de stad, dan aan de oostkant.')
  d.kop(3, '4.1.1', 'Binnenstad en Kanaalzone')
  d.p('Het kanaal wordt een verbindende as met wonen en werken aan het water.')
  d.kop(3, '4.1.2', 'Uitbreiding Apeldoorn-Oost')
  d.p('Nieuwe wijken met veel groen en een goede aansluiting op het spoor.')
  d.kop(2, '4.2', 'Vitale dorpen en buitengebied')
  d.p('De dorpen bouwen naar behoefte en houden hun voorzieningen.')
  d.kop(2, '4.3', 'Fysiek fundament uitbouwen')
  d.p('Natuur, water en erfgoed vormen het fundament; we versterken ze bij elke ontwikkeling.')
  d.kop(2, '4.4', 'Sociaal fundament versterken')
  d.p('Een uitnodigende buitenruimte waar mensen elkaar ontmoeten.')
  d.kop(1, '5', 'Hoofdkeuzes voor Apeldoorn')
  d.table(['Hoofdkeuze', 'Waar', 'Tot 2030', 'Na 2030'], [
    ['Woningbouw', 'stad en Apeldoorn-Oost', '6.000 woningen', '5.000 woningen'],
    ['Werklocaties', 'A1-zone', 'Ecofactorij fase 2', 'reserve'],
    ['Energie', 'langs A1 en A50', 'zon op daken', 'zoekgebieden wind'],
  ], 'tbl', ['22%', '30%', '24%', '24%'])
  d.kop(2, '5.1', 'Komen tot gebiedskeuzes')
  d.p('Varianten zijn beoordeeld in het omgevingseffectrapport (OER).')
  d.kop(2, '5.2', 'De voorkeursvariant')
  d.p('De voorkeursvariant combineert inbreiding met een beperkte uitbreiding aan de oostkant.')
  d.kop(1, '6', 'Gebiedsprofielen | afwegen per gebied')
  d.kop(2, '6.1', 'Binnenstad')
  d.p('Levendig hart met meer wonen.')
  d.kop(2, '6.2', 'Kanaalzone centrum')
  d.p('Een nieuw stuk stad aan het water.')
  d.kop(2, '6.3', 'Veluwe en dorpen')
  d.p('Rust, ruimte en natuur; ontwikkelingen versterken het landschap.')

  d.page('bijl')
  d.bijlage('B', 'Werkingsgebieden', '<h2 class="bijl">Bijlage B Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Gebiedsprofiel'], (g) => [g.naam, gidCell(g.identificatie), g.profiel], 'gio', ['30%', '52%', '18%'])

  const ft = "font: 7.5pt 'Liberation Sans'; color: #2E6B30;"
  const spec: DocSpec = {
    id: 'h98',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten over de Omgevingsvisie "Woest aantrekkelijk Apeldoorn" (horizon 2040; Koersdocument 2030; vier opgaven: stadmaken, vitale dorpen en buitengebied, fysiek fundament uitbouwen, sociaal fundament versterken; groenste stad van Nederland; gebiedsprofielen) en naar de echte inhoudsopgave ("H0 Samenvatting", "H1 Omgevingsvisie | uitleg en achtergrond", "H2 Over Apeldoorn | wie we zijn", paragrafen "2.1", "Intermezzo"-stukken tussen de hoofdstukken) en het besluit van de partiële herziening ("De raad van de gemeente Apeldoorn, besluit: Artikel I …"), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: 240 × 170 mm LIGGEND in Liberation Sans 9 pt, hoofdstukken "H0" … "H6" met een STREEP in de titel, elk op een nieuwe bladzijde, paragrafen "2.1" en "4.1.1", ongenummerde "Intermezzo"-kaders, voettekst "Omgevingsvisie Apeldoorn 2040" links en paginanummer rechts, Artikel I–III (inwerkingtreding op een datum), visie als "Bijlage A", GIO-tabel Naam | Identificatie | Gebiedsprofiel in "Bijlage B" (holdout)',
    bevoegdGezag: 'gm0200',
    naam: 'Gemeente Apeldoorn',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Apeldoorn tot vaststelling van de Omgevingsvisie ‘Woest aantrekkelijk Apeldoorn’',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Woest aantrekkelijk Apeldoorn',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-apeldoorn', regeling: 'omgevingsvisie-apeldoorn', doel: 'omgevingsvisie-apeldoorn' },
      datums: { vaststelling: '2027-11-25', ondertekening: '2027-11-25', bekendmaking: '2027-12-02', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0200',
      oin: '00000001000000200000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [194000, 469000] },
    meubilair: ['^Omgevingsvisie Apeldoorn 2040( \\d+)?$', '^\\d+$'],
    title: 'Woest aantrekkelijk Apeldoorn',
    css: `
@page { size: 240mm 170mm; margin: 16mm 22mm 16mm 22mm; }
@page visie { @bottom-left { content: "Omgevingsvisie Apeldoorn 2040"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
@page bijl { @bottom-left { content: "Omgevingsvisie Apeldoorn 2040"; ${ft} } @bottom-right { content: counter(page); ${ft} } }
body { font: 9pt/1.4 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font-size: 8pt; color: #2E6B30; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font-weight: bold; margin: 2.5mm 0 0.5mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
table.sig td.sn { padding-top: 10mm; }
.besluit { break-after: page; }
.titel { padding-top: 45mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #2E6B30; margin: 4mm 0 3mm; }
.titel .t2 { font-size: 14pt; }
h1 { font: bold 22pt 'Liberation Sans'; color: #2E6B30; margin: 0 0 5mm; break-before: page; }
.pg > h1:first-child { break-before: auto; }
h1 .hn { color: #8DB33A; }
h2 { font: bold 12pt 'Liberation Sans'; color: #2E6B30; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 10pt 'Liberation Sans'; margin: 3mm 0 1mm; break-after: avoid; }
.intermezzo { break-before: page; break-after: page; background: #EEF4E2; padding: 12mm 14mm; margin-top: 20mm; }
.intermezzo .il { font: bold 9pt 'Liberation Sans'; letter-spacing: 1pt; color: #8DB33A; text-transform: uppercase; }
.intermezzo .it { font: bold 18pt 'Liberation Sans'; color: #2E6B30; }
div.lst { margin: 0 0 2mm 3mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #2E6B30; color: #fff; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #9bb88a; padding: 1.2mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #2E6B30; break-before: page; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #2E6B30; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
