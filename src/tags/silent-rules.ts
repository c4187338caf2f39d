/**
 * Why an enabled rule produced no tag for this ref, so "No Docker tag has been generated" can name
 * each line and its reason (issue 13: the generic message named no input or line).
 */
import type { GitContext } from '../context/types.js'
import { branchOf, pullRequestOf, tagOf } from './git-facts.js'
import type { TagRule } from './tag-rule.js'
import { ruleWhere } from './provenance.js'

export interface SilentRule {
  /** 1-based line in the `tags` input; 0 for a default rule. */
  readonly line: number
  readonly rule: string
  readonly why: string
}

function refKind(context: GitContext): string {
  if (branchOf(context.ref) !== undefined) return `branch ref ${context.ref}`
  if (tagOf(context.ref) !== undefined) return `tag ref ${context.ref}`
  if (pullRequestOf(context.ref) !== undefined) return `pull request ref ${context.ref}`
  return context.ref === '' ? 'no git ref' : `ref ${context.ref}`
}

/** The reason `tagValue` returned nothing for `rule`; warnings already given say more. */
export function whyNoValue(rule: TagRule, context: GitContext): string {
  const here = `this run has ${refKind(context)} (event ${context.eventName || 'unknown'})`
  switch (rule.type) {
    case 'schedule':
      return `it applies to schedule events only; ${here}`
    case 'semver':
    case 'pep440':
    case 'match':
      return rule.value === '' && tagOf(context.ref) === undefined
        ? `it needs a tag push (refs/tags/…) or a value= attribute; ${here}`
        : 'its value did not give a version (see the warning above)'
    case 'edge':
      return `it gives "edge" only on branch ${rule.branch ?? 'the default branch'}; ${here}`
    case 'ref':
      return `event=${rule.event} needs a ${rule.event === 'pr' ? 'pull request' : rule.event} ref; ${here}`
    case 'raw':
      return 'its value rendered empty here'
    case 'sha':
      return 'the commit sha is unknown'
  }
}

/** The rules named one by one; a long input's others are counted, so the warning stays one line. */
const MAX_NAMED_RULES = 10

/** One warning naming the rules that produced nothing, or '' when there is none. */
export function silentRulesText(silent: readonly SilentRule[]): string {
  const named = silent.slice(0, MAX_NAMED_RULES).map((entry) => `${ruleWhere(entry)} produced nothing: ${entry.why}`)
  const more = silent.length - named.length
  return [...named, ...(more > 0 ? [`and ${more} more rule(s) likewise`] : [])].join('; ')
}
