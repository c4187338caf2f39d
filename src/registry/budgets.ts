/**
 * How much of a registry's answers shiptag reads, in one place: every JSON body is read against a
 * byte budget while it streams (never buffered whole first), and paginated lists against budgets in
 * pages, bytes and entries, so a hostile or broken registry ends in a clear error, not in memory
 * exhaustion (issue 12). Error and token bodies: `MAX_SMALL_BODY_BYTES` (64 KiB, transport/body.ts).
 */
import { MAX_MANIFEST_BYTES } from '../oci/index.js'

/** Manifests: 8 MiB, the same for a layout (oci/manifest.ts). */
export { MAX_MANIFEST_BYTES }

/** Above this a registry may answer 413 (spec); regclient refuses to push more (docs/registry-protocol.md#manifest-put). */
export const LARGE_MANIFEST_BYTES = 4 * 1024 * 1024

/** Budgets of one paginated list (`Link: <…>; rel="next"`, RFC 8288). */
export interface ListBudget {
  /** One page's body. */
  readonly maxPageBytes: number
  /** Pages followed; a registry that paginates past this is looping. */
  readonly maxPages: number
  /** Every page's body together. */
  readonly maxTotalBytes: number
  /** Distinct entries (tags, referrers) kept. */
  readonly maxEntries: number
}

/**
 * Tags: ECR pages by 1,000 (docs/registry-protocol.md#p6), distribution by 100 unless asked, Docker Hub in one page. A
 * repository of a nightly build per hour for ten years has under 100,000 tags; a million names of
 * up to 128 characters stay under 150 MB of memory.
 */
export const TAG_LIST_BUDGET: ListBudget = { maxPageBytes: 16 * 1024 * 1024, maxPages: 10_000, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 1_000_000 }

/** Referrers of one digest: signatures, attestations, SBOMs; a referrers page is an index, read like a manifest. */
export const REFERRERS_BUDGET: ListBudget = { maxPageBytes: MAX_MANIFEST_BYTES, maxPages: 1_000, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 10_000 }
