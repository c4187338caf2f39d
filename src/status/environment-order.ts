import type { EnvironmentPolicy, Policy } from '../policy/index.js'

/**
 * The board's columns in promotion order: each `promote.from` chain from its first environment on
 * (dev → staging → prod), chains in the policy's order, then the environments that take part in no
 * chain. A `from` naming an unknown environment starts a chain of its own; a visited set keeps a
 * cycle (which the policy loader refuses anyway) from looping.
 */
export function promotionOrder(policy: Policy): EnvironmentPolicy[] {
  const all = [...policy.environments.values()]
  const followers = (name: string) => all.filter((environment) => environment.promoteFrom === name)
  const inChain = (environment: EnvironmentPolicy) => environment.promoteFrom !== undefined || followers(environment.name).length > 0
  const ordered: EnvironmentPolicy[] = []
  const seen = new Set<string>()
  const visit = (environment: EnvironmentPolicy) => {
    if (seen.has(environment.name)) return
    seen.add(environment.name)
    ordered.push(environment)
    for (const next of followers(environment.name)) visit(next)
  }
  const isFirst = (environment: EnvironmentPolicy) => environment.promoteFrom === undefined || !policy.environments.has(environment.promoteFrom)
  for (const environment of all) if (inChain(environment) && isFirst(environment)) visit(environment)
  for (const environment of all) if (inChain(environment)) visit(environment)
  for (const environment of all) visit(environment)
  return ordered
}

/** The environments a board asks for: one (and the one it promotes from, for drift), else all, in promotion order. */
export function selectEnvironments(policy: Policy, only: string | undefined): EnvironmentPolicy[] {
  const ordered = promotionOrder(policy)
  if (only === undefined) return ordered
  const chosen = policy.environments.get(only)
  const from = chosen?.promoteFrom
  return ordered.filter((environment) => environment.name === only || environment.name === from)
}
