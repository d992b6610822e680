import { Type } from 'typebox'
import { Timestamp } from '../../kernel/schemas.ts'
import { BuyerId, Instant } from './common.ts'
import { exampleReleasePackage } from './ocds-example.ts'

export const OcdsQuery = Type.Object(
  {
    procurementId: Type.Optional(Type.String({ format: 'uuid', description: 'One procurement: its release, whatever its dates.' })),
    buyer: Type.Optional(BuyerId),
    from: Type.Optional(Instant('Procurements published from this instant, inclusive.')),
    to: Type.Optional(Instant('Procurements published before this instant.')),
  },
  { additionalProperties: false },
)

const OcdsRelease = Type.Object(
  { ocid: Type.String(), id: Type.String(), date: Timestamp, tag: Type.Array(Type.String()), initiationType: Type.String() },
  { additionalProperties: true, description: 'An OCDS 1.1 release with the extensions the package lists; see the OCDS release schema.' },
)

export const OcdsReleasePackage = Type.Object(
  {
    uri: Type.String(),
    version: Type.String({ examples: ['1.1'] }),
    publishedDate: Timestamp,
    publisher: Type.Object({ name: Type.String(), uri: Type.Optional(Type.String()) }, { additionalProperties: false }),
    extensions: Type.Array(Type.String()),
    releases: Type.Array(OcdsRelease, { minItems: 1 }),
  },
  { $id: 'OcdsReleasePackage', additionalProperties: false, description: 'An OCDS 1.1 release package (release-package-schema 1.1.5).', examples: [exampleReleasePackage] },
)

export const ocdsSchemas = [OcdsReleasePackage]
