/**
 * The public surface of tag computation. `tags/` is pure: no `process.env`, no clock, no I/O; the
 * shells read the environment and pass values in.
 */

import type { ListInput } from '../input-lines.js'
import type { TagOrigin } from './provenance.js'
import type { ValueChange } from './value-changes.js'

/**
 * The five metadata-action inputs, each as the multi-line text the user wrote (the action) or the
 * lines already read from repeated flags (the CLI); `tags/` reads either into lines once.
 */
export interface RawMetadataInputs {
  readonly images?: ListInput
  readonly tags?: ListInput
  readonly flavor?: ListInput
  readonly labels?: ListInput
  readonly annotations?: ListInput
}

/** The env knobs of metadata-action, parsed by `readMetadataKnobs`. */
export interface MetadataKnobs {
  /** `DOCKER_METADATA_SHORT_SHA_LENGTH`, default 7. */
  readonly shortShaLength: number
  /** `DOCKER_METADATA_PR_HEAD_SHA`, default false. */
  readonly prHeadSha: boolean
  /** `DOCKER_METADATA_ANNOTATIONS_LEVELS`, default `['manifest']`. */
  readonly annotationLevels: readonly string[]
}

export interface MetadataOptions extends MetadataKnobs {
  /** The run's start time: `{{date}}` and the fallback for `{{commit_date}}`. */
  readonly now: Date
  /** The `created` label; defaults to `now` (the shell sets it from `SOURCE_DATE_EPOCH`). */
  readonly created?: Date
}

export interface Metadata {
  /** First produced tag value (metadata-action's `version` output), or ''. */
  readonly version: string
  /** Enabled images, lower-cased, in input order. */
  readonly images: readonly string[]
  /** `image:tag` for every enabled image and tag; bare tags when there are no images. */
  readonly tags: readonly string[]
  /** The tags without image names, once each. */
  readonly tagNames: readonly string[]
  /** `key=value`, sorted by key. */
  readonly labels: readonly string[]
  /** `level:key=value` for each annotation level. */
  readonly annotations: readonly string[]
  /** Things a user should know that did not stop the run (a semver tag that did not parse, ...). */
  readonly warnings: readonly string[]
  /** Where each of `tagNames` came from, in the same order. */
  readonly origins: readonly TagOrigin[]
  /** Every value changed on the way (each also a warning); push and promote refuse the explicit ones. */
  readonly changes: readonly ValueChange[]
}
