import picomatch from 'picomatch'
import safeRegex from 'safe-regex2'
import semver from 'semver'
import { InputError, type InputLocation } from '../errors.js'
import type { Pattern } from './types.js'

/**
 * Compiles a policy pattern (policy-model §4 rule 2). A plain string is a glob (picomatch: `*` stays
 * within a path segment, `**` crosses them, `{a,b}` alternates), so `ghcr.io/acme/**` never matches
 * `ghcr.io/acme-evil/x` (the Gatekeeper prefix bypass, gatekeeper-library#80). `re:` is a regular
 * expression anchored at both ends, refused when it can backtrack catastrophically (safe-regex2's
 * star-height check) or uses lookbehind or backreferences, which RE2 registries (GitLab, Quay) do not
 * have. `semver:` is a range from the `semver` package; a leading `v` on the tag is tolerated.
 */
export function compilePattern(source: string, where: InputLocation): Pattern {
  if (source.startsWith('re:')) return regexPattern(source, where)
  if (source.startsWith('semver:')) return semverPattern(source, where)
  if (source === '') throw new InputError(where, 'an empty pattern matches nothing', { hint: 'remove it, or write a glob such as "v*", "re:^v\\d+$" or "semver:>=1.0.0"' })
  const isMatch = picomatch(source, { dot: true, nobrace: false, noextglob: true })
  return { source, where, matches: (value) => isMatch(value) }
}

function regexPattern(source: string, where: InputLocation): Pattern {
  const body = source.slice(3)
  if (/\(\?<[=!]/.test(body) || /\\[1-9]/.test(body) || /\\k</.test(body)) {
    throw new InputError(where, `"${source}" uses lookbehind or a backreference, which RE2 (GitLab, Quay) does not support`, {
      hint: 'rewrite it without (?<=…), (?<!…) or \\1; policy regexes stay within what every registry understands',
    })
  }
  let regex: RegExp
  try {
    regex = new RegExp(`^(?:${body})$`, 'u')
  } catch (error) {
    throw new InputError(where, `"${source}" is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, { hint: 'fix the expression; it is matched against the whole tag or repository' })
  }
  if (!safeRegex(regex)) {
    throw new InputError(where, `"${source}" can backtrack catastrophically (nested quantifiers such as (a+)+)`, {
      hint: 'remove the nested repetition, e.g. write ^v\\d+(\\.\\d+)*$ as ^v\\d+(?:\\.\\d+){0,3}$',
    })
  }
  return { source, where, matches: (value) => regex.test(value) }
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
