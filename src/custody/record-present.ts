import type { RepositoryClient } from '../registry/index.js'
import { findEvidence } from './find-evidence.js'
import { readPromotionPredicate } from './promotion-predicate.js'
import { PROMOTION_PREDICATE_TYPE } from './promotion-record.js'

/**
 * Whether the target already holds a promotion record of `digest` into `environment`: a promote
 * that found every tag in place writes no second record, and one whose record failed after its
 * tags writes it on the re-run. Presence only, unverified: it is shiptag's own earlier write that
 * is looked for, and the next environment verifies whatever it finds.
 */
export async function hasPromotionRecord(target: RepositoryClient, digest: string, environment: string): Promise<boolean> {
  const found = await findEvidence(target, digest, { kinds: ['bundle'] })
  return found.evidence.some((evidence) => evidence.kind === 'bundle' && recordInto(evidence.bundle) === environment)
}

/** The `to` of a bundle's promotion statement, when it is one. */
function recordInto(bundle: Uint8Array): string | undefined {
  try {
    const json = JSON.parse(Buffer.from(bundle).toString('utf8')) as { dsseEnvelope?: { payload?: unknown } }
    const payload = json.dsseEnvelope?.payload
    if (typeof payload !== 'string') return undefined
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { predicateType?: unknown; predicate?: unknown }
    if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) return undefined
    const read = readPromotionPredicate(statement.predicate)
    return 'predicate' in read ? read.predicate.to : undefined
  } catch {
    return undefined // not JSON, not a DSSE bundle: not a record of ours
  }
}
