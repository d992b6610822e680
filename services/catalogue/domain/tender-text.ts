import type { CriterionContent, Requirement } from '../schemas/criterion.ts'
import type { CriteriaSetContent } from '../schemas/criteria-set.ts'
import { units, type UnitCode } from './code-lists.ts'
import { pick, type LocalizedText } from './localization.ts'

export interface TenderTextCriterion {
  id: string
  code: string
  version: number
  content: CriterionContent
}

export interface TenderTextInput {
  setId: string
  setVersion: number
  content: CriteriaSetContent
  criteria: TenderTextCriterion[]
  language: string
}

const phrases = {
  selectionCriterion: { en: 'Selection criteria', fr: 'Critères de sélection', es: 'Criterios de selección' },
  technicalSpecification: { en: 'Technical specifications', fr: 'Spécifications techniques', es: 'Especificaciones técnicas' },
  awardCriterion: { en: 'Award criteria', fr: "Critères d'attribution", es: 'Criterios de adjudicación' },
  contractPerformanceClause: { en: 'Contract performance clauses', fr: "Clauses d'exécution du contrat", es: 'Cláusulas de ejecución del contrato' },
  requirements: { en: 'Requirements', fr: 'Exigences', es: 'Requisitos' },
  verification: { en: 'Verification', fr: 'Vérification', es: 'Verificación' },
  labels: { en: 'Accepted labels (or equivalent)', fr: 'Labels acceptés (ou équivalents)', es: 'Etiquetas aceptadas (o equivalentes)' },
  minimum: { en: 'at least', fr: 'au moins', es: 'como mínimo' },
  maximum: { en: 'at most', fr: 'au plus', es: 'como máximo' },
  buyerSets: { en: 'value set by the contracting authority', fr: "valeur fixée par le pouvoir adjudicateur", es: 'valor fijado por el poder adjudicador' },
  yes: { en: 'required', fr: 'exigé', es: 'obligatorio' },
  oneOf: { en: 'one of', fr: "l'une des valeurs", es: 'uno de' },
  source: { en: 'Source', fr: 'Source', es: 'Fuente' },
} satisfies Record<string, LocalizedText>

type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }

function requirementLine(requirement: Requirement, language: string): string {
  const say = (key: keyof typeof phrases) => pick(phrases[key], language)
  const unit = requirement.unit ? ` ${pick(units[requirement.unit as UnitCode].name, language)}` : ''
  const parts: string[] = []
  if (requirement.dataType === 'boolean') parts.push(say('yes'))
  if (requirement.minValue !== null) parts.push(`${say('minimum')} ${requirement.minValue}${unit}`)
  if (requirement.maxValue !== null) parts.push(`${say('maximum')} ${requirement.maxValue}${unit}`)
  if (requirement.allowedValues) parts.push(`${say('oneOf')}: ${requirement.allowedValues.join(', ')}`)
  if (requirement.buyerParameter) {
    parts.push(`[${say('buyerSets')}: ${pick(requirement.buyerParameter.description, language)}${unit ? ` (${unit.trim()})` : ''}]`)
  }
  return `${pick(requirement.title, language)}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`
}

/** The tender wording as a small document model, rendered to HTML or Markdown below. */
export function tenderTextBlocks(input: TenderTextInput): Block[] {
  const { language } = input
  const say = (key: keyof typeof phrases) => pick(phrases[key], language)
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: pick(input.content.title, language) },
    { kind: 'paragraph', text: pick(input.content.description, language) },
  ]
  const order = ['selectionCriterion', 'technicalSpecification', 'awardCriterion', 'contractPerformanceClause'] as const
  for (const type of order) {
    const ofType = input.criteria.filter((c) => c.content.type === type)
    if (ofType.length === 0) continue
    blocks.push({ kind: 'heading', level: 2, text: say(type) })
    for (const criterion of ofType) {
      const c = criterion.content
      blocks.push({ kind: 'heading', level: 3, text: `${criterion.code} ${pick(c.title, language)}` })
      blocks.push({ kind: 'paragraph', text: pick(c.description, language) })
      const applicable = c.requirements.filter((r) => r.ambitionLevels.includes(input.content.ambitionLevel))
      if (applicable.length > 0) {
        blocks.push({ kind: 'paragraph', text: `${say('requirements')}:` })
        blocks.push({ kind: 'list', items: applicable.map((r) => requirementLine(r, language)) })
      }
      blocks.push({ kind: 'paragraph', text: `${say('verification')}: ${pick(c.verification, language)}` })
      if (c.acceptedLabels.length > 0) blocks.push({ kind: 'paragraph', text: `${say('labels')}: ${c.acceptedLabels.join(', ')}` })
      blocks.push({ kind: 'paragraph', text: `${say('source')}: ${criterion.id} v${criterion.version}` })
    }
  }
  return blocks
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

export function renderHtml(input: TenderTextInput): string {
  const body = tenderTextBlocks(input)
    .map((block) => {
      if (block.kind === 'heading') return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`
      if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`
      return `<ul>\n${block.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`
    })
    .join('\n')
  const title = escapeHtml(pick(input.content.title, input.language))
  return `<!doctype html>\n<html lang="${escapeHtml(input.language)}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body>\n</html>\n`
}

export function renderMarkdown(input: TenderTextInput): string {
  return (
    tenderTextBlocks(input)
      .map((block) => {
        if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`
        if (block.kind === 'paragraph') return escapeMarkdown(block.text)
        return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')
      })
      .join('\n\n') + '\n'
  )
}
