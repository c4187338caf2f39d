import { sep } from 'node:path'
import { BaseCommitReadError, type BaseCommit } from '../context/index.js'
import { builtInPolicy, PolicyFileError, type Finding, type Policy, type PolicyEvaluator } from '../policy/index.js'
import { insideWorkspace, readWorkspaceText } from '../workspace/index.js'
import { loadPolicyText, MAX_POLICY_BYTES, policyPath, readPolicy } from './policy-gate.js'

/** The policy a pull request is checked against, and what to say about the pull request's own copy. */
export interface PullRequestPolicy {
  readonly policy: Policy
  /** Lines for the job summary. */
  readonly notes: readonly string[]
  /** `policy.changed` findings, at the levels of `policy` (the base branch's). */
  findings(evaluator: PolicyEvaluator): Finding[]
}

/**
 * On a pull request the policy file is pull-request content like any other, so the rules come from
 * the base branch (issue 12: "`check` evaluates the head's files against the base branch's policy
 * and reports a changed policy file as a finding of its own, so a pull request cannot loosen the
 * rules it is checked against"). A policy file the base lacks means the built-in defaults; a
 * policy input outside the workspace is the workflow's own and read as given.
 *
 * Without the base commit in the checkout the pull request's copy is all there is: it is used, and
 * an error says that it could not be verified and how to bring the base in.
 */
export async function readPullRequestPolicy(input: string, workspace: string, base: BaseCommit | undefined): Promise<PullRequestPolicy> {
  const path = policyPath(input)
  const below = insideWorkspace(workspace, path)
  if (below === undefined) return { policy: await readPolicy(input, workspace), notes: [], findings: () => [] }
  const file = below.split(sep).join('/')
  const head = await readWorkspaceText(workspace, 'policy', path, MAX_POLICY_BYTES)
  if (base === undefined) {
    const policy = await readPolicy(input, workspace)
    if (head === undefined) return { policy, notes: [], findings: () => [] }
    return {
      policy,
      notes: [`the policy is the pull request's own copy of ${file}: the base commit is not in the checkout`],
      findings: () => [unverified(file)],
    }
  }
  let before: string | undefined
  try {
    before = await base.read(file)
  } catch (error) {
    if (!(error instanceof BaseCommitReadError)) throw error
    // The base is there but its policy file cannot be read: as without a base, fail closed.
    return {
      policy: await readPolicy(input, workspace),
      notes: [`the policy is the pull request's own copy of ${file}: ${error.message}`],
      findings: () => [unverified(file, error.message)],
    }
  }
  if (before === undefined && head === undefined) return { policy: await readPolicy(input, workspace), notes: [], findings: () => [] }
  const policy = before === undefined ? builtInPolicy() : await basePolicy(before, file, base.sha)
  // Line endings aside (a Windows checkout with core.autocrlf), the same text is the same policy.
  if (before?.replace(/\r\n/g, '\n') === head?.replace(/\r\n/g, '\n')) return { policy, notes: [], findings: () => [] }
  const short = base.sha.slice(0, 7)
  const headProblems = head === undefined ? [] : await problemsOf(head, file)
  return {
    policy,
    notes: [
      `the policy is the base branch's (${before === undefined ? `no ${file} at ${short}: the built-in defaults` : `${file} at ${short}`}); the pull request's change to it takes effect once merged`,
    ],
    findings: (evaluator) => [...evaluator.finding(policy.defaults, changed(file, before, head, short)), ...headProblems],
  }
}

async function basePolicy(text: string, file: string, sha: string): Promise<Policy> {
  try {
    return await loadPolicyText(text, file)
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error
    const problems = error.problems.map((problem) => ({
      ...problem,
      message: `on the base branch (${sha.slice(0, 7)}): ${problem.message}`,
      hint: `fix the policy file on the base branch first; ${problem.hint}`,
    }))
    throw new PolicyFileError(problems)
  }
}

function changed(file: string, before: string | undefined, head: string | undefined, short: string): Parameters<PolicyEvaluator['finding']>[1] {
  const what = head === undefined ? 'deletes' : before === undefined ? 'adds' : 'changes'
  const used = before === undefined ? 'the built-in defaults (the base branch has no policy file)' : `the base branch's version (${short})`
  return {
    rule: 'policy.changed',
    message: `the pull request ${what} the policy file ${file}; this check applies ${used}, so the pull request cannot loosen the rules it is checked against`,
    hint: 'have a maintainer review the policy change (e.g. CODEOWNERS on the file); it takes effect once merged',
    location: { file, line: head === undefined ? 1 : firstDifferentLine(before ?? '', head) },
  }
}

/** A head policy that does not load would stop every command once merged: an error whatever the levels. */
async function problemsOf(text: string, file: string): Promise<Finding[]> {
  try {
    await loadPolicyText(text, file)
    return []
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error
    return error.problems.map((problem) => ({
      rule: 'policy.changed' as const,
      level: 'error' as const,
      message: `the pull request's policy file does not load, and would stop every command once merged: ${problem.message}`,
      hint: problem.hint,
      location: problem.location,
    }))
  }
}

function unverified(file: string, why = 'the base commit is not in the checkout and could not be fetched from origin'): Finding {
  return {
    rule: 'policy.changed',
    level: 'error',
    message: `the base branch's policy cannot be read because ${why}, so ${file} was read from the pull request itself, which could loosen the rules it is checked against`,
    hint: 'let shiptag fetch the base commit (actions/checkout keeps its credentials by default: persist-credentials: true), or check out with fetch-depth: 2 (or 0)',
    location: { file, line: 1 },
  }
}

function firstDifferentLine(before: string, after: string): number {
  const a = before.split('\n')
  const b = after.split('\n')
  let line = 0
  while (line < a.length && line < b.length && a[line] === b[line]) line++
  return Math.min(line + 1, b.length)
}
