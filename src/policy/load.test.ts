import { describe, expect, it } from 'vitest'
import { describeError } from '../errors.js'
import { PolicyFileError } from './errors.js'
import { loadPolicy } from './load.js'

const FILE = '.github/image-policy.yml'

const GOOD = `version: 1
defaults:
  tags:
    forbid: [latest]
environments:
  dev:
    repository: ghcr.io/acme/app
    tags: { allow: ["sha-*", "pr-*", "main"] }
  staging:
    repository: ghcr.io/acme/app
    tag: staging
    promote: { from: dev }
  prod:
    repository: registry.acme.example/prod/app
    promote: { from: staging }
    tags:
      forbid: [latest]
      allow: ["semver:*", "prod"]
      immutable: ["semver:*"]
    files: ["deploy/prod/**"]
    digest: required
exceptions:
  - rules: [image.allowed]
    images: [busybox]
    environments: [dev]
    reason: debug sidecar
    expires: 2026-12-31
`

describe('loadPolicy', () => {
  it('reads environments with defaults merged in, normalised repositories and compiled patterns', () => {
    const policy = loadPolicy(GOOD, FILE)
    const prod = policy.environments.get('prod')!
    expect(prod.repositories).toEqual([{ registry: 'registry.acme.example', repository: 'prod/app' }])
    expect(prod.promoteFrom).toBe('staging')
    expect(prod.digest).toBe('required')
    expect(prod.tags.allow.map((p) => p.source)).toEqual(['semver:*', 'prod'])
    expect(prod.tags.immutable[0]!.matches('1.2.3')).toBe(true)
    expect(prod.tags.immutable[0]!.matches('v1.2.3-rc.1')).toBe(true)
    expect(prod.tags.immutable[0]!.matches('prod')).toBe(false)
    expect(prod.files[0]!.matches('deploy/prod/app/deployment.yaml')).toBe(true)
    // The dev environment inherits forbid: [latest] from defaults; lists it sets replace.
    expect(policy.environments.get('dev')!.tags.forbid.map((p) => p.source)).toEqual(['latest'])
    expect(policy.environments.get('staging')!.tag).toBe('staging')
    expect(policy.exceptions[0]!.images[0]!.source).toBe('docker.io/library/busybox')
    expect(prod.where).toEqual({ file: FILE, line: 14, column: 5 })
  })

  it.each([
    ['bad YAML', 'version: 1\nenvironments:\n  prod: [unclosed\n', 4, 1, /not valid YAML/],
    ['a duplicate key', 'version: 1\nversion: 1\n', 2, 1, /not valid YAML: Map keys must be unique/],
    ['no version', 'environments: {}\n', 1, 1, /the policy needs the field "version"/],
    ['version 2', 'version: 2\n', 1, 10, /version must be 1, got 2/],
    ['an unknown field', 'version: 1\nenvironments:\n  prod:\n    tagz: [latest]\n', 4, 5, /unknown field "tagz" in environments\.prod/],
    ['an unknown field in tags', 'version: 1\ndefaults:\n  tags:\n    forbidden: [latest]\n', 4, 5, /unknown field "forbidden" in defaults\.tags/],
    ['a wrong type', 'version: 1\ndefaults:\n  tags:\n    forbid: latest\n', 4, 13, /defaults\.tags\.forbid: expected a list, got string "latest"/],
    [
      'a number where a string goes',
      'version: 1\ndefaults:\n  tags:\n    allow: [1.0]\n',
      4,
      13,
      /defaults\.tags\.allow\[0\]: expected a string, got number 1/,
    ],
    ['a bad level', 'version: 1\ndefaults:\n  enforcement: fatal\n', 3, 16, /defaults\.enforcement: "fatal" is not allowed/],
    ['a bad regex', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:^v(\\\\d+$"]\n', 4, 13, /is not a valid regular expression/],
    [
      'a lookahead',
      'version: 1\ndefaults:\n  tags:\n    allow: ["re:(?!latest$).*"]\n',
      4,
      13,
      /uses a negative lookahead `\(\?!latest\$\)` \(at character 1\)/,
    ],
    ['a backreference', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:^(a)\\\\1$"]\n', 4, 13, /uses a backreference `\\1` \(at character 5\)/],
    ['a bad semver range', 'version: 1\ndefaults:\n  tags:\n    allow: ["semver:>>1"]\n', 4, 13, /is not a semver range/],
    [
      'promote.from an unknown environment',
      'version: 1\nenvironments:\n  prod:\n    promote: { from: stagign }\n',
      4,
      22,
      /promote\.from names "stagign", which is not an environment/,
    ],
    ['an environment name with a space', 'version: 1\nenvironments:\n  dev: {}\n  "bad name": {}\n', 4, 3, /environments: "bad name" is not allowed here/],
    [
      'a promotion cycle',
      'version: 1\nenvironments:\n  a: { promote: { from: b } }\n  b: { promote: { from: a } }\n',
      3,
      25,
      /goes round in a circle: a → b → a/,
    ],
    ['a repository with a tag', 'version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app:1\n', 4, 17, /is not a repository/],
    [
      'a bad expiry',
      'version: 1\nexceptions:\n  - rules: [tag.forbidden]\n    reason: x\n    expires: 31/12/2026\n',
      5,
      14,
      /exceptions\[0\]\.expires: "31\/12\/2026" is not a date/,
    ],
    [
      'an unknown rule id',
      'version: 1\nexceptions:\n  - rules: [tag.forbiden]\n    reason: x\n',
      3,
      13,
      /exceptions\[0\]\.rules\[0\]: "tag\.forbiden" is not allowed/,
    ],
  ])('refuses %s with file, line and column', (_name, text, line, column, message) => {
    let error: unknown
    try {
      loadPolicy(text, FILE)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(PolicyFileError)
    const problem = (error as PolicyFileError).problems[0]!
    expect(problem.message).toMatch(message)
    expect(problem.location).toEqual({ file: FILE, line, column })
    expect(describeError(error)).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:${line}:${column}: `))
    expect(describeError(error)).toContain('What to do:')
  })

  it.each([
    [
      'a misspelt rule id',
      'version: 1\nexceptions:\n  - rules: [tag.forbiden]\n    reason: x\n',
      'did you mean "tag.forbidden"? expected one of: tag.forbidden,',
    ],
    ['a misspelt level', 'version: 1\ndefaults:\n  enforcement: eror\n', 'did you mean "error"? expected one of: error, warn, off'],
    ['a misspelt field', 'version: 1\nenvironments:\n  prod:\n    repostiory: ghcr.io/acme/app\n', 'did you mean "repository"? expected one of:'],
  ])('names the likely spelling of %s', (_name, text, hint) => {
    const error = (() => {
      try {
        loadPolicy(text, FILE)
      } catch (caught) {
        return caught as PolicyFileError
      }
      throw new Error('loaded')
    })()
    expect(error.problems[0]!.hint).toContain(hint)
  })

  it('reports every problem at once', () => {
    const error = (() => {
      try {
        loadPolicy('version: 1\ndefaults:\n  enforcement: loud\n  tags:\n    forbid: latest\n  colour: red\n', FILE)
      } catch (caught) {
        return caught as PolicyFileError
      }
      throw new Error('loaded')
    })()
    expect(error.problems.map((p) => p.location.line).sort()).toEqual([3, 5, 6])
  })
})

function problemsOf(text: string): PolicyFileError {
  try {
    loadPolicy(text, FILE)
  } catch (error) {
    if (error instanceof PolicyFileError) return error
    throw error
  }
  throw new Error('expected a PolicyFileError')
}

const where = (error: PolicyFileError) => error.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)

/** Issue 13: schema errors came first, and `promote: {from: stagin}` only on the next run. */
describe('loadPolicy reports every stage in one run', () => {
  const SEVERAL = `version: 1
defaults:
  enforcement: loud
environments:
  dev:
    repository: ghcr.io/acme/app
    tagz: [x]
  staging:
    repository: ghcr.io/acme/app
    promote: { from: dev }
  prod:
    repository: ghcr.io/acme/prod
    promote: { from: stagin }
    tags: { allow: ["re:(?!x)"] }
exceptions:
  - rules: [tag.forbidden]
    environments: [prdo]
    reason: x
`

  it('schema errors, a bad pattern and cross references together, in file order, each with what to do', () => {
    const error = problemsOf(SEVERAL)
    expect(where(error)).toEqual(
      [
        '3:16 defaults.enforcement: "loud" is not allowed',
        '7:5 unknown field "tagz" in environments.dev',
        '13:22 promote.from names "stagin", which is not an environment',
        '14:21 "re:(?!x)" uses a negative lookahead `(?!x)` (at character 1)',
        '17:20 exceptions[0] names "prdo", which is not an environment',
      ].map((line) => expect.stringMatching(new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))),
    )
    expect(error.problems.map((p) => p.hint)).toEqual([
      'expected one of: error, warn, off',
      'did you mean "tags"? expected one of: tags, images, digest, enforcement, rules, signatures, provenance, repository, repositories, tag, record, promote, files',
      'did you mean "staging"? use one of: dev, staging, prod',
      expect.any(String),
      'did you mean "prod"? use one of: dev, staging, prod',
    ])
    const text = describeError(error)
    expect(text).toMatch(/^\.github\/image-policy\.yml: 5 problems/)
    expect(text.match(/What to do: /g)).toHaveLength(6)
    for (const problem of error.problems)
      expect(text).toContain(`${FILE}:${problem.location.line}:${problem.location.column}: ${problem.message}\n  What to do: ${problem.hint}`)
  })

  it('a duplicate key leaves the document whole: the schema runs too', () => {
    expect(where(problemsOf('version: 1\ndefaults:\n  digest: always\ndefaults: {}\nscan: 3\n'))).toEqual([
      '4:1 not valid YAML: Map keys must be unique',
      '5:7 scan: expected a map, got number 3',
    ])
  })

  it('a broken bracket stops at the syntax: the rest of the file would be a guess', () => {
    const error = problemsOf('version: 1\nenvironments:\n  prod: { promote: { from: stagin }\ncolour: red\n')
    expect(error.problems.every((p) => p.message.startsWith('not valid YAML'))).toBe(true)
    expect(error.problems[0]!.hint).toContain('the rest of the file is checked once it parses')
  })

  it('an environment the schema refuses still exists for the fields that name it', () => {
    expect(where(problemsOf('version: 1\nenvironments:\n  dev: [ghcr.io/acme/app]\n  prod: { promote: { from: dev } }\n'))).toEqual([
      '3:8 environments.dev: expected a map, got a list',
    ])
  })

  it('a list item the schema refuses keeps the lines of the items after it', () => {
    expect(where(problemsOf('version: 1\ndefaults:\n  tags:\n    allow:\n      - 1\n      - "re:(a"\n'))).toEqual([
      '5:9 defaults.tags.allow[0]: expected a string, got number 1',
      expect.stringMatching(/^6:9 "re:\(a" is not a valid regular expression/),
    ])
  })

  it('every promotion cycle, and exception ids used twice', () => {
    const error = problemsOf(
      'version: 1\nenvironments:\n  a: { promote: { from: b } }\n  b: { promote: { from: a } }\n  c: { promote: { from: c } }\nexceptions:\n  - { id: x, rules: [tag.forbidden], reason: r }\n  - { id: x, rules: [tag.forbidden], reason: r }\n',
    )
    expect(where(error)).toEqual([
      '3:25 promote.from goes round in a circle: a → b → a',
      '5:25 promote.from goes round in a circle: c → c',
      '8:11 exceptions[1] has the id "x" of exceptions[0]',
    ])
  })

  it('lists the first 100 problems and counts the rest', () => {
    const error = problemsOf(`version: 1\ndefaults:\n  tags:\n    allow:\n${'      - 1\n'.repeat(250)}`)
    expect(error.problems).toHaveLength(101)
    expect(error.problems[99]!.location.line).toBe(104)
    expect(error.problems[100]).toEqual({
      location: { file: FILE, line: 105, column: 9 },
      message: '150 more problems from here on, not listed',
      hint: 'fix the problems listed and run again to see the rest',
    })
  })

  it('a document that is not a map is one problem', () => {
    expect(where(problemsOf('- version: 1\n'))).toEqual(['1:1 the policy: expected a map, got a list'])
  })
})

/**
 * Issue 13: with dev and staging in one repository and no marker tag on staging, `promote.from:
 * staging` counted everything dev pushed as held by staging.
 */
describe('loadPolicy refuses a promote.from that environments sharing a repository make vacuous', () => {
  const policy = (dev: string, staging: string, prod = 'promote: { from: staging }') =>
    `version: 1\nenvironments:\n  dev: { repository: ghcr.io/acme/app${dev} }\n  staging: { repository: ghcr.io/acme/app${staging} }\n  prod: { repository: ghcr.io/acme/prod, ${prod} }\n`

  it.each([
    ['staging promotes from dev, no marker on staging', policy('', ', promote: { from: dev }'), 'staging'],
    ['neither promotes from the other, staging written later', policy('', ''), 'staging'],
    [
      'dev written first but promoting from staging: staging comes first and may go without',
      policy(', promote: { from: staging }', ', tag: staging', 'promote: { from: dev }'),
      'dev',
    ],
  ])('%s', (_name, text, environment) => {
    const error = problemsOf(text)
    expect(error.problems).toHaveLength(1)
    const line = environment === 'dev' ? 3 : 4
    expect(error.problems[0]).toEqual({
      location: { file: FILE, line, column: 3 },
      message: expect.stringContaining(
        `environment ${environment} shares the repository ghcr.io/acme/app with ${environment === 'dev' ? 'staging' : 'dev'} and has no marker tag, so promote.from: ${environment} (in prod) cannot be enforced`,
      ),
      hint: `add tag: ${environment} to environment ${environment} (the tag promote moves to mark what ${environment} runs), or give ${environment} a repository of its own`,
    })
  })

  it.each([
    ['staging has a marker tag', policy('', ', tag: staging, promote: { from: dev }')],
    ['nothing promotes from the shared environments', policy('', ', promote: { from: dev }', 'tag: prod')],
    ['the repository starts with staging: what it holds is staging', policy(', promote: { from: staging }', '', 'promote: { from: staging }')],
    ['repositories of their own', policy('-dev', '', 'promote: { from: staging }')],
  ])('accepts: %s', (_name, text) => {
    expect(() => loadPolicy(text, FILE)).not.toThrow()
  })
})

/** A marker tag its own environment refuses would refuse every promotion into it. */
describe("loadPolicy refuses a marker tag the environment's own rules refuse", () => {
  const policy = (prod: string) => `version: 1\ndefaults:\n  tags: { forbid: [latest] }\nenvironments:\n  prod:\n    repository: ghcr.io/acme/prod\n${prod}`

  it.each([
    ['not in allow', '    tag: prod\n    tags: { allow: ["semver:*"] }\n', 'tag.pattern', 'add "prod" to environments.prod.tags.allow'],
    ['forbidden by the defaults', '    tag: latest\n', 'tag.forbidden', 'take "latest" out of the forbid list that applies to prod'],
  ])('%s', (_name, text, rule, hint) => {
    const error = problemsOf(policy(text))
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]!.location).toEqual({ file: FILE, line: 7, column: 10 })
    expect(error.problems[0]!.message).toContain(`of environment prod is refused by its own rules (${rule}: `)
    expect(error.problems[0]!.hint).toContain(hint)
  })

  it.each([
    ['allowed', '    tag: prod\n    tags: { allow: ["semver:*", prod] }\n'],
    ['a warning only', '    tag: prod\n    tags: { allow: ["semver:*"] }\n    rules: { tag.pattern: warn }\n'],
    [
      'excepted',
      '    tag: prod\n    tags: { allow: ["semver:*"] }\nexceptions:\n  - { rules: [tag.pattern], tags: [prod], reason: marker, expires: 2020-01-01 }\n',
    ],
  ])('accepts a marker tag %s', (_name, text) => {
    expect(() => loadPolicy(policy(text), FILE)).not.toThrow()
  })
})
