import { loadConfig, type ServiceName } from '../services/kernel/config.ts'

// The image's HEALTHCHECK. node:24-slim has no curl, so Node's own fetch asks the service that
// SERVICE names, on the port its configuration gives it, whether the process is up.

const config = loadConfig((process.env.SERVICE ?? 'catalogue') as ServiceName)
try {
  const res = await fetch(`http://127.0.0.1:${config.port}/healthcheck`, { signal: AbortSignal.timeout(4000) })
  process.exit(res.ok ? 0 : 1)
} catch {
  process.exit(1)
}
