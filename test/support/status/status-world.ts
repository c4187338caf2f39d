/**
 * Several environments on two real registries (test/support/registry) for the status board's
 * tests (issue 17): images with a config `created` and an `org.opencontainers.image.revision`
 * label, an index, version and marker tags, cosign signatures and promotion records attached the
 * way cosign and shiptag attach them (test/support/sigstore).
 */
import { createHash } from 'node:crypto'
import { PROMOTION_PREDICATE_TYPE } from '../../../src/custody/index.js'
import { loadPolicy } from '../../../src/policy/load.js'
import type { Policy } from '../../../src/policy/index.js'
import { startRegistry, type StartedRegistry } from '../registry/index.js'
import { generateSigningKey, type SigningKey } from '../sigstore/keys.js'
import { signCosignTag } from '../sigstore/cosign-tag.js'
import { signBundle } from '../sigstore/bundles.js'
import { pushBlob, pushBundleReferrer, pushCosignSignatures, putManifest, type PushedManifest, type PushTarget } from '../sigstore/push.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'

export interface ImageSpec {
  readonly seed: string
  readonly created?: string
  readonly revision?: string
}

/** Pushes a one-layer image whose config says `created` and the revision label, under each tag. */
export async function pushImageWith(target: PushTarget, spec: ImageSpec, tags: readonly string[]): Promise<PushedManifest> {
  const manifest = await imageManifest(target, spec)
  const bytes = Buffer.from(JSON.stringify(manifest))
  let pushed: PushedManifest | undefined
  for (const tag of tags.length > 0 ? tags : [digestOf(bytes)]) pushed = await putManifest(target, tag, bytes, OCI_MANIFEST)
  return pushed!
}

/** Pushes an index of two platforms (and a buildx attestation manifest first, platform unknown/unknown) under each tag. */
export async function pushIndexWith(
  target: PushTarget,
  platforms: readonly ImageSpec[],
  tags: readonly string[],
  annotations?: Record<string, string>,
): Promise<PushedManifest> {
  const attestation = await putManifestOf(target, await imageManifest(target, { seed: `${platforms[0]!.seed}-attestation` }))
  const children = []
  for (const [i, spec] of platforms.entries()) {
    const pushed = await putManifestOf(target, await imageManifest(target, spec))
    children.push({ ...pushed, platform: { os: 'linux', architecture: i === 0 ? 'amd64' : 'arm64' } })
  }
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [{ ...attestation, platform: { os: 'unknown', architecture: 'unknown' } }, ...children],
    ...(annotations ? { annotations } : {}),
  }
  const bytes = Buffer.from(JSON.stringify(index))
  let pushed: PushedManifest | undefined
  for (const tag of tags) pushed = await putManifest(target, tag, bytes, OCI_INDEX)
  return pushed!
}

/** Signs `subject` with `key` as `cosign sign --key` does: the `sha256-<hex>.sig` tag. */
export async function signWithKey(target: PushTarget, subject: string, key: SigningKey): Promise<void> {
  await pushCosignSignatures(target, subject, [await signCosignTag({ digest: subject, signer: { key } })])
}

/** Attaches a promotion record of `subject` into `to`, signed with `key`, as a promote with `record: true` does. */
export async function attachRecord(
  target: PushTarget,
  subject: PushedManifest,
  to: string,
  from: string | null,
  promotedAt: string,
  key: SigningKey,
): Promise<void> {
  const repository = `${new URL(target.url).host}/${target.repository}`
  const predicate = {
    from,
    to,
    repository,
    tags: [to],
    policy: { file: '.github/image-policy.yml', digest: `sha256:${'ef'.repeat(32)}` },
    run: { url: null, repository: null, workflow: null, actor: null, sha: null },
    promotedAt,
  }
  const bundle = await signBundle({ digest: subject.digest, name: repository, predicateType: PROMOTION_PREDICATE_TYPE, predicate, signer: { key } })
  await pushBundleReferrer(target, subject, bundle, PROMOTION_PREDICATE_TYPE)
}

export function policyOf(body: string): Policy {
  return loadPolicy(`version: 1\n${body}`, '.github/image-policy.yml')
}

export async function startTwoRegistries(): Promise<{ a: StartedRegistry; b: StartedRegistry; key: SigningKey; stop(): Promise<void> }> {
  const [a, b] = await Promise.all([startRegistry(), startRegistry()])
  return { a, b, key: generateSigningKey('ecdsa-p256'), stop: async () => void (await Promise.all([a.stop(), b.stop()])) }
}

async function imageManifest(target: PushTarget, spec: ImageSpec): Promise<object> {
  const layer = Buffer.from(`layer of ${spec.seed}`)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      ...(spec.created ? { created: spec.created } : {}),
      config: spec.revision ? { Labels: { 'org.opencontainers.image.revision': spec.revision } } : {},
      rootfs: { type: 'layers', diff_ids: [digestOf(layer)] },
    }),
  )
  await pushBlob(target, layer)
  await pushBlob(target, config)
  return {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: digestOf(config) },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', size: layer.length, digest: digestOf(layer) }],
  }
}

async function putManifestOf(target: PushTarget, manifest: object): Promise<PushedManifest> {
  const bytes = Buffer.from(JSON.stringify(manifest))
  return putManifest(target, digestOf(bytes), bytes, OCI_MANIFEST)
}

function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
