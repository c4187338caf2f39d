/**
 * Which failures are worth another try (docs/registry-protocol.md#retries): the statuses and OCI error
 * codes ggcr treats as temporary. Whether a given request may be *sent* again is the request's own
 * `idempotent` flag.
 */

/**
 * 408, 429 and 5xx. 501 (Not Implemented) and 505 (HTTP Version Not Supported) are answers about the
 * request itself and will not change on a retry.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505)
}

/** OCI codes ggcr treats as temporary (`transport/error.go`); ECR answers BLOB_UPLOAD_INVALID transiently (docs/registry-protocol.md#chunked-upload). */
const TEMPORARY_CODES: ReadonlySet<string> = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE'])

/**
 * Codes that answer the request itself (distribution-spec "Error Codes"): a retry sends the same
 * request and meets the same refusal. distribution answers 500 when one of a manifest's problems
 * has no code of its own, next to the codes that do say what is wrong (a layer URL it does not
 * allow: UNKNOWN, UNKNOWN, MANIFEST_BLOB_UNKNOWN; https://github.com/distribution/distribution/issues/2795), so a 5xx that
 * names one of these is an answer too, not a hiccup.
 */
const DEFINITE_CODES: ReadonlySet<string> = new Set([
  'BLOB_UNKNOWN',
  'BLOB_UPLOAD_UNKNOWN',
  'DIGEST_INVALID',
  'MANIFEST_BLOB_UNKNOWN',
  'MANIFEST_INVALID',
  'MANIFEST_UNKNOWN',
  'MANIFEST_UNVERIFIED',
  'NAME_INVALID',
  'NAME_UNKNOWN',
  'SIZE_INVALID',
  'TAG_INVALID',
  'UNAUTHORIZED',
  'DENIED',
  'UNSUPPORTED',
])

export function isDefiniteAnswer(codes: readonly string[]): boolean {
  return codes.some((code) => DEFINITE_CODES.has(code))
}

/** The `code`s of an OCI error body `{"errors":[{"code":…}]}`, upper case; none when it is not one. */
export function ociErrorCodes(text: string): string[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return []
  }
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined
  if (!Array.isArray(errors)) return []
  return errors.flatMap((entry: unknown) => {
    const code = typeof entry === 'object' && entry !== null ? (entry as { code?: unknown }).code : undefined
    return typeof code === 'string' ? [code.toUpperCase()] : []
  })
}

/** A failure that may pass if the whole operation is tried again later: never one whose codes answer the request. */
export function isTemporaryFailure(status: number | undefined, codes: readonly string[]): boolean {
  if (isDefiniteAnswer(codes)) return false
  return (status !== undefined && isRetryableStatus(status)) || codes.some((code) => TEMPORARY_CODES.has(code))
}
