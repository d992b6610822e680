import t from 'tap'
import { bearer } from '../../helpers/service.ts'
import { buildAssessment } from '../assessment/helpers.ts'

// What is kept per caller belongs to the whole caller, not to the token subject alone: one subject
// acting for two organisations is two callers, who never see or remove each other's things.

const { app } = await buildAssessment(t, {}, { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' })
const inOrgA = await bearer(['auditor'], { subject: 'shared-auditor', organisationId: 'ORG-A' })
const inOrgB = await bearer(['auditor'], { subject: 'shared-auditor', organisationId: 'ORG-B' })
const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: { authorization: token }, payload })

t.test('webhook subscriptions belong to the subject together with its organisation', async (t) => {
  const created = await call('POST', '/webhooks', inOrgA, { url: 'https://127.0.0.1/hook', eventTypes: ['award.made'] })
  t.equal(created.statusCode, 201)
  const id = created.json().id
  t.same((await call('GET', '/webhooks', inOrgB)).json().items, [], 'the other organisation lists none')
  t.equal((await call('GET', `/webhooks/${id}`, inOrgB)).statusCode, 404)
  t.equal((await call('GET', `/webhooks/${id}/deliveries`, inOrgB)).statusCode, 404)
  t.equal((await call('DELETE', `/webhooks/${id}`, inOrgB)).statusCode, 404, 'nor can it remove it')
  t.same((await call('GET', '/webhooks', inOrgA)).json().items.map((s: { id: string }) => s.id), [id], 'its owner still has it')
  t.equal((await call('DELETE', `/webhooks/${id}`, inOrgA)).statusCode, 204)
})
