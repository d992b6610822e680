import { runService } from '../kernel/run-service.ts'
import { buildAssessmentApp } from './app.ts'
import { startWebhookDispatcher } from './events/webhook-dispatcher.ts'

// The dispatcher runs beside the server, not inside the app, so tests and the OpenAPI export that
// build the app never start one unless they mean to.
await runService({
  name: 'assessment',
  build: async (context) => {
    const app = await buildAssessmentApp(context)
    const dispatcher = startWebhookDispatcher({
      db: context.db,
      logger: context.logger.child({ component: 'webhook-dispatcher' }),
      allowedHosts: context.config.webhookAllowedHosts,
    })
    app.addHook('onClose', () => dispatcher.stop())
    return app
  },
})
