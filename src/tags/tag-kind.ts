/**
 * Whether a tag names one build for good (`1.2.3`, `v2.0.0-rc.1`, `sha-1a2b3c4`) or follows a
 * moving target (`latest`, `prod`, `main`, `1.2`, `pr-42`, `nightly`). Writers put versioned tags
 * before floating ones, so a failure part-way never leaves `latest` pointing at an image whose
 * version tag is missing (docs/policy.md#versioned-tags-first).
 */
export type TagKind = 'versioned' | 'floating'

/** Full semver (build metadata is invalid in a tag), optional `v`. */
const FULL_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/
/** A commit: `sha-<7..64 hex>` as type=sha writes it, or a bare 40/64-hex sha. */
const COMMIT = /^(sha-[0-9a-f]{7,64}|[0-9a-f]{40}|[0-9a-f]{64})$/
/** The cosign/referrers tag schema (`sha256-<hex>[.sig|.att|.sbom]`): attached to one digest. */
const DIGEST_TAG = /^sha(256|512)-[0-9a-f]{64,128}(\.[a-z]+)?$/

export function tagKind(tag: string): TagKind {
  return FULL_SEMVER.test(tag) || COMMIT.test(tag) || DIGEST_TAG.test(tag) ? 'versioned' : 'floating'
}

/** Versioned tags first, floating last; the order within each group is kept. */
export function versionedFirst(tags: readonly string[]): string[] {
  return [...tags.filter((tag) => tagKind(tag) === 'versioned'), ...tags.filter((tag) => tagKind(tag) === 'floating')]
}
