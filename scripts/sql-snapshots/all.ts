import { assessmentQueries } from './assessment.ts'
import type { RepositoryQueries } from './compile.ts'
import { catalogueQueries } from './catalogue.ts'
import { kernelQueries } from './kernel.ts'
import { reportingQueries } from './reporting.ts'

/** Every repository module of the kernel and the three services, with an example call of each function. */
export const allRepositories: RepositoryQueries[] = [...kernelQueries, ...catalogueQueries, ...assessmentQueries, ...reportingQueries]
