import { Type } from 'typebox'
import { ProblemError } from './problem.ts'
import { kernelProblems } from './problems.ts'

/** Strong entity tag from the resource's identity and its revision counter. */
export function entityTag(...parts: (string | number)[]): string {
  return `"${parts.join('.')}"`
}

/**
 * Optimistic concurrency: an update must name the version it read. No If-Match is 428, a stale
 * one 412; either way nothing changes.
 */
export function assertIfMatch(header: string | undefined, currentEtag: string): void {
  if (header === undefined || header === '') {
    throw new ProblemError(kernelProblems.PRECONDITION_REQUIRED, 'This update needs an If-Match header with the ETag you last read.')
  }
  const candidates = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  if (!candidates.includes('*') && !candidates.includes(currentEtag)) {
    throw new ProblemError(kernelProblems.PRECONDITION_FAILED, `The resource has changed since you read it (current ETag ${currentEtag}). Read it again and retry.`)
  }
}

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'ETag of the representation you are changing, as its last read returned it (several may be listed, comma-separated). `*` matches whatever version is current: a blind overwrite, for callers that accept losing a concurrent change.',
    }),
  ),
})
