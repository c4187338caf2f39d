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
    expect(prod.repositories).toEqual(['registry.acme.example/prod/app'])
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
    ['a number where a string goes', 'version: 1\ndefaults:\n  tags:\n    allow: [1.0]\n', 4, 13, /defaults\.tags\.allow\[0\]: expected a string, got number 1/],
    ['a bad level', 'version: 1\ndefaults:\n  enforcement: fatal\n', 3, 16, /defaults\.enforcement: "fatal" is not allowed/],
    ['a bad regex', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:^v(\\\\d+$"]\n', 4, 13, /is not a valid regular expression/],
    ['a lookahead', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:(?!latest$).*"]\n', 4, 13, /uses a negative lookahead `\(\?!latest\$\)` \(at character 1\)/],
    ['a backreference', 'version: 1\ndefaults:\n  tags:\n    allow: ["re:^(a)\\\\1$"]\n', 4, 13, /uses a backreference `\\1` \(at character 5\)/],
    ['a bad semver range', 'version: 1\ndefaults:\n  tags:\n    allow: ["semver:>>1"]\n', 4, 13, /is not a semver range/],
    ['promote.from an unknown environment', 'version: 1\nenvironments:\n  prod:\n    promote: { from: stagign }\n', 4, 22, /promote\.from names "stagign", which is not an environment/],
    ['a promotion cycle', 'version: 1\nenvironments:\n  a: { promote: { from: b } }\n  b: { promote: { from: a } }\n', 3, 25, /goes round in a circle: a → b → a/],
    ['a repository with a tag', 'version: 1\nenvironments:\n  prod:\n    repository: ghcr.io/acme/app:1\n', 4, 17, /is not a repository/],
    ['a bad expiry', 'version: 1\nexceptions:\n  - rules: [tag.forbidden]\n    reason: x\n    expires: 31/12/2026\n', 5, 14, /exceptions\[0\]\.expires: "31\/12\/2026" is not a date/],
    ['an unknown rule id', 'version: 1\nexceptions:\n  - rules: [tag.forbiden]\n    reason: x\n', 3, 13, /exceptions\[0\]\.rules\[0\]: "tag\.forbiden" is not allowed/],
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
