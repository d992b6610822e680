import { runService } from '../kernel/run-service.ts'
import { buildAssessmentApp } from './app.ts'

await runService({ name: 'assessment', build: buildAssessmentApp })
