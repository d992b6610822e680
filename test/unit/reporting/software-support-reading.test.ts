import t from 'tap'
import { declaredSoftwareSupportYears } from '../../../services/reporting/ingestion/software-support-reading.ts'
import type { StoredCriterion } from '../../../services/reporting/repositories/stored-shapes.ts'

const requirement = (id: string, unit: string | null, dataType: 'integer' | 'boolean' = 'integer') => ({
  id, title: null, dataType, unit, minValue: null, maxValue: null, allowedValues: null, expectedValue: null,
})
const criterion = (id: string, aspects: string[] | undefined, requirements: ReturnType<typeof requirement>[]): StoredCriterion => ({
  id, type: 'technicalSpecification', goals: [], strategies: [], maxPoints: null, requirements, ...(aspects ? { aspects } : {}),
})

// As the catalogue publishes them: the specification (years, free, end date) and the award criterion.
const specification = criterion('CIRC-ICT.TS-UPDATES-NB', ['softwareSupport'], [requirement('TS-UPDATES-NB.years', 'year'), requirement('TS-UPDATES-NB.free', null, 'boolean')])
const award = criterion('CIRC-ICT.AC-UPDATES-NB', ['softwareSupport'], [requirement('AC-UPDATES-NB.years', 'year')])
const warranty = criterion('EU-GPP-2021-CMTS.TS3', ['durability'], [requirement('TS3.years.core', 'year')])
const dpg10 = criterion('DPG-GOVSTACK.DPG10', ['softwareSupport'], [requirement('DPG10.securityUpdates.core', 'year')])

t.test('support years are the answers to year requirements of software-support criteria', async (t) => {
  const responses = [
    { requirementId: 'TS-UPDATES-NB.years', value: 6 },
    { requirementId: 'TS-UPDATES-NB.free', value: true },
    { requirementId: 'TS3.years.core', value: 9 },
  ]
  t.equal(declaredSoftwareSupportYears([specification, warranty], responses), 6, 'the warranty’s 9 years are not support years')
})

t.test('asked twice, the bid’s longest answer counts', async (t) => {
  const responses = [{ requirementId: 'TS-UPDATES-NB.years', value: 5 }, { requirementId: 'AC-UPDATES-NB.years', value: 7 }]
  t.equal(declaredSoftwareSupportYears([specification, award], responses), 7)
})

t.test('no value when the tender asked none, or the answer is no number', async (t) => {
  t.equal(declaredSoftwareSupportYears([warranty], [{ requirementId: 'TS3.years.core', value: 9 }]), null)
  t.equal(declaredSoftwareSupportYears([specification], [{ requirementId: 'TS-UPDATES-NB.years', value: 'six' }]), null)
  t.equal(declaredSoftwareSupportYears([specification], []), null)
})

t.test('software and e-services support years are the software’s, not the devices’', async (t) => {
  t.equal(declaredSoftwareSupportYears([dpg10], [{ requirementId: 'DPG10.securityUpdates.core', value: 8 }]), null)
})

t.test('criteria from events without aspects are not read as support', async (t) => {
  const untagged = criterion('CIRC-ICT.TS-UPDATES-NB', undefined, [requirement('TS-UPDATES-NB.years', 'year')])
  t.equal(declaredSoftwareSupportYears([untagged], [{ requirementId: 'TS-UPDATES-NB.years', value: 6 }]), null)
})
