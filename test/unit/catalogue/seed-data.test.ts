import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type AnySchema } from 'ajv'
import addFormats from 'ajv-formats'
import t from 'tap'
import { LocalizedText } from '../../../services/kernel/schemas.ts'
import { criteriaSetContentProblems, criterionContentProblems } from '../../../services/catalogue/domain/content-rules.ts'
import {
  ambitionLevels,
  circularityAspects,
  l1061Aims,
  lifeCycleStages,
  ocdsSustainabilityGoals,
  ocdsSustainabilityStrategies,
  unitCodes,
} from '../../../services/catalogue/domain/code-lists.ts'
import { CreateCriteriaSet, CriteriaSetContent, CriteriaSetItem } from '../../../services/catalogue/schemas/criteria-set.ts'
import {
  CreateCriterion,
  CriterionContent,
  CriterionSource,
  Reference,
  Requirement,
  ScoringRule,
  ThresholdPreset,
} from '../../../services/catalogue/schemas/criterion.ts'
import { EvidenceType, ProductCategory } from '../../../services/catalogue/schemas/reference-data.ts'
import { confirmedSourceThresholds, seedData, type SeedCriterion } from '../../../services/catalogue/seed/data/index.ts'

const csvPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/eu-gpp-criteria-codes.csv')

const EU_2021 = 'EU-GPP-2021-CMTS'
const EU_2020 = 'EU-GPP-2020-DC'
const DPG = 'DPG-GOVSTACK'
const OWN = 'CIRC-ICT'
const csvSource: Record<string, string> = { 'EU-GPP-2021-COMPUTERS': EU_2021, 'EU-GPP-2020-DATACENTRES': EU_2020 }
const typeOfPrefix: Record<string, string> = {
  SC: 'selectionCriterion',
  TS: 'technicalSpecification',
  AC: 'awardCriterion',
  CPC: 'contractPerformanceClause',
}
const strategyOfType: Record<string, string> = {
  selectionCriterion: 'selectionCriteria',
  technicalSpecification: 'technicalSpecifications',
  awardCriterion: 'awardCriteria',
  contractPerformanceClause: 'contractPerformanceConditions',
}
const stageOfType: Record<string, string> = {
  selectionCriterion: 'selection',
  technicalSpecification: 'specification',
  awardCriterion: 'award',
  contractPerformanceClause: 'contract',
}

const { criteria, criteriaSets, productCategories, evidenceTypes, sources } = seedData
const key = (c: SeedCriterion) => `${c.source.code}.${c.code}`
const bySource = (source: string) => criteria.filter((c) => c.source.code === source)
const isEu = (c: SeedCriterion) => c.source.code === EU_2021 || c.source.code === EU_2020
const sorted = (values: Iterable<string>) => [...values].sort()

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      field = ''
      if (row.some((value) => value !== '')) rows.push(row)
      row = []
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows
  if (!header) return []
  return body.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])))
}

function csvAmbitions(value: string): string[] {
  if (value.startsWith('core+comprehensive')) return ['core', 'comprehensive']
  if (value === 'core' || value === 'comprehensive') return [value]
  throw new Error(`Unexpected ambition ${value}`)
}

t.test('the EU codes match the published criteria listing', (t) => {
  const rows = parseCsv(readFileSync(csvPath, 'utf8'))
  t.equal(rows.length, 81, 'the CSV has 81 rows')
  const expected = new Map<string, { type: string; ambitions: Set<string> }>()
  for (const row of rows) {
    const source = csvSource[row.source ?? '']
    if (!source) {
      t.fail(`unknown CSV source ${row.source}`)
      continue
    }
    const prefix = (row.type ?? '').trim()
    const entry = expected.get(`${source}.${row.code}`) ?? { type: typeOfPrefix[prefix] ?? `unknown ${prefix}`, ambitions: new Set<string>() }
    for (const level of csvAmbitions((row.ambition ?? '').trim())) entry.ambitions.add(level)
    expected.set(`${source}.${row.code}`, entry)
  }
  for (const [id, { type, ambitions }] of expected) {
    const matches = criteria.filter((c) => key(c) === id)
    t.equal(matches.length, 1, `${id} is present exactly once`)
    const found = matches[0]
    if (!found) continue
    t.equal(found.content.type, type, `${id} type agrees with the CSV`)
    t.same(sorted(found.content.ambitionLevels), sorted(ambitions), `${id} ambition levels agree with the CSV`)
  }
  for (const c of criteria.filter(isEu)) t.ok(expected.has(key(c)), `${key(c)} is in the CSV`)
  t.end()
})

t.test('the EU sets are complete (counted from the data itself)', (t) => {
  const count = (source: string, prefix?: string) =>
    new Set(bySource(source).filter((c) => !prefix || c.code.replace(/\d+$/, '') === prefix).map((c) => c.code)).size
  t.equal(bySource(EU_2021).length, 46, '46 criteria in the 2021 computers set')
  t.equal(count(EU_2021), 46, '46 distinct codes in the 2021 set')
  t.same([count(EU_2021, 'TS'), count(EU_2021, 'AC'), count(EU_2021, 'SC'), count(EU_2021, 'CPC')], [28, 13, 2, 3], '2021: TS 28, AC 13, SC 2, CPC 3')
  t.equal(bySource(EU_2020).length, 34, '34 criteria in the 2020 data-centre set')
  t.equal(count(EU_2020), 34, '34 distinct codes in the 2020 set')
  t.same([count(EU_2020, 'SC'), count(EU_2020, 'TS'), count(EU_2020, 'AC'), count(EU_2020, 'CPC')], [3, 10, 11, 10], '2020: SC 3, TS 10, AC 11, CPC 10')

  const ts8 = bySource(EU_2020).find((c) => c.code === 'TS8')
  t.ok(ts8, 'TS8 exists')
  if (ts8) {
    t.same(sorted(ts8.content.ambitionLevels), ['comprehensive', 'core'], 'TS8 covers both CSV rows (core and comprehensive)')
    const core = ts8.content.requirements.filter((r) => r.ambitionLevels.length === 1 && r.ambitionLevels[0] === 'core')
    const comprehensive = ts8.content.requirements.filter((r) => r.ambitionLevels.length === 1 && r.ambitionLevels[0] === 'comprehensive')
    t.ok(core.some((r) => /readiness/i.test(r.title.en)), 'TS8 has a core-only requirement on readiness')
    t.ok(comprehensive.some((r) => /waste heat reuse/i.test(r.title.en)), 'TS8 has a comprehensive-only requirement on reuse')
  }
  t.equal(bySource(DPG).length >= 8 && bySource(DPG).length <= 12, true, '8 to 12 software criteria')
  t.end()
})

t.test('keys, sources and texts', (t) => {
  const keys = criteria.map(key)
  t.equal(new Set(keys).size, keys.length, 'every source.code key is unique')
  for (const k of keys) t.match(k, /^[A-Z0-9][A-Z0-9-]{1,40}\.[A-Z0-9][A-Z0-9-]{0,20}$/, `${k} is a valid criterion id`)
  t.same(sorted(sources.map((s) => s.code)), sorted([EU_2021, EU_2020, DPG, OWN]), 'four sources')
  for (const c of criteria) {
    t.ok(sources.some((s) => s.code === c.source.code && s.title === c.source.title), `${key(c)} uses a declared source`)
    const title = c.content.title as Record<string, string>
    t.ok(title.en?.trim(), `${key(c)} has an English title (other languages: translations.test.ts)`)
    t.ok(c.content.description.en.length >= 60, `${key(c)} has an English description`)
    t.ok(c.content.verification.en.trim(), `${key(c)} has a verification text`)
    if (c.content.acceptedLabels.length > 0) {
      t.match(c.content.verification.en, /equivalent labels/, `${key(c)} accepts equivalent labels`)
      t.match(c.content.verification.en, /Art\. 43/, `${key(c)} cites Directive 2014/24/EU Art. 43`)
    }
  }
  for (const category of productCategories) {
    for (const lang of ['en', 'fr', 'es']) t.ok((category.name as Record<string, string>)[lang], `${category.code} has a ${lang} name`)
    for (const cpv of category.cpvCodes) t.match(cpv, /^\d{8}$/, `${category.code} CPV ${cpv} has 8 digits`)
  }
  for (const type of evidenceTypes) {
    for (const lang of ['en', 'fr', 'es']) t.ok((type.name as Record<string, string>)[lang], `${type.code} has a ${lang} name`)
  }
  t.same(
    sorted(evidenceTypes.map((e) => e.code)),
    sorted([
      'type1EcolabelCertificate',
      'registryEntry',
      'testReport',
      'conformityCertificate',
      'managementSystemCertificate',
      'supplierDeclaration',
      'technicalDossier',
      'productCarbonFootprint',
      'serviceAgreement',
      'warrantyTerms',
      'dataErasureCertificate',
      'recyclerCertificate',
      'performanceReport',
      'auditReport',
    ]),
    'the evidence types of docs/sources.md#evidence-types',
  )
  t.end()
})

t.test('code lists and type-derived fields', (t) => {
  const inList = (list: readonly string[], value: string) => list.includes(value)
  for (const c of criteria) {
    const content = c.content
    const id = key(c)
    if (isEu(c)) {
      t.equal(content.type, typeOfPrefix[c.code.replace(/\d+$/, '')], `${id} type follows its code prefix`)
      t.ok(content.ocds.strategies.includes('euGPPCriteria'), `${id} is tagged euGPPCriteria`)
    }
    t.ok(content.ocds.strategies.includes(strategyOfType[content.type] as never), `${id} carries the strategy of its type`)
    t.ok(
      content.lifeCycleStage === stageOfType[content.type] || content.lifeCycleStage === 'endOfUse',
      `${id} stage follows its type, or is endOfUse`,
    )
    for (const a of content.aspects) t.ok(inList(circularityAspects, a), `${id} aspect ${a}`)
    for (const g of content.ocds.goals) t.ok(inList(ocdsSustainabilityGoals, g), `${id} goal ${g}`)
    for (const s of content.ocds.strategies) t.ok(inList(ocdsSustainabilityStrategies, s), `${id} strategy ${s}`)
    for (const a of content.l1061.aims) t.ok(inList(l1061Aims, a), `${id} L.1061 aim ${a}`)
    for (const l of content.ambitionLevels) t.ok(inList(ambitionLevels, l), `${id} level ${l}`)
    t.ok(inList(lifeCycleStages, content.lifeCycleStage), `${id} stage`)
    for (const r of content.requirements) if (r.unit) t.ok(inList(unitCodes, r.unit), `${id} ${r.id} unit ${r.unit}`)
  }
  t.end()
})

t.test('tags say what a criterion is about', (t) => {
  const software = criteria.filter((c) => c.content.productCategories.includes('software-e-services'))
  t.ok(software.length > 0)
  for (const c of software) {
    t.notOk(c.content.ocds.strategies.some((s) => s.endsWith('GPPCriteria')), `${key(c)}: software criteria are not green public procurement criteria`)
    t.equal(c.source.code, DPG, `${key(c)} is marked by its source`)
  }
  const openLicence = bySource(DPG).find((c) => c.code === 'DPG1')!
  t.notOk(openLicence.content.ocds.goals.some((g) => g.startsWith('environmental')), 'an open licence is not environmental resource reuse')
  const cpc2 = bySource(EU_2021).find((c) => c.code === 'CPC2')!
  t.notOk(cpc2.content.l1061.aims.includes('maximiseEnergyEfficiency'), 'take-back reporting is not about energy efficiency')
  t.end()
})

t.test('references resolve', (t) => {
  const categories = new Set(productCategories.map((c) => c.code))
  const evidence = new Set(evidenceTypes.map((e) => e.code))
  const keys = new Set(criteria.map(key))
  for (const c of criteria) {
    for (const code of c.content.productCategories) t.ok(categories.has(code), `${key(c)} category ${code} exists`)
    for (const code of c.content.acceptedEvidence) t.ok(evidence.has(code), `${key(c)} evidence ${code} exists`)
  }
  for (const set of criteriaSets) {
    t.ok(categories.has(set.content.productCategory), `${set.id} category exists`)
    for (const item of set.content.items) t.ok(keys.has(item.criterionId), `${set.id} item ${item.criterionId} exists`)
  }
  t.end()
})

t.test('requirements and thresholds', (t) => {
  for (const c of criteria) {
    const id = key(c)
    const ids = c.content.requirements.map((r) => r.id)
    t.equal(new Set(ids).size, ids.length, `${id} requirement ids are unique`)
    for (const r of c.content.requirements) {
      const where = `${id} ${r.id}`
      t.ok(r.id.startsWith(`${c.code}.`), `${where} is prefixed with its code`)
      for (const level of r.ambitionLevels) t.ok(c.content.ambitionLevels.includes(level), `${where} level ${level} is one of the criterion’s`)
      if (r.dataType === 'boolean') t.equal(r.expectedValue, true, `${where} is met by yes`)
      if (r.buyerParameter) {
        t.equal(r.minValue, null, `${where}: buyer-set, so no catalogue minimum`)
        t.equal(r.maxValue, null, `${where}: buyer-set, so no catalogue maximum`)
      }
      if (r.minValue !== null || r.maxValue !== null) {
        t.notOk(isEu(c), `${where}: no EU threshold is fixed by the catalogue (official values not confirmed)`)
        t.ok(confirmedSourceThresholds[`${id}/${r.id}`], `${where}: fixed threshold names its confirmed source`)
      }
      const numeric = r.dataType === 'number' || r.dataType === 'integer'
      if (numeric && c.content.type !== 'awardCriterion') {
        t.ok(r.buyerParameter || r.minValue !== null || r.maxValue !== null, `${where}: a pass/fail number has a threshold or a buyer parameter`)
      }
      for (const preset of r.presets) {
        t.ok(['national', 'regulatoryBaseline'].includes(preset.kind), `${where} preset kind`)
        t.ok(preset.label.length > 10, `${where} preset is labelled with its source`)
        t.ok(preset.sourceUrl?.startsWith('https://'), `${where} preset has a source URL`)
        t.equal(typeof preset.value === 'number', numeric, `${where} preset value type fits the requirement`)
      }
    }
  }
  t.end()
})

t.test('presets carry the confirmed national and legal values', (t) => {
  const requirement = (source: string, code: string, reqId: string) =>
    bySource(source).find((c) => c.code === code)?.content.requirements.find((r) => r.id === reqId)
  const ts6 = requirement(EU_2021, 'TS6', 'TS6.cycles.core')
  t.ok(ts6?.presets.some((p) => p.kind === 'regulatoryBaseline' && p.value === 800), 'TS6: EU 2023/1670 800 cycles as a regulatory baseline')
  const ts6cap = requirement(EU_2021, 'TS6', 'TS6.capacity.core')
  t.ok(ts6cap?.presets.some((p) => p.kind === 'regulatoryBaseline' && p.value === 80), 'TS6: EU 2023/1670 80 % as a regulatory baseline')
  const labelPresets = criteria.flatMap((c) => c.content.requirements.flatMap((r) => r.presets.filter((p) => /2023\/1669/.test(p.label)).map(() => `${key(c)} ${r.id}`)))
  t.same(labelPresets, [], 'energy-label classes (2023/1669) are classes to reward, never legal baselines')
  for (const code of ['AC-REPCLASS', 'AC-DROPCLASS']) {
    const scoring = bySource(OWN).find((c) => c.code === code)?.content.scoring
    t.equal(scoring?.method, 'labelTier', `${code} rewards the label class in tiers`)
    t.same(scoring?.tiers?.map((tier) => tier.value), ['A', 'B', 'C', 'D'], `${code}: A best, E earns nothing`)
  }
  const updates = requirement(OWN, 'TS-UPDATES-MT', 'TS-UPDATES-MT.years')
  t.ok(updates?.presets.some((p) => p.kind === 'regulatoryBaseline' && p.value === 5 && /2023\/1670/.test(p.label)), 'phones and tablets: 5 years of updates, the 2023/1670 legal minimum')
  t.ok(updates?.buyerParameter, 'the buyer sets the required years')
  t.same(requirement(OWN, 'TS-UPDATES-NB', 'TS-UPDATES-NB.years')?.presets, [], 'notebooks: no legal minimum claimed')
  t.ok(requirement(EU_2021, 'TS2', 'TS2.years.core')?.presets.some((p) => p.kind === 'national' && p.value === 3), 'TS2: Swedish 11185, 3 years')
  t.ok(requirement(EU_2021, 'TS11', 'TS11.height')?.presets.some((p) => p.kind === 'national' && p.value === 45), 'TS11: Norwegian 45 cm')
  t.ok(requirement(EU_2021, 'TS3', 'TS3.years.core')?.presets.some((p) => p.kind === 'national' && p.value === 2 && /Malta/.test(p.label)), 'TS3: Malta 2 years')
  t.end()
})

t.test('award scoring', (t) => {
  for (const c of criteria) {
    const id = key(c)
    if (c.content.type !== 'awardCriterion') {
      t.equal(c.content.scoring, null, `${id} is not scored`)
      continue
    }
    const scoring = c.content.scoring
    t.ok(scoring, `${id} has a scoring rule`)
    if (!scoring) continue
    const target = c.content.requirements.find((r) => r.id === scoring.requirementId)
    t.ok(target, `${id} scores an existing requirement`)
    t.ok(scoring.bandsSource, `${id} says where its bands come from`)
    if (scoring.method === 'labelTier') {
      t.equal(c.source.code, OWN, `${id}: label tiers only in the catalogue's own criteria`)
      t.equal(target?.dataType, 'enum', `${id} scores a label tier out of a closed list`)
      for (const tier of scoring.tiers ?? []) t.ok(target?.allowedValues?.includes(tier.value), `${id} tier ${tier.value} is an allowed value`)
    }
    if (scoring.method === 'proportional') t.ok(scoring.direction, `${id} proportional scoring has a direction`)
    if (scoring.method === 'boolean') t.equal(target?.dataType, 'boolean', `${id} boolean scoring reads a yes/no requirement`)
    if (scoring.method === 'proportional' || scoring.method === 'banded') {
      t.ok(target?.dataType === 'number' || target?.dataType === 'integer', `${id} ${scoring.method} scoring reads a number`)
    }
  }
  const banded = criteria.filter((c) => c.content.scoring?.method === 'banded').map(key)
  t.same(sorted(banded), sorted([`${EU_2021}.AC1`, `${EU_2021}.AC5`]), 'bands only where a national source confirms them')
  const ac1 = bySource(EU_2021).find((c) => c.code === 'AC1')?.content.scoring
  t.same(
    ac1?.bands,
    [
      { min: 1000, max: null, share: 1 },
      { min: 800, max: 1000, share: 0.6 },
      { min: null, max: 800, share: 0.3 },
    ],
    'AC1: Swedish 11193 bands',
  )
  t.match(ac1?.bandsSource ?? '', /11193/, 'AC1 names its national source')
  t.match(bySource(EU_2021).find((c) => c.code === 'AC5')?.content.scoring?.bandsSource ?? '', /11169/, 'AC5 names its national source')
  t.end()
})

t.test('criteria sets follow the membership rule', (t) => {
  const refurbishedOnly = ['SC2', 'TS24', 'TS25', 'TS26', 'TS27', 'AC11', 'AC12', 'AC13', 'TS28', 'CPC3']
  const generalForRefurbished = ['TS5', 'TS23', 'CPC2']
  const pool: Record<string, SeedCriterion[]> = {
    newEquipment: [
      ...bySource(EU_2021).filter((c) => !refurbishedOnly.includes(c.code)),
      ...bySource(OWN),
      ...bySource(EU_2020).filter((c) => c.content.productCategories.includes('network-equipment')),
    ],
    refurbishedEquipment: bySource(EU_2021).filter((c) => refurbishedOnly.includes(c.code) || generalForRefurbished.includes(c.code)),
    service: bySource(EU_2020),
    software: bySource(DPG),
  }
  const expectedIds = [
    ...['notebooks', 'desktops', 'monitors', 'tablets', 'smartphones', 'imaging-equipment', 'network-equipment', 'servers-data-centres', 'cloud-services', 'software-e-services'].flatMap((c) => [
      `${c}-core`,
      `${c}-comprehensive`,
    ]),
    ...['notebooks', 'desktops', 'tablets', 'smartphones'].flatMap((c) => [`${c}-refurbished-core`, `${c}-refurbished-comprehensive`]),
  ]
  t.same(sorted(criteriaSets.map((s) => s.id)), sorted(expectedIds), 'one set per category, level and route with criteria')
  for (const category of ['imaging-equipment', 'network-equipment']) {
    for (const level of ['core', 'comprehensive']) {
      const set = criteriaSets.find((s) => s.id === `${category}-${level}`)
      const types = new Set(set?.content.items.map((i) => criteria.find((c) => key(c) === i.criterionId)?.content.type))
      t.ok(types.has('technicalSpecification') && types.has('contractPerformanceClause'), `${category}-${level} has specifications and contract clauses`)
    }
  }
  for (const set of criteriaSets) {
    const { productCategory, ambitionLevel, procurementRoute, items } = set.content
    t.match(set.id, /^[a-z0-9][a-z0-9-]{1,80}$/, `${set.id} is a valid set id`)
    t.ok(set.id.startsWith(productCategory) && set.id.endsWith(ambitionLevel), `${set.id} is named <category>[-refurbished]-<level>`)
    t.equal(set.id.includes('-refurbished-'), procurementRoute === 'refurbishedEquipment', `${set.id} route matches its id`)
    const expected = (pool[procurementRoute] ?? [])
      .filter((c) => c.content.ambitionLevels.includes(ambitionLevel) && c.content.productCategories.includes(productCategory))
      .map(key)
    t.same(sorted(items.map((i) => i.criterionId)), sorted(expected), `${set.id} holds exactly the matching criteria`)
    t.ok(items.length > 0, `${set.id} is not empty`)
    t.ok(set.content.title.en && set.content.description.en, `${set.id} has an English title and description (other languages: translations.test.ts)`)
    const awards = items.filter((i) => criteria.find((c) => key(c) === i.criterionId)?.content.type === 'awardCriterion')
    for (const item of items) {
      t.equal(item.criterionVersion, null, `${set.id} ${item.criterionId}: the loader pins versions`)
      if (!awards.includes(item)) t.equal(item.suggestedWeight, null, `${set.id} ${item.criterionId}: weights only for award criteria`)
    }
    if (awards.length > 0) {
      const weights = new Set(awards.map((i) => i.suggestedWeight))
      t.equal(weights.size, 1, `${set.id}: award weights are an equal split`)
      const total = awards.reduce((sum, i) => sum + (i.suggestedWeight ?? 0), 0)
      // Each weight is rounded to two decimals, so the sum may be off by half a hundredth per criterion.
      t.ok(Math.abs(total - 100) <= awards.length * 0.005 + 1e-9, `${set.id}: award weights add up to 100 (${total})`)
      t.match(set.content.description.en, /buyer fixes the final weighting/, `${set.id} says the buyer fixes weights`)
    }
  }
  t.end()
})

t.test('the seed passes the catalogue’s own content rules', (t) => {
  const known = {
    productCategories: new Set(productCategories.map((c) => c.code)),
    evidenceTypes: new Set(evidenceTypes.map((e) => e.code)),
  }
  for (const c of criteria) t.same(criterionContentProblems(c.content, known), [], `${key(c)} has no content problems`)
  for (const set of criteriaSets) t.same(criteriaSetContentProblems(set.content, known), [], `${set.id} has no content problems`)
  t.end()
})

t.test('the seed validates against the JSON schemas of the contract', (t) => {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ;(addFormats as unknown as (ajv: Ajv) => void)(ajv)
  const schemas = [
    LocalizedText,
    ThresholdPreset,
    Requirement,
    ScoringRule,
    Reference,
    CriterionContent,
    CriterionSource,
    CreateCriterion,
    CriteriaSetItem,
    CriteriaSetContent,
    CreateCriteriaSet,
    ProductCategory,
    EvidenceType,
  ]
  for (const schema of schemas) ajv.addSchema(schema as AnySchema)
  const check = (id: string, value: unknown, name: string) => {
    const validate = ajv.getSchema(id)
    if (!validate) {
      t.fail(`schema ${id} not registered`)
      return
    }
    t.ok(validate(value), `${name} is a valid ${id}${validate.errors ? `: ${ajv.errorsText(validate.errors)}` : ''}`)
  }
  for (const c of criteria) check('CreateCriterion', c, key(c))
  for (const set of criteriaSets) check('CreateCriteriaSet', set, set.id)
  for (const category of productCategories) check('ProductCategory', category, category.code)
  for (const type of evidenceTypes) check('EvidenceType', type, type.code)
  t.end()
})
