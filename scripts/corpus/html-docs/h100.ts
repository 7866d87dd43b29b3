/**
 * h100 — gemeente Doetinchem (gm0222), holdout (session 11, fourth set), the UNUSUAL case: a herstelbesluit. A
 * middle-sized gemeente (about 59.000 inwoners; Doetinchem, Gaanderen, Wehl, Nieuw-Wehl, Langerak, Dichteren,
 * Wijnbergen). The raad adopted its visie in July; the adopted text turned out to contain kennelijke verschrijvingen
 * (a wrong number of woningen, a wrong name of a GIO), so the raad withdraws the first besluit and adopts the visie
 * again with the errors corrected; the corrections are listed in a table of a bijlage of the besluit. Content written
 * for this corpus in the manner of Achterhoekse visies (de Achterhoek as proeftuin; Doetinchem as regionale
 * centrumstad; the Oude IJssel and the Slinge; the Achterhoekse Visie 2030 of the eight gemeenten; krimp turned into
 * groei; energieneutraal in 2050), shortened and partly in our own words. Layout: B5 (176 × 250 mm) in DejaVu Sans 8.5
 * pt; chapters "1" … "5" in a large light number set before a title in capitals, ONE CHAPTER TITLE OVER TWO LINES;
 * sections "1.1", "3.2.1"; header "Doetinchem 2040 · omgevingsvisie" left, "herstelde versie · 26 oktober 2027"
 * right; footer "blad n van m" centred; the besluit "De raad van de gemeente Doetinchem; gelezen …; overwegende
 * dat … (two paragraphs); gelet op …; besluit:" with Artikel I–III (I withdraws the besluit of 6 juli 2027, II adopts
 * the visie again "met herstel van de kennelijke verschrijvingen in bijlage 3", III a date); visie as "Bijlage 1"; GIO
 * table Werkingsgebied | Identificatie in "Bijlage 2"; "Bijlage 3 Herstelde verschrijvingen", a table Nr. | Plaats |
 * Was | Wordt.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0222', '2027', '2027-10-26', '2')
const GIOS = [
  gio('Gemeente Doetinchem', 'gemeente-doetinchem', [0, 0], 4),
  gio('Binnenstad Doetinchem', 'binnenstad-doetinchem', [0.1, 0], 0.5),
  gio('Dal van de Oude IJssel', 'dal-oude-ijssel', [-1, -1], 1.5),
  gio('Zoekgebied windenergie Wehl-Zuid', 'zoekgebied-windenergie-wehl-zuid', [-4, 1], 1),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="hn">${k.nummer}</span><span class="ht">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&ensp;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&ensp;${k.opschrift}</h3>`
const bol: Marker[] = [{ glyph: '•' }, { glyph: '–' }]
const rom: Marker[] = [{ counter: 'i', suffix: ')' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Doetinchem · raadsbesluit 2027-112 (herstelbesluit)</p>
<p class="ttl">Besluit van de raad van de gemeente Doetinchem tot intrekking van het besluit van 6 juli 2027 en tot hernieuwde vaststelling van de Omgevingsvisie Doetinchem 2040</p>
<p>De raad van de gemeente Doetinchem;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 21 september 2027;</p>
<p>overwegende dat de raad op 6 juli 2027 de Omgevingsvisie Doetinchem 2040 heeft vastgesteld;</p>
<p>overwegende dat na die vaststelling is gebleken dat de vastgestelde tekst kennelijke verschrijvingen bevat, onder meer in het aantal te bouwen woningen en in de naam van een werkingsgebied, en dat het uit een oogpunt van rechtszekerheid de voorkeur heeft de visie in herstelde vorm opnieuw vast te stellen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel I</p>
<p>Het besluit van 6 juli 2027 tot vaststelling van de Omgevingsvisie Doetinchem 2040 wordt ingetrokken.</p>
<p class="art">Artikel II</p>
<p>De Omgevingsvisie Doetinchem 2040 wordt opnieuw vastgesteld zoals opgenomen in bijlage 1, met de werkingsgebieden van bijlage 2 en met herstel van de kennelijke verschrijvingen die zijn opgesomd in bijlage 3.</p>
<p class="art">Artikel III</p>
<p>Dit besluit treedt in werking op 1 december 2027.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 26 oktober 2027.</p>
${handtekeningen(['de griffier,', 'mr. drs. H.M. te Kaat'], ['de voorzitter,', 'M.A.P. Boumans'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-112</p>
<p class="t1">Omgevingsvisie Doetinchem 2040</p>
<p class="t2">Regionale centrumstad in het Achterhoekse land</p>
</div>`)

  d.enter('visie')
  d.page('visie')
  d.kop(1, '1', 'Inleiding')
  d.p('Doetinchem is de centrumstad van de Achterhoek: een stad met het groene land om zich heen, met de Oude IJssel en de Slinge als blauwe aders. Deze visie beschrijft de koers tot 2040.')
  d.kop(2, '1.1', 'Waarom deze visie')
  d.p('De Omgevingswet vraagt één samenhangende visie op de fysieke leefomgeving. Deze visie vervangt de structuurvisie en een groot aantal losse nota’s.')
  d.kop(2, '1.2', 'Samen met de Achterhoek')
  d.p('De acht Achterhoekse gemeenten werken samen in de Achterhoekse Visie 2030. Doetinchem neemt zijn rol als regionale centrumstad.')
  d.kop(2, '1.3', 'Leeswijzer')
  d.p('Hoofdstuk 2 beschrijft wie we zijn, hoofdstukken 3 en 4 wat we willen en hoofdstuk 5 hoe we werken.')

  d.kop(1, '2', 'Doetinchem nu')
  d.kop(2, '2.1', 'Stad en dorpen')
  d.p('Naast de stad kent de gemeente de dorpen Gaanderen, Wehl en Nieuw-Wehl en de buurtschappen Langerak, Dichteren en Wijnbergen.')
  d.kop(2, '2.2', 'Van krimp naar groei')
  d.p('Waar tien jaar geleden krimp werd verwacht, groeit het aantal huishoudens nu weer.')

  d.kop(1, '3', 'Ambities voor een vitale, gezonde en klimaatbestendige centrumstad in het Achterhoekse land')
  d.p('Vier ambities geven richting:')
  d.list(['een levendige binnenstad;', 'genoeg en passende woningen;', 'een gezonde en klimaatbestendige leefomgeving;', 'een energieneutrale gemeente in 2050.'], rom)
  d.kop(2, '3.1', 'Wonen')
  d.p('Tot 2040 bouwen we ongeveer 4.500 woningen, voor een groot deel in en rond de binnenstad.')
  d.kop(3, '3.1.1', 'Binnenstedelijk')
  d.p('Transformatie van winkels en kantoren.')
  d.kop(3, '3.1.2', 'Dorpen')
  d.p('In de dorpen bouwen we naar behoefte.')
  d.kop(2, '3.2', 'Klimaat en energie')
  d.kop(3, '3.2.1', 'Water')
  d.p('Het dal van de Oude IJssel krijgt meer ruimte voor water en natuur.')
  d.kop(3, '3.2.2', 'Energie')
  d.p('Windenergie in het zoekgebied Wehl-Zuid, zon op daken en op restgronden.')
  d.table(['Bron', '2030', '2040'], [
    ['Zon op daken', '60 TJ', '120 TJ'],
    ['Zonnevelden', '40 TJ', '80 TJ'],
    ['Wind', '—', '150 TJ'],
  ], 'tbl', ['40%', '30%', '30%'])

  d.kop(1, '4', 'Economie en bereikbaarheid')
  d.kop(2, '4.1', 'Werklocaties')
  d.p('De bedrijventerreinen langs de A18 worden vernieuwd.')
  d.kop(2, '4.2', 'Bereikbaarheid')
  d.list(['snelle fietsroutes naar de dorpen;', { text: 'beter openbaar vervoer naar', sub: ['Arnhem;', 'Winterswijk.'] }], bol)

  d.kop(1, '5', 'Werkwijze')
  d.kop(2, '5.1', 'Initiatieven toetsen')
  d.p('We beoordelen initiatieven aan de hand van de ambities en de gebiedskenmerken.')
  d.kop(2, '5.2', 'Actualisatie')
  d.p('We actualiseren de visie elke raadsperiode.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 — Werkingsgebieden</h2>')
  d.gioTabel(GIOS, ['Werkingsgebied', 'Identificatie'], 'gio', ['38%', '62%'])
  d.bijlage('3', 'Herstelde verschrijvingen', '<h2 class="bijl b3">Bijlage 3 — Herstelde verschrijvingen</h2>')
  d.table(['Nr.', 'Plaats', 'Was', 'Wordt'], [
    ['1', 'paragraaf 3.1', 'ongeveer 45.000 woningen', 'ongeveer 4.500 woningen'],
    ['2', 'bijlage 2', 'Zoekgebied windenergie Wehl-Noord', 'Zoekgebied windenergie Wehl-Zuid'],
    ['3', 'paragraaf 3.2.2', 'zoekgebied Wehl-Noord', 'zoekgebied Wehl-Zuid'],
  ], 'tbl', ['8%', '22%', '35%', '35%'])

  const hd = "font: 7pt 'DejaVu Sans'; color: #5a6b2a;"
  const spec: DocSpec = {
    id: 'h100',
    set: 'holdout',
    bron: 'Geschreven voor dit corpus naar de trant van Achterhoekse omgevingsvisies (Doetinchem als regionale centrumstad; de Oude IJssel en de Slinge; Achterhoekse Visie 2030 van de acht gemeenten; van krimp naar groei; energieneutraal in 2050), ingekort en deels in eigen woorden; BIJZONDER GEVAL: een herstelbesluit dat het besluit van 6 juli 2027 intrekt en de visie opnieuw vaststelt met herstel van kennelijke verschrijvingen, opgesomd in een tabel in bijlage 3; eigen opmaak: B5 (176 × 250 mm) in DejaVu Sans 8,5 pt, hoofdstukken "1" … "5" met een groot licht nummer vóór een titel in hoofdletters, één hoofdstuktitel over TWEE REGELS, paragrafen "1.1" en "3.2.1", kopregel "Doetinchem 2040 · omgevingsvisie" links en "herstelde versie · 26 oktober 2027" rechts, voettekst "blad n van m", "overwegende dat" in twee alinea\'s en daarna "gelet op", "besluit:", Artikel I–III (inwerkingtreding op een datum), visie als "Bijlage 1", GIO-tabel Werkingsgebied | Identificatie in "Bijlage 2", tabel Nr. | Plaats | Was | Wordt in "Bijlage 3" (holdout)',
    bevoegdGezag: 'gm0222',
    naam: 'Gemeente Doetinchem',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Doetinchem tot intrekking van het besluit van 6 juli 2027 en tot hernieuwde vaststelling van de Omgevingsvisie Doetinchem 2040',
      artikelen: ['I', 'II', 'III'],
      inwerkingtreding: '2027-12-01',
    },
    visieOpschrift: 'Omgevingsvisie Doetinchem 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'herstel-omgevingsvisie-doetinchem-2040', regeling: 'omgevingsvisie-doetinchem-2040', doel: 'omgevingsvisie-doetinchem-2040-herstel' },
      datums: { vaststelling: '2027-10-26', ondertekening: '2027-10-26', bekendmaking: '2027-11-02', inwerkingtreding: '2027-12-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0222',
      oin: '00000001000000222000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [215000, 442000] },
    meubilair: ['^Doetinchem 2040 · omgevingsvisie( herstelde versie · 26 oktober 2027)?$', '^blad \\d+ van \\d+$'],
    title: 'Omgevingsvisie Doetinchem 2040',
    css: `
@page { size: 176mm 250mm; margin: 20mm 17mm 20mm 19mm; }
@page visie { @top-left { content: "Doetinchem 2040 · omgevingsvisie"; ${hd} } @top-right { content: "herstelde versie · 26 oktober 2027"; ${hd} } @bottom-center { content: "blad " counter(page) " van " counter(pages); ${hd} } }
@page bijl { @top-left { content: "Doetinchem 2040 · omgevingsvisie"; ${hd} } @top-right { content: "herstelde versie · 26 oktober 2027"; ${hd} } @bottom-center { content: "blad " counter(page) " van " counter(pages); ${hd} } }
body { font: 8.5pt/1.45 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2mm; }
.gem { font-size: 7.5pt; color: #5a6b2a; }
.ttl { font: bold 12pt 'DejaVu Sans'; margin: 2mm 0 4mm; }
.bs { font-weight: bold; margin: 3mm 0 2mm; }
.art { font-weight: bold; margin: 2.5mm 0 0.5mm; }
.aldus { margin-top: 3mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 70mm; break-after: page; }
.titel .t0 { font-size: 8pt; color: #666; }
.titel .t1 { font: bold 22pt 'DejaVu Sans'; color: #5a6b2a; margin: 4mm 0 3mm; }
.titel .t2 { font-size: 12pt; }
h1 { display: flex; align-items: baseline; gap: 5mm; margin: 8mm 0 4mm; break-after: avoid; }
h1 .hn { font: 200 26pt 'DejaVu Sans'; color: #8aa04a; flex: 0 0 auto; }
h1 .ht { font: bold 13pt 'DejaVu Sans'; text-transform: uppercase; color: #3d4a1c; }
h2 { font: bold 10.5pt 'DejaVu Sans'; color: #5a6b2a; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2mm 3mm; }
table.tbl { width: 100%; font-size: 7.5pt; margin: 2mm 0 4mm; }
table.tbl th { background: #5a6b2a; color: #fff; text-align: left; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1mm; vertical-align: top; }
h2.bijl { font: bold 12pt 'DejaVu Sans'; color: #5a6b2a; }
h2.b3 { margin-top: 10mm; }
table.gio { width: 100%; font-size: 7.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #5a6b2a; padding: 1mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1mm; vertical-align: top; }
.gid { font: 7pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
