/**
 * An ISO 8601 timestamp (payload `timestamp`, `git show --format=%cI`) as a Date; undefined when it
 * does not parse, so a bad value means "unknown" instead of an Invalid Date that breaks
 * `{{commit_date}}` later.
 */
export function parseTimestamp(text: string | undefined): Date | undefined {
  if (text === undefined || text === '') return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * The object without its undefined-valued keys: an unknown optional fact is absent, not present as
 * `undefined`, so `'baseRef' in context`, JSON output and strict equality all agree.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
