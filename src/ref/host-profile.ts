/**
 * Everything shiptag knows about particular registries, in one table: the names a registry answers
 * to, where its API and its stored credentials live, how many requests it takes at once, the size of
 * an upload chunk, and the advice its failures need. The shape follows regclient's per-host config
 * (https://github.com/regclient/regclient/blob/main/config/host.go: a canonical name, the API host
 * name, the credential host, concurrent requests, blob chunk size), as data compiled in rather than
 * a config file. A new registry quirk is one entry of HOST_QUIRKS. Pure: no environment, no network.
 */

const MiB = 1024 * 1024

/** What shiptag does with one registry host. */
export interface HostProfile {
  /** The name references use for it: `docker.io`, `ghcr.io`, `localhost:5000`. */
  readonly name: string
  /** Other names of the same registry: same API, same credentials (`index.docker.io`). */
  readonly aliases: readonly string[]
  /**
   * The aliases a reference rewrites to `name`, as Docker's normalisation does (distribution/reference
   * normalize.go `legacyDefaultDomain`); the other aliases stay as written in a reference.
   */
  readonly referenceAliases: readonly string[]
  /** host[:port] of its Distribution API: Docker Hub answers at `registry-1.docker.io`. */
  readonly apiHost: string
  /** The key its credentials are stored under in a Docker config (docker/cli `getAuthConfigKey`). */
  readonly credentialKey: string
  /** Requests at once unless `--concurrency` says otherwise. */
  readonly concurrency: number
  /** Size of a chunked-upload PATCH, unless the registry asks for more (`OCI-Chunk-Min-Length`). */
  readonly chunkBytes: number
  /** The smallest chunk a 413 from a proxy's body limit shrinks chunks to. */
  readonly smallestChunkBytes: number
  /** Whether the workflow's GITHUB_TOKEN logs in to it when nothing else is configured. */
  readonly acceptsGithubToken: boolean
  readonly hints: HostHints
}

/** Advice only this registry needs, added to the messages of its failures (registry/hints.ts). */
export interface HostHints {
  /** The command that creates a missing repository, for registries that do not create one on push. */
  readonly createRepository?: (repository: string) => string
  /** What a push refused for lack of rights needs on this registry. */
  readonly pushDenied?: string
}

/** One entry of the table: which hosts it covers, and what differs from the defaults. */
interface HostQuirks extends Partial<Omit<HostProfile, 'aliases'>> {
  /** Exact names (the first is the canonical one), or a pattern for a family of hosts. */
  readonly match: readonly string[] | RegExp
}

/** Docker Hub's canonical name, where a name without a registry goes (normalize.go `defaultDomain`). */
export const DOCKER_HUB = 'docker.io'

/**
 * Defaults for every registry. Four requests at once: registries drop sockets when a client opens
 * too many uploads at once (ECR: https://github.com/dotnet/sdk-container-builds/issues/279); go-containerregistry and
 * regclient use 3–4. Chunks of 5 MiB: ECR refuses parts under 5 MiB (`LayerPartTooSmallException`),
 * and no chunk but the last is smaller. 256 KiB is as far down as a proxy's 413 shrinks them.
 */
export const DEFAULT_HOST_LIMITS = { concurrency: 4, chunkBytes: 5 * MiB, smallestChunkBytes: 256 * 1024 } as const

const HOST_QUIRKS: readonly HostQuirks[] = [
  {
    // References name Docker Hub docker.io (or the legacy index.docker.io); its API answers at
    // registry-1.docker.io; Docker stores its credentials under the v1 index URL.
    match: [DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io'],
    referenceAliases: ['index.docker.io'],
    apiHost: 'registry-1.docker.io',
    credentialKey: 'https://index.docker.io/v1/',
  },
  {
    // GitHub Packages: the workflow token pushes only with `packages: write` and a package that
    // grants the repository access (https://docs.github.com/en/packages/managing-github-packages-using-github-actions-workflows/publishing-and-installing-a-package-with-github-actions).
    match: ['ghcr.io'],
    acceptsGithubToken: true,
    hints: {
      pushDenied:
        'the workflow needs "permissions: packages: write", and the package must give this repository write access (package settings → Manage Actions access)',
    },
  },
  {
    // Amazon ECR, every region and partition, FIPS endpoints included: a repository is created
    // before the first push (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-create.html).
    match: /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/,
    hints: { createRepository: (repository) => `aws ecr create-repository --repository-name ${repository}` },
  },
]

/** Host names ignore case (RFC 3986 section 3.2.2), so `GHCR.io` is ghcr.io and `Index.Docker.IO` is Docker Hub. */
function quirksOf(registry: string): HostQuirks | undefined {
  const host = registry.toLowerCase()
  return HOST_QUIRKS.find(({ match }) => (match instanceof RegExp ? match.test(host) : match.includes(host)))
}

/**
 * The profile of a registry host[:port] as written in a reference. The entries match the host in
 * any case; a host no entry covers gets the defaults, its API and credentials under its own name.
 */
export function hostProfile(registry: string): HostProfile {
  const quirks = quirksOf(registry)
  const names = quirks === undefined || quirks.match instanceof RegExp ? [registry] : quirks.match
  const name = names[0]!
  return {
    name,
    aliases: names.slice(1),
    referenceAliases: quirks?.referenceAliases ?? [],
    apiHost: quirks?.apiHost ?? name,
    credentialKey: quirks?.credentialKey ?? name,
    concurrency: quirks?.concurrency ?? DEFAULT_HOST_LIMITS.concurrency,
    chunkBytes: quirks?.chunkBytes ?? DEFAULT_HOST_LIMITS.chunkBytes,
    smallestChunkBytes: quirks?.smallestChunkBytes ?? DEFAULT_HOST_LIMITS.smallestChunkBytes,
    acceptsGithubToken: quirks?.acceptsGithubToken ?? false,
    hints: quirks?.hints ?? {},
  }
}

/** The registry a reference names once normalised: `index.docker.io` → `docker.io`; others as written. */
export function canonicalRegistry(registry: string): string {
  const profile = hostProfile(registry)
  return profile.referenceAliases.includes(registry.toLowerCase()) ? profile.name : registry
}

/**
 * One key per registry, whatever its spelling: the profile's name in lower case, since host names
 * ignore case (RFC 3986 section 3.2.2). `registry-1.docker.io` and `Docker.IO` are `docker.io`.
 */
export function registryKey(registry: string): string {
  return hostProfile(registry).name.toLowerCase()
}

/** Whether two host names are one registry for credentials: `registry-1.docker.io` is `docker.io`, `LOCALHOST:5000` is `localhost:5000`. */
export function sameRegistryHost(a: string, b: string): boolean {
  return registryKey(a) === registryKey(b)
}
