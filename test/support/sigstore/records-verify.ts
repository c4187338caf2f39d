/**
 * Verifies a promotion record's bundle the way the gate does: slice A's verifyEvidence with the
 * promotion requirement (a DSSE in-toto statement of https://shiptag.dev/promotion/v1 about the
 * digest), against policy keys or a keyless identity and the mock instance's trusted root.
 */
import { PROMOTION_REQUIREMENT } from '../../../src/custody/promotion-record.js'
import { verifyEvidence } from '../../../src/sigstore/verify.js'
import type { EvidenceCheck, Matcher } from '../../../src/sigstore/types.js'

export interface RecordTrust {
  readonly trustedRoot?: Record<string, unknown>
  /** Public keys (PEM) a key-signed record may be signed with; named `key-1.pub`, `key-2.pub`, … in messages. */
  readonly keys?: readonly string[]
  /** Keyless: the certificate subject that must have signed (issuer: GitHub Actions'). */
  readonly subjectAlternativeName?: string
}

const exactly = (source: string): Matcher => ({ source, matches: (value) => value === source })
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export function verifyRecordBundle(bytes: Uint8Array, subject: string, trust: RecordTrust, where = 'test'): Promise<EvidenceCheck> {
  const identity = trust.subjectAlternativeName
  return verifyEvidence(
    { kind: 'bundle', where, subject, bundle: bytes },
    PROMOTION_REQUIREMENT,
    {
      keys: (trust.keys ?? []).map((pem, i) => ({ name: `key-${i + 1}.pub`, pem })),
      identities:
        identity === undefined
          ? []
          : [{ subject: exactly(identity), issuer: exactly(GITHUB_ACTIONS_ISSUER), text: `subject ${identity} issued by ${GITHUB_ACTIONS_ISSUER}` }],
    },
    trust.trustedRoot === undefined ? undefined : { text: 'the mock Sigstore instance', trustedRoot: async () => trust.trustedRoot },
    new Date(),
  )
}
