import t from 'tap'
import { invalidLanguageKeys, negotiateLanguage, pick } from '../../../services/catalogue/domain/localization.ts'
import { collectText, toPrefixQuery } from '../../../services/catalogue/domain/search.ts'

t.test('Accept-Language negotiation', async (t) => {
  const available = ['en', 'fr', 'es']
  t.equal(negotiateLanguage('fr-CH, fr;q=0.9, en;q=0.8', available), 'fr', 'region falls back to its language')
  t.equal(negotiateLanguage('de, es;q=0.5', available), 'es', 'first available by preference')
  t.equal(negotiateLanguage('es;q=0.2, fr;q=0.7', available), 'fr', 'q-values, not order, decide')
  t.equal(negotiateLanguage('de', available), 'en', 'English when nothing matches')
  t.equal(negotiateLanguage(undefined, available), 'en')
  t.equal(negotiateLanguage('fr;q=0, es', available), 'es', 'q=0 means not acceptable')
  t.equal(negotiateLanguage('*', available), 'en')
})

t.test('picking text and checking language keys', async (t) => {
  t.equal(pick({ en: 'Warranty', fr: 'Garantie' }, 'fr'), 'Garantie')
  t.equal(pick({ en: 'Warranty' }, 'fr'), 'Warranty')
  t.same(invalidLanguageKeys({ en: 'a', 'pt-BR': 'b', 'Not a tag': 'c', EN: 'd' }), ['Not a tag', 'EN'])
})

t.test('free text becomes an inert prefix tsquery', async (t) => {
  t.equal(toPrefixQuery('Spare parts'), 'spare:* & parts:*')
  t.equal(toPrefixQuery("batt' | !x & (y)"), 'batt:* & x:* & y:*', 'operators and quotes are dropped')
  t.equal(toPrefixQuery('pièces détachées'), 'pièces:* & détachées:*')
  t.equal(toPrefixQuery('  ,;  '), null)
  t.equal(toPrefixQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))!.split('&').length, 10, 'at most ten terms')
})

t.test('every string in every language is searchable', async (t) => {
  t.same(collectText({ en: 'a', fr: 'b', nested: [{ es: 'c' }, 3, null] }), ['a', 'b', 'c'])
})
