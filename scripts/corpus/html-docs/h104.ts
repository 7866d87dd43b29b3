/**
 * h104 — gemeente Meppel (gm0119), holdout (session 12): a middle-sized gemeente (about 35.000 inwoners; the
 * Hanzestad Meppel with its grachten and the Meppelerdiep, the wijken Koedijkslanden, Oosterboer and Haveltermade,
 * the uitbreiding Nieuwveense Landen, the dorpen Nijeveen, Broekhuizen and Rogat, the bedrijventerrein Blankenstein,
 * the knooppunt of A28, A32 and the spoorlijnen, and De Wieden of Nationaal Park Weerribben-Wieden at its border).
 * Content after the public texts of Meppel on its omgevingsvisie ("Deze omgevingsvisie vertelt het verhaal van Meppel,
 * Nijeveen en omstreken"; poort van Drenthe en handelsstad; a chapter 1 whose first section is numbered "1.0
 * Inleiding"; Deel A with four ambities — duurzaam in alle opzichten, schoon, natuurlijk en gezond, levendig en
 * leefbaar, kwalitatieve en inclusieve groei — and Deel B on the visie in practice; the participation of 2022), here as
 * a visie of 2027, shortened and partly in our own words. Layout: A4 in Liberation Sans 9.5 pt with a MARGIN COLUMN of 28 mm: chapter
 * numbers in large light type in the margin column beside the title, section numbers "1.1" also in the margin
 * column (the first section of chapter 1 is "1.0 Inleiding", its title the same as the chapter's), "1.1.1" inline; table of contents of two levels; notes set under their paragraph below a short rule; a TABLE WITH A MERGED
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
  [1, '1', 'Inleiding'],
  [2, '1.0', 'Inleiding'],
  [2, '1.1', 'Waarom een omgevingsvisie?'],
  [2, '1.2', 'Het verhaal van Meppel'],
  [2, '1.3', 'Hoe we de visie maakten'],
  [1, '2', 'Duurzaam in alle opzichten'],
  [2, '2.1', 'Energietransitie'],
  [3, '2.1.1', 'Zon en wind'],
  [3, '2.1.2', 'Warmte'],
  [2, '2.2', 'Klimaatadaptatie'],
  [2, '2.3', 'Circulaire economie'],
  [1, '3', 'Schoon, natuurlijk en gezond'],
  [2, '3.1', 'Veenweide en De Wieden'],
  [2, '3.2', 'Gezonde leefomgeving'],
  [1, '4', 'Levendig en leefbaar'],
  [2, '4.1', 'Binnenstad'],
  [3, '4.1.1', 'Grachten en kades'],
  [3, '4.1.2', 'Wonen boven winkels'],
  [2, '4.2', 'Dorpen en buitengebied'],
  [1, '5', 'Kwalitatieve en inclusieve groei'],
  [2, '5.1', 'Wonen'],
  [2, '5.2', 'Werken en bereikbaarheid'],
  [1, '6', 'De visie in de praktijk'],
  [2, '6.1', 'Afwegingskader'],
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
  k(1)
  d.p('Deze omgevingsvisie vertelt het verhaal van Meppel, Nijeveen en omstreken. Dat verhaal hangt sterk samen met de buitenruimte: de leefomgeving. Vroeger al, als poort van Drenthe en handelsstad, maar ook nu. Allerlei (inter)nationale ontwikkelingen beïnvloeden onze leefomgeving: de landbouwtransitie, de woningmarkt, de digitale revolutie, veranderende klimaatomstandigheden.')
  d.p('In tijden van verandering is het van belang om koers te houden. Deze omgevingsvisie bevat daarom de koers van de gemeente Meppel over de leefomgeving tot aan 2040.')
  k(2)
  d.p('In deze omgevingsvisie leggen we vast wat we willen met onze leefomgeving. Onze omgevingsvisie heeft twee belangrijke functies, en ze valt daarom ook uiteen in twee delen:<sup>1</sup>')
  d.list(['Deel A bevat onze koers voor de leefomgeving, in vier ambities (hoofdstuk 2 tot en met 5);', 'Deel B laat zien hoe we de omgevingsvisie in de praktijk toepassen (hoofdstuk 6).'], blok)
  d.raw(fn(1, 'Deze visie vervangt de Structuurvisie Meppel 2030 ‘Duurzaam verbinden’ uit 2013.'))
  k(3)
  d.p('Meppel is de poort naar het noorden: hier komen de A28 en de A32 samen, en de spoorlijnen naar Groningen en Leeuwarden. Blijven we een klein stadje met een dorps karakter of worden we een grote stad in Drenthe?')
  k(4)
  d.p('In augustus en september 2022 vroegen we via een digitale vragenlijst, ideeënbussen, de weekmarkt en een informatiemarkt in Ogterop om uw mening. Daarna legden we drie toekomstbeelden voor.')

  k(5)
  d.p('We werken aan de energietransitie, circulariteit en klimaatadaptatie. Deze opgaven hebben invloed op ons leven en ons landschap.')
  k(6)
  k(7)
  d.p('Zon eerst op daken; zonnevelden alleen langs de A28 en de A32. Windturbines passen niet in het veenweidelandschap.')
  k(8)
  d.p('Wijk voor wijk stappen we over op duurzame warmte, te beginnen in Haveltermade en Oosterboer.')
  k(9)
  d.p('Regenwater houden we vast in de wijken; bij de grachten vangen we hoogwater op.')
  k(10)
  d.p('Bedrijven op Blankenstein en Oevers werken samen aan hergebruik van grondstoffen.')

  k(11)
  d.p('Rondom de stad ligt een gevarieerd landschap: veenweide in het westen, esdorpen en beekdalen in het oosten.')
  k(12)
  d.p('In het veenweidegebied remmen we de bodemdaling af door hogere waterpeilen.<sup>2</sup> De Wieden hoort bij Nationaal Park Weerribben-Wieden.')
  d.raw(fn(2, 'In overleg met Waterschap Drents Overijsselse Delta en de agrarische natuurvereniging.'))
  k(13)
  d.p('Bij nieuwe plannen vragen we ten minste:')
  d.list([{ text: 'ruimte voor bewegen en ontmoeten:', sub: ['speelplekken binnen 300 meter;', 'veilige fietsroutes naar school.'] }, 'schone lucht en weinig geluidhinder;', 'groen in elke straat.'], cijfer)

  k(14)
  k(15)
  d.p('De binnenstad met haar grachten is het hart van Meppel, met de donderdagmarkt en de Meppeler Zomerfeesten. We gaan om met leegstand door het kernwinkelgebied te verkleinen.')
  k(16)
  d.p('We maken de kades autoluw en geven ze terug aan voetgangers.')
  k(17)
  d.p('Boven winkels die leeg komen te staan, maken we ruimte voor wonen.')
  k(18)
  d.p('Nijeveen, Broekhuizen en Rogat houden hun eigen karakter. Er komen veel ontwikkelingen af op het buitengebied: nieuwe woningen en bedrijven, recreatie en energie.')

  k(19)
  d.p('Onze regio kent een forse woonopgave. We groeien, en houden de menselijke maat van Meppel en de kwaliteit van het buitengebied vast.')
  k(20)
  d.p('We bouwen tot 2040 ongeveer 3.000 woningen, vooral in Nieuwveense Landen en binnen de stad.')
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
  k(21)
  d.list(['het station wordt een mobiliteitsknooppunt;', 'snelfietsroute naar Zwolle;', 'de vaarweg Meppel–Ramspol voor grotere schepen.'], blok)

  k(22)
  d.p('Als we werken aan de leefomgeving is de omgevingsvisie ons kader. Het biedt handvatten voor specifieker beleid over bepaalde onderwerpen en gebieden.')
  k(23)
  d.p('Bij elk initiatief wegen we af of het bijdraagt aan de vier ambities, en wat het vraagt van de omgeving.')

  d.page('bijl')
  d.bijlage('2', 'Werkingsgebieden', '<h2 class="bijl">Bijlage 2 Werkingsgebieden</h2>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'gio', ['38%', '62%'])

  const hd = "font: 7.5pt 'Liberation Sans'; color: #555;"
  const spec: DocSpec = {
    id: 'h104',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van Meppel over zijn omgevingsvisie ("Deze omgevingsvisie vertelt het verhaal van Meppel, Nijeveen en omstreken"; poort van Drenthe en handelsstad; hoofdstuk 1 met als eerste paragraaf "1.0 Inleiding"; Deel A met vier ambities: duurzaam in alle opzichten, schoon, natuurlijk en gezond, levendig en leefbaar, kwalitatieve en inclusieve groei; Deel B over de toepassing; participatie in 2022), hier als visie van 2027, ingekort en deels in eigen woorden; hoofdstukken 1–6, paragraaf "1.0"; eigen opmaak: A4 in Liberation Sans 9,5 pt met een MARGEKOLOM van 28 mm waarin de hoofdstuknummers groot en licht naast de titel staan en de paragraafnummers "1.1" ook, "1.1.1" in de tekst; inhoudsopgave van twee niveaus, noten onder hun alinea met een kort lijntje, een TABEL MET SAMENGEVOEGDE KOP (twee kopregels), lijsten "1." met geneste "a)" en "■", kopregel "Omgevingsvisie Meppel · Poort naar het noorden", voettekst "blz. n", raadsbesluit met beslispunten 1.–3. (datum), visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
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
