import type { Repository } from '../ref/index.js'
import type { BlobOutcome, ContentReport, ManifestNode, TagOutcome } from '../store/index.js'

/** The source after resolution: from here on everything works by `digest`. */
export interface ResolvedSource extends Repository {
  /** The reference as the user wrote it. */
  readonly reference: string
  /** The tag it was resolved through, when it named one. */
  readonly tag?: string
  readonly digest: string
  readonly root: ManifestNode
}

/**
 * How content reaches a target (chosen, never configured): a retag in the same repository needs no
 * blob request; another repository on the same registry mounts every blob; another registry
 * streams the blobs from source to destination.
 */
export type PromotionPath = 'same-repository' | 'mount' | 'copy'

/** An artifact attached to the image's digest that follows it to a new repository. */
export interface Artifact {
  /** `tag`: a cosign-style tag (`sha256-<hex>.sig`); `referrer`: a manifest whose `subject` is the digest. */
  readonly kind: 'tag' | 'referrer'
  /** The digest it is attached to (the image's or one of its children's). */
  readonly subject: string
  readonly digest: string
  readonly tag?: string
  readonly artifactType?: string
}

export type ArtifactAction = 'present' | 'copied' | 'would-copy' | 'kept-different'

export interface ArtifactOutcome extends Artifact {
  readonly action: ArtifactAction
  /** For `kept-different`: what the target's tag points at, left alone. */
  readonly targetDigest?: string
  /** For `copied` and `would-copy`: what its content moved (or, in a dry run, will move). */
  readonly content?: ContentReport
}

/** The referrers tag (`sha256-<hex>`) of a subject, written for a registry without the referrers API. */
export interface ReferrersTagOutcome {
  readonly subject: string
  readonly tag: string
  readonly action: 'written' | 'would-write'
}

/** The read-only look at one target before anything is written: what policy is asked to approve. */
export interface TargetPlan {
  /** Where the digest comes from: its repository, and its manifest (an index's children are the platforms). */
  readonly source: ResolvedSource
  readonly target: Repository
  readonly path: PromotionPath
  readonly digest: string
  /** Every tag to write, in write order, with what it points at now. */
  readonly tags: readonly { readonly tag: string; readonly current: string | undefined }[]
}

export interface RepositoryPromoteReport {
  readonly target: Repository
  readonly path: PromotionPath
  readonly digest: string
  /** Every tag already pointed at the digest: the promotion was HEADs only. */
  readonly upToDate: boolean
  readonly content: ContentReport | undefined
  readonly artifacts: readonly ArtifactOutcome[]
  /** Referrers tags updated with the referrers copied (only on a registry without the referrers API). */
  readonly referrersTags: readonly ReferrersTagOutcome[]
  readonly tags: readonly TagOutcome[]
}

export interface PromotionReport {
  readonly source: ResolvedSource
  readonly targets: readonly RepositoryPromoteReport[]
}

export type { BlobOutcome }
