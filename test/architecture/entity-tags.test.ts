import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { repoRoot } from '../setup/paths.ts'

// A client can only send If-Match if the contract tells it where the ETag comes from: every route
// whose handler sets one (directly, or through a helper of its file that does) declares the header
// in its success response (WithEntityTag, or entityTagHeaders on a response listing its content).

const routeFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'services'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /^services\/[^/]+\/routes\/.+\.ts$/.test(file))

/** The calls that set an ETag in this file: setEntityTag, and each local function whose body calls it. */
function taggingCalls(source: string): string[] {
  const helpers = [...source.matchAll(/^function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)^\}/gm)].filter((m) => m[2]!.includes('setEntityTag(')).map((m) => `${m[1]}(`)
  return ['setEntityTag(', ...helpers]
}

/** Each `app.<method>('/path', ...)` registration, with its text up to the next one. */
function routesOf(source: string): { route: string; text: string }[] {
  const starts = [...source.matchAll(/app\.(get|post|put|patch|delete)\(\s*([^,]+),/g)]
  return starts.map((m, i) => ({ route: `${m[1]!.toUpperCase()} ${m[2]!.trim()}`, text: source.slice(m.index, starts[i + 1]?.index ?? source.length) }))
}

const checked: string[] = []
for (const file of routeFiles) {
  const source = readFileSync(path.join(repoRoot, file), 'utf8')
  const calls = taggingCalls(source)
  for (const { route, text } of routesOf(source)) {
    if (!calls.some((call) => text.includes(call))) continue
    checked.push(`${file} ${route}`)
    t.ok(/WithEntityTag\(|entityTagHeaders/.test(text), `${file}: ${route} sets an ETag, so its contract declares it`)
  }
}

t.ok(checked.length >= 20, `${checked.length} routes that set an ETag were found and checked`)
