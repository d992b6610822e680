import type { Selectable } from 'kysely'
import { pinnedFactors } from '../domain/factor-sets.ts'
import { tenderScoringRules } from '../domain/tender-scoring-rules.ts'
import type { LotTable } from '../repositories/database.ts'
import type { ProcurementRow } from '../repositories/procurements.ts'
import type { Procurement } from '../schemas/procurement.ts'

const money = (amount: string | null, currency: string) => (amount === null ? null : { amount, currency })

export function toProcurement(row: ProcurementRow, lots: Pick<Selectable<LotTable>, 'id' | 'title' | 'estimated_value'>[]): Procurement {
  const settings = row.settings
  const tender = row.evaluation_criteria
  return {
    id: row.id,
    buyerOrganisationId: row.buyer_organisation_id,
    title: row.title,
    description: row.description,
    productCategory: row.product_category,
    cpvCodes: row.cpv_codes,
    currency: row.currency,
    estimatedValue: money(row.estimated_value, row.currency),
    status: row.status,
    lots: lots.map((lot) => ({ id: lot.id, title: lot.title, estimatedValue: money(lot.estimated_value, row.currency) })),
    criteriaSet: { id: row.criteria_set_id, version: row.criteria_set_version, title: row.criteria_set_title, ambitionLevel: row.criteria_set_ambition_level },
    criteria: settings.criteria,
    weighting: settings.weighting,
    priceScoring: settings.priceScoring,
    lifeCycle: settings.lifeCycle,
    evaluationCriteria: { ...tender.criteria, performanceClauses: tender.performanceClauses, acceptedEvidence: tender.acceptedEvidence },
    scoringRules: tenderScoringRules(
      {
        priceWeight: settings.weighting.priceWeight,
        qualityWeight: settings.weighting.qualityWeight,
        minimumQualityScore: settings.weighting.minimumQualityScore,
        priceScoring: { basis: settings.priceScoring.basis, rule: { method: settings.priceScoring.rule } },
        years: settings.lifeCycle.years,
        factorSet: pinnedFactors(settings.lifeCycle),
      },
      tender.criteria,
    ),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
