import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { buildReportingApp } from '../../../services/reporting/app.ts'
import { buildTestServiceOn, freshDatabase } from '../../helpers/service.ts'
import { startTcpProxy } from '../../helpers/tcp-proxy.ts'
import { fakeFeeds } from '../reporting/fake-feeds.ts'
import { tender } from '../reporting/history.ts'

// Reporting's background feed sync while its database goes away: polls fail for a while, the loop
// keeps running, and once the database is back the events published meanwhile are applied.

t.test('the feed sync loop survives a database outage and catches up after it', async (t) => {
  const feeds = await fakeFeeds(t)
  const proxy = await startTcpProxy(t, await freshDatabase(t, 'reporting'))
  const { app } = await buildTestServiceOn(t, proxy.url, 'reporting', (context) => buildReportingApp(context), {
    ASSESSMENT_URL: feeds.url,
    CATALOGUE_URL: feeds.url,
    FEED_POLL_INTERVAL_MS: '100',
    DATABASE_CONNECT_TIMEOUT_MS: '500',
  })
  const applied = async () => {
    const response = await app.inject({ url: '/api/v1/read-model/status' })
    return response.statusCode === 200 ? (response.json().feeds.find((s: any) => s.source === 'assessment-events')?.eventsApplied as number) : -1
  }
  app.feedSync.start()
  tender(feeds, { buyer: 'MINFIN', publishedAt: '2025-02-01T10:00:00.000Z' })
  const before = feeds.events.length
  for (let i = 0; i < 100 && (await applied()) < before; i++) await sleep(100)
  t.equal(await applied(), before, 'the loop applies what the feed holds')

  await proxy.cut()
  tender(feeds, { buyer: 'MINEDU', publishedAt: '2025-02-02T10:00:00.000Z' })
  await sleep(1500)
  t.equal(await applied(), -1, 'the status itself cannot be read while the database is away')

  await proxy.restore()
  for (let i = 0; i < 100 && (await applied()) < feeds.events.length; i++) await sleep(100)
  t.equal(await applied(), feeds.events.length, 'the events published during the outage are applied once the database is back')
})
