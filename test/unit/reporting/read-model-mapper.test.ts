import t from 'tap'
import { nothingUndeclared } from '../../../services/reporting/domain/feed-coverage.ts'
import { bidEcolabels, toAward, toCertifications, toClauseReport, toProcurement, type CertificateRecord } from '../../../services/reporting/repositories/read-model-rows.ts'

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
  scheme: 'TCO_CERTIFIED',
  coverage: 'products',
  covered_models: ['M'],
  ...overrides,
})

t.test('a bid’s models are labelled while a verified Type I ecolabel certificate covering them is valid', async (t) => {
  const rows = [
    certificate({}),
    certificate({ evidence_id: 'e-2', bid_id: 'bid-2', status: 'rejected' }),
    certificate({ evidence_id: 'e-3', bid_id: 'bid-3', valid_until: null, scheme: 'EU_ECOLABEL', covered_models: ['M', 'N'] }),
    certificate({ evidence_id: 'e-4', bid_id: 'bid-4', type: 'managementSystemCertificate', scheme: 'ISO_14001', coverage: 'organisation', covered_models: [] }),
  ]
  const labelled = (asOf: string) => Object.fromEntries([...bidEcolabels(rows, asOf).models].map(([bid, models]) => [bid, [...models]]))
  t.same(labelled('2026-06-30T18:00:00Z'), { 'bid-1': ['M'], 'bid-3': ['M', 'N'] }, 'valid through its last day; no end date does not lapse')
  t.same(labelled('2026-07-01T00:00:00Z'), { 'bid-3': ['M', 'N'] })
  t.same(labelled('2025-02-01T00:00:00Z'), {}, 'not yet verified on that date')
})

t.test('only Type I schemes covering products label models; certificates naming no scheme are counted apart', async (t) => {
  const rows = [
    certificate({ evidence_id: 'energy', scheme: 'ENERGY_STAR' }),
    certificate({ evidence_id: 'iso', scheme: 'ISO_14001', coverage: 'organisation', covered_models: [] }),
    certificate({ evidence_id: 'older-1', scheme: null, coverage: null, covered_models: [] }),
    certificate({ evidence_id: 'older-2', scheme: null, coverage: null, covered_models: [] }),
    certificate({ evidence_id: 'older-rejected', scheme: null, coverage: null, covered_models: [], status: 'rejected' }),
    certificate({ evidence_id: 'blue-angel', bid_id: 'bid-2', scheme: 'BLUE_ANGEL', covered_models: ['N'] }),
  ]
  const ecolabels = bidEcolabels(rows, '2026-01-01T00:00:00Z')
  t.same([...ecolabels.models.keys()], ['bid-2'], 'ENERGY STAR is no Type I ecolabel; an organisation-wide certificate labels no model')
  t.same([...ecolabels.unnamed], [['bid-1', 2]], 'two verified certificates of bid-1 name no scheme')
  const award = { id: 'a', procurement_id: 'p', lot_id: 'LOT-1', supplier_id: 'supplier-1', value_amount: '1.00', currency: 'EUR', life_cycle_cost: '1.50', awarded_at: new Date('2025-03-01T00:00:00Z') }
  const line = (model: string) => ({ model, gtin: null, deviceType: 'laptop', quantity: 5, unitPrice: { amount: '1.00', currency: 'EUR' }, condition: 'new', plannedLifetimeYears: 5, yearlyEnergyKWh: null, massKg: null, warrantyYears: 3 })
  const second = toAward({ ...award, bid_id: 'bid-2', units: [line('M'), line('N')] }, ecolabels, nothingUndeclared())
  t.same(second.units.map((u) => u.hasType1Ecolabel), [false, true], 'only the covered model is labelled')
  t.equal(second.unnamedEcolabelCertificates, 0)
  t.equal(toAward({ ...award, bid_id: 'bid-1', units: [line('M')] }, ecolabels, nothingUndeclared()).unnamedEcolabelCertificates, 2)
  t.same(toAward({ ...award, bid_id: null, units: [line('N')] }, ecolabels, nothingUndeclared()).units[0]!.hasType1Ecolabel, false, 'an award from before the feed named its bid')
})

t.test('management-system certificates become supplier certifications, valid from their verification', async (t) => {
  const rows = [certificate({ type: 'managementSystemCertificate', status: 'under_review', valid_until: null, scheme: 'EMAS', coverage: 'organisation', covered_models: [] }), certificate({ evidence_id: 'e-label' })]
  t.same(toCertifications(rows), [
    {
      supplierId: 'supplier-1',
      scheme: 'EMAS',
      certificateId: 'evidence-1',
      issuer: 'TCO Development',
      verified: false,
      validFrom: '2025-02-10T09:00:00.000Z',
      validUntil: null,
    },
  ])
  t.equal(toCertifications([certificate({ type: 'managementSystemCertificate' })])[0]!.validUntil, '2026-06-30T23:59:59.999Z')
  t.equal(toCertifications([certificate({ type: 'managementSystemCertificate', scheme: null })])[0]!.scheme, null, 'a certificate naming no standard keeps null')
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
