/**
 * `provenance: { repo | owner, signerWorkflow }` of the policy as the identity a Fulcio certificate
 * must carry, checked as `gh attestation verify --repo/--owner/--signer-workflow` checks it
 * (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verify/policy.go and
 * https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verification/extensions.go):
 * - Source Repository Owner URI (1.3.6.1.4.1.57264.1.16) is `https://<host>/<owner>`, and with a
 *   repository, Source Repository URI (1.3.6.1.4.1.57264.1.12) is `https://<host>/<owner>/<repo>`,
 *   both compared without regard to case, as gh does (GitHub names are case-insensitive);
 * - the certificate's subject (the SAN: the workflow that signed, `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`)
 *   is a workflow of that repository (or owner), or with `signerWorkflow`, that workflow: gh's
 *   `^https://<host>/<workflow>` prefix; here the pattern is matched against the workflow path with
 *   and without its `@ref`, so `acme/app/.github/workflows/release.yml` takes every ref and
 *   `…/release.yml@refs/tags/*` only tags (and a longer file name is not taken by a shorter one);
 * - the OIDC issuer (1.3.6.1.4.1.57264.1.8) is GitHub Actions' for that host: github.com's
 *   `https://token.actions.githubusercontent.com`, GHE.com's `https://token.actions.<tenant>.ghe.com`
 *   (https://docs.github.com/en/enterprise-cloud@latest/admin/data-residency/about-github-enterprise-cloud-with-data-residency),
 *   an Enterprise Server's `https://<host>/_services/token`
 *   (https://docs.github.com/en/enterprise-server@latest/actions/reference/security/oidc), unless
 *   the policy names another (an enterprise with a custom issuer policy:
 *   `https://token.actions.githubusercontent.com/<enterprise>`).
 * OIDs: https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. Pure: the server URL
 * (`GITHUB_SERVER_URL`) is passed in.
 */
import { GitHubRequestError } from './errors.js'
import { checkOwner, splitRepository } from './api-base.js'
import type { IdentityRule, Matcher } from './types.js'

export const SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12'
export const SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16'
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export interface ProvenanceConstraints {
  /** `acme/app`, like `--repo`. */
  readonly repo?: string
  /** `acme`, like `--owner`; with `repo`, it must be the repository's owner. */
  readonly owner?: string
  /** The workflow that signed, as a policy pattern over `owner/repo/path` (and `…@ref`), like `--signer-workflow`. */
  readonly signerWorkflow?: Matcher
  /** The OIDC issuer, when it is not GitHub Actions' default for the server. */
  readonly issuer?: Matcher
  /** `GITHUB_SERVER_URL`: https://github.com when unset. */
  readonly serverUrl?: string
}

/** `https://github.com` → its host; anything that is not an https URL of a host is refused. */
function serverHost(serverUrl: string | undefined): string {
  const text = serverUrl === undefined || serverUrl.trim() === '' ? 'https://github.com' : serverUrl.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new GitHubRequestError(`GITHUB_SERVER_URL "${text}" is not a URL`, {
      hint: 'leave GITHUB_SERVER_URL as the runner sets it (https://github.com, or your GitHub Enterprise host)',
    })
  }
  if (url.protocol !== 'https:' || (url.pathname !== '/' && url.pathname !== '')) {
    throw new GitHubRequestError(`GITHUB_SERVER_URL "${text}" is not https://<host>`, {
      hint: 'leave GITHUB_SERVER_URL as the runner sets it (https://github.com, or your GitHub Enterprise host)',
    })
  }
  return url.host.toLowerCase()
}

/** GitHub Actions' OIDC issuer for a GitHub host. */
export function defaultIssuer(host: string): string {
  if (host === 'github.com') return GITHUB_ACTIONS_ISSUER
  const tenant = /^([a-z0-9-]+)\.ghe\.com$/.exec(host)
  return tenant !== null ? `https://token.actions.${tenant[1]}.ghe.com` : `https://${host}/_services/token`
}

/** Equal without regard to case. */
function sameText(expected: string): Matcher {
  const lower = expected.toLowerCase()
  return { source: expected, matches: (value) => value.toLowerCase() === lower }
}

/** A SAN that is a workflow under `https://<host>/<prefix>/` (prefix: owner, or owner/repo). */
function workflowUnder(host: string, prefix: string): Matcher {
  const start = `https://${host}/${prefix}/`.toLowerCase()
  return { source: `https://${host}/${prefix}/…`, matches: (value) => value.toLowerCase().startsWith(start) }
}

/** A SAN whose workflow (`owner/repo/path`, with or without `@ref`, with or without the host) matches `pattern`. */
function signedBy(host: string, pattern: Matcher): Matcher {
  const start = `https://${host}/`
  return {
    source: `https://${host}/${pattern.source}`,
    matches: (value) => {
      if (!value.toLowerCase().startsWith(start)) return false
      const withRef = value.slice(start.length)
      const at = withRef.indexOf('@')
      const path = at === -1 ? withRef : withRef.slice(0, at)
      return [path, withRef, `${host}/${path}`, `${host}/${withRef}`].some((candidate) => pattern.matches(candidate))
    },
  }
}

export function provenanceIdentity(constraints: ProvenanceConstraints): IdentityRule {
  const host = serverHost(constraints.serverUrl)
  let owner: string
  let repo: string | undefined
  if (constraints.repo !== undefined) {
    const [repoOwner] = splitRepository(constraints.repo)
    if (constraints.owner !== undefined && constraints.owner.toLowerCase() !== repoOwner.toLowerCase()) {
      throw new GitHubRequestError(`provenance names owner "${constraints.owner}" and repository "${constraints.repo}" of another owner`, {
        hint: 'name the repository (repo: owner/name), or only its owner (owner: name)',
      })
    }
    owner = repoOwner
    repo = constraints.repo
  } else if (constraints.owner !== undefined) {
    owner = checkOwner(constraints.owner)
  } else {
    throw new GitHubRequestError('provenance names neither a repository nor an owner', {
      hint: 'say whose builds are accepted: repo: owner/name (like gh attestation verify --repo), or owner: name (--owner)',
    })
  }
  const extensions: Record<string, Matcher> = { [SOURCE_REPOSITORY_OWNER_URI]: sameText(`https://${host}/${owner}`) }
  if (repo !== undefined) extensions[SOURCE_REPOSITORY_URI] = sameText(`https://${host}/${repo}`)
  const subject = constraints.signerWorkflow !== undefined ? signedBy(host, constraints.signerWorkflow) : workflowUnder(host, repo ?? owner)
  const issuer = constraints.issuer ?? sameText(defaultIssuer(host))
  const built = repo !== undefined ? `repository https://${host}/${repo}` : `owner https://${host}/${owner}`
  const signer = constraints.signerWorkflow !== undefined ? `signer workflow ${subject.source}` : `signed by a workflow under ${subject.source}`
  return { subject, issuer, extensions, text: `built from ${built}, ${signer}, issued by ${issuer.source}` }
}
