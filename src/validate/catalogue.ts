/**
 * The one catalogue of findings (issue 15 item 5): every code visie can report, with layer, severity, title and
 * source (the chain's rule or visie's own). It is assembled from the tables that declare codes — the rule modules of
 * the pakket/lvbb/geo/ow layers, the reader's `parseRules` and the GIO checks' `geoRules` (aggregated by import, so
 * their owners keep editing them in place), and below the codes the runner, the xsd and Schematron layers, the
 * package reader and the writers report. `visie validate --regels` prints it; test/validate/catalogue.test.ts
 * checks that every code spelled in src/ is here, that each has a test, and where it is emitted from.
 */
import { geoRules as gioRules } from '../gio/findings.js'
import type { Layer, Severity } from '../model/index.js'
import { parseRules } from '../parse/findings.js'
import { geoRules } from './geo/index.js'
import { lvbbRules } from './lvbb/index.js'
import { owRules } from './ow/index.js'
import { pakketRules } from './pakket/index.js'

export interface CatalogueEntry {
  readonly code: string
  readonly layer: Layer
  readonly severity: Severity
  readonly title: string
  /** 'keten': the chain's own rule (LVBB/STOP/BHKV/TPOD/OZON/GEOMETRY/REFERENTIE); 'eigen': visie's own check. */
  readonly source: 'keten' | 'eigen'
  /** The module that reports it (for codes outside the rule tables). */
  readonly module?: string
}

type Entry = Omit<CatalogueEntry, 'source'>

/** Codes reported outside the rule modules, sorted by code within each module. */
const other: readonly Entry[] = [
  // runner (src/validate/index.ts, versions.ts)
  { code: 'VISIE-001', layer: 'pakket', severity: 'waarschuwing', title: "Officiële schema's niet geïnstalleerd: XSD en Schematron overgeslagen", module: 'validate/index' },
  { code: 'VISIE-860', layer: 'pakket', severity: 'waarschuwing', title: 'Verklaarde STOP/LVBB-versie niet geïnstalleerd: alleen versie-onafhankelijke controles uitgevoerd', module: 'validate/versions' },
  { code: 'VISIE-862', layer: 'pakket', severity: 'waarschuwing', title: 'Verklaarde IMOW-versie niet ondersteund: OW-schema en OW-regels niet uitgevoerd', module: 'validate/versions' },
  // package reader (src/package/read.ts)
  { code: 'LVBB1001', layer: 'pakket', severity: 'blokkerend', title: 'Geen geldige ZIP', module: 'package/read' },
  { code: 'LVBB1004', layer: 'pakket', severity: 'blokkerend', title: 'Ongeldige tekens of pad in een bestandsnaam', module: 'package/read' },
  { code: 'LVBB1040', layer: 'pakket', severity: 'blokkerend', title: 'Bestand groter dan toegestaan', module: 'package/read' },
  { code: 'LVBB1041', layer: 'pakket', severity: 'blokkerend', title: 'Pakket groter dan toegestaan', module: 'package/read' },
  { code: 'LVBB1042', layer: 'pakket', severity: 'blokkerend', title: 'Dubbele bestandsnaam in de ZIP', module: 'package/read' },
  // xsd layer (src/validate/xsd): a schema error carries the chain's code for that kind of file
  { code: 'LVBB1006', layer: 'xsd', severity: 'blokkerend', title: 'opdracht.xml voldoet niet aan het schema', module: 'validate/xsd' },
  { code: 'LVBB1008', layer: 'xsd', severity: 'blokkerend', title: 'manifest.xml voldoet niet aan het schema', module: 'validate/xsd' },
  { code: 'LVBB1032', layer: 'xsd', severity: 'blokkerend', title: 'manifest-ow.xml voldoet niet aan het schema', module: 'validate/xsd' },
  { code: 'LVBB2003', layer: 'xsd', severity: 'blokkerend', title: 'Besluit voldoet niet aan het IMOP-schema', module: 'validate/xsd' },
  { code: 'LVBB3004', layer: 'xsd', severity: 'blokkerend', title: 'GML-bestand is niet verwerkbaar (geen welgevormde XML)', module: 'validate/xsd' },
  { code: 'LVBB3009', layer: 'xsd', severity: 'blokkerend', title: 'GML voldoet niet aan het schema van de Geometrie-standaard', module: 'validate/xsd' },
  { code: 'LVBB3501', layer: 'xsd', severity: 'blokkerend', title: 'Informatieobject voldoet niet aan het IO-schema', module: 'validate/xsd' },
  { code: 'TPOD1164', layer: 'xsd', severity: 'blokkerend', title: 'OW-bestand voldoet niet aan IMOW_Deelbestand.xsd', module: 'validate/xsd' },
  { code: 'XSD', layer: 'xsd', severity: 'blokkerend', title: 'Schemafout in een bestand waarvoor de keten geen eigen code heeft', module: 'validate/xsd' },
  { code: 'VISIE-800', layer: 'xsd', severity: 'blokkerend', title: 'Geen welgevormde XML', module: 'validate/xsd' },
  { code: 'VISIE-801', layer: 'xsd', severity: 'blokkerend', title: 'DOCTYPE in een aanleverbestand (extern: blokkerend, anders waarschuwing)', module: 'validate/xsd' },
  { code: 'VISIE-802', layer: 'xsd', severity: 'blokkerend', title: 'Onbekend rootelement', module: 'validate/xsd' },
  { code: 'VISIE-803', layer: 'xsd', severity: 'blokkerend', title: 'Schema niet geïnstalleerd of niet te compileren', module: 'validate/xsd' },
  { code: 'VISIE-804', layer: 'xsd', severity: 'informatie', title: 'Waarschuwing van de XML-parser', module: 'validate/xsd' },
  { code: 'VISIE-805', layer: 'xsd', severity: 'blokkerend', title: 'Meer schemafouten dan getoond', module: 'validate/xsd' },
  // Schematron layer (src/validate/schematron): STOPxxxx/BHKVxxxx come from the official rule files themselves
  { code: 'VISIE-850', layer: 'stop', severity: 'blokkerend', title: 'Schematron-regelbestanden ontbreken', module: 'validate/schematron' },
  { code: 'VISIE-851', layer: 'stop', severity: 'blokkerend', title: 'Schematron-regelbestand vertaalt niet', module: 'validate/schematron' },
  { code: 'VISIE-852', layer: 'stop', severity: 'waarschuwing', title: 'Document te groot voor de Schematron-laag', module: 'validate/schematron' },
  { code: 'VISIE-853', layer: 'stop', severity: 'blokkerend', title: 'Schematron-regel zonder code', module: 'validate/schematron' },
  { code: 'VISIE-854', layer: 'stop', severity: 'blokkerend', title: 'Schematron-regelbestand stopte op een document', module: 'validate/schematron' },
  { code: 'VISIE-855', layer: 'stop', severity: 'blokkerend', title: 'Schematron-controle gaf een fout', module: 'validate/schematron' },
  { code: 'VISIE-856', layer: 'stop', severity: 'informatie', title: 'Meer Schematron-bevindingen van één code dan getoond', module: 'validate/schematron' },
  // imop-geo.sch in TypeScript (src/validate/schematron/imop-geo.ts); the message is the rule file's own
  ...(
    [
      ['STOP3000', 'groepID bij een deel van de Locaties van een GIO'],
      ['STOP3001', 'groepID van een Locatie staat niet in de groepen'],
      ['STOP3006', 'kwantitatieveNormwaarde bij een deel van de Locaties'],
      ['STOP3007', 'kwalitatieveNormwaarde bij een deel van de Locaties'],
      ['STOP3008', 'Locatie met een kwalitatieve én een kwantitatieve normwaarde'],
      ['STOP3009', 'Kwantitatieve normwaarden zonder eenheid'],
      ['STOP3010', 'Lege kwalitatieveNormwaarde'],
      ['STOP3011', 'Normwaarden zonder norm'],
      ['STOP3012', 'Locatie met een groepID én een normwaarde'],
      ['STOP3013', 'basisgeo:id niet uniek in een GIO'],
      ['STOP3015', 'Kwalitatieve normwaarden met een eenheid'],
      ['STOP3016', 'Norm of eenheid zonder normwaarden'],
      ['STOP3020', 'srsName anders dan RD of ETRS89'],
      ['STOP3021', 'Niet overal dezelfde srsName in een GIO'],
      ['STOP3090', 'Optioneel GML-element dat een GIO niet mag gebruiken'],
    ] as const
  ).map(([code, title]): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title, module: 'validate/schematron/imop-geo' })),
  // The other official rule files in TypeScript (src/validate/schematron/ports.ts): the codes the ports spell; the
  // message and severity are the rule file's own (role fout: blokkerend; waarschuwing and ontraden: waarschuwing)
  ...['STOP1011', 'STOP1017', 'STOP1037', 'STOP1044', 'STOP1071', 'STOP1072', 'STOP2002', 'STOP2003', 'STOP2004', 'STOP2024', 'STOP2052', 'STOP2057', 'STOP2058', 'STOP2063'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'AKN/JOIN-identificatie of soortWork voldoet niet aan de STOP-regels (imop-aknjoin.sch)', module: 'validate/schematron/imop-aknjoin' }),
  ),
  ...['STOP1026', 'STOP1027', 'STOP1028', 'STOP1029', 'STOP2065', 'STOP2066'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'Consolidatie-informatie voldoet niet aan de STOP-regels (imop-consolidatie.sch)', module: 'validate/schematron/imop-consolidatie' }),
  ),
  ...['STOP1015', 'STOP1016', 'STOP1018', 'STOP1019', 'STOP1020', 'STOP1021', 'STOP1022', 'STOP1023', 'STOP1024', 'STOP1030', 'STOP1031', 'STOP1032', 'STOP1033', 'STOP1034', 'STOP1035', 'STOP1060', 'STOP1073', 'STOP1074', 'STOP1075'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'Metadata voldoet niet aan de STOP-regels (imop-metadata.sch)', module: 'validate/schematron/imop-metadata' }),
  ),
  ...['STOP1302', 'STOP1303', 'STOP1304', 'STOP1305', 'STOP1319'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'Procedureverloop voldoet niet aan de STOP-regels (stappen, volgorde) (imop-procedure.sch)', module: 'validate/schematron/imop-procedure' }),
  ),
  ...['STOP0001', 'STOP0002', 'STOP0005', 'STOP0006', 'STOP0007', 'STOP0012', 'STOP0013', 'STOP0014', 'STOP0015', 'STOP0016', 'STOP0017', 'STOP0018', 'STOP0020', 'STOP0021', 'STOP0022', 'STOP0023', 'STOP0043', 'STOP0044', 'STOP0050', 'STOP0053', 'STOP0055', 'STOP0058', 'STOP0060', 'STOP0061', 'STOP0062', 'STOP0064', 'STOP0068', 'STOP0070', 'STOP0075', 'STOP0084', 'STOP0085'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'Tekst voldoet niet aan de STOP-regels (structuur, verwijzingen, identificaties) (imop-tekst.sch)', module: 'validate/schematron/imop-tekst' }),
  ),
  ...['STOP0045', 'STOP0046', 'STOP0081', 'STOP0082', 'STOP0083'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'waarschuwing', title: 'Tekst voldoet niet aan de STOP-regels (structuur, verwijzingen, identificaties) (imop-tekst.sch)', module: 'validate/schematron/imop-tekst' }),
  ),
  ...['STOP0024', 'STOP0025', 'STOP0026', 'STOP0027', 'STOP0028', 'STOP0039', 'STOP0040', 'STOP0051', 'STOP0063', 'STOP0065', 'STOP0066', 'STOP0067', 'STOP0073', 'STOP0074', 'STOP1500'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'Component of tekstmutatie voldoet niet aan de STOP-regels (imop-tekstmutaties.sch)', module: 'validate/schematron/imop-tekstmutaties' }),
  ),
  ...['BHKV1004', 'BHKV1005', 'BHKV1006', 'BHKV1009', 'BHKV1010', 'BHKV1011', 'BHKV1028', 'BHKV1036', 'BHKV1044', 'BHKV1046', 'BHKV1047', 'BHKV1048', 'BHKV1049', 'BHKV1057', 'BHKV1058', 'BHKV1066', 'BHKV1067'].map(
    (code): Entry => ({ code, layer: 'lvbb', severity: 'blokkerend', title: 'Aanlevering voldoet niet aan de LVBB-bedrijfsregels (lvbb-aanlevering.sch)', module: 'validate/schematron/lvbb-aanlevering' }),
  ),
  ...['BHKV1014', 'BHKV1015', 'BHKV1016', 'BHKV1017', 'BHKV1018', 'BHKV1064', 'BHKV1065'].map(
    (code): Entry => ({ code, layer: 'lvbb', severity: 'blokkerend', title: 'Aanlevering van een informatieobject voldoet niet aan de LVBB-bedrijfsregels (lvbb-aanlevering-io.sch)', module: 'validate/schematron/lvbb-aanlevering-io' }),
  ),
  // package reader: hostile input (src/package/read.ts)
  { code: 'VISIE-502', layer: 'pakket', severity: 'blokkerend', title: 'Mogelijke ZIP-bom: bestand niet uitgepakt', module: 'package/read' },
  { code: 'VISIE-503', layer: 'pakket', severity: 'blokkerend', title: 'Te veel bestanden in het pakket', module: 'package/read' },
  { code: 'VISIE-504', layer: 'pakket', severity: 'blokkerend', title: 'Map of geen gewoon bestand in het pakket', module: 'package/read' },
  // writers' checks during `visie build` (src/ids, src/stop, src/ow): the same chain codes the validator gives
  { code: 'STOP0010', layer: 'stop', severity: 'blokkerend', title: 'IntRef verwijst naar een eId die niet bestaat', module: 'ids/index' },
  { code: 'STOP0011', layer: 'stop', severity: 'blokkerend', title: 'IntIoRef verwijst naar een ExtIoRef die niet bestaat', module: 'ids/index' },
  ...['STOP1000', 'STOP1001', 'STOP1002', 'STOP1003', 'STOP1004', 'STOP1006', 'STOP1007', 'STOP1008', 'STOP1009', 'STOP1010', 'STOP1012', 'STOP1013', 'STOP1014', 'STOP1038'].map(
    (code): Entry => ({ code, layer: 'stop', severity: 'blokkerend', title: 'AKN/JOIN-identificatie voldoet niet aan de STOP-regels (imop-aknjoin)', module: 'ids/akn-check' }),
  ),
  // LVBB2019–2021, which ids/akn-check reports while building too, are rules of the lvbb layer (lvbb/lvbb2008-identificatie)
  { code: 'VISIE-301', layer: 'bron', severity: 'blokkerend', title: 'eId/wId kon niet worden toegekend', module: 'ids/assign' },
  { code: 'VISIE-302', layer: 'bron', severity: 'waarschuwing', title: 'Figuur zonder afbeelding in visie.json', module: 'stop/besluit/figuur' },
  { code: 'VISIE-303', layer: 'bron', severity: 'blokkerend', title: 'Afbeelding van een figuur is niet te lezen', module: 'stop/besluit/figuur' },
  { code: 'VISIE-304', layer: 'bron', severity: 'blokkerend', title: 'Afbeelding van een figuur is geen PNG of JPEG', module: 'stop/besluit/figuur' },
  { code: 'VISIE-305', layer: 'bron', severity: 'informatie', title: 'Afbeelding zonder resolutie: 96 dpi aangenomen', module: 'stop/besluit/figuur' },
  { code: 'VISIE-310', layer: 'bron', severity: 'blokkerend', title: 'Inwerkingtreding in de tekst en visie.json verschillen', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-311', layer: 'bron', severity: 'blokkerend', title: 'Geen datum van inwerkingtreding', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-312', layer: 'bron', severity: 'waarschuwing', title: 'Inwerkingtreding alleen in visie.json', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-313', layer: 'bron', severity: 'waarschuwing', title: 'Inwerkingtreding zonder gewoon artikel', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-314', layer: 'bron', severity: 'informatie', title: 'Inwerkingtreding de dag na de bekendmaking', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-315', layer: 'bron', severity: 'waarschuwing', title: 'Besluit zonder inwerkingtreding: de dag na de bekendmaking', module: 'stop/besluit/consolidatie' },
  { code: 'VISIE-400', layer: 'ow', severity: 'blokkerend', title: 'ow.annotaties noemt een paragraaf die niet bestaat', module: 'ow/findings' },
  { code: 'VISIE-401', layer: 'ow', severity: 'blokkerend', title: 'OW-annotatie noemt een GIO die niet bruikbaar is', module: 'ow/findings' },
  { code: 'VISIE-402', layer: 'ow', severity: 'blokkerend', title: 'Divisie(tekst) zonder wId', module: 'ow/findings' },
  { code: 'VISIE-403', layer: 'ow', severity: 'blokkerend', title: 'Verwijzing naar een hoofdlijn die niet in ow.hoofdlijnen staat', module: 'ow/findings' },
  { code: 'VISIE-404', layer: 'ow', severity: 'blokkerend', title: 'Verwijzing naar een gebiedsaanwijzing die niet in ow.gebiedsaanwijzingen staat', module: 'ow/findings' },
  { code: 'VISIE-405', layer: 'ow', severity: 'waarschuwing', title: 'Hoofdlijn door geen tekstdeel gebruikt: weggelaten', module: 'ow/findings' },
  { code: 'VISIE-406', layer: 'ow', severity: 'waarschuwing', title: 'Gebiedsaanwijzing door geen tekstdeel gebruikt: weggelaten', module: 'ow/findings' },
  { code: 'VISIE-407', layer: 'ow', severity: 'blokkerend', title: 'Hoofdlijn-sleutel komt meer dan eens voor', module: 'ow/findings' },
  { code: 'VISIE-408', layer: 'ow', severity: 'blokkerend', title: 'Groep van een gebiedsaanwijzing hoort niet bij het type', module: 'ow/findings' },
  { code: 'VISIE-870', layer: 'bron', severity: 'blokkerend', title: 'Datum van inwerkingtreding in de tekst is niet te lezen', module: 'stop/besluit/consolidatie' },
  // wijzigingsbesluit (src/ids/versies, src/build/steps, src/stop/besluit/mutatie)
  { code: 'VISIE-901', layer: 'bron', severity: 'informatie', title: 'Tekst gekoppeld aan de vorige versie (wId behouden)', module: 'ids/versies' },
  { code: 'VISIE-902', layer: 'bron', severity: 'waarschuwing', title: 'visie.json noemt een ander regeling-work dan de vorige versie', module: 'build/steps' },
  { code: 'VISIE-903', layer: 'bron', severity: 'waarschuwing', title: 'Gewijzigde titel kan niet met een RegelingMutatie', module: 'stop/besluit/mutatie' },
  { code: 'VISIE-904', layer: 'bron', severity: 'blokkerend', title: 'Geen plaats om een nieuwe bijlage aan te hechten', module: 'stop/besluit/mutatie' },
  { code: 'VISIE-905', layer: 'bron', severity: 'blokkerend', title: 'Nieuwe regelingversie krijgt dezelfde expressie als de vorige', module: 'build/steps' },
  { code: 'VISIE-906', layer: 'geo', severity: 'informatie', title: 'Gewijzigde geometrie: nieuwe GIO-versie met geo:wasID', module: 'build/steps' },
  { code: 'VISIE-907', layer: 'geo', severity: 'informatie', title: 'Informatieobject niet meer in Bijlage I: ingetrokken', module: 'build/steps' },
  // validate --vorige (src/validate/renvooi) and the intrekking (src/stop/besluit/intrekking)
  { code: 'VISIE-910', layer: 'stop', severity: 'blokkerend', title: 'RegelingMutatie wijzigt niet de vorige versie (was)', module: 'validate/renvooi' },
  { code: 'VISIE-911', layer: 'stop', severity: 'blokkerend', title: 'Wijzigactie noemt een wId die de vorige versie niet heeft', module: 'validate/renvooi' },
  { code: 'VISIE-912', layer: 'stop', severity: 'blokkerend', title: 'Oude kant van de renvooi is niet de tekst van de vorige versie', module: 'validate/renvooi' },
  { code: 'VISIE-913', layer: 'stop', severity: 'blokkerend', title: 'Na de mutatie komt een wId twee keer voor', module: 'validate/renvooi' },
  { code: 'VISIE-914', layer: 'stop', severity: 'informatie', title: 'De mutatie past op de vorige versie', module: 'validate/renvooi' },
  { code: 'VISIE-915', layer: 'bron', severity: 'informatie', title: 'Sectie op een andere plaats gekoppeld: verplaatst (wId behouden)', module: 'ids/versies' },
  { code: 'VISIE-916', layer: 'stop', severity: 'blokkerend', title: 'Na de mutatie past een eId niet meer bij die van zijn ouder', module: 'validate/renvooi' },
  { code: 'VISIE-917', layer: 'bron', severity: 'blokkerend', title: 'Afbeelding onder de naam van een andere afbeelding uit de vorige versie', module: 'stop/besluit/index' },
  { code: 'VISIE-918', layer: 'bron', severity: 'informatie', title: 'Sleutel in visie.json gevonden op de titel van de kop, onder een ander nummer', module: 'model/kop-sleutel' },
  { code: 'VISIE-919', layer: 'bron', severity: 'waarschuwing', title: 'Sleutel in visie.json gevonden op het nummer van de kop, met een andere titel', module: 'model/kop-sleutel' },
  { code: 'VISIE-921', layer: 'bron', severity: 'blokkerend', title: 'Sleutel in visie.json past op meer dan één kop', module: 'model/kop-sleutel' },
  { code: 'VISIE-922', layer: 'bron', severity: 'waarschuwing', title: 'Annotatie op paragraafnummer wijst na de wijziging naar een andere paragraaf', module: 'build/annotatie-sleutels' },
  { code: 'VISIE-923', layer: 'bron', severity: 'waarschuwing', title: 'Afbeelding in visie.json die bij geen figuur en geen lege kop hoort', module: 'parse/figure-slots' },
  { code: 'VISIE-920', layer: 'bron', severity: 'blokkerend', title: 'Intrekking zonder datum van inwerkingtreding', module: 'stop/besluit/intrekking' },
  { code: 'VISIE-930', layer: 'geo', severity: 'informatie', title: 'GIO van het ontwerp opnieuw aangeleverd als vastgestelde versie', module: 'build/steps' },
  { code: 'VISIE-931', layer: 'geo', severity: 'informatie', title: 'GIO gewijzigd sinds het ontwerp', module: 'build/steps' },
  { code: 'LVBB4703', layer: 'lvbb', severity: 'blokkerend', title: 'Inzagetermijn begint vóór de bekendmaking van de kennisgeving', module: 'build/procedure' },
  { code: 'LVBB4758', layer: 'lvbb', severity: 'blokkerend', title: 'Einde inzagetermijn ligt vóór het begin', module: 'build/procedure' },
  { code: 'LVBB4759', layer: 'lvbb', severity: 'blokkerend', title: 'Kennisgeving bekendgemaakt vóór het besluit waarover zij gaat', module: 'build/procedure' },
  { code: 'VISIE-932', layer: 'bron', severity: 'blokkerend', title: 'Kennisgeving van het ontwerp zonder inzagetermijn', module: 'build/procedure' },
  { code: 'VISIE-933', layer: 'bron', severity: 'blokkerend', title: 'Geen procedurestappen om aan te leveren', module: 'build/procedure' },
  { code: 'VISIE-934', layer: 'pakket', severity: 'waarschuwing', title: 'Productiebouw van een pakket dat nooit voor pre-productie is gebouwd', module: 'build/omgeving' },
  { code: 'VISIE-935', layer: 'pakket', severity: 'waarschuwing', title: 'Verslag van de LVBB over een idLevering die het project niet levert', module: 'cli/commands/verslag' },
  { code: 'TPOD1110', layer: 'ow', severity: 'blokkerend', title: 'ow.annotaties annoteert een bijlage of toelichting', module: 'ow/findings' },
]

const chainCode = /^(LVBB|STOP|BHKV|TPOD|OZON)\d{4}$|^GEOMETRY\.|^REFERENTIE\./

function entry(e: Entry): CatalogueEntry {
  return { ...e, source: chainCode.test(e.code) ? 'keten' : 'eigen' }
}

const fromRules = [...pakketRules, ...lvbbRules, ...geoRules, ...owRules].map((r) => entry({ code: r.code, layer: r.layer, severity: r.severity, title: r.title }))
const fromParse = Object.entries(parseRules).map(([code, r]) => entry({ code, layer: 'bron', severity: r.severity as Severity, title: r.title, module: 'parse/findings' }))
const fromGio = Object.entries(gioRules).map(([code, r]) => entry({ code, layer: 'geo', severity: r.severity as Severity, title: firstWords(code), module: 'gio/findings' }))

/** gio's table has no titles; its code stands in until it gets one. */
function firstWords(code: string): string {
  return `GIO-bouwcontrole ${code}`
}

const byCode = (a: CatalogueEntry, b: CatalogueEntry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0)

/** Every code, sorted by code (code-unit order); a code appears once per layer that reports it. */
export const catalogue: readonly CatalogueEntry[] = [...fromRules, ...other.map(entry), ...fromParse, ...fromGio].sort(byCode)
