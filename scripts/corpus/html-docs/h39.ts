/**
 * h39 — gemeente Rozendaal (gm0277), holdout (session 7). Content after the Omgevingsvisie Rozendaal (a small
 * gemeente in the woods of the Veluwezoom, Kasteel Rosendael and the landgoederen, the visie as the basis for the
 * Warmteprogramma and the Volkshuisvestingsprogramma) and the public news about its adoption, shortened and in our
 * own words. Layout: parts "Deel I" / "Deel II" above the chapters, the chapter number alone on a line above the
 * chapter title, sections "§ 1.1" in small caps with the number hanging in the margin, sub-sections "4.1.1" (four
 * levels), a table of contents without leaders, the chapter title in the running header (one named page per
 * chapter), a header line with version and date, footer "Pagina n van m", a kader beside the body, a figure
 * ("Afbeelding 2:") drawn as SVG, nested lists with a. and i. items, a raadsvoorstel printed before the raadsbesluit,
 * "BESLUIT:" with beslispunten I. and II. (inwerkingtreding "op 1 juli 2027"), signatures in two columns, no Bijlage
 * line before the visie, and the GIO list as plain lines "naam: identificatie" in "Bijlage I".
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioHex('gm0277', '2027', '2027-02-24', '1', 'h39')
const GIOS: Gio[] = [
  gio('Gemeente Rozendaal', [0, 0], 2.5),
  gio('Dorpskern Rozendaal', [0.3, -0.4], 0.5),
  gio('Landgoederen Rosendael en Beekhuizen', [-0.6, 0.5], 1),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">Deel ${k.nummer}</p><h1>${k.opschrift}</h1></div>`
    : k.niveau === 2
      ? `<div class="hfd"><p class="cn">${k.nummer}</p><h2>${k.opschrift}</h2></div>`
      : k.niveau === 3
        ? `<h3><span class="mn">§ ${k.nummer}</span>${k.opschrift}</h3>`
        : `<h4>${k.nummer} ${k.opschrift}</h4>`
const letters: Marker[] = [{ counter: 'a', suffix: '.' }, { counter: 'i', suffix: '.' }]

type Sec = [string, string, number]
const DELEN: Array<[string, string, Array<[string, string, Sec[]]>]> = [
  ['I', 'Het dorp en zijn omgeving', [
    ['1', 'Rozendaal nu', [['1.1', 'Ligging', 3], ['1.2', 'Inwoners en voorzieningen', 3]]],
    ['2', 'Waarden van Rozendaal', [['2.1', 'Bos en landgoederen', 3], ['2.2', 'Een dorp in het groen', 3]]],
  ]],
  ['II', 'Koers tot 2040', [
    ['3', 'Wonen', [['3.1', 'Woningen voor jong en oud', 3], ['3.2', 'Bouwen in het groen', 3]]],
    ['4', 'Warmte en energie', [['4.1', 'Van het aardgas af', 3], ['4.1.1', 'Isoleren', 4], ['4.1.2', 'Collectieve warmte', 4], ['4.2', 'Zon en klimaat', 3]]],
    ['5', 'Verkeer en recreatie', [['5.1', 'Veilige wegen', 3], ['5.2', 'Rust in het bos', 3]]],
    ['6', 'Uitvoering', []],
  ]],
]

const AFB = `<figure class="afb"><svg width="70mm" height="44mm" viewBox="0 0 140 88" xmlns="http://www.w3.org/2000/svg">
<rect x="0.5" y="0.5" width="139" height="87" fill="#f3f0e6" stroke="#5a4632" stroke-width="0.5"/>
<path d="M0 60 Q 35 40 70 50 T 140 36 L140 88 L0 88 Z" fill="#cfdcb8"/>
<g fill="#4e6b35"><circle cx="20" cy="36" r="9"/><circle cx="34" cy="30" r="11"/><circle cx="108" cy="26" r="10"/><circle cx="124" cy="32" r="8"/></g>
<rect x="62" y="34" width="20" height="14" fill="#fff" stroke="#5a4632" stroke-width="0.8"/><path d="M60 34 L72 24 L84 34 Z" fill="#8c5a3c"/>
</svg><figcaption>Afbeelding 2: Het dorp ligt als een open plek in het bos</figcaption></figure>`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('voorstel').raw(`
<div class="vs">
<p class="gem">gemeente Rozendaal</p>
<p class="vsk">Raadsvoorstel</p>
<table class="meta"><tr><td>Raadsvergadering</td><td>23 februari 2027</td></tr><tr><td>Voorstelnummer</td><td>2027-03</td></tr><tr><td>Onderwerp</td><td>Vaststelling Omgevingsvisie Rozendaal</td></tr></table>
<p class="vkop">Samenvatting</p>
<p>Anderhalf jaar is met inwoners gewerkt aan een omgevingsvisie voor ons dorp. Na de kerst hebben veel inwoners een zienswijze op het concept gegeven; het college heeft die gewogen en de waardevolle aanvullingen verwerkt. Wij stellen u voor de visie vast te stellen.</p>
<p class="vkop">Vervolg</p>
<p>De visie is de basis voor het Warmteprogramma en het Volkshuisvestingsprogramma, die in het voorjaar volgen.</p>
<p>Het college van burgemeester en wethouders van Rozendaal</p>
</div>`)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Rozendaal</p>
<p class="ttl">Besluit van de raad van de gemeente Rozendaal tot vaststelling van de Omgevingsvisie Rozendaal</p>
<p>De raad van de gemeente Rozendaal;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 januari 2027, nummer 2027-03;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT:</p>
<table class="bp"><tr><td>I.</td><td>de Omgevingsvisie Rozendaal vast te stellen, met de werkingsgebieden die daarin zijn aangegeven;</td></tr>
<tr><td>II.</td><td>dat dit besluit in werking treedt op 1 juli 2027.</td></tr></table>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 23 februari 2027.</p>
${handtekeningen(['de griffier,', 'H.M. Verheij'], ['de voorzitter,', 'mr. drs. E.C. van Bemmel'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Rozendaal</p>
<p class="t2">Een dorp in het bos</p>
<p class="t3">behoort bij raadsbesluit 2027-03 van 23 februari 2027</p>
</div>`)
  const toc: string[] = []
  for (const [dn, dt, hfdn] of DELEN) {
    toc.push(`<div class="te d"><span class="tl">Deel ${dn}</span><span class="tt">${dt}</span><span class="tocpg" data-find="${dt}">00</span></div>`)
    for (const [cn, ct] of hfdn) toc.push(`<div class="te"><span class="tl">${cn}</span><span class="tt">${ct}</span><span class="tocpg" data-find="${ct}">00</span></div>`)
  }
  toc.push(`<div class="te d"><span class="tl"></span><span class="tt">Bijlage I – Werkingsgebieden</span><span class="tocpg" data-find="Bijlage I – Werkingsgebieden">00</span></div>`)
  d.page('toc').raw(`<div class="toc"><p class="tockop">Inhoud</p>${toc.join('')}</div>`)

  const T: Record<string, () => void> = {
    I: () => d.p('In dit deel beschrijven wij wat Rozendaal is en wat wij willen bewaren.', 'deelintro'),
    '1': () => d.p('Rozendaal is een van de kleinste gemeenten van Nederland. Ongeveer 1.700 inwoners wonen in een dorp dat bijna helemaal door bos wordt omringd.'),
    '1.1': () => {
      d.raw('<aside class="kader"><p>“Rozendaal is groen, rustig en klein. Dat willen wij zo houden, en tegelijk moet het dorp met zijn tijd meegaan.”</p><p class="wie">uit de gesprekken met inwoners, 2026</p></aside>')
      d.p('Het dorp ligt op de rand van de Veluwe, tegen Arnhem aan. Het Nationaal Park Veluwezoom begint aan de achterkant van de tuinen. De gemeentegrens loopt grotendeels door bos en over landgoederen.')
    },
    '1.2': () => d.p('De meeste inwoners wonen in vrijstaande woningen op ruime kavels. Er zijn weinig voorzieningen in het dorp zelf: voor winkels, scholen en zorg gaan inwoners naar Arnhem, Velp of Apeldoorn.'),
    '2': () => d.p('De waarden van Rozendaal zijn door inwoners in workshops en gesprekken benoemd.'),
    '2.1': () => {
      d.p('Kasteel Rosendael, het landgoed Beekhuizen en de Imbosch bepalen het karakter van de gemeente. Wij beschermen:')
      d.list(
        [
          { text: 'het bos, met:', sub: ['de oude lanen;', 'de sprengen en beken;'] },
          'de zichtlijnen van de landgoederen;',
          'de rust en de duisternis in het Nationaal Park.',
        ],
        letters,
      )
    },
    '2.2': () => {
      d.p('Rozendaal is een dorp in het groen. Tuinen lopen over in het bos; hagen en bomen zijn belangrijker dan gebouwen.')
      d.raw(AFB)
    },
    II: () => d.p('In dit deel staat welke keuzes wij maken tot 2040.', 'deelintro'),
    '3': () => d.p('Er is in Rozendaal weinig ruimte om te bouwen. Wij kiezen voor woningen die het dorp nodig heeft.'),
    '3.1': () => d.p('Jongeren die in het dorp willen blijven en ouderen die kleiner willen wonen, vinden nu moeilijk een woning. Het Volkshuisvestingsprogramma werkt uit hoe wij dat oplossen.'),
    '3.2': () => d.p('Nieuwe woningen komen alleen binnen de bestaande dorpskern, op plekken waar nu al bebouwing staat. Het bos blijft bos.'),
    '4': () => d.p('Ook Rozendaal gaat van het aardgas af. De oude villa’s en de ligging in het bos maken dat lastig.'),
    '4.1': () => d.p('Het Warmteprogramma legt per buurt vast hoe en wanneer wij overstappen.'),
    '4.1.1': () => d.p('Isoleren is de eerste stap. Wij helpen inwoners met advies en een lening.'),
    '4.1.2': () => d.p('Voor de dorpskern onderzoeken wij een klein warmtenet, gevoed door bodemwarmte.'),
    '4.2': () => d.p('Zonnepanelen passen op daken, niet in het bos of op de landgoederen. Regenwater houden wij vast in tuinen en bermen.'),
    '5': () => d.p('De wegen door het bos zijn smal en worden druk gebruikt door fietsers en wandelaars.'),
    '5.1': () => d.p('Wij maken de Beekhuizenseweg en de Kerklaan veiliger voor fietsers en voetgangers en houden doorgaand autoverkeer uit het dorp.'),
    '5.2': () => d.p('Recreatie hoort bij de Veluwezoom, maar drukte kan de natuur schaden. Wij werken met Natuurmonumenten en de buurgemeenten aan zonering.'),
    '6': () => d.p('Wij voeren de visie uit met inwoners, het Geldersch Landschap en Kasteelen, Natuurmonumenten en de gemeente Arnhem. De instrumenten van de Omgevingswet, zoals het omgevingsplan en programma’s, gebruiken wij waar dat nodig is.'),
  }
  let ch = 0
  for (const [dn, dt, hfdn] of DELEN) {
    d.page(`deel${dn}`).enter('visie')
    d.kop(1, dn, dt)
    T[dn]?.()
    for (const [cn, ct, secs] of hfdn) {
      d.page(`ch${++ch}`)
      d.kop(2, cn, ct)
      T[cn]?.()
      for (const [sn, st, l] of secs) {
        d.kop(l, sn, st)
        T[sn]?.()
      }
    }
  }

  d.page('bijl')
  d.bijlage('I', 'Werkingsgebieden', '<h2 class="bijl">Bijlage I – Werkingsgebieden</h2><p>Deze visie kent drie werkingsgebieden, vastgelegd als geometrisch informatieobject:</p>')
  d.gioRegels(GIOS, ': ')

  const chapters = DELEN.flatMap(([, , h]) => h.map(([, t]) => t))
  const hd = "font: 7.5pt 'DejaVu Serif'; color: #5a4632;"
  const ft = "font: 8pt 'DejaVu Serif'; color: #5a4632;"
  const furn = (title: string) =>
    `@top-left { content: "Omgevingsvisie Rozendaal · versie 1.0 · 23 februari 2027"; ${hd} } @top-right { content: "${title}"; ${hd} font-style: italic; } @bottom-center { content: "Pagina " counter(page) " van " counter(pages); ${ft} }`
  const spec: DocSpec = {
    id: 'h39',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Rozendaal (klein dorp in het bos van de Veluwezoom, Kasteel Rosendael en de landgoederen, basis voor het Warmteprogramma en het Volkshuisvestingsprogramma) en het nieuws over de vaststelling, ingekort en in eigen woorden; eigen opmaak: DejaVu Serif 9,5 pt met koppen in bruin, delen "Deel I"/"Deel II" boven de hoofdstukken, hoofdstuknummer los boven de titel, paragrafen "§ 1.1" in kleinkapitaal met het nummer in de marge, subparagrafen "4.1.1" (vier niveaus), inhoudsopgave zonder puntlijnen, hoofdstuktitel in de kopregel, kopregel met versie en datum, voettekst "Pagina n van m", kader naast de tekst, afbeelding "Afbeelding 2:" als vectortekening, lijsten a. met i.-items, raadsvoorstel voor het raadsbesluit, "BESLUIT:" met beslispunten I. en II. en inwerkingtreding "op 1 juli 2027", handtekeningen in twee kolommen, geen Bijlage-regel voor de visie, GIO-lijst als losse regels "naam: identificatie" in "Bijlage I" (holdout)',
    bevoegdGezag: 'gm0277',
    naam: 'Gemeente Rozendaal',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Rozendaal tot vaststelling van de Omgevingsvisie Rozendaal',
      artikelen: ['I', 'II'],
      inwerkingtreding: '2027-07-01',
    },
    visieOpschrift: 'Omgevingsvisie Rozendaal',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-rozendaal', regeling: 'omgevingsvisie-rozendaal', doel: 'omgevingsvisie-rozendaal' },
      datums: { vaststelling: '2027-02-23', ondertekening: '2027-02-24', bekendmaking: '2027-06-08', inwerkingtreding: '2027-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0277',
      oin: '00000001001898627000',
      achtergrondActualiteit: '2026-12-01',
    },
    geo: { origin: [193000, 446000] },
    meubilair: ['^Omgevingsvisie Rozendaal · versie 1\\.0 · 23 februari 2027', '^Pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Rozendaal',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 24mm 24mm 22mm 16mm; }
@page toc { @bottom-center { content: "Pagina " counter(page) " van " counter(pages); ${ft} } }
@page deelI { ${furn('')} }
@page deelII { ${furn('')} }
${chapters.map((t, i) => `@page ch${i + 1} { ${furn(t)} }`).join('\n')}
@page bijl { ${furn('Bijlage')} }
body { font: 9.5pt/1.45 'DejaVu Serif', serif; color: #262019; }
.pg { padding-left: 18mm; }
p { margin: 0 0 2.2mm; }
.gem { font: 12pt 'DejaVu Serif'; font-variant: small-caps; color: #5a4632; }
.vsk { font: bold 13pt 'DejaVu Serif'; margin: 2mm 0 4mm; }
table.meta { font-size: 8.5pt; margin-bottom: 4mm; }
table.meta td { padding: 0.4mm 6mm 0.4mm 0; }
.vkop { font-weight: bold; margin: 3mm 0 1mm; }
.vs { break-after: page; }
.ttl { font: bold 11pt 'DejaVu Serif'; margin: 3mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
table.bp td { vertical-align: top; padding: 0 0 1.5mm; }
table.bp td:first-child { width: 9mm; }
.aldus { margin-top: 5mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t1 { font: bold 28pt 'DejaVu Serif'; color: #5a4632; }
.titel .t2 { font: italic 14pt 'DejaVu Serif'; }
.titel .t3 { font: 8pt 'DejaVu Serif'; margin-top: 80mm; }
.toc { break-after: page; }
.toc .tockop { font: bold 16pt 'DejaVu Serif'; color: #5a4632; margin-bottom: 6mm; }
.toc .te { display: flex; gap: 4mm; margin: 0 0 1.5mm 6mm; }
.toc .te.d { margin: 4mm 0 1.5mm; font-weight: bold; }
.toc .tl { min-width: 14mm; }
.toc .tocpg { color: #5a4632; }
.deel { padding-top: 60mm; }
.deel .dl { font: 12pt 'DejaVu Serif'; color: #8c5a3c; margin: 0 0 2mm; }
h1 { font: bold 24pt 'DejaVu Serif'; color: #5a4632; margin: 0 0 4mm; }
p.deelintro { font-style: italic; }
.hfd { margin-bottom: 5mm; }
.hfd .cn { font: bold 30pt/1 'DejaVu Serif'; color: #cdb89a; margin: 0; }
h2 { font: bold 17pt 'DejaVu Serif'; color: #5a4632; margin: 1mm 0 0; }
h3 { font: bold 10pt 'DejaVu Serif'; font-variant: small-caps; margin: 4mm 0 1mm -18mm; display: flex; break-after: avoid; }
h3 .mn { flex: 0 0 18mm; font-variant: normal; font-weight: normal; color: #8c5a3c; }
h4 { font: italic 9.5pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
aside.kader { float: right; width: 50mm; margin: 0 0 3mm 5mm; padding: 3mm; border: 0.6pt solid #8c5a3c; font: italic 9pt/1.4 'DejaVu Serif'; color: #5a4632; }
aside.kader .wie { font: 7.5pt 'DejaVu Serif'; margin: 0; }
.lst { margin: 0 0 2.5mm 2mm; }
.afb { margin: 3mm 0; }
.afb figcaption { font: 8pt 'DejaVu Serif'; color: #5a4632; }
h2.bijl { font-size: 14pt; margin-bottom: 4mm; }
p.gioregel { font-size: 8.5pt; margin: 0 0 2mm; }
p.gioregel .gid { font: 8pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
