import t from 'tap'
import { buildCatalogueApp } from '../../../services/catalogue/app.ts'
import { browserMissing, collectProblems, launchBrowser, pageUrl } from '../../helpers/browser.ts'
import { buildTestService } from '../../helpers/service.ts'

// The pages people open, in headless Chromium from a plain-HTTP host that is not localhost: the
// security headers must let each one load and work, with nothing in the console.

const { app } = await buildTestService(t, 'catalogue', buildCatalogueApp)
const listening = await app.listen({ host: '127.0.0.1', port: 0 })
const browser = browserMissing ? null : await launchBrowser(t)

t.test('Swagger UI at /docs loads, renders the contract and runs a call, with no console error', { skip: browserMissing }, async (t) => {
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } })
  const problems = collectProblems(page)
  const response = await page.goto(pageUrl(listening, '/docs'), { waitUntil: 'networkidle' })
  t.equal(response?.status(), 200)
  await page.waitForSelector('.swagger-ui .info .title', { timeout: 15_000 })
  t.match(await page.textContent('.swagger-ui .info .title'), /criteria catalogue/)
  t.ok((await page.locator('.opblock').count()) > 10, 'the operations are listed')

  const operation = page.locator('#operations-reference_data-listCodeLists')
  await operation.locator('.opblock-summary').click()
  await operation.locator('.try-out__btn').click()
  await operation.locator('.execute').click()
  const status = operation.locator('.live-responses-table tbody .response-col_status').first()
  await status.waitFor({ timeout: 15_000 })
  t.equal((await status.textContent())?.trim(), '200', '"Try it out" reaches the API')
  t.same(problems, [], 'no console errors, CSP violations or failed requests')
})

t.test('the tender text loads with nothing blocked', { skip: browserMissing }, async (t) => {
  const page = await browser!.newPage()
  const problems = collectProblems(page)
  const response = await page.goto(pageUrl(listening, '/api/v1/criteria-sets/notebooks-core/versions/1/tender-text'), { waitUntil: 'load' })
  t.equal(response?.status(), 200)
  t.match(await page.textContent('h1'), /.+/)
  t.same(problems, [])
})
