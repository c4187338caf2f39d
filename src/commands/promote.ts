import type { GitContext } from '../context/index.js'
import { InputError } from '../errors.js'
import { listLines, type InputLine } from '../input-lines.js'
import { closestName } from '../suggest.js'
import { parsePromoteSource, promoteMany, promotionJson, promotionMatrix, resolveSource, type PromotionReport, type TargetPlan } from '../promote/index.js'
import type { EnvironmentPolicy, Finding, Policy } from '../policy/index.js'
import { isSameRepository, parseReference, repositoryKey, repositoryName, type ImageReference, type Repository } from '../ref/index.js'
import { withRunCache, type RegistryClient } from '../registry/index.js'
import { limiterPerRegistry, type BlobProgress } from '../store/index.js'
import { tagKind, versionedFirst, type Metadata, type MetadataOptions, type RawMetadataInputs } from '../tags/index.js'
import type { CustodyPlan } from './custody-gate.js'
import { checkDeployments, recordDeployments, type DeploymentOutcome, type DeploymentSettings } from './deployments.js'
import type { PolicyGate } from './policy-gate.js'
import { recordSigner, writeRecords, type RecordOutcome, type RecordSettings } from './promotion-records.js'
import { parseRepositoryInput } from './repositories.js'
import { metadataJson, runTagsCommand } from './tags.js'
import { refuseRewrittenValues } from './written-values.js'

export interface PromoteRequest {
  /** The `source` input's lines: an image reference (by tag or digest) or an environment name each. */
  readonly source: readonly InputLine[]
  /** `images` are the target repositories; `tags` the metadata-action syntax or plain tag names. */
  readonly metadata: RawMetadataInputs
  readonly dryRun: boolean
  /** Copy signatures, attestations and other referrers with the image (default true). */
  readonly artifacts?: boolean
  /** Requests at once per registry; default: each host profile's (4, ref/host-profile.ts). */
  readonly concurrency?: number
  /** Told what happens to each blob at each target, for progress lines. */
  readonly progress?: (target: Repository) => BlobProgress
  /** Policy's look at every plan before the first write; throwing refuses everything. */
  readonly beforeWrite?: (plans: readonly TargetPlan[]) => void | Promise<void>
  /** The policy: tag and repository rules before the first request; immutable tags and promotion order before the first write. */
  readonly policy?: PolicyGate
  readonly warn?: (message: string) => void
  /** Signing promotion records for environments with `record: true` (docs/signatures.md#promotion-records). */
  readonly records?: RecordSettings
  /** Told each image's targets and tags once they are computed, before the policy and the first request. */
  readonly onIntent?: (targets: readonly Repository[], tags: readonly string[]) => void
  /** Record a GitHub deployment per image and environment promoted into (input `deployments`, docs/status.md#github-deployments). */
  readonly deployments?: DeploymentSettings
}

export interface PromoteResult {
  readonly metadata: Metadata
  readonly promotions: readonly PromotionReport[]
  readonly warnings: readonly string[]
  readonly findings: readonly Finding[]
  /** The promotion records written (or, in a dry run, to write). */
  readonly records: readonly RecordOutcome[]
  /** The GitHub deployments recorded (or, in a dry run, to record). */
  readonly deployments: readonly DeploymentOutcome[]
}

/**
 * The `promote` use case. Every source is parsed and every input checked before the first request;
 * every source is resolved to a digest once while the targets are read; the plans are approved
 * together, and only then written. Targets: `images` (one repository for every source, or one a source, paired
 * in order), else each source's own repository (a retag in place). Tags: `tags` (plain names are
 * fine), else the source's own tag.
 */
export async function runPromoteCommand(
  request: PromoteRequest,
  context: GitContext,
  options: MetadataOptions,
  registryClient: RegistryClient,
): Promise<PromoteResult> {
  // One run's reads, shared by every image, the policy's checks and the records (registry/run-cache.ts).
  const client = withRunCache(registryClient)
  const environment = request.policy?.targetEnvironment()
  const sources = parseSources(request.source, request.policy?.policy)
  // A tags input of only blank and # lines gives no tag, like an empty one: the source's own tag is carried over.
  const tagsGiven = listLines('tags', request.metadata.tags).length > 0
  if (!tagsGiven && environment?.tag === undefined) {
    const untagged = sources.find((source) => source.tag === undefined || source.fromEnvironment)
    if (untagged !== undefined) {
      throw new InputError(
        { input: 'tags' },
        `promote needs tags: the source ${untagged.original} ${untagged.fromEnvironment ? 'is an environment, whose marker tag is its own' : 'names a digest'}, so there is no tag to carry over`,
        {
          hint: 'set tags: to the tags to write, e.g. 1.4.2 (one a line, or the metadata-action syntax)',
        },
      )
    }
  }
  const carried = (source: PromoteSource) => (source.tag === undefined || source.fromEnvironment ? [] : [source.tag])
  const metadata = await runTagsCommand(
    tagsGiven
      ? request.metadata
      : {
          ...request.metadata,
          tags: [...sources.flatMap(carried), ...(environment?.tag ? [environment.tag] : [])].map((tag, i) => ({
            input: 'tags',
            line: i + 1,
            text: `type=raw,value=${tag}`,
          })),
        },
    context,
    options,
  )
  refuseRewrittenValues(metadata, 'promote')
  const targets = targetsFor(sources, metadata, environment)
  if (tagsGiven && metadata.tagNames.length === 0) {
    throw new InputError({ input: 'tags' }, 'the tag rules produced no tag for this event, so nothing would be promoted', {
      hint: 'write the tags to promote to (e.g. 1.4.2), or rules that apply to this event (e.g. type=semver needs a tag push or value=)',
    })
  }
  // The target environment's marker tag says what it runs: promotion moves it too, last.
  const marker = environment?.tag !== undefined ? [environment.tag] : []
  const tagsFor = (i: number) => [...versionedFirst(tagsGiven ? metadata.tagNames : carried(sources[i]!)).filter((tag) => !marker.includes(tag)), ...marker]
  const { policy } = request
  sources.forEach((_source, i) => request.onIntent?.(targets[i]!, tagsFor(i)))
  sources.forEach((_source, i) => policy?.checkTags(targets[i]!, tagsFor(i), tagsGiven ? metadata.origins : []))
  // A key that does not parse, or a job that cannot get an OIDC token, stops here: nothing is sent yet.
  const environmentOf = (target: Repository) => policy!.environmentFor(target)
  const signer = policy && request.records ? await recordSigner(policy.policy, targets.flat().map(environmentOf), request.records) : undefined
  if (request.deployments) await checkDeployments(request.deployments, policy?.policy, policy ? targets.flat().map(environmentOf) : [])
  // Every source resolves while the targets' registries are pinged and their tags read (reads only).
  for (const registry of new Set(targets.flat().map((target) => target.registry))) client.warmUp(registry)
  // One token request for the run's repositories, not one a repository (docs/registry-protocol.md#token-cache).
  // Each source next to its targets: a batch that holds a target then tends to hold what it mounts from.
  client.announce(
    sources.flatMap((source, i) => [
      { repository: source, access: 'pull' as const },
      ...targets[i]!.map((target) => ({ repository: target, access: 'push' as const })),
    ]),
  )
  const resolving = sources.map((source) => resolveSource(client, source))
  for (const pending of resolving) pending.catch(() => {}) // each is awaited by its promotion
  const promotions = await promoteMany(
    client,
    resolving.map((source, i) => ({ source, targets: targets[i]!, tags: tagsFor(i) })),
    {
      dryRun: request.dryRun,
      limiterFor: limiterPerRegistry(request.concurrency),
      // The marker is a phase of its own, after every other tag.
      phaseOf: (tag) => (marker.includes(tag) ? 'marker' : tagKind(tag)),
      artifacts: request.artifacts ?? true,
      ...(request.progress ? { progress: request.progress } : {}),
      uploadsOfRun: perRepository(() => new Set<string>()),
      beforeWrite: async (plans) => {
        policy?.checkMoves(plans)
        await policy?.checkPromotionOrder(client, plans)
        await policy?.checkCustody(client, plans.map(custodyPlan))
        await request.beforeWrite?.(plans)
      },
      ...(request.warn ? { warn: request.warn } : {}),
    },
  )
  const records =
    signer && policy && request.records
      ? await writeRecords(client, policy.policy, promotions, environmentOf, signer, { ...request.records, dryRun: request.dryRun })
      : []
  // GitHub deployments: after the promotion and its records; a failure is a warning, never undoes it.
  const deployments =
    request.deployments && policy
      ? await recordDeployments(client, policy.policy, promotions, environmentOf, {
          ...request.deployments,
          dryRun: request.dryRun,
          warn: request.warn ?? (() => {}),
        })
      : []
  const findings = policy?.findings ?? []
  return { metadata, promotions, warnings: metadata.warnings, findings, records, deployments }
}

/** One value per repository (by `repositoryKey`), made on first use: run-scoped, as the command makes it per run. */
function perRepository<T>(make: () => T): (repository: Repository) => T {
  const values = new Map<string, T>()
  return (repository) => {
    const key = repositoryKey(repository)
    let value = values.get(key)
    if (value === undefined) values.set(key, (value = make()))
    return value
  }
}

/**
 * What the custody rules verify for one target: the digest, looked for first where it comes from
 * (signatures are made there, and promote copies them along), then at the target.
 */
function custodyPlan(plan: TargetPlan): Omit<CustodyPlan, 'environment'> {
  const { source } = plan
  const lookIn = isSameRepository(source, plan.target) ? [plan.target] : [{ registry: source.registry, repository: source.repository }, plan.target]
  return {
    target: plan.target,
    digest: plan.digest,
    lookIn,
    root: source.root,
    text: `${repositoryName(plan.target)}@${plan.digest}`,
  }
}

/**
 * One `source` line read: the reference, and whether an environment name stood for it (then its tag
 * is the environment's marker, not a tag to carry over).
 */
interface PromoteSource extends ImageReference {
  readonly fromEnvironment: boolean
}

function parseSources(lines: readonly InputLine[], policy: Policy | undefined): PromoteSource[] {
  if (lines.length === 0) {
    throw new InputError({ input: 'source' }, 'promote needs a source', {
      hint: 'set source: to the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…',
    })
  }
  return lines.flatMap(({ text, line }) => {
    const environment = policy?.environments.get(text)
    if (environment !== undefined) return environmentSources(environment, line)
    if (policy !== undefined) refuseMisspeltEnvironment(text, policy, lines.length > 1 ? line : undefined)
    return [{ ...parsePromoteSource(text, lines.length > 1 ? line : undefined), fromEnvironment: false }]
  })
}

/**
 * A bare name close to an environment's (`stagin`) is a typo, not an image called `stagin` with an
 * implicit `latest` (issue 13). Names with a registry, a path, a tag or a digest are references.
 */
function refuseMisspeltEnvironment(text: string, policy: Policy, line: number | undefined): void {
  if (/[/:@]/.test(text)) return
  const meant = closestName(text, policy.environments.keys())
  if (meant === undefined) return
  throw new InputError(
    { input: 'source', ...(line !== undefined ? { line } : {}) },
    `"${text}" is not an environment of ${policy.file ?? 'the policy'}, and as an image it names no tag or digest`,
    {
      hint: `did you mean the environment "${meant}"? Environments: ${[...policy.environments.keys()].join(', ')}; or write an image reference, e.g. ghcr.io/acme/app:sha-1a2b3c4`,
    },
  )
}

/**
 * An environment name as the source: every repository of the environment at its marker tag, so
 * `source: staging` promotes every image staging runs.
 */
function environmentSources(environment: EnvironmentPolicy, line: number): PromoteSource[] {
  if (environment.tag === undefined || environment.repositories.length === 0) {
    throw new InputError(
      { input: 'source', line },
      `environment ${environment.name} cannot be a source: it names ${environment.repositories.length === 0 ? 'no repository' : 'no tag'} in the policy`,
      {
        hint: `give ${environment.name} a repository and a tag (the tag that marks what it runs, e.g. tag: ${environment.name}) in the policy file, or write the source as an image reference`,
      },
    )
  }
  return environment.repositories.map((repository) => {
    const name = repositoryName(repository)
    return { ...parseReference(`${name}:${environment.tag}`), original: `${environment.name} (${name}:${environment.tag})`, fromEnvironment: true }
  })
}

/**
 * The targets of each source: all of `images` for one source, paired in order for several; else the
 * target environment's repositories, paired with the sources by image name (the last path segment);
 * else each source's own repository.
 */
function targetsFor(sources: readonly ImageReference[], metadata: Metadata, environment: EnvironmentPolicy | undefined): Repository[][] {
  const images = metadata.images.map((image) => parseRepositoryInput(image, { input: 'images' }))
  if (images.length === 0 && environment !== undefined && environment.repositories.length > 0) return environmentTargets(sources, environment)
  if (images.length === 0) return sources.map((source) => [{ registry: source.registry, repository: source.repository }])
  if (sources.length === 1) return [images]
  if (images.length !== sources.length) {
    throw new InputError({ input: 'images' }, `${sources.length} sources and ${images.length} images: with several sources, each needs its own target`, {
      hint: 'list one target repository per source, in the same order, or leave images empty to retag each source in its own repository',
    })
  }
  return images.map((image) => [image])
}

function environmentTargets(sources: readonly ImageReference[], environment: EnvironmentPolicy): Repository[][] {
  const repositories = [...environment.repositories]
  if (sources.length === 1 && repositories.length === 1) return [repositories]
  const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  return sources.map((source) => {
    const matching = repositories.filter((target) => lastSegment(target.repository) === lastSegment(source.repository))
    if (matching.length !== 1) {
      throw new InputError(
        { input: 'environment' },
        `${source.original} has ${matching.length === 0 ? 'no' : 'more than one'} repository named ${lastSegment(source.repository)} in environment ${environment.name}`,
        {
          hint: 'list the target repositories in images (paired with the sources in order), or give the environment one repository per image name',
        },
      )
    }
    return matching
  })
}

/** `repo@digest` for every target of every image. */
export function promoteRefs(result: PromoteResult): string[] {
  return result.promotions.flatMap((promotion) => promotion.targets.map((target) => `${repositoryName(target.target)}@${target.digest}`))
}

/** `repo:tag` for every tag written (or already there) in every target. */
export function promoteTags(result: PromoteResult): string[] {
  return result.promotions.flatMap((promotion) =>
    promotion.targets.flatMap((target) => target.tags.map((tag) => `${repositoryName(target.target)}:${tag.tag}`)),
  )
}

export function promoteJson(result: PromoteResult): Record<string, unknown> {
  const [only] = result.promotions
  return {
    ...metadataJson(result.metadata),
    tags: promoteTags(result),
    ...(result.promotions.length === 1 && only ? { digest: only.source.digest } : {}),
    refs: promoteRefs(result),
    images: result.promotions.map(promotionJson),
    ...(result.records.length > 0 ? { records: result.records.map(recordJson) } : {}),
    ...(result.deployments.length > 0 ? { deployments: result.deployments } : {}),
  }
}

/** A promotion record in the `json` output. */
function recordJson(record: RecordOutcome): Record<string, unknown> {
  return {
    repository: repositoryName(record.target),
    digest: record.digest,
    environment: record.environment,
    action: record.action,
    ...(record.record !== undefined ? { record: record.record, attachedVia: record.attachedVia } : {}),
  }
}

/** One line of a log: `promotion record into staging: written (sha256:…, referrers tag)`. */
export function recordLine(record: RecordOutcome): string {
  const how = record.record !== undefined ? ` (${record.record}, ${record.attachedVia})` : ''
  return `promotion record of ${repositoryName(record.target)}@${record.digest} into ${record.environment}: ${record.action}${how}`
}

export { promotionMatrix }
