/**
 * The deployments endpoints of the GitHub REST API stand-in (github-api.ts), as GitHub documents
 * them: create a deployment (`POST /repos/{owner}/{repo}/deployments`, 201 with the deployment,
 * 422 `No ref found for: …` for a commit the repository does not have), list them newest first with
 * an `environment` filter and Link pagination (`page`, `per_page`), and create and list a
 * deployment's statuses (https://docs.github.com/en/rest/deployments/deployments,
 * https://docs.github.com/en/rest/deployments/statuses). State is per repository path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface StandInStatus {
  readonly id: number
  readonly state: string
  readonly environment_url?: string
  readonly log_url?: string
  readonly description?: string
  readonly auto_inactive?: boolean
  readonly created_at: string
}

export interface StandInDeployment {
  readonly id: number
  readonly ref: string
  readonly sha: string
  readonly environment: string
  readonly task: string
  readonly payload: unknown
  readonly production_environment: boolean
  readonly transient_environment: boolean
  readonly description: string | null
  readonly created_at: string
  readonly statuses: StandInStatus[]
}

export interface DeploymentsState {
  /** `acme/app` → its deployments, oldest first. */
  readonly byRepository: Map<string, StandInDeployment[]>
  /** Commits a repository has; a create for another ref answers 422. Empty: every 7–40 hex ref exists. */
  readonly commits: Set<string>
  /** Adds a deployment as if made earlier (by shiptag or another tool), with statuses. */
  seed(repository: string, deployment: Partial<Omit<StandInDeployment, 'statuses'>> & { environment: string; statuses?: string[] }): StandInDeployment
  reset(): void
}

let clock = Date.parse('2026-12-01T00:00:00Z')
const stamp = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z')

export function deploymentsState(): DeploymentsState {
  const byRepository = new Map<string, StandInDeployment[]>()
  let nextId = 1000
  const state: DeploymentsState = {
    byRepository,
    commits: new Set(),
    seed: (repository, seed) => {
      const list = byRepository.get(repository) ?? []
      byRepository.set(repository, list)
      const deployment: StandInDeployment = {
        id: nextId++,
        ref: 'main',
        sha: 'f'.repeat(40),
        task: 'deploy',
        payload: {},
        production_environment: false,
        transient_environment: false,
        description: null,
        created_at: stamp(),
        ...seed,
        statuses: (seed.statuses ?? []).map((state) => ({ id: nextId++, state, created_at: stamp() })),
      }
      list.push(deployment)
      return deployment
    },
    reset: () => {
      byRepository.clear()
      state.commits.clear()
    },
  }
  return state
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body))
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(bytes.length), ...headers }).end(bytes)
}

/** Answers a deployments request; false when the path is not one. */
export function handleDeployments(state: DeploymentsState, req: IncomingMessage, url: URL, body: unknown, res: ServerResponse, pageSize: number): boolean {
  const match = /^\/repos\/([^/]+\/[^/]+)\/deployments(?:\/(\d+)\/statuses)?$/.exec(url.pathname)
  if (match === null) return false
  const repository = decodeURIComponent(match[1]!)
  const list = state.byRepository.get(repository) ?? []
  state.byRepository.set(repository, list)
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (match[2] !== undefined) {
    const deployment = list.find((entry) => entry.id === Number(match[2]))
    if (deployment === undefined) return (send(res, 404, { message: 'Not Found' }), true)
    if (req.method === 'POST') {
      const status: StandInStatus = { id: 1_000_000 + deployment.statuses.length, created_at: stamp(), ...(input as { state: string }) }
      deployment.statuses.push(status)
      return (send(res, 201, status), true)
    }
    const newest = [...deployment.statuses].reverse()
    return (send(res, 200, newest.slice(0, Number(url.searchParams.get('per_page') ?? 30))), true)
  }
  if (req.method === 'POST') {
    const ref = String(input.ref ?? '')
    const known = state.commits.size === 0 ? /^[0-9a-f]{7,40}$/.test(ref) : state.commits.has(ref)
    if (!known)
      return (
        send(res, 422, { message: `No ref found for: ${ref}`, documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment' }),
        true
      )
    const deployment = state.seed(repository, {
      ref,
      sha: ref.padEnd(40, '0'),
      environment: String(input.environment ?? 'production'),
      task: String(input.task ?? 'deploy'),
      payload: input.payload ?? {},
      production_environment: input.production_environment === true,
      transient_environment: input.transient_environment === true,
      description: typeof input.description === 'string' ? input.description : null,
    })
    return (send(res, 201, { ...deployment, statuses: undefined }), true)
  }
  const environment = url.searchParams.get('environment')
  const matching = [...list].reverse().filter((entry) => environment === null || entry.environment === environment)
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), pageSize)
  const page = Number(url.searchParams.get('page') ?? 1)
  const slice = matching.slice((page - 1) * perPage, page * perPage)
  const headers: Record<string, string> = {}
  if (page * perPage < matching.length) {
    const next = new URL(url.href)
    next.searchParams.set('page', String(page + 1))
    headers.link = `<${next.href}>; rel="next"`
  }
  send(
    res,
    200,
    slice.map((entry) => ({ ...entry, statuses: undefined })),
    headers,
  )
  return true
}
