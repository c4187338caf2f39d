/**
 * Promotion records (docs/signatures.md#promotion-records) as promote writes them: the signer is
 * made before the first request, so a key that does not parse or a job without `id-token: write`
 * stops the promotion before anything is written; the records are written after the tags, since a
 * record says the promotion happened. sigstore-js loads only when an environment writes records.
 */
import { InputError } from '../errors.js'
import type { EnvironmentPolicy, Policy } from '../policy/index.js'
import type { PromotionReport } from '../promote/index.js'
import { repositoryName, type Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import type { StatementSigner } from '../sigstore/index.js'

/** The public-good instance's services (https://docs.sigstore.dev/certificate_authority/overview/). */
const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' } as const
/** How long a signing request or the OIDC token request may take. */
const REQUEST_TIMEOUT_MS = 30_000

export interface RecordSettings {
  /** The runner's environment: the OIDC token service, and the run the record names. */
  readonly env: Readonly<Record<string, string | undefined>>
  /** A PEM private key (input `record-key`, SHIPTAG_RECORD_KEY in the CLI); empty: keyless. */
  readonly key: string
  readonly now: Date
}

export interface RecordOutcome {
  readonly target: Repository
  readonly digest: string
  readonly environment: string
  /** `written` (with the referrer's digest), `present` (an earlier run's record is there), `would-write` (dry run). */
  readonly action: 'written' | 'present' | 'would-write'
  readonly record?: string
  readonly attachedVia?: string
}

/** The signer of this promote's records, when any target environment writes them; made before any request. */
export async function recordSigner(policy: Policy, environments: readonly EnvironmentPolicy[], settings: RecordSettings): Promise<StatementSigner | undefined> {
  if (!environments.some((environment) => environment.record)) return undefined
  const { statementSigner, signingKeyFromPem, identityTokenSource } = await import('../sigstore/index.js')
  const { rekor, timestampAuthority } = policy.sigstore
  if (settings.key.trim() !== '') {
    const key = signingKeyFromPem(settings.key, 'input "record-key"')
    return statementSigner({ kind: 'key', key, ...(rekor !== undefined ? { rekor } : {}), ...(timestampAuthority !== undefined ? { timestampAuthority } : {}) })
  }
  const services = keylessServices(policy)
  const identityToken = identityTokenSource(settings.env, { timeoutMs: REQUEST_TIMEOUT_MS })
  return statementSigner({ kind: 'keyless', identityToken, ...services, ...(timestampAuthority !== undefined ? { timestampAuthority } : {}) })
}

/**
 * Fulcio and a log or timestamp authority of the policy's instance: public-good's by default;
 * another instance (GitHub's, or a trusted-root file) names its own, since shiptag cannot guess a
 * private instance's URLs. GitHub's instance has no Rekor: Fulcio and a timestamp authority suffice.
 */
function keylessServices(policy: Policy): { fulcio: string; rekor?: string } {
  const { trustedRoot, fulcio, rekor, timestampAuthority } = policy.sigstore
  if (trustedRoot.kind === 'public-good') return { fulcio: fulcio ?? PUBLIC_GOOD.fulcio, rekor: rekor ?? PUBLIC_GOOD.rekor }
  if (fulcio !== undefined && (rekor !== undefined || timestampAuthority !== undefined)) return { fulcio, ...(rekor !== undefined ? { rekor } : {}) }
  throw new InputError(
    { file: policy.file ?? '.github/image-policy.yml' },
    `promotion records are signed keyless, but sigstore.trustedRoot is ${trustedRoot.kind === 'file' ? trustedRoot.path : trustedRoot.kind} and the policy does not say where its ${fulcio === undefined ? 'Fulcio' : 'Rekor or timestamp authority'} is`,
    { hint: "set sigstore.fulcio and sigstore.rekor (or sigstore.timestampAuthority) to that instance's URLs, or sign records with a key (input record-key)" },
  )
}

/**
 * Writes a record for every target of an environment with `record: true` that the promotion
 * reached. A target whose tags were all in place already holds the record of the run that wrote
 * them, unless that run failed to write it: it is looked for, and written when missing.
 */
export async function writeRecords(
  client: RegistryClient,
  policy: Policy,
  promotions: readonly PromotionReport[],
  environmentOf: (target: Repository) => EnvironmentPolicy,
  signer: StatementSigner,
  settings: RecordSettings & { readonly dryRun: boolean },
): Promise<RecordOutcome[]> {
  const { writePromotionRecord, hasPromotionRecord } = await import('../custody/index.js')
  const outcomes: RecordOutcome[] = []
  for (const promotion of promotions) {
    for (const report of promotion.targets) {
      const environment = environmentOf(report.target)
      if (!environment.record) continue
      const base = { target: report.target, digest: report.digest, environment: environment.name }
      const repo = client.repository(report.target, { intent: 'push' })
      if (settings.dryRun) {
        outcomes.push({ ...base, action: 'would-write' })
        continue
      }
      if (report.upToDate && (await hasPromotionRecord(repo, report.digest, environment.name))) {
        outcomes.push({ ...base, action: 'present' })
        continue
      }
      const attached = await writePromotionRecord({
        target: repo,
        subjectDescriptor: { mediaType: promotion.source.root.parsed.mediaType, digest: report.digest, size: promotion.source.root.bytes.length },
        facts: {
          from: environment.promoteFrom ?? null,
          to: environment.name,
          repository: repositoryName(report.target),
          tags: report.tags.map((tag) => tag.tag),
          policy: { file: policy.file ?? '(built-in defaults)', digest: policy.digest ?? '' },
          run: runFacts(settings.env),
          promotedAt: settings.now.toISOString(),
        },
        signer,
      })
      outcomes.push({ ...base, action: 'written', record: attached.digest, attachedVia: attached.attachedVia })
    }
  }
  return outcomes
}

/** The workflow run, from the variables GitHub Actions sets (https://docs.github.com/actions/reference/variables-reference); null outside it. */
function runFacts(env: Readonly<Record<string, string | undefined>>) {
  const value = (name: string) => (env[name] && env[name]!.trim() !== '' ? env[name]! : null)
  const server = value('GITHUB_SERVER_URL')
  const repository = value('GITHUB_REPOSITORY')
  const runId = value('GITHUB_RUN_ID')
  return {
    url: server !== null && repository !== null && runId !== null ? `${server}/${repository}/actions/runs/${runId}` : null,
    repository,
    workflow: value('GITHUB_WORKFLOW_REF'),
    actor: value('GITHUB_ACTOR'),
    sha: value('GITHUB_SHA'),
  }
}
