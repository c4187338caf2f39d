/**
 * Promotion records (docs/signatures.md#promotion-records): the statement, its check, and how it is
 * attached. Slice B's evidence finding lives beside it; the lead joins both in custody/index.ts.
 */
export {
  PROMOTION_PREDICATE_TYPE,
  PROMOTION_REQUIREMENT,
  IN_TOTO_STATEMENT_TYPE,
  checkPromotionRecord,
  promotionStatement,
  type PromotionFacts,
} from './promotion-record.js'
export { readPromotionPredicate, type PromotionPredicate } from './promotion-predicate.js'
export { EMPTY_CONFIG, SIGSTORE_BUNDLE_ARTIFACT_TYPE, attachBundle, bundleReferrerManifest, type AttachedBundle, type AttachedVia } from './attach-bundle.js'
export { writePromotionRecord, type WritePromotionRecordOptions } from './write-record.js'
export { RecordNotListedError } from './record-errors.js'
