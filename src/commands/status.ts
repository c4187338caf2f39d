import { deploymentsReceivedFrom, type DeploymentsSource } from './status-deployments.js'
import { errorMessage, InputError } from '../errors.js'
import type { InputLine } from '../input-lines.js'
import type { Policy } from '../policy/index.js'
import { parseReference, repositoryName, type ImageReference } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { readWorkspaceText } from '../workspace/index.js'
import type { DigestHistory, StatusBoard } from '../status/types.js'
import { nothingRead } from './status-words.js'

/** The board's types, for the shells (which import commands/, not status/). */
export type { DigestHistory, Drift, StatusBoard, StatusCell } from '../status/types.js'

/**
 * What `status` asks the reader for (src/status's ReadStatusOptions and DigestHistoryOptions): one
 * environment, or only some images (a row's name or a `registry/path`), requests at once per registry, and where
 * the policy's keys and trusted root are read to verify signatures.
 */
export interface StatusReadOptions {
  readonly environment?: string
  readonly images?: readonly string[]
  readonly concurrency?: number
  readonly verification?: {
    readFile(path: string, limit: number): Promise<string | undefined>
    readonly cacheDir: string
    readonly now: Date
  }
}

/**
 * Where the board comes from: src/status's `readStatus` and `readDigestHistory` (status-reader.ts
 * loads them). A seam, so both shells' rendering, outputs and exit codes are tested in-process on
 * a hand-made board; the reading itself is tested against real registries in src/status.
 */
export interface StatusReader {
  readStatus(client: RegistryClient, policy: Policy, options: StatusReadOptions): Promise<StatusBoard>
  readDigestHistory(client: RegistryClient, policy: Policy, digestOrReference: string, options: StatusReadOptions): Promise<DigestHistory>
}

export type { DeploymentsSource }

export interface StatusRequest {
  readonly environment: string
  readonly images: readonly InputLine[]
  /** A digest or an image reference: the history of that digest instead of the board. */
  readonly digest: string
  readonly concurrency: number | undefined
  /** For the history of a digest: GitHub's deployments, when a token and the repository are known. */
  readonly deployments?: DeploymentsSource
  /** Where the policy's signature keys and trusted root are read (the workspace), the Sigstore cache, the clock. */
  readonly custody: { readonly workspace: string; readonly cacheDir: string; readonly now: Date }
}

export type StatusResult =
  | { readonly kind: 'board'; readonly board: StatusBoard; readonly drifting: boolean; readonly nothingRead: boolean }
  | { readonly kind: 'history'; readonly history: DigestHistory; readonly drifting: false; readonly nothingRead: boolean }

/**
 * The `status` use case, shared by both shells: check the request, read the board (or a digest's
 * history) and say whether it drifts and whether anything could be read at all. The shells render
 * it and turn it into an exit code: 1 when nothing could be read, or with `fail-on-drift` on drift.
 */
export async function runStatusCommand(request: StatusRequest, client: RegistryClient, policy: Policy, reader: StatusReader): Promise<StatusResult> {
  if (request.environment !== '' && request.images.length > 0) {
    throw new InputError({ input: 'images' }, "images and environment were both given: status shows either given repositories or the policy's environments", {
      hint: 'leave environment empty to show the given images, or leave images empty to show that environment',
    })
  }
  // A row's name (`app`, the last path segment the board's rows are named by) or a repository, with a tag when given, written canonically.
  const images = request.images.map((line) => (IMAGE_NAME.test(line.text) ? line.text : canonicalImage(line)))
  const { workspace, cacheDir, now } = request.custody
  const options: StatusReadOptions = {
    ...(request.environment === '' ? {} : { environment: request.environment }),
    ...(images.length > 0 ? { images } : {}),
    ...(request.concurrency === undefined ? {} : { concurrency: request.concurrency }),
    // The custody gate reads keys the same way: inside the workspace, never through a link out of it.
    verification: { readFile: (path, limit) => readWorkspaceText(workspace, 'policy', path, limit), cacheDir, now },
  }
  const digest = request.digest.trim()
  if (digest !== '') {
    // The history looks in every environment's repositories: a narrower request would be ignored, not honoured.
    if (request.environment !== '' || images.length > 0) {
      throw new InputError(
        { input: 'digest' },
        'digest was given with environment or images: the history of a digest looks in every environment of the policy',
        {
          hint: 'leave environment and images empty with digest',
        },
      )
    }
    checkDigestOrReference(digest)
    const deploymentProblems: string[] = []
    const receivedFrom = request.deployments === undefined ? undefined : deploymentsReceivedFrom(request.deployments, deploymentProblems)
    const read = await reader.readDigestHistory(client, policy, digest, { ...options, ...(receivedFrom ? { receivedFrom } : {}) })
    const history = { ...read, problems: [...read.problems, ...deploymentProblems] }
    return { kind: 'history', history, drifting: false, nothingRead: nothingRead(history) }
  }
  const board = await reader.readStatus(client, policy, options)
  return { kind: 'board', board, drifting: board.drift.length > 0, nothingRead: nothingRead(board) }
}

/** A row's name: one path component (OCI distribution spec's path component grammar). */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/**
 * A repository (`ghcr.io/acme/app`) or a tag of one (`ghcr.io/acme/app:1.4.2`), as the board names
 * its row; a digest is refused, since the history of a digest is `digest`'s job.
 */
function canonicalImage(line: InputLine): string {
  const location = { input: line.input, line: line.line }
  let reference: ImageReference
  try {
    reference = parseReference(line.text)
  } catch (error) {
    throw new InputError(location, errorMessage(error), {
      hint: 'write a repository, optionally with a tag, e.g. ghcr.io/acme/app or ghcr.io/acme/app:1.4.2',
      cause: error,
    })
  }
  if (reference.digest !== undefined) {
    throw new InputError(location, `${line.text.slice(0, 200)} names a digest: images shows what a repository or a tag holds`, {
      hint: 'give the digest as digest to see where it is and since when, or drop the @sha256:… part',
    })
  }
  return `${repositoryName(reference)}${reference.tag === undefined ? '' : `:${reference.tag}`}`
}

/** `sha256:…` or an image reference (`ghcr.io/acme/app:1.4.2`, `…@sha256:…`); anything else is refused before a request. */
function checkDigestOrReference(value: string): void {
  try {
    // A bare digest parses as a reference only with a repository before it.
    parseReference(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:/i.test(value) && !value.includes('/') ? `example.invalid/x@${value}` : value)
  } catch (error) {
    throw new InputError({ input: 'digest' }, `"${value.slice(0, 200)}" is neither a digest nor an image reference`, {
      hint: 'give a digest (sha256: and 64 hex digits) or an image reference such as ghcr.io/acme/app:1.4.2',
      cause: error,
    })
  }
}

/**
 * The `status` output and `--json`: the board (`generatedAt`, `environments`, `images`, `drift`,
 * `problems`) or the digest's history (`digest`, `places`, `problems`), with the field names of
 * src/status/types.ts, documented in docs/status.md#the-status-output.
 */
export function statusJson(result: StatusResult): StatusBoard | DigestHistory {
  return result.kind === 'board' ? result.board : result.history
}
