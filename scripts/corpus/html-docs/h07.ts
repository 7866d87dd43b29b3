/**
 * h07 — gemeente Almelo (holdout): "Deel A/B" parts above chapters "1. Titel" (numbering runs on across the parts),
 * sections "1.1 Titel", a table of contents with dotted leaders and page numbers, •-lists with nested "-"-items, a
 * body table, the document title as a running header on every page, footer "Omgevingsvisie Almelo | n", the
 * visie marked "Bijlage 1 bij het raadsbesluit", a besluit with "gelet op", "besluit:", Artikel 1–3, a sentence
 * about Bijlage I bij het Besluit bouwwerken leefomgeving, long GIO identifiers breaking in a narrow cell.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'

const gio = gioSlug('gm0141', '2026', '2026-01-27', '1')
const GIOS: Gio[] = [
  gio('Binnenstad Almelo', 'omgevingsvisie-almelo-2040-binnenstad-en-stadskade', [0, 0], 0.7),
  gio('Bedrijventerreinen XL Businesspark en Havenbedrijf', 'omgevingsvisie-almelo-2040-bedrijventerreinen-xl-businesspark', [4, -2], 1.2),
  gio('Groenblauwe structuur', 'omgevingsvisie-almelo-2040-groenblauwe-structuur-landschappelijke-onderlegger', [-2, 3], 2.5),
  gio('Buitengebied Bornerbroek', 'omgevingsvisie-almelo-2040-buitengebied-bornerbroek', [-6, -4], 2),
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<div class="deel"><p class="dl">DEEL ${k.nummer}</p><p class="dt">${k.opschrift}</p></div>`
    : k.niveau === 2
      ? `<h1>${k.nummer}.&#8194;${k.opschrift}</h1>`
      : `<h2>${k.nummer}&#8194;${k.opschrift}</h2>`
const bul: Marker[] = [{ glyph: '•' }, { glyph: '-' }]

type Sec = [string, string, string[]]
type Hfd = [string, string, Sec[]]
type Deel = [string, string, Hfd[]]
const OUT: Deel[] = [
  ['A', 'Koers', [
    ['1', 'Inleiding', [
      ['1.1', 'Waarom deze visie', ['Hoe ziet Almelo er in 2040 uit? In deze omgevingsvisie staat hoe we de omgeving willen ontwikkelen waarin we wonen, werken en onze vrije tijd doorbrengen. De vraag is hoe we Almelo nog mooier, gezonder en aantrekkelijker maken, en hoe we tegelijk de bestaande kwaliteiten van de stad beschermen, behouden en beheren.']],
      ['1.2', 'Een kleine revolutie', ['Werken volgens de omgevingsvisie is niets minder dan een kleine revolutie. Het woord dat dit het best omschrijft is samenwerking. Iedere inwoner, ondernemer, vereniging, stichting en organisatie is uitgenodigd om met de gemeente op te trekken en ideeën, energie en middelen te delen.']],
      ['1.3', 'Leeswijzer', ['Deel A beschrijft de kwaliteiten en ambities voor de hele gemeente. Deel B werkt die uit voor vier gebieden: de binnenstad, de wijken en dorpen, de bedrijventerreinen en het buitengebied.']],
    ]],
    ['2', 'Kwaliteiten van Almelo', [
      ['2.1', 'Noaberschap', ['De Almelose mentaliteit van aanpakken en omzien naar elkaar, het noaberschap, is een kwaliteit die we koesteren. Zij is de basis voor de manier waarop we initiatieven samen tot een goed einde brengen.']],
      ['2.2', 'Een groen buitengebied', ['Het grote groene buitengebied, waar volop wordt geboerd en gerecreëerd, ligt dicht bij de stad. Essen, beekdalen en landgoederen geven het zijn karakter.']],
      ['2.3', 'Werkgelegenheid', ['Almelo heeft een hoge werkgelegenheid, dankzij een goed vestigingsklimaat voor bedrijven, een haven aan het Twentekanaal en een ligging aan spoor en snelweg.']],
    ]],
    ['3', 'Ambities', [
      ['3.1', 'Centrumfunctie voor Noordwest Twente', ['Almelo wil de centrumstad zijn voor de hele regio Noordwest Twente, met voorzieningen voor zorg, onderwijs, cultuur en winkels.']],
      ['3.2', 'Een sterke groenblauwe structuur', ['De landschappelijke onderlegger van beken, kanalen en essen is het raamwerk waarin de stad zich ontwikkelt.']],
      ['3.3', 'Duurzaamheid in alle haarvaten', ['Duurzaamheid is geen apart thema maar onderdeel van iedere ontwikkeling: van woningisolatie en warmtenetten tot klimaatbestendige straten.']],
    ]],
  ]],
  ['B', 'Gebieden', [
    ['4', 'De binnenstad', [
      ['4.1', 'Een binnenstad die verbindt en verrast', ['We maken het kernwinkelgebied compacter, vergroten de aantrekkelijkheid van het centrum, bieden ruimte voor hoogstedelijk wonen en versterken water en groen. Ieder deel van de binnenstad krijgt een eigen profiel met eigen kracht en karakter.']],
      ['4.2', 'Stadskade', ['Aan de Stadskade ontstaat een nieuw stuk stad aan het water, met woningen, voorzieningen en openbare ruimte die de binnenstad met het kanaal verbindt.']],
    ]],
    ['5', 'De wijken en dorpen', [
      ['5.1', 'Herstructurering en verduurzaming', ['In wijken met leefbaarheidsopgaven combineren we herstructurering met verduurzaming van woningen en vergroening van de openbare ruimte.']],
      ['5.2', 'Aadorp en Bornerbroek', ['De dorpen houden hun eigen karakter. Woningbouw is er gericht op de eigen behoefte; dorpscoöperaties krijgen ruimte voor eigen initiatieven.']],
    ]],
    ['6', 'De bedrijventerreinen', [
      ['6.1', 'Toekomstbestendige werklocaties', ['Verouderde binnenstedelijke bedrijventerreinen transformeren we; nieuwe ruimte voor werk zoeken we aan de randen, bij de haven en de snelweg.']],
    ]],
    ['7', 'Het buitengebied', [
      ['7.1', 'Boeren en recreëren', ['Het buitengebied blijft in de eerste plaats een werkgebied voor de landbouw. Daarnaast is er ruimte voor recreatie, natuur en kleinschalige bedrijvigheid in vrijkomende gebouwen.']],
      ['7.2', 'Initiatieven in het buitengebied', ['Initiatiefnemers kunnen hun idee eerst met de gemeente bespreken. Of een bouwwerk vergunningvrij is, volgt uit Bijlage I bij het Besluit bouwwerken leefomgeving; voor het overige toetsen we aan het omgevingsplan en aan de kwaliteiten uit deze visie.']],
    ]],
  ]],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gm">Gemeente Almelo</p>
<p class="ttl">Raadsbesluit houdende vaststelling van de Omgevingsvisie Almelo 2040</p>
<p>De raad van de gemeente Almelo;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 9 december 2025, zaaknummer 2025-118342;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p>overwegende dat de omgevingsvisie uit 2020 door actuele ontwikkelingen moet worden aangepast en dat de aanpassing met inwoners, ondernemers en partners is voorbereid;</p>
<p class="bs">besluit:</p>
<p class="art">Artikel 1</p>
<p>De Omgevingsvisie Almelo 2040, opgenomen als bijlage 1 bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2</p>
<p>De omgevingsvisie “Mijn Almelo, mijn omgeving” van 29 september 2020 wordt ingetrokken.</p>
<p class="art">Artikel 3</p>
<p>Dit besluit treedt in werking op 1 maart 2026.</p>
<p class="aldus">Aldus vastgesteld in de openbare vergadering van 27 januari 2026.</p>
<p>De griffier,&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;De voorzitter,</p>
<p class="nm">drs. H.J. Wolters&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;&#8195;A.G.J. Gerritsen</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="bij">Bijlage 1 bij het raadsbesluit van 27 januari 2026</p>
<p class="t1">Omgevingsvisie Almelo 2040</p>
<p class="t2">Mijn Almelo, mijn omgeving</p>
</div>`)
  const rows: TocRow[] = []
  for (const [dn, dt, hs] of OUT) {
    rows.push([`Deel ${dn}`, dt, `DEEL ${dn}`, 1])
    for (const [hn, ht, ss] of hs) {
      rows.push([`${hn}.`, ht, `${hn}. ${ht}`, 2])
      for (const [sn, st] of ss) rows.push([sn, st, `${sn} ${st}`, 3])
    }
  }
  rows.push(['', 'Bijlage A Geometrische informatieobjecten', 'Bijlage A Geometrische informatieobjecten', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.page('std').enter('visie')
  for (const [dn, dt, hs] of OUT) {
    d.kop(1, dn, dt)
    for (const [hn, ht, ss] of hs) {
      d.kop(2, hn, ht)
      for (const [sn, st, tekst] of ss) {
        d.kop(3, sn, st)
        d.ps(...tekst)
        if (sn === '1.2') {
          d.p('Wat initiatiefnemers van ons kunnen verwachten:')
          d.list(
            [
              'een eerste gesprek binnen twee weken na aanmelding;',
              { text: 'een integrale beoordeling aan de hand van', sub: ['de kwaliteiten uit deze visie;', 'de regels van het omgevingsplan;', 'het gesprek met de omgeving.'] },
              'één aanspreekpunt bij de gemeente.',
            ],
            bul,
          )
        }
        if (sn === '3.3')
          d.list(
            [
              'in 2030 zijn alle gemeentelijke gebouwen energieneutraal;',
              'nieuwe wijken worden aardgasvrij en klimaatbestendig aangelegd;',
              { text: 'bij herinrichting van straten:', sub: ['minder verharding;', 'meer bomen.'] },
            ],
            bul,
          )
        if (sn === '6.1')
          d.table(
            ['Werklocatie', 'Opgave', 'Termijn'],
            [
              ['XL Businesspark Twente', 'uitbreiding logistiek en maakindustrie', '2026–2032'],
              ['Havengebied', 'verduurzaming en watergebonden bedrijvigheid', '2026–2035'],
              ['Twentekanaal-Zuid', 'transformatie naar gemengd wonen en werken', 'na 2030'],
            ],
            'tbl',
            ['32%', '46%', '22%'],
          )
      }
    }
  }
  d.page('bijl')
  d.bijlage('A', 'Geometrische informatieobjecten', '<h1 class="bijl">Bijlage A Geometrische informatieobjecten</h1><p>De werkingsgebieden van deze visie zijn vastgelegd in de volgende geometrische informatieobjecten.</p>')
  d.gioTabel(GIOS, ['Naam', 'Identificatie'], 'tbl gio', ['40%', '60%'], true)

  const spec: DocSpec = {
    id: 'h07',
    set: 'dev',
    bron: 'Bewerkt naar de omgevingsvisie van de gemeente Almelo ("Mijn Almelo, mijn omgeving", 2020; vier gebieden; uitvoeringsagenda stadsontwikkeling), ingekort; eigen opmaak: Liberation Serif 10,5 pt, Deel A/B boven hoofdstukken "1. Titel" (doornummerend), paragrafen "1.1 Titel", inhoudsopgave met puntjes en paginanummers, •-lijsten met -‑items, documenttitel als kopregel op elke pagina, voettekst "Omgevingsvisie Almelo | n", "Bijlage 1 bij het raadsbesluit", Artikel 1–3, lange GIO-identificaties die in de cel afbreken (holdout)',
    bevoegdGezag: 'gm0141',
    naam: 'Gemeente Almelo',
    besluit: {
      opschrift: 'Raadsbesluit houdende vaststelling van de Omgevingsvisie Almelo 2040',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2026-03-01',
    },
    visieOpschrift: 'Omgevingsvisie Almelo 2040',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-2040', regeling: 'omgevingsvisie-2040', doel: 'omgevingsvisie-2040' },
      datums: { vaststelling: '2026-01-27', ondertekening: '2026-01-27', bekendmaking: '2026-02-03', inwerkingtreding: '2026-03-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0141',
      oin: '00000001000000001410',
      achtergrondActualiteit: '2025-12-01',
    },
    geo: { origin: [238000, 487000] },
    meubilair: ['^Omgevingsvisie Almelo \\| \\d+$', '^OMGEVINGSVISIE ALMELO 2040 · MIJN ALMELO, MIJN OMGEVING$'],
    title: 'Omgevingsvisie Almelo 2040',
    toc: { skip: 'Inhoud' },
    css: `
@page { size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-center { content: "OMGEVINGSVISIE ALMELO 2040 · MIJN ALMELO, MIJN OMGEVING"; font: 7pt 'Liberation Sans'; letter-spacing: 0.8pt; color: #e2001a; }
  @bottom-center { content: "Omgevingsvisie Almelo | " counter(page); font: 8pt 'Liberation Sans'; } }
body { font: 10.5pt/1.5 'Liberation Serif', serif; }
p { margin: 0 0 2.5mm; }
.gm { font: bold 14pt 'Liberation Sans'; color: #e2001a; }
.ttl { font-weight: bold; margin: 5mm 0; }
.bs { margin-top: 5mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 7mm; }
.nm { margin-top: 14mm; }
.titel { padding-top: 70mm; break-after: page; }
.titel .bij { font: 9pt 'Liberation Sans'; }
.titel .t1 { font: bold 28pt 'Liberation Sans'; color: #e2001a; margin: 6mm 0 3mm; }
.titel .t2 { font: italic 14pt 'Liberation Serif'; }
.toc { break-after: page; font-size: 10pt; }
.toc .tockop { font: bold 18pt 'Liberation Sans'; color: #e2001a; margin-bottom: 5mm; }
.deel { break-before: page; padding: 40mm 0 10mm; border-bottom: 2pt solid #e2001a; margin-bottom: 8mm; }
.deel .dl { font: bold 14pt 'Liberation Sans'; color: #e2001a; letter-spacing: 2pt; margin: 0; }
.deel .dt { font: bold 26pt 'Liberation Sans'; margin: 0; }
h1 { font: bold 17pt 'Liberation Sans'; margin: 8mm 0 3mm; break-after: avoid; }
.deel + h1 { margin-top: 0; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #e2001a; margin: 4mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 3mm; }
table.tbl { width: 100%; font-size: 9pt; margin: 1mm 0 4mm; }
table.tbl th { text-align: left; border-bottom: 1pt solid #e2001a; padding: 1.2mm; font-family: 'Liberation Sans'; }
table.tbl td { border-bottom: 0.4pt solid #ccc; padding: 1.2mm; vertical-align: top; }
h1.bijl { font-size: 15pt; }
table.gio { width: 120mm; }
table.gio .gid { font: 8.5pt 'Liberation Mono'; }
${TOC_CSS}
`,
  }
  return { spec, doc: d }
}
