import type { Principal } from './roles.ts'

/**
 * Who a caller is for anything kept per caller: the subject together with the organisation and
 * the supplier it acts for. One subject in two organisations is two callers, and a token without
 * an organisation is not the same caller as one with it.
 */
export type Caller = Pick<Principal, 'subject' | 'organisationId' | 'supplierId'>

export function callerKey(caller: Caller | null): string {
  return caller ? JSON.stringify([caller.subject, caller.organisationId, caller.supplierId]) : 'anonymous'
}
