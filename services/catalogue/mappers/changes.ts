import type { ChangeRecord } from '../repositories/changes.ts'
import type { Change } from '../schemas/change.ts'

export function toChange(change: ChangeRecord): Change {
  return {
    sequence: change.sequence,
    occurredAt: change.occurredAt.toISOString(),
    entityType: change.entityType,
    entityId: change.entityId,
    version: change.version,
    action: change.action,
    href: `/api/v1/${change.entityType === 'criterion' ? 'criteria' : 'criteria-sets'}/${change.entityId}/versions/${change.version}`,
  }
}
