import t from 'tap'
import { buildReleasePackage } from '../../../services/reporting/domain/ocds/build-release-package.ts'
import type { Release, ReleasePackage } from '../../../services/reporting/domain/ocds/build-release-package.ts'
import type { OcdsCriterion, OcdsPackageInput, OcdsProcurement, OcdsRequirement } from '../../../services/reporting/domain/ocds/input.ts'
import { checkReleasePackage } from '../../../services/reporting/domain/ocds/reference-check.ts'
import { validateReleasePackage } from '../../helpers/ocds-validation.ts'

// Criteria as the catalogue tags them: the stage strategy plus the source strategy.
const criterion = (id: string, type: OcdsCriterion['type'], goals: string[], maxPoints: number | null = null): OcdsCriterion => {
  const stage = { selectionCriterion: 'selectionCriteria', technicalSpecification: 'technicalSpecifications', awardCriterion: 'awardCriteria', contractPerformanceClause: 'contractPerformanceConditions' }[type]
  return { id, type, goals, strategies: [stage, id.startsWith('EU-GPP') ? 'euGPPCriteria' : 'otherGPPCriteria'], maxPoints, title: null, description: null, requirements: [] }
}
const requirement = (id: string, fields: Partial<OcdsRequirement> = {}): OcdsRequirement =>
  ({ id, title: null, dataType: 'boolean', unit: null, minValue: null, maxValue: null, allowedValues: null, expectedValue: true, ...fields })

const notebookCriteria: OcdsCriterion[] = [
  { ...criterion('EU-GPP-2021-CMTS.SC1', 'selectionCriterion', ['environmental.pollutionPrevention']), title: 'Environmental management', description: 'The tenderer runs an environmental management system.', requirements: [requirement('SC1.system', { title: 'An environmental management system is in place' })] },
  { ...criterion('EU-GPP-2021-CMTS.TS2', 'technicalSpecification', ['environmental.circularEconomy']), title: 'Durability: spare parts', requirements: [requirement('TS2.years.comprehensive', { title: 'Years spare parts stay available', dataType: 'integer', unit: 'year', minValue: 5, expectedValue: null })] },
  criterion('EU-GPP-2021-CMTS.TS8', 'technicalSpecification', ['environmental.energyEfficiency']),
  criterion('EU-GPP-2021-CMTS.AC1', 'awardCriterion', ['environmental.circularEconomy'], 25),
  { ...criterion('EU-GPP-2021-CMTS.AC5', 'awardCriterion', ['environmental.energyEfficiency', 'environmental.climateChangeMitigation'], 15), requirements: [requirement('AC5.improvement', { dataType: 'number', unit: 'percent', minValue: 0, maxValue: 100, expectedValue: null })] },
  { ...criterion('EU-GPP-2021-CMTS.CPC2', 'contractPerformanceClause', ['environmental.wasteReduction', 'environmental.circularEconomy']), requirements: [requirement('CPC2.report', { dataType: 'string', expectedValue: null })] },
]

function procurement(overrides: Partial<OcdsProcurement> = {}): OcdsProcurement {
  return {
    id: '7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01',
    buyerId: 'ORG-MICT',
    buyerName: 'Ministry of ICT',
    title: 'Notebooks for the civil service, 2025',
    productCategory: 'notebooks',
    cpvCodes: ['30213100'],
    currency: 'EUR',
    status: 'open',
    criteriaSet: { id: 'notebooks-comprehensive', version: 1, ambitionLevel: 'comprehensive' },
    criteria: notebookCriteria,
    weighting: { priceWeight: 60, qualityWeight: 40, minimumQualityScore: null },
    priceScoring: { basis: 'acquisitionPrice', rule: 'relativeToLowest' },
    lots: [
      { id: 'LOT-1', title: 'Notebooks, 14 inch' },
      { id: 'LOT-2', title: 'Refurbished notebooks' },
    ],
    createdAt: '2025-02-10T08:30:00.000Z',
    publishedAt: '2025-03-01T09:00:00.000Z',
    awardedAt: null,
    bids: [],
    awards: [],
    contracts: [],
    ...overrides,
  }
}

const awarded = procurement({
  status: 'awarded',
  awardedAt: '2025-05-20T14:00:00.000Z',
  awards: [
    {
      id: 'AWD-1',
      lotId: 'LOT-1',
      bidId: 'BID-17',
      supplierId: 'SUP-42',
      supplierName: 'Circular Devices Ltd',
      value: { amount: '412500.50', currency: 'EUR' },
      awardedAt: '2025-05-20T14:00:00.000Z',
      units: [
        { model: 'ThinkPad T14 Gen 5', gtin: '0196802123456', deviceType: 'laptop', quantity: 500, unitPrice: { amount: '780.00', currency: 'EUR' }, condition: 'new' },
        { model: 'Latitude 5420', gtin: null, deviceType: 'laptop', quantity: 50, unitPrice: { amount: '450.01', currency: 'EUR' }, condition: 'refurbished' },
      ],
      responses: [
        { requirementId: 'TS2.years.comprehensive', value: 7 },
        { requirementId: 'SC1.system', value: true },
        { requirementId: 'AC5.improvement', value: 35 },
        { requirementId: 'CPC2.report', value: 'quarterly end-destination report' },
      ],
    },
  ],
  contracts: [
    {
      id: 'CON-1',
      awardId: 'AWD-1',
      signedOn: '2025-06-02',
      endsOn: '2029-06-01',
      reports: [
        { criterionId: 'EU-GPP-2021-CMTS.CPC2', periodStart: '2025-06-02', periodEnd: '2025-12-31', met: true },
        { criterionId: 'EU-GPP-2021-CMTS.CPC2', periodStart: '2026-01-01', periodEnd: '2026-06-30', met: false },
      ],
    },
  ],
})

// Software bought as a service, with criteria from outside the EU GPP sets.
const software = procurement({
  id: '0f4c7a90-2a7d-4b55-8d0e-6f1f7e0b3c22',
  title: 'Case management e-service',
  productCategory: 'software-e-services',
  cpvCodes: ['72260000', '48000000'],
  criteria: [
    criterion('DPG-GOVSTACK.TS1', 'technicalSpecification', ['economic.innovativePurchase']),
    { ...criterion('NL-GPP-ICT.AC3', 'awardCriterion', ['environmental.energyEfficiency'], 30), strategies: ['awardCriteria', 'nationalGPPCriteria'] },
  ],
  weighting: { priceWeight: 70, qualityWeight: 30, minimumQualityScore: null },
  lots: [{ id: 'LOT-1', title: 'Case management' }],
})

function input(procurements: OcdsProcurement[]): OcdsPackageInput {
  return {
    procurements,
    publishedDate: '2026-08-01T10:00:00.000Z',
    publisher: { name: 'Ministry of ICT', uri: 'https://ict.example.gov/' },
    ocidPrefix: 'ocds-a1b2c3',
    baseUri: 'https://reporting.example.gov/api/v1/',
  }
}

const only = (pkg: ReleasePackage): Release => pkg.releases[0]!
const clone = <T>(value: T): T => structuredClone(value)

t.test('every export validates against the package schema, the patched release schema and the code lists', async (t) => {
  const cases: Record<string, OcdsProcurement[]> = {
    'a draft tender': [procurement({ status: 'draft', publishedAt: null, weighting: null, criteria: notebookCriteria.slice(1, 2) })],
    'an open tender with lots and all four criterion types': [procurement()],
    'an awarded tender with bids, awards, contracts and reports': [awarded],
    'a closed tender': [{ ...awarded, status: 'closed' }],
    'EU GPP and non-EU criteria': [software],
    'a period package with several procurements': [
      procurement({ id: 'p-draft', status: 'draft', publishedAt: null }),
      procurement({ id: 'p-evaluation', status: 'evaluation' }),
      awarded,
      software,
    ],
  }
  for (const [name, procurements] of Object.entries(cases)) {
    t.same(validateReleasePackage(buildReleasePackage(input(procurements))), { valid: true, errors: [] }, name)
  }
})

t.test('package metadata and the extensions the fields come from', async (t) => {
  const pkg = buildReleasePackage(input([procurement()]))
  t.equal(pkg.version, '1.1')
  t.equal(pkg.publishedDate, '2026-08-01T10:00:00.000Z')
  t.same(pkg.publisher, { name: 'Ministry of ICT', uri: 'https://ict.example.gov/' })
  t.match(pkg.uri, /^https:\/\/reporting\.example\.gov\/api\/v1\/ocds\/release-packages\/[0-9a-f]{12}$/, 'one slash after the base URI')
  t.same(
    pkg.extensions.map((url) => url.replace(/^.*\/ocds_(\w+)_extension\/master\/extension\.json$/, '$1')),
    ['lots', 'submissionTerms', 'sustainability', 'awardCriteria', 'selectionCriteria', 'requirements', 'bid'],
  )
  const anonymous = buildReleasePackage({ ...input([procurement()]), publisher: { name: 'Ministry of ICT', uri: null } })
  t.same(anonymous.publisher, { name: 'Ministry of ICT' }, 'an unknown publisher URI is left out, not null')
})

t.test('release identity, tags and statuses follow the procurement', async (t) => {
  const release = only(buildReleasePackage(input([procurement()])))
  t.equal(release.ocid, 'ocds-a1b2c3-7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01')
  t.match(release.id, /^ocds-a1b2c3-7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01-2025-03-01T09:00:00\.000Z-[0-9a-f]{12}$/)
  t.equal(release.date, '2025-03-01T09:00:00.000Z', 'the publication is the latest event of an open tender')
  t.equal(release.initiationType, 'tender')
  t.equal(release.language, 'en')

  const expected: [string, Partial<OcdsProcurement>, string[], string][] = [
    ['draft', { status: 'draft' }, ['planning'], 'planning'],
    ['open', { status: 'open' }, ['tender'], 'active'],
    ['evaluation', { status: 'evaluation' }, ['tender'], 'active'],
    ['awarded without a contract', { ...awarded, contracts: [] }, ['award'], 'complete'],
    ['awarded with a contract', awarded, ['award', 'contract'], 'complete'],
    ['closed', { ...awarded, status: 'closed' }, ['contract'], 'complete'],
  ]
  for (const [name, overrides, tag, status] of expected) {
    const r = only(buildReleasePackage(input([procurement(overrides)])))
    t.same([r.tag, r.tender.status], [tag, status], name)
  }
  t.throws(() => buildReleasePackage(input([procurement({ status: 'cancelled' })])), /No OCDS mapping for procurement status 'cancelled'/)
  t.throws(() => buildReleasePackage(input([procurement({ status: 'constructor' })])), /No OCDS mapping/, 'no status is looked up on the prototype')
  t.throws(() => buildReleasePackage(input([])), /at least one procurement/, 'a package without releases would be invalid')
})

t.test('buyer, suppliers and tenderers are parties with their roles', async (t) => {
  const release = only(buildReleasePackage(input([awarded])))
  t.same(release.buyer, { id: 'ORG-MICT', name: 'Ministry of ICT' })
  t.same(release.parties, [
    { id: 'ORG-MICT', name: 'Ministry of ICT', roles: ['buyer'] },
    { id: 'SUP-42', name: 'Circular Devices Ltd', roles: ['supplier', 'tenderer'] },
  ])
  const nameless = only(buildReleasePackage(input([{ ...awarded, buyerName: null, awards: awarded.awards.map((a) => ({ ...a, supplierName: null })) }])))
  t.same(nameless.parties, [
    { id: 'ORG-MICT', roles: ['buyer'] },
    { id: 'SUP-42', roles: ['supplier', 'tenderer'] },
  ], 'unknown names are left out')
  t.same(nameless.buyer, { id: 'ORG-MICT' })
})

t.test('the tender: category, CPV items, award method, technical specifications and selection criteria', async (t) => {
  const { tender } = only(buildReleasePackage(input([procurement()])))
  t.equal(tender.id, '7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01')
  t.equal(tender.title, 'Notebooks for the civil service, 2025')
  t.equal(tender.mainProcurementCategory, 'goods')
  t.same(tender.items, [{ id: '1', classification: { scheme: 'CPV', id: '30213100' } }])
  t.equal(tender.awardCriteria, 'ratedCriteria')
  t.same(tender.criteria?.map((c) => [c.id, c.relatesToTenderer]), notebookCriteria.map((c) => [c.id, c.type === 'selectionCriterion']), 'every criterion; selection criteria concern the tenderer')
  t.same(tender.criteria?.[1], {
    id: 'EU-GPP-2021-CMTS.TS2',
    title: 'Durability: spare parts',
    relatesToTenderer: false,
    requirementGroups: [{ id: 'EU-GPP-2021-CMTS.TS2', requirements: [{ id: 'TS2.years.comprehensive', title: 'Years spare parts stay available', description: 'Unit: year.', dataType: 'integer', minValue: 5 }] }],
  }, 'the buyer’s threshold as minValue, the unit in words')
  t.same(tender.criteria?.[2], { id: 'EU-GPP-2021-CMTS.TS8', relatesToTenderer: false }, 'no requirements known, no empty group')
  t.same(tender.selectionCriteria, {
    criteria: [{ type: 'technical', description: 'Environmental management: The tenderer runs an environmental management system.', appliesTo: ['supplier'], catalogueId: 'EU-GPP-2021-CMTS.SC1' }],
  })

  const services = only(buildReleasePackage(input([software]))).tender
  t.equal(services.mainProcurementCategory, 'services')
  t.same(services.items?.map((i) => i.classification?.id), ['72260000', '48000000'])

  const byWeights = (priceWeight: number, qualityWeight: number) => only(buildReleasePackage(input([procurement({ weighting: { priceWeight, qualityWeight, minimumQualityScore: null } })]))).tender.awardCriteria
  t.same([byWeights(100, 0), byWeights(0, 100)], ['priceOnly', 'qualityOnly'])

  const bare = only(buildReleasePackage(input([procurement({ status: 'draft', weighting: null, cpvCodes: [], criteria: [notebookCriteria[1]!] })]))).tender
  t.notOk('awardCriteria' in bare, 'no weighting, no award method')
  t.notOk('items' in bare, 'no CPV codes, no empty items list')
  t.notOk('selectionCriteria' in bare, 'no selection criteria, no empty object')
})

t.test('sustainability: one entry per goal with the strategies used for it', async (t) => {
  const { tender } = only(buildReleasePackage(input([procurement()])))
  t.equal(tender.hasSustainability, true)
  t.same(tender.sustainability, [
    { goal: 'environmental.circularEconomy', strategies: ['awardCriteria', 'contractPerformanceConditions', 'technicalSpecifications', 'euGPPCriteria'] },
    { goal: 'environmental.climateChangeMitigation', strategies: ['awardCriteria', 'euGPPCriteria'] },
    { goal: 'environmental.energyEfficiency', strategies: ['awardCriteria', 'technicalSpecifications', 'euGPPCriteria'] },
    { goal: 'environmental.pollutionPrevention', strategies: ['selectionCriteria', 'euGPPCriteria'] },
    { goal: 'environmental.wasteReduction', strategies: ['contractPerformanceConditions', 'euGPPCriteria'] },
  ])

  const nonEu = only(buildReleasePackage(input([software]))).tender
  t.same(nonEu.sustainability, [
    { goal: 'economic.innovativePurchase', strategies: ['technicalSpecifications', 'otherGPPCriteria'] },
    { goal: 'environmental.energyEfficiency', strategies: ['awardCriteria', 'nationalGPPCriteria'] },
  ], 'national and other GPP criteria keep the source the catalogue gives them')

  const mislabelled = criterion('EU-GPP-2020-DC.TS1', 'technicalSpecification', ['environmental.energyEfficiency'])
  const relabelled = only(buildReleasePackage(input([procurement({ criteria: [{ ...mislabelled, strategies: ['nationalGPPCriteria'] }] })]))).tender
  t.same(relabelled.sustainability, [{ goal: 'environmental.energyEfficiency', strategies: ['technicalSpecifications', 'euGPPCriteria'] }], 'an EU GPP key makes the source EU GPP')

  const subCode = criterion('EU-GPP-2021-CMTS.TS5', 'technicalSpecification', ['environmental.circularEconomy.refurbishment', 'planetary.wellbeing'])
  const normalised = only(buildReleasePackage(input([procurement({ criteria: [subCode] })]))).tender
  t.same(normalised.sustainability, [{ goal: 'environmental.circularEconomy', strategies: ['technicalSpecifications', 'euGPPCriteria'] }], 'a sub-code is published as its listed parent, an unlisted code not at all')

  const none = only(buildReleasePackage(input([procurement({ criteria: [{ ...subCode, goals: [] }] })]))).tender
  t.equal(none.hasSustainability, false)
  t.notOk('sustainability' in none, 'no goals, no empty sustainability list')
  t.equal(none.lots?.[0]?.hasSustainability, false)
})

t.test('lots carry the sustainability and the weighted award criteria', async (t) => {
  const { tender } = only(buildReleasePackage(input([procurement()])))
  t.same(tender.lots?.map((l) => [l.id, l.title]), [['LOT-1', 'Notebooks, 14 inch'], ['LOT-2', 'Refurbished notebooks']])
  for (const lot of tender.lots ?? []) {
    t.same(lot.sustainability, tender.sustainability, `${lot.id} sustainability`)
    t.same(lot.awardCriteria, {
      criteria: [
        { type: 'price', name: 'Price', description: 'Acquisition price: points = weight × lowest amount offered / amount of the bid.', numbers: [{ number: 60, weight: 'pointsExact' }] },
        { type: 'quality', name: 'EU-GPP-2021-CMTS.AC1', catalogueId: 'EU-GPP-2021-CMTS.AC1', numbers: [{ number: 25, weight: 'pointsExact' }] },
        { type: 'quality', name: 'EU-GPP-2021-CMTS.AC5', catalogueId: 'EU-GPP-2021-CMTS.AC5', numbers: [{ number: 15, weight: 'pointsExact' }] },
      ],
    }, `${lot.id} award criteria`)
  }
  const unweighted = only(buildReleasePackage(input([procurement({ weighting: null, criteria: [{ ...notebookCriteria[3]!, maxPoints: null }] })]))).tender
  t.same(unweighted.lots?.[0]?.awardCriteria, { criteria: [{ type: 'quality', name: 'EU-GPP-2021-CMTS.AC1', catalogueId: 'EU-GPP-2021-CMTS.AC1' }] }, 'no points, no numbers; no weighting, no price criterion')
  const noAwardCriteria = only(buildReleasePackage(input([procurement({ weighting: null, criteria: notebookCriteria.slice(0, 3) })]))).tender
  t.notOk(noAwardCriteria.lots?.some((l) => 'awardCriteria' in l), 'nothing to weigh, no empty award criteria')
  t.notOk('lots' in only(buildReleasePackage(input([procurement({ lots: [] })]))).tender, 'no lots, no empty lot list')
})

t.test('awards, the winning bid and its requirement responses', async (t) => {
  const release = only(buildReleasePackage(input([awarded])))
  t.same(release.awards, [
    {
      id: 'AWD-1',
      status: 'active',
      date: '2025-05-20T14:00:00.000Z',
      value: { amount: 412500.5, currency: 'EUR' },
      suppliers: [{ id: 'SUP-42', name: 'Circular Devices Ltd' }],
      items: [
        { id: '1', description: 'ThinkPad T14 Gen 5 (new laptop)', quantity: 500, unit: { name: 'unit', value: { amount: 780, currency: 'EUR' } } },
        { id: '2', description: 'Latitude 5420 (refurbished laptop)', quantity: 50, unit: { name: 'unit', value: { amount: 450.01, currency: 'EUR' } } },
      ],
      relatedLots: ['LOT-1'],
      relatedBids: ['BID-17'],
    },
  ])
  t.same(release.bids, {
    details: [
      {
        id: 'BID-17',
        status: 'valid',
        tenderers: [{ id: 'SUP-42', name: 'Circular Devices Ltd' }],
        relatedLots: ['LOT-1'],
        requirementResponses: [
          { id: 'BID-17-TS2.years.comprehensive', value: 7, requirement: { id: 'TS2.years.comprehensive' } },
          { id: 'BID-17-SC1.system', value: true, requirement: { id: 'SC1.system' } },
          { id: 'BID-17-AC5.improvement', value: 35, requirement: { id: 'AC5.improvement' } },
          { id: 'BID-17-CPC2.report', value: 'quarterly end-destination report', requirement: { id: 'CPC2.report' } },
        ],
      },
    ],
  })
  const blank = { ...awarded, awards: awarded.awards.map((a) => ({ ...a, responses: [{ requirementId: 'TS2.note', value: '' }] })) }
  const blankRelease = only(buildReleasePackage(input([blank])))
  t.same(blankRelease.bids?.details[0]?.requirementResponses, [{ id: 'BID-17-TS2.note', requirement: { id: 'TS2.note' } }], 'an empty answer has no value')
  t.same(validateReleasePackage(buildReleasePackage(input([blank]))).errors, [])
  const silent = only(buildReleasePackage(input([{ ...awarded, awards: awarded.awards.map((a) => ({ ...a, responses: [] })) }])))
  t.notOk('requirementResponses' in silent.bids!.details[0]!, 'no responses, no empty list')
  t.notOk('bids' in only(buildReleasePackage(input([procurement()]))), 'nothing awarded, no bids published')
})

t.test('contracts: period, signature and a reporting milestone per performance report', async (t) => {
  const release = only(buildReleasePackage(input([awarded])))
  t.equal(release.date, '2026-06-30T23:59:59Z', 'the latest report period end is the latest event')
  t.same(release.contracts, [
    {
      id: 'CON-1',
      awardID: 'AWD-1',
      status: 'active',
      period: { startDate: '2025-06-02T00:00:00Z', endDate: '2029-06-01T23:59:59Z' },
      dateSigned: '2025-06-02T00:00:00Z',
      milestones: [
        {
          id: 'EU-GPP-2021-CMTS.CPC2-2025-06-02-2025-12-31',
          title: 'Performance report on EU-GPP-2021-CMTS.CPC2',
          description: 'Reporting period 2025-06-02 to 2025-12-31.',
          type: 'reporting',
          code: 'EU-GPP-2021-CMTS.CPC2',
          status: 'met',
        },
        {
          id: 'EU-GPP-2021-CMTS.CPC2-2026-01-01-2026-06-30',
          title: 'Performance report on EU-GPP-2021-CMTS.CPC2',
          description: 'Reporting period 2026-01-01 to 2026-06-30.',
          type: 'reporting',
          code: 'EU-GPP-2021-CMTS.CPC2',
          status: 'notMet',
        },
      ],
    },
  ])

  const justSigned = { ...awarded, contracts: awarded.contracts.map((c) => ({ ...c, endsOn: null, reports: [] })) }
  const [contract] = only(buildReleasePackage(input([justSigned]))).contracts ?? []
  t.same(contract?.period, { startDate: '2025-06-02T00:00:00Z' }, 'an open-ended contract has no end date')
  t.same(contract?.milestones, [
    { id: 'EU-GPP-2021-CMTS.CPC2', title: 'Performance report on EU-GPP-2021-CMTS.CPC2', type: 'reporting', code: 'EU-GPP-2021-CMTS.CPC2', status: 'scheduled' },
  ], 'a clause with no report yet is a scheduled reporting milestone')
  const noClauses = { ...justSigned, criteria: notebookCriteria.filter((c) => c.type !== 'contractPerformanceClause') }
  t.notOk('milestones' in (only(buildReleasePackage(input([noClauses]))).contracts?.[0] ?? {}), 'no clauses, no empty milestone list')
})

t.test('a period package holds one release per procurement', async (t) => {
  const pkg = buildReleasePackage(input([procurement({ id: 'p-draft', status: 'draft', publishedAt: null }), awarded, software]))
  t.same(pkg.releases.map((r) => r.ocid), ['ocds-a1b2c3-p-draft', 'ocds-a1b2c3-7b0c5a52-0f5e-4c1e-9a57-3f0c2f1d9e01', 'ocds-a1b2c3-0f4c7a90-2a7d-4b55-8d0e-6f1f7e0b3c22'])
  t.same(pkg.releases.map((r) => r.tag), [['planning'], ['award', 'contract'], ['tender']])
  t.equal(pkg.releases[0]?.date, '2025-02-10T08:30:00.000Z', 'an unpublished draft dates from its creation')
})

t.test('the validator fails a broken package with the expected errors', async (t) => {
  const broken = clone(buildReleasePackage(input([procurement()]))) as unknown as Record<string, any>
  delete broken.uri
  broken.releases[0].tender.status = 'open'
  broken.releases[0].tender.sustainability[0].strategies = 'technicalSpecifications'
  broken.releases[0].tender.lots[0].awardCriteria.criteria[0].numbers[0].weight = 'percent'
  delete broken.releases[0].date
  const result = validateReleasePackage(broken)
  t.equal(result.valid, false)
  t.same(result.errors, [
    "/: must have required property 'uri'",
    "/releases/0: must have required property 'date'",
    '/releases/0/tender/status: "open" is not one of planning, planned, active, cancelled, unsuccessful, complete, withdrawn',
    '/releases/0/tender/lots/0/awardCriteria/criteria/0/numbers/0/weight: "percent" is not one of percentageExact, percentageRangeMiddle, decimalExact, decimalRangeMiddle, pointsExact, pointsRangeMiddle, order',
    '/releases/0/tender/sustainability/0/strategies: must be array,null',
  ])
})

t.test('codes outside the code lists are caught, open lists included', async (t) => {
  const pkg = clone(buildReleasePackage(input([awarded]))) as unknown as Record<string, any>
  const release = pkg.releases[0]
  release.tender.sustainability[0].goal = 'environmental.planetaryWellbeing'
  release.tender.sustainability[1].strategies = ['awardCriteria', 'greenCriteria']
  release.tender.lots[0].awardCriteria.criteria[1].type = 'environment'
  release.tender.awardCriteria = 'bestProposal'
  release.parties[1].roles = ['supplier', 'vendor']
  release.tender.items[0].classification.scheme = 'CPV2008'
  release.contracts[0].milestones[0].type = 'report'
  t.same(validateReleasePackage(pkg).errors, [
    "/releases/0/parties/1/roles: 'vendor' is not a code of partyRole.csv",
    "/releases/0/tender/items/0/classification/scheme: 'CPV2008' is not a code of itemClassificationScheme.csv",
    "/releases/0/tender/awardCriteria: 'bestProposal' of awardCriteria.csv is deprecated since OCDS 1.1",
    "/releases/0/tender/lots/0/awardCriteria/criteria/1/type: 'environment' is not a code of awardCriterionType.csv",
    "/releases/0/tender/sustainability/0/goal: 'environmental.planetaryWellbeing' is not a code of sustainabilityGoal.csv",
    "/releases/0/tender/sustainability/1/strategies: 'greenCriteria' is not a code of sustainabilityStrategy.csv",
    "/releases/0/contracts/0/milestones/0/type: 'report' is not a code of milestoneType.csv",
  ])
  release.contracts[0].documents = [{ id: 'D1', documentType: 'performanceReport' }]
  t.ok(
    validateReleasePackage(pkg).errors.includes("/releases/0/contracts/0/documents/0/documentType: no code list documentType.csv in test/fixtures/ocds to check 'performanceReport' against"),
    'an open list that is not shipped cannot pass unchecked',
  )
})

t.test('pure: the same input gives the same output, and the input is left alone', async (t) => {
  const procurements = [procurement({ id: 'p-draft', status: 'draft' }), awarded, software]
  const before = clone(procurements)
  const first = buildReleasePackage(input(procurements))
  const second = buildReleasePackage(input(clone(procurements)))
  t.equal(JSON.stringify(second), JSON.stringify(first), 'byte-identical JSON')
  t.same(procurements, before, 'input not mutated')

  const reordered = buildReleasePackage(input([{ ...awarded, criteria: [...notebookCriteria].reverse() }]))
  t.same(only(reordered).tender.sustainability, only(buildReleasePackage(input([awarded]))).tender.sustainability, 'criteria order does not change the goals or their strategies')

  const idOf = (p: OcdsProcurement) => only(buildReleasePackage(input([p]))).id
  const corrected = { ...awarded, contracts: awarded.contracts.map((c) => ({ ...c, reports: c.reports.map((r) => ({ ...r, met: true })) })) }
  t.not(idOf(corrected), idOf(awarded), 'a corrected report at the same date is a new release')
  t.equal(idOf(clone(awarded)), idOf(awarded), 'the same content keeps its release id')
  t.not(buildReleasePackage(input([corrected])).uri, buildReleasePackage(input([awarded])).uri, 'a package with other releases has another URI')
})

t.test('requirements: data types, thresholds as expected, minimum or maximum values', async (t) => {
  const typed = (fields: Partial<OcdsRequirement>) => {
    const c = { ...criterion('EU-GPP-2021-CMTS.TS9', 'technicalSpecification', []), requirements: [requirement('R', fields)] }
    return only(buildReleasePackage(input([procurement({ criteria: [c] })]))).tender.criteria?.[0]?.requirementGroups?.[0]?.requirements[0]
  }
  t.same(typed({}), { id: 'R', dataType: 'boolean', expectedValue: true })
  t.same(typed({ dataType: 'number', unit: 'W', expectedValue: null, maxValue: 0.5 }), { id: 'R', description: 'Unit: W.', dataType: 'number', maxValue: 0.5 })
  t.same(typed({ dataType: 'enum', expectedValue: null, allowedValues: ['A', 'B'] }), { id: 'R', description: 'One of: A, B.', dataType: 'string' })
  t.same(typed({ dataType: 'date', expectedValue: null }), { id: 'R', dataType: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, 'OCDS has no date type')
  t.same(typed({ dataType: 'string', expectedValue: null, buyerValue: 'EN 50600' }), { id: 'R', dataType: 'string', expectedValue: 'EN 50600' }, 'what the bidder must confirm')
})

t.test('award criteria on a life-cycle-cost basis: cost, its formula, the minimum quality score', async (t) => {
  const lcc = procurement({ priceScoring: { basis: 'lifeCycleCost', rule: 'linear' }, weighting: { priceWeight: 60, qualityWeight: 40, minimumQualityScore: 20 } })
  const criteria = only(buildReleasePackage(input([lcc]))).tender.lots?.[0]?.awardCriteria?.criteria
  t.match(criteria?.[0], { type: 'cost', name: 'Life-cycle cost', description: /Art\. 68.*\(highest amount − amount of the bid\)/, numbers: [{ number: 60, weight: 'pointsExact' }] })
  t.same(criteria?.at(-1), { type: 'quality', name: 'Minimum quality score', description: 'The sum of the quality criteria’s points a bid must reach to be ranked.', numbers: [{ number: 20, threshold: 'minimumScore' }] })
  t.same(criteria?.map((c) => c.numbers?.find((n) => n.weight)?.number ?? 0).reduce((a, b) => a + b), 100, 'the weights still add up to 100')
})

const label = { id: 'EV-1', type: 'type1EcolabelCertificate', scheme: 'TCO_CERTIFIED', issuer: 'TCO Development', coverage: 'products', coveredModels: ['EcoBook 14', 'EcoBook 16'], validUntil: '2028-12-31', verifiedAt: '2026-03-02T09:00:00.000Z' }
const ems = { id: 'EV-2', type: 'managementSystemCertificate', scheme: null, issuer: 'Certifier', coverage: null, coveredModels: [], validUntil: null, verifiedAt: '2026-03-02T09:05:00.000Z' }
const fiveBids = procurement({
  ...awarded,
  bids: [
    { id: 'BID-17', lotId: 'LOT-1', supplierId: 'SUP-42', supplierName: 'Circular Devices Ltd', status: 'ranked', reasons: [], rank: 1, documents: [label, ems] },
    { id: 'BID-18', lotId: 'LOT-1', supplierId: 'SUP-43', supplierName: 'Second Co', status: 'ranked', reasons: [], rank: 2, documents: [] },
    { id: 'BID-19', lotId: 'LOT-1', supplierId: 'SUP-44', supplierName: null, status: 'excluded', reasons: ['supplier excluded: tax debts (no end date)'], rank: null, documents: [] },
    { id: 'BID-20', lotId: 'LOT-1', supplierId: 'SUP-45', supplierName: 'Loose Spec Ltd', status: 'non_compliant', reasons: ['technical specification TS2 not met, 3 is below 5'], rank: null, documents: [] },
    { id: 'BID-21', lotId: 'LOT-2', supplierId: 'SUP-42', supplierName: 'Circular Devices Ltd', status: 'submitted', reasons: [], rank: null, documents: [] },
  ],
})

t.test('every submitted bid with its status, the reason it fell and its tenderer', async (t) => {
  const release = only(buildReleasePackage(input([fiveBids])))
  t.same(release.bids?.details.map((b) => [b.id, b.status, b.rank ?? null, b.description ?? null, b.tenderers[0]!.id, b.requirementResponses?.length ?? 0]), [
    ['BID-17', 'valid', 1, null, 'SUP-42', 4],
    ['BID-18', 'valid', 2, null, 'SUP-43', 0],
    ['BID-19', 'disqualified', null, 'excluded: supplier excluded: tax debts (no end date)', 'SUP-44', 0],
    ['BID-20', 'disqualified', null, 'non compliant: technical specification TS2 not met, 3 is below 5', 'SUP-45', 0],
    ['BID-21', 'pending', null, null, 'SUP-42', 0],
  ], 'only the awarded bid publishes its answers')
  t.same(release.parties.map((p) => [p.id, p.roles]), [
    ['ORG-MICT', ['buyer']],
    ['SUP-42', ['tenderer', 'supplier']],
    ['SUP-43', ['tenderer']],
    ['SUP-44', ['tenderer']],
    ['SUP-45', ['tenderer']],
  ])
  t.same(release.bids?.details[0]?.documents, [
    { id: 'EV-1', title: 'Type I ecolabel certificate: TCO_CERTIFIED', description: 'Issued by TCO Development; covers the offered models EcoBook 14, EcoBook 16; valid until 2028-12-31; verified by an evaluator.', dateModified: '2026-03-02T09:00:00.000Z' },
    { id: 'EV-2', title: 'Management system certificate', description: 'Issued by Certifier; names no coverage; no end date; verified by an evaluator.', dateModified: '2026-03-02T09:05:00.000Z' },
  ], 'verified evidence is published as the bid’s documents')
  t.notOk('documents' in release.bids!.details[1]!, 'no evidence, no empty list')
  t.same(validateReleasePackage(buildReleasePackage(input([fiveBids]))).errors, [])
  t.same(checkReleasePackage(buildReleasePackage(input([fiveBids]))), [], 'every reference resolves')
})

t.test('the reference check finds what the schema cannot', async (t) => {
  t.same(checkReleasePackage(buildReleasePackage(input([awarded, software, procurement({ id: 'draft', status: 'draft' })]))), [])
  const pkg = buildReleasePackage(input([fiveBids]))
  const release = only(pkg)
  release.bids!.details[0]!.requirementResponses![0]!.requirement.id = 'NOWHERE'
  release.bids!.details[1]!.tenderers = [{ id: 'SUP-99' }]
  release.bids!.details[1]!.relatedLots = ['LOT-9']
  release.awards![0]!.relatedBids = ['BID-19']
  release.parties.push({ id: 'SUP-43', roles: ['tenderer'] })
  release.tender.lots![0]!.awardCriteria!.criteria[0]!.numbers![0]!.number = 50
  release.contracts![0]!.awardID = 'AWD-9'
  release.tender.title = ''
  t.same(checkReleasePackage(pkg), [
    { path: '/releases/0/parties', message: 'party id SUP-43 appears more than once' },
    { path: '/releases/0/tender/lots/0/awardCriteria', message: "the award criteria's points add up to 90, not 100" },
    { path: '/releases/0/bids/details/0/requirementResponses/0/requirement/id', message: 'requirement NOWHERE is not in tender.criteria' },
    { path: '/releases/0/bids/details/1/tenderers/0/id', message: 'party SUP-99 is not in parties' },
    { path: '/releases/0/bids/details/1/relatedLots/0', message: 'lot LOT-9 is not in tender.lots' },
    { path: '/releases/0/awards/0/relatedBids/0', message: 'bid BID-19 is awarded but disqualified' },
    { path: '/releases/0/awards/0/relatedBids/0', message: "bid BID-19 was not tendered by the award's suppliers" },
    { path: '/releases/0/contracts/0/awardID', message: 'award AWD-9 is not in awards' },
    { path: '/releases/0/tender/title', message: 'is empty' },
  ])
})
