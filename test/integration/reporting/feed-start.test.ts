import { Writable } from 'node:stream'
import pino from 'pino'
import t from 'tap'
import { createDatabase } from '../../../services/kernel/database.ts'
import type { FeedClient } from '../../../services/reporting/ingestion/feed-client.ts'
import { FeedError } from '../../../services/reporting/ingestion/feed-error.ts'
import { createFeedSync } from '../../../services/reporting/ingestion/feed-sync.ts'
import type { ReportingDatabase } from '../../../services/reporting/repositories/database.ts'
import { freshDatabase } from '../../helpers/service.ts'

// On a normal start the three services come up together and reporting's first polls find the
// others not yet listening: that is no warning worth a stack trace. A source that stops answering
// after it has answered, or that never answers within the grace period, is.

const url = await freshDatabase(t, 'reporting')
const db = createDatabase<ReportingDatabase>({ url, schema: 'reporting', poolSize: 2 })
t.teardown(() => db.destroy())

function harness(options: { startupGraceMs?: number } = {}) {
  const lines: { level: number; msg: string; source?: string; err?: unknown; reason?: string }[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  const state = { clock: 1_000_000, up: false, failure: null as Error | null }
  const answer = async () => {
    if (state.failure) throw state.failure
    if (!state.up) throw new FeedError('127.0.0.1:3002/api/v1/events could not be reached')
    return { items: [], nextCursor: null }
  }
  const client: FeedClient = { assessmentEvents: answer, catalogueChanges: answer, criterionVersion: () => Promise.reject(new Error('not asked')) }
  const sync = createFeedSync({ db, client, logger: pino({ level: 'debug' }, sink), intervalMs: 1000, now: () => state.clock, ...options })
  return { lines, state, sync }
}

const WARN = 40
const INFO = 30

t.test('sources not answering yet at start: info lines without a stack, the status still says so', async (t) => {
  const { lines, state, sync } = harness({ startupGraceMs: 30_000 })
  const results = await sync.runOnce()
  t.same(results.map((result) => result.error), ['127.0.0.1:3002/api/v1/events could not be reached', '127.0.0.1:3002/api/v1/events could not be reached'])
  t.same(lines.map((line) => [line.level, line.msg, line.source]), [
    [INFO, 'feed source not answering yet; retrying at the next poll', 'assessment-events'],
    [INFO, 'feed source not answering yet; retrying at the next poll', 'catalogue-changes'],
  ])
  t.ok(lines.every((line) => line.err === undefined && line.reason === '127.0.0.1:3002/api/v1/events could not be reached'), 'the reason, no error object')

  state.clock += 29_000
  await sync.runOnce()
  t.same(lines.slice(2).map((line) => line.level), [INFO, INFO], 'still within the grace period')

  state.clock += 1_000
  await sync.runOnce()
  t.same(lines.slice(4).map((line) => [line.level, line.msg]), [
    [WARN, 'feed sync failed; serving the read model as it is'],
    [WARN, 'feed sync failed; serving the read model as it is'],
  ], 'a source silent for the whole grace period is a warning')
  t.match(lines[4]!.err, { type: 'FeedError', message: /could not be reached/, stack: /FeedError/ })
})

t.test('a source that answered once and then fails is a warning at once', async (t) => {
  const { lines, state, sync } = harness({ startupGraceMs: 30_000 })
  state.up = true
  t.same((await sync.runOnce()).map((result) => result.error), [null, null])
  state.up = false
  await sync.runOnce()
  t.same(lines.map((line) => line.level), [WARN, WARN])
})

t.test('a failure that is not the source’s (a bug, the database) is a warning even at start', async (t) => {
  const { lines, state, sync } = harness({ startupGraceMs: 30_000 })
  state.failure = new TypeError('cannot read properties of undefined')
  const [assessment] = await sync.runOnce()
  t.match(assessment!.error, /sync failed; see the service logs/)
  t.same(lines.map((line) => line.level), [WARN, WARN])
  t.match(lines[0]!.err, { type: 'TypeError' })
})
