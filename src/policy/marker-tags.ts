import { repositoryName } from '../ref/index.js'
import type { PolicyProblem } from './errors.js'
import { PolicyEvaluator } from './evaluate.js'
import type { Policy } from './types.js'
import type { YamlLocations } from './yaml-locations.js'

/**
 * Promote into an environment moves its marker `tag` last (README "Tag policy"), through the same
 * tag rules as every other tag. A marker its own environment forbids, or leaves out of `allow`,
 * refuses every promotion into it, whatever is promoted: a rule that cannot be enforced as written
 * (issue 13), found when the file is read rather than at the first release. Levels and exceptions
 * apply as they would then; an exception counts whatever its expiry, since the date of the release
 * is not known here (a stale one is `exception.expired`'s to report).
 */
export function markerTagProblems(policy: Policy, locations: YamlLocations): PolicyProblem[] {
  // '' sorts before every date, so every exception is live.
  const evaluator = new PolicyEvaluator(policy, '')
  const problems: PolicyProblem[] = []
  for (const [name, environment] of policy.environments) {
    const tag = environment.tag
    if (tag === undefined) continue
    const repositories = environment.repositories.length > 0 ? environment.repositories : [undefined]
    const refused = repositories
      .flatMap((repository) =>
        evaluator.tagRules(environment, { repository, tag, text: repository === undefined ? tag : `${repositoryName(repository)}:${tag}` }),
      )
      .find((finding) => finding.level === 'error' && (finding.rule === 'tag.forbidden' || finding.rule === 'tag.pattern'))
    if (refused === undefined) continue
    problems.push({
      location: locations.of(['environments', name, 'tag']),
      message: `the marker tag "${tag}" of environment ${name} is refused by its own rules (${refused.rule}: ${refused.message}), so every promote into ${name} would be refused`,
      hint:
        refused.rule === 'tag.forbidden'
          ? `take "${tag}" out of the forbid list that applies to ${name}, or choose a marker tag it allows`
          : `add "${tag}" to environments.${name}.tags.allow, or choose a marker tag that matches it`,
    })
  }
  return problems
}
