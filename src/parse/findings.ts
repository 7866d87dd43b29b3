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
    message: (d) =>
      `In Bijlage I is "${d.tekst}" niet te lezen als naam met een identificatie (/join/id/regdata/…); het staat als gewone tekst in de bijlage. Is het een informatieobject, vul dan de naam of identificatie aan.`,
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
  'VISIE-110': {
    severity: 'informatie',
    title: 'Paginameubilair weggelaten',
    message: (d) =>
      `${d.aantal} ${d.aantal === 1 ? 'regel' : 'regels'} ${d.soort} weggelaten (${d.reden ?? 'komt op elke pagina terug'}, hoort niet bij de tekst), zoals deze: "${d.voorbeeld}".`,
  },
  'VISIE-111': {
    severity: 'informatie',
    title: 'Inhoudsopgave weggelaten',
    message: (d) => `De inhoudsopgave (${d.aantal} regels, tot en met regel ${d.tot}) is weggelaten; de LVBB maakt zelf een inhoudsopgave uit de koppen.`,
  },
  'VISIE-112': {
    severity: 'blokkerend',
    title: 'Geen koppen',
    message: (d) =>
      `De visie (${d.regels} regels vanaf hier) heeft geen enkele kop die visie herkent (zoals "1 Inleiding", "Hoofdstuk 2 …", "2.1 Titel"). Zonder hoofdstukken wordt het één lange tekst; kijk na of de koppen in de bron genummerd zijn, of zet ze via 'visie parse --format md' als # Kop in de Markdown.`,
  },
  'VISIE-113': {
    severity: 'blokkerend',
    title: 'Bijlage zonder informatieobjecten',
    message: (d) =>
      `Bijlage ${d.nummer} "${d.opschrift}" noemt informatieobjecten, maar er staat geen enkele identificatie (/join/id/regdata/…) in. Kijk na of de tabel met de GIO's in de tekst is meegekomen (een tabel als afbeelding komt niet mee).`,
  },
  'VISIE-114': {
    severity: 'informatie',
    title: 'Kopachtige regel niet als kop gelezen',
    message: (d) => `"${d.tekst}" lijkt op een kop, maar ${d.nummer} past hier niet in de nummering (verwacht: ${d.verwacht}); de regel is als tekst gelezen.`,
  },
  'VISIE-115': {
    severity: 'informatie',
    title: 'Briefhoofd of voorstel boven het besluit',
    message: (d) =>
      `${d.aantal === 1 ? 'De alinea' : `${d.aantal} alinea's`} boven het opschrift van het besluit (briefhoofd of voorstel: "${d.tekst}") ${d.aantal === 1 ? 'hoort' : 'horen'} niet bij de tekst van het besluit en ${d.aantal === 1 ? 'is' : 'zijn'} weggelaten.`,
  },
  'VISIE-118': {
    severity: 'informatie',
    title: 'Opschrift van het besluit samengesteld',
    message: (d) =>
      `Het besluit heeft geen eigen opschrift (er staat alleen "${d.tekst}"); als opschrift is samengesteld: "${d.opschrift}", uit de maker in de aanhef en de naam van de visie. Past dat niet, zet het opschrift dan boven de aanhef in de tekst.`,
  },
  'VISIE-116': {
    severity: 'waarschuwing',
    title: 'Datum in een identificatie hersteld',
    message: (d) =>
      `De identificatie van "${d.naam}" staat in de tekst als ${d.gelezen}: de datum mist een koppelteken (weggevallen toen de tekst uit de PDF werd gehaald en het woord aan het regeleinde werd samengevoegd). Gelezen als ${d.hersteld}; kijk na of dat de identificatie in de PDF is.`,
  },
  'VISIE-117': {
    severity: 'waarschuwing',
    title: 'Tekst in blokken uit de PDF gehaald',
    message: (d) =>
      `${d.aantal} regels stonden in stukken tussen lege regels (zoals "${d.voorbeeld}" los van wat erna komt) en zijn weer samengevoegd: deze tekst lijkt met pdftotext zonder -raw of -layout uit de PDF gehaald. Zo'n extractie zet de cellen van een tabel los onder elkaar en laat het koppelteken aan een regeleinde weg, ook midden in een identificatie. Lees liever de PDF zelf ("tekst": "….pdf" in visie.json) of gebruik pdftotext -layout.`,
  },
  'VISIE-120': {
    severity: 'waarschuwing',
    title: 'Codeblok in Markdown',
    message: () =>
      'Hier staat een codeblok (vier spaties ingesprongen, of tussen ``` of ~~~); dat kent de tekst van een omgevingsvisie niet. De inhoud is als gewone alinea overgenomen; haal de inspringing of de ``` weg.',
  },
  'VISIE-121': {
    severity: 'waarschuwing',
    title: 'HTML in Markdown',
    message: (d) =>
      `HTML (${d.html}) kan niet in STOP; alleen de tekst is overgenomen. Binnen een alinea zijn alleen <b>, <i>, <u>, <sup> en <sub> toegestaan, met hun sluittag.`,
  },
  'VISIE-122': {
    severity: 'waarschuwing',
    title: 'Link naar buiten',
    message: (d) =>
      `Een link naar "${d.url}" kan niet in de tekst: alleen verwijzingen binnen de regeling ([tekst](#bijlage:A)) en naar informatieobjecten ([naam](#gio:naam)) zijn mogelijk. De linktekst is als gewone tekst overgenomen.`,
  },
  'VISIE-123': {
    severity: 'waarschuwing',
    title: 'Afbeelding met bestand',
    message: (d) =>
      `Een afbeelding met bestand ("${d.url}") neemt visie niet uit de Markdown over. Schrijf een figuur als ![onderschrift]() op een eigen regel en koppel het bestand in visie.json (afbeeldingen); het onderschrift is als tekst overgenomen.`,
  },
  'VISIE-124': {
    severity: 'waarschuwing',
    title: 'Citaatblok',
    message: () => 'Een citaatblok (regels met >) kent de tekst van een omgevingsvisie niet; de tekst is als gewone alinea\'s overgenomen.',
  },
  'VISIE-125': {
    severity: 'waarschuwing',
    title: 'Losse opmaaktekens',
    message: (d) =>
      `"${d.tekens}" opent of sluit hier geen opmaak (vet: **tekst**, cursief: *tekst*); de tekens zijn weggelaten. Bedoelt u het teken zelf, schrijf dan een \\ ervoor (\\*).`,
  },
  'VISIE-126': {
    severity: 'waarschuwing',
    title: 'Code in de tekst',
    message: (d) =>
      `"${d.code}" tussen backticks is geen identificatie van een informatieobject (/join/id/regdata/…); de tekst is zonder backticks overgenomen.`,
  },
  'VISIE-127': {
    severity: 'waarschuwing',
    title: 'Lijstitem niet enkelvoudig',
    message: (d) =>
      d.soort === 'leeg'
        ? 'Dit lijstitem is leeg; het is overgeslagen.'
        : d.soort === 'alinea'
          ? 'Dit lijstitem heeft meer dan één alinea; in het model is een lijstitem één alinea (met eventueel een geneste lijst). De alinea\'s zijn samengevoegd.'
          : `Dit lijstitem bevat een ${d.soort}; dat kan niet in een lijstitem. De tekst is aan het item toegevoegd.`,
  },
  'VISIE-128': {
    severity: 'waarschuwing',
    title: 'Tabel onleesbaar',
    message: (d) =>
      d.soort === 'cellen'
        ? `Deze tabelrij heeft ${d.cellen} cellen, de kop ${d.kolommen}; de extra cellen zijn als extra kolommen overgenomen. Geef elke rij evenveel cellen als de kop.`
        : 'Deze scheidingsregel (| --- |) hoort bij een tabel, maar de kopregel erboven heeft niet evenveel kolommen; de regels zijn als gewone tekst gelezen en de scheidingsregel is weggelaten.',
  },
  'VISIE-129': {
    severity: 'waarschuwing',
    title: 'Markdown zonder STOP-vorm',
    message: (d) => `Markdown van de soort "${d.soort}" neemt visie niet over in het pakket; de tekst is als gewone tekst overgenomen.`,
  },
  'VISIE-130': {
    severity: 'blokkerend',
    title: 'Markdown te diep genest',
    message: (d) =>
      `Op deze regel zijn citaten of lijsten ${d.diepte} niveaus diep genest; een omgevingsvisie heeft er hooguit ${d.maximum}. De Markdown is niet gelezen.`,
  },
  'VISIE-131': {
    severity: 'waarschuwing',
    title: 'Te veel opmaaktekens',
    message: (d) =>
      `In het blok vanaf deze regel staan ${d.tekens} tekens * en _; meer dan ${d.maximum} in één alinea of lijst is geen opmaak. Ze zijn weggelaten; de tekst zelf is gelezen.`,
  },
  'VISIE-140': {
    severity: 'waarschuwing',
    title: 'Stuurteken in de tekst',
    message: (d) =>
      `Op deze regel staat het onzichtbare stuurteken ${d.teken}; XML (en dus STOP) kan het niet of alleen ontraden bevatten, en in de tekst van een besluit is het niet te zien. Het is weggelaten; controleer of de regel nog klopt.`,
  },
  'VISIE-141': {
    severity: 'informatie',
    title: 'Handmatig regeleinde',
    message: () =>
      'Op deze regel staat een handmatig regeleinde (U+000B, Shift+Enter in Word); het is gelezen als regeleinde binnen de alinea, dus als spatie.',
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
  'VISIE-170': {
    severity: 'informatie',
    title: 'Paginameubilair weggelaten',
    message: (d) => `De regel "${d.voorbeeld}" staat in de kop- of voetmarge van ${d.paginas} pagina's (met wisselende nummers) en is als kop- of voettekst weggelaten.`,
  },
  'VISIE-171': {
    severity: 'informatie',
    title: 'Afbeeldingen in de PDF',
    message: (d) =>
      d.illustraties === 'aan'
        ? `Op pagina ${d.paginas} staan afbeeldingen zonder onderschrift direct eronder of erboven; die komen niet in het pakket. Neem een figuur die bij de visie hoort zo nodig zelf op (visie.json "afbeeldingen").`
        : `Op pagina ${d.paginas} staan afbeeldingen (figuren, kaarten, foto's); die komen niet in het pakket. Zet "illustraties": true in visie.json om afbeeldingen met hun onderschrift als Illustratie op te nemen, of neem een figuur zelf op (visie.json "afbeeldingen").`,
  },
  'VISIE-172': {
    severity: 'blokkerend',
    title: 'PDF zonder tekst',
    message: (d) =>
      `De PDF heeft geen tekstlaag: pagina ${d.paginas} bevat alleen afbeeldingen (een scan). Laat er eerst tekstherkenning (OCR) op los, of lever de tekst als .txt, .md of .docx.`,
  },
  'VISIE-173': {
    severity: 'waarschuwing',
    title: 'Pagina zonder tekst',
    message: (d) =>
      `Pagina ${d.paginas} heeft geen tekst, alleen een afbeelding (gescand?); wat daar staat ontbreekt in de gelezen tekst. Laat tekstherkenning (OCR) los op die pagina's als er tekst op staat.`,
  },
  'VISIE-180': {
    severity: 'waarschuwing',
    title: 'Bijgehouden wijzigingen in Word',
    message: (d) =>
      `Het Word-bestand bevat bijgehouden wijzigingen (vanaf deze alinea): ${d.invoegingen} invoegingen zijn als aanvaard gelezen, ${d.verwijderingen} verwijderingen zijn weggelaten. Controleer dat dit de vastgestelde tekst is, of aanvaard of weiger de wijzigingen in Word.`,
  },
  'VISIE-181': {
    severity: 'waarschuwing',
    title: 'Opmerkingen in Word',
    message: (d) => `Het Word-bestand bevat ${d.aantal} opmerking(en) (de eerste bij deze alinea); opmerkingen horen niet bij de tekst en zijn genegeerd.`,
  },
  'VISIE-182': {
    severity: 'waarschuwing',
    title: 'Voetnoot niet meegenomen',
    message: (d) => `In deze alinea staat een ${d.soort} ("${d.tekst}"); voetnoten en eindnoten neemt visie nog niet op. Neem de tekst op in de alinea zelf of laat hem weg.`,
  },
  'VISIE-183': {
    severity: 'waarschuwing',
    title: 'Afbeeldingen in Word',
    message: (d) =>
      d.illustraties === 'aan'
        ? `In alinea ${d.alineas} staan afbeeldingen zonder bijschrift erboven of eronder (stijl Bijschrift, of een tekst als "Figuur 1 …"); die komen niet in het pakket. Geef een afbeelding die bij de visie hoort een bijschrift.`
        : `In alinea ${d.alineas} staan afbeeldingen (figuren, kaarten, foto's); die komen niet in het pakket. Zet "illustraties": true in visie.json om afbeeldingen met een bijschrift als Illustratie op te nemen, of koppel een figuur via "afbeeldingen" (onderschrift → afbeeldingsbestand).`,
  },
  'VISIE-184': {
    severity: 'waarschuwing',
    title: 'Tabel in een tabel',
    message: () => 'Hier staat een tabel in een cel van een andere tabel; de binnenste tabel is als tekst in die cel gezet. Controleer de tabel, of maak er twee tabellen van.',
  },
  'VISIE-185': {
    severity: 'informatie',
    title: 'Tekstvak als alinea gelezen',
    message: () => 'In deze alinea staat een tekstvak of vorm met tekst; die tekst is als gewone alinea’s direct na deze alinea gelezen. Controleer of hij daar hoort (een kader of citaat naast de tekst staat in de regeling tussen de alinea’s).',
  },
  'VISIE-186': {
    severity: 'waarschuwing',
    title: 'Nummering ontbreekt',
    message: (d) =>
      `Deze alinea is genummerd met lijst ${d.numId}, maar numbering.xml van het Word-bestand kent die lijst niet; het nummer kon niet worden berekend en de alinea is als gewone tekst gelezen.`,
  },
  'VISIE-187': {
    severity: 'waarschuwing',
    title: 'Afbeelding in Word niet overgenomen',
    message: (d) =>
      d.soort === 'gekoppeld'
        ? `In alinea ${d.alinea} staat een afbeelding die naar een bestand buiten het document verwijst (${d.bestand}); die is niet in het pakket opgenomen. Voeg de afbeelding in Word in (niet koppelen) of koppel de figuur via "afbeeldingen" in visie.json.`
        : d.soort === 'ontbreekt'
          ? `In alinea ${d.alinea} staat een afbeelding waarvan het bestand (${d.bestand}) niet in het Word-document zit; die is niet in het pakket opgenomen.`
          : `In alinea ${d.alinea} staat een afbeelding in ${d.soort}-formaat (${d.bestand}); de LVBB neemt alleen PNG en JPEG aan, dus die is niet in het pakket opgenomen. Sla de afbeelding op als PNG of JPEG en voeg haar opnieuw in, of koppel de figuur via "afbeeldingen" in visie.json.`,
  },
  'VISIE-188': {
    severity: 'informatie',
    title: 'Transparantie van een afbeelding op wit gezet',
    message: (d) =>
      `De afbeelding in alinea ${d.alinea} (${d.bestand}) is doorzichtig (alfakanaal); de LVBB neemt geen transparantie aan (LVBB1013), dus visie heeft haar op een witte achtergrond in het pakket gezet.`,
  },
} as const satisfies Readonly<Record<string, Rule>>

export type ParseCode = keyof typeof parseRules

export function finding(code: ParseCode, file: string, line: number, data: Data = {}): Finding {
  const rule: Rule = parseRules[code]
  return { code, severity: rule.severity, layer: 'bron', message: rule.message(data), data, source: { file, line } }
}
