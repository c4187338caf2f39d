/**
 * URLs as they may appear in errors and logs. Query values are secrets as often as not: upload
 * `_state` is an HMAC of the session, presigned storage URLs carry signatures
 * (docs/registry-protocol.md#error-bodies), and a URL could carry user info. Only the parameter names are kept.
 */
export function redactUrl(url: URL | string): string {
  let parsed: URL
  try {
    parsed = new URL(url.toString())
  } catch {
    return '<invalid URL>'
  }
  const names = [...new Set(parsed.searchParams.keys())]
  const query = names.length === 0 ? '' : `?${names.map((name) => `${encodeURIComponent(name)}=<redacted>`).join('&')}`
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query}`
}
