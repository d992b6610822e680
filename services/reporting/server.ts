import { runService } from '../kernel/run-service.ts'
import { buildReportingApp } from './app.ts'

await runService({ name: 'reporting', build: buildReportingApp })
