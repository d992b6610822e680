import { dateTime } from './dates.ts'
import { OCDS_EXTENSIONS } from './extensions.ts'
import type { OcdsPackageInput } from './input.ts'
import { optionalField } from './optional-field.ts'
import { digest } from './release-identity.ts'
import type { ReleasePackage } from './release-types.ts'
import { releaseOf } from './release.ts'

export type * from './release-types.ts'

/**
 * The OCDS 1.1 release package for the given procurements: one release per procurement, with the
 * sustainability, lots, award criteria, selection criteria, requirements and bids extensions.
 * Pure: everything it needs, the publication date included, comes in `input`.
 */
export function buildReleasePackage(input: OcdsPackageInput): ReleasePackage {
  // The package schema asks for at least one release; an empty period has nothing to publish.
  if (input.procurements.length === 0) throw new RangeError('An OCDS release package needs at least one procurement')
  const releases = input.procurements.map((p) => releaseOf(p, input.ocidPrefix))
  return {
    // Identifies the package by its releases, whose ids already change with their content.
    uri: `${input.baseUri.replace(/\/+$/, '')}/ocds/release-packages/${digest(releases.map((r) => r.id))}`,
    version: '1.1',
    publishedDate: dateTime(input.publishedDate),
    publisher: { name: input.publisher.name, ...optionalField('uri', input.publisher.uri) },
    extensions: [...OCDS_EXTENSIONS],
    releases,
  }
}
