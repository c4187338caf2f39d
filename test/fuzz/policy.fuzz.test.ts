/** Fuzz: the policy file (src/policy/load.ts): YAML with anchors, aliases and deep nesting, patterns, environments. */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPolicy } from '../../src/policy/index.js'
import { PolicyFileError } from '../../src/policy/errors.js'
import { compilePattern, matchesAny } from '../../src/policy/patterns.js'
import { longRun, yamlText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const VALID = [
  'version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app\n    tags:\n      forbid: [latest]\n      allow: ["v*"]\n    promote:\n      from: staging\n  staging:\n    repository: ghcr.io/acme/app\n',
  'version: 1\ndefaults:\n  digest: required\n  images:\n    allow: ["ghcr.io/acme/**"]\nexceptions:\n  - rules: [tag.forbidden]\n    reason: legacy\n    expires: 2027-01-01\n',
  'version: 1\nenvironments:\n  a: &env\n    tags: {immutable: ["v*"]}\n  b: *env\n',
]

/** Policy patterns: globs, `re:` regexes and `semver:` ranges; nested quantifiers, overlapping alternations and runs of `*` are the classic ReDoS shapes. */
const patternText = fc.oneof(
  longRun(['re:', 're:(', 're:^('], ['a+', '(a+)+', '(a|a)*', '(a|aa)+', '.*.*', '\\d+\\d+', '(\\d|\\d)*', '[', '(?=', '\\'], ['', ')', '$', 'b', ')*b'], 40),
  longRun(['', '**/', 'ghcr.io/'], ['*', '**', '?', '*a', '[a-', '{a,', '!', '\\'], ['', '}', ']', 'b'], 200),
  longRun(['semver:', 'semver:>='], ['1', '.', '||', ' ', '^', '-', 'x'], ['', '0'], 300),
)
const patternPolicy = fc
  .tuple(fc.constantFrom('allow', 'forbid', 'immutable'), patternText)
  .map(([list, pattern]) => `version: 1\nenvironments:\n  prod:\n    tags:\n      ${list}: [${JSON.stringify(pattern)}]\n`)

/** What a pattern is matched against: a tag (at most 128 characters) or a repository (at most 255). */
const matchedValue = longRun(['', 'v', 'ghcr.io/'], ['a', '1', '1.', 'a/', 'aa', '-'], ['', '!', 'b', '/'], 120)

function refusedAsPolicy(outcome: Outcome): void {
  if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(PolicyFileError)
}

// The schema validator is compiled on the first policy file: start-up, not the time under test.
beforeAll(() => {
  loadPolicy(VALID[0]!, 'warm-up.yml')
})

describe('fuzz: policy file — needs yaml/regex fix', () => {
  it('loadPolicy returns a policy or refuses the file with PolicyFileError, in linear time', () => {
    fuzz(fc.oneof(yamlText(VALID), patternPolicy), (text) => loadPolicy(text, '.github/image-policy.yml'), 250, refusedAsPolicy)
  })
})

describe('fuzz: policy patterns — needs regex fix', () => {
  it('a pattern compiles or is refused with an InputError, and matches any tag or repository in linear time', () => {
    fuzz(
      fc.tuple(patternText, fc.array(matchedValue, { minLength: 1, maxLength: 3 })),
      ([source, values]) => {
        const pattern = compilePattern(source, { file: 'policy.yml', line: 1 })
        return values.map((value) => matchesAny([pattern], value) !== undefined)
      },
      300,
    )
  })
})

describe('regression corpus: policy file — needs yaml/regex fix', () => {
  it.each(corpusRows('policy'))('%s', (_title, entry) => {
    refusedAsPolicy(outcomeOf(() => loadPolicy(entry.text, entry.name), entry.name))
  })
})
