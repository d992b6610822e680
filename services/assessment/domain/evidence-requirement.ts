import type { CatalogueCriterion } from '../catalogue-client/catalogue-types.ts'

/**
 * Documents the bidder writes itself. When a criterion accepts nothing else, its answer already is the
 * bidder's declaration: there is nothing for an evaluator to verify before the award, and the commitment is
 * checked during the contract.
 */
export const BIDDER_OWN_DOCUMENTS: readonly string[] = ['supplierDeclaration', 'technicalDossier', 'warrantyTerms', 'serviceAgreement']

/**
 * Whether a criterion's answers count only once their evidence is verified (docs/scoring.md, evidence):
 * - selection criteria: always, as before; without evidence the criterion fails;
 * - technical specifications and award criteria: when the catalogue accepts at least one document issued or
 *   recorded by someone other than the bidder (a test report, a certificate, a registry entry, ...);
 * - contract performance clauses: never at evaluation, they are monitored during the contract.
 * The buyer may decide otherwise for one criterion in the tender.
 */
export function evidenceRequired(criterion: CatalogueCriterion, buyerChoice: boolean | null | undefined): boolean {
  if (criterion.content.type === 'selectionCriterion') return true
  if (criterion.content.type === 'contractPerformanceClause') return false
  if (buyerChoice != null) return buyerChoice
  return criterion.content.acceptedEvidence.some((type) => !BIDDER_OWN_DOCUMENTS.includes(type))
}
