/**
 * Expected values for the Assen seed, written by hand from the text (fixtures/assen/omgevingsvisie.txt: the numbered
 * headings at lines 55–2122, Bijlage I at lines 2246–2320) and checked against stop-lvbb.md §3.1. Shared by the
 * reader, besluit and GIO tests; never produced by the code under test.
 */

/** The 61 numbered headings of the visie, in document order: [Nummer, Opschrift]. */
export const KOPPEN: readonly (readonly [string, string])[] = [
  ['1', 'Inleiding'], ['1.1', 'Inleiding'], ['1.2', 'Leeswijzer'],
  ['2', 'Assen in de toekomst'], ['2.1', 'Ontspannen stedelijkheid'], ['2.2', 'Groene stad van het Noorden'],
  ['2.3', 'Dynamische hoofdstad'], ['2.4', 'Verbonden stad'],
  ['3', 'Dit is Assen in 2025'], ['3.1', 'Assen in ontwikkeling'], ['3.2', 'Wonen en woonomgeving'],
  ['3.3', 'Winkelen en verblijven'], ['3.4', 'Werken'], ['3.5', 'Onderwijs'], ['3.6', 'Energie'], ['3.7', 'Klimaat'],
  ['3.8', 'Groen en natuur'], ['3.9', 'Cultuurhistorie en toerisme'], ['3.10', 'Mobiliteit'],
  ['3.11', 'Gezondheid en sport'], ['3.12', 'Milieu'], ['3.13', 'Assen in de regio'],
  ['4', 'Op weg naar de toekomst'], ['4.1', 'Groene stad van het Noorden'], ['4.1.1', 'Assen nog groener maken'],
  ['4.1.2', 'Duurzame energie op de juiste plek'], ['4.1.3', 'Inspelen op klimaatverandering'],
  ['4.2', 'Dynamische hoofdstad'], ['4.2.1', 'Verouderde plekken bloeien weer op'],
  ['4.2.2', 'Levendige binnenstad: groeien in kwaliteit'], ['4.2.3', 'Sterke en bereikbare stad voor de regio'],
  ['4.3', 'Verbonden stad'], ['4.3.1', 'Sterke wijken: woonmilieus voor alle doelgroepen'],
  ['4.3.2', 'Aantrekkelijk en gezond door de stad bewegen'], ['4.3.3', 'Ontmoeting en beweging faciliteren & stimuleren'],
  ['4.4', 'Gebieden in ontwikkeling'], ['4.4.1', 'Binnenstad'], ['4.4.2', 'Havenkwartier'], ['4.4.3', 'Wijken (wijkaanpak)'],
  ['4.4.4', 'Doorontwikkeling Kloosterveen'], ['4.4.5', 'Toeristisch Recreatieve Zone'],
  ['4.4.6', 'Johan Willem Friso kazerne'], ['4.4.7', 'ZO Assen (gebiedsagenda)'], ['4.4.8', 'Werklandschap Assen-Zuid'],
  ['4.5', 'Dit zijn onze ambities (totaaloverzicht)'], ['4.5.1', 'Strategisch doel: Assen nog groener maken'],
  ['4.5.2', 'Strategisch doel: Duurzame energie op de juiste plek'], ['4.5.3', 'Strategisch doel: Inspelen op klimaatverandering'],
  ['4.5.4', 'Strategisch doel: Verouderde plekken bloeien weer op'],
  ['4.5.5', 'Strategisch doel: Levendige binnenstad groeien in kwaliteit'],
  ['4.5.6', 'Strategisch doel: sterke en bereikbare stad voor de regio'],
  ['4.5.7', 'Strategisch doel: Sterke wijken: woonmilieus voor alle doelgroepen'],
  ['4.5.8', 'Strategisch doel: Aantrekkelijk en gezond door de stad bewegen'],
  ['4.5.9', 'Strategisch doel: Ontmoeting en beweging faciliteren & stimuleren'],
  ['4.5.10', 'Onze ambities op cultuurhistorie en toerisme'],
  ['5', 'Van visie naar uitvoering'], ['5.1', 'Nieuwe manier van werken'],
  ['5.2', 'Strategisch gemeentelijk beleid verwerkt in omgevingsvisie'], ['5.3', 'Samen plannen maken'],
  ['5.4', 'Participatie'], ['5.5', 'Financiering'],
]

/** Bijlage I: naam → the 32-hex naam part of the GIO work. */
export const GIO_HEX: readonly (readonly [string, string])[] = [
  ['bedrijventerreinen', 'db3febaefb6c48c185860c479551942c'],
  ['binnenstad', '949d926c0e284b379d1c0a7b3d12a29c'],
  ['doorontwikkeling van Kloosterveen', '98eface9498841bb9b28e246b431da71'],
  ['Havenkwartier', '23cfc5881b0347258af6b8807ce76be1'],
  ['Kazerneterrein', '1935ffb3a9d1424f80e4403fe1921d26'],
  ['Natura 2000 gebied', '22029825387249dcaa39bd679666af57'],
  ['sportverenigingen', '00ad72af69234629b1211dc366b76c40'],
  ['TRZ', '6d9724bfd9024d16b4b978eb1c9a710f'],
  ['Werklandschap Assen Zuid', '576f1454169e4c67a41b9f4b167a7bc5'],
  ['wijkaanpak', 'c2bcea7c55494eb194e61786b7dd69ee'],
  ['wijkwinkelcentra', '931b567b66f04d0b8cfa12e957cd8384'],
  ['wonen', 'c1f754a9a0bd4d1f9c3fd3430387d18a'],
  ['Zuidoost Assen', 'e78b18391e8d4b6f9503ac29dc09a9e3'],
]

/** Bijlage I: naam → expression (the work of GIO_HEX with the expression part the text gives every GIO). */
export const GIOS: readonly (readonly [string, string])[] = GIO_HEX.map(([naam, hex]) => [
  naam,
  `/join/id/regdata/gm0106/2025/${hex}/nld@2026-01-05;12452657`,
])
