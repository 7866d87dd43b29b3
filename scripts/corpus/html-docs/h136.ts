/**
 * h136 — gemeente Aalten (gm0197), holdout (session 12, corpus10): an Achterhoekse gemeente of about 27.000
 * inwoners (Aalten, Bredevoort, Dinxperlo and the buurtschappen) on the German border. Content after the public
 * texts of Aalten on its new omgevingsvisie (a gebiedsgerichte aanpak with twelve deelgebieden agreed with the
 * belangenverenigingen and three gespreksrondes per gebied, September 2024 – March 2025; the "DNA van Aalten"; the
 * "foto van de leefomgeving" by a research bureau; policy of Rijk, provincie and waterschap and regional
 * agreements as "puzzelstukken"; the SDGs; the legal requirements: participation, an integrale and samenhangende
 * visie, maatwerk per gebied; adoption planned for autumn 2025), here as the visie adopted in 2026, shortened and
 * partly in our own words; the division into twelve deelgebieden is ours. Layout: A4 in Noto Sans 9.5 pt with DejaVu
 * Serif headings; an UNNUMBERED "Inleiding" set as a chapter heading (not in the truth) BEFORE THE NUMBERED
 * CHAPTERS "1" … "5"; sections "1.1", chapter 4 with TWELVE SECTIONS "4.1" … "4.12" (titles with a SLASH and an
 * AMPERSAND), a third level "3.2.1"; no table of contents; header "gemeente Aalten" left and "Omgevingsvisie
 * Aalten" right, footer "pagina n van m" right; lists "■" with "–" and "1."; two tables; besluit "besluit:" with
 * BESLISPUNTEN "1." – "3." (the first adopts the visie, the second the Nota van zienswijzen, the third names the
 * date); visie as "Bijlage 1"; GIO table Naam | Identificatie in "Bijlage 2".
 */
import { DocBuilder, gidCell, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { handtekeningen, SIG_CSS } from './h-util.js'

const gio = (naam: string, slug: string, at: [number, number], r: number): Gio => ({
  naam,
  identificatie: `/join/id/regdata/gm0197/2026/${slug}/nld@2026-02-12;1`,
  at,
  r,
})
const GIOS = [
  gio('Gemeente Aalten', 'gemeente-aalten', [0, 0], 7),
  gio('Vestingstadje Bredevoort', 'vestingstadje-bredevoort', [3, 2], 0.6),
  gio('Grensstreek Dinxperlo/Suderwick', 'grensstreek-dinxperlo-suderwick', [-4, -5], 1.5),
  gio('Coulissenlandschap', 'coulissenlandschap', [1, 4], 3),
]

const KOPPEN: Array<[number, string, string]> = [
  [1, '1', 'Het DNA van Aalten'],
  [2, '1.1', 'Landschap & erfgoed'],
  [2, '1.2', 'Noaberschap'],
  [2, '1.3', 'Grensligging'],
  [1, '2', 'De puzzelstukken'],
  [2, '2.1', 'Foto van de leefomgeving'],
  [2, '2.2', 'Beleid van Rijk, provincie en waterschap'],
  [2, '2.3', 'Duurzame ontwikkelingsdoelen'],
  [1, '3', 'Ambities voor de hele gemeente'],
  [2, '3.1', 'Wonen en leefbaarheid'],
  [2, '3.2', 'Werken en landbouw'],
  [3, '3.2.1', 'Boeren in het coulissenlandschap'],
  [3, '3.2.2', 'Bedrijventerreinen'],
  [2, '3.3', 'Klimaat en energie'],
  [1, '4', 'Twaalf deelgebieden'],
  [2, '4.1', 'Aalten-centrum'],
  [2, '4.2', 'Aalten-wijken'],
  [2, '4.3', 'Bredevoort'],
  [2, '4.4', 'Dinxperlo'],
  [2, '4.5', 'De Heurne'],
  [2, '4.6', 'IJzerlo & Lintelo'],
  [2, '4.7', 'Barlo'],
  [2, '4.8', 'Dale'],
  [2, '4.9', 'Haart'],
  [2, '4.10', 'Romienendiek/Het Goor'],
  [2, '4.11', 'Buitengebied zuid'],
  [2, '4.12', 'Bedrijventerreinen Aalten/Dinxperlo'],
  [1, '5', 'Uitvoering'],
  [2, '5.1', 'Van visie naar omgevingsplan'],
  [2, '5.2', 'Blijven praten per gebied'],
]
const T = new Map(KOPPEN.map(([n, nr, t]) => [nr, [n, t] as const]))

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>${k.nummer}&#8195;${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&#8194;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&#8194;${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const nummer: Marker[] = [{ counter: '1', suffix: '.' }]

const GEBIED: Record<string, string> = {
  '4.1': 'De Markt, de Oude Kerk en de winkelstraten vormen het hart; wonen boven winkels en groene pleinen versterken het centrum.',
  '4.2': 'In de wijken rond het centrum vernieuwen wij de woningvoorraad en maken wij de straten klimaatbestendig.',
  '4.3': 'Het vestingstadje Bredevoort, met zijn boekenmarkten, houdt zijn historische structuur; nieuwbouw blijft buiten de vestingwallen.',
  '4.4': 'Dinxperlo groeit samen met het Duitse Suderwick; de grens loopt midden door de straat.',
  '4.5': 'De Heurne blijft een hecht grensdorp met een eigen school en dorpshuis.',
  '4.6': 'In de buurtschappen IJzerlo en Lintelo staan de erven en de essen centraal.',
  '4.7': 'Barlo combineert landbouw met kleinschalige recreatie.',
  '4.8': 'In Dale geven wij vrijkomende agrarische gebouwen een nieuwe functie.',
  '4.9': 'Haart ligt aan de rand van het Zwarte Veen; natuur en landbouw zoeken hier samen naar water.',
  '4.10': 'Romienendiek en Het Goor houden hun open, kleinschalige karakter.',
  '4.11': 'In het zuidelijke buitengebied versterken wij het coulissenlandschap met houtwallen en laanbomen.',
  '4.12': 'De bedrijventerreinen van Aalten en Dinxperlo bieden ruimte aan lokale bedrijven; zonnepanelen komen op de daken.',
}

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  const k = (nr: string) => {
    const [n, t] = T.get(nr)!
    d.kop(n, nr, t)
  }
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Raadsbesluit · gemeente Aalten · registratienummer 2026-0017</p>
<p class="ttl">Besluit van de raad van de gemeente Aalten tot vaststelling van de Omgevingsvisie Aalten</p>
<p>De raad van de gemeente Aalten;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 6 januari 2026;</p>
<p>overwegende dat de omgevingsvisie gebiedsgericht is opgesteld, in drie gespreksrondes met inwoners en belangenverenigingen in twaalf deelgebieden, en dat het ontwerp van de visie zes weken ter inzage heeft gelegen;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">besluit:</p>
<p class="bp"><span>1.</span>de Omgevingsvisie Aalten, opgenomen in bijlage 1, vast te stellen met de werkingsgebieden van de geografische informatieobjecten genoemd in bijlage 2;</p>
<p class="bp"><span>2.</span>de Nota van zienswijzen Omgevingsvisie Aalten vast te stellen;</p>
<p class="bp"><span>3.</span>te bepalen dat dit besluit in werking treedt op 1 april 2026.</p>
<p class="aldus">Aldus besloten in de openbare vergadering van 12 februari 2026.</p>
${handtekeningen(['de griffier,', 'mr. B.J. Hoitink'], ['de voorzitter,', 'A.M.M. Bongers'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage 1 bij het raadsbesluit van 12 februari 2026</p>
<p class="t1">Omgevingsvisie Aalten</p>
<p class="t2">Samen werken aan onze leefomgeving, gebied voor gebied</p>
</div>`)

  d.page('std').enter('visie')
  d.raw('<h1 class="onb">Inleiding</h1>')
  d.p('Per 1 januari 2024 is de Omgevingswet in werking getreden. Die wet verplicht de gemeente om samen met haar inwoners een nieuwe omgevingsvisie vast te stellen. De visie beschrijft:')
  d.list(['de hoofdlijnen van de kwaliteit van de leefomgeving;', 'de hoofdlijnen van de voorgenomen ontwikkeling, het gebruik, het beheer, de bescherming en het behoud van het grondgebied van Aalten;', 'de hoofdzaken van het integrale beleid voor de leefomgeving, dat niet alleen over ruimte gaat maar ook over gezondheid en veiligheid.'], nummer)
  d.p('Wij hebben gekozen voor een gebiedsgerichte aanpak, omdat geen gebied hetzelfde is. In samenspraak met de belangenverenigingen zijn twaalf deelgebieden onderscheiden; in elk gebied zijn drie gesprekken gehouden.')

  k('1')
  d.p('Aalten hecht veel waarde aan wat Aalten uniek maakt en zo zijn identiteit bepaalt: het DNA van Aalten.')
  k('1.1')
  d.p('Het coulissenlandschap van essen, houtwallen en beken, de Slingeplas en de historische kernen Aalten en Bredevoort bepalen het beeld.')
  k('1.2')
  d.p('Inwoners helpen elkaar en nemen zelf initiatief. Dat noaberschap is de basis van de leefbaarheid in dorpen en buurtschappen.')
  k('1.3')
  d.p('De grens met Duitsland is dichtbij en vaak onzichtbaar; in Dinxperlo loopt zij midden door de straat.')

  k('2')
  d.p('Zoals elke gemeente moet Aalten in zijn omgevingsvisie allerlei puzzelstukken een plek geven.')
  k('2.1')
  d.p('Een foto van de leefomgeving legt de huidige kwaliteit vast, van bodem en water tot geluid en gezondheid.')
  k('2.2')
  d.p('Beleid van Rijk, provincie Gelderland en Waterschap Rijn en IJssel, en regionale afspraken in de Achterhoek, werken door in deze visie.')
  d.table(['Bron', 'Voorbeeld', 'Gevolg voor Aalten'], [
    ['Rijk', 'Nationale Omgevingsvisie', 'water en bodem sturend'],
    ['Provincie', 'Omgevingsvisie Gaaf Gelderland', 'woningbouwafspraken'],
    ['Waterschap', 'Waterbeheerprogramma', 'water vasthouden in beekdalen'],
    ['Regio', 'Achterhoek Visie 2030', 'samenwerking in de regio'],
  ], 'tbl', ['20%', '40%', '40%'])
  k('2.3')
  d.p('Aalten werkt aan de duurzame ontwikkelingsdoelen (SDG’s) van de Verenigde Naties; ook die krijgen een plek in de visie.')

  k('3')
  k('3.1')
  d.p('Wij bouwen voor jong en oud in alle kernen, met voorrang voor starters en senioren:')
  d.list(['inbreiding gaat voor uitbreiding;', { text: 'in de buurtschappen', sub: ['een woning op een vrijkomend erf;', 'tijdelijke woonvormen voor jongeren.'] }, 'voorzieningen blijven op loop- of fietsafstand.'], blok)
  k('3.2')
  k('3.2.1')
  d.p('Landbouw blijft de drager van het buitengebied. Wij helpen boeren die willen extensiveren, verbreden of stoppen.')
  k('3.2.2')
  d.p('Bedrijven vestigen zich op de bestaande terreinen; wij herstructureren voordat wij uitbreiden.')
  k('3.3')
  d.p('Zon op daken gaat voor zon in het veld. Wij houden water vast op de hogere gronden.')

  k('4')
  d.p('Per deelgebied staan hieronder de kern van de gesprekken en de richting voor de toekomst.')
  d.table(['Deelgebied', 'Gesprekken', 'Deelnemers'], [
    ['kernen (4.1–4.5)', '15', '410'],
    ['buurtschappen (4.6–4.10)', '15', '265'],
    ['buitengebied en terreinen (4.11–4.12)', '6', '120'],
  ], 'tbl', ['50%', '25%', '25%'])
  for (const nr of ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10', '4.11', '4.12']) {
    k(nr)
    d.p(GEBIED[nr]!)
  }

  k('5')
  k('5.1')
  d.p('De visie werkt door in het omgevingsplan, dat stap voor stap de bestemmingsplannen vervangt.')
  k('5.2')
  d.p('De gesprekken per gebied gaan door; zo blijft de visie actueel.')

  d.page('bijl')
  d.bijlage('2', 'Geografische informatieobjecten', '<h2 class="bijl">Bijlage 2. Geografische informatieobjecten</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie'], (g) => [g.naam, gidCell(g.identificatie, true)], 'gio', ['38%', '62%'])

  const ft = "font: 7.5pt 'Noto Sans'; color: #5a4a1a;"
  const std = `@top-left { content: "gemeente Aalten"; ${ft} } @top-right { content: "Omgevingsvisie Aalten"; ${ft} } @bottom-right { content: "pagina " counter(page) " van " counter(pages); ${ft} }`
  const spec: DocSpec = {
    id: 'h136',
    set: 'holdout',
    bron: 'Bewerkt naar de openbare teksten van de gemeente Aalten over haar nieuwe omgevingsvisie (gebiedsgerichte aanpak met twaalf deelgebieden en drie gespreksrondes per gebied, september 2024 – maart 2025; het DNA van Aalten; de foto van de leefomgeving; beleid van Rijk, provincie en waterschap en regionale afspraken als puzzelstukken; de SDG\'s; de wettelijke eisen aan de visie), hier vastgesteld in 2026, ingekort en deels in eigen woorden, de indeling in twaalf deelgebieden in eigen woorden; eigen opmaak: A4 in Noto Sans 9,5 pt met koppen in DejaVu Serif, een ONGENUMMERDE "Inleiding" als hoofdstukkop VÓÓR DE GENUMMERDE HOOFDSTUKKEN "1" … "5", paragrafen "1.1", hoofdstuk 4 met TWAALF PARAGRAFEN "4.1" … "4.12" (titels met een SCHUINE STREEP en een AMPERSAND), een derde niveau "3.2.1", geen inhoudsopgave, koptekst "gemeente Aalten" links en "Omgevingsvisie Aalten" rechts, voettekst "pagina n van m", lijsten "■" met "–" en "1.", twee tabellen, besluit met BESLISPUNTEN 1.–3., visie als "Bijlage 1", GIO-tabel Naam | Identificatie in "Bijlage 2" (holdout)',
    bevoegdGezag: 'gm0197',
    naam: 'Gemeente Aalten',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Aalten tot vaststelling van de Omgevingsvisie Aalten',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-04-01',
    },
    visieOpschrift: 'Omgevingsvisie Aalten',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-aalten', regeling: 'omgevingsvisie-aalten', doel: 'omgevingsvisie-aalten' },
      datums: { vaststelling: '2026-02-12', ondertekening: '2026-02-12', bekendmaking: '2026-02-19', inwerkingtreding: '2026-04-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0197',
      oin: '00000001000000001970',
      achtergrondActualiteit: '2025-11-01',
    },
    geo: { origin: [237000, 439000] },
    meubilair: ['^gemeente Aalten Omgevingsvisie Aalten$', '^pagina \\d+ van \\d+$'],
    title: 'Omgevingsvisie Aalten',
    css: `
@page { size: A4; margin: 22mm 20mm 22mm 22mm; }
@page std { ${std} }
@page bijl { ${std} }
body { font: 9.5pt/1.5 'Noto Sans', sans-serif; color: #222; }
p { margin: 0 0 2.4mm; }
.gem { font-size: 8pt; color: #5a4a1a; }
.ttl { font: bold 14pt 'DejaVu Serif'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; margin: 4mm 0 2mm; }
.bp { display: flex; } .bp span { flex: 0 0 7mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.titel { padding-top: 75mm; }
.titel .t0 { font-size: 8.5pt; color: #666; }
.titel .t1 { font: bold 28pt 'DejaVu Serif'; color: #5a4a1a; margin: 5mm 0 3mm; }
.titel .t2 { font: 13pt 'Noto Sans'; color: #444; }
h1 { font: bold 17pt 'DejaVu Serif'; color: #5a4a1a; margin: 9mm 0 4mm; padding-bottom: 1.5mm; border-bottom: 1pt solid #c9a227; break-after: avoid; }
h1.onb { margin-top: 0; }
h2 { font: bold 11.5pt 'DejaVu Serif'; color: #5a4a1a; margin: 4.5mm 0 1.5mm; break-after: avoid; }
h3 { font: italic 10pt 'DejaVu Serif'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.4mm 2mm; }
table.tbl { width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; border-collapse: collapse; }
table.tbl th { background: #f1e6c0; text-align: left; padding: 1.2mm; }
table.tbl td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
h2.bijl { font: bold 14pt 'DejaVu Serif'; color: #5a4a1a; }
table.gio { width: 100%; font-size: 8.5pt; border-collapse: collapse; }
table.gio th { border-bottom: 1pt solid #5a4a1a; text-align: left; padding: 1.2mm; }
table.gio td { border-bottom: 0.4pt solid #bbb; padding: 1.2mm; vertical-align: top; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
