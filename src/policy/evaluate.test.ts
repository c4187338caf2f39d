import { describe, expect, it } from 'vitest'
import { PolicyEvaluator, type Subject } from './evaluate.js'
import { parseRepository } from '../ref/index.js'
import { loadPolicy } from './load.js'

const POLICY = `version: 1
defaults:
  tags: { forbid: [latest] }
  rules: { ref.unresolved: warn }
environments:
  dev:
    enforcement: warn
    images: { allow: ["ghcr.io/acme/**", "busybox"] }
  prod:
    repository: registry.acme.example/prod/app
    images: { allow: ["registry.acme.example/prod/**", "ghcr.io/acme/*"], deny: ["ghcr.io/acme/legacy"] }
    tags:
      allow: ["semver:*", "prod", "re:^sha-[0-9a-f]{7,40}$"]
      forbid: [latest, "*-rc*"]
      immutable: ["semver:*"]
      mutable: ["0.*"]
    digest: required
    rules: { image.allowed: warn }
  off:
    enforcement: off
exceptions:
  - id: legacy-until-december
    rules: [image.denied]
    images: [ghcr.io/acme/legacy]
    environments: [prod]
    reason: migration
    expires: 2026-12-31
  - id: expired
    rules: [tag.forbidden]
    tags: [latest]
    reason: old
    expires: 2026-01-31
`

const policy = loadPolicy(POLICY, 'policy.yml')
const evaluator = new PolicyEvaluator(policy, '2026-11-30')
const env = (name: string) => policy.environments.get(name)!
const subject = (repository: string, tag?: string, digest?: string): Subject => ({
  repository: parseRepository(repository),
  ...(tag ? { tag } : {}),
  ...(digest ? { digest } : {}),
  text: `${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`,
})
const DIGEST = `sha256:${'ab'.repeat(32)}`
const rules = (findings: readonly { rule: string; level: string }[]) => findings.map((f) => `${f.rule}:${f.level}`)

describe('PolicyEvaluator.tagRules', () => {
  it.each([
    ['prod', 'registry.acme.example/prod/app', '1.2.3', []],
    ['prod', 'registry.acme.example/prod/app', 'v1.2.3', []],
    ['prod', 'registry.acme.example/prod/app', 'prod', []],
    ['prod', 'registry.acme.example/prod/app', 'sha-1a2b3c4', []],
    ['prod', 'registry.acme.example/prod/app', 'latest', ['tag.forbidden:error']],
    ['prod', 'registry.acme.example/prod/app', '1.3.0-rc1', ['tag.forbidden:error']],
    ['prod', 'registry.acme.example/prod/app', 'nightly', ['tag.pattern:error']],
    ['prod', 'registry.acme.example/prod/app', 'sha-xyz', ['tag.pattern:error']],
    // A prefix trick: acme-evil is not acme (segment-aware globs).
    ['prod', 'ghcr.io/acme-evil/app', '1.0.0', ['image.allowed:warn']],
    ['prod', 'ghcr.io/acme/app', '1.0.0', []],
    ['prod', 'ghcr.io/acme/team/app', '1.0.0', ['image.allowed:warn']],
    // Denied, but a live exception covers it.
    ['prod', 'ghcr.io/acme/legacy', '1.0.0', []],
    ['dev', 'docker.io/library/busybox', 'latest', ['tag.forbidden:warn']],
    ['dev', 'docker.io/library/nginx', '1.25', ['image.allowed:warn']],
    ['off', 'anything.example/x', 'latest', []],
  ])('%s %s:%s → %j', (name, repository, tag, expected) => {
    expect(rules(evaluator.tagRules(env(name), subject(repository, tag)))).toEqual(expected)
  })

  it('an expired exception excuses nothing and is itself an error at its place in the policy file', () => {
    expect(rules(evaluator.tagRules(policy.defaults, subject('x.example/a', 'latest')))).toEqual(['tag.forbidden:error'])
    const [expired] = evaluator.expiredExceptions()
    expect(expired).toMatchObject({ rule: 'exception.expired', level: 'error', location: { file: 'policy.yml', line: 28, column: 5 } })
    expect(expired!.message).toBe('the exception expired (old) expired on 2026-01-31')
  })

  it('an exception applies through its expiry day', () => {
    const lastDay = new PolicyEvaluator(policy, '2026-12-31')
    const after = new PolicyEvaluator(policy, '2027-01-01')
    expect(rules(lastDay.tagRules(env('prod'), subject('ghcr.io/acme/legacy', '1.0.0')))).toEqual([])
    expect(rules(after.tagRules(env('prod'), subject('ghcr.io/acme/legacy', '1.0.0')))).toEqual(['image.denied:error'])
  })

  it('checks tag names alone when no repository is known', () => {
    expect(rules(evaluator.tagRules(env('prod'), { repository: undefined, tag: 'latest', text: 'latest' }))).toEqual(['tag.forbidden:error'])
  })
})

describe('PolicyEvaluator.referenceRules', () => {
  it.each([
    ['prod', subject('registry.acme.example/prod/app', '1.2.3', DIGEST), []],
    ['prod', subject('registry.acme.example/prod/app', '1.2.3'), ['digest.required:error']],
    ['prod', subject('registry.acme.example/prod/app'), ['tag.missing:error', 'digest.required:error']],
    // With a digest the tag is decoration: latest@digest is what the digest is.
    ['prod', subject('registry.acme.example/prod/app', 'latest', DIGEST), []],
    ['dev', subject('ghcr.io/acme/app'), ['tag.missing:warn']],
  ])('%s %j → %j', (name, s, expected) => {
    expect(rules(evaluator.referenceRules(env(name), s))).toEqual(expected)
  })
})

describe('PolicyEvaluator.immutableMove', () => {
  const move = (tag: string) => ({ ...subject('registry.acme.example/prod/app', tag), tag, previous: DIGEST, next: `sha256:${'cd'.repeat(32)}` })
  it.each([
    ['1.2.3', ['tag.immutable:error']],
    ['v2.0.0', ['tag.immutable:error']],
    ['0.9.1', []], // mutable: ["0.*"]
    ['prod', []],
  ])('moving %s → %j', (tag, expected) => {
    expect(rules(evaluator.immutableMove(env('prod'), move(tag)))).toEqual(expected)
  })
})

describe('PolicyEvaluator.environmentFor', () => {
  it('picks the environment by name, then by repository, else the defaults', () => {
    expect(evaluator.environmentFor(undefined, 'dev').name).toBe('dev')
    expect(evaluator.environmentFor(parseRepository('registry.acme.example/prod/app')).name).toBe('prod')
    expect(evaluator.environmentFor(parseRepository('ghcr.io/acme/app')).name).toBe('defaults')
  })
})

describe('image patterns, however the host is spelt', () => {
  // Host names ignore case (RFC 3986 section 3.2.2), in the policy and in the image alike.
  const spelt = loadPolicy(
    `version: 1
environments:
  prod:
    images: { allow: ["GHCR.io/acme/*", "docker.io/nginx"], deny: ["ghcr.io/acme/legacy", "Quay.IO/evil/**"] }
`,
    'policy.yml',
  )
  const prod = new PolicyEvaluator(spelt, '2026-11-30')
  it.each([
    ['ghcr.io/acme/app', []],
    ['GHCR.IO/acme/app', []],
    ['ghcr.io/acme-evil/app', ['image.allowed:error']],
    ['GHCR.io/acme/legacy', ['image.denied:error']],
    ['quay.io/evil/app', ['image.denied:error']],
    ['QUAY.io/evil/app', ['image.denied:error']],
    ['nginx', []],
    ['Docker.IO/library/nginx', []],
  ])('%s → %j', (repository, expected) => {
    expect(rules(prod.tagRules(spelt.environments.get('prod')!, subject(repository, '1.0.0')))).toEqual(expected)
  })
})
