import t from 'tap'
import { nothingUndeclared, UNNAMED_MANAGEMENT_SYSTEM } from '../../../services/reporting/domain/feed-coverage.ts'
import { labelledBids, toAward, toCertifications, toClauseReport, toProcurement, type CertificateRecord } from '../../../services/reporting/repositories/read-model-rows.ts'

t.test('a report row becomes one clause’s report, keyed by the award of its contract', async (t) => {
  const figures = { repairs: 4, sparePartsDelivered: 9 }
  t.same(toClauseReport({ award_id: 'award-1', contract_id: 'contract-1', criterion_id: 'CPC1', period_start: '2025-01-01', period_end: '2025-12-31', figures }), {
    contractId: 'award-1',
    criterionId: 'CPC1',
    period: { start: '2025-01-01', end: '2025-12-31' },
    figures,
  })
})

const certificate = (overrides: Partial<CertificateRecord>): CertificateRecord => ({
  evidence_id: 'evidence-1',
  supplier_id: 'supplier-1',
  bid_id: 'bid-1',
  type: 'type1EcolabelCertificate',
  issuer: 'TCO Development',
  status: 'verified',
  valid_until: '2026-06-30',
  reviewed_at: new Date('2025-02-10T09:00:00Z'),
  ...overrides,
})

t.test('a bid is labelled while a verified Type I ecolabel certificate of it is valid', async (t) => {
  const rows = [
    certificate({}),
    certificate({ evidence_id: 'e-2', bid_id: 'bid-2', status: 'rejected' }),
    certificate({ evidence_id: 'e-3', bid_id: 'bid-3', valid_until: null }),
    certificate({ evidence_id: 'e-4', bid_id: 'bid-4', type: 'managementSystemCertificate' }),
  ]
  t.same([...labelledBids(rows, '2026-06-30T18:00:00Z')].sort(), ['bid-1', 'bid-3'], 'valid through its last day; no end date does not lapse')
  t.same([...labelledBids(rows, '2026-07-01T00:00:00Z')], ['bid-3'])
  t.same([...labelledBids(rows, '2025-02-01T00:00:00Z')], [], 'not yet verified on that date')
  const award = { id: 'a', procurement_id: 'p', lot_id: 'LOT-1', supplier_id: 'supplier-1', value_amount: '1.00', currency: 'EUR', life_cycle_cost: '1.50', awarded_at: new Date('2025-03-01T00:00:00Z') }
  const line = { model: 'M', gtin: null, deviceType: 'laptop', quantity: 5, unitPrice: { amount: '1.00', currency: 'EUR' }, condition: 'new', plannedLifetimeYears: 5, yearlyEnergyKWh: null, massKg: null, warrantyYears: 3 }
  const labelled = new Set(['bid-1'])
  t.equal(toAward({ ...award, bid_id: 'bid-1', units: [line] }, labelled, nothingUndeclared()).units[0]!.hasType1Ecolabel, true)
  t.equal(toAward({ ...award, bid_id: 'bid-2', units: [line] }, labelled, nothingUndeclared()).units[0]!.hasType1Ecolabel, false)
  t.equal(toAward({ ...award, bid_id: null, units: [line] }, labelled, nothingUndeclared()).units[0]!.hasType1Ecolabel, false, 'an award from before the feed named its bid')
})

t.test('management-system certificates become supplier certifications, valid from their verification', async (t) => {
  const rows = [certificate({ type: 'managementSystemCertificate', status: 'under_review', valid_until: null }), certificate({ evidence_id: 'e-label' })]
  t.same(toCertifications(rows), [
    {
      supplierId: 'supplier-1',
      scheme: UNNAMED_MANAGEMENT_SYSTEM,
      certificateId: 'evidence-1',
      issuer: 'TCO Development',
      verified: false,
      validFrom: '2025-02-10T09:00:00.000Z',
      validUntil: null,
    },
  ])
  t.equal(toCertifications([certificate({ type: 'managementSystemCertificate' })])[0]!.validUntil, '2026-06-30T23:59:59.999Z')
})

t.test('a procedure’s KPI tags come from its environmental criteria only; every CPV code is kept', async (t) => {
  const row = { id: 'p', buyer_id: 'B', product_category: 'software-e-services', cpv_codes: ['72260000', '48000000'], currency: 'EUR', lots: [{ id: 'LOT-1', title: 'Lot' }], created_at: new Date('2025-01-01T00:00:00Z'), published_at: null, awarded_at: null }
  const software = { id: 'DPG-GOVSTACK.DPG1', type: 'technicalSpecification', goals: ['environmental.resourceReuse', 'economic'], strategies: ['technicalSpecifications', 'otherGPPCriteria'], maxPoints: null }
  const energy = { id: 'EU-GPP-2020-DC.TS1', type: 'technicalSpecification', goals: ['environmental.energyEfficiency'], strategies: ['technicalSpecifications', 'euGPPCriteria'], maxPoints: null }
  const onlySoftware = toProcurement({ ...row, criteria: [software] }, () => null)
  t.match(onlySoftware, { cpvCodes: ['72260000', '48000000'], hasCircularCriteria: false, goals: [], strategies: [], hasSoftwareCriteria: true }, 'an open-licence criterion alone is neither circular nor GPP, but software')
  t.equal(toProcurement({ ...row, criteria: [energy] }, () => null).hasSoftwareCriteria, false, 'no software criterion, no software tag')
  t.same(onlySoftware.lots[0]!.goals, [])
  t.match(toProcurement({ ...row, criteria: [software, energy] }, () => null), { goals: ['environmental.energyEfficiency'], strategies: ['euGPPCriteria', 'technicalSpecifications'] })
})
