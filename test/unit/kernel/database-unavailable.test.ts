import t from 'tap'
import { isDatabaseUnavailable } from '../../../services/kernel/database-unavailable.ts'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

t.test('an outage: no server, a dropped connection, a server shutting down or full', async (t) => {
  for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '53300', '08006', '08001', '08P01']) {
    t.ok(isDatabaseUnavailable(withCode(code)), code)
  }
  for (const message of ['Connection terminated unexpectedly', 'Connection terminated due to connection timeout', 'timeout exceeded when trying to connect', 'Client has encountered a connection error and is not queryable']) {
    t.ok(isDatabaseUnavailable(new Error(message)), message)
  }
  t.ok(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])), 'refused on every address of a name')
  t.ok(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('57P01') })), 'through a cause')
})

t.test('not an outage: statements the database refused, and everything else', async (t) => {
  for (const code of ['23505', '23503', '22P02', '42P01', '40001', '57014', 'FST_ERR_VALIDATION']) t.notOk(isDatabaseUnavailable(withCode(code)), code)
  t.notOk(isDatabaseUnavailable(new Error('Connection to the catalogue failed')), 'a message that only looks alike')
  t.notOk(isDatabaseUnavailable(null))
  t.notOk(isDatabaseUnavailable('ECONNREFUSED'))
  const loop: { cause?: unknown } = {}
  loop.cause = loop
  t.notOk(isDatabaseUnavailable(loop), 'a cause chain that loops ends')
})
