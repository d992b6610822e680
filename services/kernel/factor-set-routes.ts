import { Type, type Static } from 'typebox'
import { ADEME_BOAVIZTA, FACTOR_SETS, findFactorSet, latestFactorSet, PLACES_OF_USE, type FactorSet, type SourcedFactors } from './factor-library.ts'
import { decodeCursor, Page, PageQuery, toPage } from './pagination.ts'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'
import { problemResponses } from './responses.ts'
import { Ref, withExamples } from './schemas.ts'
import type { ServiceApp } from './service-app.ts'

const FACTOR_TABLES = {
  embodiedKgCo2e: { unit: 'kg CO2e per unit', keys: 'device type', what: 'manufacture and transport of one new device' },
  refurbishmentKgCo2e: { unit: 'kg CO2e per unit', keys: 'device type', what: 'refurbishing one used device for a second life' },
  lifetimeYears: { unit: 'years', keys: 'device type', what: 'default service life, the baseline of lifetime extension' },
  massKg: { unit: 'kg', keys: 'device type', what: 'mass of one device, for e-waste figures' },
  yearlyEnergyKWh: { unit: 'kWh per year', keys: 'device type', what: 'typical yearly electricity use' },
  gridKgCo2ePerKWh: { unit: 'kg CO2e per kWh', keys: 'place of use: EEE Europe, WOR world or an ISO 3166 alpha-3 country', what: 'emissions of the electricity at the place of use' },
} as const satisfies Record<keyof Omit<FactorSet, 'id' | 'version' | 'title'>, { unit: string; keys: string; what: string }>

type TableName = keyof typeof FACTOR_TABLES

const FactorTable = Type.Object(
  {
    unit: Type.String({ examples: ['kg CO2e per unit'] }),
    keyedBy: Type.String({ description: 'What the keys of `values` name.', examples: ['device type'] }),
    values: Type.Record(Type.String(), Type.Number(), { description: 'The factor per key.', examples: [{ laptop: 181, smartphone: 84 }] }),
    source: Type.String({ description: 'Where the values come from.' }),
    flag: Type.Union([Type.Literal('V'), Type.Literal('S'), Type.Literal('R'), Type.Literal('derived')], {
      description: 'How sure the values are: V verified in a primary source, S secondary source, R recalled and still to be checked, derived computed by this project from sourced data.',
    }),
  },
  { $id: 'FactorTable', additionalProperties: false },
)

export const FactorSetSchema = Type.Object(
  {
    id: Type.String({ examples: ['ademe-boavizta'] }),
    version: Type.String({ examples: ['1.0.0'] }),
    title: Type.String(),
    latest: Type.Boolean({ description: 'True for the newest version of this set: what a buyer who names only the id gets.' }),
    placesOfUse: Type.Array(Type.String(), { description: 'The places of use this set has a grid factor for.' }),
    embodiedKgCo2e: Ref(FactorTable),
    refurbishmentKgCo2e: Ref(FactorTable),
    lifetimeYears: Ref(FactorTable),
    massKg: Ref(FactorTable),
    yearlyEnergyKWh: Ref(FactorTable),
    gridKgCo2ePerKWh: Ref(FactorTable),
  },
  {
    $id: 'FactorSet',
    additionalProperties: false,
    description: `A named, versioned set of CO2e factors. A set is never changed in place: new values are a new version, so every published figure can be recomputed from the set it names. Tables: ${Object.entries(FACTOR_TABLES).map(([name, t]) => `\`${name}\` ${t.what} (${t.unit}, by ${t.keys})`).join('; ')}.`,
  },
)
type FactorSetBody = Static<typeof FactorSetSchema>

const FactorSetParams = Type.Object({ factorSetId: Type.String({ minLength: 1, maxLength: 100, examples: ['ademe-boavizta'] }) }, { additionalProperties: false })
const FactorSetQuery = Type.Object(
  { version: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'A version of the set; the newest when absent.', examples: ['1.0.0'] })) },
  { additionalProperties: false },
)

function table(factors: SourcedFactors, name: TableName) {
  return { unit: FACTOR_TABLES[name].unit, keyedBy: FACTOR_TABLES[name].keys, values: { ...factors.values }, source: factors.source, flag: factors.flag }
}

function toBody(set: FactorSet): FactorSetBody {
  return {
    id: set.id,
    version: set.version,
    title: set.title,
    latest: latestFactorSet(set.id) === set,
    placesOfUse: PLACES_OF_USE.filter((place) => Object.hasOwn(set.gridKgCo2ePerKWh.values, place)),
    embodiedKgCo2e: table(set.embodiedKgCo2e, 'embodiedKgCo2e'),
    refurbishmentKgCo2e: table(set.refurbishmentKgCo2e, 'refurbishmentKgCo2e'),
    lifetimeYears: table(set.lifetimeYears, 'lifetimeYears'),
    massKg: table(set.massKg, 'massKg'),
    yearlyEnergyKWh: table(set.yearlyEnergyKWh, 'yearlyEnergyKWh'),
    gridKgCo2ePerKWh: table(set.gridKgCo2ePerKWh, 'gridKgCo2ePerKWh'),
  }
}

const ordered = [...FACTOR_SETS].sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version))

/**
 * The shared factor library, readable by anyone: the values, units, sources and versions behind
 * every CO2e figure, so a bidder can recompute its CO2e before bidding and an auditor after.
 */
export async function factorSetRoutes(app: ServiceApp): Promise<void> {
  app.addSchema(FactorTable)
  app.addSchema(FactorSetSchema)
  app.get(
    '/factor-sets',
    {
      schema: {
        operationId: 'listFactorSets',
        summary: 'List the CO2e factor sets',
        description: 'Every version of every factor set of the library, by id then version. The same sets, with the same ids and versions, are served by assessment (CO2e of bids) and reporting (footprint KPIs). Public.',
        tags: ['factor-sets'],
        security: [],
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: withExamples(Page(Ref(FactorSetSchema), 'FactorSetPage'), [{ items: [toBody(ADEME_BOAVIZTA)], nextCursor: null }]), ...problemResponses(kernelProblems.INVALID_CURSOR) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query
      const after = decodeCursor(cursor, 2, ([id, version]) => typeof id === 'string' && typeof version === 'string')
      const rest = after ? ordered.filter((set) => `${set.id}\u0000${set.version}` > `${after[0]}\u0000${after[1]}`) : ordered
      return toPage(rest.slice(0, limit + 1), limit, (set) => [set.id, set.version], toBody)
    },
  )
  app.get(
    '/factor-sets/:factorSetId',
    {
      schema: {
        operationId: 'getFactorSet',
        summary: 'Read one CO2e factor set',
        description: 'The newest version of the set, or the version asked for. Public.',
        tags: ['factor-sets'],
        security: [],
        params: FactorSetParams,
        querystring: FactorSetQuery,
        response: { 200: withExamples(FactorSetSchema, [toBody(ADEME_BOAVIZTA)]), ...problemResponses(kernelProblems.FACTOR_SET_NOT_FOUND) },
      },
    },
    async (request) => {
      const { factorSetId } = request.params
      const { version } = request.query
      const set = version === undefined ? latestFactorSet(factorSetId) : findFactorSet(factorSetId, version)
      if (!set) throw new ProblemError(kernelProblems.FACTOR_SET_NOT_FOUND, `The factor library has no set ${factorSetId}${version ? ` version ${version}` : ''}.`)
      return toBody(set)
    },
  )
}
