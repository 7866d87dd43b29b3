/** The inwerkingtreding date of an artikel is the date of the sentence that says when the besluit takes effect. */
import { expect, test } from 'vitest'
import { readText } from '../../src/parse/index.js'

const besluit = (artikel: string): string => [
  'Besluit van de raad van de gemeente Testdorp tot vaststelling van de Omgevingsvisie Testdorp',
  'De raad van de gemeente Testdorp;',
  'gelet op artikel 3.1 van de Omgevingswet;',
  'besluit:',
  'Artikel 1',
  'De Omgevingsvisie Testdorp, zoals opgenomen in bijlage A, vast te stellen.',
  'Artikel 2',
  artikel,
  'Aldus vastgesteld in de openbare vergadering van 1 juni 2026.',
  'Bijlage A',
  'Omgevingsvisie Testdorp',
  '1 Inleiding',
  'Het dorp groeit de komende jaren met ruim vierhonderd woningen binnen de bestaande grenzen van de kern.',
].join('\n')

test('another date in the artikel (the visie it withdraws) is not the inwerkingtreding', () => {
  const { document } = readText(besluit('De Omgevingsvisie Testdorp van 26 september 2017 in te trekken. Dit besluit treedt in werking op 1 juli 2027.'), { file: 't.txt' })
  expect(document.besluit.artikelen.map((a) => a.inwerkingtreding)).toEqual([undefined, '2027-07-01'])
})

test('an artikel whose only date belongs to another sentence gives no inwerkingtreding date', () => {
  const { document } = readText(besluit('De Omgevingsvisie Testdorp van 26 september 2017 in te trekken. Dit besluit treedt in werking op de dag na die van de uitgifte van het Gemeenteblad.'), { file: 't.txt' })
  expect(document.besluit.artikelen.map((a) => a.inwerkingtreding)).toEqual([undefined, undefined])
})
