import t from 'tap'
import { browserMissing, collectProblems, launchBrowser, pageUrl } from '../../helpers/browser.ts'
import { auditor, buildReportingWithFeeds, buyerOf } from './helpers.ts'
import { tender } from './history.ts'

const NOW = new Date('2026-05-15T12:00:00.000Z')
const { app, feeds, sync } = await buildReportingWithFeeds(t, { now: () => NOW })
const city = await buyerOf('CITY')

for (const [quarter, refurbished] of [['2025-08-01', 10], ['2025-11-01', 25], ['2026-02-01', 40]] as const) {
  const procurement = tender(feeds, { buyer: 'CITY', publishedAt: `${quarter}T08:00:00.000Z` })
  procurement
    .award({ awardedAt: `${quarter}T10:00:00.000Z`, amount: '80000.00', warrantyYears: 3, units: [{ quantity: refurbished, condition: 'refurbished' }, { quantity: 100 - refurbished, condition: 'new', lifetime: 6 }] })
    .sign(quarter)
    .report(quarter, '2026-03-31', { unitsCollected: 50, unitsReused: 20 + refurbished, unitsSanitised: 50, sanitisationCertificates: 50 })
}
tender(feeds, { buyer: 'PRIVATE', publishedAt: '2025-08-01T08:00:00.000Z' })
await sync()

const settings = await app.inject({ url: '/api/v1/buyers/CITY/settings', headers: { authorization: city } })
await app.inject({
  method: 'PUT',
  url: '/api/v1/buyers/CITY/settings',
  headers: { authorization: city, 'if-match': settings.headers.etag as string },
  payload: { publicDashboard: true, displayName: 'City of <Tallinn> & "Harju"' },
})
await app.inject({
  method: 'POST',
  url: '/api/v1/buyers/CITY/targets',
  headers: { authorization: city },
  payload: { kpiId: 'K05', targetValue: 50, direction: 'atLeast', baselineValue: 5, baselineDate: '2025-07-01', deadline: '2026-12-31' },
})
await app.inject({ method: 'POST', url: '/api/v1/buyers/CITY/maturity-assessments', headers: { authorization: city }, payload: { answers: [{ itemId: 'P1.1', value: 3 }, { itemId: 'C2.1', value: 1 }] } })

t.test('the page: self-contained HTML with a CSP, everything escaped', async (t) => {
  const res = await app.inject({ url: '/dashboard/CITY' })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/html; charset=utf-8/)
  t.match(res.headers['content-security-policy'], /default-src 'none'/)
  t.match(res.headers['content-security-policy'], /style-src 'sha256-/)
  t.equal(res.headers['x-frame-options'], 'DENY')
  t.equal(res.headers['x-content-type-options'], 'nosniff')
  t.match(res.body, /^<!doctype html>\n<html lang="en">/)
  t.match(res.body, /City of &lt;Tallinn&gt; &amp; &quot;Harju&quot;/, 'the display name is escaped')
  t.notMatch(res.body, /<Tallinn>/)
  t.notMatch(res.body, /<script|https?:\/\/(?!www\.w3)/, 'no scripts and nothing from elsewhere')
  t.equal(res.body.match(/<h1>/g)?.length, 1)
  t.equal((res.body.match(/<svg /g) ?? []).length, 6, 'one chart per headline KPI')
})

t.test('who sees the page', async (t) => {
  const privatePage = await app.inject({ url: '/dashboard/PRIVATE' })
  t.equal(privatePage.statusCode, 404, 'no login wall, but a private buyer does not exist for the anonymous')
  t.match(privatePage.headers['content-type'], /^text\/html/)
  t.match(privatePage.body, /<html lang="en">/)
  t.equal((await app.inject({ url: '/dashboard/PRIVATE', headers: { authorization: await buyerOf('PRIVATE') } })).statusCode, 200, 'the buyer itself with its token')
  t.equal((await app.inject({ url: '/dashboard/PRIVATE', headers: { authorization: await auditor() } })).statusCode, 200)
  t.equal((await app.inject({ url: '/dashboard/PRIVATE', headers: { authorization: city } })).statusCode, 403)
  t.equal((await app.inject({ url: '/dashboard/NOBODY' })).statusCode, 404)
  t.equal((await app.inject({ url: '/dashboard/bad%20id' })).statusCode, 400)
})

t.test('in headless Chromium on a plain-HTTP host: loads, no console errors, charts and tables present and labelled', { skip: browserMissing }, async (t) => {
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await launchBrowser(t)
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  const problems = collectProblems(page)
  const response = await page.goto(pageUrl(url, '/dashboard/CITY'), { waitUntil: 'load' })
  t.equal(response?.status(), 200)
  t.same(problems, [], 'no console errors, CSP violations or failed requests')

  const check = (await page.evaluate(`(() => {
    const charts = [...document.querySelectorAll('svg.chart')]
    return {
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      headingsInOrder: [...document.querySelectorAll('h1, h2, h3')].every((h, i, all) => i === 0 || Number(h.tagName[1]) <= Number(all[i - 1].tagName[1]) + 1),
      charts: charts.length,
      chartsTitled: charts.every((svg) => svg.getAttribute('role') === 'img' && svg.querySelector('title')?.textContent.trim() && svg.querySelector('desc')?.textContent.trim() && svg.getAttribute('aria-labelledby')),
      images: [...document.querySelectorAll('img')].every((img) => img.alt),
      tables: document.querySelectorAll('table').length,
      tablesCaptioned: [...document.querySelectorAll('table')].every((table) => table.caption && table.caption.textContent.trim()),
      targetLines: document.querySelectorAll('svg.chart .target line').length,
      styled: getComputedStyle(document.querySelector('svg.chart .series')).stroke,
    }
  })()`)) as Record<string, unknown>
  t.match(check, { lang: 'en', h1: 1, headingsInOrder: true, charts: 6, chartsTitled: true, images: true, tablesCaptioned: true, targetLines: 1 })
  t.ok((check.tables as number) >= 9, 'a table behind every chart, plus targets, KPIs and maturity')
  t.equal(check.styled, 'rgb(11, 92, 173)', 'the inline stylesheet is allowed by the CSP')
  await page.screenshot({ path: '/tmp/reporting-dashboard.png' })
})
