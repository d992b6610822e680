import { readFileSync } from 'node:fs'
import path from 'node:path'
import { defaultPorts, type ServiceName } from '../../../services/kernel/config.ts'
import { repoRoot } from '../../setup/paths.ts'

export const serviceNames = Object.keys(defaultPorts) as ServiceName[]

export function readRepoFile(relative: string): string {
  return readFileSync(path.join(repoRoot, relative), 'utf8')
}

/**
 * The variables config.ts reads, from its Environment schema's source: the schema is not
 * exported, and these tests must follow it without anyone keeping a second list.
 */
export function environmentNames(): string[] {
  const source = readRepoFile('services/kernel/config.ts')
  const block = /const Environment = Type\.Object\(\{\n([\s\S]*?)\n\}\)/.exec(source)?.[1]
  if (!block) throw new Error('Environment schema not found in services/kernel/config.ts')
  return [...block.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!)
}

/** Paths each service's committed OpenAPI contract declares (health probes included). */
export function contractPaths(service: ServiceName): string[] {
  return Object.keys((JSON.parse(readRepoFile(`openapi/${service}.json`)) as { paths: Record<string, unknown> }).paths)
}

export const packageJson = JSON.parse(readRepoFile('package.json')) as {
  name: string
  version: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}
