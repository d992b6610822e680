import t from 'tap'
import { buildAssessment } from '../assessment/helpers.ts'
import { bearer } from '../../helpers/service.ts'

const assessment = await buildAssessment(t)
const buyer = await bearer(['buyer'], { organisationId: 'ORG-1' })

const supplierJson = (name: string, vat: string) => JSON.stringify({ name, country: 'DE', identifiers: [{ scheme: 'VAT', value: vat }], contacts: [] })

async function registerSupplier(payload: string | Buffer, contentType = 'application/json') {
  const response = await assessment.app.inject({ method: 'POST', url: '/api/v1/suppliers', headers: { authorization: buyer, 'content-type': contentType }, payload })
  return { status: response.statusCode, body: response.json() }
}
const supplierNames = async () =>
  (await assessment.app.inject({ method: 'GET', url: '/api/v1/suppliers', headers: { authorization: buyer } })).json().items.map((s: { name: string }) => s.name)

t.test('a body in another charset is refused with 415, not stored with replacement characters', async (t) => {
  const latin1 = Buffer.from(supplierJson('Café Müller GmbH', 'DE123456789'), 'latin1')
  const refused = await registerSupplier(latin1, 'application/json; charset=iso-8859-1')
  t.equal(refused.status, 415)
  t.equal(refused.body.code, 'UNSUPPORTED_MEDIA_TYPE')
  t.match(refused.body.detail, /charset=iso-8859-1/)
  t.same(await supplierNames(), [], 'nothing stored')
})

t.test('bytes that are not UTF-8 are refused with 400, whatever the header says', async (t) => {
  const latin1 = Buffer.from(supplierJson('Café GmbH', 'DE123456789'), 'latin1')
  for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
    const refused = await registerSupplier(latin1, contentType)
    t.equal(refused.status, 400, contentType)
    t.equal(refused.body.code, 'MALFORMED_JSON')
    t.match(refused.body.detail, /not valid UTF-8/)
  }
  t.same(await supplierNames(), [])
})

t.test('UTF-8, declared in any spelling or not at all, is kept exactly as sent', async (t) => {
  const sent = [
    ['Café Müller GmbH', 'application/json'],
    ['Łódź Serwis 😀 Sp. z o.o.', 'application/json; charset="UTF-8"'],
    ['Αθήνα ΑΕ', 'application/json;charset=utf8'],
  ] as const
  for (const [i, [name, contentType]] of sent.entries()) {
    const created = await registerSupplier(Buffer.from(supplierJson(name, `DE12345678${i}`), 'utf8'), contentType)
    t.equal(created.status, 201, contentType)
    t.equal(created.body.name, name)
  }
  t.same((await supplierNames()).sort(), sent.map(([name]) => name).sort(), 'read back byte for byte')
})

t.test('a lone surrogate is a 400 naming the field (or the key), not a stored U+FFFD', async (t) => {
  const inValue = await registerSupplier('{"name":"Acme \\ud800 GmbH","country":"DE","identifiers":[{"scheme":"VAT","value":"DE223456789"}],"contacts":[]}')
  t.equal(inValue.status, 400)
  t.same(inValue.body.errors, [{ path: 'body/name', message: 'must be well-formed Unicode text: it holds a lone surrogate (\\ud800-\\udfff), which cannot be stored' }])
  const inKey = await registerSupplier('{"name":"Acme GmbH","country":"DE","identifiers":[{"scheme":"VAT","value":"DE223456789"}],"contacts":[],"x\\udc00":1}')
  t.equal(inKey.status, 400)
  t.ok(inKey.body.errors.some((e: { path: string; message: string }) => e.path === 'body/x\udc00' && /lone surrogate/.test(e.message)))
  t.notOk((await supplierNames()).some((name: string) => name.includes('\ufffd')), 'nothing stored with a replacement character')
})
