import type { InputLocation } from '../errors.js'
import { isSameRepository, repositoryName } from '../ref/index.js'
import type { PolicyProblem } from './errors.js'
import type { EnvironmentPolicy } from './types.js'

/**
 * `promote.from: F` asks whether F holds a digest: F's marker `tag` points at it, or, without a
 * marker, one of F's repositories has it (README "Rules"). When F has no marker and shares a
 * repository with an environment that comes before it, "the repository has it" is true of
 * everything that earlier environment pushed, so the check passes whatever was promoted to F
 * (issue 13: "everything in dev counts as held by staging, silently"). Such a rule cannot be
 * enforced as written, so it is a problem of the policy file: F needs a marker tag (or a
 * repository of its own). The environment a shared repository starts with may go without one:
 * everything in the repository is its, by definition.
 *
 * "Before F" is an environment F promotes from (directly or further up), or, for two environments
 * neither of which promotes from the other, one written earlier in the file.
 */
export function sharedRepositoryProblems(environments: ReadonlyMap<string, EnvironmentPolicy>, nameAt: (name: string) => InputLocation): PolicyProblem[] {
  const names = [...environments.keys()]
  const problems: PolicyProblem[] = []
  for (const from of new Set([...environments.values()].flatMap((environment) => (environment.promoteFrom === undefined ? [] : [environment.promoteFrom])))) {
    const environment = environments.get(from)
    if (environment === undefined || environment.tag !== undefined) continue
    const earlier = [...environments.values()].find(
      (other) =>
        other.name !== from &&
        other.repositories.some((repository) => environment.repositories.some((own) => isSameRepository(own, repository))) &&
        (upstream(environments, from).includes(other.name) ||
          (!upstream(environments, other.name).includes(from) && names.indexOf(other.name) < names.indexOf(from))),
    )
    if (earlier === undefined) continue
    const shared = repositoryName(earlier.repositories.find((repository) => environment.repositories.some((own) => isSameRepository(own, repository)))!)
    const promoting = [...environments.values()].filter((other) => other.promoteFrom === from).map((other) => other.name)
    problems.push({
      location: nameAt(from),
      message: `environment ${from} shares the repository ${shared} with ${earlier.name} and has no marker tag, so promote.from: ${from} (in ${promoting.join(', ')}) cannot be enforced: every image ${earlier.name} pushes to ${shared} would count as held by ${from}`,
      hint: `add tag: ${from} to environment ${from} (the tag promote moves to mark what ${from} runs), or give ${from} a repository of its own`,
    })
  }
  return problems
}

/** The environments `name` promotes from, nearest first; stops at a cycle (reported on its own). */
function upstream(environments: ReadonlyMap<string, EnvironmentPolicy>, name: string): string[] {
  const chain: string[] = []
  for (let next = environments.get(name)?.promoteFrom; next !== undefined && next !== name && !chain.includes(next); next = environments.get(next)?.promoteFrom)
    chain.push(next)
  return chain
}
