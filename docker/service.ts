import type { ServiceName } from '../services/kernel/config.ts'

// The image's entry point: one image runs any of the three services, picked by SERVICE, so the
// Dockerfile, docker-compose.yml and the Helm chart all start them the same way.

const services: ServiceName[] = ['catalogue', 'assessment', 'reporting']
const service = process.env.SERVICE ?? ''
if (!(services as string[]).includes(service)) {
  process.stderr.write(`SERVICE must be one of ${services.join(', ')} (got ${JSON.stringify(service)})\n`)
  process.exit(64)
}
await import(`../services/${service}/server.ts`)
