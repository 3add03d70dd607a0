/**
 * A value list and its Chinese labels, declared once: the keys, in order, are the stored codes (the
 * tuple z.enum takes); the values are what users see and import files contain.
 *   export const [UNION_SCOPES, UNION_SCOPE_LABELS] = labelled({ regional: '区域性', industry: '行业性' })
 */
export function labelled<const L extends Record<string, string>>(labels: L): [readonly [keyof L & string, ...(keyof L & string)[]], Record<keyof L & string, string>] {
  return [Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]], labels]
}
