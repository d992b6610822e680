import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { contractOf, endpointOf, type ServiceName } from './steps/contract.ts'

// The API suite's operation coverage check (coverage.ts), on made-up run records: what counts as a
// positive and a negative scenario, and how a request path finds its operation.

const run = promisify(execFile)
const script = path.join(import.meta.dirname, 'coverage.ts')

t.test('a request path falls under its contract path, literal segments first', async (t) => {
  t.equal(endpointOf('reporting', '/api/v1/kpis/values'), '/api/v1/kpis/values')
  t.equal(endpointOf('reporting', '/api/v1/kpis/values.csv?buyer=X'), '/api/v1/kpis/values.csv')
  t.equal(endpointOf('reporting', '/api/v1/kpis/K05'), '/api/v1/kpis/{kpiId}')
  t.equal(endpointOf('assessment', '/api/v1/procurements/p-1/lots/LOT-1/evaluations/latest'), '/api/v1/procurements/{procurementId}/lots/{lotId}/evaluations/latest')
  t.equal(endpointOf('catalogue', '/api/v1/nothing-here'), null)
  t.equal(endpointOf('catalogue', '/api/v1/criteria//versions'), null, 'an empty segment is no parameter')
})

function everyOperation() {
  const all: { service: ServiceName; method: string; path: string }[] = []
  for (const service of ['catalogue', 'assessment', 'reporting'] as const) {
    for (const [endpoint, methods] of Object.entries(contractOf(service).document.paths)) {
      for (const method of Object.keys(methods)) all.push({ service, method: method.toUpperCase(), path: endpoint.replace(/\{[^}]+\}/g, 'x') })
    }
  }
  return all
}

t.test('every operation with a success in a @positive and a 4xx in a @negative scenario passes', async (t) => {
  const file = path.join(t.testdir(), 'operations.json')
  const operations = everyOperation()
  writeFileSync(file, [
    JSON.stringify({ scenario: 'p', tags: ['@positive'], exercised: operations.map((o) => ({ ...o, status: 200 })) }),
    JSON.stringify({ scenario: 'n', tags: ['@negative'], exercised: operations.map((o) => ({ ...o, status: 404 })) }),
  ].join('\n'))
  const { stdout } = await run(process.execPath, [script, file])
  t.match(stdout, `coverage: ${operations.length} of ${operations.length} operations have a positive and a negative scenario`)
})

t.test('an operation seen only failing in a @positive scenario, or succeeding in a @negative one, is listed and fails the run', async (t) => {
  const file = path.join(t.testdir(), 'operations.json')
  const operations = everyOperation().filter((o) => !(o.service === 'reporting' && o.path === '/api/v1/kpis/x'))
  writeFileSync(file, [
    JSON.stringify({ scenario: 'p', tags: ['@positive'], exercised: [...operations.map((o) => ({ ...o, status: 200 })), { service: 'reporting', method: 'GET', path: '/api/v1/kpis/K01', status: 500 }] }),
    JSON.stringify({ scenario: 'n', tags: ['@negative'], exercised: [...operations.map((o) => ({ ...o, status: 400 })), { service: 'reporting', method: 'GET', path: '/api/v1/kpis/K01', status: 200 }] }),
  ].join('\n'))
  const failed = await run(process.execPath, [script, file]).then(() => null, (error: { code: number; stdout: string }) => error)
  t.equal(failed?.code, 1)
  t.match(failed?.stdout, 'reporting.getKpi (GET /api/v1/kpis/{kpiId}): no positive and no negative scenario')
  t.notMatch(failed?.stdout, 'reporting.listKpis')
})
