/**
 * An audit of `visie validate` against the chain's rule catalogues, independent of the test suite:
 * `VISIE_SHARED=… VISIE_SCHEMAS=… npx tsx scripts/conformance-audit.ts [--lagen pakket,lvbb,…] [-v] [codes…]`.
 *
 * 1. Every accepted example package in the reference folder (stop/examples, imow/examples) and visie's own Assen
 *    package is validated through all layers: every blocking finding there is a false blocker.
 * 2. Per chain code a mutation of one of those packages (remove an element, break a hash, wrong date order, dangling
 *    reference, wrong objecttype, duplicate id, …) is zipped, read back as anyone's package and validated. The findings
 *    the mutation added (compared with the unbroken package) are classified: exact (the code, its severity, the file
 *    and — where the table names a needle — the line), other-code (blocking, but other codes), missed, crash.
 * 3. The codes of the catalogues (stop/docs/Validaties-LVBB-STOP-BHKV.md, Validaties-TPOD.md) that need the registry,
 *    the procedure state or the chain's own processing are listed apart with the reason; codes neither mutated nor
 *    listed apart are printed as gaps of the audit.
 *
 * Nothing is written but temporary ZIPs under the OS temp dir, removed at the end. Not a test: it measures.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import yazl from 'yazl'
import { buildPackage } from '../src/build/index.js'
import type { Finding } from '../src/model/index.js'
import { readPackage } from '../src/package/read.js'
import { validatePackage, type Report } from '../src/validate/index.js'
import { edit, gm9920, loadFolder, loadPv28Clean, text, without, withFile, type File } from '../test/validate/package-fixtures.js'
import { fixture, schemasDir, sharedDir } from '../test/support/shared.js'

type Base = 'pv28' | 'gm9920' | 'assen'

interface Mutation {
  /** The chain's code the LVBB/OZON would give for this defect. */
  readonly code: string
  /** The catalogue rules (TPODxxxx) this defect breaks when the chain reports it under another code (OZON's). */
  readonly regels?: readonly string[]
  readonly base: Base
  readonly what: string
  readonly apply: (files: File[]) => File[] | Promise<File[]>
  /** The file the chain's melding is about (default: any). */
  readonly file?: string
  /** A text in the mutated file on the line the melding must point at. */
  readonly needle?: string
  /** The chain's severity (default blokkerend). */
  readonly ernst?: 'blokkerend' | 'waarschuwing'
  /** Raw ZIP bytes instead of files (for faults of the ZIP itself). */
  readonly zip?: (files: File[]) => Promise<Uint8Array>
  readonly vandaag?: string
}

// ---------------------------------------------------------------------------------------------------------------
// helpers to break a package
const BESLUIT = 'akn_nl_bill_pv28-1-7.xml'
const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

function sub(name: string, from: string | RegExp, to: string): (files: File[]) => File[] {
  return (files) => edit(files, name, (t) => t.replace(from, to))
}
function all(...steps: ((files: File[]) => File[])[]): (files: File[]) => File[] {
  return (files) => steps.reduce((f, s) => s(f), files)
}
function drop(name: string, alsoManifest = true): (files: File[]) => File[] {
  return (files) => {
    const out = without(files, name)
    return alsoManifest ? unlist(name)(out) : out
  }
}
function unlist(name: string): (files: File[]) => File[] {
  return sub('manifest.xml', new RegExp(`\\s*<(lvbb:)?bestand>\\s*<(lvbb:)?bestandsnaam>${name.replace('.', '\\.')}</(lvbb:)?bestandsnaam>\\s*<(lvbb:)?contentType>[^<]*</(lvbb:)?contentType>\\s*</(lvbb:)?bestand>`), '')
}
function list(name: string, contentType: string): (files: File[]) => File[] {
  return (files) => {
    const t = text(files, 'manifest.xml')
    const p = t.includes('<lvbb:bestand>') ? 'lvbb:' : ''
    return edit(files, 'manifest.xml', (m) =>
      m.replace(new RegExp(`</${p}manifest>`), `<${p}bestand><${p}bestandsnaam>${name}</${p}bestandsnaam><${p}contentType>${contentType}</${p}contentType></${p}bestand></${p}manifest>`),
    )
  }
}
function add(name: string, content: string | Uint8Array, contentType = 'application/xml'): (files: File[]) => File[] {
  return (files) => list(name, contentType)(withFile(files, name, content))
}
/** The IO XML carries the SHA-512 of its GML: recompute after a GML edit so only the intended rule breaks. */
function rehash(files: File[]): File[] {
  const hashes = new Map(files.filter((f) => f.name.endsWith('.gml')).map((f) => [f.name, createHash('sha512').update(f.bytes).digest('hex')]))
  return files.map((f) => {
    if (!f.name.endsWith('.xml')) return f
    const t = new TextDecoder().decode(f.bytes)
    if (!t.includes('<hash>')) return f
    const out = t.replace(/(<(?:\w+:)?bestandsnaam>([^<]*)<\/(?:\w+:)?bestandsnaam>\s*<(?:\w+:)?hash>)[0-9a-f]*/g, (m, head: string, gml: string) => {
      const h = hashes.get(gml)
      return h ? head + h : m
    })
    return out === t ? f : { name: f.name, bytes: enc(out) }
  })
}
function gml(name: string, from: string | RegExp, to: string): (files: File[]) => File[] {
  return (files) => rehash(sub(name, from, to)(files))
}
async function zipBytes(entries: readonly File[]): Promise<Uint8Array> {
  const zip = new yazl.ZipFile()
  for (const e of entries) zip.addBuffer(Buffer.from(e.bytes), e.name, { mtime: new Date(0) })
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

// ---------------------------------------------------------------------------------------------------------------
// the mutation table: one (or a few) faulty variants per chain code
const OWD = 'owDivisie.xml'
const OWL = 'owLocaties.xml'
const OWG = 'owGebiedsaanwijzingen.xml'
const OWH = 'owHoofdlijn.xml'
const OWR = 'owRegelingsgebied.xml'
const GIO = 'GIO_Metropool-v1.xml'
const GML = 'Metropool-v1.gml'
const GIO207 = '/join/id/regdata/pv28/2021/gio207/nld@2021-11-17;1'
const DOEL = '/join/id/proces/pv28/2021-11-17/7_1_Instelling'

const mutations: readonly Mutation[] = [
  // pakket
  { code: 'LVBB1001', base: 'pv28', what: 'ZIP is geen ZIP', apply: (f) => f, zip: async () => enc('dit is geen zip') },
  { code: 'LVBB1002', base: 'pv28', what: 'opdracht.xml ontbreekt', apply: drop('opdracht.xml') },
  { code: 'LVBB1003', base: 'pv28', what: 'manifest.xml ontbreekt', apply: drop('manifest.xml', false) },
  { code: 'LVBB1004', base: 'pv28', what: 'bestandsnaam met ongeldig teken', apply: add('over*zicht.xml', '<a/>') },
  { code: 'LVBB1006', base: 'pv28', what: 'opdracht.xml met onbekend element', file: 'opdracht.xml', apply: sub('opdracht.xml', '<publicatie>', '<onbekend/><publicatie>') },
  { code: 'LVBB1008', base: 'pv28', what: 'manifest.xml met onbekend element', file: 'manifest.xml', apply: sub('manifest.xml', '<lvbb:bestand>', '<lvbb:onbekend/><lvbb:bestand>') },
  { code: 'LVBB1009', base: 'pv28', what: 'manifest noemt een bestand dat ontbreekt', file: 'manifest.xml', apply: list('extra.xml', 'application/xml') },
  { code: 'LVBB1010', base: 'pv28', what: 'bestand niet in manifest', apply: (f) => withFile(f, 'extra.xml', '<a/>') },
  { code: 'LVBB1016', regels: ['TPOD1161'], base: 'pv28', what: 'manifest-ow noemt een bestand dat ontbreekt', file: 'manifest-ow.xml', apply: drop(OWH) },
  { code: 'LVBB1018', base: 'gm9920', what: 'contentType van de JPEG is image/png', apply: sub('manifest.xml', 'image/jpeg', 'image/png') },
  { code: 'LVBB1019', base: 'pv28', what: 'contentType niet toegestaan', file: 'manifest.xml', apply: sub('manifest.xml', /application\/xml(<\/lvbb:contentType>\s*<\/lvbb:bestand>\s*<\/lvbb:manifest>)/, 'text/plain$1') },
  { code: 'LVBB1020', base: 'pv28', what: 'contentType leeg', file: 'manifest.xml', apply: sub('manifest.xml', /application\/xml(<\/lvbb:contentType>\s*<\/lvbb:bestand>\s*<\/lvbb:manifest>)/, '$1') },
  { code: 'LVBB1021', base: 'gm9920', what: 'contentType pdf voor een XML-bestand', apply: sub('manifest.xml', /(<bestandsnaam>regelteksten\.xml<\/bestandsnaam>\s*<contentType>)application\/xml/, '$1application/pdf') },
  { code: 'LVBB1025', base: 'pv28', what: 'objecttype Geometrie in manifest-ow', file: 'manifest-ow.xml', needle: '<naam>owLocaties.xml', apply: sub('manifest-ow.xml', '<objecttype>Gebied</objecttype>', '<objecttype>Gebied</objecttype><objecttype>Geometrie</objecttype>') },
  {
    code: 'LVBB1026', base: 'pv28', what: 'OW-bestandsnaam eindigt op .gml', file: 'manifest-ow.xml',
    apply: (f) => {
      const t = text(f, OWR)
      return all(sub('manifest-ow.xml', `<naam>${OWR}`, '<naam>owRegelingsgebied.gml'), sub('manifest.xml', `>${OWR}<`, '>owRegelingsgebied.gml<'))(withFile(without(f, OWR), 'owRegelingsgebied.gml', t))
    },
  },
  { code: 'LVBB1027', regels: ['TPOD1225'], base: 'pv28', what: 'manifest-ow.xml ontbreekt', apply: drop('manifest-ow.xml') },
  { code: 'LVBB1041', base: 'pv28', what: 'een leeg bestand (0 bytes)', apply: add('leeg.xml', new Uint8Array(0)) },
  {
    code: 'LVBB1042', base: 'pv28', what: 'twee ZIP-entries met dezelfde naam', apply: (f) => f,
    zip: async (f) => zipBytes([...f, f.find((x) => x.name === 'opdracht.xml') as File]),
  },
  { code: 'LVBB1575', base: 'pv28', what: 'manifest.xml noemt een bestand twee keer', file: 'manifest.xml', apply: list('opdracht.xml', 'application/xml') },
  // opdracht
  { code: 'LVBB1501', base: 'pv28', what: 'datumBekendmaking in het verleden', file: 'opdracht.xml', needle: '<datumBekendmaking>', apply: (f) => f, vandaag: '2026-12-04' },
  { code: 'LVBB1505', base: 'pv28', what: 'geen datumBekendmaking', file: 'opdracht.xml', apply: sub('opdracht.xml', /\s*<datumBekendmaking>[^<]*<\/datumBekendmaking>/, '') },
  { code: 'LVBB1506', base: 'pv28', what: 'publicatie noemt een bestand dat ontbreekt', file: 'opdracht.xml', needle: '<publicatie>', apply: sub('opdracht.xml', `<publicatie>${BESLUIT}`, '<publicatie>besluit.xml') },
  { code: 'LVBB1510', base: 'pv28', what: 'geen idBevoegdGezag', file: 'opdracht.xml', apply: sub('opdracht.xml', /\s*<idBevoegdGezag>[^<]*<\/idBevoegdGezag>/, '') },
  { code: 'LVBB1511', base: 'pv28', what: 'geen idAanleveraar', file: 'opdracht.xml', apply: sub('opdracht.xml', /\s*<idAanleveraar>[^<]*<\/idAanleveraar>/, '') },
  { code: 'LVBB1515', base: 'pv28', what: 'publicatie noemt een GIO', file: 'opdracht.xml', needle: '<publicatie>', apply: sub('opdracht.xml', `<publicatie>${BESLUIT}`, `<publicatie>${GIO}`) },
  { code: 'LVBB1519', base: 'pv28', what: 'datumBekendmaking op zaterdag', file: 'opdracht.xml', needle: '<datumBekendmaking>', apply: sub('opdracht.xml', '2021-11-19', '2021-11-20') },
  {
    code: 'LVBB1580', base: 'pv28', what: 'juridischWerkendVanaf > 90 dagen na bekendmaking', file: BESLUIT,
    apply: sub(BESLUIT, /(<soortTijdstempel>juridischWerkendVanaf<\/soortTijdstempel>\s*<datum>)[^<]*/, '$12022-06-01'),
  },
  // besluit
  { code: 'LVBB2003', base: 'pv28', what: 'besluit met onbekend element', file: BESLUIT, apply: sub(BESLUIT, '<informatieobjectRefs>', '<onbekend/><informatieobjectRefs>') },
  { code: 'LVBB2008', base: 'pv28', what: 'identificatie begint niet met akn of join', file: BESLUIT, apply: sub(BESLUIT, /<doel>\/join\/id\/proces\/pv28/g, '<doel>/xxx/id/proces/pv28') },
  { code: 'LVBB2011', base: 'pv28', what: 'JOIN-deel 2 is geen id', file: BESLUIT, apply: sub(BESLUIT, /<doel>\/join\/id\/proces\/pv28/g, '<doel>/join/ix/proces/pv28') },
  { code: 'LVBB2016', base: 'pv28', what: 'taal van een expressie ongeldig', file: BESLUIT, apply: sub(BESLUIT, /\/akn\/nl\/act\/pv28\/2021\/1_7\/nld@/g, '/akn/nl/act/pv28/2021/1_7/xyz@') },
  { code: 'LVBB2017', base: 'pv28', what: 'punt in de identificatie van het doel', file: BESLUIT, apply: sub(BESLUIT, /7_1_Instelling/g, '7.1_Instelling') },
  { code: 'LVBB2019', base: 'pv28', what: 'identificatie met zes delen', file: BESLUIT, apply: sub(BESLUIT, /\/join\/id\/proces\/pv28\/2021-11-17\/7_1_Instelling/g, '/join/id/proces/pv28/7_1_Instelling') },
  { code: 'LVBB2020', base: 'pv28', what: 'zevende deel met een spatie-teken', file: BESLUIT, apply: sub(BESLUIT, /7_1_Instelling/g, '7_1_Instelling+') },
  { code: 'LVBB2021', base: 'pv28', what: 'zevende deel langer dan 128 tekens', file: BESLUIT, apply: sub(BESLUIT, /7_1_Instelling/g, `7_1_${'a'.repeat(130)}`) },
  { code: 'LVBB2503', regels: ['TPOD2152'], base: 'pv28', what: 'DoelID is geen doel van het besluit', file: 'manifest-ow.xml', needle: '<DoelID>', apply: sub('manifest-ow.xml', `<DoelID>${DOEL}<`, '<DoelID>/join/id/proces/pv28/2021-11-17/ander_doel<') },
  { code: 'LVBB2505', regels: ['TPOD2140'], base: 'pv28', what: 'WorkIDRegeling is niet de regeling van het besluit', file: 'manifest-ow.xml', needle: '<WorkIDRegeling>', apply: sub('manifest-ow.xml', '<WorkIDRegeling>/akn/nl/act/pv28/2021/1_7<', '<WorkIDRegeling>/akn/nl/act/pv28/2021/andere<') },
  // informatieobjecten en GML
  { code: 'LVBB3008', base: 'pv28', what: 'hash klopt niet', file: GIO, needle: '<hash>', apply: sub(GIO, /<hash>[0-9a-f]/, '<hash>0') },
  { code: 'LVBB3009', base: 'pv28', what: 'GML met onbekend element', file: GML, apply: gml(GML, '<geo:locaties>', '<geo:onbekend/><geo:locaties>') },
  { code: 'LVBB3004', base: 'pv28', what: 'GML niet welgevormd', file: GML, apply: gml(GML, '</geo:locaties>', '</geo:locaties') },
  { code: 'LVBB3150', base: 'pv28', what: 'TeConsolideren IO zonder geboorteregeling', file: GIO, apply: sub(GIO, /\s*<heeftGeboorteregeling>[^<]*<\/heeftGeboorteregeling>/, '') },
  { code: 'LVBB3151', base: 'pv28', what: 'geen ExtIoRef naar een te consolideren IO', apply: sub(BESLUIT, new RegExp(`<ExtIoRef [^>]*ref="${GIO207}">[^<]*</ExtIoRef>`), 'gio207') },
  { code: 'LVBB3501', base: 'pv28', what: 'IO met onbekend element', file: GIO, apply: sub(GIO, '<heeftBestanden>', '<onbekend/><heeftBestanden>') },
  { code: 'LVBB3504', base: 'pv28', what: 'informatieobjectRef naar een IO dat niet is meegeleverd', file: BESLUIT, apply: sub(BESLUIT, `<informatieobjectRef>${GIO207}</informatieobjectRef>`, `<informatieobjectRef>${GIO207}</informatieobjectRef><informatieobjectRef>/join/id/regdata/pv28/2021/gio999/nld@2021-11-17;1</informatieobjectRef>`) },
  { code: 'LVBB3506', base: 'pv28', what: 'GML van een IO ontbreekt', file: GIO, needle: '<bestandsnaam>', apply: drop(GML) },
  { code: 'LVBB3507', base: 'pv28', what: 'contentType van de GML is application/xml', apply: sub('manifest.xml', /(<lvbb:bestandsnaam>Metropool-v1\.gml<\/lvbb:bestandsnaam>\s*<lvbb:contentType>)application\/gml\+xml/, '$1application/xml') },
  { code: 'LVBB3509', base: 'pv28', what: 'IO niet in informatieobjectRefs', file: GIO, apply: sub(BESLUIT, `<informatieobjectRef>${GIO207}</informatieobjectRef>`, '') },
  { code: 'LVBB3510', base: 'pv28', what: 'geboorteregeling is niet de regeling van het besluit', file: GIO, apply: sub(GIO, '<heeftGeboorteregeling>/akn/nl/act/pv28/2021/1_7<', '<heeftGeboorteregeling>/akn/nl/act/pv28/2021/andere<') },
  { code: 'LVBB3511', base: 'pv28', what: 'werk in GML anders dan in IO', apply: gml(GML, /gio207/g, 'gio208') },
  { code: 'LVBB3512', base: 'pv28', what: 'expressie in GML anders dan in IO', apply: gml(GML, 'gio207/nld@2021-11-17;1', 'gio207/nld@2021-11-17;2') },
  { code: 'LVBB3513', base: 'pv28', what: 'IO van een nieuw werk zonder InformatieObjectMetadata', file: GIO, apply: sub(GIO, /\s*<InformatieObjectMetadata[\s\S]*<\/InformatieObjectMetadata>/, '') },
  { code: 'LVBB3517', base: 'pv28', what: 'ExtIoRef met naloopspatie', file: BESLUIT, needle: `ref="${GIO207}"`, apply: sub(BESLUIT, `${GIO207}</ExtIoRef>`, `${GIO207} </ExtIoRef>`) },
  { code: 'LVBB3518', base: 'pv28', what: 'definitief besluit zonder juridischWerkendVanaf', file: BESLUIT, apply: sub(BESLUIT, /\s*<Tijdstempels>[\s\S]*<\/Tijdstempels>/, '') },
  { code: 'LVBB3900', base: 'pv28', what: 'twee IO\'s met dezelfde expressie', apply: (f) => add('GIO_kopie.xml', text(f, GIO))(f) },
  { code: 'LVBB3003', base: 'pv28', what: 'geometrie zonder srsName', file: GML, apply: gml(GML, / srsName="urn:ogc:def:crs:EPSG::28992"/, '') },
  { code: 'GEOMETRY.03.5', base: 'pv28', what: 'srsName is geen RD of ETRS89', file: GML, apply: gml(GML, /urn:ogc:def:crs:EPSG::28992/, 'urn:ogc:def:crs:EPSG::4326') },
  { code: 'GEOMETRY.03.2', base: 'pv28', what: 'ring niet gesloten', file: GML, apply: gml(GML, /(<gml:posList[^>]*>\s*)(\d+)/, '$1$2123') },
  { code: 'LVBB3011', base: 'pv28', what: 'coördinaat is geen getal', file: GML, apply: gml(GML, /(<gml:posList[^>]*>\s*)(\d+)/, '$1NaN') },
  { code: 'LVBB3012', base: 'pv28', what: 'lege gml:posList', file: GML, apply: gml(GML, /(<gml:posList[^>]*>)[^<]*(<\/gml:posList>)/, '$1$2') },
  { code: 'GEOMETRY.03.1', base: 'pv28', what: 'GML zonder geometrie', file: GML, apply: gml(GML, /<geo:locaties>[\s\S]*<\/geo:locaties>/, '<geo:locaties></geo:locaties>') },
  { code: 'LVBB2502', base: 'pv28', what: 'manifest-ow zonder DoelID', file: 'manifest-ow.xml', apply: sub('manifest-ow.xml', /\s*<DoelID>[^<]*<\/DoelID>/, '') },
  { code: 'TPOD2052', regels: ['TPOD2051'], base: 'pv28', what: 'twee OW-Divisieteksten op één OP-Divisietekst', file: OWD, apply: sub(OWD, 'wId="pv28_1__content_2"', 'wId="pv28_1__content_1"') },
  // besluit-regels
  { code: 'LVBB4002', base: 'pv28', what: 'WijzigBijlage zonder WijzigArtikel', file: BESLUIT, needle: '<WijzigBijlage eId="cmp_A"', apply: sub(BESLUIT, '<IntRef ref="cmp_A">', '<IntRef ref="cmp_B">') },
  { code: 'LVBB4005', base: 'pv28', what: 'regeling-AKN met bill als derde veld', file: BESLUIT, apply: sub(BESLUIT, /\/akn\/nl\/act\/pv28\/2021\/1_7/g, '/akn/nl/doc/pv28/2021/1_7') },
  { code: 'LVBB4033', base: 'pv28', what: 'wordt-expressie anders dan de FRBRExpression van de regeling', file: BESLUIT, apply: sub(BESLUIT, 'wordt="/akn/nl/act/pv28/2021/1_7/nld@2021-11-17;v1"', 'wordt="/akn/nl/act/pv28/2021/1_7/nld@2021-11-17;v2"') },
  { code: 'LVBB4032', base: 'pv28', what: 'instrumentVersie anders dan de wordt-expressie', file: BESLUIT, apply: sub(BESLUIT, '<instrumentVersie>/akn/nl/act/pv28/2021/1_7/nld@2021-11-17;v1', '<instrumentVersie>/akn/nl/act/pv28/2021/1_7/nld@2021-11-17;v2') },
  { code: 'LVBB4037', base: 'pv28', what: 'tooi-identifier niet in de waardelijst', file: BESLUIT, apply: sub(BESLUIT, /<soortBestuursorgaan>[^<]*</, '<soortBestuursorgaan>/tooi/def/thes/kern/c_00000000<') },
  { code: 'LVBB4038', base: 'gm9920', what: 'Illustratie zonder meegeleverd plaatje', file: 'besluit.xml', apply: drop('jpg-plaatje-1.jpg') },
  { code: 'LVBB4039', base: 'gm9920', what: 'formaat van een Illustratie anders dan het plaatje', file: 'besluit.xml', apply: sub('besluit.xml', 'formaat="image/jpeg"', 'formaat="image/png"') },
  { code: 'LVBB4040', base: 'pv28', what: 'nieuwe regeling zonder RegelingMetadata', file: BESLUIT, apply: sub(BESLUIT, /\s*<RegelingMetadata[\s\S]*?<\/RegelingMetadata>/, '') },
  { code: 'LVBB4042', base: 'pv28', what: 'eindverantwoordelijke niet uit de waardelijst', file: BESLUIT, apply: sub(BESLUIT, /<eindverantwoordelijke>\/tooi\/id\/provincie\/pv28</g, '<eindverantwoordelijke>/tooi/id/provincie/pv99<') },
  { code: 'LVBB4044', base: 'pv28', what: 'soortWork van de regeling is niet work_019', file: BESLUIT, apply: sub(BESLUIT, '<soortWork>/join/id/stop/work_019</soortWork>', '<soortWork>/join/id/stop/work_003</soortWork>') },
  { code: 'LVBB4500', base: 'pv28', what: 'Terugtrekkingen in de ConsolidatieInformatie', file: BESLUIT, apply: sub(BESLUIT, '</Tijdstempels>', `</Tijdstempels><Terugtrekkingen><TerugtrekkingTijdstempel><doel>${DOEL}</doel><soortTijdstempel>juridischWerkendVanaf</soortTijdstempel><eId>art_II</eId></TerugtrekkingTijdstempel></Terugtrekkingen>`) },
  { code: 'LVBB4803', base: 'pv28', what: 'twee doelen in één besluit', file: BESLUIT, apply: sub(BESLUIT, `<doel>${DOEL}</doel>\n\t\t\t\t\t</doelen>\n\t\t\t\t\t<instrumentVersie>/join/id/regdata/pv28/2021/gio207`, `<doel>/join/id/proces/pv28/2021-11-17/tweede_doel</doel>\n\t\t\t\t\t</doelen>\n\t\t\t\t\t<instrumentVersie>/join/id/regdata/pv28/2021/gio207`) },
  // STOP/BHKV (official Schematron)
  { code: 'STOP0010', base: 'pv28', what: 'IntRef naar een eId die niet bestaat', file: BESLUIT, apply: sub(BESLUIT, '<IntRef ref="cmp_A">', '<IntRef ref="cmp_Z">') },
  { code: 'STOP0011', base: 'pv28', what: 'IntIoRef naar een ExtIoRef die niet bestaat', file: BESLUIT, apply: sub(BESLUIT, 'ref="pv28_1__cmp_2__content_o_1__list_o_1__item_o_2__ref_o_1" eId="div_1__content_3__ref_1"', 'ref="pv28_1__cmp_2__bestaat_niet" eId="div_1__content_3__ref_1"') },
  { code: 'TPOD2458', base: 'gm9920', what: 'soortRegeling omgevingsvisie met RegelingCompact', file: 'besluit.xml', apply: sub('besluit.xml', '<data:soortRegeling>/join/id/stop/regelingtype_003<', '<data:soortRegeling>/join/id/stop/regelingtype_006<') },
  // OW
  { code: 'TPOD1164', regels: ['TPOD1250'], base: 'pv28', what: 'OW-bestand met onbekend element', file: OWH, apply: sub(OWH, '<sl:dataset>', '<sl:onbekend/><sl:dataset>') },
  { code: 'LVBB1032', regels: ['TPOD1162'], base: 'pv28', what: 'manifest-ow met onbekend element', file: 'manifest-ow.xml', apply: sub('manifest-ow.xml', '<domein>', '<onbekend/><domein>') },
  { code: 'TPOD1892', base: 'pv28', what: 'OW-identificatie volgt het patroon niet', file: OWH, apply: sub(OWH, /nl\.imow-pv28\.hoofdlijn\.010000070000010000000010/g, 'nl.imow-pv28.hoofdlijn.0100_0007') },
  { code: 'OZON5001', regels: ['TPOD1890'], base: 'pv28', what: 'OW-identificatie noemt een ander objecttype', file: OWH, apply: sub(OWH, /nl\.imow-pv28\.hoofdlijn\.010000070000010000000010/g, 'nl.imow-pv28.tekstdeel.99990') },
  { code: 'OZON0103', base: 'pv28', what: 'geen Regelingsgebied', apply: all(drop(OWR), sub('manifest-ow.xml', /\s*<Bestand>\s*<naam>owRegelingsgebied\.xml<\/naam>\s*<objecttype>Regelingsgebied<\/objecttype>\s*<\/Bestand>/, '')) },
  { code: 'OZON0124', base: 'pv28', ernst: 'waarschuwing', what: 'Regelingsgebied wijst naar een Locatie die niet is meegeleverd', file: OWR, needle: '<l:LocatieRef', apply: sub(OWR, 'ambtsgebied.0000000009928"', 'ambtsgebied.0000000009999"') },
  { code: 'OZON0013', base: 'pv28', what: 'objectType van een object ontbreekt in objectTypen', file: OWL, apply: sub(OWL, /\s*<sl:objectType>Gebiedengroep<\/sl:objectType>/, '') },
  { code: 'OZON0010', regels: ['TPOD1150'], base: 'pv28', what: 'objectType dat niet bestaat', file: OWH, apply: sub(OWH, '<sl:objectType>Hoofdlijn</sl:objectType>', '<sl:objectType>Hoofdlijn</sl:objectType><sl:objectType>Onbekend</sl:objectType>') },
  { code: 'REFERENTIE.04', base: 'pv28', what: 'onbekend objecttype in manifest-ow', file: 'manifest-ow.xml', needle: '<naam>owHoofdlijn.xml', apply: sub('manifest-ow.xml', '<objecttype>Hoofdlijn</objecttype>', '<objecttype>Hoofdlijnen</objecttype>') },
  { code: 'OZON0022', base: 'pv28', what: 'Gebiedsaanwijzing door geen Tekstdeel gebruikt', file: OWG, apply: sub(OWD, /\s*<vt:gebiedsaanwijzing>[\s\S]*?<\/vt:gebiedsaanwijzing>/g, '') },
  { code: 'OZON0053', base: 'pv28', ernst: 'waarschuwing', what: 'Gebiedengroep noemt een Gebied dat niet bestaat', file: OWL, needle: 'e58866x', apply: sub(OWL, '<l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866"/>', '<l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866"/><l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866x"/>') },
  { code: 'OZON0066', base: 'pv28', what: 'Gebied zonder geometrie in de levering', file: OWL, apply: sub(OWL, '<l:GeometrieRef xlink:href="06b6db28-61ab-488e-9d63-dd4f5251dac1"/>', '<l:GeometrieRef xlink:href="06b6db28-0000-0000-0000-dd4f5251dac1"/>') },
  { code: 'OZON0076', regels: ['TPOD1300'], base: 'pv28', what: 'type van een Gebiedsaanwijzing niet uit de waardelijst', file: OWG, apply: sub(OWG, 'typegebiedsaanwijzing/id/concept/RuimtelijkGebruik', 'typegebiedsaanwijzing/id/concept/Onbekend') },
  { code: 'OZON0080', base: 'pv28', what: 'groep hoort niet bij het type', file: OWG, apply: sub(OWG, 'RuimtelijkGebruik/id/concept/Overig', 'Water/id/concept/Overig') },
  { code: 'OZON0090', base: 'pv28', what: 'Divisietekst zonder Tekstdeel', file: OWD, apply: sub(OWD, /<sl:stand>\s*<ow-dc:owObject>\s*<vt:Tekstdeel>\s*<vt:identificatie>nl\.imow-pv28\.tekstdeel\.010000070000010000000002<\/vt:identificatie>[\s\S]*?<\/sl:stand>/, '') },
  { code: 'OZON0092', base: 'pv28', ernst: 'waarschuwing', what: 'Tekstdeel wijst naar een Divisietekst die niet bestaat', file: OWD, apply: sub(OWD, '<vt:DivisietekstRef xlink:href="nl.imow-pv28.divisietekst.010000070000010000000002"/>', '<vt:DivisietekstRef xlink:href="nl.imow-pv28.divisietekst.999"/>') },
  { code: 'OZON0094', base: 'pv28', ernst: 'waarschuwing', what: 'Tekstdeel wijst naar een Hoofdlijn die niet bestaat', file: OWD, apply: sub(OWD, '<vt:HoofdlijnRef xlink:href="nl.imow-pv28.hoofdlijn.010000070000010000000005"/>', '<vt:HoofdlijnRef xlink:href="nl.imow-pv28.hoofdlijn.999"/>') },
  { code: 'OZON0096', base: 'pv28', ernst: 'waarschuwing', what: 'Gebiedsaanwijzing wijst naar een Locatie die niet bestaat', file: OWG, apply: sub(OWG, 'gebiedengroep.010000070000010000000201"', 'gebiedengroep.999"') },
  { code: 'OZON0120', base: 'pv28', what: 'thema niet uit de waardelijst', file: OWD, apply: sub(OWD, '<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact</vt:idealisatie>', '<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Exact</vt:idealisatie><vt:thema>http://standaarden.omgevingswet.overheid.nl/thema/id/concept/Onbekend</vt:thema>') },
  { code: 'OZON0203', base: 'pv28', what: 'idealisatie niet uit de waardelijst', file: OWD, apply: sub(OWD, 'idealisatie/id/concept/Exact<', 'idealisatie/id/concept/Vaag<') },
  { code: 'OZON0204', base: 'pv28', ernst: 'waarschuwing', what: 'Tekstdeel wijst naar een Locatie die niet bestaat', file: OWD, apply: sub(OWD, '<l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.0000000009928"/>', '<l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.999"/>') },
  { code: 'OZON0225', base: 'pv28', what: 'LocatieRef naar iets dat geen Locatie is', file: OWG, apply: sub(OWG, 'nl.imow-pv28.gebiedengroep.010000070000010000000201"', 'nl.imow-pv28.hoofdlijn.010000070000010000000005"') },
  { code: 'OZON0310', base: 'pv28', what: 'twee OW-objecten met dezelfde identificatie', file: OWH, apply: sub(OWH, /nl\.imow-pv28\.hoofdlijn\.010000070000010000000010/g, 'nl.imow-pv28.hoofdlijn.010000070000010000000005') },
  { code: 'OZON0331', base: 'pv28', what: 'Gebiedsaanwijzing noemt dezelfde Locatie twee keer', file: OWG, apply: sub(OWG, '<l:LocatieRef xlink:href="nl.imow-pv28.gebiedengroep.010000070000010000000201"/>', '<l:LocatieRef xlink:href="nl.imow-pv28.gebiedengroep.010000070000010000000201"/><l:LocatieRef xlink:href="nl.imow-pv28.gebiedengroep.010000070000010000000201"/>') },
  { code: 'OZON0340', base: 'pv28', what: 'Tekstdeel noemt dezelfde Hoofdlijn twee keer', file: OWD, apply: sub(OWD, '<vt:HoofdlijnRef xlink:href="nl.imow-pv28.hoofdlijn.010000070000010000000005"/>', '<vt:HoofdlijnRef xlink:href="nl.imow-pv28.hoofdlijn.010000070000010000000005"/><vt:HoofdlijnRef xlink:href="nl.imow-pv28.hoofdlijn.010000070000010000000005"/>') },
  { code: 'OZON0370', base: 'assen', what: 'twee Gebieden met dezelfde geometrie', apply: (f) => sameGeometry(f) },
  { code: 'OZON0372', base: 'pv28', what: 'Gebiedengroep noemt hetzelfde Gebied twee keer', file: OWL, apply: sub(OWL, '<l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866"/>', '<l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866"/><l:GebiedRef xlink:href="nl.imow-pv28.gebied.010000070000010000000201e58866"/>') },
  { code: 'OZON2040', base: 'pv28', what: 'Divisietekst met een wId die het besluit niet heeft', file: OWD, needle: 'pv28_1__content_999', apply: sub(OWD, 'wId="pv28_1__content_1"', 'wId="pv28_1__content_999"') },
  { code: 'OZON2041', regels: ['TPOD1110'], base: 'pv28', what: 'Divisietekst annoteert een bijlage', file: OWD, apply: sub(OWD, 'wId="pv28_1__content_1"', 'wId="pv28_1__cmp_2__content_o_1"') },
  { code: 'OZON5005', regels: ['TPOD2110'], base: 'pv28', what: 'Tekstdeel met locatie zonder idealisatie', file: OWD, apply: sub(OWD, /(<vt:identificatie>nl\.imow-pv28\.tekstdeel\.010000070000010000000002<\/vt:identificatie>)\s*<vt:idealisatie>[^<]*<\/vt:idealisatie>/, '$1') },
  { code: 'OZON0086', regels: ['TPOD2230'], base: 'assen', what: 'geometrie zonder OW-Locatie', apply: (f) => sameGeometry(f) },
  { code: 'TPOD2421', base: 'pv28', what: 'Regeltekst in een vrijetekstregeling', apply: (f) => regeltekstIn(f) },
  { code: 'TPOD2504', base: 'pv28', what: 'gebiedsaanwijzingtype Functie in een omgevingsvisie', file: OWG, apply: sub(OWG, /typegebiedsaanwijzing\/id\/concept\/RuimtelijkGebruik<\/ga:type>([\s\S]*?)RuimtelijkGebruik\/id\/concept\/Overig/, 'typegebiedsaanwijzing/id/concept/Functie</ga:type>$1Functie/id/concept/Overig') },
  // TPOD rules for an omgevingsvisie (Divisie/Divisietekst/Tekstdeel, Locatie, Regelingsgebied), each under the code the chain gives
  { code: 'TPOD1980', base: 'pv28', what: 'Gebied verwijst naar een puntgeometrie', file: OWL, needle: '<l:GeometrieRef xlink:href="df76077d-6710-43a4-8e9f-85c5fa663e60"', apply: gml(GML, /(<basisgeo:id>df76077d-6710-43a4-8e9f-85c5fa663e60<\/basisgeo:id>\s*<basisgeo:geometrie>)[\s\S]*?(<\/basisgeo:geometrie>)/, '$1<gml:Point gml:id="id-punt-1" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>81194.427 430940.907</gml:pos></gml:Point>$2') },
  { code: 'TPOD1960', base: 'pv28', what: 'Lijn verwijst naar een vlakgeometrie', file: OWL, needle: 'nl.imow-pv28.lijn.b1<', apply: withLocatie('Lijn') },
  { code: 'TPOD1970', base: 'pv28', what: 'Punt verwijst naar een vlakgeometrie', file: OWL, needle: 'nl.imow-pv28.punt.b1<', apply: withLocatie('Punt') },
  { code: 'TPOD2053', base: 'pv28', what: 'twee OW-Divisies op één STOP-Divisie', file: OWD, needle: 'divisie.b2</vt:identificatie>', apply: withDivisies(['pv28_1__div_1', 'pv28_1__div_1']) },
  { code: 'OZON2040', regels: ['TPOD2041'], base: 'pv28', what: 'OW-Divisie met de wId van een STOP-Divisietekst', file: OWD, needle: '<vt:Divisie wId="pv28_1__content_1"', apply: withDivisies(['pv28_1__content_1']) },
  { code: 'OZON2040', regels: ['TPOD2042'], base: 'pv28', what: 'OW-Divisietekst met de wId van een STOP-Divisie', file: OWD, needle: 'wId="pv28_1__div_2"', apply: sub(OWD, 'wId="pv28_1__content_1"', 'wId="pv28_1__div_2"') },
  { code: 'TPOD2111', base: 'pv28', what: 'Tekstdelen van één Divisie met verschillende idealisatie', file: OWD, needle: 'idealisatie/id/concept/Indicatief', apply: withDivisies(['pv28_1__div_1'], true) },
  { code: 'TPOD2112', base: 'pv28', what: 'Tekstdelen van één Divisietekst met verschillende idealisatie', file: OWD, needle: 'idealisatie/id/concept/Indicatief', apply: sub(OWD, /(<\/vt:Tekstdeel>\s*<\/ow-dc:owObject>\s*<\/sl:stand>)/, `$1<sl:stand><ow-dc:owObject><vt:Tekstdeel><vt:identificatie>nl.imow-pv28.tekstdeel.b2</vt:identificatie>\n<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/Indicatief</vt:idealisatie><vt:divisieaanduiding><vt:DivisietekstRef xlink:href="nl.imow-pv28.divisietekst.010000070000010000000002"/></vt:divisieaanduiding><vt:locatieaanduiding><l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.0000000009928"/></vt:locatieaanduiding></vt:Tekstdeel></ow-dc:owObject></sl:stand>`) },
  { code: 'TPOD2180', base: 'pv28', what: 'twee Regelingsgebieden', file: OWR, needle: 'regelingsgebied.b2', apply: secondRegelingsgebied },
  { code: 'TPOD2457', base: 'pv28', what: 'eindverantwoordelijke van een omgevingsvisie is een waterschap', file: BESLUIT, apply: sub(BESLUIT, /<eindverantwoordelijke>\/tooi\/id\/provincie\/pv28</g, '<eindverantwoordelijke>/tooi/id/waterschap/ws0155<') },
]

/** Assen: the first Gebied's GeometrieRef points at the second's geometry (one geometry twice, one without). */
function sameGeometry(files: File[]): File[] {
  const name = files.find((f) => /GeometrieRef/.test(new TextDecoder().decode(f.bytes)))?.name
  if (!name) throw new Error('geen GeometrieRef in het pakket')
  const refs = [...text(files, name).matchAll(/<l:GeometrieRef xlink:href="([^"]+)"\/>/g)].map((m) => m[1] as string)
  const [a, b] = [...new Set(refs)]
  if (!a || !b) throw new Error('minder dan twee geometrieën')
  return edit(files, name, (t) => t.replace(`<l:GeometrieRef xlink:href="${a}"/>`, `<l:GeometrieRef xlink:href="${b}"/>`))
}

/** pv28: a Lijn or Punt (one line) whose GeometrieRef names the Metropool surface df76077d… (also held by a Gebied). */
function withLocatie(type: 'Lijn' | 'Punt'): (files: File[]) => File[] {
  const id = `nl.imow-pv28.${type.toLowerCase()}.b1`
  const object = `<sl:stand><ow-dc:owObject><l:${type}><l:identificatie>${id}</l:identificatie><l:geometrie><l:GeometrieRef xlink:href="df76077d-6710-43a4-8e9f-85c5fa663e60"/></l:geometrie></l:${type}></ow-dc:owObject></sl:stand>\n`
  return all(
    sub(OWL, '<sl:objectType>Gebied</sl:objectType>', `<sl:objectType>Gebied</sl:objectType><sl:objectType>${type}</sl:objectType>`),
    sub(OWL, '<sl:stand>', `${object}<sl:stand>`),
    sub('manifest-ow.xml', '<objecttype>Gebied</objecttype>', `<objecttype>Gebied</objecttype><objecttype>${type}</objecttype>`),
  )
}

/** pv28: one OW Divisie per STOP wId, each with a Tekstdeel, one object per line; `idealisaties` gives the first Divisie
 * two Tekstdelen with a Locatie, idealisatie Exact and Indicatief. */
function withDivisies(wIds: readonly string[], idealisaties = false): (files: File[]) => File[] {
  const stand = (inner: string): string => `<sl:stand><ow-dc:owObject>${inner}</ow-dc:owObject></sl:stand>\n`
  const tekstdeel = (id: string, divisie: string, idealisatie?: string): string =>
    stand(
      `<vt:Tekstdeel><vt:identificatie>nl.imow-pv28.tekstdeel.${id}</vt:identificatie>` +
        (idealisatie ? `<vt:idealisatie>http://standaarden.omgevingswet.overheid.nl/idealisatie/id/concept/${idealisatie}</vt:idealisatie>` : '') +
        `<vt:divisieaanduiding><vt:DivisieRef xlink:href="nl.imow-pv28.divisie.${divisie}"/></vt:divisieaanduiding>` +
        (idealisatie ? '<vt:locatieaanduiding><l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.0000000009928"/></vt:locatieaanduiding>' : '') +
        '</vt:Tekstdeel>',
    )
  const objects = wIds.map((w, i) => stand(`<vt:Divisie wId="${w}"><vt:identificatie>nl.imow-pv28.divisie.b${i + 1}</vt:identificatie></vt:Divisie>`)).join('')
  const tekstdelen = idealisaties
    ? tekstdeel('b1', 'b1', 'Exact') + tekstdeel('b2', 'b1', 'Indicatief')
    : wIds.map((_, i) => tekstdeel(`b${i + 1}`, `b${i + 1}`)).join('')
  return all(
    sub(OWD, '<sl:objectType>Divisietekst</sl:objectType>', '<sl:objectType>Divisie</sl:objectType><sl:objectType>Divisietekst</sl:objectType>'),
    sub(OWD, '<sl:stand>', `${objects}${tekstdelen}<sl:stand>`),
  )
}

/** pv28: a second Regelingsgebied (its own identificatie, the same Ambtsgebied). */
function secondRegelingsgebied(files: File[]): File[] {
  return sub(OWR, '</sl:stand>', '</sl:stand>\n<sl:stand><ow-dc:owObject><rg:Regelingsgebied><rg:identificatie>nl.imow-pv28.regelingsgebied.b2</rg:identificatie><rg:locatieaanduiding><l:LocatieRef xlink:href="nl.imow-pv28.ambtsgebied.0000000009928"/></rg:locatieaanduiding></rg:Regelingsgebied></ow-dc:owObject></sl:stand>')(files)
}

/** pv28: an r:Regeltekst (artikelstructuur) in the OW of a RegelingVrijetekst. */
function regeltekstIn(files: File[]): File[] {
  const obj = `<ow-dc:owObject><r:Regeltekst wId="pv28_1__content_1"><r:identificatie>nl.imow-pv28.regeltekst.1</r:identificatie></r:Regeltekst></ow-dc:owObject>`
  return all(
    sub(OWD, '<sl:objectType>Divisietekst</sl:objectType>', '<sl:objectType>Divisietekst</sl:objectType><sl:objectType>Regeltekst</sl:objectType>'),
    sub(OWD, '<sl:stand>', `<sl:stand>${obj}</sl:stand><sl:stand>`),
    sub('manifest-ow.xml', '<objecttype>Divisie</objecttype>', '<objecttype>Divisie</objecttype><objecttype>Regeltekst</objecttype>'),
  )(files)
}

// ---------------------------------------------------------------------------------------------------------------
// codes of the catalogues that cannot be checked on a package alone
const offline: Readonly<Record<string, string>> = {}
const apart: readonly [RegExp, string][] = [
  [/^LVBB(0002|1507|1509|1571|1572|1573|1574|2002|2004|7501|7502|7503|7504|8001|7001)$/, 'verwerking in de keten zelf (bericht, database, conformprofiel, gegenereerde producten)'],
  [/^LVBB(1012|3508|3514|3515|3516|3800|3801|3802|3901|4001|4014|4015|4043|4046|4048|4049|4050|4051|4052|4055|4056|4200|4201|4204|4206|4209|4211|4212|4805|5006|5007|5008|5009|5012|5013|5014|5015|5019|5020|5022|5023|5024|5025|5026|5027|5028|5029|5030|5032|5033|5100|7002|7003|7004|7005|7006|7007|7008|7009|7010|7011)$/, 'vergelijkt met wat al in de LVBB staat (registratie, was-versies, eerdere leveringen)'],
  [/^LVBB(155\d|156\d|1576|1577|1578|1579|4711|4713|4714|4715|4716)$/, 'afbreekopdracht: hangt af van de verwerkingsstatus in de keten'],
  [/^LVBB(1512)$/, 'machtigingen van de aanleveraar: alleen in de keten bekend'],
  [/^LVBB(4702|4704|4705|4750|4751|4753|4754|4755|4756|4757|4760|4761|4762|4763|4701|4707|4708|4712|4737|4738|4740)$/, 'kennisgeving/procedureverloop: geen voorbeeldpakket in de referentiemap (build/procedure geeft LVBB4703/4758/4759 zelf)'],
  [/^LVBB(1043|1516|1517|1518|6000|6001|6002|6003|77\d\d|7734|7735)$/, 'andere opdrachtsoort (doorleveren, consolidatie, GIO zonder besluit, afwijkvergunning): geen omgevingsvisiebesluit'],
  [/^LVBB(4006|2022|3902|4007|4041|4045|4054|4802|4804|5003|5005|5011|5021|3502|3519|1028|1017|2009|2010|2012|2013|2015|3010|1040)$/, 'niet gemuteerd in deze audit (zie de tabel met uitleg in het verslag)'],
  [/^TPOD24[3-8]\d$/, 'soortRegeling ↔ eindverantwoordelijke/regelingmodel: alleen de omgevingsvisie-regels (TPOD2457/2458) zijn gemuteerd'],
  [/^TPOD(249\d|250[0-35-9]|251\d)$/, 'objecttypen en gebiedsaanwijzingtypen van een andere soortRegeling: alleen de omgevingsvisie-regels (TPOD2489/2504) zijn gemuteerd'],
  [/^TPOD(0110|1650|1830|1850|2000|2027|2050|2060|2061|2080|2090|2100|2101|2102|2103|2104|2420)$/, 'artikelstructuur (Regeltekst, Juridische regels, Normen, Pons) of AMvB/MR: komt in een omgevingsvisie niet voor (TPOD2421/2489 weren die objecten)'],
  [/^TPOD(2150|2151)$/, 'ExpressionIDRegeling in manifest-ow (IMOW 3.1, STOP 1.4-scenario’s) en intrekking: geen IMOW 3.1-voorbeeldpakket; IMOW 2.0.0 eist DoelID en kent geen ExpressionIDRegeling'],
  [/^TPOD(1200|1900|1940|1950|1951|1952|1953|1954|0104|0107|0108|1891|2142)$/, 'vergelijkt met eerder aangeleverde OW-objecten of objecten van andere regelingen (registratie)'],
]

// ---------------------------------------------------------------------------------------------------------------
// running
type Verdict = 'exact' | 'andere-code' | 'gemist' | 'crash'
interface Row {
  readonly m: Mutation
  readonly verdict: Verdict
  readonly reported: string
  readonly note: string
}

const args = process.argv.slice(2)
const verbose = args.includes('-v')
const lagenArg = args.find((a) => a.startsWith('--lagen='))?.slice('--lagen='.length)
const only = args.filter((a) => !a.startsWith('-'))
const tmp = await mkdtemp(join(tmpdir(), 'visie-audit-'))

try {
  const bases: Record<Base, File[]> = { pv28: await loadPv28Clean(), gm9920: await loadFolder(gm9920()), assen: await assenFiles() }
  // [name, files, accepted by the chain as delivered]
  const packages: [string, File[], boolean][] = [
    ['pv28 1_Besluit zoals geleverd (1.1.0)', await loadFolder(sharedDir('stop', 'examples', 'lvbbtest-omgevingsvisie-pv28')), true],
    ['pv28 2_DirecteMutatie', await loadFolder(sharedDir('imow', 'examples', 'lvbb-test-omgevingsvisie-pv28', '2_DirecteMutatie')), true],
    ['gm9920 (OTST initieel)', bases.gm9920, true],
    ['Assen (visie build)', bases.assen, true],
    // not accepted as they stand: the basis for mutations, and a subset that leaves files out
    ['pv28 verklaard als 1.2.0/1.3.0 (basis)', bases.pv28, false],
    ['amersfoort gm0307 OW-subset (onvolledig)', await loadFolder(sharedDir('imow', 'examples', 'tpod-amersfoort-gm0307-ow-subset')), false],
  ]
  console.log('1. Voorbeeldpakketten: blokkerende bevindingen (op een geaccepteerd pakket: valse blokkades)')
  const baseline = new Map<Base, Report>()
  let falseBlockers = 0
  for (const [name, files, ok] of packages) {
    const report = await run(files)
    const blocking = report.findings.filter((f) => f.severity === 'blokkerend')
    if (ok) falseBlockers += blocking.length
    console.log(`   ${ok ? 'geaccepteerd' : 'informatief '} ${name.padEnd(42)} ${blocking.length} blokkerend ${summary(blocking)}`)
    for (const [b, f] of Object.entries(bases)) if (f === files) baseline.set(b as Base, report)
  }

  console.log('\n2. Foute varianten: per code verwacht / gemeld')
  const rows: Row[] = []
  for (const m of mutations) {
    if (only.length > 0 && !only.includes(m.code)) continue
    rows.push(await audit(m, bases[m.base], baseline.get(m.base) as Report))
    const r = rows[rows.length - 1] as Row
    console.log(`   ${(m.regels ? `${m.code}/${m.regels.join('/')}` : m.code).padEnd(14)} ${m.base.padEnd(7)} ${r.verdict.padEnd(12)} ${r.reported.padEnd(40)} ${m.what}${r.note ? ` — ${r.note}` : ''}`)
  }
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length
  console.log(`\n   totaal ${rows.length}: exact ${count('exact')} (${Math.round((100 * count('exact')) / Math.max(1, rows.length))}%), andere code ${count('andere-code')}, gemist ${count('gemist')}, crash ${count('crash')}; valse blokkades op geaccepteerde pakketten: ${falseBlockers}`)

  console.log('\n3. Codes uit de catalogi zonder foute variant')
  const catalogued = await catalogueCodes()
  const mutated = new Set(mutations.flatMap((m) => [m.code, ...(m.regels ?? [])]))
  const byReason = new Map<string, string[]>()
  for (const code of catalogued) {
    if (mutated.has(code)) continue
    const reason = offline[code] ?? apart.find(([re]) => re.test(code))?.[1] ?? 'GAT: offline te controleren, niet in de audit'
    byReason.set(reason, [...(byReason.get(reason) ?? []), code])
  }
  for (const [reason, codes] of byReason) console.log(`   ${reason} (${codes.length}): ${codes.join(' ')}`)
} finally {
  await rm(tmp, { recursive: true, force: true })
}

async function audit(m: Mutation, base: File[], before: Report): Promise<Row> {
  let files: File[]
  try {
    files = await m.apply(base)
  } catch (e) {
    return { m, verdict: 'crash', reported: '-', note: `mutatie faalde: ${(e as Error).message}` }
  }
  let report: Report
  try {
    report = await run(files, m.zip ? await m.zip(files) : undefined, m.vandaag)
  } catch (e) {
    return { m, verdict: 'crash', reported: '-', note: (e as Error).message.slice(0, 120) }
  }
  const added = newFindings(before, report)
  const internal = added.filter((f) => /^VISIE-(85[1-5]|803)$/.test(f.code))
  const ernst = m.ernst ?? 'blokkerend'
  const line = m.needle && m.file ? lineOf(files, m.file, m.needle) : undefined
  const hit = added.filter((f) => f.code === m.code)
  const exact = hit.filter((f) => f.severity === ernst && (!m.file || f.at?.file === m.file) && (line === undefined || f.at?.line === line))
  const reported = summary(added)
  if (internal.length > 0) return { m, verdict: 'crash', reported, note: internal[0]?.message.slice(0, 120) ?? '' }
  if (exact.length > 0) {
    const extra = added.filter((f) => f.severity === 'blokkerend' && f.code !== m.code)
    return { m, verdict: 'exact', reported, note: extra.length > 0 ? `ook: ${summary(extra)}` : '' }
  }
  if (hit.length > 0) {
    const f = hit[0] as Finding
    return { m, verdict: 'andere-code', reported, note: `code goed, maar ${f.severity} ${f.at?.file ?? '-'}:${f.at?.line ?? '-'} (verwacht ${ernst} ${m.file ?? '*'}:${line ?? '*'})` }
  }
  const blocking = added.filter((f) => f.severity === 'blokkerend' || f.severity === ernst)
  return { m, verdict: blocking.length > 0 ? 'andere-code' : 'gemist', reported, note: verbose ? added.map((f) => f.message).join(' | ').slice(0, 300) : '' }
}

/** Findings in `after` beyond those of the same code and file in `before`. */
function newFindings(before: Report, after: Report): Finding[] {
  const seen = new Map<string, number>()
  for (const f of before.findings) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1)
  return after.findings.filter((f) => {
    const n = seen.get(key(f)) ?? 0
    if (n > 0) {
      seen.set(key(f), n - 1)
      return false
    }
    return true
  })
}
function key(f: Finding): string {
  return `${f.code}|${f.severity}|${f.at?.file ?? ''}`
}
function summary(findings: readonly Finding[]): string {
  const counts = new Map<string, number>()
  for (const f of findings) counts.set(`${f.code}${f.severity === 'blokkerend' ? '' : `(${f.severity[0]})`}`, (counts.get(`${f.code}${f.severity === 'blokkerend' ? '' : `(${f.severity[0]})`}`) ?? 0) + 1)
  return [...counts].map(([c, n]) => (n > 1 ? `${n}×${c}` : c)).join(' ') || '-'
}
function lineOf(files: readonly File[], name: string, needle: string): number | undefined {
  const i = text(files, name).split('\n').findIndex((l) => l.includes(needle))
  return i < 0 ? undefined : i + 1
}

async function run(files: readonly File[], zip?: Uint8Array, vandaag?: string): Promise<Report> {
  const path = join(tmp, `pakket-${Math.random().toString(36).slice(2)}.zip`)
  await writeFile(path, zip ?? (await zipBytes(files)))
  try {
    const pkg = await readPackage(path)
    const layers = lagenArg ? { layers: lagenArg.split(',') } : {}
    return await validatePackage(pkg, { schemasDir: schemasDir(), ...(vandaag ? { vandaag } : {}) }, layers)
  } finally {
    await rm(path, { force: true })
  }
}

async function assenFiles(): Promise<File[]> {
  const built = await buildPackage(fixture('assen'), { schemasDir: schemasDir() })
  if (!built.zip) throw new Error('de Assen-bouw gaf geen ZIP')
  const path = join(tmp, 'assen.zip')
  await writeFile(path, built.zip)
  const pkg = await readPackage(path)
  await rm(path, { force: true })
  return pkg.entries.map((e) => ({ name: e.name, bytes: e.bytes }))
}

/** Every code in the two rule catalogues of the reference folder, plus the OZON codes imow-ow.md cites. */
async function catalogueCodes(): Promise<string[]> {
  const texts = await Promise.all(
    [sharedDir('stop', 'docs', 'Validaties-LVBB-STOP-BHKV.md'), sharedDir('stop', 'docs', 'Validaties-TPOD.md')].map((p) => readFile(p, 'utf8')),
  )
  const codes = new Set<string>()
  for (const t of texts) for (const m of t.matchAll(/^\|\s*((?:LVBB|TPOD|STOP|BHKV)\d{4})\s*\|/gm)) codes.add(m[1] as string)
  return [...codes].sort()
}
