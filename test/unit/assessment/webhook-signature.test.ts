import { Webhook } from 'standardwebhooks'
import t from 'tap'
import { newWebhookSecret, signWebhook } from '../../../services/assessment/events/webhook-signature.ts'

const body = '{"specversion":"1.0","id":"evt-1"}'

t.test('matches the Standard Webhooks reference vector', async (t) => {
  // From the Standard Webhooks specification's reference libraries.
  const signature = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')
  t.equal(signature, 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
})

t.test('secrets are whsec_ and the standard base64 of 32 random bytes', async (t) => {
  const secrets = new Set(Array.from({ length: 200 }, newWebhookSecret))
  t.equal(secrets.size, 200, 'every one different')
  for (const secret of secrets) {
    if (!/^whsec_[A-Za-z0-9+/]{43}=$/.test(secret)) t.fail(`malformed: ${secret}`)
    if (Buffer.from(secret.slice(6), 'base64').length !== 32) t.fail(`not 32 bytes: ${secret}`)
  }
  t.ok([...secrets].some((secret) => /[+/]/.test(secret)), 'the sample includes secrets with + or /, which base64url would have spelled - and _')
})

t.test('the reference library verifies what we sign, with the secret exactly as handed out', async (t) => {
  const now = Math.floor(Date.now() / 1000)
  const outcomes = { genuine: 0, alteredBody: 0, otherSecret: 0 }
  const verifies = (secret: string, payload: string, headers: Record<string, string>) => {
    try {
      return new Webhook(secret).verify(payload, headers) !== null
    } catch {
      return false
    }
  }
  for (let n = 0; n < 200; n++) {
    const secret = newWebhookSecret()
    const headers = { 'webhook-id': `evt-${n}`, 'webhook-timestamp': String(now), 'webhook-signature': signWebhook(secret, `evt-${n}`, now, body) }
    if (verifies(secret, body, headers)) outcomes.genuine++
    if (verifies(secret, body.replace('evt-1', 'evt-2'), headers)) outcomes.alteredBody++
    if (verifies(newWebhookSecret(), body, headers)) outcomes.otherSecret++
  }
  t.same(outcomes, { genuine: 200, alteredBody: 0, otherSecret: 0 })
})

t.test('a secret without the whsec_ prefix is a programming error, not a silent other key', async (t) => {
  t.throws(() => signWebhook('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'evt-1', 1, body), /whsec_/)
})
