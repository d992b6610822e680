import { buildAssessmentApp, type AssessmentAppOptions } from '../../../services/assessment/app.ts'
import { buildTestService } from '../../helpers/service.ts'

export const buildAssessment = (t: Parameters<typeof buildTestService>[0], options: AssessmentAppOptions = {}) =>
  buildTestService(t, 'assessment', (context) => buildAssessmentApp(context, options))
