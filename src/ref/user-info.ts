/**
 * User info in what should be an image reference: `https://user:token@host/repo`, or
 * `user:token@host/repo` (a URL pasted into an input, a registry login copied with its password).
 * No reference has any: the reference grammar allows `@` only before a digest, after the last `/`
 * (distribution reference.go). Whatever sits before such an `@` may be a secret, so messages show
 * `***` in its place.
 */

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//
/** What a digest after `@` starts with (OCI registered algorithms and the ones proposed). */
const DIGEST_START = /^(?:sha256|sha384|sha512|blake3):/i

/**
 * Where the user info of `text` lies, `[start, end)` with `end` at its `@`; undefined when it has
 * none. An `@` with a `/` anywhere after it is no digest separator (a digest holds no `/`), so the
 * last such `@` ends user info (a token may itself hold `/`). An `@` with no `/` after it and a digest
 * after it is a digest (`name@sha256:…`); otherwise it is user info after a scheme, or when what
 * precedes it is `user:token` with no `/` (`user:token@ghcr.io`; `host/app:1@x` is a bad digest).
 */
export function userInfoSpan(text: string): { readonly start: number; readonly end: number } | undefined {
  const start = SCHEME.exec(text)?.[0].length ?? 0
  const lastSlash = text.lastIndexOf('/')
  const beforePath = lastSlash < start ? -1 : text.lastIndexOf('@', lastSlash)
  if (beforePath >= start && !insideBrackets(text, start, beforePath)) return { start, end: beforePath }
  const at = text.lastIndexOf('@')
  if (at < start || DIGEST_START.test(text.slice(at + 1)) || insideBrackets(text, start, at)) return undefined
  const before = text.slice(start, at)
  return start > 0 || (before.includes(':') && (!before.includes('/') || looksLikeHost(text.slice(at + 1)))) ? { start, end: at } : undefined
}

/**
 * What follows the `@` of `user:pa/ss@ghcr.io`: a registry host (a dot, a port, `localhost` or an
 * IPv6 literal). A token may hold `/`, so `user:pa/ss` is user info when a host follows it, where
 * `app:1@nodigest` keeps its bad-digest diagnosis.
 */
function looksLikeHost(after: string): boolean {
  return /^(?:\[|localhost(?:$|:)|[^/@]*[.:])/.test(after)
}

/** An `@` within `[…]` belongs to an IPv6 literal (a zone, `[fe80::1%eth0]`), where the registry check names it. */
function insideBrackets(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at)
  return before.lastIndexOf('[') > before.lastIndexOf(']')
}

/** `text` with its user info, if any, replaced by `***`. */
export function redactUserInfo(text: string): string {
  const span = userInfoSpan(text)
  return span === undefined ? text : `${text.slice(0, span.start)}***${text.slice(span.end)}`
}
