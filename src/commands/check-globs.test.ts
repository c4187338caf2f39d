import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { builtInPolicy } from '../policy/index.js'
import { runCheckCommand } from './check.js'
import { PolicyGate } from './policy-gate.js'
import { inputLines } from '../input-lines.js'

let workspace = ''
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'shiptag-check-globs-'))
  mkdirSync(join(workspace, 'deploy/prod'), { recursive: true })
  writeFileSync(join(workspace, 'deploy/prod/app.yaml'), 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/app:1.0\n')
  writeFileSync(join(workspace, 'notes.txt'), 'not a deployment file\n')
})

const check = (files: string, where = workspace) =>
  runCheckCommand(
    { files: inputLines('files', files), metadata: {}, workspace: where },
    { eventName: 'push', ref: 'refs/heads/main', sha: '0123456789abcdef0123456789abcdef01234567' },
    { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') },
    new PolicyGate(builtInPolicy(), '2026-12-06', ''),
  )

/** Issue 13: `check --files 'nomatch/**'` passed green with 0 files. */
describe('check refuses a files glob that matches no file', () => {
  it.each([
    ['a glob that matches nothing', 'nomatch/**', 1, '"nomatch/**" matched no file under WS', 'check the spelling'],
    ['a misspelt folder', 'deplyo/**/*.yaml', 1, '"deplyo/**/*.yaml" matched no file under WS', 'did you mean "deploy/**/*.yaml"? '],
    [
      'the wrong extension',
      'deploy/**/*.yml',
      1,
      '"deploy/**/*.yml" matched no file under WS',
      "a glob that may match nothing belongs in the policy's scan.include",
    ],
    [
      'each of several, by line',
      'nomatch/**\ndeploy/**\nother/*.yaml',
      1,
      '2 globs matched no file under WS: line 1 "nomatch/**", line 3 "other/*.yaml"',
      '* stays within one folder',
    ],
    ['the line after a comment, by its own line', '# globs\nnomatch/**', 2, '"nomatch/**" matched no file under WS', 'check the spelling'],
    ['a regular expression that matches nothing', 're:^charts/.*$', 1, '"re:^charts/.*$" matched no file under WS', 'check the spelling'],
  ])('%s', async (_name, files, line, message, hint) => {
    const error = await check(files).then(
      () => undefined,
      (caught: unknown) => caught as InputError,
    )
    expect(error).toBeInstanceOf(InputError)
    expect(error!.location).toEqual({ input: 'files', line })
    expect(error!.message).toBe(`input "files", line ${line}: ${message.replace('WS', workspace)}`)
    expect(error!.hint).toContain(hint)
  })

  it('names the links out of the workspace it did not follow', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'shiptag-check-globs-link-'))
    symlinkSync('/etc', join(linked, 'etc'))
    const error = await check('**/passwd', linked).then(
      () => undefined,
      (caught: unknown) => caught as InputError,
    )
    expect(error!.message).toBe(`input "files", line 1: "**/passwd" matched no file under ${linked} (links not followed: etc)`)
    expect(error!.hint).toContain('links out of the workspace are not scanned')
  })

  it.each([
    ['globs that all match', 'deploy/**\n**/*.txt', 1],
    ['a glob that matches only files of no kind shiptag reads', 'notes.txt', 0],
    ["the policy's globs, when the input is empty", '', 1],
    // Issue 14: `files` was the one list input that read a `# comment` line as a glob, so the step failed on it.
    ['a # comment line, as in every list input', '# deployment files\ndeploy/**', 1],
    ["only comments: the policy's globs", '# none of my own\n', 1],
  ])('accepts %s', async (_name, files, scanned) => {
    expect((await check(files)).files).toHaveLength(scanned)
  })
})
