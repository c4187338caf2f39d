/**
 * `type=semver`, `type=pep440` and `type=match`: they fire on a tag ref, or on any ref when
 * `value` is set, and derive the tag from that string (metadata-action's `procSemver`,
 * `procPep440`, `procMatch`, including its warning texts).
 */
import type Pep440 from '@renovate/pep440'
import semver from 'semver'
import { describeLocation, type InputLocation } from '../errors.js'
import { matchLikeString, rethrowAtInput } from '../regex/index.js'
import { tagOf } from './git-facts.js'
import { locationOf } from './list-input.js'
import type { MatchRule, Pep440Rule, SemverRule } from './tag-rule.js'
import type { TagValue, ValueEnv } from './value-env.js'
import { renderTemplate } from './templates.js'

/**
 * @renovate/pep440 (and the XRegExp it builds its patterns with) costs about 25 ms at start-up, in
 * every run, for a rule few workflows use: it is loaded only when a `type=pep440` rule is present
 * (the tags command awaits this after parsing), and the engine stays synchronous.
 */
let pep440: typeof Pep440 | undefined

export async function loadPep440Support(): Promise<void> {
  pep440 ??= (await import('@renovate/pep440')).default
}

export function semverValue(rule: SemverRule, env: ValueEnv): TagValue | undefined {
  const at = locationOf('tags', rule.line)
  const version = versionString(rule, env, at)
  if (version === undefined) return undefined
  if (semver.valid(version) === null) {
    env.warn(`${describeLocation(at)}: ${version} is not a valid semver. More info: https://semver.org/`)
    return undefined
  }
  const parsed = { ...semver.parse(version, { loose: true }) }
  // Pre-releases ignore the pattern (so {{major}} cannot move a stable tag) unless it is {{raw}}.
  if (semver.prerelease(version) !== null) {
    return { value: renderTemplate(rule.patternIsRaw ? rule.pattern : '{{version}}', parsed, at), latest: false }
  }
  return { value: renderTemplate(rule.pattern, parsed, at), latest: true }
}

export function pep440Value(rule: Pep440Rule, env: ValueEnv): TagValue | undefined {
  const at = locationOf('tags', rule.line)
  const version = versionString(rule, env, at)
  if (version === undefined) return undefined
  const pep = pep440
  if (pep === undefined) throw new Error('PEP 440 support is not loaded: the tags command awaits loadPep440Support() for type=pep440 rules')
  const explained = pep.valid(version) === null ? null : pep.explain(version)
  if (explained === null) {
    env.warn(`${describeLocation(at)}: ${version} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`)
    return undefined
  }
  if (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease) {
    return { value: rule.patternIsRaw ? version : (pep.clean(version) ?? version), latest: false }
  }
  const parts = {
    raw: () => version,
    version: () => pep.clean(version) ?? version,
    major: () => String(pep.major(version)),
    minor: () => String(pep.minor(version)),
    patch: () => String(pep.patch(version)),
  }
  return { value: renderTemplate(rule.pattern, parts, at), latest: true }
}

/** Every `match` hit asks for `latest` under auto, whatever it captured (metadata-action). */
export function matchValue(rule: MatchRule, env: ValueEnv): TagValue | undefined {
  const at = locationOf('tags', rule.line)
  const input = sourceString(rule, env, at)
  if (input === undefined) return undefined
  // With the `g` flag `match` lists whole matches, and `group` picks one of them (metadata-action).
  const hit = linearMatch(rule.pattern, input, rule.group + 1, at)
  if (hit === null) {
    env.warn(`${describeLocation(at)}: ${rule.patternText} does not match ${input}.`)
    return undefined
  }
  const value = hit[rule.group]
  if (value === undefined) {
    env.warn(`${describeLocation(at)}: Group ${rule.group} does not exist for ${rule.patternText} pattern.`)
    return undefined
  }
  return { value, latest: true }
}

/** The rendered `value`, else the git tag name; undefined when neither applies. */
function sourceString(rule: { readonly value: string }, env: ValueEnv, at: InputLocation): string | undefined {
  if (rule.value !== '') return env.expressions.render(rule.value, at)
  return tagOf(env.context.ref)
}

/** The source string narrowed by `match` (group 1; a miss only warns) with `/` turned into `-`. */
function versionString(rule: SemverRule | Pep440Rule, env: ValueEnv, at: InputLocation): string | undefined {
  const input = sourceString(rule, env, at)
  if (input === undefined) return undefined
  let version = input
  if (rule.match !== undefined) {
    const hit = linearMatch(rule.match, input, 2, at)
    if (hit === null) {
      env.warn(`${describeLocation(at)}: ${rule.match.source} does not match ${input}.`)
    } else if (hit[1] === undefined) {
      env.warn(`${describeLocation(at)}: group 1 of ${rule.match.source} captured nothing in ${input}.`)
      return undefined
    } else {
      version = hit[1]
    }
  }
  return version.replaceAll('/', '-')
}

/** `input.match(regex)` on the linear-time engine; an input too long for the pattern is an input error. */
function linearMatch(regex: RegExp, input: string, maxMatches: number, at: InputLocation): (string | undefined)[] | null {
  try {
    return matchLikeString(regex, input, maxMatches)
  } catch (error) {
    rethrowAtInput(error, at, `/${regex.source}/${regex.flags}`)
  }
}
