import type { Kysely } from 'kysely'
import { catalogueLanguages, negotiateLanguage } from '../domain/localization.ts'
import { renderHtml, renderMarkdown } from '../domain/tender-text.ts'
import { criteriaSetKind } from '../repositories/criteria-sets.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
import { tenderTextFrame } from '../seed/data/index.ts'
import { resolveCriteria } from './criteria-sets.ts'
import { requireVersion, versionEtag } from './versioning.ts'

export interface TenderTextOptions {
  setId: string
  version: number
  format: 'html' | 'markdown'
  /** An explicit language, else the caller's Accept-Language. */
  language: string | undefined
  acceptLanguage: string | undefined
}

/** The wording a buyer pastes into tender documents, in the catalogue language asked for (English when none fits; English fallbacks marked). */
export async function tenderText(db: Kysely<CatalogueDatabase>, options: TenderTextOptions) {
  const { setId, version } = options
  const row = await requireVersion(db, criteriaSetKind, setId, version)
  const criteria = await resolveCriteria(db, row)
  const language = negotiateLanguage(options.language ?? options.acceptLanguage, catalogueLanguages)
  const input = { setId, setVersion: version, content: row.content, criteria, language, frame: tenderTextFrame }
  const rendered = options.format === 'markdown' ? renderMarkdown(input) : renderHtml(input)
  /** Every language actually served, the one asked for first: `fr, en` while some French texts are missing. */
  return { etag: versionEtag(row), languages: rendered.languages, text: rendered.body }
}
