/**
 * GitHub Deployments on promote (issue 17 part 2, docs/status.md#github-deployments): opt-in
 * (input `deployments`). Before the first request, the settings are checked and the environments
 * named, so a step that could never record fails with nothing written; after the promotion (and its
 * records), one deployment per image and environment promoted into. Whatever GitHub answers then is a
 * warning: the promotion is done and stands. @actions/github loads only here, only when on.
 */
import { InputError } from '../errors.js'
import type { DeploymentOutcome, DeploymentsSettings } from '../github/index.js'
import type { EnvironmentPolicy, Policy } from '../policy/index.js'
import type { PromotionReport } from '../promote/index.js'
import { repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { imageRevision, usableRevision } from './image-revision.js'

export interface DeploymentSettings {
  /** The runner's environment: GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** The step's github-token (the CLI: GITHUB_TOKEN). */
  readonly token: string
  /** The input `deployment-url`: the environment_url template (src/github/environment-url.ts); absent: the image's page. */
  readonly urlTemplate?: string
}

/**
 * The deployments of a promote from its options (both shells): on with `deployments`. A
 * `deployment-url` without them would be silently unused, so it is refused.
 */
export function deploymentOptions(on: boolean, url: string, env: DeploymentSettings['env'], token: string): { deployments?: DeploymentSettings } {
  const template = url.trim()
  if (!on) {
    if (template === '') return {}
    throw new InputError({ input: 'deployment-url' }, 'it is given, but deployments are off, so nothing would use it', {
      hint: 'set deployments: true (CLI: --deployments), or leave deployment-url empty',
    })
  }
  return { deployments: { env, token, ...(template !== '' ? { urlTemplate: template } : {}) } }
}

export type { DeploymentOutcome }

/**
 * Production, for GitHub (`production_environment`): an environment named prod or production, or
 * the last of a promotion chain (it promotes from another, and none promotes from it).
 */
export function isProductionEnvironment(policy: Policy, environment: EnvironmentPolicy): boolean {
  if (/^prod(uction)?$/i.test(environment.name)) return true
  const promotedFrom = [...policy.environments.values()].some((other) => other.promoteFrom === environment.name)
  return environment.promoteFrom !== undefined && !promotedFrom
}

function clientSettings(settings: DeploymentSettings): DeploymentsSettings {
  const { env } = settings
  return { token: settings.token, repository: env.GITHUB_REPOSITORY ?? '', ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) }
}

/** Refuses, before anything is written, a promote that asks for deployments it could never record. */
export async function checkDeployments(settings: DeploymentSettings, policy: Policy | undefined, environments: readonly EnvironmentPolicy[]): Promise<void> {
  const named = environments.filter((environment) => policy?.environments.get(environment.name) === environment)
  if (named.length === 0) {
    throw new InputError({ input: 'deployments' }, 'deployments are recorded per environment, but this promote writes into none of the policy', {
      hint: 'set environment: to the environment promoted into (or promote into its repositories), or leave deployments off',
    })
  }
  const { checkDeploymentsSettings, checkEnvironmentUrlTemplate } = await import('../github/index.js')
  checkDeploymentsSettings(clientSettings(settings))
  if (settings.urlTemplate !== undefined) checkEnvironmentUrlTemplate(settings.urlTemplate)
}

function description(refs: readonly string[]): string {
  const text = `shiptag promote: ${refs[0] ?? ''}${refs.length > 1 ? ` and ${refs.length - 1} more` : ''}`
  return text.length > 140 ? `${text.slice(0, 139)}…` : text
}

/** Records a deployment for every image and policy environment the promotion reached; never throws. */
export async function recordDeployments(
  client: RegistryClient,
  policy: Policy,
  promotions: readonly PromotionReport[],
  environmentOf: (target: Repository) => EnvironmentPolicy,
  settings: DeploymentSettings & { readonly dryRun: boolean; readonly warn: (message: string) => void },
): Promise<DeploymentOutcome[]> {
  const { env } = settings
  const github = await import('../github/index.js')
  let api: Awaited<ReturnType<typeof github.deploymentsApi>> | undefined
  const outcomes: DeploymentOutcome[] = []
  for (const promotion of promotions) {
    const byEnvironment = new Map<EnvironmentPolicy, PromotionReport['targets'][number][]>()
    for (const report of promotion.targets) {
      const environment = environmentOf(report.target)
      if (policy.environments.get(environment.name) !== environment) continue
      byEnvironment.set(environment, [...(byEnvironment.get(environment) ?? []), report])
    }
    for (const [environment, reports] of byEnvironment) {
      const digest = promotion.source.digest
      if (settings.dryRun) {
        outcomes.push({ environment: environment.name, digest, action: 'would-record', warnings: [] })
        continue
      }
      const warnings: string[] = []
      let revision: string | undefined
      try {
        revision = await imageRevision(client.repository(reports[0]!.target), promotion.source.root)
      } catch (error) {
        warnings.push(`the image's revision label was not read (${error instanceof Error ? error.message : String(error)}); the deployment names GITHUB_SHA`)
      }
      const commits = [...new Set([usableRevision(revision), usableRevision(env.GITHUB_SHA)].filter((commit): commit is string => commit !== undefined))]
      const refs = reports.map((report) => `${repositoryName(report.target)}@${report.digest}`)
      if (commits.length === 0) {
        outcomes.push({
          environment: environment.name,
          digest,
          action: 'failed',
          warnings: [...warnings, 'no commit to record the deployment for: the image has no revision label and GITHUB_SHA is not set'],
        })
        continue
      }
      const server = env.GITHUB_SERVER_URL || 'https://github.com'
      const link = github.environmentUrl(
        settings.urlTemplate,
        { environment: environment.name, image: reports[0]!.target, digest },
        { serverUrl: server, githubRepository: env.GITHUB_REPOSITORY },
      )
      if (link.problem !== undefined) warnings.push(link.problem)
      const environmentUrl = link.url
      try {
        api ??= await github.deploymentsApi(clientSettings(settings))
        const outcome = await github.recordDeployment(api, {
          environment: environment.name,
          production: isProductionEnvironment(policy, environment),
          commits,
          digest,
          tags: [...new Set(reports.flatMap((report) => report.tags.map((tag) => tag.tag)))],
          refs,
          ...(environmentUrl !== undefined ? { environmentUrl } : {}),
          ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? { logUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
          description: description(refs),
        })
        outcomes.push({ ...outcome, warnings: [...warnings, ...outcome.warnings] })
      } catch (error) {
        outcomes.push({
          environment: environment.name,
          digest,
          action: 'failed',
          warnings: [
            ...warnings,
            github.deploymentFailureWarning(
              `recording the deployment in ${environment.name}`,
              error,
              env.GITHUB_REPOSITORY ?? '',
              env.GITHUB_API_URL ?? 'api.github.com',
            ),
          ],
        })
      }
    }
  }
  for (const outcome of outcomes) for (const warning of outcome.warnings) settings.warn(warning)
  return outcomes
}

/** One line of a log: `deployment 42 of sha256:… in prod (ref 1a2b3c4): recorded, replaces 41`. */
export function deploymentLine(outcome: DeploymentOutcome): string {
  const id = outcome.id !== undefined ? ` ${outcome.id}` : ''
  const ref = outcome.ref !== undefined ? ` (ref ${outcome.ref})` : ''
  const replaced = outcome.replaced !== undefined ? `, deployment ${outcome.replaced} set inactive` : ''
  return `GitHub deployment${id} of ${outcome.digest} in ${outcome.environment}${ref}: ${outcome.action}${replaced}`
}
