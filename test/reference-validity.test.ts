/**
 * Issue 13: one rule for what is a valid reference, shared by every command. `check` called an
 * upper-case name `ref.invalid` while `tags` and `push` rewrote it silently. The rule lives in
 * src/ref/validity.ts (the distribution reference grammar); these tests hold every command to it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runCheckCommand } from '../src/commands/check.js'
import { PolicyGate } from '../src/commands/policy-gate.js'
import { runTagsCommand } from '../src/commands/tags.js'
import { refuseRewrittenValues } from '../src/commands/written-values.js'
import type { GitContext } from '../src/context/index.js'
import { InputError } from '../src/errors.js'
import { builtInPolicy } from '../src/policy/index.js'
import { isValidTag, referenceProblem, registryProblem, repositoryProblem, tagProblem } from '../src/ref/index.js'
import type { MetadataOptions } from '../src/tags/index.js'
import { toValidTag } from '../src/tags/docker-tag.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }

describe('the validity rule (src/ref/validity.ts)', () => {
  it.each<[string, (value: string) => unknown, string, boolean]>([
    ['tag', tagProblem, 'v1.2.3', true],
    ['tag', tagProblem, '_x', true],
    ['tag', tagProblem, 'Latest', true],
    ['tag', tagProblem, 'a'.repeat(128), true],
    ['tag', tagProblem, 'a'.repeat(129), false],
    ['tag', tagProblem, 'bad tag!', false],
    ['tag', tagProblem, '1.2.3+build.5', false],
    ['tag', tagProblem, 'has:colon', false],
    ['tag', tagProblem, '-x', false],
    ['tag', tagProblem, '.x', false],
    ['repository', repositoryProblem, 'ghcr.io/acme/app', true],
    ['repository', repositoryProblem, 'Registry.Example:5000/a__b/c-d', true],
    ['repository', repositoryProblem, 'Dev/App', false],
    ['repository', repositoryProblem, 'ghcr.io/acme/App', false],
    ['repository', repositoryProblem, 'ghcr.io/acme/a___b', false],
    ['repository', repositoryProblem, 'ghcr.io/acme/app:1', false],
    ['registry', registryProblem, 'localhost:5000', true],
    ['registry', registryProblem, '[fd00::1]:5000', true],
    ['registry', registryProblem, 'bad_host', false],
    ['reference', referenceProblem, 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64), true],
    ['reference', referenceProblem, 'ghcr.io/acme/app@sha256:' + 'A'.repeat(64), false],
  ])('%s %j valid: %s', (_kind, problem, value, valid) => {
    expect(problem(value) === undefined).toBe(valid)
  })

  it('the tags engine leaves exactly the valid tags unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 140 }), (value) => {
        expect(toValidTag(value).tag === value).toBe(isValidTag(value))
      }),
      { seed: 13, numRuns: 2000 },
    )
  })
})

const tagText = fc.string({ unit: fc.constantFrom(...'aZ09._-+:!~%'), minLength: 1, maxLength: 130 })
const pathText = fc.string({ unit: fc.constantFrom(...'aZ09._-/!'), minLength: 1, maxLength: 40 })

/** Whether push and promote refuse the image and tag before any request (the check they run first). */
async function pushRefuses(image: string, tag: string): Promise<boolean> {
  const metadata = await runTagsCommand({ images: image, tags: `type=raw,value=${tag}` }, CONTEXT, OPTIONS)
  try {
    refuseRewrittenValues(metadata, 'push')
    return false
  } catch (error) {
    if (error instanceof InputError) return true
    throw error
  }
}

describe('push, promote and check agree on what is valid', () => {
  it('push refuses an image:tag exactly when check reports it as ref.invalid (or a placeholder or template)', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-validity-'))
    const gate = new PolicyGate(builtInPolicy(), '2026-12-06', '')
    await fc.assert(
      fc.asyncProperty(pathText, tagText, async (path, tag) => {
        const image = `ghcr.io/${path}`
        writeFileSync(join(workspace, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: "${image}:${tag}"\n`)
        const result = await runCheckCommand({ files: inputLines('files', 'pod.yaml'), metadata: {}, workspace }, CONTEXT, OPTIONS, gate)
        // A placeholder (`ghcr.io/ZZ/app`) or a template token is reported as what it is (issue 15), still never as an image.
        const checkRefuses = result.findings.some((finding) => ['ref.invalid', 'ref.placeholder', 'ref.templated'].includes(finding.rule))
        expect(await pushRefuses(image, tag)).toBe(checkRefuses)
      }),
      {
        seed: 13,
        numRuns: 150,
        examples: [
          ['Dev/App', '1.0'],
          ['acme/app', '1.2.3+build.5'],
          ['acme/app', 'bad!'],
          ['acme/app', 'has:colon'],
          ['acme/App', 'v1'],
        ],
      },
    )
  })
})
