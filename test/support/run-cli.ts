/** Runs the CLI from source in a child process (tests that need another TZ, locale or working directory). */
import { main } from '../../src/cli/index.js'

process.exitCode = await main(['node', 'visie', ...process.argv.slice(2)])
