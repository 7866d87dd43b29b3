/**
 * The page around the content: doctype, head (title, the page's own stylesheet), skip link, header with the
 * package facts, the table of contents, main, and the one inline script. Returns the finished HTML text.
 */
import { SCRIPT, STYLE } from './assets.js'
import { type Html, h, raw, renderHtml } from './html.js'

export function renderPage(titel: string, meta: Html, toc: Html, main: Html): string {
  const page = h(
    'html',
    { lang: 'nl' },
    h(
      'head',
      {},
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', {}, `Voorbeeld: ${titel}`),
      h('style', {}, raw(STYLE)),
    ),
    h(
      'body',
      {},
      h('a', { class: 'skip', href: '#inhoud' }, 'Naar de inhoud'),
      h('header', {}, h('p', { class: 'kicker' }, 'Voorbeeld van een aanleverpakket'), h('h1', {}, titel), meta),
      h('nav', { class: 'toc', 'aria-labelledby': 'toc-kop' }, h('h2', { id: 'toc-kop' }, 'Inhoud'), toc),
      h('main', { id: 'inhoud' }, main),
      h('script', {}, raw(SCRIPT)),
    ),
  )
  return `<!DOCTYPE html>\n${renderHtml(page)}\n`
}
