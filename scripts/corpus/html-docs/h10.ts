/**
 * h10 — gemeente Vlieland (holdout, session 4): a raadsvoorstel before the raadsbesluit, "b e s l u i t :" with
 * beslispunten 1.–3., no Bijlage line — the visie starts on a new page with its own title page; chapters from 0
 * "0. Titel" with sections "2.1. Titel", run-in tussenkoppen, a)-lists with nested i.-items, footer
 * "n | Omgevingsvisie Vlieland", one GIO.
 */
import { DocBuilder, type DocSpec, type Gio, type Kop, type Marker } from '../html-model.js'
import { gioHex } from './h-util.js'
import { alinea } from './tekst.js'

const gio = gioHex('gm0096', '2026', '2026-01-26', '1', 'h10')
const GIOS: Gio[] = [gio('Oost-Vlieland, bebouwde kom', [0, 0], 0.6)]

const kop = (k: Kop): string => (k.niveau === 1 ? `<h1>${k.nummer}. ${k.opschrift}</h1>` : `<h2>${k.nummer}. ${k.opschrift}</h2>`)
const abc: Marker[] = [{ counter: 'a', suffix: ')' }, { counter: 'i', suffix: '.' }]

/** A paragraph with a run-in tussenkop: bold words, then the text on the same line. */
const runIn = (kop: string, tekst: string): string => `<b>${kop}</b> ${tekst}`

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="voorstel">
<p class="kop">Raadsvoorstel</p>
<table class="meta"><tr><td>Vergadering</td><td>26 januari 2026</td></tr><tr><td>Agendapunt</td><td>7</td></tr><tr><td>Portefeuillehouder</td><td>wethouder ruimtelijke ordening</td></tr><tr><td>Onderwerp</td><td>Vaststellen Omgevingsvisie Vlieland “langzaam meebewegen”</td></tr></table>
<p class="tk">Voorgesteld besluit</p>
<p>De Omgevingsvisie Vlieland “langzaam meebewegen” vast te stellen en de zienswijzen te beantwoorden zoals voorgesteld in de reactienota.</p>
<p class="tk">Inleiding</p>
<p>Op 22 november 2021 heeft uw raad ingestemd met de ontwerp-omgevingsvisie en besloten haar zes weken ter inzage te leggen. Tijdens de inloopbijeenkomst in De Noordwester hebben inwoners en ondernemers hun inbreng gegeven. Sindsdien is de visie geactualiseerd met het nieuwe toeristisch beleid en de startnotitie wonen.</p>
<p class="tk">Beoogd effect</p>
<p>Een integrale koers voor de fysieke leefomgeving van Vlieland tot 2050, die de basis vormt voor het omgevingsplan dat de gemeente uiterlijk in 2032 vaststelt.</p>
<p class="tk">Argumenten</p>
<p>De omgevingsvisie vertrekt vanuit de kernwaarden van het eiland: de ligging in het Werelderfgoed Waddenzee, de eigen gemeenschap, de natuur, de rust, de ruimte en de stilte. Initiatieven worden aan die waarden gespiegeld.</p>
<p>De visie is een dynamisch document. Het college stelt voor haar iedere twee jaar te actualiseren, zodat nieuwe beleidsstukken en ontwikkelingen een plek krijgen.</p>
<p class="tk">Financiële consequenties</p>
<p>Het vaststellen van de visie heeft geen directe financiële gevolgen.</p>
<p class="ondert">Burgemeester en wethouders van Vlieland,<br>de secretaris, &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;de burgemeester,</p>
</div>
<div class="besluit">
<p class="kop">Raadsbesluit</p>
<p class="ttl">Besluit van de raad van de gemeente Vlieland tot vaststelling van de Omgevingsvisie Vlieland “langzaam meebewegen”</p>
<p>De raad van de gemeente Vlieland;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 16 december 2025;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">b e s l u i t :</p>
<p class="bp"><span>1.</span>de Omgevingsvisie Vlieland “langzaam meebewegen” vast te stellen;</p>
<p class="bp"><span>2.</span>de ingediende zienswijzen te beantwoorden zoals opgenomen in de reactienota;</p>
<p class="bp"><span>3.</span>te bepalen dat de omgevingsvisie in werking treedt op de dag na die van de bekendmaking.</p>
<p class="aldus">Vastgesteld in de openbare raadsvergadering van 26 januari 2026.</p>
<p>De raad voornoemd,</p>
<p>de griffier,<br><br><br>M. de Vries-Kooistra</p>
<p>de voorzitter,<br><br><br>drs. M.J. Schrier</p>
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">gemeente Vlieland</p>
<p class="t1">Omgevingsvisie Vlieland</p>
<p class="t2">langzaam meebewegen</p>
<p class="t3">vastgesteld door de gemeenteraad, januari 2026</p>
</div>`)
  d.page('std').enter('visie')

  d.kop(1, '0', 'Leeswijzer')
  d.p('Deze omgevingsvisie bestaat uit vijf hoofdstukken. Na deze leeswijzer beschrijven we in hoofdstuk 1 wat Vlieland uniek maakt. Hoofdstuk 2 geeft de leidende principes, hoofdstuk 3 de thema’s en hoofdstuk 4 de manier waarop we met initiatieven omgaan.')
  d.p('Waar deze visie verwijst naar hoofdstuk 4 van de Omgevingswet, gaat het om de algemene regels over activiteiten in de fysieke leefomgeving; die staan niet in deze visie maar in het omgevingsplan en de rijksregels.')

  d.kop(1, '1', 'Vlieland, uniek en authentiek')
  d.kop(2, '1.1', 'Een eiland in het Werelderfgoed')
  d.p('Vlieland ligt midden in de Waddenzee, sinds 2009 Werelderfgoed. Het eiland heeft één dorp, Oost-Vlieland, en een buitengebied van duinen, bossen, kwelders en de Vliehors. Bijna het hele eiland is natuur.')
  d.p(runIn('Rust, ruimte en stilte.', 'Vlieland is autoluw: bezoekers laten hun auto aan de wal. Daardoor zijn rust, ruimte en stilte op het eiland meer dan elders ervaarbaar. We beschouwen ze als kernwaarden die bij iedere afweging meetellen.'))
  d.p(runIn('De eigen gemeenschap.', 'Met ongeveer 1.100 inwoners is de gemeenschap klein. Voorzieningen als de school, de huisarts en de supermarkt kunnen alleen blijven bestaan als er genoeg eilanders wonen en werken.'))
  d.kop(2, '1.2', 'Veranderingen die op ons afkomen')
  d.p('Klimaatverandering, de zeespiegelstijging, de druk op de woningmarkt, de energietransitie en de groei van het toerisme raken het eiland direct. We willen langzaam meebewegen: veranderen waar het moet, behouden waar het kan.')

  d.kop(1, '2', 'Leidende principes')
  d.kop(2, '2.1', 'Ruimtelijke vertrekpunten')
  d.p('Ieder initiatief spiegelen we aan de volgende vertrekpunten:')
  d.list(
    [
      'de bebouwing blijft geconcentreerd in Oost-Vlieland;',
      { text: 'het buitengebied blijft open en natuurlijk, met uitzondering van', sub: ['de bestaande verblijfsrecreatie;', 'de voorzieningen voor strand en haven;', 'het militaire oefenterrein op de Vliehors.'] },
      'nieuwe bebouwing past in maat en schaal bij het dorp;',
      'het eiland blijft autoluw.',
    ],
    abc,
  )
  d.kop(2, '2.2', 'Sociale vertrekpunten')
  d.p(runIn('Wonen voor eilanders.', 'Nieuwe woningen zijn in de eerste plaats bedoeld voor mensen die op het eiland wonen en werken. We houden vast aan de huisvestingsverordening en zoeken naar locaties voor betaalbare huurwoningen.'))
  d.p(runIn('Werken op het eiland.', 'De Vlielander bedrijvigheid – toerisme, zorg, onderwijs, bouw en visserij – is de basis van de gemeenschap. Seizoenspersoneel heeft behoefte aan fatsoenlijke huisvesting.'))

  d.kop(1, '3', 'Thema’s')
  d.kop(2, '3.1', 'Natuur en landschap')
  d.p('De natuur van Vlieland is beschermd als Natura 2000-gebied en als deel van het Natuurnetwerk Nederland. We werken met Staatsbosbeheer aan het herstel van de dynamiek in de duinen en aan het omvormen van naaldbos naar gemengd bos.')
  d.kop(2, '3.2', 'Toerisme en recreatie')
  d.p('Het toerisme is de motor van de eilandeconomie. Het nieuwe toeristisch beleid “werken aan balans” zoekt naar een evenwicht tussen bezoekers, bewoners en natuur. Uitgangspunten zijn:')
  d.list(
    [
      'geen groei van het aantal slaapplaatsen buiten de bestaande plancapaciteit;',
      { text: 'kwaliteit boven kwantiteit, door', sub: ['verbetering van bestaande accommodaties;', 'spreiding van bezoekers over het jaar.'] },
      'de dagrecreatie niet verder stimuleren in het hoogseizoen.',
    ],
    abc,
  )
  d.kop(2, '3.3', 'Wonen')
  d.p(alinea('wonen', 2, 'Vlieland'))
  d.p('Bij het bouwen van nieuwe woningen gaan we uit van de bouwtechnische regels in het Besluit bouwwerken leefomgeving; eigen eisen stellen we alleen aan het uiterlijk, zodat nieuwe woningen passen bij het beschermd dorpsgezicht.')
  d.kop(2, '3.4', 'Energie en duurzaamheid')
  d.p('Vlieland wil in 2035 energieneutraal zijn. Dat kan alleen met zon op daken, warmtepompen en besparing: grote windturbines passen niet in het Werelderfgoed.')
  d.kop(2, '3.5', 'Water en kust')
  d.p('Het drinkwater van Vlieland komt uit de duinen. De zoetwaterbel onder het eiland is kwetsbaar voor verzilting en droogte; we beschermen het waterwingebied en gaan zuinig om met water.')
  d.p(runIn('Kustveiligheid.', 'Rijkswaterstaat zorgt met zandsuppleties voor de kustlijn. Op de Vliehors geven we de natuur de ruimte om mee te groeien met de zee.'))

  d.kop(1, '4', 'Werkwijze')
  d.kop(2, '4.1', 'Initiatieven toetsen')
  d.p('Een initiatief dat niet in het omgevingsplan past, toetsen we aan deze visie. We kijken eerst naar de kernwaarden, dan naar de vertrekpunten en pas daarna naar de thema’s.')
  d.kop(2, '4.2', 'Actualisatie')
  d.p('De omgevingsvisie is een dynamisch document. Iedere twee jaar leggen we de raad een geactualiseerde versie voor, waarin nieuwe beleidsstukken zijn verwerkt.')

  d.page('bijl')
  d.bijlage('1', 'Informatieobject', '<h1 class="bijl">Bijlage 1. Informatieobject</h1>')
  d.p('In deze omgevingsvisie wordt verwezen naar het volgende geometrische informatieobject:')
  d.gioRegels(GIOS, ' — ')

  const f = "font: 8.5pt 'DejaVu Serif Condensed', 'DejaVu Serif'; color: #3c5a66;"
  const spec: DocSpec = {
    id: 'h10',
    set: 'dev',
    bron: 'Bewerkt naar de Omgevingsvisie Vlieland “langzaam meebewegen” (kernwaarden van het eiland, leidende principes, ruimtelijke en sociale vertrekpunten, thema’s) en het raadsvoorstel over de ontwerp-visie, ingekort en geactualiseerd; eigen opmaak: DejaVu Serif Condensed 10 pt, raadsvoorstel vóór het raadsbesluit, "b e s l u i t :" met beslispunten 1.–3., geen bijlageregel (de visie begint met een eigen titelpagina), hoofdstukken vanaf 0 "0. Titel", paragrafen "2.1. Titel", run-in tussenkoppen, a)-lijsten met i.-items, voettekst "n | Omgevingsvisie Vlieland", één GIO (holdout)',
    bevoegdGezag: 'gm0096',
    naam: 'Gemeente Vlieland',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Vlieland tot vaststelling van de Omgevingsvisie Vlieland “langzaam meebewegen”',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: null,
    },
    visieOpschrift: 'Omgevingsvisie Vlieland',
    gios: GIOS,
    config: {
      werk: { jaar: '2026', besluit: 'omgevingsvisie-vlieland', regeling: 'omgevingsvisie-vlieland', doel: 'omgevingsvisie-vlieland-2026' },
      datums: { vaststelling: '2026-01-26', ondertekening: '2026-01-26', bekendmaking: '2026-02-02' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0096',
      oin: '00000001000000000960',
      achtergrondActualiteit: '2025-12-01',
    },
    geo: { origin: [130000, 590000] },
    meubilair: ['^\\d+ \\| Omgevingsvisie Vlieland$'],
    title: 'Omgevingsvisie Vlieland',
    css: `
@page { size: A4; margin: 20mm 26mm 26mm 30mm; }
@page std { @bottom-left { content: counter(page) " | Omgevingsvisie Vlieland"; ${f} } }
@page bijl { @bottom-left { content: counter(page) " | Omgevingsvisie Vlieland"; ${f} } }
body { font: 10pt/1.5 'DejaVu Serif Condensed', 'DejaVu Serif', serif; font-stretch: condensed; }
p { margin: 0 0 2.5mm; }
.voorstel .kop, .besluit .kop { font: bold 15pt 'DejaVu Sans Condensed', 'DejaVu Sans'; color: #3c5a66; margin-bottom: 4mm; }
table.meta { font-size: 9pt; margin-bottom: 5mm; }
table.meta td { padding: 0.6mm 4mm 0.6mm 0; vertical-align: top; }
table.meta td:first-child { color: #3c5a66; width: 38mm; }
.voorstel .tk { font-weight: bold; margin: 4mm 0 1mm; }
.voorstel .ondert { margin-top: 8mm; }
.besluit { break-before: page; }
.besluit .ttl { font-weight: bold; margin: 4mm 0 6mm; }
.bs { margin: 5mm 0 3mm; }
.bp { display: flex; } .bp span { flex: 0 0 8mm; }
.aldus { margin-top: 7mm; }
.titel { padding-top: 90mm; break-after: page; text-align: right; }
.titel .t0 { font: 12pt 'DejaVu Sans Condensed'; color: #3c5a66; }
.titel .t1 { font: bold 26pt 'DejaVu Sans Condensed', 'DejaVu Sans'; margin: 2mm 0; }
.titel .t2 { font: italic 16pt 'DejaVu Serif Condensed', 'DejaVu Serif'; color: #c07a2c; }
.titel .t3 { font: 9pt 'DejaVu Sans Condensed'; margin-top: 30mm; }
h1 { font: bold 16pt 'DejaVu Sans Condensed', 'DejaVu Sans'; color: #3c5a66; break-before: page; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 0.6pt solid #c07a2c; }
h2 { font: bold 11pt 'DejaVu Sans Condensed', 'DejaVu Sans'; margin: 5mm 0 1.5mm; break-after: avoid; }
.lst { margin: 0 0 3mm 4mm; }
h1.bijl { font-size: 14pt; }
.gioregel { font-size: 9.5pt; }
.gioregel .gid { font: 8.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
