import { InputError } from '../errors.js'
import type { Policy } from '../policy/index.js'
import { repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import type { Limiter } from '../store/index.js'
import { CustodyReader, type CustodyTarget, type SignatureVerification } from './custody-state.js'
import { findDrift } from './drift.js'
import { DRIFT_VERSION_HEADS, withDriftVersions } from './drift-versions.js'
import { selectEnvironments } from './environment-order.js'
import { readFailure, RegistryReads } from './registry-reads.js'
import { splitImages, type GivenImage } from './given-images.js'
import { imageName } from './image-name.js'
import { chooseGivenTag, chooseTag, newestVersions } from './tag-choice.js'
import type { EnvironmentColumn, ImageRow, StatusBoard, StatusCell } from './types.js'

/**
 * Version tags HEADed per cell to find the versions at its digest, newest first: a marker tag
 * (`prod`) is usually one of the newest few versions; an environment further behind shows no
 * version, and the board says its digest instead (docs/status.md#reading-the-board).
 */
export const VERSION_HEADS = 4

/**
 * Requests one (environment, image) costs at most, besides the registry's ping and token requests:
 * its tag list (1 page; a long list costs up to the registry's page budget, and is shared by every
 * environment of the repository), the manifest GET by tag, the first platform's manifest and the
 * config (2), VERSION_HEADS HEADs, and the evidence search (the `.sig` manifest, the referrers API
 * and the referrers tag: 3), plus 2 per signature or record found (its manifest and blob, or a
 * `.sig` layer). A cell on either side of a drift whose VERSION_HEADS found no version at its
 * digest asks up to DRIFT_VERSION_HEADS more (drift-versions.ts): `driftBeyondHeads`. Stated in
 * docs/status.md#reading-the-board and asserted on the recording proxy.
 */
export function statusRequestBudget(evidenceFound: number, driftBeyondHeads = false): number {
  return 1 + 1 + 2 + VERSION_HEADS + (driftBeyondHeads ? DRIFT_VERSION_HEADS : 0) + 3 + 2 * evidenceFound
}

export interface ReadStatusOptions {
  /** Only this environment (and the one it promotes from, for drift). */
  readonly environment?: string
  /**
   * Only these images: a row's name (`app`) or a repository of the policy (`registry/path`); a
   * repository outside it, or one with a tag, is a row of its own (given-images.ts).
   */
  readonly images?: readonly string[]
  /** Requests at once per registry; default its host profile's. */
  readonly concurrency?: number
  readonly limiterFor?: (registry: string) => Limiter
  /** Keys and trusted root for `verified` signatures; without it a signature is only `present`. */
  readonly verification?: SignatureVerification
  readonly now?: () => Date
}

type Read = { readonly cell: StatusCell; readonly tags?: readonly string[]; readonly problems: readonly string[] }

/**
 * What each environment runs, read from its repositories (docs/status.md#reading-the-board): per
 * (environment, image) one tag list (shared by every environment of the repository), one manifest
 * GET by tag, at most two more reads for the creation time and revision, at most VERSION_HEADS
 * HEADs, and one evidence search. All cells are read at once, each registry within its limit; what
 * cannot be read is an `unreachable` cell and a sentence in `problems`, never a gap.
 */
export async function readStatus(client: RegistryClient, policy: Policy, options: ReadStatusOptions = {}): Promise<StatusBoard> {
  if (options.environment !== undefined && !policy.environments.has(options.environment)) {
    const known = [...policy.environments.keys()]
    throw new InputError({ input: 'environment' }, `the policy has no environment ${options.environment}`, {
      hint: known.length > 0 ? `name one of ${known.join(', ')}` : 'the policy names no environments: add them under environments: in the policy file',
    })
  }
  const environments = selectEnvironments(policy, options.environment)
  const split = options.images === undefined ? undefined : splitImages(options.images, environments, options.environment ?? 'the policy')
  const reads = new RegistryReads(client, options)
  const custody = new CustodyReader(policy, options.verification)
  const problems: string[] = [...(split?.problems ?? [])]
  const toRead: { environment: (typeof environments)[number]; image: string; repository: Repository }[] = []
  for (const environment of environments) {
    const seen = new Map<string, Repository>()
    for (const repository of environment.repositories) {
      const image = imageName(repository)
      if (!wanted(repository, split?.rows)) continue
      const first = seen.get(image)
      if (first !== undefined) {
        problems.push(`${environment.name}: ${repositoryName(repository)} is not shown: the board's ${image} row shows ${repositoryName(first)}`)
        continue
      }
      seen.set(image, repository)
      toRead.push({ environment, image, repository })
    }
    if (environment.repositories.length === 0) problems.push(`${environment.name}: the policy names no repository for it, so the board cannot say what it runs`)
  }
  // One token for every repository the board reads, not one per repository (docs/registry-protocol.md#token-cache).
  client.announce([...toRead, ...(split?.given ?? [])].map(({ repository }) => ({ repository, access: 'pull' })))
  const jobs = toRead.map(({ environment, image, repository }) => ({
    environment: environment.name,
    image,
    repository,
    read: readCell(reads, custody, environment, repository, (tags) => chooseTag(environment, tags)),
  }))
  const given = (split?.given ?? []).map((image) => ({ image, read: readGiven(reads, custody, image) }))
  const read = await Promise.all(jobs.map(async (job) => ({ ...job, read: await job.read })))
  // A cell that drifts with no version found asks further versions, so drift can say how far behind it is.
  const done = await withDriftVersions((repository, tag) => reads.head(repository, tag), environments, read, VERSION_HEADS)
  const cells = new Map<string, Record<string, StatusCell>>()
  for (const job of done) {
    cells.set(job.image, { ...cells.get(job.image), [job.environment]: job.read.cell })
    problems.push(...job.read.problems.map((problem) => `${job.environment}/${job.image}: ${problem}`))
  }
  const rows: ImageRow[] = [...cells].map(([image, byEnvironment]) => ({ image, cells: withSharing(byEnvironment) }))
  for (const { image, read } of given) {
    const { cell, problems: found } = await read
    problems.push(...found.map((problem) => `${image.row}: ${problem}`))
    rows.push({ image: image.row, cells: {}, given: sharedAcross(cell, rows) })
  }
  const columns: EnvironmentColumn[] = environments.map((environment) => ({
    name: environment.name,
    ...(environment.promoteFrom !== undefined ? { promoteFrom: environment.promoteFrom } : {}),
    ...(environment.tag !== undefined ? { marker: environment.tag } : {}),
  }))
  const tagsOf = (environment: string, image: string) => done.find((job) => job.environment === environment && job.image === image)?.read.tags
  return { generatedAt: (options.now?.() ?? new Date()).toISOString(), environments: columns, images: rows, drift: findDrift(columns, rows, tagsOf), problems }
}

/** A repository given in `images`, read as a cell of no environment: no marker, no rules, no records written into it. */
function readGiven(reads: RegistryReads, custody: CustodyReader, image: GivenImage): Promise<Read> {
  const target: CustodyTarget = { name: '', record: false }
  return readCell(reads, custody, target, image.repository, (tags) => chooseGivenTag(tags, image.tag))
}

type Choice = { tag: string; how: 'marker' | 'newest' | 'named' } | { reason: string }

async function readCell(
  reads: RegistryReads,
  custody: CustodyReader,
  environment: CustodyTarget,
  repository: Repository,
  choose: (tags: readonly string[]) => Choice,
): Promise<Read> {
  const name = repositoryName(repository)
  let tags: string[]
  try {
    tags = await reads.tags(repository)
  } catch (error) {
    const problem = readFailure(repository, error)
    return { cell: { state: 'unreachable', repository: name, error: problem }, problems: [problem] }
  }
  const choice = choose(tags)
  if ('reason' in choice) return { cell: { state: 'missing', repository: name, reason: choice.reason }, tags, problems: [] }
  try {
    const facts = await reads.imageFacts(repository, choice.tag)
    if (facts === undefined) {
      const reason = choice.how === 'named' ? `no tag ${choice.tag}` : `tag ${choice.tag} was listed but is gone`
      return { cell: { state: 'missing', repository: name, reason }, tags, problems: [] }
    }
    const versions = await versionsAt(reads, repository, tags, choice.tag, facts.digest)
    const problems: string[] = facts.problem !== undefined ? [facts.problem] : []
    let state: Awaited<ReturnType<CustodyReader['read']>>
    try {
      state = await custody.read(environment, reads.repository(repository), facts.digest, reads.slot(repository))
      if (state.problem !== undefined) problems.push(state.problem)
    } catch (error) {
      problems.push(
        error instanceof InputError ? `signatures not verified: ${error.message.split('\n')[0]}` : `signatures and records: ${readFailure(repository, error)}`,
      )
      state = { signature: 'unknown', record: environment.record ? 'absent' : 'not-written' }
    }
    const cell: StatusCell = {
      state: 'running',
      repository: name,
      tag: choice.tag,
      how: choice.how,
      digest: facts.digest,
      versions,
      ...(facts.created !== undefined ? { created: facts.created } : {}),
      ...(facts.revision !== undefined ? { revision: facts.revision } : {}),
      signature: state.signature,
      record: state.record,
      ...(state.since !== undefined ? { since: state.since } : {}),
      sharedWith: [],
    }
    return { cell, tags, problems }
  } catch (error) {
    const problem = readFailure(repository, error)
    return { cell: { state: 'unreachable', repository: name, error: problem }, tags, problems: [problem] }
  }
}

/** The version tags at `digest`, newest first: the chosen tag when it is one, and those of the newest VERSION_HEADS other versions a HEAD finds there. */
async function versionsAt(reads: RegistryReads, repository: Repository, tags: readonly string[], chosen: string, digest: string): Promise<string[]> {
  const versions = newestVersions(tags)
  const candidates = versions.filter((version) => version !== chosen).slice(0, VERSION_HEADS)
  const found = await Promise.all(candidates.map(async (version) => ((await reads.head(repository, version)) === digest ? version : undefined)))
  const at = new Set([...(versions.includes(chosen) ? [chosen] : []), ...found.filter((version): version is string => version !== undefined)])
  return versions.filter((version) => at.has(version))
}

function withSharing(cells: Record<string, StatusCell>): Record<string, StatusCell> {
  const running = Object.entries(cells).filter((entry): entry is [string, Extract<StatusCell, { state: 'running' }>] => entry[1].state === 'running')
  return Object.fromEntries(
    Object.entries(cells).map(([environment, cell]) => [
      environment,
      cell.state === 'running'
        ? { ...cell, sharedWith: running.filter(([other, them]) => other !== environment && them.digest === cell.digest).map(([other]) => other) }
        : cell,
    ]),
  )
}

/** A given cell's `sharedWith`: the environments of any row whose cell holds the same digest. */
function sharedAcross(cell: StatusCell, rows: readonly ImageRow[]): StatusCell {
  if (cell.state !== 'running') return cell
  const environments = rows.flatMap((row) => Object.entries(row.cells).filter(([, other]) => other.state === 'running' && other.digest === cell.digest))
  return { ...cell, sharedWith: [...new Set(environments.map(([environment]) => environment))] }
}

function wanted(repository: Repository, images: readonly string[] | undefined): boolean {
  return images === undefined || images.some((image) => image === imageName(repository) || image === repositoryName(repository))
}
