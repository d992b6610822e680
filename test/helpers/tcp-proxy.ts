import { connect, createServer, type Socket } from 'node:net'

interface Teardown {
  teardown: (fn: () => Promise<void> | void) => void
}

export interface TcpProxy {
  /** The target URL with its host and port replaced by the proxy's. */
  url: string
  /** Drops every open connection and refuses new ones, as a stopped database server does. */
  cut: () => Promise<void>
  /** Drops every open connection and takes new ones without ever answering, as a lost network does. */
  blackhole: () => Promise<void>
  /** Forwards again on the same port, as a restarted server does. */
  restore: () => Promise<void>
}

/**
 * A TCP forwarder between a service and its PostgreSQL that a test can cut: the database becomes
 * unreachable for real (refused or silent connections), with no mock of the driver or the pool.
 */
export async function startTcpProxy(t: Teardown, targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl)
  const sockets = new Set<Socket>()
  let mode: 'forward' | 'silent' = 'forward'
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = createServer((client) => {
    track(client)
    if (mode === 'silent') return
    const upstream = connect(Number(target.port || 5432), target.hostname)
    track(upstream)
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  const listen = (port: number) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port)))
  const port = await listen(0)
  const dropAll = () => {
    for (const socket of sockets) socket.destroy()
  }
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()))
  const proxied = new URL(targetUrl)
  proxied.hostname = '127.0.0.1'
  proxied.port = String(port)
  t.teardown(async () => {
    const closed = stopListening()
    dropAll()
    await closed
  })
  return {
    url: proxied.toString(),
    cut: async () => {
      const closed = stopListening()
      dropAll()
      await closed
    },
    blackhole: async () => {
      mode = 'silent'
      dropAll()
      if (!server.listening) await listen(port)
    },
    restore: async () => {
      mode = 'forward'
      dropAll()
      if (!server.listening) await listen(port)
    },
  }
}
