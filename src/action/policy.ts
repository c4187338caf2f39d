import { PolicyGate, isoDay, readPolicy } from '../commands/policy-gate.js'
import type { ActionInputs } from './inputs.js'

/** The step's policy gate: the `policy` input's file or `.github/image-policy.yml` in the workspace, for the `environment` input. */
export async function actionPolicyGate(inputs: ActionInputs, env: NodeJS.ProcessEnv, now: Date): Promise<PolicyGate> {
  const policy = await readPolicy(inputs.policy, env.GITHUB_WORKSPACE || process.cwd())
  return new PolicyGate(policy, isoDay(now), inputs.environment)
}
