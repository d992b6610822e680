import t from 'tap'
import { buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { CIRCULAR, tender } from './history.ts'

const { app, feeds, sync } = await buildReportingWithFeeds(t)

// A network-equipment tender with circular criteria; a software tender asking only for an open licence.
const OPEN_LICENCE = { ...CIRCULAR, id: 'DPG-GOVSTACK.DPG1', goals: ['environmental.resourceReuse', 'economic'], strategies: ['technicalSpecifications', 'otherGPPCriteria'], requirements: [] }
tender(feeds, { buyer: 'NETCITY', publishedAt: '2025-03-01T10:00:00.000Z', category: 'network-equipment', cpv: '32420000', criteria: [{ ...CIRCULAR, strategies: ['technicalSpecifications', 'euGPPCriteria'] }] })
tender(feeds, { buyer: 'NETCITY', publishedAt: '2025-04-01T10:00:00.000Z', category: 'software-e-services', cpv: '72260000', criteria: [OPEN_LICENCE] })
await sync()

t.test('a network-equipment tender counts in K01–K04; one with only software criteria is neither circular nor GPP', async (t) => {
  const res = await app.inject({ url: '/api/v1/kpis/values?buyer=NETCITY', headers: { authorization: await buyerOf('NETCITY') } })
  t.equal(res.statusCode, 200)
  const figure = (id: string, dimension?: Record<string, string>) =>
    res.json().values.find((v: any) => v.kpiId === id && Object.entries(dimension ?? {}).every(([k, value]) => v.dimension?.[k] === value))
  t.match(figure('K01'), { value: 50, numerator: 1, denominator: 2, note: null }, 'both are ICT; only the network tender is circular')
  t.match(figure('K04'), { value: 50, numerator: 1, denominator: 2 }, 'the open-licence tender is not GPP')
  t.match(figure('K03', { strategy: 'technicalSpecifications', basis: 'count' }), { numerator: 1, denominator: 2 })
  t.match(figure('K21'), { value: 50, numerator: 1, denominator: 2, recordCount: 2, unit: '%' }, 'the software tender counts in its own share')
})
