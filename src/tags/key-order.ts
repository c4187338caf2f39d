/**
 * The order metadata-action sorts label and annotation keys in: `a.localeCompare(b)`, pinned here
 * to en-US so it is the same on every machine. The first locale-aware comparison in a process
 * loads ICU's collation data: 10 to 30 ms of start-up on Node 20 and 24 (issue 18), paid by every
 * tags, push and promote run for eight keys it never needed it for. Over lowercase ASCII letters,
 * digits, `.` and `-` (every `org.opencontainers.image.*` key and most custom ones) the en-US
 * collation is code-unit order: CLDR's root collation puts `-` before `.`, punctuation before
 * digits and digits before letters, each with its own primary weight, so the first difference
 * decides, and a prefix sorts first (https://www.unicode.org/reports/tr10/, CLDR root collation).
 * key-order.test.ts checks that equivalence against ICU. Any other key takes the ICU road.
 */
const CODE_UNIT_ORDERED = /^[a-z0-9.-]*$/

export function sortKeys<T>(entries: readonly (readonly [string, T])[]): [string, T][] {
  const sorted = entries.map(([key, value]): [string, T] => [key, value])
  if (sorted.every(([key]) => CODE_UNIT_ORDERED.test(key))) return sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted.sort(([a], [b]) => a.localeCompare(b, 'en-US'))
}
