/** Report formats for `visie validate` and `visie build`: pure functions Report → string. */
export { formatJson } from './json.js'
export { formatJunit } from './junit.js'
export { formatText, layerTitles } from './text.js'
