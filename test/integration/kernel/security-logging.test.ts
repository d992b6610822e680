import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { exampleCriterion } from '../../../services/catalogue/routes/examples.ts'
import { buildReportingApp } from '../../../services/reporting/app.ts'
import { buildLoggedTestService } from '../../helpers/logged-service.ts'
import { bearer } from '../../helpers/service.ts'

// Every refused request leaves one warn line tagged security: who (verified, or only claimed by a
// refused token), in which roles, on which route, and why; the caller learns less than the log.

const { app, logLines } = await buildLoggedTestService(t, 'catalogue', buildCatalogueApp)
const auditor = await bearer(['auditor'], { subject: 'ada', organisationId: 'ORG-AUDIT' })
const admin = await bearer(['catalogue-admin'])
const refusalOf = (correlationId: string) => logLines().filter((line) => line.correlationId === correlationId && Number(line.level) >= 40)

let created = 0
async function create(authorization: string | undefined, correlationId: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/criteria',
    headers: { 'x-correlation-id': correlationId, ...(authorization ? { authorization } : {}) },
    payload: { ...exampleCriterion, code: `SEC${++created}` },
  })
}

t.test('a 403: the verified subject, its roles, the route and the reason', async (t) => {
  t.equal((await create(auditor, 'wrong-role')).statusCode, 403)
  const lines = refusalOf('wrong-role')
  t.equal(lines.length, 1, 'one line')
  t.match(lines[0], {
    level: 40,
    security: true,
    msg: 'access refused',
    status: 403,
    code: 'FORBIDDEN',
    subject: 'ada',
    roles: ['auditor'],
    organisationId: 'ORG-AUDIT',
    method: 'POST',
    route: '/api/v1/criteria',
    reason: /needs one of the roles: catalogue-admin/,
  })
})

t.test('a 401: the subject a refused token claims, and the real reason, which the answer does not give', async (t) => {
  const expired = await bearer(['catalogue-admin'], { subject: 'mallory' })
  const [header, payload] = expired.slice('Bearer '.length).split('.')
  const forged = `Bearer ${header}.${payload}.${'A'.repeat(86)}`
  const res = await create(forged, 'forged-token')
  t.equal(res.statusCode, 401)
  t.equal(res.json().detail, 'The bearer token is invalid or expired.')
  t.match(refusalOf('forged-token'), [{ level: 40, security: true, status: 401, code: 'UNAUTHENTICATED', subject: null, claimedSubject: 'mallory', roles: [], route: '/api/v1/criteria', reason: /signature verification failed/ }])

  t.equal((await create(undefined, 'no-token')).statusCode, 401)
  t.match(refusalOf('no-token'), [{ security: true, status: 401, subject: null, reason: /needs a bearer token/ }])
  t.equal((await create('Basic YWxhZGRpbjpvcGVuc2VzYW1l', 'basic')).statusCode, 401)
  t.match(refusalOf('basic'), [{ security: true, status: 401, reason: /not "Bearer <JWT>"/ }])
})

t.test('the bearer scheme is case-insensitive and may be followed by several spaces', async (t) => {
  const token = admin.slice('Bearer '.length)
  for (const authorization of [`bearer ${token}`, `BEARER ${token}`, `Bearer   ${token}`]) {
    t.equal((await create(authorization, 'scheme')).statusCode, 201, JSON.stringify(authorization.slice(0, 9)))
  }
})

t.test('the dashboard’s own refusals are logged the same way', async (t) => {
  const { app: reporting, logLines: reportingLines } = await buildLoggedTestService(t, 'reporting', (context) => buildReportingApp(context))
  const city = await bearer(['buyer'], { subject: 'buyer-of-city', organisationId: 'CITY' })
  const answers = { answers: [{ itemId: 'P1.1', value: 3 }] }
  t.equal((await reporting.inject({ method: 'POST', url: '/api/v1/buyers/CITY/maturity-assessments', headers: { authorization: city }, payload: answers })).statusCode, 201)
  const other = await bearer(['buyer'], { subject: 'buyer-of-town', organisationId: 'TOWN' })
  const page = await reporting.inject({ url: '/dashboard/CITY', headers: { authorization: other, 'x-correlation-id': 'dashboard-403' } })
  t.equal(page.statusCode, 403)
  t.match(page.headers['content-type'], /^text\/html/)
  t.match(reportingLines().find((line) => line.correlationId === 'dashboard-403' && line.security), { level: 40, status: 403, subject: 'buyer-of-town', organisationId: 'TOWN', roles: ['buyer'], route: '/dashboard/:buyerId' })
})
