import { didYouMean } from '../suggest.js'
import { items, map } from './document-values.js'
import type { PolicyProblem } from './errors.js'
import { sharedRepositoryProblems } from './shared-repositories.js'
import type { EnvironmentPolicy } from './types.js'
import type { YamlLocations } from './yaml-locations.js'

/**
 * What the policy's parts say about each other, which no schema can: every environment a field
 * names exists (with the likely spelling when it does not), promotion runs one way, exception ids
 * are unique, and `promote.from` can be enforced (shared-repositories.ts).
 */
export function crossReferenceProblems(
  raw: Record<string, unknown>,
  environments: ReadonlyMap<string, EnvironmentPolicy>,
  locations: YamlLocations,
): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const unknown = (name: string) =>
    `${didYouMean(name, environments.keys())}use one of: ${[...environments.keys()].join(', ') || '(none: define it under environments:)'}`
  for (const [name, environment] of environments) {
    if (environment.promoteFrom !== undefined && !environments.has(environment.promoteFrom)) {
      problems.push({
        location: locations.of(['environments', name, 'promote', 'from']),
        message: `promote.from names "${environment.promoteFrom}", which is not an environment`,
        hint: unknown(environment.promoteFrom),
      })
    }
    // Records are written by the promote into `from`; without record: true there would never be one to prove.
    const from = environment.promoteFrom === undefined ? undefined : environments.get(environment.promoteFrom)
    if (environment.promoteProof?.kind === 'attestation' && from !== undefined && !from.record) {
      problems.push({
        location: locations.of(['environments', name, 'promote', 'proof']),
        message: `proof: attestation needs promotion records of ${from.name}, but ${from.name} does not write them`,
        hint: `add record: true to environment ${from.name}, so a promote into it signs and attaches a record`,
      })
    }
  }
  for (const cycle of promotionCycles(environments)) {
    problems.push({
      location: locations.of(['environments', cycle[0]!, 'promote', 'from']),
      message: `promote.from goes round in a circle: ${cycle.join(' → ')}`,
      hint: 'promotion runs one way, e.g. dev → staging → prod',
    })
  }
  const ids = new Map<string, number>()
  for (const [i, entry] of items(raw.exceptions)) {
    const exception = map(entry)
    for (const [j, name] of items(exception.environments)) {
      if (typeof name === 'string' && !environments.has(name))
        problems.push({
          location: locations.of(['exceptions', i, 'environments', j]),
          message: `exceptions[${i}] names "${name}", which is not an environment`,
          hint: unknown(name),
        })
    }
    if (typeof exception.id !== 'string') continue
    const first = ids.get(exception.id)
    if (first === undefined) ids.set(exception.id, i)
    else
      problems.push({
        location: locations.of(['exceptions', i, 'id']),
        message: `exceptions[${i}] has the id "${exception.id}" of exceptions[${first}]`,
        hint: 'give each exception its own id: findings and reviews name exceptions by it',
      })
  }
  problems.push(...sharedRepositoryProblems(environments, (name) => locations.ofKey(['environments'], name)))
  return problems
}

/** Every cycle of `promote.from`, once each, starting at the environment written first. */
function promotionCycles(environments: ReadonlyMap<string, EnvironmentPolicy>): string[][] {
  const cycles: string[][] = []
  const reported = new Set<string>()
  for (const start of environments.keys()) {
    if (reported.has(start)) continue
    const seen: string[] = [start]
    for (let next = environments.get(start)?.promoteFrom; next !== undefined && environments.has(next); next = environments.get(next)?.promoteFrom) {
      if (next === start) {
        cycles.push([...seen, start])
        for (const name of seen) reported.add(name)
        break
      }
      if (seen.includes(next)) break
      seen.push(next)
    }
  }
  return cycles
}
