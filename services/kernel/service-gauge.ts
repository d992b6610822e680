// Fastify-free, so operations below the routes can define their gauges.

export interface GaugeReading {
  labels?: Record<string, string>
  value: number
}

/**
 * A figure of the service's own, read when Prometheus scrapes (never on a timer): a service
 * passes its list to buildServiceApp as `gauges`.
 */
export interface ServiceGauge {
  name: string
  help: string
  labelNames?: string[]
  read: () => Promise<GaugeReading[]>
}
