import { existsSync, readFileSync } from 'node:fs'
import { contractOf, endpointOf, type ServiceName } from './steps/contract.ts'

// Checks, after a run of the suite, that every operation of the three contracts was exercised by
// at least one @positive scenario that got a success (2xx or 304) and one @negative scenario that
// got a 4xx, from the requests the scenarios made themselves (set-up steps do not count).
// Prints the operations that lack either and exits 1 if there are any.
//   node test/api/coverage.ts test/api/result/operations.json

interface Line {
  scenario: string
  tags: string[]
  exercised: { service: ServiceName; method: string; path: string; status: number }[]
}

const file = process.argv[2] ?? 'test/api/result/operations.json'
if (!existsSync(file)) {
  process.stdout.write(`coverage: ${file} is missing (did the suite run?)\n`)
  process.exit(1)
}
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line)
const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const positive = new Set<string>()
const negative = new Set<string>()
for (const { tags, exercised } of lines) {
  for (const request of exercised) {
    const endpoint = endpointOf(request.service, request.path)
    if (!endpoint) continue
    const key = `${request.service} ${request.method.toUpperCase()} ${endpoint}`
    if (tags.includes('@positive') && (request.status < 300 || request.status === 304)) positive.add(key)
    if (tags.includes('@negative') && request.status >= 400 && request.status < 500) negative.add(key)
  }
}

const missing: string[] = []
let operations = 0
for (const service of services) {
  for (const [endpoint, methods] of Object.entries(contractOf(service).document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations++
      const key = `${service} ${method.toUpperCase()} ${endpoint}`
      const lacks = [positive.has(key) ? null : 'positive', negative.has(key) ? null : 'negative'].filter(Boolean)
      if (lacks.length) missing.push(`  ${service}.${operation.operationId} (${method.toUpperCase()} ${endpoint}): no ${lacks.join(' and no ')} scenario`)
    }
  }
}
process.stdout.write(`coverage: ${operations - missing.length} of ${operations} operations have a positive and a negative scenario\n`)
if (missing.length) process.stdout.write(`${missing.join('\n')}\n`)
process.exit(missing.length ? 1 : 0)
