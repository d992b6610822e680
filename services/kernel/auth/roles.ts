export const roles = ['catalogue-admin', 'buyer', 'evaluator', 'supplier', 'auditor'] as const
export type Role = (typeof roles)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

export interface Principal {
  subject: string
  roles: Role[]
  organisationId: string | null
  supplierId: string | null
}
