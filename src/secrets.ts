/**
 * Every secret the process has received (passwords, `auth` strings, identity, registry, bearer and
 * refresh tokens), so that any text on its way to a user can be scrubbed of them, whatever path it
 * took: a registry or token server echoing a token in an error body, a helper printing a password.
 * The GitHub runner masks its log the same way (`::add-mask::`, `core.setSecret`); the CLI has no
 * runner in front of it, and summaries and annotations deserve the same care, so shiptag does it
 * itself. Process-wide on purpose: an error can be built anywhere, and must never need to be handed
 * the list.
 */

/** Shorter values are not secrets worth the name, and replacing them would garble every message. */
const MIN_SECRET_LENGTH = 3
export const REDACTED = '***'

const known = new Set<string>()
/** Longest first, so a secret that contains another is replaced whole. */
let ordered: string[] = []

/**
 * Remembers a secret and the forms it takes when echoed: JSON-escaped (an error body quoting it) and
 * percent- or form-encoded (a query or a form body). A Basic header's base64 is remembered by whoever
 * builds it.
 */
export function rememberSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) return
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]
  let added = false
  for (const form of forms) {
    if (form.length < MIN_SECRET_LENGTH || known.has(form)) continue
    known.add(form)
    added = true
  }
  if (added) ordered = [...known].sort((a, b) => b.length - a.length)
}

/** `text` with every known secret replaced by `***`. */
export function redactSecrets(text: string): string {
  let result = text
  for (const secret of ordered) if (result.includes(secret)) result = result.split(secret).join(REDACTED)
  return result
}
