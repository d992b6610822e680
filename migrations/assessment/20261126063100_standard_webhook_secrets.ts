import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Webhook secrets move from unpadded base64url to the Standard Webhooks text form, `whsec_` and
// standard base64 of the same bytes: the signing key is unchanged, so existing subscribers' copies
// still verify every delivery.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update webhook_subscriptions
    set secret = 'whsec_' || encode(decode(rpad(translate(secret, '-_', '+/'), (length(secret) + 3) / 4 * 4, '='), 'base64'), 'base64')
    where secret not like 'whsec\_%'
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    update webhook_subscriptions
    set secret = rtrim(translate(substr(secret, 7), '+/', '-_'), '=')
    where secret like 'whsec\_%'
  `.execute(db)
}
