import type { Descriptor } from '../oci/index.js'
import { ShiptagError, errorMessage } from '../errors.js'

/** Content the source does not hold and the target does not have either. */
export class MissingContentError extends ShiptagError {
  constructor(descriptor: Descriptor, sourceName: string, targetName: string, platform: string) {
    super(`${descriptor.mediaType} ${descriptor.digest} (platform ${platform}) is in neither ${sourceName} nor ${targetName}`, {
      hint:
        'the source holds only part of the image (docker save with the containerd store keeps only the local platform, moby/moby#49473): ' +
        'export it with every platform (docker buildx build --output type=oci, or skopeo copy --all), or push it once from a source that has it',
    })
  }
}

/**
 * A tag write failed part-way: says which tags now point at the digest and which do not, so nothing
 * half-done is silent. A re-run finishes the job (tags already at the digest are skipped).
 */
export class TagWriteError extends ShiptagError {
  constructor(
    readonly repository: string,
    readonly digest: string,
    readonly written: readonly { readonly tag: string; readonly action: string }[],
    readonly notWritten: readonly string[],
    cause: unknown,
  ) {
    const done = written.map((outcome) => `${outcome.tag} (${outcome.action})`).join(', ') || 'none'
    const reason = errorMessage(cause)
    super(`writing tags of ${repository} at ${digest} failed: ${reason}\nTags at ${digest}: ${done}\nTags not written: ${notWritten.join(', ')}`, {
      hint:
        cause instanceof ShiptagError && cause.hint
          ? `${cause.hint}; then re-run: tags already at the digest are skipped`
          : 're-run the step: tags already at the digest are skipped',
      cause,
    })
  }
}

/** A referrers tag (`sha256-<hex>`) that is not a referrers index: it is not trusted, and not overwritten. */
export class ReferrersIndexError extends ShiptagError {
  constructor(repository: string, tag: string, problem: string) {
    super(`the referrers tag ${tag} in ${repository} ${problem}`, {
      hint: 'the tag is reserved for the OCI referrers index (distribution-spec "Referrers Tag Schema"); look at what wrote it, or turn off artifacts to promote the image alone',
    })
  }
}

/** Tags written and then found at another digest: a concurrent writer won the race for them. */
export class TagOverwrittenError extends ShiptagError {
  constructor(
    readonly repository: string,
    readonly digest: string,
    readonly lost: readonly { readonly tag: string; readonly digest: string | undefined }[],
    /** Tags of later phases, left unwritten: a floating tag is not moved onto a version tag that was lost. */
    readonly notWritten: readonly string[] = [],
  ) {
    const list = lost.map((tag) => `${tag.tag} (now ${tag.digest ?? 'deleted'})`).join(', ')
    const left = notWritten.length > 0 ? `\nTags not written: ${notWritten.join(', ')}` : ''
    super(`another writer changed tags of ${repository} right after they were written at ${digest}: ${list}${left}`, {
      hint: 'registries cannot compare-and-swap a tag, so the last writer wins; find the other pipeline writing these tags (a concurrent run?), then re-run this one if its digest should win',
    })
  }
}
