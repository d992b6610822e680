import type { Kysely } from 'kysely'
import type { ServiceGauge } from '../../kernel/service-gauge.ts'
import type { AssessmentDatabase } from '../repositories/database.ts'
import { countDeliveryBacklog } from '../repositories/webhooks.ts'

/** The webhook backlog at /metrics: a growing `due` means subscribers or the dispatcher lag behind. */
export function webhookGauges(db: Kysely<AssessmentDatabase>): ServiceGauge[] {
  return [
    {
      name: 'webhook_deliveries',
      help: 'Webhook deliveries by state: pending (still to make), due (pending and due now), given_up (after the last attempt failed).',
      labelNames: ['state'],
      read: async () => {
        const backlog = await countDeliveryBacklog(db)
        return [
          { labels: { state: 'pending' }, value: backlog.pending },
          { labels: { state: 'due' }, value: backlog.due },
          { labels: { state: 'given_up' }, value: backlog.givenUp },
        ]
      },
    },
  ]
}
