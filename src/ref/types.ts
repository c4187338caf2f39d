/**
 * The one value for a repository, where images live: a registry and a path, no tag, no digest.
 * Every place that pushes, promotes, checks or matches a repository holds this; `repositoryName`
 * prints it and `isSameRepository` / `repositoryKey` compare it (compare.ts), nothing else does.
 */
export interface Repository {
  /**
   * Registry host and optional port: `docker.io` for Docker Hub (also when implied or written as
   * `index.docker.io`, in any case), otherwise as written, e.g. `ghcr.io`, `localhost:5000`,
   * `[2001:db8::1]:5000`. Host names ignore case, so compare with `isSameRepository`, not `===`.
   */
  readonly registry: string
  /** Lowercase path inside the registry, e.g. `library/ubuntu`, `acme/app`. */
  readonly repository: string
}

/** A repository parsed from text, with the text it was parsed from. */
export interface RepositoryReference extends Repository {
  /** The text this was parsed from, exactly as given. */
  readonly original: string
}

/**
 * A parsed image reference. `tag` and `digest` are only what was written: no `latest` is filled in
 * (see `effectiveTag`, `isImplicitLatest`), and when both are present the digest is what a registry
 * resolves (see `resolutionTarget`).
 */
export interface ImageReference extends RepositoryReference {
  readonly tag?: string
  /** `algorithm:hex`, e.g. `sha256:` and 64 lowercase hex characters. */
  readonly digest?: string
}
