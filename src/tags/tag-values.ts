/**
 * The value each rule type produces for the current ref (metadata-action's `proc*` functions),
 * before prefix/suffix. Undefined means the rule does not fire here.
 */
import { describeLocation } from '../errors.js'
import { branchOf, pullRequestOf, shortSha, tagOf } from './git-facts.js'
import { locationOf } from './list-input.js'
import type { EdgeRule, RefRule, ShaRule, TagRule } from './tag-rule.js'
import type { TagValue, ValueEnv } from './value-env.js'
import { matchValue, pep440Value, semverValue } from './versions.js'

export function tagValue(rule: TagRule, env: ValueEnv): TagValue | undefined {
  switch (rule.type) {
    case 'schedule':
      // metadata-action tests the event name with /schedule/, not equality.
      if (!/schedule/.test(env.context.eventName)) return undefined
      return { value: env.expressions.renderSchedule(rule.pattern, locationOf('tags', rule.line)), latest: false }
    case 'semver':
      return semverValue(rule, env)
    case 'pep440':
      return pep440Value(rule, env)
    case 'match':
      return matchValue(rule, env)
    case 'edge':
      return edgeValue(rule, env)
    case 'ref':
      return refValue(rule, env)
    case 'raw':
      return { value: env.expressions.render(rule.value, locationOf('tags', rule.line)), latest: false }
    case 'sha':
      return shaValue(rule, env)
  }
}

/** `edge` on the given branch, else on the default branch (from the context; we never call the API). */
function edgeValue(rule: EdgeRule, env: ValueEnv): TagValue | undefined {
  const branch = branchOf(env.context.ref)
  if (branch === undefined) return undefined
  const target = rule.branch ?? env.context.defaultBranch
  if (target === undefined) {
    env.warn(`${describeLocation(locationOf('tags', rule.line))}: type=edge has no branch and the default branch is unknown, so no edge tag; add branch=<name>`)
    return undefined
  }
  return branch === target ? { value: 'edge', latest: false } : undefined
}

/** A tag ref asks for `latest` under auto without any prerelease check (metadata-action). */
function refValue(rule: RefRule, env: ValueEnv): TagValue | undefined {
  const { ref } = env.context
  switch (rule.event) {
    case 'branch': {
      const branch = branchOf(ref)
      return branch === undefined ? undefined : { value: branch, latest: false }
    }
    case 'tag': {
      const tag = tagOf(ref)
      return tag === undefined ? undefined : { value: tag, latest: true }
    }
    case 'pr': {
      const pullRequest = pullRequestOf(ref)
      return pullRequest === undefined ? undefined : { value: pullRequest, latest: false }
    }
  }
}

function shaValue(rule: ShaRule, env: ValueEnv): TagValue | undefined {
  if (env.sha === '') return undefined
  return { value: rule.format === 'short' ? shortSha(env.sha, env.shortShaLength) : env.sha, latest: false }
}
