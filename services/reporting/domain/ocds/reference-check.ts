import type { PartyRole, Release, ReleasePackage } from './release-types.ts'

/** One finding: where in the package (a JSON pointer) and what is wrong. */
export interface ReferenceProblem {
  path: string
  message: string
}

// The closed code lists of the fields this export fills (OCDS 1.1 and its bids, award criteria,
// selection criteria and requirements extensions).
const CODE_LISTS: Readonly<Record<string, ReadonlySet<string>>> = {
  bidStatus: new Set(['invited', 'pending', 'valid', 'disqualified', 'withdrawn']),
  awardCriterionType: new Set(['price', 'cost', 'quality']),
  criterionWeight: new Set(['percentageExact', 'percentageRangeMiddle', 'decimalExact', 'decimalRangeMiddle', 'pointsExact', 'pointsRangeMiddle', 'order']),
  criterionThreshold: new Set(['minimumScore', 'maximumBids']),
  selectionCriterionType: new Set(['economic', 'technical', 'suitability', 'other']),
  appliesTo: new Set(['supplier', 'subcontractor']),
  dataType: new Set(['string', 'date-time', 'number', 'integer', 'boolean']),
  partyRole: new Set(['buyer', 'procuringEntity', 'supplier', 'tenderer', 'funder', 'enquirer', 'payer', 'payee', 'reviewBody', 'interestedParty']),
}

/**
 * Checks what a schema cannot: that every reference inside a release resolves (requirement ids,
 * party ids and their roles, lot ids, award suppliers and bids, contract awards), that ids are
 * unique where OCDS merges by id, that every code is in its list, and that the numbers hold
 * together (award criteria points add up to 100, an awarded bid is valid and its tenderer is the
 * supplier). The reference and empty-field checks are the ones the OCDS Data Review Tool adds to
 * schema validation. Pure: a package in, the problems out, none when all is well.
 */
export function checkReleasePackage(pkg: ReleasePackage): ReferenceProblem[] {
  return [
    ...duplicates(pkg.releases.map((r) => r.id), '/releases', 'release id'),
    ...pkg.releases.flatMap((release, i) => checkRelease(release, `/releases/${i}`)),
    ...emptyFields(pkg, ''),
  ]
}

function checkRelease(release: Release, at: string): ReferenceProblem[] {
  const problems: ReferenceProblem[] = []
  const fail = (path: string, message: string) => problems.push({ path: `${at}${path}`, message })
  const code = (list: string, value: string | undefined, path: string) => {
    if (value !== undefined && !CODE_LISTS[list]!.has(value)) fail(path, `'${value}' is not a code of ${list}`)
  }

  const parties = new Map(release.parties.map((p) => [p.id, p]))
  problems.push(...duplicates(release.parties.map((p) => p.id), `${at}/parties`, 'party id'))
  release.parties.forEach((p, i) => p.roles.forEach((role, j) => code('partyRole', role, `/parties/${i}/roles/${j}`)))
  const party = (id: string, role: PartyRole, path: string) => {
    const found = parties.get(id)
    if (!found) fail(path, `party ${id} is not in parties`)
    else if (!found.roles.includes(role)) fail(path, `party ${id} does not have the role ${role}`)
  }
  party(release.buyer.id, 'buyer', '/buyer/id')

  const { tender } = release
  const lots = new Set((tender.lots ?? []).map((l) => l.id))
  problems.push(...duplicates([...lots], `${at}/tender/lots`, 'lot id'))
  const lot = (id: string, path: string) => {
    if (!lots.has(id)) fail(path, `lot ${id} is not in tender.lots`)
  }

  const criteria = tender.criteria ?? []
  problems.push(...duplicates(criteria.map((c) => c.id), `${at}/tender/criteria`, 'criterion id'))
  const requirements = criteria.flatMap((c, i) =>
    (c.requirementGroups ?? []).flatMap((g, j) =>
      g.requirements.map((r, k) => {
        code('dataType', r.dataType, `/tender/criteria/${i}/requirementGroups/${j}/requirements/${k}/dataType`)
        if (r.minValue !== undefined && r.maxValue !== undefined && r.minValue > r.maxValue) {
          fail(`/tender/criteria/${i}/requirementGroups/${j}/requirements/${k}`, `minValue ${r.minValue} is above maxValue ${r.maxValue}`)
        }
        return r.id
      }),
    ),
  )
  problems.push(...duplicates(requirements, `${at}/tender/criteria`, 'requirement id'))
  const requirementIds = new Set(requirements)

  tender.selectionCriteria?.criteria.forEach((c, i) => {
    code('selectionCriterionType', c.type, `/tender/selectionCriteria/criteria/${i}/type`)
    c.appliesTo.forEach((a, j) => code('appliesTo', a, `/tender/selectionCriteria/criteria/${i}/appliesTo/${j}`))
  })
  tender.lots?.forEach((l, i) => {
    const awardCriteria = l.awardCriteria?.criteria ?? []
    let points = 0
    awardCriteria.forEach((c, j) => {
      const path = `/tender/lots/${i}/awardCriteria/criteria/${j}`
      code('awardCriterionType', c.type, `${path}/type`)
      c.numbers?.forEach((n, k) => {
        code('criterionWeight', n.weight, `${path}/numbers/${k}/weight`)
        code('criterionThreshold', n.threshold, `${path}/numbers/${k}/threshold`)
        if (n.weight === 'pointsExact') points += n.number
      })
    })
    const weighted = awardCriteria.some((c) => c.numbers?.some((n) => n.weight === 'pointsExact'))
    if (weighted && Math.abs(points - 100) > 1e-9) fail(`/tender/lots/${i}/awardCriteria`, `the award criteria's points add up to ${points}, not 100`)
  })

  const bids = release.bids?.details ?? []
  problems.push(...duplicates(bids.map((b) => b.id), `${at}/bids/details`, 'bid id'))
  const bidsById = new Map(bids.map((b) => [b.id, b]))
  bids.forEach((bid, i) => {
    code('bidStatus', bid.status, `/bids/details/${i}/status`)
    bid.tenderers.forEach((t, j) => party(t.id, 'tenderer', `/bids/details/${i}/tenderers/${j}/id`))
    bid.relatedLots.forEach((id, j) => lot(id, `/bids/details/${i}/relatedLots/${j}`))
    problems.push(...duplicates((bid.requirementResponses ?? []).map((r) => r.id), `${at}/bids/details/${i}/requirementResponses`, 'requirement response id'))
    problems.push(...duplicates((bid.documents ?? []).map((d) => d.id), `${at}/bids/details/${i}/documents`, 'document id'))
    bid.requirementResponses?.forEach((r, j) => {
      if (!requirementIds.has(r.requirement.id)) fail(`/bids/details/${i}/requirementResponses/${j}/requirement/id`, `requirement ${r.requirement.id} is not in tender.criteria`)
    })
  })

  const awards = release.awards ?? []
  problems.push(...duplicates(awards.map((a) => a.id), `${at}/awards`, 'award id'))
  awards.forEach((award, i) => {
    award.suppliers.forEach((s, j) => party(s.id, 'supplier', `/awards/${i}/suppliers/${j}/id`))
    award.relatedLots.forEach((id, j) => lot(id, `/awards/${i}/relatedLots/${j}`))
    if (award.value.amount < 0) fail(`/awards/${i}/value/amount`, 'is negative')
    award.relatedBids.forEach((id, j) => {
      const bid = bidsById.get(id)
      const path = `/awards/${i}/relatedBids/${j}`
      if (!bid) return fail(path, `bid ${id} is not in bids.details`)
      if (bid.status !== 'valid') fail(path, `bid ${id} is awarded but ${bid.status}`)
      const tenderers = new Set(bid.tenderers.map((t) => t.id))
      if (!award.suppliers.every((s) => tenderers.has(s.id))) fail(path, `bid ${id} was not tendered by the award's suppliers`)
    })
  })

  const awardsById = new Map(awards.map((a) => [a.id, a]))
  problems.push(...duplicates((release.contracts ?? []).map((c) => c.id), `${at}/contracts`, 'contract id'))
  release.contracts?.forEach((contract, i) => {
    const award = awardsById.get(contract.awardID)
    if (!award) fail(`/contracts/${i}/awardID`, `award ${contract.awardID} is not in awards`)
    else if (contract.dateSigned < award.date) fail(`/contracts/${i}/dateSigned`, `is before the award's date ${award.date}`)
    const { startDate, endDate } = contract.period
    if (startDate !== undefined && endDate !== undefined && endDate < startDate) fail(`/contracts/${i}/period`, 'ends before it starts')
    problems.push(...duplicates((contract.milestones ?? []).map((m) => m.id), `${at}/contracts/${i}/milestones`, 'milestone id'))
  })
  return problems
}

function duplicates(ids: readonly string[], path: string, what: string): ReferenceProblem[] {
  const seen = new Set<string>()
  const repeated = new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))
  return [...repeated].map((id) => ({ path, message: `${what} ${id} appears more than once` }))
}

// The Data Review Tool warns of fields present but empty: an empty string, object or array says nothing.
function emptyFields(value: unknown, path: string): ReferenceProblem[] {
  if (value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0)) {
    return [{ path, message: 'is empty' }]
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyFields(item, `${path}/${i}`))
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => emptyFields(item, `${path}/${key}`))
  return []
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
