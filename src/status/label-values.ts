/**
 * What an image says of itself is anyone's text: a config or annotation can hold megabytes,
 * newlines or Markdown. The board takes a time only as RFC 3339 (https://www.rfc-editor.org/rfc/rfc3339#section-5.6,
 * what the OCI annotation spec asks of `org.opencontainers.image.created`) and a revision only as a
 * short run of visible characters (a commit hash, a tag); anything else is left out, not shown.
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/
const REVISION = /^[\x21-\x7e]{1,128}$/

export function timeValue(value: unknown): string | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) return undefined
  // Go's zero time, which tools that do not set `created` write.
  return value.startsWith('0001-') ? undefined : value
}

export function revisionValue(value: unknown): string | undefined {
  return typeof value === 'string' && REVISION.test(value) ? value : undefined
}
