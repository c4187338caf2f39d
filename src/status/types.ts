/**
 * What runs where (issue 17): the board `shiptag status` prints, reads from the registries and the
 * policy, and the history of one digest. Plain data: `status/` reads it (read-status.ts), the
 * command renders it (a CLI table, the job summary board, the `status` JSON output).
 */

/** One environment of the policy, as a column of the board, in promotion order (dev → staging → prod). */
export interface EnvironmentColumn {
  readonly name: string
  /** `promote.from`: the environment it takes digests from, the one it may lag behind. */
  readonly promoteFrom?: string
  /** The marker tag that says what the environment runs (`tag:` in the policy). */
  readonly marker?: string
}

/** What one environment runs of one image: a cell of the board. */
export type StatusCell =
  | {
      readonly state: 'running'
      /** `registry/path` of the environment's repository that holds it. */
      readonly repository: string
      /** The tag read: the marker tag, else the newest tag the environment's rules allow; in a `given` cell, the tag `images` named, else the newest. */
      readonly tag: string
      readonly how: 'marker' | 'newest' | 'named'
      readonly digest: string
      /** Version tags (semver) pointing at the same digest, newest first. */
      readonly versions: readonly string[]
      /** The image config's `created` (RFC 3339), when the image has one. */
      readonly created?: string
      /** `org.opencontainers.image.revision`: the commit it was built from. */
      readonly revision?: string
      /** A cosign signature is there (`.sig` tag or bundle referrer): verified against the policy's `signatures`, or only present. */
      readonly signature: 'verified' | 'present' | 'absent' | 'unknown'
      /** A promotion record into this environment is attached (`record: true` environments). */
      readonly record: 'present' | 'absent' | 'not-written'
      /** When a promotion record says the digest entered this environment (RFC 3339). */
      readonly since?: string
      /** Other environments whose cell holds the same digest. */
      readonly sharedWith: readonly string[]
    }
  | { readonly state: 'missing'; readonly repository: string; readonly reason: string }
  | { readonly state: 'unreachable'; readonly repository: string; readonly error: string }

/**
 * One image, a row of the board: the last path segment of its repositories (`app`), or for a
 * repository `images` gave outside the policy's environments, that repository as given
 * (`ghcr.io/acme/tool`, `ghcr.io/acme/app:1.4.2`).
 */
export interface ImageRow {
  readonly image: string
  /** By environment name; an environment that does not hold the image has no cell. */
  readonly cells: Readonly<Record<string, StatusCell>>
  /**
   * What a repository given in `images` holds, in no environment: given outside the policy's
   * repositories, or with a tag. Its `sharedWith` names the environments (of any row) that hold
   * the same digest; it is never verified against signature rules and writes no records.
   */
  readonly given?: StatusCell
}

/** A later environment behind the one it promotes from: staging has 1.4.2, prod still 1.4.0. */
export interface Drift {
  readonly image: string
  readonly environment: string
  readonly from: string
  readonly has: string
  readonly fromHas: string
  /** Versions between them in the `from` repository's tags, when both are versions. */
  readonly versionsBehind?: number
  /** Since when `from` has held what this environment lacks (RFC 3339), when known. */
  readonly since?: string
}

export interface StatusBoard {
  readonly generatedAt: string
  readonly environments: readonly EnvironmentColumn[]
  readonly images: readonly ImageRow[]
  readonly drift: readonly Drift[]
  /** What could not be read, one sentence each: never a silent gap on the board. */
  readonly problems: readonly string[]
}

/** Where one digest is, under which tags, and when each environment received it (`status --digest`). */
export interface DigestHistory {
  readonly digest: string
  readonly places: readonly {
    readonly environment?: string
    readonly repository: string
    readonly tags: readonly string[]
    /** When it arrived there (RFC 3339), and what says so. */
    readonly receivedAt?: string
    readonly evidence: 'promotion record' | 'deployment' | 'unknown'
  }[]
  readonly problems: readonly string[]
}
