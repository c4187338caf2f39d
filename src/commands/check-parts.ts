import type { Finding, RelatedLocation, RuleId } from '../policy/index.js'
import type { ImageOccurrence, Place, ReferenceParts } from '../scan/index.js'

/**
 * Which part of a reference each rule is about, in order of preference: a finding on a reference
 * assembled from several lines (Helm values, a template joining them, Chart.yaml's appVersion)
 * points at the line that decides that part, the tag's line for a tag rule, the registry's or
 * repository's for an image rule (issue 15: "every finding points at the line that decides the image").
 */
const PART_OF_RULE: Partial<Record<RuleId, readonly (keyof ReferenceParts)[]>> = {
  'tag.forbidden': ['tag'],
  'tag.pattern': ['tag'],
  'tag.immutable': ['tag'],
  'tag.missing': ['tag', 'repository'],
  'digest.required': ['digest', 'tag'],
  'promotion.order': ['digest'],
  'image.allowed': ['registry', 'repository'],
  'image.denied': ['registry', 'repository'],
}

const key = (place: { file: string; line: number; column: number }) => `${place.file}:${place.line}:${place.column}`

/** A finding about `occurrence` moved to the place that decides its rule, with the other places as related locations. */
export function placeFinding(finding: Finding, occurrence: ImageOccurrence): Finding {
  const { parts, related } = occurrence
  if (parts === undefined && related === undefined && occurrence.note === undefined) return finding
  const own: Place = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn, role: occurrence.where }
  const decides = (PART_OF_RULE[finding.rule] ?? []).map((part) => parts?.[part]).find((place) => place !== undefined) ?? own
  const seen = new Set([key(decides)])
  const others: RelatedLocation[] = []
  for (const place of [own, ...Object.values(parts ?? {}), ...(related ?? [])]) {
    if (seen.has(key(place))) continue
    seen.add(key(place))
    others.push({ file: place.file, line: place.line, column: place.column, endColumn: place.endColumn, message: place.role })
  }
  const notes = [decides.note, occurrence.note].filter((note) => note !== undefined)
  return {
    ...finding,
    message: notes.length === 0 ? finding.message : `${finding.message} (${notes.join('; ')})`,
    location: { file: decides.file, line: decides.line, column: decides.column, endColumn: decides.endColumn },
    ...(others.length > 0 ? { related: others } : {}),
  }
}
