import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { startTracing } from '../../../services/kernel/tracing.ts'
import { buildTestService } from '../../helpers/service.ts'

// With OTEL_EXPORTER_OTLP_ENDPOINT set, each request is a span sent over OTLP/HTTP, named by its
// route, carrying the correlation id, and following the caller's traceparent. A stand-in collector
// records what arrives.

const received: unknown[] = []
const collector = createServer((request: IncomingMessage, response) => {
  let body = ''
  request.on('data', (chunk) => (body += chunk))
  request.on('end', () => {
    if (request.url === '/v1/traces') received.push(JSON.parse(body))
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
  })
})
await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve))
t.teardown(() => collector.close())
const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`

const tracing = await startTracing({ service: 'catalogue', version: '0.0.0-test', endpoint })
const { app } = await buildTestService(t, 'catalogue', (context) => buildCatalogueApp({ ...context, tracing }))

type Attribute = { key: string; value: { stringValue?: string; intValue?: number | string } }
type Span = { name: string; traceId: string; parentSpanId?: string; attributes: Attribute[] }
const spans = (): Span[] =>
  received.flatMap((batch: any) => batch.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans as Span[])))
const attribute = (span: Span, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue

t.test('a request is a span with its route, status and correlation id, in the caller\'s trace', async (t) => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
  await app.inject({ url: '/api/v1/criteria/EU-GPP-2021-CMTS.TS1', headers: { 'x-correlation-id': 'trace-me-1', traceparent: `00-${traceId}-00f067aa0ba902b7-01` } })
  await app.inject({ url: '/health/live' })
  await tracing.shutdown()
  const requestSpans = spans().filter((span) => attribute(span, 'http.route') !== undefined)
  const ours = requestSpans.find((span) => attribute(span, 'correlation_id') === 'trace-me-1')
  t.ok(ours, 'the span carries the correlation id')
  t.equal(attribute(ours!, 'http.route'), '/api/v1/criteria/:criterionId')
  t.equal(Buffer.from(ours!.traceId, /^[0-9a-f]{32}$/.test(ours!.traceId) ? 'hex' : 'base64').toString('hex'), traceId, 'in the trace the caller started')
  const resource = (received[0] as any).resourceSpans[0].resource.attributes as Attribute[]
  t.equal(resource.find((a) => a.key === 'service.name')?.value.stringValue, 'catalogue')
  t.notOk(requestSpans.some((span) => attribute(span, 'http.route') === '/health/live'), 'probes are not traced')
})
