export const roles = ['catalogue-admin', 'buyer', 'evaluator', 'supplier', 'auditor', 'registrar'] as const
export type Role = (typeof roles)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** What a verified token says of its holder. */
export interface Principal {
  readonly subject: string
  readonly roles: readonly Role[]
  readonly organisationId: string | null
  readonly supplierId: string | null
}
