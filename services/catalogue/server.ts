import { runService } from '../kernel/run-service.ts'
import { buildCatalogueApp } from './app.ts'
import { loadSeed } from './seed/load-seed.ts'

await runService({
  name: 'catalogue',
  prepare: async ({ config, db, logger }) => {
    if (config.seedOnStart) logger.info(await loadSeed(db), 'seed loaded')
  },
  build: buildCatalogueApp,
})
