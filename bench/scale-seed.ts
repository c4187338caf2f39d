/**
 * Preparation of the scale curves (bench/scale.ts): images put into a registry with plain
 * Distribution API calls (test/support/sigstore/push.ts), not through either tool being measured,
 * so the state every tool starts from is the same and costs nothing on the clock.
 */
import type { BuiltLayout } from '../test/support/layouts/index.js'
import { pushBlob, putManifest } from '../test/support/sigstore/push.js'

/**
 * Requests at once while seeding. Measured on this 2-core machine (1,000 tags through the recording
 * proxy): 21.6 s one at a time, 9.5 s four at a time, 6.0 s 32 at a time.
 */
const SEED_WIDTH = 32

/** Runs `work` over `items`, at most `width` at a time. */
export async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
}

/**
 * Puts a built layout into `repository` at `url` (a registry's URL) under `tags`: every blob, the
 * platform manifests by digest, then the root under each tag, many at once (a registry takes a
 * manifest PUT for the same content under any number of tags, and the order of tags does not matter here).
 */
export async function seedLayout(url: string, repository: string, layout: BuiltLayout, tags: readonly string[]): Promise<void> {
  const target = { url, repository }
  await inPool([...layout.layers, ...layout.configs], SEED_WIDTH, (blob) => pushBlob(target, blob.bytes))
  const root = layout.manifests.find((manifest) => manifest.digest === layout.rootDigest)!
  const children = layout.manifests.filter((manifest) => manifest !== root)
  await inPool(children, SEED_WIDTH, (child) => putManifest(target, child.digest, child.bytes, child.mediaType))
  await inPool(tags, SEED_WIDTH, (tag) => putManifest(target, tag, root.bytes, root.mediaType))
}
