// Parts without a value are left out and the remaining weights renormalised, so a composite
// can still be reported from what is known; callers show which parts were missing.
export function weightedMean(parts: readonly { value: number | null; weight: number }[]): number | null {
  const known = parts.filter((p): p is { value: number; weight: number } => p.value !== null && p.weight > 0)
  const totalWeight = known.reduce((sum, p) => sum + p.weight, 0)
  return totalWeight === 0 ? null : known.reduce((sum, p) => sum + p.value * p.weight, 0) / totalWeight
}
