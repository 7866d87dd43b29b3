/**
 * h18 — gemeente Schiermonnikoog (gm0088), holdout (session 5): the smallest gemeente of the country. Content after
 * omgevingsvisies of Waddeneilanden, toegespitst op Schiermonnikoog (Nationaal Park, Waddenzee, het dorp, autoluw
 * eiland, veerverbinding met Lauwersoog, eilander woningmarkt), in our own words. Layout: "Hoofdstuk 0 – Leeswijzer"
 * (chapters from 0, "Hoofdstuk n – Titel"), sections with trailing dots "2.1." (three levels "2.1.1."), a long
 * heading that wraps, run-in tussenkoppen, ✓-lists with o-items, a table of contents WITHOUT leaders, the page
 * number in the outer margin (alternating), a footer line with date and version, a raadsbesluit with "Besluit:"
 * and beslispunten 1.–3., "Aldus besloten door de raad …", stacked signatures, and no Bijlage line: the visie starts
 * on a new page with its own title page. One GIO as a line.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioSlug, TOC_CSS, tocHtml, type TocRow } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioSlug('gm0088', '2026', '2026-06-24', '1')
const GIOS: Gio[] = [gio('Nationaal Park Schiermonnikoog', 'nationaal-park-schiermonnikoog', [0, 0], 4)]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1>Hoofdstuk ${k.nummer} – ${k.opschrift}</h1>`
    : k.niveau === 2
      ? `<h2><span class="n">${k.nummer}.</span> ${k.opschrift}</h2>`
      : `<h3><span class="n">${k.nummer}.</span> ${k.opschrift}</h3>`
const vink: Marker[] = [{ glyph: '✓', font: 'DejaVu Sans' }, { glyph: 'o', font: 'Liberation Sans' }]
const ri = (k: string, t: string): string => `<span class="ri">${k}</span> ${t}`

const H: Array<[string, string, Array<[string, string, number]>]> = [
  ['0', 'Leeswijzer', []],
  ['1', 'Eilander kwaliteiten', [['1.1', 'Een eiland in het werelderfgoed Waddenzee', 2], ['1.2', 'Het dorp', 2], ['1.3', 'Rust, ruimte en donkerte', 2]]],
  ['2', 'Opgaven voor het eiland', [
    ['2.1', 'Wonen voor eilanders', 2], ['2.1.1', 'Starters en jongeren', 3], ['2.1.2', 'Ouderen', 3],
    ['2.2', 'Toerisme in balans met natuur, rust en de draagkracht van de eilander gemeenschap', 2],
    ['2.3', 'Bereikbaarheid en de veerverbinding met Lauwersoog', 2],
    ['2.4', 'Energie en klimaat', 2],
  ]],
  ['3', 'Uitvoering', [['3.1', 'Samen met de eilanders', 2], ['3.2', 'Actualisatie', 2]]],
]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">Gemeente Schiermonnikoog</p>
<p class="ttl">Besluit van de raad van de gemeente Schiermonnikoog tot vaststelling van de Omgevingsvisie Schiermonnikoog</p>
<p>De raad van de gemeente Schiermonnikoog;</p>
<p>gelezen het voorstel van het college van burgemeester en wethouders van 19 mei 2026;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">Besluit:</p>
<div class="bp"><span>1.</span><p>de Omgevingsvisie Schiermonnikoog vast te stellen;</p></div>
<div class="bp"><span>2.</span><p>de Structuurvisie Schiermonnikoog 2005 in te trekken;</p></div>
<div class="bp"><span>3.</span><p>de nota van beantwoording van de zienswijzen vast te stellen.</p></div>
<p class="aldus">Aldus besloten door de raad van de gemeente Schiermonnikoog in zijn openbare vergadering van 24 juni 2026.</p>
<p class="sg">de voorzitter,</p>
<p class="sn">mr. I.J.M. Fase</p>
<p class="sg">de griffier,</p>
<p class="sn">drs. J.T. van der Werf</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t1">Omgevingsvisie Schiermonnikoog</p>
<p class="t2">Een eiland om zuinig op te zijn</p>
<p class="t3">juni 2026</p>
</div>`)
  const rows: TocRow[] = []
  for (const [n, t, ss] of H) {
    rows.push([`Hoofdstuk ${n}`, t, `Hoofdstuk ${n} – ${t}`, 1])
    for (const [sn, st, l] of ss) if (l === 2 && !st.startsWith('Toerisme')) rows.push([`${sn}.`, st, `${sn}. ${st}`, 2])
  }
  rows.push(['', 'Bijlage: informatieobject', 'Bijlage: informatieobject', 1])
  d.page('toc').raw(tocHtml('Inhoud', rows))
  d.page('std').enter('visie')

  const T: Record<string, () => void> = {
    '0': () => d.ps(
      'Deze omgevingsvisie gaat over het hele grondgebied van de gemeente Schiermonnikoog: het dorp, de polder, de duinen, de kwelders, het strand en het deel van de Waddenzee en de Noordzee dat binnen de gemeentegrens valt.',
      'Hoofdstuk 1 beschrijft wat het eiland bijzonder maakt. Hoofdstuk 2 gaat over de opgaven voor de komende twintig jaar en hoofdstuk 3 over de uitvoering. Achterin staat het informatieobject waarnaar de visie verwijst.',
    ),
    '1.1': () => d.ps(
      'Bijna het hele eiland is Nationaal Park, het eerste van Nederland. De Waddenzee is werelderfgoed. Natuur is hier geen decor, maar de reden dat mensen er wonen en komen.',
      ri('Kwelders en duinen.', 'De kwelder aan de oostkant en de duinen aan de noordkant veranderen voortdurend door wind en water. Die dynamiek laten we zoveel mogelijk haar gang gaan.'),
    ),
    '1.2': () => d.p(ri('Dorpsgezicht.', 'Het dorp is een beschermd dorpsgezicht, met de Middenstreek, de Langestreek en de karakteristieke eilander huizen. Nieuwe gebouwen passen zich aan in maat, kap en materiaal.')),
    '1.3': () => {
      d.p('Wat eilanders en gasten het meest waarderen, is wat er níet is:')
      d.list(['geen auto’s voor gasten: het eiland is autoluw;', { text: 'stilte en donkerte, met', sub: ['een van de donkerste sterrenhemels van Europa;', 'geen verlichting buiten het dorp.'] }, 'ruimte om te wandelen, te fietsen en uit te kijken.'], vink)
    },
    '2.1': () => d.p('De eilander gemeenschap telt ruim negenhonderd inwoners. Woningen worden steeds vaker tweede woning of vakantiewoning. Daardoor vinden jongeren en werknemers van de zorg, de school en de veerdienst moeilijk een huis.'),
    '2.1.1': () => d.p('We bouwen kleine aantallen woningen voor starters binnen het dorp en verbinden aan nieuwe woningen een zelfbewoningsplicht.'),
    '2.1.2': () => d.p(alinea('wonen', 2, 'Schiermonnikoog')),
    '2.2': () => d.ps(
      'Het toerisme is de belangrijkste bron van inkomsten. Het aantal overnachtingen groeit niet verder dan het huidige niveau; nieuwe verblijfsrecreatie komt alleen in plaats van bestaande.',
      ri('Dagjesmensen.', 'In de zomer kan het druk zijn op de boot en in het dorp. We spreiden bezoekers over het jaar en sturen met de dienstregeling en de parkeerplaatsen in Lauwersoog.'),
    ),
    '2.3': () => d.p('Het eiland is alleen bereikbaar over water. De veerdienst vaart vanaf Lauwersoog door een vaargeul die steeds vaker verzandt. Samen met Rijkswaterstaat en de rederij zoeken we naar een betrouwbare verbinding die past bij het werelderfgoed.'),
    '2.4': () => {
      d.p('Schiermonnikoog wil in 2035 energieneutraal zijn. Op het eiland zelf is weinig ruimte voor opwek:')
      d.list(['zonnepanelen op daken, ook in het beschermd dorpsgezicht als ze niet zichtbaar zijn vanaf de straat;', 'geen windturbines op het eiland;', 'warmtepompen en isolatie bij renovatie.'], vink)
    },
    '3.1': () => d.p('Op een eiland kent iedereen elkaar. We maken plannen in dorpsgesprekken en met de Vereniging Dorpsbelang, de ondernemersvereniging en Natuurmonumenten.'),
    '3.2': () => d.p(alinea('uitvoering', 1, 'Schiermonnikoog')),
  }
  for (const [n, t, ss] of H) {
    d.kop(1, n, t)
    T[n]?.()
    for (const [sn, st, l] of ss) {
      d.kop(l, sn, st)
      T[sn]?.()
    }
  }

  d.page('bijl')
  d.bijlage('', 'informatieobject', '<h1 class="bijl">Bijlage: informatieobject</h1><p>Deze omgevingsvisie verwijst naar het volgende geometrische informatieobject:</p>')
  d.gioRegels(GIOS, ' — ')

  const mg = "font: bold 11pt 'Liberation Serif'; color: #6b4e16;"
  const ft = "font: 7.5pt 'DejaVu Sans Mono'; color: #555;"
  const regel = 'Omgevingsvisie Schiermonnikoog · vastgesteld 24 juni 2026 · versie 1.0'
  const spec: DocSpec = {
    id: 'h18',
    set: 'dev',
    bron: 'Bewerkt naar omgevingsvisies van de Waddeneilanden, toegespitst op Schiermonnikoog (Nationaal Park, Waddenzee, beschermd dorpsgezicht, autoluw eiland, veerverbinding met Lauwersoog, eilander woningmarkt), in eigen woorden; eigen opmaak: DejaVu Serif 10 pt met Liberation Serif-koppen, "Hoofdstuk 0 – Leeswijzer" (hoofdstukken vanaf 0), paragrafen met punt "2.1." tot "2.1.1.", lange kop over twee regels, run-in tussenkoppen, ✓-lijsten met o-items, inhoudsopgave zonder puntlijnen, paginanummer in de buitenmarge (afwisselend), voetregel met datum en versie, raadsbesluit met "Besluit:" en beslispunten 1.–3., "Aldus besloten door de raad …", handtekeningen onder elkaar, geen bijlageregel (de visie begint met een eigen titelpagina), één GIO als regel (holdout)',
    bevoegdGezag: 'gm0088',
    naam: 'Gemeente Schiermonnikoog',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Schiermonnikoog tot vaststelling van de Omgevingsvisie Schiermonnikoog',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Schiermonnikoog',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-schiermonnikoog', regeling: 'omgevingsvisie-schiermonnikoog', doel: 'omgevingsvisie-schiermonnikoog-2026' },
      datums: { vaststelling: '2026-06-24', ondertekening: '2026-06-24', bekendmaking: '2026-07-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0088',
      oin: '00000001000000000880',
      achtergrondActualiteit: '2026-03-01',
    },
    geo: { origin: [207000, 609000] },
    meubilair: ['^\\d+$', `^${regel.replace(/\./g, '\\.')}$`],
    title: 'Omgevingsvisie Schiermonnikoog',
    toc: { skip: 'Inhoud' },
    css: `
${TOC_CSS}
@page { size: A4; margin: 24mm 26mm 26mm 26mm; }
@page std:right { @right-middle { content: counter(page); ${mg} } @bottom-left { content: "${regel}"; ${ft} } }
@page std:left { @left-middle { content: counter(page); ${mg} } @bottom-right { content: "${regel}"; ${ft} } }
@page bijl { @right-middle { content: counter(page); ${mg} } @bottom-left { content: "${regel}"; ${ft} } }
body { font: 10pt/1.5 'DejaVu Serif', serif; color: #222; }
p { margin: 0 0 2.5mm; }
.gem { font: italic 16pt 'Liberation Serif'; color: #6b4e16; }
.ttl { font: bold 12pt 'Liberation Serif'; margin: 4mm 0 6mm; }
.bs { margin: 5mm 0 2mm; font-style: italic; }
.bp { display: flex; gap: 4mm; }
.bp span { flex: 0 0 6mm; }
.aldus { margin-top: 7mm; }
.sg { margin: 5mm 0 0; }
.sn { margin: 11mm 0 0; }
.titel { padding-top: 95mm; text-align: center; break-after: page; }
.titel .t1 { font: 26pt 'Liberation Serif'; letter-spacing: 1pt; }
.titel .t2 { font: italic 13pt 'Liberation Serif'; color: #6b4e16; }
.titel .t3 { font: 10pt 'DejaVu Serif'; margin-top: 20mm; }
.toc { break-after: page; }
.toc .tockop { font: 20pt 'Liberation Serif'; margin-bottom: 6mm; }
.toc .dots { visibility: hidden; }
.toc .tl { min-width: 30mm; padding-right: 2mm; }
h1 { font: bold 17pt 'Liberation Serif'; color: #6b4e16; margin: 0 0 5mm; break-before: page; break-after: avoid; }
h1:first-child { break-before: auto; }
h2 { font: bold 12pt 'Liberation Serif'; margin: 5mm 0 1.5mm; break-after: avoid; padding-left: 11mm; text-indent: -11mm; }
h3 { font: italic 11pt 'Liberation Serif'; margin: 4mm 0 1mm; break-after: avoid; }
h2 .n, h3 .n { display: inline-block; min-width: 11mm; text-indent: 0; }
.ri { font-style: italic; font-weight: bold; }
.lst { margin: 0 0 3mm 4mm; }
h1.bijl { font: bold 14pt 'Liberation Serif'; break-before: auto; }
.gioregel { font-size: 9.5pt; }
.gioregel .gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
