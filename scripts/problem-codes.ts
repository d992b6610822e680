import path from 'node:path'
import { reachableCodes } from './problem-codes/reachable-codes.ts'

// Prints, for every route handler, the problem codes it can reach: what its contract must list.

const root = path.resolve(import.meta.dirname, '..')
const { routes } = reachableCodes(root)
for (const route of routes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
  process.stdout.write(`${route.file}:${route.line} ${route.method} ${[...route.codes].sort().join(', ') || '(kernel codes only)'}\n`)
}
