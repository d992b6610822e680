import openapiTS, { astToString } from 'openapi-typescript'
import { convertV2 } from 'openapi-to-postmanv2'

/** The contracts published with each release, one per service. */
export const SERVICES = ['catalogue', 'assessment', 'reporting'] as const

type Document = Parameters<typeof openapiTS>[0]

/**
 * TypeScript types of a contract (`paths`, `components`, `operations`), as openapi-typescript makes
 * them: what an integrator's typed client (openapi-fetch, or their own fetch) is checked against.
 */
export async function contractTypes(document: object): Promise<string> {
  return astToString(await openapiTS(document as Document, { alphabetize: true }))
}

/** A Postman collection of a contract: one folder per tag, each request with its examples. */
export function postmanCollection(document: object): Promise<object> {
  return new Promise((resolve, reject) => {
    convertV2({ type: 'json', data: document }, { folderStrategy: 'Tags', requestParametersResolution: 'Example' }, (error, result) => {
      const collection = result?.result ? result.output?.[0]?.data : undefined
      if (error) reject(new Error(error.message))
      else if (!collection) reject(new Error(`the contract could not be converted: ${result?.reason ?? 'no collection'}`))
      else resolve(collection)
    })
  })
}
