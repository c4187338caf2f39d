/**
 * Which failures are worth another try (oci-client-reference §5.3): the statuses and OCI error
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

/** OCI codes ggcr treats as temporary (`transport/error.go`); ECR answers BLOB_UPLOAD_INVALID transiently (§3.5). */
const TEMPORARY_CODES: ReadonlySet<string> = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE'])

/** A failure that may pass if the whole operation is tried again later. */
export function isTemporaryFailure(status: number | undefined, codes: readonly string[]): boolean {
  return (status !== undefined && isRetryableStatus(status)) || codes.some((code) => TEMPORARY_CODES.has(code))
}
