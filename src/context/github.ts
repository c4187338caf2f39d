import { readFileSync } from 'node:fs'
import { arrayField, integerField, objectField, readEventPayload, stringField, type JsonObject, type ReadTextFile } from './event-payload.js'
import { parseTimestamp, withoutUndefined } from './values.js'
import type { GitContext, PullRequestInfo, RepositoryInfo } from './types.js'

export type Env = Readonly<Record<string, string | undefined>>

/**
 * The context of a GitHub Actions run, from the runner's `GITHUB_*` variables and the event payload
 * only: no API call, nothing read at import time (unlike `@actions/github`'s `context`), so the
 * action, the CLI and tests can each pass their own environment.
 */
export function readGitHubContext(env: Env, readFile: ReadTextFile = readFileSync): GitContext {
  const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const pullRequest = pullRequestInfo(payload, env)
  const mergeGroup = eventName === 'merge_group' ? objectField(payload, 'merge_group') : undefined
  const ref = workflowRef(eventName, env.GITHUB_REF ?? '', payload)
  // GITHUB_SHA is the same commit on merge_group; the payload is the documented source.
  const sha = stringField(mergeGroup, 'head_sha') ?? env.GITHUB_SHA ?? ''
  return withoutUndefined({
    eventName,
    ref,
    sha,
    pullRequest,
    baseRef: baseRef(ref, payload, pullRequest, mergeGroup, env),
    defaultBranch: stringField(objectField(payload, 'repository'), 'default_branch') ?? (eventName === 'schedule' ? branchOf(ref) : undefined),
    commitDate: commitDate(sha, payload, mergeGroup),
    repository: repositoryFromPayload(objectField(payload, 'repository')) ?? repositoryFromEnv(env),
  })
}

/**
 * `pull_request_target` runs on the base branch (`GITHUB_REF=refs/heads/main`); metadata-action
 * rewrites the ref to the PR's merge ref so `type=ref,event=pr` applies (docs/tag-syntax.md#pull-request-refs).
 */
function workflowRef(eventName: string, ref: string, payload: JsonObject): string {
  if (eventName !== 'pull_request_target') return ref
  const number = integerField(payload, 'number') ?? integerField(objectField(payload, 'pull_request'), 'number')
  return number === undefined ? ref : `refs/pull/${number}/merge`
}

function pullRequestInfo(payload: JsonObject, env: Env): PullRequestInfo | undefined {
  const pr = objectField(payload, 'pull_request')
  const number = integerField(pr, 'number') ?? integerField(payload, 'number')
  if (pr === undefined || number === undefined) return undefined
  const head = objectField(pr, 'head')
  const base = objectField(pr, 'base')
  return withoutUndefined({
    number,
    headSha: stringField(head, 'sha') ?? '',
    headRef: stringField(head, 'ref') ?? env.GITHUB_HEAD_REF ?? '',
    baseRef: stringField(base, 'ref') ?? env.GITHUB_BASE_REF ?? '',
    baseSha: stringField(base, 'sha'),
  })
}

/** Which base metadata-action's `{{base_ref}}` would use, by the kind of ref (docs/tag-syntax.md#expressions), plus merge queues. */
function baseRef(ref: string, payload: JsonObject, pullRequest: PullRequestInfo | undefined, mergeGroup: JsonObject | undefined, env: Env): string | undefined {
  if (ref.startsWith('refs/tags/')) return withoutHeads(stringField(payload, 'base_ref'))
  if (pullRequest !== undefined) return nonEmpty(pullRequest.baseRef)
  if (mergeGroup !== undefined) return withoutHeads(stringField(mergeGroup, 'base_ref'))
  // The runner sets GITHUB_BASE_REF on PR events only (empty otherwise); it stands in for a missing payload.
  return nonEmpty(env.GITHUB_BASE_REF)
}

/**
 * The commit date as metadata-action finds it in the payload (docs/tag-syntax.md#commit-date): the pushed commit with this sha,
 * else `head_commit` when it is this sha; a merge group's `head_commit` has the same shape. Anything
 * else stays unknown here; the shell may fill it from git (`fillCommitDate`).
 */
function commitDate(sha: string, payload: JsonObject, mergeGroup: JsonObject | undefined): Date | undefined {
  const candidates = [...arrayField(payload, 'commits'), objectField(payload, 'head_commit'), objectField(mergeGroup, 'head_commit')]
  const commit = candidates.find((candidate) => sha !== '' && stringField(candidate, 'id') === sha)
  return parseTimestamp(stringField(commit, 'timestamp'))
}

function repositoryFromPayload(repository: JsonObject | undefined): RepositoryInfo | undefined {
  const fullName = stringField(repository, 'full_name')
  const name = stringField(repository, 'name')
  if (fullName === undefined || name === undefined) return undefined
  return withoutUndefined({
    fullName,
    name,
    description: nonEmpty(stringField(repository, 'description')),
    htmlUrl: stringField(repository, 'html_url'),
    license: stringField(objectField(repository, 'license'), 'spdx_id'),
  })
}

/** Payloads without `repository` (`schedule`): what the runner's variables say. */
function repositoryFromEnv(env: Env): RepositoryInfo | undefined {
  const fullName = nonEmpty(env.GITHUB_REPOSITORY)
  if (fullName === undefined) return undefined
  const serverUrl = withoutTrailingSlashes(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com')
  return { fullName, name: fullName.slice(fullName.lastIndexOf('/') + 1), htmlUrl: `${serverUrl}/${fullName}` }
}

/** A loop, not `/\/+$/`: that pattern restarts at every `/` of a long run that does not end the text (quadratic). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url[end - 1] === '/') end--
  return url.slice(0, end)
}

function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? nonEmpty(ref.slice('refs/heads/'.length)) : undefined
}

function withoutHeads(ref: string | undefined): string | undefined {
  return nonEmpty(ref?.replace(/^refs\/heads\//, ''))
}

/** The runner sets unused variables to `''` (`GITHUB_HEAD_REF` on a push); treat that as absent. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value
}
