/**
 * What runs where (issue 17, docs/status.md): each environment's state read from its registries
 * (read-status.ts: bounded, parallel per registry), drift against the environment it promotes
 * from, and the history of one digest. The command renders what these return.
 */
export type * from './types.js'
export { imageName } from './image-name.js'
export { readStatus, statusRequestBudget, VERSION_HEADS, type ReadStatusOptions } from './read-status.js'
export { DRIFT_VERSION_HEADS } from './drift-versions.js'
export { readDigestHistory, HISTORY_TAG_HEADS, type DigestHistoryOptions } from './digest-history.js'
export type { SignatureVerification } from './custody-state.js'
export { MAX_CONFIG_BYTES } from './image-facts.js'
export { promotionOrder } from './environment-order.js'
