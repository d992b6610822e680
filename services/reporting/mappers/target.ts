import type { TargetRecord } from '../repositories/targets.ts'
import type { Target } from '../schemas/target.ts'

export function toTarget(record: TargetRecord): Target {
  return {
    id: record.id,
    buyerId: record.buyerId,
    kpiId: record.kpiId,
    targetValue: record.targetValue,
    direction: record.direction,
    baselineValue: record.baselineValue,
    baselineDate: record.baselineDate,
    deadline: record.deadline,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  }
}
