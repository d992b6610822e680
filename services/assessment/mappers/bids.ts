import type { Selectable } from 'kysely'
import type { BidTable, EvidenceTable } from '../repositories/database.ts'
import type { Bid, Evidence } from '../schemas/bid.ts'

export function toBid(row: Selectable<BidTable>): Bid {
  return {
    id: row.id,
    procurementId: row.procurement_id,
    lotId: row.lot_id,
    supplierId: row.supplier_id,
    status: row.status,
    offeredProducts: row.offered_products,
    responses: row.responses,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
  }
}

/** Evidence past its validity date reads as expired, whatever was decided about it before. */
export function evidenceStatusOn(row: Pick<Selectable<EvidenceTable>, 'status' | 'valid_until'>, today: string): Evidence['status'] {
  return row.valid_until !== null && row.valid_until < today ? 'expired' : row.status
}

export function toEvidence(row: Selectable<EvidenceTable>, today: string): Evidence {
  return {
    id: row.id,
    bidId: row.bid_id,
    criterionId: row.criterion_id,
    type: row.type as Evidence['type'],
    issuer: row.issuer,
    identifier: row.identifier,
    validUntil: row.valid_until,
    url: row.url,
    documentHash: row.document_hash,
    scheme: row.scheme as Evidence['scheme'],
    coverage: row.coverage,
    coveredModels: row.covered_models,
    status: evidenceStatusOn(row, today),
    statusReason: row.status_reason,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
