import semver from 'semver'
import { InputError, type InputLocation, errorMessage } from '../errors.js'
import { checkLinearRegex, rethrowAtInput, testWholeLinear } from '../regex/index.js'
import { compileGlob } from './glob.js'
import type { Pattern } from './types.js'

/**
 * Compiles a policy pattern (docs/policy.md#patterns). A plain string is a glob (picomatch's syntax,
 * matched in linear time by glob.ts: `*` stays within a path segment, `**` crosses them, `{a,b}`
 * alternates), so `ghcr.io/acme/**` never matches
 * `ghcr.io/acme-evil/x` (the Gatekeeper prefix bypass, https://github.com/open-policy-agent/gatekeeper-library/issues/80). `re:` is a regular
 * expression anchored at both ends, run on RE2 in linear time (issue 12: `re:(a|a)*b` backtracked
 * for minutes under a star-height check); what RE2 lacks (lookaround, backreferences) is refused,
 * which is also what RE2 registries (GitLab, Quay) understand. `semver:` is a range from the
 * `semver` package; a leading `v` on the tag is tolerated.
 */
export function compilePattern(source: string, where: InputLocation): Pattern {
  if (source.startsWith('re:')) return regexPattern(source, where)
  if (source.startsWith('semver:')) return semverPattern(source, where)
  if (source === '')
    throw new InputError(where, 'an empty pattern matches nothing', { hint: 'remove it, or write a glob such as "v*", "re:^v\\d+$" or "semver:>=1.0.0"' })
  return { source, where, matches: compileGlob(source, where) }
}

function regexPattern(source: string, where: InputLocation): Pattern {
  const body = source.slice(3)
  let regex: RegExp
  try {
    regex = new RegExp(body, 'u')
  } catch (error) {
    throw new InputError(where, `"${source}" is not a valid regular expression: ${errorMessage(error)}`, {
      hint: 'fix the expression; it is matched against the whole tag or repository',
    })
  }
  try {
    checkLinearRegex(regex)
  } catch (error) {
    rethrowAtInput(error, where, `"${source}"`)
  }
  return {
    source,
    where,
    matches: (value) => {
      try {
        return testWholeLinear(regex, value)
      } catch (error) {
        rethrowAtInput(error, where, `"${source}"`)
      }
    },
  }
}

function semverPattern(source: string, where: InputLocation): Pattern {
  const range = source.slice('semver:'.length).trim() || '*'
  if (semver.validRange(range) === null) {
    throw new InputError(where, `"${source}" is not a semver range`, { hint: 'write e.g. semver:* (any version), semver:>=1.0.0 or semver:^2' })
  }
  return {
    source,
    where,
    matches: (value) => {
      const version = semver.valid(value.replace(/^v(?=\d)/, ''))
      return version !== null && semver.satisfies(version, range, { includePrerelease: true })
    },
  }
}

export function matchesAny(patterns: readonly Pattern[], value: string): Pattern | undefined {
  return patterns.find((pattern) => pattern.matches(value))
}

export { loadRegexSupport } from '../regex/index.js'
