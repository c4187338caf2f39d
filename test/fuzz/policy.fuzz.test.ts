/** Fuzz: the policy file (src/policy/load.ts): YAML with anchors, aliases and deep nesting, patterns, environments. */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPolicy } from '../../src/policy/index.js'
import { PolicyFileError } from '../../src/policy/errors.js'
import { longRun, yamlText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const VALID = [
  'version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app\n    tags:\n      forbid: [latest]\n      allow: ["v*"]\n    promote:\n      from: staging\n  staging:\n    repository: ghcr.io/acme/app\n',
  'version: 1\ndefaults:\n  digest: required\n  images:\n    allow: ["ghcr.io/acme/**"]\nexceptions:\n  - rules: [tag.forbidden]\n    reason: legacy\n    expires: 2027-01-01\n',
  'version: 1\nenvironments:\n  a: &env\n    tags: {immutable: ["v*"]}\n  b: *env\n',
]

/** Patterns are user globs or regexes (`/…/`): nested quantifiers and long alternations are the classic ReDoS shapes. */
const patternPolicy = fc
  .tuple(fc.constantFrom('allow', 'forbid', 'immutable'), fc.oneof(longRun(['/', '/(', '/^('], ['a+', '(a+)+', '(a|a)*', '.*.*', '\\d+\\d+', '[', '(?=', '\\'], ['/', ')/', '$/'], 200), longRun(['', '**/'], ['*', '**', '?', '[a-', '{a,', '!', '\\'], ['', '}', ']'], 2_000)))
  .map(([list, pattern]) => `version: 1\nenvironments:\n  prod:\n    tags:\n      ${list}: [${JSON.stringify(pattern)}]\n`)

function refusedAsPolicy(outcome: Outcome): void {
  if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(PolicyFileError)
}

// The schema validator is compiled on the first policy file: start-up, not the time under test.
beforeAll(() => {
  loadPolicy(VALID[0]!, 'warm-up.yml')
})

describe('fuzz: policy file — needs yaml/regex fix', () => {
  it('loadPolicy returns a policy or refuses the file with PolicyFileError, in linear time', () => {
    fuzz(fc.oneof(yamlText(VALID), patternPolicy), (text) => loadPolicy(text, '.github/image-policy.yml'), 400, refusedAsPolicy)
  })
})

describe('regression corpus: policy file — needs yaml/regex fix', () => {
  it.each(corpusRows('policy'))('%s', (_title, entry) => {
    refusedAsPolicy(outcomeOf(() => loadPolicy(entry.text, entry.name), entry.name))
  })
})
