import { Type } from 'typebox'
import { Nullable, StringEnum } from '../../kernel/schemas.ts'
import { OrderedScaleId } from './evaluation-criteria.ts'

export const ScoringRules = Type.Object(
  {
    stages: Type.Array(Type.String(), { description: 'The evaluation stages in the order they are applied.' }),
    evidence: Type.String({ description: 'Which answers need verified evidence, and what rejected, missing or pending evidence does.' }),
    price: Type.Object(
      {
        basis: StringEnum(['lifeCycleCost', 'acquisitionPrice'] as const),
        method: StringEnum(['relativeToLowest', 'linear'] as const),
        maxPoints: Type.Number(),
        formula: Type.String({
          description: 'relativeToLowest: priceWeight × lowest ÷ own. linear: priceWeight × (highest − own) ÷ (highest − lowest), all equal → full points.',
        }),
      },
      { additionalProperties: false },
    ),
    lifeCycleCost: Type.String({ description: 'The life-cycle cost formula over this tender’s horizon: replacements, energy, service, residual value.' }),
    quality: Type.Object(
      {
        maxPoints: Type.Number(),
        minimumQualityScore: Nullable(Type.Number()),
        criteria: Type.Array(
          Type.Object(
            {
              criterionId: Type.String(),
              maxPoints: Type.Number(),
              method: StringEnum(['boolean', 'proportional', 'banded', 'labelTier', 'relativeToLowest', 'linear'] as const),
              formula: Type.String({ description: 'How the answer becomes points, with this tender’s points, bands, baseline, tiers or listed items.' }),
              evidenceRequired: Type.Boolean(),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    tieBreak: Type.Array(Type.String(), { description: 'Applied in order when bids have equal points: lower life-cycle cost, earlier submission, bid id.' }),
    rounding: Type.String(),
    co2e: Type.String({ description: 'How CO2e, and annualisedKgPerYear (embodied ÷ declared lifetime + yearly use), are computed.' }),
    scales: Type.Array(
      Type.Object({ id: OrderedScaleId, name: Type.String(), order: Type.String() }, { additionalProperties: false }),
      { description: 'The ordered scales text answers are compared on.' },
    ),
  },
  {
    $id: 'ScoringRules',
    additionalProperties: false,
    description:
      'Every rule this tender’s evaluation applies, with the tender’s own numbers, so a bidder can compute its score before bidding (docs/scoring.md).',
  },
)
