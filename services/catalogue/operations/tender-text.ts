import type { Kysely } from 'kysely'
import { negotiateLanguage } from '../domain/localization.ts'
import { renderHtml, renderMarkdown } from '../domain/tender-text.ts'
import { criteriaSetKind } from '../repositories/criteria-sets.ts'
import type { CatalogueDatabase } from '../repositories/database.ts'
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

/** The wording a buyer pastes into tender documents, in the best language available (English when none fits). */
export async function tenderText(db: Kysely<CatalogueDatabase>, options: TenderTextOptions) {
  const { setId, version } = options
  const row = await requireVersion(db, criteriaSetKind, setId, version)
  const criteria = await resolveCriteria(db, row)
  const languages = new Set(['en', ...Object.keys(row.content.title), ...criteria.flatMap((c) => Object.keys(c.content.title))])
  const language = negotiateLanguage(options.language ?? options.acceptLanguage, languages)
  const input = { setId, setVersion: version, content: row.content, criteria, language }
  return {
    etag: versionEtag(row),
    language,
    text: options.format === 'markdown' ? renderMarkdown(input) : renderHtml(input),
  }
}
