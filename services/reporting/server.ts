import { runService } from '../kernel/run-service.ts'
import { buildReportingApp } from './app.ts'

// Polling starts once the server listens, so tests and the OpenAPI export that build the app
// never read a feed unless they mean to; closing the app stops it.
await runService({
  name: 'reporting',
  build: async (context) => {
    const app = await buildReportingApp(context)
    app.addHook('onListen', () => app.feedSync.start())
    return app
  },
})
