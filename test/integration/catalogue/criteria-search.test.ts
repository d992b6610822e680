import t from 'tap'
import { buildCatalogue } from './helpers.ts'

const { app } = await buildCatalogue(t)

async function all(query: string) {
  const items: any[] = []
  let cursor: string | null = null
  do {
    const res: { statusCode: number; json: () => any; headers: Record<string, unknown> } = await app.inject({ url: `/api/v1/criteria?limit=100&${query}${cursor ? `&cursor=${cursor}` : ''}` })
    t.equal(res.statusCode, 200, `page of ${query}`)
    const page = res.json()
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return items
}

t.test('the catalogue lists every EU GPP criterion, published', async (t) => {
  const computers = await all('source=EU-GPP-2021-CMTS')
  const dataCentres = await all('source=EU-GPP-2020-DC')
  t.equal(computers.length, 46, 'all 46 criteria of the 2021 computers set')
  t.equal(dataCentres.length, 34, '34 distinct codes of the 2020 data-centre set (TS8 holds both of its levels)')
  t.ok([...computers, ...dataCentres].every((c) => c.status === 'published' && c.version === 1))
  const codes = computers.map((c) => c.code)
  t.same(new Set(codes).size, 46, 'no duplicates')
  t.ok(codes.includes('TS1') && codes.includes('CPC3') && codes.includes('AC13'))
})

t.test('pages are stable and cursors chain', async (t) => {
  const first = (await app.inject({ url: '/api/v1/criteria?limit=5' })).json()
  t.equal(first.items.length, 5)
  t.type(first.nextCursor, 'string')
  const second = (await app.inject({ url: `/api/v1/criteria?limit=5&cursor=${first.nextCursor}` })).json()
  t.ok(second.items[0].id > first.items[4].id, 'second page continues after the first')
  const ids = (await all('')).map((c) => c.id)
  t.same(ids, [...ids].sort(), 'stable order by id')
})

t.test('filters combine', async (t) => {
  const found = await all('productCategory=notebooks&type=awardCriterion&ambitionLevel=comprehensive')
  t.ok(found.length > 0)
  for (const c of found) {
    t.ok(c.content.productCategories.includes('notebooks'))
    t.equal(c.content.type, 'awardCriterion')
    t.ok(c.content.ambitionLevels.includes('comprehensive'))
    t.not(c.content.scoring, null, 'award criteria carry a scoring rule')
  }
  const batteries = await all('aspect=batteries&lifeCycleStage=specification')
  t.ok(batteries.some((c) => c.code === 'TS6'), 'battery endurance is a specification about batteries')
  t.ok(batteries.every((c) => c.content.aspects.includes('batteries') && c.content.lifeCycleStage === 'specification'))
})

t.test('free text matches word prefixes in every language present', async (t) => {
  const en = await all('q=spare%20part')
  t.ok(en.some((c) => c.id === 'EU-GPP-2021-CMTS.TS2'), 'English')
  const fr = await all(`q=${encodeURIComponent('pièces')}`)
  t.ok(fr.some((c) => c.id === 'EU-GPP-2021-CMTS.TS2'), 'French')
  const es = await all(`q=${encodeURIComponent('recambio')}`)
  t.ok(es.some((c) => c.id === 'EU-GPP-2021-CMTS.TS2'), 'Spanish')
  t.same(await all('q=zzzznotaword'), [])
  t.same(await all(`q=${encodeURIComponent("'&|!:*")}`), [], 'tsquery syntax in the input is inert')
})

t.test('bad queries are 400 problems naming the field', async (t) => {
  const cases: [string, string][] = [
    ['limit=500', 'querystring/limit'],
    ['limit=0', 'querystring/limit'],
    ['type=bogus', 'querystring/type'],
    ['sort=asc', 'querystring/sort'],
    ['cursor=notacursor', 'querystring/cursor'],
    ['productCategory=Not%20A%20Code', 'querystring/productCategory'],
  ]
  for (const [query, path] of cases) {
    const res: { statusCode: number; json: () => any; headers: Record<string, unknown> } = await app.inject({ url: `/api/v1/criteria?${query}` })
    t.equal(res.statusCode, 400, query)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    const body = res.json()
    t.ok(['VALIDATION_FAILED', 'INVALID_CURSOR'].includes(body.code), `${query}: ${body.code}`)
    t.ok(body.errors.some((e: { path: string }) => e.path === path), `${query} names ${path}`)
    t.equal(body.status, 400)
    t.type(body.correlationId, 'string')
  }
})

t.test('reading one criterion and its versions', async (t) => {
  const res = await app.inject({ url: '/api/v1/criteria/EU-GPP-2021-CMTS.TS6' })
  t.equal(res.statusCode, 200)
  t.match(res.headers.etag, /^"EU-GPP-2021-CMTS\.TS6\.1\.\d+"$/)
  const body = res.json()
  t.equal(body.source.code, 'EU-GPP-2021-CMTS')
  t.ok(body.content.title.fr && body.content.title.es, 'French and Spanish titles')
  const versions = (await app.inject({ url: '/api/v1/criteria/EU-GPP-2021-CMTS.TS6/versions' })).json()
  t.equal(versions.items.length, 1)
  const missing = await app.inject({ url: '/api/v1/criteria/EU-GPP-2021-CMTS.TS999' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'CRITERION_NOT_FOUND')
  const malformed = await app.inject({ url: '/api/v1/criteria/not-a-key' })
  t.equal(malformed.statusCode, 400)
  t.equal(malformed.json().errors[0].path, 'params/criterionId')
})

t.test('the catalogue’s own criteria are published by the seed and searchable', async (t) => {
  const own = await all('source=CIRC-ICT')
  t.ok(own.length >= 25, `the own criteria ship (${own.length})`)
  t.ok(own.every((c) => c.status === 'published' && c.version === 1), 'all published')
  const find = async (q: string) => (await all(`q=${encodeURIComponent(q)}`)).map((c) => c.id)
  t.ok((await find('security updates')).includes('CIRC-ICT.TS-UPDATES-MT'), 'update support years')
  t.ok((await find('EPEAT tier')).includes('CIRC-ICT.AC-EPEAT'), 'EPEAT tiers')
  t.ok((await find('conflict minerals')).includes('CIRC-ICT.SC-MINERALS'), 'conflict minerals')
  t.ok((await find('Basel Convention')).includes('CIRC-ICT.CPC-BASEL'), 'Basel Convention')
  t.ok((await find('trade-in')).includes('CIRC-ICT.AC-BUYBACK'), 'buy-back and trade-in')
  const imaging = await all('productCategory=imaging-equipment')
  t.ok(imaging.some((c) => c.id === 'CIRC-ICT.TS-IMG-CARTRIDGES'), 'imaging equipment has criteria')
  for (const category of ['imaging-equipment', 'network-equipment']) {
    for (const level of ['core', 'comprehensive']) {
      const res = await app.inject({ url: `/api/v1/product-categories/${category}/criteria-sets/${level}` })
      t.equal(res.statusCode, 200, `${category} ${level} set is published`)
    }
  }
})
