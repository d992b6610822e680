import t from 'tap'
import { indexResponses } from '../../../services/assessment/domain/requirement-response-check.ts'
import { checkTechnicalSpecifications } from '../../../services/assessment/domain/technical-specification.ts'
import type { TechnicalSpecification } from '../../../services/assessment/domain/types.ts'
import { answer, requirement } from './fixtures.ts'

// docs/sources.md#national-presets: SE 11185 spare parts >= 3 years; MT warranty >= 2 years; NO battery >= 300 cycles
// with >= 60 % capacity. docs/sources.md#scoring-methods: any failing requirement makes the bid non-compliant.
const specifications: TechnicalSpecification[] = [
  { id: 'TS2', mandatory: true, requirements: [requirement('spare-parts-years', { unit: 'years', minValue: 3 })] },
  { id: 'TS3', mandatory: true, requirements: [requirement('warranty-years', { dataType: 'integer', unit: 'years', minValue: 2 })] },
  {
    id: 'TS6',
    mandatory: true,
    requirements: [
      requirement('battery-cycles', { dataType: 'integer', unit: 'cycles', minValue: 300 }),
      requirement('battery-capacity', { unit: '%', minValue: 60 }),
    ],
  },
  { id: 'TS14', mandatory: false, requirements: [requirement('usb-c', { dataType: 'boolean', expectedValue: true })] },
]

t.test('all requirements met: compliant, pass per requirement', async (t) => {
  const result = checkTechnicalSpecifications(
    specifications,
    indexResponses([
      answer('spare-parts-years', 5),
      answer('warranty-years', 3),
      answer('battery-cycles', 300),
      answer('battery-capacity', 80),
      answer('usb-c', true),
    ]),
  )
  t.equal(result.compliant, true)
  t.same(
    result.requirements.map(({ specificationId, requirementId, met }) => [specificationId, requirementId, met]),
    [
      ['TS2', 'spare-parts-years', true],
      ['TS3', 'warranty-years', true],
      ['TS6', 'battery-cycles', true],
      ['TS6', 'battery-capacity', true],
      ['TS14', 'usb-c', true],
    ],
  )
})

t.test('each failing requirement is listed with why', async (t) => {
  const result = checkTechnicalSpecifications(
    specifications,
    indexResponses([answer('spare-parts-years', 2), answer('warranty-years', 3), answer('battery-cycles', 500), answer('usb-c', false)]),
  )
  t.equal(result.compliant, false)
  t.match(
    result.requirements.filter((outcome) => !outcome.met),
    [
      { specificationId: 'TS2', requirementId: 'spare-parts-years', mandatory: true, problems: [{ code: 'BELOW_MINIMUM', message: '2 years is below the minimum of 3 years' }] },
      { specificationId: 'TS6', requirementId: 'battery-capacity', mandatory: true, problems: [{ code: 'MISSING_RESPONSE' }] },
      { specificationId: 'TS14', requirementId: 'usb-c', mandatory: false, problems: [{ code: 'NOT_EXPECTED_VALUE' }] },
    ],
  )
})

t.test('a failing requirement of a non-mandatory specification is reported but does not fail the bid', async (t) => {
  const result = checkTechnicalSpecifications(
    specifications,
    indexResponses([
      answer('spare-parts-years', 3),
      answer('warranty-years', 2),
      answer('battery-cycles', 301),
      answer('battery-capacity', 60),
      answer('usb-c', false),
    ]),
  )
  t.equal(result.compliant, true)
  t.equal(result.requirements.find((outcome) => outcome.requirementId === 'usb-c')?.met, false)
})
