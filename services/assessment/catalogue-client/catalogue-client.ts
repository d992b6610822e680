import { ProblemError } from '../../kernel/problem.ts'
import { assessmentProblems } from '../problems.ts'
import type { CatalogueCriteriaSet } from './catalogue-types.ts'

export interface CatalogueClient {
  getCriteriaSetVersion(setId: string, version: number, correlationId: string): Promise<CatalogueCriteriaSet>
}

/**
 * Reads the catalogue over HTTP, exactly as an outside system would: never its database. The
 * correlation id travels on, and every failure becomes a clear problem instead of a 500.
 */
export function createCatalogueClient(baseUrl: string, timeoutMs = 5000): CatalogueClient {
  const root = baseUrl.replace(/\/$/, '')
  return {
    async getCriteriaSetVersion(setId, version, correlationId) {
      const url = `${root}/api/v1/criteria-sets/${encodeURIComponent(setId)}/versions/${version}`
      let response: Response
      try {
        response = await fetch(url, {
          headers: { accept: 'application/json', 'x-correlation-id': correlationId },
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch {
        throw new ProblemError(assessmentProblems.CATALOGUE_UNAVAILABLE, 'The criteria catalogue could not be reached; nothing was created. Retry later.')
      }
      if (response.status === 404) {
        throw new ProblemError(assessmentProblems.CRITERIA_SET_VERSION_NOT_FOUND, `The catalogue has no criteria set ${setId} version ${version}.`)
      }
      // The catalogue refusing the reference is the client's input error, not a failing upstream.
      if (response.status === 400) {
        throw new ProblemError(assessmentProblems.INVALID_CRITERIA_SET_REFERENCE, `The catalogue refuses criteria set ${setId} version ${version} as malformed; nothing was created.`, [
          { path: 'body/criteriaSet', message: 'is not a criteria-set reference the catalogue accepts' },
        ])
      }
      if (response.status === 429) {
        throw new ProblemError(assessmentProblems.CATALOGUE_UNAVAILABLE, 'The criteria catalogue is busy; nothing was created. Retry later.')
      }
      if (!response.ok) {
        throw new ProblemError(assessmentProblems.CATALOGUE_ERROR, `The criteria catalogue answered ${response.status}; nothing was created.`)
      }
      const set = (await response.json()) as CatalogueCriteriaSet
      if (set.status !== 'published') {
        throw new ProblemError(assessmentProblems.CRITERIA_SET_NOT_PUBLISHED, `Criteria set ${setId} version ${version} is ${set.status}; a tender can only pin a published version.`)
      }
      return set
    },
  }
}
