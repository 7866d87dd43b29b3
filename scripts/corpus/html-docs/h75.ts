/**
 * h75 — gemeente Epe (gm0232), holdout (end of session 10): a gemeente of about 33.000 inwoners on the Veluwe.
 * Content after the gemeente's public news items on its omgevingsvisie "Natuurlijk goed leven" (adopted unanimously
 * by the raad on 9 December 2021 after being "op enkele punten aangescherpt"; the visie opens with the waardevolle
 * leefomgeving — natuur, landschap and the eigen karakter of dorpen and gebieden — as "het DNA van de gemeente",
 * then four pijlers "duurzame toekomst", "gezondheid, zorg en welzijn", "goed wonen" and "ondernemen", then choices
 * for the gebieden and dorpen Veluwe, Veluweflank, IJsselvallei, Emst, Epe, Oene and Vaassen) and the adviser's public
 * project page (nearly one third of the gemeente protected nature; beekdalen in the Veluweflank; the IJsselvallei
 * with room for landbouw; "Natuurlijk" the trots, "Goed" the kwaliteit, "Leven" the kansen to wonen, werken and
 * recreëren; zonering of the buitengebied, natuurherstel, transitie op de Veluweflank, toekomstbestendige landbouw),
 * here as a visie of 2027, shortened and partly in our own words. Layout: A4 portrait in DejaVu Sans 9 pt; chapters
 * numbered with TWO DIGITS ("01", "02", …) in large light type on a line of their own above the title, sections
 * "2.1" (without the leading zero), sub-sections "4.1.1"; running header "gemeente Epe" on the left and
 * "Omgevingsvisie · vastgesteld 9 december 2027" on the right; the bare page number in the outer bottom corner
 * (left and right pages); pijler kaders with a coloured left border; ■-lists and a list "1."; a table; Artikel 1–3
 * with titles after a dash ("Artikel 1 – Vaststelling"; the third naming a date of inwerkingtreding), signatures
 * side by side; visie as "Bijlage I"; GIO table Naam | Identificatie | Paragraaf.
 */
import { DocBuilder, gidCell, type DocSpec, type Kop, type Marker } from '../html-model.js'
import { gioSlug, handtekeningen, SIG_CSS } from './h-util.js'

const gio = gioSlug('gm0232', '2027', '2027-12-09', '1')
const GIOS = [
  { ...gio('Gemeente Epe', 'gemeente-epe', [0, 0], 7), par: '—' },
  { ...gio('Veluwe (Natura 2000)', 'veluwe-natura-2000', [-4, 0], 4), par: '4.1' },
  { ...gio('Veluweflank en beekdalen', 'veluweflank-beekdalen', [0, 0], 2.5), par: '4.2' },
  { ...gio('IJsselvallei', 'ijsselvallei', [4, 0], 3), par: '4.3' },
  { ...gio('Zoekgebied kleinschalige woningbouw Veluweflank', 'zoekgebied-kleinschalige-woningbouw-veluweflank', [0.5, 2], 1), par: '4.2.2' },
  { ...gio('Kern Vaassen', 'kern-vaassen', [0, -4], 1), par: '4.4' },
]

const kop = (k: Kop): string =>
  k.niveau === 1
    ? `<h1><span class="n">${k.nummer}</span><span class="t">${k.opschrift}</span></h1>`
    : k.niveau === 2
      ? `<h2>${k.nummer}&#160;&#160;${k.opschrift}</h2>`
      : `<h3>${k.nummer}&#160;&#160;${k.opschrift}</h3>`
const blok: Marker[] = [{ glyph: '■', font: 'DejaVu Sans' }, { glyph: '–' }]
const num: Marker[] = [{ counter: '1', suffix: '.' }]

export function build(): { spec: DocSpec; doc: DocBuilder } {
  const d = new DocBuilder(kop)
  d.page('besluit').raw(`
<div class="besluit">
<p class="gem">gemeente Epe · raadsbesluit nr. 2027-118</p>
<p class="ttl">Besluit van de raad van de gemeente Epe tot vaststelling van de Omgevingsvisie Epe ‘Natuurlijk goed leven’</p>
<p>De raad van de gemeente Epe,</p>
<p>gelezen het voorstel van burgemeester en wethouders van 26 oktober 2027, nr. 2027-118;</p>
<p>overwegende dat de omgevingsvisie na een uitgebreid participatieproces met inwoners, gebiedspartners voor natuur, landschap en de agrarische sector en andere organisaties tot stand is gekomen;</p>
<p>overwegende dat de visie naar aanleiding van de behandeling in de raad op enkele punten is aangescherpt;</p>
<p>gelet op artikel 3.1, eerste lid, van de Omgevingswet;</p>
<p class="bs">BESLUIT</p>
<p class="art">Artikel 1 – Vaststelling</p>
<p>De Omgevingsvisie Epe ‘Natuurlijk goed leven’, opgenomen in bijlage I bij dit besluit, wordt vastgesteld.</p>
<p class="art">Artikel 2 – Werkingsgebieden</p>
<p>De werkingsgebieden van de omgevingsvisie zijn vastgelegd in de informatieobjecten die in de bijlage bij de omgevingsvisie zijn genoemd.</p>
<p class="art">Artikel 3 – Inwerkingtreding</p>
<p>Dit besluit treedt in werking met ingang van 1 februari 2028.</p>
<p class="aldus">Aldus besloten in de openbare raadsvergadering van 9 december 2027.</p>
${handtekeningen(['De raad voornoemd,<br>de griffier,', 'mr. E.J. Dijkman'], ['<br>de voorzitter,', 'J.P. van Hattem'])}
</div>`)
  d.page('titel').raw(`
<div class="titel">
<p class="t0">Bijlage I bij raadsbesluit nr. 2027-118</p>
<p class="t1">Omgevingsvisie Epe ‘Natuurlijk goed leven’</p>
<p class="t2">Toekomstvisie voor de fysieke leefomgeving</p>
</div>`)

  d.page('std').enter('visie')
  d.kop(1, '01', 'Inleiding')
  d.p('De gemeente Epe ligt in een uniek landschap: bijna een derde van de gemeente is beschermde natuur. De gemeente heeft bijzondere beekdalen in de Veluweflank en een fraaie IJsselvallei waar ruimte is voor landbouw.')
  d.kop(2, '1.1', 'Natuurlijk goed leven')
  d.p('De titel van deze visie laat zien waar het in Epe om draait:')
  d.list(['<b>Natuurlijk</b> is de leefomgeving en de trots van de gemeente;', '<b>Goed</b> staat voor de kwaliteit die we nastreven;', '<b>Leven</b> staat voor de kansen om te wonen, werken en recreëren.'], blok)
  d.kop(2, '1.2', 'Hoe deze visie tot stand kwam')
  d.p('In het najaar van 2019 zijn we in gesprek gegaan met ketenpartners, scholieren en inwoners, op straat en via het inwonerspanel Epe Spreekt. Ongeveer duizend mensen vulden een vragenlijst in. Gezondheid, ruimtelijke kwaliteit en natuur, en wonen werden het vaakst genoemd.')

  d.kop(1, '02', 'Waardevolle leefomgeving')
  d.p('De waardevolle leefomgeving is het DNA van de gemeente en is verweven in alle keuzes en afwegingen, van maatwerk in de landbouw tot en met voldoende woningbouw.')
  d.kop(2, '2.1', 'Natuur en landschap')
  d.p('De Veluwe, de Veluweflank en de IJsselvallei hebben elk een eigen landschap. We beschermen de kernkwaliteiten ervan en versterken de biodiversiteit.')
  d.kop(2, '2.2', 'Het eigen karakter van de dorpen')
  d.p('Emst, Epe, Oene en Vaassen zijn dorpen met een eigen gezicht. Nieuwe ontwikkelingen sluiten aan op dat karakter.')

  d.kop(1, '03', 'Vier pijlers')
  d.p('Op de waardevolle leefomgeving bouwen vier pijlers.')
  d.kop(2, '3.1', 'Duurzame toekomst')
  d.p('We wekken energie op met zon op daken en op plekken waar het landschap het toelaat, en we passen de openbare ruimte aan op het veranderende klimaat.')
  d.kop(2, '3.2', 'Gezondheid, zorg en welzijn')
  d.p('Een groene omgeving nodigt uit tot bewegen en ontmoeten. Ouderen kunnen langer zelfstandig wonen dicht bij voorzieningen.')
  d.kop(2, '3.3', 'Goed wonen')
  d.p('Er is een tekort aan betaalbare woningen voor starters en senioren. We bouwen daarom:')
  d.list(['eerst binnen de kernen;', 'daarna aan de randen van de kernen;', 'kleinschalig op de Veluweflank, als dat bijdraagt aan natuur en landschap.'], num)
  d.kop(2, '3.4', 'Ondernemen')
  d.p('Recreatie en toerisme, de landbouw en het midden- en kleinbedrijf dragen de lokale economie.')
  d.table(['Sector', 'Waar', 'Richting'], [['Landbouw', 'IJsselvallei', 'toekomstbestendig, met ontwikkelruimte'], ['Recreatie', 'Veluwe en Veluweflank', 'kwaliteit boven kwantiteit'], ['Bedrijven', 'Vaassen en Epe', 'bestaande terreinen benutten']], 'tbl t')

  d.kop(1, '04', 'Gebieden en dorpen')
  d.kop(2, '4.1', 'Veluwe')
  d.p('Op de Veluwe staat natuurherstel voorop. Nieuwe functies zijn hier niet aan de orde.')
  d.kop(2, '4.2', 'Veluweflank')
  d.p('Vanuit het belang van de natuur zetten we in op een bredere schakering met andere functies.')
  d.kop(3, '4.2.1', 'Transitie van de landbouw')
  d.p('Agrarische bedrijven op de Veluweflank krijgen de ruimte om om te schakelen naar natuurinclusieve landbouw of naar andere functies.')
  d.kop(3, '4.2.2', 'Bos, recreatie en kleinschalige woningbouw')
  d.p('In het zoekgebied op de Veluweflank is ruimte voor nieuw bos, recreatie en kleinschalige woningbouw, als dat de natuur versterkt.')
  d.kop(2, '4.3', 'IJsselvallei')
  d.p('In de IJsselvallei is meer agrarische ontwikkelruimte, met oog voor de versterking van de biodiversiteit:')
  d.list(['ruimte voor schaalvergroting op bestaande bouwpercelen;', { text: 'landschapselementen terugbrengen, zoals:', sub: ['houtwallen en singels;', 'poelen.'] }], blok)
  d.kop(2, '4.4', 'De dorpen Emst, Epe, Oene en Vaassen')
  d.p('Epe en Vaassen houden een compleet voorzieningenaanbod. In Emst en Oene staat leefbaarheid voorop.')

  d.kop(1, '05', 'Samen verder')
  d.p('Ook bij het handen en voeten geven aan de visie betrekken we inwoners, ondernemers en organisaties. De visie is geen blauwdruk, maar een handelingsperspectief met richtinggevende uitspraken.')

  d.page('bijl')
  d.bijlage('', 'Werkingsgebieden', '<h2 class="bijl">Bijlage bij de omgevingsvisie — Werkingsgebieden</h2>')
  d.gioTabelRows(GIOS, ['Naam', 'Identificatie', 'Paragraaf'], (g) => [g.naam, gidCell(g.identificatie, true), g.par], 'gio', ['34%', '54%', '12%'])

  const hd = "font: 7.5pt 'DejaVu Sans'; color: #5a7a3a;"
  const spec: DocSpec = {
    id: 'h75',
    set: 'holdout',
    bron: 'Bewerkt naar openbare nieuwsberichten van de gemeente Epe over de omgevingsvisie "Natuurlijk goed leven" (op 9 december 2021 unaniem vastgesteld na aanscherping op enkele punten; de waardevolle leefomgeving als DNA van de gemeente; vier pijlers duurzame toekomst, gezondheid zorg en welzijn, goed wonen, ondernemen; keuzes voor Veluwe, Veluweflank, IJsselvallei, Emst, Epe, Oene en Vaassen; participatie sinds 2019 met Epe Spreekt) en de openbare projectpagina van de adviseur (bijna een derde beschermde natuur, beekdalen, IJsselvallei, Natuurlijk/Goed/Leven, zonering van het buitengebied), hier als visie van 2027, ingekort en deels in eigen woorden; eigen opmaak: A4 staand in DejaVu Sans 9 pt, hoofdstukken met twee cijfers ("01", "02", …) groot op een eigen regel boven de titel, paragrafen "2.1" zonder voorloopnul, subparagrafen "4.2.1", kopregel "gemeente Epe" links en "Omgevingsvisie · vastgesteld 9 december 2027" rechts, alleen een paginanummer in de buitenste benedenhoek, ■-lijsten en lijst "1.", een tabel, Artikel 1–3 met titels na een streep (inwerkingtreding op een datum), handtekeningen naast elkaar, visie als "Bijlage I", GIO-tabel Naam | Identificatie | Paragraaf (holdout)',
    bevoegdGezag: 'gm0232',
    naam: 'Gemeente Epe',
    besluit: {
      opschrift: 'Besluit van de raad van de gemeente Epe tot vaststelling van de Omgevingsvisie Epe ‘Natuurlijk goed leven’',
      artikelen: ['1', '2', '3'],
      inwerkingtreding: '2028-02-01',
    },
    visieOpschrift: 'Omgevingsvisie Epe ‘Natuurlijk goed leven’',
    gios: GIOS,
    config: {
      werk: { jaar: '2027', besluit: 'omgevingsvisie-epe', regeling: 'omgevingsvisie-epe', doel: 'omgevingsvisie-epe' },
      datums: { vaststelling: '2027-12-09', ondertekening: '2027-12-09', bekendmaking: '2028-01-11', inwerkingtreding: '2028-02-01' },
      soortBestuursorgaan: '/tooi/def/thes/kern/c_2a7d8663',
      ambtsgebied: 'GM0232',
      oin: '00000001000000232000',
      achtergrondActualiteit: '2027-10-01',
    },
    geo: { origin: [199000, 485000] },
    meubilair: ['^gemeente Epe( Omgevingsvisie · vastgesteld 9 december 2027)?$', '^\\d+$'],
    title: 'Omgevingsvisie Epe — Natuurlijk goed leven',
    css: `
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
@page std:left { @top-left { content: "gemeente Epe"; ${hd} } @top-right { content: "Omgevingsvisie · vastgesteld 9 december 2027"; ${hd} } @bottom-left { content: counter(page); ${hd} } }
@page std:right { @top-left { content: "gemeente Epe"; ${hd} } @top-right { content: "Omgevingsvisie · vastgesteld 9 december 2027"; ${hd} } @bottom-right { content: counter(page); ${hd} } }
@page bijl { @top-left { content: "gemeente Epe"; ${hd} } @top-right { content: "Omgevingsvisie · vastgesteld 9 december 2027"; ${hd} } @bottom-right { content: counter(page); ${hd} } }
body { font: 9pt/1.5 'DejaVu Sans', sans-serif; color: #222; }
p { margin: 0 0 2.2mm; }
.gem { font-size: 8pt; color: #5a7a3a; }
.ttl { font: bold 13pt 'DejaVu Sans'; margin: 2mm 0 5mm; }
.bs { font-weight: bold; letter-spacing: 0.5pt; margin: 4mm 0 2mm; }
.art { font-weight: bold; margin: 3mm 0 1mm; }
.aldus { margin-top: 4mm; }
${SIG_CSS}
.besluit { break-after: page; }
.titel { padding-top: 80mm; break-after: page; }
.titel .t0 { font-size: 9pt; color: #666; }
.titel .t1 { font: bold 24pt 'DejaVu Sans'; color: #5a7a3a; margin: 4mm 0 2mm; }
.titel .t2 { font: 15pt 'DejaVu Serif'; }
h1 { margin: 10mm 0 4mm; break-after: avoid; }
h1 .n { display: block; font: 200 34pt/1 'DejaVu Sans'; color: #a9c28a; }
h1 .t { display: block; font: bold 17pt 'DejaVu Sans'; color: #3f5a26; margin-top: 1mm; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #3f5a26; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font: bold 9.5pt 'DejaVu Sans'; margin: 3mm 0 1mm; break-after: avoid; }
div.lst { margin: 0 0 2.5mm 3mm; }
.li .m { color: #5a7a3a; }
table.t { width: 100%; margin: 1mm 0 3mm; font-size: 8.5pt; }
table.t th { background: #e4eed8; padding: 1mm; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 1mm; }
.pg[style*="bijl"] { break-before: page; }
h2.bijl { font: bold 13pt 'DejaVu Sans'; color: #3f5a26; }
table.gio { width: 100%; font-size: 8.5pt; }
table.gio th { text-align: left; border-bottom: 1pt solid #5a7a3a; padding: 1mm; }
table.gio td { padding: 1.5mm 1mm; vertical-align: top; border-bottom: 0.4pt solid #ccc; }
.gid { font: 7.5pt 'DejaVu Sans Mono'; }
`,
  }
  return { spec, doc: d }
}
