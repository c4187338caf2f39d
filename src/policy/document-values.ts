/** Reading the policy document defensively: what the schema refused is missing, and a refused list item is a hole. */

/** A map of the document, or an empty one where there is none (or the schema refused it). */
export function map(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** A list's items with their indexes; holes (items the schema refused) stay in place. */
export function items(value: unknown): [number, unknown][] {
  return Array.isArray(value) ? value.map((item, i): [number, unknown] => [i, item]) : []
}

/** A list's strings, holes skipped. */
export function strings(value: unknown): string[] {
  return items(value).flatMap(([, item]) => (typeof item === 'string' ? [item] : []))
}
