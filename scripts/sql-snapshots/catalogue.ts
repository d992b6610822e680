import { criteriaSetExists, criteriaSetKind, findPublishedCriteriaSetFor, insertCriteriaSetIdentity, listCriteriaSetIds, searchCriteriaSets } from '../../services/catalogue/repositories/criteria-sets.ts'
import {
  criterionKind,
  findCriterionIdentities,
  findPinnedCriterionVersions,
  insertCriterionIdentity,
  latestPublishedCriterionVersions,
  listCriterionIds,
  searchCriteria,
} from '../../services/catalogue/repositories/criteria.ts'
import { listChanges } from '../../services/catalogue/repositories/changes.ts'
import { knownCodes, listEvidenceTypes, listProductCategories, upsertEvidenceTypes, upsertProductCategories } from '../../services/catalogue/repositories/reference-data.ts'
import { lockSeedLoading } from '../../services/catalogue/repositories/seed-lock.ts'
import {
  findCurrentVersion,
  findVersion,
  insertVersion,
  latestVersionNumber,
  listVersions,
  replaceDraftContent,
  transitionVersion,
} from '../../services/catalogue/repositories/versions.ts'
import { exampleCriteriaSet, exampleCriterion } from '../../services/catalogue/routes/examples.ts'
import type { RepositoryQueries } from './compile.ts'

const criterionId = 'EU-GPP-2021-CMTS.TS2'
const text = { en: 'Notebooks' }

export const catalogueQueries: RepositoryQueries[] = [
  {
    module: 'services/catalogue/repositories/criteria.ts',
    queries: [
      { name: 'insertCriterionIdentity', run: (db) => insertCriterionIdentity(db, { id: criterionId, code: 'TS2', source: exampleCriterion.source }) },
      { name: 'findCriterionIdentities', run: (db) => findCriterionIdentities(db, [criterionId, 'EU-GPP-2021-CMTS.AC1']) },
      { name: 'listCriterionIds', run: (db) => listCriterionIds(db) },
      { name: 'latestPublishedCriterionVersions', run: (db) => latestPublishedCriterionVersions(db, [criterionId]) },
      {
        name: 'findPinnedCriterionVersions',
        run: (db) => findPinnedCriterionVersions(db, [{ criterionId, criterionVersion: 2 }, { criterionId: 'EU-GPP-2021-CMTS.AC1', criterionVersion: null }]),
      },
      { name: 'searchCriteria', run: (db) => searchCriteria(db, { status: 'published', limit: 20 }) },
      {
        name: 'searchCriteria (every filter, next page)',
        run: (db) =>
          searchCriteria(db, {
            status: 'published',
            productCategory: 'notebooks',
            type: 'technicalSpecification',
            aspect: 'durability',
            lifeCycleStage: 'use',
            ambitionLevel: 'core',
            source: 'EU-GPP-2021-CMTS',
            textQuery: 'batter:*',
            after: criterionId,
            limit: 20,
          }),
      },
    ],
  },
  {
    module: 'services/catalogue/repositories/criteria-sets.ts',
    queries: [
      { name: 'insertCriteriaSetIdentity', run: (db) => insertCriteriaSetIdentity(db, 'notebooks-core') },
      { name: 'criteriaSetExists', run: (db) => criteriaSetExists(db, 'notebooks-core') },
      { name: 'listCriteriaSetIds', run: (db) => listCriteriaSetIds(db) },
      { name: 'findPublishedCriteriaSetFor', run: (db) => findPublishedCriteriaSetFor(db, 'notebooks', 'core') },
      { name: 'searchCriteriaSets', run: (db) => searchCriteriaSets(db, { status: 'published', limit: 20 }) },
      { name: 'searchCriteriaSets (filtered, next page)', run: (db) => searchCriteriaSets(db, { status: 'draft', productCategory: 'notebooks', ambitionLevel: 'core', after: 'notebooks-core', limit: 20 }) },
    ],
  },
  {
    module: 'services/catalogue/repositories/versions.ts',
    queries: [
      { name: 'findVersion', run: (db) => findVersion(db, criterionKind, criterionId, 1) },
      { name: 'findVersion (locked, criteria set)', run: (db) => findVersion(db, criteriaSetKind, 'notebooks-core', 1, true) },
      { name: 'listVersions', run: (db) => listVersions(db, criterionKind, criterionId) },
      { name: 'findCurrentVersion', run: (db) => findCurrentVersion(db, criterionKind, criterionId) },
      { name: 'latestVersionNumber', run: (db) => latestVersionNumber(db, criteriaSetKind, 'notebooks-core') },
      { name: 'insertVersion', run: (db) => insertVersion(db, criterionKind, criterionId, 1, exampleCriterion.content) },
      { name: 'insertVersion (criteria set)', run: (db) => insertVersion(db, criteriaSetKind, 'notebooks-core', 1, exampleCriteriaSet.content) },
      { name: 'replaceDraftContent', run: (db) => replaceDraftContent(db, criteriaSetKind, 'notebooks-core', 2, exampleCriteriaSet.content) },
      { name: 'transitionVersion (deprecate)', run: (db) => transitionVersion(db, criterionKind, criterionId, 1, 'deprecated') },
      { name: 'transitionVersion (publish, content pinned)', run: (db) => transitionVersion(db, criteriaSetKind, 'notebooks-core', 2, 'published', exampleCriteriaSet.content) },
    ],
    helpers: ['fromRow'],
  },
  {
    module: 'services/catalogue/repositories/reference-data.ts',
    queries: [
      { name: 'listProductCategories', run: (db) => listProductCategories(db) },
      { name: 'listEvidenceTypes', run: (db) => listEvidenceTypes(db) },
      { name: 'upsertProductCategories', run: (db) => upsertProductCategories(db, [{ code: 'notebooks', name: text, description: text, cpvCodes: ['30213100'] }]) },
      { name: 'upsertEvidenceTypes', run: (db) => upsertEvidenceTypes(db, [{ code: 'epeat', name: text, description: text, examples: ['EPEAT Gold'] }]) },
      { name: 'knownCodes', run: (db) => knownCodes(db) },
    ],
  },
  {
    module: 'services/catalogue/repositories/changes.ts',
    queries: [{ name: 'listChanges', run: (db) => listChanges(db, 41, 20) }],
  },
  {
    module: 'services/catalogue/repositories/seed-lock.ts',
    queries: [{ name: 'lockSeedLoading', run: (db) => lockSeedLoading(db) }],
  },
]
