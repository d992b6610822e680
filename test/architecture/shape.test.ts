import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t, { type Test } from 'tap'
import { repoRoot } from '../setup/paths.ts'

// The layout the README describes, checked: SQL only in repositories, no HTTP below the routes,
// routes typed by their schemas, pure domain folders, services that never import each other, and
// one meaning per folder name.

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'services'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file.endsWith('.ts'))
const source = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')
const folderOf = (file: string) => file.split('/')[2]!

/** What each folder of a service holds; the README's layout section says the same in words. */
const SERVICE_FOLDERS = new Set(['routes', 'schemas', 'operations', 'repositories', 'domain', 'mappers', 'events', 'ingestion', 'catalogue-client', 'seed', 'dashboard'])
const SERVICE_FILES = new Set(['app.ts', 'server.ts', 'problems.ts'])
/** Folders below the HTTP layer: they know nothing of Fastify or the request. */
const BELOW_ROUTES = new Set(['operations', 'repositories', 'domain', 'mappers', 'events', 'ingestion', 'catalogue-client', 'seed', 'dashboard'])

const SERVICES = ['kernel', 'catalogue', 'assessment', 'reporting']
const serviceOf = (file: string) => file.split('/')[1]!
/** Runs a check per service, so a failure names the service. */
const perService = (t: Test, name: string, check: (t: Test, service: string, serviceFiles: string[]) => void | Promise<void>) =>
  t.test(name, async (t) => {
    for (const service of SERVICES) {
      await t.test(service, async (t) => check(t, service, files.filter((file) => serviceOf(file) === service)))
    }
  })

const QUERY_BUILDER = /\.(selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom|mergeInto|replaceInto)\(|\bsql(<[^>]*>)?`/
const FASTIFY_IMPORT = /from '(fastify|@fastify\/[\w-]+|fastify-plugin)'/
const INPUT_CAST = /request\.(params|body|query|headers)(\.[\w$]+|\[[^\]]+\])?\s*\)?\s+as\s/

function importsOf(file: string, { typesToo = true } = {}): string[] {
  return [...source(file).matchAll(/^import (type )?[^;]*? from '([^']+)'/gm)].filter((m) => typesToo || !m[1]).map((m) => m[2]!)
}

function resolved(file: string, specifier: string): string {
  return path.normalize(path.join(path.dirname(file), specifier))
}

perService(t, 'SQL is written only in repositories (and migrations)', (t, _service, files) => {
  const offenders = files.filter((file) => !file.includes('/repositories/') && QUERY_BUILDER.test(source(file)))
  t.same(offenders, [], 'no query builder call or sql template outside repositories/')
})

perService(t, 'nothing below the routes knows Fastify or the HTTP request', (t, _service, files) => {
  const below = files.filter((file) => !file.startsWith('services/kernel/') && BELOW_ROUTES.has(folderOf(file)))
  t.same(below.filter((file) => FASTIFY_IMPORT.test(source(file)) || /FastifyRequest|FastifyReply/.test(source(file))), [], 'operations, repositories, domain and the rest take an Actor, never a request')
  const kernelUsedBelow = new Set(
    below.flatMap((file) => importsOf(file).filter((specifier) => specifier.startsWith('.')).map((specifier) => resolved(file, specifier)).filter((target) => target.startsWith('services/kernel/'))),
  )
  const httpKernel = [...kernelUsedBelow].filter((file) => FASTIFY_IMPORT.test(source(file)) || /FastifyRequest|FastifyReply/.test(source(file)))
  t.same(httpKernel, [], 'kernel helpers used below the routes are free of Fastify too')
})

perService(t, 'routes take their inputs as the schemas type them, never by a cast', (t, _service, files) => {
  const offenders = files.flatMap((file) =>
    source(file)
      .split('\n')
      .flatMap((line, i) => (INPUT_CAST.test(line) ? [`${file}:${i + 1}`] : [])),
  )
  t.same(offenders, [], 'no `request.params|body|query|headers as …`')
})

t.test('domain folders are pure: no database, HTTP or other layers', async (t) => {
  const domain = files.filter((file) => folderOf(file) === 'domain')
  for (const file of domain) {
    // Type-only imports (the shapes a domain function accepts) are erased: only running code counts.
    const impure = importsOf(file, { typesToo: false }).filter(
      (specifier) => /^(kysely|pg|fastify|@fastify\/|node:http|node:https|node:net|node:dns|undici)/.test(specifier) || (specifier.startsWith('.') && !resolved(file, specifier).includes('/domain/') && !resolved(file, specifier).startsWith('services/kernel/')),
    )
    t.same(impure, [], `${file} imports only pure modules`)
  }
})

t.test('a service never imports another service', async (t) => {
  for (const file of files.filter((f) => !f.startsWith('services/kernel/'))) {
    const service = file.split('/')[1]
    const foreign = importsOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolved(file, specifier))
      .filter((target) => target.startsWith('services/') && !target.startsWith(`services/${service}/`) && !target.startsWith('services/kernel/'))
    t.same(foreign, [], `${file} stays inside its service and the kernel`)
  }
})

perService(t, 'each service uses the same folder names, each with one meaning', (t, service, files) => {
  if (service === 'kernel') return
  for (const file of files) {
    const entry = file.split('/')[2]!
    const known = file.split('/').length === 3 ? SERVICE_FILES.has(entry) : SERVICE_FOLDERS.has(entry)
    t.ok(known, `${file}: ${entry} is one of the layout's names`)
  }
})

/** Strongly connected groups of more than one file: each is an import circle. */
function importCircles(group: string[]): string[][] {
  const inGroup = new Set(group)
  const edges = new Map(group.map((file) => [file, importsOf(file).filter((s) => s.startsWith('.')).map((s) => resolved(file, s)).filter((target) => inGroup.has(target))]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  let counter = 0
  const visit = (file: string): void => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!))
    }
    if (low.get(file) === index.get(file)) {
      const circle: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        circle.push(member)
      } while (member !== file)
      if (circle.length > 1) circles.push(circle.sort())
    }
  }
  for (const file of group) if (!index.has(file)) visit(file)
  return circles
}

perService(t, 'no import circles', (t, _service, files) => {
  t.same(importCircles(files), [], 'modules depend one way: routes on operations, operations on repositories and domain')
})
