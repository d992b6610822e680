import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

// The suite's parameters, as GovStack suites keep them: defaults in testDefaultParameters.json,
// a deployment's own values in the file TEST_PARAMETERS_FILE names (an example application's
// testCustomParameters.json), and the environment variables test_entrypoint.sh documents on top.

export interface Parameters {
  catalogueApiUrl: string
  assessmentApiUrl: string
  reportingApiUrl: string
  informationMediatorClient: string
  buyerOrganisation: string
  productCategory: string
  ambitionLevel: string
}

const suiteDir = path.resolve(import.meta.dirname, '..')
export const repoRoot = path.resolve(suiteDir, '../..')

function readJson(file: string): Partial<Parameters> {
  return JSON.parse(readFileSync(file, 'utf8')) as Partial<Parameters>
}

function fromEnvironment(): Partial<Parameters> {
  const env = process.env
  const given: Partial<Parameters> = {
    catalogueApiUrl: env.CATALOGUE_API_URL,
    assessmentApiUrl: env.ASSESSMENT_API_URL,
    reportingApiUrl: env.REPORTING_API_URL,
    informationMediatorClient: env.INFORMATION_MEDIATOR_CLIENT,
  }
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value)) as Partial<Parameters>
}

function load(): Parameters {
  const custom = process.env.TEST_PARAMETERS_FILE
  if (custom && !existsSync(custom)) throw new Error(`TEST_PARAMETERS_FILE names ${custom}, which does not exist`)
  return {
    ...(readJson(path.join(suiteDir, 'testDefaultParameters.json')) as Parameters),
    ...(custom ? readJson(custom) : {}),
    ...fromEnvironment(),
  }
}

export const parameters = load()
