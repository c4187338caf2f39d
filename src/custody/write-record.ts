import type { Descriptor } from '../oci/index.js'
import type { RepositoryClient } from '../registry/index.js'
import type { StatementSigner } from '../sigstore/sign-statement.js'
import { createLimiter, type Limiter } from '../store/index.js'
import { attachBundle, type AttachedBundle } from './attach-bundle.js'
import { PROMOTION_PREDICATE_TYPE, promotionStatement, type PromotionFacts } from './promotion-record.js'

export interface WritePromotionRecordOptions {
  /** The target repository, where the digest was just promoted. */
  readonly target: RepositoryClient
  /** The promoted image's descriptor at the target (media type, digest, size): the record's subject. */
  readonly subjectDescriptor: Descriptor
  readonly facts: PromotionFacts
  /** Made before the promote writes anything, so a key that does not parse fails first. */
  readonly signer: StatementSigner
  /** Default: one request at a time. */
  readonly limit?: Limiter
}

/**
 * Writes the promotion record of one promote (docs/signatures.md#promotion-records): the in-toto
 * statement of `facts` for the digest, signed by `signer` into a Sigstore bundle, attached to the
 * digest in the target repository as a referrer. Called after the tags are written: a record says
 * the promotion happened, so it never precedes it.
 */
export async function writePromotionRecord(options: WritePromotionRecordOptions): Promise<AttachedBundle> {
  const statement = promotionStatement(options.subjectDescriptor.digest, options.facts)
  const bundle = await options.signer.signStatement(statement)
  return attachBundle(options.target, options.subjectDescriptor, bundle, {
    predicateType: PROMOTION_PREDICATE_TYPE,
    created: options.facts.promotedAt,
    limit: options.limit ?? createLimiter(1),
  })
}
