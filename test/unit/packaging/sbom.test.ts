import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { repoRoot } from '../../setup/paths.ts'
import { packageJson, readRepoFile } from './helpers.ts'

const run = promisify(execFile)

interface Component {
  type: string
  name: string
  group?: string
  version: string
  purl: string
  components?: Component[]
}

async function generate(folder: string) {
  await run(process.execPath, [path.join(repoRoot, 'scripts', 'sbom.ts'), folder], { cwd: repoRoot })
  return readFileSync(path.join(folder, `${packageJson.name}-${packageJson.version}.cdx.json`), 'utf8')
}

t.test('npm run sbom writes a reproducible CycloneDX SBOM of the production dependencies', async (t) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'cict-sbom-'))
  t.teardown(() => rmSync(folder, { recursive: true, force: true }))
  t.equal(packageJson.scripts.sbom, 'node scripts/sbom.ts')
  const text = await generate(path.join(folder, 'a'))
  const bom = JSON.parse(text) as { bomFormat: string; specVersion: string; metadata: { component: Component }; components: Component[] }
  t.equal(bom.bomFormat, 'CycloneDX')
  t.equal(bom.specVersion, '1.6')
  t.match(bom.metadata.component, { type: 'application', name: packageJson.name, version: packageJson.version })

  const all: Component[] = []
  const walk = (list: Component[] = []) => list.forEach((c) => (all.push(c), walk(c.components)))
  walk(bom.components)
  const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, { version: string; dev?: boolean }> }
  for (const dependency of Object.keys(packageJson.dependencies)) {
    const found = all.find((c) => (c.group ? `${c.group}/${c.name}` : c.name) === dependency)
    t.equal(found?.version, lock.packages[`node_modules/${dependency}`]?.version, `${dependency} at its locked version`)
  }
  const inBom = new Set(all.map((c) => `${c.group ? `${c.group}/${c.name}` : c.name}@${c.version}`))
  const devOnly = Object.entries(lock.packages)
    .filter(([key, entry]) => entry.dev && key.lastIndexOf('node_modules/') === 0)
    .map(([key, entry]) => `${key.slice('node_modules/'.length)}@${entry.version}`)
  t.ok(devOnly.some((id) => id.startsWith('tap@')), 'the lockfile marks dev-only packages')
  t.same(devOnly.filter((id) => inBom.has(id)), [], 'no dev-only package is in the SBOM')
  t.ok(all.every((c) => c.purl.startsWith('pkg:npm/')), 'every component has a package URL')

  t.equal(await generate(path.join(folder, 'b')), text, 'the same lockfile gives the same bytes')
})
