/**
 * Bundles the CLI (src/cli/index.ts) into dist/visie.js plus lazily loaded chunks in dist/chunks/ (`npm run build`,
 * `prepack`). Start-up of the unbundled tree resolved and read ~300 modules one by one (ESM resolution alone was
 * ~8% of `visie build fixtures/assen`, issue 18); the bundle is a few files, and each command still loads only its
 * own chunks. Left outside (resolved from node_modules at run time): saxon-js (one CJS file, whose axios import
 * saxon.ts replaces through the require cache), libxml2-wasm (loads its .wasm beside itself), pdfjs-dist (fonts and
 * CMaps beside itself). Same sources give the same bytes (esbuild is deterministic; chunk names are content hashes).
 */
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = `${root}dist`

// Old chunks would stay beside the new ones: start from an empty folder for the bundle's files.
rmSync(`${outdir}/chunks`, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  // The worker threads of the Schematron layer (src/validate/schematron/thread.ts finds it beside the chunks), of the
  // PDF reader (src/read/pdf/load.ts likewise), of a validation in a thread of its own (src/validate/isolated.ts) and
  // of the xsd layer's files that do not wait for the geo survey (src/validate/xsd/thread.ts).
  entryPoints: {
    visie: 'src/cli/index.ts',
    'chunks/schematron-worker': 'src/validate/schematron/worker.ts',
    'chunks/pdf-worker': 'src/read/pdf/pdf-worker.ts',
    'chunks/validate-worker': 'src/validate/isolated-worker.ts',
    'chunks/xsd-worker': 'src/validate/xsd/worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['saxon-js', 'libxml2-wasm', 'pdfjs-dist'],
  // Bundled CommonJS dependencies (yauzl, yazl, …) call require() for Node's built-ins: give each file one.
  banner: { js: "import { createRequire as visieCreateRequire } from 'node:module';\nconst require = visieCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})
