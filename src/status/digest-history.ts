import { InputError } from '../errors.js'
import type { Policy } from '../policy/index.js'
import { InvalidReferenceError, isSameRepository, parseDigest, parseReference, repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import type { Limiter } from '../store/index.js'
import { CustodyReader } from './custody-state.js'
import { promotionOrder } from './environment-order.js'
import { readFailure, RegistryReads } from './registry-reads.js'
import { isImageTag, newestVersions } from './tag-choice.js'
import type { DigestHistory } from './types.js'

/** Tags HEADed per repository to find those at the digest: the marker tag, the newest versions, then the rest in natural order. */
export const HISTORY_TAG_HEADS = 20

export interface DigestHistoryOptions {
  readonly concurrency?: number
  readonly limiterFor?: (registry: string) => Limiter
  /** When `environment` received the digest by another account than a promotion record (GitHub Deployments), RFC 3339. */
  readonly receivedFrom?: (environment: string, digest: string) => Promise<string | undefined>
}

type Place = DigestHistory['places'][number]
type Target = { readonly environment?: string; readonly repository: Repository; readonly marker?: string }

/**
 * Where one digest is (docs/status.md#the-history-of-a-digest): every repository of every
 * environment is asked by a HEAD of the digest; where it is, the tags at it (the tag list, then a
 * HEAD for each of at most HISTORY_TAG_HEADS tags) and when the environment received it: its
 * promotion record's `promotedAt`, else `receivedFrom` (deployments), else unknown. A reference
 * (`registry/path:tag` or `@sha256:…`) names the digest and a repository looked in too.
 */
export async function readDigestHistory(
  client: RegistryClient,
  policy: Policy,
  digestOrReference: string,
  options: DigestHistoryOptions = {},
): Promise<DigestHistory> {
  const reads = new RegistryReads(client, options)
  const custody = new CustodyReader(policy, undefined)
  const problems: string[] = []
  const given = subjectOf(digestOrReference)
  let digest = given.digest
  if (digest === undefined) {
    const { repository, tag } = given as { repository: Repository; tag: string }
    try {
      digest = await reads.head(repository, tag)
    } catch (error) {
      return { digest: digestOrReference, places: [], problems: [readFailure(repository, error)] }
    }
    if (digest === undefined) {
      throw new InputError({ input: 'digest' }, `${digestOrReference} does not exist: ${repositoryName(repository)} has no tag ${tag}`, {
        hint: 'name a tag that exists, or the digest itself (sha256:…)',
      })
    }
  }
  const targets: Target[] = promotionOrder(policy).flatMap((environment) =>
    environment.repositories.map((repository) => ({
      environment: environment.name,
      repository,
      ...(environment.tag !== undefined ? { marker: environment.tag } : {}),
    })),
  )
  const extra = given.repository
  if (extra !== undefined && !targets.some((target) => isSameRepository(target.repository, extra))) targets.push({ repository: extra })
  // One token for every repository the history reads (docs/registry-protocol.md#token-cache).
  client.announce(targets.map(({ repository }) => ({ repository, access: 'pull' })))
  const found = await Promise.all(targets.map((target) => place(reads, custody, target, digest, options, problems)))
  return { digest, places: found.filter((one): one is Place => one !== undefined), problems }
}

async function place(
  reads: RegistryReads,
  custody: CustodyReader,
  target: Target,
  digest: string,
  options: DigestHistoryOptions,
  problems: string[],
): Promise<Place | undefined> {
  const { repository, environment } = target
  const name = repositoryName(repository)
  const who = environment !== undefined ? `${environment}: ` : ''
  try {
    if ((await reads.head(repository, digest)) !== digest) return undefined
    const listed = await reads.tags(repository)
    const candidates = orderedCandidates(listed, target.marker)
    if (candidates.length > HISTORY_TAG_HEADS)
      problems.push(`${who}${name}: only ${HISTORY_TAG_HEADS} of its ${candidates.length} tags were compared with the digest`)
    const heads = await Promise.all(
      candidates.slice(0, HISTORY_TAG_HEADS).map(async (tag) => ((await reads.head(repository, tag)) === digest ? tag : undefined)),
    )
    const tags = heads.filter((tag): tag is string => tag !== undefined)
    let receivedAt: string | undefined
    let evidence: Place['evidence'] = 'unknown'
    if (environment !== undefined) {
      receivedAt = await custody.recordSince(environment, reads.repository(repository), digest, reads.slot(repository))
      if (receivedAt !== undefined) evidence = 'promotion record'
      else if ((receivedAt = await options.receivedFrom?.(environment, digest)) !== undefined) evidence = 'deployment'
    }
    return { ...(environment !== undefined ? { environment } : {}), repository: name, tags, ...(receivedAt !== undefined ? { receivedAt } : {}), evidence }
  } catch (error) {
    problems.push(`${who}${readFailure(repository, error)}`)
    return undefined
  }
}

/** Tags worth a HEAD, most telling first: versions newest first, then the others in natural order, newest-looking first. */
function orderedCandidates(tags: readonly string[], marker: string | undefined): string[] {
  const versions = newestVersions(tags)
  const others = tags.filter((tag) => !versions.includes(tag) && isImageTag(tag))
  others.sort(new Intl.Collator('en', { numeric: true }).compare).reverse()
  const ordered = [...(marker !== undefined && tags.includes(marker) ? [marker] : []), ...versions, ...others]
  return [...new Set(ordered)]
}

/** `sha256:…` alone, or a reference: its repository, and its digest or tag. */
function subjectOf(text: string): { digest?: string; repository?: Repository; tag?: string } {
  try {
    if (/^sha(256|384|512):/i.test(text)) {
      parseDigest(text)
      return { digest: text }
    }
    const reference = parseReference(text)
    const repository = { registry: reference.registry, repository: reference.repository }
    return reference.digest !== undefined ? { digest: reference.digest, repository } : { repository, tag: reference.tag ?? 'latest' }
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error
    throw new InputError({ input: 'digest' }, `${text} is neither a digest (sha256:<64 hex>) nor an image reference: ${error.message.split('\n')[0]}`, {
      hint: 'give the digest as sha256:<64 hex>, or a reference such as ghcr.io/acme/app:1.4.2 or ghcr.io/acme/app@sha256:…',
    })
  }
}
