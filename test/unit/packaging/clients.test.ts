import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import ts from 'typescript'
import { contractTypes, postmanCollection, SERVICES } from '../../../scripts/clients/generate.ts'
import { repoRoot, testDataDir } from '../../setup/paths.ts'

// An integrator generates a client from each contract and writes code against it. These checks do
// the same: types from openapi-typescript, a small program with openapi-fetch, type-checked. If
// `limit` became required again, or a problem's `code` stopped being an enum, it would not compile.

type Service = (typeof SERVICES)[number]
type Document = { paths: Record<string, Record<string, { operationId: string; parameters?: { name?: string; in?: string }[]; requestBody?: { content: Record<string, { example?: unknown }> } }>> }

const contracts = Object.fromEntries(SERVICES.map((service) => [service, JSON.parse(readFileSync(path.join(repoRoot, 'openapi', `${service}.json`), 'utf8')) as Document])) as Record<Service, Document>
const operation = (service: Service, operationId: string) => {
  for (const [url, item] of Object.entries(contracts[service].paths)) for (const [method, op] of Object.entries(item)) if (op.operationId === operationId) return { url, method, op }
  throw new Error(`${service} has no ${operationId}`)
}

/** Every list operation of a contract must be callable without `limit`: one type-level assertion each. */
function listChecks(service: Service): string {
  const lists = Object.entries(contracts[service].paths).flatMap(([url, item]) => Object.entries(item).filter(([, op]) => op.parameters?.some((p) => p.in === 'query' && p.name === 'limit')).map(([method]) => ({ url, method })))
  return [
    `import type { paths as ${service}Paths } from './${service}.ts'`,
    ...lists.map(({ url, method }, index) => `export const ${service}LimitOptional${index}: 'limit' extends OptionalKeys<NonNullable<${service}Paths[${JSON.stringify(url)}][${JSON.stringify(method)}]['parameters']['query']>> ? true : false = true`),
  ].join('\n')
}

function program(): string {
  const createProcurement = operation('assessment', 'createProcurement')
  const example = createProcurement.op.requestBody!.content['application/json']!.example
  return `import createClient from 'openapi-fetch'
import type { components as AssessmentComponents, paths as AssessmentPaths } from './assessment.ts'
import type { paths as CataloguePaths } from './catalogue.ts'
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T]
${SERVICES.map(listChecks).join('\n')}

const catalogue = createClient<CataloguePaths>({ baseUrl: 'http://localhost:3001' })
const assessment = createClient<AssessmentPaths>({ baseUrl: 'http://localhost:3002' })

export async function firstPageOfCriteria(): Promise<string[]> {
  // No limit: the service pages by 20.
  const { data } = await catalogue.GET('/api/v1/criteria', { params: { query: { productCategory: 'notebooks' } } })
  return (data?.items ?? []).map((criterion) => criterion.id)
}

export async function criterionOrWhyNot(criterionId: string): Promise<string> {
  const { data, error, response } = await catalogue.GET('/api/v1/criteria/{criterionId}', { params: { path: { criterionId } } })
  if (data) return \`\${data.id} version \${data.version}, ETag \${response.headers.get('etag')}\`
  // The code is an enum in the contract: a typo, or a code the operation cannot answer, would not compile.
  type Code = NonNullable<typeof error>['code']
  const isEnum: string extends Code ? false : true = true
  switch (error?.code) {
    case 'CRITERION_NOT_FOUND':
      return 'no such criterion'
    case 'RATE_LIMITED':
      return \`retry after \${response.headers.get('retry-after')} s\`
    default:
      return \`\${isEnum} \${error?.title}\`
  }
}

const procurement: AssessmentComponents['schemas'] extends object ? AssessmentPaths['/api/v1/procurements']['post']['requestBody']['content']['application/json'] : never = ${JSON.stringify(example)}

export async function openTender(token: string) {
  const { data } = await assessment.POST('/api/v1/procurements', { body: procurement, headers: { authorization: \`Bearer \${token}\`, 'Idempotency-Key': 'tender-2026-001' } })
  return data?.id
}
`
}

/** Writes the generated types and the program into a folder of the repository (so openapi-fetch resolves) and type-checks them. */
async function typeCheck(name: string, documents: Record<Service, Document>): Promise<string[]> {
  const dir = path.join(testDataDir, `clients-${name}-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  for (const service of SERVICES) writeFileSync(path.join(dir, `${service}.ts`), await contractTypes(documents[service]))
  writeFileSync(path.join(dir, 'integrator.ts'), program())
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true, skipLibCheck: true, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
  }
  const checked = ts.createProgram([path.join(dir, 'integrator.ts')], options)
  return ts.getPreEmitDiagnostics(checked).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

t.test('a program typed by the generated clients compiles: lists without limit, bodies from the examples, problem codes as enums', async (t) => {
  t.same(await typeCheck('contracts', contracts), [])
})

t.test('the same program fails when a list makes limit required again', async (t) => {
  const broken = structuredClone(contracts)
  for (const item of Object.values(broken.catalogue.paths)) for (const op of Object.values(item)) for (const p of op.parameters ?? []) if (p.name === 'limit') Object.assign(p, { required: true })
  const errors = await typeCheck('broken', broken)
  const lists = Object.values(broken.catalogue.paths).flatMap((item) => Object.values(item)).filter((op) => op.parameters?.some((p) => p.name === 'limit'))
  t.ok(lists.length >= 4, `the catalogue has list operations (${lists.length})`)
  t.equal(errors.filter((error) => /Type 'true' is not assignable to type 'false'/.test(error)).length, lists.length, 'each list’s assertion fails')
  t.ok(errors.some((error) => /Property 'limit' is missing/.test(error)), 'and so does the call that omits limit')
  t.equal(errors.length, lists.length + 1, 'nothing else')
})

t.test('each contract converts to a Postman collection with every operation', async (t) => {
  for (const service of SERVICES) {
    const collection = (await postmanCollection(contracts[service])) as { info: { name: string }; item: { item?: unknown[] }[] }
    const count = (items: { item?: unknown[] }[]): number => items.reduce((sum, item) => sum + (item.item ? count(item.item as { item?: unknown[] }[]) : 1), 0)
    const operations = Object.values(contracts[service].paths).reduce((sum, item) => sum + Object.keys(item).length, 0)
    t.equal(count(collection.item), operations, `${service}: one request per operation`)
  }
})
