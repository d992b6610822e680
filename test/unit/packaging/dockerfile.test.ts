import { existsSync, readdirSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import t from 'tap'
import { defaultPorts } from '../../../services/kernel/config.ts'
import { repoRoot } from '../../setup/paths.ts'
import { contractPaths, packageJson, readRepoFile, serviceNames } from './helpers.ts'

// No Docker engine runs here, so the image is checked by reading what builds it.

interface Instruction {
  keyword: string
  args: string
}

function instructions(dockerfile: string): Instruction[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/)
      return { keyword: keyword!.toUpperCase(), args: rest.join(' ') }
    })
}

const all = instructions(readRepoFile('docker/Dockerfile'))
const stageStarts = all.flatMap((ins, i) => (ins.keyword === 'FROM' ? [i] : []))
const finalStage = all.slice(stageStarts.at(-1))
const builderStage = all.slice(stageStarts[0], stageStarts.at(-1))
const nodeImage = /^NODE_IMAGE=(\S+)$/.exec(all.find((ins) => ins.keyword === 'ARG' && ins.args.startsWith('NODE_IMAGE='))?.args ?? '')?.[1]

/** Sources the final stage copies from the build context, as repository paths. */
const copiedFromContext = finalStage
  .filter((ins) => ins.keyword === 'COPY' && !ins.args.includes('--from='))
  .flatMap((ins) => {
    const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'))
    return parts.slice(0, -1).map((p) => p.replace(/\/$/, ''))
  })

t.test('two stages on the Node 24 slim image the project itself runs on', async (t) => {
  t.equal(stageStarts.length, 2, 'a builder stage and a final stage')
  t.match(nodeImage, /^node:24(\.\d+\.\d+)?-slim(@sha256:[0-9a-f]{64})?$/)
  const lock = JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, { version: string }> }
  t.equal(nodeImage!.split(/[:-]/)[1], lock.packages['node_modules/node']!.version, 'the base image is the Node version tests run on')
  for (const start of stageStarts) t.match(all[start]!.args, /^\$\{NODE_IMAGE\}/, 'both stages use the pinned base')
})

t.test('production dependencies only, installed from the lockfile, no build tools in the final stage', async (t) => {
  const install = builderStage.find((ins) => ins.keyword === 'RUN' && ins.args.includes('npm ci'))
  t.ok(install, 'npm ci in the builder')
  t.match(install!.args, /--omit=dev/)
  t.match(install!.args, /--ignore-scripts/)
  t.ok(finalStage.some((ins) => ins.keyword === 'COPY' && /--from=dependencies\s+\/app\/node_modules/.test(ins.args)), 'node_modules comes from the builder')
  for (const ins of finalStage.filter((i) => i.keyword === 'RUN')) {
    t.notMatch(ins.args, /\b(npm|apt-get|apt|apk|gcc|g\+\+|make|python3?|build-essential|curl|wget)\b/, `final-stage RUN installs nothing: ${ins.args}`)
  }
})

t.test('runs as the unprivileged node user, with a health check on /healthcheck', async (t) => {
  const userIndex = finalStage.findLastIndex((ins) => ins.keyword === 'USER')
  t.equal(finalStage[userIndex]?.args, 'node')
  t.ok(finalStage.slice(userIndex).every((ins) => ins.keyword !== 'RUN' && ins.keyword !== 'COPY'), 'nothing runs as root after USER')
  const healthcheck = finalStage.find((ins) => ins.keyword === 'HEALTHCHECK')
  t.match(healthcheck?.args, /CMD \["node", "docker\/healthcheck\.ts"\]/)
  const probe = readRepoFile('docker/healthcheck.ts')
  t.match(probe, /\/healthcheck`/)
  t.match(probe, /loadConfig\(/, 'the port comes from the services’ own configuration')
  for (const service of serviceNames) t.ok(contractPaths(service).includes('/healthcheck'), `${service} serves /healthcheck`)
  t.same(finalStage.find((ins) => ins.keyword === 'CMD')?.args, '["node", "docker/service.ts"]')
})

t.test('exposes the services’ default ports and picks the service by SERVICE', async (t) => {
  const exposed = finalStage.filter((ins) => ins.keyword === 'EXPOSE').flatMap((ins) => ins.args.split(/\s+/)).map(Number)
  t.same(exposed.sort(), Object.values(defaultPorts).sort())
  const env = finalStage.filter((ins) => ins.keyword === 'ENV').map((ins) => ins.args).join(' ')
  t.match(env, /\bSERVICE=catalogue\b/)
  t.match(env, /\bDATA_DIR=\/data\b/)
  const launcher = readRepoFile('docker/service.ts')
  const listed = /const services: ServiceName\[\] = \[([^\]]+)\]/.exec(launcher)?.[1]?.match(/'([a-z]+)'/g)?.map((s) => s.slice(1, -1))
  t.same(listed, serviceNames, 'the launcher knows exactly the three services')
  t.ok(serviceNames.every((s) => existsSync(path.join(repoRoot, 'services', s, 'server.ts'))))
})

t.test('OCI labels carry the semantic version, and the image:build script tags with it', async (t) => {
  const labels = finalStage.filter((ins) => ins.keyword === 'LABEL').map((ins) => ins.args).join(' ')
  t.match(labels, /org\.opencontainers\.image\.version="\$\{VERSION\}"/)
  t.match(labels, /org\.opencontainers\.image\.licenses="Apache-2\.0"/)
  t.ok(finalStage.some((ins) => ins.keyword === 'ARG' && ins.args.startsWith('VERSION')), 'VERSION is an argument of the final stage')
  const build = packageJson.scripts['image:build']
  t.match(build, /--build-arg VERSION=\$npm_package_version/)
  t.match(build, /-t circular-ict-procurement:\$npm_package_version/)
  t.match(packageJson.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'package.json holds a semantic version')
})

t.test('.dockerignore lets in only what the image copies (never .data, with its keys and passwords)', async (t) => {
  const rules = readRepoFile('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  t.equal(rules[0], '**', 'everything is excluded first')
  const allowed = rules.filter((r) => r.startsWith('!')).map((r) => r.slice(1).replace(/\/$/, ''))
  t.same([...allowed].sort(), [...copiedFromContext, 'package-lock.json'].sort(), 'the exceptions are exactly the copied paths')
  t.notOk(allowed.some((p) => p.startsWith('.data') || p === 'test' || p.startsWith('.git')))
  for (const source of copiedFromContext) t.ok(existsSync(path.join(repoRoot, source)), `${source} exists`)
})

t.test('every file the image runs imports only copied files and production dependencies', async (t) => {
  const insideImage = (file: string) => {
    const relative = path.relative(repoRoot, file)
    return copiedFromContext.some((source) => relative === source || relative.startsWith(`${source}/`))
  }
  const builtins = new Set(builtinModules)
  const entries = [
    'docker/service.ts',
    'docker/healthcheck.ts',
    'scripts/migrate.ts',
    'scripts/mint-token.ts',
    ...serviceNames.map((s) => `services/${s}/server.ts`),
    // Kysely's FileMigrationProvider loads every file in the folder.
    ...serviceNames.flatMap((s) => readdirSync(path.join(repoRoot, 'migrations', s)).map((f) => `migrations/${s}/${f}`)),
  ].map((f) => path.join(repoRoot, f))
  const seen = new Set<string>()
  const queue = [...entries]
  const problems: string[] = []
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!insideImage(file)) problems.push(`${path.relative(repoRoot, file)} is not copied into the image`)
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(`${path.relative(repoRoot, file)} does not exist`)
      continue
    }
    const source = readRepoFile(path.relative(repoRoot, file))
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?\bfrom\s+'([^']+)'/gm),
      ...source.matchAll(/^\s*import\s+'([^']+)'/gm),
      ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]!)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier))
      else if (!specifier.startsWith('node:') && !builtins.has(specifier)) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
        if (!packageJson.dependencies[name]) problems.push(`${path.relative(repoRoot, file)} imports ${name}, which is not a production dependency`)
      }
    }
  }
  t.same(problems, [])
  t.ok(seen.size > 50, `walked ${seen.size} files`)
})
