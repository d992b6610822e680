import type { CriterionIdentity } from '../repositories/criteria.ts'
import type { VersionRow } from '../repositories/versions.ts'
import type { CriteriaSetContent, CriteriaSetVersion } from '../schemas/criteria-set.ts'
import type { CriterionContent, CriterionVersion } from '../schemas/criterion.ts'

const iso = (date: Date | null) => (date ? date.toISOString() : null)

function lifecycle(row: VersionRow<unknown>) {
  return {
    version: row.version,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
    deprecatedAt: iso(row.deprecatedAt),
  }
}

export function toCriterionVersion(identity: CriterionIdentity, row: VersionRow<CriterionContent>): CriterionVersion {
  return { id: identity.id, code: identity.code, source: identity.source, ...lifecycle(row), content: row.content }
}

export function toCriteriaSetVersion(row: VersionRow<CriteriaSetContent>): CriteriaSetVersion {
  return { id: row.entityId, ...lifecycle(row), content: row.content }
}
