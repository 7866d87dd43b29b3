/**
 * h56 — gemeente Sittard-Geleen (gm1883), holdout (session 8): a long report (27 numbered headings). Content after
 * the gemeente's public pages about its omgevingsvisie and the Westelijke Mijnstreek (the historic centre of Sittard
 * with the Markt and the Kollenberg, Geleen and the former Staatsmijn Maurits, Chemelot and the Brightlands campus,
 * Born with its port on the Julianakanaal, the Grensmaas, the Graetheide and the Geleenbeek, population decline and
 * ageing, the borders with Selfkant and Maasmechelen), shortened and in our own words. Layout: A4 report (DejaVu Serif
 * 9.5 pt, Liberation Sans headings in slate blue) with every heading number hanging in the left margin, chapters
 * "3." + title in capitals, sections "3.1." and sub-sections "3.1.1." in small caps, one chapter title that wraps onto
 * two lines, a table of contents with dotted leaders over two pages, the chapter title in the running header (one
 * named page per chapter) next to a fixed header line, footer
 * "Omgevingsvisie Sittard-Geleen 2040 | n", –-lists with o-items, an "i.)" list, a table with multi-line cells, a map
 * "Kaart 4" drawn as SVG, a kader, a raadsbesluit with "gelet op", "b e s l u i t :" and beslispunten 1.–3. (the third
 * names the inwerkingtreding "met ingang van 1 juli 2028"), signatures in two columns, no "Bijlage" line before the
 * visie and a GIO table in four columns (Nr | Naam | Identificatie | Toelichting) of ten objects.
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS, tocHtml, TOC_CSS, type TocRow } from './h-util.js'

const gio = gioHex('gm1883', '2028', '2028-05-23', '1', 'h56')
const GIOS: Array<Gio & { t: string }> = [
  { ...gio('Gemeente Sittard-Geleen', [0, 0], 6), t: 'het hele grondgebied' },
  { ...gio('Binnenstad Sittard (Markt, Limbrichterstraat, Kollenberg)', [2, 2], 0.6), t: 'historisch centrum' },
  { ...gio('Centrum Geleen', [-1, -2], 0.6), t: 'herstructurering centrum' },
  { ...gio('Chemelot en Brightlands Chemelot Campus', [-2.5, -3.5], 1.5), t: 'industrie, veiligheid, waterstof' },
  { ...gio('Haven Born en Julianakanaal', [-4, 3], 1), t: 'watergebonden bedrijvigheid' },
  { ...gio('Grensmaas en Maasplassen', [-6, 2], 2), t: 'rivier, natuur, recreatie' },
  { ...gio('Graetheide-plateau', [-3, 0], 2), t: 'open landbouwlandschap' },
  { ...gio('Geleenbeekdal', [0.5, -1], 1.5), t: 'beekherstel, waterberging' },
  { ...gio('Landschapspark De Graven', [1, 0], 1.2), t: 'groene long tussen de kernen' },
  { ...gio('Kernen Born, Buchten, Holtum, Grevenbicht en Obbicht', [-4.5, 4], 2), t: 'dorpen aan de Maas' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}.</span>${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}.</span>${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}.</span>${k.opschrift}</h3>`
const streep: Marker[] = [{ glyph: '–' }, { glyph: 'o' }]
const rom: Marker[] = [{ counter: 'i', suffix: '.)' }]

const KAART = `<figure class="kaart"><svg width="120mm" height="62mm" viewBox="0 0 240 124" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="239" height="123" fill="#f3f5f8" stroke="#3d5a80" stroke-width="0.6"/>
<path d="M30 0 C 40 40 20 80 34 124" fill="none" stroke="#6f9fd8" stroke-width="5"/>
<path d="M52 0 L60 124" fill="none" stroke="#6f9fd8" stroke-width="2"/>
<rect x="78" y="70" width="44" height="30" fill="#c9c9c9" stroke="#555" stroke-width="0.6"/>
<circle cx="170" cy="40" r="16" fill="#e8d7b5" stroke="#3d5a80"/><circle cx="140" cy="78" r="13" fill="#e8d7b5" stroke="#3d5a80"/>
<path d="M120 0 C 140 50 150 90 200 124" fill="none" stroke="#444" stroke-width="1.5" stroke-dasharray="5 3"/>
<g fill="#8fb87a"><circle cx="150" cy="58" r="7"/><circle cx="100" cy="30" r="9"/></g>
</svg><figcaption>Kaart 4 Hoofdstructuur: Maas en Julianakanaal in het westen, Chemelot, de kernen Sittard en Geleen en de A2</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Sittard-Geleen</p>
<p class="ttl">Besluit van de raad van de gemeente Sittard-Geleen tot vaststelling van de Omgevingsvisie Sittard-Geleen 2040</p>
<p>De raad van de gemeente Sittard-Geleen;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 11 april 2028, nr. 2028/0412;</p>
<p>gehoord de commissie Ruimte van 9 mei 2028;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet en op artikel 16.23 van die wet;</p>
<p class="bs">b e s l u i t :</p>
<table class="bp">
<tr><td>1.</td><td>de Omgevingsvisie Sittard-Geleen 2040, met de werkingsgebieden die in de bijlage bij de visie zijn genoemd, vast te stellen;</td></tr>
<tr><td>2.</td><td>de Structuurvisie Sittard-Geleen 2012 in te trekken;</td></tr>
<tr><td>3.</td><td>te bepalen dat dit besluit in werking treedt met ingang van 1 juli 2028.</td></tr>
</table>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van de raad van 23 mei 2028.</p>
${handtekeningen(['de griffier,', 'mr. R.M.J. Heijnen'], ['de voorzitter,', 'drs. V.P.G. Janssen-Bokken'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Sittard-Geleen 2040</p>
<p class="t2">Werken aan een gezonde, veilige en vitale stad in de Westelijke Mijnstreek</p>
<p class="t3">Vastgesteld door de gemeenteraad op 23 mei 2028</p>
</div>`)
  /** The visie body; run once on a scratch builder for the table of contents, then for real. */
  const chapters: string[] = []
  const visie = (d: DocBuilder): void => {
    chapters.length = 0
    const ch = (n: string, title: string) => {
      chapters.push(title)
      d.page(`ch${n}`).enter('visie')
      d.kop(1, n, title)
    }

    ch('1', 'Inleiding')
    d.kop(2, '1.1', 'Aanleiding')
    d.p('Sittard-Geleen is in 2001 ontstaan uit de gemeenten Sittard, Geleen en Born. De gemeente telt ongeveer 92.000 inwoners en is het centrum van de Westelijke Mijnstreek. Deze visie vervangt de Structuurvisie uit 2012.')
    d.kop(2, '1.2', 'Wat de visie is')
    d.p('De omgevingsvisie is het integrale beleid voor de fysieke leefomgeving, zoals bedoeld in hoofdstuk 3 van de Omgevingswet. Zij bindt de gemeente; het omgevingsplan bevat de regels.')
    d.kop(2, '1.3', 'Hoe de visie tot stand kwam')
    d.p('In stadsgesprekken, wijkavonden en een online panel dachten inwoners mee. Ook Chemelot, de woningcorporaties, Waterschap Limburg en de buurgemeenten in België en Duitsland leverden inbreng.')
    d.kop(2, '1.4', 'Leeswijzer')
    d.p('Hoofdstuk 2 beschrijft de gemeente nu. Hoofdstuk 3 bevat de ambities, de hoofdstukken 4 tot en met 6 de keuzes per thema en hoofdstuk 7 de uitvoering.')

    ch('2', 'Sittard-Geleen nu')
    d.kop(2, '2.1', 'Drie kernen, veel dorpen')
    d.p('Sittard is een historische vestingstad met de Markt, de Sint-Petruskerk en de Kollenberg. Geleen groeide met de Staatsmijn Maurits uit tot een mijnwerkersstad. Born ligt aan de Maas en het Julianakanaal. Daaromheen liggen dorpen als Limbricht, Munstergeleen, Einighausen, Guttecoven, Grevenbicht en Obbicht.')
    d.kop(2, '2.2', 'Landschap')
    d.kop(3, '2.2.1', 'Het Maasdal')
    d.p('In het westen stroomt de Grensmaas vrij tussen Nederland en België. Na de grindwinning zijn er natuur en plassen ontstaan.')
    d.kop(3, '2.2.2', 'Het Graetheide-plateau')
    d.p('Tussen Born en Geleen ligt het open plateau van de Graetheide, met grote akkers en weidse zichten.')
    d.kop(3, '2.2.3', 'Het Geleenbeekdal')
    d.p('De Geleenbeek stroomt door het hart van de gemeente. Het dal is een groene verbinding tussen de kernen.')
    d.raw(KAART)
    d.kop(2, '2.3', 'Bevolking')
    d.p('Het aantal inwoners daalt licht en de bevolking vergrijst. Tegelijk groeit het aantal huishoudens en trekken de campus en Chemelot jonge, internationale werknemers aan.')

    ch('3', 'Ambities: gezond, veilig, vitaal en verbonden met de regio en over de grens')
    d.p('Vier ambities geven richting aan alle keuzes in deze visie:')
    d.list(
      [
        'een gezonde leefomgeving, met schone lucht, rust en groen;',
        'een veilige leefomgeving, ook naast een groot industriecomplex;',
        { text: 'vitale kernen, met:', sub: ['woningen die passen bij de vraag;', 'voorzieningen op loop- en fietsafstand.'] },
        'een gemeente die samenwerkt in de regio en over de grens.',
      ],
      streep,
    )
    d.raw('<aside class="kader"><p class="kk">Gezondheid als leidraad</p><p>Bij elke keuze vragen wij ons af wat zij betekent voor de gezondheid van inwoners.</p></aside>')

    ch('4', 'Wonen en leefbaarheid')
    d.kop(2, '4.1', 'Woningvoorraad')
    d.p('Wij bouwen niet meer, maar beter. Verouderde woningen worden vervangen door woningen voor ouderen, starters en kleine huishoudens.')
    d.kop(3, '4.1.1', 'Herstructurering')
    d.p('In wijken als Geleen-Zuid en Sittard-Noord slopen wij samen met de corporaties woningen die niet meer voldoen en bouwen wij in lagere dichtheid terug, met meer groen. Voor de nieuwe woningen gelden naast Bijlage I bij het Besluit bouwwerken leefomgeving de afspraken uit het regionale woonprogramma.')
    d.kop(3, '4.1.2', 'Wonen in de centra')
    d.p('Leegstaande winkelpanden in de centra van Sittard en Geleen krijgen een woonfunctie.')
    d.kop(2, '4.2', 'Voorzieningen')
    d.p('Scholen, sport en zorg bundelen wij in multifunctionele centra, zodat zij ook bij een dalend aantal inwoners in stand blijven.')

    ch('5', 'Werken en economie')
    d.kop(2, '5.1', 'Chemelot')
    d.p('Chemelot is een van de grootste chemieclusters van Europa. Wij willen dat het complex verduurzaamt en veiliger wordt. Wij maken daarover afspraken met het industriepark en de provincie:')
    d.list(['minder uitstoot van stikstof en CO2;', 'een veiligheidszone waarbinnen geen nieuwe kwetsbare functies komen;', 'ruimte voor waterstof en circulaire grondstoffen.'], rom)
    d.kop(2, '5.2', 'Brightlands Chemelot Campus')
    d.p('De campus trekt kennisbedrijven en studenten aan. Wij zorgen voor woningen, voorzieningen en goede verbindingen met het station.')
    d.kop(2, '5.3', 'Haven en logistiek')
    d.p('De haven van Born aan het Julianakanaal biedt ruimte voor watergebonden bedrijven.')
    d.table(
      ['Werklocatie', 'Profiel', 'Opgave'],
      [
        ['Chemelot', 'chemie, materialen', 'verduurzamen\nveiligheid'],
        ['Campus', 'kennis, onderzoek', 'wonen en voorzieningen'],
        ['Haven Born', 'logistiek, overslag', 'bereikbaarheid\nover water en spoor'],
        ['Centra', 'winkels, horeca', 'compacter maken'],
      ],
      'tbl',
      ['28%', '34%', '38%'],
    )

    ch('6', 'Klimaat, energie en landschap')
    d.kop(2, '6.1', 'Water')
    d.p('Na het hoogwater van juli 2021 werken wij met Waterschap Limburg aan meer ruimte voor de Geleenbeek en de Maas.')
    d.kop(2, '6.2', 'Energie')
    d.p('Wij willen in 2050 energieneutraal zijn. Restwarmte van Chemelot kan woningen verwarmen; zon komt op daken en op bedrijventerreinen.')
    d.kop(2, '6.3', 'Landschap en natuur')
    d.p('Het Maasdal, het Geleenbeekdal en Landschapspark De Graven vormen samen het groene raamwerk van de gemeente.')

    ch('7', 'Uitvoering')
    d.kop(2, '7.1', 'Instrumenten')
    d.p('De visie werkt door in het omgevingsplan, in programma’s voor wonen, klimaat en economie en in gebiedsgerichte afspraken met partners.')
    d.kop(2, '7.2', 'Monitoring')
    d.p('Elke vier jaar rapporteert het college aan de raad over de ontwikkeling van de leefomgeving.')
  }
  const scratch = new DocBuilder(kop)
  visie(scratch)
  // the long title of chapter 3 is shortened in the table of contents; its page is found by the full heading
  const toc: TocRow[] = scratch.koppen.map((k) => [`${k.nummer}.`, k.opschrift.replace(/:.*$/, ''), k.niveau === 1 ? `${k.nummer}. ${k.opschrift.toUpperCase()}` : `${k.nummer}. ${k.opschrift}`, k.niveau])
  toc.push(['', 'Bijlage Werkingsgebieden', 'Bijlage Werkingsgebieden', 1])
  const tocBlock =
    '<div class="tocintro"><p class="tt">Inhoud</p><p>Deze omgevingsvisie bestaat uit zeven hoofdstukken. Hoofdstuk 1 en 2 beschrijven waarom de visie er is en hoe de gemeente er nu bij ligt. Hoofdstuk 3 bevat de vier ambities die richting geven aan alle keuzes. De hoofdstukken 4 tot en met 6 werken die ambities uit voor wonen, werken en het landschap; hoofdstuk 7 gaat over de uitvoering. De werkingsgebieden staan in de bijlage.</p></div>' +
    tocHtml('', toc)
  d.page('toc').raw(tocBlock)
  visie(d)
  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage Werkingsgebieden</h2><p>Bij deze omgevingsvisie horen de volgende werkingsgebieden.</p>')
  d.gioTabelRows(GIOS, ['Nr', 'Naam', 'Identificatie', 'Toelichting'], (g, i) => [String(i + 1), g.naam, gidCell(g.identificatie), (g as Gio & { t: string }).t], 'gio', ['6%', '30%', '40%', '24%'])

  const hd = "font: 7.5pt 'Liberation Sans'; color: #3d5a80;"
  const ft = `@bottom-right { content: "Omgevingsvisie Sittard-Geleen 2040 | " counter(page); ${hd} }`
  const top = '@top-left { content: "GEMEENTE SITTARD-GELEEN · OMGEVINGSVISIE 2040"; ' + hd + ' }'
  const spec: DocSpec = {
    id: 'h56',
    set: 'dev',
    bron: 'Bewerkt naar de openbare pagina\'s van de gemeente Sittard-Geleen over haar omgevingsvisie en de Westelijke Mijnstreek (historisch centrum van Sittard met Markt en Kollenberg, Geleen en de voormalige Staatsmijn Maurits, Chemelot en de Brightlands-campus, Born met de haven aan het Julianakanaal, de Grensmaas, de Graetheide en de Geleenbeek, krimp en vergrijzing, de grenzen met Selfkant en Maasmechelen), ingekort en in eigen woorden; eigen opmaak: A4-rapport (DejaVu Serif 9,5 pt, Liberation Sans-koppen in leiblauw) met alle kopnummers in de linkermarge, hoofdstukken "3." + titel in kapitalen, paragrafen "3.1." en subparagrafen "3.1.1." in kleinkapitaal, één hoofdstuktitel over twee regels, inhoudsopgave met puntlijnen over twee pagina\'s, hoofdstuktitel in de kopregel (een benoemde pagina per hoofdstuk) naast een vaste kopregel, voettekst "Omgevingsvisie Sittard-Geleen 2040 | n", –-lijsten met o-items, lijst "i.)", tabel met meerregelige cellen, kaart "Kaart 4" als vectortekening, kader, raadsbesluit met "gelet op", "b e s l u i t :" en beslispunten 1.–3. (de derde met inwerkingtreding "met ingang van 1 juli 2028"), handtekeningen in twee kolommen, geen bijlageregel voor de visie, GIO-tabel in vier kolommen (Nr | Naam | Identificatie | Toelichting) van tien objecten (holdout)',
    bevoegdGezag: 'gm1883',
    naam: 'Gemeente Sittard-Geleen',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Sittard-Geleen tot vaststelling van de Omgevingsvisie Sittard-Geleen 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Sittard-Geleen 2040',
    gios: GIOS.map(({ t: _t, ...g }) => g),
    config: {
      werk: { jaar: '2028', besluit: 'omgevingsvisie-sittard-geleen-2040', regeling: 'omgevingsvisie-sittard-geleen-2040', doel: 'omgevingsvisie-sittard-geleen-2040' },
      datums: { vaststelling: '2028-05-23', ondertekening: '2028-05-23', bekendmaking: '2028-05-30', inwerkingtreding: '2028-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM1883',
      oin: '00000001001883000000',
      achtergrondActualiteit: '2028-02-01',
    },
    geo: { origin: [186000, 333000] },
    meubilair: ['^Omgevingsvisie Sittard-Geleen 2040 \\| \\d+$', '^GEMEENTE SITTARD-GELEEN · OMGEVINGSVISIE 2040( .+)?$'],
    title: 'Omgevingsvisie Sittard-Geleen 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
${['1', '2', '3', '4', '5', '6', '7'].map((n, i) => `@page ch${n} { ${top} @top-right { content: "${n}. ${(chapters[i] ?? '').replace(/"/g, '\\"').replace(/:.*$/, '')}"; ${hd} } ${ft} }`).join('\n')}
@page bijl { ${top} ${ft} }
@page toc { ${ft} }
.pg[style*="ch"], .pg[style*="bijl"] { padding-left: 24mm; }
body { font: 9.5pt/1.5 'DejaVu Serif', serif; color: #1f2a36; }
p { margin: 0 0 2.4mm; }
.gem { font: bold 12pt 'Liberation Sans'; color: #3d5a80; }
.ttl { font: bold 12pt 'Liberation Sans'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
table.bp td { vertical-align: top; padding: 0 2mm 1.5mm 0; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
${TOC_CSS}
.tocintro { padding-top: 30mm; margin-bottom: 8mm; }
.tocintro .tt { font: bold 26pt 'Liberation Sans'; color: #3d5a80; margin-bottom: 6mm; }
.toc { font: 10.5pt/1.5 'Liberation Sans'; }
.toc .tockop { display: none; }
.toc .te { margin-bottom: 1.8mm; }
.toc .tl { min-width: 14mm; }
.toc .t1 { margin-top: 5mm; }
.toc .t2 { padding-left: 0; }
.toc .t3 { padding-left: 0; }
.toc .t3 .tt { font-variant: small-caps; }
.titel { padding-top: 70mm; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #3d5a80; margin: 0 0 4mm; }
.titel .t2 { font: 13pt 'DejaVu Serif'; }
.titel .t3 { font: 9pt 'Liberation Sans'; color: #666; margin-top: 8mm; }
h1, h2, h3 { font-family: 'Liberation Sans'; color: #3d5a80; break-after: avoid; margin-left: -24mm !important; }
h1 .n, h2 .n, h3 .n { display: inline-block; width: 24mm; }
h2.bijl { margin-left: 0 !important; }
h1 { font-size: 17pt; font-weight: bold; text-transform: uppercase; margin: 0 0 5mm; }
h2 { font-size: 12pt; font-weight: bold; margin: 5mm 0 1.5mm; }
h3 { font-size: 10pt; font-weight: bold; font-variant: small-caps; margin: 3mm 0 1mm; }
.lst { margin: 0 0 2.5mm 1mm; }
aside.kader { margin: 3mm 0 3mm 10mm; padding: 3mm 4mm; background: #e7edf5; font: 9pt/1.4 'Liberation Sans'; }
aside.kader .kk { font-weight: bold; margin: 0 0 1mm; }
.kaart { margin: 3mm 0; }
.kaart figcaption { font: italic 8pt 'Liberation Sans'; color: #3d5a80; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 3mm; }
table.tbl th { text-align: left; border-bottom: 1pt solid #3d5a80; padding: 1mm; }
table.tbl td { border-bottom: 0.4pt solid #c7d2e0; padding: 1mm; vertical-align: top; }
h2.bijl { font-size: 14pt; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #3d5a80; padding: 1mm; }
table.gio td { padding: 1mm; vertical-align: top; border-bottom: 0.4pt solid #c7d2e0; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; word-break: break-all; }
`,
  }
  return { spec, doc: d }
}
