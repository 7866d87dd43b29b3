/**
 * The text reader's findings (layer `bron`, codes VISIE-100..199): severity and Dutch message live here, one entry
 * per code; the reader only passes the code, the source line and the facts.
 */
import type { Finding, Severity } from '../model/index.js'

type Data = Readonly<Record<string, string | number | boolean>>

interface Rule {
  readonly severity: Severity
  readonly title: string
  readonly message: (d: Data) => string
}

export const parseRules = {
  'VISIE-100': {
    severity: 'blokkerend',
    title: 'Geen tekst',
    message: () => 'Het bestand is geen tekst (het bevat binaire gegevens); verwacht werd platte tekst (UTF-8) van het besluit en de visie.',
  },
  'VISIE-101': {
    severity: 'blokkerend',
    title: 'Lege tekst',
    message: () => 'Het bestand bevat geen tekst; verwacht werd het raadsbesluit gevolgd door "Bijlage A" met de visie.',
  },
  'VISIE-102': {
    severity: 'blokkerend',
    title: 'Geen Bijlage A',
    message: () => 'De tekst heeft geen regel "Bijlage A …"; die scheidt het besluit van de omgevingsvisie. Zonder die regel kan de visie niet worden gelezen.',
  },
  'VISIE-103': {
    severity: 'blokkerend',
    title: 'Kop buiten volgorde',
    message: (d) => `Kop "${d.nummer} ${d.opschrift}" staat buiten de nummering; verwacht werd ${d.verwacht}.`,
  },
  'VISIE-104': {
    severity: 'waarschuwing',
    title: 'Kop zonder tekst',
    message: (d) =>
      `Onder kop "${d.nummer} ${d.opschrift}" staat geen tekst; in de bron stond hier vermoedelijk een tabel of afbeelding die niet als tekst is meegekomen. ` +
      `Vul de tekst aan (via 'visie parse --format md') of koppel een afbeelding in visie.json onder afbeeldingen."${d.nummer} ${d.opschrift}"; een lege paragraaf keurt de LVBB af (STOP0058).`,
  },
  'VISIE-105': {
    severity: 'waarschuwing',
    title: 'Bijlage alleen afbeelding',
    message: (d) => `Bijlage ${d.nummer} "${d.opschrift}" bevat in de bron alleen een afbeelding; de tekst geeft er alleen het onderschrift van. Koppel de afbeelding in visie.json (afbeeldingen).`,
  },
  'VISIE-106': {
    severity: 'waarschuwing',
    title: 'Informatieobject onleesbaar',
    message: (d) => `In Bijlage I is "${d.tekst}" niet te lezen als naam met een identificatie (/join/id/regdata/…).`,
  },
  'VISIE-107': {
    severity: 'blokkerend',
    title: 'Besluit onvolledig',
    message: (d) => `Het besluit heeft geen ${d.onderdeel}; verwacht werden regels "Artikel I", "Artikel II", … vóór "Bijlage A".`,
  },
  'VISIE-108': {
    severity: 'waarschuwing',
    title: 'Bijlage buiten volgorde',
    message: (d) => `Bijlage ${d.nummer} staat buiten de nummering; verwacht werd Bijlage ${d.verwacht}.`,
  },
  'VISIE-109': {
    severity: 'waarschuwing',
    title: 'Onbekende Markdown',
    message: (d) =>
      `Regel "${d.tekst}" past niet in de Markdown-vorm van visie parse --format md (besluit: ## Aanhef, ## Considerans, ## Afkondiging, ## Artikel …, ## Sluiting; daarna # Bijlage A); ze is overgeslagen.`,
  },
  'VISIE-150': {
    severity: 'waarschuwing',
    title: 'Geen UTF-8',
    message: () =>
      'Het bestand is geen UTF-8; het is gelezen als Windows-1252 (Latin-1), zoals Word "Platte tekst" opslaat. Controleer letters met accenten (é, ë, ï) en sla de tekst bij voorkeur op als UTF-8.',
  },
  'VISIE-151': {
    severity: 'blokkerend',
    title: 'Bestand te groot',
    message: (d) => `Het bestand is ${d.bytes} bytes; een tekst van een omgevingsvisie is hooguit ${d.maximum} bytes (20 MB). Het is niet gelezen.`,
  },
  'VISIE-152': {
    severity: 'blokkerend',
    title: 'Regel te lang',
    message: (d) => `Deze regel is ${d.lengte} tekens lang; een regel mag hooguit ${d.maximum} tekens hebben (een uit PDF gehaalde tekst heeft regels van ongeveer 100 tekens). Het bestand is niet gelezen.`,
  },
  'VISIE-153': {
    severity: 'waarschuwing',
    title: 'Te veel bevindingen',
    message: (d) => `Nog ${d.weggelaten} bevindingen ${d.code} vanaf deze regel zijn weggelaten (alleen de eerste ${d.maximum} worden getoond); de tekst heeft vermoedelijk niet de vorm van een omgevingsvisie.`,
  },
  'VISIE-154': {
    severity: 'blokkerend',
    title: 'Informatieobject dubbel',
    message: (d) =>
      `In Bijlage I heeft "${d.naam}" dezelfde identificatie ${d.identificatie} als "${d.eerder}" (regel ${d.eerderRegel}); elk informatieobject heeft een eigen identificatie.`,
  },
  'VISIE-155': {
    severity: 'blokkerend',
    title: 'GIO-naam dubbel',
    message: (d) => `In Bijlage I staat de naam "${d.naam}" twee keer (ook op regel ${d.eerderRegel}); de geometrie wordt per naam gekoppeld, dus elke naam mag maar één keer voorkomen.`,
  },
} as const satisfies Readonly<Record<string, Rule>>

export type ParseCode = keyof typeof parseRules

export function finding(code: ParseCode, file: string, line: number, data: Data = {}): Finding {
  const rule: Rule = parseRules[code]
  return { code, severity: rule.severity, layer: 'bron', message: rule.message(data), data, source: { file, line } }
}
