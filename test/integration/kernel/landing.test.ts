import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { buildReportingApp } from '../../../services/reporting/app.ts'
import { prefersHtml } from '../../../services/kernel/landing.ts'
import { buildTestService } from '../../helpers/service.ts'

// GET / on each service says what it is and links its docs, contract, health and the other two
// services: HTML for a browser, JSON for a client. The docs page carries the project's name.

const urls = { CATALOGUE_URL: 'https://catalogue.example.gov', ASSESSMENT_URL: 'https://assessment.example.gov', REPORTING_URL: 'https://reporting.example.gov' }
const catalogue = await buildTestService(t, 'catalogue', buildCatalogueApp, urls)
const reporting = await buildTestService(t, 'reporting', buildReportingApp, urls)

t.test('a client gets JSON naming the service and linking the others', async (t) => {
  const answer = await reporting.app.inject({ url: '/', headers: { accept: 'application/json' } })
  t.equal(answer.statusCode, 200)
  t.match(answer.headers['content-type'], /^application\/json/)
  t.equal(answer.headers.vary, 'Accept')
  const body = answer.json()
  t.match(body, { name: 'Circular ICT procurement building block', service: 'reporting', links: { docs: '/docs', contract: '/api/v1/openapi.json', health: '/health/ready' } })
  t.match(body.title, /reporting/)
  t.same(body.services.map((s: { name: string; url: string }) => [s.name, s.url]), [
    ['catalogue', 'https://catalogue.example.gov'],
    ['assessment', 'https://assessment.example.gov'],
    ['reporting', 'https://reporting.example.gov'],
  ])
  t.equal((await reporting.app.inject({ url: '/' })).headers['content-type']?.toString().startsWith('application/json'), true, 'no Accept: JSON')
})

t.test('a browser gets HTML with the same links, under the edge\'s strict policy', async (t) => {
  const answer = await catalogue.app.inject({ url: '/', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } })
  t.equal(answer.statusCode, 200)
  t.match(answer.headers['content-type'], /^text\/html/)
  for (const href of ['/docs', '/api/v1/openapi.json', '/health/ready', 'https://assessment.example.gov', 'https://reporting.example.gov']) {
    t.match(answer.body, `href="${href}"`, href)
  }
  t.match(answer.body, /<title>Circular ICT procurement: criteria catalogue<\/title>/)
  t.match(answer.body, /\(this service\)/)
  t.match(answer.headers['content-security-policy'], /default-src 'none'/, 'no script, no inline style needed')
  t.notMatch(answer.body, /<script|style=/)
})

t.test('the docs page is branded: the project\'s title and icon, no Swagger logo', async (t) => {
  const page = await catalogue.app.inject({ url: '/docs/' })
  t.equal(page.statusCode, 200)
  t.match(page.body, /<title>Circular ICT procurement: criteria catalogue · API docs<\/title>/)
  t.notMatch(page.body, /<title>Swagger UI/)
  t.match(page.body, 'href="./static/theme/favicon.svg"')
  t.notMatch(page.body, /favicon-32x32/)
  const icon = await catalogue.app.inject({ url: '/docs/static/theme/favicon.svg' })
  t.equal(icon.statusCode, 200)
  t.match(icon.body, /^<svg/)
})

t.test('content negotiation', async (t) => {
  t.ok(prefersHtml('text/html,application/xhtml+xml'))
  t.ok(prefersHtml('text/html, application/json'))
  t.notOk(prefersHtml('application/json, text/html'))
  t.notOk(prefersHtml('*/*'))
  t.notOk(prefersHtml(undefined))
})
