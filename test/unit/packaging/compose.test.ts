import t from 'tap'
import { parse } from 'yaml'
import { defaultPorts } from '../../../services/kernel/config.ts'
import { contractPaths, environmentNames, packageJson, readRepoFile, serviceNames } from './helpers.ts'

interface ComposeService {
  image?: string
  build?: { context: string; dockerfile: string; args?: Record<string, string> }
  command?: string[]
  restart?: string
  environment?: Record<string, string | number | boolean>
  ports?: string[]
  volumes?: string[]
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
}

// Compose files use YAML merge keys (<<) for the shared image and environment.
const compose = parse(readRepoFile('docker-compose.yml'), { merge: true }) as {
  services: Record<string, ComposeService>
  volumes: Record<string, unknown>
}
const known = new Set(environmentNames())

t.test('PostgreSQL, a one-shot migration and the three services', async (t) => {
  t.same(Object.keys(compose.services).sort(), ['assessment', 'catalogue', 'migrate', 'postgres', 'reporting'])
  const postgres = compose.services.postgres!
  t.match(postgres.healthcheck?.test.join(' '), /pg_isready/)
  t.ok(postgres.volumes?.some((v) => v.startsWith('postgres-data:')), 'data on a named volume')
  t.ok('postgres-data' in compose.volumes)
})

t.test('each service: its image, its name in SERVICE, its default port, the image health check', async (t) => {
  for (const name of serviceNames) {
    const service = compose.services[name]!
    t.equal(service.image, `circular-ict-procurement:\${VERSION:-${packageJson.version}}`, `${name}: image tagged with the semantic version`)
    t.equal(service.build?.dockerfile, 'docker/Dockerfile')
    t.equal(service.environment?.SERVICE, name)
    const port = defaultPorts[name]
    t.same(service.ports, [`127.0.0.1:${port}:${port}`], `${name}: published on loopback only, on its default port`)
    t.equal(Number(service.environment?.[`${name.toUpperCase()}_PORT`]), port)
    t.same(service.healthcheck?.test, ['CMD', 'node', 'docker/healthcheck.ts'])
    t.ok(service.volumes?.includes('app-data:/data'), `${name}: shares the local signing key`)
  }
  t.equal(compose.services.catalogue!.environment?.CATALOGUE_URL, `http://catalogue:${defaultPorts.catalogue}`)
  t.equal(compose.services.reporting!.environment?.ASSESSMENT_URL, `http://assessment:${defaultPorts.assessment}`)
  for (const name of serviceNames) t.ok(contractPaths(name).includes('/healthcheck'))
})

t.test('start order: database healthy, migrations done, catalogue, assessment, reporting', async (t) => {
  const { services } = compose
  t.same(services.migrate!.depends_on, { postgres: { condition: 'service_healthy' } })
  t.same(services.migrate!.command, ['node', 'scripts/migrate.ts', '--wait', '60'])
  t.equal(services.migrate!.restart, 'no', 'a finished one-shot is not restarted')
  t.same(services.catalogue!.depends_on, { migrate: { condition: 'service_completed_successfully' } })
  t.same(services.assessment!.depends_on, { catalogue: { condition: 'service_healthy' } })
  t.same(services.reporting!.depends_on, { catalogue: { condition: 'service_healthy' }, assessment: { condition: 'service_healthy' } })
})

t.test('environment names are the ones config.ts reads, and every one is wired', async (t) => {
  const unwired = new Set(known)
  for (const name of ['migrate', ...serviceNames]) {
    const env = compose.services[name]!.environment ?? {}
    for (const key of Object.keys(env)) {
      if (key === 'SERVICE') continue
      t.ok(known.has(key), `${name}: ${key} is a variable config.ts reads`)
      unwired.delete(key)
    }
  }
  // The embedded server is never used with DATABASE_URL set; the public URL is per deployment.
  t.same([...unwired].sort(), ['EMBEDDED_POSTGRES_PORT', 'PUBLIC_BASE_URL'])
})

t.test('no password in the file: the database password must come from the environment', async (t) => {
  const env = compose.services.catalogue!.environment!
  t.equal(env.DATABASE_URL, 'postgres://circular:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@postgres:5432/circular_ict')
  t.match(String(compose.services.postgres!.environment?.POSTGRES_PASSWORD), /^\$\{POSTGRES_PASSWORD:\?/)
  for (const [key, value] of Object.entries(env)) {
    if (/SECRET|PASSWORD/.test(key)) t.match(String(value), /^\$\{[A-Z_]+:?-?\}$/, `${key} is only passed through`)
  }
})
