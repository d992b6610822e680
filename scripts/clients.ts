import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { contractTypes, postmanCollection, SERVICES } from './clients/generate.ts'

/**
 * `npm run clients [folder]`: writes, for each service, the TypeScript types generated from its
 * contract and a Postman collection, into release/clients/ (git-ignored) or the folder given. The
 * release workflow attaches them to the release; docs/deployment.md says how.
 */
const root = path.resolve(import.meta.dirname, '..')
const out = path.resolve(process.argv[2] ?? path.join(root, 'release', 'clients'))
mkdirSync(out, { recursive: true })
for (const service of SERVICES) {
  const document = JSON.parse(readFileSync(path.join(root, 'openapi', `${service}.json`), 'utf8')) as object
  writeFileSync(path.join(out, `${service}.d.ts`), await contractTypes(document))
  writeFileSync(path.join(out, `${service}.postman_collection.json`), `${JSON.stringify(await postmanCollection(document), null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), out) || '.'}/${service}.d.ts and ${service}.postman_collection.json`)
}
