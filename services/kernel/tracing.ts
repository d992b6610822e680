import type { FastifyPluginCallback } from 'fastify'
import { isProbe } from './health.ts'
import { METRICS_PATH } from './metrics.ts'

export interface Tracing {
  /** Registered first in the app, so every route's request gets a span. */
  plugin: FastifyPluginCallback
  /** Sends the spans still buffered; called on shutdown. */
  shutdown: () => Promise<void>
}

export interface TracingOptions {
  service: string
  version: string
  /** OTLP/HTTP collector base URL (OTEL_EXPORTER_OTLP_ENDPOINT); spans go to `<endpoint>/v1/traces`. */
  endpoint: string
}

/**
 * OpenTelemetry tracing, started only when a collector is configured: the SDK loads on demand, so
 * a service without one carries none of it. Each request is a span named by its route template,
 * with the correlation id as `correlation_id`, so a trace and the log lines of one call are found
 * from each other; W3C `traceparent` from the caller is followed. Probes and scrapes are left out.
 */
export async function startTracing(options: TracingOptions): Promise<Tracing> {
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }, { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION }, { FastifyOtelInstrumentation }] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/semantic-conventions'),
      import('@fastify/otel'),
    ])
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.service, [ATTR_SERVICE_VERSION]: options.version }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }))],
  })
  provider.register()
  const instrumentation = new FastifyOtelInstrumentation({
    requestHook: (span, request) => span.setAttribute('correlation_id', request.id),
    ignorePaths: (route) => isProbe(route.url) || route.url === METRICS_PATH,
  })
  instrumentation.setTracerProvider(provider)
  return { plugin: instrumentation.plugin() as unknown as FastifyPluginCallback, shutdown: () => provider.shutdown() }
}
