import t from 'tap'
import { newWebhookSecret, signWebhook, verifyWebhook } from '../../../services/assessment/events/webhook-signature.ts'

const now = 1_800_000_000
const body = '{"specversion":"1.0","id":"evt-1"}'

function headersFor(secret: string, id = 'evt-1', timestamp = now, payload = body) {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook(secret, id, timestamp, payload) }
}

t.test('matches the Standard Webhooks reference vector', async (t) => {
  // From the Standard Webhooks specification's reference libraries.
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  const signature = signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')
  t.equal(signature, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
  t.ok(verifyWebhook(secret, { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': signature }, '{"test": 2432232314}', { nowSeconds: 1614265330 }))
})

t.test('secrets are 32 random bytes, base64url', async (t) => {
  const secret = newWebhookSecret()
  t.match(secret, /^[A-Za-z0-9_-]{43}$/)
  t.equal(Buffer.from(secret, 'base64url').length, 32)
  t.not(newWebhookSecret(), secret)
})

t.test('a genuine delivery verifies', async (t) => {
  const secret = newWebhookSecret()
  t.ok(verifyWebhook(secret, headersFor(secret), body, { nowSeconds: now }))
  t.ok(verifyWebhook(secret, headersFor(secret), body, { nowSeconds: now + 299 }), 'within the tolerance')
})

t.test('anything altered or missing fails', async (t) => {
  const secret = newWebhookSecret()
  const good = headersFor(secret)
  const check = (headers: Record<string, string | string[] | undefined>, payload = body) => verifyWebhook(secret, headers, payload, { nowSeconds: now })
  t.notOk(check(good, body.replace('evt-1', 'evt-2')), 'body changed')
  t.notOk(check({ ...good, 'webhook-id': 'evt-2' }), 'id changed')
  t.notOk(check({ ...good, 'webhook-timestamp': String(now + 1) }), 'timestamp changed')
  t.notOk(verifyWebhook(newWebhookSecret(), good, body, { nowSeconds: now }), 'another secret')
  t.notOk(check({ ...good, 'webhook-signature': good['webhook-signature'].replace('v1,', 'v2,') }), 'unknown scheme')
  t.notOk(check({ ...good, 'webhook-signature': 'v1,AAAA' }), 'short signature')
  t.notOk(check({ ...good, 'webhook-signature': 'v1' }), 'no signature after the scheme')
  t.notOk(check({ ...good, 'webhook-timestamp': 'soon' }), 'timestamp not a number')
  t.notOk(check({ ...good, 'webhook-id': ['evt-1', 'evt-1'] }), 'repeated header')
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
    const { [name]: _dropped, ...rest } = good
    t.notOk(check(rest), `without ${name}`)
  }
})

t.test('an old or future timestamp is a replay, even when correctly signed', async (t) => {
  const secret = newWebhookSecret()
  t.notOk(verifyWebhook(secret, headersFor(secret, 'evt-1', now - 301), body, { nowSeconds: now }))
  t.notOk(verifyWebhook(secret, headersFor(secret, 'evt-1', now + 301), body, { nowSeconds: now }))
  t.ok(verifyWebhook(secret, headersFor(secret, 'evt-1', now - 3600), body, { nowSeconds: now, toleranceSeconds: 3601 }), 'tolerance is configurable')
})

t.test('any one of several signatures may match, so a sender can rotate secrets', async (t) => {
  const oldSecret = newWebhookSecret()
  const newSecret = newWebhookSecret()
  const both = `${signWebhook(oldSecret, 'evt-1', now, body)} ${signWebhook(newSecret, 'evt-1', now, body)}`
  const headers = { ...headersFor(newSecret), 'webhook-signature': both }
  t.ok(verifyWebhook(oldSecret, headers, body, { nowSeconds: now }))
  t.ok(verifyWebhook(newSecret, headers, body, { nowSeconds: now }))
})
