/**
 * h104 — gemeente Meppel (gm0119), holdout (session 12): a middle-sized gemeente (about 35.000 inwoners; the
 * Hanzestad Meppel with its grachten and the Meppelerdiep, the wijken Koedijkslanden, Oosterboer and Haveltermade,
 * the uitbreiding Nieuwveense Landen, the dorpen Nijeveen, Broekhuizen and Rogat, the bedrijventerrein Blankenstein,
 * the knooppunt of A28, A32 and the spoorlijnen, and De Wieden of Nationaal Park Weerribben-Wieden at its border).
 * Content written for this corpus in the manner of middle-sized Drentse visies (Meppel as the poort naar het
 * noorden, a compacte stad aan het water, landschap van veenweide and esdorpen, werkstad and logistiek knooppunt),
 * shortened and in our own words. Layout: A4 in Liberation Sans 9.5 pt with a MARGIN COLUMN of 28 mm: chapter
 * numbers in large light type in the margin column beside the title, section numbers "1.1" also in the margin
 * column, "1.1.1" inline; table of contents of two levels; notes set under their paragraph below a short rule; a TABLE WITH A MERGED
 * HEADER (two header rows); lists "1." with "a)" nested and "■"; header "Omgevingsvisie Meppel · Poort naar het
 * noorden", footer "blz. n" right; raadsbesluit with "gelet op", "besluit:" and beslispunten 1.–3. (a date); visie as
 * "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0119', '2027', '2027-11-11', '1')
const GIOS = [
  gio('Gemeente Meppel', 'gemeente-meppel', [0, 0], 5),
  gio('Binnenstad en Meppelerdiep', 'binnenstad-en-meppelerdiep', [0.2, 0.2], 0.8),
  gio('Nieuwveense Landen', 'nieuwveense-landen', [-1, 3], 1.2),
  gio('Veenweidegebied Rogat en Broekhuizen', 'veenweidegebied-rogat-broekhuizen', [-3, -3], 2),
  gio('Bedrijventerrein Blankenstein', 'bedrijventerrein-blankenstein', [2, -1], 0.8),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="k1"><span class="mn">${k.nummer}</span><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<div class="k2"><span class="mn">${k.nummer}</span><h2>${k.opschrift}</h2></div>`
      : `<h3>${k.nummer} ${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■' }, { glyph: '–' }]
const cijfer: Marker[] = [{ counter: '1', suffix: '.' }, { counter: 'a', suffix: ')' }]
const fn = (n: number, t: string) => `<div class="fn"><p><sup>${n}</sup> ${t}</p></div>`

type K = [number, string, string]
const KOPPEN: K[] = [
  [1, '1', 'Meppel, poort naar het noorden'],
  [2, '1.1', 'Waarom deze visie'],
  [2, '1.2', 'Meppel in de regio'],
  [2, '1.3', 'Leeswijzer'],
  [1, '2', 'Compacte stad aan het water'],
  [2, '2.1', 'Binnenstad'],
  [3, '2.1.1', 'Grachten en kades'],
  [3, '2.1.2', 'Wonen boven winkels'],
  [2, '2.2', 'Wijken'],
  [2, '2.3', 'Nieuwveense Landen'],
  [1, '3', 'Landschap en dorpen'],
  [2, '3.1', 'Veenweide'],
  [2, '3.2', 'De Wieden'],
  [2, '3.3', 'Dorpen'],
  [3, '3.3.1', 'Nijeveen'],
  [3, '3.3.2', 'Rogat en Broekhuizen'],
  [1, '4', 'Werkstad en knooppunt'],
  [2, '4.1', 'Bedrijventerreinen'],
  [2, '4.2', 'Bereikbaarheid'],
  [1, '5', 'Klimaat en energie'],
  [2, '5.1', 'Water'],
  [2, '5.2', 'Energie'],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (i: number) => {
    const [n, num, t] = KOPPEN[i]!
    d.kop(n, num, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Meppel · raadsbesluit 2027-113</p>
<p class="ttl">Besluit van de raad van de gemeente Meppel tot vaststelling van de Omgevingsvisie Meppel</p>
<p>De raad van de gemeente Meppel;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 september 2027;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p>1. de Omgevingsvisie Meppel, opgenomen in bijlage 1, vast te stellen;</p>
<p>2. de werkingsgebieden in bijlage 2 vast te stellen als geografische informatieobjecten bij de visie;</p>
<p>3. te bepalen dat dit besluit in werking treedt op 1 januari 2028.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van de raad van 11 november 2027.</p>
${handtekeningen(['de griffier,', 'mr. J.H. Vos'], ['de voorzitter,', 'R.T.A. Korteland'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij raadsbesluit 2027-113</p>
<p class="t1">Omgevingsvisie Meppel</p>
<p class="t2">Poort naar het noorden, stad aan het water</p>
</div>`)
  const rows: TocRow[] = KOPPEN.filter(([n]) => n <= 2).map(([n, num, t]) => [num, t, `${num} ${t}`, n])
  d.page('std').raw(tocHtml('Inhoud', rows))

  d.enter('visie')
  k(0)
  d.p('Meppel is de poort naar het noorden: hier komen de A28 en de A32 samen, en de spoorlijnen naar Groningen en Leeuwarden. Tegelijk is Meppel een Hanzestad aan het water, omringd door veenweide en esdorpen.')
  k(1)
  d.p('Met de Omgevingswet stellen we één visie vast voor de hele fysieke leefomgeving.<sup>1</sup> Deze visie vervangt de Structuurvisie Meppel 2030.')
  d.raw(fn(1, 'De visie is opgesteld na drie rondes met inwoners, dorpsbelangen en ondernemers in 2026 en 2027.'))
  k(2)
  d.p('Meppel werkt samen met de gemeenten in Zuidwest-Drenthe en de Kop van Overijssel:')
  d.list(['in de regio Zwolle, voor wonen en werken;', 'met Westerveld en Steenwijkerland, voor De Wieden;', 'met de provincie Drenthe, voor het landelijk gebied.'], blok)
  k(3)
  d.p('Elk hoofdstuk beschrijft eerst wat we hebben en daarna wat we willen.')

  k(4)
  d.p('We bouwen tot 2040 ongeveer 3.000 woningen. De helft daarvan binnen de bestaande stad.')
  k(5)
  d.p('De binnenstad met haar grachten is het hart van Meppel, met de donderdagmarkt en de Meppeler Zomerfeesten.')
  k(6)
  d.p('We maken de kades autoluw en geven ze terug aan voetgangers.')
  k(7)
  d.p('Boven winkels die leeg komen te staan, maken we ruimte voor wonen.')
  k(8)
  d.p('In Koedijkslanden, Oosterboer en Haveltermade vernieuwen we woningen en openbare ruimte.')
  k(9)
  d.p('De uitbreiding Nieuwveense Landen wordt afgerond. Daarbij stellen we eisen:')
  d.list([{ text: 'betaalbaarheid:', sub: ['ten minste 30 procent sociale huur;', 'ten minste 20 procent middenhuur.'] }, 'groen en water in elke buurt;', 'een fietsverbinding naar het station.'], cijfer)
  d.tabellen++
  d.raw(`<table class="tbl mh"><thead>
<tr><th rowspan="2">Locatie</th><th colspan="2">Woningen tot 2040</th><th rowspan="2">Fase</th></tr>
<tr><th>binnen de stad</th><th>uitbreiding</th></tr></thead><tbody>
<tr><td>Binnenstad</td><td>400</td><td>–</td><td>2027–2035</td></tr>
<tr><td>Stationsgebied</td><td>600</td><td>–</td><td>2028–2040</td></tr>
<tr><td>Nieuwveense Landen</td><td>–</td><td>1.500</td><td>2025–2040</td></tr>
<tr><td>Dorpen</td><td>300</td><td>200</td><td>2027–2040</td></tr>
</tbody></table>`)
  d.texts.push('Locatie', 'Woningen tot 2040', 'binnen de stad', 'uitbreiding', 'Fase')

  k(10)
  d.p('Rondom de stad ligt een gevarieerd landschap: veenweide in het westen, esdorpen en beekdalen in het oosten.')
  k(11)
  d.p('In het veenweidegebied remmen we de bodemdaling af door hogere waterpeilen.<sup>2</sup>')
  d.raw(fn(2, 'In overleg met Waterschap Drents Overijsselse Delta en de agrarische natuurvereniging.'))
  k(12)
  d.p('De Wieden hoort bij Nationaal Park Weerribben-Wieden. We versterken de overgang van stad naar natuur.')
  k(13)
  d.p('De dorpen houden hun eigen karakter en voorzieningen.')
  k(14)
  d.p('Nijeveen groeit beperkt, met woningen voor eigen inwoners.')
  k(15)
  d.p('In Rogat en Broekhuizen staat het landschap voorop.')

  k(16)
  d.p('Meppel is een werkstad: bijna 25.000 arbeidsplaatsen, veel in logistiek en maakindustrie.')
  k(17)
  d.p('Blankenstein en Oevers worden uitgebreid en verduurzaamd; nieuwe terreinen in het landschap komen er niet.')
  k(18)
  d.list(['het station wordt een mobiliteitsknooppunt;', 'snelfietsroute naar Zwolle;', 'de vaarweg Meppel–Ramspol voor grotere schepen.'], blok)

  k(19)
  d.p('Meppel wil in 2040 energieneutraal zijn.')
  k(20)
  d.p('Regenwater houden we vast in de wijken; bij de grachten vangen we hoogwater op.')
  k(21)
  d.p('Zon eerst op daken; zonnevelden alleen langs de A28 en de A32.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['38%', '62%'])

  const hd = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h104',
    set: 'holdout',
    bron: 'Geschreven voor dit corpus naar de trant van middelgrote Drentse omgevingsvisies (Meppel: Hanzestad met grachten en het Meppelerdiep, wijken Koedijkslanden, Oosterboer en Haveltermade, uitbreiding Nieuwveense Landen, dorpen Nijeveen, Broekhuizen en Rogat, bedrijventerrein Blankenstein, knooppunt A28/A32 en spoor, De Wieden; poort naar het noorden, compacte stad aan het water, veenweide en esdorpen, werkstad), ingekort en in eigen woorden; eigen opmaak: A4 in Liberation Sans 9,5 pt met een MARGEKOLOM van 28 mm waarin de hoofdstuknummers groot en licht naast de titel staan en de paragraafnummers "1.1" ook, "1.1.1" in de tekst; inhoudsopgave van twee niveaus, noten onder hun alinea met een kort lijntje, een TABEL MET SAMENGEVOEGDE KOP (twee kopregels), lijsten "1." met geneste "a)" en "■", kopregel "Omgevingsvisie Meppel · Poort naar het noorden", voettekst "blz. n", raadsbesluit met beslispunten 1.–3. (datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0119',
    naam: 'Gemeente Meppel',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Meppel tot vaststelling van de Omgevingsvisie Meppel',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-01-01',
    },
    visieOpschrift: 'Omgevingsvisie Meppel',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-meppel', regeling: 'omgevingsvisie-meppel', doel: 'omgevingsvisie-meppel' },
      datums: { vaststelling: '2027-11-11', ondertekening: '2027-11-11', bekendmaking: '2027-11-18', inwerkingtreding: '2028-01-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0119',
      oin: '00000001000000119000',
      achtergrondActualiteit: '2027-09-01',
    },
    geo: { origin: [206000, 522000] },
    meubilair: ['^Omgevingsvisie Meppel · Poort naar het noorden$', '^blz\\. \\d+$'],
    title: 'Omgevingsvisie Meppel',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
@page std { @top-right { content: "Omgevingsvisie Meppel · Poort naar het noorden"; ${hd} } @bottom-right { content: "blz. " counter(page); ${hd} } }
@page bijl { @top-right { content: "Omgevingsvisie Meppel · Poort naar het noorden"; ${hd} } @bottom-right { content: "blz. " counter(page); ${hd} } }
body { font: 9.5pt/1.45 'Liberation Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.pg[style*="std"] > p, .pg[style*="std"] > div.lst, .pg[style*="std"] > h3, .pg[style*="std"] > table, .pg[style*="std"] > .fn { margin-left: 28mm; }
.gem { font-size: 8pt; color: #0B6E4F; }
.ttl { font: bold 13pt 'Liberation Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
${TOC_CSS}
.toc { margin-left: 0; break-after: page; }
.toc .te { margin-bottom: 0.6mm; }
.tockop { font: bold 16pt 'Liberation Sans'; color: #0B6E4F; margin-bottom: 5mm; }
.brk { break-after: page; }
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #0B6E4F; margin: 5mm 0 3mm; }
.titel .t2 { font: 14pt 'Liberation Sans'; color: #444; }
.k1 { display: flex; align-items: baseline; margin: 9mm 0 4mm; break-after: avoid; }
.k1 .mn { flex: 0 0 28mm; font: 300 30pt 'Liberation Sans'; color: #9CC9B5; }
.k1 h1 { margin: 0; font: bold 17pt 'Liberation Sans'; color: #0B6E4F; }
.k2 { display: flex; align-items: baseline; margin: 4.5mm 0 1.5mm; break-after: avoid; }
.k2 .mn { flex: 0 0 28mm; font: bold 11pt 'Liberation Sans'; color: #0B6E4F; }
.k2 h2 { margin: 0; font: bold 11pt 'Liberation Sans'; }
h3 { font: italic bold 9.5pt 'Liberation Sans'; margin: 3mm 0 1mm 28mm; break-after: avoid; }
div.lst { margin-bottom: 2.2mm; }
table.tbl { width: calc(100% - 28mm); border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0 4mm 28mm; }
table.tbl th { background: #E1F0E9; border: 0.5pt solid #0B6E4F; padding: 1.2mm; text-align: left; }
table.tbl td { border: 0.5pt solid #0B6E4F; padding: 1.2mm; vertical-align: top; }
.fn { border-top: 0.5pt solid #888; width: 40mm; padding-top: 1mm; margin-top: 3mm; }
.fn p { width: 130mm; font-size: 7pt; }
h2.bijl { font: bold 14pt 'Liberation Sans'; color: #0B6E4F; }
table.gio { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #0B6E4F; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
