import { systemActor } from '../../services/kernel/actor.ts'
import { listAppliedMigrations } from '../../services/kernel/repositories/applied-migrations.ts'
import { insertAuditEntry, listAuditEntries } from '../../services/kernel/repositories/audit-log.ts'
import { isDatabaseReachable } from '../../services/kernel/repositories/database-probe.ts'
import { claimKey, findLiveKey, storeAnswer } from '../../services/kernel/repositories/idempotency-keys.ts'
import type { RepositoryQueries } from './compile.ts'

const key = { key: 'retry-key-1', scope: '{"caller":"…","operation":"POST /api/v1/procurements"}' }

export const kernelQueries: RepositoryQueries[] = [
  {
    module: 'services/kernel/repositories/audit-log.ts',
    queries: [
      { name: 'insertAuditEntry', run: (db) => insertAuditEntry(db, systemActor('seed'), { action: 'criterion.created', entityType: 'criterion', entityId: 'EU-GPP-2021.TS1' }) },
      { name: 'listAuditEntries', run: (db) => listAuditEntries(db, { afterId: null, limit: 20 }) },
      { name: 'listAuditEntries (filtered, next page)', run: (db) => listAuditEntries(db, { entityType: 'bid', entityId: 'b-1', afterId: 40, limit: 20 }) },
    ],
  },
  {
    module: 'services/kernel/repositories/idempotency-keys.ts',
    queries: [
      { name: 'findLiveKey', run: (db) => findLiveKey(db, key) },
      { name: 'claimKey', run: (db) => db.executeQuery(claimKey(db, key, 'sha256-of-request')) },
      { name: 'storeAnswer', run: (db) => db.executeQuery(storeAnswer(db, key, { statusCode: 201, headers: {}, body: '{}' })) },
    ],
  },
  {
    module: 'services/kernel/repositories/database-probe.ts',
    queries: [{ name: 'isDatabaseReachable', run: (db) => isDatabaseReachable(db) }],
  },
  {
    module: 'services/kernel/repositories/applied-migrations.ts',
    queries: [{ name: 'listAppliedMigrations', run: (db) => listAppliedMigrations(db, 'assessment') }],
  },
]
