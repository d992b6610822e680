import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

// The software bill of materials of a release (CycloneDX 1.6 JSON): the production dependency
// tree that package-lock.json pins, which is what the container image installs, written to
// sbom/<name>-<version>.cdx.json, or into the folder given. Reproducible: the same lockfile gives
// the same bytes, so a release's SBOM can be checked by regenerating it.
//   node scripts/sbom.ts [output-folder]

const root = path.resolve(import.meta.dirname, '..')
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const folder = path.resolve(process.argv[2] ?? path.join(root, 'sbom'))
const file = path.join(folder, `${name}-${version}.cdx.json`)
mkdirSync(folder, { recursive: true })

// Run by this Node, not the one the bin's shebang would find first on PATH.
const cli = path.join(root, 'node_modules', '.bin', 'cyclonedx-npm')
execFileSync(
  process.execPath,
  [cli, '--omit', 'dev', '--package-lock-only', '--output-reproducible', '--validate', '--spec-version', '1.6', '--mc-type', 'application', '--output-format', 'JSON', '--output-file', file, path.join(root, 'package.json')],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
)
process.stdout.write(`${path.relative(process.cwd(), file)}\n`)
