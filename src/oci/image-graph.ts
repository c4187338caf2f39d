import type { Descriptor } from './descriptor.js'
import type { ParsedManifest } from './manifest.js'

/** A manifest with its exact bytes: the bytes are what travels, the parse only says what they reference. */
export interface ManifestNode {
  readonly descriptor: Descriptor
  readonly bytes: Buffer
  readonly parsed: ParsedManifest
}

/**
 * Everything one image consists of, whatever it was read from (an OCI layout for push, a registry
 * for promote), so one copy routine serves both.
 */
export interface ImageGraph {
  readonly root: ManifestNode
  /** Every manifest, children before their parents, the root last (docs/registry-protocol.md#push-order). */
  readonly manifests: readonly ManifestNode[]
  /** Config and layer blobs, once each. */
  readonly blobs: readonly Descriptor[]
  /** Blobs or child manifests the source does not hold; the destination may already have them. */
  readonly missing: readonly Descriptor[]
}
