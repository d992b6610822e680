import { spawnSync } from 'node:child_process'
import { Writable } from 'node:stream'
import path from 'node:path'
import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { createLogger, defaultLogFormat, LOGGED_URL_LENGTH } from '../../../services/kernel/logger.ts'
import { buildTestServiceOn, freshDatabase } from '../../helpers/service.ts'
import { repoRoot } from '../../setup/paths.ts'

// A readable terminal: probes, which come every few seconds, log one line at debug instead of
// two at info; logs are readable lines at a terminal and JSON lines otherwise; a caller cannot make
// a log line as long as the URL it sends.

const lines: Record<string, unknown>[] = []
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>)
    done()
  },
})
const url = await freshDatabase(t, 'catalogue')
const { app } = await buildTestServiceOn(t, url, 'catalogue', buildCatalogueApp, {}, createLogger('catalogue', 'debug', 'json', sink))

t.test('probes log one line at debug; other requests keep their info lines', async (t) => {
  lines.length = 0
  for (const probe of ['/healthcheck', '/health/live', '/health/ready']) await app.inject({ url: probe })
  await app.inject({ url: '/api/v1/code-lists', headers: { 'x-correlation-id': 'not-a-probe' } })
  const probeLines = lines.filter((line) => /^\/health/.test(String((line.req as { url?: string } | undefined)?.url ?? '')) || line.msg === 'probe answered')
  t.same(probeLines.map((line) => [line.level, line.msg]), [[20, 'probe answered'], [20, 'probe answered'], [20, 'probe answered']], 'one debug line each, nothing at info')
  t.ok(probeLines.every((line) => typeof line.correlationId === 'string' && typeof line.responseTime === 'number'))
  const other = lines.filter((line) => line.correlationId === 'not-a-probe')
  t.same(other.map((line) => [line.level, line.msg]), [[30, 'incoming request'], [30, 'request completed']])
})

t.test('an over-long URL is clipped in the request lines', async (t) => {
  lines.length = 0
  const path = `/api/v1/criteria/${'a'.repeat(10_000)}`
  const response = await app.inject({ url: path, headers: { 'x-correlation-id': 'long-url' } })
  t.equal(response.statusCode, 414)
  const incoming = lines.find((line) => line.correlationId === 'long-url' && line.msg === 'incoming request')
  const logged = (incoming?.req as { url?: string } | undefined)?.url ?? ''
  t.equal(logged, `${path.slice(0, LOGGED_URL_LENGTH)}…[${path.length - LOGGED_URL_LENGTH} more characters]`, 'the first 2,048 characters and how many were cut')
  t.ok(lines.every((line) => JSON.stringify(line).length < 4096), 'no line near the URL’s size')
  await app.inject({ url: '/api/v1/code-lists?locale=en', headers: { 'x-correlation-id': 'short-url' } })
  t.equal((lines.find((line) => line.correlationId === 'short-url')?.req as { url?: string }).url, '/api/v1/code-lists?locale=en', 'a normal URL is logged whole')
})

t.test('JSON when stdout is not a terminal, readable lines when it is or when asked', async (t) => {
  t.equal(defaultLogFormat(undefined), 'json')
  t.equal(defaultLogFormat(false), 'json')
  t.equal(defaultLogFormat(true), 'pretty')
  const script = (format: string) =>
    `import { createLogger } from ${JSON.stringify(path.join(repoRoot, 'services/kernel/logger.ts'))}; createLogger('catalogue', 'info', '${format}').info({ port: 3001 }, 'catalogue ready')`
  const run = (format: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script(format)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout
  const json = JSON.parse(run('json')) as Record<string, unknown>
  t.match(json, { level: 30, service: 'catalogue', msg: 'catalogue ready', port: 3001 })
  const pretty = run('pretty')
  t.match(pretty, /^\[\d\d:\d\d:\d\d\] INFO: catalogue › catalogue ready/)
  t.match(pretty, /\{"port":3001\}/)
  t.equal(pretty.trim().split('\n').length, 1, 'one line per entry')
})
