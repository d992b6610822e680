import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { reachableCodes } from '../../scripts/problem-codes/reachable-codes.ts'
import { assessmentProblems } from '../../services/assessment/problems.ts'
import { catalogueProblems } from '../../services/catalogue/problems.ts'
import { kernelProblems } from '../../services/kernel/problems.ts'
import { reportingProblems } from '../../services/reporting/problems.ts'
import { repoRoot } from '../setup/paths.ts'

// Every code an operation's handler can reach must be in that operation's contract, so an
// integrator reading the contract knows every `code` it may answer. The committed contracts are
// the code's (the OpenAPI drift check sees to that), so they are read from openapi/.

interface Operation {
  method: string
  path: string
  operationId: string
  codes: Set<string>
  /** Statuses answered as a page for people (the dashboard), where no code is shown. */
  htmlStatuses: Set<number>
}

function operationsOf(service: string): Operation[] {
  const document = JSON.parse(readFileSync(path.join(repoRoot, 'openapi', `${service}.json`), 'utf8'))
  const operations: Operation[] = []
  for (const [url, item] of Object.entries<Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> }> }>>(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const codes = new Set<string>()
      const htmlStatuses = new Set<number>()
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const part of response.content?.['application/problem+json']?.schema?.allOf ?? []) for (const code of part.properties?.code?.enum ?? []) codes.add(code)
        if (Number(status) >= 400 && response.content?.['text/html']) htmlStatuses.add(Number(status))
      }
      operations.push({ method: method.toUpperCase(), path: url, operationId: operation.operationId, codes, htmlStatuses })
    }
  }
  return operations
}

const services = { catalogue: catalogueProblems, assessment: assessmentProblems, reporting: reportingProblems }
const statusOf = new Map([kernelProblems, ...Object.values(services)].flatMap((catalogue) => Object.values(catalogue).map((type) => [type.code, type.status] as const)))
const operations = Object.fromEntries(Object.keys(services).map((service) => [service, operationsOf(service)]))
const reachability = reachableCodes(repoRoot)

t.test('every code a handler can reach is listed in its operation’s contract', async (t) => {
  for (const route of reachability.routes) {
    const [, service] = route.file.split('/')
    // Kernel routes (the audit trail) are part of every service.
    const candidates = service === 'kernel' ? Object.values(operations).flat() : operations[service!]!
    const matches = candidates.filter((operation) => operation.method === route.method && route.urlPattern.test(operation.path))
    t.ok(matches.length > 0, `${route.file}:${route.line} ${route.method} matches an operation of the contract`)
    for (const operation of matches) {
      const missing = [...route.codes].filter((code) => !operation.codes.has(code) && !operation.htmlStatuses.has(statusOf.get(code)!))
      t.same(missing, [], `${operation.operationId} (${route.file}:${route.line}) lists every code its handler can answer`)
    }
  }
})

t.test('a code named outside route handlers is the kernel’s, which declares it by rule', async (t) => {
  const kernelCodes = new Set(Object.keys(kernelProblems))
  const declaredAnywhere = new Set(Object.values(operations).flat().flatMap((operation) => [...operation.codes]))
  for (const [code, where] of reachability.elsewhere) {
    const reachedByHandlers = reachability.routes.some((route) => route.codes.has(code))
    t.ok(kernelCodes.has(code) || reachedByHandlers, `${code} (named in ${[...where].join(', ')}) is a kernel code or reached from a handler`)
    if (kernelCodes.has(code) && !['ROUTE_NOT_FOUND', 'METHOD_NOT_ALLOWED'].includes(code)) t.ok(declaredAnywhere.has(code), `${code} is declared by the kernel's rules`)
  }
})

t.test('every catalogued code is used, and every code in a contract is catalogued', async (t) => {
  const named = new Set([...reachability.routes.flatMap((route) => [...route.codes]), ...reachability.elsewhere.keys()])
  for (const [service, catalogue] of Object.entries(services)) {
    for (const code of Object.keys(catalogue)) t.ok(named.has(code), `${service}: ${code} is thrown somewhere`)
    const known = new Set([...Object.keys(catalogue), ...Object.keys(kernelProblems)])
    for (const operation of operations[service]!) {
      const unknown = [...operation.codes].filter((code) => !known.has(code))
      t.same(unknown, [], `${operation.operationId} lists only catalogued codes`)
    }
  }
})

t.test('a code keeps one status wherever it is defined', async (t) => {
  const statuses = new Map<string, number>()
  for (const catalogue of [kernelProblems, ...Object.values(services)]) {
    for (const type of Object.values(catalogue)) {
      const seen = statuses.get(type.code)
      if (seen !== undefined) t.equal(type.status, seen, `${type.code} has the same status in every catalogue`)
      statuses.set(type.code, type.status)
    }
  }
})
