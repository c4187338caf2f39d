import type { GitContext } from '../context/index.js'
import { InputError } from '../errors.js'
import { loadPushSource } from '../push/load-source.js'
import type { Finding } from '../policy/index.js'
import { pushImage, type PushPlan, type RepositoryPushReport } from '../push/push-image.js'
import { isSameRegistry, type Repository, repositoryName } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { limiterPerRegistry, type BlobProgress } from '../store/index.js'
import { tagKind, versionedFirst, type Metadata, type MetadataOptions, type RawMetadataInputs } from '../tags/index.js'
import { pushReportJson } from '../push/report.js'
import type { PolicyGate } from './policy-gate.js'
import { parseMountSources } from './mount-sources.js'
import type { InputLine } from '../input-lines.js'
import { parseRepositoryInput } from './repositories.js'
import { metadataJson, runTagsCommand } from './tags.js'
import { refuseRewrittenValues } from './written-values.js'

export interface PushRequest {
  readonly source: string
  readonly metadata: RawMetadataInputs
  readonly dryRun: boolean
  /** Repositories known to hold the blobs, one a line; used on their own registry only. */
  readonly mountFrom?: readonly InputLine[]
  /** Requests at once per registry; default: each host profile's (4, ref/host-profile.ts). */
  readonly concurrency?: number
  /** Told what happens to each blob at each target, for progress lines. */
  readonly progress?: (target: Repository) => BlobProgress
  /** The policy, checked before the first request (tags, repositories) and before the first write (immutable tags). */
  readonly policy?: PolicyGate
  /** Told the targets and tags once they are computed, before the policy and the first request. */
  readonly onIntent?: (targets: readonly Repository[], tags: readonly string[]) => void
  /** Sees the approved plans (after the policy) just before the first write; throwing refuses the push with nothing written. */
  readonly beforeWrite?: (plans: readonly PushPlan[]) => void | Promise<void>
}

export interface PushResult {
  readonly metadata: Metadata
  readonly digest: string
  readonly reports: readonly RepositoryPushReport[]
  readonly warnings: readonly string[]
  /** Every policy finding, warnings included. */
  readonly findings: readonly Finding[]
}

/**
 * The one image a push sends, from the `source` input's lines (or `--source` flags): a second line
 * is refused rather than dropped, since only one layout is pushed per run.
 */
export function pushSource(lines: readonly InputLine[]): string {
  const [first, second] = lines
  if (second !== undefined) {
    throw new InputError({ input: second.input, line: second.line }, `push takes one source, and this is a second one ("${second.text}")`, {
      hint: 'run one push per image, or use promote to put several images that exist under new tags',
    })
  }
  return first?.text ?? ''
}

/**
 * The `push` use case: tags from the metadata-action syntax (plain names are `type=raw` values),
 * targets from `images`, the image from an OCI layout. Inputs, the layout and every manifest are
 * checked before the first request; tags are written versioned first, floating last, the tags of
 * one kind at once.
 */
export async function runPushCommand(request: PushRequest, context: GitContext, options: MetadataOptions, client: RegistryClient): Promise<PushResult> {
  const metadata = await runTagsCommand(request.metadata, context, options)
  refuseRewrittenValues(metadata, 'push')
  const targets = pushTargets(metadata)
  const mountSources = parseMountSources(request.mountFrom ?? [])
  const tags = versionedFirst(metadata.tagNames)
  request.onIntent?.(targets, tags)
  request.policy?.checkTags(targets, tags, metadata.origins)
  const source = await loadPushSource(request.source)
  // One token request for the targets and the repositories blobs are mounted from (docs/registry-protocol.md#token-cache);
  // a dry run only reads.
  client.announce([
    ...targets.map((target) => ({ repository: target, access: request.dryRun ? ('pull' as const) : ('push' as const) })),
    ...mountSources.filter((mount) => targets.some((target) => isSameRegistry(mount, target))).map((mount) => ({ repository: mount, access: 'pull' as const })),
  ])
  try {
    const reports = await pushImage(client, source.graph, source.blobs, targets, {
      tags,
      phaseOf: tagKind,
      dryRun: request.dryRun,
      ...(request.progress ? { progress: request.progress } : {}),
      beforeWrite: async (plans: readonly PushPlan[]) => {
        request.policy?.checkMoves(plans)
        // A layout has no signatures: a digest can already be signed where it is mounted from, or at the target.
        await request.policy?.checkCustody(
          client,
          plans.map((plan) => ({
            target: plan.target,
            digest: plan.digest,
            lookIn: [...mountSources.filter((mount) => isSameRegistry(mount, plan.target)), plan.target],
            root: source.graph.root,
            graph: source.graph,
            text: `${repositoryName(plan.target)}@${plan.digest}`,
          })),
        )
        await request.beforeWrite?.(plans)
      },
      limiterFor: limiterPerRegistry(request.concurrency),
      // A mount never crosses registries (https://github.com/google/go-containerregistry/issues/1741).
      mountFrom: (registry) => mountSources.filter((source) => isSameRegistry(source, { registry })).map((source) => source.repository),
    })
    const findings = request.policy?.findings ?? []
    return { metadata, digest: source.graph.root.descriptor.digest, reports, warnings: [...metadata.warnings, ...source.warnings], findings }
  } finally {
    await source.close()
  }
}

function pushTargets(metadata: Metadata): Repository[] {
  if (metadata.images.length === 0) {
    throw new InputError({ input: 'images' }, 'push needs at least one target repository', { hint: 'set images: to e.g. ghcr.io/acme/app (one a line)' })
  }
  return metadata.images.map((image) => parseRepositoryInput(image, { input: 'images' }))
}

/** `repo@digest` for every target, the references a deployment should pin. */
export function pushRefs(result: PushResult): string[] {
  return result.reports.map((report) => `${repositoryName(report.target)}@${report.digest}`)
}

/** The `json` output of push: the tags command's fields plus the digest, refs and what each repository received. */
export function pushJson(result: PushResult): Record<string, unknown> {
  return { ...metadataJson(result.metadata), digest: result.digest, refs: pushRefs(result), repositories: result.reports.map(pushReportJson) }
}
