import t from 'tap'
import {
  checkRequirement,
  checkResponse,
  findMissingResponses,
  indexResponses,
} from '../../../services/assessment/domain/requirement-response-check.ts'
import { answer, requirement } from './fixtures.ts'

const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code)

t.test('number with a minimum and a unit', async (t) => {
  // docs/sources.md#national-presets, NO notebooks (DFØ): drop test height >= 45 cm.
  const dropHeight = requirement('drop-height', { unit: 'cm', minValue: 45 })

  t.same(checkResponse(dropHeight, answer('drop-height', 45, 'cm')), [], 'exactly the minimum meets it')
  t.same(checkResponse(dropHeight, answer('drop-height', 76)), [], 'an answer without unit is read in the requirement unit')

  const [short] = checkResponse(dropHeight, answer('drop-height', 40, 'cm'))
  t.match(short, {
    requirementId: 'drop-height',
    path: '/value',
    code: 'BELOW_MINIMUM',
    kind: 'unmet',
    message: '40 cm is below the minimum of 45 cm',
  })

  const [wrongUnit] = checkResponse(dropHeight, answer('drop-height', 450, 'mm'))
  t.match(wrongUnit, { path: '/unit', code: 'UNIT_MISMATCH', kind: 'malformed' }, 'units are never converted')
})

t.test('number with a maximum', async (t) => {
  // docs/sources.md#national-presets, Nordic guidance: refrigerant GWP <= 675.
  const gwp = requirement('refrigerant-gwp', { unit: 'GWP100', maxValue: 675 })
  t.same(checkResponse(gwp, answer('refrigerant-gwp', 675)), [])
  t.match(checkResponse(gwp, answer('refrigerant-gwp', 700)), [
    { code: 'ABOVE_MAXIMUM', kind: 'unmet', message: '700 GWP100 is above the maximum of 675 GWP100' },
  ])
})

t.test('integer', async (t) => {
  // docs/sources.md#national-presets, MT mandatory GPP: warranty >= 2 years from delivery.
  const warranty = requirement('warranty-years', { dataType: 'integer', unit: 'years', minValue: 2 })
  t.same(checkResponse(warranty, answer('warranty-years', 3)), [])
  t.same(codes(checkResponse(warranty, answer('warranty-years', 2.5))), ['NOT_AN_INTEGER'])
  t.same(codes(checkResponse(warranty, answer('warranty-years', '3'))), ['WRONG_TYPE'])
  t.same(codes(checkResponse(warranty, answer('warranty-years', 1))), ['BELOW_MINIMUM'])
  t.equal(checkResponse(warranty, answer('warranty-years', 2.5))[0]?.kind, 'malformed')
})

t.test('a non-finite number is not a number', async (t) => {
  const cycles = requirement('cycles')
  t.same(codes(checkResponse(cycles, answer('cycles', Number.NaN))), ['WRONG_TYPE'])
  t.same(codes(checkResponse(cycles, answer('cycles', Number.POSITIVE_INFINITY))), ['WRONG_TYPE'])
})

t.test('boolean with an expected value', async (t) => {
  // docs/sources.md#eu-gpp-2021-computers TS8: the device shows battery state of health to the user.
  const stateOfHealth = requirement('battery-soh-info', { dataType: 'boolean', expectedValue: true })
  t.same(checkResponse(stateOfHealth, answer('battery-soh-info', true)), [])
  t.match(checkResponse(stateOfHealth, answer('battery-soh-info', false)), [
    { code: 'NOT_EXPECTED_VALUE', kind: 'unmet', message: 'answer false, requirement expects true' },
  ])
  t.match(checkResponse(stateOfHealth, answer('battery-soh-info', 'yes')), [
    { code: 'WRONG_TYPE', kind: 'malformed', message: "expected true or false, got 'yes'" },
  ])
  const informational = requirement('has-dock', { dataType: 'boolean' })
  t.same(checkResponse(informational, answer('has-dock', false)), [], 'without expected value any boolean is fine')
})

t.test('enum', async (t) => {
  // docs/sources.md#national-presets, MT mandatory GPP: monitor energy class A-D.
  const energyClass = requirement('monitor-class', { dataType: 'enum', allowedValues: ['A', 'B', 'C', 'D'] })
  t.same(checkResponse(energyClass, answer('monitor-class', 'C')), [])
  t.match(checkResponse(energyClass, answer('monitor-class', 'E')), [
    { code: 'NOT_ALLOWED_VALUE', kind: 'unmet', message: "'E' is not one of 'A', 'B', 'C', 'D'" },
  ])
  t.same(codes(checkResponse(energyClass, answer('monitor-class', '  '))), ['EMPTY_VALUE'])
  t.same(codes(checkResponse(energyClass, answer('monitor-class', 3))), ['WRONG_TYPE'])
})

t.test('string', async (t) => {
  const tool = requirement('erasure-tool', { dataType: 'string' })
  t.same(checkResponse(tool, answer('erasure-tool', 'NIST SP 800-88 purge')), [])
  t.same(codes(checkResponse(tool, answer('erasure-tool', ''))), ['EMPTY_VALUE'])
  t.same(codes(checkResponse(tool, answer('erasure-tool', true))), ['WRONG_TYPE'])
})

t.test('date', async (t) => {
  // docs/sources.md#legal-baselines: Ecodesign Reg. (EU) 2023/1670 applies from 20 June 2025.
  const applicableFrom = requirement('applies-from', { dataType: 'date' })
  t.same(checkResponse(applicableFrom, answer('applies-from', '2025-06-20')), [])
  t.match(checkResponse(applicableFrom, answer('applies-from', '2025-02-30')), [
    { code: 'INVALID_DATE', kind: 'malformed', path: '/value' },
  ])
  t.same(codes(checkResponse(applicableFrom, answer('applies-from', '20/06/2025'))), ['INVALID_DATE'])
  t.same(codes(checkResponse(applicableFrom, answer('applies-from', 20250620))), ['WRONG_TYPE'])
})

t.test('a unit on a unitless requirement is malformed, and every malformed field is reported', async (t) => {
  const flag = requirement('replaceable-battery', { dataType: 'boolean' })
  t.match(checkResponse(flag, answer('replaceable-battery', true, 'years')), [
    { code: 'UNIT_MISMATCH', message: "unit 'years' given, requirement expects no unit" },
  ])
  const cycles = requirement('cycles', { unit: 'cycles', minValue: 300 })
  t.same(
    codes(checkResponse(cycles, answer('cycles', '500', 'charges'))),
    ['WRONG_TYPE', 'UNIT_MISMATCH'],
    'type and unit problems together, thresholds not checked on a malformed answer',
  )
})

t.test('findMissingResponses lists every unanswered requirement at once', async (t) => {
  const requirements = [requirement('a'), requirement('b'), requirement('c')]
  const missing = findMissingResponses(requirements, [answer('b', 1)])
  t.same(
    missing.map(({ requirementId, code, kind, path }) => ({ requirementId, code, kind, path })),
    [
      { requirementId: 'a', code: 'MISSING_RESPONSE', kind: 'malformed', path: '' },
      { requirementId: 'c', code: 'MISSING_RESPONSE', kind: 'malformed', path: '' },
    ],
  )
  t.same(findMissingResponses(requirements, [answer('a', 1), answer('b', 2), answer('c', 3)]), [])
})

t.test('checkRequirement looks the answer up in the index and reports a missing one', async (t) => {
  const index = indexResponses([answer('cycles', 250)])
  t.same(codes(checkRequirement(requirement('cycles', { minValue: 300 }), index)), ['BELOW_MINIMUM'])
  t.same(codes(checkRequirement(requirement('warranty'), index)), ['MISSING_RESPONSE'])
})
