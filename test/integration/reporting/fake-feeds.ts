import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

export interface FakeEvent {
  id: string
  type: string
  subject: string
  time: string
  sequence: string
  data: Record<string, unknown>
}

const cursorOf = (position: number) => Buffer.from(JSON.stringify([position])).toString('base64url')
const positionOf = (cursor: string | null) => (cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as number[])[0]! : 0)

/**
 * The assessment event feed and the catalogue change feed as a real HTTP server on a free
 * loopback port, paging exactly as the real services do. Tests append events, take a source down
 * (503) and bring it back.
 */
export async function fakeFeeds(t: Teardown) {
  const events: FakeEvent[] = []
  const changes: Record<string, unknown>[] = []
  const criterionVersions = new Map<string, unknown>()
  const seen = { authorizations: [] as string[], correlationIds: [] as string[] }
  const down = { assessment: false, catalogue: false }

  function send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  function page<T>(items: T[], url: URL, res: ServerResponse) {
    const after = positionOf(url.searchParams.get('cursor'))
    const limit = Number(url.searchParams.get('limit') ?? 20)
    const slice = items.slice(after, after + limit)
    send(res, 200, { items: slice, nextCursor: cursorOf(after + slice.length) })
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    seen.correlationIds.push(String(req.headers['x-correlation-id'] ?? ''))
    if (url.pathname === '/api/v1/events') {
      if (down.assessment) return send(res, 503, { code: 'UNAVAILABLE' })
      seen.authorizations.push(String(req.headers.authorization ?? ''))
      if (!/^Bearer \S+$/.test(String(req.headers.authorization ?? ''))) return send(res, 401, { code: 'UNAUTHENTICATED' })
      return page(events, url, res)
    }
    if (down.catalogue) return send(res, 503, { code: 'UNAVAILABLE' })
    if (url.pathname === '/api/v1/changes') return page(changes, url, res)
    const version = criterionVersions.get(url.pathname)
    return version ? send(res, 200, version) : send(res, 404, { code: 'NOT_FOUND' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as { port: number }

  return {
    url: `http://127.0.0.1:${port}`,
    events,
    down,
    seen,
    emit(type: string, data: Record<string, unknown>, time: string, id: string = randomUUID()): FakeEvent {
      const event = { id, type: `org.govstack.circular-ict.${type}`, subject: type, time, sequence: String(events.length + 1).padStart(19, '0'), data }
      events.push(event)
      return event
    },
    publishCriterion(id: string, version: number, sourceCode: string, goals: string[], strategies: string[]) {
      const href = `/api/v1/criteria/${id}/versions/${version}`
      criterionVersions.set(href, { id, version, source: { code: sourceCode }, content: { type: 'technicalSpecification', ocds: { goals, strategies } } })
      changes.push({ sequence: changes.length + 1, occurredAt: '2025-01-01T00:00:00.000Z', entityType: 'criterion', entityId: id, version, action: 'published', href })
    },
  }
}
