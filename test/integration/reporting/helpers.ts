import { buildReportingApp, type ReportingAppOptions } from '../../../services/reporting/app.ts'
import { bearer, buildTestService } from '../../helpers/service.ts'
import { fakeFeeds } from './fake-feeds.ts'

type T = Parameters<typeof buildTestService>[0]

/** Reporting on its own database, reading a fake assessment and catalogue over real HTTP. */
export async function buildReportingWithFeeds(t: T, options: ReportingAppOptions = {}) {
  const feeds = await fakeFeeds(t)
  const service = await buildTestService(t, 'reporting', (context) => buildReportingApp(context, options), { ASSESSMENT_URL: feeds.url, CATALOGUE_URL: feeds.url })
  return { ...service, feeds, sync: () => service.app.feedSync.runOnce() }
}

export const auditor = () => bearer(['auditor'], { subject: 'test-auditor' })
export const buyerOf = (organisationId: string) => bearer(['buyer'], { subject: `buyer-of-${organisationId}`, organisationId })
