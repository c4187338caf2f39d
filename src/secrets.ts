/**
 * Every secret the process has received (passwords, `auth` strings, identity, registry, bearer and
 * refresh tokens), so that any text on its way to a user can be scrubbed of them, whatever path it
 * took: a registry or token server echoing a token in an error body, a helper printing a password.
 * The GitHub runner masks its log the same way (`::add-mask::`, written by src/action/runner); the CLI has no
 * runner in front of it, and summaries and annotations deserve the same care, so shiptag does it
 * itself. Process-wide on purpose: an error can be built anywhere, and must never need to be handed
 * the list.
 */

/** Shorter values are not secrets worth the name, and replacing them would garble every message. */
const MIN_SECRET_LENGTH = 3
export const REDACTED = '***'

/**
 * A registry may echo only part of a token (messages are cut short, a JWT is a kilobyte): any run of
 * this many characters of a known secret is redacted too. Shorter runs hit ordinary words (a
 * password "wrong-password-1" holds "password", which messages name).
 */
const PIECE_LENGTH = 12
/** Pieces are indexed from this much of each secret at most: a secret is a few KiB at most. */
const MAX_INDEXED_LENGTH = 64 * 1024

const known = new Set<string>()
/** Longest first, so a secret that contains another is replaced whole. */
let ordered: string[] = []
/** Every PIECE_LENGTH-long run of every known secret. */
const pieces = new Set<string>()

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
    const indexed = Math.min(form.length, MAX_INDEXED_LENGTH)
    for (let i = 0; i + PIECE_LENGTH <= indexed; i++) pieces.add(form.slice(i, i + PIECE_LENGTH))
  }
  if (added) ordered = [...known].sort((a, b) => b.length - a.length)
}

/** `text` with every known secret, and every run of 12 or more characters of one, replaced by `***`. */
export function redactSecrets(text: string): string {
  let result = text
  for (const secret of ordered) if (result.includes(secret)) result = result.split(secret).join(REDACTED)
  return pieces.size === 0 ? result : redactPieces(result)
}

function redactPieces(text: string): string {
  let output = ''
  let copiedTo = 0
  let coveredTo = -1
  let runStart = -1
  for (let i = 0; i + PIECE_LENGTH <= text.length; i++) {
    if (!pieces.has(text.slice(i, i + PIECE_LENGTH))) continue
    if (i > coveredTo) {
      if (runStart !== -1) output += REDACTED
      output += text.slice(copiedTo, i)
      runStart = i
    }
    coveredTo = i + PIECE_LENGTH
    copiedTo = coveredTo
  }
  if (runStart === -1) return text
  return `${output}${REDACTED}${text.slice(copiedTo)}`
}
