import type { Kysely } from 'kysely'
import type { ServiceGauge } from '../../kernel/service-gauge.ts'
import type { ReportingDatabase } from '../repositories/database.ts'
import { freshness } from './kpis.ts'

/**
 * How far the read model trails its sources, at /metrics: the age of each feed's last successful
 * poll (feed lag) and its time (read-model freshness). A feed never read yet has neither.
 */
export function readModelGauges(db: Kysely<ReportingDatabase>): ServiceGauge[] {
  const read = async (value: (lagSeconds: number, lastSuccessAt: string) => number) =>
    (await freshness(db, new Date()))
      .filter((feed) => feed.lagSeconds !== null && feed.lastSuccessAt !== null)
      .map((feed) => ({ labels: { source: feed.source }, value: value(feed.lagSeconds!, feed.lastSuccessAt!) }))
  return [
    { name: 'reporting_feed_lag_seconds', help: 'Seconds since the last successful read of each source feed.', labelNames: ['source'], read: () => read((lag) => lag) },
    {
      name: 'reporting_read_model_last_success_timestamp_seconds',
      help: 'Unix time of the last successful read of each source feed: how fresh the read model is.',
      labelNames: ['source'],
      read: () => read((_lag, at) => Date.parse(at) / 1000),
    },
  ]
}
