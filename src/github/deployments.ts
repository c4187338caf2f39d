/**
 * A promotion recorded as a GitHub deployment (issue 17): after promote has written an image into
 * an environment, `POST /repos/{owner}/{repo}/deployments`
 * (https://docs.github.com/en/rest/deployments/deployments#create-a-deployment) for the commit the
 * image was built from, with the payload `{digest, tags, refs}`; then a `success` status
 * (https://docs.github.com/en/rest/deployments/statuses#create-a-deployment-status) whose
 * environment_url points at the image and log_url at the run; then `inactive` for the deployment it
 * replaces. `auto_inactive` is off: GitHub's own would retire every earlier deployment of the
 * environment, also those of the environment's other images; here only the newest earlier deployment
 * of the same image (a repository in common) is retired, and only when its last status is success.
 *
 * Nothing here throws for GitHub's answers: a step that fails becomes a warning in the outcome, and
 * the promotion, which is done by then, stands (docs/status.md#github-deployments).
 */
import { failureWarning } from './deployment-errors.js'
import { listDeployments, repositoryOfRef, type DeploymentEntry } from './deployment-list.js'
import type { DeploymentsApi } from './deployments-client.js'

export interface DeploymentRequest {
  /** The policy environment promoted into. */
  readonly environment: string
  readonly production: boolean
  /** The commits to deploy, in order: the image's revision label, then GITHUB_SHA; a 422 for one tries the next. */
  readonly commits: readonly string[]
  readonly digest: string
  /** Tag names written. */
  readonly tags: readonly string[]
  /** `repo@digest` of every target in the environment. */
  readonly refs: readonly string[]
  /** A web page of the image, when its registry has one we know (image-web-url.ts). */
  readonly environmentUrl?: string
  /** The workflow run. */
  readonly logUrl?: string
  /** At most 140 characters (GitHub's limit). */
  readonly description: string
}

export interface DeploymentOutcome {
  readonly environment: string
  readonly digest: string
  /** `recorded`: a new deployment with a success status; `present`: the newest one already is this digest; `failed`: see warnings; `would-record`: a dry run. */
  readonly action: 'recorded' | 'present' | 'failed' | 'would-record'
  readonly id?: number
  /** The commit it was recorded for. */
  readonly ref?: string
  /** The deployment set inactive. */
  readonly replaced?: number
  readonly warnings: readonly string[]
}

/** The newest earlier deployment of the same image: one whose payload names a repository of ours. */
function sameImage(request: DeploymentRequest): (entry: DeploymentEntry) => boolean {
  const ours = new Set(request.refs.map(repositoryOfRef))
  return (entry) => entry.refs.some((ref) => ours.has(repositoryOfRef(ref)))
}

async function latestState(api: DeploymentsApi, id: number): Promise<string | undefined> {
  const response = await api.octokit.rest.repos.listDeploymentStatuses({ owner: api.owner, repo: api.repo, deployment_id: id, per_page: 1 })
  const [latest] = Array.isArray(response.data) ? (response.data as { state?: unknown }[]) : []
  return typeof latest?.state === 'string' ? latest.state : undefined
}

export async function recordDeployment(api: DeploymentsApi, request: DeploymentRequest): Promise<DeploymentOutcome> {
  const { environment, digest } = request
  const warnings: string[] = []
  const fail = (what: string, error: unknown) => warnings.push(failureWarning(what, error, api.repository, api.apiHost))
  const base = { environment, digest }

  let previous: { entry: DeploymentEntry; state: string | undefined } | undefined
  try {
    const matches = sameImage(request)
    const list = await listDeployments(api, environment, matches)
    const entry = list.entries.find(matches)
    warnings.push(...list.notes.map((note) => `the deployment this one replaces was not found: ${note}`))
    if (entry !== undefined) previous = { entry, state: await latestState(api, entry.id) }
  } catch (error) {
    fail(`reading the deployments of ${environment} (to retire the one this replaces)`, error)
  }
  if (previous?.entry.digest === digest && previous.state === 'success') {
    return { ...base, action: 'present', id: previous.entry.id, ref: previous.entry.ref, warnings }
  }

  let created: { id: number; ref: string } | undefined
  for (const [i, ref] of request.commits.entries()) {
    try {
      const response = await api.octokit.rest.repos.createDeployment({
        owner: api.owner,
        repo: api.repo,
        ref,
        environment,
        task: 'deploy',
        payload: { digest, tags: [...request.tags], refs: [...request.refs] },
        auto_merge: false,
        required_contexts: [],
        production_environment: request.production,
        transient_environment: false,
        description: request.description,
      })
      const id = (response.data as { id?: unknown }).id
      if (response.status !== 201 || typeof id !== 'number') {
        throw Object.assign(new Error(`answered ${response.status} without a deployment`), { status: response.status, response })
      }
      created = { id, ref }
      break
    } catch (error) {
      const next = request.commits[i + 1]
      const status = (error as { status?: unknown }).status
      if (status === 422 && next !== undefined) {
        warnings.push(`GitHub knows no commit ${ref} in ${api.repository} (the image's revision label); the deployment is recorded for ${next} (GITHUB_SHA)`)
        continue
      }
      fail(`recording the deployment of ${digest} in ${environment}`, error)
      return { ...base, action: 'failed', warnings }
    }
  }
  if (created === undefined) return { ...base, action: 'failed', warnings }

  try {
    await api.octokit.rest.repos.createDeploymentStatus({
      owner: api.owner,
      repo: api.repo,
      deployment_id: created.id,
      state: 'success',
      ...(request.environmentUrl !== undefined ? { environment_url: request.environmentUrl } : {}),
      ...(request.logUrl !== undefined ? { log_url: request.logUrl } : {}),
      description: request.description,
      auto_inactive: false,
    })
  } catch (error) {
    fail(`deployment ${created.id} in ${environment} was created, but marking it successful`, error)
    return { ...base, action: 'failed', id: created.id, ref: created.ref, warnings }
  }

  let replaced: number | undefined
  if (previous !== undefined && previous.state === 'success') {
    try {
      await api.octokit.rest.repos.createDeploymentStatus({
        owner: api.owner,
        repo: api.repo,
        deployment_id: previous.entry.id,
        state: 'inactive',
        description: `replaced by deployment ${created.id}`,
        auto_inactive: false,
      })
      replaced = previous.entry.id
    } catch (error) {
      fail(`retiring deployment ${previous.entry.id} (replaced by ${created.id}) in ${environment}`, error)
    }
  }
  return { ...base, action: 'recorded', id: created.id, ref: created.ref, ...(replaced !== undefined ? { replaced } : {}), warnings }
}
