// OCDS wants an unknown field left out, not null, and its lists have minItems 1, so an empty list
// is left out too: `{ id, ...optionalField('name', name) }`.
export function optionalField<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return {}
  return { [key]: value } as { [P in K]: V }
}
