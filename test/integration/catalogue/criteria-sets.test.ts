import t from 'tap'
import { catalogueLanguages } from '../../../services/catalogue/domain/localization.ts'
import { untranslatedCounts } from '../../../services/catalogue/seed/data/index.ts'
import { bearer } from '../../helpers/service.ts'
import { buildCatalogue } from './helpers.ts'

const { app } = await buildCatalogue(t)
const admin = await bearer(['catalogue-admin'])

t.test('a buyer asks for "notebooks, comprehensive" and gets the full set', async (t) => {
  const res = await app.inject({ url: '/api/v1/product-categories/notebooks/criteria-sets/comprehensive' })
  t.equal(res.statusCode, 200)
  const set = res.json()
  t.equal(set.status, 'published')
  t.equal(set.content.productCategory, 'notebooks')
  t.equal(set.content.ambitionLevel, 'comprehensive')
  t.equal(set.criteria.length, set.content.items.length, 'every item resolved')
  t.ok(set.content.items.every((item: any) => Number.isInteger(item.criterionVersion)), 'published sets pin criterion versions')
  for (const criterion of set.criteria) {
    t.ok(criterion.content.productCategories.includes('notebooks'), `${criterion.id} applies to notebooks`)
    t.ok(criterion.content.ambitionLevels.includes('comprehensive'))
    t.ok(criterion.content.requirements.length > 0)
    t.ok(criterion.content.acceptedEvidence.length > 0)
  }
  t.ok(set.criteria.some((c: any) => c.content.type === 'awardCriterion' && c.content.scoring), 'award criteria come with scoring rules')
  const imaging = await app.inject({ url: '/api/v1/product-categories/imaging-equipment/criteria-sets/core' })
  t.equal(imaging.statusCode, 200, 'imaging equipment has a set of its own')
  const badLevel = await app.inject({ url: '/api/v1/product-categories/notebooks/criteria-sets/extreme' })
  t.equal(badLevel.statusCode, 400)
})

t.test('sets can be listed and filtered', async (t) => {
  const res = await app.inject({ url: '/api/v1/criteria-sets?productCategory=smartphones&limit=100' })
  t.equal(res.statusCode, 200)
  const items = res.json().items
  t.ok(items.length >= 2)
  t.ok(items.every((s: any) => s.content.productCategory === 'smartphones'))
  const software = (await app.inject({ url: '/api/v1/criteria-sets?productCategory=software-e-services' })).json().items
  t.ok(software.length > 0, 'a criteria set for software and e-services ships')
})

t.test('tender text in HTML and Markdown, in the requested language', async (t) => {
  const set = (await app.inject({ url: '/api/v1/product-categories/notebooks/criteria-sets/core' })).json()
  const base = `/api/v1/criteria-sets/${set.id}/versions/${set.version}/tender-text`
  const html = await app.inject({ url: base, headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' } })
  t.equal(html.statusCode, 200)
  t.match(html.headers['content-type'], /^text\/html/)
  t.match(html.body, /Spécifications techniques/)
  t.notMatch(html.body, /<script/i)
  for (const language of catalogueLanguages.filter((l) => l !== 'en')) {
    const answer = await app.inject({ url: base, headers: { 'accept-language': language } })
    const direction = language === 'ar' ? 'rtl' : 'ltr'
    if (untranslatedCounts.get(language) === 0) {
      t.equal(answer.headers['content-language'], language, `${language} is complete: served in ${language} only`)
      t.match(answer.body, new RegExp(`<html lang="${language}" dir="${direction}">`), `${language} HTML says its language and direction`)
      t.notMatch(answer.body, /<span lang=/, `no English fallback left in ${language}`)
    } else {
      t.match(answer.headers['content-language'], new RegExp(`^(${language}, en|en)$`), `${language} while incomplete: the header names the English fallback`)
    }
  }
  const md = await app.inject({ url: `${base}?format=markdown&language=es` })
  t.equal(md.statusCode, 200)
  t.match(md.headers['content-type'], /^text\/markdown/)
  t.match(md.body, /^# /)
  t.match(md.body, /## Especificaciones técnicas/)
  const fallback = await app.inject({ url: base, headers: { 'accept-language': 'de' } })
  t.equal(fallback.headers['content-language'], 'en', 'English, said explicitly, when the language is not available')
  t.match(fallback.body, /<html lang="en" dir="ltr">/)
  t.notMatch(fallback.body, /<span lang=/, 'an English text has no fallback markers')
  const badFormat = await app.inject({ url: `${base}?format=pdf` })
  t.equal(badFormat.statusCode, 400)
  const noVersion = await app.inject({ url: `/api/v1/criteria-sets/${set.id}/versions/999/tender-text` })
  t.equal(noVersion.statusCode, 404)
})

t.test('creating and publishing a set pins the criteria versions', async (t) => {
  const body = {
    id: 'pilot-notebooks',
    content: {
      title: { en: 'Pilot notebooks' },
      description: { en: 'Two criteria for a pilot.' },
      productCategory: 'notebooks',
      ambitionLevel: 'core',
      procurementRoute: 'newEquipment',
      items: [
        { criterionId: 'EU-GPP-2021-CMTS.TS2', criterionVersion: null, suggestedWeight: null },
        { criterionId: 'EU-GPP-2021-CMTS.TS3', criterionVersion: 1, suggestedWeight: null },
      ],
    },
  }
  const unknown = await app.inject({
    method: 'POST',
    url: '/api/v1/criteria-sets',
    headers: { authorization: admin },
    payload: { ...body, content: { ...body.content, items: [{ criterionId: 'EU-GPP-2021-CMTS.TS404', criterionVersion: null, suggestedWeight: null }] } },
  })
  t.equal(unknown.statusCode, 422)
  t.ok(unknown.json().errors.some((e: any) => e.path === 'body/content/items/0/criterionId'))
  const created = await app.inject({ method: 'POST', url: '/api/v1/criteria-sets', headers: { authorization: admin }, payload: body })
  t.equal(created.statusCode, 201)
  const published = await app.inject({
    method: 'POST',
    url: '/api/v1/criteria-sets/pilot-notebooks/versions/1/publish',
    headers: { authorization: admin, 'if-match': created.headers.etag as string },
  })
  t.equal(published.statusCode, 200)
  t.same(published.json().content.items.map((i: any) => i.criterionVersion), [1, 1])
  t.same(published.json().criteria.map((c: any) => c.id), ['EU-GPP-2021-CMTS.TS2', 'EU-GPP-2021-CMTS.TS3'])
  const duplicate = await app.inject({ method: 'POST', url: '/api/v1/criteria-sets', headers: { authorization: admin }, payload: body })
  t.equal(duplicate.statusCode, 409)
})

t.test('reference data and code lists', async (t) => {
  const categories = (await app.inject({ url: '/api/v1/product-categories' })).json().items
  t.same(categories.map((c: any) => c.code).sort(), [
    'cloud-services', 'desktops', 'imaging-equipment', 'monitors', 'network-equipment', 'notebooks', 'servers-data-centres', 'smartphones', 'software-e-services', 'tablets',
  ])
  t.equal((await app.inject({ url: '/api/v1/product-categories/toasters' })).statusCode, 404)
  const evidence = (await app.inject({ url: '/api/v1/evidence-types' })).json().items
  t.ok(evidence.some((e: any) => e.code === 'testReport'))
  const units = (await app.inject({ url: '/api/v1/code-lists/unit' })).json()
  t.ok(units.codes.some((u: any) => u.code === 'year' && u.unece === 'ANN'))
  t.equal(units.codes.find((u: any) => u.code === 'workingDay')?.name.fr, 'jour ouvré', 'unit labels carry the translations of translations/fr/code-lists.json')
  t.equal((await app.inject({ url: '/api/v1/code-lists/nope' })).statusCode, 400)
  t.ok((await app.inject({ url: '/api/v1/code-lists' })).json().items.length >= 10)
})
